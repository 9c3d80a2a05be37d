//! What the library pages show, as sent from the server to the browser, and the small
//! vocabularies (kind, access, review status) with their stored codes.

use super::query::Marked;
use crate::i18n::{ContentLanguage, Lang};
use crate::stored::stored_enum;
use crate::t;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A stored vocabulary; the codes are declared once, by `stored_enum!`. Its labels are
/// (where pages show them) are messages in the reader's language.
macro_rules! coded {
    ($name:ident { $($variant:ident => $code:literal;)+ }) => {
        stored_enum! {
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            pub enum $name { $($variant = $code),+ }
        }
    };
}

coded!(ProductKind {
    Toolkit => "toolkit";
    Manual => "manual";
    AppliedStudy => "applied_study";
    CaseStudy => "case_study";
});

impl ProductKind {
    pub fn label(self, lang: Lang) -> String {
        match self {
            ProductKind::Toolkit => t!(lang, "library-kind-toolkit"),
            ProductKind::Manual => t!(lang, "library-kind-manual"),
            ProductKind::AppliedStudy => t!(lang, "library-kind-applied-study"),
            ProductKind::CaseStudy => t!(lang, "library-kind-case-study"),
        }
    }
}

coded!(Access {
    Public => "public";
    Members => "members";
});

coded!(ReviewStatus {
    Submitted => "submitted";
    Published => "published";
    Rejected => "rejected";
});

/// A product as other pages list it (a partnership's or a training program's products).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductLink {
    pub id: i32,
    pub title: String,
    /// "Toolkit", "Manual"…
    pub kind: String,
}

/// A line of the most-downloaded list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PopularProduct {
    pub id: i32,
    pub title: String,
    pub kind: ProductKind,
    pub downloads: i64,
}

/// One search result: title and snippet carry the matched words, marked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    pub id: i32,
    pub kind: ProductKind,
    pub title: Marked,
    pub snippet: Marked,
    pub year: i32,
    pub language: ContentLanguage,
    pub access: Access,
    pub downloads: i64,
}

/// One value of a facet and how many results have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetValue {
    /// As the filter takes it in the URL.
    pub value: String,
    pub label: String,
    pub count: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facets {
    pub kinds: Vec<FacetValue>,
    pub topics: Vec<FacetValue>,
    pub countries: Vec<FacetValue>,
    pub years: Vec<FacetValue>,
    pub languages: Vec<FacetValue>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    /// Said above the results: why everything is listed (no search words), or what was
    /// left out of the search.
    pub message: Option<String>,
    /// The words searched for, after tokenising.
    pub terms: Vec<String>,
    pub total: i64,
    pub page: u32,
    pub pages: u32,
    pub hits: Vec<SearchHit>,
    pub facets: Facets,
}

/// One uploaded version of a product's file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileVersion {
    pub id: i32,
    pub version: i32,
    pub file_name: String,
    /// "PDF", "Word (.docx)"…
    pub format: String,
    pub size_bytes: i64,
    pub downloads: i64,
    pub uploaded_at: DateTime<Utc>,
    pub latest: bool,
}

/// The same product in another language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    pub id: i32,
    pub title: String,
    pub language: ContentLanguage,
}

/// A partnership or training program linked to a product.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkedItem {
    pub id: i32,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProductDetail {
    pub id: i32,
    pub kind: ProductKind,
    pub title: String,
    pub summary: String,
    pub authors: String,
    pub year: i32,
    pub language: ContentLanguage,
    pub licence: String,
    pub access: Access,
    pub status: ReviewStatus,
    pub review_note: String,
    pub topics: Vec<String>,
    pub countries: Vec<String>,
    /// Newest first.
    pub files: Vec<FileVersion>,
    pub total_downloads: i64,
    pub partnerships: Vec<LinkedItem>,
    pub programs: Vec<LinkedItem>,
    /// The original this product translates, if it is a translation.
    pub translation_of: Option<i32>,
    /// The same product in other languages (the original and its other translations).
    pub translations: Vec<Translation>,
    /// May upload new versions and change links (secretariat admins, facilitators; the
    /// submitter while the product waits for review).
    pub may_upload: bool,
    pub may_review: bool,
    /// May link the product to partnerships and training programs (curators).
    pub may_link: bool,
}

/// A product waiting for review, as reviewers see it listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingProduct {
    pub id: i32,
    pub title: String,
    pub kind: ProductKind,
    pub submitted_by: String,
}

/// A new product as its form describes it, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProductDraft {
    pub kind: ProductKind,
    pub title: String,
    pub summary: String,
    pub authors: String,
    pub year: i32,
    pub language: ContentLanguage,
    pub licence: String,
    pub access: Access,
    pub topics: Vec<String>,
    /// The original this product translates, if any.
    pub translation_of: Option<i32>,
    pub countries: Vec<String>,
}
