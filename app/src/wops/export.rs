//! `GET /partnerships.csv?…`: the filtered partnership list as a spreadsheet-friendly file.

use super::{service, PartnershipFilter};
use crate::partners::export::defuse;
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;

pub async fn partnerships_csv(
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let filter = match PartnershipFilter::from_params(|k| params.get(k).cloned()) {
        Ok(f) => f,
        Err(message) => return (StatusCode::BAD_REQUEST, message).into_response(),
    };
    let rows = match service::list(&state.db, &filter).await {
        Ok(rows) => rows,
        Err(e) => return e.into_response(),
    };
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut result = writer.write_record([
        "id",
        "title",
        "status",
        "mentor",
        "mentor_country",
        "recipient",
        "recipient_country",
        "topics",
        "start_date",
        "end_date",
        "page_url",
    ]);
    for p in rows {
        if result.is_err() {
            break;
        }
        result = writer.write_record([
            p.id.to_string(),
            defuse(&p.title),
            p.state.label().to_owned(),
            defuse(&p.mentor.name),
            defuse(&p.mentor.country),
            defuse(&p.recipient.name),
            defuse(&p.recipient.country),
            defuse(&p.topics.join("; ")),
            p.start_date.map(|d| d.to_string()).unwrap_or_default(),
            p.end_date.map(|d| d.to_string()).unwrap_or_default(),
            format!("{}/partnerships/{}", state.site.public_base_url, p.id),
        ]);
    }
    match result.and_then(|_| writer.into_inner().map_err(|e| e.into_error().into())) {
        Ok(body) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"waterlinks-partnerships.csv\"",
                ),
            ],
            body,
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "partnership export could not be written");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "The export failed. Please try again.",
            )
                .into_response()
        }
    }
}
