//! Files a program hands out: the certificate PDF, a calendar file per session, and the
//! trainers' CSV exports of enrolments, attendance and evaluations.

use super::rules::EnrolmentStatus;
use super::{attendance, certificates, evaluation, service};
use crate::accounts::auth::user_from_headers;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::partners::export::defuse;
use crate::state::AppState;
use crate::t;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use icalendar::{Calendar, Component, Event, EventLike};

fn download(content_type: &'static str, file_name: String, body: Vec<u8>) -> Response {
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

/// `GET /certificates/{code}/certificate.pdf`. The code is the secret: whoever holds the
/// certificate may fetch it again, as the verification page shows the same facts.
pub async fn certificate_pdf(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Response {
    let lang = crate::i18n::request::of_headers(&headers);
    match certificates::certificate(&state.db, &code, lang).await {
        Ok(Some(certificate)) => {
            let url = format!(
                "{}/certificates/{}",
                state.site.public_base_url, certificate.code
            );
            match super::certificate::render(&state.pdf_fonts, &certificate, &url, lang) {
                Ok(body) => download(
                    "application/pdf",
                    format!("certificate-{}.pdf", certificate.program_id),
                    body,
                ),
                Err(e) => e.into_response(),
            }
        }
        Ok(None) => AppError::NotFound(t!(lang, "training-certificate-none")).into_response(),
        Err(e) => e.into_response(),
    }
}

/// `GET /training/sessions/{id}/calendar.ics`: one session for any calendar app, in UTC so
/// every app shows it in its user's own time zone.
pub async fn session_ics(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
) -> Response {
    let lang = crate::i18n::request::of_headers(&headers);
    let (session, program) = match attendance::session_with_program(&state.db, id).await {
        Ok(found) => found,
        Err(e) => return e.into_response(),
    };
    let url = format!("{}/training/{}", state.site.public_base_url, program.id);
    let summary = if session.title.is_empty() {
        program.title.clone()
    } else {
        t!(
            lang,
            "training-ics-summary",
            program = program.title.as_str(),
            session = session.title.as_str()
        )
    };
    let host = url::Url::parse(&state.site.public_base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "waterlinks.hub".to_owned());
    let mut event = Event::new();
    event
        .uid(&format!("training-session-{}@{host}", session.id))
        .summary(&summary)
        .description(&format!("{}\n\n{url}", program.description))
        .starts(session.starts_at)
        .ends(session.ends_at)
        .url(&url);
    if !program.venue.is_empty() {
        event.location(&program.venue);
    }
    let calendar = Calendar::new()
        .name(&t!(lang, "training-ics-calendar"))
        .push(event.done())
        .done();
    download(
        "text/calendar; charset=utf-8",
        format!("training-session-{}.ics", session.id),
        calendar.to_string().into_bytes(),
    )
}

async fn manager_of(state: &AppState, headers: &HeaderMap, id: i32) -> Result<String, AppError> {
    let user = user_from_headers(&state.db, headers)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    Ok(service::require_manager(&state.db, &user, id).await?.title)
}

fn csv_bytes(rows: Vec<Vec<String>>) -> Result<Vec<u8>, AppError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
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

#[derive(Clone, Copy)]
enum Sheet {
    Enrolments,
    Attendance,
    Evaluations,
}

async fn export_csv(state: AppState, id: i32, headers: HeaderMap, sheet: Sheet) -> Response {
    let lang = crate::i18n::request::of_headers(&headers);
    let result = async {
        manager_of(&state, &headers, id).await?;
        let rows = match sheet {
            Sheet::Enrolments => enrolment_rows(&state, id, lang).await?,
            Sheet::Attendance => attendance_rows(&state, id, lang).await?,
            Sheet::Evaluations => evaluation_rows(&state, id, lang).await?,
        };
        csv_bytes(rows)
    }
    .await;
    let name = match sheet {
        Sheet::Enrolments => "enrolments",
        Sheet::Attendance => "attendance",
        Sheet::Evaluations => "evaluations",
    };
    match result {
        Ok(body) => download(
            "text/csv; charset=utf-8",
            format!("training-{id}-{name}.csv"),
            body,
        ),
        Err(e) => e.into_response(),
    }
}

/// `GET /training/{id}/enrolments.csv` (the program's trainers and secretariat admins).
pub async fn enrolments_csv(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
) -> Response {
    export_csv(state, id, headers, Sheet::Enrolments).await
}

/// `GET /training/{id}/attendance.csv`: one column per session.
pub async fn attendance_csv(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
) -> Response {
    export_csv(state, id, headers, Sheet::Attendance).await
}

/// `GET /training/{id}/evaluations.csv`.
pub async fn evaluations_csv(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
) -> Response {
    export_csv(state, id, headers, Sheet::Evaluations).await
}

/// An enrolment's status in a CSV cell, in `lang`.
fn status_cell(status: EnrolmentStatus, lang: Lang) -> String {
    match status {
        EnrolmentStatus::Enrolled => t!(lang, "training-status-enrolled"),
        EnrolmentStatus::Waitlisted => t!(lang, "training-status-waitlisted"),
        EnrolmentStatus::Cancelled => t!(lang, "training-status-cancelled"),
    }
}

async fn enrolment_rows(
    state: &AppState,
    id: i32,
    lang: Lang,
) -> Result<Vec<Vec<String>>, AppError> {
    let (_, people) = attendance::attendance_sheet(&state.db, id).await?;
    let mut rows = vec![vec![
        t!(lang, "training-csv-name"),
        t!(lang, "training-csv-email"),
        t!(lang, "training-csv-status"),
        t!(lang, "training-csv-since"),
        t!(lang, "training-csv-completed-on"),
        t!(lang, "training-csv-certificate-url"),
    ]];
    for (e, name, email, _) in people {
        rows.push(vec![
            name,
            email,
            status_cell(e.status, lang),
            e.queued_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            e.completed_at
                .map(|t| t.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            e.certificate_code
                .filter(|_| e.completed_at.is_some())
                .map(|code| format!("{}/certificates/{code}", state.site.public_base_url))
                .unwrap_or_default(),
        ]);
    }
    Ok(rows)
}

async fn attendance_rows(
    state: &AppState,
    id: i32,
    lang: Lang,
) -> Result<Vec<Vec<String>>, AppError> {
    let (sessions, people) = attendance::attendance_sheet(&state.db, id).await?;
    let mut header = vec![
        t!(lang, "training-csv-name"),
        t!(lang, "training-csv-email"),
        t!(lang, "training-csv-status"),
    ];
    header.extend(
        sessions
            .iter()
            .map(|s| s.starts_at.format("%Y-%m-%d %H:%M UTC").to_string()),
    );
    header.push(t!(lang, "training-csv-sessions-attended"));
    let mut rows = vec![header];
    for (e, name, email, attended) in people {
        let mut row = vec![name, email, status_cell(e.status, lang)];
        row.extend(sessions.iter().map(|s| {
            if attended.contains(&s.id) {
                t!(lang, "training-csv-present")
            } else {
                String::new()
            }
        }));
        row.push(attended.len().to_string());
        rows.push(row);
    }
    Ok(rows)
}

/// Evaluations are exported without names: people rate more honestly that way.
async fn evaluation_rows(
    state: &AppState,
    id: i32,
    lang: Lang,
) -> Result<Vec<Vec<String>>, AppError> {
    let mut rows = vec![vec![
        t!(lang, "training-csv-submitted-at"),
        t!(lang, "training-csv-relevance"),
        t!(lang, "training-csv-clarity"),
        t!(lang, "training-csv-usefulness"),
        t!(lang, "training-csv-comments"),
    ]];
    for e in evaluation::evaluations(&state.db, id).await? {
        rows.push(vec![
            e.submitted_at.format("%Y-%m-%d").to_string(),
            e.relevance.to_string(),
            e.clarity.to_string(),
            e.usefulness.to_string(),
            e.comments,
        ]);
    }
    Ok(rows)
}
