//! Typed, layered configuration: built-in defaults, then an optional TOML file, then
//! `WATERLINKS_*` environment variables (nested keys with `__`, e.g. `WATERLINKS_SMTP__HOST`).
//! `DATABASE_URL` is honoured as well, since that is where operators put it.
//! Anything wrong stops start-up with one line that names the problem.

use crate::error::ServerError;
use figment::{
    providers::{Env, Format, Serialized, Toml},
    Figment,
};
use serde::{Deserialize, Serialize};
use std::{fmt, net::SocketAddr, path::PathBuf};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Address and port the HTTP server binds.
    pub listen_addr: SocketAddr,
    /// `sqlite://...` or `postgres://...`; empty means the embedded SQLite file in `data_dir`.
    pub database_url: Option<String>,
    /// Where the embedded database and uploads live by default.
    pub data_dir: PathBuf,
    /// The address users reach the site at; used in emailed links and to check request origins.
    pub public_base_url: String,
    /// Uploaded files (agreements, knowledge products, images).
    pub upload_dir: Option<PathBuf>,
    /// The compiled site (WASM, JS, CSS) produced by `scripts/build-site`.
    pub site_root: PathBuf,
    /// Largest accepted request body, in bytes. Library file uploads have their own limit
    /// (20 MB and the multipart envelope), whatever this says.
    pub max_body_bytes: usize,
    pub log_format: LogFormat,
    pub smtp: Option<SmtpSettings>,
    /// Sign-in, sign-up, password change and reset attempts allowed per client address. Raise
    /// them when many people share one address (an event's Wi-Fi behind one NAT). Failed
    /// sign-ins per account have a back-off of their own (`limits.failed_sign_ins_per_account`).
    pub attempts_per_minute: u32,
    pub attempts_per_hour: u32,
    /// The key of keyed hashes (award voter keys, personal voting codes), at least 32
    /// characters. Unset, one is made at random on first start and kept in the database, so
    /// every instance on one database shares it; set it to keep it out of database backups.
    pub secret_key: Option<Secret>,
    /// Reverse proxies (addresses or CIDR ranges) whose `X-Forwarded-For` names the client.
    /// Empty: the client is whoever opened the connection, and the header is ignored.
    pub trusted_proxies: Vec<String>,
    /// The other request limits (forum, contact, votes, sign-in back-off).
    pub limits: app::limits::Policy,
    pub connections: ConnectionSettings,
    pub uploads: UploadSettings,
    /// The font files PDFs embed (Debian's fonts-noto-core and fonts-noto-cjk by default),
    /// e.g. `WATERLINKS_PDF_FONTS__CJK_REGULAR=/opt/fonts/NotoSansCJK-Regular.ttc`. A missing
    /// file is warned about at start-up; PDFs then transliterate the script it covers.
    pub pdf_fonts: app::pdf::FontFiles,
}

/// How long and how many: the limits that keep slow or greedy clients from tying the server up.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ConnectionSettings {
    /// A client must send a request's headers within this many seconds of connecting (or of
    /// its previous answer, on a kept-alive connection), or it is disconnected.
    pub header_read_timeout_secs: u64,
    /// Ordinary requests (pages, server functions, exports) answer 503 past this. Uploads and
    /// the big screens' live streams are exempt: they are long by nature.
    pub request_timeout_secs: u64,
    /// An upload that sends nothing for this many seconds is cut off.
    pub upload_idle_timeout_secs: u64,
    /// Connections served at once; further clients wait in the listen queue until one ends.
    pub max_connections: usize,
    /// Live award streams one client address may hold.
    pub live_streams_per_address: u32,
    /// After SIGTERM, requests in flight get this long to finish; then every connection closes.
    pub shutdown_grace_secs: u64,
}

impl Default for ConnectionSettings {
    fn default() -> Self {
        ConnectionSettings {
            header_read_timeout_secs: 10,
            request_timeout_secs: 30,
            upload_idle_timeout_secs: 30,
            max_connections: 4096,
            live_streams_per_address: app::awards::live::DEFAULT_STREAMS_PER_ADDRESS,
            shutdown_grace_secs: 5,
        }
    }
}

/// Library uploads: reading the text of PDFs, and how much one account may upload.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct UploadSettings {
    /// The program run as `<program> extract-pdf-text`; empty means this `waterlinks` binary.
    pub pdf_extractor: Option<PathBuf>,
    /// CPU seconds, memory (MiB of address space) and wall-clock seconds one extraction may use.
    pub extraction_cpu_secs: u64,
    pub extraction_memory_mib: u64,
    pub extraction_timeout_secs: u64,
    /// Extractions running at once (each is a process of up to `extraction_memory_mib`).
    pub concurrent_extractions: usize,
    /// The most text kept per file for the search, in bytes.
    pub max_text_bytes: usize,
    /// Per account: files in any hour, and bytes in any 24 hours.
    pub files_per_hour: u32,
    pub bytes_per_day: u64,
}

impl Default for UploadSettings {
    fn default() -> Self {
        let limits = app::uploads::extract::ExtractionLimits::default();
        let quota = app::library::quota::UploadQuota::default();
        UploadSettings {
            pdf_extractor: None,
            extraction_cpu_secs: limits.cpu_seconds,
            extraction_memory_mib: limits.memory_bytes / (1024 * 1024),
            extraction_timeout_secs: limits.wall_clock.as_secs(),
            concurrent_extractions: limits.concurrent,
            max_text_bytes: limits.max_text_bytes,
            files_per_hour: quota.files_per_hour,
            bytes_per_day: quota.bytes_per_day,
        }
    }
}

impl UploadSettings {
    pub fn extraction_limits(&self) -> app::uploads::extract::ExtractionLimits {
        app::uploads::extract::ExtractionLimits {
            cpu_seconds: self.extraction_cpu_secs,
            memory_bytes: self.extraction_memory_mib.saturating_mul(1024 * 1024),
            wall_clock: std::time::Duration::from_secs(self.extraction_timeout_secs),
            max_text_bytes: self.max_text_bytes,
            concurrent: self.concurrent_extractions,
        }
    }

    pub fn quota(&self) -> app::library::quota::UploadQuota {
        app::library::quota::UploadQuota {
            files_per_hour: self.files_per_hour,
            bytes_per_day: self.bytes_per_day,
        }
    }

    /// The extractor program: the configured one, or this binary.
    pub fn extractor(&self) -> Result<PathBuf, ServerError> {
        match &self.pdf_extractor {
            Some(path) if !path.as_os_str().is_empty() => Ok(path.clone()),
            _ => std::env::current_exe().map_err(|e| {
                ServerError::Config(format!(
                    "cannot find this program for uploads.pdf_extractor: {e}"
                ))
            }),
        }
    }
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub username: Option<String>,
    pub password: Option<Secret>,
    pub from: String,
    /// `none`, `starttls` or `tls`.
    pub tls: String,
    /// An extra trusted root certificate (PEM) for a mail server with a private CA. The
    /// server's certificate is always verified; this only adds a root to trust.
    pub ca_file: Option<PathBuf>,
    /// The wait before the second attempt at a message; it doubles after each failure…
    pub retry_first_secs: u64,
    /// …up to this.
    pub retry_max_secs: u64,
    /// Attempts before a message is marked failed (shown to secretariat admins).
    pub max_attempts: u32,
    /// How often the delivery worker looks for due messages, in milliseconds.
    pub poll_interval_ms: u64,
    /// A message still unsent this long after it was queued is failed instead of sent (e.g.
    /// kept in the app before a mail server was configured).
    pub max_age_secs: u64,
}

impl Default for SmtpSettings {
    fn default() -> Self {
        let policy = app::mail::RetryPolicy::default();
        SmtpSettings {
            host: String::new(),
            port: 587,
            username: None,
            password: None,
            from: String::new(),
            tls: "starttls".to_owned(),
            ca_file: None,
            retry_first_secs: policy.first_retry.as_secs(),
            retry_max_secs: policy.max_retry.as_secs(),
            max_attempts: policy.max_attempts,
            poll_interval_ms: policy.poll_interval.as_millis() as u64,
            max_age_secs: policy.max_age.as_secs(),
        }
    }
}

impl SmtpSettings {
    /// The delivery worker's retries and pace.
    pub fn retry_policy(&self) -> app::mail::RetryPolicy {
        use std::time::Duration;
        app::mail::RetryPolicy {
            first_retry: Duration::from_secs(self.retry_first_secs),
            max_retry: Duration::from_secs(self.retry_max_secs),
            max_attempts: self.max_attempts,
            poll_interval: Duration::from_millis(self.poll_interval_ms),
            max_age: Duration::from_secs(self.max_age_secs),
            ..app::mail::RetryPolicy::default()
        }
    }
}

impl fmt::Debug for SmtpSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SmtpSettings")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("username", &self.username)
            .field("from", &self.from)
            .field("tls", &self.tls)
            .field("ca_file", &self.ca_file)
            .finish_non_exhaustive()
    }
}

/// A value that must never reach a log line.
#[derive(Clone, Serialize, Deserialize, PartialEq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            listen_addr: SocketAddr::from(([127, 0, 0, 1], 3000)),
            database_url: None,
            data_dir: PathBuf::from("data"),
            public_base_url: "http://127.0.0.1:3000".to_owned(),
            upload_dir: None,
            site_root: PathBuf::from("target/site"),
            max_body_bytes: 16 * 1024 * 1024,
            log_format: LogFormat::Text,
            smtp: None,
            attempts_per_minute: 10,
            attempts_per_hour: 100,
            secret_key: None,
            trusted_proxies: Vec::new(),
            limits: app::limits::Policy::default(),
            connections: ConnectionSettings::default(),
            uploads: UploadSettings::default(),
            pdf_fonts: app::pdf::FontFiles::default(),
        }
    }
}

/// Which database the settings point at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatabaseKind {
    Sqlite,
    Postgres,
}

impl Settings {
    /// Loads the layers. `file` is an explicitly named file (from `--config` or
    /// `WATERLINKS_CONFIG`), which must exist; without it `waterlinks.toml` is read if present.
    pub fn load(file: Option<PathBuf>) -> Result<Settings, ServerError> {
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        match file {
            Some(path) => {
                let text = std::fs::read_to_string(&path).map_err(|e| ServerError::ConfigFile {
                    path: path.clone(),
                    reason: e.to_string(),
                })?;
                figment = figment.merge(Toml::string(&text));
            }
            None => figment = figment.merge(Toml::file("waterlinks.toml")),
        }
        figment = figment
            .merge(
                // Variables of the same prefix that are not settings: the config file path,
                // the log filter, and create-admin's password.
                Env::prefixed("WATERLINKS_").split("__").ignore(&[
                    "config",
                    "log",
                    "admin_password",
                ]),
            )
            .merge(Env::raw().only(&["DATABASE_URL"]));
        let settings: Settings = figment
            .extract()
            .map_err(|e| ServerError::Config(one_line(&e.to_string())))?;
        settings.validate()?;
        Ok(settings)
    }

    fn validate(&self) -> Result<(), ServerError> {
        let base = url::Url::parse(&self.public_base_url).map_err(|e| {
            ServerError::Config(format!(
                "public_base_url '{}' is not a URL: {e}",
                self.public_base_url
            ))
        })?;
        if !matches!(base.scheme(), "http" | "https") {
            return Err(ServerError::Config(format!(
                "public_base_url must start with http:// or https://, not '{}'",
                self.public_base_url
            )));
        }
        self.database_kind()?;
        if self
            .secret_key
            .as_ref()
            .is_some_and(|k| k.expose().chars().count() < 32)
        {
            return Err(ServerError::Config(
                "secret_key must be at least 32 characters".to_owned(),
            ));
        }
        app::limits::TrustedProxies::parse(&self.trusted_proxies).map_err(ServerError::Config)?;
        if let Some(problem) = self.limits.problem() {
            return Err(ServerError::Config(problem));
        }
        if self.max_body_bytes < 1024 {
            return Err(ServerError::Config(
                "max_body_bytes must be at least 1024".to_owned(),
            ));
        }
        let c = &self.connections;
        let at_least_one = [
            (
                "connections.header_read_timeout_secs",
                c.header_read_timeout_secs,
            ),
            ("connections.request_timeout_secs", c.request_timeout_secs),
            (
                "connections.upload_idle_timeout_secs",
                c.upload_idle_timeout_secs,
            ),
            ("connections.max_connections", c.max_connections as u64),
            (
                "connections.live_streams_per_address",
                u64::from(c.live_streams_per_address),
            ),
            (
                "uploads.extraction_cpu_secs",
                self.uploads.extraction_cpu_secs,
            ),
            (
                "uploads.extraction_timeout_secs",
                self.uploads.extraction_timeout_secs,
            ),
            (
                "uploads.concurrent_extractions",
                self.uploads.concurrent_extractions as u64,
            ),
        ];
        if let Some((name, _)) = at_least_one.iter().find(|(_, v)| *v == 0) {
            return Err(ServerError::Config(format!("{name} must be at least 1")));
        }
        if let Some(smtp) = &self.smtp {
            if smtp.host.trim().is_empty() || smtp.from.trim().is_empty() {
                return Err(ServerError::Config(
                    "smtp needs at least host and from".to_owned(),
                ));
            }
            let at_least_one = [
                ("smtp.retry_first_secs", smtp.retry_first_secs),
                ("smtp.retry_max_secs", smtp.retry_max_secs),
                ("smtp.max_attempts", u64::from(smtp.max_attempts)),
                ("smtp.poll_interval_ms", smtp.poll_interval_ms),
                ("smtp.max_age_secs", smtp.max_age_secs),
            ];
            if let Some((name, _)) = at_least_one.iter().find(|(_, v)| *v == 0) {
                return Err(ServerError::Config(format!("{name} must be at least 1")));
            }
        }
        // The address space includes the program itself (a debug build needs over 128 MiB).
        if self.uploads.extraction_memory_mib < 128 {
            return Err(ServerError::Config(
                "uploads.extraction_memory_mib must be at least 128".to_owned(),
            ));
        }
        Ok(())
    }

    pub fn database_url(&self) -> String {
        match self.database_url.as_deref().map(str::trim) {
            Some(url) if !url.is_empty() => url.to_owned(),
            _ => format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("waterlinks.db").display()
            ),
        }
    }

    pub fn database_kind(&self) -> Result<DatabaseKind, ServerError> {
        let url = self.database_url();
        if url.starts_with("sqlite:") {
            Ok(DatabaseKind::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(DatabaseKind::Postgres)
        } else {
            Err(ServerError::Config(format!(
                "DATABASE_URL must start with sqlite: or postgres://, not '{}'",
                redact_url(&url)
            )))
        }
    }

    pub fn upload_dir(&self) -> PathBuf {
        self.upload_dir
            .clone()
            .unwrap_or_else(|| self.data_dir.join("uploads"))
    }

    /// The mail sender: SMTP when `smtp` is set, otherwise the in-app outbox.
    pub fn mailer(&self) -> Result<app::mail::Mailer, ServerError> {
        use app::mail::{Mailer, SmtpOptions, SmtpSecurity};
        let Some(smtp) = &self.smtp else {
            return Ok(Mailer::Outbox);
        };
        let security = match smtp.tls.as_str() {
            "none" => SmtpSecurity::None,
            "starttls" => SmtpSecurity::StartTls,
            "tls" => SmtpSecurity::Tls,
            other => {
                return Err(ServerError::Config(format!(
                    "smtp.tls must be none, starttls or tls, not '{other}'"
                )))
            }
        };
        let ca_pem = match &smtp.ca_file {
            Some(path) => Some(std::fs::read(path).map_err(|e| {
                ServerError::Config(format!("smtp.ca_file '{}': {e}", path.display()))
            })?),
            None => None,
        };
        let credentials = smtp
            .username
            .clone()
            .zip(smtp.password.as_ref().map(|p| p.expose().to_owned()));
        Mailer::smtp(SmtpOptions {
            host: smtp.host.clone(),
            port: smtp.port,
            credentials,
            from: smtp.from.clone(),
            security,
            ca_pem,
        })
        .map_err(ServerError::Config)
    }

    /// Every request limit, the sign-in attempts per address included.
    pub fn limit_policy(&self) -> app::limits::Policy {
        use app::limits::Rate;
        app::limits::Policy {
            attempts_per_address: vec![
                Rate::new(self.attempts_per_minute, 60.0),
                Rate::new(self.attempts_per_hour, 3600.0),
            ],
            ..self.limits.clone()
        }
    }

    /// The proxies whose `X-Forwarded-For` is believed (checked at start-up by `load`).
    pub fn proxies(&self) -> app::limits::TrustedProxies {
        app::limits::TrustedProxies::parse(&self.trusted_proxies).unwrap_or_else(|e| {
            tracing::error!(error = %e, "ignoring trusted_proxies");
            app::limits::TrustedProxies::default()
        })
    }

    /// Cookies get `Secure` when the site is served over HTTPS.
    pub fn is_https(&self) -> bool {
        self.public_base_url.starts_with("https://")
    }
}

/// A database URL without its password, for messages.
pub fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
// figment's `Jail` closures return its own (large) error type.
#[allow(clippy::result_large_err)]
mod tests {
    use super::*;
    use figment::Jail;

    #[test]
    fn defaults_use_the_embedded_sqlite_file() {
        Jail::expect_with(|_| {
            let s = Settings::load(None).expect("defaults load");
            assert_eq!(s.database_kind().unwrap(), DatabaseKind::Sqlite);
            assert!(s.database_url().contains("data/waterlinks.db"));
            Ok(())
        });
    }

    #[test]
    fn environment_overrides_file_and_defaults() {
        Jail::expect_with(|jail| {
            jail.create_file(
                "custom.toml",
                "listen_addr = \"0.0.0.0:8080\"\nlog_format = \"text\"",
            )?;
            jail.set_env("WATERLINKS_LOG_FORMAT", "json");
            jail.set_env("WATERLINKS_SMTP__HOST", "mail.example.org");
            jail.set_env("WATERLINKS_SMTP__PORT", "2525");
            jail.set_env("WATERLINKS_SMTP__FROM", "hub@example.org");
            jail.set_env("DATABASE_URL", "postgres://u:pw@localhost/db");
            let s = Settings::load(Some("custom.toml".into())).expect("loads");
            assert_eq!(s.listen_addr.port(), 8080);
            assert_eq!(s.log_format, LogFormat::Json);
            assert_eq!(s.smtp.as_ref().unwrap().port, 2525);
            assert_eq!(s.database_kind().unwrap(), DatabaseKind::Postgres);
            Ok(())
        });
    }

    #[test]
    fn bad_values_stop_with_a_clear_message() {
        Jail::expect_with(|jail| {
            jail.set_env("WATERLINKS_LISTEN_ADDR", "not-an-address");
            let err = Settings::load(None).unwrap_err().to_string();
            assert!(err.to_lowercase().contains("listen_addr"), "{err}");
            Ok(())
        });
        Jail::expect_with(|jail| {
            jail.set_env("DATABASE_URL", "mysql://localhost/x");
            let err = Settings::load(None).unwrap_err().to_string();
            assert!(err.contains("DATABASE_URL"), "{err}");
            Ok(())
        });
    }

    #[test]
    fn variables_that_are_not_settings_are_left_alone() {
        Jail::expect_with(|jail| {
            jail.set_env("WATERLINKS_LOG", "debug");
            jail.set_env("WATERLINKS_ADMIN_PASSWORD", "a long admin passphrase");
            jail.set_env("WATERLINKS_CONFIG", "elsewhere.toml");
            assert!(Settings::load(None).is_ok());
            jail.set_env("WATERLINKS_LISTEN_ADRESS", "0.0.0.0:80");
            let err = Settings::load(None).unwrap_err().to_string();
            assert!(
                err.contains("unknown field"),
                "a misspelt setting is reported: {err}"
            );
            Ok(())
        });
    }

    #[test]
    fn trusted_proxies_and_limits_are_checked_at_start_up() {
        Jail::expect_with(|jail| {
            jail.create_file(
                "waterlinks.toml",
                "trusted_proxies = [\"10.0.0.0/8\", \"::1\"]\n\
                 [limits]\nvotes_per_address = [{ count = 600, per_seconds = 60 }]",
            )?;
            let s = Settings::load(None).expect("loads");
            assert!(s.proxies().contains("10.1.2.3".parse().unwrap()));
            assert_eq!(s.limit_policy().votes_per_address[0].count, 600);
            assert_eq!(s.limit_policy().attempts_per_address[0].count, 10);
            // Operators may set a limit from the environment too.
            jail.set_env(
                "WATERLINKS_LIMITS__CONTACT_MESSAGES_PER_ADDRESS",
                "[{count=3, per_seconds=600}]",
            );
            let s = Settings::load(None).expect("loads");
            assert_eq!(
                s.limits.contact_messages_per_address,
                vec![app::limits::Rate::new(3, 600.0)]
            );
            assert_eq!(s.limits.votes_per_address[0].count, 600, "the file's still");
            jail.set_env("WATERLINKS_TRUSTED_PROXIES", "[\"proxy.local\"]");
            let err = Settings::load(None).unwrap_err().to_string();
            assert!(err.contains("proxy.local"), "{err}");
            Ok(())
        });
        Jail::expect_with(|jail| {
            jail.create_file(
                "waterlinks.toml",
                "[limits]\ncontact_messages_per_address = [{ count = 0, per_seconds = 60 }]",
            )?;
            let err = Settings::load(None).unwrap_err().to_string();
            assert!(err.contains("contact_messages_per_address"), "{err}");
            Ok(())
        });
    }

    #[test]
    fn nested_limits_come_from_the_environment_and_keep_their_other_defaults() {
        Jail::expect_with(|jail| {
            jail.set_env("WATERLINKS_CONNECTIONS__MAX_CONNECTIONS", "50");
            jail.set_env("WATERLINKS_UPLOADS__FILES_PER_HOUR", "5");
            let s = Settings::load(None).expect("loads");
            assert_eq!(s.connections.max_connections, 50);
            assert_eq!(s.connections.header_read_timeout_secs, 10);
            assert_eq!(s.uploads.files_per_hour, 5);
            assert_eq!(s.uploads.extraction_cpu_secs, 10);
            jail.set_env("WATERLINKS_CONNECTIONS__HEADER_READ_TIMEOUT_SECS", "0");
            let err = Settings::load(None).unwrap_err().to_string();
            assert!(err.contains("header_read_timeout_secs"), "{err}");
            Ok(())
        });
    }

    #[test]
    fn pdf_fonts_default_to_debian_noto_and_one_can_be_moved_from_the_environment() {
        Jail::expect_with(|jail| {
            jail.set_env("WATERLINKS_PDF_FONTS__CJK_REGULAR", "/opt/fonts/cjk.ttc");
            let s = Settings::load(None).expect("loads");
            assert_eq!(s.pdf_fonts.cjk_regular, PathBuf::from("/opt/fonts/cjk.ttc"));
            assert_eq!(
                s.pdf_fonts.thai_regular,
                PathBuf::from("/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf")
            );
            assert_eq!(s.pdf_fonts.cjk_index, 2);
            jail.set_env("WATERLINKS_PDF_FONTS__HAN", "/opt/fonts/han.ttf");
            let err = Settings::load(None).unwrap_err().to_string();
            assert!(err.contains("han"), "{err}");
            Ok(())
        });
    }

    #[test]
    fn a_missing_named_file_is_an_error() {
        Jail::expect_with(|_| {
            let err = Settings::load(Some("nope.toml".into()))
                .unwrap_err()
                .to_string();
            assert!(err.contains("nope.toml"), "{err}");
            Ok(())
        });
    }

    #[test]
    fn smtp_takes_its_delivery_defaults_and_a_bad_ca_file_or_retry_setting_stops_start_up() {
        // The pooled SMTP transport lives on a Tokio runtime, as in the server.
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let _inside = runtime.enter();
        Jail::expect_with(|jail| {
            jail.set_env("WATERLINKS_SMTP__HOST", "mail.example.org");
            jail.set_env("WATERLINKS_SMTP__FROM", "hub@example.org");
            let s = Settings::load(None).expect("loads");
            let smtp = s.smtp.as_ref().unwrap();
            assert_eq!((smtp.port, smtp.tls.as_str()), (587, "starttls"));
            assert_eq!(smtp.retry_policy().max_attempts, 8);
            assert_eq!(smtp.retry_policy().delay_after(2).as_secs(), 60);
            assert!(s.mailer().expect("a mailer").delivers());
            jail.set_env("WATERLINKS_SMTP__CA_FILE", "missing-ca.pem");
            let s = Settings::load(None).expect("loads");
            let err = s.mailer().unwrap_err().to_string();
            assert!(err.contains("smtp.ca_file"), "{err}");
            jail.create_file("not-a-cert.pem", "hello")?;
            jail.set_env("WATERLINKS_SMTP__CA_FILE", "not-a-cert.pem");
            let err = Settings::load(None)
                .unwrap()
                .mailer()
                .unwrap_err()
                .to_string();
            assert!(err.contains("smtp.ca_file"), "{err}");
            jail.set_env("WATERLINKS_SMTP__MAX_ATTEMPTS", "0");
            let err = Settings::load(None).unwrap_err().to_string();
            assert!(err.contains("smtp.max_attempts"), "{err}");
            Ok(())
        });
    }

    #[test]
    fn secrets_are_not_printed() {
        let smtp = SmtpSettings {
            host: "h".into(),
            port: 25,
            username: Some("u".into()),
            password: Some(Secret("hunter2-secret".into())),
            from: "f@example.org".into(),
            tls: "none".into(),
            ..SmtpSettings::default()
        };
        assert!(!format!("{smtp:?}").contains("hunter2"));
        assert_eq!(redact_url("postgres://u:pw@h/db"), "postgres://u:***@h/db");
    }
}
