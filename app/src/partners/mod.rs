//! The partner directory: the organizations of the network, their profiles and their KPIs, and
//! who belongs to them (`membership`: requests to join, and which organizations are members of
//! the network).

mod chart;
#[cfg(feature = "ssr")]
pub mod collation;
#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
mod demo_profile;
mod directory;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod filter_cache;
mod kind;
mod kpi;
pub mod membership;
mod pages;
mod profile;
mod profile_pages;
#[cfg(feature = "ssr")]
pub mod service;

pub use directory::{page_count, DirectoryQuery, SizeBand, SortOrder, PAGE_SIZE};
pub use kind::OrganizationKind;
pub use kpi::{parse_measurement, Better, Kpi, Measure};
pub use pages::{group_thousands, DirectoryPage};
pub use profile::{
    parse_contact, parse_topic_description, Contact, KpiSeries, KpiValue, OrganizationProfile,
    ProfileForm, ServiceType, TopicDirection, TopicEntry,
};
pub use profile_pages::{OrganizationEditPage, OrganizationPage};

use crate::error::AppError;
use crate::topics::Topic;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One row of the directory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationSummary {
    pub id: i32,
    pub name: String,
    pub kind: OrganizationKind,
    pub country: String,
    pub city: String,
    pub population_served: Option<i64>,
    /// A member of the network, not only a partner in the directory.
    #[serde(default)]
    pub network_member: bool,
}

/// One page of a directory search.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DirectoryResults {
    pub organizations: Vec<OrganizationSummary>,
    pub total: u64,
    pub page: u64,
}

/// What the directory's filters offer to choose from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DirectoryFilters {
    pub countries: Vec<String>,
    pub topics: Vec<Topic>,
}

#[cfg(feature = "ssr")]
async fn require_editor(id: i32) -> Result<crate::accounts::CurrentUser, AppError> {
    let user = crate::accounts::auth::require_user().await?;
    if service::may_edit(Some(&user), id) {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}

#[server(prefix = "/api", endpoint = "partners/search")]
#[tracing::instrument]
pub async fn search_directory(query: DirectoryQuery) -> Result<DirectoryResults, AppError> {
    let db = crate::state::db()?;
    service::search(&db, &query, crate::i18n::current()).await
}

#[server(prefix = "/api", endpoint = "partners/filters")]
pub async fn fetch_directory_filters() -> Result<DirectoryFilters, AppError> {
    let state = use_context::<crate::state::AppState>().ok_or(AppError::Internal)?;
    let cache = state.service::<std::sync::Arc<filter_cache::FilterCache>>()?;
    if let Some(cached) = cache.get() {
        return Ok(cached);
    }
    let filters = DirectoryFilters {
        countries: service::countries(&state.db).await?,
        topics: crate::topics::entity::list(&state.db).await?,
    };
    cache.put(filters.clone());
    Ok(filters)
}

#[server(prefix = "/api", endpoint = "partners/profile")]
#[tracing::instrument]
pub async fn fetch_organization_profile(id: i32) -> Result<OrganizationProfile, AppError> {
    let db = crate::state::db()?;
    let user = crate::accounts::auth::optional_user().await?;
    service::profile(&db, id, service::may_edit(user.as_ref(), id)).await
}

#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "partners/update")]
#[tracing::instrument(skip(description))]
pub async fn update_organization(
    id: i32,
    name: String,
    country: String,
    city: String,
    latitude: String,
    longitude: String,
    serves_water: Option<String>,
    serves_sewerage: Option<String>,
    serves_septage: Option<String>,
    population_served: String,
    connections: String,
    languages: String,
    description: String,
) -> Result<(), AppError> {
    require_editor(id).await?;
    let update = ProfileForm {
        name,
        country,
        city,
        latitude,
        longitude,
        serves_water,
        serves_sewerage,
        serves_septage,
        population_served,
        connections,
        languages,
        description,
    }
    .parse(crate::i18n::current())
    .map_err(AppError::Invalid)?;
    let db = crate::state::db()?;
    service::update_profile(&db, id, update).await?;
    filter_cache::invalidate();
    Ok(())
}

#[server(prefix = "/api", endpoint = "partners/create")]
#[tracing::instrument]
pub async fn create_organization(
    kind: String,
    name: String,
    country: String,
    city: String,
) -> Result<i32, AppError> {
    crate::accounts::auth::require_role(crate::accounts::Role::SecretariatAdmin).await?;
    let lang = crate::i18n::current();
    let kind = kind.parse::<OrganizationKind>();
    let parsed = ProfileForm {
        name,
        country,
        city,
        ..Default::default()
    }
    .parse(lang);
    let (kind, update) = match (kind, parsed) {
        (Ok(kind), Ok(update)) => (kind, update),
        (kind, parsed) => {
            let mut errors = parsed.err().unwrap_or_default();
            if kind.is_err() {
                errors.add("kind", crate::t!(lang, "partners-kind-choose"));
            }
            return Err(AppError::Invalid(errors));
        }
    };
    let db = crate::state::db()?;
    let id = service::create(&db, kind, update).await?;
    filter_cache::invalidate();
    Ok(id)
}

#[server(prefix = "/api", endpoint = "partners/record_kpi")]
#[tracing::instrument]
pub async fn record_kpi_value(
    id: i32,
    kpi: String,
    value: String,
    measured_on: String,
) -> Result<(), AppError> {
    require_editor(id).await?;
    let today = chrono::Utc::now().date_naive();
    let (kpi, value, date) =
        parse_measurement(&kpi, &value, &measured_on, today, crate::i18n::current())
            .map_err(AppError::Invalid)?;
    let db = crate::state::db()?;
    service::record_kpi(&db, id, kpi, value, date).await
}

#[server(prefix = "/api", endpoint = "partners/delete_kpi")]
pub async fn delete_kpi_value(id: i32, value_id: i32) -> Result<(), AppError> {
    require_editor(id).await?;
    let db = crate::state::db()?;
    service::delete_kpi(&db, id, value_id).await
}

#[server(prefix = "/api", endpoint = "partners/add_contact")]
#[tracing::instrument]
pub async fn add_contact(
    id: i32,
    contact_name: String,
    position: String,
    contact_email: String,
) -> Result<(), AppError> {
    require_editor(id).await?;
    let (name, position, email) = parse_contact(
        &contact_name,
        &position,
        &contact_email,
        crate::i18n::current(),
    )
    .map_err(AppError::Invalid)?;
    let db = crate::state::db()?;
    service::add_contact(&db, id, name, position, email).await
}

#[server(prefix = "/api", endpoint = "partners/remove_contact")]
pub async fn remove_contact(id: i32, contact_id: i32) -> Result<(), AppError> {
    require_editor(id).await?;
    let db = crate::state::db()?;
    service::remove_contact(&db, id, contact_id).await
}

#[server(prefix = "/api", endpoint = "partners/set_topic")]
#[tracing::instrument(skip(description))]
pub async fn set_organization_topic(
    id: i32,
    direction: String,
    topic: String,
    description: String,
) -> Result<(), AppError> {
    require_editor(id).await?;
    let lang = crate::i18n::current();
    let direction = TopicDirection::from_code(&direction)
        .ok_or_else(|| AppError::BadRequest(crate::t!(lang, "partners-direction-unknown")))?;
    let description =
        parse_topic_description(direction, &description, lang).map_err(AppError::Invalid)?;
    let db = crate::state::db()?;
    service::set_topic(&db, id, &topic, direction, description).await
}

#[server(prefix = "/api", endpoint = "partners/remove_topic")]
pub async fn remove_organization_topic(
    id: i32,
    direction: String,
    topic_id: i32,
) -> Result<(), AppError> {
    require_editor(id).await?;
    let direction = TopicDirection::from_code(&direction).ok_or_else(|| {
        AppError::BadRequest(crate::t!(
            crate::i18n::current(),
            "partners-direction-unknown"
        ))
    })?;
    let db = crate::state::db()?;
    service::remove_topic(&db, id, topic_id, direction).await
}

/// Every organization by name, for the admin page's choosers.
#[server(prefix = "/api", endpoint = "partners/all")]
pub async fn list_organizations() -> Result<Vec<OrganizationSummary>, AppError> {
    let db = crate::state::db()?;
    service::all_by_name(&db, crate::i18n::current()).await
}
