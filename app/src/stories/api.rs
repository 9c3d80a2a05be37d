//! Story and news server functions. Each checks who is calling, parses its fields, and calls
//! one service function.

use super::types::*;
use super::StoryStatus;
use crate::error::AppError;
use crate::i18n::ContentLanguage;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::workflow::{check_comment, parse_news, parse_story, StoryForm, StoryStep},
    super::{news_service, service},
    crate::accounts::auth::{optional_user, require_user},
    crate::accounts::Role,
    crate::state::{db, AppState},
};

#[cfg(feature = "ssr")]
fn base_url() -> Result<String, AppError> {
    use_context::<AppState>()
        .map(|s| s.site.public_base_url)
        .ok_or(AppError::Internal)
}

/// Published stories, newest first, filtered by topic code, country and language code (an
/// unknown language code filters nothing, as an old link may carry one).
#[server(prefix = "/api", endpoint = "stories/list")]
pub async fn list_stories(
    topic: String,
    country: String,
    #[server(default)] language: String,
) -> Result<Vec<StoryCard>, AppError> {
    let topic = topic.trim();
    let country = country.trim();
    service::published(
        &db()?,
        (!topic.is_empty()).then_some(topic),
        (!country.is_empty()).then_some(country),
        ContentLanguage::from_code(language.trim()),
        200,
    )
    .await
}

#[server(prefix = "/api", endpoint = "stories/countries")]
pub async fn story_countries() -> Result<Vec<String>, AppError> {
    service::story_countries(&db()?).await
}

/// The languages published stories are written in, for the list's filter.
#[server(prefix = "/api", endpoint = "stories/languages")]
pub async fn story_languages() -> Result<Vec<ContentLanguage>, AppError> {
    service::story_languages(&db()?).await
}

/// The published stories a new story may be a translation of.
#[server(prefix = "/api", endpoint = "stories/translatable")]
pub async fn translatable_stories() -> Result<Vec<StoryChoice>, AppError> {
    require_user().await?;
    service::translatable(&db()?).await
}

/// One story: published ones for everyone, drafts for their authors and reviewers.
#[server(prefix = "/api", endpoint = "stories/story")]
pub async fn fetch_story(id: i32) -> Result<StoryDetail, AppError> {
    let viewer = optional_user().await?;
    service::detail(&db()?, id, viewer.as_ref(), &base_url()?).await
}

/// The caller's drafts and, for reviewers, the stories waiting for review.
#[server(prefix = "/api", endpoint = "stories/in_progress")]
pub async fn stories_in_progress() -> Result<Vec<StoryInProgress>, AppError> {
    let user = require_user().await?;
    service::in_progress(&db()?, &user).await
}

/// The partnerships the caller may write a story about.
#[server(prefix = "/api", endpoint = "stories/partnerships")]
pub async fn story_partnerships() -> Result<Vec<PartnershipChoice>, AppError> {
    let user = require_user().await?;
    service::partnerships_for(&db()?, &user).await
}

/// Writes a new draft (admins of the partnership's partners, facilitators, secretariat
/// admins). Returns its id.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "stories/create")]
#[tracing::instrument(skip_all)]
pub async fn create_story(
    title: String,
    summary: String,
    body: String,
    partnership_id: String,
    countries: String,
    topics: Option<Vec<String>>,
    language: Option<String>,
    translation_of: Option<String>,
) -> Result<i32, AppError> {
    let user = require_user().await?;
    let lang = crate::i18n::current();
    let draft = parse_story(
        lang,
        &StoryForm {
            title,
            summary,
            body,
            partnership_id,
            countries,
            topics: topics.unwrap_or_default(),
            language: language_or_page(lang, language),
            translation_of: translation_of.unwrap_or_default(),
        },
    )
    .map_err(AppError::Invalid)?;
    let id = service::create(&db()?, &user, draft).await?;
    crate::shell::flash::go_to(&format!("/stories/{id}"));
    Ok(id)
}

/// One workflow step: `submit` (the author), `publish` or `return` with a comment (reviewers).
#[server(prefix = "/api", endpoint = "stories/step")]
#[tracing::instrument(skip_all)]
pub async fn take_story_step(
    id: i32,
    step: String,
    comment: String,
) -> Result<StoryStatus, AppError> {
    let user = require_user().await?;
    let step = StoryStep::parse(step.trim()).ok_or_else(|| {
        AppError::BadRequest(crate::t!(crate::i18n::current(), "stories-step-unknown"))
    })?;
    if step.needs_reviewer()
        && !(user.has_role(Role::Facilitator) || user.has_role(Role::SecretariatAdmin))
    {
        return Err(AppError::Forbidden);
    }
    let comment =
        check_comment(crate::i18n::current(), step, &comment).map_err(AppError::Invalid)?;
    service::take_step(&db()?, &user, id, step, comment).await
}

/// A form's language, or (from a client that sends none) the language of the request.
#[cfg(feature = "ssr")]
fn language_or_page(lang: crate::i18n::Lang, language: Option<String>) -> String {
    language.unwrap_or_else(|| ContentLanguage::from(lang).as_code().to_owned())
}

/// News, newest first, in one language (a code; empty or unknown: all).
#[server(prefix = "/api", endpoint = "news/list")]
pub async fn list_news(#[server(default)] language: String) -> Result<Vec<NewsCard>, AppError> {
    news_service::news(&db()?, ContentLanguage::from_code(language.trim()), 100).await
}

/// The languages news items are written in, for the list's filter.
#[server(prefix = "/api", endpoint = "news/languages")]
pub async fn news_languages() -> Result<Vec<ContentLanguage>, AppError> {
    news_service::news_languages(&db()?).await
}

#[server(prefix = "/api", endpoint = "news/item")]
pub async fn fetch_news(id: i32) -> Result<NewsDetail, AppError> {
    news_service::news_detail(&db()?, id, &base_url()?).await
}

/// Posts a news item (facilitators and secretariat admins). Returns its id.
#[server(prefix = "/api", endpoint = "news/post")]
#[tracing::instrument(skip_all)]
pub async fn post_news(
    title: String,
    summary: String,
    body: String,
    language: Option<String>,
) -> Result<i32, AppError> {
    let user = require_user().await?;
    if !(user.has_role(Role::Facilitator) || user.has_role(Role::SecretariatAdmin)) {
        return Err(AppError::Forbidden);
    }
    let lang = crate::i18n::current();
    let language = language_or_page(lang, language);
    let draft = parse_news(lang, &title, &summary, &body, &language).map_err(AppError::Invalid)?;
    news_service::post_news(&db()?, &user, draft).await
}
