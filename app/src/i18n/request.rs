//! The language of the request being answered, for pages and server functions.

use super::Lang;
use leptos::prelude::*;

/// The cookie that keeps a person's choice (a visitor's, or a signed-in person's saved one).
pub const COOKIE: &str = "wl_lang";

/// This request's language, from its headers.
pub fn of_request(parts: &http::request::Parts) -> Lang {
    of_headers(&parts.headers)
}

/// The language of a request from its headers alone: for plain axum routes (files, feeds).
pub fn of_headers(headers: &http::HeaderMap) -> Lang {
    let chosen = headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == COOKIE)
        .map(|c| c.value().to_owned());
    let accept = headers
        .get(http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    Lang::negotiate(chosen.as_deref(), accept)
}

tokio::task_local! {
    /// The language of the request whose handler is running, for what has no page context:
    /// plain axum handlers (files, feeds, uploads), the server's own gates, and errors turned
    /// into answers there (see [`within`]).
    static REQUEST_LANG: Lang;
}

/// Runs `answer` (the rest of a request's handling) knowing the request's language, so that
/// [`super::current`] gives it where no page or server function put it in a context.
pub async fn within<F: std::future::Future>(lang: Lang, answer: F) -> F::Output {
    REQUEST_LANG.scope(lang, answer).await
}

/// The language [`within`] set for the running request, if any.
pub(super) fn of_running_request() -> Option<Lang> {
    REQUEST_LANG.try_with(|lang| *lang).ok()
}

/// The `Set-Cookie` value that keeps a choice for a year.
pub fn choice_cookie(lang: Lang, secure: bool) -> String {
    cookie::Cookie::build((COOKIE, lang.as_code()))
        .path("/")
        .secure(secure)
        .same_site(cookie::SameSite::Lax)
        .max_age(cookie::time::Duration::days(365))
        .build()
        .to_string()
}

/// Puts this request's language in the page's context (the shell does, once per page).
pub fn provide() -> Lang {
    let lang = use_context::<http::request::Parts>()
        .map(|parts| of_request(&parts))
        .unwrap_or_default();
    provide_context(lang);
    lang
}
