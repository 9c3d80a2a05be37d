//! Request-side helpers for server functions: who is calling, and the session cookie.

use super::{session, CurrentUser, Role};
use crate::error::AppError;
use crate::state::AppState;
use http::{header, HeaderValue};
use leptos::prelude::*;
use sea_orm::DatabaseConnection;

/// The session token sent with this request, if any.
pub fn request_token() -> Option<String> {
    let parts = use_context::<http::request::Parts>()?;
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(session::token_from_cookie_header)
}

/// The signed-in user of a plain axum handler (file downloads and uploads), or `None`.
pub async fn user_from_headers(
    db: &DatabaseConnection,
    headers: &http::HeaderMap,
) -> Result<Option<CurrentUser>, AppError> {
    let token = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(session::token_from_cookie_header);
    match token {
        Some(token) => session::resolve(db, &token).await,
        None => Ok(None),
    }
}

/// The signed-in user, or `None` for a visitor.
pub async fn optional_user() -> Result<Option<CurrentUser>, AppError> {
    let Some(token) = request_token() else {
        return Ok(None);
    };
    let db = crate::state::db()?;
    session::resolve(&db, &token).await
}

/// The signed-in user whose address is confirmed, or 401 (signed out) or 403 (not confirmed
/// yet: such an account takes part in nothing until it is).
pub async fn require_user() -> Result<CurrentUser, AppError> {
    let user = require_account().await?;
    if user.email_verified {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}

/// The signed-in user, confirmed or not, or 401: for looking after one's own account (signing
/// out, the password, the address, deleting it), which an unconfirmed account may do.
pub async fn require_account() -> Result<CurrentUser, AppError> {
    optional_user().await?.ok_or(AppError::Unauthenticated)
}

/// The signed-in user holding `role`, or 401/403.
pub async fn require_role(role: Role) -> Result<CurrentUser, AppError> {
    let user = require_user().await?;
    if user.has_role(role) {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}

fn secure_cookies() -> bool {
    use_context::<AppState>().is_some_and(|s| s.site.public_base_url.starts_with("https://"))
}

fn set_cookie(value: String) {
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        HeaderValue::from_str(&value),
    ) {
        response.append_header(header::SET_COOKIE, value);
    }
}

/// Keeps a language choice in the browser (`i18n::request::COOKIE`).
pub fn remember_language(lang: crate::i18n::Lang) {
    set_cookie(crate::i18n::request::choice_cookie(lang, secure_cookies()));
}

/// Starts a session and sends its cookie.
pub async fn begin_session(db: &DatabaseConnection, account_id: i32) -> Result<(), AppError> {
    let token = session::start(db, account_id).await?;
    set_cookie(session::session_cookie(&token, secure_cookies()));
    Ok(())
}

/// Ends this request's session, if any, and clears the cookie.
pub async fn end_session(db: &DatabaseConnection) -> Result<(), AppError> {
    if let Some(token) = request_token() {
        session::end(db, &token).await?;
    }
    clear_cookie();
    Ok(())
}

pub fn clear_cookie() {
    set_cookie(session::removal_cookie(secure_cookies()));
}
