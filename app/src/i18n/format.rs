//! Dates, times and numbers as each language writes them (ICU4X, with its compiled CLDR data).
//! Times stay in the zone the caller converted them to, as before; the Gregorian calendar is
//! used in every language, so that a Thai and a Vietnamese attendee read the same year.

use super::Lang;
use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{T, YM, YMD};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;

/// English as the region writes it (day before month, a 24-hour clock), like the pages
/// before they were translated; the other languages as their speakers write them.
fn locale(lang: Lang) -> Locale {
    let tag = match lang {
        Lang::En => "en-GB",
        other => other.as_code(),
    };
    tag.parse().unwrap_or(Locale::UNKNOWN)
}

fn gregorian(date: NaiveDate) -> Option<Date<Gregorian>> {
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    Date::try_new_gregorian(date.year(), month, day).ok()
}

/// A formatter for one field set in `lang`, applied to `date`; chrono's English if ICU4X has
/// no data for it (it has, for all our languages: the fallback is for safety, not use).
macro_rules! format_date {
    ($lang:expr, $date:expr, $fields:expr, $fallback:literal) => {{
        let formatter =
            FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale($lang).into(), $fields);
        match (formatter, gregorian($date)) {
            (Ok(formatter), Some(value)) => formatter.format(&value).to_string(),
            _ => $date.format($fallback).to_string(),
        }
    }};
}

/// "6 December 2026", "6 tháng 12, 2026", "2026年12月6日".
pub fn date_long(lang: Lang, date: NaiveDate) -> String {
    format_date!(lang, date, YMD::long(), "%-d %B %Y")
}

/// "6 Dec 2026", in lists and tables.
pub fn date_medium(lang: Lang, date: NaiveDate) -> String {
    format_date!(lang, date, YMD::medium(), "%-d %b %Y")
}

/// "Dec 2026", for months on a timeline or a chart.
pub fn month_year(lang: Lang, date: NaiveDate) -> String {
    format_date!(lang, date, YM::medium(), "%b %Y")
}

/// "14:30", as each language writes a time of day.
pub fn time(lang: Lang, time: NaiveTime) -> String {
    let formatter = icu_datetime::NoCalendarFormatter::try_new(locale(lang).into(), T::hm());
    let value = icu_time::Time::try_new(
        u8::try_from(time.hour()).unwrap_or(0),
        u8::try_from(time.minute()).unwrap_or(0),
        0,
        0,
    );
    match (formatter, value) {
        (Ok(formatter), Ok(value)) => formatter.format(&value).to_string(),
        _ => time.format("%H:%M").to_string(),
    }
}

/// A whole number with the language's grouping: "12,345", "12.345".
pub fn integer(lang: Lang, value: i64) -> String {
    match DecimalFormatter::try_new(locale(lang).into(), Default::default()) {
        Ok(formatter) => formatter.format(&Decimal::from(value)).to_string(),
        Err(_) => value.to_string(),
    }
}

/// A number with up to `decimals` digits after the separator (trailing zeros dropped):
/// "12.5", "12,5".
pub fn decimal(lang: Lang, value: f64, decimals: i16) -> String {
    let digits = usize::try_from(decimals.max(0)).unwrap_or(0);
    let Ok(mut number) = format!("{value:.digits$}").parse::<Decimal>() else {
        return format!("{value}");
    };
    number.trim_end();
    match DecimalFormatter::try_new(locale(lang).into(), Default::default()) {
        Ok(formatter) => formatter.format(&number).to_string(),
        Err(_) => number.to_string(),
    }
}

/// A number as a person types it in `lang`: "32,5" and "12.500" in Vietnamese or Indonesian
/// (comma decimals, dot groups), "32.5" and "12,500" in English, Thai and Chinese. Phones show
/// their language's decimal sign on the decimal keypad, so the language's sign is the decimal
/// one; the other sign is read as grouping only where it groups three digits ("12.500" in
/// Vietnamese), else as a decimal sign too ("32.5" typed on an English keyboard). Spaces,
/// which some people group with, are ignored. `None` when it is not a number ("1.2.3").
pub fn parse_decimal(lang: Lang, text: &str) -> Option<f64> {
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let ours = if decimal(lang, 1.5, 1).contains(',') {
        ','
    } else {
        '.'
    };
    let other = if ours == ',' { '.' } else { ',' };
    let groups_three = |groups: &[&str]| {
        groups
            .iter()
            .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
    };
    let decimal_sign = match (text.contains(ours), text.contains(other)) {
        // Both: the last one separates the decimals ("1.234,5", "1,234.5").
        (true, true) => text
            .rfind([',', '.'])
            .and_then(|i| text[i..].chars().next()),
        (true, false) => Some(ours),
        (false, true) => {
            let groups: Vec<&str> = text.split(other).collect();
            (groups.len() == 2 && !groups_three(&groups[1..])).then_some(other)
        }
        (false, false) => None,
    };
    let (whole, fraction) = match decimal_sign {
        Some(sign) => {
            let (whole, fraction) = text.rsplit_once(sign)?;
            if whole.contains(sign) || fraction.is_empty() {
                return None;
            }
            (whole, Some(fraction))
        }
        None => (text.as_str(), None),
    };
    let groups: Vec<&str> = whole.split([',', '.']).collect();
    if groups.len() > 1 && (groups[0].is_empty() || !groups_three(&groups[1..])) {
        return None;
    }
    let mut plain = groups.concat();
    if let Some(fraction) = fraction {
        plain.push('.');
        plain.push_str(fraction);
    }
    plain.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A share as a percentage, `value` being the percentage itself (37.5 → "37.5%", "37,5%").
pub fn percent(lang: Lang, value: f64, decimals: i16) -> String {
    crate::t!(
        lang,
        "format-percent",
        value = decimal(lang, value, decimals)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("a date")
    }

    #[test]
    fn dates_follow_the_language() {
        assert_eq!(date_long(Lang::En, d(2026, 12, 6)), "6 December 2026");
        let vi = date_long(Lang::Vi, d(2026, 12, 6));
        assert!(vi.contains("2026") && vi.contains("12"), "{vi}");
        assert_eq!(date_long(Lang::ZhHans, d(2026, 12, 6)), "2026年12月6日");
        let th = date_long(Lang::Th, d(2026, 12, 6));
        assert!(
            th.contains("ธันวาคม") && th.contains("2026"),
            "Gregorian year in Thai: {th}"
        );
        let id = date_long(Lang::Id, d(2026, 12, 6));
        assert!(id.contains("Desember"), "{id}");
    }

    #[test]
    fn numbers_are_read_as_people_type_them_in_their_language() {
        assert_eq!(parse_decimal(Lang::Vi, "32,5"), Some(32.5));
        assert_eq!(
            parse_decimal(Lang::Vi, "32.5"),
            Some(32.5),
            "an English keyboard"
        );
        assert_eq!(parse_decimal(Lang::Vi, "12.500"), Some(12_500.0));
        assert_eq!(parse_decimal(Lang::Id, "1.234.567,8"), Some(1_234_567.8));
        assert_eq!(parse_decimal(Lang::Id, "1,12"), Some(1.12));
        assert_eq!(parse_decimal(Lang::En, "1,12"), Some(1.12));
        assert_eq!(parse_decimal(Lang::En, "12,500"), Some(12_500.0));
        assert_eq!(parse_decimal(Lang::En, "1,234,567.5"), Some(1_234_567.5));
        assert_eq!(parse_decimal(Lang::Th, " 18.5 "), Some(18.5));
        assert_eq!(parse_decimal(Lang::ZhHans, "12 500"), Some(12_500.0));
        assert_eq!(parse_decimal(Lang::En, "-3"), Some(-3.0));
        for bad in [
            "",
            "abc",
            "1.2.3,4,5",
            "1,,5",
            "12.",
            "NaN",
            "inf",
            "1e400",
            "3,5.2,1",
            "1.5.0",
        ] {
            assert_eq!(parse_decimal(Lang::En, bad), None, "{bad:?}");
        }
        assert_eq!(parse_decimal(Lang::Vi, "1,2,3"), None);
        assert_eq!(parse_decimal(Lang::Vi, "1.5.0"), None);
    }

    #[test]
    fn numbers_group_and_separate_per_language() {
        assert_eq!(integer(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(integer(Lang::Id, 1_234_567), "1.234.567");
        assert_eq!(integer(Lang::Vi, 1_234_567), "1.234.567");
        assert_eq!(decimal(Lang::En, 37.26, 1), "37.3");
        assert_eq!(decimal(Lang::Vi, 37.25, 2), "37,25");
        assert_eq!(decimal(Lang::En, 12.0, 1), "12");
    }

    #[test]
    fn times_use_the_language_clock() {
        let t = NaiveTime::from_hms_opt(14, 30, 0).expect("a time");
        assert_eq!(time(Lang::Vi, t), "14:30");
        assert_eq!(time(Lang::En, t), "14:30");
    }
}
