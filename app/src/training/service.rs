//! What the training queries share: who manages a program, a program's sessions and counts, and
//! the recipient of a message. The queries themselves are in `catalogue`, `program`, `enrolment`,
//! `attendance`, `evaluation` and `certificates`.

use super::entity::{attendance, enrolment, program, session, trainer};
use super::rules::EnrolmentStatus;
use super::types::*;
use crate::accounts::entity::account;
use crate::accounts::{CurrentUser, Role};
use crate::error::AppError;
use crate::i18n::{format as i18n_format, Lang};
use crate::t;
use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Tz;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

pub(super) fn not_found() -> AppError {
    AppError::NotFound(t!(crate::i18n::current(), "training-not-found"))
}

/// The program's venue time zone. One the time zone database does not know is a broken row
/// (the form only offers known zones): an internal error, never silently UTC.
pub(super) fn zone_of(p: &program::Model) -> Result<Tz, AppError> {
    p.time_zone.parse().map_err(|_| {
        tracing::error!(program = p.id, time_zone = %p.time_zone, "unknown stored time zone");
        AppError::Internal
    })
}

/// The short name of a day of the week in `lang`.
fn weekday(lang: Lang, day: chrono::Weekday) -> String {
    use chrono::Weekday;
    match day {
        Weekday::Mon => t!(lang, "training-weekday-mon"),
        Weekday::Tue => t!(lang, "training-weekday-tue"),
        Weekday::Wed => t!(lang, "training-weekday-wed"),
        Weekday::Thu => t!(lang, "training-weekday-thu"),
        Weekday::Fri => t!(lang, "training-weekday-fri"),
        Weekday::Sat => t!(lang, "training-weekday-sat"),
        Weekday::Sun => t!(lang, "training-weekday-sun"),
    }
}

/// A session as the pages show it, its times at the venue written in `lang`.
pub(super) fn session_view(
    s: &session::Model,
    zone: Tz,
    now: DateTime<Utc>,
    lang: Lang,
) -> SessionView {
    let starts = s.starts_at.with_timezone(&zone);
    let ends = s.ends_at.with_timezone(&zone);
    let day = i18n_format::date_medium(lang, starts.date_naive());
    SessionView {
        id: s.id,
        title: s.title.clone(),
        starts_at: s.starts_at,
        ends_at: s.ends_at,
        venue_time: t!(
            lang,
            "training-session-venue-time",
            weekday = weekday(lang, starts.weekday()),
            day = day.as_str(),
            starts = i18n_format::time(lang, starts.time()),
            ends = i18n_format::time(lang, ends.time()),
            zone = zone.name(),
            offset = starts.format("%:z").to_string()
        ),
        venue_day: day,
        has_started: s.starts_at <= now,
    }
}

/// Whether `user` runs this program: one of its trainers, or a secretariat admin.
pub async fn manages<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    program_id: i32,
) -> Result<bool, AppError> {
    if user.has_role(Role::SecretariatAdmin) {
        return Ok(true);
    }
    Ok(trainer::Entity::find()
        .filter(trainer::Column::ProgramId.eq(program_id))
        .filter(trainer::Column::AccountId.eq(user.id))
        .count(db)
        .await?
        > 0)
}

pub async fn require_manager<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    program_id: i32,
) -> Result<program::Model, AppError> {
    let program = program::Entity::find_by_id(program_id)
        .one(db)
        .await?
        .ok_or_else(not_found)?;
    if manages(db, user, program_id).await? {
        Ok(program)
    } else {
        Err(AppError::Forbidden)
    }
}

pub(super) async fn program_sessions<C: ConnectionTrait>(
    db: &C,
    program_id: i32,
) -> Result<Vec<session::Model>, AppError> {
    Ok(session::Entity::find()
        .filter(session::Column::ProgramId.eq(program_id))
        .order_by_asc(session::Column::StartsAt)
        .all(db)
        .await?)
}

pub(super) async fn count_status<C: ConnectionTrait>(
    db: &C,
    program_id: i32,
    status: EnrolmentStatus,
) -> Result<i64, AppError> {
    Ok(enrolment::Entity::find()
        .filter(enrolment::Column::ProgramId.eq(program_id))
        .filter(enrolment::Column::Status.eq(status))
        .count(db)
        .await? as i64)
}

/// Everyone enrolled or waiting, in waitlist order.
pub(super) async fn active_enrolments<C: ConnectionTrait>(
    db: &C,
    program_id: i32,
) -> Result<Vec<enrolment::Model>, AppError> {
    Ok(enrolment::Entity::find()
        .filter(enrolment::Column::ProgramId.eq(program_id))
        .filter(enrolment::Column::Status.ne(EnrolmentStatus::Cancelled))
        .order_by_asc(enrolment::Column::QueuedAt)
        .order_by_asc(enrolment::Column::Id)
        .all(db)
        .await?)
}

pub(super) async fn attended_sessions<C: ConnectionTrait>(
    db: &C,
    enrolment_ids: &[i32],
) -> Result<HashMap<i32, Vec<i32>>, AppError> {
    let mut attended: HashMap<i32, Vec<i32>> = HashMap::new();
    if enrolment_ids.is_empty() {
        return Ok(attended);
    }
    for a in attendance::Entity::find()
        .filter(attendance::Column::EnrolmentId.is_in(enrolment_ids.to_vec()))
        .filter(attendance::Column::Present.eq(true))
        .all(db)
        .await?
    {
        attended
            .entry(a.enrolment_id)
            .or_default()
            .push(a.session_id);
    }
    Ok(attended)
}

/// The email address and name of an account, for messages.
pub async fn recipient<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
) -> Result<Option<(String, String)>, AppError> {
    Ok(account::Entity::find_by_id(account_id)
        .one(db)
        .await?
        .map(|a| (a.email, a.name)))
}
