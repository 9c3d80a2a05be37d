//! The home page: what the network does, and its headline figures.

use crate::error::AppError;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkFigures {
    pub organizations: u64,
    pub utilities: u64,
    pub countries: u64,
}

#[server(prefix = "/api", endpoint = "home/figures")]
#[tracing::instrument]
pub async fn network_overview() -> Result<NetworkFigures, AppError> {
    let db = crate::state::db()?;
    let (organizations, utilities, countries) =
        crate::partners::service::network_counts(&db).await?;
    Ok(NetworkFigures {
        organizations,
        utilities,
        countries,
    })
}

#[component]
pub fn HomePage() -> impl IntoView {
    let overview = Resource::new(|| (), |_| network_overview());

    view! {
        <Title text="" />
        <section class="hero">
            <h1>"Utilities helping utilities deliver safe water and sanitation"</h1>
            <p class="lead">
                "WaterLinks connects urban water and sanitation operators across Asia and the Pacific, "
                "so that those with tested solutions can mentor those who need them."
            </p>
            <Suspense fallback=|| view! { <p class="stats stats--loading">"Loading the network’s figures…"</p> }>
                {move || Suspend::new(async move {
                    let o = overview.await?;
                    Ok::<_, AppError>(
                        view! {
                            <dl class="stats" aria-label="The network in figures">
                                <div class="stat">
                                    <dt>"Utilities"</dt>
                                    <dd data-testid="stat-utilities">{o.utilities}</dd>
                                </div>
                                <div class="stat">
                                    <dt>"Countries"</dt>
                                    <dd data-testid="stat-countries">{o.countries}</dd>
                                </div>
                                <div class="stat">
                                    <dt>"Organizations"</dt>
                                    <dd data-testid="stat-organizations">{o.organizations}</dd>
                                </div>
                            </dl>
                        },
                    )
                })}
            </Suspense>
        </section>
        <section aria-labelledby="what-we-do">
            <h2 id="what-we-do">"What the network does"</h2>
            <div class="activity-grid">
                <article class="card">
                    <h3 class="card__title">"Water Operator Partnerships"</h3>
                    <p>
                        "A mentor utility with a tested solution works with a recipient utility on its service "
                        "challenges for 12 to 24 months, under an agreement and a joint work plan."
                    </p>
                </article>
                <article class="card">
                    <h3 class="card__title">"Regional capacity building"</h3>
                    <p>"Training programs, toolkits, manuals and applied studies that help partnerships succeed."</p>
                </article>
                <article class="card">
                    <h3 class="card__title">"Information sharing and networking"</h3>
                    <p>
                        "Good practices from partnerships, sector events, and the Annual WaterLinks Forum with its awards "
                        "for partnerships that excel."
                    </p>
                </article>
            </div>
            <p>
                <A href="/partners" attr:class="button">
                    "Browse the partner directory"
                </A>
            </p>
        </section>
    }
}
