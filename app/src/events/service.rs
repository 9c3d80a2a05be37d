//! Event queries.

use super::entity::{sector_event, sector_event_topic};
use super::rules::EventDraft;
use super::types::EventView;
use crate::accounts::CurrentUser;
use crate::error::AppError;
use crate::i18n::ContentLanguage;
use crate::topics::entity as topic;
use chrono::NaiveDate;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;

/// Which events to list.
#[derive(Debug, Clone, Copy)]
pub enum Window {
    /// Not yet over on `today`, soonest first.
    Upcoming(NaiveDate),
    /// Over before `today`, latest first.
    Past(NaiveDate),
    /// On any day from the first to the last date, by start.
    Between(NaiveDate, NaiveDate),
}

pub async fn create(
    db: &DatabaseConnection,
    user: &CurrentUser,
    draft: EventDraft,
) -> Result<i32, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let topics = if draft.topics.is_empty() {
        Vec::new()
    } else {
        topic::Entity::find()
            .filter(topic::Column::Code.is_in(draft.topics.iter().cloned()))
            .all(&txn)
            .await?
    };
    if topics.len() != draft.topics.len() {
        return Err(AppError::field(
            "topics",
            crate::t!(crate::i18n::current(), "events-topics-unknown"),
        ));
    }
    let id = insert(&txn, &draft, Some(user.id), false).await?;
    for t in topics {
        sector_event_topic::ActiveModel {
            event_id: Set(id),
            topic_id: Set(t.id),
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(id)
}

pub async fn insert<C: ConnectionTrait>(
    db: &C,
    draft: &EventDraft,
    created_by: Option<i32>,
    is_demo: bool,
) -> Result<i32, AppError> {
    Ok(sector_event::ActiveModel {
        title: Set(draft.title.clone()),
        description: Set(draft.description.clone()),
        starts_on: Set(draft.starts_on),
        ends_on: Set(draft.ends_on),
        place: Set(draft.place.clone()),
        online: Set(draft.online),
        organizer: Set(draft.organizer.clone()),
        link: Set(draft.link.clone()),
        scope: Set(draft.scope),
        own: Set(draft.own),
        language: Set(draft.language),
        created_by: Set(created_by),
        is_demo: Set(is_demo),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id)
}

async fn views(
    db: &DatabaseConnection,
    rows: Vec<sector_event::Model>,
) -> Result<Vec<EventView>, AppError> {
    let ids: Vec<i32> = rows.iter().map(|e| e.id).collect();
    let names: HashMap<i32, String> = topic::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect();
    let mut topics: HashMap<i32, Vec<String>> = HashMap::new();
    for row in sector_event_topic::Entity::find()
        .filter(sector_event_topic::Column::EventId.is_in(ids))
        .all(db)
        .await?
    {
        if let Some(name) = names.get(&row.topic_id) {
            topics.entry(row.event_id).or_default().push(name.clone());
        }
    }
    Ok(rows
        .into_iter()
        .map(|e| EventView {
            id: e.id,
            topics: topics.remove(&e.id).unwrap_or_default(),
            title: e.title,
            description: e.description,
            starts_on: e.starts_on,
            ends_on: e.ends_on,
            place: e.place,
            online: e.online,
            organizer: e.organizer,
            link: e.link,
            scope: e.scope,
            own: e.own,
            language: e.language,
        })
        .collect())
}

/// The events in `window`, in one language when one is given.
pub async fn list(
    db: &DatabaseConnection,
    window: Window,
    language: Option<ContentLanguage>,
) -> Result<Vec<EventView>, AppError> {
    use sector_event::Column as C;
    let mut query = match window {
        Window::Upcoming(today) => sector_event::Entity::find()
            .filter(C::EndsOn.gte(today))
            .order_by_asc(C::StartsOn),
        Window::Past(today) => sector_event::Entity::find()
            .filter(C::EndsOn.lt(today))
            .order_by_desc(C::StartsOn),
        Window::Between(first, last) => sector_event::Entity::find()
            .filter(C::StartsOn.lte(last))
            .filter(C::EndsOn.gte(first))
            .order_by_asc(C::StartsOn),
    };
    if let Some(language) = language {
        query = query.filter(C::Language.eq(language));
    }
    let rows = query.order_by_asc(C::Id).limit(500).all(db).await?;
    views(db, rows).await
}

/// The languages events are announced in, for the filter.
pub async fn languages(db: &DatabaseConnection) -> Result<Vec<ContentLanguage>, AppError> {
    let all = sector_event::Entity::find();
    Ok(crate::i18n::languages_in(db, all, sector_event::Column::Language).await?)
}

pub async fn one(db: &DatabaseConnection, id: i32) -> Result<EventView, AppError> {
    let row = sector_event::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(crate::t!(crate::i18n::current(), "events-not-found")))?;
    views(db, vec![row]).await?.pop().ok_or(AppError::Internal)
}
