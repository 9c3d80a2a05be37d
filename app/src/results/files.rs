//! The reports as files: `GET /results/report.xlsx`, `/results/report.pdf` and
//! `/results/tables/{table}.csv`, for the same filter as the dashboard (a country for a per-country
//! report, none for the network-wide one). A filter that cannot be read answers 400.

use super::report::{self, Cell, Table};
use super::{query, NetworkResults};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::partners::export::defuse;
use crate::state::AppState;
use crate::t;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;

fn download(content_type: &'static str, file_name: String, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}\""),
            ),
        ],
        body,
    )
        .into_response()
}

async fn results_for(
    state: &AppState,
    params: &HashMap<String, String>,
    lang: Lang,
) -> Result<NetworkResults, AppError> {
    let (filter, choices) = query::read_filter(&state.db, |k| params.get(k).cloned(), lang).await?;
    query::network_results(&state.db, &filter, &choices, lang).await
}

/// "waterlinks-results-viet-nam-2024-2026": the file's name says what it covers.
fn base_name(r: &NetworkResults) -> String {
    let mut name = String::from("waterlinks-results");
    for part in [
        r.filter.country.clone(),
        r.filter.year_from.map(|y| y.to_string()),
        r.filter.year_to.map(|y| y.to_string()),
    ]
    .into_iter()
    .flatten()
    {
        name.push('-');
        name.extend(part.chars().map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        }));
    }
    name
}

fn title(r: &NetworkResults, lang: Lang) -> String {
    match &r.filter.country {
        Some(c) => t!(
            lang,
            "results-report-country-title",
            country = c,
            scope = r.scope.clone()
        ),
        None => t!(
            lang,
            "results-report-network-title",
            scope = r.scope.clone()
        ),
    }
}

fn xlsx(tables: &[Table]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for table in tables {
        let sheet = book.add_worksheet();
        // "Summary", "Years", "Outcomes", "Partnerships" in the reader's language: unique and
        // short, as sheet names must be.
        sheet.set_name(&table.sheet)?;
        for (j, h) in table.header.iter().enumerate() {
            sheet.write_string_with_format(0, j as u16, h, &bold)?;
        }
        for (i, row) in table.rows.iter().enumerate() {
            for (j, cell) in row.iter().enumerate() {
                let (r, c) = (i as u32 + 1, j as u16);
                // Text stays text (a leading '=' never becomes a formula).
                match cell {
                    Cell::Number(v) => sheet.write_number(r, c, *v)?,
                    Cell::Text(s) => sheet.write_string(r, c, s.as_str())?,
                };
            }
        }
        sheet.autofit();
    }
    book.save_to_buffer()
}

pub async fn report_xlsx(
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let lang = crate::i18n::request::of_headers(&headers);
    let r = results_for(&state, &params, lang).await?;
    let body = xlsx(&report::tables(&r, lang)).map_err(|e| {
        tracing::error!(error = %e, "could not write the results workbook");
        AppError::Internal
    })?;
    Ok(download(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        format!("{}.xlsx", base_name(&r)),
        body,
    ))
}

pub async fn report_pdf(
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let lang = crate::i18n::request::of_headers(&headers);
    let r = results_for(&state, &params, lang).await?;
    Ok(download(
        "application/pdf",
        format!("{}.pdf", base_name(&r)),
        super::pdf::render(
            &state.pdf_fonts,
            &title(&r, lang),
            &report::tables(&r, lang),
            lang,
        )?,
    ))
}

/// `GET /results/tables/{table}.csv` for summary, years, outcomes and partnerships.
pub async fn table_csv(
    State(state): State<AppState>,
    Path(file): Path<String>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let lang = crate::i18n::request::of_headers(&headers);
    let Some(name) = file.strip_suffix(".csv") else {
        return Err(AppError::NotFound(t!(lang, "results-no-such-file")));
    };
    let r = results_for(&state, &params, lang).await?;
    let Some(table) = report::tables(&r, lang)
        .into_iter()
        .find(|t| t.name == name)
    else {
        return Err(AppError::NotFound(t!(lang, "results-no-such-table")));
    };
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut result = writer.write_record(&table.header);
    for row in &table.rows {
        if result.is_err() {
            break;
        }
        result = writer.write_record(row.iter().map(|c| defuse(&c.text())));
    }
    let body = result
        .and_then(|_| writer.into_inner().map_err(|e| e.into_error().into()))
        .map_err(|e| {
            tracing::error!(error = %e, "could not write a results CSV");
            AppError::Internal
        })?;
    Ok(download(
        "text/csv; charset=utf-8",
        format!("{}-{name}.csv", base_name(&r)),
        body,
    ))
}
