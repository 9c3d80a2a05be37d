//! The Forum pages: registration with the agenda (`/forum`), email confirmation, the badge,
//! the check-in desk, and the secretariat's registrant list.

use super::rules::{AttendeeType, Question, QuestionKind, Status, Window};
use super::*;
use crate::accounts::user_context;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::shell::flash;
use crate::shell::forms::{error_of, FieldMessage, FormAlert, InputField};
use crate::t;
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
    let lang = crate::i18n::current();
    let user = user_context();
    let star = crate::shell::flash::action::<StarForumSession>();
    let edition = Resource::new(
        move || (user.version.get(), star.version().get()),
        |_| forum_edition(),
    );
    view! {
        <Title text=t!(lang, "forum-page-title") />
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "forum-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let e = edition.await?;
                Ok::<_, AppError>(view! { <EditionSection e star /> })
            }))}
        </Transition>
    }
}

#[component]
fn EditionSection(e: EditionView, star: ServerAction<StarForumSession>) -> impl IntoView {
    let lang = crate::i18n::current();
    let status = match e.window {
        Window::NotYetOpen => t!(lang, "forum-window-not-open", date = e.opens.as_str()),
        Window::Closed => t!(lang, "forum-window-closed", date = e.closes.as_str()),
        Window::Open if e.places_left > 0 => t!(
            lang,
            "forum-window-open",
            date = e.closes.as_str(),
            count = e.places_left
        ),
        Window::Open => t!(lang, "forum-window-full", date = e.closes.as_str()),
    };
    let open = e.window == Window::Open;
    let mine: Vec<AgendaSession> = e.agenda.iter().filter(|s| s.starred).cloned().collect();
    let signed_in = e.signed_in;
    view! {
        <h1>{e.title.clone()}</h1>
        <p class="lead">{t!(lang, "forum-dates-venue", dates = e.dates.as_str(), venue = e.venue.as_str())}</p>
        <p class=if open { "notice" } else { "panel panel--warning" } id="forum-window">{status}</p>
        <p><a href="/awards">{t!(lang, "forum-awards-link")}</a></p>
        {open.then(|| view! { <RegistrationForm e=e.clone() /> })}
        <h2 id="agenda">{t!(lang, "forum-agenda")}</h2>
        <p class="muted">{t!(lang, "forum-agenda-times", zone = e.time_zone.as_str())}
            {(!signed_in).then(|| format!(" {}", t!(lang, "forum-agenda-sign-in")))}</p>
        {signed_in.then(|| view! {
            <section aria-labelledby="my-agenda">
                <h3 id="my-agenda">{t!(lang, "forum-my-agenda")}</h3>
                {if mine.is_empty() {
                    view! { <p class="muted">{t!(lang, "forum-my-agenda-empty")}</p> }.into_any()
                } else {
                    view! { <ul class="plain-list">{mine.into_iter().map(|s| view! { <li>{t!(lang, "forum-my-agenda-item", when = s.when.as_str(), title = s.title.as_str(), room = s.room.as_str())}</li> }).collect_view()}</ul> }.into_any()
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
                                {if s.starred { t!(lang, "forum-starred") } else { t!(lang, "forum-star") }}
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
    let lang = crate::i18n::current();
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
                        <h2>{t!(lang, "forum-thank-you")}</h2>
                        <p>{done.as_ref().map(|d| d.message.clone())}</p>
                        {done.as_ref().and_then(|d| d.badge_code.clone()).map(|code| view! {
                            <p><a class="button" href=format!("/forum/badge/{code}")>{t!(lang, "forum-open-my-badge")}</a></p>
                        })}
                        {done.and_then(|d| d.personal_code).map(|code| view! { <PersonalCode code /> })}
                    </div>
                }
            }
        >
            <section aria-labelledby="register-title">
                <h2 id="register-title">{t!(lang, "forum-register")}</h2>
                <ActionForm action=register attr:class="form" attr:novalidate=true>
                    <FormAlert error />
                    <InputField form="forum" name="name" label=t!(lang, "forum-field-name") error autocomplete="name" value=name.get_value() />
                    <div class="field">
                        <label for="forum-email">{t!(lang, "forum-field-email")}</label>
                        <input id="forum-email" name="email" type="email" autocomplete="email" required=true
                            value=email.get_untracked() prop:value=move || email.get() on:input=move |ev| email.set(event_target_value(&ev)) />
                        <FieldMessage error field="email" />
                    </div>
                    <InputField form="forum" name="organization" label=t!(lang, "forum-field-organization") error autocomplete="organization" value=org.get_value() />
                    <div class="field">
                        <label for="forum-attendee_type">{t!(lang, "forum-field-attendee-type")}</label>
                        <select id="forum-attendee_type" name="attendee_type" required=true>
                            <option value="">{t!(lang, "forum-choose")}</option>
                            {AttendeeType::ALL.into_iter().map(|kind| view! { <option value=kind.as_code()>{kind.label(lang)}</option> }).collect_view()}
                        </select>
                        <FieldMessage error field="attendee_type" />
                    </div>
                    {questions.get_value().into_iter().map(|q| view! { <QuestionField q all=questions.get_value() answers error /> }).collect_view()}
                    <button type="submit" class="button" disabled=move || register.pending().get()>
                        {move || if register.pending().get() { t!(lang, "forum-registering") } else { t!(lang, "forum-register") }}
                    </button>
                </ActionForm>
                <Show when=duplicate>
                    <ActionForm action=resend attr:class="form form--inline" attr:id="forum-resend">
                        <input type="hidden" name="email" value=move || email.get() />
                        <button type="submit" class="button button--secondary">{t!(lang, "forum-resend")}</button>
                        <Show when=move || matches!(resend.value().get(), Some(Ok(())))>
                            <p class="form__success" role="status">{t!(lang, "forum-resend-sent")}</p>
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
    let lang = crate::i18n::current();
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
    let label = if q.required {
        q.prompt.clone()
    } else {
        t!(
            lang,
            "forum-question-optional",
            question = q.prompt.as_str()
        )
    };
    let input = match q.kind {
        QuestionKind::Text => view! {
            <label for=id.clone()>{label}</label>
            <input id=id.clone() name=name.clone() type="text" on:input=move |ev| remember(event_target_value(&ev)) />
        }
        .into_any(),
        QuestionKind::Choice => view! {
            <label for=id.clone()>{label}</label>
            <select id=id.clone() name=name.clone() on:change=move |ev| remember(event_target_value(&ev))>
                <option value="">{t!(lang, "forum-choose")}</option>
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
                            {if v == "yes" { t!(lang, "forum-yes") } else { t!(lang, "forum-no") }}
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
    let lang = crate::i18n::current();
    let query = use_query_map();
    let token = move || query.with(|q| q.get("token").unwrap_or_default());
    let confirm = crate::shell::flash::action::<ConfirmForumRegistration>();
    let result = confirm.value();
    let error = error_of(result);
    view! {
        <Title text=t!(lang, "forum-confirm-title") />
        <h1>{t!(lang, "forum-confirm-heading")}</h1>
        <Show
            when=move || !matches!(result.get(), Some(Ok(_)))
            fallback=move || {
                let done = result.get().and_then(Result::ok);
                view! {
                    <div class="panel panel--success" role="status" id="forum-confirmed">
                        <h2>{t!(lang, "forum-email-confirmed")}</h2>
                        <p>{done.as_ref().map(|d| d.message.clone())}</p>
                        {done.as_ref().and_then(|d| d.badge_code.clone()).map(|code| view! {
                            <p><a class="button" href=format!("/forum/badge/{code}")>{t!(lang, "forum-open-my-badge")}</a></p>
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
                <p>{t!(lang, "forum-confirm-text")}</p>
                <button type="submit" class="button" disabled=move || confirm.pending().get()>{t!(lang, "forum-confirm-button")}</button>
            </ActionForm>
        </Show>
    }
}

#[component]
pub fn BadgePage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| params.with(|p| p.get("code").unwrap_or_default()));
    let badge = Resource::new(move || code.get(), forum_badge);
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "forum-badge-title") />
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "forum-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                Ok::<_, AppError>(match badge.await? {
                    // The badge itself is in the registration's language, as printed (the
                    // secretariat reprinting it reads the attendee's badge); the page around it
                    // in the reader's.
                    Some(b) => {
                        let admitted = b.status == Status::Registered.as_code();
                        view! {
                            <article class="badge" aria-labelledby="badge-name" lang=b.lang.as_code()>
                                <p class="badge__event">{t!(b.lang, "forum-badge-event", edition = b.edition.as_str(), dates = b.dates.as_str())}</p>
                                <h1 id="badge-name" class="badge__name">{b.name.clone()}</h1>
                                <p class="badge__org">{b.organization.clone()}</p>
                                <p class="badge__type">{b.attendee_type.clone()}</p>
                                <div class="badge__code" inner_html=b.qr_svg.clone()></div>
                                <p class="muted certificate-code">{t!(b.lang, "forum-badge-code", code = b.code.as_str())}</p>
                                {(!admitted).then(|| view! { <p class="panel panel--warning">{t!(b.lang, "forum-badge-not-admitted", status = b.status_label.as_str())}</p> })}
                                <p class="muted">{b.venue.clone()}</p>
                            </article>
                            <p class="badge__actions no-print">
                                <button type="button" class="button button--secondary" data-print>{t!(lang, "forum-badge-print")}</button>
                                " "
                                <a class="button button--secondary" href=format!("/forum/badge/{}/badge.pdf", b.code)>{t!(lang, "forum-badge-download-pdf")}</a>
                            </p>
                            // The badge is shown and photographed: voting and cancelling need the
                            // personal code from the registration email instead.
                            {admitted.then(|| view! {
                                <p class="muted no-print">{t!(lang, "forum-badge-personal-links")}</p>
                            })}
                        }
                        .into_any()
                    }
                    None => {
                        // Unknown, or not confirmed yet: a 404, never a page that looks found.
                        crate::shell::set_page_status(http::StatusCode::NOT_FOUND);
                        view! {
                            <section class="panel panel--error">
                                <h1>{t!(lang, "forum-no-badge")}</h1>
                                <p>{t!(lang, "forum-no-badge-text")}</p>
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
    let lang = crate::i18n::current();
    view! {
        <div class="personal-code" id="forum-personal-code">
            <h3>{t!(lang, "forum-personal-code")}</h3>
            <p class="personal-code__value receipt-code">{code.clone()}</p>
            <p>{t!(lang, "forum-personal-code-text")}</p>
            <p><a class="button button--secondary" href=format!("/awards/vote/{code}")>{t!(lang, "forum-my-voting-link")}</a></p>
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
    let lang = crate::i18n::current();
    let cancel = crate::shell::flash::action::<CancelForumRegistration>();
    let result = cancel.value();
    let error = error_of(result);
    view! {
        <Title text=t!(lang, "forum-cancel-title") />
        <h1>{t!(lang, "forum-cancel-heading")}</h1>
        <Show
            when=move || !matches!(result.get(), Some(Ok(())))
            fallback=move || view! {
                <div class="panel panel--success" role="status" id="forum-cancelled">
                    <h2>{t!(lang, "forum-cancelled")}</h2>
                    <p>{t!(lang, "forum-cancelled-text")}</p>
                </div>
            }
        >
            <Transition fallback=move || view! { <p class="muted">{t!(lang, "forum-loading")}</p> }>
                {move || Suspend::new(crate::shell::or_error_panel(async move {
                    let c = whose.await?;
                    Ok::<_, AppError>(view! {
                        <ActionForm action=cancel attr:class="form">
                            <FormAlert error />
                            <input type="hidden" name="code" value=code.get_untracked() />
                            <p>{t!(lang, "forum-cancel-whose", name = c.name.as_str(), edition = c.edition.as_str())}</p>
                            <p>{t!(lang, "forum-cancel-text")}</p>
                            <FieldMessage error field="code" />
                            <button type="submit" class="button button--danger" disabled=move || cancel.pending().get()>{t!(lang, "forum-cancel-button")}</button>
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
    let lang = crate::i18n::current();
    // The desk's script (venue.js) says what it does offline with these texts: `{name}` and the
    // like are filled in by the script, so each language keeps its own word order.
    let texts = DeskTexts::new(lang);
    view! {
        <Title text=t!(lang, "forum-checkin-title") />
        <h1>{t!(lang, "forum-checkin-heading")}</h1>
        <Transition fallback=|| view! { <p class="muted">"…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let c = count.await?;
                Ok::<_, AppError>(view! {
                    <p class="lead" id="forum-count" aria-live="polite">{t!(lang, "forum-checkin-count", checked_in = c.checked_in.to_string(), registered = c.registered.to_string())}</p>
                })
            }))}
        </Transition>
        <super::scanner::BadgeScanner />
        <ActionForm action=check attr:class="form" attr:novalidate=true attr:data-check-in=true
            attr:data-text-count=texts.count attr:data-text-empty=texts.empty attr:data-text-queued=texts.queued
            attr:data-text-checked-in=texts.checked_in attr:data-text-waiting=texts.waiting attr:data-text-synced=texts.synced
            attr:data-text-sync-problem=texts.sync_problem attr:data-text-unauthenticated=texts.unauthenticated
            attr:data-text-forbidden=texts.forbidden attr:data-text-internal=texts.internal>
            <div class="field">
                <label for="checkin-code">{t!(lang, "forum-checkin-code")}</label>
                <input id="checkin-code" name="code" type="text" autocomplete="off" autocapitalize="off" spellcheck="false" required=true
                    aria-describedby="checkin-code-hint" />
                <p class="field__hint" id="checkin-code-hint">{t!(lang, "forum-checkin-code-hint")}</p>
                <FieldMessage error field="code" />
            </div>
            <button type="submit" class="button">{t!(lang, "forum-checkin-button")}</button>
        </ActionForm>
        <div aria-live="assertive" id="checkin-result">
            {move || match result.get() {
                Some(Ok(c)) => Some(view! { <p class="panel panel--success">{t!(lang, "forum-checkin-done", name = c.name.as_str(), organization = c.organization.as_str())}</p> }.into_any()),
                Some(Err(AppError::Invalid(_))) | None => None,
                Some(Err(e)) => Some(view! { <p class="panel panel--error">{e.to_string()}</p> }.into_any()),
            }}
        </div>
        <section class="sync-queue" id="checkin-queue" aria-labelledby="checkin-queue-title" hidden=true>
            <h2 id="checkin-queue-title">{t!(lang, "forum-queue-title")}</h2>
            <p class="muted">{t!(lang, "forum-queue-text")}</p>
            <ul class="plain-list" data-queue-list></ul>
        </section>
    }
}

/// The check-in desk's texts for venue.js, with `{placeholders}` the script fills in.
struct DeskTexts {
    count: String,
    empty: String,
    queued: String,
    checked_in: String,
    waiting: String,
    synced: String,
    sync_problem: String,
    unauthenticated: String,
    forbidden: String,
    internal: String,
}

impl DeskTexts {
    fn new(lang: Lang) -> DeskTexts {
        DeskTexts {
            count: t!(
                lang,
                "forum-checkin-count",
                checked_in = "{checked_in}",
                registered = "{registered}"
            ),
            empty: t!(lang, "forum-desk-empty-code"),
            queued: t!(lang, "forum-desk-queued", code = "{code}", time = "{time}"),
            checked_in: t!(
                lang,
                "forum-checkin-done",
                name = "{name}",
                organization = "{organization}"
            ),
            waiting: t!(lang, "forum-desk-waiting", code = "{code}", time = "{time}"),
            synced: t!(
                lang,
                "forum-desk-synced",
                name = "{name}",
                organization = "{organization}",
                time = "{time}"
            ),
            sync_problem: t!(lang, "forum-desk-sync-problem", problem = "{problem}"),
            unauthenticated: t!(lang, "error-unauthenticated"),
            forbidden: t!(lang, "error-forbidden"),
            internal: t!(lang, "error-internal"),
        }
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
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "forum-admin-title") />
        <h1>{t!(lang, "forum-admin-title")}</h1>
        <p><a href="/forum/check-in">{t!(lang, "forum-admin-desk-link")}</a></p>
        <form method="get" class="filters form--inline">
            <label for="filter-status">{t!(lang, "forum-column-status")}</label>
            <select id="filter-status" name="status">
                <option value="">{t!(lang, "forum-filter-all")}</option>
                {Status::ALL.into_iter().map(|s| view! { <option value=s.as_code() selected=move || status() == s.as_code()>{s.label(lang)}</option> }).collect_view()}
            </select>
            <label for="filter-type">{t!(lang, "forum-column-attendee-type")}</label>
            <select id="filter-type" name="attendee_type">
                <option value="">{t!(lang, "forum-filter-all")}</option>
                {AttendeeType::ALL.into_iter().map(|t| view! { <option value=t.as_code() selected=move || kind() == t.as_code()>{t.label(lang)}</option> }).collect_view()}
            </select>
            <button type="submit" class="button button--secondary">{t!(lang, "forum-filter")}</button>
        </form>
        <p class="button-row">
            <a class="button button--secondary" rel="external" href=move || format!("/forum/registrants.csv?{}", crate::query_string::build([("status", status()), ("attendee_type", kind())]))>{t!(lang, "forum-export-csv")}</a>
            <a class="button button--secondary" rel="external" href=move || format!("/forum/registrants.xlsx?{}", crate::query_string::build([("status", status()), ("attendee_type", kind())]))>{t!(lang, "forum-export-xlsx")}</a>
        </p>
        <FormAlert error=decide_error />
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "forum-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let rows = rows.await?;
                Ok::<_, AppError>(view! {
                    <p class="muted">{t!(lang, "forum-registrant-count", count = rows.len())}</p>
                    <div class="table-wrap">
                        <table class="table">
                            <thead><tr>
                                <th>{t!(lang, "forum-column-name")}</th><th>{t!(lang, "forum-column-organization")}</th>
                                <th>{t!(lang, "forum-column-type")}</th><th>{t!(lang, "forum-column-status")}</th>
                                <th>{t!(lang, "forum-column-checked-in")}</th><th>{t!(lang, "forum-column-answers")}</th>
                                <th>{t!(lang, "forum-column-actions")}</th>
                            </tr></thead>
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
                                                <a href=format!("/forum/badge/{}", r.badge_code)>{t!(lang, "forum-admin-badge-link")}</a>
                                                {pending.then(|| view! { <DecideButton action=decide id=r.id decision="approve" label=t!(lang, "forum-approve") /> })}
                                                {active.then(|| view! { <DecideButton action=decide id=r.id decision="reject" label=t!(lang, "forum-reject") /> })}
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
        <h2>{t!(lang, "forum-question-add-title")}</h2>
        <ActionForm action=add attr:class="form" attr:novalidate=true>
            <FormAlert error=add_error />
            <InputField form="question" name="prompt" label=t!(lang, "forum-question-prompt") error=add_error />
            <div class="field">
                <label for="question-kind">{t!(lang, "forum-question-kind")}</label>
                <select id="question-kind" name="kind">
                    <option value="text">{t!(lang, "forum-question-kind-text")}</option>
                    <option value="choice">{t!(lang, "forum-question-kind-choice")}</option>
                    <option value="yes_no">{t!(lang, "forum-question-kind-yes-no")}</option>
                </select>
            </div>
            <div class="field">
                <label for="question-choices">{t!(lang, "forum-question-choices")}</label>
                <textarea id="question-choices" name="choices" rows="3"></textarea>
                <FieldMessage error=add_error field="choices" />
            </div>
            <label class="check"><input type="checkbox" name="required" value="on" />{format!(" {}", t!(lang, "forum-question-required"))}</label>
            <InputField form="question" name="shown_if_question" label=t!(lang, "forum-question-shown-if") error=add_error required=false inputmode="numeric" />
            <InputField form="question" name="shown_if_answer" label=t!(lang, "forum-question-shown-if-answer") error=add_error required=false />
            <button type="submit" class="button">{t!(lang, "forum-question-add")}</button>
            <Show when=move || matches!(add.value().get(), Some(Ok(_)))>
                <p class="form__success" role="status">{t!(lang, "forum-added")}</p>
            </Show>
        </ActionForm>
    }
}

#[component]
fn DecideButton(
    action: ServerAction<DecideForumRegistration>,
    id: i32,
    decision: &'static str,
    label: String,
) -> impl IntoView {
    view! {
        <ActionForm action attr:class="inline-form">
            <input type="hidden" name="id" value=id.to_string() />
            <input type="hidden" name="decision" value=decision />
            <button type="submit" class="link-button">{label}</button>
        </ActionForm>
    }
}
