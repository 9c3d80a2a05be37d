//! The read-only JSON API for development partners under `/api/v1`: organizations, partnerships
//! with their outcomes, trainings, knowledge products, events and the results figures. Paginated
//! (`?page=&per_page=`), public data only unless the request carries a session: non-public
//! outcomes for the partnership's own insiders (as on its page), members-only products for
//! members of the network. Errors are JSON with a message.
//!
//! Every answer is a typed struct below, and every handler is annotated with what it takes and
//! answers, so the OpenAPI document (in `openapi.rs`) is generated from the same
//! types the handlers serialize: the two cannot drift apart.

use super::endpoints;
use super::paging::Paging;
use super::query;
use super::types::NetworkResults;
use crate::accounts::auth::user_from_headers;
use crate::error::AppError;
use crate::events::entity::sector_event;
use crate::library::entity as library;
use crate::partners::entity::organization;
use crate::state::AppState;
use crate::training::entity as training;
use crate::wops::entity::{agreement, outcome, outcome_value, partnership};
use crate::wops::service::may_see_outcome;
use crate::wops::PartnershipState;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Select,
};
use serde::Serialize;
use std::collections::HashMap;
use utoipa::{IntoParams, ToSchema};

type Params = Query<HashMap<String, String>>;

/// An error answer: the message says which parameter is wrong, or what went wrong.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Error)]
pub struct ErrorBody {
    pub error: String,
}

/// An error on its way out: its status with the JSON message ([`ErrorBody`]).
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            message: message.into(),
        }
    }
}

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError::new(e.status(), e.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.status,
            Json(ErrorBody {
                error: self.message,
            }),
        )
            .into_response()
    }
}

/// One page of a list, with where it is in the whole.
#[derive(Debug, Serialize, ToSchema)]
pub struct Page<T> {
    pub data: Vec<T>,
    /// This page's number, from 1.
    pub page: u64,
    pub per_page: u64,
    /// Items in the whole list.
    pub total: u64,
}

/// The paging parameters of every list (read by [`Paging::parse`]; only documented here).
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct PageParams {
    /// Page number, from 1
    #[param(minimum = 1, maximum = 100000, default = 1)]
    page: Option<u64>,
    /// Items per page, 1 to 100
    #[param(minimum = 1, maximum = 100, default = 20)]
    per_page: Option<u64>,
}

/// The results filters (read by [`query::read_filter`]; only documented here).
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct ResultsParams {
    /// First year of the period
    #[param(minimum = 2000, maximum = 2100)]
    year_from: Option<i32>,
    /// Last year of the period (not before year_from)
    #[param(minimum = 2000, maximum = 2100)]
    year_to: Option<i32>,
    /// A period of one year
    #[param(minimum = 2000, maximum = 2100)]
    year: Option<i32>,
    /// A country with organizations in the network
    country: Option<String>,
    /// A topic code
    topic: Option<String>,
    /// A partnership state
    #[param(inline)]
    status: Option<PartnershipState>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Organization {
    pub id: i32,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub city: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub population_served: Option<i64>,
    /// A member of the network (its approved members see members-only data), not only a
    /// partner in the directory.
    pub network_member: bool,
    /// The organization's page on the site.
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Partnership {
    pub id: i32,
    pub title: String,
    /// The partnership's state in its lifecycle.
    pub status: String,
    pub mentor_id: i32,
    pub recipient_id: i32,
    /// From the agreement, once one is recorded.
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub outcomes: Vec<Outcome>,
    /// The partnership's page on the site.
    pub url: String,
}

/// An outcome the partnership tracks: a KPI from a baseline towards a target.
#[derive(Debug, Serialize, ToSchema)]
pub struct Outcome {
    pub kpi: String,
    pub baseline: DatedValue,
    pub target: DatedValue,
    pub public: bool,
    /// Measurements, oldest first.
    pub values: Vec<Measurement>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DatedValue {
    pub value: f64,
    pub date: NaiveDate,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Measurement {
    pub measured_on: NaiveDate,
    pub value: f64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Training {
    pub id: i32,
    pub title: String,
    /// in_person, online or hybrid
    pub format: String,
    /// The language it is given in, as a BCP 47 code (`en`, `id`, `zh-Hans`…).
    pub language: String,
    pub capacity: i32,
    /// Its sessions, earliest first.
    pub sessions: Vec<TrainingSession>,
    /// The program's page on the site.
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TrainingSession {
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct KnowledgeProduct {
    pub id: i32,
    pub kind: String,
    pub title: String,
    pub summary: String,
    pub authors: String,
    pub year: i32,
    /// The language it is written in, as a BCP 47 code (`en`, `th`, `zh-Hans`…).
    pub language: String,
    /// public or members
    pub access: String,
    /// Downloads of all its files.
    pub downloads: i64,
    /// The product's page on the site.
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Event {
    pub id: i32,
    pub title: String,
    /// First day, inclusive.
    pub starts_on: NaiveDate,
    /// Last day, inclusive.
    pub ends_on: NaiveDate,
    pub place: String,
    pub online: bool,
    pub organizer: String,
    pub link: String,
}

/// One page of a query's rows, with the total.
async fn fetch<E: EntityTrait>(
    db: &DatabaseConnection,
    select: Select<E>,
    paging: Paging,
) -> Result<(u64, Vec<E::Model>), AppError>
where
    E::Model: Sync,
{
    let total = select.clone().count(db).await?;
    let rows = select
        .offset(paging.offset())
        .limit(paging.per_page)
        .all(db)
        .await?;
    Ok((total, rows))
}

/// Whether the request's account is a member of the network (members-only products).
async fn network_member(state: &AppState, headers: &HeaderMap) -> Result<bool, AppError> {
    let user = user_from_headers(&state.db, headers).await?;
    Ok(crate::accounts::is_network_member(user.as_ref()))
}

type Listed<T> = Result<Json<Page<T>>, ApiError>;

/// Runs a listing: reads the paging (400 on bad values), then the rows.
async fn listing<T, F, Fut>(params: &HashMap<String, String>, run: F) -> Listed<T>
where
    F: FnOnce(Paging) -> Fut,
    Fut: std::future::Future<Output = Result<(u64, Vec<T>), AppError>>,
{
    let paging =
        Paging::parse(params).map_err(|message| ApiError::new(StatusCode::BAD_REQUEST, message))?;
    let (total, data) = run(paging).await?;
    Ok(Json(Page {
        data,
        page: paging.page,
        per_page: paging.per_page,
        total,
    }))
}

#[utoipa::path(
    get,
    path = "/api/v1/organizations",
    summary = endpoints::ORGANIZATIONS.summary,
    params(PageParams),
    responses(
        (status = 200, description = "A page of organizations", body = Page<Organization>),
        (status = 400, description = "A parameter is out of range or unknown; the message says which.", body = ErrorBody),
        (status = 500, description = "A failure on the server", body = ErrorBody),
    )
)]
pub async fn organizations(
    State(state): State<AppState>,
    Query(params): Params,
) -> Listed<Organization> {
    listing(&params, |paging| async move {
        let select = organization::Entity::find().order_by_asc(organization::Column::Id);
        let (total, rows) = fetch(&state.db, select, paging).await?;
        let data = rows
            .into_iter()
            .map(|o| Organization {
                url: format!("{}/partners/{}", state.site.public_base_url, o.id),
                id: o.id,
                name: o.name,
                kind: o.kind.as_code().to_owned(),
                country: o.country,
                city: o.city,
                latitude: o.latitude,
                longitude: o.longitude,
                population_served: o.population_served,
                network_member: o.network_member,
            })
            .collect();
        Ok((total, data))
    })
    .await
}

#[utoipa::path(
    get,
    path = "/api/v1/partnerships",
    summary = endpoints::PARTNERSHIPS.summary,
    params(PageParams),
    responses(
        (status = 200, description = "A page of partnerships", body = Page<Partnership>),
        (status = 400, description = "A parameter is out of range or unknown; the message says which.", body = ErrorBody),
        (status = 500, description = "A failure on the server", body = ErrorBody),
    )
)]
pub async fn partnerships(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(params): Params,
) -> Listed<Partnership> {
    listing(&params, |paging| async move {
        let viewer = user_from_headers(&state.db, &headers).await?;
        let select = partnership::Entity::find().order_by_asc(partnership::Column::Id);
        let (total, rows) = fetch(&state.db, select, paging).await?;
        let ids: Vec<i32> = rows.iter().map(|p| p.id).collect();
        let agreements: HashMap<i32, agreement::Model> = agreement::Entity::find()
            .filter(agreement::Column::PartnershipId.is_in(ids.clone()))
            .all(&state.db)
            .await?
            .into_iter()
            .map(|a| (a.partnership_id, a))
            .collect();
        // Decided per partnership, by the rule its page follows.
        let shown: HashMap<i32, &partnership::Model> = rows.iter().map(|p| (p.id, p)).collect();
        let outcomes: Vec<outcome::Model> = outcome::Entity::find()
            .filter(outcome::Column::PartnershipId.is_in(ids))
            .order_by_asc(outcome::Column::Id)
            .all(&state.db)
            .await?
            .into_iter()
            .filter(|o| {
                shown
                    .get(&o.partnership_id)
                    .is_some_and(|p| may_see_outcome(viewer.as_ref(), p, o.is_public))
            })
            .collect();
        let mut values: HashMap<i32, Vec<Measurement>> = HashMap::new();
        for v in outcome_value::Entity::find()
            .filter(
                outcome_value::Column::OutcomeId
                    .is_in(outcomes.iter().map(|o| o.id).collect::<Vec<_>>()),
            )
            .order_by_asc(outcome_value::Column::MeasuredOn)
            .all(&state.db)
            .await?
        {
            values.entry(v.outcome_id).or_default().push(Measurement {
                measured_on: v.measured_on,
                value: v.value,
            });
        }
        let mut by_partnership: HashMap<i32, Vec<Outcome>> = HashMap::new();
        for o in outcomes {
            by_partnership
                .entry(o.partnership_id)
                .or_default()
                .push(Outcome {
                    values: values.remove(&o.id).unwrap_or_default(),
                    kpi: o.kpi.as_code().to_owned(),
                    baseline: DatedValue {
                        value: o.baseline_value,
                        date: o.baseline_date,
                    },
                    target: DatedValue {
                        value: o.target_value,
                        date: o.target_date,
                    },
                    public: o.is_public,
                });
        }
        let data = rows
            .into_iter()
            .map(|p| {
                let a = agreements.get(&p.id);
                Partnership {
                    url: format!("{}/partnerships/{}", state.site.public_base_url, p.id),
                    outcomes: by_partnership.remove(&p.id).unwrap_or_default(),
                    start_date: a.map(|a| a.start_date),
                    end_date: a.map(|a| a.end_date),
                    id: p.id,
                    title: p.title,
                    status: p.state.as_code().to_owned(),
                    mentor_id: p.mentor_id,
                    recipient_id: p.recipient_id,
                }
            })
            .collect();
        Ok((total, data))
    })
    .await
}

#[utoipa::path(
    get,
    path = "/api/v1/trainings",
    summary = endpoints::TRAININGS.summary,
    params(PageParams),
    responses(
        (status = 200, description = "A page of training programs", body = Page<Training>),
        (status = 400, description = "A parameter is out of range or unknown; the message says which.", body = ErrorBody),
        (status = 500, description = "A failure on the server", body = ErrorBody),
    )
)]
pub async fn trainings(State(state): State<AppState>, Query(params): Params) -> Listed<Training> {
    listing(&params, |paging| async move {
        let select = training::program::Entity::find().order_by_asc(training::program::Column::Id);
        let (total, rows) = fetch(&state.db, select, paging).await?;
        let ids: Vec<i32> = rows.iter().map(|p| p.id).collect();
        let mut sessions: HashMap<i32, Vec<TrainingSession>> = HashMap::new();
        for s in training::session::Entity::find()
            .filter(training::session::Column::ProgramId.is_in(ids))
            .order_by_asc(training::session::Column::StartsAt)
            .all(&state.db)
            .await?
        {
            sessions
                .entry(s.program_id)
                .or_default()
                .push(TrainingSession {
                    title: s.title,
                    starts_at: s.starts_at,
                    ends_at: s.ends_at,
                });
        }
        let data = rows
            .into_iter()
            .map(|p| Training {
                url: format!("{}/training/{}", state.site.public_base_url, p.id),
                sessions: sessions.remove(&p.id).unwrap_or_default(),
                id: p.id,
                title: p.title,
                format: p.format.as_code().to_owned(),
                language: p.language.as_code().to_owned(),
                capacity: p.capacity,
            })
            .collect();
        Ok((total, data))
    })
    .await
}

#[utoipa::path(
    get,
    path = "/api/v1/knowledge-products",
    summary = endpoints::KNOWLEDGE_PRODUCTS.summary,
    params(PageParams),
    responses(
        (status = 200, description = "A page of knowledge products", body = Page<KnowledgeProduct>),
        (status = 400, description = "A parameter is out of range or unknown; the message says which.", body = ErrorBody),
        (status = 500, description = "A failure on the server", body = ErrorBody),
    )
)]
pub async fn knowledge_products(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(params): Params,
) -> Listed<KnowledgeProduct> {
    listing(&params, |paging| async move {
        let members = network_member(&state, &headers).await?;
        let mut select = library::product::Entity::find()
            .filter(library::product::Column::Status.eq("published"))
            .order_by_asc(library::product::Column::Id);
        if !members {
            select = select.filter(library::product::Column::Access.eq("public"));
        }
        let (total, rows) = fetch(&state.db, select, paging).await?;
        let ids: Vec<i32> = rows.iter().map(|p| p.id).collect();
        let mut downloads: HashMap<i32, i64> = HashMap::new();
        for f in library::file::Entity::find()
            .filter(library::file::Column::ProductId.is_in(ids))
            .all(&state.db)
            .await?
        {
            *downloads.entry(f.product_id).or_default() += f.downloads;
        }
        let data = rows
            .into_iter()
            .map(|p| KnowledgeProduct {
                url: format!("{}/library/{}", state.site.public_base_url, p.id),
                downloads: downloads.get(&p.id).copied().unwrap_or(0),
                id: p.id,
                kind: p.kind.as_code().to_owned(),
                title: p.title,
                summary: p.summary,
                authors: p.authors,
                year: p.year,
                language: p.language.as_code().to_owned(),
                access: p.access.as_code().to_owned(),
            })
            .collect();
        Ok((total, data))
    })
    .await
}

#[utoipa::path(
    get,
    path = "/api/v1/events",
    summary = endpoints::EVENTS.summary,
    params(PageParams),
    responses(
        (status = 200, description = "A page of events, earliest first", body = Page<Event>),
        (status = 400, description = "A parameter is out of range or unknown; the message says which.", body = ErrorBody),
        (status = 500, description = "A failure on the server", body = ErrorBody),
    )
)]
pub async fn events(State(state): State<AppState>, Query(params): Params) -> Listed<Event> {
    listing(&params, |paging| async move {
        let select = sector_event::Entity::find()
            .order_by_asc(sector_event::Column::StartsOn)
            .order_by_asc(sector_event::Column::Id);
        let (total, rows) = fetch(&state.db, select, paging).await?;
        let data = rows
            .into_iter()
            .map(|e| Event {
                id: e.id,
                title: e.title,
                starts_on: e.starts_on,
                ends_on: e.ends_on,
                place: e.place,
                online: e.online,
                organizer: e.organizer,
                link: e.link,
            })
            .collect();
        Ok((total, data))
    })
    .await
}

/// The dashboard's figures as JSON, for the same filters (`year_from`, `year_to`, `year`,
/// `country`, `topic`, `status`).
#[utoipa::path(
    get,
    path = "/api/v1/results",
    summary = endpoints::RESULTS.summary,
    params(ResultsParams),
    responses(
        (status = 200, description = "The figures for the filter", body = NetworkResults),
        (status = 400, description = "A filter value is out of range or unknown; the message says which.", body = ErrorBody),
        (status = 500, description = "A failure on the server", body = ErrorBody),
    )
)]
pub async fn results(
    State(state): State<AppState>,
    Query(params): Params,
) -> Result<Json<NetworkResults>, ApiError> {
    // The API is for machines: its words (the scope, the messages) stay in English.
    let en = crate::i18n::Lang::En;
    let (filter, choices) = query::read_filter(&state.db, |k| params.get(k).cloned(), en).await?;
    Ok(Json(
        query::network_results(&state.db, &filter, &choices, en).await?,
    ))
}

/// Anything else under `/api/v1`: a JSON 404 rather than the site's HTML page.
pub async fn not_found() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "There is no such endpoint; see /api/v1/openapi.json.",
    )
}

/// `/api`: the human-readable page.
pub async fn to_docs() -> Response {
    axum::response::Redirect::permanent("/developers").into_response()
}
