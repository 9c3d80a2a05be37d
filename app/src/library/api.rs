//! The library's server functions. Each checks who is calling (in the service, against the
//! product's status, access and submitter), whatever the page shows. Files go through the
//! upload and download handlers in `upload.rs`, not through server functions.

use super::{PendingProduct, PopularProduct, ProductDetail, ProductLink, SearchResults};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::{browse, detail, links, service, submission},
    super::{parse_product, LibraryFilter, ProductForm, ReviewStatus},
    crate::accounts::auth::{optional_user, require_user},
    crate::state::db,
};

/// The search and its filters as the library page's query string carries them; unknown
/// filter values are a 400. Words are tokenised, so no input is a syntax error: an empty or
/// symbol-only search lists the whole library with a message.
#[server(prefix = "/api", endpoint = "library/search")]
pub async fn search_library(
    q: Option<String>,
    kind: Option<String>,
    topic: Option<String>,
    country: Option<String>,
    year: Option<String>,
    language: Option<String>,
    page: Option<String>,
) -> Result<SearchResults, AppError> {
    let filter = LibraryFilter::from_params(crate::i18n::current(), |k| match k {
        "q" => q.clone(),
        "kind" => kind.clone(),
        "topic" => topic.clone(),
        "country" => country.clone(),
        "year" => year.clone(),
        "language" => language.clone(),
        "page" => page.clone(),
        _ => None,
    })
    .map_err(AppError::BadRequest)?;
    let user = optional_user().await?;
    browse::search_products(&db()?, &filter, user.as_ref()).await
}

#[server(prefix = "/api", endpoint = "library/product")]
pub async fn fetch_product(id: i32) -> Result<ProductDetail, AppError> {
    let user = optional_user().await?;
    detail::detail(&db()?, id, user.as_ref()).await
}

/// The ten most downloaded products the caller may see.
#[server(prefix = "/api", endpoint = "library/popular")]
pub async fn most_downloaded() -> Result<Vec<PopularProduct>, AppError> {
    let user = optional_user().await?;
    browse::most_downloaded(&db()?, service::sees_members_only(user.as_ref()), 10).await
}

/// The products linked to a partnership, for its page.
#[server(prefix = "/api", endpoint = "library/for_partnership")]
pub async fn partnership_products(partnership_id: i32) -> Result<Vec<ProductLink>, AppError> {
    let user = optional_user().await?;
    Ok(links::products_for_partnership(
        &db()?,
        partnership_id,
        service::sees_members_only(user.as_ref()),
    )
    .await?)
}

/// Adds a product: published at once by secretariat admins and facilitators, submitted for
/// review when a member adds it. `topics`: topic codes (`topics[]` in a form).
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "library/create")]
#[tracing::instrument(skip(summary))]
pub async fn create_product(
    kind: String,
    title: String,
    summary: String,
    authors: String,
    year: String,
    language: String,
    licence: String,
    access: String,
    topics: Option<Vec<String>>,
    countries: String,
    translation_of: Option<String>,
) -> Result<i32, AppError> {
    let user = require_user().await?;
    let topics = topics.unwrap_or_default();
    let this_year = chrono::Datelike::year(&chrono::Utc::now().date_naive());
    let draft = parse_product(
        &ProductForm {
            kind: &kind,
            title: &title,
            summary: &summary,
            authors: &authors,
            year: &year,
            language: &language,
            licence: &licence,
            access: &access,
            topics: &topics,
            countries: &countries,
            translation_of: translation_of.as_deref().unwrap_or(""),
        },
        this_year,
        crate::i18n::current(),
    )
    .map_err(AppError::Invalid)?;
    let id = submission::create(&db()?, &user, draft).await?;
    crate::shell::flash::go_to(&format!("/library/{id}#files"));
    Ok(id)
}

/// `decision`: `publish` or `reject` (a rejection needs a note for the submitter).
#[server(prefix = "/api", endpoint = "library/review")]
#[tracing::instrument(skip(note))]
pub async fn review_product(id: i32, decision: String, note: String) -> Result<(), AppError> {
    let user = require_user().await?;
    if !service::is_curator(&user) {
        return Err(AppError::Forbidden);
    }
    let decision = match decision.as_str() {
        "publish" => ReviewStatus::Published,
        "reject" => ReviewStatus::Rejected,
        _ => {
            return Err(AppError::field(
                "decision",
                crate::t!(crate::i18n::current(), "library-review-choose"),
            ))
        }
    };
    submission::review(&db()?, &user, id, decision, &note).await
}

#[server(prefix = "/api", endpoint = "library/pending")]
pub async fn pending_products() -> Result<Vec<PendingProduct>, AppError> {
    let user = require_user().await?;
    submission::pending(&db()?, &user).await
}

/// Links a product to a partnership or a training program (`target`: `partnership` or
/// `program`); with `remove` set, unlinks it.
#[server(prefix = "/api", endpoint = "library/link")]
pub async fn link_product(
    product_id: i32,
    target: String,
    target_id: String,
    remove: Option<String>,
) -> Result<(), AppError> {
    let user = require_user().await?;
    if !service::is_curator(&user) {
        return Err(AppError::Forbidden);
    }
    let target = match target.as_str() {
        "partnership" => links::LinkTarget::Partnership,
        "program" => links::LinkTarget::Program,
        _ => {
            return Err(AppError::BadRequest(crate::t!(
                crate::i18n::current(),
                "library-link-unknown-target"
            )))
        }
    };
    let target_id = target_id
        .trim()
        .trim_start_matches('#')
        .parse::<i32>()
        .map_err(|_| {
            AppError::field(
                "target_id",
                crate::t!(crate::i18n::current(), "library-link-number"),
            )
        })?;
    links::link(
        &db()?,
        &user,
        product_id,
        target,
        target_id,
        remove.is_none(),
    )
    .await
}
