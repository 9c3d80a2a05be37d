//! One product's page: its files, downloads and what it is linked to.

use super::entity::product;
use super::entity::{file, product_country, product_partnership, product_program, product_topic};
use super::search::Sql;
use super::service::{access_of, check_visible, find, is_curator, kind_of, may_upload, status_of};
use super::{FileFormat, FileVersion, LinkedItem, ProductDetail, ReviewStatus, Translation};
use crate::accounts::CurrentUser;
use crate::error::AppError;
use crate::topics::entity as topic;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use std::collections::HashMap;

/// The ids and titles of these partnerships, by title. Read with SQL, as the programs' titles
/// are: partnerships build on the library (their pages list its products), so the library does
/// not reach up into their entity.
pub(super) async fn partnership_titles<C: ConnectionTrait>(
    db: &C,
    ids: &[i32],
) -> Result<Vec<(i32, String)>, AppError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(&format!(
        "SELECT id, title FROM partnership WHERE id IN ({list}) ORDER BY title"
    ));
    Ok(db
        .query_all_raw(sql.statement())
        .await?
        .iter()
        .map(|row| Ok((row.try_get("", "id")?, row.try_get("", "title")?)))
        .collect::<Result<_, sea_orm::DbErr>>()?)
}

/// The titles of these training programs (a read model: the library sits below training).
pub(super) async fn program_titles<C: ConnectionTrait>(
    db: &C,
    ids: &[i32],
) -> Result<HashMap<i32, String>, AppError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let list = ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(&format!(
        "SELECT id, title FROM training_program WHERE id IN ({list})"
    ));
    Ok(db
        .query_all_raw(sql.statement())
        .await?
        .iter()
        .map(|row| Ok((row.try_get("", "id")?, row.try_get("", "title")?)))
        .collect::<Result<_, sea_orm::DbErr>>()?)
}

/// A file version as listed: id, version, name, media type, size, downloads, upload time.
type FileRow = (
    i32,
    i32,
    String,
    String,
    i64,
    i64,
    chrono::DateTime<chrono::Utc>,
);

/// One product's page.
#[tracing::instrument(skip(db, user))]
pub async fn detail(
    db: &DatabaseConnection,
    id: i32,
    user: Option<&CurrentUser>,
) -> Result<ProductDetail, AppError> {
    let p = find(db, id).await?;
    check_visible(&p, user)?;
    let topic_ids: Vec<i32> = product_topic::Entity::find()
        .filter(product_topic::Column::ProductId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|t| t.topic_id)
        .collect();
    let topics = topic::Entity::find()
        .filter(topic::Column::Id.is_in(topic_ids))
        .order_by_asc(topic::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|t| t.name)
        .collect();
    let countries = product_country::Entity::find()
        .filter(product_country::Column::ProductId.eq(id))
        .order_by_asc(product_country::Column::Country)
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.country)
        .collect();
    // Everything but the extracted text, which can be megabytes.
    let files: Vec<FileRow> = file::Entity::find()
        .select_only()
        .columns([
            file::Column::Id,
            file::Column::Version,
            file::Column::FileName,
            file::Column::MediaType,
            file::Column::SizeBytes,
            file::Column::Downloads,
            file::Column::UploadedAt,
        ])
        .filter(file::Column::ProductId.eq(id))
        .order_by_desc(file::Column::Version)
        .into_tuple()
        .all(db)
        .await?;
    let files: Vec<FileVersion> = files
        .into_iter()
        .enumerate()
        .map(
            |(i, (id, version, file_name, media_type, size_bytes, downloads, uploaded_at))| {
                FileVersion {
                    id,
                    version,
                    file_name,
                    format: FileFormat::from_media_type(&media_type)
                        .map(|f| f.label(crate::i18n::current()))
                        .unwrap_or(media_type),
                    size_bytes,
                    downloads,
                    uploaded_at,
                    latest: i == 0,
                }
            },
        )
        .collect();
    let total_downloads = files.iter().map(|f| f.downloads).sum();
    let partnership_ids: Vec<i32> = product_partnership::Entity::find()
        .filter(product_partnership::Column::ProductId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.partnership_id)
        .collect();
    let partnerships = partnership_titles(db, &partnership_ids)
        .await?
        .into_iter()
        .map(|(id, title)| LinkedItem { id, title })
        .collect();
    let program_ids: Vec<i32> = product_program::Entity::find()
        .filter(product_program::Column::ProductId.eq(id))
        .order_by_asc(product_program::Column::ProgramId)
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.program_id)
        .collect();
    let titles = program_titles(db, &program_ids).await?;
    let programs = program_ids
        .into_iter()
        .map(|id| LinkedItem {
            id,
            title: titles.get(&id).cloned().unwrap_or_else(|| {
                crate::t!(crate::i18n::current(), "library-program-number", id = id)
            }),
        })
        .collect();
    let translations = translations(db, &p, user).await?;
    Ok(ProductDetail {
        id: p.id,
        kind: kind_of(&p),
        access: access_of(&p),
        status: status_of(&p),
        may_upload: user.is_some_and(|u| may_upload(&p, u)),
        may_review: user.is_some_and(is_curator) && status_of(&p) == ReviewStatus::Submitted,
        may_link: user.is_some_and(is_curator),
        title: p.title,
        summary: p.summary,
        authors: p.authors,
        year: p.year,
        language: p.language,
        licence: p.licence,
        review_note: p.review_note,
        topics,
        countries,
        files,
        total_downloads,
        partnerships,
        programs,
        translations,
        translation_of: p.translation_of,
    })
}

/// The product in its other languages: the original and its translations (every translation
/// points at the original), those the reader may see, by language.
async fn translations<C: ConnectionTrait>(
    db: &C,
    p: &product::Model,
    user: Option<&CurrentUser>,
) -> Result<Vec<Translation>, AppError> {
    let original = p.translation_of.unwrap_or(p.id);
    let mut found: Vec<Translation> = product::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(product::Column::Id.eq(original))
                .add(product::Column::TranslationOf.eq(original)),
        )
        .filter(product::Column::Id.ne(p.id))
        .all(db)
        .await?
        .into_iter()
        .filter(|other| check_visible(other, user).is_ok())
        .map(|other| Translation {
            id: other.id,
            title: other.title,
            language: other.language,
        })
        .collect();
    found.sort_by_key(|t| (t.language, t.id));
    Ok(found)
}
