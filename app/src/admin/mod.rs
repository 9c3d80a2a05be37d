//! The secretariat's admin page, and what only it does across domains: people with their roles
//! and memberships, organizations (merging two touches the rows of every domain that names one),
//! topics (renaming one changes the directory's filters), the mail outbox, and the audit trail of
//! trust decisions (`audit`: filters and a CSV export). It sits above the domains it edits, so
//! none of them depends on another for this.

mod account_status;
pub mod audit;
#[cfg(feature = "ssr")]
pub mod merge;
mod outbox;
mod page;
pub mod people;
mod topics;

pub use account_status::{set_account_active, AccountStatusForm, SetAccountActive};
pub use outbox::{outbox_messages, resend_message, OutboxMessages, ResendMessage};
pub use page::AdminPage;
pub use people::*;
pub use topics::{create_topic, rename_topic, CreateTopic, RenameTopic};

use crate::error::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "partners/merge")]
#[tracing::instrument]
pub async fn merge_organizations(keep_id: i32, duplicate_id: i32) -> Result<(), AppError> {
    let admin =
        crate::accounts::auth::require_role(crate::accounts::Role::SecretariatAdmin).await?;
    let db = crate::state::db()?;
    let actor = crate::accounts::audit::Actor::person(&admin);
    merge::merge(&db, &actor, keep_id, duplicate_id).await?;
    crate::partners::filter_cache::invalidate();
    Ok(())
}
