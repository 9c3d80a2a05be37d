//! What the training pages show, as the server sends it.

use super::evaluation_rules::QuestionSummary;
use crate::i18n::ContentLanguage;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionView {
    pub id: i32,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// The day and times at the venue, with its zone: "Tue 3 Mar 2026, 09:00–12:00 (Asia/Manila)".
    pub venue_time: String,
    /// The day at the venue alone ("3 Mar 2026"), for a column heading.
    pub venue_day: String,
    pub has_started: bool,
}

/// A program in the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProgramCard {
    pub id: i32,
    pub title: String,
    pub format: String,
    pub language: ContentLanguage,
    pub topics: Vec<String>,
    pub next_session: Option<SessionView>,
    pub sessions: usize,
    pub places_left: i64,
    pub is_past: bool,
}

/// The signed-in person's own enrolment in a program.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyEnrolment {
    pub id: i32,
    /// enrolled, waitlisted or cancelled
    pub status: String,
    /// 1 for the first person waiting.
    pub waitlist_position: Option<usize>,
    pub attended: usize,
    pub certificate_code: Option<String>,
    pub evaluated: bool,
}

/// One enrolled or waiting person, as the program's trainers see them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RosterEntry {
    pub enrolment_id: i32,
    pub name: String,
    pub email: String,
    pub status: String,
    /// Session ids this person attended.
    pub attended: Vec<i32>,
    pub completed: bool,
}

/// A member of an organization the viewer administers, whom they may enrol.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffMember {
    pub account_id: i32,
    pub name: String,
    pub organization: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProgramDetail {
    pub id: i32,
    pub title: String,
    pub description: String,
    pub format: String,
    pub venue: String,
    /// Only for enrolled people and trainers; others see that a link will be sent.
    pub link: Option<String>,
    pub language: ContentLanguage,
    pub capacity: i32,
    pub enrolled: i64,
    pub waiting: i64,
    pub completion_rule: String,
    pub time_zone: String,
    pub topics: Vec<String>,
    pub trainers: Vec<String>,
    pub sessions: Vec<SessionView>,
    pub is_past: bool,
    pub mine: Option<MyEnrolment>,
    /// Whether the viewer runs this program (a trainer of it, or a secretariat admin).
    pub manages: bool,
    /// For those who manage it: everyone enrolled or waiting.
    pub roster: Vec<RosterEntry>,
    /// For organization admins: their staff, to enrol them.
    pub staff: Vec<StaffMember>,
    /// Knowledge products made for or used in this program (members-only ones for members).
    pub products: Vec<crate::library::ProductLink>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CertificateView {
    pub code: String,
    pub name: String,
    pub program: String,
    pub program_id: i32,
    pub completed_on: String,
    pub sessions_attended: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvaluationReport {
    pub program_id: i32,
    pub program: String,
    pub responses: usize,
    pub completed: usize,
    pub questions: Vec<QuestionSummary>,
    pub comments: Vec<String>,
}
