//! A real SMTP server for the tests that follow emailed links and check delivery: plain SMTP,
//! STARTTLS or TLS from the first byte with a certificate from a private CA made for the test,
//! and AUTH. It can be stopped and started again on its port (a mail server that is down).

use server::config::SmtpSettings;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// How the sink talks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Security {
    Plain,
    StartTls,
    Tls,
}

/// A private certificate authority and the sink's certificate (for `localhost` and
/// 127.0.0.1) signed by it: what a site with its own CA configures as `smtp.ca_file`.
pub struct TestCa {
    pub ca_pem: String,
    pub cert_pem: String,
    pub key_pem: String,
}

impl TestCa {
    pub fn new() -> TestCa {
        use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "WaterLinks test CA");
        let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().unwrap()).unwrap();
        let key = KeyPair::generate().unwrap();
        let leaf = CertificateParams::new(vec!["localhost".to_owned(), "127.0.0.1".to_owned()])
            .unwrap()
            .signed_by(&key, &ca)
            .unwrap();
        TestCa {
            ca_pem: ca.pem(),
            cert_pem: leaf.pem(),
            key_pem: key.serialize_pem(),
        }
    }
}

/// What the sink demands.
pub struct SinkOptions {
    pub security: Security,
    /// User and password AUTH accepts (then required).
    pub login: Option<(String, String)>,
}

/// An SMTP server (Debian's python3-aiosmtpd, `smtp_sink.py` beside this file) keeping each
/// message it gets in a maildir, so the test reads what a person would.
pub struct SmtpSink {
    child: Option<Child>,
    pub port: u16,
    maildir: PathBuf,
    dir: PathBuf,
    security: Security,
    login: Option<(String, String)>,
    /// The CA that signed the sink's certificate (TLS and STARTTLS only).
    pub ca: Option<TestCa>,
}

fn python() -> &'static str {
    // Debian's Python, which has the package (a pyenv one on PATH may not).
    ["/usr/bin/python3", "python3"]
        .into_iter()
        .find(|p| {
            Command::new(p)
                .args(["-c", "import aiosmtpd"])
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        })
        .expect("a Python with aiosmtpd (apt-get install python3-aiosmtpd)")
}

impl SmtpSink {
    /// A plain SMTP sink without AUTH.
    pub fn start(dir: &Path) -> SmtpSink {
        SmtpSink::start_with(
            dir,
            SinkOptions {
                security: Security::Plain,
                login: None,
            },
        )
    }

    pub fn start_with(dir: &Path, options: SinkOptions) -> SmtpSink {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let ca = (options.security != Security::Plain).then(|| {
            let ca = TestCa::new();
            std::fs::write(dir.join("sink-cert.pem"), &ca.cert_pem).unwrap();
            std::fs::write(dir.join("sink-key.pem"), &ca.key_pem).unwrap();
            std::fs::write(dir.join("ca.pem"), &ca.ca_pem).unwrap();
            ca
        });
        let mut sink = SmtpSink {
            child: None,
            port,
            maildir: dir.join("maildir"),
            dir: dir.to_path_buf(),
            security: options.security,
            login: options.login,
            ca,
        };
        sink.resume();
        sink
    }

    /// Starts the server (again) on its port.
    pub fn resume(&mut self) {
        assert!(self.child.is_none(), "the sink is running");
        let script = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/api/support/smtp_sink.py"
        );
        let mut command = Command::new(python());
        command
            .arg(script)
            .arg("--port")
            .arg(self.port.to_string())
            .arg("--maildir")
            .arg(&self.maildir)
            .arg("--mode")
            .arg(match self.security {
                Security::Plain => "plain",
                Security::StartTls => "starttls",
                Security::Tls => "tls",
            });
        if self.security != Security::Plain {
            command
                .arg("--cert")
                .arg(self.dir.join("sink-cert.pem"))
                .arg("--key")
                .arg(self.dir.join("sink-key.pem"));
        }
        if let Some((user, password)) = &self.login {
            command.args(["--user", user, "--password", password]);
        }
        let mut child = command
            .stdout(Stdio::null())
            .spawn()
            .expect("start the SMTP sink (apt-get install python3-aiosmtpd)");
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                self.child = Some(child);
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("the SMTP sink did not start listening");
    }

    /// Stops the server: connections are refused until [`SmtpSink::resume`].
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Settings for a server that sends here: the sink's security, its CA as `ca_file`,
    /// and the given credentials; retries a second apart, looked for every 100 ms.
    pub fn settings(&self, credentials: Option<(&str, &str)>) -> SmtpSettings {
        SmtpSettings {
            host: "localhost".into(),
            port: self.port,
            username: credentials.map(|(u, _)| u.to_owned()),
            password: credentials.map(|(_, p)| {
                serde_json::from_value(serde_json::Value::String(p.to_owned())).unwrap()
            }),
            from: "WaterLinks Hub <no-reply@waterlinks.example>".into(),
            tls: match self.security {
                Security::Plain => "none",
                Security::StartTls => "starttls",
                Security::Tls => "tls",
            }
            .into(),
            ca_file: self.ca.as_ref().map(|_| self.dir.join("ca.pem")),
            retry_first_secs: 1,
            retry_max_secs: 1,
            poll_interval_ms: 100,
            ..SmtpSettings::default()
        }
    }

    /// Received messages, quoted-printable soft line breaks undone.
    pub fn messages(&self) -> Vec<String> {
        self.raw_messages()
            .into_iter()
            .map(|m| {
                m.replace("=\r\n", "")
                    .replace("=\n", "")
                    .replace("=3D", "=")
            })
            .collect()
    }

    /// Received messages as they arrived.
    pub fn raw_messages(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(self.maildir.join("new")) else {
            return Vec::new();
        };
        entries
            .filter_map(|e| e.ok())
            .filter_map(|e| std::fs::read_to_string(e.path()).ok())
            .collect()
    }

    /// The message whose text contains `needle`, waiting a little for it to arrive.
    pub async fn wait_for(&self, needle: &str) -> String {
        self.wait_for_within(needle, std::time::Duration::from_secs(10))
            .await
    }

    /// The message whose text contains `needle`, waiting up to `limit` for it.
    pub async fn wait_for_within(&self, needle: &str, limit: std::time::Duration) -> String {
        let deadline = std::time::Instant::now() + limit;
        loop {
            if let Some(m) = self.messages().into_iter().find(|m| m.contains(needle)) {
                return m;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "no message containing {needle:?}"
            );
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop();
    }
}
