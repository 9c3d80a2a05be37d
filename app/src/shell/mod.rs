//! The frame around every page: header navigation, footer, the 404 page and the error boundary,
//! with the forms' pieces and flash messages. A foundation module: it knows no domain (the
//! signed-in person's menu is handed to [`Layout`] by the app).

pub mod flash;
pub mod forms;
pub mod offline;
pub mod raw_text;

/// The Content-Security-Policy of a rendered page: the app's own assets, plus the inline
/// hydration scripts that carry this response's `nonce`.
pub fn page_csp(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

use crate::error::AppError;
use crate::i18n::{current, Lang, LanguageSwitcher};
use crate::t;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// The areas a visitor can reach from the header, in the order they are shown.
fn nav(lang: Lang) -> [(&'static str, String); 11] {
    [
        ("/", t!(lang, "nav-home")),
        ("/partners", t!(lang, "nav-partners")),
        ("/partnerships", t!(lang, "nav-partnerships")),
        ("/results", t!(lang, "nav-results")),
        ("/needs", t!(lang, "nav-needs")),
        ("/training", t!(lang, "nav-training")),
        ("/library", t!(lang, "nav-library")),
        ("/forum", t!(lang, "nav-forum")),
        ("/stories", t!(lang, "nav-stories")),
        ("/events", t!(lang, "nav-events")),
        ("/contact", t!(lang, "nav-contact")),
    ]
}

#[component]
pub fn Layout(
    /// Shown at the right of the header bar (the account menu).
    #[prop(into)]
    user_menu: ViewFn,
    children: Children,
) -> impl IntoView {
    // Taken here, while this request's owner is current: the error fallback may be rendered
    // later on another worker thread, where a context lookup would find nothing and the page
    // would answer 200 instead of its error's status.
    let status = StatusSink::current();
    let lang = current();
    view! {
        <a class="skip-link" href="#main">{t!(lang, "shell-skip-to-content")}</a>
        <Header user_menu />
        <main id="main" class="page" tabindex="-1">
            <ErrorBoundary fallback=move |errors| {
                view! { <ErrorPanel errors status=status.clone() /> }
            }>{children()}</ErrorBoundary>
        </main>
        <Footer />
    }
}

#[component]
fn Header(user_menu: ViewFn) -> impl IntoView {
    let lang = current();
    view! {
        <header class="site-header">
            <div class="site-header__bar">
                <A href="/" attr:class="brand">
                    <span class="brand__mark" aria-hidden="true">"◆"</span>
                    <span class="brand__name">"WaterLinks Hub"</span>
                </A>
                <div class="site-header__tools">
                    <LanguageSwitcher />
                    {user_menu.run()}
                </div>
            </div>
            // On a phone the links form one row that scrolls sideways: nothing to open, no
            // script needed, and nothing moves when the page hydrates.
            <nav id="site-nav" class="site-nav" aria-label=t!(lang, "nav-label")>
                <ul>
                    {nav(lang)
                        .into_iter()
                        .map(|(href, label)| {
                            view! {
                                <li>
                                    <A href=href exact=true>
                                        {label}
                                    </A>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let lang = current();
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p class="site-footer__name">{t!(lang, "footer-secretariat")}</p>
                // A postal address stays as the post office reads it, in every language.
                <address>
                    "IBP Tower, Ortigas Center, Doña Julia Vargas Ave. and Jade Drive, "
                    "San Antonio, City of Pasig, 2nd District, Philippines"
                    <br />
                    {t!(lang, "footer-telephone")} " "
                    <a href="tel:+63285567424">"+63 2 8556 7424"</a>
                </address>
                <p class="site-footer__links">
                    <a href="/results/map">{t!(lang, "footer-map")}</a>
                    " · "
                    <a href="/developers">{t!(lang, "footer-api")}</a>
                </p>
                <p class="site-footer__note">{t!(lang, "footer-mission")}</p>
            </div>
        </footer>
    }
}

/// Marks a request whose answer is 410 Gone (something cancelled or withdrawn): the plain
/// routes for files put it on the request they render [`NotFound`] for.
#[derive(Clone, Copy, Debug)]
pub struct Gone;

/// The page for any address the app does not know, and the body of a file route's 404 (or
/// 410, for something cancelled or withdrawn).
#[component]
pub fn NotFound() -> impl IntoView {
    let gone = use_context::<http::request::Parts>()
        .is_some_and(|parts| parts.extensions.get::<Gone>().is_some());
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(if gone {
            http::StatusCode::GONE
        } else {
            http::StatusCode::NOT_FOUND
        });
    }
    let lang = current();
    let (title, text) = if gone {
        (t!(lang, "gone-title"), t!(lang, "gone-text"))
    } else {
        (t!(lang, "not-found-title"), t!(lang, "not-found-text"))
    };
    view! {
        <Title text=title.clone() />
        <section class="panel panel--centered">
            <h1>{title}</h1>
            <p>{text}</p>
            <p>
                <A href="/" attr:class="button">
                    {t!(lang, "not-found-home")}
                </A>
            </p>
        </section>
    }
}

/// A part of a page whose data may fail to load: its view, or in its place a panel saying why,
/// with the error's HTTP status (404, 403…) when rendered on the server.
///
/// Pages use this inside each `Suspend` rather than leaving errors to the layout's error
/// boundary: Leptos finds that boundary through a thread-local while rendering, which
/// interleaved requests on one server thread can swap, so the page could answer 200 and empty.
pub async fn or_error_panel<V: IntoView>(
    content: impl std::future::Future<Output = Result<V, AppError>>,
) -> Either<V, AnyView> {
    match content.await {
        Ok(view) => Either::Left(view),
        Err(error) => {
            // Still inside the Suspend's scoped future: this request's context is current.
            StatusSink::current().set(error.status());
            let status = error.status();
            Either::Right(
                view! { <ErrorMessages messages=vec![error.to_string()] status /> }.into_any(),
            )
        }
    }
}

/// Sets the page's HTTP status from inside a `Suspend`, where [`or_error_panel`] sets it for
/// errors: for a page that shows its own panel for something missing (404) or cancelled (410).
/// Only a route rendered whole (`SsrMode::Async`) can still change its status.
pub fn set_page_status(status: http::StatusCode) {
    StatusSink::current().set(status);
}

/// Where a server-rendered page's HTTP status goes; nothing in the browser.
#[derive(Clone, Default)]
struct StatusSink {
    #[cfg(feature = "ssr")]
    response: Option<leptos_axum::ResponseOptions>,
}

impl StatusSink {
    fn current() -> Self {
        StatusSink {
            #[cfg(feature = "ssr")]
            response: use_context::<leptos_axum::ResponseOptions>(),
        }
    }

    fn set(&self, status: http::StatusCode) {
        #[cfg(feature = "ssr")]
        if let Some(response) = &self.response {
            response.set_status(status);
        }
        #[cfg(not(feature = "ssr"))]
        let _ = status;
    }
}

/// Shown in place of a page whose data failed to load, if an error reaches the layout's boundary.
#[component]
fn ErrorPanel(errors: ArcRwSignal<Errors>, status: StatusSink) -> impl IntoView {
    let code = errors
        .get_untracked()
        .into_iter()
        .find_map(|(_, e)| e.downcast_ref::<AppError>().map(AppError::status))
        .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
    status.set(code);
    let messages = errors
        .get_untracked()
        .into_iter()
        .map(|(_, error)| error.to_string())
        .collect();
    view! { <ErrorMessages messages status=code /> }
}

#[component]
fn ErrorMessages(messages: Vec<String>, status: http::StatusCode) -> impl IntoView {
    // Something missing or withdrawn will not come back by trying again.
    let lang = current();
    let hint = if status == http::StatusCode::NOT_FOUND || status == http::StatusCode::GONE {
        t!(lang, "error-hint-missing")
    } else {
        t!(lang, "error-hint-retry")
    };
    view! {
        <section class="panel panel--error" role="alert">
            <h1>{t!(lang, "error-title")}</h1>
            <ul>{messages.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
            <p>{hint}</p>
        </section>
    }
}
