//! The secretariat's settings of a Forum edition and its agenda sessions, checked field by field
//! before anything is saved.

use crate::error::FieldErrors;
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

fn day(errors: &mut FieldErrors, field: &str, text: &str) -> Option<NaiveDate> {
    let parsed = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| (2000..=2100).contains(&d.year()));
    if parsed.is_none() {
        errors.add(field, "Enter the day as YYYY-MM-DD, between 2000 and 2100.");
    }
    parsed
}

fn text(errors: &mut FieldErrors, field: &str, value: &str, max: usize, what: &str) -> String {
    let value = value.trim();
    if value.is_empty() {
        errors.add(field, format!("Enter {what}."));
    } else if value.chars().count() > max {
        errors.add(field, format!("Please shorten {what} to {max} characters."));
    }
    value.to_owned()
}

pub fn parse_edition(form: &EditionForm) -> Result<EditionDraft, FieldErrors> {
    let mut errors = FieldErrors::default();
    let year = form
        .year
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y));
    if year.is_none() {
        errors.add("year", "Enter the Forum's year, such as 2027.");
    }
    let title = text(
        &mut errors,
        "title",
        &form.title,
        200,
        "the edition's title",
    );
    let venue = text(&mut errors, "venue", &form.venue, 200, "the venue and city");
    let time_zone = form.time_zone.trim().to_owned();
    if !TIME_ZONES.iter().any(|(zone, _)| *zone == time_zone) {
        errors.add("time_zone", "Choose the venue's time zone from the list.");
    }
    let starts_on = day(&mut errors, "starts_on", &form.starts_on);
    let ends_on = day(&mut errors, "ends_on", &form.ends_on);
    if let (Some(starts), Some(ends)) = (starts_on, ends_on) {
        if ends < starts {
            errors.add("ends_on", "The Forum must end on or after its first day.");
        } else if (ends - starts).num_days() > 14 {
            errors.add(
                "ends_on",
                "A Forum lasts two weeks at most; check the dates.",
            );
        }
        if year.is_some_and(|y| y != starts.year()) {
            errors.add(
                "starts_on",
                "The first day must fall in the edition's year.",
            );
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
            format!("Enter how many people the venue holds, from 1 to {MAX_CAPACITY}."),
        );
    }
    let opens_on = day(&mut errors, "opens_on", &form.opens_on);
    let closes_on = day(&mut errors, "closes_on", &form.closes_on);
    if let (Some(opens), Some(closes)) = (opens_on, closes_on) {
        if closes < opens {
            errors.add("closes_on", "Registration must close after it opens.");
        }
    }
    if let (Some(closes), Some(ends)) = (closes_on, ends_on) {
        if closes > ends {
            errors.add(
                "closes_on",
                "Registration must close by the Forum's last day.",
            );
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
/// with a room.
pub fn parse_agenda_session(
    form: &AgendaForm,
    edition_days: (NaiveDate, NaiveDate),
) -> Result<AgendaDraft, FieldErrors> {
    let (session, mut errors) =
        match parse_session(&form.title, &form.date, &form.starts, &form.ends) {
            Ok(s) => (Some(s), FieldErrors::default()),
            Err(e) => (None, e),
        };
    if form.title.trim().is_empty() {
        errors.add("session_title", "Enter the session's title.");
    }
    if let Some(s) = &session {
        if s.date < edition_days.0 || s.date > edition_days.1 {
            errors.add(
                "date",
                format!(
                    "Choose a day of the Forum, from {} to {}.",
                    edition_days.0, edition_days.1
                ),
            );
        }
    }
    let room = text(&mut errors, "room", &form.room, 100, "the room");
    let speakers = form.speakers.trim().to_owned();
    if speakers.chars().count() > 300 {
        errors.add("speakers", "Please shorten the speakers to 300 characters.");
    }
    let topic = form.topic.trim().to_owned();
    if topic.chars().count() > 100 {
        errors.add("topic", "Please shorten the topic to 100 characters.");
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
        let draft = parse_edition(&form()).expect("valid");
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
        let got = fields(parse_edition(&bad).unwrap_err());
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
        assert_eq!(fields(parse_edition(&late).unwrap_err()), ["closes_on"]);
        let other_year = EditionForm {
            year: "2028".into(),
            ..form()
        };
        assert_eq!(
            fields(parse_edition(&other_year).unwrap_err()),
            ["starts_on"]
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
            parse_agenda_session(&session, days).expect("valid").room,
            "Hall B"
        );
        let outside = AgendaForm {
            date: "2027-03-12".into(),
            room: " ".into(),
            ..session.clone()
        };
        assert_eq!(
            fields(parse_agenda_session(&outside, days).unwrap_err()),
            ["date", "room"]
        );
        let untitled = AgendaForm {
            title: " ".into(),
            ends: "08:00".into(),
            ..session
        };
        assert_eq!(
            fields(parse_agenda_session(&untitled, days).unwrap_err()),
            ["ends", "session_title"]
        );
    }
}
