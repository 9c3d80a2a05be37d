//! The public catalogue: programs as cards, filtered by topic, format and date.

use super::entity::{enrolment, program, program_topic, session};
use super::rules::{EnrolmentStatus, ProgramFormat};
use super::service::{session_view, zone_of};
use super::types::*;
use crate::error::AppError;
use crate::i18n::ContentLanguage;
use crate::topics::entity as topic;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// Which programs the catalogue lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CatalogueFilter {
    pub topic: Option<String>,
    pub format: Option<ProgramFormat>,
    /// `Some(true)`: still to come or running; `Some(false)`: over; `None`: all.
    pub upcoming: Option<bool>,
    pub language: Option<ContentLanguage>,
}

pub async fn catalogue(
    db: &DatabaseConnection,
    filter: &CatalogueFilter,
    now: DateTime<Utc>,
) -> Result<Vec<ProgramCard>, AppError> {
    let programs = program::Entity::find()
        .order_by_asc(program::Column::Id)
        .all(db)
        .await?;
    let topics: HashMap<i32, topic::Model> = topic::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let mut topics_of: HashMap<i32, Vec<&topic::Model>> = HashMap::new();
    for link in program_topic::Entity::find().all(db).await? {
        if let Some(t) = topics.get(&link.topic_id) {
            topics_of.entry(link.program_id).or_default().push(t);
        }
    }
    let mut sessions_of: HashMap<i32, Vec<session::Model>> = HashMap::new();
    for s in session::Entity::find()
        .order_by_asc(session::Column::StartsAt)
        .all(db)
        .await?
    {
        sessions_of.entry(s.program_id).or_default().push(s);
    }
    let mut enrolled_in: HashMap<i32, i64> = HashMap::new();
    for e in enrolment::Entity::find()
        .filter(enrolment::Column::Status.eq(EnrolmentStatus::Enrolled))
        .all(db)
        .await?
    {
        *enrolled_in.entry(e.program_id).or_default() += 1;
    }
    let lang = crate::i18n::current();
    let mut cards = Vec::new();
    for p in programs {
        let sessions = sessions_of.remove(&p.id).unwrap_or_default();
        let program_topics = topics_of.remove(&p.id).unwrap_or_default();
        let is_past = sessions.last().is_some_and(|s| s.ends_at < now);
        if filter.upcoming.is_some_and(|upcoming| upcoming == is_past) {
            continue;
        }
        if filter.format.is_some_and(|f| f != p.format) {
            continue;
        }
        if filter.language.is_some_and(|l| l != p.language) {
            continue;
        }
        if let Some(code) = &filter.topic {
            if !program_topics.iter().any(|t| &t.code == code) {
                continue;
            }
        }
        let zone = zone_of(&p)?;
        cards.push(ProgramCard {
            id: p.id,
            title: p.title,
            format: p.format.label(lang),
            language: p.language,
            topics: program_topics.iter().map(|t| t.name.clone()).collect(),
            next_session: sessions
                .iter()
                .find(|s| s.ends_at >= now)
                .or(sessions.last())
                .map(|s| session_view(s, zone, now, lang)),
            sessions: sessions.len(),
            places_left: (i64::from(p.capacity) - enrolled_in.get(&p.id).copied().unwrap_or(0))
                .max(0),
            is_past,
        });
    }
    // Soonest first; past programs most recent first.
    cards.sort_by_key(|c| {
        let start = c.next_session.as_ref().map(|s| s.starts_at.timestamp());
        (c.is_past, if c.is_past { start.map(|t| -t) } else { start })
    });
    Ok(cards)
}

/// The languages programs are given in, for the catalogue's filter.
pub async fn languages(db: &DatabaseConnection) -> Result<Vec<ContentLanguage>, AppError> {
    let all = program::Entity::find();
    Ok(crate::i18n::languages_in(db, all, program::Column::Language).await?)
}
