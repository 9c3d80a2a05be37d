//! Story and news server functions. Each checks who is calling, parses its fields, and calls
//! one service function.

use super::types::*;
use super::StoryStatus;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::service,
    super::workflow::{check_comment, parse_news, parse_story, StoryForm, StoryStep},
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

/// Published stories, newest first, filtered by topic code and country.
#[server(prefix = "/api", endpoint = "stories/list")]
pub async fn list_stories(topic: String, country: String) -> Result<Vec<StoryCard>, AppError> {
    let topic = topic.trim();
    let country = country.trim();
    service::published(
        &db()?,
        (!topic.is_empty()).then_some(topic),
        (!country.is_empty()).then_some(country),
        200,
    )
    .await
}

#[server(prefix = "/api", endpoint = "stories/countries")]
pub async fn story_countries() -> Result<Vec<String>, AppError> {
    service::story_countries(&db()?).await
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
#[server(prefix = "/api", endpoint = "stories/create")]
#[tracing::instrument(skip_all)]
pub async fn create_story(
    title: String,
    summary: String,
    body: String,
    partnership_id: String,
    countries: String,
    topics: Option<Vec<String>>,
) -> Result<i32, AppError> {
    let user = require_user().await?;
    let draft = parse_story(&StoryForm {
        title,
        summary,
        body,
        partnership_id,
        countries,
        topics: topics.unwrap_or_default(),
    })
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
    let step = StoryStep::parse(step.trim())
        .ok_or_else(|| AppError::BadRequest("The step is submit, publish or return.".to_owned()))?;
    if step.needs_reviewer()
        && !(user.has_role(Role::Facilitator) || user.has_role(Role::SecretariatAdmin))
    {
        return Err(AppError::Forbidden);
    }
    let comment = check_comment(step, &comment).map_err(AppError::Invalid)?;
    service::take_step(&db()?, &user, id, step, comment).await
}

#[server(prefix = "/api", endpoint = "news/list")]
pub async fn list_news() -> Result<Vec<NewsCard>, AppError> {
    service::news(&db()?, 100).await
}

#[server(prefix = "/api", endpoint = "news/item")]
pub async fn fetch_news(id: i32) -> Result<NewsDetail, AppError> {
    service::news_detail(&db()?, id, &base_url()?).await
}

/// Posts a news item (facilitators and secretariat admins). Returns its id.
#[server(prefix = "/api", endpoint = "news/post")]
#[tracing::instrument(skip_all)]
pub async fn post_news(title: String, summary: String, body: String) -> Result<i32, AppError> {
    let user = require_user().await?;
    if !(user.has_role(Role::Facilitator) || user.has_role(Role::SecretariatAdmin)) {
        return Err(AppError::Forbidden);
    }
    let draft = parse_news(&title, &summary, &body).map_err(AppError::Invalid)?;
    service::post_news(&db()?, &user, draft).await
}
