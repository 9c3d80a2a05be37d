//! Accounts and roles: who a person is on the platform and what they may do.

pub mod audit;
#[cfg(feature = "ssr")]
pub mod auth;
#[cfg(feature = "ssr")]
pub mod confirmation;
#[cfg(feature = "ssr")]
pub mod current_user;
mod demo_inbox;
mod email_pages;
#[cfg(feature = "ssr")]
pub mod entity;
pub mod language;
#[cfg(feature = "ssr")]
pub mod life;
mod pages;
#[cfg(feature = "ssr")]
pub mod password;
mod profile_pages;
#[cfg(feature = "ssr")]
pub mod purge;
#[cfg(feature = "ssr")]
pub mod reset;
mod reset_pages;
mod role;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod signing_up;
mod validation;

pub use demo_inbox::DemoInbox;
pub use email_pages::{ChangeEmail, ConfirmEmail, ConfirmEmailPage, ResendConfirmation};
pub use pages::{user_context, AccountPage, SignInPage, SignUpPage, UserContext, UserMenu};
pub use profile_pages::{DeleteAccount, RenameAccount};
pub use reset_pages::{ForgotPasswordPage, ResetPasswordPage};
pub use role::Role;
pub use validation::{
    normalize_email, sign_in_email, validate_display_name, validate_new_password, EMAIL_MAX_CHARS,
    PASSWORD_MIN_CHARS,
};

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::limits::{Rule, Subject};
#[cfg(feature = "ssr")]
use crate::state::limits;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The signed-in person, as pages see them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: i32,
    pub name: String,
    pub email: String,
    /// Whether the owner confirmed the address. Until then the account holds no roles and no
    /// organizations: it is a visitor for every permission, and pages say why.
    pub email_verified: bool,
    pub roles: Vec<Role>,
    /// Organizations this person administers.
    pub admin_of: Vec<i32>,
    /// The same organizations' names, in the order of `admin_of`, for links.
    pub admin_of_names: Vec<String>,
    /// Every organization this person belongs to, as staff or as admin.
    #[serde(default)]
    pub member_of: Vec<i32>,
    /// Those of `member_of` that are members of the network (see [`Self::is_network_member`]).
    #[serde(default)]
    pub network_member_of: Vec<i32>,
}

impl CurrentUser {
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// Whether this person is a member of the network, for what the network keeps to its
    /// members (members-only knowledge products and their files, the API's members-only data).
    ///
    /// Sign-up is open, so an account alone proves nothing (every account holds the `Member`
    /// role), and neither does belonging to any organization of the directory: a network
    /// member is an approved member (or admin) of an organization the secretariat has made a
    /// member of the network, or holds a role the secretariat granted: secretariat admin,
    /// facilitator, trainer or juror.
    ///
    /// This is the one place the rule lives: every members-only decision calls it.
    pub fn is_network_member(&self) -> bool {
        !self.network_member_of.is_empty() || self.roles.iter().any(|r| r.is_staff())
    }
}

/// [`CurrentUser::is_network_member`] for someone who may be signed out.
pub fn is_network_member(user: Option<&CurrentUser>) -> bool {
    user.is_some_and(CurrentUser::is_network_member)
}

/// The server's shared state, inside a server function.
#[cfg(feature = "ssr")]
fn app_state() -> Result<crate::state::AppState, AppError> {
    use_context::<crate::state::AppState>().ok_or(AppError::Internal)
}

#[server(prefix = "/api", endpoint = "accounts/me")]
pub async fn fetch_current_user() -> Result<Option<CurrentUser>, AppError> {
    auth::optional_user().await
}

/// Signs someone up and emails them; never starts a session. Once the fields are right, the
/// answer is the address the message goes to, sent before the work that depends on whether
/// the address has an account: so neither the answer nor its timing can tell.
#[server(prefix = "/api", endpoint = "accounts/sign_up")]
#[tracing::instrument(skip(password))]
pub async fn sign_up(name: String, email: String, password: String) -> Result<String, AppError> {
    let state = app_state()?;
    let lang = crate::i18n::current();
    let (name, email) = service::validate_new_account(&name, &email, &password, lang)?;
    limits::check(&[(Rule::Attempts, Subject::Client)]).await?;
    let (db, base_url, to) = (state.db, state.site.public_base_url, email.clone());
    // The work runs outside the request: its letters take the request's language with them.
    after_answering("sign-up", async move {
        signing_up::sign_up(&db, &base_url, &name, &to, &password, lang).await?;
        Ok(())
    });
    Ok(email)
}

/// Runs `work` after the answer: for what must not change how long the answer takes (whether
/// an address has an account). Its failure is logged; the person can simply ask again.
#[cfg(feature = "ssr")]
fn after_answering(
    what: &'static str,
    work: impl std::future::Future<Output = Result<(), AppError>> + Send + 'static,
) {
    tokio::spawn(async move {
        if let Err(e) = work.await {
            tracing::error!(error = %e, what, "could not finish after answering");
        }
    });
}

#[server(prefix = "/api", endpoint = "accounts/sign_in")]
#[tracing::instrument(skip(password))]
pub async fn sign_in(email: String, password: String) -> Result<CurrentUser, AppError> {
    let db = crate::state::db()?;
    let email =
        sign_in_email(&email, crate::i18n::current()).map_err(|m| AppError::field("email", m))?;
    // Every attempt counts against the account until one succeeds: only failures add up, and
    // a password reset clears them too, so an attacker cannot keep the owner out for long.
    limits::check(&[
        (Rule::Attempts, Subject::Client),
        (Rule::FailedSignIns, Subject::Email(&email)),
    ])
    .await?;
    let user = service::authenticate(&db, &email, &password).await?;
    limits::clear(Rule::FailedSignIns, Subject::Email(&email)).await?;
    auth::begin_session(&db, user.id).await?;
    // The language chosen on another device follows the person here.
    if let Some(lang) = language::ssr::saved(&db, user.id).await? {
        auth::remember_language(lang);
    }
    crate::shell::flash::go_to("/account");
    Ok(user)
}

#[server(prefix = "/api", endpoint = "accounts/sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    let db = crate::state::db()?;
    auth::end_session(&db).await?;
    crate::shell::flash::go_to("/");
    Ok(())
}

#[server(prefix = "/api", endpoint = "accounts/sign_out_everywhere")]
pub async fn sign_out_everywhere() -> Result<u64, AppError> {
    let db = crate::state::db()?;
    let user = auth::require_account().await?;
    let ended = session::end_all(&db, user.id, None).await?;
    auth::clear_cookie();
    crate::shell::flash::go_to("/");
    Ok(ended)
}

#[server(prefix = "/api", endpoint = "accounts/change_password")]
#[tracing::instrument(skip(current_password, new_password))]
pub async fn change_password(
    current_password: String,
    new_password: String,
) -> Result<(), AppError> {
    let db = crate::state::db()?;
    let user = auth::require_account().await?;
    limits::check(&[
        (Rule::Attempts, Subject::Client),
        (Rule::FailedSignIns, Subject::Email(&user.email)),
    ])
    .await?;
    service::change_password(
        &db,
        &user,
        &current_password,
        &new_password,
        auth::request_token().as_deref(),
    )
    .await?;
    limits::clear(Rule::FailedSignIns, Subject::Email(&user.email)).await
}

/// Emails a password-reset link when the address has an account (and a note that no account
/// uses it otherwise); answers the same either way.
#[server(prefix = "/api", endpoint = "accounts/request_reset")]
#[tracing::instrument]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    let state = app_state()?;
    let lang = crate::i18n::current();
    let email = normalize_email(&email, lang).map_err(|m| AppError::field("email", m))?;
    limits::check(&[
        (Rule::Attempts, Subject::Client),
        (Rule::ResetRequests, Subject::Email(&email)),
    ])
    .await?;
    let (db, base_url) = (state.db, state.site.public_base_url);
    after_answering("password reset request", async move {
        reset::request(&db, &base_url, &email, lang).await
    });
    Ok(())
}

/// Sets a new password with the token from a reset link; the account's failed sign-ins are
/// forgotten, so its owner can sign in at once wherever they are.
#[server(prefix = "/api", endpoint = "accounts/reset_password")]
#[tracing::instrument(skip(token, password))]
pub async fn reset_password(token: String, password: String) -> Result<(), AppError> {
    let db = crate::state::db()?;
    // Hashing the new password costs time: one address may not ask for it without end.
    limits::check(&[(Rule::Attempts, Subject::Client)]).await?;
    let email = reset::complete(&db, &token, &password, crate::i18n::current()).await?;
    limits::clear(Rule::FailedSignIns, Subject::Email(&email)).await
}

#[cfg(test)]
mod tests {
    use super::{is_network_member, CurrentUser, Role};

    fn person(roles: &[Role], member_of: &[i32], admin_of: &[i32]) -> CurrentUser {
        in_network(roles, member_of, admin_of, member_of)
    }

    fn in_network(
        roles: &[Role],
        member_of: &[i32],
        admin_of: &[i32],
        network_member_of: &[i32],
    ) -> CurrentUser {
        CurrentUser {
            id: 1,
            name: "Rina".into(),
            email: "rina@example.org".into(),
            email_verified: true,
            roles: roles.to_vec(),
            admin_of: admin_of.to_vec(),
            admin_of_names: admin_of.iter().map(|_| String::new()).collect(),
            member_of: member_of.to_vec(),
            network_member_of: network_member_of.to_vec(),
        }
    }

    #[test]
    fn an_account_from_open_sign_up_is_not_a_network_member() {
        assert!(!person(&[Role::Member], &[], &[]).is_network_member());
        assert!(!is_network_member(None));
    }

    #[test]
    fn organization_staff_and_granted_roles_are_network_members() {
        assert!(person(&[Role::Member], &[7], &[]).is_network_member());
        assert!(person(&[Role::Member], &[7], &[7]).is_network_member());
        for role in [
            Role::SecretariatAdmin,
            Role::Facilitator,
            Role::Trainer,
            Role::Juror,
        ] {
            assert!(person(&[role], &[], &[]).is_network_member(), "{role:?}");
        }
        assert!(is_network_member(Some(&person(&[Role::Juror], &[], &[]))));
    }

    #[test]
    fn belonging_to_an_organization_outside_the_network_is_not_enough() {
        assert!(!in_network(&[Role::Member], &[7], &[], &[]).is_network_member());
        assert!(!in_network(&[Role::Member], &[7], &[7], &[]).is_network_member());
        assert!(in_network(&[Role::Member], &[7, 8], &[7], &[8]).is_network_member());
    }
}
