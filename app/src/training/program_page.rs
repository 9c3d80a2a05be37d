//! One training program: what it is, its sessions in the venue's time and the reader's, the
//! reader's own place (enrol, waitlist, cancel, certificate, evaluation), and for its trainers
//! the sessions, attendance and exports.

use super::local_time::LocalTime;
use super::pages::question_fields;
use super::{
    training_program, AddSession, CancelEnrolment, Enrol, EvaluateProgram, MarkAttendance,
    ProgramDetail, RosterEntry, SessionView,
};
use crate::accounts::user_context;
use crate::error::AppError;
use crate::shell::forms::{error_of, FormAlert, InputField, TextAreaField};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// The page's actions: any of them succeeding reloads the program.
#[derive(Clone, Copy)]
struct Actions {
    enrol: ServerAction<Enrol>,
    /// An organization admin enrolling staff: its own action, so its messages stay by its form.
    enrol_staff: ServerAction<Enrol>,
    cancel: ServerAction<CancelEnrolment>,
    add_session: ServerAction<AddSession>,
    attendance: ServerAction<MarkAttendance>,
    evaluate: ServerAction<EvaluateProgram>,
}

#[component]
pub fn ProgramPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|v| v.parse::<i32>().ok())));
    let actions = Actions {
        enrol: crate::shell::flash::action(),
        enrol_staff: crate::shell::flash::action(),
        cancel: crate::shell::flash::action(),
        add_session: crate::shell::flash::action(),
        attendance: crate::shell::flash::action(),
        evaluate: crate::shell::flash::action(),
    };
    let user = user_context();
    let program = Resource::new(
        move || {
            (
                id.get(),
                user.version.get(),
                actions.enrol.version().get(),
                actions.enrol_staff.version().get(),
                actions.cancel.version().get(),
                actions.add_session.version().get(),
                actions.attendance.version().get(),
                actions.evaluate.version().get(),
            )
        },
        |(id, ..)| async move {
            match id {
                Some(id) => training_program(id).await,
                None => Err(AppError::NotFound(t!(
                    crate::i18n::current(),
                    "training-not-found"
                ))),
            }
        },
    );
    let lang = crate::i18n::current();
    view! {
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "training-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let p = program.await?;
                let signed_in = user.user.await?.is_some();
                Ok::<_, AppError>(view! { <ProgramView p signed_in actions /> })
            }))}
        </Transition>
    }
}

#[component]
fn ProgramView(p: ProgramDetail, signed_in: bool, actions: Actions) -> impl IntoView {
    let lang = crate::i18n::current();
    let taken = p.enrolled.min(i64::from(p.capacity));
    let places = if p.waiting > 0 {
        t!(
            lang,
            "training-places-taken-waiting",
            taken = taken,
            capacity = p.capacity,
            waiting = p.waiting
        )
    } else {
        t!(
            lang,
            "training-places-taken",
            taken = taken,
            capacity = p.capacity
        )
    };
    let dir = p.language.right_to_left().then_some("rtl");
    let manager = p
        .manages
        .then(|| view! { <ManagerPanels p=p.clone() actions /> });
    let staff = (!p.staff.is_empty() && !p.is_past)
        .then(|| view! { <StaffEnrolment p=p.clone() actions /> });
    view! {
        <Title text=p.title.clone() />
        <p><a href="/training">{t!(lang, "training-back-to-all")}</a></p>
        <h1 lang=p.language.as_code() dir=dir>{p.title.clone()}</h1>
        <p class="card__meta">
            <span class="content-language" lang=p.language.as_code() dir=dir>{p.language.native_name()}</span>
            {format!(" · {} · {}", p.format, places)}
        </p>
        <p>{p.topics.iter().map(|t| view! { <span class="tag">{t.clone()}</span> " " }).collect_view()}</p>
        <p class="prewrap" lang=p.language.as_code() dir=dir>{p.description.clone()}</p>
        <dl class="facts">
            {(!p.venue.is_empty()).then(|| view! { <dt>{t!(lang, "training-field-venue")}</dt><dd>{p.venue.clone()}</dd> })}
            {p.link.clone().map(|link| view! { <dt>{t!(lang, "training-field-link")}</dt><dd><a href=link.clone() rel="noopener">{link.clone()}</a></dd> })}
            {(!p.trainers.is_empty()).then(|| view! { <dt>{t!(lang, "training-trainers")}</dt><dd>{p.trainers.join(", ")}</dd> })}
            <dt>{t!(lang, "training-completion")}</dt><dd>{p.completion_rule.clone()}</dd>
        </dl>
        <h2>{t!(lang, "training-sessions")}</h2>
        {if p.sessions.is_empty() {
            view! { <p class="muted">{t!(lang, "training-sessions-none")}</p> }.into_any()
        } else {
            view! {
                <ol class="plain-list session-list">
                    {p.sessions.iter().cloned().map(|s| view! { <SessionRow s /> }).collect_view()}
                </ol>
            }.into_any()
        }}
        {(!p.products.is_empty()).then(|| view! {
            <h2>{t!(lang, "training-knowledge-products")}</h2>
            <ul class="plain-list">
                {p.products.iter().map(|k| view! {
                    <li><a href=format!("/library/{}", k.id)>{k.title.clone()}</a>" "<span class="tag">{k.kind.clone()}</span></li>
                }).collect_view()}
            </ul>
        })}
        <YourPlace p=p.clone() signed_in actions />
        {staff}
        {manager}
    }
}

#[component]
fn SessionRow(s: SessionView) -> impl IntoView {
    view! {
        <li class="session">
            {(!s.title.is_empty()).then(|| view! { <strong>{s.title.clone()}</strong><br /> })}
            <span>{s.venue_time.clone()}</span>
            " "
            <LocalTime starts_at=s.starts_at ends_at=s.ends_at />
            <br />
            <a href=format!("/training/sessions/{}/calendar.ics", s.id) rel="external" download="">{t!(crate::i18n::current(), "training-add-to-calendar")}</a>
        </li>
    }
}

#[component]
fn YourPlace(p: ProgramDetail, signed_in: bool, actions: Actions) -> impl IntoView {
    let enrol_error = error_of(actions.enrol.value());
    let cancel_error = error_of(actions.cancel.value());
    let id = p.id.to_string();
    let lang = crate::i18n::current();
    let body = match (&p.mine, signed_in) {
        (_, false) => view! {
            <p>{t!(lang, "training-sign-in-to-enrol")}</p>
            <p class="button-row">
                <a class="button" href="/sign-in">{t!(lang, "training-sign-in")}</a>
                <a class="button button--secondary" href="/sign-up">{t!(lang, "training-sign-up")}</a>
            </p>
        }.into_any(),
        (Some(mine), true) if mine.certificate_code.is_some() => {
            let code = mine.certificate_code.clone().unwrap_or_default();
            view! {
                <p class="notice">{t!(lang, "training-you-completed")}</p>
                <p class="button-row">
                    <a class="button" href=format!("/certificates/{code}/certificate.pdf") rel="external">{t!(lang, "training-download-your-certificate")}</a>
                    <a class="button button--secondary" href=format!("/certificates/{code}")>{t!(lang, "training-verification-page")}</a>
                </p>
                {if mine.evaluated {
                    view! { <p class="form__success">{t!(lang, "training-evaluation-thanks")}</p> }.into_any()
                } else {
                    view! { <EvaluationForm program_id=p.id actions /> }.into_any()
                }}
            }.into_any()
        }
        (Some(mine), true) if mine.status == "enrolled" => view! {
            <p class="notice">{t!(lang, "training-you-have-a-place", attended = mine.attended)}</p>
            <ActionForm action=actions.cancel attr:class="form--inline">
                <input type="hidden" name="program_id" value=id.clone() />
                <button type="submit" class="button button--secondary">{t!(lang, "training-cancel-place")}</button>
            </ActionForm>
        }.into_any(),
        (Some(mine), true) if mine.status == "waitlisted" => view! {
            <p class="notice">{match mine.waitlist_position {
                Some(n) => t!(lang, "training-waitlist-position", position = n),
                None => t!(lang, "training-on-waitlist"),
            }}</p>
            <ActionForm action=actions.cancel attr:class="form--inline">
                <input type="hidden" name="program_id" value=id.clone() />
                <button type="submit" class="button button--secondary">{t!(lang, "training-leave-waitlist")}</button>
            </ActionForm>
        }.into_any(),
        _ if p.is_past => view! { <p class="muted">{t!(lang, "training-program-over")}</p> }.into_any(),
        _ => {
            let full = p.enrolled >= i64::from(p.capacity);
            view! {
                {full.then(|| view! { <p class="muted">{t!(lang, "training-all-places-taken")}</p> })}
                <ActionForm action=actions.enrol attr:class="form--inline">
                    <input type="hidden" name="program_id" value=id.clone() />
                    <button type="submit" class="button">{if full { t!(lang, "training-join-waitlist") } else { t!(lang, "training-enrol") }}</button>
                </ActionForm>
            }.into_any()
        }
    };
    view! {
        <section class="panel" aria-labelledby="your-place">
            <h2 id="your-place">{t!(lang, "training-your-place")}</h2>
            <FormAlert error=enrol_error />
            <FormAlert error=cancel_error />
            {body}
        </section>
    }
}

#[component]
fn EvaluationForm(program_id: i32, actions: Actions) -> impl IntoView {
    let error = error_of(actions.evaluate.value());
    let lang = crate::i18n::current();
    view! {
        <h3>{t!(lang, "training-evaluation-heading")}</h3>
        <p class="muted">{t!(lang, "training-evaluation-lead")}</p>
        <ActionForm action=actions.evaluate attr:class="form">
            <FormAlert error />
            <input type="hidden" name="program_id" value=program_id.to_string() />
            {question_fields(error)}
            <TextAreaField form="evaluation" name="comments" label=t!(lang, "training-evaluation-comments") error rows=3 />
            <button type="submit" class="button">{t!(lang, "training-evaluation-send")}</button>
        </ActionForm>
    }
}

#[component]
fn StaffEnrolment(p: ProgramDetail, actions: Actions) -> impl IntoView {
    let error = error_of(actions.enrol_staff.value());
    let result = actions.enrol_staff.value();
    let lang = crate::i18n::current();
    let done = move || match result.get() {
        Some(Ok(status)) if status == "waitlisted" => Some(t!(lang, "training-staff-waitlisted")),
        Some(Ok(_)) => Some(t!(lang, "training-staff-enrolled")),
        _ => None,
    };
    view! {
        <section class="panel" aria-labelledby="enrol-staff">
            <h2 id="enrol-staff">{t!(lang, "training-enrol-staff")}</h2>
            <ActionForm action=actions.enrol_staff attr:class="form form--inline">
                <input type="hidden" name="program_id" value=p.id.to_string() />
                <div class="field">
                    <label for="staff-account">{t!(lang, "training-staff-member")}</label>
                    <select id="staff-account" name="account_id">
                        {p.staff.iter().map(|s| view! {
                            <option value=s.account_id.to_string()>{format!("{} ({})", s.name, s.organization)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button">{t!(lang, "training-enrol-staff-member")}</button>
            </ActionForm>
            <FormAlert error />
            <Show when=move || done().is_some()>
                <p class="form__success" role="status">{done}</p>
            </Show>
        </section>
    }
}

#[component]
fn ManagerPanels(p: ProgramDetail, actions: Actions) -> impl IntoView {
    let session_error = error_of(actions.add_session.value());
    let attendance_error = error_of(actions.attendance.value());
    let started: Vec<SessionView> = p
        .sessions
        .iter()
        .filter(|s| s.has_started)
        .cloned()
        .collect();
    let id = p.id;
    let lang = crate::i18n::current();
    view! {
        <section class="panel panel--wide" aria-labelledby="manage-program">
            <h2 id="manage-program">{t!(lang, "training-for-trainers")}</h2>
            <p class="button-row">
                <a class="button button--secondary" href=format!("/training/{id}/enrolments.csv") rel="external">{t!(lang, "training-enrolments-csv")}</a>
                <a class="button button--secondary" href=format!("/training/{id}/attendance.csv") rel="external">{t!(lang, "training-attendance-csv")}</a>
                <a class="button button--secondary" href=format!("/training/{id}/evaluations")>{t!(lang, "training-evaluations")}</a>
            </p>
            <h3>{t!(lang, "training-attendance")}</h3>
            <FormAlert error=attendance_error />
            {if p.roster.is_empty() {
                view! { <p class="muted">{t!(lang, "training-no-enrolments")}</p> }.into_any()
            } else if started.is_empty() {
                view! {
                    <p class="muted">{t!(lang, "training-attendance-opens")}</p>
                    <Roster roster=p.roster.clone() sessions=vec![] actions />
                }.into_any()
            } else {
                view! { <Roster roster=p.roster.clone() sessions=started actions /> }.into_any()
            }}
            <h3>{t!(lang, "training-add-session")}</h3>
            <ActionForm action=actions.add_session attr:class="form">
                <FormAlert error=session_error />
                <input type="hidden" name="program_id" value=id.to_string() />
                <InputField form="session" name="session_title" label=t!(lang, "training-session-title") error=session_error required=false />
                <div class="field-row">
                    <InputField form="session" name="date" label=t!(lang, "training-session-day") kind="date" error=session_error />
                    <InputField form="session" name="starts" label=t!(lang, "training-session-starts") kind="time" error=session_error />
                    <InputField form="session" name="ends" label=t!(lang, "training-session-ends") kind="time" error=session_error />
                </div>
                <p class="field__hint">{t!(lang, "training-session-times-hint", zone = p.time_zone.as_str())}</p>
                <button type="submit" class="button">{t!(lang, "training-add-session-button")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn Roster(roster: Vec<RosterEntry>, sessions: Vec<SessionView>, actions: Actions) -> impl IntoView {
    let lang = crate::i18n::current();
    view! {
        <div class="table-wrap">
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{t!(lang, "training-participant")}</th>
                        <th scope="col">{t!(lang, "training-status")}</th>
                        {sessions.iter().map(|s| view! {
                            <th scope="col">{if s.title.is_empty() { s.venue_day.clone() } else { s.title.clone() }}</th>
                        }).collect_view()}
                        <th scope="col">{t!(lang, "training-completed")}</th>
                    </tr>
                </thead>
                <tbody>
                    {roster.into_iter().map(|r| {
                        let cells = sessions.clone().into_iter().map(|s| {
                            let present = r.attended.contains(&s.id);
                            // A stable name; the pressed state says whether the person was there.
                            let label = t!(lang, "training-present-label", name = r.name.as_str(), time = s.venue_time.as_str());
                            let holds_place = r.status == "enrolled";
                            view! {
                                <td>
                                    {holds_place.then(|| view! {
                                        <ActionForm action=actions.attendance attr:class="form--inline">
                                            <input type="hidden" name="session_id" value=s.id.to_string() />
                                            <input type="hidden" name="enrolment_id" value=r.enrolment_id.to_string() />
                                            <input type="hidden" name="present" value=(!present).to_string() />
                                            <button type="submit" class=if present { "button button--small" } else { "button button--small button--secondary" } aria-label=label aria-pressed=present.to_string()>
                                                {if present { t!(lang, "training-present") } else { t!(lang, "training-mark-present") }}
                                            </button>
                                        </ActionForm>
                                    })}
                                </td>
                            }
                        }).collect_view();
                        view! {
                            <tr>
                                <th scope="row">{r.name.clone()}<br /><span class="muted">{r.email.clone()}</span></th>
                                <td>{if r.status == "enrolled" { t!(lang, "training-has-place") } else { t!(lang, "training-waiting") }}</td>
                                {cells}
                                <td>{if r.completed { t!(lang, "training-yes") } else { String::new() }}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
