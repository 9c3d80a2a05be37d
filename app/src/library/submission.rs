//! Adding products (published at once by a curator, otherwise submitted) and reviewing them.

use super::entity::{product, product_country, product_topic};
use super::service::{find, is_curator, kind_of, status_of};
use super::{search, PendingProduct, ProductDraft, ReviewStatus};
use crate::accounts::CurrentUser;
use crate::error::AppError;
use crate::t;
use crate::topics::entity as topic;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, Set,
};
use std::collections::HashMap;

/// Saves a new product: published at once when a curator adds it, otherwise submitted for
/// review. Returns its id.
#[tracing::instrument(skip(db, draft), fields(title = %draft.title))]
pub async fn create(
    db: &DatabaseConnection,
    user: &CurrentUser,
    mut draft: ProductDraft,
) -> Result<i32, AppError> {
    draft.translation_of = match draft.translation_of {
        Some(id) => Some(original_of(db, id, draft.language).await?),
        None => None,
    };
    let mut topic_ids = Vec::new();
    for code in &draft.topics {
        match topic::find_by_code(db, code).await? {
            Some(t) => topic_ids.push(t.id),
            None => {
                return Err(AppError::field(
                    "topics",
                    t!(crate::i18n::current(), "library-error-topics-listed"),
                ))
            }
        }
    }
    let status = if is_curator(user) {
        ReviewStatus::Published
    } else {
        ReviewStatus::Submitted
    };
    let txn = crate::db::begin_write(db).await?;
    let id = insert(&txn, &draft, &topic_ids, status, Some(user.id), false).await?;
    txn.commit().await?;
    Ok(id)
}

/// The original a new translation links to: the product chosen, or the original it
/// translates itself (so every translation points at one original). Refused, next to the
/// field, when the product is not published or is written in the draft's own language.
async fn original_of(
    db: &DatabaseConnection,
    id: i32,
    language: crate::i18n::ContentLanguage,
) -> Result<i32, AppError> {
    let refused = || {
        AppError::field(
            "translation_of",
            t!(crate::i18n::current(), "library-error-translation-of"),
        )
    };
    let chosen = product::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|p| p.status == ReviewStatus::Published && p.language != language)
        .ok_or_else(refused)?;
    match chosen.translation_of {
        None => Ok(chosen.id),
        Some(original) => {
            let original = product::Entity::find_by_id(original)
                .one(db)
                .await?
                .ok_or_else(refused)?;
            if original.language == language {
                return Err(refused());
            }
            Ok(original.id)
        }
    }
}

/// Inserts a product with its topics, countries and index row (no file yet).
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    draft: &ProductDraft,
    topic_ids: &[i32],
    status: ReviewStatus,
    submitted_by: Option<i32>,
    is_demo: bool,
) -> Result<i32, DbErr> {
    let now = chrono::Utc::now();
    let created = product::ActiveModel {
        kind: Set(draft.kind),
        title: Set(draft.title.clone()),
        summary: Set(draft.summary.clone()),
        authors: Set(draft.authors.clone()),
        year: Set(draft.year),
        language: Set(draft.language),
        licence: Set(draft.licence.clone()),
        access: Set(draft.access),
        status: Set(status),
        review_note: Set(String::new()),
        submitted_by: Set(submitted_by),
        reviewed_by: Set(None),
        is_demo: Set(is_demo),
        created_at: Set(now),
        updated_at: Set(now),
        translation_of: Set(draft.translation_of),
        ..Default::default()
    }
    .insert(db)
    .await?;
    if !topic_ids.is_empty() {
        product_topic::Entity::insert_many(topic_ids.iter().map(|t| product_topic::ActiveModel {
            product_id: Set(created.id),
            topic_id: Set(*t),
        }))
        .exec(db)
        .await?;
    }
    if !draft.countries.is_empty() {
        product_country::Entity::insert_many(draft.countries.iter().map(|c| {
            product_country::ActiveModel {
                product_id: Set(created.id),
                country: Set(c.clone()),
            }
        }))
        .exec(db)
        .await?;
    }
    search::index(
        db,
        created.id,
        draft.language,
        &draft.title,
        &draft.summary,
        "",
    )
    .await?;
    Ok(created.id)
}

/// A curator publishes or rejects a submitted product. A rejection says why.
#[tracing::instrument(skip(db, note))]
pub async fn review(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i32,
    decision: ReviewStatus,
    note: &str,
) -> Result<(), AppError> {
    if !is_curator(user) {
        return Err(AppError::Forbidden);
    }
    let lang = crate::i18n::current();
    let note = note.trim();
    if decision == ReviewStatus::Rejected && note.is_empty() {
        return Err(AppError::field(
            "note",
            t!(lang, "library-review-note-needed"),
        ));
    }
    if note.chars().count() > 2000 {
        return Err(AppError::field(
            "note",
            t!(lang, "library-review-note-long", max = 2000),
        ));
    }
    let found = find(db, id).await?;
    if status_of(&found) != ReviewStatus::Submitted {
        return Err(AppError::Conflict(t!(lang, "library-review-done")));
    }
    let mut active: product::ActiveModel = found.into();
    active.status = Set(decision);
    active.review_note = Set(note.to_owned());
    active.reviewed_by = Set(Some(user.id));
    active.updated_at = Set(chrono::Utc::now());
    active.update(db).await?;
    Ok(())
}

/// The products waiting for review, oldest first (curators only).
pub async fn pending(
    db: &DatabaseConnection,
    user: &CurrentUser,
) -> Result<Vec<PendingProduct>, AppError> {
    if !is_curator(user) {
        return Err(AppError::Forbidden);
    }
    let rows = product::Entity::find()
        .filter(product::Column::Status.eq(ReviewStatus::Submitted))
        .order_by_asc(product::Column::CreatedAt)
        .all(db)
        .await?;
    let submitters: Vec<i32> = rows.iter().filter_map(|p| p.submitted_by).collect();
    let names: HashMap<i32, String> = crate::accounts::entity::account::Entity::find()
        .filter(crate::accounts::entity::account::Column::Id.is_in(submitters))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.name))
        .collect();
    Ok(rows
        .into_iter()
        .map(|p| PendingProduct {
            id: p.id,
            kind: kind_of(&p),
            submitted_by: p
                .submitted_by
                .and_then(|id| names.get(&id).cloned())
                .unwrap_or_default(),
            title: p.title,
        })
        .collect())
}
