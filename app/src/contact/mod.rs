//! Contact the secretariat: a message form anyone can use.

#[cfg(feature = "ssr")]
pub mod entity;
mod message;
mod page;

pub use message::{ContactMessage, MESSAGE_MAX_CHARS};
pub use page::ContactPage;

use crate::error::AppError;
use leptos::prelude::*;

/// Stores a message for the secretariat. Anyone may call it; the input is validated first.
#[server(prefix = "/api", endpoint = "contact/send")]
#[tracing::instrument(skip(message))]
pub async fn send_contact_message(
    name: String,
    email: String,
    organization: String,
    message: String,
) -> Result<(), AppError> {
    let message = ContactMessage::parse(
        crate::i18n::current(),
        &name,
        &email,
        &organization,
        &message,
    )?;
    // Counted once the form is valid, so a typo does not use up the sender's share.
    crate::state::limits::check(&[(
        crate::limits::Rule::ContactMessages,
        crate::limits::Subject::Client,
    )])
    .await?;
    let db = crate::state::db()?;
    entity::store(&db, message).await?;
    Ok(())
}
