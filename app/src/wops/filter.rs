//! The partnership list's filters, read from the query string: unknown values are refused (400)
//! rather than silently ignored.

use super::{PartnershipState, PartnershipSummary};
use crate::i18n::Lang;
use crate::query_string::encode;
use crate::t;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnershipFilter {
    pub state: Option<PartnershipState>,
    pub country: Option<String>,
    /// A topic code.
    pub topic: Option<String>,
    /// Partnerships running during this year (by the agreement's dates, else the year proposed).
    pub year: Option<i32>,
}

impl PartnershipFilter {
    pub fn from_params(get: impl Fn(&str) -> Option<String>, lang: Lang) -> Result<Self, String> {
        let value = |k: &str| {
            get(k)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let state = match value("status") {
            Some(s) => Some(
                PartnershipState::from_code(&s)
                    .ok_or_else(|| t!(lang, "wops-filter-bad-status", value = s.clone()))?,
            ),
            None => None,
        };
        let year = match value("year") {
            Some(y) => match y.parse::<i32>() {
                Ok(y) if (2000..=2100).contains(&y) => Some(y),
                _ => return Err(t!(lang, "wops-filter-bad-year", value = y)),
            },
            None => None,
        };
        let country = value("country");
        if country.as_ref().is_some_and(|c| c.chars().count() > 100) {
            return Err(t!(lang, "wops-filter-country-too-long"));
        }
        let topic = value("topic");
        if topic.as_ref().is_some_and(|t| {
            t.len() > 60 || !t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        }) {
            return Err(t!(lang, "wops-filter-bad-topic"));
        }
        Ok(PartnershipFilter {
            state,
            country,
            topic,
            year,
        })
    }

    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        if let Some(s) = self.state {
            parts.push(format!("status={}", s.as_code()));
        }
        if let Some(c) = &self.country {
            parts.push(format!("country={}", encode(c)));
        }
        if let Some(t) = &self.topic {
            parts.push(format!("topic={}", encode(t)));
        }
        if let Some(y) = self.year {
            parts.push(format!("year={y}"));
        }
        parts.join("&")
    }

    /// Whether a partnership passes the filters other than status (which the query applies).
    pub fn matches(&self, p: &PartnershipSummary, topic_codes: &[&str], created_year: i32) -> bool {
        let country = self.country.as_ref().is_none_or(|c| {
            p.mentor.country.eq_ignore_ascii_case(c) || p.recipient.country.eq_ignore_ascii_case(c)
        });
        let topic = self
            .topic
            .as_ref()
            .is_none_or(|t| topic_codes.contains(&t.as_str()));
        let year = self.year.is_none_or(|y| match (p.start_date, p.end_date) {
            (Some(s), Some(e)) => {
                use chrono::Datelike;
                s.year() <= y && y <= e.year()
            }
            _ => created_year == y,
        });
        let state = self.state.is_none_or(|s| s == p.state);
        country && topic && year && state
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wops::OrganizationRef;
    use chrono::NaiveDate;

    fn params<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    fn summary() -> PartnershipSummary {
        let org = |id, country: &str| OrganizationRef {
            id,
            name: format!("Org {id}"),
            country: country.to_owned(),
        };
        PartnershipSummary {
            id: 1,
            title: "T".into(),
            mentor: org(1, "Philippines"),
            recipient: org(2, "Viet Nam"),
            state: PartnershipState::Active,
            topics: vec!["Non-revenue water reduction".into()],
            start_date: NaiveDate::from_ymd_opt(2025, 3, 1),
            end_date: NaiveDate::from_ymd_opt(2026, 9, 1),
        }
    }

    #[test]
    fn unknown_values_are_refused() {
        assert!(PartnershipFilter::from_params(params(&[("status", "paused")]), Lang::En).is_err());
        assert!(PartnershipFilter::from_params(params(&[("year", "20x5")]), Lang::En).is_err());
        assert!(
            PartnershipFilter::from_params(params(&[("topic", "nrw; drop")]), Lang::En).is_err()
        );
        assert_eq!(
            PartnershipFilter::from_params(params(&[("year", "1999")]), Lang::ZhHans),
            Err("“1999”不是 2000 至 2100 之间的年份。".to_owned())
        );
        let f = PartnershipFilter::from_params(
            params(&[("status", "active"), ("year", "2026")]),
            Lang::En,
        )
        .unwrap();
        assert_eq!(f.state, Some(PartnershipState::Active));
        assert_eq!(f.to_query_string(), "status=active&year=2026");
    }

    #[test]
    fn filters_match_either_partner_and_the_running_years() {
        let p = summary();
        let by_country = |c: &str| PartnershipFilter {
            country: Some(c.into()),
            ..Default::default()
        };
        assert!(by_country("viet nam").matches(&p, &["nrw"], 2024));
        assert!(by_country("Philippines").matches(&p, &["nrw"], 2024));
        assert!(!by_country("Indonesia").matches(&p, &["nrw"], 2024));
        let by_year = |y| PartnershipFilter {
            year: Some(y),
            ..Default::default()
        };
        assert!(by_year(2026).matches(&p, &[], 2024));
        assert!(
            !by_year(2024).matches(&p, &[], 2024),
            "not yet running in 2024"
        );
        let by_topic = PartnershipFilter {
            topic: Some("billing".into()),
            ..Default::default()
        };
        assert!(!by_topic.matches(&p, &["nrw"], 2024));
    }
}
