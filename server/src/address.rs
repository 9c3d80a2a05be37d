//! Addresses the page renderer cannot read. leptos_router 0.8.10 percent-decodes a route's
//! parameters, and every query value a second time (after `url` has decoded it once), and
//! unwraps the result as UTF-8: `/stories/%FF` or `/partners?q=%25FF` made the page panic while
//! rendering, and the request got no answer (found by `fuzz/fuzz_targets/query_strings.rs`).
//! No link of the app writes such an address, so it is refused with a 400 before routing.
//! (leptos_router 0.8.13 decodes lossily instead, but needs a newer wasm-bindgen than the one
//! pinned.)

use axum::{
    extract::Request,
    http::{StatusCode, Uri},
    middleware::Next,
    response::{IntoResponse, Response},
};
use percent_encoding::percent_decode_str;

/// Whether the router would fail to decode `uri`'s path or a query value as UTF-8.
pub fn unreadable(uri: &Uri) -> bool {
    let decodes = |text: &str| percent_decode_str(text).decode_utf8().is_ok();
    !decodes(uri.path())
        || uri.query().is_some_and(|query| {
            url::form_urlencoded::parse(query.as_bytes()).any(|(_, value)| !decodes(&value))
        })
}

pub async fn refuse_unreadable(request: Request, next: Next) -> Response {
    if unreadable(request.uri()) {
        let lang = app::i18n::request::of_headers(request.headers());
        return (
            StatusCode::BAD_REQUEST,
            app::t!(lang, "error-address-unreadable"),
        )
            .into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::unreadable;

    fn uri(text: &str) -> axum::http::Uri {
        text.parse().expect("a request URI")
    }

    #[test]
    fn bytes_that_are_not_utf8_after_the_routers_decoding_are_unreadable() {
        for bad in [
            "/partners?q=%25FF",
            "/library?kind=manual&q=%25C3%2528",
            "/stories/%FF",
            "/partners/%C0%AE%C0%AE/edit",
        ] {
            assert!(unreadable(&uri(bad)), "{bad}");
        }
    }

    #[test]
    fn percent_signs_and_every_script_stay_readable() {
        for good in [
            "/partners?q=100%25",
            "/partners?q=%FF", // `url` has already replaced the byte by U+FFFD
            "/library?q=Nguy%E1%BB%85n+Th%E1%BB%8B&page=2",
            "/stories/12",
            "/",
        ] {
            assert!(!unreadable(&uri(good)), "{good}");
        }
    }
}
