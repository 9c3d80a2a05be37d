//! Story and news queries. Every change runs in one transaction, so a refused story leaves
//! nothing behind.

use super::entity::{story, story_country, story_topic};
use super::markdown;
use super::types::*;
use super::workflow::{
    next_status, translation_target, Original, StoryDraft, StoryStatus, StoryStep,
};
use crate::accounts::entity::account;
use crate::accounts::{CurrentUser, Role};
use crate::error::AppError;
use crate::i18n::{ContentLanguage, Lang};
use crate::topics::entity as topic;
use crate::wops::entity::partnership;
use crate::wops::progress_towards_target;
use crate::wops::service::outcomes_of;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;

fn is_reviewer(user: &CurrentUser) -> bool {
    user.has_role(Role::SecretariatAdmin) || user.has_role(Role::Facilitator)
}

/// Whether `user` may write about `p`: an admin of one of its partners, or a reviewer.
pub fn may_author(user: &CurrentUser, p: &partnership::Model) -> bool {
    is_reviewer(user)
        || user.admin_of.contains(&p.mentor_id)
        || user.admin_of.contains(&p.recipient_id)
}

async fn find_story<C: ConnectionTrait>(
    db: &C,
    id: i32,
    lang: Lang,
) -> Result<story::Model, AppError> {
    story::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(crate::t!(lang, "stories-not-found")))
}

/// Whether `user` may see and submit this story while it is not published: its author, the
/// admins of its partnership's partners, and reviewers.
async fn may_work_on<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    s: &story::Model,
) -> Result<bool, AppError> {
    if is_reviewer(user) || s.author_id == Some(user.id) {
        return Ok(true);
    }
    Ok(match s.partnership_id {
        Some(pid) => partnership::Entity::find_by_id(pid)
            .one(db)
            .await?
            .is_some_and(|p| may_author(user, &p)),
        None => false,
    })
}

async fn topic_ids<C: ConnectionTrait>(db: &C, codes: &[String]) -> Result<Vec<i32>, AppError> {
    if codes.is_empty() {
        return Ok(Vec::new());
    }
    let found = topic::Entity::find()
        .filter(topic::Column::Code.is_in(codes.iter().cloned()))
        .all(db)
        .await?;
    if found.len() != codes.len() {
        return Err(AppError::field(
            "topics",
            crate::t!(crate::i18n::current(), "stories-topics-unknown"),
        ));
    }
    Ok(found.into_iter().map(|t| t.id).collect())
}

/// Stores a new draft; returns its id.
#[tracing::instrument(skip_all, fields(user = user.id))]
pub async fn create(
    db: &DatabaseConnection,
    user: &CurrentUser,
    draft: StoryDraft,
) -> Result<i32, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let p = partnership::Entity::find_by_id(draft.partnership_id)
        .one(&txn)
        .await?
        .ok_or_else(|| {
            AppError::field(
                "partnership_id",
                crate::t!(crate::i18n::current(), "stories-partnership-not-found"),
            )
        })?;
    if !may_author(user, &p) {
        return Err(AppError::Forbidden);
    }
    let topics = topic_ids(&txn, &draft.topics).await?;
    let translation_of = match draft.translation_of {
        Some(chosen) => Some(original_for(&txn, None, draft.language, chosen).await?),
        None => None,
    };
    let now = chrono::Utc::now();
    let created = story::ActiveModel {
        title: Set(draft.title),
        summary: Set(draft.summary),
        body: Set(draft.body),
        partnership_id: Set(Some(p.id)),
        status: Set(StoryStatus::Draft),
        review_comment: Set(String::new()),
        author_id: Set(Some(user.id)),
        published_at: Set(None),
        language: Set(draft.language),
        translation_of: Set(translation_of),
        is_demo: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    link_story(&txn, created.id, &topics, &draft.countries).await?;
    txn.commit().await?;
    Ok(created.id)
}

/// What the rules need to know of a stored story to link a translation to it.
async fn original<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<Original>, AppError> {
    Ok(story::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|s| Original {
            id: s.id,
            language: s.language,
            translation_of: s.translation_of,
            published: s.status == StoryStatus::Published,
        }))
}

/// The original a story in `language` (stored as `own_id`, if it is) may be a translation of,
/// given the story chosen in the form: that story, or its own original.
pub async fn original_for<C: ConnectionTrait>(
    db: &C,
    own_id: Option<i32>,
    language: ContentLanguage,
    chosen: i32,
) -> Result<i32, AppError> {
    let chosen = original(db, chosen).await?;
    let root = match chosen.and_then(|c| c.translation_of) {
        Some(root) => original(db, root).await?,
        None => None,
    };
    translation_target(crate::i18n::current(), own_id, language, chosen, root)
        .map_err(|message| AppError::field("translation_of", message))
}

pub async fn link_story<C: ConnectionTrait>(
    db: &C,
    story_id: i32,
    topics: &[i32],
    countries: &[String],
) -> Result<(), AppError> {
    for topic_id in topics {
        story_topic::ActiveModel {
            story_id: Set(story_id),
            topic_id: Set(*topic_id),
        }
        .insert(db)
        .await?;
    }
    for country in countries {
        story_country::ActiveModel {
            story_id: Set(story_id),
            country: Set(country.clone()),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// The story, if `user` may still change it: its authors and reviewers, before publication.
/// Refusals are in `lang`: the picture upload, a plain axum handler, has no page context.
pub async fn editable(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i32,
    lang: Lang,
) -> Result<story::Model, AppError> {
    let s = find_story(db, id, lang).await?;
    if !may_work_on(db, user, &s).await? {
        return Err(AppError::Forbidden);
    }
    if s.status == StoryStatus::Published {
        return Err(AppError::Conflict(crate::t!(
            lang,
            "stories-published-cannot-change"
        )));
    }
    Ok(s)
}

/// Takes one workflow step; returns the new status.
#[tracing::instrument(skip_all, fields(user = user.id, story = id))]
pub async fn take_step(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i32,
    step: StoryStep,
    comment: String,
) -> Result<StoryStatus, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let s = find_story(&txn, id, crate::i18n::current()).await?;
    let allowed = if step.needs_reviewer() {
        is_reviewer(user)
    } else {
        may_work_on(&txn, user, &s).await?
    };
    if !allowed {
        return Err(AppError::Forbidden);
    }
    let from = s.status;
    let to = next_status(crate::i18n::current(), from, step).map_err(AppError::Conflict)?;
    let now = chrono::Utc::now();
    // Only if nobody moved it meanwhile: two reviewers at once cannot both act on it.
    let updated = story::Entity::update_many()
        .col_expr(story::Column::Status, to.into())
        .col_expr(
            story::Column::PublishedAt,
            match to {
                StoryStatus::Published => Some(now).into(),
                _ => Option::<chrono::DateTime<chrono::Utc>>::None.into(),
            },
        )
        .col_expr(
            story::Column::ReviewComment,
            match step {
                StoryStep::Return => comment.into(),
                _ => String::new().into(),
            },
        )
        .col_expr(story::Column::UpdatedAt, now.into())
        .filter(story::Column::Id.eq(id))
        .filter(story::Column::Status.eq(from))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(AppError::Conflict(crate::t!(
            crate::i18n::current(),
            "stories-changed-meanwhile"
        )));
    }
    txn.commit().await?;
    Ok(to)
}

async fn topics_and_countries<C: ConnectionTrait>(
    db: &C,
    ids: &[i32],
) -> Result<(HashMap<i32, Vec<String>>, HashMap<i32, Vec<String>>), AppError> {
    let names: HashMap<i32, String> = topic::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect();
    let mut topics: HashMap<i32, Vec<String>> = HashMap::new();
    for row in story_topic::Entity::find()
        .filter(story_topic::Column::StoryId.is_in(ids.iter().copied()))
        .all(db)
        .await?
    {
        if let Some(name) = names.get(&row.topic_id) {
            topics.entry(row.story_id).or_default().push(name.clone());
        }
    }
    let mut countries: HashMap<i32, Vec<String>> = HashMap::new();
    for row in story_country::Entity::find()
        .filter(story_country::Column::StoryId.is_in(ids.iter().copied()))
        .order_by_asc(story_country::Column::Country)
        .all(db)
        .await?
    {
        countries.entry(row.story_id).or_default().push(row.country);
    }
    Ok((topics, countries))
}

/// Published stories, newest first, optionally on one topic (code) and in one country.
pub async fn published(
    db: &DatabaseConnection,
    topic_code: Option<&str>,
    country: Option<&str>,
    language: Option<ContentLanguage>,
    limit: u64,
) -> Result<Vec<StoryCard>, AppError> {
    let mut query = story::Entity::find()
        .filter(story::Column::Status.eq(StoryStatus::Published))
        .order_by_desc(story::Column::PublishedAt)
        .order_by_desc(story::Column::Id)
        .limit(limit);
    if let Some(code) = topic_code {
        let Some(t) = topic::Entity::find()
            .filter(topic::Column::Code.eq(code))
            .one(db)
            .await?
        else {
            return Ok(Vec::new());
        };
        let ids: Vec<i32> = story_topic::Entity::find()
            .filter(story_topic::Column::TopicId.eq(t.id))
            .all(db)
            .await?
            .into_iter()
            .map(|r| r.story_id)
            .collect();
        query = query.filter(story::Column::Id.is_in(ids));
    }
    if let Some(country) = country {
        let ids: Vec<i32> = story_country::Entity::find()
            .filter(story_country::Column::Country.eq(country))
            .all(db)
            .await?
            .into_iter()
            .map(|r| r.story_id)
            .collect();
        query = query.filter(story::Column::Id.is_in(ids));
    }
    if let Some(language) = language {
        query = query.filter(story::Column::Language.eq(language));
    }
    let rows = query.all(db).await?;
    let ids: Vec<i32> = rows.iter().map(|s| s.id).collect();
    let (mut topics, mut countries) = topics_and_countries(db, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|s| StoryCard {
            id: s.id,
            title: s.title,
            summary: s.summary,
            published_at: s.published_at,
            language: s.language,
            countries: countries.remove(&s.id).unwrap_or_default(),
            topics: topics.remove(&s.id).unwrap_or_default(),
        })
        .collect())
}

/// The languages published stories are written in, for the filter.
pub async fn story_languages(db: &DatabaseConnection) -> Result<Vec<ContentLanguage>, AppError> {
    let published = story::Entity::find().filter(story::Column::Status.eq(StoryStatus::Published));
    Ok(crate::i18n::languages_in(db, published, story::Column::Language).await?)
}

/// Published stories a new story may translate, by title: originals and translations alike
/// (a translation of a translation is linked to the original).
pub async fn translatable(db: &DatabaseConnection) -> Result<Vec<StoryChoice>, AppError> {
    Ok(story::Entity::find()
        .filter(story::Column::Status.eq(StoryStatus::Published))
        .order_by_asc(story::Column::Title)
        .limit(500)
        .all(db)
        .await?
        .into_iter()
        .map(|s| StoryChoice {
            id: s.id,
            title: s.title,
            language: s.language,
        })
        .collect())
}

/// The story in its other languages: its original and every published translation of that
/// original, the story itself left out, by language.
async fn translations_of(
    db: &DatabaseConnection,
    s: &story::Model,
) -> Result<Vec<StoryChoice>, AppError> {
    let root = s.translation_of.unwrap_or(s.id);
    let mut found: Vec<StoryChoice> = story::Entity::find()
        .filter(story::Column::Status.eq(StoryStatus::Published))
        .filter(
            sea_orm::Condition::any()
                .add(story::Column::Id.eq(root))
                .add(story::Column::TranslationOf.eq(root)),
        )
        .filter(story::Column::Id.ne(s.id))
        .all(db)
        .await?
        .into_iter()
        .map(|t| StoryChoice {
            id: t.id,
            title: t.title,
            language: t.language,
        })
        .collect();
    found.sort_by_key(|t| (t.language, t.id));
    Ok(found)
}

/// The countries published stories are about, for the filter.
pub async fn story_countries(db: &DatabaseConnection) -> Result<Vec<String>, AppError> {
    let published: Vec<i32> = story::Entity::find()
        .filter(story::Column::Status.eq(StoryStatus::Published))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    let mut all: Vec<String> = story_country::Entity::find()
        .filter(story_country::Column::StoryId.is_in(published))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.country)
        .collect();
    all.sort();
    all.dedup();
    Ok(all)
}

/// The partnership's public outcomes, as the story shows them.
pub async fn figures<C: ConnectionTrait>(
    db: &C,
    partnership_id: i32,
) -> Result<Vec<Figure>, AppError> {
    // The reader's language: the story page shows these figures.
    let lang = crate::i18n::current();
    Ok(outcomes_of(db, partnership_id)
        .await?
        .into_iter()
        .filter(|o| o.is_public)
        .map(|o| {
            let latest = o.latest().map(|v| (v.value, v.measured_on));
            Figure {
                label: o.kpi.name(lang),
                baseline: o.kpi.display(o.baseline_value, lang),
                baseline_date: o.baseline_date,
                target: o.kpi.display(o.target_value, lang),
                target_date: o.target_date,
                achieved: latest.map(|(v, d)| (o.kpi.display(v, lang), d)),
                progress_percent: latest
                    .and_then(|(v, _)| progress_towards_target(o.baseline_value, o.target_value, v))
                    .map(|share| (share * 100.0).round() as i64),
            }
        })
        .collect())
}

/// One story as `viewer` may see it. Unpublished stories answer 404 to everyone else, as if
/// they did not exist.
pub async fn detail(
    db: &DatabaseConnection,
    id: i32,
    viewer: Option<&CurrentUser>,
    base_url: &str,
) -> Result<StoryDetail, AppError> {
    let s = find_story(db, id, crate::i18n::current()).await?;
    let status = s.status;
    let works_on = match viewer {
        Some(user) => may_work_on(db, user, &s).await?,
        None => false,
    };
    if status != StoryStatus::Published && !works_on {
        return Err(AppError::NotFound(crate::t!(
            crate::i18n::current(),
            "stories-not-found"
        )));
    }
    let (mut topics, mut countries) = topics_and_countries(db, &[s.id]).await?;
    let partnership = match s.partnership_id {
        Some(pid) => partnership::Entity::find_by_id(pid).one(db).await?,
        None => None,
    };
    let figures = match &partnership {
        Some(p) => figures(db, p.id).await?,
        None => Vec::new(),
    };
    let author = match s.author_id {
        Some(aid) => account::Entity::find_by_id(aid)
            .one(db)
            .await?
            .map(|a| a.name)
            .unwrap_or_default(),
        None => String::new(),
    };
    let reviewer = viewer.is_some_and(is_reviewer);
    let translations = translations_of(db, &s).await?;
    let image = match (s.image_file.as_deref(), s.image_width, s.image_height) {
        (Some(file), Some(width), Some(height)) => Some(StoryImage {
            url: format!(
                "/stories/images/{}",
                file.rsplit('/').next().unwrap_or(file)
            ),
            width,
            height,
        }),
        _ => None,
    };
    Ok(StoryDetail {
        image,
        may_edit: works_on && status != StoryStatus::Published,
        id: s.id,
        language: s.language,
        translations,
        body_html: markdown::render(&s.body),
        title: s.title,
        summary: s.summary,
        status,
        review_comment: if works_on {
            s.review_comment
        } else {
            String::new()
        },
        published_at: s.published_at,
        countries: countries.remove(&s.id).unwrap_or_default(),
        topics: topics.remove(&s.id).unwrap_or_default(),
        partnership: partnership.map(|p| (p.id, p.title)),
        figures,
        author,
        url: format!("{base_url}/stories/{}", s.id),
        may_submit: works_on && status == StoryStatus::Draft,
        may_review: reviewer && status != StoryStatus::Draft,
    })
}

/// What `user` is working on: their drafts, and for reviewers every story in review.
pub async fn in_progress(
    db: &DatabaseConnection,
    user: &CurrentUser,
) -> Result<Vec<StoryInProgress>, AppError> {
    let mut condition = sea_orm::Condition::any().add(
        sea_orm::Condition::all()
            .add(story::Column::AuthorId.eq(user.id))
            .add(story::Column::Status.ne(StoryStatus::Published)),
    );
    if is_reviewer(user) {
        condition = condition.add(story::Column::Status.eq(StoryStatus::InReview));
    }
    Ok(story::Entity::find()
        .filter(condition)
        .order_by_desc(story::Column::UpdatedAt)
        .limit(50)
        .all(db)
        .await?
        .into_iter()
        .map(|s| StoryInProgress {
            id: s.id,
            title: s.title,
            status: s.status,
        })
        .collect())
}

/// The partnerships `user` may write about.
pub async fn partnerships_for(
    db: &DatabaseConnection,
    user: &CurrentUser,
) -> Result<Vec<PartnershipChoice>, AppError> {
    let mut query = partnership::Entity::find().order_by_asc(partnership::Column::Title);
    if !is_reviewer(user) {
        query = query.filter(
            sea_orm::Condition::any()
                .add(partnership::Column::MentorId.is_in(user.admin_of.clone()))
                .add(partnership::Column::RecipientId.is_in(user.admin_of.clone())),
        );
    }
    Ok(query
        .limit(500)
        .all(db)
        .await?
        .into_iter()
        .map(|p| PartnershipChoice {
            id: p.id,
            title: p.title,
        })
        .collect())
}
