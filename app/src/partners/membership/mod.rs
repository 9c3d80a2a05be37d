//! Membership of organizations: a signed-in person asks to join an organization; its admins (or
//! the secretariat) approve or refuse, and the person gets an email either way. Approved members
//! of an organization that is a member of the network (a flag the secretariat sets, shown in
//! the directory) are network members ([`crate::accounts::CurrentUser::is_network_member`]).
//! Decisions and flag changes are written to the audit trail in the same transaction.

#[cfg(feature = "ssr")]
pub mod entity;
mod pages;
#[cfg(feature = "ssr")]
pub mod service;

pub use pages::{MembershipPanel, RequestItem};

use crate::error::AppError;
use crate::stored::stored_enum;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Longest note a person may add to their request.
pub const NOTE_MAX_CHARS: usize = 500;

stored_enum! {
    /// Where a request to join stands (`membership_request.status`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum RequestStatus {
        Pending = "pending",
        Approved = "approved",
        Refused = "refused",
        Withdrawn = "withdrawn",
    }
}

impl RequestStatus {
    /// "This request was already …" in `lang`: one whole sentence per state.
    pub fn already(self, lang: crate::i18n::Lang) -> String {
        use crate::t;
        match self {
            RequestStatus::Pending => t!(lang, "partners-request-already-pending"),
            RequestStatus::Approved => t!(lang, "partners-request-already-approved"),
            RequestStatus::Refused => t!(lang, "partners-request-already-refused"),
            RequestStatus::Withdrawn => t!(lang, "partners-request-already-withdrawn"),
        }
    }

    /// In English, for records.
    pub fn label(self) -> &'static str {
        match self {
            RequestStatus::Pending => "waiting for a decision",
            RequestStatus::Approved => "approved",
            RequestStatus::Refused => "refused",
            RequestStatus::Withdrawn => "withdrawn",
        }
    }
}

/// A request waiting for a decision, as deciders see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JoinRequest {
    pub id: i32,
    pub person_name: String,
    pub person_email: String,
    pub organization_id: i32,
    pub organization_name: String,
    pub message: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// Where the viewer stands with an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Standing {
    SignedOut,
    /// Signed in, not a member, nothing waiting: may ask to join.
    MayAsk,
    /// Their request waits for a decision.
    Waiting,
    Member,
    Admin,
}

/// The organization page's membership section, for this viewer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MembershipView {
    pub organization_id: i32,
    pub organization_name: String,
    pub network_member: bool,
    pub standing: Standing,
    /// Whether the viewer decides requests (its admins and secretariat admins).
    pub decides: bool,
    /// Whether the viewer sets the network flag (secretariat admins).
    pub sets_network_flag: bool,
    /// Pending requests, for deciders only (empty otherwise).
    pub requests: Vec<JoinRequest>,
}

/// Checks a request's note: trimmed, and short enough to read at a glance.
pub fn parse_note(note: &str, lang: crate::i18n::Lang) -> Result<String, AppError> {
    let note = note.trim();
    if note.chars().count() > NOTE_MAX_CHARS {
        return Err(AppError::field(
            "message",
            crate::t!(lang, "partners-note-too-long", max = NOTE_MAX_CHARS),
        ));
    }
    Ok(note.to_owned())
}

#[cfg(feature = "ssr")]
fn base_url() -> Result<String, AppError> {
    let state = use_context::<crate::state::AppState>().ok_or(AppError::Internal)?;
    Ok(state.site.public_base_url.trim_end_matches('/').to_owned())
}

/// What the organization page shows about membership, for whoever looks (signed out too).
#[server(prefix = "/api", endpoint = "partners/membership")]
pub async fn fetch_membership(organization_id: i32) -> Result<MembershipView, AppError> {
    let db = crate::state::db()?;
    let user = crate::accounts::auth::optional_user().await?;
    service::view(&db, organization_id, user.as_ref()).await
}

#[server(prefix = "/api", endpoint = "partners/ask_to_join")]
#[tracing::instrument(skip(message))]
pub async fn ask_to_join(organization_id: i32, message: String) -> Result<(), AppError> {
    let user = crate::accounts::auth::require_user().await?;
    let note = parse_note(&message, crate::i18n::current())?;
    let db = crate::state::db()?;
    service::ask(&db, &base_url()?, &user, organization_id, &note).await
}

#[server(prefix = "/api", endpoint = "partners/withdraw_request")]
#[tracing::instrument]
pub async fn withdraw_join_request(organization_id: i32) -> Result<(), AppError> {
    let user = crate::accounts::auth::require_user().await?;
    let db = crate::state::db()?;
    service::withdraw(&db, &user, organization_id).await
}

/// Approves (`decision=approve`) or refuses (`decision=refuse`) a request: the organization's
/// admins and secretariat admins only.
#[server(prefix = "/api", endpoint = "partners/decide_request")]
#[tracing::instrument]
pub async fn decide_join_request(request_id: i32, decision: String) -> Result<(), AppError> {
    let user = crate::accounts::auth::require_user().await?;
    let approve = match decision.as_str() {
        "approve" => true,
        "refuse" => false,
        _ => {
            return Err(AppError::field(
                "decision",
                crate::t!(crate::i18n::current(), "partners-decision-choose"),
            ))
        }
    };
    let db = crate::state::db()?;
    service::decide(&db, &base_url()?, &user, request_id, approve).await
}

/// Every request waiting for a decision, for the secretariat's admin page.
#[server(prefix = "/api", endpoint = "partners/pending_requests")]
pub async fn pending_join_requests() -> Result<Vec<JoinRequest>, AppError> {
    crate::accounts::auth::require_role(crate::accounts::Role::SecretariatAdmin).await?;
    let db = crate::state::db()?;
    service::pending(&db, None).await
}

/// Makes an organization a member of the network, or no longer one (secretariat admins).
#[server(prefix = "/api", endpoint = "partners/network_member")]
#[tracing::instrument]
pub async fn set_network_member(
    organization_id: i32,
    network_member: bool,
) -> Result<(), AppError> {
    let user = crate::accounts::auth::require_role(crate::accounts::Role::SecretariatAdmin).await?;
    let db = crate::state::db()?;
    service::set_network_member(&db, &user, organization_id, network_member).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_is_trimmed_and_kept_short() {
        use crate::i18n::Lang;
        assert_eq!(parse_note("  Hello  ", Lang::En).unwrap(), "Hello");
        assert_eq!(parse_note("", Lang::En).unwrap(), "");
        assert!(parse_note(&"x".repeat(NOTE_MAX_CHARS + 1), Lang::En).is_err());
        assert!(parse_note(&"é".repeat(NOTE_MAX_CHARS), Lang::En).is_ok());
        let AppError::Invalid(errors) =
            parse_note(&"x".repeat(NOTE_MAX_CHARS + 1), Lang::Th).unwrap_err()
        else {
            panic!("a field error");
        };
        assert_eq!(
            errors.for_field("message"),
            Some("โปรดเขียนหมายเหตุไม่เกิน 500 ตัวอักษร")
        );
    }
}
