//! The home page: what the network does (its three activities), its headline results from the
//! results query layer, the next events and the Forum, and the latest stories. Server-rendered
//! plain links and lists, so it reads fast on a phone.

use crate::error::AppError;
use crate::results::{home_results, HeadlineFigures, HomeData};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let data = Resource::new(|| (), |_| home_results());
    let lang = crate::i18n::current();

    view! {
        <Title text="" />
        <section class="hero">
            <h1>{t!(lang, "home-title")}</h1>
            <p class="lead">{t!(lang, "home-lead")}</p>
        </section>
        <section aria-labelledby="what-we-do">
            <h2 id="what-we-do">{t!(lang, "home-what-we-do")}</h2>
            <div class="activity-grid">
                <article class="card">
                    <h3 class="card__title"><a href="/partnerships">{t!(lang, "home-wops-title")}</a></h3>
                    <p>{t!(lang, "home-wops-text")}</p>
                </article>
                <article class="card">
                    <h3 class="card__title"><a href="/training">{t!(lang, "home-capacity-title")}</a></h3>
                    <p>{t!(lang, "home-capacity-text")}</p>
                </article>
                <article class="card">
                    <h3 class="card__title"><a href="/stories">{t!(lang, "home-sharing-title")}</a></h3>
                    <p>{t!(lang, "home-sharing-text")}</p>
                </article>
            </div>
        </section>
        <Suspense fallback=move || view! { <p class="muted">{t!(lang, "home-loading")}</p> }>
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
    let lang = crate::i18n::current();
    view! {
        <dl class="stats">
            <div class="stat"><dt>{t!(lang, "home-stat-utilities")}</dt><dd data-testid="stat-utilities">{crate::i18n::format::integer(lang, i64::try_from(utilities).unwrap_or(i64::MAX))}</dd></div>
            <div class="stat"><dt>{t!(lang, "home-stat-countries")}</dt><dd data-testid="stat-countries">{crate::i18n::format::integer(lang, i64::try_from(countries).unwrap_or(i64::MAX))}</dd></div>
            <div class="stat"><dt>{t!(lang, "home-stat-organizations")}</dt><dd data-testid="stat-organizations">{crate::i18n::format::integer(lang, i64::try_from(organizations).unwrap_or(i64::MAX))}</dd></div>
        </dl>
        <section aria-labelledby="results-heading">
            <h2 id="results-heading">{t!(lang, "home-results")}</h2>
            <HeadlineFigures results />
            <p><a href="/results" class="button">{t!(lang, "home-results-link")}</a></p>
        </section>
        <div class="home-columns">
            <section aria-labelledby="next-events">
                <h2 id="next-events">{t!(lang, "home-coming-up")}</h2>
                {forum.map(|f| view! {
                    <p class="card">
                        <a href="/forum"><strong>{f.title}</strong></a>
                        <br />
                        {format!("{} · {}", f.dates, f.venue)}
                    </p>
                })}
                {if events.is_empty() {
                    view! { <p class="muted">{t!(lang, "home-no-events")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list">
                            {events.into_iter().map(|e| view! {
                                <li>
                                    <a href="/events">{e.title}</a>
                                    <span class="muted">{format!(" · {} · {}", crate::i18n::format::date_medium(lang, e.starts_on), e.place)}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <p><a href="/events">{t!(lang, "home-all-events")}</a></p>
            </section>
            <section aria-labelledby="latest-stories">
                <h2 id="latest-stories">{t!(lang, "home-latest-stories")}</h2>
                {if stories.is_empty() {
                    view! { <p class="muted">{t!(lang, "home-no-stories")}</p> }.into_any()
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
                <p><a href="/stories">{t!(lang, "home-all-stories")}</a></p>
            </section>
        </div>
    }
}
