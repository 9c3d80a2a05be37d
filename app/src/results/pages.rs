//! The results dashboard: filters, headline figures, charts with their tables, and the reports.

use super::chart::{Bar, BarChart, YearChart};
use super::filter::FilterChoices;
use super::types::{KpiImprovement, NetworkResults};
use super::{dashboard_results, ResultsFilter};
use crate::error::AppError;
use crate::partners::{group_thousands, Kpi, Measure};
use crate::shell::forms::{CountryFilter, SelectField, SelectOption, TopicFilter};
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
    view! {
        <Title text="Network results" />
        <h1>"Network results"</h1>
        <p class="lead">"What the partnerships, trainings and knowledge products of the network have achieved, from the data partners report."</p>
        <Suspense fallback=|| view! { <p class="muted">"Loading the figures…"</p> }>
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
    view! {
        <form method="get" action="/results" class="filters" role="search" aria-label="Filter the results">
            <SelectField form="res" name="year_from" label="From year" empty="Any"
                options=years.clone() selected=year(current.year_from) />
            <SelectField form="res" name="year_to" label="To year" empty="Any"
                options=years selected=year(current.year_to) />
            <CountryFilter form="res" countries=choices.countries selected=current.country />
            <TopicFilter form="res" selected=current.topic
                topics=choices.topics.into_iter().map(|(code, name)| SelectOption::new(code, name)).collect() />
            <SelectField form="res" name="status" label="Partnership status" empty="Any status"
                options=PartnershipState::ALL.into_iter().map(|s| SelectOption::new(s.as_code(), s.label())).collect()
                selected=current.status.map(|s| s.as_code().to_owned()) />
            <div class="button-row filters__actions">
                <button type="submit" class="button">"Show"</button>
                <a href="/results" class="button button--secondary">"Clear"</a>
            </div>
        </form>
    }
}

/// A change in the KPI's good direction, in its unit: "15.5 points better".
pub fn change_in_words(kpi: Kpi, change: f64) -> String {
    let size = match kpi.measure() {
        Measure::Percent => format!("{} points", trim1(change.abs())),
        _ => kpi.format(change.abs()),
    };
    if change > 0.0 {
        format!("{size} better")
    } else if change < 0.0 {
        format!("{size} worse")
    } else {
        "no change".to_owned()
    }
}

fn trim1(v: f64) -> String {
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map(str::to_owned).unwrap_or(s)
}

fn score(v: Option<f64>) -> String {
    v.map(|v| format!("{v:.1} / 5"))
        .unwrap_or_else(|| "–".to_owned())
}

/// The headline figures, shared by the home page and the dashboard.
#[component]
pub fn HeadlineFigures(results: NetworkResults) -> impl IntoView {
    let n = |v: u64| group_thousands(v as i64);
    view! {
        <dl class="stats">
            <div class="stat">
                <dt>"Partnerships active"</dt>
                <dd data-testid="fig-active">{n(results.count_in(PartnershipState::Active))}</dd>
            </div>
            <div class="stat">
                <dt>"Partnerships completed"</dt>
                <dd data-testid="fig-completed">{n(results.count_in(PartnershipState::Completed))}</dd>
            </div>
            <div class="stat">
                <dt>"Utilities involved"</dt>
                <dd data-testid="fig-utilities">{n(results.utilities_involved)}</dd>
            </div>
            <div class="stat">
                <dt>"People with new or improved access"</dt>
                <dd data-testid="fig-people">{n(results.people_with_access)}</dd>
            </div>
            <div class="stat">
                <dt>"Staff trained"</dt>
                <dd data-testid="fig-trained">{n(results.training.completions)}</dd>
            </div>
            <div class="stat">
                <dt>"Knowledge products downloaded"</dt>
                <dd data-testid="fig-downloads">{n(results.downloads)}</dd>
            </div>
        </dl>
    }
}

#[component]
fn Dashboard(results: NetworkResults) -> impl IntoView {
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
            <a class="button button--secondary" rel="external" download="" href=link("/results/report.xlsx")>"Report (XLSX)"</a>
            <a class="button button--secondary" rel="external" download="" href=link("/results/report.pdf")>"Report (PDF)"</a>
            <a class="button button--secondary" rel="external" download="" href=link("/results/tables/partnerships.csv")>"Partnerships (CSV)"</a>
            <a class="button button--secondary" rel="external" download="" href=link("/results/tables/outcomes.csv")>"Outcomes (CSV)"</a>
            <a class="button button--secondary" rel="external" download="" href=link("/results/tables/years.csv")>"Years (CSV)"</a>
            <a class="button button--secondary" href=link("/results/map")>"Map"</a>
        </p>
    };
    let scope = view! { <p class="muted" data-testid="results-scope">{format!("Showing: {}", results.scope)}</p> };
    if results.is_empty() {
        return view! {
            {scope}
            <p class="panel" role="status" data-testid="results-empty">
                "No partnerships or trainings match these filters, so there is nothing to chart. Try a longer period or fewer filters."
            </p>
        }
        .into_any();
    }
    let state_bars = results
        .by_state
        .iter()
        .map(|c| Bar {
            label: c.state.label().to_owned(),
            value: c.count as f64,
            shown: c.count.to_string(),
            class: c.state.as_code().to_owned(),
        })
        .collect();
    let t = results.training.clone();
    let training_bars = vec![
        Bar {
            label: "Programs".into(),
            value: t.programs as f64,
            shown: t.programs.to_string(),
            class: "training".into(),
        },
        Bar {
            label: "Sessions".into(),
            value: t.sessions as f64,
            shown: t.sessions.to_string(),
            class: "training".into(),
        },
        Bar {
            label: "Enrolled".into(),
            value: t.enrolled as f64,
            shown: t.enrolled.to_string(),
            class: "training".into(),
        },
        Bar {
            label: "Completions".into(),
            value: t.completions as f64,
            shown: t.completions.to_string(),
            class: "training".into(),
        },
    ];
    let kpis = results.kpis.clone();
    let years = results.by_year.clone();
    view! {
        {scope}
        <HeadlineFigures results=results.clone() />
        {downloads}
        <section aria-labelledby="res-partnerships" class="results-section">
            <h2 id="res-partnerships">"Partnerships"</h2>
            <BarChart id="chart-states" title="Partnerships by status".to_owned() unit="Partnerships" bars=state_bars />
            <YearChart years />
        </section>
        <section aria-labelledby="res-outcomes" class="results-section">
            <h2 id="res-outcomes">"Outcomes by KPI"</h2>
            <p class="muted">"Average of each partnership's baseline and its latest public measurement in the period; “better” follows the KPI’s own direction (lower non-revenue water is better)."</p>
            <KpiTable kpis />
        </section>
        <section aria-labelledby="res-training" class="results-section">
            <h2 id="res-training">"Capacity building"</h2>
            <p class="muted">"Trainings follow the period and topic filters."</p>
            <BarChart id="chart-training" title="Trainings delivered and completions".to_owned() unit="Count" bars=training_bars />
            <dl class="stats stats--small">
                <div class="stat"><dt>"Evaluations"</dt><dd data-testid="fig-evaluations">{t.evaluations}</dd></div>
                <div class="stat"><dt>"Relevance"</dt><dd>{score(t.relevance)}</dd></div>
                <div class="stat"><dt>"Clarity"</dt><dd>{score(t.clarity)}</dd></div>
                <div class="stat"><dt>"Usefulness"</dt><dd>{score(t.usefulness)}</dd></div>
            </dl>
        </section>
        <section aria-labelledby="res-list" class="results-section">
            <h2 id="res-list">"The partnerships counted"</h2>
            // Focusable, so a keyboard can scroll it sideways on a phone.
            <div class="table-scroll" tabindex="0" role="region" aria-label="The partnerships counted: table, scroll sideways for more">
                <table class="data-table" data-testid="results-partnerships">
                    <thead><tr><th scope="col">"Partnership"</th><th scope="col">"Status"</th><th scope="col">"Mentor"</th><th scope="col">"Recipient"</th></tr></thead>
                    <tbody>
                        {results.partnerships.into_iter().map(|p| view! {
                            <tr>
                                <td><a href=format!("/partnerships/{}", p.id)>{p.title}</a></td>
                                <td>{p.state.label()}</td>
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
    if kpis.is_empty() {
        return view! { <p class="muted">"No public outcomes for these filters."</p> }.into_any();
    }
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Outcomes: table, scroll sideways for more">
            <table class="data-table" data-testid="results-kpis">
                <thead>
                    <tr>
                        <th scope="col">"KPI"</th>
                        <th scope="col">"Outcomes (measured)"</th>
                        <th scope="col">"Baseline"</th>
                        <th scope="col">"Latest"</th>
                        <th scope="col">"Change"</th>
                        <th scope="col">"Improved"</th>
                    </tr>
                </thead>
                <tbody>
                    {kpis.into_iter().map(|k| {
                        let measured = k.measured > 0;
                        view! {
                            <tr>
                                <th scope="row">{k.kpi.label()}</th>
                                <td>{format!("{} ({})", k.outcomes, k.measured)}</td>
                                <td>{if measured { k.kpi.format(k.mean_baseline) } else { "–".into() }}</td>
                                <td>{if measured { k.kpi.format(k.mean_latest) } else { "–".into() }}</td>
                                <td>{if measured { change_in_words(k.kpi, k.mean_improvement) } else { "not measured yet".into() }}</td>
                                <td>{format!("{} of {}", k.improved, k.measured)}</td>
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
        assert_eq!(
            change_in_words(Kpi::NonRevenueWater, 15.5),
            "15.5 points better"
        );
        assert_eq!(
            change_in_words(Kpi::CollectionEfficiency, -2.0),
            "2 points worse"
        );
        assert_eq!(
            change_in_words(Kpi::PeopleWithNewAccess, 12000.0),
            "12,000 better"
        );
        assert_eq!(change_in_words(Kpi::EnergyIntensity, 0.0), "no change");
    }
}
