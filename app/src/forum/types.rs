//! What the Forum pages show, as the server sends it.

use super::rules::{Question, Window};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgendaSession {
    pub id: i32,
    pub title: String,
    /// "Tue 9 Mar, 09:00–10:30" at the venue.
    pub when: String,
    pub room: String,
    pub speakers: String,
    pub topic: String,
    pub starred: bool,
}

/// The current edition, its form and agenda, as the registration page shows them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EditionView {
    pub id: i32,
    pub title: String,
    pub venue: String,
    /// "8–10 March 2027"
    pub dates: String,
    pub time_zone: String,
    pub window: Window,
    /// "1 February 2027" style dates at the venue.
    pub opens: String,
    pub closes: String,
    pub needs_approval: bool,
    pub places_left: i64,
    pub waiting: i64,
    pub questions: Vec<Question>,
    pub agenda: Vec<AgendaSession>,
    pub signed_in: bool,
    /// Name, email and organization of the signed-in member, to prefill the form.
    pub prefill: Option<(String, String, String)>,
}

/// What registering did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Registered {
    /// A status code (see `rules::Status`).
    pub status: String,
    pub message: String,
    /// Present once the registration is confirmed (members at once).
    pub badge_code: Option<String>,
    /// The personal code (voting and cancelling), shown this once and emailed; never on the
    /// badge.
    pub personal_code: Option<String>,
}

/// Whose registration a cancel link is for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cancellation {
    pub name: String,
    pub edition: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BadgeView {
    pub code: String,
    pub name: String,
    pub organization: String,
    pub attendee_type: String,
    pub edition: String,
    pub dates: String,
    pub venue: String,
    pub status: String,
    pub status_label: String,
    /// The QR code of the badge code, as SVG markup drawn with attributes only (the CSP forbids
    /// inline styles).
    pub qr_svg: String,
    /// The language of the texts above (the attendee type, dates and status).
    pub lang: crate::i18n::Lang,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckedIn {
    pub name: String,
    pub organization: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckInCount {
    pub checked_in: i64,
    pub registered: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegistrantRow {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub organization: String,
    pub attendee_type: String,
    pub status: String,
    pub status_label: String,
    pub badge_code: String,
    pub checked_in: Option<String>,
    pub registered_on: String,
    /// "Question: answer" lines.
    pub answers: Vec<String>,
}
