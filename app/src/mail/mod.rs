//! Email to people: sent through SMTP when a server is configured, otherwise kept in an outbox
//! that secretariat admins read in the app (so a demo works without a mail server).

#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
mod mailer;
mod pages;

#[cfg(feature = "ssr")]
pub use mailer::{Mailer, SmtpSecurity};
pub use pages::OutboxPanel;

use crate::error::AppError;
use leptos::prelude::*;
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

/// The newest outbox messages (secretariat admins only: they hold password-reset links).
#[server(prefix = "/api", endpoint = "admin/outbox")]
pub async fn outbox_messages() -> Result<Vec<OutboxMessage>, AppError> {
    crate::accounts::auth::require_role(crate::accounts::Role::SecretariatAdmin).await?;
    let db = crate::state::db()?;
    Ok(entity::newest(&db, 50).await?)
}
