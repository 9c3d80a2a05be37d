//! The parts of a partnership's page that its partners, facilitator and the secretariat use:
//! the next steps, the agreement, the work plan, progress reports and the audit trail.

use super::*;
use crate::error::AppError;
use crate::partners::Kpi;
use crate::shell::forms::{error_of, FieldMessage, FormAlert, InputField, TextAreaField};
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
    view! {
        <option value="mentor">"Mentor"</option>
        <option value="recipient">"Recipient"</option>
    }
}

#[component]
pub fn StepPanel(id: i32, steps: Vec<Step>) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="steps-heading">
            <h2 id="steps-heading">"Next steps"</h2>
            <div class="step-list">
                {steps.into_iter().map(|step| {
                    let action = item_action::<TakePartnershipStep>();
                    let error = error_of(action.value());
                    let needs_note = matches!(step, Step::Introduce | Step::CloseEarly);
                    let note_label = if step == Step::Introduce { "Concept note" } else { "Why is it closing early?" };
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
                                {step.label()}
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
    view! {
        <FormAlert error />
        <ul class="plain-list">
            {actions.into_iter().map(|a| view! {
                <li class="action-item">
                    <p>{a.action.clone()}</p>
                    <p class="muted">{format!("Raised by {} on {}", a.raised_by, a.raised_at.format("%-d %b %Y"))}</p>
                    {may_edit.then(|| view! {
                        <ActionForm action=resolve attr:class="form form--inline">
                            <input type="hidden" name="action_id" value=a.id />
                            <button type="submit" class="button button--secondary">"Mark as resolved"</button>
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
    view! {
        {(!p.concept_note.is_empty()).then(|| view! {
            <section class="panel" aria-labelledby="concept-heading">
                <h2 id="concept-heading">"Concept note"</h2>
                <p class="prewrap">{p.concept_note.clone()}</p>
            </section>
        })}
        {may_edit.then(|| view! { <AgreementPanel id agreement=p.agreement.clone() state=p.summary.state /> })}
        <section class="panel" aria-labelledby="plan-heading">
            <h2 id="plan-heading">"Work plan"</h2>
            <Commitments id commitments=p.commitments.clone() may_edit />
            <ActivityList id activities=p.activities.clone() may_edit />
            <Resources id resources=p.resources.clone() may_edit />
            <Outcomes id outcomes=p.outcomes.clone() may_edit />
        </section>
        <Reports id reports=p.reports.clone() may_edit may_review=p.may_review state=p.summary.state />
        <section class="panel" aria-labelledby="trail-heading">
            <h2 id="trail-heading">"History"</h2>
            <ol class="trail">
                {p.trail.iter().rev().map(|e| view! {
                    <li>
                        <time datetime=e.at.to_rfc3339()>{e.at.format("%-d %b %Y %H:%M UTC").to_string()}</time>
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
    let too_large = super::upload_rules::UploadProblem::TooLarge.message();
    let upload_problem = move || {
        query
            .with(|q| q.get("document_error"))
            .and_then(|c| document_problem(&c))
    };
    let a = agreement.clone();
    let value = move |f: fn(&AgreementView) -> String| a.as_ref().map(f).unwrap_or_default();
    let can_record = state != PartnershipState::Proposed;
    view! {
        <section class="panel" id="agreement" aria-labelledby="agreement-heading">
            <h2 id="agreement-heading">{if agreement.is_some() { "Correct the agreement" } else { "Record the agreement" }}</h2>
            {if !can_record {
                view! { <p class="muted">"The agreement is recorded once a facilitator has introduced the partners."</p> }.into_any()
            } else {
                view! {
                    <ActionForm action attr:class="form" attr:novalidate=true>
                        <FormAlert error />
                        <input type="hidden" name="id" value=id />
                        <InputField form="agreement" name="signatories" label="Signatories" error value=value(|a| a.signatories.clone())
                            hint="Names and positions of those who signed, for both partners." />
                        <div class="field-row">
                            <InputField form="agreement" name="start_date" label="Start date" kind="date" error value=value(|a| a.start_date.to_string()) />
                            <InputField form="agreement" name="end_date" label="End date" kind="date" error value=value(|a| a.end_date.to_string())
                                hint="12 to 24 months after the start." />
                        </div>
                        <TextAreaField form="agreement" name="scope" label="Scope" error value=value(|a| a.scope.clone()) />
                        <button type="submit" class="button">"Save the agreement"</button>
                    </ActionForm>
                    {agreement.is_some().then(|| view! {
                        <form class="form" method="post" enctype="multipart/form-data"
                            action=format!("/partnerships/{id}/agreement/document")>
                            <div class="field">
                                <label for="agreement-document">"Signed agreement (PDF, up to 10 MB)"</label>
                                <input id="agreement-document" name="document" type="file" accept="application/pdf,.pdf" required=true
                                    data-max-bytes=max_bytes.clone() data-too-large=too_large
                                    aria-invalid=move || upload_problem().map(|_| "true")
                                    aria-describedby=move || upload_problem().map(|_| "document-error") />
                                {move || upload_problem().map(|m| view! {
                                    <p class="field__error" id="document-error" role="alert">{m}</p>
                                })}
                            </div>
                            <button type="submit" class="button button--secondary">"Upload"</button>
                        </form>
                    })}
                }.into_any()
            }}
        </section>
    }
}

fn document_problem(code: &str) -> Option<&'static str> {
    super::upload_rules::UploadProblem::parse(code).map(|p| p.message())
}

#[component]
fn RemoveButton(id: i32, part: &'static str, part_id: i32, label: String) -> impl IntoView {
    let remove = actions().remove;
    view! {
        <ActionForm action=remove attr:class="form--inline">
            <input type="hidden" name="id" value=id />
            <input type="hidden" name="part" value=part />
            <input type="hidden" name="part_id" value=part_id />
            <button type="submit" class="link-button" aria-label=label>"Remove"</button>
        </ActionForm>
    }
}

#[component]
fn Commitments(id: i32, commitments: Vec<CommitmentView>, may_edit: bool) -> impl IntoView {
    let action = actions().commitment;
    let error = error_of(action.value());
    view! {
        <h3>"Commitments"</h3>
        {if commitments.is_empty() {
            view! { <p class="muted">"No commitments yet."</p> }.into_any()
        } else {
            view! {
                <ul class="plain-list">
                    {commitments.into_iter().map(|c| view! {
                        <li>
                            <strong>{format!("{}: ", c.side.label())}</strong>{c.promise.clone()}
                            {may_edit.then(|| view! { <RemoveButton id part="commitment" part_id=c.id label=format!("Remove commitment: {}", c.promise) /> })}
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {may_edit.then(|| view! {
            <details class="add-form">
                <summary>"Add a commitment"</summary>
                <ActionForm action attr:class="form" attr:novalidate=true>
                    <FormAlert error />
                    <input type="hidden" name="id" value=id />
                    <div class="field">
                        <label for="commitment-side">"Partner"</label>
                        <select id="commitment-side" name="side">{side_options()}</select>
                        <FieldMessage error field="side" />
                    </div>
                    <InputField form="commitment" name="promise" label="What this partner promises" error />
                    <button type="submit" class="button">"Add the commitment"</button>
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
    view! {
        <h3>"Activities"</h3>
        <FormAlert error=status_error />
        <FormAlert error=remove_error />
        {may_edit.then(|| view! {
            <ul class="plain-list">
                {activities.into_iter().map(|a| {
                    let select_id = format!("activity-{}-status", a.id);
                    let remove_label = format!("Remove activity: {}", a.title);
                    let status_label = format!("Status of {}", a.title);
                    view! {
                        <li class="activity-item">
                            <span>{format!("{} ({}, {} to {})", a.title, a.responsible.label(), a.start_date, a.end_date)}</span>
                            <ActionForm action=status_action attr:class="form--inline">
                                <input type="hidden" name="id" value=id />
                                <input type="hidden" name="activity_id" value=a.id />
                                <label class="visually-hidden" for=select_id.clone()>{status_label}</label>
                                <select id=select_id name="status">
                                    {ActivityStatus::ALL.into_iter().map(|s| view! {
                                        <option value=s.as_code() selected=s == a.status>{s.label()}</option>
                                    }).collect_view()}
                                </select>
                                <button type="submit" class="button button--secondary button--small">"Update"</button>
                            </ActionForm>
                            <RemoveButton id part="activity" part_id=a.id label=remove_label />
                        </li>
                    }
                }).collect_view()}
            </ul>
            <details class="add-form">
                <summary>"Plan an activity"</summary>
                <ActionForm action=acts.activity attr:class="form" attr:novalidate=true>
                    <FormAlert error />
                    <input type="hidden" name="id" value=id />
                    <div class="field">
                        <label for="activity-kind">"Type"</label>
                        <select id="activity-kind" name="kind">
                            {ActivityKind::ALL.into_iter().map(|k| view! { <option value=k.as_code()>{k.label()}</option> }).collect_view()}
                        </select>
                        <FieldMessage error field="kind" />
                    </div>
                    <InputField form="activity" name="title" label="Title" error />
                    <div class="field-row">
                        <InputField form="activity" name="start_date" label="From" kind="date" error />
                        <InputField form="activity" name="end_date" label="To" kind="date" error />
                    </div>
                    <div class="field">
                        <label for="activity-responsible">"Responsible partner"</label>
                        <select id="activity-responsible" name="responsible">{side_options()}</select>
                        <FieldMessage error field="responsible" />
                    </div>
                    <InputField form="activity" name="place" label="Place" error required=false />
                    <div class="field field--check">
                        <input id="activity-online" type="checkbox" name="online" value="on" />
                        <label for="activity-online">"Online"</label>
                    </div>
                    <div class="field">
                        <label for="activity-status">"Status"</label>
                        <select id="activity-status" name="status">
                            {ActivityStatus::ALL.into_iter().map(|s| view! { <option value=s.as_code()>{s.label()}</option> }).collect_view()}
                        </select>
                    </div>
                    <button type="submit" class="button">"Add the activity"</button>
                </ActionForm>
            </details>
        })}
    }
}

#[component]
fn Resources(id: i32, resources: Vec<ResourceView>, may_edit: bool) -> impl IntoView {
    let action = actions().resource;
    let error = error_of(action.value());
    view! {
        <h3>"Resources"</h3>
        {if resources.is_empty() {
            view! { <p class="muted">"No resources listed yet."</p> }.into_any()
        } else {
            view! {
                <ul class="plain-list">
                    {resources.into_iter().map(|r| {
                        let what = match r.amount {
                            Some(a) => format!("{} {} — {}", r.currency, crate::partners::group_thousands(a.round() as i64), r.description),
                            None => format!("In kind — {}", r.description),
                        };
                        view! {
                            <li>
                                {what.clone()}<span class="muted">{format!(" (from {})", r.source)}</span>
                                {may_edit.then(|| view! { <RemoveButton id part="resource" part_id=r.id label=format!("Remove resource: {what}") /> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {may_edit.then(|| view! {
            <details class="add-form">
                <summary>"Add a resource"</summary>
                <ActionForm action attr:class="form" attr:novalidate=true>
                    <FormAlert error />
                    <input type="hidden" name="id" value=id />
                    <div class="field">
                        <label for="resource-kind">"Kind"</label>
                        <select id="resource-kind" name="kind">
                            <option value="money">"Money"</option>
                            <option value="in_kind">"In kind (staff time, equipment)"</option>
                        </select>
                        <FieldMessage error field="kind" />
                    </div>
                    <div class="field-row">
                        <InputField form="resource" name="amount" label="Amount" error required=false inputmode="decimal" />
                        <InputField form="resource" name="currency" label="Currency" error required=false hint="USD, PHP, IDR…" />
                    </div>
                    <InputField form="resource" name="description" label="What it pays for or provides" error />
                    <InputField form="resource" name="source" label="Source" error hint="Who provides it: a partner, a development partner…" />
                    <button type="submit" class="button">"Add the resource"</button>
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
    view! {
        <h3>"Outcomes"</h3>
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
                            <p><strong>{o.headline()}</strong>{(!o.is_public).then_some(" (not public)")}</p>
                            <ActionForm action=record attr:class="form form--inline" attr:novalidate=true>
                                <FormAlert error=value_error />
                                <input type="hidden" name="id" value=id />
                                <input type="hidden" name="outcome_id" value=o.id />
                                <div class="field">
                                    <label for=value_id.clone()>{format!("Measured {} ({})", o.kpi.label().to_lowercase(), o.kpi.unit())}</label>
                                    <input id=value_id name="value" inputmode="decimal" required=true aria-describedby=value_described />
                                    <FieldMessage error=value_error field="value" />
                                </div>
                                <div class="field">
                                    <label for=date_id.clone()>"On"</label>
                                    <input id=date_id name="measured_on" type="date" max=today.clone() value=today aria-describedby=date_described />
                                    <FieldMessage error=value_error field="measured_on" />
                                </div>
                                <button type="submit" class="button button--secondary">"Record the value"</button>
                            </ActionForm>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <details class="add-form">
                <summary>"Set an outcome"</summary>
                <ActionForm action=acts.outcome attr:class="form" attr:novalidate=true>
                    <FormAlert error />
                    <input type="hidden" name="id" value=id />
                    <div class="field">
                        <label for="outcome-kpi">"KPI"</label>
                        <select id="outcome-kpi" name="kpi">
                            {Kpi::ALL.into_iter().map(|k| view! { <option value=k.as_code()>{format!("{} ({})", k.label(), k.unit())}</option> }).collect_view()}
                        </select>
                        <FieldMessage error field="kpi" />
                    </div>
                    <div class="field-row">
                        <InputField form="outcome" name="baseline_value" label="Baseline value" error inputmode="decimal" />
                        <InputField form="outcome" name="baseline_date" label="Baseline date" kind="date" error />
                    </div>
                    <div class="field-row">
                        <InputField form="outcome" name="target_value" label="Target value" error inputmode="decimal" />
                        <InputField form="outcome" name="target_date" label="Target date" kind="date" error />
                    </div>
                    <div class="field field--check">
                        <input id="outcome-private" type="checkbox" name="private" value="on" />
                        <label for="outcome-private">"Keep this outcome off the public page"</label>
                    </div>
                    <button type="submit" class="button">"Save the outcome"</button>
                </ActionForm>
            </details>
            {move || warning().map(|w| view! { <p class="notice" role="status">{format!("Saved, but note: {w}")}</p> })}
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
    view! {
        <section class="panel" aria-labelledby="reports-heading">
            <h2 id="reports-heading">"Progress reports"</h2>
            {reports.is_empty().then(|| view! { <p class="muted">"No progress reports yet."</p> })}
            {reports.into_iter().map(|r| {
                let prefix = format!("review-{}", r.id);
                let review = item_action::<ReviewProgressReport>();
                let review_error = error_of(review.value());
                view! {
                    <article class="report">
                        <h3>{format!("{} to {}", r.period_start.format("%-d %b %Y"), r.period_end.format("%-d %b %Y"))}</h3>
                        <p class="muted">{format!("Submitted by {} on {}", r.submitted_by, r.submitted_at.format("%-d %b %Y"))}</p>
                        <p class="prewrap"><strong>"Achievements: "</strong>{r.achievements.clone()}</p>
                        {(!r.challenges.is_empty()).then(|| view! { <p class="prewrap"><strong>"Challenges: "</strong>{r.challenges.clone()}</p> })}
                        {match r.review.clone() {
                            Some((by, at, comment)) => view! {
                                <p class="review"><strong>{format!("Reviewed by {by} on {}: ", at.format("%-d %b %Y"))}</strong>{comment}</p>
                            }.into_any(),
                            None if may_review => view! {
                                <ActionForm action=review attr:class="form" attr:novalidate=true>
                                    <FormAlert error=review_error />
                                    <input type="hidden" name="report_id" value=r.id />
                                    <div class="field">
                                        <label for=format!("{prefix}-comment")>"Review comment"</label>
                                        <textarea id=format!("{prefix}-comment") name="comment" rows="3"></textarea>
                                        <FieldMessage error=review_error field="comment" />
                                    </div>
                                    <div class="field">
                                        <label for=format!("{prefix}-actions")>"Corrective actions (one per line, optional)"</label>
                                        <textarea id=format!("{prefix}-actions") name="corrective_actions" rows="2"></textarea>
                                    </div>
                                    <button type="submit" class="button">"Save the review"</button>
                                </ActionForm>
                            }.into_any(),
                            None => view! { <p class="muted">"Awaiting the facilitator's review."</p> }.into_any(),
                        }}
                    </article>
                }
            }).collect_view()}
            {may_report.then(|| view! {
                <details class="add-form">
                    <summary>"Submit a progress report"</summary>
                    <ActionForm action=acts.report attr:class="form" attr:novalidate=true>
                        <FormAlert error />
                        <input type="hidden" name="id" value=id />
                        <div class="field-row">
                            <InputField form="report" name="period_start" label="Period from" kind="date" error />
                            <InputField form="report" name="period_end" label="Period to" kind="date" error />
                        </div>
                        <TextAreaField form="report" name="achievements" label="What was achieved" error />
                        <TextAreaField form="report" name="challenges" label="Challenges (optional)" error />
                        <button type="submit" class="button">"Submit the report"</button>
                    </ActionForm>
                </details>
            })}
        </section>
    }
}
