//! The rules of a training program, free of the web and the database: what a program and a
//! session must say, who gets a place and who waits, and when someone has completed
//! (evaluations are in `evaluation_rules`).

use crate::error::FieldErrors;
use crate::i18n::{ContentLanguage, Lang};
use crate::stored::stored_enum;
use crate::t;
use chrono::{Datelike, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

stored_enum! {
    /// How a program is given (`training_program.format`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum ProgramFormat {
        InPerson = "in_person",
        Online = "online",
        Hybrid = "hybrid",
    }
}

impl ProgramFormat {
    pub fn label(self, lang: Lang) -> String {
        match self {
            ProgramFormat::InPerson => t!(lang, "training-format-in-person"),
            ProgramFormat::Online => t!(lang, "training-format-online"),
            ProgramFormat::Hybrid => t!(lang, "training-format-hybrid"),
        }
    }

    fn has_venue(self) -> bool {
        self != ProgramFormat::Online
    }

    fn has_link(self) -> bool {
        self != ProgramFormat::InPerson
    }
}

/// Venue time zones offered in the program form (IANA names, as the calendar and the
/// certificate use them), with the city people know them by.
pub const TIME_ZONES: &[(&str, &str)] = &[
    ("Asia/Manila", "Manila"),
    ("Asia/Jakarta", "Jakarta"),
    ("Asia/Makassar", "Makassar"),
    ("Asia/Ho_Chi_Minh", "Ho Chi Minh City"),
    ("Asia/Bangkok", "Bangkok"),
    ("Asia/Phnom_Penh", "Phnom Penh"),
    ("Asia/Vientiane", "Vientiane"),
    ("Asia/Yangon", "Yangon"),
    ("Asia/Kuala_Lumpur", "Kuala Lumpur"),
    ("Asia/Singapore", "Singapore"),
    ("Asia/Dhaka", "Dhaka"),
    ("Asia/Kolkata", "India"),
    ("Asia/Colombo", "Colombo"),
    ("Asia/Kathmandu", "Kathmandu"),
    ("Asia/Karachi", "Karachi"),
    ("Asia/Tashkent", "Tashkent"),
    ("Asia/Ulaanbaatar", "Ulaanbaatar"),
    ("Asia/Shanghai", "China"),
    ("Asia/Tokyo", "Tokyo"),
    ("Asia/Seoul", "Seoul"),
    ("Australia/Sydney", "Sydney"),
    ("Pacific/Port_Moresby", "Port Moresby"),
    ("Pacific/Fiji", "Suva"),
    ("Pacific/Apia", "Apia"),
    ("Pacific/Tongatapu", "Nuku'alofa"),
    ("UTC", "UTC (online programs)"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CompletionRule {
    AllSessions,
    AtLeast(u32),
}

impl CompletionRule {
    pub fn from_min_sessions(min: Option<i32>) -> CompletionRule {
        match min {
            Some(n) if n > 0 => CompletionRule::AtLeast(n as u32),
            _ => CompletionRule::AllSessions,
        }
    }

    /// Whether someone who attended `attended` of the `sessions` scheduled sessions has
    /// completed. Nothing is completed before enough sessions are scheduled: a certificate after
    /// week one of a course whose week two is not yet on the calendar would be wrong.
    pub fn is_met(self, sessions: usize, attended: usize) -> bool {
        if sessions == 0 {
            return false;
        }
        match self {
            CompletionRule::AllSessions => attended >= sessions,
            CompletionRule::AtLeast(n) => sessions >= n as usize && attended >= n as usize,
        }
    }

    pub fn describe(self, lang: Lang) -> String {
        match self {
            CompletionRule::AllSessions => t!(lang, "training-completion-all"),
            CompletionRule::AtLeast(n) => t!(lang, "training-completion-at-least", count = n),
        }
    }
}

stored_enum! {
    /// Where an enrolment stands (`training_enrolment.status`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum EnrolmentStatus {
        Enrolled = "enrolled",
        Waitlisted = "waitlisted",
        Cancelled = "cancelled",
    }
}

/// Where a new enrolment goes: a place while one is free and nobody is waiting, else the back
/// of the waitlist (people already waiting are served first).
pub fn place_for_newcomer(capacity: u32, enrolled: u32, waiting: u32) -> EnrolmentStatus {
    if enrolled < capacity && waiting == 0 {
        EnrolmentStatus::Enrolled
    } else {
        EnrolmentStatus::Waitlisted
    }
}

/// A program as its organiser typed it, checked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProgramDraft {
    pub title: String,
    pub description: String,
    pub format: ProgramFormat,
    pub venue: String,
    pub link: String,
    pub language: ContentLanguage,
    pub capacity: u32,
    pub min_sessions: Option<u32>,
    pub time_zone: String,
    pub topic_codes: Vec<String>,
    /// Emails of the accounts that run the program.
    pub trainer_emails: Vec<String>,
}

/// The program form's raw fields, as the browser sends them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProgramForm {
    pub title: String,
    pub description: String,
    pub format: String,
    pub venue: String,
    pub link: String,
    /// The language's code (`id`).
    pub language: String,
    pub capacity: String,
    pub min_sessions: String,
    pub time_zone: String,
    /// The main topic's code, and optionally a second one.
    pub topic: String,
    pub topic2: String,
    pub trainers: String,
}

/// Adds `too_short` or `too_long` (each a whole message, so that a translation is one
/// sentence) when `value` is outside `min..=max` characters.
fn length_between(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    (min, max): (usize, usize),
    too_short: impl FnOnce() -> String,
    too_long: impl FnOnce() -> String,
) {
    let n = value.chars().count();
    if n < min {
        errors.add(field, too_short());
    } else if n > max {
        errors.add(field, too_long());
    }
}

/// Checks the program form; messages are in `lang`.
pub fn parse_program(form: &ProgramForm, lang: Lang) -> Result<ProgramDraft, FieldErrors> {
    let mut errors = FieldErrors::default();
    let title = form.title.trim();
    length_between(
        &mut errors,
        "title",
        title,
        (5, 200),
        || t!(lang, "training-error-title-short", min = 5),
        || t!(lang, "training-error-title-long", max = 200),
    );
    let description = form.description.trim();
    length_between(
        &mut errors,
        "description",
        description,
        (20, 5000),
        || t!(lang, "training-error-description-short", min = 20),
        || t!(lang, "training-error-description-long", max = 5000),
    );
    let format = ProgramFormat::from_code(form.format.trim());
    if format.is_none() {
        errors.add("format", t!(lang, "training-error-format"));
    }
    let venue = form.venue.trim();
    let link = form.link.trim();
    if let Some(format) = format {
        if format.has_venue() && venue.is_empty() {
            errors.add("venue", t!(lang, "training-error-venue"));
        }
        if format.has_link() && !(link.starts_with("https://") || link.starts_with("http://")) {
            errors.add("link", t!(lang, "training-error-link-needed"));
        }
    }
    if venue.chars().count() > 200 {
        errors.add("venue", t!(lang, "training-error-venue-long", max = 200));
    }
    let web_link = link.starts_with("https://") || link.starts_with("http://");
    if !link.is_empty() && !web_link {
        if errors.for_field("link").is_none() {
            errors.add("link", t!(lang, "training-error-link-web"));
        }
    } else if link.chars().count() > 300 || link.contains(char::is_whitespace) {
        errors.add("link", t!(lang, "training-error-link-long", max = 300));
    }
    let language = ContentLanguage::from_code(form.language.trim());
    if language.is_none() {
        errors.add("language", t!(lang, "training-error-language"));
    }
    let capacity = match form.capacity.trim().parse::<u32>() {
        Ok(c) if (1..=1000).contains(&c) => c,
        _ => {
            errors.add("capacity", t!(lang, "training-error-capacity", max = 1000));
            0
        }
    };
    let min_sessions = match form.min_sessions.trim() {
        "" => None,
        text => match text.parse::<u32>() {
            Ok(n) if (1..=100).contains(&n) => Some(n),
            _ => {
                errors.add(
                    "min_sessions",
                    t!(lang, "training-error-min-sessions", max = 100),
                );
                None
            }
        },
    };
    let time_zone = form.time_zone.trim();
    if !TIME_ZONES.iter().any(|(zone, _)| *zone == time_zone) {
        errors.add("time_zone", t!(lang, "training-error-time-zone"));
    }
    let mut topic_codes = vec![form.topic.trim().to_owned()];
    if topic_codes[0].is_empty() {
        errors.add("topic", t!(lang, "training-error-topic"));
    }
    let second = form.topic2.trim();
    if !second.is_empty() && second != topic_codes[0] {
        topic_codes.push(second.to_owned());
    }
    let trainer_emails: Vec<String> = form
        .trainers
        .split([',', ';', '\n'])
        .map(|e| e.trim().to_lowercase())
        .filter(|e| !e.is_empty())
        .collect();
    if let Some(bad) = trainer_emails
        .iter()
        .find(|e| !email_address::EmailAddress::is_valid(e))
    {
        errors.add(
            "trainers",
            t!(lang, "training-error-trainer-email", email = bad.as_str()),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // `None` was reported above, with the other fields' messages.
    let (Some(format), Some(language)) = (format, language) else {
        return Err(errors);
    };
    Ok(ProgramDraft {
        title: title.to_owned(),
        description: description.to_owned(),
        format,
        venue: venue.to_owned(),
        link: link.to_owned(),
        language,
        capacity,
        min_sessions,
        time_zone: time_zone.to_owned(),
        topic_codes,
        trainer_emails,
    })
}

/// A session as the organiser typed it: a day and times at the venue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionDraft {
    pub title: String,
    pub date: NaiveDate,
    pub starts: NaiveTime,
    pub ends: NaiveTime,
}

/// [`parse_session_in`] in the language of the request being answered (the Forum's agenda
/// form calls it too).
pub fn parse_session(
    title: &str,
    date: &str,
    starts: &str,
    ends: &str,
) -> Result<SessionDraft, FieldErrors> {
    parse_session_in(crate::i18n::current(), title, date, starts, ends)
}

/// Checks a session's day and times; messages are in `lang`.
pub fn parse_session_in(
    lang: Lang,
    title: &str,
    date: &str,
    starts: &str,
    ends: &str,
) -> Result<SessionDraft, FieldErrors> {
    let mut errors = FieldErrors::default();
    let title = title.trim();
    if title.chars().count() > 200 {
        errors.add(
            "session_title",
            t!(lang, "training-error-session-title-long", max = 200),
        );
    }
    let date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| (2000..=2100).contains(&d.year()));
    if date.is_none() {
        errors.add("date", t!(lang, "training-error-session-date"));
    }
    let time = |text: &str| {
        NaiveTime::parse_from_str(text.trim(), "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(text.trim(), "%H:%M:%S"))
            .ok()
    };
    let (start, end) = (time(starts), time(ends));
    if start.is_none() {
        errors.add("starts", t!(lang, "training-error-session-starts"));
    }
    if end.is_none() {
        errors.add("ends", t!(lang, "training-error-session-ends"));
    }
    if let (Some(s), Some(e)) = (start, end) {
        if e <= s {
            errors.add("ends", t!(lang, "training-error-session-order"));
        }
    }
    match (date, start, end) {
        (Some(date), Some(starts), Some(ends)) if errors.is_empty() => Ok(SessionDraft {
            title: title.to_owned(),
            date,
            starts,
            ends,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ProgramForm {
        ProgramForm {
            title: "Non-revenue water: DMA design".into(),
            description: "Three days on designing district metered areas with field work.".into(),
            format: "hybrid".into(),
            venue: "Davao City Water District training centre".into(),
            link: "https://meet.example.org/dma".into(),
            language: "en".into(),
            capacity: "25".into(),
            min_sessions: "".into(),
            time_zone: "Asia/Manila".into(),
            topic: "nrw".into(),
            topic2: "".into(),
            trainers: "ana@dcwd.example, Ben@pwa.example".into(),
        }
    }

    #[test]
    fn a_complete_program_form_is_accepted() {
        let draft = parse_program(&form(), Lang::En).unwrap();
        assert_eq!(draft.format, ProgramFormat::Hybrid);
        assert_eq!(draft.capacity, 25);
        assert_eq!(draft.min_sessions, None);
        assert_eq!(draft.language, ContentLanguage::En);
        assert_eq!(
            draft.trainer_emails,
            vec!["ana@dcwd.example", "ben@pwa.example"]
        );
    }

    #[test]
    fn each_bad_program_field_gets_its_own_message() {
        let bad = ProgramForm {
            title: "x".into(),
            description: "short".into(),
            format: "hybrid".into(),
            venue: "".into(),
            link: "meet.example.org".into(),
            language: "".into(),
            capacity: "0".into(),
            min_sessions: "many".into(),
            time_zone: "Mars/Olympus".into(),
            topic: "".into(),
            topic2: "".into(),
            trainers: "not-an-email".into(),
        };
        let errors = parse_program(&bad, Lang::En).unwrap_err();
        for field in [
            "title",
            "description",
            "venue",
            "link",
            "language",
            "capacity",
            "min_sessions",
            "time_zone",
            "topic",
            "trainers",
        ] {
            assert!(errors.for_field(field).is_some(), "{field}: {errors:?}");
        }
    }

    #[test]
    fn the_language_is_a_code_from_the_list() {
        let indonesian = ProgramForm {
            language: " id ".into(),
            ..form()
        };
        assert_eq!(
            parse_program(&indonesian, Lang::En).unwrap().language,
            ContentLanguage::Id
        );
        // The free text the form took before languages were coded is refused now.
        for text in ["English", "English, Filipino", "xx", ""] {
            let bad = ProgramForm {
                language: text.into(),
                ..form()
            };
            let errors = parse_program(&bad, Lang::En).unwrap_err();
            assert_eq!(
                errors.for_field("language"),
                Some("Choose the language the program is given in from the list."),
                "{text:?}"
            );
        }
        let bad = ProgramForm {
            language: "tlh".into(),
            ..form()
        };
        assert_eq!(
            parse_program(&bad, Lang::Th)
                .unwrap_err()
                .for_field("language"),
            Some("กรุณาเลือกภาษาที่ใช้สอนในหลักสูตรจากรายการ")
        );
    }

    #[test]
    fn online_programs_need_no_venue_and_in_person_ones_no_link() {
        let online = ProgramForm {
            format: "online".into(),
            venue: "".into(),
            ..form()
        };
        assert!(parse_program(&online, Lang::En).is_ok());
        let in_person = ProgramForm {
            format: "in_person".into(),
            link: "".into(),
            ..form()
        };
        assert!(parse_program(&in_person, Lang::En).is_ok());
        // Whatever the format, a link is a web link.
        let odd = ProgramForm {
            format: "in_person".into(),
            link: "javascript:alert(1)".into(),
            ..form()
        };
        assert!(parse_program(&odd, Lang::En)
            .unwrap_err()
            .for_field("link")
            .is_some());
    }

    #[test]
    fn places_then_waitlist() {
        assert_eq!(place_for_newcomer(2, 0, 0), EnrolmentStatus::Enrolled);
        assert_eq!(place_for_newcomer(2, 1, 0), EnrolmentStatus::Enrolled);
        assert_eq!(place_for_newcomer(2, 2, 0), EnrolmentStatus::Waitlisted);
        assert_eq!(place_for_newcomer(2, 5, 0), EnrolmentStatus::Waitlisted);
        // A free place with people waiting is theirs, not a newcomer's.
        assert_eq!(place_for_newcomer(3, 2, 1), EnrolmentStatus::Waitlisted);
    }

    #[test]
    fn completion_follows_the_rule() {
        let all = CompletionRule::from_min_sessions(None);
        assert!(!all.is_met(3, 2));
        assert!(all.is_met(3, 3));
        let two = CompletionRule::from_min_sessions(Some(2));
        assert!(!two.is_met(3, 1));
        assert!(two.is_met(3, 2));
        // A rule asking for more sessions than are scheduled waits for the schedule.
        assert!(!CompletionRule::AtLeast(5).is_met(2, 2));
        // Nothing to attend, nothing completed.
        assert!(!all.is_met(0, 0));
    }

    #[test]
    fn sessions_must_end_after_they_start() {
        let s = parse_session_in(Lang::En, "Day 1", "2026-03-03", "09:00", "12:30").unwrap();
        assert_eq!(s.starts, NaiveTime::from_hms_opt(9, 0, 0).unwrap());
        let errors = parse_session_in(Lang::En, "", "3 March", "14:00", "13:00").unwrap_err();
        assert!(errors.for_field("date").is_some());
        assert!(errors.for_field("ends").is_some());
        assert!(
            parse_session_in(Lang::En, "", "-5000-01-01", "09:00", "10:00")
                .unwrap_err()
                .for_field("date")
                .is_some()
        );
        assert!(parse_session_in(Lang::En, "", "2026-03-03", "9am", "10:00")
            .unwrap_err()
            .for_field("starts")
            .is_some());
    }

    #[test]
    fn messages_are_written_in_the_language_asked_for() {
        let bad = ProgramForm {
            capacity: "0".into(),
            ..form()
        };
        let errors = parse_program(&bad, Lang::Vi).unwrap_err();
        assert_eq!(
            errors.for_field("capacity"),
            Some("Hãy nhập số chỗ, từ 1 đến 1000.")
        );
        let errors = parse_session_in(Lang::Th, "", "2026-03-03", "14:00", "13:00").unwrap_err();
        assert_eq!(errors.for_field("ends"), Some("รอบอบรมต้องสิ้นสุดหลังเวลาเริ่ม"));
        assert_eq!(
            CompletionRule::AtLeast(2).describe(Lang::En),
            "Completed by attending at least 2 sessions."
        );
        assert_eq!(
            CompletionRule::AtLeast(1).describe(Lang::En),
            "Completed by attending at least one session."
        );
    }
}
