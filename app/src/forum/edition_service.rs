//! The secretariat sets up a Forum edition (one a year) and its agenda.

use super::edition_rules::{
    parse_agenda_session, parse_edition, AgendaForm, EditionDraft, EditionForm,
};
use super::entity::{edition, session};
use super::registering::{fill_free_places, lock_edition, Change};
use super::rules::Status;
use super::service::{count_status, current, zone_of};
use crate::error::AppError;
use crate::t;
use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

/// The current edition as its settings form shows it (empty for the first edition).
pub async fn settings(db: &DatabaseConnection) -> Result<EditionForm, AppError> {
    let e = match current(db).await {
        Ok(e) => e,
        Err(AppError::NotFound(_)) => return Ok(EditionForm::default()),
        Err(other) => return Err(other),
    };
    let zone = zone_of(&e)?;
    let local_day = |at: DateTime<Utc>| at.with_timezone(&zone).date_naive().to_string();
    Ok(EditionForm {
        year: e.year.to_string(),
        title: e.title.clone(),
        venue: e.venue.clone(),
        time_zone: e.time_zone.clone(),
        starts_on: e.starts_on.to_string(),
        ends_on: e.ends_on.to_string(),
        capacity: e.capacity.to_string(),
        opens_on: local_day(e.opens_at),
        closes_on: local_day(e.closes_at),
        needs_approval: e.needs_approval,
    })
}

/// The instant a day starts (or, with `end`, ends) at the venue.
fn at_venue(zone: Tz, day: NaiveDate, end: bool) -> Result<DateTime<Utc>, AppError> {
    let time = if end {
        NaiveTime::from_hms_opt(23, 59, 59)
    } else {
        NaiveTime::MIN.into()
    }
    .ok_or(AppError::Internal)?;
    zone.from_local_datetime(&day.and_time(time))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| {
            AppError::field(
                "opens_on",
                t!(crate::i18n::current(), "forum-edition-day-missing-at-venue"),
            )
        })
}

/// Creates the edition of the form's year, or updates it. A larger capacity gives the new
/// places to the people waiting (returned; their messages are in the outbox); a capacity below the people already
/// registered is refused.
pub async fn save(
    db: &DatabaseConnection,
    base_url: &str,
    form: &EditionForm,
) -> Result<Vec<Change>, AppError> {
    let lang = crate::i18n::current();
    let draft: EditionDraft = parse_edition(form, lang).map_err(AppError::Invalid)?;
    let zone: Tz = draft
        .time_zone
        .parse()
        .map_err(|_| AppError::field("time_zone", t!(lang, "forum-edition-time-zone-invalid")))?;
    let opens_at = at_venue(zone, draft.opens_on, false)?;
    let closes_at = at_venue(zone, draft.closes_on, true)?;
    let now = Utc::now();
    let txn = crate::db::begin_write(db).await?;
    let existing = edition::Entity::find()
        .filter(edition::Column::Year.eq(draft.year))
        .one(&txn)
        .await?;
    let changes = match existing {
        None => {
            edition::ActiveModel {
                year: Set(draft.year),
                title: Set(draft.title),
                venue: Set(draft.venue),
                time_zone: Set(draft.time_zone),
                starts_on: Set(draft.starts_on),
                ends_on: Set(draft.ends_on),
                capacity: Set(draft.capacity),
                opens_at: Set(opens_at),
                closes_at: Set(closes_at),
                needs_approval: Set(draft.needs_approval),
                is_demo: Set(false),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            Vec::new()
        }
        Some(found) => {
            // Places are counted under the edition's lock, as registrations count them.
            let locked = lock_edition(&txn, found.id).await?;
            let registered = count_status(&txn, locked.id, Status::Registered).await?;
            if i64::from(draft.capacity) < registered {
                return Err(AppError::field(
                    "capacity",
                    t!(
                        lang,
                        "forum-edition-capacity-below-registered",
                        count = registered
                    ),
                ));
            }
            let mut row: edition::ActiveModel = locked.into();
            row.title = Set(draft.title);
            row.venue = Set(draft.venue);
            row.time_zone = Set(draft.time_zone);
            row.starts_on = Set(draft.starts_on);
            row.ends_on = Set(draft.ends_on);
            row.capacity = Set(draft.capacity);
            row.opens_at = Set(opens_at);
            row.closes_at = Set(closes_at);
            row.needs_approval = Set(draft.needs_approval);
            row.updated_at = Set(now);
            let saved = row.update(&txn).await?;
            if saved.needs_approval {
                Vec::new()
            } else {
                fill_free_places(&txn, base_url, &saved, now).await?
            }
        }
    };
    txn.commit().await?;
    Ok(changes)
}

/// Adds a session to the current edition's agenda; times are at the venue.
pub async fn add_agenda_session(
    db: &DatabaseConnection,
    form: &AgendaForm,
) -> Result<i32, AppError> {
    let e = current(db).await?;
    let draft = parse_agenda_session(form, (e.starts_on, e.ends_on), crate::i18n::current())
        .map_err(AppError::Invalid)?;
    // Training sessions already turn a day and times at the venue into instants.
    let (starts_at, ends_at) =
        crate::training::program::session_instants(&draft.session, zone_of(&e)?)?;
    let saved = session::ActiveModel {
        edition_id: Set(e.id),
        title: Set(draft.session.title.clone()),
        starts_at: Set(starts_at),
        ends_at: Set(ends_at),
        room: Set(draft.room),
        speakers: Set(draft.speakers),
        topic: Set(draft.topic),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(saved.id)
}
