//! `/developers`: the API for development partners, in words, beside its OpenAPI document.

use super::endpoints::ENDPOINTS;
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

/// What an endpoint returns, in the reader's language (the OpenAPI document keeps the English).
fn summary(lang: crate::i18n::Lang, e: &super::endpoints::Endpoint) -> String {
    use super::endpoints as api;
    match e.path {
        p if p == api::ORGANIZATIONS.path => t!(lang, "results-dev-organizations"),
        p if p == api::PARTNERSHIPS.path => t!(lang, "results-dev-partnerships"),
        p if p == api::TRAININGS.path => t!(lang, "results-dev-trainings"),
        p if p == api::KNOWLEDGE_PRODUCTS.path => t!(lang, "results-dev-knowledge-products"),
        p if p == api::EVENTS.path => t!(lang, "results-dev-events"),
        p if p == api::RESULTS.path => t!(lang, "results-dev-results"),
        _ => e.summary.to_owned(),
    }
}

#[component]
pub fn DevelopersPage() -> impl IntoView {
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "results-dev-title") />
        <h1>{t!(lang, "results-dev-title")}</h1>
        <p class="lead">{t!(lang, "results-dev-lead")}</p>
        <p>
            {t!(lang, "results-dev-openapi")} " "
            <a href="/api/v1/openapi.json" rel="external">"/api/v1/openapi.json"</a>
        </p>
        <p>
            {t!(lang, "results-dev-paging")} " " <code>"?page=1&per_page=20"</code>
        </p>
        <p>
            {t!(lang, "results-dev-answers")} " "
            <code>"page"</code>", "<code>"per_page"</code>", "<code>"total"</code>
        </p>
        <p>
            {t!(lang, "results-dev-errors")} " " <code>"error"</code>
        </p>
        <p>{t!(lang, "results-dev-public")}</p>
        <h2>{t!(lang, "results-dev-endpoints")}</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-label=t!(lang, "results-table-scroll", table = t!(lang, "results-dev-endpoints"))>
            <table class="data-table">
                <thead><tr><th scope="col">"GET"</th><th scope="col">{t!(lang, "results-dev-returns")}</th><th scope="col">{t!(lang, "results-dev-parameters")}</th></tr></thead>
                <tbody>
                    {ENDPOINTS.iter().map(|e| view! {
                        <tr>
                            <td><a href=e.path rel="external"><code>{e.path}</code></a></td>
                            <td>{summary(lang, e)}</td>
                            <td>{if e.filtered { "year_from, year_to, year, country, topic, status" } else { "page, per_page" }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <p>{t!(lang, "results-dev-same-figures")} " " <a href="/results">{t!(lang, "results-dev-dashboard")}</a></p>
    }
}
