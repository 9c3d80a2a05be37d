//! News items: posted by the secretariat, listed newest first, read on their own page and in
//! the Atom feed.

use super::entity::news_item;
use super::markdown;
use super::types::{NewsCard, NewsDetail};
use super::workflow::NewsDraft;
use crate::accounts::CurrentUser;
use crate::error::AppError;
use crate::i18n::ContentLanguage;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

pub async fn post_news(
    db: &DatabaseConnection,
    user: &CurrentUser,
    draft: NewsDraft,
) -> Result<i32, AppError> {
    Ok(news_item::ActiveModel {
        title: Set(draft.title),
        summary: Set(draft.summary),
        body: Set(draft.body),
        published_at: Set(chrono::Utc::now()),
        author_id: Set(Some(user.id)),
        language: Set(draft.language),
        is_demo: Set(false),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id)
}

/// News, newest first, optionally in one language.
pub async fn news(
    db: &DatabaseConnection,
    language: Option<ContentLanguage>,
    limit: u64,
) -> Result<Vec<NewsCard>, AppError> {
    let mut query = news_item::Entity::find();
    if let Some(language) = language {
        query = query.filter(news_item::Column::Language.eq(language));
    }
    Ok(query
        .order_by_desc(news_item::Column::PublishedAt)
        .order_by_desc(news_item::Column::Id)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(|n| NewsCard {
            id: n.id,
            title: n.title,
            summary: n.summary,
            published_at: n.published_at,
            language: n.language,
        })
        .collect())
}

/// The languages news items are written in, for the filter.
pub async fn news_languages(db: &DatabaseConnection) -> Result<Vec<ContentLanguage>, AppError> {
    let all = news_item::Entity::find();
    Ok(crate::i18n::languages_in(db, all, news_item::Column::Language).await?)
}

pub async fn news_detail(
    db: &DatabaseConnection,
    id: i32,
    base_url: &str,
) -> Result<NewsDetail, AppError> {
    let n = news_item::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| {
            AppError::NotFound(crate::t!(crate::i18n::current(), "stories-news-not-found"))
        })?;
    Ok(NewsDetail {
        id: n.id,
        body_html: markdown::render(&n.body),
        title: n.title,
        summary: n.summary,
        published_at: n.published_at,
        language: n.language,
        url: format!("{base_url}/news/{}", n.id),
    })
}
