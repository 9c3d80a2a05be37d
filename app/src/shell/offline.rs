//! What a phone keeps for when the network goes: the offline page and the web app manifest,
//! written in the person's language. The service worker stores both when it is installed, a
//! request that carries the person's language cookie and `Accept-Language`.

use crate::i18n::Lang;
use crate::t;
use leptos::prelude::*;

/// The page the service worker shows for a page never opened on this phone.
pub fn offline_page(lang: Lang) -> String {
    let title = t!(lang, "offline-title");
    let body = view! {
        <main id="main" class="page">
            <section class="panel panel--centered">
                <h1>{t!(lang, "offline-heading")}</h1>
                <p>{t!(lang, "offline-never-opened")}</p>
                <p>{t!(lang, "offline-once-visited")}</p>
                <p><a class="button" href="/forum">{t!(lang, "offline-open-forum")}</a></p>
            </section>
        </main>
    }
    .to_html();
    let title = view! { <title>{title}</title> }.to_html();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n{title}\n\
         <link rel=\"stylesheet\" href=\"/pkg/waterlinks.css\">\n\
         <link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n</head>\n<body>\n{body}\n</body>\n</html>\n",
        lang.as_code()
    )
}

/// The web app manifest: the name stays the hub's; the description and the language follow
/// the person's.
pub fn manifest(lang: Lang) -> serde_json::Value {
    serde_json::json!({
        "name": "WaterLinks Hub",
        "short_name": "WaterLinks",
        "description": t!(lang, "manifest-description"),
        "lang": lang.as_code(),
        "dir": "ltr",
        "start_url": "/forum",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b5d8c",
        "icons": [
            { "src": "/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any" },
            { "src": "/icon-192.png", "sizes": "192x192", "type": "image/png" },
            { "src": "/icon-512.png", "sizes": "512x512", "type": "image/png" }
        ]
    })
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use axum::http::{header, HeaderMap};
    use axum::response::{IntoResponse, Response};

    /// Kept by the service worker, so never by a shared cache: each person's is in their language.
    const HEADERS: [(header::HeaderName, &str); 2] = [
        (header::CACHE_CONTROL, "no-cache"),
        (header::VARY, "Cookie, Accept-Language"),
    ];

    pub async fn offline_page(headers: HeaderMap) -> Response {
        let lang = crate::i18n::request::of_headers(&headers);
        let [a, b] = HEADERS;
        (
            [a, b, (header::CONTENT_TYPE, "text/html; charset=utf-8")],
            super::offline_page(lang),
        )
            .into_response()
    }

    pub async fn manifest(headers: HeaderMap) -> Response {
        let lang = crate::i18n::request::of_headers(&headers);
        let [a, b] = HEADERS;
        (
            [a, b, (header::CONTENT_TYPE, "application/manifest+json")],
            super::manifest(lang).to_string(),
        )
            .into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offline_page_and_manifest_speak_the_persons_language() {
        let page = offline_page(Lang::Vi);
        assert!(page.contains("<html lang=\"vi\">"));
        assert!(page.contains(&t!(Lang::Vi, "offline-heading")));
        assert!(!page.contains("You are offline"));
        let manifest = manifest(Lang::Th);
        assert_eq!(manifest["lang"], "th");
        assert_eq!(
            manifest["description"],
            t!(Lang::Th, "manifest-description")
        );
        assert_eq!(manifest["start_url"], "/forum");
    }
}
