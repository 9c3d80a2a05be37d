//! What the Forum's queries share: the current edition, its time zone and dates, its questions
//! and place counts, and the messages for unknown codes. The queries themselves are in `agenda`,
//! `registering`, `registrants`, `badges` and `check_in`.

use super::entity::{edition, question, registration};
use super::rules::{Question, Status};
use crate::error::AppError;
use chrono::NaiveDate;
use chrono_tz::Tz;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

pub const LINK_INVALID: &str =
    "This confirmation link was already used or replaced by a newer one. If you registered, \
     check your badge link in the latest email, or ask for the confirmation again.";
pub const UNKNOWN_CODE: &str = "No registration with this code.";
pub const BAD_SEEN_AT: &str =
    "The check-in time sent by the desk is not credible (more than three days old, or ahead of the server's clock). Check the desk's clock and check the badge in again.";
pub const UNKNOWN_PERSONAL_CODE: &str = "This personal code is not valid. Use the link or the \
     code from your latest registration email (a newer email replaces older codes).";

pub(super) fn no_edition() -> AppError {
    AppError::NotFound("No Forum edition is open yet.".to_owned())
}

/// The edition's venue time zone. One the time zone database does not know is a broken row
/// (the form only offers known zones): an internal error, never silently UTC.
pub fn zone_of(e: &edition::Model) -> Result<Tz, AppError> {
    e.time_zone.parse().map_err(|_| {
        tracing::error!(edition = e.id, time_zone = %e.time_zone, "unknown stored time zone");
        AppError::Internal
    })
}

pub fn dates_of(starts: NaiveDate, ends: NaiveDate) -> String {
    if starts == ends {
        starts.format("%-d %B %Y").to_string()
    } else if starts.format("%Y-%m").to_string() == ends.format("%Y-%m").to_string() {
        format!("{}–{}", starts.format("%-d"), ends.format("%-d %B %Y"))
    } else {
        format!("{} – {}", starts.format("%-d %B"), ends.format("%-d %B %Y"))
    }
}

/// The edition registrations go to: the latest year.
pub async fn current<C: ConnectionTrait>(db: &C) -> Result<edition::Model, AppError> {
    edition::Entity::find()
        .order_by_desc(edition::Column::Year)
        .one(db)
        .await?
        .ok_or_else(no_edition)
}

pub fn to_question(q: question::Model) -> Question {
    Question {
        id: q.id,
        kind: q.kind,
        choices: q
            .choices
            .lines()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .collect(),
        required: q.required,
        shown_if: q
            .shown_if_question
            .map(|id| (id, q.shown_if_answer.clone())),
        prompt: q.prompt,
    }
}

pub async fn questions<C: ConnectionTrait>(
    db: &C,
    edition_id: i32,
) -> Result<Vec<Question>, AppError> {
    Ok(question::Entity::find()
        .filter(question::Column::EditionId.eq(edition_id))
        .order_by_asc(question::Column::Position)
        .order_by_asc(question::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(to_question)
        .collect())
}

pub(super) async fn count_status<C: ConnectionTrait>(
    db: &C,
    edition_id: i32,
    status: Status,
) -> Result<i64, AppError> {
    Ok(registration::Entity::find()
        .filter(registration::Column::EditionId.eq(edition_id))
        .filter(registration::Column::Status.eq(status))
        .count(db)
        .await? as i64)
}
