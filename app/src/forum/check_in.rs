//! Checking people in at the venue's desks, and how many have arrived.

use super::badges::by_code;
use super::entity::{edition, registration};
use super::rules;
use super::rules::{check_in as check_in_rule, CheckIn, Status};
use super::service::{count_status, current, no_edition, zone_of, BAD_SEEN_AT, UNKNOWN_CODE};
use super::types::*;
use crate::accounts::CurrentUser;
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

/// Checks in the holder of `code`: once, and only with a confirmed place. `seen_at` is when
/// an offline desk saw the badge (it syncs later); the earliest check-in time is kept.
pub async fn check_in(
    db: &DatabaseConnection,
    staff: &CurrentUser,
    code: &str,
    seen_at: Option<&str>,
) -> Result<CheckedIn, AppError> {
    let now = Utc::now();
    let at = match seen_at.map(str::trim).filter(|s| !s.is_empty()) {
        None => now,
        Some(text) => {
            rules::seen_at(text, now).ok_or_else(|| AppError::BadRequest(BAD_SEEN_AT.to_owned()))?
        }
    };
    let found = by_code(db, code)
        .await?
        .ok_or_else(|| AppError::field("code", UNKNOWN_CODE))?;
    let e = edition::Entity::find_by_id(found.edition_id)
        .one(db)
        .await?
        .ok_or_else(no_edition)?;
    let zone = zone_of(&e)?;
    let who = format!("{} ({})", found.name, found.organization);
    let already = |at: DateTime<Utc>| {
        AppError::Conflict(format!(
            "Already checked in at {} ({}): {who}.",
            at.with_timezone(&zone).format("%H:%M"),
            zone.name()
        ))
    };
    let status = found.status;
    match check_in_rule(status, found.checked_in_at, at) {
        CheckIn::Already(at) => Err(already(at)),
        CheckIn::Earlier(recorded) => {
            // Conditional on the time read, so two late syncs cannot undo each other.
            registration::Entity::update_many()
                .col_expr(registration::Column::CheckedInAt, Expr::value(Some(at)))
                .filter(registration::Column::Id.eq(found.id))
                .filter(registration::Column::CheckedInAt.eq(recorded))
                .exec(db)
                .await?;
            Err(AppError::Conflict(format!(
                "Checked in twice: at {} and at {} ({}); the earlier time is kept: {who}.",
                at.with_timezone(&zone).format("%H:%M"),
                recorded.with_timezone(&zone).format("%H:%M"),
                zone.name()
            )))
        }
        CheckIn::NotAdmitted(s) => Err(AppError::Conflict(format!(
            "{who} cannot be checked in: {}.",
            s.label().to_lowercase()
        ))),
        CheckIn::Admit => {
            let now = at;
            // Conditional, so two desks scanning one badge at once record one check-in.
            let done = registration::Entity::update_many()
                .col_expr(registration::Column::CheckedInAt, Expr::value(Some(now)))
                .col_expr(
                    registration::Column::CheckedInBy,
                    Expr::value(Some(staff.id)),
                )
                .filter(registration::Column::Id.eq(found.id))
                .filter(registration::Column::CheckedInAt.is_null())
                .filter(registration::Column::Status.eq(Status::Registered))
                .exec(db)
                .await?;
            if done.rows_affected == 1 {
                Ok(CheckedIn {
                    name: found.name,
                    organization: found.organization,
                })
            } else {
                let again = registration::Entity::find_by_id(found.id).one(db).await?;
                match again.and_then(|r| r.checked_in_at) {
                    Some(at) => Err(already(at)),
                    None => Err(AppError::Conflict(format!(
                        "{who} cannot be checked in now: the registration changed."
                    ))),
                }
            }
        }
    }
}

pub async fn check_in_count(db: &DatabaseConnection) -> Result<CheckInCount, AppError> {
    let e = current(db).await?;
    // People whose place was cancelled after they checked in are no longer counted.
    let checked_in = registration::Entity::find()
        .filter(registration::Column::EditionId.eq(e.id))
        .filter(registration::Column::Status.eq(Status::Registered))
        .filter(registration::Column::CheckedInAt.is_not_null())
        .count(db)
        .await? as i64;
    Ok(CheckInCount {
        checked_in,
        registered: count_status(db, e.id, Status::Registered).await?,
    })
}
