//! Forum server functions. Each checks who is calling, parses its fields, and calls one service
//! function; the service writes the emails to the outbox with the change.

use super::types::*;
use crate::error::AppError;
use leptos::prelude::*;
use std::collections::HashMap;

#[cfg(feature = "ssr")]
use {
    super::leaving::Leaving,
    super::registrants::{self, Decision},
    super::rules::{parse_registrant, AttendeeType, Status},
    super::{agenda, badges, check_in, registering, service},
    crate::accounts::auth::{optional_user, require_role},
    crate::accounts::Role,
    crate::limits::{Rule, Subject},
    crate::state::limits,
    crate::state::{db, AppState},
    crate::t,
    std::sync::Arc,
};

/// The current edition with its questions and agenda (public: anyone may register).
#[server(prefix = "/api", endpoint = "forum/edition")]
pub async fn forum_edition() -> Result<EditionView, AppError> {
    let viewer = optional_user().await?;
    agenda::edition_view(&db()?, viewer.as_ref(), chrono::Utc::now()).await
}

#[cfg(feature = "ssr")]
fn registered(change: &registering::Change) -> Registered {
    let lang = crate::i18n::current();
    let r = &change.registration;
    let title = change.edition.title.as_str();
    let status = r.status;
    let message = match status {
        Status::Unconfirmed => t!(
            lang,
            "forum-registered-unconfirmed",
            email = r.email.as_str(),
            edition = title
        ),
        Status::Pending => t!(lang, "forum-registered-pending"),
        Status::Registered => t!(lang, "forum-registered-registered", edition = title),
        Status::Waitlisted => t!(lang, "forum-registered-waitlisted", edition = title),
        other => other.label(lang),
    };
    Registered {
        status: status.as_code().to_owned(),
        message,
        badge_code: (status != Status::Unconfirmed).then(|| r.badge_code.clone()),
        personal_code: change.personal_code.clone(),
    }
}

/// Registers for the current edition: a guest (who confirms by email) or a signed-in member
/// (confirmed at once). `answers` holds one field per question, `q<id>`.
#[server(prefix = "/api", endpoint = "forum/register")]
#[tracing::instrument(skip_all)]
pub async fn register_for_forum(
    name: String,
    email: String,
    organization: String,
    attendee_type: String,
    #[server(default)] answers: HashMap<String, String>,
) -> Result<Registered, AppError> {
    // The limit per address is generous: walk-in registrations at the venue share its Wi-Fi.
    limits::check(&[(Rule::ForumRegistrationsByAddress, Subject::Client)]).await?;
    let viewer = optional_user().await?;
    let state = use_context::<AppState>().ok_or(AppError::Internal)?;
    let lang = crate::i18n::current();
    let who = parse_registrant(&name, &email, &organization, &attendee_type, lang)
        .map_err(AppError::Invalid)?;
    limits::check(&[(Rule::ForumRegistrationsByEmail, Subject::Email(&who.email))]).await?;
    let change = registering::register(
        &state.db,
        lang,
        &state.secret_key().await?,
        &state.site.public_base_url,
        viewer.as_ref(),
        who,
        &answers,
        chrono::Utc::now(),
    )
    .await?;
    Ok(registered(&change))
}

/// Confirms a guest's email with the token from the emailed link (once).
#[server(prefix = "/api", endpoint = "forum/confirm")]
#[tracing::instrument(skip_all)]
pub async fn confirm_forum_registration(token: String) -> Result<Registered, AppError> {
    let state = use_context::<AppState>().ok_or(AppError::Internal)?;
    let change = registering::confirm(
        &state.db,
        &state.secret_key().await?,
        &state.site.public_base_url,
        &token,
    )
    .await?;
    Ok(registered(&change))
}

/// Sends the confirmation link (or, once confirmed, the badge link and a fresh personal code)
/// again. The answer is the same whether or not the email is registered.
#[server(prefix = "/api", endpoint = "forum/resend")]
#[tracing::instrument(skip_all)]
pub async fn resend_forum_confirmation(email: String) -> Result<(), AppError> {
    let email = crate::accounts::normalize_email(&email, crate::i18n::current())
        .map_err(|m| AppError::field("email", m))?;
    // Each resend is a message in someone's inbox.
    limits::check(&[
        (Rule::ResendsByAddress, Subject::Client),
        (Rule::ResendsByEmail, Subject::Email(&email)),
    ])
    .await?;
    let state = use_context::<AppState>().ok_or(AppError::Internal)?;
    registering::resend(
        &state.db,
        &state.secret_key().await?,
        &state.site.public_base_url,
        &email,
    )
    .await?;
    Ok(())
}

/// A badge by its code (the code is the secret: whoever holds the badge may see it).
#[server(prefix = "/api", endpoint = "forum/badge")]
pub async fn forum_badge(code: String) -> Result<Option<BadgeView>, AppError> {
    badges::badge(&db()?, &code).await
}

/// Whose registration a cancel link is for (404 for an unknown code, 410 once ended).
#[server(prefix = "/api", endpoint = "forum/cancellation")]
pub async fn forum_cancellation(code: String) -> Result<Cancellation, AppError> {
    let state = use_context::<AppState>().ok_or(AppError::Internal)?;
    badges::cancellation(&state.db, &state.secret_key().await?, &code).await
}

/// Cancels a registration with its personal code (from the emailed cancel link, never the
/// badge's); the first person waiting gets the place, and the registrant's award votes stop
/// counting.
#[server(prefix = "/api", endpoint = "forum/cancel")]
pub async fn cancel_forum_registration(code: String) -> Result<(), AppError> {
    let state = use_context::<AppState>().ok_or(AppError::Internal)?;
    let found = badges::by_personal_code(&state.db, &state.secret_key().await?, &code)
        .await?
        .ok_or_else(|| {
            AppError::field(
                "code",
                service::unknown_personal_code(crate::i18n::current()),
            )
        })?;
    registrants::decide(
        &state.db,
        &state.site.public_base_url,
        found.id,
        Decision::Cancel,
        state.service::<Arc<dyn Leaving>>()?.as_ref(),
    )
    .await?;
    Ok(())
}

/// Checks in a badge by its code (secretariat admins, who staff the registration desk).
#[server(prefix = "/api", endpoint = "forum/check_in")]
#[tracing::instrument(skip_all)]
pub async fn forum_check_in(
    code: String,
    /// When an offline desk saw the badge (RFC 3339); absent for a check-in made online.
    #[server(default)]
    seen_at: Option<String>,
) -> Result<CheckedIn, AppError> {
    let user = require_role(Role::SecretariatAdmin).await?;
    check_in::check_in(&db()?, &user, &code, seen_at.as_deref()).await
}

#[server(prefix = "/api", endpoint = "forum/count")]
pub async fn forum_check_in_count() -> Result<CheckInCount, AppError> {
    require_role(Role::SecretariatAdmin).await?;
    check_in::check_in_count(&db()?).await
}

/// Registrants of the current edition, filtered by status and attendee type codes ("" = all).
#[server(prefix = "/api", endpoint = "forum/registrants")]
pub async fn forum_registrants(
    status: String,
    attendee_type: String,
) -> Result<Vec<RegistrantRow>, AppError> {
    require_role(Role::SecretariatAdmin).await?;
    let status = match status.trim() {
        "" => None,
        code => Some(Status::from_code(code).ok_or_else(|| {
            AppError::field("status", t!(crate::i18n::current(), "forum-unknown-status"))
        })?),
    };
    let kind = match attendee_type.trim() {
        "" => None,
        code => Some(AttendeeType::from_code(code).ok_or_else(|| {
            AppError::field(
                "attendee_type",
                t!(crate::i18n::current(), "forum-unknown-attendee-type"),
            )
        })?),
    };
    registrants::registrants(&db()?, crate::i18n::current(), status, kind).await
}

/// Approves, rejects or cancels a registration (secretariat admins); people promoted from the
/// waitlist are told.
#[server(prefix = "/api", endpoint = "forum/decide")]
#[tracing::instrument(skip_all)]
pub async fn decide_forum_registration(id: i32, decision: String) -> Result<(), AppError> {
    require_role(Role::SecretariatAdmin).await?;
    let state = use_context::<AppState>().ok_or(AppError::Internal)?;
    let decision = Decision::parse(&decision).ok_or_else(|| {
        AppError::BadRequest(t!(crate::i18n::current(), "forum-unknown-decision"))
    })?;
    registrants::decide(
        &state.db,
        &state.site.public_base_url,
        id,
        decision,
        state.service::<Arc<dyn Leaving>>()?.as_ref(),
    )
    .await?;
    Ok(())
}

/// Adds a question to the registration form (secretariat admins). `shown_if_question` empty
/// means always asked.
#[server(prefix = "/api", endpoint = "forum/add_question")]
#[tracing::instrument(skip_all)]
pub async fn add_forum_question(
    prompt: String,
    kind: String,
    #[server(default)] choices: String,
    #[server(default)] required: Option<String>,
    #[server(default)] shown_if_question: String,
    #[server(default)] shown_if_answer: String,
) -> Result<i32, AppError> {
    require_role(Role::SecretariatAdmin).await?;
    let parent = match shown_if_question.trim() {
        "" => None,
        id => Some(id.parse::<i32>().map_err(|_| {
            AppError::field(
                "shown_if_question",
                t!(crate::i18n::current(), "forum-question-parent-unknown"),
            )
        })?),
    };
    agenda::add_question(
        &db()?,
        &prompt,
        &kind,
        &choices,
        required.is_some(),
        parent,
        &shown_if_answer,
    )
    .await
}

/// Stars or unstars an agenda session for the signed-in person ("My agenda").
#[server(prefix = "/api", endpoint = "forum/star")]
pub async fn star_forum_session(session_id: i32, starred: bool) -> Result<(), AppError> {
    let user = crate::accounts::auth::require_user().await?;
    agenda::set_star(&db()?, &user, session_id, starred).await
}

/// The current edition's settings, to prefill the secretariat's form.
#[server(prefix = "/api", endpoint = "forum/edition_settings")]
pub async fn forum_edition_settings() -> Result<super::edition_rules::EditionForm, AppError> {
    require_role(Role::SecretariatAdmin).await?;
    super::edition_service::settings(&db()?).await
}

/// Creates the edition of a year, or updates it (secretariat admins). Places a larger capacity
/// frees go to the waitlist, who are told.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "forum/save_edition")]
#[tracing::instrument(skip_all)]
pub async fn save_forum_edition(
    year: String,
    title: String,
    venue: String,
    time_zone: String,
    starts_on: String,
    ends_on: String,
    capacity: String,
    opens_on: String,
    closes_on: String,
    #[server(default)] needs_approval: Option<String>,
) -> Result<(), AppError> {
    require_role(Role::SecretariatAdmin).await?;
    let state = use_context::<AppState>().ok_or(AppError::Internal)?;
    let form = super::edition_rules::EditionForm {
        year,
        title,
        venue,
        time_zone,
        starts_on,
        ends_on,
        capacity,
        opens_on,
        closes_on,
        needs_approval: needs_approval.is_some(),
    };
    super::edition_service::save(&state.db, &state.site.public_base_url, &form).await?;
    Ok(())
}

/// Adds a session to the current edition's agenda (secretariat admins); times at the venue.
#[server(prefix = "/api", endpoint = "forum/add_session")]
#[tracing::instrument(skip_all)]
pub async fn add_forum_session(
    session_title: String,
    date: String,
    starts: String,
    ends: String,
    room: String,
    #[server(default)] speakers: String,
    #[server(default)] topic: String,
) -> Result<i32, AppError> {
    require_role(Role::SecretariatAdmin).await?;
    let form = super::edition_rules::AgendaForm {
        title: session_title,
        date,
        starts,
        ends,
        room,
        speakers,
        topic,
    };
    super::edition_service::add_agenda_session(&db()?, &form).await
}
