//! A story's review workflow and the checks on what authors type. Pure functions, no database.
//!
//! draft → in review → published; a reviewer may send a story in review (or a published one)
//! back to draft with a comment saying what to change.

use crate::error::FieldErrors;
use crate::stored::stored_enum;
use serde::{Deserialize, Serialize};

stored_enum! {
    /// A story's review status (`story.status`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum StoryStatus {
        Draft = "draft",
        InReview = "in_review",
        Published = "published",
    }
}

impl StoryStatus {
    pub fn label(self) -> &'static str {
        match self {
            StoryStatus::Draft => "Draft",
            StoryStatus::InReview => "In review",
            StoryStatus::Published => "Published",
        }
    }
}

/// What someone does to a story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum StoryStep {
    /// The author asks for review.
    Submit,
    /// A reviewer publishes.
    Publish,
    /// A reviewer sends it back to its author, with a comment.
    Return,
}

impl StoryStep {
    pub fn parse(code: &str) -> Option<Self> {
        match code {
            "submit" => Some(StoryStep::Submit),
            "publish" => Some(StoryStep::Publish),
            "return" => Some(StoryStep::Return),
            _ => None,
        }
    }

    /// Whether only reviewers (facilitators, secretariat admins) may take this step.
    pub fn needs_reviewer(self) -> bool {
        !matches!(self, StoryStep::Submit)
    }
}

/// The status after `step`, or why the step is not possible now.
pub fn next_status(from: StoryStatus, step: StoryStep) -> Result<StoryStatus, String> {
    match (from, step) {
        (StoryStatus::Draft, StoryStep::Submit) => Ok(StoryStatus::InReview),
        (StoryStatus::InReview, StoryStep::Publish) => Ok(StoryStatus::Published),
        (StoryStatus::InReview | StoryStatus::Published, StoryStep::Return) => {
            Ok(StoryStatus::Draft)
        }
        (StoryStatus::Draft, StoryStep::Publish) => {
            Err("A draft is submitted for review before it is published.".to_owned())
        }
        (StoryStatus::InReview, StoryStep::Submit) => {
            Err("This story is already waiting for review.".to_owned())
        }
        (StoryStatus::Published, _) => Err("This story is already published.".to_owned()),
        (StoryStatus::Draft, StoryStep::Return) => Err("This story is already a draft.".to_owned()),
    }
}

/// A returned story needs a comment telling its author what to change.
pub fn check_comment(step: StoryStep, comment: &str) -> Result<String, FieldErrors> {
    let comment = comment.trim();
    let mut errors = FieldErrors::default();
    if step == StoryStep::Return && comment.is_empty() {
        errors.add("comment", "Say what the author should change.");
    } else if comment.chars().count() > 2000 {
        errors.add("comment", "Please keep the comment under 2,000 characters.");
    }
    if errors.is_empty() {
        Ok(comment.to_owned())
    } else {
        Err(errors)
    }
}

/// What an author typed, before it is checked.
#[derive(Debug, Clone, Default)]
pub struct StoryForm {
    pub title: String,
    pub summary: String,
    pub body: String,
    pub partnership_id: String,
    pub countries: String,
    pub topics: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StoryDraft {
    pub title: String,
    pub summary: String,
    pub body: String,
    pub partnership_id: i32,
    pub countries: Vec<String>,
    /// Topic codes.
    pub topics: Vec<String>,
}

pub const BODY_LIMIT: usize = 40_000;

/// Checks every field and says what is wrong with each.
pub fn parse_story(form: &StoryForm) -> Result<StoryDraft, FieldErrors> {
    let mut errors = FieldErrors::default();
    let title = form.title.trim();
    match title.chars().count() {
        0 => errors.add("title", "Please give the story a title."),
        n if n < 5 => errors.add("title", "Please use at least 5 characters for the title."),
        n if n > 200 => errors.add("title", "Please keep the title under 200 characters."),
        _ => {}
    }
    let summary = form.summary.trim();
    match summary.chars().count() {
        0 => errors.add("summary", "Please write a one- or two-sentence summary."),
        n if n > 600 => errors.add("summary", "Please keep the summary under 600 characters."),
        _ => {}
    }
    let body = form.body.trim();
    if body.is_empty() {
        errors.add("body", "Please tell the story.");
    } else if body.len() > BODY_LIMIT {
        errors.add("body", "Please keep the story under 40,000 characters.");
    }
    let partnership_id = match form.partnership_id.trim().parse::<i32>() {
        Ok(id) if id > 0 => id,
        _ => {
            errors.add(
                "partnership_id",
                "Choose the partnership this story comes from.",
            );
            0
        }
    };
    let countries = parse_countries(&form.countries);
    if countries.len() > 10 {
        errors.add("countries", "Please name at most 10 countries.");
    }
    if countries.iter().any(|c| c.chars().count() > 80) {
        errors.add("countries", "A country name is at most 80 characters.");
    }
    let mut topics: Vec<String> = form
        .topics
        .iter()
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect();
    topics.sort();
    topics.dedup();
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(StoryDraft {
        title: title.to_owned(),
        summary: summary.to_owned(),
        body: body.to_owned(),
        partnership_id,
        countries,
        topics,
    })
}

/// The message for a refused picture, from the code the upload puts in the address.
/// The largest picture accepted, checked in the browser before sending and by the server.
pub const MAX_IMAGE_BYTES: usize = 5 * 1024 * 1024;

pub fn image_message(code: &str) -> Option<&'static str> {
    Some(match code {
        "missing" => "Choose a picture to upload.",
        "too_large" => "The picture is larger than 5 MB. Please choose a smaller one.",
        "wrong_type" => "This file is not a PNG, JPEG or WebP picture.",
        "unreadable" => "This picture could not be read. Please export it again and retry.",
        _ => return None,
    })
}

/// A news item's title, summary and Markdown body, checked like a story's.
pub fn parse_news(title: &str, summary: &str, body: &str) -> Result<NewsDraft, FieldErrors> {
    let form = StoryForm {
        title: title.to_owned(),
        summary: summary.to_owned(),
        body: body.to_owned(),
        partnership_id: "1".to_owned(),
        ..Default::default()
    };
    let draft = parse_story(&form)?;
    Ok(NewsDraft {
        title: draft.title,
        summary: draft.summary,
        body: draft.body,
    })
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewsDraft {
    pub title: String,
    pub summary: String,
    pub body: String,
}

/// "Philippines, Viet Nam; philippines" → ["Philippines", "Viet Nam"].
pub fn parse_countries(text: &str) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for part in text.split([',', ';', '\n']) {
        let c = part.trim();
        if !c.is_empty() && !seen.iter().any(|s| s.eq_ignore_ascii_case(c)) {
            seen.push(c.to_owned());
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workflow_goes_draft_review_published() {
        use StoryStatus::*;
        use StoryStep::*;
        assert_eq!(next_status(Draft, Submit), Ok(InReview));
        assert_eq!(next_status(InReview, Publish), Ok(Published));
        assert_eq!(next_status(InReview, Return), Ok(Draft));
        assert_eq!(next_status(Published, Return), Ok(Draft));
        assert!(next_status(Draft, Publish).is_err());
        assert!(next_status(InReview, Submit).is_err());
        assert!(next_status(Published, Publish).is_err());
        assert!(next_status(Draft, Return).is_err());
        assert!(!Submit.needs_reviewer());
        assert!(Publish.needs_reviewer() && Return.needs_reviewer());
    }

    #[test]
    fn returning_needs_a_comment() {
        assert!(check_comment(StoryStep::Return, "  ").is_err());
        assert_eq!(
            check_comment(StoryStep::Return, " Add the baseline year. "),
            Ok("Add the baseline year.".to_owned())
        );
        assert_eq!(check_comment(StoryStep::Publish, ""), Ok(String::new()));
    }

    #[test]
    fn status_codes_round_trip() {
        for s in [
            StoryStatus::Draft,
            StoryStatus::InReview,
            StoryStatus::Published,
        ] {
            assert_eq!(StoryStatus::from_code(s.as_code()), Some(s));
        }
        assert_eq!(StoryStatus::from_code("deleted"), None);
    }

    #[test]
    fn a_story_form_is_checked_field_by_field() {
        let errors = parse_story(&StoryForm::default()).unwrap_err();
        for field in ["title", "summary", "body", "partnership_id"] {
            assert!(errors.for_field(field).is_some(), "{field}");
        }
        let draft = parse_story(&StoryForm {
            title: " Davao halves its water losses ".into(),
            summary: "NRW from 38 % to 24 %.".into(),
            body: "It began with two DMAs.".into(),
            partnership_id: "7".into(),
            countries: "Philippines, philippines; Viet Nam".into(),
            topics: vec!["nrw".into(), "".into(), "nrw".into()],
        })
        .unwrap();
        assert_eq!(draft.title, "Davao halves its water losses");
        assert_eq!(draft.partnership_id, 7);
        assert_eq!(draft.countries, vec!["Philippines", "Viet Nam"]);
        assert_eq!(draft.topics, vec!["nrw"]);
    }
}
