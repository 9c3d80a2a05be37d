//! The secretariat's exports of the current edition's registrants: CSV and XLSX, with the same
//! columns, filtered like the admin page (`?status=&attendee_type=`).

use super::registrants;
use super::rules::{AttendeeType, Status};
use crate::accounts::auth::user_from_headers;
use crate::accounts::Role;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::partners::export::defuse;
use crate::state::AppState;
use crate::t;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
pub struct Filter {
    #[serde(default)]
    status: String,
    #[serde(default)]
    attendee_type: String,
}

fn download(content_type: &'static str, file_name: &str, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}\""),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        body,
    )
        .into_response()
}

/// The column headers in `lang`.
fn header(lang: Lang) -> Vec<String> {
    vec![
        t!(lang, "forum-column-name"),
        t!(lang, "forum-column-email"),
        t!(lang, "forum-column-organization"),
        t!(lang, "forum-column-attendee-type"),
        t!(lang, "forum-column-status"),
        t!(lang, "forum-column-registered-on"),
        t!(lang, "forum-column-checked-in"),
        t!(lang, "forum-column-badge-code"),
        t!(lang, "forum-column-answers"),
        t!(lang, "forum-column-id"),
    ]
}

/// The rows, header first, for a secretariat admin.
async fn rows(
    state: &AppState,
    headers: &HeaderMap,
    filter: &Filter,
    lang: Lang,
) -> Result<Vec<Vec<String>>, AppError> {
    let user = user_from_headers(&state.db, headers)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if !user.has_role(Role::SecretariatAdmin) {
        return Err(AppError::Forbidden);
    }
    let status = match filter.status.trim() {
        "" => None,
        code => Some(
            Status::from_code(code)
                .ok_or_else(|| AppError::BadRequest(t!(lang, "forum-unknown-status")))?,
        ),
    };
    let kind = match filter.attendee_type.trim() {
        "" => None,
        code => Some(
            AttendeeType::from_code(code)
                .ok_or_else(|| AppError::BadRequest(t!(lang, "forum-unknown-attendee-type")))?,
        ),
    };
    let mut out = vec![header(lang)];
    for r in registrants::registrants(&state.db, lang, status, kind).await? {
        out.push(vec![
            r.name,
            r.email,
            r.organization,
            r.attendee_type,
            r.status_label,
            r.registered_on,
            r.checked_in.unwrap_or_default(),
            r.badge_code,
            r.answers.join("; "),
            r.id.to_string(),
        ]);
    }
    Ok(out)
}

/// `GET /forum/registrants.csv` (secretariat admins).
pub async fn registrants_csv(
    State(state): State<AppState>,
    Query(filter): Query<Filter>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let mut writer = csv::Writer::from_writer(Vec::new());
        for row in rows(
            &state,
            &headers,
            &filter,
            crate::i18n::request::of_headers(&headers),
        )
        .await?
        {
            writer
                .write_record(row.iter().map(|cell| defuse(cell)))
                .map_err(|e| {
                    tracing::error!(error = %e, "could not write a CSV row");
                    AppError::Internal
                })?;
        }
        writer.into_inner().map_err(|e| {
            tracing::error!(error = %e, "could not finish a CSV file");
            AppError::Internal
        })
    }
    .await;
    match result {
        Ok(body) => download("text/csv; charset=utf-8", "forum-registrants.csv", body),
        Err(e) => e.into_response(),
    }
}

/// `GET /forum/registrants.xlsx` (secretariat admins). Cells are written as strings, so a
/// value starting with `=` stays text and never becomes a formula.
pub async fn registrants_xlsx(
    State(state): State<AppState>,
    Query(filter): Query<Filter>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let lang = crate::i18n::request::of_headers(&headers);
        let rows = rows(&state, &headers, &filter, lang).await?;
        let failed = |e: rust_xlsxwriter::XlsxError| {
            tracing::error!(error = %e, "could not write the XLSX file");
            AppError::Internal
        };
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet
            .set_name(t!(lang, "forum-sheet-name"))
            .map_err(failed)?;
        for (i, row) in rows.iter().enumerate() {
            for (j, cell) in row.iter().enumerate() {
                sheet
                    .write_string(i as u32, j as u16, cell.as_str())
                    .map_err(failed)?;
            }
        }
        book.save_to_buffer().map_err(failed)
    }
    .await;
    match result {
        Ok(body) => download(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "forum-registrants.xlsx",
            body,
        ),
        Err(e) => e.into_response(),
    }
}
