//! The read-only JSON API for development partners under `/api/v1`: organizations, partnerships
//! with their outcomes, trainings, knowledge products, events and the results figures. Paginated
//! (`?page=&per_page=`), public data only unless the request carries a session: non-public
//! outcomes for the partnership's own insiders (as on its page), members-only products for
//! members of the network. Errors are JSON with a message.

use super::paging::Paging;
use super::query;
use crate::accounts::auth::user_from_headers;
use crate::error::AppError;
use crate::events::entity::sector_event;
use crate::library::entity as library;
use crate::partners::entity::organization;
use crate::state::AppState;
use crate::training::entity as training;
use crate::wops::entity::{agreement, outcome, outcome_value, partnership};
use crate::wops::service::may_see_outcome;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Select,
};
use serde_json::{json, Value};
use std::collections::HashMap;

type Params = Query<HashMap<String, String>>;

fn error(status: StatusCode, message: impl Into<String>) -> Response {
    (status, Json(json!({ "error": message.into() }))).into_response()
}

fn refuse(e: AppError) -> Response {
    error(e.status(), e.to_string())
}

fn page_of(paging: Paging, total: u64, data: Vec<Value>) -> Response {
    Json(json!({
        "data": data,
        "page": paging.page,
        "per_page": paging.per_page,
        "total": total,
    }))
    .into_response()
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

/// Runs a listing: reads the paging (400 on bad values), then the rows.
async fn listing<F, Fut>(params: &HashMap<String, String>, run: F) -> Response
where
    F: FnOnce(Paging) -> Fut,
    Fut: std::future::Future<Output = Result<(u64, Vec<Value>), AppError>>,
{
    let paging = match Paging::parse(params) {
        Ok(p) => p,
        Err(message) => return error(StatusCode::BAD_REQUEST, message),
    };
    match run(paging).await {
        Ok((total, data)) => page_of(paging, total, data),
        Err(e) => refuse(e),
    }
}

pub async fn organizations(State(state): State<AppState>, Query(params): Params) -> Response {
    listing(&params, |paging| async move {
        let select = organization::Entity::find().order_by_asc(organization::Column::Id);
        let (total, rows) = fetch(&state.db, select, paging).await?;
        let data = rows
            .into_iter()
            .map(|o| {
                json!({
                    "id": o.id,
                    "name": o.name,
                    "kind": o.kind,
                    "country": o.country,
                    "city": o.city,
                    "latitude": o.latitude,
                    "longitude": o.longitude,
                    "population_served": o.population_served,
                    "url": format!("{}/partners/{}", state.site.public_base_url, o.id),
                })
            })
            .collect();
        Ok((total, data))
    })
    .await
}

pub async fn partnerships(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(params): Params,
) -> Response {
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
        let mut values: HashMap<i32, Vec<Value>> = HashMap::new();
        for v in outcome_value::Entity::find()
            .filter(
                outcome_value::Column::OutcomeId
                    .is_in(outcomes.iter().map(|o| o.id).collect::<Vec<_>>()),
            )
            .order_by_asc(outcome_value::Column::MeasuredOn)
            .all(&state.db)
            .await?
        {
            values
                .entry(v.outcome_id)
                .or_default()
                .push(json!({ "measured_on": v.measured_on, "value": v.value }));
        }
        let mut by_partnership: HashMap<i32, Vec<Value>> = HashMap::new();
        for o in outcomes {
            by_partnership
                .entry(o.partnership_id)
                .or_default()
                .push(json!({
                    "kpi": o.kpi,
                    "baseline": { "value": o.baseline_value, "date": o.baseline_date },
                    "target": { "value": o.target_value, "date": o.target_date },
                    "public": o.is_public,
                    "values": values.remove(&o.id).unwrap_or_default(),
                }));
        }
        let data = rows
            .into_iter()
            .map(|p| {
                let a = agreements.get(&p.id);
                json!({
                    "id": p.id,
                    "title": p.title,
                    "status": p.state,
                    "mentor_id": p.mentor_id,
                    "recipient_id": p.recipient_id,
                    "start_date": a.map(|a| a.start_date),
                    "end_date": a.map(|a| a.end_date),
                    "outcomes": by_partnership.remove(&p.id).unwrap_or_default(),
                    "url": format!("{}/partnerships/{}", state.site.public_base_url, p.id),
                })
            })
            .collect();
        Ok((total, data))
    })
    .await
}

pub async fn trainings(State(state): State<AppState>, Query(params): Params) -> Response {
    listing(&params, |paging| async move {
        let select = training::program::Entity::find().order_by_asc(training::program::Column::Id);
        let (total, rows) = fetch(&state.db, select, paging).await?;
        let ids: Vec<i32> = rows.iter().map(|p| p.id).collect();
        let mut sessions: HashMap<i32, Vec<Value>> = HashMap::new();
        for s in training::session::Entity::find()
            .filter(training::session::Column::ProgramId.is_in(ids))
            .order_by_asc(training::session::Column::StartsAt)
            .all(&state.db)
            .await?
        {
            sessions.entry(s.program_id).or_default().push(json!({
                "title": s.title,
                "starts_at": s.starts_at,
                "ends_at": s.ends_at,
            }));
        }
        let data = rows
            .into_iter()
            .map(|p| {
                json!({
                    "id": p.id,
                    "title": p.title,
                    "format": p.format,
                    "language": p.language,
                    "capacity": p.capacity,
                    "sessions": sessions.remove(&p.id).unwrap_or_default(),
                    "url": format!("{}/training/{}", state.site.public_base_url, p.id),
                })
            })
            .collect();
        Ok((total, data))
    })
    .await
}

pub async fn knowledge_products(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(params): Params,
) -> Response {
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
            .map(|p| {
                json!({
                    "id": p.id,
                    "kind": p.kind,
                    "title": p.title,
                    "summary": p.summary,
                    "authors": p.authors,
                    "year": p.year,
                    "language": p.language,
                    "access": p.access,
                    "downloads": downloads.get(&p.id).copied().unwrap_or(0),
                    "url": format!("{}/library/{}", state.site.public_base_url, p.id),
                })
            })
            .collect();
        Ok((total, data))
    })
    .await
}

pub async fn events(State(state): State<AppState>, Query(params): Params) -> Response {
    listing(&params, |paging| async move {
        let select = sector_event::Entity::find()
            .order_by_asc(sector_event::Column::StartsOn)
            .order_by_asc(sector_event::Column::Id);
        let (total, rows) = fetch(&state.db, select, paging).await?;
        let data = rows
            .into_iter()
            .map(|e| {
                json!({
                    "id": e.id,
                    "title": e.title,
                    "starts_on": e.starts_on,
                    "ends_on": e.ends_on,
                    "place": e.place,
                    "online": e.online,
                    "organizer": e.organizer,
                    "link": e.link,
                })
            })
            .collect();
        Ok((total, data))
    })
    .await
}

/// The dashboard's figures as JSON, for the same filters (`year_from`, `year_to`, `year`,
/// `country`, `topic`, `status`).
pub async fn results(State(state): State<AppState>, Query(params): Params) -> Response {
    let read = query::read_filter(&state.db, |k| params.get(k).cloned()).await;
    let (filter, choices) = match read {
        Ok(v) => v,
        Err(e) => return refuse(e),
    };
    match query::network_results(&state.db, &filter, &choices).await {
        Ok(r) => Json(r).into_response(),
        Err(e) => refuse(e),
    }
}

pub async fn openapi() -> Response {
    Json(super::openapi::document()).into_response()
}

/// Anything else under `/api/v1`: a JSON 404 rather than the site's HTML page.
pub async fn not_found() -> Response {
    error(
        StatusCode::NOT_FOUND,
        "There is no such endpoint; see /api/v1/openapi.json.",
    )
}

/// `/api`: the human-readable page.
pub async fn to_docs() -> Response {
    axum::response::Redirect::permanent("/developers").into_response()
}
