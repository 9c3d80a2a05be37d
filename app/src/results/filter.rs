//! The dashboard's and the reports' filters, read from the query string and checked against the
//! values the network knows: an unknown country, topic or status, or a period that ends before it
//! starts, is refused with a message for its field (a 400), never silently ignored.

use crate::error::FieldErrors;
use crate::i18n::Lang;
use crate::query_string::encode;
use crate::wops::PartnershipState;
use serde::{Deserialize, Serialize};

/// The earliest and latest years a filter may name.
pub const FIRST_YEAR: i32 = 2000;
pub const LAST_YEAR: i32 = 2100;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ResultsFilter {
    /// First year of the period, inclusive.
    pub year_from: Option<i32>,
    /// Last year of the period, inclusive.
    pub year_to: Option<i32>,
    /// Partnerships where the mentor or the recipient is in this country.
    pub country: Option<String>,
    /// A topic code.
    pub topic: Option<String>,
    pub status: Option<PartnershipState>,
}

/// The values a filter may take, as stored in the database.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilterChoices {
    pub countries: Vec<String>,
    /// (code, name)
    pub topics: Vec<(String, String)>,
}

impl ResultsFilter {
    /// Reads and checks the filter. `get` returns a query parameter by name.
    pub fn parse(
        get: impl Fn(&str) -> Option<String>,
        choices: &FilterChoices,
        lang: Lang,
    ) -> Result<ResultsFilter, FieldErrors> {
        use crate::t;
        let value = |k: &str| {
            get(k)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let mut errors = FieldErrors::default();
        let mut year = |field: &str| -> Option<i32> {
            let raw = value(field)?;
            match raw.parse::<i32>() {
                Ok(y) if (FIRST_YEAR..=LAST_YEAR).contains(&y) => Some(y),
                _ => {
                    errors.add(
                        field,
                        t!(
                            lang,
                            "results-filter-bad-year",
                            value = raw,
                            first = FIRST_YEAR.to_string(),
                            last = LAST_YEAR.to_string()
                        ),
                    );
                    None
                }
            }
        };
        // `year` is shorthand for a period of one year.
        let single = year("year");
        let mut year_from = year("year_from").or(single);
        let mut year_to = year("year_to").or(single);
        if let (Some(from), Some(to)) = (year_from, year_to) {
            if from > to {
                errors.add(
                    "year_to",
                    t!(
                        lang,
                        "results-filter-period-reversed",
                        to = to.to_string(),
                        from = from.to_string()
                    ),
                );
                year_from = None;
                year_to = None;
            }
        }
        let country = value("country").and_then(|c| {
            let known = choices
                .countries
                .iter()
                .find(|k| k.eq_ignore_ascii_case(&c));
            if known.is_none() {
                errors.add("country", t!(lang, "results-filter-unknown-country"));
            }
            known.cloned()
        });
        let topic = value("topic").and_then(|t| {
            let known = choices.topics.iter().any(|(code, _)| *code == t);
            if !known {
                errors.add("topic", t!(lang, "results-filter-unknown-topic"));
            }
            known.then_some(t)
        });
        let status = value("status").and_then(|s| match s.parse::<PartnershipState>() {
            Ok(state) => Some(state),
            Err(_) => {
                errors.add(
                    "status",
                    t!(lang, "results-filter-unknown-status", value = s),
                );
                None
            }
        });
        if errors.is_empty() {
            Ok(ResultsFilter {
                year_from,
                year_to,
                country,
                topic,
                status,
            })
        } else {
            Err(errors)
        }
    }

    /// The filter as a query string (without `?`), for links to the reports and the CSV files.
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        if let Some(y) = self.year_from {
            parts.push(format!("year_from={y}"));
        }
        if let Some(y) = self.year_to {
            parts.push(format!("year_to={y}"));
        }
        if let Some(c) = &self.country {
            parts.push(format!("country={}", encode(c)));
        }
        if let Some(t) = &self.topic {
            parts.push(format!("topic={}", encode(t)));
        }
        if let Some(s) = self.status {
            parts.push(format!("status={}", s.as_code()));
        }
        parts.join("&")
    }

    /// Whether a span of years (a partnership's running years) overlaps the period.
    pub fn overlaps(&self, first: i32, last: i32) -> bool {
        self.year_from.is_none_or(|from| last >= from) && self.year_to.is_none_or(|to| first <= to)
    }

    /// Whether one year lies in the period.
    pub fn contains_year(&self, year: i32) -> bool {
        self.overlaps(year, year)
    }

    /// "2024–2026", "2025", "all years": the period in words, for headings and reports.
    /// Years are written without grouping ("2025", never "2.025").
    pub fn period_label(&self, lang: Lang) -> String {
        use crate::t;
        match (self.year_from, self.year_to) {
            (None, None) => t!(lang, "results-period-all"),
            (Some(a), Some(b)) if a == b => a.to_string(),
            (Some(a), Some(b)) => format!("{a}–{b}"),
            (Some(a), None) => t!(lang, "results-period-from", year = a.to_string()),
            (None, Some(b)) => t!(lang, "results-period-to", year = b.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choices() -> FilterChoices {
        FilterChoices {
            countries: vec!["Philippines".into(), "Viet Nam".into()],
            topics: vec![("nrw".into(), "Non-revenue water".into())],
        }
    }

    fn parse(pairs: &[(&str, &str)]) -> Result<ResultsFilter, FieldErrors> {
        ResultsFilter::parse(
            |k| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| (*v).to_owned())
            },
            &choices(),
            Lang::En,
        )
    }

    #[test]
    fn known_values_are_read_and_written_back() {
        let f = parse(&[
            ("year_from", "2022"),
            ("year_to", "2025"),
            ("country", "viet nam"),
            ("topic", "nrw"),
            ("status", "active"),
        ])
        .unwrap();
        assert_eq!(f.country.as_deref(), Some("Viet Nam"), "spelled as stored");
        assert_eq!(f.status, Some(PartnershipState::Active));
        assert_eq!(
            f.to_query_string(),
            "year_from=2022&year_to=2025&country=Viet+Nam&topic=nrw&status=active"
        );
        assert_eq!(f.period_label(Lang::En), "2022–2025");
        let later = parse(&[("year_from", "2022")]).unwrap();
        assert_eq!(later.period_label(Lang::Vi), "từ 2022");
        assert_eq!(parse(&[]).unwrap(), ResultsFilter::default());
    }

    #[test]
    fn unknown_values_get_a_message_for_their_field() {
        let e = parse(&[
            ("country", "Atlantis"),
            ("topic", "x"),
            ("status", "paused"),
        ])
        .unwrap_err();
        assert!(e.for_field("country").is_some());
        assert!(e.for_field("topic").is_some());
        assert!(e.for_field("status").unwrap().contains("paused"));
        let e = parse(&[("year_from", "20x5")]).unwrap_err();
        assert!(e.for_field("year_from").unwrap().contains("20x5"));
        assert!(parse(&[("year_to", "1999")]).is_err());
    }

    #[test]
    fn an_inverted_period_is_refused() {
        let e = parse(&[("year_from", "2026"), ("year_to", "2024")]).unwrap_err();
        assert!(e.for_field("year_to").unwrap().contains("before it starts"));
        let one = parse(&[("year", "2024")]).unwrap();
        assert_eq!((one.year_from, one.year_to), (Some(2024), Some(2024)));
    }

    #[test]
    fn running_years_overlap_the_period() {
        let f = parse(&[("year_from", "2024"), ("year_to", "2025")]).unwrap();
        assert!(f.overlaps(2022, 2024));
        assert!(f.overlaps(2025, 2027));
        assert!(!f.overlaps(2021, 2023));
        assert!(!f.contains_year(2026));
        assert!(ResultsFilter::default().overlaps(1990, 1990));
    }
}
