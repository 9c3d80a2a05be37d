//! WaterLinks Hub: the pages and server functions shared by the server (SSR) and the browser (hydrate).
//!
//! Organised by domain: each folder holds one area's types, server functions, pages, and (behind
//! the `ssr` feature) its entities and queries.

#![recursion_limit = "256"]

pub mod accounts;
pub mod admin;
pub mod awards;
pub mod contact;
#[cfg(feature = "ssr")]
pub mod db;
pub mod error;
pub mod events;
pub mod forum;
pub mod home;
pub mod i18n;
#[cfg(test)]
mod layering;
pub mod library;
#[cfg(feature = "ssr")]
pub mod limits;
pub mod mail;
pub mod matching;
pub mod partners;
#[cfg(feature = "ssr")]
pub mod pdf;
pub mod query_string;
pub mod results;
#[cfg(feature = "ssr")]
pub mod search;
#[cfg(feature = "ssr")]
pub mod secret;
pub mod shell;
#[cfg(feature = "ssr")]
pub mod state;
pub mod stored;
pub mod stories;
pub mod text;
pub mod topics;
pub mod training;
#[cfg(feature = "ssr")]
pub mod uploads;
pub mod wops;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, Meta, MetaTags, Stylesheet, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

/// The HTML document around the app, rendered on the server only.
///
/// Pages go out without the app's WASM. One WASM for the whole app was 1.16 MB compressed,
/// every page paid for it, and phones at the Forum share one crowded Wi-Fi; what the pages do
/// is mostly forms. So pages are server-rendered HTML whose forms post as plain forms (the
/// answer comes back to the page through `shell::flash`), and `public/js/venue.js`, a few
/// kilobytes of plain script, adds what needs a script: conditional questions, local times,
/// the check-in desk's camera and offline queue, the big screen's live tally, the offline
/// banner and the service worker. `frontend/` keeps the hydrate entry for a page that someday
/// needs more (as a Leptos island, so that only that part ships).
pub fn shell(_options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    set_page_csp();
    #[cfg(feature = "ssr")]
    shell::flash::provide();
    // The page's language, for `<html lang>` and every text below (`i18n::current`).
    #[cfg(feature = "ssr")]
    let lang = i18n::request::provide();
    #[cfg(not(feature = "ssr"))]
    let lang = i18n::current();
    #[cfg(feature = "ssr")]
    let nonce = leptos::nonce::use_nonce().map(|n| n.to_string());
    #[cfg(not(feature = "ssr"))]
    let nonce: Option<String> = None;
    view! {
        <!DOCTYPE html>
        <html lang=lang.as_code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="manifest" href="/manifest.webmanifest" />
                <script type="module" src="/js/venue.js" nonce=nonce></script>
                <shell::flash::EchoedFields />
                <MetaTags />
            </head>
            // The offline banner's words and the errors that have no text of their own, for
            // venue.js.
            <body data-offline=crate::t!(lang, "forum-offline-banner")
                data-error-unauthenticated=crate::t!(lang, "error-unauthenticated")
                data-error-forbidden=crate::t!(lang, "error-forbidden")
                data-error-internal=crate::t!(lang, "error-internal")
                data-error-fields=crate::t!(lang, "form-correct-fields")>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    accounts::UserContext::provide();

    view! {
        <Stylesheet id="leptos" href="/pkg/waterlinks.css" />
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml" />
        <Meta name="description" content="WaterLinks Hub: water operator partnerships, training and knowledge for urban water and sanitation utilities in Asia and the Pacific." />
        <Meta name="theme-color" content="#0b5d8c" />
        <Title formatter=|title: String| {
            let full = if title.is_empty() { "WaterLinks Hub".to_owned() } else { format!("{title} · WaterLinks Hub") };
            shell::raw_text::escaped_for_raw_text(&full)
        } />
        <Router>
            // The frame knows no domain: the signed-in person's menu is handed to it here.
            <shell::Layout user_menu=|| view! { <accounts::UserMenu /> }>
                <Routes fallback=shell::NotFound>
                    <Route path=path!("") view=home::HomePage />
                    // Rendered whole, in one piece: cheaper than streaming a page whose data
                    // comes from one quick query (bench/directory.sh).
                    // Rendered whole, so a filter it cannot read answers 400.
                    <Route path=path!("/results") view=results::ResultsPage ssr=SsrMode::Async />
                    <Route path=path!("/results/map") view=results::MapPage ssr=SsrMode::Async />
                    <Route path=path!("/partners") view=partners::DirectoryPage ssr=SsrMode::Async />
                    // Rendered whole before sending, so a missing organization answers 404.
                    <Route path=path!("/partners/:id") view=partners::OrganizationPage ssr=SsrMode::Async />
                    <Route path=path!("/partners/:id/edit") view=partners::OrganizationEditPage ssr=SsrMode::Async />
                    <Route path=path!("/partnerships") view=wops::PartnershipListPage />
                    <Route path=path!("/partnerships/:id") view=wops::PartnershipPage ssr=SsrMode::Async />
                    <Route path=path!("/needs") view=matching::NeedsPage />
                    <Route path=path!("/needs/:id") view=matching::NeedPage ssr=SsrMode::Async />
                    <Route path=path!("/library") view=library::LibraryPage ssr=SsrMode::Async />
                    <Route path=path!("/library/new") view=library::NewProductPage />
                    // Rendered whole before sending, so a missing or hidden product answers 404/401.
                    <Route path=path!("/library/:id") view=library::ProductPage ssr=SsrMode::Async />
                    <Route path=path!("/matching") view=matching::NetworkMatchingPage />
                    <Route path=path!("/training") view=training::TrainingCataloguePage />
                    <Route path=path!("/training/new") view=training::NewProgramPage />
                    <Route path=path!("/training/:id") view=training::ProgramPage ssr=SsrMode::Async />
                    <Route path=path!("/training/:id/evaluations") view=training::EvaluationsPage ssr=SsrMode::Async />
                    <Route path=path!("/certificates/:code") view=training::CertificatePage ssr=SsrMode::Async />
                    // The event pages (`shell::venue`) are rendered whole: they do not hydrate, so
                    // nothing may arrive later through streaming.
                    <Route path=path!("/forum") view=forum::ForumPage ssr=SsrMode::Async />
                    <Route path=path!("/forum/confirm") view=forum::ConfirmPage ssr=SsrMode::Async />
                    // Rendered whole, so the badge (QR code included) arrives in the first response
                    // and needs no further request to show.
                    <Route path=path!("/forum/badge/:code") view=forum::BadgePage ssr=SsrMode::Async />
                    <Route path=path!("/forum/cancel/:code") view=forum::CancelPage ssr=SsrMode::Async />
                    <Route path=path!("/forum/check-in") view=forum::CheckInPage ssr=SsrMode::Async />
                    <Route path=path!("/forum/admin") view=forum::ForumAdminPage />
                    <Route path=path!("/awards") view=awards::AwardsPage ssr=SsrMode::Async />
                    <Route path=path!("/awards/jury") view=awards::JuryPage />
                    <Route path=path!("/awards/vote") view=awards::VoteEntryPage ssr=SsrMode::Async />
                    // Rendered whole, so an unknown code or category answers 404 (a cancelled
                    // badge 410) with the page's panel.
                    <Route path=path!("/awards/vote/:code") view=awards::BallotPage ssr=SsrMode::Async />
                    <Route path=path!("/awards/:id/screen") view=awards::BigScreenPage ssr=SsrMode::Async />
                    <Route path=path!("/awards/receipts/:code") view=awards::ReceiptPage ssr=SsrMode::Async />
                    <Route path=path!("/stories") view=stories::StoriesPage />
                    <Route path=path!("/stories/new") view=stories::NewStoryPage />
                    // Rendered whole before sending: the Open Graph tags must be in the head and
                    // a hidden draft answers 404.
                    <Route path=path!("/stories/:id") view=stories::StoryPage ssr=SsrMode::Async />
                    <Route path=path!("/news") view=stories::NewsPage />
                    <Route path=path!("/news/:id") view=stories::NewsItemPage ssr=SsrMode::Async />
                    <Route path=path!("/events") view=events::EventsPage />
                    <Route path=path!("/developers") view=results::DevelopersPage />
                    <Route path=path!("/contact") view=contact::ContactPage />
                    <Route path=path!("/sign-in") view=accounts::SignInPage />
                    <Route path=path!("/sign-up") view=accounts::SignUpPage />
                    <Route path=path!("/account") view=accounts::AccountPage />
                    <Route path=path!("/forgot-password") view=accounts::ForgotPasswordPage />
                    <Route path=path!("/reset-password") view=accounts::ResetPasswordPage />
                    <Route path=path!("/confirm-email") view=accounts::ConfirmEmailPage />
                    <Route path=path!("/admin") view=admin::AdminPage />
                </Routes>
            </shell::Layout>
        </Router>
    }
}

/// Sends the page's CSP with this response's nonce (Leptos adds the nonce to its inline scripts).
#[cfg(feature = "ssr")]
fn set_page_csp() {
    use http::{header::CONTENT_SECURITY_POLICY, HeaderValue};
    let response = use_context::<leptos_axum::ResponseOptions>();
    if let (Some(nonce), Some(response)) = (leptos::nonce::use_nonce(), response) {
        if let Ok(value) = HeaderValue::from_str(&shell::page_csp(&nonce)) {
            response.insert_header(CONTENT_SECURITY_POLICY, value);
        }
    }
}
