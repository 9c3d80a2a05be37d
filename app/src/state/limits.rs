//! The request limits of the current request: `crate::limits` keeps the counts, the app state
//! holds them, and these read them from the Leptos context.

use crate::error::AppError;
use crate::limits::{Rule, Subject};

/// In a server function: counts this request under `checks` (against its client address for
/// [`Subject::Client`]), or refuses with 429 and a `Retry-After` header.
pub async fn check(checks: &[(Rule, Subject<'_>)]) -> Result<(), AppError> {
    use leptos::prelude::use_context;
    let Some(state) = use_context::<super::AppState>() else {
        return Ok(());
    };
    let client = use_context::<http::request::Parts>().and_then(|p| state.limits.client_of(&p));
    match state.limits.check(client, checks).await? {
        Ok(()) => Ok(()),
        Err(refused) => {
            tracing::info!(
                rule = refused.rule.code(),
                "request refused by a rate limit"
            );
            if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                let secs = refused.wait.as_secs().max(1);
                response.insert_header(http::header::RETRY_AFTER, http::HeaderValue::from(secs));
            }
            Err(refused.into())
        }
    }
}

/// In a server function: forgets what `rule` counted for `subject`.
pub async fn clear(rule: Rule, subject: Subject<'_>) -> Result<(), AppError> {
    match leptos::prelude::use_context::<super::AppState>() {
        Some(state) => state.limits.clear(rule, subject).await,
        None => Ok(()),
    }
}
