//! Email to people. Every message is written to the outbox table inside the transaction of the
//! change that causes it ([`enqueue`]); with a mail server configured, a background worker
//! ([`worker`]) delivers it with retries, off the request path. Without one, messages stay in
//! the outbox for secretariat admins to read in the app (so a demo works), except those holding
//! a private link, which only their recipient reads (the account page's demo inbox).

#[cfg(feature = "ssr")]
mod compose;
#[cfg(feature = "ssr")]
pub mod entity;
mod letter;
#[cfg(feature = "ssr")]
mod mailer;
#[cfg(feature = "ssr")]
pub mod queries;
#[cfg(feature = "ssr")]
pub mod worker;

#[cfg(feature = "ssr")]
pub use compose::compose;
#[cfg(feature = "ssr")]
pub use entity::enqueue;
pub use letter::{Action, FileAttachment, InlineImage, Letter, NETWORK_NAME};
#[cfg(feature = "ssr")]
pub use mailer::{Mailer, SmtpOptions, SmtpSecurity};
#[cfg(feature = "ssr")]
pub use worker::RetryPolicy;

use crate::stored::stored_enum;
use serde::{Deserialize, Serialize};

stored_enum! {
    /// Where a message stands (`outbox_message.status`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum DeliveryStatus {
        /// Waiting for its next attempt (or, with no mail server, kept in the app).
        Queued = "queued",
        /// A worker holds it and is talking to the mail server.
        Sending = "sending",
        Sent = "sent",
        /// Given up after the last attempt; an admin may send it again.
        Failed = "failed",
    }
}

impl DeliveryStatus {
    pub fn label(self) -> &'static str {
        match self {
            DeliveryStatus::Queued => "Waiting",
            DeliveryStatus::Sending => "Sending",
            DeliveryStatus::Sent => "Sent",
            DeliveryStatus::Failed => "Failed",
        }
    }
}

/// A message as the outbox panel and the demo inbox show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutboxMessage {
    pub id: i32,
    pub recipient: String,
    pub subject: String,
    /// The plain-text part; replaced by [`PRIVATE_BODY`] for an admin who is not the recipient
    /// of a message holding a private link.
    pub body: String,
    pub sensitive: bool,
    pub status: DeliveryStatus,
    /// No mail server is configured: the message is kept in the app, not delivered.
    pub kept_in_app: bool,
    pub attempts: i32,
    /// Why the last attempt failed.
    pub last_error: Option<String>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub sent_at: Option<chrono::DateTime<chrono::Utc>>,
    /// File names of attachments and inline images.
    pub files: Vec<String>,
}

/// What an admin sees instead of the body of someone else's message holding a private link.
pub const PRIVATE_BODY: &str =
    "This message holds a private link; only its recipient can read it (on their account page).";
