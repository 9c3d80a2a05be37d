//! The partnership server functions. Each checks who is calling itself (in the service, against
//! the partnership's own partners and facilitator), whatever the page shows.

use super::{PartnershipDetail, PartnershipSummary};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::honours::Honours,
    super::{plan_service, service, ActivityForm, ActivityStatus, PartnershipFilter, Step},
    crate::accounts::auth::{optional_user, require_user},
    crate::state::{db, AppState},
    std::sync::Arc,
};

/// The filters as the list page's query string carries them; unknown values are a 400.
#[server(prefix = "/api", endpoint = "wops/list")]
pub async fn list_partnerships(
    status: Option<String>,
    country: Option<String>,
    topic: Option<String>,
    year: Option<String>,
) -> Result<Vec<PartnershipSummary>, AppError> {
    let lang = crate::i18n::current();
    let filter = PartnershipFilter::from_params(
        |k| match k {
            "status" => status.clone(),
            "country" => country.clone(),
            "topic" => topic.clone(),
            "year" => year.clone(),
            _ => None,
        },
        lang,
    )
    .map_err(AppError::BadRequest)?;
    service::list(&db()?, &filter).await
}

#[server(prefix = "/api", endpoint = "wops/detail")]
pub async fn fetch_partnership(id: i32) -> Result<PartnershipDetail, AppError> {
    let user = optional_user().await?;
    let state = use_context::<AppState>().ok_or(AppError::Internal)?;
    let honours = state.service::<Arc<dyn Honours>>()?;
    service::detail(&state.db, id, user.as_ref(), honours.as_ref()).await
}

#[server(prefix = "/api", endpoint = "wops/step")]
#[tracing::instrument(skip(note))]
pub async fn take_partnership_step(id: i32, step: String, note: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let lang = crate::i18n::current();
    let step = Step::parse(&step)
        .ok_or_else(|| AppError::BadRequest(crate::t!(lang, "wops-unknown-step")))?;
    service::take_step(&db()?, id, &user, &step, &note).await?;
    Ok(())
}

#[server(prefix = "/api", endpoint = "wops/agreement")]
#[tracing::instrument(skip(scope, signatories))]
pub async fn record_agreement(
    id: i32,
    signatories: String,
    start_date: String,
    end_date: String,
    scope: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let lang = crate::i18n::current();
    let terms = super::parse_agreement(&signatories, &start_date, &end_date, &scope, lang)
        .map_err(AppError::Invalid)?;
    plan_service::record_agreement(&db()?, id, &user, terms).await
}

#[server(prefix = "/api", endpoint = "wops/commitment")]
pub async fn add_commitment(id: i32, side: String, promise: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let (side, promise) = super::parse_commitment(&side, &promise, crate::i18n::current())
        .map_err(AppError::Invalid)?;
    plan_service::add_commitment(&db()?, id, &user, side, promise).await
}

#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "wops/activity")]
pub async fn add_activity(
    id: i32,
    kind: String,
    title: String,
    start_date: String,
    end_date: String,
    responsible: String,
    place: String,
    online: Option<String>,
    status: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    plan_service::add_activity(
        &db()?,
        id,
        &user,
        &ActivityForm {
            kind: &kind,
            title: &title,
            start_date: &start_date,
            end_date: &end_date,
            responsible: &responsible,
            place: &place,
            online: online.is_some(),
            status: &status,
        },
    )
    .await
}

#[server(prefix = "/api", endpoint = "wops/activity_status")]
pub async fn set_activity_status(
    id: i32,
    activity_id: i32,
    status: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let status = ActivityStatus::from_code(&status).ok_or_else(|| {
        AppError::field(
            "status",
            crate::t!(crate::i18n::current(), "wops-choose-status"),
        )
    })?;
    plan_service::set_activity_status(&db()?, id, &user, activity_id, status).await
}

#[server(prefix = "/api", endpoint = "wops/resource")]
pub async fn add_resource(
    id: i32,
    kind: String,
    amount: String,
    currency: String,
    description: String,
    source: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let plan = super::parse_resource(
        &kind,
        &amount,
        &currency,
        &description,
        &source,
        crate::i18n::current(),
    )
    .map_err(AppError::Invalid)?;
    plan_service::add_resource(&db()?, id, &user, plan).await
}

#[server(prefix = "/api", endpoint = "wops/remove_part")]
pub async fn remove_plan_part(id: i32, part: String, part_id: i32) -> Result<(), AppError> {
    let user = require_user().await?;
    plan_service::remove_part(&db()?, id, &user, &part, part_id).await
}

/// Returns a warning when the target goes the wrong way for the KPI (saved all the same).
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "wops/outcome")]
pub async fn add_outcome(
    id: i32,
    kpi: String,
    baseline_value: String,
    baseline_date: String,
    target_value: String,
    target_date: String,
    private: Option<String>,
) -> Result<Option<String>, AppError> {
    let user = require_user().await?;
    let today = chrono::Utc::now().date_naive();
    let (plan, warning) = super::parse_outcome(
        &kpi,
        &baseline_value,
        &baseline_date,
        &target_value,
        &target_date,
        today,
        crate::i18n::current(),
    )
    .map_err(AppError::Invalid)?;
    plan_service::add_outcome(&db()?, id, &user, plan, private.is_none()).await?;
    Ok(warning)
}

#[server(prefix = "/api", endpoint = "wops/outcome_value")]
pub async fn record_outcome_value(
    id: i32,
    outcome_id: i32,
    value: String,
    measured_on: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let lang = crate::i18n::current();
    let today = chrono::Utc::now().date_naive();
    let mut errors = crate::error::FieldErrors::default();
    let number = crate::i18n::format::parse_decimal(lang, &value);
    if number.is_none() {
        errors.add("value", crate::t!(lang, "wops-enter-number"));
    }
    let date = chrono::NaiveDate::parse_from_str(measured_on.trim(), "%Y-%m-%d").ok();
    match date {
        None => errors.add("measured_on", crate::t!(lang, "wops-enter-measured-on")),
        Some(d) if d > today => errors.add("measured_on", crate::t!(lang, "wops-date-not-future")),
        Some(_) => {}
    }
    errors.into_result()?;
    let (Some(value), Some(date)) = (number, date) else {
        return Err(AppError::Internal);
    };
    plan_service::record_outcome_value(&db()?, id, &user, outcome_id, value, date).await
}

#[server(prefix = "/api", endpoint = "wops/report")]
#[tracing::instrument(skip(achievements, challenges))]
pub async fn submit_progress_report(
    id: i32,
    period_start: String,
    period_end: String,
    achievements: String,
    challenges: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let today = chrono::Utc::now().date_naive();
    let draft = super::parse_report(
        &period_start,
        &period_end,
        &achievements,
        &challenges,
        today,
        crate::i18n::current(),
    )
    .map_err(AppError::Invalid)?;
    plan_service::submit_report(&db()?, id, &user, draft).await
}

/// `corrective_actions`: one per line.
#[server(prefix = "/api", endpoint = "wops/review")]
#[tracing::instrument(skip(comment, corrective_actions))]
pub async fn review_progress_report(
    report_id: i32,
    comment: String,
    corrective_actions: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let lang = crate::i18n::current();
    let comment = comment.trim();
    if comment.is_empty() {
        return Err(AppError::field(
            "comment",
            crate::t!(lang, "wops-enter-review-comment"),
        ));
    }
    if comment.chars().count() > 4000 || corrective_actions.chars().count() > 4000 {
        return Err(AppError::field(
            "comment",
            crate::t!(lang, "wops-review-too-long", max = 4000),
        ));
    }
    let actions: Vec<String> = corrective_actions
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    plan_service::review_report(&db()?, report_id, &user, comment, &actions).await?;
    Ok(())
}

#[server(prefix = "/api", endpoint = "wops/resolve")]
pub async fn resolve_corrective_action(action_id: i32) -> Result<(), AppError> {
    let user = require_user().await?;
    plan_service::resolve_action(&db()?, action_id, &user).await?;
    Ok(())
}
