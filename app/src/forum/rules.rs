//! The Forum's rules as plain functions: who the attendees are, which answers a registration
//! needs (conditional questions included), where a newcomer is placed, and what a check-in
//! attempt means. No database here, so each rule has unit tests.

use crate::error::FieldErrors;
use crate::i18n::Lang;
use crate::stored::stored_enum;
use crate::t;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

pub const NAME_MAX_CHARS: usize = 120;
pub const ORGANIZATION_MAX_CHARS: usize = 200;
pub const ANSWER_MAX_CHARS: usize = 1_000;

stored_enum! {
    /// (`forum_registration.attendee_type`)
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum AttendeeType {
        Utility = "utility",
        DevelopmentPartner = "development_partner",
        KnowledgePartner = "knowledge_partner",
        Media = "media",
        Secretariat = "secretariat",
    }
}

impl AttendeeType {
    pub fn label(self, lang: Lang) -> String {
        match self {
            AttendeeType::Utility => t!(lang, "forum-attendee-utility"),
            AttendeeType::DevelopmentPartner => t!(lang, "forum-attendee-development-partner"),
            AttendeeType::KnowledgePartner => t!(lang, "forum-attendee-knowledge-partner"),
            AttendeeType::Media => t!(lang, "forum-attendee-media"),
            AttendeeType::Secretariat => t!(lang, "forum-attendee-secretariat"),
        }
    }
}

stored_enum! {
    /// Where a registration stands. Only `Registered` holds a place and may be checked in.
    /// (`forum_registration.status`)
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Status {
        /// A guest who has not yet clicked the emailed confirmation link.
        Unconfirmed = "unconfirmed",
        /// Confirmed, waiting for the secretariat's approval.
        Pending = "pending",
        Registered = "registered",
        Waitlisted = "waitlisted",
        Rejected = "rejected",
        Cancelled = "cancelled",
    }
}

impl Status {
    pub fn label(self, lang: Lang) -> String {
        match self {
            Status::Unconfirmed => t!(lang, "forum-status-unconfirmed"),
            Status::Pending => t!(lang, "forum-status-pending"),
            Status::Registered => t!(lang, "forum-status-registered"),
            Status::Waitlisted => t!(lang, "forum-status-waitlisted"),
            Status::Rejected => t!(lang, "forum-status-rejected"),
            Status::Cancelled => t!(lang, "forum-status-cancelled"),
        }
    }

    /// Whether the registration still counts: a second one with the same email is refused.
    pub fn is_active(self) -> bool {
        !matches!(self, Status::Rejected | Status::Cancelled)
    }
}

stored_enum! {
    /// (`forum_question.kind`)
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum QuestionKind {
        Text = "text",
        Choice = "choice",
        YesNo = "yes_no",
    }
}

/// One question of the registration form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: i32,
    pub prompt: String,
    pub kind: QuestionKind,
    /// The options of a `Choice` question ("yes" and "no" for `YesNo`).
    pub choices: Vec<String>,
    pub required: bool,
    /// Asked only when question `.0` was answered `.1`.
    pub shown_if: Option<(i32, String)>,
}

impl Question {
    /// The form field that carries this question's answer.
    pub fn field(&self) -> String {
        format!("q{}", self.id)
    }

    pub fn options(&self) -> Vec<String> {
        match self.kind {
            QuestionKind::YesNo => vec!["yes".to_owned(), "no".to_owned()],
            _ => self.choices.clone(),
        }
    }
}

fn same_answer(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// Whether `question` is asked, given the other answers so far (a condition on a question that
/// is itself not asked does not hold).
pub fn is_asked(
    question: &Question,
    questions: &[Question],
    answers: &HashMap<i32, String>,
) -> bool {
    is_asked_depth(question, questions, answers, 0)
}

fn is_asked_depth(
    question: &Question,
    questions: &[Question],
    answers: &HashMap<i32, String>,
    depth: usize,
) -> bool {
    let Some((on, value)) = &question.shown_if else {
        return true;
    };
    // A loop of conditions (an admin's mistake) must not recurse for ever.
    if depth > questions.len() {
        return false;
    }
    let Some(parent) = questions.iter().find(|q| q.id == *on) else {
        return false;
    };
    is_asked_depth(parent, questions, answers, depth + 1)
        && answers.get(on).is_some_and(|a| same_answer(a, value))
}

/// Checks the answers against the questions: required ones (conditional ones only when their
/// condition holds), valid choices, length. Answers to questions not asked are dropped. Returns
/// the answers to keep, in question order, or a message per field (`q<id>`) in `lang`.
pub fn validate_answers(
    questions: &[Question],
    answers: &HashMap<i32, String>,
    lang: Lang,
) -> Result<Vec<(i32, String)>, FieldErrors> {
    let mut errors = FieldErrors::default();
    let mut kept = Vec::new();
    for q in questions {
        if !is_asked(q, questions, answers) {
            continue;
        }
        let answer = answers.get(&q.id).map(|a| a.trim()).unwrap_or("");
        if answer.is_empty() {
            if q.required {
                errors.add(
                    &q.field(),
                    t!(lang, "forum-answer-required", question = q.prompt.as_str()),
                );
            }
            continue;
        }
        match q.kind {
            QuestionKind::Text => {
                if answer.chars().count() > ANSWER_MAX_CHARS {
                    errors.add(
                        &q.field(),
                        t!(lang, "forum-answer-too-long", max = ANSWER_MAX_CHARS),
                    );
                    continue;
                }
                kept.push((q.id, answer.to_owned()));
            }
            QuestionKind::Choice | QuestionKind::YesNo => {
                match q.options().into_iter().find(|o| same_answer(o, answer)) {
                    Some(option) => kept.push((q.id, option)),
                    None => errors.add(
                        &q.field(),
                        t!(
                            lang,
                            "forum-answer-choose",
                            options = q.options().join(", ")
                        ),
                    ),
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(kept)
    } else {
        Err(errors)
    }
}

/// The person's own details on a registration.
#[derive(Debug, Clone, PartialEq)]
pub struct Registrant {
    pub name: String,
    pub email: String,
    pub organization: String,
    pub attendee_type: AttendeeType,
}

/// The registrant's own fields, with a message in `lang` for each refused one.
pub fn parse_registrant(
    name: &str,
    email: &str,
    organization: &str,
    attendee_type: &str,
    lang: Lang,
) -> Result<Registrant, FieldErrors> {
    let mut errors = FieldErrors::default();
    let (name, email, organization) = (
        name.trim(),
        email.trim().to_lowercase(),
        organization.trim(),
    );
    if name.is_empty() {
        errors.add("name", t!(lang, "forum-name-required"));
    } else if name.chars().count() > NAME_MAX_CHARS {
        errors.add(
            "name",
            t!(lang, "forum-name-too-long", max = NAME_MAX_CHARS),
        );
    }
    if email.is_empty() {
        errors.add("email", t!(lang, "forum-email-required"));
    } else if !email_address::EmailAddress::is_valid(&email) || email.len() > 254 {
        errors.add("email", t!(lang, "forum-email-invalid"));
    }
    if organization.is_empty() {
        errors.add("organization", t!(lang, "forum-organization-required"));
    } else if organization.chars().count() > ORGANIZATION_MAX_CHARS {
        errors.add(
            "organization",
            t!(
                lang,
                "forum-organization-too-long",
                max = ORGANIZATION_MAX_CHARS
            ),
        );
    }
    let kind = AttendeeType::from_code(attendee_type.trim());
    if kind.is_none() {
        errors.add("attendee_type", t!(lang, "forum-attendee-type-required"));
    }
    match kind {
        Some(attendee_type) if errors.is_empty() => Ok(Registrant {
            name: name.to_owned(),
            email,
            organization: organization.to_owned(),
            attendee_type,
        }),
        _ => Err(errors),
    }
}

/// Whether registration is open at `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Window {
    NotYetOpen,
    Open,
    Closed,
}

pub fn window<T: PartialOrd>(opens: T, closes: T, now: T) -> Window {
    if now < opens {
        Window::NotYetOpen
    } else if now >= closes {
        Window::Closed
    } else {
        Window::Open
    }
}

/// Where a confirmed registration goes: to the secretariat for approval when the edition asks
/// for it, else a place while one is free, else the waitlist. Nobody jumps the queue: while
/// people wait, a newcomer waits too.
pub fn place(needs_approval: bool, capacity: u32, registered: u32, waiting: u32) -> Status {
    if needs_approval {
        Status::Pending
    } else {
        seat(capacity, registered, waiting)
    }
}

/// A place if one is free and nobody waits, else the waitlist (also used on approval).
pub fn seat(capacity: u32, registered: u32, waiting: u32) -> Status {
    if registered < capacity && waiting == 0 {
        Status::Registered
    } else {
        Status::Waitlisted
    }
}

/// What a check-in attempt means for a registration found by its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckIn<T> {
    /// Let them in, and record the time.
    Admit,
    /// Already checked in at this time, earlier than (or as) this attempt.
    Already(T),
    /// Already checked in at this time, later than this attempt: an offline desk's check-in
    /// synced late. The earliest time is the one kept.
    Earlier(T),
    /// Found, but holds no confirmed place (unconfirmed, awaiting approval, waiting, ...).
    NotAdmitted(Status),
}

/// A place that was cancelled or declined after its holder checked in admits no one: the desk
/// sees why, not "already checked in". `at` is when the badge was shown at a desk.
pub fn check_in<T: Copy + Ord>(status: Status, checked_in_at: Option<T>, at: T) -> CheckIn<T> {
    match (status, checked_in_at) {
        (Status::Registered, Some(recorded)) if at < recorded => CheckIn::Earlier(recorded),
        (Status::Registered, Some(recorded)) => CheckIn::Already(recorded),
        (Status::Registered, None) => CheckIn::Admit,
        (other, _) => CheckIn::NotAdmitted(other),
    }
}

/// When an offline desk saw a badge, as its browser recorded it (RFC 3339). A desk's clock
/// may run a little fast: up to five minutes ahead counts as now. A time further ahead, or
/// more than three days old (no Forum queue waits that long), is refused as not credible.
pub fn seen_at(
    text: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<chrono::DateTime<chrono::Utc>> {
    let at = chrono::DateTime::parse_from_rfc3339(text.trim())
        .ok()?
        .with_timezone(&chrono::Utc);
    if at > now + chrono::Duration::minutes(5) || at < now - chrono::Duration::days(3) {
        return None;
    }
    Some(at.min(now))
}

/// A badge code as typed or scanned: 32 hex digits, or nothing (a forged or mistyped code).
pub fn normalize_code(code: &str) -> Option<String> {
    let code = code.trim().to_ascii_lowercase();
    // A scanned QR code may carry the badge's full address.
    let code = code.rsplit('/').next().unwrap_or("").to_owned();
    (code.len() == 32 && code.chars().all(|c| c.is_ascii_hexdigit())).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn questions() -> Vec<Question> {
        vec![
            Question {
                id: 1,
                prompt: "Attending the dinner?".into(),
                kind: QuestionKind::YesNo,
                choices: vec![],
                required: true,
                shown_if: None,
            },
            Question {
                id: 2,
                prompt: "Dietary needs?".into(),
                kind: QuestionKind::Text,
                choices: vec![],
                required: true,
                shown_if: Some((1, "yes".into())),
            },
            Question {
                id: 3,
                prompt: "Field visit".into(),
                kind: QuestionKind::Choice,
                choices: vec!["Septage plant".into(), "DMA inlet".into()],
                required: false,
                shown_if: None,
            },
        ]
    }

    fn answers(pairs: &[(i32, &str)]) -> HashMap<i32, String> {
        pairs.iter().map(|(k, v)| (*k, (*v).to_owned())).collect()
    }

    #[test]
    fn a_required_answer_is_needed() {
        let err = validate_answers(&questions(), &answers(&[]), Lang::En).unwrap_err();
        assert!(err
            .for_field("q1")
            .unwrap()
            .contains("Attending the dinner?"));
        assert!(
            err.for_field("q2").is_none(),
            "not asked while q1 is unanswered"
        );
    }

    #[test]
    fn a_conditional_question_is_required_only_when_its_condition_holds() {
        let err = validate_answers(&questions(), &answers(&[(1, "yes")]), Lang::En).unwrap_err();
        assert!(err.for_field("q2").is_some());
        let kept =
            validate_answers(&questions(), &answers(&[(1, "No"), (2, "vegan")]), Lang::En).unwrap();
        assert_eq!(
            kept,
            vec![(1, "no".to_owned())],
            "the hidden answer is dropped"
        );
        let kept = validate_answers(
            &questions(),
            &answers(&[(1, "YES"), (2, " halal ")]),
            Lang::En,
        )
        .unwrap();
        assert_eq!(kept, vec![(1, "yes".into()), (2, "halal".into())]);
    }

    #[test]
    fn choices_must_be_offered_ones() {
        let err = validate_answers(&questions(), &answers(&[(1, "no"), (3, "Beach")]), Lang::En)
            .unwrap_err();
        assert!(err.for_field("q3").unwrap().contains("Septage plant"));
        let err = validate_answers(&questions(), &answers(&[(1, "maybe")]), Lang::En).unwrap_err();
        assert!(err.for_field("q1").is_some());
        let kept = validate_answers(
            &questions(),
            &answers(&[(1, "no"), (3, "dma inlet")]),
            Lang::En,
        )
        .unwrap();
        assert_eq!(kept[1], (3, "DMA inlet".to_owned()));
    }

    #[test]
    fn a_loop_of_conditions_does_not_hang() {
        let mut qs = questions();
        qs[0].shown_if = Some((2, "x".into()));
        assert!(!is_asked(&qs[0], &qs, &answers(&[(2, "x"), (1, "yes")])));
    }

    #[test]
    fn the_waitlist_keeps_its_order() {
        assert_eq!(place(false, 2, 0, 0), Status::Registered);
        assert_eq!(place(false, 2, 1, 0), Status::Registered);
        assert_eq!(place(false, 2, 2, 0), Status::Waitlisted);
        assert_eq!(
            place(false, 2, 1, 1),
            Status::Waitlisted,
            "nobody jumps the queue"
        );
        assert_eq!(place(true, 2, 0, 0), Status::Pending);
        assert_eq!(seat(0, 0, 0), Status::Waitlisted);
    }

    #[test]
    fn check_in_admits_a_place_once() {
        assert_eq!(
            check_in::<u32>(Status::Registered, None, 900),
            CheckIn::Admit
        );
        assert_eq!(
            check_in(Status::Registered, Some(914), 920),
            CheckIn::Already(914)
        );
        assert_eq!(
            check_in(Status::Registered, Some(914), 914),
            CheckIn::Already(914)
        );
        for s in [
            Status::Unconfirmed,
            Status::Pending,
            Status::Waitlisted,
            Status::Rejected,
            Status::Cancelled,
        ] {
            assert_eq!(check_in::<u32>(s, None, 900), CheckIn::NotAdmitted(s));
        }
        // Checked in, then cancelled: the badge no longer admits.
        assert_eq!(
            check_in(Status::Cancelled, Some(914), 900),
            CheckIn::NotAdmitted(Status::Cancelled)
        );
    }

    #[test]
    fn an_offline_desks_time_is_believed_within_reason() {
        use chrono::{TimeZone, Utc};
        let now = Utc.with_ymd_and_hms(2027, 3, 15, 9, 30, 0).unwrap();
        assert_eq!(
            seen_at("2027-03-15T09:02:00+00:00", now),
            Some(Utc.with_ymd_and_hms(2027, 3, 15, 9, 2, 0).unwrap())
        );
        // A desk in Manila writes its own offset.
        assert_eq!(
            seen_at("2027-03-15T17:02:00+08:00", now),
            Some(Utc.with_ymd_and_hms(2027, 3, 15, 9, 2, 0).unwrap())
        );
        assert_eq!(seen_at("2027-03-15T09:33:00Z", now), Some(now));
        assert_eq!(seen_at("2027-03-15T10:00:00Z", now), None);
        assert_eq!(seen_at("2027-03-10T09:00:00Z", now), None);
        assert_eq!(seen_at("yesterday", now), None);
    }

    #[test]
    fn an_offline_check_in_synced_late_keeps_the_earliest_time() {
        // Desk A (offline) saw the badge at 9:02, desk B (online) at 9:10; A syncs at 9:30.
        assert_eq!(
            check_in(Status::Registered, Some(910), 902),
            CheckIn::Earlier(910)
        );
    }

    #[test]
    fn codes_are_32_hex_digits_or_a_badge_address() {
        let code = "0123456789abcdef0123456789ABCDEF";
        assert_eq!(normalize_code(code).unwrap(), code.to_lowercase());
        assert_eq!(
            normalize_code(&format!("https://hub.example/forum/badge/{code}")).unwrap(),
            code.to_lowercase()
        );
        assert!(normalize_code("123").is_none());
        assert!(normalize_code("zz23456789abcdef0123456789abcdef").is_none());
    }

    #[test]
    fn the_registrant_is_checked_field_by_field() {
        let r = parse_registrant(" Ana ", "Ana@DCWD.example", "DCWD", "utility", Lang::En).unwrap();
        assert_eq!(r.email, "ana@dcwd.example");
        let e = parse_registrant("", "nope", "", "astronaut", Lang::En).unwrap_err();
        for f in ["name", "email", "organization", "attendee_type"] {
            assert!(e.for_field(f).is_some(), "{f}");
        }
    }

    #[test]
    fn messages_are_in_the_registrants_language() {
        let err = validate_answers(&questions(), &answers(&[]), Lang::Vi).unwrap_err();
        assert_eq!(
            err.for_field("q1").unwrap(),
            "Vui lòng trả lời câu hỏi “Attending the dinner?”."
        );
        let e = parse_registrant("", "ana@x.example", "DCWD", "utility", Lang::Vi).unwrap_err();
        assert_eq!(
            e.for_field("name").unwrap(),
            "Vui lòng nhập họ tên như sẽ in trên thẻ đại biểu."
        );
        assert_eq!(Status::Waitlisted.label(Lang::ZhHans), "候补名单中");
    }

    #[test]
    fn the_window_opens_and_closes() {
        assert_eq!(window(10, 20, 5), Window::NotYetOpen);
        assert_eq!(window(10, 20, 10), Window::Open);
        assert_eq!(window(10, 20, 20), Window::Closed);
    }
}
