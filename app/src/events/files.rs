//! Calendar files: `GET /events/{id}/event.ics` for one event and `GET /events.ics`, a feed of
//! every upcoming event that calendar apps can subscribe to. Events are all-day (RFC 5545
//! §3.6.1: DTSTART;VALUE=DATE, and DTEND the day after the last day, as DTEND is exclusive).

use super::service::{self, Window};
use super::types::EventView;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::t;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::Duration;
use icalendar::{Calendar, Component, Event, EventLike, Property};

fn host(base: &str) -> String {
    url::Url::parse(base)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "waterlinks.hub".to_owned())
}

/// The event's link as a calendar may carry it: written anew from the parsed address (a URI
/// value is not escaped in `.ics`, so a stored line break would start a line of its own), and
/// only a web address.
fn web_link(link: &str) -> Option<String> {
    let url = url::Url::parse(link.trim()).ok()?;
    matches!(url.scheme(), "http" | "https").then(|| url.to_string())
}

fn to_ical(lang: Lang, e: &EventView, base: &str) -> Event {
    let page = format!("{base}/events#event-{}", e.id);
    let mut event = Event::new();
    event
        .uid(&format!("sector-event-{}@{}", e.id, host(base)))
        // The title in the language the event is announced in, said so for calendars.
        .append_property(
            Property::new("SUMMARY", &e.title)
                .add_parameter("LANGUAGE", e.language.as_code())
                .done(),
        )
        .starts(e.starts_on)
        .ends(e.ends_on + Duration::days(1))
        .url(&web_link(&e.link).unwrap_or(page.clone()));
    let mut description = t!(lang, "events-ics-organized-by", organizer = &e.organizer);
    if !e.description.is_empty() {
        description = format!("{}\n\n{description}", e.description);
    }
    event.description(&format!("{description}\n\n{page}"));
    let place = e.where_(lang);
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

/// `GET /events/{id}/event.ics`. The id is taken as text so a forged one is a 404 like an
/// unknown one, not a 400 from the extractor.
pub async fn event_ics(
    State(state): State<AppState>,
    Path(id): Path<String>,
    request: http::request::Parts,
) -> Response {
    let lang = crate::i18n::request::of_request(&request);
    let Ok(id) = id.parse::<i32>() else {
        return AppError::NotFound(t!(lang, "events-not-found")).into_response();
    };
    match service::one(&state.db, id).await {
        Ok(e) => {
            let calendar = Calendar::new()
                .name(&t!(lang, "events-ics-calendar-name"))
                .push(to_ical(lang, &e, &state.site.public_base_url))
                .done();
            calendar_response(calendar, &format!("event-{id}.ics"), true)
        }
        Err(AppError::NotFound(_)) => {
            AppError::NotFound(t!(lang, "events-not-found")).into_response()
        }
        Err(e) => e.into_response(),
    }
}

/// `GET /events.ics`: every upcoming event, for a calendar subscription.
pub async fn events_ics(State(state): State<AppState>, request: http::request::Parts) -> Response {
    let lang = crate::i18n::request::of_request(&request);
    let today = chrono::Utc::now().date_naive();
    match service::list(&state.db, Window::Upcoming(today), None).await {
        Ok(events) => {
            let mut calendar = Calendar::new();
            calendar.name(&t!(lang, "events-ics-calendar-name"));
            for e in &events {
                calendar.push(to_ical(lang, e, &state.site.public_base_url));
            }
            calendar_response(calendar.done(), "waterlinks-events.ics", false)
        }
        Err(e) => e.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn event(title: &str, place: &str, link: &str) -> EventView {
        EventView {
            id: 7,
            title: title.to_owned(),
            description: "Line one\r\nLine two".to_owned(),
            starts_on: NaiveDate::from_ymd_opt(2027, 3, 9).unwrap_or_default(),
            ends_on: NaiveDate::from_ymd_opt(2027, 3, 11).unwrap_or_default(),
            place: place.to_owned(),
            online: false,
            organizer: "ADB".to_owned(),
            link: link.to_owned(),
            scope: super::super::rules::Scope::Regional,
            own: false,
            topics: Vec::new(),
            language: crate::i18n::ContentLanguage::En,
        }
    }

    /// The calendar's lines, unfolded (RFC 5545 §3.1: a line starting with a space continues
    /// the one before).
    fn lines(event: &EventView) -> Vec<String> {
        let text = Calendar::new()
            .push(to_ical(Lang::En, event, "https://hub.example"))
            .done()
            .to_string();
        let mut out: Vec<String> = Vec::new();
        for line in text.split("\r\n") {
            match (line.strip_prefix(' '), out.last_mut()) {
                (Some(rest), Some(last)) => last.push_str(rest),
                _ => out.push(line.to_owned()),
            }
        }
        out
    }

    #[test]
    fn the_title_says_the_language_it_is_written_in() {
        let e = EventView {
            language: crate::i18n::ContentLanguage::Vi,
            ..event("Hội thảo quốc gia về giảm thất thoát nước", "Đà Nẵng", "")
        };
        let lines = lines(&e);
        assert!(
            lines
                .iter()
                .any(|l| l == "SUMMARY;LANGUAGE=vi:Hội thảo quốc gia về giảm thất thoát nước"),
            "{lines:#?}"
        );
    }

    #[test]
    fn stored_line_breaks_cannot_add_calendar_lines() {
        // Rows saved before line breaks were refused at input may still hold them.
        let e = event(
            "Asia Water Week\r\nBEGIN:VALARM",
            "Manila\nATTENDEE:mailto:all@x.example",
            "https://adb.example/awf\r\nATTACH:https://evil.example/x.exe",
        );
        let lines = lines(&e);
        for line in &lines {
            assert!(
                !line.starts_with("BEGIN:VALARM")
                    && !line.starts_with("ATTACH")
                    && !line.starts_with("ATTENDEE"),
                "injected line {line:?} in {lines:#?}"
            );
        }
        let url = lines
            .iter()
            .find_map(|l| l.strip_prefix("URL:"))
            .unwrap_or_default();
        assert!(url.starts_with("https://adb.example/"), "{url}");
        assert!(url::Url::parse(url).is_ok(), "{url}");
    }

    #[test]
    fn a_link_that_is_not_a_web_address_gives_the_events_page() {
        for link in ["javascript:alert(1)", "not a link", "ftp://x.example/"] {
            let lines = lines(&event("Forum", "Manila", link));
            assert!(
                lines.contains(&"URL:https://hub.example/events#event-7".to_owned()),
                "{link}: {lines:#?}"
            );
        }
    }
}
