//! A new product's form, checked field by field.

use super::{Access, ProductDraft, ProductKind};
use crate::error::FieldErrors;

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
    pub language: &'a str,
    pub licence: &'a str,
    pub access: &'a str,
    pub topics: &'a [String],
    pub countries: &'a str,
}

/// Checks the form; `this_year` bounds the year (a product cannot come from the future).
pub fn parse_product(form: &ProductForm<'_>, this_year: i32) -> Result<ProductDraft, FieldErrors> {
    let mut errors = FieldErrors::default();
    let kind = ProductKind::from_code(form.kind.trim());
    if kind.is_none() {
        errors.add("kind", "Choose the kind of product.");
    }
    let title = form.title.trim();
    if title.is_empty() {
        errors.add("title", "Enter the title.");
    } else if title.chars().count() > TITLE_MAX_CHARS {
        errors.add(
            "title",
            format!("Keep the title under {TITLE_MAX_CHARS} characters."),
        );
    }
    let summary = form.summary.trim();
    if summary.chars().count() < 20 {
        errors.add(
            "summary",
            "Write a summary of at least 20 characters: what the product covers and for whom.",
        );
    } else if summary.chars().count() > SUMMARY_MAX_CHARS {
        errors.add(
            "summary",
            format!("Keep the summary under {SUMMARY_MAX_CHARS} characters."),
        );
    }
    let authors = form.authors.trim();
    if authors.chars().count() > 500 {
        errors.add("authors", "Keep the authors under 500 characters.");
    }
    let year = form.year.trim().parse::<i32>().ok();
    match year {
        Some(y) if (1950..=this_year).contains(&y) => {}
        _ => errors.add(
            "year",
            format!("Enter the year of publication (1950 to {this_year})."),
        ),
    }
    let language = form.language.trim();
    if language.is_empty() {
        errors.add("language", "Enter the language, e.g. English.");
    } else if language.chars().count() > 60 {
        errors.add("language", "Keep the language under 60 characters.");
    }
    let licence = form.licence.trim();
    if licence.chars().count() > 120 {
        errors.add("licence", "Keep the licence under 120 characters.");
    }
    let access = Access::from_code(form.access.trim());
    if access.is_none() {
        errors.add("access", "Choose who may download the files.");
    }
    let mut topics: Vec<String> = Vec::new();
    for t in form
        .topics
        .iter()
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
    {
        if t.len() > 60 || !t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            errors.add("topics", "Choose topics from the list.");
            break;
        }
        if !topics.iter().any(|x| x == t) {
            topics.push(t.to_owned());
        }
    }
    if topics.is_empty() && !errors.0.iter().any(|e| e.field == "topics") {
        errors.add("topics", "Choose at least one topic.");
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
                "A country name is too long (at most 80 characters).",
            );
            break;
        }
        if !countries.iter().any(|x| x.eq_ignore_ascii_case(c)) {
            countries.push(c.to_owned());
        }
    }
    if countries.len() > 30 {
        errors.add("countries", "Name at most 30 countries.");
    }
    match (kind, year, access, errors.is_empty()) {
        (Some(kind), Some(year), Some(access), true) => Ok(ProductDraft {
            kind,
            title: title.to_owned(),
            summary: summary.to_owned(),
            authors: authors.to_owned(),
            year,
            language: language.to_owned(),
            licence: licence.to_owned(),
            access,
            topics,
            countries,
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
            language: "English",
            licence: "CC BY 4.0",
            access: "public",
            topics,
            countries: "Philippines, Viet Nam\nviet nam",
        }
    }

    #[test]
    fn a_complete_form_becomes_a_draft() {
        let t = topics();
        let d = parse_product(&form(&t), 2026).unwrap();
        assert_eq!(d.title, "Non-Revenue Water Reduction Toolkit");
        assert_eq!(d.kind, ProductKind::Toolkit);
        assert_eq!(d.topics, ["nrw", "asset_management"]);
        assert_eq!(d.countries, ["Philippines", "Viet Nam"]);
    }

    #[test]
    fn each_wrong_field_gets_its_message() {
        let none: Vec<String> = vec![];
        let f = ProductForm {
            kind: "novel",
            title: " ",
            summary: "short",
            year: "2031",
            language: "",
            access: "friends",
            ..form(&none)
        };
        let errors = parse_product(&f, 2026).unwrap_err();
        for field in [
            "kind", "title", "summary", "year", "language", "access", "topics",
        ] {
            assert!(errors.for_field(field).is_some(), "{field}");
        }
        let bad = vec!["nrw'; drop".to_owned()];
        assert!(parse_product(&form(&bad), 2026)
            .unwrap_err()
            .for_field("topics")
            .is_some());
    }
}
