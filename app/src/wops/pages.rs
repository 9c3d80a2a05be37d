//! The partnership list (public, filterable, exportable) and one partnership's page.

use super::timeline::{ActivityTimeline, OutcomeChart};
use super::workplan_pages::{InsiderPanels, Reload, StepPanel};
use super::{
    fetch_partnership, list_partnerships, PartnershipDetail, PartnershipFilter, PartnershipState,
    PartnershipSummary,
};
use crate::error::AppError;
use crate::i18n::{format::date_medium, Lang};
use crate::partners::fetch_directory_filters;
use crate::shell::forms::{CountryFilter, SelectField, SelectOption, TopicFilter};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn PartnershipListPage() -> impl IntoView {
    let params = use_query_map();
    let lang = crate::i18n::current();
    let filter =
        Memo::new(move |_| params.with(|p| PartnershipFilter::from_params(|k| p.get(k), lang)));
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
        <Title text=t!(lang, "wops-list-title") />
        <h1>{t!(lang, "wops-list-heading")}</h1>
        <p class="lead">{t!(lang, "wops-list-lead")}</p>
        <Transition fallback=|| ()>
            {move || {
                let current = filter.get().unwrap_or_default();
                Suspend::new(crate::shell::or_error_panel(async move {
                    let choices = choices.await?;
                    Ok::<_, AppError>(view! { <PartnershipFilterForm current choices /> })
                }))
            }}
        </Transition>
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "wops-list-loading")}</p> }>
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
    let lang = crate::i18n::current();
    view! {
        <Form method="GET" action="/partnerships" attr:class="filters" attr:role="search" attr:aria-label=t!(lang, "wops-filter-label")>
            <SelectField form="wop" name="status" label=t!(lang, "wops-filter-status") empty=t!(lang, "wops-filter-any-status")
                options=PartnershipState::ALL.into_iter().map(|s| SelectOption::new(s.as_code(), s.label_in(lang))).collect()
                selected=current.state.map(|s| s.as_code().to_owned()) />
            <CountryFilter form="wop" countries=choices.countries selected=current.country />
            <TopicFilter form="wop" selected=current.topic
                topics=choices.topics.into_iter().map(SelectOption::from).collect() />
            <SelectField form="wop" name="year" label=t!(lang, "wops-filter-year") empty=t!(lang, "wops-filter-any-year")
                options=(2018..=this_year + 1).rev().map(|y| SelectOption::plain(y.to_string())).collect()
                selected=current.year.map(|y| y.to_string()) />
            <div class="button-row filters__actions">
                <button type="submit" class="button">{t!(lang, "wops-filter-submit")}</button>
                <a href="/partnerships" class="button button--secondary">{t!(lang, "wops-filter-clear")}</a>
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
    let lang = crate::i18n::current();
    let count = match found.len() {
        0 => t!(lang, "wops-list-none"),
        n => t!(lang, "wops-list-count", count = n),
    };
    view! {
        <div class="results-bar">
            <p class="muted" role="status" id="wop-count">{count}</p>
            <a href=csv class="button button--secondary" rel="external" download="">{t!(lang, "wops-list-download-csv")}</a>
        </div>
        <ul class="card-list" aria-labelledby="wop-count">
            {found.into_iter().map(|p| view! {
                <li class="card">
                    <h2 class="card__title"><a href=format!("/partnerships/{}", p.id)>{p.title.clone()}</a></h2>
                    <p class="card__meta">
                        <span class=format!("tag tag--{}", p.state.as_code())>{p.state.label_in(lang)}</span>
                        {format!(" {} ({}) → {} ({})", p.mentor.name, p.mentor.country, p.recipient.name, p.recipient.country)}
                    </p>
                    <p class="card__meta">{dates(lang, &p)}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}

fn dates(lang: Lang, p: &PartnershipSummary) -> String {
    match (p.start_date, p.end_date) {
        (Some(s), Some(e)) => t!(
            lang,
            "wops-runs-from-to",
            from = date_medium(lang, s),
            to = date_medium(lang, e)
        ),
        _ => t!(lang, "wops-dates-not-agreed"),
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
                None => Err(AppError::NotFound(t!(
                    crate::i18n::current(),
                    "wops-no-such-partnership"
                ))),
            }
        },
    );
    let lang = crate::i18n::current();
    view! {
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "wops-loading")}</p> }>
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
    let lang = crate::i18n::current();
    view! {
        <Title text=s.title.clone() />
        <p><a href="/partnerships">{t!(lang, "wops-back-to-list")}</a></p>
        <h1>{s.title.clone()}</h1>
        <p class="card__meta">
            <span class=format!("tag tag--{}", s.state.as_code())>{s.state.label_in(lang)}</span>
            " "{dates(lang, &s)}
        </p>
        <dl class="facts">
            <dt>{t!(lang, "wops-side-mentor")}</dt>
            <dd><a href=format!("/partners/{}", s.mentor.id)>{s.mentor.name.clone()}</a>{format!(", {}", s.mentor.country)}</dd>
            <dt>{t!(lang, "wops-side-recipient")}</dt>
            <dd><a href=format!("/partners/{}", s.recipient.id)>{s.recipient.name.clone()}</a>{format!(", {}", s.recipient.country)}</dd>
            <dt>{t!(lang, "wops-topics")}</dt>
            <dd>{s.topics.join(&t!(lang, "wops-list-separator"))}</dd>
            {p.facilitator.clone().map(|f| view! { <dt>{t!(lang, "wops-facilitator")}</dt><dd>{f}</dd> })}
        </dl>
        {(s.state == PartnershipState::ClosedEarly).then(|| view! {
            <p class="notice">{t!(lang, "wops-closed-early-because", reason = p.closed_reason.clone())}</p>
        })}
        {(!open_actions.is_empty()).then(|| view! {
            <section class="panel panel--warning" aria-labelledby="actions-heading">
                <h2 id="actions-heading">{t!(lang, "wops-actions-to-resolve")}</h2>
                <super::workplan_pages::CorrectiveActions actions=open_actions may_edit=p.may_edit />
            </section>
        })}
        {(!p.steps.is_empty()).then(|| view! { <StepPanel id=s.id steps=p.steps.clone() /> })}

        <section class="panel" aria-labelledby="outcomes-heading">
            <h2 id="outcomes-heading">{t!(lang, "wops-outcomes")}</h2>
            {if public_outcomes.is_empty() {
                view! { <p class="muted">{t!(lang, "wops-no-outcomes-published")}</p> }.into_any()
            } else {
                view! {
                    <div class="outcome-grid">
                        {public_outcomes.into_iter().map(|o| view! {
                            <figure class="outcome">
                                <figcaption><strong>{o.headline_in(lang)}</strong></figcaption>
                                <OutcomeChart outcome=o />
                            </figure>
                        }).collect_view()}
                    </div>
                }.into_any()
            }}
        </section>

        <section class="panel" aria-labelledby="activities-heading">
            <h2 id="activities-heading">{if insider { t!(lang, "wops-activities") } else { t!(lang, "wops-activities-delivered") }}</h2>
            <ActivityTimeline activities=p.activities.clone() window />
        </section>

        {p.agreement.clone().map(|a| view! {
            <section class="panel" id="agreement-summary" aria-labelledby="agreement-summary-heading">
                <h2 id="agreement-summary-heading">{t!(lang, "wops-agreement")}</h2>
                <dl class="facts">
                    <dt>{t!(lang, "wops-signatories")}</dt><dd>{a.signatories.clone()}</dd>
                    <dt>{t!(lang, "wops-agreement-runs")}</dt><dd>{t!(lang, "wops-runs-from-to", from = date_medium(lang, a.start_date), to = date_medium(lang, a.end_date))}</dd>
                    <dt>{t!(lang, "wops-scope")}</dt><dd class="prewrap">{a.scope.clone()}</dd>
                    {a.document.clone().map(|(name, size)| view! {
                        <dt>{t!(lang, "wops-signed-document")}</dt>
                        <dd><a href=format!("/partnerships/{}/agreement.pdf", s.id) rel="external">{name}</a>" "{t!(lang, "wops-document-size", kb = crate::i18n::format::integer(lang, (size + 1023) / 1024))}</dd>
                    })}
                </dl>
            </section>
        })}

        {(!p.awards.is_empty()).then(|| view! {
            <section class="panel award-won" aria-labelledby="awards-heading">
                <h2 id="awards-heading">{t!(lang, "wops-forum-awards")}</h2>
                <ul>{p.awards.clone().into_iter().map(|a| view! { <li>{t!(lang, "wops-award-winner", award = a)}</li> }).collect_view()}</ul>
            </section>
        })}

        <crate::library::LinkedProducts products=p.products.clone() />

        {insider.then(|| view! { <InsiderPanels p=p.clone() /> })}
    }
}
