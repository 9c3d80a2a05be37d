//! `GET /partnerships.csv?…`: the filtered partnership list as a spreadsheet-friendly file.

use super::{service, PartnershipFilter};
use crate::partners::export::defuse;
use crate::state::AppState;
use crate::t;
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;

/// The file is in the language of the request that downloads it: headers, status words and
/// dates as written for people; the page address stays a machine value.
pub async fn partnerships_csv(
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
    headers: axum::http::HeaderMap,
) -> Response {
    let lang = crate::i18n::request::of_headers(&headers);
    let filter = match PartnershipFilter::from_params(|k| params.get(k).cloned(), lang) {
        Ok(f) => f,
        Err(message) => return (StatusCode::BAD_REQUEST, message).into_response(),
    };
    let rows = match service::list(&state.db, &filter).await {
        Ok(rows) => rows,
        Err(e) => return e.into_response(),
    };
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut result = writer.write_record([
        t!(lang, "wops-csv-id"),
        t!(lang, "wops-csv-title"),
        t!(lang, "wops-csv-status"),
        t!(lang, "wops-csv-mentor"),
        t!(lang, "wops-csv-mentor-country"),
        t!(lang, "wops-csv-recipient"),
        t!(lang, "wops-csv-recipient-country"),
        t!(lang, "wops-csv-topics"),
        t!(lang, "wops-csv-start-date"),
        t!(lang, "wops-csv-end-date"),
        t!(lang, "wops-csv-page-url"),
    ]);
    for p in rows {
        if result.is_err() {
            break;
        }
        result = writer.write_record([
            p.id.to_string(),
            defuse(&p.title),
            p.state.label_in(lang),
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
                t!(lang, "wops-export-failed"),
            )
                .into_response()
        }
    }
}
