//! Event server functions.

use super::types::EventView;
use crate::error::AppError;
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

/// Upcoming (`when` = "" or "upcoming") or past events.
#[server(prefix = "/api", endpoint = "events/list")]
pub async fn list_events(when: String) -> Result<Vec<EventView>, AppError> {
    let today = chrono::Utc::now().date_naive();
    let window = match when.trim() {
        "" | "upcoming" => Window::Upcoming(today),
        "past" => Window::Past(today),
        other => {
            return Err(AppError::BadRequest(format!(
                "'{other}' is not upcoming or past."
            )))
        }
    };
    service::list(&db()?, window).await
}

/// The events on any day of `month` (`YYYY-MM`; empty: this month).
#[server(prefix = "/api", endpoint = "events/month")]
pub async fn month_events(month: String) -> Result<CalendarMonth, AppError> {
    let (year, month) = if month.trim().is_empty() {
        let today = chrono::Utc::now().date_naive();
        (today.year(), today.month())
    } else {
        parse_month(&month)
            .ok_or_else(|| AppError::BadRequest("The month is written YYYY-MM.".to_owned()))?
    };
    let (first, last) = month_bounds(year, month)
        .ok_or_else(|| AppError::BadRequest("The month is written YYYY-MM.".to_owned()))?;
    let events = service::list(&db()?, Window::Between(first, last)).await?;
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
) -> Result<i32, AppError> {
    let user = require_user().await?;
    if !(user.has_role(Role::Facilitator) || user.has_role(Role::SecretariatAdmin)) {
        return Err(AppError::Forbidden);
    }
    let draft = parse_event(&EventForm {
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
    })
    .map_err(AppError::Invalid)?;
    service::create(&db()?, &user, draft).await
}
