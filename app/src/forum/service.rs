//! What the Forum's queries share: the current edition, its time zone and dates, its questions
//! and place counts, and the messages for unknown codes. The queries themselves are in `agenda`,
//! `registering`, `registrants`, `badges` and `check_in`.

use super::entity::{edition, question, registration};
use super::rules::{Question, Status};
use crate::error::AppError;
use crate::i18n::{format, Lang};
use crate::t;
use chrono::NaiveDate;
use chrono_tz::Tz;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

/// A confirmation link used already or replaced by a newer one.
pub fn link_invalid(lang: Lang) -> String {
    t!(lang, "forum-link-invalid")
}

/// A badge code no registration has.
pub fn unknown_code(lang: Lang) -> String {
    t!(lang, "forum-unknown-code")
}

/// An offline desk's check-in time that cannot be believed.
pub fn bad_seen_at(lang: Lang) -> String {
    t!(lang, "forum-bad-seen-at")
}

/// A personal code no registration has (any more).
pub fn unknown_personal_code(lang: Lang) -> String {
    t!(lang, "forum-unknown-personal-code")
}

pub(super) fn no_edition() -> AppError {
    AppError::NotFound(t!(crate::i18n::current(), "forum-no-edition"))
}

/// The edition's venue time zone. One the time zone database does not know is a broken row
/// (the form only offers known zones): an internal error, never silently UTC.
pub fn zone_of(e: &edition::Model) -> Result<Tz, AppError> {
    e.time_zone.parse().map_err(|_| {
        tracing::error!(edition = e.id, time_zone = %e.time_zone, "unknown stored time zone");
        AppError::Internal
    })
}

/// The Forum's days in the language of the page being shown.
pub fn dates_of(starts: NaiveDate, ends: NaiveDate) -> String {
    dates_in(crate::i18n::current(), starts, ends)
}

/// The Forum's days as `lang` writes them: one day, or the first and the last.
pub fn dates_in(lang: Lang, starts: NaiveDate, ends: NaiveDate) -> String {
    let first = format::date_long(lang, starts);
    if starts == ends {
        first
    } else {
        t!(
            lang,
            "forum-dates-span",
            first = first,
            last = format::date_long(lang, ends)
        )
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
