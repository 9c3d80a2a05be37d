//! Training server functions. Each checks who is calling, parses its fields, and calls one
//! service function.

use super::types::*;
use crate::error::AppError;
use crate::i18n::ContentLanguage;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::evaluation_rules::parse_evaluation,
    super::rules::{parse_program, parse_session_in, ProgramForm, ProgramFormat},
    super::{attendance, catalogue, certificates, enrolment, evaluation, program},
    crate::accounts::auth::{optional_user, require_user},
    crate::accounts::Role,
    crate::state::{db, AppState},
};

/// The catalogue, filtered by topic code, format code, `when` (upcoming, past or all) and
/// language code (empty or unknown: all, as an old link may carry one).
#[server(prefix = "/api", endpoint = "training/catalogue")]
pub async fn training_catalogue(
    topic: String,
    format: String,
    when: String,
    #[server(default)] language: String,
) -> Result<Vec<ProgramCard>, AppError> {
    let filter = catalogue::CatalogueFilter {
        topic: (!topic.trim().is_empty()).then(|| topic.trim().to_owned()),
        format: match format.trim() {
            "" => None,
            code => Some(ProgramFormat::from_code(code).ok_or_else(|| {
                AppError::BadRequest(crate::t!(
                    crate::i18n::current(),
                    "training-bad-format",
                    code = code
                ))
            })?),
        },
        upcoming: match when.trim() {
            "" | "upcoming" => Some(true),
            "past" => Some(false),
            "all" => None,
            other => {
                return Err(AppError::BadRequest(crate::t!(
                    crate::i18n::current(),
                    "training-bad-when",
                    value = other
                )))
            }
        },
        language: ContentLanguage::from_code(language.trim()),
    };
    catalogue::catalogue(&db()?, &filter, chrono::Utc::now()).await
}

/// The languages programs are given in, for the catalogue's filter.
#[server(prefix = "/api", endpoint = "training/languages")]
pub async fn training_languages() -> Result<Vec<ContentLanguage>, AppError> {
    catalogue::languages(&db()?).await
}

#[server(prefix = "/api", endpoint = "training/program")]
pub async fn training_program(id: i32) -> Result<ProgramDetail, AppError> {
    let viewer = optional_user().await?;
    program::detail(&db()?, id, viewer.as_ref(), chrono::Utc::now()).await
}

/// Creates a program; secretariat admins and trainers only. Returns its id.
#[server(prefix = "/api", endpoint = "training/create")]
#[tracing::instrument(skip_all)]
#[allow(clippy::too_many_arguments)]
pub async fn create_program(
    title: String,
    description: String,
    format: String,
    venue: String,
    link: String,
    language: String,
    capacity: String,
    min_sessions: String,
    time_zone: String,
    topic: String,
    topic2: String,
    trainers: String,
) -> Result<i32, AppError> {
    let user = require_user().await?;
    if !(user.has_role(Role::SecretariatAdmin) || user.has_role(Role::Trainer)) {
        return Err(AppError::Forbidden);
    }
    let draft = parse_program(
        &ProgramForm {
            title,
            description,
            format,
            venue,
            link,
            language,
            capacity,
            min_sessions,
            time_zone,
            topic,
            topic2,
            trainers,
        },
        crate::i18n::current(),
    )
    .map_err(AppError::Invalid)?;
    let id = program::create_program(&db()?, &user, draft).await?;
    crate::shell::flash::go_to(&format!("/training/{id}"));
    Ok(id)
}

#[server(prefix = "/api", endpoint = "training/add_session")]
pub async fn add_session(
    program_id: i32,
    session_title: String,
    date: String,
    starts: String,
    ends: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let draft = parse_session_in(
        crate::i18n::current(),
        &session_title,
        &date,
        &starts,
        &ends,
    )
    .map_err(AppError::Invalid)?;
    program::add_session(&db()?, &user, program_id, draft).await
}

/// Enrols the caller, or (for an organization admin) a member of their staff. Answers
/// "enrolled" or "waitlisted".
#[server(prefix = "/api", endpoint = "training/enrol")]
pub async fn enrol(program_id: i32, account_id: Option<i32>) -> Result<String, AppError> {
    let user = require_user().await?;
    let state = use_context::<AppState>().ok_or(AppError::Internal)?;
    let person = account_id.unwrap_or(user.id);
    if !program::may_enrol_for(&state.db, &user, person).await? {
        return Err(AppError::Forbidden);
    }
    let placement = enrolment::enrol(
        &state.db,
        &state.site.public_base_url,
        program_id,
        person,
        user.id,
    )
    .await?;
    Ok(placement.status.as_code().to_owned())
}

/// Cancels the caller's own enrolment; the first person waiting gets the freed place.
#[server(prefix = "/api", endpoint = "training/cancel")]
pub async fn cancel_enrolment(program_id: i32) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = use_context::<AppState>().ok_or(AppError::Internal)?;
    enrolment::cancel(&state.db, &state.site.public_base_url, program_id, user.id).await?;
    Ok(())
}

/// Marks one person present or absent at one session (the program's trainers). Answers whether
/// the person has now completed the program.
#[server(prefix = "/api", endpoint = "training/attendance")]
pub async fn mark_attendance(
    session_id: i32,
    enrolment_id: i32,
    present: bool,
) -> Result<bool, AppError> {
    let user = require_user().await?;
    attendance::mark_attendance(&db()?, &user, session_id, enrolment_id, present).await
}

#[server(prefix = "/api", endpoint = "training/evaluate")]
pub async fn evaluate_program(
    program_id: i32,
    relevance: String,
    clarity: String,
    usefulness: String,
    comments: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let draft = parse_evaluation(
        [&relevance, &clarity, &usefulness],
        &comments,
        crate::i18n::current(),
    )
    .map_err(AppError::Invalid)?;
    evaluation::evaluate(&db()?, &user, program_id, draft).await
}

#[server(prefix = "/api", endpoint = "training/evaluations")]
pub async fn fetch_evaluation_report(program_id: i32) -> Result<EvaluationReport, AppError> {
    let user = require_user().await?;
    evaluation::evaluation_report(&db()?, &user, program_id).await
}

/// Confirms a certificate from its code (anyone: the code is printed on the certificate).
#[server(prefix = "/api", endpoint = "training/certificate")]
pub async fn verify_certificate(code: String) -> Result<Option<CertificateView>, AppError> {
    certificates::certificate(&db()?, &code, crate::i18n::current()).await
}
