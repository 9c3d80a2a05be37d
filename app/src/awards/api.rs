//! Awards server functions. Each checks who is calling, parses its fields, and calls one
//! service function.

use super::types::*;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::live::TallyHub,
    super::service,
    crate::accounts::auth::{optional_user, require_role},
    crate::accounts::Role,
    crate::state::{db, AppState},
    std::sync::Arc,
};

#[cfg(feature = "ssr")]
fn state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the Leptos context");
        AppError::Internal
    })
}

/// The current edition's categories, nominees, live counts (as the big screen may show them)
/// and, once revealed, the results (public).
#[server(prefix = "/api", endpoint = "awards/overview")]
pub async fn awards_overview() -> Result<AwardsView, AppError> {
    let viewer = optional_user().await?;
    let state = state()?;
    super::overview::overview(&state.db, viewer.as_ref(), &state.site.public_base_url).await
}

/// An attendee's voting page, opened with their personal code (emailed, never printed on the
/// badge: a photographed badge does not let anyone vote for its holder).
#[server(prefix = "/api", endpoint = "awards/ballot")]
pub async fn awards_ballot(code: String) -> Result<BallotView, AppError> {
    let state = state()?;
    service::ballot_view(&state.db, &state.secret_key().await?, &code).await
}

/// Casts (or changes) the vote of the holder of the personal code `code` in a category.
/// Answers only once stored.
#[server(prefix = "/api", endpoint = "awards/vote")]
pub async fn cast_vote(
    code: String,
    category: i32,
    nomination: i32,
    nonce: String,
) -> Result<VoteReceipt, AppError> {
    use crate::limits::{Rule, Subject};
    // Before the badge is looked up, so guessed codes are limited as well.
    crate::state::limits::check(&[(Rule::VotesByAddress, Subject::Client)]).await?;
    let state = state()?;
    service::cast_vote(
        &state.db,
        &state.secret_key().await?,
        state.service::<Arc<TallyHub>>()?,
        service::VoteRequest {
            personal_code: &code,
            category_id: category,
            nomination_id: nomination,
            nonce: &nonce,
        },
        Some(&state.limits),
    )
    .await
}

/// Opens, closes or reveals a category's vote (secretariat admins).
#[server(prefix = "/api", endpoint = "awards/voting")]
pub async fn set_voting(category: i32, action: String) -> Result<String, AppError> {
    let user = require_role(Role::SecretariatAdmin).await?;
    let state = state()?;
    let to = service::set_state(
        &state.db,
        state.service::<Arc<TallyHub>>()?,
        &user,
        category,
        &action,
    )
    .await?;
    Ok(to.label(crate::i18n::current()))
}

/// Checks a voter's receipt once the category is revealed (public).
#[server(prefix = "/api", endpoint = "awards/receipt")]
pub async fn check_receipt(code: String) -> Result<ReceiptCheck, AppError> {
    service::check_receipt(&db()?, &code).await
}

/// Nominates a partnership in a category: secretariat admins, or an admin of one of the
/// partners. Refused with a reason when the partnership is not eligible.
#[server(prefix = "/api", endpoint = "awards/nominate")]
pub async fn nominate(category: i32, partnership: i32, statement: String) -> Result<i32, AppError> {
    let user = crate::accounts::auth::require_user().await?;
    super::jury::nominate(&db()?, &user, category, partnership, &statement).await
}

/// The nominations the signed-in juror may score, with their scores so far (jurors).
#[server(prefix = "/api", endpoint = "awards/jury")]
pub async fn jury_nominations() -> Result<Vec<JuryNomination>, AppError> {
    let user = require_role(Role::Juror).await?;
    super::jury::for_juror(&db()?, &user).await
}

/// Records a juror's score (0–10) of one criterion for one nomination (jurors assigned to the
/// category, never for a nomination involving their own organization).
#[server(prefix = "/api", endpoint = "awards/score")]
pub async fn score_nomination(nomination: i32, criterion: i32, score: i32) -> Result<(), AppError> {
    let user = require_role(Role::Juror).await?;
    super::jury::record_score(&db()?, &user, nomination, criterion, score).await
}

/// Each juror's scoring progress per category (secretariat admins).
#[server(prefix = "/api", endpoint = "awards/progress")]
pub async fn jury_progress() -> Result<Vec<JurorProgress>, AppError> {
    let user = require_role(Role::SecretariatAdmin).await?;
    super::jury::progress(&db()?, &user).await
}

/// Assigns a juror, by email, to a category (secretariat admins).
#[server(prefix = "/api", endpoint = "awards/assign_juror")]
pub async fn assign_juror(category: i32, email: String) -> Result<(), AppError> {
    let user = require_role(Role::SecretariatAdmin).await?;
    super::jury::assign_juror(&db()?, &user, category, &email).await
}

/// Creates an award category of the current edition, in draft (secretariat admins).
#[server(prefix = "/api", endpoint = "awards/create_category")]
pub async fn create_award_category(
    name: String,
    #[server(default)] description: String,
    #[server(default)] topic: String,
    eligible_from: String,
    eligible_until: String,
    jury_weight: i32,
    #[server(default)] hide_results: Option<String>,
) -> Result<i32, AppError> {
    let user = require_role(Role::SecretariatAdmin).await?;
    super::jury::create_category(
        &db()?,
        &user,
        super::jury::NewCategory {
            name: &name,
            description: &description,
            topic: &topic,
            eligible_from: &eligible_from,
            eligible_until: &eligible_until,
            jury_weight,
            hide_results: hide_results.is_some(),
        },
    )
    .await
}

/// Sets the jury's share (percent) of a category's result (secretariat admins).
#[server(prefix = "/api", endpoint = "awards/set_weight")]
pub async fn set_jury_weight(category: i32, jury_weight: i32) -> Result<(), AppError> {
    let user = require_role(Role::SecretariatAdmin).await?;
    super::jury::set_weight(&db()?, &user, category, jury_weight).await
}

/// Adds a weighted jury criterion to a category (secretariat admins).
#[server(prefix = "/api", endpoint = "awards/add_criterion")]
pub async fn add_criterion(category: i32, name: String, weight: i32) -> Result<i32, AppError> {
    let user = require_role(Role::SecretariatAdmin).await?;
    super::jury::add_criterion(&db()?, &user, category, &name, weight).await
}
