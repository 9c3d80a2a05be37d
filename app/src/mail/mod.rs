//! Email to people: sent through SMTP when a server is configured, otherwise kept in an outbox
//! that secretariat admins read in the app (so a demo works without a mail server).

#[cfg(feature = "ssr")]
pub mod entity;
mod letter;
#[cfg(feature = "ssr")]
mod mailer;

#[cfg(feature = "ssr")]
pub use entity::enqueue;
pub use letter::{Action, FileAttachment, InlineImage, Letter, NETWORK_NAME};
#[cfg(feature = "ssr")]
pub use mailer::{Mailer, SmtpSecurity};

use serde::{Deserialize, Serialize};

/// A message that went to the outbox instead of a mail server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutboxMessage {
    pub id: i32,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
}
