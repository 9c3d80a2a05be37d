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
    parts: http::request::Parts,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let query = DirectoryQuery::from_params(|k| params.get(k).cloned());
    let lang = crate::i18n::request::of_request(&parts);
    match service::search(&state.db, &query, lang).await {
        Ok(results) => axum::Json(results).into_response(),
        Err(e) => (e.status(), axum::Json(e)).into_response(),
    }
}

/// The filtered directory as CSV, its column titles and words in the request's language (the
/// values people typed, names and places, as they are).
pub async fn directory_csv(
    State(state): State<AppState>,
    parts: http::request::Parts,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    use crate::t;
    let query = DirectoryQuery::from_params(|k| params.get(k).cloned());
    let lang = crate::i18n::request::of_request(&parts);
    let rows = match service::export(&state.db, &query, lang).await {
        Ok(rows) => rows,
        Err(e) => {
            tracing::error!(error = %e, "directory export failed");
            return (
                StatusCode::INTERNAL_SERVER_ERROR,
                t!(lang, "partners-export-failed"),
            )
                .into_response();
        }
    };
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = [
        t!(lang, "partners-csv-id"),
        t!(lang, "partners-csv-name"),
        t!(lang, "partners-csv-kind"),
        t!(lang, "partners-csv-country"),
        t!(lang, "partners-csv-city"),
        t!(lang, "partners-csv-latitude"),
        t!(lang, "partners-csv-longitude"),
        t!(lang, "partners-csv-service-types"),
        t!(lang, "partners-csv-population-served"),
        t!(lang, "partners-csv-connections"),
        t!(lang, "partners-csv-languages"),
        t!(lang, "partners-csv-network-member"),
        t!(lang, "partners-csv-demo-data"),
        t!(lang, "partners-csv-profile-url"),
    ];
    let (yes, no) = (t!(lang, "partners-csv-yes"), t!(lang, "partners-csv-no"));
    let mut result = writer.write_record(header);
    for org in rows {
        if result.is_err() {
            break;
        }
        let kind = org.kind.name(lang);
        let services = ServiceType::parse_list(&org.service_types)
            .iter()
            .map(|t| t.name(lang))
            .collect::<Vec<_>>()
            .join("; ");
        result = writer.write_record([
            org.id.to_string(),
            defuse(&org.name),
            kind,
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
            if org.network_member { &yes } else { &no }.clone(),
            if org.is_demo { &yes } else { &no }.clone(),
            format!("{}/partners/{}", state.site.public_base_url, org.id),
        ]);
    }
    let body = match result.and_then(|_| writer.into_inner().map_err(|e| e.into_error().into())) {
        Ok(body) => body,
        Err(e) => {
            tracing::error!(error = %e, "directory export could not be written");
            return (
                StatusCode::INTERNAL_SERVER_ERROR,
                t!(lang, "partners-export-failed"),
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
