//! `/developers`: the API for development partners, in words, beside its OpenAPI document.

use super::endpoints::ENDPOINTS;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn DevelopersPage() -> impl IntoView {
    view! {
        <Title text="API for development partners" />
        <h1>"API for development partners"</h1>
        <p class="lead">
            "The network's public data as JSON, read-only: organizations, partnerships with their outcomes, "
            "trainings, knowledge products, events and the results figures."
        </p>
        <p>
            "The machine-readable description is the OpenAPI document at "
            <a href="/api/v1/openapi.json" rel="external">"/api/v1/openapi.json"</a>
            ". Lists come in pages: "<code>"?page=1&per_page=20"</code>" (page from 1, up to 100 items a page); "
            "each answer says its "<code>"page"</code>", "<code>"per_page"</code>" and the "<code>"total"</code>". "
            "A parameter out of range or unknown is answered with status 400 and a JSON "<code>"error"</code>" message."
        </p>
        <p>
            "Only public data is served, unless the request carries the session cookie of a signed-in member "
            "(then non-public outcomes and members-only knowledge products are included)."
        </p>
        <h2>"Endpoints"</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Endpoints: table, scroll sideways for more">
            <table class="data-table">
                <thead><tr><th scope="col">"GET"</th><th scope="col">"What it returns"</th><th scope="col">"Parameters"</th></tr></thead>
                <tbody>
                    {ENDPOINTS.iter().map(|e| view! {
                        <tr>
                            <td><a href=e.path rel="external"><code>{e.path}</code></a></td>
                            <td>{e.summary}</td>
                            <td>{if e.filtered { "year_from, year_to, year, country, topic, status" } else { "page, per_page" }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <p>"The same figures are on the "<a href="/results">"results dashboard"</a>", with XLSX, PDF and CSV reports."</p>
    }
}
