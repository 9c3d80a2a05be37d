//! The library's queries and changes. Who may see and do what is decided here, for every
//! caller: published public products are for everyone, members-only ones for members of the
//! network ([`CurrentUser::is_network_member`]: any account from open sign-up is not one),
//! unpublished ones for their submitter and the curators (secretariat admins and
//! facilitators), who also publish, review and link products.

use super::entity::{
    file, product, product_country, product_partnership, product_program, product_topic,
};
use super::query::{tokenize, too_many_terms, LibraryFilter, Marked, MAX_TERMS, PAGE_SIZE};
use super::quota::{self, UploadQuota};
use super::search::{self, Sql};
use super::{
    Access, FacetValue, Facets, FileFormat, FileProblem, FileVersion, LinkedItem, PendingProduct,
    PopularProduct, ProductDetail, ProductDraft, ProductKind, ProductLink, ReviewStatus, SearchHit,
    SearchResults,
};
use crate::accounts::{CurrentUser, Role};
use crate::error::AppError;
use crate::topics::entity as topic;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;

/// Secretariat admins and facilitators: they publish, review and link products.
pub fn is_curator(user: &CurrentUser) -> bool {
    user.has_role(Role::SecretariatAdmin) || user.has_role(Role::Facilitator)
}

fn not_found() -> AppError {
    AppError::NotFound("There is no knowledge product with this number.".to_owned())
}

fn kind_of(m: &product::Model) -> ProductKind {
    m.kind
}

fn access_of(m: &product::Model) -> Access {
    m.access
}

fn status_of(m: &product::Model) -> ReviewStatus {
    m.status
}

/// Whether `user` sees members-only products: members of the network, not any account.
pub fn sees_members_only(user: Option<&CurrentUser>) -> bool {
    crate::accounts::is_network_member(user)
}

/// Whether `user` may see the product's page at all. An unpublished product is hidden as if
/// it did not exist (404); a members-only one asks visitors to sign in (401) and refuses
/// accounts that are not members of the network (403). Its submitter always sees it.
fn check_visible(m: &product::Model, user: Option<&CurrentUser>) -> Result<(), AppError> {
    let own = user.is_some_and(|u| is_curator(u) || m.submitted_by == Some(u.id));
    if status_of(m) != ReviewStatus::Published && !own {
        return Err(not_found());
    }
    if access_of(m) == Access::Members && !own && !sees_members_only(user) {
        return Err(match user {
            None => AppError::Unauthenticated,
            Some(_) => AppError::Forbidden,
        });
    }
    Ok(())
}

/// Curators always; the submitter while the product waits for review.
fn may_upload(m: &product::Model, user: &CurrentUser) -> bool {
    is_curator(user) || (m.submitted_by == Some(user.id) && status_of(m) == ReviewStatus::Submitted)
}

pub async fn find<C: ConnectionTrait>(db: &C, id: i32) -> Result<product::Model, AppError> {
    product::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(not_found)
}

/// Saves a new product: published at once when a curator adds it, otherwise submitted for
/// review. Returns its id.
#[tracing::instrument(skip(db, draft), fields(title = %draft.title))]
pub async fn create(
    db: &DatabaseConnection,
    user: &CurrentUser,
    draft: ProductDraft,
) -> Result<i32, AppError> {
    let mut topic_ids = Vec::new();
    for code in &draft.topics {
        match topic::find_by_code(db, code).await? {
            Some(t) => topic_ids.push(t.id),
            None => return Err(AppError::field("topics", "Choose topics from the list.")),
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
        language: Set(draft.language.clone()),
        licence: Set(draft.licence.clone()),
        access: Set(draft.access),
        status: Set(status),
        review_note: Set(String::new()),
        submitted_by: Set(submitted_by),
        reviewed_by: Set(None),
        is_demo: Set(is_demo),
        created_at: Set(now),
        updated_at: Set(now),
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
    search::index(db, created.id, &draft.title, &draft.summary, "").await?;
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
    let note = note.trim();
    if decision == ReviewStatus::Rejected && note.is_empty() {
        return Err(AppError::field(
            "note",
            "Tell the submitter why the product is not accepted.",
        ));
    }
    if note.chars().count() > 2000 {
        return Err(AppError::field(
            "note",
            "Keep the note under 2000 characters.",
        ));
    }
    let found = find(db, id).await?;
    if status_of(&found) != ReviewStatus::Submitted {
        return Err(AppError::Conflict(
            "This product has already been reviewed.".to_owned(),
        ));
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

/// Searches the published products `user` may see.
#[tracing::instrument(skip(db, user))]
pub async fn search_products(
    db: &DatabaseConnection,
    filter: &LibraryFilter,
    user: Option<&CurrentUser>,
) -> Result<SearchResults, AppError> {
    let terms: Vec<String> = tokenize(&filter.q).into_iter().take(MAX_TERMS).collect();
    let message = if filter.q.trim().is_empty() {
        Some("Type a few words to search titles, summaries and the text of the documents. Meanwhile, here is the whole library.".to_owned())
    } else if terms.is_empty() {
        Some("Your search has no words to look for (only punctuation or symbols), so the whole library is shown.".to_owned())
    } else if too_many_terms(&filter.q) {
        Some(format!(
            "Only the first {MAX_TERMS} words were searched for: {}.",
            terms.join(", ")
        ))
    } else {
        None
    };
    let found = search::find(db, filter, &terms, sees_members_only(user), PAGE_SIZE).await?;
    let marks = search::marks(db, &terms, &found.ids).await?;
    let rows: HashMap<i32, product::Model> = product::Entity::find()
        .filter(product::Column::Id.is_in(found.ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let downloads = downloads_of(db, &found.ids).await?;
    let hits = found
        .ids
        .iter()
        .filter_map(|id| rows.get(id))
        .map(|p| {
            let (title, snippet) = marks
                .get(&p.id)
                .cloned()
                .unwrap_or_else(|| (Marked::plain(p.title.clone()), Marked::default()));
            let snippet = if snippet.is_empty() {
                Marked::plain(shorten(&p.summary, 240))
            } else {
                snippet
            };
            SearchHit {
                id: p.id,
                kind: kind_of(p),
                title,
                snippet,
                year: p.year,
                language: p.language.clone(),
                access: access_of(p),
                downloads: downloads.get(&p.id).copied().unwrap_or(0),
            }
        })
        .collect();
    let topic_names: HashMap<String, String> = topic::list(db)
        .await?
        .into_iter()
        .map(|t| (t.code, t.name))
        .collect();
    let mut facets = Facets::default();
    for (facet, value, count) in found.facets {
        let label = match facet.as_str() {
            "kind" => ProductKind::from_code(&value)
                .map(|k| k.label().to_owned())
                .unwrap_or_else(|| value.clone()),
            "topic" => topic_names
                .get(&value)
                .cloned()
                .unwrap_or_else(|| value.clone()),
            _ => value.clone(),
        };
        let entry = FacetValue {
            value,
            label,
            count,
        };
        match facet.as_str() {
            "kind" => facets.kinds.push(entry),
            "topic" => facets.topics.push(entry),
            "country" => facets.countries.push(entry),
            "year" => facets.years.push(entry),
            _ => facets.languages.push(entry),
        }
    }
    let by_count =
        |a: &FacetValue, b: &FacetValue| b.count.cmp(&a.count).then(a.label.cmp(&b.label));
    facets.kinds.sort_by(by_count);
    facets.topics.sort_by(by_count);
    facets.countries.sort_by(by_count);
    facets.languages.sort_by(by_count);
    facets.years.sort_by(|a, b| b.value.cmp(&a.value));
    let pages = u32::try_from((found.total + i64::from(PAGE_SIZE) - 1) / i64::from(PAGE_SIZE))
        .unwrap_or(u32::MAX);
    Ok(SearchResults {
        message,
        terms,
        total: found.total,
        page: filter.page,
        pages,
        hits,
        facets,
    })
}

fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max_chars).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max_chars / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end())
}

/// Downloads of all versions, per product.
async fn downloads_of<C: ConnectionTrait>(db: &C, ids: &[i32]) -> Result<HashMap<i32, i64>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let list = ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
    let mut sql = Sql::new(db.get_database_backend());
    // CAST: PostgreSQL sums bigints into numeric.
    sql.push(&format!(
        "SELECT product_id, CAST(SUM(downloads) AS BIGINT) AS n FROM knowledge_file \
         WHERE product_id IN ({list}) GROUP BY product_id"
    ));
    let mut out = HashMap::new();
    for row in db.query_all_raw(sql.statement()).await? {
        out.insert(
            row.try_get::<i32>("", "product_id")?,
            row.try_get::<i64>("", "n")?,
        );
    }
    Ok(out)
}

/// The most downloaded published products: members-only ones too when `members` (see
/// [`sees_members_only`]).
pub async fn most_downloaded(
    db: &DatabaseConnection,
    members: bool,
    limit: u32,
) -> Result<Vec<PopularProduct>, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    let access = if members {
        ""
    } else {
        " AND p.access = 'public'"
    };
    sql.push(&format!(
        "SELECT p.id, p.title, p.kind, CAST(SUM(f.downloads) AS BIGINT) AS n \
         FROM knowledge_product p JOIN knowledge_file f ON f.product_id = p.id \
         WHERE p.status = 'published'{access} \
         GROUP BY p.id, p.title, p.kind HAVING SUM(f.downloads) > 0 \
         ORDER BY n DESC, p.title LIMIT {limit}"
    ));
    let mut out = Vec::new();
    for row in db.query_all_raw(sql.statement()).await? {
        let kind: ProductKind = row.try_get("", "kind")?;
        out.push(PopularProduct {
            id: row.try_get("", "id")?,
            title: row.try_get("", "title")?,
            kind,
            downloads: row.try_get("", "n")?,
        });
    }
    Ok(out)
}

/// The titles of these training programs. The programs' table comes from the training
/// migration: until it exists (or if the query fails) no titles are known, and the page shows
/// the links by number.
async fn program_titles<C: ConnectionTrait>(db: &C, ids: &[i32]) -> HashMap<i32, String> {
    if ids.is_empty() {
        return HashMap::new();
    }
    let list = ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(&format!(
        "SELECT id, title FROM training_program WHERE id IN ({list})"
    ));
    match db.query_all_raw(sql.statement()).await {
        Ok(rows) => rows
            .iter()
            .filter_map(|row| {
                Some((
                    row.try_get::<i32>("", "id").ok()?,
                    row.try_get::<String>("", "title").ok()?,
                ))
            })
            .collect(),
        Err(e) => {
            tracing::debug!(error = %e, "training program titles unavailable");
            HashMap::new()
        }
    }
}

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
    let files: Vec<(
        i32,
        i32,
        String,
        String,
        i64,
        i64,
        chrono::DateTime<chrono::Utc>,
    )> = file::Entity::find()
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
                        .map(|f| f.label().to_owned())
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
    let partnerships = crate::wops::entity::partnership::Entity::find()
        .filter(crate::wops::entity::partnership::Column::Id.is_in(partnership_ids))
        .order_by_asc(crate::wops::entity::partnership::Column::Title)
        .all(db)
        .await?
        .into_iter()
        .map(|p| LinkedItem {
            id: p.id,
            title: p.title,
        })
        .collect();
    let program_ids: Vec<i32> = product_program::Entity::find()
        .filter(product_program::Column::ProductId.eq(id))
        .order_by_asc(product_program::Column::ProgramId)
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.program_id)
        .collect();
    let titles = program_titles(db, &program_ids).await;
    let programs = program_ids
        .into_iter()
        .map(|id| LinkedItem {
            id,
            title: titles
                .get(&id)
                .cloned()
                .unwrap_or_else(|| format!("Training program {id}")),
        })
        .collect();
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
    })
}

/// What a link joins a product to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkTarget {
    Partnership,
    Program,
}

/// A curator links a product to (or unlinks it from) a partnership or training program.
#[tracing::instrument(skip(db, user))]
pub async fn link(
    db: &DatabaseConnection,
    user: &CurrentUser,
    product_id: i32,
    target: LinkTarget,
    target_id: i32,
    linked: bool,
) -> Result<(), AppError> {
    if !is_curator(user) {
        return Err(AppError::Forbidden);
    }
    find(db, product_id).await?;
    match target {
        LinkTarget::Partnership => {
            crate::wops::entity::partnership::Entity::find_by_id(target_id)
                .one(db)
                .await?
                .ok_or_else(|| {
                    AppError::field("target_id", "There is no partnership with this number.")
                })?;
            product_partnership::Entity::delete_many()
                .filter(product_partnership::Column::ProductId.eq(product_id))
                .filter(product_partnership::Column::PartnershipId.eq(target_id))
                .exec(db)
                .await?;
            if linked {
                product_partnership::ActiveModel {
                    product_id: Set(product_id),
                    partnership_id: Set(target_id),
                }
                .insert(db)
                .await?;
            }
        }
        LinkTarget::Program => {
            if linked
                && !program_titles(db, &[target_id])
                    .await
                    .contains_key(&target_id)
            {
                return Err(AppError::field(
                    "target_id",
                    "There is no training program with this number.",
                ));
            }
            product_program::Entity::delete_many()
                .filter(product_program::Column::ProductId.eq(product_id))
                .filter(product_program::Column::ProgramId.eq(target_id))
                .exec(db)
                .await?;
            if linked {
                product_program::ActiveModel {
                    product_id: Set(product_id),
                    program_id: Set(target_id),
                }
                .insert(db)
                .await?;
            }
        }
    }
    Ok(())
}

/// Published products in `ids` as links, for a partnership's or program's page: anyone but
/// members of the network (`members == false`, see [`sees_members_only`]) gets the public
/// ones only.
async fn links_for<C: ConnectionTrait>(
    db: &C,
    ids: Vec<i32>,
    members: bool,
) -> Result<Vec<ProductLink>, DbErr> {
    let mut query = product::Entity::find()
        .filter(product::Column::Id.is_in(ids))
        .filter(product::Column::Status.eq(ReviewStatus::Published));
    if !members {
        query = query.filter(product::Column::Access.eq(Access::Public));
    }
    Ok(query
        .order_by_desc(product::Column::Year)
        .order_by_asc(product::Column::Title)
        .all(db)
        .await?
        .into_iter()
        .map(|p| ProductLink {
            kind: kind_of(&p).label().to_owned(),
            id: p.id,
            title: p.title,
        })
        .collect())
}

/// The products that came out of or serve a partnership.
pub async fn products_for_partnership<C: ConnectionTrait>(
    db: &C,
    partnership_id: i32,
    members: bool,
) -> Result<Vec<ProductLink>, DbErr> {
    let ids = product_partnership::Entity::find()
        .filter(product_partnership::Column::PartnershipId.eq(partnership_id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.product_id)
        .collect();
    links_for(db, ids, members).await
}

/// The published public products linked to a training program, for its page. (Members-only
/// products are left out, so a visitor never sees their titles; use
/// [`products_for_program_as`] to include them for a signed-in person.)
pub async fn products_for_program<C: ConnectionTrait>(
    db: &C,
    program_id: i32,
) -> Result<Vec<ProductLink>, DbErr> {
    products_for_program_as(db, program_id, false).await
}

pub async fn products_for_program_as<C: ConnectionTrait>(
    db: &C,
    program_id: i32,
    members: bool,
) -> Result<Vec<ProductLink>, DbErr> {
    let ids = product_program::Entity::find()
        .filter(product_program::Column::ProgramId.eq(program_id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.product_id)
        .collect();
    links_for(db, ids, members).await
}

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
    search::index(&txn, id, &p.title, &p.summary, &new.content).await?;
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
        DownloadRefusal::Other(AppError::NotFound(
            "There is no such file in the library.".to_owned(),
        ))
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
