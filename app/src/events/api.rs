//! Event server functions.

use super::types::EventView;
use crate::error::AppError;
use crate::i18n::ContentLanguage;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use {
    super::rules::{month_bounds, parse_event, parse_month, EventForm},
    super::service::{self, Window},
    crate::accounts::auth::require_user,
    crate::accounts::Role,
    crate::state::db,
    chrono::Datelike,
};

/// One month of the calendar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CalendarMonth {
    pub year: i32,
    pub month: u32,
    pub events: Vec<EventView>,
}

/// Upcoming (`when` = "" or "upcoming") or past events, in one language (a code; empty or
/// unknown: all).
#[server(prefix = "/api", endpoint = "events/list")]
pub async fn list_events(
    when: String,
    #[server(default)] language: String,
) -> Result<Vec<EventView>, AppError> {
    let today = chrono::Utc::now().date_naive();
    let window = match when.trim() {
        "" | "upcoming" => Window::Upcoming(today),
        "past" => Window::Past(today),
        other => {
            return Err(AppError::BadRequest(crate::t!(
                crate::i18n::current(),
                "events-window-unknown",
                window = other
            )))
        }
    };
    service::list(&db()?, window, ContentLanguage::from_code(language.trim())).await
}

/// The languages events are announced in, for the filter.
#[server(prefix = "/api", endpoint = "events/languages")]
pub async fn event_languages() -> Result<Vec<ContentLanguage>, AppError> {
    service::languages(&db()?).await
}

/// The events on any day of `month` (`YYYY-MM`; empty: this month), in one language (a code;
/// empty or unknown: all).
#[server(prefix = "/api", endpoint = "events/month")]
pub async fn month_events(
    month: String,
    #[server(default)] language: String,
) -> Result<CalendarMonth, AppError> {
    let (year, month) = if month.trim().is_empty() {
        let today = chrono::Utc::now().date_naive();
        (today.year(), today.month())
    } else {
        parse_month(&month).ok_or_else(|| {
            AppError::BadRequest(crate::t!(crate::i18n::current(), "events-month-invalid"))
        })?
    };
    let (first, last) = month_bounds(year, month).ok_or_else(|| {
        AppError::BadRequest(crate::t!(crate::i18n::current(), "events-month-invalid"))
    })?;
    let events = service::list(
        &db()?,
        Window::Between(first, last),
        ContentLanguage::from_code(language.trim()),
    )
    .await?;
    Ok(CalendarMonth {
        year,
        month,
        events,
    })
}

/// Adds an event (facilitators and secretariat admins). Returns its id.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "events/create")]
#[tracing::instrument(skip_all)]
pub async fn create_event(
    title: String,
    description: String,
    starts_on: String,
    ends_on: String,
    place: String,
    online: Option<String>,
    organizer: String,
    link: String,
    scope: String,
    own: Option<String>,
    topics: Option<Vec<String>>,
    language: Option<String>,
) -> Result<i32, AppError> {
    let user = require_user().await?;
    if !(user.has_role(Role::Facilitator) || user.has_role(Role::SecretariatAdmin)) {
        return Err(AppError::Forbidden);
    }
    let lang = crate::i18n::current();
    let draft = parse_event(
        lang,
        &EventForm {
            title,
            description,
            starts_on,
            ends_on,
            place,
            online: online.is_some_and(|v| !v.is_empty()),
            organizer,
            link,
            scope,
            own: own.is_some_and(|v| !v.is_empty()),
            topics: topics.unwrap_or_default(),
            // A client that sends no language announces in the language it reads.
            language: language.unwrap_or_else(|| ContentLanguage::from(lang).as_code().to_owned()),
        },
    )
    .map_err(AppError::Invalid)?;
    service::create(&db()?, &user, draft).await
}
