//! Pages of the read-only API: `?page=` from 1 and `?per_page=` from 1 to 100. Anything else is
//! refused with a message (400), so a client never silently gets a different page than it asked.

use std::collections::HashMap;

pub const DEFAULT_PER_PAGE: u64 = 20;
pub const MAX_PER_PAGE: u64 = 100;
/// Far beyond any real collection; keeps the offset arithmetic small.
pub const MAX_PAGE: u64 = 100_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    pub page: u64,
    pub per_page: u64,
}

impl Paging {
    pub fn parse(params: &HashMap<String, String>) -> Result<Paging, String> {
        let read = |name: &str, default: u64, max: u64| -> Result<u64, String> {
            match params.get(name).map(|v| v.trim()) {
                None | Some("") => Ok(default),
                Some(raw) => match raw.parse::<u64>() {
                    Ok(v) if (1..=max).contains(&v) => Ok(v),
                    _ => Err(format!("'{name}' must be a whole number from 1 to {max}.")),
                },
            }
        };
        Ok(Paging {
            page: read("page", 1, MAX_PAGE)?,
            per_page: read("per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE)?,
        })
    }

    pub fn offset(self) -> u64 {
        (self.page - 1) * self.per_page
    }

    /// The items of this page out of all of them.
    pub fn slice<T>(self, all: Vec<T>) -> Vec<T> {
        all.into_iter()
            .skip(self.offset() as usize)
            .take(self.per_page as usize)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> Result<Paging, String> {
        Paging::parse(
            &pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn defaults_and_bounds() {
        assert_eq!(
            parse(&[]),
            Ok(Paging {
                page: 1,
                per_page: 20
            })
        );
        assert_eq!(
            parse(&[("page", "3"), ("per_page", "100")]).map(|p| p.offset()),
            Ok(200)
        );
        assert!(parse(&[("per_page", "101")])
            .unwrap_err()
            .contains("1 to 100"));
        assert!(parse(&[("per_page", "0")]).is_err());
        assert!(parse(&[("page", "0")]).is_err());
        assert!(parse(&[("page", "-1")]).is_err());
        assert!(parse(&[("page", "two")]).is_err());
    }

    #[test]
    fn a_page_is_a_slice_of_the_whole() {
        let p = Paging {
            page: 2,
            per_page: 3,
        };
        assert_eq!(p.slice((1..=7).collect::<Vec<_>>()), [4, 5, 6]);
        let beyond = Paging {
            page: 9,
            per_page: 3,
        };
        assert!(beyond.slice(vec![1, 2]).is_empty());
    }
}
