//! The home page: what the network does (its three activities), its headline results from the
//! results query layer, the next events and the Forum, and the latest stories. Server-rendered
//! plain links and lists, so it reads fast on a phone.

use crate::error::AppError;
use crate::results::{home_results, HeadlineFigures, HomeData};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let data = Resource::new(|| (), |_| home_results());

    view! {
        <Title text="" />
        <section class="hero">
            <h1>"Utilities helping utilities deliver safe water and sanitation"</h1>
            <p class="lead">
                "WaterLinks connects urban water and sanitation operators across Asia and the Pacific, "
                "so that those with tested solutions can mentor those who need them."
            </p>
        </section>
        <section aria-labelledby="what-we-do">
            <h2 id="what-we-do">"What the network does"</h2>
            <div class="activity-grid">
                <article class="card">
                    <h3 class="card__title"><a href="/partnerships">"Water Operator Partnerships"</a></h3>
                    <p>
                        "A mentor utility with a tested solution works with a recipient utility on its service "
                        "challenges for 12 to 24 months, under an agreement and a joint work plan."
                    </p>
                </article>
                <article class="card">
                    <h3 class="card__title"><a href="/training">"Regional capacity building"</a></h3>
                    <p>"Training programs, toolkits, manuals and applied studies that help partnerships succeed."</p>
                </article>
                <article class="card">
                    <h3 class="card__title"><a href="/stories">"Information sharing and networking"</a></h3>
                    <p>
                        "Good practices from partnerships, sector events, and the Annual WaterLinks Forum with its awards "
                        "for partnerships that excel."
                    </p>
                </article>
            </div>
        </section>
        <Suspense fallback=|| view! { <p class="muted">"Loading the network’s results…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let d = data.await?;
                Ok::<_, AppError>(view! { <HomeResults data=d /> })
            }))}
        </Suspense>
    }
}

#[component]
fn HomeResults(data: HomeData) -> impl IntoView {
    let HomeData {
        network: (organizations, utilities, countries),
        results,
        events,
        forum,
        stories,
    } = data;
    view! {
        <dl class="stats">
            <div class="stat"><dt>"Utilities"</dt><dd data-testid="stat-utilities">{utilities}</dd></div>
            <div class="stat"><dt>"Countries"</dt><dd data-testid="stat-countries">{countries}</dd></div>
            <div class="stat"><dt>"Organizations"</dt><dd data-testid="stat-organizations">{organizations}</dd></div>
        </dl>
        <section aria-labelledby="results-heading">
            <h2 id="results-heading">"Results so far"</h2>
            <HeadlineFigures results />
            <p><a href="/results" class="button">"See the results dashboard"</a></p>
        </section>
        <div class="home-columns">
            <section aria-labelledby="next-events">
                <h2 id="next-events">"Coming up"</h2>
                {forum.map(|f| view! {
                    <p class="card">
                        <a href="/forum"><strong>{f.title}</strong></a>
                        <br />
                        {format!("{} · {}", f.dates, f.venue)}
                    </p>
                })}
                {if events.is_empty() {
                    view! { <p class="muted">"No events announced yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list">
                            {events.into_iter().map(|e| view! {
                                <li>
                                    <a href="/events">{e.title}</a>
                                    <span class="muted">{format!(" · {} · {}", e.starts_on.format("%-d %b %Y"), e.place)}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <p><a href="/events">"All events"</a></p>
            </section>
            <section aria-labelledby="latest-stories">
                <h2 id="latest-stories">"Latest stories"</h2>
                {if stories.is_empty() {
                    view! { <p class="muted">"No stories published yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list">
                            {stories.into_iter().map(|s| view! {
                                <li>
                                    <a href=format!("/stories/{}", s.id)>{s.title}</a>
                                    <p class="muted">{s.summary}</p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <p><a href="/stories">"All stories"</a></p>
            </section>
        </div>
    }
}
