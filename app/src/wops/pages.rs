//! The partnership list (public, filterable, exportable) and one partnership's page.

use super::timeline::{ActivityTimeline, OutcomeChart};
use super::workplan_pages::{InsiderPanels, Reload, StepPanel};
use super::{
    fetch_partnership, list_partnerships, PartnershipDetail, PartnershipFilter, PartnershipState,
    PartnershipSummary,
};
use crate::error::AppError;
use crate::partners::fetch_directory_filters;
use crate::shell::forms::{CountryFilter, SelectField, SelectOption, TopicFilter};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn PartnershipListPage() -> impl IntoView {
    let params = use_query_map();
    let filter = Memo::new(move |_| params.with(|p| PartnershipFilter::from_params(|k| p.get(k))));
    let results = Resource::new(
        move || filter.get(),
        |filter| async move {
            let f = filter.map_err(AppError::BadRequest)?;
            list_partnerships(
                f.state.map(|s| s.as_code().to_owned()),
                f.country,
                f.topic,
                f.year.map(|y| y.to_string()),
            )
            .await
        },
    );
    let choices = Resource::new(|| (), |_| fetch_directory_filters());
    view! {
        <Title text="Partnerships" />
        <h1>"Water Operator Partnerships"</h1>
        <p class="lead">"Mentor utilities working with recipient utilities on service challenges, 12 to 24 months at a time."</p>
        <Transition fallback=|| ()>
            {move || {
                let current = filter.get().unwrap_or_default();
                Suspend::new(crate::shell::or_error_panel(async move {
                    let choices = choices.await?;
                    Ok::<_, AppError>(view! { <PartnershipFilterForm current choices /> })
                }))
            }}
        </Transition>
        <Transition fallback=|| view! { <p class="muted">"Loading partnerships…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let found = results.await?;
                let qs = filter.get_untracked().map(|f| f.to_query_string()).unwrap_or_default();
                Ok::<_, AppError>(view! { <PartnershipCards found qs /> })
            }))}
        </Transition>
    }
}

#[component]
fn PartnershipFilterForm(
    current: PartnershipFilter,
    choices: crate::partners::DirectoryFilters,
) -> impl IntoView {
    let this_year = chrono::Datelike::year(&chrono::Utc::now().date_naive());
    view! {
        <Form method="GET" action="/partnerships" attr:class="filters" attr:role="search" attr:aria-label="Filter partnerships">
            <SelectField form="wop" name="status" label="Status" empty="Any status"
                options=PartnershipState::ALL.into_iter().map(|s| SelectOption::new(s.as_code(), s.label())).collect()
                selected=current.state.map(|s| s.as_code().to_owned()) />
            <CountryFilter form="wop" countries=choices.countries selected=current.country />
            <TopicFilter form="wop" selected=current.topic
                topics=choices.topics.into_iter().map(SelectOption::from).collect() />
            <SelectField form="wop" name="year" label="Running in" empty="Any year"
                options=(2018..=this_year + 1).rev().map(|y| SelectOption::plain(y.to_string())).collect()
                selected=current.year.map(|y| y.to_string()) />
            <div class="button-row filters__actions">
                <button type="submit" class="button">"Filter"</button>
                <a href="/partnerships" class="button button--secondary">"Clear"</a>
            </div>
        </Form>
    }
}

#[component]
fn PartnershipCards(found: Vec<PartnershipSummary>, qs: String) -> impl IntoView {
    let csv = if qs.is_empty() {
        "/partnerships.csv".to_owned()
    } else {
        format!("/partnerships.csv?{qs}")
    };
    let count = match found.len() {
        0 => "No partnerships match these filters.".to_owned(),
        1 => "1 partnership".to_owned(),
        n => format!("{n} partnerships"),
    };
    view! {
        <div class="results-bar">
            <p class="muted" role="status" id="wop-count">{count}</p>
            <a href=csv class="button button--secondary" rel="external" download="">"Download CSV"</a>
        </div>
        <ul class="card-list" aria-labelledby="wop-count">
            {found.into_iter().map(|p| view! {
                <li class="card">
                    <h2 class="card__title"><a href=format!("/partnerships/{}", p.id)>{p.title.clone()}</a></h2>
                    <p class="card__meta">
                        <span class=format!("tag tag--{}", p.state.as_code())>{p.state.label()}</span>
                        {format!(" {} ({}) → {} ({})", p.mentor.name, p.mentor.country, p.recipient.name, p.recipient.country)}
                    </p>
                    <p class="card__meta">{dates(&p)}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}

fn dates(p: &PartnershipSummary) -> String {
    match (p.start_date, p.end_date) {
        (Some(s), Some(e)) => format!("{} to {}", s.format("%-d %b %Y"), e.format("%-d %b %Y")),
        _ => "Dates not agreed yet".to_owned(),
    }
}

#[component]
pub fn PartnershipPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|v| v.parse::<i32>().ok())));
    let reload = Reload(RwSignal::new(0));
    provide_context(reload);
    provide_context(super::workplan_pages::PlanActions::new(reload));
    let detail = Resource::new(
        move || (id.get(), reload.0.get()),
        |(id, _)| async move {
            match id {
                Some(id) => fetch_partnership(id).await,
                None => Err(AppError::NotFound(
                    "There is no partnership with this number.".to_owned(),
                )),
            }
        },
    );
    view! {
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let p = detail.await?;
                Ok::<_, AppError>(view! { <PartnershipView p /> })
            }))}
        </Transition>
    }
}

#[component]
fn PartnershipView(p: PartnershipDetail) -> impl IntoView {
    let s = p.summary.clone();
    let open_actions: Vec<_> = p
        .corrective_actions
        .iter()
        .filter(|a| a.resolved.is_none())
        .cloned()
        .collect();
    let window = p.agreement.as_ref().map(|a| (a.start_date, a.end_date));
    let public_outcomes = p.outcomes.clone();
    let insider = p.may_edit || p.may_review || !p.trail.is_empty();
    view! {
        <Title text=s.title.clone() />
        <p><a href="/partnerships">"← All partnerships"</a></p>
        <h1>{s.title.clone()}</h1>
        <p class="card__meta">
            <span class=format!("tag tag--{}", s.state.as_code())>{s.state.label()}</span>
            " "{dates(&s)}
        </p>
        <dl class="facts">
            <dt>"Mentor"</dt>
            <dd><a href=format!("/partners/{}", s.mentor.id)>{s.mentor.name.clone()}</a>{format!(", {}", s.mentor.country)}</dd>
            <dt>"Recipient"</dt>
            <dd><a href=format!("/partners/{}", s.recipient.id)>{s.recipient.name.clone()}</a>{format!(", {}", s.recipient.country)}</dd>
            <dt>"Topics"</dt>
            <dd>{s.topics.join(", ")}</dd>
            {p.facilitator.clone().map(|f| view! { <dt>"Facilitator"</dt><dd>{f}</dd> })}
        </dl>
        {(s.state == PartnershipState::ClosedEarly).then(|| view! {
            <p class="notice">{format!("Closed early: {}", p.closed_reason)}</p>
        })}
        {(!open_actions.is_empty()).then(|| view! {
            <section class="panel panel--warning" aria-labelledby="actions-heading">
                <h2 id="actions-heading">"Corrective actions to resolve"</h2>
                <super::workplan_pages::CorrectiveActions actions=open_actions may_edit=p.may_edit />
            </section>
        })}
        {(!p.steps.is_empty()).then(|| view! { <StepPanel id=s.id steps=p.steps.clone() /> })}

        <section class="panel" aria-labelledby="outcomes-heading">
            <h2 id="outcomes-heading">"Outcomes"</h2>
            {if public_outcomes.is_empty() {
                view! { <p class="muted">"No outcomes published yet."</p> }.into_any()
            } else {
                view! {
                    <div class="outcome-grid">
                        {public_outcomes.into_iter().map(|o| view! {
                            <figure class="outcome">
                                <figcaption><strong>{o.headline()}</strong></figcaption>
                                <OutcomeChart outcome=o />
                            </figure>
                        }).collect_view()}
                    </div>
                }.into_any()
            }}
        </section>

        <section class="panel" aria-labelledby="activities-heading">
            <h2 id="activities-heading">{if insider { "Activities" } else { "Activities delivered" }}</h2>
            <ActivityTimeline activities=p.activities.clone() window />
        </section>

        {p.agreement.clone().map(|a| view! {
            <section class="panel" id="agreement-summary" aria-labelledby="agreement-summary-heading">
                <h2 id="agreement-summary-heading">"Agreement"</h2>
                <dl class="facts">
                    <dt>"Signatories"</dt><dd>{a.signatories.clone()}</dd>
                    <dt>"Runs"</dt><dd>{format!("{} to {}", a.start_date.format("%-d %b %Y"), a.end_date.format("%-d %b %Y"))}</dd>
                    <dt>"Scope"</dt><dd class="prewrap">{a.scope.clone()}</dd>
                    {a.document.clone().map(|(name, size)| view! {
                        <dt>"Signed document"</dt>
                        <dd><a href=format!("/partnerships/{}/agreement.pdf", s.id) rel="external">{name}</a>{format!(" ({} KB)", (size + 1023) / 1024)}</dd>
                    })}
                </dl>
            </section>
        })}

        {(!p.awards.is_empty()).then(|| view! {
            <section class="panel award-won" aria-labelledby="awards-heading">
                <h2 id="awards-heading">"Forum awards"</h2>
                <ul>{p.awards.clone().into_iter().map(|a| view! { <li>{format!("Winner: {a}")}</li> }).collect_view()}</ul>
            </section>
        })}

        <crate::library::LinkedProducts products=p.products.clone() />

        {insider.then(|| view! { <InsiderPanels p=p.clone() /> })}
    }
}
