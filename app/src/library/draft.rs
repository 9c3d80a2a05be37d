//! A new product's form, checked field by field.

use super::{Access, ProductDraft, ProductKind};
use crate::error::FieldErrors;
use crate::i18n::{ContentLanguage, Lang};
use crate::t;

pub const TITLE_MAX_CHARS: usize = 300;
pub const SUMMARY_MAX_CHARS: usize = 5000;

/// The product form as typed. Countries: separated by commas or new lines.
#[derive(Debug, Clone, Default)]
pub struct ProductForm<'a> {
    pub kind: &'a str,
    pub title: &'a str,
    pub summary: &'a str,
    pub authors: &'a str,
    pub year: &'a str,
    /// A content language code.
    pub language: &'a str,
    pub licence: &'a str,
    pub access: &'a str,
    pub topics: &'a [String],
    pub countries: &'a str,
    /// The id of the original this product translates; empty when it is not a translation.
    pub translation_of: &'a str,
}

/// Checks the form; `this_year` bounds the year (a product cannot come from the future).
/// Messages are in `lang`.
pub fn parse_product(
    form: &ProductForm<'_>,
    this_year: i32,
    lang: Lang,
) -> Result<ProductDraft, FieldErrors> {
    let mut errors = FieldErrors::default();
    let kind = ProductKind::from_code(form.kind.trim());
    if kind.is_none() {
        errors.add("kind", t!(lang, "library-error-kind"));
    }
    let title = form.title.trim();
    if title.is_empty() {
        errors.add("title", t!(lang, "library-error-title"));
    } else if title.chars().count() > TITLE_MAX_CHARS {
        errors.add(
            "title",
            t!(lang, "library-error-title-long", max = TITLE_MAX_CHARS),
        );
    }
    let summary = form.summary.trim();
    if summary.chars().count() < 20 {
        errors.add("summary", t!(lang, "library-error-summary-short", min = 20));
    } else if summary.chars().count() > SUMMARY_MAX_CHARS {
        errors.add(
            "summary",
            t!(lang, "library-error-summary-long", max = SUMMARY_MAX_CHARS),
        );
    }
    let authors = form.authors.trim();
    if authors.chars().count() > 500 {
        errors.add("authors", t!(lang, "library-error-authors-long", max = 500));
    }
    let year = form.year.trim().parse::<i32>().ok();
    match year {
        Some(y) if (1950..=this_year).contains(&y) => {}
        _ => errors.add(
            "year",
            t!(lang, "library-error-year", last = this_year.to_string()),
        ),
    }
    // Codes, as the form sends them; API clients may send the English name.
    let language = ContentLanguage::parse(form.language);
    if language.is_none() {
        errors.add("language", t!(lang, "library-error-language"));
    }
    // Whether the original exists, is published and is in another language is the
    // service's to check: only the database knows.
    let translation_of = match form.translation_of.trim() {
        "" => None,
        id => match id.parse::<i32>() {
            Ok(id) if id > 0 => Some(id),
            _ => {
                errors.add("translation_of", t!(lang, "library-error-translation-of"));
                None
            }
        },
    };
    let licence = form.licence.trim();
    if licence.chars().count() > 120 {
        errors.add("licence", t!(lang, "library-error-licence-long", max = 120));
    }
    let access = Access::from_code(form.access.trim());
    if access.is_none() {
        errors.add("access", t!(lang, "library-error-access"));
    }
    let mut topics: Vec<String> = Vec::new();
    for t in form
        .topics
        .iter()
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
    {
        if t.len() > 60 || !t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            errors.add("topics", t!(lang, "library-error-topics-listed"));
            break;
        }
        if !topics.iter().any(|x| x == t) {
            topics.push(t.to_owned());
        }
    }
    if topics.is_empty() && !errors.0.iter().any(|e| e.field == "topics") {
        errors.add("topics", t!(lang, "library-error-topics"));
    }
    let mut countries: Vec<String> = Vec::new();
    for c in form
        .countries
        .split([',', '\n', ';'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        if c.chars().count() > 80 {
            errors.add(
                "countries",
                t!(lang, "library-error-country-long", max = 80),
            );
            break;
        }
        if !countries.iter().any(|x| x.eq_ignore_ascii_case(c)) {
            countries.push(c.to_owned());
        }
    }
    if countries.len() > 30 {
        errors.add("countries", t!(lang, "library-error-countries", max = 30));
    }
    match (kind, year, access, language, errors.is_empty()) {
        (Some(kind), Some(year), Some(access), Some(language), true) => Ok(ProductDraft {
            kind,
            title: title.to_owned(),
            summary: summary.to_owned(),
            authors: authors.to_owned(),
            year,
            language,
            licence: licence.to_owned(),
            access,
            topics,
            countries,
            translation_of,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn topics() -> Vec<String> {
        vec!["nrw".into(), "nrw".into(), "asset_management".into()]
    }

    fn form(topics: &[String]) -> ProductForm<'_> {
        ProductForm {
            kind: "toolkit",
            title: "  Non-Revenue Water Reduction Toolkit ",
            summary: "Step-by-step guidance for district metered areas and pressure management.",
            authors: "WaterLinks Secretariat",
            year: "2024",
            language: "en",
            licence: "CC BY 4.0",
            access: "public",
            topics,
            countries: "Philippines, Viet Nam\nviet nam",
            translation_of: "",
        }
    }

    #[test]
    fn a_complete_form_becomes_a_draft() {
        let t = topics();
        let d = parse_product(&form(&t), 2026, Lang::En).unwrap();
        assert_eq!(d.title, "Non-Revenue Water Reduction Toolkit");
        assert_eq!(d.kind, ProductKind::Toolkit);
        assert_eq!(d.topics, ["nrw", "asset_management"]);
        assert_eq!(d.countries, ["Philippines", "Viet Nam"]);
        assert_eq!(d.language, ContentLanguage::En);
        assert_eq!(d.translation_of, None);
        let thai = ProductForm {
            language: "th",
            translation_of: " 7 ",
            ..form(&t)
        };
        let d = parse_product(&thai, 2026, Lang::En).unwrap();
        assert_eq!(
            (d.language, d.translation_of),
            (ContentLanguage::Th, Some(7))
        );
    }

    #[test]
    fn each_wrong_field_gets_its_message() {
        let none: Vec<String> = vec![];
        let f = ProductForm {
            kind: "novel",
            title: " ",
            summary: "short",
            year: "2031",
            language: "Klingon",
            access: "friends",
            translation_of: "first",
            ..form(&none)
        };
        let errors = parse_product(&f, 2026, Lang::En).unwrap_err();
        for field in [
            "kind",
            "title",
            "summary",
            "year",
            "language",
            "access",
            "topics",
            "translation_of",
        ] {
            assert!(errors.for_field(field).is_some(), "{field}");
        }
        let bad = vec!["nrw'; drop".to_owned()];
        assert!(parse_product(&form(&bad), 2026, Lang::En)
            .unwrap_err()
            .for_field("topics")
            .is_some());
    }

    #[test]
    fn messages_are_written_in_the_language_asked_for() {
        let none: Vec<String> = vec![];
        let f = ProductForm {
            year: "2031",
            ..form(&none)
        };
        let errors = parse_product(&f, 2026, Lang::Th).unwrap_err();
        assert_eq!(
            errors.for_field("year"),
            Some("กรอกปีที่เผยแพร่ (1950 ถึง 2026)")
        );
        assert_eq!(errors.for_field("topics"), Some("เลือกหัวข้ออย่างน้อยหนึ่งหัวข้อ"));
    }
}
