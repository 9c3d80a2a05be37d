//! Sending one message: SMTP through lettre, or the outbox table.

use crate::error::AppError;
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::DatabaseConnection;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpSecurity {
    /// Plain SMTP: only for a mail relay on the same host or network (and tests).
    None,
    StartTls,
    /// TLS from the first byte (SMTPS, usually port 465).
    Tls,
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
    /// An SMTP mailer; fails at start-up on a malformed sender or host.
    pub fn smtp(
        host: &str,
        port: u16,
        credentials: Option<(String, String)>,
        from: &str,
        security: SmtpSecurity,
    ) -> Result<Mailer, String> {
        let from: Mailbox = from
            .parse()
            .map_err(|e| format!("smtp.from '{from}' is not an email address: {e}"))?;
        let builder = match security {
            SmtpSecurity::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
            SmtpSecurity::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host)
                .map_err(|e| format!("smtp.host '{host}': {e}"))?,
            SmtpSecurity::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(host)
                .map_err(|e| format!("smtp.host '{host}': {e}"))?,
        };
        let mut builder = builder
            .port(port)
            .timeout(Some(std::time::Duration::from_secs(15)));
        if let Some((user, password)) = credentials {
            builder = builder.credentials(Credentials::new(user, password));
        }
        Ok(Mailer::Smtp {
            transport: builder.build(),
            from,
        })
    }

    /// Sends a plain-text message. A mail server that refuses it is logged and reported as a
    /// temporary failure; nothing about the recipient leaks to the caller.
    pub async fn send(
        &self,
        db: &DatabaseConnection,
        to: &str,
        subject: &str,
        body: &str,
    ) -> Result<(), AppError> {
        match self {
            Mailer::Outbox => {
                super::entity::store(db, to, subject, body).await?;
                Ok(())
            }
            Mailer::Smtp { transport, from } => {
                let to: Mailbox = to.parse().map_err(|e| {
                    tracing::error!(error = %e, "recipient address refused by the mail builder");
                    AppError::Internal
                })?;
                let message = Message::builder()
                    .from(from.clone())
                    .to(to)
                    .subject(subject)
                    .body(body.to_owned())
                    .map_err(|e| {
                        tracing::error!(error = %e, "could not build the message");
                        AppError::Internal
                    })?;
                transport.send(message).await.map_err(|e| {
                    tracing::error!(error = %e, "the mail server did not take the message");
                    AppError::Internal
                })?;
                Ok(())
            }
        }
    }
}
