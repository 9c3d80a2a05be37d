//! Calendar files: `GET /events/{id}/event.ics` for one event and `GET /events.ics`, a feed of
//! every upcoming event that calendar apps can subscribe to. Events are all-day (RFC 5545
//! §3.6.1: DTSTART;VALUE=DATE, and DTEND the day after the last day, as DTEND is exclusive).

use super::service::{self, Window};
use super::types::EventView;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::Duration;
use icalendar::{Calendar, Component, Event, EventLike};

fn host(base: &str) -> String {
    url::Url::parse(base)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "waterlinks.hub".to_owned())
}

fn to_ical(e: &EventView, base: &str) -> Event {
    let page = format!("{base}/events#event-{}", e.id);
    let mut event = Event::new();
    event
        .uid(&format!("sector-event-{}@{}", e.id, host(base)))
        .summary(&e.title)
        .starts(e.starts_on)
        .ends(e.ends_on + Duration::days(1))
        .url(if e.link.is_empty() { &page } else { &e.link });
    let mut description = format!("Organized by {}.", e.organizer);
    if !e.description.is_empty() {
        description = format!("{}\n\n{description}", e.description);
    }
    event.description(&format!("{description}\n\n{page}"));
    let place = e.where_();
    if !place.is_empty() {
        event.location(&place);
    }
    event.done()
}

fn calendar_response(calendar: Calendar, file_name: &str, attachment: bool) -> Response {
    let disposition = if attachment { "attachment" } else { "inline" };
    (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("{disposition}; filename=\"{file_name}\""),
            ),
            (header::CACHE_CONTROL, "public, max-age=900".to_owned()),
        ],
        calendar.to_string(),
    )
        .into_response()
}

fn refuse(e: AppError) -> Response {
    (e.status(), e.to_string()).into_response()
}

/// `GET /events/{id}/event.ics`. The id is taken as text so a forged one is a 404 like an
/// unknown one, not a 400 from the extractor.
pub async fn event_ics(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let Ok(id) = id.parse::<i32>() else {
        return refuse(AppError::NotFound(
            "There is no event with this number.".to_owned(),
        ));
    };
    match service::one(&state.db, id).await {
        Ok(e) => {
            let calendar = Calendar::new()
                .name("WaterLinks Hub events")
                .push(to_ical(&e, &state.site.public_base_url))
                .done();
            calendar_response(calendar, &format!("event-{id}.ics"), true)
        }
        Err(e) => refuse(e),
    }
}

/// `GET /events.ics`: every upcoming event, for a calendar subscription.
pub async fn events_ics(State(state): State<AppState>) -> Response {
    let today = chrono::Utc::now().date_naive();
    match service::list(&state.db, Window::Upcoming(today)).await {
        Ok(events) => {
            let mut calendar = Calendar::new();
            calendar.name("WaterLinks Hub events");
            for e in &events {
                calendar.push(to_ical(e, &state.site.public_base_url));
            }
            calendar_response(calendar.done(), "waterlinks-events.ics", false)
        }
        Err(e) => refuse(e),
    }
}
