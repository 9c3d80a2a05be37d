//! What the story and news pages show, as sent from the server to the browser.

use super::StoryStatus;
use crate::i18n::ContentLanguage;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// One row of the public story list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryCard {
    pub id: i32,
    pub title: String,
    pub summary: String,
    pub published_at: Option<DateTime<Utc>>,
    pub language: ContentLanguage,
    pub countries: Vec<String>,
    pub topics: Vec<String>,
}

/// A published story by its title and language: a choice of the form's "Translation of",
/// and one of a story's other languages on its page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryChoice {
    pub id: i32,
    pub title: String,
    pub language: ContentLanguage,
}

/// One public outcome of the story's partnership, with units in every value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub label: String,
    pub baseline: String,
    pub baseline_date: NaiveDate,
    pub target: String,
    pub target_date: NaiveDate,
    /// The latest measured value and its date.
    pub achieved: Option<(String, NaiveDate)>,
    /// How far from baseline towards target, in percent (100 = reached).
    pub progress_percent: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryDetail {
    pub id: i32,
    pub title: String,
    pub summary: String,
    pub language: ContentLanguage,
    /// The original and its other published translations (the story itself left out).
    pub translations: Vec<StoryChoice>,
    /// Rendered from Markdown and sanitized on the server.
    pub body_html: String,
    pub status: StoryStatus,
    pub review_comment: String,
    pub published_at: Option<DateTime<Utc>>,
    pub countries: Vec<String>,
    pub topics: Vec<String>,
    /// The partnership's id and title.
    pub partnership: Option<(i32, String)>,
    pub figures: Vec<Figure>,
    pub author: String,
    /// The canonical address, for Open Graph.
    pub url: String,
    pub image: Option<StoryImage>,
    /// The viewer may still change it (its picture, for now): before publication.
    pub may_edit: bool,
    /// The viewer may submit this draft for review.
    pub may_submit: bool,
    /// The viewer may publish it or send it back.
    pub may_review: bool,
}

/// The story's picture: its address (relative to the site) and its size in pixels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryImage {
    pub url: String,
    pub width: i32,
    pub height: i32,
}

/// A story waiting for review, or one of the viewer's drafts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryInProgress {
    pub id: i32,
    pub title: String,
    pub status: StoryStatus,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewsCard {
    pub id: i32,
    pub title: String,
    pub summary: String,
    pub published_at: DateTime<Utc>,
    pub language: ContentLanguage,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewsDetail {
    pub id: i32,
    pub title: String,
    pub summary: String,
    pub body_html: String,
    pub published_at: DateTime<Utc>,
    pub language: ContentLanguage,
    pub url: String,
}

/// A partnership an author may write about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartnershipChoice {
    pub id: i32,
    pub title: String,
}
