//! The secretariat's settings of a Forum edition and its agenda sessions, checked field by field
//! before anything is saved.

use crate::error::FieldErrors;
use crate::i18n::{format, Lang};
use crate::t;
use crate::training::rules::{parse_session, SessionDraft, TIME_ZONES};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

pub const MAX_CAPACITY: i32 = 100_000;

/// The edition form as typed (dates as YYYY-MM-DD at the venue).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EditionForm {
    pub year: String,
    pub title: String,
    pub venue: String,
    pub time_zone: String,
    pub starts_on: String,
    pub ends_on: String,
    pub capacity: String,
    pub opens_on: String,
    pub closes_on: String,
    pub needs_approval: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EditionDraft {
    pub year: i32,
    pub title: String,
    pub venue: String,
    pub time_zone: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub capacity: i32,
    /// Registration opens at the start of this day and closes at the end of `closes_on`, at the
    /// venue.
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub needs_approval: bool,
}

fn day(errors: &mut FieldErrors, field: &str, text: &str, lang: Lang) -> Option<NaiveDate> {
    let parsed = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| (2000..=2100).contains(&d.year()));
    if parsed.is_none() {
        errors.add(field, t!(lang, "forum-edition-day-invalid"));
    }
    parsed
}

/// A required text of at most `max` characters; `messages` are what to say when it is empty
/// and when it is too long.
fn text(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    max: usize,
    messages: (String, String),
) -> String {
    let value = value.trim();
    if value.is_empty() {
        errors.add(field, messages.0);
    } else if value.chars().count() > max {
        errors.add(field, messages.1);
    }
    value.to_owned()
}

/// The edition form checked field by field, with messages in `lang`.
pub fn parse_edition(form: &EditionForm, lang: Lang) -> Result<EditionDraft, FieldErrors> {
    let mut errors = FieldErrors::default();
    let year = form
        .year
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y));
    if year.is_none() {
        errors.add("year", t!(lang, "forum-edition-year-invalid"));
    }
    let title = text(
        &mut errors,
        "title",
        &form.title,
        200,
        (
            t!(lang, "forum-edition-title-required"),
            t!(lang, "forum-edition-title-too-long", max = 200),
        ),
    );
    let venue = text(
        &mut errors,
        "venue",
        &form.venue,
        200,
        (
            t!(lang, "forum-edition-venue-required"),
            t!(lang, "forum-edition-venue-too-long", max = 200),
        ),
    );
    let time_zone = form.time_zone.trim().to_owned();
    if !TIME_ZONES.iter().any(|(zone, _)| *zone == time_zone) {
        errors.add("time_zone", t!(lang, "forum-edition-time-zone-invalid"));
    }
    let starts_on = day(&mut errors, "starts_on", &form.starts_on, lang);
    let ends_on = day(&mut errors, "ends_on", &form.ends_on, lang);
    if let (Some(starts), Some(ends)) = (starts_on, ends_on) {
        if ends < starts {
            errors.add("ends_on", t!(lang, "forum-edition-ends-before-start"));
        } else if (ends - starts).num_days() > 14 {
            errors.add("ends_on", t!(lang, "forum-edition-too-long"));
        }
        if year.is_some_and(|y| y != starts.year()) {
            errors.add("starts_on", t!(lang, "forum-edition-start-outside-year"));
        }
    }
    let capacity = form
        .capacity
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|c| (1..=MAX_CAPACITY).contains(c));
    if capacity.is_none() {
        errors.add(
            "capacity",
            t!(lang, "forum-edition-capacity-invalid", max = MAX_CAPACITY),
        );
    }
    let opens_on = day(&mut errors, "opens_on", &form.opens_on, lang);
    let closes_on = day(&mut errors, "closes_on", &form.closes_on, lang);
    if let (Some(opens), Some(closes)) = (opens_on, closes_on) {
        if closes < opens {
            errors.add("closes_on", t!(lang, "forum-edition-closes-before-opening"));
        }
    }
    if let (Some(closes), Some(ends)) = (closes_on, ends_on) {
        if closes > ends {
            errors.add("closes_on", t!(lang, "forum-edition-closes-after-end"));
        }
    }
    match (year, starts_on, ends_on, capacity, opens_on, closes_on) {
        (
            Some(year),
            Some(starts_on),
            Some(ends_on),
            Some(capacity),
            Some(opens_on),
            Some(closes_on),
        ) if errors.is_empty() => Ok(EditionDraft {
            year,
            title,
            venue,
            time_zone,
            starts_on,
            ends_on,
            capacity,
            opens_on,
            closes_on,
            needs_approval: form.needs_approval,
        }),
        _ => Err(errors),
    }
}

/// An agenda session as typed: day and times at the venue.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AgendaForm {
    pub title: String,
    pub date: String,
    pub starts: String,
    pub ends: String,
    pub room: String,
    pub speakers: String,
    pub topic: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AgendaDraft {
    pub session: SessionDraft,
    pub room: String,
    pub speakers: String,
    pub topic: String,
}

/// An agenda session: the title and times as for training sessions, within the edition's days,
/// with a room. Messages in `lang`.
pub fn parse_agenda_session(
    form: &AgendaForm,
    edition_days: (NaiveDate, NaiveDate),
    lang: Lang,
) -> Result<AgendaDraft, FieldErrors> {
    let (session, mut errors) =
        match parse_session(&form.title, &form.date, &form.starts, &form.ends) {
            Ok(s) => (Some(s), FieldErrors::default()),
            Err(e) => (None, e),
        };
    if form.title.trim().is_empty() {
        errors.add("session_title", t!(lang, "forum-session-title-required"));
    }
    if let Some(s) = &session {
        if s.date < edition_days.0 || s.date > edition_days.1 {
            errors.add(
                "date",
                t!(
                    lang,
                    "forum-session-day-outside",
                    first = format::date_long(lang, edition_days.0),
                    last = format::date_long(lang, edition_days.1)
                ),
            );
        }
    }
    let room = text(
        &mut errors,
        "room",
        &form.room,
        100,
        (
            t!(lang, "forum-session-room-required"),
            t!(lang, "forum-session-room-too-long", max = 100),
        ),
    );
    let speakers = form.speakers.trim().to_owned();
    if speakers.chars().count() > 300 {
        errors.add(
            "speakers",
            t!(lang, "forum-session-speakers-too-long", max = 300),
        );
    }
    let topic = form.topic.trim().to_owned();
    if topic.chars().count() > 100 {
        errors.add("topic", t!(lang, "forum-session-topic-too-long", max = 100));
    }
    match session {
        Some(session) if errors.is_empty() => Ok(AgendaDraft {
            session,
            room,
            speakers,
            topic,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> EditionForm {
        EditionForm {
            year: "2027".into(),
            title: "WaterLinks Forum 2027".into(),
            venue: "Bangkok, Queen Sirikit National Convention Center".into(),
            time_zone: "Asia/Bangkok".into(),
            starts_on: "2027-03-08".into(),
            ends_on: "2027-03-10".into(),
            capacity: "450".into(),
            opens_on: "2027-01-15".into(),
            closes_on: "2027-03-01".into(),
            needs_approval: true,
        }
    }

    fn fields(errors: FieldErrors) -> Vec<String> {
        errors.0.into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn accepts_a_plausible_edition() {
        let draft = parse_edition(&form(), Lang::En).expect("valid");
        assert_eq!(draft.capacity, 450);
        assert_eq!(draft.ends_on, NaiveDate::from_ymd_opt(2027, 3, 10).unwrap());
        assert!(draft.needs_approval);
    }

    #[test]
    fn refuses_inverted_and_out_of_range_fields_each_at_its_field() {
        let bad = EditionForm {
            year: "1999".into(),
            title: " ".into(),
            time_zone: "Mars/Olympus".into(),
            ends_on: "2027-03-07".into(),
            capacity: "0".into(),
            closes_on: "2027-01-14".into(),
            ..form()
        };
        let got = fields(parse_edition(&bad, Lang::En).unwrap_err());
        for field in [
            "year",
            "title",
            "time_zone",
            "ends_on",
            "capacity",
            "closes_on",
        ] {
            assert!(got.contains(&field.to_owned()), "{field} in {got:?}");
        }
        assert!(!got.contains(&"venue".to_owned()));
    }

    #[test]
    fn registration_closes_by_the_last_day_and_the_first_day_is_in_the_year() {
        let late = EditionForm {
            closes_on: "2027-03-11".into(),
            ..form()
        };
        assert_eq!(
            fields(parse_edition(&late, Lang::En).unwrap_err()),
            ["closes_on"]
        );
        let other_year = EditionForm {
            year: "2028".into(),
            ..form()
        };
        assert_eq!(
            fields(parse_edition(&other_year, Lang::En).unwrap_err()),
            ["starts_on"]
        );
    }

    #[test]
    fn messages_follow_the_secretariats_language() {
        let bad = EditionForm {
            capacity: "0".into(),
            ..form()
        };
        let errors = parse_edition(&bad, Lang::Id).unwrap_err();
        assert_eq!(
            errors.for_field("capacity").unwrap(),
            "Masukkan jumlah orang yang dapat ditampung tempat acara, dari 1 hingga 100000."
        );
    }

    #[test]
    fn an_agenda_session_falls_on_a_forum_day_and_has_a_room() {
        let days = (
            NaiveDate::from_ymd_opt(2027, 3, 8).unwrap(),
            NaiveDate::from_ymd_opt(2027, 3, 10).unwrap(),
        );
        let session = AgendaForm {
            title: "Reducing NRW with DMAs".into(),
            date: "2027-03-09".into(),
            starts: "09:00".into(),
            ends: "10:30".into(),
            room: "Hall B".into(),
            speakers: "Ma. Cecilia Reyes".into(),
            topic: "Non-revenue water".into(),
        };
        assert_eq!(
            parse_agenda_session(&session, days, Lang::En)
                .expect("valid")
                .room,
            "Hall B"
        );
        let outside = AgendaForm {
            date: "2027-03-12".into(),
            room: " ".into(),
            ..session.clone()
        };
        assert_eq!(
            fields(parse_agenda_session(&outside, days, Lang::En).unwrap_err()),
            ["date", "room"]
        );
        let untitled = AgendaForm {
            title: " ".into(),
            ends: "08:00".into(),
            ..session
        };
        assert_eq!(
            fields(parse_agenda_session(&untitled, days, Lang::En).unwrap_err()),
            ["ends", "session_title"]
        );
    }
}
