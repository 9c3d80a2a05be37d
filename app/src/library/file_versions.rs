//! A product's files: adding a version under the upload quota, and serving downloads.

use super::entity::{file, product};
use super::quota::UploadQuota;
use super::service::{check_visible, find, may_upload};
use super::{quota, search, FileFormat, FileProblem};
use crate::accounts::CurrentUser;
use crate::error::AppError;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
    QuerySelect, Set,
};

/// Refuses (before anything is written) when `user` may not add files to the product.
pub async fn uploadable(
    db: &DatabaseConnection,
    id: i32,
    user: &CurrentUser,
) -> Result<product::Model, AppError> {
    let p = find(db, id).await?;
    // Someone else's unpublished product does not exist for this person (404).
    check_visible(&p, Some(user))?;
    if may_upload(&p, user) {
        Ok(p)
    } else {
        Err(AppError::Forbidden)
    }
}

/// A stored file, described for its new version.
pub struct NewFile {
    pub file_name: String,
    pub stored_as: String,
    pub format: FileFormat,
    pub size_bytes: i64,
    pub content: String,
}

/// Why a file could not be recorded.
#[derive(Debug)]
pub enum AddVersionError {
    /// The uploader's quota is used up (shown next to the file field).
    Quota(FileProblem),
    App(AppError),
}

impl From<AppError> for AddVersionError {
    fn from(e: AppError) -> Self {
        AddVersionError::App(e)
    }
}

impl From<DbErr> for AddVersionError {
    fn from(e: DbErr) -> Self {
        AddVersionError::App(e.into())
    }
}

/// Records an uploaded file as the product's next version and indexes its text, unless the
/// uploader's quota is used up. Returns the version number.
#[tracing::instrument(skip(db, user, new), fields(file = %new.file_name))]
pub async fn add_version(
    db: &DatabaseConnection,
    id: i32,
    user: &CurrentUser,
    new: NewFile,
    quota: UploadQuota,
) -> Result<i32, AddVersionError> {
    let txn = crate::db::begin_write(db).await?;
    let p = find(&txn, id).await?;
    if !may_upload(&p, user) {
        return Err(AppError::Forbidden.into());
    }
    // The uploader's row is locked (PostgreSQL; SQLite's write transaction is exclusive
    // already), so two uploads at once cannot both take the last of the quota.
    crate::accounts::entity::account::Entity::find_by_id(user.id)
        .lock_exclusive()
        .one(&txn)
        .await?;
    let now = chrono::Utc::now();
    let recent = quota::recent_uploads(&txn, user.id, now).await?;
    let size = u64::try_from(new.size_bytes).unwrap_or(0);
    quota::check(quota, recent, size).map_err(AddVersionError::Quota)?;
    let last: Option<i32> = file::Entity::find()
        .select_only()
        .column_as(file::Column::Version.max(), "v")
        .filter(file::Column::ProductId.eq(id))
        .into_tuple::<Option<i32>>()
        .one(&txn)
        .await?
        .flatten();
    let version = last.unwrap_or(0) + 1;
    file::ActiveModel {
        product_id: Set(id),
        version: Set(version),
        file_name: Set(new.file_name),
        stored_as: Set(new.stored_as),
        media_type: Set(new.format.media_type().to_owned()),
        size_bytes: Set(new.size_bytes),
        content: Set(new.content.clone()),
        downloads: Set(0),
        uploaded_by: Set(Some(user.id)),
        uploaded_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    // The latest version's text is what the search finds.
    search::index(&txn, id, p.language, &p.title, &p.summary, &new.content).await?;
    let mut active: product::ActiveModel = p.into();
    active.updated_at = Set(now);
    active.update(&txn).await?;
    txn.commit().await?;
    Ok(version)
}

/// Why a download is refused.
#[derive(Debug, PartialEq)]
pub enum DownloadRefusal {
    /// A members-only file asked for while signed out, or by an account that is not a member
    /// of the network.
    MembersOnly,
    Other(AppError),
}

impl From<AppError> for DownloadRefusal {
    fn from(e: AppError) -> Self {
        DownloadRefusal::Other(e)
    }
}

impl From<DbErr> for DownloadRefusal {
    fn from(e: DbErr) -> Self {
        DownloadRefusal::Other(e.into())
    }
}

/// The file `user` asks for: (stored as, original name, media type).
pub async fn downloadable(
    db: &DatabaseConnection,
    file_id: i32,
    user: Option<&CurrentUser>,
) -> Result<(String, String, String), DownloadRefusal> {
    let missing = || {
        DownloadRefusal::Other(AppError::NotFound(crate::t!(
            crate::i18n::current(),
            "library-no-such-file"
        )))
    };
    let (product_id, stored_as, file_name, media_type): (i32, String, String, String) =
        file::Entity::find_by_id(file_id)
            .select_only()
            .columns([
                file::Column::ProductId,
                file::Column::StoredAs,
                file::Column::FileName,
                file::Column::MediaType,
            ])
            .into_tuple()
            .one(db)
            .await?
            .ok_or_else(missing)?;
    let p = find(db, product_id).await?;
    match check_visible(&p, user) {
        Ok(()) => Ok((stored_as, file_name, media_type)),
        Err(AppError::Unauthenticated | AppError::Forbidden) => Err(DownloadRefusal::MembersOnly),
        Err(AppError::NotFound(_)) => Err(missing()),
        Err(e) => Err(e.into()),
    }
}

/// Counts one download of the file (atomically: two at once both count).
pub async fn count_download(db: &DatabaseConnection, file_id: i32) -> Result<(), DbErr> {
    use sea_orm::sea_query::{Expr, ExprTrait};
    file::Entity::update_many()
        .col_expr(
            file::Column::Downloads,
            Expr::col(file::Column::Downloads).add(1),
        )
        .filter(file::Column::Id.eq(file_id))
        .exec(db)
        .await?;
    Ok(())
}
