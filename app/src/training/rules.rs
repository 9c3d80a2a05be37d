//! The rules of a training program, free of the web and the database: what a program and a
//! session must say, who gets a place and who waits, when someone has completed, and how
//! evaluations add up.

use crate::error::FieldErrors;
use crate::stored::stored_enum;
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
    pub fn label(self) -> &'static str {
        match self {
            ProgramFormat::InPerson => "In person",
            ProgramFormat::Online => "Online",
            ProgramFormat::Hybrid => "Hybrid",
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

    pub fn describe(self) -> String {
        match self {
            CompletionRule::AllSessions => "Completed by attending every session.".to_owned(),
            CompletionRule::AtLeast(1) => "Completed by attending at least one session.".to_owned(),
            CompletionRule::AtLeast(n) => format!("Completed by attending at least {n} sessions."),
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
    pub language: String,
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
    pub language: String,
    pub capacity: String,
    pub min_sessions: String,
    pub time_zone: String,
    /// The main topic's code, and optionally a second one.
    pub topic: String,
    pub topic2: String,
    pub trainers: String,
}

fn length_between(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    min: usize,
    max: usize,
    what: &str,
) {
    let n = value.chars().count();
    if n < min {
        errors.add(
            field,
            format!("Please enter {what} (at least {min} characters)."),
        );
    } else if n > max {
        errors.add(field, format!("Please shorten {what} to {max} characters."));
    }
}

pub fn parse_program(form: &ProgramForm) -> Result<ProgramDraft, FieldErrors> {
    let mut errors = FieldErrors::default();
    let title = form.title.trim();
    length_between(&mut errors, "title", title, 5, 200, "the title");
    let description = form.description.trim();
    length_between(
        &mut errors,
        "description",
        description,
        20,
        5000,
        "a description",
    );
    let format = ProgramFormat::from_code(form.format.trim());
    if format.is_none() {
        errors.add("format", "Choose in person, online or hybrid.");
    }
    let venue = form.venue.trim();
    let link = form.link.trim();
    if let Some(format) = format {
        if format.has_venue() && venue.is_empty() {
            errors.add(
                "venue",
                "Where does it take place? Enter the venue and city.",
            );
        }
        if format.has_link() && !(link.starts_with("https://") || link.starts_with("http://")) {
            errors.add(
                "link",
                "Enter the meeting link, starting with https:// (for online and hybrid programs).",
            );
        }
    }
    if venue.chars().count() > 200 {
        errors.add("venue", "Please shorten the venue to 200 characters.");
    }
    let web_link = link.starts_with("https://") || link.starts_with("http://");
    if !link.is_empty() && !web_link {
        if errors.for_field("link").is_none() {
            errors.add("link", "A meeting link starts with https://.");
        }
    } else if link.chars().count() > 300 || link.contains(char::is_whitespace) {
        errors.add(
            "link",
            "Enter one link of at most 300 characters, without spaces.",
        );
    }
    let language = form.language.trim();
    length_between(&mut errors, "language", language, 2, 60, "the language");
    let capacity = match form.capacity.trim().parse::<u32>() {
        Ok(c) if (1..=1000).contains(&c) => c,
        _ => {
            errors.add("capacity", "Enter the number of places, from 1 to 1000.");
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
                    "Enter how many sessions complete the program (1 to 100), or leave it empty for all.",
                );
                None
            }
        },
    };
    let time_zone = form.time_zone.trim();
    if !TIME_ZONES.iter().any(|(zone, _)| *zone == time_zone) {
        errors.add("time_zone", "Choose the venue's time zone from the list.");
    }
    let mut topic_codes = vec![form.topic.trim().to_owned()];
    if topic_codes[0].is_empty() {
        errors.add("topic", "Choose the program's main topic.");
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
            format!("'{bad}' is not an email address. Separate trainers' emails with commas."),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // `None` was reported above, with the other fields' messages.
    let Some(format) = format else {
        return Err(errors);
    };
    Ok(ProgramDraft {
        title: title.to_owned(),
        description: description.to_owned(),
        format,
        venue: venue.to_owned(),
        link: link.to_owned(),
        language: language.to_owned(),
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

pub fn parse_session(
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
            "Please shorten the title to 200 characters.",
        );
    }
    let date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| (2000..=2100).contains(&d.year()));
    if date.is_none() {
        errors.add(
            "date",
            "Enter the day as YYYY-MM-DD, between 2000 and 2100.",
        );
    }
    let time = |text: &str| {
        NaiveTime::parse_from_str(text.trim(), "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(text.trim(), "%H:%M:%S"))
            .ok()
    };
    let (start, end) = (time(starts), time(ends));
    if start.is_none() {
        errors.add("starts", "Enter the start time as HH:MM (24-hour clock).");
    }
    if end.is_none() {
        errors.add("ends", "Enter the end time as HH:MM (24-hour clock).");
    }
    if let (Some(s), Some(e)) = (start, end) {
        if e <= s {
            errors.add("ends", "The session must end after it starts.");
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

/// The evaluation questions, each rated 1 (disagree) to 5 (agree).
pub const QUESTIONS: [(&str, &str); 3] = [
    ("relevance", "The content was relevant to my work"),
    ("clarity", "The trainers explained things clearly"),
    ("usefulness", "I will apply what I learned at my utility"),
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvaluationDraft {
    /// In the order of [`QUESTIONS`].
    pub ratings: [u8; 3],
    pub comments: String,
}

pub fn parse_evaluation(
    ratings: [&str; 3],
    comments: &str,
) -> Result<EvaluationDraft, FieldErrors> {
    let mut errors = FieldErrors::default();
    let mut parsed = [0u8; 3];
    for (i, (field, _)) in QUESTIONS.iter().enumerate() {
        match ratings[i].trim().parse::<u8>() {
            Ok(r) if (1..=5).contains(&r) => parsed[i] = r,
            _ => errors.add(field, "Choose a rating from 1 to 5."),
        }
    }
    let comments = comments.trim();
    if comments.chars().count() > 3000 {
        errors.add(
            "comments",
            "Please shorten your comments to 3000 characters.",
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(EvaluationDraft {
        ratings: parsed,
        comments: comments.to_owned(),
    })
}

/// What the evaluations of a program add up to, per question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionSummary {
    pub question: String,
    pub average: Option<f64>,
    /// How many gave 1, 2, 3, 4 and 5.
    pub counts: [u32; 5],
}

pub fn summarize(ratings: &[[u8; 3]]) -> Vec<QuestionSummary> {
    QUESTIONS
        .iter()
        .enumerate()
        .map(|(i, (_, question))| {
            let mut counts = [0u32; 5];
            let mut sum = 0u32;
            let mut n = 0u32;
            for r in ratings {
                if (1..=5).contains(&r[i]) {
                    counts[usize::from(r[i] - 1)] += 1;
                    sum += u32::from(r[i]);
                    n += 1;
                }
            }
            QuestionSummary {
                question: (*question).to_owned(),
                average: (n > 0).then(|| f64::from(sum) / f64::from(n)),
                counts,
            }
        })
        .collect()
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
            language: "English".into(),
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
        let draft = parse_program(&form()).unwrap();
        assert_eq!(draft.format, ProgramFormat::Hybrid);
        assert_eq!(draft.capacity, 25);
        assert_eq!(draft.min_sessions, None);
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
        let errors = parse_program(&bad).unwrap_err();
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
    fn online_programs_need_no_venue_and_in_person_ones_no_link() {
        let online = ProgramForm {
            format: "online".into(),
            venue: "".into(),
            ..form()
        };
        assert!(parse_program(&online).is_ok());
        let in_person = ProgramForm {
            format: "in_person".into(),
            link: "".into(),
            ..form()
        };
        assert!(parse_program(&in_person).is_ok());
        // Whatever the format, a link is a web link.
        let odd = ProgramForm {
            format: "in_person".into(),
            link: "javascript:alert(1)".into(),
            ..form()
        };
        assert!(parse_program(&odd).unwrap_err().for_field("link").is_some());
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
        let s = parse_session("Day 1", "2026-03-03", "09:00", "12:30").unwrap();
        assert_eq!(s.starts, NaiveTime::from_hms_opt(9, 0, 0).unwrap());
        let errors = parse_session("", "3 March", "14:00", "13:00").unwrap_err();
        assert!(errors.for_field("date").is_some());
        assert!(errors.for_field("ends").is_some());
        assert!(parse_session("", "-5000-01-01", "09:00", "10:00")
            .unwrap_err()
            .for_field("date")
            .is_some());
        assert!(parse_session("", "2026-03-03", "9am", "10:00")
            .unwrap_err()
            .for_field("starts")
            .is_some());
    }

    #[test]
    fn evaluations_take_ratings_from_one_to_five() {
        let e = parse_evaluation(["5", "4", "3"], " Good field visit. ").unwrap();
        assert_eq!(e.ratings, [5, 4, 3]);
        assert_eq!(e.comments, "Good field visit.");
        let errors = parse_evaluation(["0", "6", ""], "").unwrap_err();
        for (field, _) in QUESTIONS {
            assert!(errors.for_field(field).is_some());
        }
    }

    #[test]
    fn summaries_average_and_count_each_rating() {
        let s = summarize(&[[5, 4, 3], [3, 4, 5], [4, 4, 4]]);
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].average, Some(4.0));
        assert_eq!(s[0].counts, [0, 0, 1, 1, 1]);
        assert_eq!(s[1].counts, [0, 0, 0, 3, 0]);
        assert_eq!(summarize(&[])[2].average, None);
    }
}
