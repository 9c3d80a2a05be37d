//! A story's review workflow and the checks on what authors type. Pure functions, no database.
//!
//! draft → in review → published; a reviewer may send a story in review (or a published one)
//! back to draft with a comment saying what to change.

use crate::error::FieldErrors;
use crate::i18n::{ContentLanguage, Lang};
use crate::stored::stored_enum;
use crate::t;
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
    pub fn label(self, lang: Lang) -> String {
        match self {
            StoryStatus::Draft => t!(lang, "stories-status-draft"),
            StoryStatus::InReview => t!(lang, "stories-status-in-review"),
            StoryStatus::Published => t!(lang, "stories-status-published"),
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
pub fn next_status(lang: Lang, from: StoryStatus, step: StoryStep) -> Result<StoryStatus, String> {
    match (from, step) {
        (StoryStatus::Draft, StoryStep::Submit) => Ok(StoryStatus::InReview),
        (StoryStatus::InReview, StoryStep::Publish) => Ok(StoryStatus::Published),
        (StoryStatus::InReview | StoryStatus::Published, StoryStep::Return) => {
            Ok(StoryStatus::Draft)
        }
        (StoryStatus::Draft, StoryStep::Publish) => {
            Err(t!(lang, "stories-step-draft-not-reviewed"))
        }
        (StoryStatus::InReview, StoryStep::Submit) => {
            Err(t!(lang, "stories-step-already-in-review"))
        }
        (StoryStatus::Published, _) => Err(t!(lang, "stories-step-already-published")),
        (StoryStatus::Draft, StoryStep::Return) => Err(t!(lang, "stories-step-already-draft")),
    }
}

/// A returned story needs a comment telling its author what to change.
pub fn check_comment(lang: Lang, step: StoryStep, comment: &str) -> Result<String, FieldErrors> {
    let comment = comment.trim();
    let mut errors = FieldErrors::default();
    if step == StoryStep::Return && comment.is_empty() {
        errors.add("comment", t!(lang, "stories-comment-missing"));
    } else if comment.chars().count() > 2000 {
        errors.add(
            "comment",
            t!(
                lang,
                "stories-comment-too-long",
                max = crate::i18n::format::integer(lang, 2000)
            ),
        );
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
    /// The language's code (`th`).
    pub language: String,
    /// The original story's id, or empty.
    pub translation_of: String,
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
    pub language: ContentLanguage,
    /// The story it translates, as chosen; [`translation_target`] checks it against the
    /// stored original.
    pub translation_of: Option<i32>,
}

pub const BODY_LIMIT: usize = 40_000;

/// Checks every field and says what is wrong with each.
pub fn parse_story(lang: Lang, form: &StoryForm) -> Result<StoryDraft, FieldErrors> {
    let mut errors = FieldErrors::default();
    let title = form.title.trim();
    match title.chars().count() {
        0 => errors.add("title", t!(lang, "stories-title-missing")),
        n if n < 5 => errors.add("title", t!(lang, "stories-title-too-short", min = 5)),
        n if n > 200 => errors.add("title", t!(lang, "stories-title-too-long", max = 200)),
        _ => {}
    }
    let summary = form.summary.trim();
    match summary.chars().count() {
        0 => errors.add("summary", t!(lang, "stories-summary-missing")),
        n if n > 600 => errors.add("summary", t!(lang, "stories-summary-too-long", max = 600)),
        _ => {}
    }
    let body = form.body.trim();
    if body.is_empty() {
        errors.add("body", t!(lang, "stories-body-missing"));
    } else if body.len() > BODY_LIMIT {
        errors.add(
            "body",
            t!(
                lang,
                "stories-body-too-long",
                max = crate::i18n::format::integer(lang, 40_000)
            ),
        );
    }
    let partnership_id = match form.partnership_id.trim().parse::<i32>() {
        Ok(id) if id > 0 => id,
        _ => {
            errors.add("partnership_id", t!(lang, "stories-partnership-missing"));
            0
        }
    };
    let countries = parse_countries(&form.countries);
    if countries.len() > 10 {
        errors.add(
            "countries",
            t!(lang, "stories-countries-too-many", max = 10),
        );
    }
    if countries.iter().any(|c| c.chars().count() > 80) {
        errors.add("countries", t!(lang, "stories-country-too-long", max = 80));
    }
    let mut topics: Vec<String> = form
        .topics
        .iter()
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect();
    topics.sort();
    topics.dedup();
    let language = parse_language(lang, &form.language, &mut errors);
    let translation_of = match form.translation_of.trim() {
        "" => None,
        id => match id.parse::<i32>() {
            Ok(id) if id > 0 => Some(id),
            _ => {
                errors.add("translation_of", t!(lang, "stories-translation-unknown"));
                None
            }
        },
    };
    match language {
        Some(language) if errors.is_empty() => Ok(StoryDraft {
            title: title.to_owned(),
            summary: summary.to_owned(),
            body: body.to_owned(),
            partnership_id,
            countries,
            topics,
            language,
            translation_of,
        }),
        _ => Err(errors),
    }
}

/// The content language a form sent, or a message next to its `language` field.
fn parse_language(lang: Lang, code: &str, errors: &mut FieldErrors) -> Option<ContentLanguage> {
    let language = ContentLanguage::from_code(code.trim());
    if language.is_none() {
        errors.add("language", t!(lang, "stories-language-unknown"));
    }
    language
}

/// The story a translation was said to translate, as stored.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Original {
    pub id: i32,
    pub language: ContentLanguage,
    /// Set when the chosen story is itself a translation: the link goes to its original.
    pub translation_of: Option<i32>,
    pub published: bool,
}

/// The id a translation links to: the chosen story's original when the chosen one is itself
/// a translation (every translation points at the original), else the chosen story. `root` is
/// that original when the chosen one is a translation. Refused, with a message for the
/// `translation_of` field: an unpublished or missing story, the story itself, or a story in
/// the same language.
pub fn translation_target(
    lang: Lang,
    own_id: Option<i32>,
    language: ContentLanguage,
    chosen: Option<Original>,
    root: Option<Original>,
) -> Result<i32, String> {
    let Some(chosen) = chosen.filter(|c| c.published) else {
        return Err(t!(lang, "stories-translation-unknown"));
    };
    let target = match chosen.translation_of {
        Some(_) => match root {
            Some(root) => root,
            None => return Err(t!(lang, "stories-translation-unknown")),
        },
        None => chosen,
    };
    if own_id.is_some_and(|own| own == chosen.id || own == target.id) {
        return Err(t!(lang, "stories-translation-itself"));
    }
    if chosen.language == language || target.language == language {
        return Err(t!(
            lang,
            "stories-translation-same-language",
            language = language.native_name()
        ));
    }
    Ok(target.id)
}

/// The message for a refused picture, from the code the upload puts in the address.
/// The largest picture accepted, checked in the browser before sending and by the server.
pub const MAX_IMAGE_BYTES: usize = 5 * 1024 * 1024;

pub fn image_message(lang: Lang, code: &str) -> Option<String> {
    Some(match code {
        "missing" => t!(lang, "stories-image-missing"),
        "too_large" => t!(lang, "stories-image-too-large", megabytes = 5),
        "wrong_type" => t!(lang, "stories-image-wrong-type"),
        "unreadable" => t!(lang, "stories-image-unreadable"),
        _ => return None,
    })
}

/// A news item's title, summary and Markdown body, checked like a story's.
pub fn parse_news(
    lang: Lang,
    title: &str,
    summary: &str,
    body: &str,
    language: &str,
) -> Result<NewsDraft, FieldErrors> {
    let form = StoryForm {
        title: title.to_owned(),
        summary: summary.to_owned(),
        body: body.to_owned(),
        partnership_id: "1".to_owned(),
        language: language.to_owned(),
        ..Default::default()
    };
    let draft = parse_story(lang, &form)?;
    Ok(NewsDraft {
        title: draft.title,
        summary: draft.summary,
        body: draft.body,
        language: draft.language,
    })
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewsDraft {
    pub title: String,
    pub summary: String,
    pub body: String,
    pub language: ContentLanguage,
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
        assert_eq!(next_status(Lang::En, Draft, Submit), Ok(InReview));
        assert_eq!(next_status(Lang::En, InReview, Publish), Ok(Published));
        assert_eq!(next_status(Lang::En, InReview, Return), Ok(Draft));
        assert_eq!(next_status(Lang::En, Published, Return), Ok(Draft));
        assert!(next_status(Lang::En, Draft, Publish).is_err());
        assert!(next_status(Lang::En, InReview, Submit).is_err());
        assert!(next_status(Lang::En, Published, Publish).is_err());
        assert!(next_status(Lang::En, Draft, Return).is_err());
        assert!(!Submit.needs_reviewer());
        assert!(Publish.needs_reviewer() && Return.needs_reviewer());
    }

    #[test]
    fn returning_needs_a_comment() {
        assert!(check_comment(Lang::En, StoryStep::Return, "  ").is_err());
        assert_eq!(
            check_comment(Lang::En, StoryStep::Return, " Add the baseline year. "),
            Ok("Add the baseline year.".to_owned())
        );
        assert_eq!(
            check_comment(Lang::En, StoryStep::Publish, ""),
            Ok(String::new())
        );
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
        let errors = parse_story(Lang::En, &StoryForm::default()).unwrap_err();
        for field in ["title", "summary", "body", "partnership_id", "language"] {
            assert!(errors.for_field(field).is_some(), "{field}");
        }
        let draft = parse_story(
            Lang::En,
            &StoryForm {
                title: " Davao halves its water losses ".into(),
                summary: "NRW from 38 % to 24 %.".into(),
                body: "It began with two DMAs.".into(),
                partnership_id: "7".into(),
                countries: "Philippines, philippines; Viet Nam".into(),
                topics: vec!["nrw".into(), "".into(), "nrw".into()],
                language: "fil".into(),
                translation_of: " 3 ".into(),
            },
        )
        .unwrap();
        assert_eq!(draft.language, ContentLanguage::Fil);
        assert_eq!(draft.translation_of, Some(3));
        assert_eq!(draft.title, "Davao halves its water losses");
        assert_eq!(draft.partnership_id, 7);
        assert_eq!(draft.countries, vec!["Philippines", "Viet Nam"]);
        assert_eq!(draft.topics, vec!["nrw"]);
    }

    fn good_form() -> StoryForm {
        StoryForm {
            title: "Davao halves its water losses".into(),
            summary: "NRW from 38 % to 24 %.".into(),
            body: "It began with two DMAs.".into(),
            partnership_id: "7".into(),
            language: "en".into(),
            ..Default::default()
        }
    }

    #[test]
    fn an_unknown_language_or_original_is_refused_next_to_its_field() {
        for code in ["", "xx", "Thai", "TH", "zh"] {
            let errors = parse_story(
                Lang::En,
                &StoryForm {
                    language: code.into(),
                    ..good_form()
                },
            )
            .unwrap_err();
            assert_eq!(
                errors.for_field("language"),
                Some("Choose the language from the list."),
                "{code:?}"
            );
        }
        let errors = parse_story(
            Lang::Id,
            &StoryForm {
                language: "xx".into(),
                translation_of: "first".into(),
                ..good_form()
            },
        )
        .unwrap_err();
        assert_eq!(
            errors.for_field("language"),
            Some("Pilih bahasa dari daftar.")
        );
        assert!(errors.for_field("translation_of").is_some());
        // News is checked by the same rules.
        let errors = parse_news(Lang::Th, "Water week", "Summary", "Body", "klingon").unwrap_err();
        assert_eq!(errors.for_field("language"), Some("กรุณาเลือกภาษาจากรายการ"));
        let news = parse_news(Lang::En, "Water week", "Summary", "Body", "id").unwrap();
        assert_eq!(news.language, ContentLanguage::Id);
    }

    fn story(id: i32, language: ContentLanguage, translation_of: Option<i32>) -> Original {
        Original {
            id,
            language,
            translation_of,
            published: true,
        }
    }

    #[test]
    fn a_translation_links_to_the_original_in_another_language() {
        use ContentLanguage::{En, Th, Vi};
        let original = story(1, En, None);
        let thai = story(2, Th, Some(1));
        // A Thai translation of the English original.
        assert_eq!(
            translation_target(Lang::En, None, Th, Some(original), None),
            Ok(1)
        );
        // A Vietnamese one, chosen through the Thai translation, links to the original too.
        assert_eq!(
            translation_target(Lang::En, None, Vi, Some(thai), Some(original)),
            Ok(1)
        );
        // Not in the same language as the chosen story, nor as its original.
        let same = translation_target(Lang::En, None, En, Some(original), None).unwrap_err();
        assert!(same.contains("English"), "{same}");
        assert!(translation_target(Lang::En, None, Th, Some(thai), Some(original)).is_err());
        assert!(translation_target(Lang::En, None, En, Some(thai), Some(original)).is_err());
        // Not of itself, directly or through a translation.
        assert_eq!(
            translation_target(Lang::En, Some(1), Th, Some(original), None),
            Err("A story cannot be a translation of itself.".to_owned())
        );
        assert_eq!(
            translation_target(Lang::En, Some(1), Vi, Some(thai), Some(original)),
            Err("A story cannot be a translation of itself.".to_owned())
        );
        // Only published stories, and only ones that exist.
        let draft = Original {
            published: false,
            ..original
        };
        assert_eq!(
            translation_target(Lang::Vi, None, Th, Some(draft), None),
            Err("Vui lòng chọn một câu chuyện đã đăng trong danh sách.".to_owned())
        );
        assert!(translation_target(Lang::En, None, Th, None, None).is_err());
        assert!(translation_target(Lang::En, None, Vi, Some(thai), None).is_err());
    }

    #[test]
    fn an_author_reads_the_messages_in_their_language() {
        let errors = parse_story(Lang::Th, &StoryForm::default()).unwrap_err();
        assert_eq!(errors.for_field("body"), Some("กรุณาเล่าเรื่องราวของคุณ"));
        assert_eq!(
            next_status(Lang::Vi, StoryStatus::Published, StoryStep::Publish),
            Err("Câu chuyện này đã được đăng.".to_owned())
        );
        assert_eq!(StoryStatus::InReview.label(Lang::ZhHans), "审核中");
    }
}
