//! Checking people in at the venue's desks, and how many have arrived.

use super::badges::by_code;
use super::entity::{edition, registration};
use super::rules;
use super::rules::{check_in as check_in_rule, CheckIn, Status};
use super::service::{bad_seen_at, count_status, current, no_edition, unknown_code, zone_of};
use super::types::*;
use crate::accounts::CurrentUser;
use crate::error::AppError;
use crate::i18n::format;
use crate::t;
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
    let lang = crate::i18n::current();
    let now = Utc::now();
    let at = match seen_at.map(str::trim).filter(|s| !s.is_empty()) {
        None => now,
        Some(text) => {
            rules::seen_at(text, now).ok_or_else(|| AppError::BadRequest(bad_seen_at(lang)))?
        }
    };
    let found = by_code(db, code)
        .await?
        .ok_or_else(|| AppError::field("code", unknown_code(lang)))?;
    let e = edition::Entity::find_by_id(found.edition_id)
        .one(db)
        .await?
        .ok_or_else(no_edition)?;
    let zone = zone_of(&e)?;
    let (name, organization) = (found.name.clone(), found.organization.clone());
    let (name, organization) = (name.as_str(), organization.as_str());
    let at_venue = |at: DateTime<Utc>| format::time(lang, at.with_timezone(&zone).time());
    let already = |at: DateTime<Utc>| {
        AppError::Conflict(t!(
            lang,
            "forum-checkin-already",
            time = at_venue(at),
            zone = zone.name(),
            name = name,
            organization = organization
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
            Err(AppError::Conflict(t!(
                lang,
                "forum-checkin-twice",
                earlier = at_venue(at),
                later = at_venue(recorded),
                zone = zone.name(),
                name = name,
                organization = organization
            )))
        }
        CheckIn::NotAdmitted(s) => Err(AppError::Conflict(t!(
            lang,
            "forum-checkin-not-admitted",
            name = name,
            organization = organization,
            status = s.label(lang).to_lowercase()
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
                    None => Err(AppError::Conflict(t!(
                        lang,
                        "forum-checkin-changed",
                        name = name,
                        organization = organization
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
