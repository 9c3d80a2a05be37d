//! The results dashboard: filters, headline figures, charts with their tables, and the reports.

use super::chart::{Bar, BarChart, YearChart};
use super::filter::FilterChoices;
use super::types::{KpiImprovement, NetworkResults};
use super::words::state_label;
use super::{dashboard_results, ResultsFilter};
use crate::error::AppError;
use crate::i18n::{format as fmt, Lang};
use crate::partners::{Kpi, Measure};
use crate::shell::forms::{CountryFilter, SelectField, SelectOption, TopicFilter};
use crate::t;
use crate::wops::PartnershipState;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ResultsPage() -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        move || query.get(),
        |q| {
            let get = |k: &str| q.get(k).unwrap_or_default();
            dashboard_results(
                get("year_from"),
                get("year_to"),
                get("year"),
                get("country"),
                get("topic"),
                get("status"),
            )
        },
    );
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "results-title") />
        <h1>{t!(lang, "results-title")}</h1>
        <p class="lead">{t!(lang, "results-lead")}</p>
        <Suspense fallback=move || view! { <p class="muted">{t!(lang, "results-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let d = data.await?;
                Ok::<_, AppError>(view! {
                    <ResultsFilterForm current=d.results.filter.clone() choices=d.choices />
                    <Dashboard results=d.results />
                })
            }))}
        </Suspense>
    }
}

#[component]
fn ResultsFilterForm(current: ResultsFilter, choices: FilterChoices) -> impl IntoView {
    let this_year = chrono::Datelike::year(&chrono::Utc::now().date_naive());
    let years: Vec<SelectOption> = (2018..=this_year + 1)
        .rev()
        .map(|y| SelectOption::plain(y.to_string()))
        .collect();
    let year = |y: Option<i32>| y.map(|y| y.to_string());
    let lang = crate::i18n::current();
    view! {
        <form method="get" action="/results" class="filters" role="search" aria-label=t!(lang, "results-filter-label")>
            <SelectField form="res" name="year_from" label=t!(lang, "results-from-year") empty=t!(lang, "results-any")
                options=years.clone() selected=year(current.year_from) />
            <SelectField form="res" name="year_to" label=t!(lang, "results-to-year") empty=t!(lang, "results-any")
                options=years selected=year(current.year_to) />
            <CountryFilter form="res" countries=choices.countries selected=current.country />
            <TopicFilter form="res" selected=current.topic
                topics=choices.topics.into_iter().map(|(code, name)| SelectOption::new(code, name)).collect() />
            <SelectField form="res" name="status" label=t!(lang, "results-status") empty=t!(lang, "results-any-status")
                options=PartnershipState::ALL.into_iter().map(|s| SelectOption::new(s.as_code(), state_label(lang, s))).collect()
                selected=current.status.map(|s| s.as_code().to_owned()) />
            <div class="button-row filters__actions">
                <button type="submit" class="button">{t!(lang, "results-show")}</button>
                <a href="/results" class="button button--secondary">{t!(lang, "results-clear")}</a>
            </div>
        </form>
    }
}

/// A change in the KPI's good direction, in its unit: "15.5 points better".
pub fn change_in_words(kpi: Kpi, change: f64, lang: Lang) -> String {
    let size = match kpi.measure() {
        Measure::Percent => t!(
            lang,
            "results-points",
            points = fmt::decimal(lang, change.abs(), 1)
        ),
        _ => kpi.display(change.abs(), lang),
    };
    if change > 0.0 {
        t!(lang, "results-better", size = size)
    } else if change < 0.0 {
        t!(lang, "results-worse", size = size)
    } else {
        t!(lang, "results-no-change")
    }
}

/// A count with the language's grouping.
fn count(lang: Lang, v: u64) -> String {
    fmt::integer(lang, i64::try_from(v).unwrap_or(i64::MAX))
}

fn score(lang: Lang, v: Option<f64>) -> String {
    v.map(|v| t!(lang, "results-score", score = fmt::decimal(lang, v, 1)))
        .unwrap_or_else(|| "–".to_owned())
}

/// The headline figures, shared by the home page and the dashboard.
#[component]
pub fn HeadlineFigures(results: NetworkResults) -> impl IntoView {
    let lang = crate::i18n::current();
    let n = move |v: u64| count(lang, v);
    view! {
        <dl class="stats">
            <div class="stat">
                <dt>{t!(lang, "results-fig-active")}</dt>
                <dd data-testid="fig-active">{n(results.count_in(PartnershipState::Active))}</dd>
            </div>
            <div class="stat">
                <dt>{t!(lang, "results-fig-completed")}</dt>
                <dd data-testid="fig-completed">{n(results.count_in(PartnershipState::Completed))}</dd>
            </div>
            <div class="stat">
                <dt>{t!(lang, "results-fig-utilities")}</dt>
                <dd data-testid="fig-utilities">{n(results.utilities_involved)}</dd>
            </div>
            <div class="stat">
                <dt>{t!(lang, "results-fig-people")}</dt>
                <dd data-testid="fig-people">{n(results.people_with_access)}</dd>
            </div>
            <div class="stat">
                <dt>{t!(lang, "results-fig-trained")}</dt>
                <dd data-testid="fig-trained">{n(results.training.completions)}</dd>
            </div>
            <div class="stat">
                <dt>{t!(lang, "results-fig-downloads")}</dt>
                <dd data-testid="fig-downloads">{n(results.downloads)}</dd>
            </div>
        </dl>
    }
}

#[component]
fn Dashboard(results: NetworkResults) -> impl IntoView {
    let lang = crate::i18n::current();
    let qs = results.filter.to_query_string();
    let link = move |path: &str| {
        if qs.is_empty() {
            path.to_owned()
        } else {
            format!("{path}?{qs}")
        }
    };
    let downloads = view! {
        <p class="button-row">
            <a class="button button--secondary" rel="external" download="" href=link("/results/report.xlsx")>{t!(lang, "results-report-xlsx")}</a>
            <a class="button button--secondary" rel="external" download="" href=link("/results/report.pdf")>{t!(lang, "results-report-pdf")}</a>
            <a class="button button--secondary" rel="external" download="" href=link("/results/tables/partnerships.csv")>{t!(lang, "results-csv-partnerships")}</a>
            <a class="button button--secondary" rel="external" download="" href=link("/results/tables/outcomes.csv")>{t!(lang, "results-csv-outcomes")}</a>
            <a class="button button--secondary" rel="external" download="" href=link("/results/tables/years.csv")>{t!(lang, "results-csv-years")}</a>
            <a class="button button--secondary" href=link("/results/map")>{t!(lang, "results-map")}</a>
        </p>
    };
    let scope = view! { <p class="muted" data-testid="results-scope">{t!(lang, "results-showing", scope = results.scope.clone())}</p> };
    if results.is_empty() {
        return view! {
            {scope}
            <p class="panel" role="status" data-testid="results-empty">
                {t!(lang, "results-empty")}
            </p>
        }
        .into_any();
    }
    let state_bars = results
        .by_state
        .iter()
        .map(|c| Bar {
            label: state_label(lang, c.state),
            value: c.count as f64,
            shown: count(lang, c.count),
            class: c.state.as_code().to_owned(),
        })
        .collect();
    let tr = results.training.clone();
    let bar = |label: String, value: u64| Bar {
        label,
        value: value as f64,
        shown: count(lang, value),
        class: "training".into(),
    };
    let training_bars = vec![
        bar(t!(lang, "results-programs"), tr.programs),
        bar(t!(lang, "results-sessions"), tr.sessions),
        bar(t!(lang, "results-enrolled"), tr.enrolled),
        bar(t!(lang, "results-completions"), tr.completions),
    ];
    let kpis = results.kpis.clone();
    let years = results.by_year.clone();
    view! {
        {scope}
        <HeadlineFigures results=results.clone() />
        {downloads}
        <section aria-labelledby="res-partnerships" class="results-section">
            <h2 id="res-partnerships">{t!(lang, "results-partnerships")}</h2>
            <BarChart id="chart-states" title=t!(lang, "results-by-status") unit=t!(lang, "results-partnerships") bars=state_bars />
            <YearChart years />
        </section>
        <section aria-labelledby="res-outcomes" class="results-section">
            <h2 id="res-outcomes">{t!(lang, "results-outcomes-title")}</h2>
            <p class="muted">{t!(lang, "results-outcomes-lead")}</p>
            <KpiTable kpis />
        </section>
        <section aria-labelledby="res-training" class="results-section">
            <h2 id="res-training">{t!(lang, "results-training-title")}</h2>
            <p class="muted">{t!(lang, "results-training-lead")}</p>
            <BarChart id="chart-training" title=t!(lang, "results-training-chart") unit=t!(lang, "results-count") bars=training_bars />
            <dl class="stats stats--small">
                <div class="stat"><dt>{t!(lang, "results-evaluations")}</dt><dd data-testid="fig-evaluations">{count(lang, tr.evaluations)}</dd></div>
                <div class="stat"><dt>{t!(lang, "results-relevance")}</dt><dd>{score(lang, tr.relevance)}</dd></div>
                <div class="stat"><dt>{t!(lang, "results-clarity")}</dt><dd>{score(lang, tr.clarity)}</dd></div>
                <div class="stat"><dt>{t!(lang, "results-usefulness")}</dt><dd>{score(lang, tr.usefulness)}</dd></div>
            </dl>
        </section>
        <section aria-labelledby="res-list" class="results-section">
            <h2 id="res-list">{t!(lang, "results-counted")}</h2>
            // Focusable, so a keyboard can scroll it sideways on a phone.
            <div class="table-scroll" tabindex="0" role="region" aria-label=t!(lang, "results-table-scroll", table = t!(lang, "results-counted"))>
                <table class="data-table" data-testid="results-partnerships">
                    <thead><tr><th scope="col">{t!(lang, "results-partnership")}</th><th scope="col">{t!(lang, "results-status-column")}</th><th scope="col">{t!(lang, "results-mentor")}</th><th scope="col">{t!(lang, "results-recipient")}</th></tr></thead>
                    <tbody>
                        {results.partnerships.into_iter().map(|p| view! {
                            <tr>
                                <td><a href=format!("/partnerships/{}", p.id)>{p.title}</a></td>
                                <td>{state_label(lang, p.state)}</td>
                                <td>{format!("{} ({})", p.mentor.name, p.mentor.country)}</td>
                                <td>{format!("{} ({})", p.recipient.name, p.recipient.country)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
    .into_any()
}

#[component]
fn KpiTable(kpis: Vec<KpiImprovement>) -> impl IntoView {
    let lang = crate::i18n::current();
    if kpis.is_empty() {
        return view! { <p class="muted">{t!(lang, "results-no-outcomes")}</p> }.into_any();
    }
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t!(lang, "results-table-scroll", table = t!(lang, "results-outcomes"))>
            <table class="data-table" data-testid="results-kpis">
                <thead>
                    <tr>
                        <th scope="col">{t!(lang, "results-kpi")}</th>
                        <th scope="col">{t!(lang, "results-outcomes-measured")}</th>
                        <th scope="col">{t!(lang, "results-baseline")}</th>
                        <th scope="col">{t!(lang, "results-latest")}</th>
                        <th scope="col">{t!(lang, "results-change")}</th>
                        <th scope="col">{t!(lang, "results-improved")}</th>
                    </tr>
                </thead>
                <tbody>
                    {kpis.into_iter().map(|k| {
                        let measured = k.measured > 0;
                        view! {
                            <tr>
                                <th scope="row">{k.kpi.name(lang)}</th>
                                <td>{format!("{} ({})", count(lang, k.outcomes), count(lang, k.measured))}</td>
                                <td>{if measured { k.kpi.display(k.mean_baseline, lang) } else { "–".into() }}</td>
                                <td>{if measured { k.kpi.display(k.mean_latest, lang) } else { "–".into() }}</td>
                                <td>{if measured { change_in_words(k.kpi, k.mean_improvement, lang) } else { t!(lang, "results-not-measured") }}</td>
                                <td>{t!(lang, "results-improved-of", improved = k.improved, measured = k.measured)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_read_in_the_kpis_direction_and_unit() {
        let en = Lang::En;
        assert_eq!(
            change_in_words(Kpi::NonRevenueWater, 15.5, en),
            "15.5 points better"
        );
        assert_eq!(
            change_in_words(Kpi::CollectionEfficiency, -2.0, en),
            "2 points worse"
        );
        assert_eq!(
            change_in_words(Kpi::PeopleWithNewAccess, 12000.0, en),
            "12,000 better"
        );
        assert_eq!(change_in_words(Kpi::EnergyIntensity, 0.0, en), "no change");
        assert_eq!(
            change_in_words(Kpi::NonRevenueWater, 15.5, Lang::Vi),
            "tốt hơn 15,5 điểm"
        );
    }
}
