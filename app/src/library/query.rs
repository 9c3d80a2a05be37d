//! What a library search asks for, as plain data: the user's words tokenised so that no
//! character can reach the full-text engines as syntax, the facet filters from the query
//! string, and the marked-up snippets the engines send back.

use super::ProductKind;
use crate::i18n::{ContentLanguage, Lang};
use crate::query_string::encode;
use crate::t;
use serde::{Deserialize, Serialize};

/// At most this many words are searched for; the rest are ignored (and the page says so).
pub const MAX_TERMS: usize = 8;
/// Longer "words" are cut: nobody searches for a 41-letter word, and engines slow down.
pub const MAX_TERM_CHARS: usize = 40;
/// The engines mark matched words between these two characters, which never occur in stored
/// text (they are removed before indexing).
pub const MARK_START: char = '\u{2}';
pub const MARK_END: char = '\u{3}';

/// Whether `c` separates words. ASCII punctuation (every FTS5 and `tsquery` operator:
/// `" * - : & | ! ( ) < > ' \ ^ + ,`…) and all whitespace separate; so does Unicode's general
/// and CJK punctuation. Other non-ASCII characters (letters, digits, combining marks of Thai
/// or Vietnamese) stay in the word.
fn separates(c: char) -> bool {
    if c.is_ascii() {
        !c.is_ascii_alphanumeric()
    } else {
        c.is_whitespace()
            || c.is_control()
            || ('\u{2000}'..='\u{206F}').contains(&c)
            || ('\u{3000}'..='\u{303F}').contains(&c)
            || matches!(c, '«' | '»' | '¡' | '¿' | '·' | '×' | '÷' | '§' | '¶')
    }
}

/// The user's words, lower-cased, without duplicates, in order. A word needs at least one
/// letter or digit. `NEAR`, `AND`, `OR`, `NOT` are plain words here: each term is quoted (FTS5)
/// or a single lexeme (`tsquery`) when the query is built, so none can act as an operator.
pub fn tokenize(input: &str) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    for word in input.split(separates) {
        if !word.chars().any(char::is_alphanumeric) {
            continue;
        }
        let word: String = word.to_lowercase().chars().take(MAX_TERM_CHARS).collect();
        if !terms.contains(&word) {
            terms.push(word);
        }
    }
    terms
}

/// Whether the input had more words than are searched for.
pub fn too_many_terms(input: &str) -> bool {
    tokenize(input).len() > MAX_TERMS
}

/// An FTS5 query matching every term as a word prefix: `"septage"* "manual"*`. Terms come from
/// [`tokenize`], so they hold no `"`; quoting makes every term a string, never an operator.
pub fn fts5_query(terms: &[String]) -> String {
    terms
        .iter()
        .take(MAX_TERMS)
        .map(|t| format!("\"{}\"*", t.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A PostgreSQL `to_tsquery` text matching every term as a word prefix: `septage:* & manual:*`.
/// Terms from [`tokenize`] hold no ASCII punctuation, so none is an operator.
pub fn tsquery(terms: &[String]) -> String {
    terms
        .iter()
        .take(MAX_TERMS)
        .map(|t| format!("{t}:*"))
        .collect::<Vec<_>>()
        .join(" & ")
}

/// Removes the mark characters from text before it is indexed.
pub fn strip_marks(text: &str) -> String {
    text.chars()
        .filter(|c| *c != MARK_START && *c != MARK_END)
        .collect()
}

/// Text in pieces, each marked as a match or not. Pages render each piece as escaped text
/// (inside `<mark>` when matched): never as HTML.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marked(pub Vec<(String, bool)>);

impl Marked {
    pub fn plain(text: impl Into<String>) -> Marked {
        let text = text.into();
        if text.is_empty() {
            Marked(Vec::new())
        } else {
            Marked(vec![(text, false)])
        }
    }

    /// Reads the engines' output: matches between [`MARK_START`] and [`MARK_END`]. Stray or
    /// unbalanced marks are dropped.
    pub fn parse(text: &str) -> Marked {
        let mut pieces: Vec<(String, bool)> = Vec::new();
        let mut current = String::new();
        let mut inside = false;
        let mut flush = |current: &mut String, inside: bool| {
            if !current.is_empty() {
                match pieces.last_mut() {
                    Some((last, marked)) if *marked == inside => last.push_str(current),
                    _ => pieces.push((current.clone(), inside)),
                }
                current.clear();
            }
        };
        for c in text.chars() {
            match c {
                MARK_START if !inside => {
                    flush(&mut current, inside);
                    inside = true;
                }
                MARK_END if inside => {
                    flush(&mut current, inside);
                    inside = false;
                }
                MARK_START | MARK_END => {}
                c => current.push(c),
            }
        }
        flush(&mut current, inside);
        Marked(pieces)
    }

    pub fn text(&self) -> String {
        self.0.iter().map(|(t, _)| t.as_str()).collect()
    }

    pub fn has_match(&self) -> bool {
        self.0.iter().any(|(_, m)| *m)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The search and its facet filters, as the library page's query string carries them.
/// Unknown values are refused (400) rather than silently ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LibraryFilter {
    pub q: String,
    pub kind: Option<ProductKind>,
    /// A topic code.
    pub topic: Option<String>,
    pub country: Option<String>,
    pub year: Option<i32>,
    pub language: Option<ContentLanguage>,
    /// From 1.
    pub page: u32,
}

pub const PAGE_SIZE: u32 = 20;

impl LibraryFilter {
    /// The filter in the query string; what is wrong with it, in `lang`.
    pub fn from_params(lang: Lang, get: impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        let value = |k: &str| {
            get(k)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let q = value("q").unwrap_or_default();
        if q.chars().count() > 500 {
            return Err(t!(lang, "library-filter-search-long", max = 500));
        }
        let kind = match value("kind") {
            Some(k) => Some(
                ProductKind::from_code(&k)
                    .ok_or_else(|| t!(lang, "library-filter-kind", value = k.as_str()))?,
            ),
            None => None,
        };
        let year = match value("year") {
            Some(y) => match y.parse::<i32>() {
                Ok(y) if (1950..=2100).contains(&y) => Some(y),
                _ => return Err(t!(lang, "library-filter-year", value = y.as_str())),
            },
            None => None,
        };
        let topic = value("topic");
        if topic.as_ref().is_some_and(|t| {
            t.len() > 60 || !t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        }) {
            return Err(t!(lang, "library-filter-topic"));
        }
        let country = value("country");
        if country.as_ref().is_some_and(|c| c.chars().count() > 80) {
            return Err(t!(lang, "library-filter-long"));
        }
        // Links from before languages were coded say `language=Vietnamese`: still understood.
        let language = match value("language") {
            Some(l) => Some(ContentLanguage::parse(&l).ok_or_else(|| {
                t!(
                    lang,
                    "library-filter-language",
                    value = l.chars().take(60).collect::<String>()
                )
            })?),
            None => None,
        };
        let page = match value("page") {
            Some(p) => match p.parse::<u32>() {
                Ok(p) if (1..=10_000).contains(&p) => p,
                _ => return Err(t!(lang, "library-filter-page", value = p.as_str())),
            },
            None => 1,
        };
        Ok(LibraryFilter {
            q,
            kind,
            topic,
            country,
            year,
            language,
            page,
        })
    }

    /// The query string of this search (without the page unless it is past the first).
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        if !self.q.is_empty() {
            parts.push(format!("q={}", encode(&self.q)));
        }
        if let Some(k) = self.kind {
            parts.push(format!("kind={}", k.as_code()));
        }
        if let Some(t) = &self.topic {
            parts.push(format!("topic={}", encode(t)));
        }
        if let Some(c) = &self.country {
            parts.push(format!("country={}", encode(c)));
        }
        if let Some(y) = self.year {
            parts.push(format!("year={y}"));
        }
        if let Some(l) = self.language {
            parts.push(format!("language={}", encode(l.as_code())));
        }
        if self.page > 1 {
            parts.push(format!("page={}", self.page));
        }
        parts.join("&")
    }

    /// The library URL for this search.
    pub fn href(&self) -> String {
        let qs = self.to_query_string();
        if qs.is_empty() {
            "/library".to_owned()
        } else {
            format!("/library?{qs}")
        }
    }

    /// This search with one facet set to `value`, or cleared when it already has it; back to
    /// the first page.
    pub fn toggled(&self, facet: &str, value: &str) -> LibraryFilter {
        let mut next = self.clone();
        next.page = 1;
        let flip = |current: &mut Option<String>| {
            if current.as_deref() == Some(value) {
                *current = None;
            } else {
                *current = Some(value.to_owned());
            }
        };
        match facet {
            "kind" => {
                let kind = ProductKind::from_code(value);
                next.kind = if next.kind == kind { None } else { kind };
            }
            "topic" => flip(&mut next.topic),
            "country" => flip(&mut next.country),
            "language" => {
                let language = ContentLanguage::from_code(value);
                next.language = if next.language == language {
                    None
                } else {
                    language
                };
            }
            "year" => {
                let year = value.parse().ok();
                next.year = if next.year == year { None } else { year };
            }
            _ => {}
        }
        next
    }

    /// Whether the facet is set to this value.
    pub fn has(&self, facet: &str, value: &str) -> bool {
        match facet {
            "kind" => self.kind.map(|k| k.as_code()) == Some(value),
            "topic" => self.topic.as_deref() == Some(value),
            "country" => self.country.as_deref() == Some(value),
            "language" => self.language.map(|l| l.as_code()) == Some(value),
            "year" => self.year.map(|y| y.to_string()).as_deref() == Some(value),
            _ => false,
        }
    }

    pub fn with_page(&self, page: u32) -> LibraryFilter {
        LibraryFilter {
            page,
            ..self.clone()
        }
    }
}

/// A character as matching compares it: lower case, when that is one character.
fn folded(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// `text` with every occurrence of the terms marked, ignoring case. For words the engines'
/// highlighters cannot see (scripts without spaces), so a term is found inside words too.
pub fn mark_terms(text: &str, terms: &[String]) -> Marked {
    let chars: Vec<char> = text.chars().collect();
    let lower: Vec<char> = chars.iter().copied().map(folded).collect();
    let terms: Vec<Vec<char>> = terms
        .iter()
        .map(|t| t.chars().map(folded).collect::<Vec<char>>())
        .filter(|t| !t.is_empty())
        .collect();
    let mut marked = vec![false; chars.len()];
    for start in 0..lower.len() {
        for term in &terms {
            if lower[start..].starts_with(term) {
                marked[start..start + term.len()].fill(true);
            }
        }
    }
    let mut pieces: Vec<(String, bool)> = Vec::new();
    for (c, m) in chars.into_iter().zip(marked) {
        match pieces.last_mut() {
            Some((piece, last)) if *last == m => piece.push(c),
            _ => pieces.push((c.to_string(), m)),
        }
    }
    Marked(pieces)
}

/// About `max_chars` of `text` around the first occurrence of a term, marked, with `…` where
/// it was cut; `None` when no term occurs.
pub fn passage(text: &str, terms: &[String], max_chars: usize) -> Option<Marked> {
    let whole = mark_terms(text, terms);
    let mut first = 0;
    for (piece, matched) in &whole.0 {
        if *matched {
            break;
        }
        first += piece.chars().count();
    }
    if !whole.has_match() {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let start = first.saturating_sub(max_chars / 3);
    let end = (start + max_chars).min(chars.len());
    let mut cut: String = chars[start..end].iter().collect();
    if start > 0 {
        cut.insert(0, '…');
    }
    if end < chars.len() {
        cut.push('…');
    }
    Some(mark_terms(&cut, terms))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn syntax_characters_only_separate_words() {
        assert_eq!(
            tokenize(r#""septage" NEAR(manual*, -sludge) AND col:value & (x | !y) ^z 'q'"#),
            ["septage", "near", "manual", "sludge", "and", "col", "value", "x", "y", "z", "q"]
        );
        assert_eq!(tokenize("***"), Vec::<String>::new());
        assert_eq!(tokenize("  "), Vec::<String>::new());
        assert_eq!(tokenize("\\\"\\"), Vec::<String>::new());
    }

    #[test]
    fn words_keep_their_letters_in_any_script() {
        assert_eq!(tokenize("Nước sạch—cấp"), ["nước", "sạch", "cấp"]);
        assert_eq!(tokenize("น้ำประปา"), ["น้ำประปา"]);
        assert_eq!(tokenize("NRW nrw Nrw"), ["nrw"]);
        assert_eq!(tokenize("«»"), Vec::<String>::new());
        let long = "a".repeat(100);
        assert_eq!(tokenize(&long)[0].chars().count(), MAX_TERM_CHARS);
    }

    #[test]
    fn engine_queries_quote_or_prefix_every_term() {
        let terms = tokenize("septage NEAR manual");
        assert_eq!(fts5_query(&terms), r#""septage"* "near"* "manual"*"#);
        assert_eq!(tsquery(&terms), "septage:* & near:* & manual:*");
        let many = tokenize("a b c d e f g h i j");
        assert_eq!(tsquery(&many).matches('&').count(), MAX_TERMS - 1);
        assert!(too_many_terms("a b c d e f g h i j"));
        assert!(!too_many_terms("a b"));
    }

    #[test]
    fn marks_become_pieces_and_stray_marks_vanish() {
        let m = Marked::parse("Reducing \u{2}non\u{3}-revenue \u{2}water\u{3}");
        assert_eq!(
            m.0,
            vec![
                ("Reducing ".to_owned(), false),
                ("non".to_owned(), true),
                ("-revenue ".to_owned(), false),
                ("water".to_owned(), true),
            ]
        );
        assert!(m.has_match());
        assert_eq!(m.text(), "Reducing non-revenue water");
        let stray = Marked::parse("a\u{3}b\u{2}c");
        assert_eq!(stray.text(), "abc");
        assert_eq!(
            stray.0,
            vec![("ab".to_owned(), false), ("c".to_owned(), true)]
        );
        assert_eq!(strip_marks("x\u{2}y\u{3}z"), "xyz");
        assert!(Marked::parse("").is_empty());
    }

    #[test]
    fn filters_read_the_query_string_and_refuse_nonsense() {
        let f = LibraryFilter::from_params(
            Lang::En,
            params(&[
                ("q", " NRW toolkit "),
                ("kind", "toolkit"),
                ("year", "2024"),
                ("country", "Viet Nam"),
            ]),
        )
        .unwrap();
        assert_eq!(f.q, "NRW toolkit");
        assert_eq!(f.page, 1);
        assert_eq!(
            f.to_query_string(),
            "q=NRW+toolkit&kind=toolkit&country=Viet+Nam&year=2024"
        );
        assert!(LibraryFilter::from_params(Lang::En, params(&[("kind", "novel")])).is_err());
        assert!(LibraryFilter::from_params(Lang::En, params(&[("year", "99")])).is_err());
        assert!(LibraryFilter::from_params(Lang::En, params(&[("topic", "nrw;--")])).is_err());
        assert!(LibraryFilter::from_params(Lang::En, params(&[("page", "0")])).is_err());
        let long = "x".repeat(501);
        assert!(LibraryFilter::from_params(Lang::En, params(&[("q", &long)])).is_err());
    }

    #[test]
    fn facet_links_toggle_one_filter_and_reset_the_page() {
        let f = LibraryFilter {
            q: "nrw".into(),
            page: 3,
            ..Default::default()
        };
        let on = f.toggled("kind", "manual");
        assert_eq!(on.kind, Some(ProductKind::Manual));
        assert_eq!(on.page, 1);
        assert!(on.has("kind", "manual"));
        assert_eq!(on.toggled("kind", "manual").kind, None);
        assert_eq!(f.toggled("year", "2023").href(), "/library?q=nrw&year=2023");
        assert_eq!(LibraryFilter::default().href(), "/library");
    }

    #[test]
    fn terms_are_marked_inside_unspaced_text_ignoring_case() {
        let terms = vec!["น้ำสูญเสีย".to_owned(), "dma".to_owned()];
        let marked = mark_terms("การลดน้ำสูญเสียด้วย DMA", &terms);
        assert_eq!(
            marked.0,
            vec![
                ("การลด".to_owned(), false),
                ("น้ำสูญเสีย".to_owned(), true),
                ("ด้วย ".to_owned(), false),
                ("DMA".to_owned(), true),
            ]
        );
        assert!(!mark_terms("供水管网", &["漏损".to_owned()]).has_match());
    }

    #[test]
    fn a_passage_is_cut_around_the_first_match() {
        let text = format!("{}漏损控制{}", "甲".repeat(300), "乙".repeat(300));
        let p = passage(&text, &["漏损".to_owned()], 60).unwrap();
        let plain = p.text();
        assert!(plain.starts_with('…') && plain.ends_with('…'), "{plain}");
        assert!(plain.chars().count() <= 62);
        assert!(p.has_match());
        assert_eq!(passage("no match here", &["漏损".to_owned()], 60), None);
    }
}
