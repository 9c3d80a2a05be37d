//! What the event pages show.

use super::rules::Scope;
use crate::i18n::{format, ContentLanguage, Lang};
use crate::t;
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
    /// The language the event is announced in.
    pub language: ContentLanguage,
}

impl EventView {
    /// "22–26 June 2026", "30 June – 2 July 2026" or "22 June 2026".
    /// The event's days in `lang`: one date, or the first and last (each written in full, as
    /// shortening a range is done differently in every language).
    pub fn dates(&self, lang: Lang) -> String {
        let (s, e) = (self.starts_on, self.ends_on);
        if s == e {
            format::date_long(lang, s)
        } else {
            t!(
                lang,
                "events-date-range",
                first = format::date_long(lang, s),
                last = format::date_long(lang, e)
            )
        }
    }

    pub fn where_(&self, lang: Lang) -> String {
        match (self.place.is_empty(), self.online) {
            (false, true) => t!(lang, "events-place-and-online", place = &self.place),
            (true, _) => t!(lang, "events-online"),
            (false, false) => self.place.clone(),
        }
    }
}
