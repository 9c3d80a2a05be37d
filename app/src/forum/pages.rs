//! The Forum pages: registration with the agenda (`/forum`), email confirmation, the badge,
//! the check-in desk, and the secretariat's registrant list.

use super::rules::{AttendeeType, Question, QuestionKind, Status, Window};
use super::*;
use crate::accounts::user_context;
use crate::error::AppError;
use crate::shell::flash;
use crate::shell::forms::{error_of, FieldMessage, FormAlert, InputField};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use std::collections::HashMap;

/// The message for a dynamic field name (`q<id>`), under its question.
fn field_note(error: Signal<Option<AppError>>, field: String) -> impl IntoView {
    let id = format!("{field}-error");
    let data = field.clone();
    let message = Signal::derive(move || error.get().and_then(|e| e.field_message(&field)));
    view! {
        <Show when=move || message.get().is_some()>
            <p class="field__error" id=id.clone() data-field=data.clone() role="alert">{move || message.get()}</p>
        </Show>
    }
}

#[component]
pub fn ForumPage() -> impl IntoView {
    let user = user_context();
    let star = crate::shell::flash::action::<StarForumSession>();
    let edition = Resource::new(
        move || (user.version.get(), star.version().get()),
        |_| forum_edition(),
    );
    view! {
        <Title text="Annual Forum" />
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let e = edition.await?;
                Ok::<_, AppError>(view! { <EditionSection e star /> })
            }))}
        </Transition>
    }
}

#[component]
fn EditionSection(e: EditionView, star: ServerAction<StarForumSession>) -> impl IntoView {
    let status = match e.window {
        Window::NotYetOpen => format!("Registration opens on {}.", e.opens),
        Window::Closed => format!("Registration closed on {}.", e.closes),
        Window::Open if e.places_left > 0 => format!(
            "Registration is open until {}: {} place{} left.",
            e.closes,
            e.places_left,
            if e.places_left == 1 { "" } else { "s" }
        ),
        Window::Open => format!(
            "Registration is open until {}, but the Forum is full: you can join the waitlist.",
            e.closes
        ),
    };
    let open = e.window == Window::Open;
    let mine: Vec<AgendaSession> = e.agenda.iter().filter(|s| s.starred).cloned().collect();
    let signed_in = e.signed_in;
    view! {
        <h1>{e.title.clone()}</h1>
        <p class="lead">{format!("{}, {}", e.dates, e.venue)}</p>
        <p class=if open { "notice" } else { "panel panel--warning" } id="forum-window">{status}</p>
        <p><a href="/awards">"Forum awards: the nominees, the audience vote and the winners"</a></p>
        {open.then(|| view! { <RegistrationForm e=e.clone() /> })}
        <h2 id="agenda">"Agenda"</h2>
        <p class="muted">{format!("Times are in {}.", e.time_zone)}
            {(!signed_in).then_some(" Sign in to star sessions into your own agenda.")}</p>
        {signed_in.then(|| view! {
            <section aria-labelledby="my-agenda">
                <h3 id="my-agenda">"My agenda"</h3>
                {if mine.is_empty() {
                    view! { <p class="muted">"Star sessions below to build your agenda."</p> }.into_any()
                } else {
                    view! { <ul class="plain-list">{mine.into_iter().map(|s| view! { <li>{format!("{} · {} ({})", s.when, s.title, s.room)}</li> }).collect_view()}</ul> }.into_any()
                }}
            </section>
        })}
        <ul class="plain-list session-list">
            {e.agenda.into_iter().map(|s| view! {
                <li class="session">
                    <strong>{s.title.clone()}</strong>
                    <br /><span class="local-time">{s.when.clone()}</span>{format!(" · {}", s.room)}
                    <br /><span class="muted">{format!("{} · {}", s.speakers, s.topic)}</span>
                    {signed_in.then(|| view! {
                        <ActionForm action=star attr:class="inline-form">
                            <input type="hidden" name="session_id" value=s.id.to_string() />
                            <input type="hidden" name="starred" value=(!s.starred).to_string() />
                            <button type="submit" class="button button--small button--secondary" aria-pressed=s.starred.to_string()>
                                {if s.starred { "★ In my agenda" } else { "☆ Add to my agenda" }}
                            </button>
                        </ActionForm>
                    })}
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
fn RegistrationForm(e: EditionView) -> impl IntoView {
    let register = crate::shell::flash::action::<RegisterForForum>();
    let resend = crate::shell::flash::action::<ResendForumConfirmation>();
    let result = register.value();
    let error = error_of(result);
    let duplicate = move || matches!(result.get(), Some(Err(AppError::Conflict(_))));
    // A refused plain post comes back with what was typed: the resend form needs the email.
    let email = RwSignal::new(
        flash::typed::<RegisterForForum>("email")
            .or_else(|| e.prefill.as_ref().map(|p| p.1.clone()))
            .unwrap_or_default(),
    );
    // Answers of the questions others depend on, so conditional ones show when they apply.
    let answers = RwSignal::new(HashMap::<i32, String>::new());
    let questions = StoredValue::new(e.questions.clone());
    let (name, org) = e
        .prefill
        .as_ref()
        .map(|p| (p.0.clone(), p.2.clone()))
        .unwrap_or_default();
    let (name, org) = (StoredValue::new(name), StoredValue::new(org));
    view! {
        <Show
            when=move || !matches!(result.get(), Some(Ok(_)))
            fallback=move || {
                let done = result.get().and_then(Result::ok);
                view! {
                    <div class="panel panel--success" role="status" id="forum-registered">
                        <h2>"Thank you"</h2>
                        <p>{done.as_ref().map(|d| d.message.clone())}</p>
                        {done.as_ref().and_then(|d| d.badge_code.clone()).map(|code| view! {
                            <p><a class="button" href=format!("/forum/badge/{code}")>"Open my badge"</a></p>
                        })}
                        {done.and_then(|d| d.personal_code).map(|code| view! { <PersonalCode code /> })}
                    </div>
                }
            }
        >
            <section aria-labelledby="register-title">
                <h2 id="register-title">"Register"</h2>
                <ActionForm action=register attr:class="form" attr:novalidate=true>
                    <FormAlert error />
                    <InputField form="forum" name="name" label="Name (as on your badge)" error autocomplete="name" value=name.get_value() />
                    <div class="field">
                        <label for="forum-email">"Email"</label>
                        <input id="forum-email" name="email" type="email" autocomplete="email" required=true
                            value=email.get_untracked() prop:value=move || email.get() on:input=move |ev| email.set(event_target_value(&ev)) />
                        <FieldMessage error field="email" />
                    </div>
                    <InputField form="forum" name="organization" label="Organization" error autocomplete="organization" value=org.get_value() />
                    <div class="field">
                        <label for="forum-attendee_type">"I am attending as"</label>
                        <select id="forum-attendee_type" name="attendee_type" required=true>
                            <option value="">"Choose…"</option>
                            {AttendeeType::ALL.into_iter().map(|t| view! { <option value=t.as_code()>{t.label()}</option> }).collect_view()}
                        </select>
                        <FieldMessage error field="attendee_type" />
                    </div>
                    {questions.get_value().into_iter().map(|q| view! { <QuestionField q all=questions.get_value() answers error /> }).collect_view()}
                    <button type="submit" class="button" disabled=move || register.pending().get()>
                        {move || if register.pending().get() { "Registering…" } else { "Register" }}
                    </button>
                </ActionForm>
                <Show when=duplicate>
                    <ActionForm action=resend attr:class="form form--inline" attr:id="forum-resend">
                        <input type="hidden" name="email" value=move || email.get() />
                        <button type="submit" class="button button--secondary">"Resend the confirmation email"</button>
                        <Show when=move || matches!(resend.value().get(), Some(Ok(())))>
                            <p class="form__success" role="status">"Sent. Please check your inbox (and the spam folder)."</p>
                        </Show>
                        // A refusal (sent too often, say) is said here: the form has no field to show it at.
                        {move || resend.value().get().and_then(Result::err).map(|e| view! {
                            <p class="form__alert" role="alert">{e.field_message("email").unwrap_or_else(|| e.to_string())}</p>
                        })}
                    </ActionForm>
                </Show>
            </section>
        </Show>
    }
}

#[component]
fn QuestionField(
    q: Question,
    all: Vec<Question>,
    answers: RwSignal<HashMap<i32, String>>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let qid = q.id;
    let field = q.field();
    let name = format!("answers[{field}]");
    let id = format!("forum-{field}");
    let asked = {
        let q = q.clone();
        move || answers.with(|a| rules::is_asked(&q, &all, a))
    };
    let remember = move |value: String| {
        answers.update(|a| {
            a.insert(qid, value);
        })
    };
    let label = format!(
        "{}{}",
        q.prompt,
        if q.required { "" } else { " (optional)" }
    );
    let input = match q.kind {
        QuestionKind::Text => view! {
            <label for=id.clone()>{label}</label>
            <input id=id.clone() name=name.clone() type="text" on:input=move |ev| remember(event_target_value(&ev)) />
        }
        .into_any(),
        QuestionKind::Choice => view! {
            <label for=id.clone()>{label}</label>
            <select id=id.clone() name=name.clone() on:change=move |ev| remember(event_target_value(&ev))>
                <option value="">"Choose…"</option>
                {q.options().into_iter().map(|o| view! { <option value=o.clone()>{o.clone()}</option> }).collect_view()}
            </select>
        }
        .into_any(),
        QuestionKind::YesNo => view! {
            <fieldset class="rating">
                <legend>{label}</legend>
                {["yes", "no"].into_iter().map(|v| {
                    let rid = format!("{id}-{v}");
                    let for_id = rid.clone();
                    view! {
                        <label for=for_id class="rating__choice">
                            <input type="radio" id=rid name=name.clone() value=v on:change=move |_| remember(v.to_owned()) />
                            {if v == "yes" { "Yes" } else { "No" }}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
        }
        .into_any(),
    };
    // Without the WASM, venue.js shows a conditional question when its condition holds.
    let (on, when) = q
        .shown_if
        .clone()
        .map(|(on, when)| (Some(format!("answers[q{on}]")), Some(when)))
        .unwrap_or_default();
    view! {
        <div class="field" hidden=move || !asked() data-question=qid.to_string()
            data-shown-if=on data-shown-if-answer=when>
            {input}
            {field_note(error, field)}
        </div>
    }
}

#[component]
pub fn ConfirmPage() -> impl IntoView {
    let query = use_query_map();
    let token = move || query.with(|q| q.get("token").unwrap_or_default());
    let confirm = crate::shell::flash::action::<ConfirmForumRegistration>();
    let result = confirm.value();
    let error = error_of(result);
    view! {
        <Title text="Confirm your Forum registration" />
        <h1>"Confirm your registration"</h1>
        <Show
            when=move || !matches!(result.get(), Some(Ok(_)))
            fallback=move || {
                let done = result.get().and_then(Result::ok);
                view! {
                    <div class="panel panel--success" role="status" id="forum-confirmed">
                        <h2>"Email confirmed"</h2>
                        <p>{done.as_ref().map(|d| d.message.clone())}</p>
                        {done.as_ref().and_then(|d| d.badge_code.clone()).map(|code| view! {
                            <p><a class="button" href=format!("/forum/badge/{code}")>"Open my badge"</a></p>
                        })}
                        {done.and_then(|d| d.personal_code).map(|code| view! { <PersonalCode code /> })}
                    </div>
                }
            }
        >
            // A button, not a GET: mail scanners that open links must not use up the token.
            <ActionForm action=confirm attr:class="form">
                <FormAlert error />
                <input type="hidden" name="token" value=token />
                <p>"Press the button to confirm your email address and complete your registration."</p>
                <button type="submit" class="button" disabled=move || confirm.pending().get()>"Confirm my registration"</button>
            </ActionForm>
        </Show>
    }
}

#[component]
pub fn BadgePage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| params.with(|p| p.get("code").unwrap_or_default()));
    let badge = Resource::new(move || code.get(), forum_badge);
    view! {
        <Title text="Forum badge" />
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                Ok::<_, AppError>(match badge.await? {
                    Some(b) => {
                        let admitted = b.status == Status::Registered.as_code();
                        view! {
                            <article class="badge" aria-labelledby="badge-name">
                                <p class="badge__event">{format!("{} · {}", b.edition, b.dates)}</p>
                                <h1 id="badge-name" class="badge__name">{b.name.clone()}</h1>
                                <p class="badge__org">{b.organization.clone()}</p>
                                <p class="badge__type">{b.attendee_type.clone()}</p>
                                <div class="badge__code" inner_html=b.qr_svg.clone()></div>
                                <p class="muted certificate-code">{format!("Code {}", b.code)}</p>
                                {(!admitted).then(|| view! { <p class="panel panel--warning">{format!("Status: {}. Only registered attendees are checked in.", b.status_label)}</p> })}
                                <p class="muted">{b.venue.clone()}</p>
                            </article>
                            <p class="badge__actions no-print">
                                <button type="button" class="button button--secondary" data-print>"Print the badge"</button>
                            </p>
                            // The badge is shown and photographed: voting and cancelling need the
                            // personal code from the registration email instead.
                            {admitted.then(|| view! {
                                <p class="muted no-print">"To vote in the Forum awards or to cancel, use the personal links in your registration email: they are not on the badge."</p>
                            })}
                        }
                        .into_any()
                    }
                    None => {
                        // Unknown, or not confirmed yet: a 404, never a page that looks found.
                        crate::shell::set_page_status(http::StatusCode::NOT_FOUND);
                        view! {
                            <section class="panel panel--error">
                                <h1>"No badge"</h1>
                                <p>"There is no badge with this code yet. If you registered as a guest, confirm your email first with the link we sent."</p>
                            </section>
                        }
                        .into_any()
                    }
                })
            }))}
        </Transition>
    }
}

/// The personal code, shown once right after registering or confirming (it is emailed too).
#[component]
fn PersonalCode(code: String) -> impl IntoView {
    view! {
        <div class="personal-code" id="forum-personal-code">
            <h3>"Your personal code"</h3>
            <p class="personal-code__value receipt-code">{code.clone()}</p>
            <p>"Keep it to yourself: it lets you vote in the Forum awards and cancel your registration, and it is not printed on your badge. We have emailed it to you as well."</p>
            <p><a class="button button--secondary" href=format!("/awards/vote/{code}")>"My voting link"</a></p>
        </div>
    }
}

/// `/forum/cancel/:code`: the cancel link of the registration email. A button, not the link
/// itself, cancels: mail scanners that open links must not cancel anyone.
#[component]
pub fn CancelPage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| params.with(|p| p.get("code").unwrap_or_default()));
    let whose = Resource::new(move || code.get(), forum_cancellation);
    let cancel = crate::shell::flash::action::<CancelForumRegistration>();
    let result = cancel.value();
    let error = error_of(result);
    view! {
        <Title text="Cancel your Forum registration" />
        <h1>"Cancel your registration"</h1>
        <Show
            when=move || !matches!(result.get(), Some(Ok(())))
            fallback=|| view! {
                <div class="panel panel--success" role="status" id="forum-cancelled">
                    <h2>"Your registration is cancelled"</h2>
                    <p>"Your place goes to the next person on the waitlist, and any award votes you cast no longer count. You are welcome to register again while registration is open."</p>
                </div>
            }
        >
            <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
                {move || Suspend::new(crate::shell::or_error_panel(async move {
                    let c = whose.await?;
                    Ok::<_, AppError>(view! {
                        <ActionForm action=cancel attr:class="form">
                            <FormAlert error />
                            <input type="hidden" name="code" value=code.get_untracked() />
                            <p>{format!("{}: your registration for {}.", c.name, c.edition)}</p>
                            <p>"Cancelling gives your place to the next person on the waitlist. Award votes you cast stop counting."</p>
                            <FieldMessage error field="code" />
                            <button type="submit" class="button button--danger" disabled=move || cancel.pending().get()>"Cancel my registration"</button>
                        </ActionForm>
                    })
                }))}
            </Transition>
        </Show>
    }
}

/// The registration desk. Without the WASM: a plain form that posts and answers with this
/// page; venue.js adds the camera, a count that follows the other desks, and the offline
/// queue (`data-check-in`): a check-in typed or scanned while the network is down waits in
/// the browser with its time and is sent when the network returns.
#[component]
pub fn CheckInPage() -> impl IntoView {
    let check = crate::shell::flash::action::<ForumCheckIn>();
    let result = check.value();
    let error = error_of(result);
    let count = Resource::new(|| (), |_| forum_check_in_count());
    view! {
        <Title text="Forum check-in" />
        <h1>"Check-in"</h1>
        <Transition fallback=|| view! { <p class="muted">"…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let c = count.await?;
                Ok::<_, AppError>(view! {
                    <p class="lead" id="forum-count" aria-live="polite">{format!("{} checked in of {} registered", c.checked_in, c.registered)}</p>
                })
            }))}
        </Transition>
        <super::scanner::BadgeScanner />
        <ActionForm action=check attr:class="form" attr:novalidate=true attr:data-check-in=true>
            <div class="field">
                <label for="checkin-code">"Badge code"</label>
                <input id="checkin-code" name="code" type="text" autocomplete="off" autocapitalize="off" spellcheck="false" required=true
                    aria-describedby="checkin-code-hint" />
                <p class="field__hint" id="checkin-code-hint">"Type the code printed under the QR code, or scan it with the camera or a scanner that types."</p>
                <FieldMessage error field="code" />
            </div>
            <button type="submit" class="button">"Check in"</button>
        </ActionForm>
        <div aria-live="assertive" id="checkin-result">
            {move || match result.get() {
                Some(Ok(c)) => Some(view! { <p class="panel panel--success">{format!("Checked in: {} ({})", c.name, c.organization)}</p> }.into_any()),
                Some(Err(AppError::Invalid(_))) | None => None,
                Some(Err(e)) => Some(view! { <p class="panel panel--error">{e.to_string()}</p> }.into_any()),
            }}
        </div>
        <section class="sync-queue" id="checkin-queue" aria-labelledby="checkin-queue-title" hidden=true>
            <h2 id="checkin-queue-title">"Waiting to sync"</h2>
            <p class="muted">"These check-ins were made without a network. They are sent, with the time they were made, as soon as the network is back."</p>
            <ul class="plain-list" data-queue-list></ul>
        </section>
    }
}

#[component]
pub fn ForumAdminPage() -> impl IntoView {
    let query = use_query_map();
    let status = move || query.with(|q| q.get("status").unwrap_or_default());
    let kind = move || query.with(|q| q.get("attendee_type").unwrap_or_default());
    let decide = crate::shell::flash::action::<DecideForumRegistration>();
    let add = crate::shell::flash::action::<AddForumQuestion>();
    let add_error = error_of(add.value());
    let rows = Resource::new(
        move || (status(), kind(), decide.version().get()),
        |(s, k, _)| forum_registrants(s, k),
    );
    let decide_error = error_of(decide.value());
    view! {
        <Title text="Forum registrants" />
        <h1>"Forum registrants"</h1>
        <p><a href="/forum/check-in">"Check-in desk"</a></p>
        <form method="get" class="filters form--inline">
            <label for="filter-status">"Status"</label>
            <select id="filter-status" name="status">
                <option value="">"All"</option>
                {Status::ALL.into_iter().map(|s| view! { <option value=s.as_code() selected=move || status() == s.as_code()>{s.label()}</option> }).collect_view()}
            </select>
            <label for="filter-type">"Attendee type"</label>
            <select id="filter-type" name="attendee_type">
                <option value="">"All"</option>
                {AttendeeType::ALL.into_iter().map(|t| view! { <option value=t.as_code() selected=move || kind() == t.as_code()>{t.label()}</option> }).collect_view()}
            </select>
            <button type="submit" class="button button--secondary">"Filter"</button>
        </form>
        <p class="button-row">
            <a class="button button--secondary" rel="external" href=move || format!("/forum/registrants.csv?{}", crate::query_string::build([("status", status()), ("attendee_type", kind())]))>"Export CSV"</a>
            <a class="button button--secondary" rel="external" href=move || format!("/forum/registrants.xlsx?{}", crate::query_string::build([("status", status()), ("attendee_type", kind())]))>"Export XLSX"</a>
        </p>
        <FormAlert error=decide_error />
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let rows = rows.await?;
                Ok::<_, AppError>(view! {
                    <p class="muted">{format!("{} registrant{}", rows.len(), if rows.len() == 1 { "" } else { "s" })}</p>
                    <div class="table-wrap">
                        <table class="table">
                            <thead><tr><th>"Name"</th><th>"Organization"</th><th>"Type"</th><th>"Status"</th><th>"Checked in"</th><th>"Answers"</th><th>"Actions"</th></tr></thead>
                            <tbody>
                                {rows.into_iter().map(|r| {
                                    let active = !matches!(r.status.as_str(), "rejected" | "cancelled");
                                    let pending = r.status == "pending";
                                    view! {
                                        <tr>
                                            <td>{r.name.clone()}<br /><span class="muted">{r.email.clone()}</span></td>
                                            <td>{r.organization.clone()}</td>
                                            <td>{r.attendee_type.clone()}</td>
                                            <td>{r.status_label.clone()}</td>
                                            <td>{r.checked_in.clone().unwrap_or_default()}</td>
                                            <td>{r.answers.join("; ")}</td>
                                            <td>
                                                <a href=format!("/forum/badge/{}", r.badge_code)>"Badge (view or reprint)"</a>
                                                {pending.then(|| view! { <DecideButton action=decide id=r.id decision="approve" label="Approve" /> })}
                                                {active.then(|| view! { <DecideButton action=decide id=r.id decision="reject" label="Reject" /> })}
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                })
            }))}
        </Transition>
        <super::admin_forms::EditionSettings />
        <super::admin_forms::AgendaSessionForm />
        <h2>"Add a registration question"</h2>
        <ActionForm action=add attr:class="form" attr:novalidate=true>
            <FormAlert error=add_error />
            <InputField form="question" name="prompt" label="Question" error=add_error />
            <div class="field">
                <label for="question-kind">"Kind"</label>
                <select id="question-kind" name="kind">
                    <option value="text">"Text"</option>
                    <option value="choice">"Single choice"</option>
                    <option value="yes_no">"Yes / no"</option>
                </select>
            </div>
            <div class="field">
                <label for="question-choices">"Options (single choice; one a line)"</label>
                <textarea id="question-choices" name="choices" rows="3"></textarea>
                <FieldMessage error=add_error field="choices" />
            </div>
            <label class="check"><input type="checkbox" name="required" value="on" />" Required"</label>
            <InputField form="question" name="shown_if_question" label="Only when question number… (optional)" error=add_error required=false inputmode="numeric" />
            <InputField form="question" name="shown_if_answer" label="…was answered (optional)" error=add_error required=false />
            <button type="submit" class="button">"Add question"</button>
            <Show when=move || matches!(add.value().get(), Some(Ok(_)))>
                <p class="form__success" role="status">"Added."</p>
            </Show>
        </ActionForm>
    }
}

#[component]
fn DecideButton(
    action: ServerAction<DecideForumRegistration>,
    id: i32,
    decision: &'static str,
    label: &'static str,
) -> impl IntoView {
    view! {
        <ActionForm action attr:class="inline-form">
            <input type="hidden" name="id" value=id.to_string() />
            <input type="hidden" name="decision" value=decision />
            <button type="submit" class="link-button">{label}</button>
        </ActionForm>
    }
}
