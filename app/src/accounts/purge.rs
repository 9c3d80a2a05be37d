//! Forgetting what has run out: sessions past their idle timeout or absolute lifetime, and
//! reset and confirmation links that were used or expired. A background task runs one pass an
//! hour until the server stops. (Old rate-limit rows have their own sweeper in `limits`, every
//! minute, on both stores: it is not repeated here.)

use super::entity::{email_confirmation, password_reset, session};
use super::session::{absolute_lifetime, longest_idle_timeout};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Condition;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use tokio_util::sync::CancellationToken;

const EVERY: std::time::Duration = std::time::Duration::from_secs(3600);

/// What one pass deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    pub sessions: u64,
    pub reset_links: u64,
    pub confirmation_links: u64,
}

/// One pass at `now`.
pub async fn pass(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<Purged, DbErr> {
    let sessions = session::Entity::delete_many()
        .filter(
            Condition::any()
                .add(session::Column::LastSeenAt.lt(now - longest_idle_timeout()))
                .add(session::Column::CreatedAt.lt(now - absolute_lifetime())),
        )
        .exec(db)
        .await?
        .rows_affected;
    let reset_links = password_reset::Entity::delete_many()
        .filter(
            Condition::any()
                .add(password_reset::Column::UsedAt.is_not_null())
                .add(password_reset::Column::ExpiresAt.lte(now)),
        )
        .exec(db)
        .await?
        .rows_affected;
    let confirmation_links = email_confirmation::Entity::delete_many()
        .filter(
            Condition::any()
                .add(email_confirmation::Column::UsedAt.is_not_null())
                .add(email_confirmation::Column::ExpiresAt.lte(now)),
        )
        .exec(db)
        .await?
        .rows_affected;
    Ok(Purged {
        sessions,
        reset_links,
        confirmation_links,
    })
}

/// Runs a pass an hour (the first a minute after start) until `stopping` is cancelled.
pub async fn run(db: DatabaseConnection, stopping: CancellationToken) {
    let mut wait = std::time::Duration::from_secs(60);
    loop {
        tokio::select! {
            _ = stopping.cancelled() => return,
            _ = tokio::time::sleep(wait) => {}
        }
        wait = EVERY;
        match pass(&db, Utc::now()).await {
            Ok(purged) => tracing::debug!(?purged, "purged expired sessions and links"),
            Err(e) => tracing::warn!(error = %e, "could not purge expired sessions and links"),
        }
    }
}
