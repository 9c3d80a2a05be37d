//! The directory's search: what a visitor asked for, as it travels in the page's query string
//! (so a filtered list can be bookmarked and shared), and the size bands it filters by.

use super::OrganizationKind;
use serde::{Deserialize, Serialize};

/// Organizations per page of the directory.
pub const PAGE_SIZE: u64 = 20;

/// Utility size by population served.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SizeBand {
    Small,
    Medium,
    Large,
    VeryLarge,
}

impl SizeBand {
    pub const ALL: [SizeBand; 4] = [
        SizeBand::Small,
        SizeBand::Medium,
        SizeBand::Large,
        SizeBand::VeryLarge,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SizeBand::Small => "small",
            SizeBand::Medium => "medium",
            SizeBand::Large => "large",
            SizeBand::VeryLarge => "very_large",
        }
    }

    pub fn label(self, lang: crate::i18n::Lang) -> String {
        use crate::t;
        match self {
            SizeBand::Small => t!(lang, "partners-size-small"),
            SizeBand::Medium => t!(lang, "partners-size-medium"),
            SizeBand::Large => t!(lang, "partners-size-large"),
            SizeBand::VeryLarge => t!(lang, "partners-size-very-large"),
        }
    }

    /// Population served, lower bound inclusive and upper bound exclusive.
    pub fn bounds(self) -> (i64, Option<i64>) {
        match self {
            SizeBand::Small => (0, Some(250_000)),
            SizeBand::Medium => (250_000, Some(1_000_000)),
            SizeBand::Large => (1_000_000, Some(5_000_000)),
            SizeBand::VeryLarge => (5_000_000, None),
        }
    }

    fn parse(s: &str) -> Option<SizeBand> {
        SizeBand::ALL.into_iter().find(|b| b.code() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortOrder {
    #[default]
    Name,
    Country,
    LargestFirst,
    SmallestFirst,
}

impl SortOrder {
    pub const ALL: [SortOrder; 4] = [
        SortOrder::Name,
        SortOrder::Country,
        SortOrder::LargestFirst,
        SortOrder::SmallestFirst,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SortOrder::Name => "name",
            SortOrder::Country => "country",
            SortOrder::LargestFirst => "largest",
            SortOrder::SmallestFirst => "smallest",
        }
    }

    pub fn label(self, lang: crate::i18n::Lang) -> String {
        use crate::t;
        match self {
            SortOrder::Name => t!(lang, "partners-sort-name"),
            SortOrder::Country => t!(lang, "partners-sort-country"),
            SortOrder::LargestFirst => t!(lang, "partners-sort-largest"),
            SortOrder::SmallestFirst => t!(lang, "partners-sort-smallest"),
        }
    }

    fn parse(s: &str) -> Option<SortOrder> {
        SortOrder::ALL.into_iter().find(|o| o.code() == s)
    }
}

/// A directory search. Unknown or malformed values in a hand-edited URL are dropped, not errors:
/// the visitor still gets a list.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DirectoryQuery {
    /// Words to find in the name or city.
    pub text: String,
    pub country: Option<String>,
    pub kind: Option<OrganizationKind>,
    /// Topic code the organization can mentor on.
    pub offers: Option<String>,
    /// Topic code the organization needs help with.
    pub needs: Option<String>,
    pub size: Option<SizeBand>,
    /// Only members of the network (`network=members`).
    #[serde(default)]
    pub network_members: bool,
    pub sort: SortOrder,
    /// 1-based.
    pub page: u64,
}

/// Longest search text kept; the rest of an over-long query is cut.
const MAX_TEXT: usize = 100;

impl DirectoryQuery {
    /// Reads a search from query-string parameters (`get("country")` and so on).
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> DirectoryQuery {
        let present = |key: &str| {
            get(key)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        DirectoryQuery {
            // Trimmed again after the cut, so the page's links carry the same text.
            text: present("q")
                .map(|t| {
                    t.chars()
                        .take(MAX_TEXT)
                        .collect::<String>()
                        .trim_end()
                        .to_owned()
                })
                .unwrap_or_default(),
            country: present("country"),
            kind: present("kind").and_then(|k| k.parse().ok()),
            offers: present("offers"),
            needs: present("needs"),
            size: present("size").and_then(|s| SizeBand::parse(&s)),
            network_members: present("network").is_some_and(|v| v == "members"),
            sort: present("sort")
                .and_then(|s| SortOrder::parse(&s))
                .unwrap_or_default(),
            page: present("page")
                .and_then(|p| p.parse::<u64>().ok())
                .filter(|p| *p >= 1)
                .unwrap_or(1),
        }
    }

    /// The query string for this search (without `?`), leaving out defaults so URLs stay short.
    pub fn to_query_string(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.text.is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        if let Some(c) = &self.country {
            pairs.push(("country", c.clone()));
        }
        if let Some(k) = self.kind {
            pairs.push(("kind", k.as_code().to_owned()));
        }
        if let Some(t) = &self.offers {
            pairs.push(("offers", t.clone()));
        }
        if let Some(t) = &self.needs {
            pairs.push(("needs", t.clone()));
        }
        if let Some(s) = self.size {
            pairs.push(("size", s.code().to_owned()));
        }
        if self.network_members {
            pairs.push(("network", "members".to_owned()));
        }
        if self.sort != SortOrder::default() {
            pairs.push(("sort", self.sort.code().to_owned()));
        }
        if self.page > 1 {
            pairs.push(("page", self.page.to_string()));
        }
        crate::query_string::build(pairs)
    }

    /// The same search on another page.
    pub fn with_page(&self, page: u64) -> DirectoryQuery {
        DirectoryQuery {
            page,
            ..self.clone()
        }
    }

    pub fn is_filtered(&self) -> bool {
        !self.text.is_empty()
            || self.country.is_some()
            || self.kind.is_some()
            || self.offers.is_some()
            || self.needs.is_some()
            || self.size.is_some()
            || self.network_members
    }
}

/// How many pages `total` results fill (at least one, so "page 1 of 1" reads right when empty).
pub fn page_count(total: u64) -> u64 {
    total.div_ceil(PAGE_SIZE).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn query(pairs: &[(&str, &str)]) -> DirectoryQuery {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        DirectoryQuery::from_params(|k| map.get(k).cloned())
    }

    #[test]
    fn an_empty_query_string_is_the_whole_directory() {
        let q = query(&[]);
        assert_eq!(
            q,
            DirectoryQuery {
                page: 1,
                ..Default::default()
            }
        );
        assert!(!q.is_filtered());
        assert_eq!(q.to_query_string(), "");
    }

    #[test]
    fn filters_survive_a_round_trip_through_the_url() {
        let q = query(&[
            ("q", "water district"),
            ("country", "Viet Nam"),
            ("kind", "utility"),
            ("offers", "nrw"),
            ("size", "large"),
            ("sort", "largest"),
            ("page", "3"),
        ]);
        assert_eq!(q.kind, Some(OrganizationKind::Utility));
        assert_eq!(q.size, Some(SizeBand::Large));
        assert_eq!(q.sort, SortOrder::LargestFirst);
        let url = q.to_query_string();
        assert_eq!(
            url,
            "q=water+district&country=Viet+Nam&kind=utility&offers=nrw&size=large&sort=largest&page=3"
        );
    }

    #[test]
    fn nonsense_in_a_hand_edited_url_is_ignored() {
        let q = query(&[
            ("kind", "spaceship"),
            ("size", "huge"),
            ("page", "-2"),
            ("sort", "random"),
        ]);
        assert_eq!(q.kind, None);
        assert_eq!(q.size, None);
        assert_eq!(q.page, 1);
        assert_eq!(q.sort, SortOrder::Name);
    }

    #[test]
    fn special_characters_are_encoded() {
        let q = query(&[("q", "Malé & <b>")]);
        assert_eq!(q.to_query_string(), "q=Mal%C3%A9+%26+%3Cb%3E");
    }

    #[test]
    fn over_long_search_text_is_cut() {
        let long = "a".repeat(500);
        assert_eq!(query(&[("q", &long)]).text.len(), 100);
    }

    /// Found by fuzzing (fuzz/fuzz_targets/query_strings.rs): a cut that ended on a space kept
    /// it, and the page's links (next page, sort) then searched for the text without it.
    #[test]
    fn a_search_cut_on_a_space_reads_the_same_from_its_own_links() {
        let long = format!("{} water district", "a".repeat(99));
        let q = query(&[("q", &long)]);
        assert_eq!(q.text, "a".repeat(99));
        let link = q.with_page(2).to_query_string();
        assert_eq!(link, format!("q={}&page=2", "a".repeat(99)));
    }

    #[test]
    fn pages_are_counted_up() {
        assert_eq!(page_count(0), 1);
        assert_eq!(page_count(20), 1);
        assert_eq!(page_count(21), 2);
        assert_eq!(page_count(1000), 50);
    }
}
