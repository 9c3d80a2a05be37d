//! The site's own page as the body of a file route's 404 or 410.
//!
//! The plain routes (downloads, `.ics`, `.csv`, PDFs) answer a missing id or code with a status
//! and a line of text. A person who follows a stale link should land on the site's page, like
//! any other missing address: this layer renders the app's not-found page (its "no longer
//! available" variant for a 410) for such answers, keeping their status. JSON answers (the API,
//! server functions) and pages are left as they are.

use app::shell::Gone;
use app::state::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

pub async fn missing_as_page(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let reads = matches!(*request.method(), Method::GET | Method::HEAD);
    let api = request.uri().path().starts_with("/api/");
    let uri = request.uri().clone();
    let cookie = request.headers().get(header::COOKIE).cloned();
    let response = next.run(request).await;
    let status = response.status();
    if !reads || api || !(status == StatusCode::NOT_FOUND || status == StatusCode::GONE) {
        return response;
    }
    let is_page_or_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html") || ct.starts_with("application/json"));
    if is_page_or_json {
        return response;
    }
    // The same address rendered by the app: no page route has it, so it is the not-found page.
    let mut page_request = Request::new(Body::empty());
    *page_request.uri_mut() = uri.clone();
    if let Some(cookie) = cookie {
        // The page's header shows who is signed in, as on every other page.
        page_request.headers_mut().insert(header::COOKIE, cookie);
    }
    if status == StatusCode::GONE {
        page_request.extensions_mut().insert(Gone);
    }
    let render = leptos_axum::file_and_error_handler::<AppState, _>(app::shell);
    let mut page = render(uri, State(state), page_request).await;
    *page.status_mut() = status;
    page
}
