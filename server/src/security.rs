//! Security layers: response headers, and the cross-site request guard for server functions.

use axum::{
    extract::{Request, State},
    http::{header, HeaderMap, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// The CSP for responses that are not pages (JSON, files): nothing may run or embed them.
const CSP_NON_PAGE: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/// The CSP for a page whose renderer did not set one: own assets only, no inline script.
const CSP_PAGE_FALLBACK: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
     img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The CSP of the service worker script: it applies to the worker itself, which fetches pages
/// and assets of this site to keep them for offline use.
const CSP_SERVICE_WORKER: &str = "default-src 'self'";

pub async fn security_headers(request: Request, next: Next) -> Response {
    let service_worker = request.uri().path() == "/sw.js";
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if service_worker {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP_SERVICE_WORKER),
        );
        // Browsers look for a new worker on each visit; no cache may hold an old one back.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(self), geolocation=(), microphone=()"),
    );
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        let is_page = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.starts_with("text/html"));
        if is_page {
            return with_page_csp(response).await;
        }
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP_NON_PAGE),
        );
    }
    response
}

/// A page that arrives without the CSP its renderer sets. Seen under load on PostgreSQL for
/// pages rendered whole (`SsrMode::Async`): the header set through Leptos's `ResponseOptions`
/// is sometimes missing although the page carries its nonce, and the strict fallback then
/// blocks Leptos's inline data scripts. The page's own nonce is read back from it instead.
async fn with_page_csp(response: Response) -> Response {
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 4 * 1024 * 1024).await else {
        parts.headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP_PAGE_FALLBACK),
        );
        return Response::from_parts(parts, axum::body::Body::empty());
    };
    let csp = page_nonce(&bytes)
        .and_then(|nonce| HeaderValue::from_str(&app::shell::page_csp(nonce)).ok());
    if csp.is_some() {
        tracing::warn!("a page came without its CSP; rebuilt from the nonce it carries");
    }
    parts.headers.insert(
        header::CONTENT_SECURITY_POLICY,
        csp.unwrap_or(HeaderValue::from_static(CSP_PAGE_FALLBACK)),
    );
    Response::from_parts(parts, axum::body::Body::from(bytes))
}

/// The nonce on the page's first script, if it is one Leptos makes (base64url, 22 characters).
fn page_nonce(html: &[u8]) -> Option<&str> {
    let html = std::str::from_utf8(html).ok()?;
    let start = html.find("<script")?;
    let rest = &html[start..];
    let rest = &rest[..rest.find('>')?];
    let nonce = rest.split("nonce=\"").nth(1)?.split('"').next()?;
    let well_formed = (16..=64).contains(&nonce.len())
        && nonce
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    well_formed.then_some(nonce)
}

#[cfg(test)]
mod nonce_tests {
    use super::page_nonce;

    #[test]
    fn a_pages_nonce_is_read_from_its_first_script_only_when_well_formed() {
        let page = br#"<head><script type="module" src="/js/venue.js" nonce="GeNFTp2NSpzEc27Z7mZZaA"></script>"#;
        assert_eq!(page_nonce(page), Some("GeNFTp2NSpzEc27Z7mZZaA"));
        // Text a visitor wrote cannot become the nonce: only the first script tag is read.
        assert_eq!(page_nonce(br#"<p>nonce="AAAAAAAAAAAAAAAAAAAA"</p>"#), None);
        assert_eq!(page_nonce(br#"<script nonce="a b';"></script>"#), None);
    }
}

/// Origins that may call state-changing server functions: the public base URL's.
#[derive(Clone)]
pub struct AllowedOrigin(pub String);

/// Leptos does no CSRF check, so state-changing requests (server functions under `/api/`, and
/// form posts such as the agreement upload) must come from our own pages:
/// `Sec-Fetch-Site` must say same-origin (or a user-typed navigation), or else `Origin` must
/// be this site. Requests with neither header come from non-browser clients, which carry no
/// ambient cookies of a victim, and are let through.
pub async fn cross_site_guard(
    State(allowed): State<AllowedOrigin>,
    request: Request,
    next: Next,
) -> Response {
    let changes_state = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if changes_state && is_cross_site(request.headers(), &allowed.0) {
        let lang = app::i18n::request::of_headers(request.headers());
        return (StatusCode::FORBIDDEN, app::t!(lang, "error-cross-site")).into_response();
    }
    next.run(request).await
}

fn is_cross_site(headers: &HeaderMap, allowed_origin: &str) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let origin = origin.trim_end_matches('/');
    if origin.eq_ignore_ascii_case(allowed_origin.trim_end_matches('/')) {
        return false;
    }
    // The site reached under another name (e.g. 127.0.0.1 vs localhost): compare with Host.
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let origin_host = origin
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or(origin);
    host.is_empty() || !origin_host.eq_ignore_ascii_case(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    const SITE: &str = "https://hub.waterlinks.org";

    #[test]
    fn fetch_metadata_decides_when_present() {
        assert!(!is_cross_site(
            &headers(&[("sec-fetch-site", "same-origin")]),
            SITE
        ));
        assert!(is_cross_site(
            &headers(&[("sec-fetch-site", "cross-site")]),
            SITE
        ));
        assert!(is_cross_site(
            &headers(&[("sec-fetch-site", "same-site")]),
            SITE
        ));
    }

    #[test]
    fn origin_must_be_this_site() {
        assert!(!is_cross_site(
            &headers(&[("origin", "https://hub.waterlinks.org")]),
            SITE
        ));
        assert!(is_cross_site(
            &headers(&[
                ("origin", "https://evil.example"),
                ("host", "hub.waterlinks.org")
            ]),
            SITE
        ));
        assert!(!is_cross_site(
            &headers(&[
                ("origin", "http://127.0.0.1:4000"),
                ("host", "127.0.0.1:4000")
            ]),
            SITE
        ));
    }

    #[test]
    fn clients_without_browser_headers_pass() {
        assert!(!is_cross_site(&headers(&[]), SITE));
    }
}
