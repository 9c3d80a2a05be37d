//! The mail server, when one is configured: a lettre SMTP transport (plain, STARTTLS or TLS
//! from the first byte, with the server's certificate always verified) and the sender.

use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, Tokio1Executor};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpSecurity {
    /// Plain SMTP: only for a mail relay on the same host or network (and tests).
    None,
    StartTls,
    /// TLS from the first byte (SMTPS, usually port 465).
    Tls,
}

/// How to reach the mail server.
#[derive(Clone)]
pub struct SmtpOptions {
    pub host: String,
    pub port: u16,
    /// User name and password, for servers that want them (sent only over TLS unless the
    /// security is `None`).
    pub credentials: Option<(String, String)>,
    pub from: String,
    pub security: SmtpSecurity,
    /// An extra trusted root certificate (PEM), for a server with a private CA. The usual
    /// public roots stay trusted; verification is never skipped.
    pub ca_pem: Option<Vec<u8>>,
}

#[derive(Clone)]
pub enum Mailer {
    /// No mail server configured: messages are kept for admins to read.
    Outbox,
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mailer::Outbox => f.write_str("Mailer::Outbox"),
            Mailer::Smtp { from, .. } => write!(f, "Mailer::Smtp(from {from})"),
        }
    }
}

impl Mailer {
    /// An SMTP mailer; fails at start-up on a malformed sender, host or certificate.
    pub fn smtp(options: SmtpOptions) -> Result<Mailer, String> {
        let SmtpOptions {
            host,
            port,
            credentials,
            from,
            security,
            ca_pem,
        } = options;
        let from: Mailbox = from
            .parse()
            .map_err(|e| format!("smtp.from '{from}' is not an email address: {e}"))?;
        let tls = || -> Result<TlsParameters, String> {
            let mut builder = TlsParameters::builder(host.clone());
            if let Some(pem) = &ca_pem {
                // A file without any certificate would parse as an empty list.
                const BEGIN: &[u8] = b"-----BEGIN CERTIFICATE-----";
                if !pem.windows(BEGIN.len()).any(|w| w == BEGIN) {
                    return Err("smtp.ca_file holds no PEM certificate".to_owned());
                }
                let certificate = Certificate::from_pem(pem)
                    .map_err(|e| format!("smtp.ca_file is not a PEM certificate: {e}"))?;
                builder = builder.add_root_certificate(certificate);
            }
            builder
                .build()
                .map_err(|e| format!("smtp.host '{host}': {e}"))
        };
        let tls = match security {
            SmtpSecurity::None => Tls::None,
            SmtpSecurity::StartTls => Tls::Required(tls()?),
            SmtpSecurity::Tls => Tls::Wrapper(tls()?),
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host.as_str())
            .port(port)
            .tls(tls)
            .timeout(Some(std::time::Duration::from_secs(15)));
        if let Some((user, password)) = credentials {
            builder = builder.credentials(Credentials::new(user, password));
        }
        Ok(Mailer::Smtp {
            transport: builder.build(),
            from,
        })
    }

    /// Whether a mail server delivers messages (false: they are kept in the app).
    pub fn delivers(&self) -> bool {
        matches!(self, Mailer::Smtp { .. })
    }
}
