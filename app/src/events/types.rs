//! What the event pages show.

use super::rules::Scope;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventView {
    pub id: i32,
    pub title: String,
    pub description: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub place: String,
    pub online: bool,
    pub organizer: String,
    pub link: String,
    pub scope: Scope,
    pub own: bool,
    pub topics: Vec<String>,
}

impl EventView {
    /// "22–26 June 2026", "30 June – 2 July 2026" or "22 June 2026".
    pub fn dates(&self) -> String {
        use chrono::Datelike;
        let (s, e) = (self.starts_on, self.ends_on);
        if s == e {
            s.format("%-d %B %Y").to_string()
        } else if s.year() == e.year() && s.month() == e.month() {
            format!("{}–{}", s.format("%-d"), e.format("%-d %B %Y"))
        } else if s.year() == e.year() {
            format!("{} – {}", s.format("%-d %B"), e.format("%-d %B %Y"))
        } else {
            format!("{} – {}", s.format("%-d %B %Y"), e.format("%-d %B %Y"))
        }
    }

    pub fn where_(&self) -> String {
        match (self.place.is_empty(), self.online) {
            (false, true) => format!("{} and online", self.place),
            (true, _) => "Online".to_owned(),
            (false, false) => self.place.clone(),
        }
    }
}
