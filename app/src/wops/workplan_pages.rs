//! The parts of a partnership's page that its partners, facilitator and the secretariat use:
//! the next steps, the agreement, the work plan, progress reports and the audit trail.

use super::*;
use crate::error::AppError;
use crate::i18n::format::date_medium;
use crate::partners::Kpi;
use crate::shell::forms::{error_of, FieldMessage, FormAlert, InputField, TextAreaField};
use crate::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// Reloads the partnership after any change made on the page.
#[derive(Clone, Copy)]
pub struct Reload(pub RwSignal<u32>);

/// Every change the page can make; created once per page so a form's message outlives the
/// reload that follows a save.
#[derive(Clone, Copy)]
pub struct PlanActions {
    pub agreement: ServerAction<RecordAgreement>,
    pub commitment: ServerAction<AddCommitment>,
    pub activity: ServerAction<AddActivity>,
    pub activity_status: ServerAction<SetActivityStatus>,
    pub resource: ServerAction<AddResource>,
    pub remove: ServerAction<RemovePlanPart>,
    pub outcome: ServerAction<AddOutcome>,
    pub report: ServerAction<SubmitProgressReport>,
    pub resolve: ServerAction<ResolveCorrectiveAction>,
}

fn reload_after<S>(action: ServerAction<S>, reload: Reload)
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    Effect::new(move |_| {
        if matches!(action.value().get(), Some(Ok(_))) {
            reload.0.update(|n| *n += 1);
        }
    });
}

impl PlanActions {
    pub fn new(reload: Reload) -> Self {
        let actions = PlanActions {
            agreement: crate::shell::flash::action(),
            commitment: crate::shell::flash::action(),
            activity: crate::shell::flash::action(),
            activity_status: crate::shell::flash::action(),
            resource: crate::shell::flash::action(),
            remove: crate::shell::flash::action(),
            outcome: crate::shell::flash::action(),
            report: crate::shell::flash::action(),
            resolve: crate::shell::flash::action(),
        };
        reload_after(actions.agreement, reload);
        reload_after(actions.commitment, reload);
        reload_after(actions.activity, reload);
        reload_after(actions.activity_status, reload);
        reload_after(actions.resource, reload);
        reload_after(actions.remove, reload);
        reload_after(actions.outcome, reload);
        reload_after(actions.report, reload);
        reload_after(actions.resolve, reload);
        actions
    }
}

fn actions() -> PlanActions {
    expect_context::<PlanActions>()
}

/// An action of one item on the page (one step, one outcome, one report), so its message
/// shows at that item's form only; the page reloads when it succeeds.
fn item_action<S>() -> ServerAction<S>
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + serde::de::DeserializeOwned + Send + Sync + 'static,
{
    let action = crate::shell::flash::action::<S>();
    reload_after(action, expect_context::<Reload>());
    action
}

fn side_options() -> impl IntoView {
    let lang = crate::i18n::current();
    view! {
        <option value="mentor">{Side::Mentor.label(lang)}</option>
        <option value="recipient">{Side::Recipient.label(lang)}</option>
    }
}

#[component]
pub fn StepPanel(id: i32, steps: Vec<Step>) -> impl IntoView {
    let lang = crate::i18n::current();
    view! {
        <section class="panel" aria-labelledby="steps-heading">
            <h2 id="steps-heading">{t!(lang, "wops-next-steps")}</h2>
            <div class="step-list">
                {steps.into_iter().map(|step| {
                    let action = item_action::<TakePartnershipStep>();
                    let error = error_of(action.value());
                    let needs_note = matches!(step, Step::Introduce | Step::CloseEarly);
                    let note_label = if step == Step::Introduce { t!(lang, "wops-concept-note") } else { t!(lang, "wops-why-closing-early") };
                    let form_id = format!("step-{}", step.code());
                    let note_id = format!("{form_id}-note");
                    view! {
                        <ActionForm action attr:class="form form--inline" attr:id=form_id.clone()>
                            <FormAlert error />
                            <input type="hidden" name="id" value=id />
                            <input type="hidden" name="step" value=step.code() />
                            {if needs_note {
                                let note_id = note_id.clone();
                                view! {
                                    <div class="field">
                                        <label for=note_id.clone()>{note_label}</label>
                                        <textarea id=note_id name="note" rows="3"></textarea>
                                        <FieldMessage error field="note" />
                                    </div>
                                }.into_any()
                            } else {
                                view! { <input type="hidden" name="note" value="" /> }.into_any()
                            }}
                            <button type="submit" class=if step == Step::CloseEarly { "button button--secondary" } else { "button" }>
                                {step.label(lang)}
                            </button>
                        </ActionForm>
                    }
                }).collect_view()}
            </div>
        </section>
    }
}

#[component]
pub fn CorrectiveActions(actions: Vec<CorrectiveActionView>, may_edit: bool) -> impl IntoView {
    let resolve = self::actions().resolve;
    let error = error_of(resolve.value());
    let lang = crate::i18n::current();
    view! {
        <FormAlert error />
        <ul class="plain-list">
            {actions.into_iter().map(|a| view! {
                <li class="action-item">
                    <p>{a.action.clone()}</p>
                    <p class="muted">{t!(lang, "wops-raised-by", name = a.raised_by.clone(), date = date_medium(lang, a.raised_at.date_naive()))}</p>
                    {may_edit.then(|| view! {
                        <ActionForm action=resolve attr:class="form form--inline">
                            <input type="hidden" name="action_id" value=a.id />
                            <button type="submit" class="button button--secondary">{t!(lang, "wops-mark-resolved")}</button>
                        </ActionForm>
                    })}
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn InsiderPanels(p: PartnershipDetail) -> impl IntoView {
    let id = p.summary.id;
    let may_edit = p.may_edit;
    let lang = crate::i18n::current();
    view! {
        {(!p.concept_note.is_empty()).then(|| view! {
            <section class="panel" aria-labelledby="concept-heading">
                <h2 id="concept-heading">{t!(lang, "wops-concept-note")}</h2>
                <p class="prewrap">{p.concept_note.clone()}</p>
            </section>
        })}
        {may_edit.then(|| view! { <AgreementPanel id agreement=p.agreement.clone() state=p.summary.state /> })}
        <section class="panel" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{t!(lang, "wops-work-plan")}</h2>
            <Commitments id commitments=p.commitments.clone() may_edit />
            <ActivityList id activities=p.activities.clone() may_edit />
            <Resources id resources=p.resources.clone() may_edit />
            <Outcomes id outcomes=p.outcomes.clone() may_edit />
        </section>
        <Reports id reports=p.reports.clone() may_edit may_review=p.may_review state=p.summary.state />
        <section class="panel" aria-labelledby="trail-heading">
            <h2 id="trail-heading">{t!(lang, "wops-history")}</h2>
            <ol class="trail">
                {p.trail.iter().rev().map(|e| view! {
                    <li>
                        <time datetime=e.at.to_rfc3339()>{t!(lang, "wops-history-when", date = date_medium(lang, e.at.date_naive()), time = crate::i18n::format::time(lang, e.at.time()))}</time>
                        {format!(" · {}: {}", e.actor, e.action)}
                        {(!e.detail.is_empty()).then(|| view! { <span class="muted">{format!(" ({})", e.detail)}</span> })}
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn AgreementPanel(
    id: i32,
    agreement: Option<AgreementView>,
    state: PartnershipState,
) -> impl IntoView {
    let action = actions().agreement;
    let error = error_of(action.value());
    let query = use_query_map();
    // venue.js refuses a file over the limit before it is sent (a browser shows a refusal
    // halfway through an upload as a lost connection, not as the message).
    let max_bytes = super::upload_rules::MAX_DOCUMENT_BYTES.to_string();
    let lang = crate::i18n::current();
    let too_large = super::upload_rules::UploadProblem::TooLarge.message(lang);
    let upload_problem = move || {
        query
            .with(|q| q.get("document_error"))
            .and_then(|c| document_problem(lang, &c))
    };
    let a = agreement.clone();
    let value = move |f: fn(&AgreementView) -> String| a.as_ref().map(f).unwrap_or_default();
    let can_record = state != PartnershipState::Proposed;
    view! {
        <section class="panel" id="agreement" aria-labelledby="agreement-heading">
            <h2 id="agreement-heading">{if agreement.is_some() { t!(lang, "wops-correct-agreement") } else { t!(lang, "wops-record-agreement") }}</h2>
            {if !can_record {
                view! { <p class="muted">{t!(lang, "wops-agreement-after-introduction")}</p> }.into_any()
            } else {
                view! {
                    <ActionForm action attr:class="form" attr:novalidate=true>
                        <FormAlert error />
                        <input type="hidden" name="id" value=id />
                        <InputField form="agreement" name="signatories" label=t!(lang, "wops-signatories") error value=value(|a| a.signatories.clone())
                            hint=t!(lang, "wops-signatories-hint") />
                        <div class="field-row">
                            <InputField form="agreement" name="start_date" label=t!(lang, "wops-start-date") kind="date" error value=value(|a| a.start_date.to_string()) />
                            <InputField form="agreement" name="end_date" label=t!(lang, "wops-end-date") kind="date" error value=value(|a| a.end_date.to_string())
                                hint=t!(lang, "wops-end-date-hint") />
                        </div>
                        <TextAreaField form="agreement" name="scope" label=t!(lang, "wops-scope") error value=value(|a| a.scope.clone()) />
                        <button type="submit" class="button">{t!(lang, "wops-save-agreement")}</button>
                    </ActionForm>
                    {agreement.is_some().then(|| view! {
                        <form class="form" method="post" enctype="multipart/form-data"
                            action=format!("/partnerships/{id}/agreement/document")>
                            <div class="field">
                                <label for="agreement-document">{t!(lang, "wops-signed-agreement-upload")}</label>
                                <input id="agreement-document" name="document" type="file" accept="application/pdf,.pdf" required=true
                                    data-max-bytes=max_bytes.clone() data-too-large=too_large.clone()
                                    aria-invalid=move || upload_problem().map(|_| "true")
                                    aria-describedby=move || upload_problem().map(|_| "document-error") />
                                {move || upload_problem().map(|m| view! {
                                    <p class="field__error" id="document-error" role="alert">{m}</p>
                                })}
                            </div>
                            <button type="submit" class="button button--secondary">{t!(lang, "wops-upload")}</button>
                        </form>
                    })}
                }.into_any()
            }}
        </section>
    }
}

fn document_problem(lang: crate::i18n::Lang, code: &str) -> Option<String> {
    super::upload_rules::UploadProblem::parse(code).map(|p| p.message(lang))
}

#[component]
fn RemoveButton(id: i32, part: &'static str, part_id: i32, label: String) -> impl IntoView {
    let remove = actions().remove;
    let lang = crate::i18n::current();
    view! {
        <ActionForm action=remove attr:class="form--inline">
            <input type="hidden" name="id" value=id />
            <input type="hidden" name="part" value=part />
            <input type="hidden" name="part_id" value=part_id />
            <button type="submit" class="link-button" aria-label=label>{t!(lang, "wops-remove")}</button>
        </ActionForm>
    }
}

#[component]
fn Commitments(id: i32, commitments: Vec<CommitmentView>, may_edit: bool) -> impl IntoView {
    let action = actions().commitment;
    let error = error_of(action.value());
    let lang = crate::i18n::current();
    view! {
        <h3>{t!(lang, "wops-commitments")}</h3>
        {if commitments.is_empty() {
            view! { <p class="muted">{t!(lang, "wops-no-commitments")}</p> }.into_any()
        } else {
            view! {
                <ul class="plain-list">
                    {commitments.into_iter().map(|c| view! {
                        <li>
                            <strong>{t!(lang, "wops-commitment-side", side = c.side.label(lang))}</strong>" "{c.promise.clone()}
                            {may_edit.then(|| view! { <RemoveButton id part="commitment" part_id=c.id label=t!(lang, "wops-remove-commitment", promise = c.promise.clone()) /> })}
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {may_edit.then(|| view! {
            <details class="add-form">
                <summary>{t!(lang, "wops-add-commitment")}</summary>
                <ActionForm action attr:class="form" attr:novalidate=true>
                    <FormAlert error />
                    <input type="hidden" name="id" value=id />
                    <div class="field">
                        <label for="commitment-side">{t!(lang, "wops-partner")}</label>
                        <select id="commitment-side" name="side">{side_options()}</select>
                        <FieldMessage error field="side" />
                    </div>
                    <InputField form="commitment" name="promise" label=t!(lang, "wops-promise") error />
                    <button type="submit" class="button">{t!(lang, "wops-add-commitment-submit")}</button>
                </ActionForm>
            </details>
        })}
    }
}

#[component]
fn ActivityList(id: i32, activities: Vec<ActivityView>, may_edit: bool) -> impl IntoView {
    let acts = actions();
    let error = error_of(acts.activity.value());
    let status_action = acts.activity_status;
    let status_error = error_of(status_action.value());
    let remove_error = error_of(acts.remove.value());
    let lang = crate::i18n::current();
    view! {
        <h3>{t!(lang, "wops-activities")}</h3>
        <FormAlert error=status_error />
        <FormAlert error=remove_error />
        {may_edit.then(|| view! {
            <ul class="plain-list">
                {activities.into_iter().map(|a| {
                    let select_id = format!("activity-{}-status", a.id);
                    let remove_label = t!(lang, "wops-remove-activity", title = a.title.clone());
                    let status_label = t!(lang, "wops-status-of", title = a.title.clone());
                    view! {
                        <li class="activity-item">
                            <span>{t!(lang, "wops-activity-line", title = a.title.clone(), side = a.responsible.label(lang), from = date_medium(lang, a.start_date), to = date_medium(lang, a.end_date))}</span>
                            <ActionForm action=status_action attr:class="form--inline">
                                <input type="hidden" name="id" value=id />
                                <input type="hidden" name="activity_id" value=a.id />
                                <label class="visually-hidden" for=select_id.clone()>{status_label}</label>
                                <select id=select_id name="status">
                                    {ActivityStatus::ALL.into_iter().map(|s| view! {
                                        <option value=s.as_code() selected=s == a.status>{s.label(lang)}</option>
                                    }).collect_view()}
                                </select>
                                <button type="submit" class="button button--secondary button--small">{t!(lang, "wops-update")}</button>
                            </ActionForm>
                            <RemoveButton id part="activity" part_id=a.id label=remove_label />
                        </li>
                    }
                }).collect_view()}
            </ul>
            <details class="add-form">
                <summary>{t!(lang, "wops-plan-activity")}</summary>
                <ActionForm action=acts.activity attr:class="form" attr:novalidate=true>
                    <FormAlert error />
                    <input type="hidden" name="id" value=id />
                    <div class="field">
                        <label for="activity-kind">{t!(lang, "wops-activity-kind")}</label>
                        <select id="activity-kind" name="kind">
                            {ActivityKind::ALL.into_iter().map(|k| view! { <option value=k.as_code()>{k.label(lang)}</option> }).collect_view()}
                        </select>
                        <FieldMessage error field="kind" />
                    </div>
                    <InputField form="activity" name="title" label=t!(lang, "wops-activity-title") error />
                    <div class="field-row">
                        <InputField form="activity" name="start_date" label=t!(lang, "wops-from") kind="date" error />
                        <InputField form="activity" name="end_date" label=t!(lang, "wops-to") kind="date" error />
                    </div>
                    <div class="field">
                        <label for="activity-responsible">{t!(lang, "wops-responsible")}</label>
                        <select id="activity-responsible" name="responsible">{side_options()}</select>
                        <FieldMessage error field="responsible" />
                    </div>
                    <InputField form="activity" name="place" label=t!(lang, "wops-place") error required=false />
                    <div class="field field--check">
                        <input id="activity-online" type="checkbox" name="online" value="on" />
                        <label for="activity-online">{t!(lang, "wops-online")}</label>
                    </div>
                    <div class="field">
                        <label for="activity-status">{t!(lang, "wops-status")}</label>
                        <select id="activity-status" name="status">
                            {ActivityStatus::ALL.into_iter().map(|s| view! { <option value=s.as_code()>{s.label(lang)}</option> }).collect_view()}
                        </select>
                    </div>
                    <button type="submit" class="button">{t!(lang, "wops-add-activity-submit")}</button>
                </ActionForm>
            </details>
        })}
    }
}

#[component]
fn Resources(id: i32, resources: Vec<ResourceView>, may_edit: bool) -> impl IntoView {
    let action = actions().resource;
    let error = error_of(action.value());
    let lang = crate::i18n::current();
    view! {
        <h3>{t!(lang, "wops-resources")}</h3>
        {if resources.is_empty() {
            view! { <p class="muted">{t!(lang, "wops-no-resources")}</p> }.into_any()
        } else {
            view! {
                <ul class="plain-list">
                    {resources.into_iter().map(|r| {
                        let what = match r.amount {
                            Some(a) => t!(lang, "wops-resource-money", currency = r.currency.clone(), amount = crate::i18n::format::integer(lang, a.round() as i64), description = r.description.clone()),
                            None => t!(lang, "wops-resource-in-kind", description = r.description.clone()),
                        };
                        view! {
                            <li>
                                {what.clone()}" "<span class="muted">{t!(lang, "wops-resource-from", source = r.source.clone())}</span>
                                {may_edit.then(|| view! { <RemoveButton id part="resource" part_id=r.id label=t!(lang, "wops-remove-resource", what = what) /> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {may_edit.then(|| view! {
            <details class="add-form">
                <summary>{t!(lang, "wops-add-resource")}</summary>
                <ActionForm action attr:class="form" attr:novalidate=true>
                    <FormAlert error />
                    <input type="hidden" name="id" value=id />
                    <div class="field">
                        <label for="resource-kind">{t!(lang, "wops-resource-kind")}</label>
                        <select id="resource-kind" name="kind">
                            <option value="money">{t!(lang, "wops-resource-kind-money")}</option>
                            <option value="in_kind">{t!(lang, "wops-resource-kind-in-kind")}</option>
                        </select>
                        <FieldMessage error field="kind" />
                    </div>
                    <div class="field-row">
                        <InputField form="resource" name="amount" label=t!(lang, "wops-amount") error required=false inputmode="decimal" />
                        <InputField form="resource" name="currency" label=t!(lang, "wops-currency") error required=false hint=t!(lang, "wops-currency-hint") />
                    </div>
                    <InputField form="resource" name="description" label=t!(lang, "wops-resource-description") error />
                    <InputField form="resource" name="source" label=t!(lang, "wops-resource-source") error hint=t!(lang, "wops-resource-source-hint") />
                    <button type="submit" class="button">{t!(lang, "wops-add-resource-submit")}</button>
                </ActionForm>
            </details>
        })}
    }
}

#[component]
fn Outcomes(id: i32, outcomes: Vec<OutcomeView>, may_edit: bool) -> impl IntoView {
    let acts = actions();
    let error = error_of(acts.outcome.value());
    let warning = move || acts.outcome.value().get().and_then(|r| r.ok()).flatten();
    let today = chrono::Utc::now().date_naive().to_string();
    let lang = crate::i18n::current();
    view! {
        <h3>{t!(lang, "wops-outcomes")}</h3>
        {may_edit.then(|| view! {
            <ul class="plain-list">
                {outcomes.into_iter().map(|o| {
                    let prefix = format!("outcome-{}", o.id);
                    let today = today.clone();
                    let record = item_action::<RecordOutcomeValue>();
                    let value_error = error_of(record.value());
                    let value_id = format!("{prefix}-value");
                    let date_id = format!("{prefix}-date");
                    let value_described = move || value_error.get().and_then(|e| e.field_message("value")).map(|_| "value-error");
                    let date_described = move || value_error.get().and_then(|e| e.field_message("measured_on")).map(|_| "measured_on-error");
                    view! {
                        <li class="outcome-item">
                            <p><strong>{o.headline_in(lang)}</strong>{(!o.is_public).then(|| format!(" {}", t!(lang, "wops-not-public")))}</p>
                            <ActionForm action=record attr:class="form form--inline" attr:novalidate=true>
                                <FormAlert error=value_error />
                                <input type="hidden" name="id" value=id />
                                <input type="hidden" name="outcome_id" value=o.id />
                                <div class="field">
                                    <label for=value_id.clone()>{t!(lang, "wops-measured-value", kpi = o.kpi.name(lang).to_lowercase(), unit = o.kpi.unit_in(lang))}</label>
                                    <input id=value_id name="value" inputmode="decimal" required=true aria-describedby=value_described />
                                    <FieldMessage error=value_error field="value" />
                                </div>
                                <div class="field">
                                    <label for=date_id.clone()>{t!(lang, "wops-measured-on")}</label>
                                    <input id=date_id name="measured_on" type="date" max=today.clone() value=today aria-describedby=date_described />
                                    <FieldMessage error=value_error field="measured_on" />
                                </div>
                                <button type="submit" class="button button--secondary">{t!(lang, "wops-record-value")}</button>
                            </ActionForm>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <details class="add-form">
                <summary>{t!(lang, "wops-set-outcome")}</summary>
                <ActionForm action=acts.outcome attr:class="form" attr:novalidate=true>
                    <FormAlert error />
                    <input type="hidden" name="id" value=id />
                    <div class="field">
                        <label for="outcome-kpi">{t!(lang, "wops-kpi")}</label>
                        <select id="outcome-kpi" name="kpi">
                            {Kpi::ALL.into_iter().map(|k| view! { <option value=k.as_code()>{t!(lang, "wops-kpi-with-unit", kpi = k.name(lang), unit = k.unit_in(lang))}</option> }).collect_view()}
                        </select>
                        <FieldMessage error field="kpi" />
                    </div>
                    <div class="field-row">
                        <InputField form="outcome" name="baseline_value" label=t!(lang, "wops-baseline-value") error inputmode="decimal" />
                        <InputField form="outcome" name="baseline_date" label=t!(lang, "wops-baseline-date") kind="date" error />
                    </div>
                    <div class="field-row">
                        <InputField form="outcome" name="target_value" label=t!(lang, "wops-target-value") error inputmode="decimal" />
                        <InputField form="outcome" name="target_date" label=t!(lang, "wops-target-date") kind="date" error />
                    </div>
                    <div class="field field--check">
                        <input id="outcome-private" type="checkbox" name="private" value="on" />
                        <label for="outcome-private">{t!(lang, "wops-outcome-private")}</label>
                    </div>
                    <button type="submit" class="button">{t!(lang, "wops-save-outcome")}</button>
                </ActionForm>
            </details>
            {move || warning().map(|w| view! { <p class="notice" role="status">{t!(lang, "wops-saved-but-note", warning = w)}</p> })}
        })}
    }
}

#[component]
fn Reports(
    id: i32,
    reports: Vec<ReportView>,
    may_edit: bool,
    may_review: bool,
    state: PartnershipState,
) -> impl IntoView {
    let acts = actions();
    let error = error_of(acts.report.value());
    let may_report =
        may_edit && matches!(state, PartnershipState::Agreed | PartnershipState::Active);
    let lang = crate::i18n::current();
    view! {
        <section class="panel" aria-labelledby="reports-heading">
            <h2 id="reports-heading">{t!(lang, "wops-progress-reports")}</h2>
            {reports.is_empty().then(|| view! { <p class="muted">{t!(lang, "wops-no-reports")}</p> })}
            {reports.into_iter().map(|r| {
                let prefix = format!("review-{}", r.id);
                let review = item_action::<ReviewProgressReport>();
                let review_error = error_of(review.value());
                view! {
                    <article class="report">
                        <h3>{t!(lang, "wops-runs-from-to", from = date_medium(lang, r.period_start), to = date_medium(lang, r.period_end))}</h3>
                        <p class="muted">{t!(lang, "wops-submitted-by", name = r.submitted_by.clone(), date = date_medium(lang, r.submitted_at.date_naive()))}</p>
                        <p class="prewrap"><strong>{t!(lang, "wops-achievements-label")}</strong>" "{r.achievements.clone()}</p>
                        {(!r.challenges.is_empty()).then(|| view! { <p class="prewrap"><strong>{t!(lang, "wops-challenges-label")}</strong>" "{r.challenges.clone()}</p> })}
                        {match r.review.clone() {
                            Some((by, at, comment)) => view! {
                                <p class="review"><strong>{t!(lang, "wops-reviewed-by", name = by, date = date_medium(lang, at.date_naive()))}</strong>" "{comment}</p>
                            }.into_any(),
                            None if may_review => view! {
                                <ActionForm action=review attr:class="form" attr:novalidate=true>
                                    <FormAlert error=review_error />
                                    <input type="hidden" name="report_id" value=r.id />
                                    <div class="field">
                                        <label for=format!("{prefix}-comment")>{t!(lang, "wops-review-comment")}</label>
                                        <textarea id=format!("{prefix}-comment") name="comment" rows="3"></textarea>
                                        <FieldMessage error=review_error field="comment" />
                                    </div>
                                    <div class="field">
                                        <label for=format!("{prefix}-actions")>{t!(lang, "wops-review-actions")}</label>
                                        <textarea id=format!("{prefix}-actions") name="corrective_actions" rows="2"></textarea>
                                    </div>
                                    <button type="submit" class="button">{t!(lang, "wops-save-review")}</button>
                                </ActionForm>
                            }.into_any(),
                            None => view! { <p class="muted">{t!(lang, "wops-awaiting-review")}</p> }.into_any(),
                        }}
                    </article>
                }
            }).collect_view()}
            {may_report.then(|| view! {
                <details class="add-form">
                    <summary>{t!(lang, "wops-submit-report")}</summary>
                    <ActionForm action=acts.report attr:class="form" attr:novalidate=true>
                        <FormAlert error />
                        <input type="hidden" name="id" value=id />
                        <div class="field-row">
                            <InputField form="report" name="period_start" label=t!(lang, "wops-period-from") kind="date" error />
                            <InputField form="report" name="period_end" label=t!(lang, "wops-period-to") kind="date" error />
                        </div>
                        <TextAreaField form="report" name="achievements" label=t!(lang, "wops-what-achieved") error />
                        <TextAreaField form="report" name="challenges" label=t!(lang, "wops-challenges-optional") error />
                        <button type="submit" class="button">{t!(lang, "wops-submit-report-submit")}</button>
                    </ActionForm>
                </details>
            })}
        </section>
    }
}
