//! The directory outside the pages: `GET /partners.csv?…` (the filtered list as a
//! spreadsheet-friendly file) and `GET /partners.json?…` (one page of it, for programs).

use super::{service, DirectoryQuery, ServiceType};
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;

/// A spreadsheet would run a cell starting with `=`, `+`, `-` or `@` as a formula (OWASP
/// "CSV injection"); a leading apostrophe keeps it text.
pub fn defuse(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// One page of a directory search as JSON, with the same query string as the page.
pub async fn directory_json(
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let query = DirectoryQuery::from_params(|k| params.get(k).cloned());
    match service::search(&state.db, &query).await {
        Ok(results) => axum::Json(results).into_response(),
        Err(e) => (e.status(), axum::Json(e)).into_response(),
    }
}

pub async fn directory_csv(
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let query = DirectoryQuery::from_params(|k| params.get(k).cloned());
    let rows = match service::export(&state.db, &query).await {
        Ok(rows) => rows,
        Err(e) => {
            tracing::error!(error = %e, "directory export failed");
            return (
                StatusCode::INTERNAL_SERVER_ERROR,
                "The export failed. Please try again.",
            )
                .into_response();
        }
    };
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = [
        "id",
        "name",
        "kind",
        "country",
        "city",
        "latitude",
        "longitude",
        "service_types",
        "population_served",
        "connections",
        "languages",
        "network_member",
        "demo_data",
        "profile_url",
    ];
    let mut result = writer.write_record(header);
    for org in rows {
        if result.is_err() {
            break;
        }
        let kind = org.kind.label();
        let services = ServiceType::parse_list(&org.service_types)
            .iter()
            .map(|t| t.label())
            .collect::<Vec<_>>()
            .join("; ");
        result = writer.write_record([
            org.id.to_string(),
            defuse(&org.name),
            kind.to_owned(),
            defuse(&org.country),
            defuse(&org.city),
            org.latitude.map(|v| v.to_string()).unwrap_or_default(),
            org.longitude.map(|v| v.to_string()).unwrap_or_default(),
            services,
            org.population_served
                .map(|v| v.to_string())
                .unwrap_or_default(),
            org.connections.map(|v| v.to_string()).unwrap_or_default(),
            defuse(&org.languages),
            if org.network_member { "yes" } else { "no" }.to_owned(),
            if org.is_demo { "yes" } else { "no" }.to_owned(),
            format!("{}/partners/{}", state.site.public_base_url, org.id),
        ]);
    }
    let body = match result.and_then(|_| writer.into_inner().map_err(|e| e.into_error().into())) {
        Ok(body) => body,
        Err(e) => {
            tracing::error!(error = %e, "directory export could not be written");
            return (
                StatusCode::INTERNAL_SERVER_ERROR,
                "The export failed. Please try again.",
            )
                .into_response();
        }
    };
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"waterlinks-directory.csv\"",
            ),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::defuse;

    #[test]
    fn formulas_are_kept_as_text() {
        assert_eq!(defuse("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defuse("-1"), "'-1");
        assert_eq!(defuse("Manila Water"), "Manila Water");
    }
}
