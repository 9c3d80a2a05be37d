//! Sector events: what an organiser types, checked, and the month grid the calendar shows.
//! Pure functions, no database.

use crate::error::FieldErrors;
use crate::i18n::{ContentLanguage, Lang};
use crate::stored::stored_enum;
use crate::t;
use chrono::{Datelike, Duration, NaiveDate};

stored_enum! {
    /// How far an event reaches (`sector_event.scope`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Scope {
        Global = "global",
        Regional = "regional",
        National = "national",
    }
}

impl Scope {
    pub fn label(self, lang: Lang) -> String {
        match self {
            Scope::Global => t!(lang, "events-scope-global"),
            Scope::Regional => t!(lang, "events-scope-regional"),
            Scope::National => t!(lang, "events-scope-national"),
        }
    }
}

/// What an organiser typed.
#[derive(Debug, Clone, Default)]
pub struct EventForm {
    pub title: String,
    pub description: String,
    pub starts_on: String,
    pub ends_on: String,
    pub place: String,
    pub online: bool,
    pub organizer: String,
    pub link: String,
    pub scope: String,
    pub own: bool,
    pub topics: Vec<String>,
    /// The language's code (`vi`).
    pub language: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EventDraft {
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

/// A day as a date input sends it (`YYYY-MM-DD`).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// Adds `message` (which names the field and its limit) when `value` is longer than `max`.
fn length(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    max: usize,
    message: impl FnOnce() -> String,
) {
    if value.chars().count() > max {
        errors.add(field, message());
    }
}

pub fn parse_event(lang: Lang, form: &EventForm) -> Result<EventDraft, FieldErrors> {
    let mut errors = FieldErrors::default();
    let title = form.title.trim();
    if title.chars().count() < 3 {
        errors.add("title", t!(lang, "events-title-missing"));
    }
    length(&mut errors, "title", title, 200, || {
        t!(lang, "events-title-too-long", max = 200)
    });
    let description = form.description.trim();
    length(&mut errors, "description", description, 4000, || {
        t!(lang, "events-description-too-long", max = 4000)
    });
    let starts_on = parse_date(&form.starts_on);
    if starts_on.is_none() {
        errors.add("starts_on", t!(lang, "events-first-day-invalid"));
    }
    let ends_on = if form.ends_on.trim().is_empty() {
        starts_on
    } else {
        let d = parse_date(&form.ends_on);
        if d.is_none() {
            errors.add("ends_on", t!(lang, "events-last-day-invalid"));
        }
        d
    };
    if let (Some(s), Some(e)) = (starts_on, ends_on) {
        if e < s {
            errors.add("ends_on", t!(lang, "events-last-day-before-first"));
        } else if (e - s).num_days() > 60 {
            errors.add("ends_on", t!(lang, "events-too-long", days = 60));
        }
    }
    let place = form.place.trim();
    length(&mut errors, "place", place, 200, || {
        t!(lang, "events-place-too-long", max = 200)
    });
    if place.is_empty() && !form.online {
        errors.add("place", t!(lang, "events-place-missing"));
    }
    let organizer = form.organizer.trim();
    if organizer.is_empty() {
        errors.add("organizer", t!(lang, "events-organizer-missing"));
    }
    length(&mut errors, "organizer", organizer, 200, || {
        t!(lang, "events-organizer-too-long", max = 200)
    });
    let link = form.link.trim();
    if !(link.is_empty() || link.starts_with("https://") || link.starts_with("http://")) {
        errors.add("link", t!(lang, "events-link-invalid"));
    }
    length(&mut errors, "link", link, 300, || {
        t!(lang, "events-link-too-long", max = 300)
    });
    let scope = Scope::from_code(form.scope.trim());
    if scope.is_none() {
        errors.add("scope", t!(lang, "events-scope-invalid"));
    }
    let mut topics: Vec<String> = form
        .topics
        .iter()
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect();
    topics.sort();
    topics.dedup();
    let language = ContentLanguage::from_code(form.language.trim());
    if language.is_none() {
        errors.add("language", t!(lang, "events-language-unknown"));
    }
    match (starts_on, ends_on, scope, language, errors.is_empty()) {
        (Some(starts_on), Some(ends_on), Some(scope), Some(language), true) => Ok(EventDraft {
            title: title.to_owned(),
            description: description.to_owned(),
            starts_on,
            ends_on,
            place: place.to_owned(),
            online: form.online,
            organizer: organizer.to_owned(),
            link: link.to_owned(),
            scope,
            own: form.own,
            topics,
            language,
        }),
        _ => Err(errors),
    }
}

/// "2026-12" → (2026, 12).
pub fn parse_month(text: &str) -> Option<(i32, u32)> {
    let first = NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d").ok()?;
    Some((first.year(), first.month()))
}

/// The first and last day of a month.
pub fn month_bounds(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    Some((first, next - Duration::days(1)))
}

/// The month before and after, as `YYYY-MM`.
pub fn neighbours(year: i32, month: u32) -> (String, String) {
    let (py, pm) = if month == 1 {
        (year - 1, 12)
    } else {
        (year, month - 1)
    };
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    (format!("{py:04}-{pm:02}"), format!("{ny:04}-{nm:02}"))
}

/// The weeks of a month, Monday first (ISO 8601); days outside the month are `None`.
pub fn month_grid(year: i32, month: u32) -> Vec<[Option<NaiveDate>; 7]> {
    let Some((first, last)) = month_bounds(year, month) else {
        return Vec::new();
    };
    let mut weeks = Vec::new();
    let mut week = [None; 7];
    let mut day = first;
    while day <= last {
        let column = day.weekday().num_days_from_monday() as usize;
        week[column] = Some(day);
        if column == 6 {
            weeks.push(week);
            week = [None; 7];
        }
        day += Duration::days(1);
    }
    if week.iter().any(Option::is_some) {
        weeks.push(week);
    }
    weeks
}

/// Whether an event from `start` to `end` (inclusive) is on `day`.
pub fn covers(start: NaiveDate, end: NaiveDate, day: NaiveDate) -> bool {
    start <= day && day <= end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn form() -> EventForm {
        EventForm {
            title: "Singapore International Water Week".into(),
            starts_on: "2026-06-22".into(),
            ends_on: "2026-06-26".into(),
            place: "Sands Expo, Singapore".into(),
            organizer: "PUB".into(),
            scope: "global".into(),
            language: "en".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_good_event_parses() {
        let e = parse_event(Lang::En, &form()).unwrap();
        assert_eq!(e.starts_on, d(2026, 6, 22));
        assert_eq!(e.ends_on, d(2026, 6, 26));
        assert_eq!(e.scope, Scope::Global);
        assert_eq!(e.language, ContentLanguage::En);
        let mut f = form();
        f.language = " vi ".into();
        assert_eq!(
            parse_event(Lang::En, &f).unwrap().language,
            ContentLanguage::Vi
        );
    }

    #[test]
    fn an_unknown_language_is_refused_next_to_its_field_in_the_organisers_language() {
        for code in ["", "xx", "English", "EN"] {
            let mut f = form();
            f.language = code.into();
            let errors = parse_event(Lang::En, &f).unwrap_err();
            assert_eq!(
                errors.for_field("language"),
                Some("Choose the language from the list."),
                "{code:?}"
            );
        }
        let mut f = form();
        f.language = "klingon".into();
        let errors = parse_event(Lang::Vi, &f).unwrap_err();
        assert_eq!(
            errors.for_field("language"),
            Some("Vui lòng chọn ngôn ngữ trong danh sách.")
        );
    }

    #[test]
    fn one_day_events_may_leave_the_end_empty() {
        let mut f = form();
        f.ends_on = " ".into();
        assert_eq!(parse_event(Lang::En, &f).unwrap().ends_on, d(2026, 6, 22));
    }

    #[test]
    fn bad_dates_and_an_end_before_the_start_are_refused() {
        let mut f = form();
        f.starts_on = "22/06/2026".into();
        assert!(parse_event(Lang::En, &f)
            .unwrap_err()
            .for_field("starts_on")
            .is_some());
        let mut f = form();
        f.ends_on = "2026-02-30".into();
        assert!(parse_event(Lang::En, &f)
            .unwrap_err()
            .for_field("ends_on")
            .is_some());
        let mut f = form();
        f.ends_on = "2026-06-21".into();
        let errors = parse_event(Lang::En, &f).unwrap_err();
        assert_eq!(
            errors.for_field("ends_on"),
            Some("The last day cannot be before the first day.")
        );
    }

    #[test]
    fn place_or_online_scope_and_link_are_checked() {
        let mut f = form();
        f.place = String::new();
        f.scope = "galactic".into();
        f.link = "javascript:alert(1)".into();
        let errors = parse_event(Lang::En, &f).unwrap_err();
        for field in ["place", "scope", "link"] {
            assert!(errors.for_field(field).is_some(), "{field}");
        }
        let mut f = form();
        f.place = String::new();
        f.online = true;
        assert!(parse_event(Lang::En, &f).is_ok());
    }

    #[test]
    fn the_messages_are_in_the_organiser_language() {
        let mut f = form();
        f.ends_on = "2026-06-21".into();
        let errors = parse_event(Lang::ZhHans, &f).unwrap_err();
        assert_eq!(
            errors.for_field("ends_on"),
            Some("最后一天不能早于第一天。")
        );
        assert_eq!(Scope::National.label(Lang::Vi), "Quốc gia");
    }

    #[test]
    fn months_parse_and_have_neighbours() {
        assert_eq!(parse_month("2026-12"), Some((2026, 12)));
        assert_eq!(parse_month("2026-13"), None);
        assert_eq!(parse_month("soon"), None);
        assert_eq!(neighbours(2026, 12), ("2026-11".into(), "2027-01".into()));
        assert_eq!(neighbours(2026, 1), ("2025-12".into(), "2026-02".into()));
        assert_eq!(month_bounds(2028, 2), Some((d(2028, 2, 1), d(2028, 2, 29))));
    }

    #[test]
    fn the_month_grid_starts_on_monday_and_holds_every_day_once() {
        // June 2026 starts on a Monday and has 30 days: five weeks.
        let june = month_grid(2026, 6);
        assert_eq!(june.len(), 5);
        assert_eq!(june[0][0], Some(d(2026, 6, 1)));
        assert_eq!(june[4][1], Some(d(2026, 6, 30)));
        assert_eq!(june[4][2], None);
        // November 2026 starts on a Sunday: the first week is six blanks and the 1st.
        let november = month_grid(2026, 11);
        assert_eq!(november[0][..6], [None; 6]);
        assert_eq!(november[0][6], Some(d(2026, 11, 1)));
        assert_eq!(november.len(), 6);
        let days: usize = november.iter().flatten().flatten().count();
        assert_eq!(days, 30);
        assert!(covers(d(2026, 6, 22), d(2026, 6, 26), d(2026, 6, 26)));
        assert!(!covers(d(2026, 6, 22), d(2026, 6, 26), d(2026, 6, 27)));
    }
}
