//! The outbox, on the admin page: every message with where it stands. With a mail server,
//! failed messages (and why) come first, each with "Send again"; without one, messages are
//! kept here for the demo, except the body of one holding a private link, which only its
//! recipient reads (on their account page).

use crate::error::AppError;
use crate::i18n::Lang;
use crate::mail::{DeliveryStatus, OutboxMessage};
use crate::shell::forms::FormAlert;
use crate::t;
use leptos::prelude::*;

/// Messages the panel lists.
#[cfg(feature = "ssr")]
const SHOWN: u64 = 50;

/// The newest outbox messages, failed ones first (secretariat admins only).
#[server(prefix = "/api", endpoint = "admin/outbox")]
pub async fn outbox_messages() -> Result<Vec<OutboxMessage>, AppError> {
    let admin =
        crate::accounts::auth::require_role(crate::accounts::Role::SecretariatAdmin).await?;
    let state = use_context::<crate::state::AppState>().ok_or(AppError::Internal)?;
    let kept_in_app = !state.mailer.delivers();
    Ok(crate::mail::queries::newest(&state.db, SHOWN, &admin.email, kept_in_app).await?)
}

/// Queues a failed message again, due now with a fresh count of attempts.
#[server(prefix = "/api", endpoint = "admin/outbox/resend")]
#[tracing::instrument]
pub async fn resend_message(id: i32) -> Result<(), AppError> {
    crate::accounts::auth::require_role(crate::accounts::Role::SecretariatAdmin).await?;
    let db = crate::state::db()?;
    if crate::mail::worker::resend(&db, id).await? {
        tracing::info!(message = id, "mail queued again by an admin");
        Ok(())
    } else {
        Err(AppError::Conflict(t!(
            crate::i18n::current(),
            "admin-outbox-not-failed"
        )))
    }
}

fn when(lang: Lang, at: chrono::DateTime<chrono::Utc>) -> String {
    t!(
        lang,
        "admin-outbox-when",
        date = crate::i18n::format::date_medium(lang, at.date_naive()),
        time = crate::i18n::format::time(lang, at.time())
    )
}

/// Where a message stands, in words.
fn standing(m: &OutboxMessage, lang: Lang) -> String {
    match m.status {
        DeliveryStatus::Queued if m.kept_in_app => t!(lang, "admin-outbox-kept"),
        DeliveryStatus::Queued if m.attempts > 0 => {
            t!(lang, "admin-outbox-retrying", attempts = m.attempts)
        }
        DeliveryStatus::Queued => t!(lang, "admin-outbox-waiting"),
        DeliveryStatus::Sending => t!(lang, "admin-outbox-sending"),
        DeliveryStatus::Sent => match m.sent_at {
            Some(at) => t!(lang, "admin-outbox-sent-at", when = when(lang, at)),
            None => t!(lang, "admin-outbox-sent"),
        },
        DeliveryStatus::Failed => t!(lang, "admin-outbox-failed", attempts = m.attempts),
    }
}

#[component]
pub fn OutboxPanel() -> impl IntoView {
    let resend = crate::shell::flash::action::<ResendMessage>();
    let messages = Resource::new(move || resend.version().get(), |_| outbox_messages());
    let resend_error = Signal::derive(move || resend.value().get().and_then(Result::err));
    let lang = crate::i18n::current();
    view! {
        <section class="panel" aria-labelledby="outbox-heading">
            <h2 id="outbox-heading">{t!(lang, "admin-outbox-title")}</h2>
            <p class="muted">{t!(lang, "admin-outbox-lead")}</p>
            <FormAlert error=resend_error />
            <Transition fallback=move || view! { <p class="muted">{t!(lang, "admin-loading")}</p> }>
                {move || Suspend::new(crate::shell::or_error_panel(async move {
                    let messages = messages.await?;
                    Ok::<_, AppError>(if messages.is_empty() {
                        view! { <p>{t!(lang, "admin-outbox-empty")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="card-list">
                                {messages.into_iter().map(|m| {
                                    let standing = standing(&m, lang);
                                    let failed = m.status == DeliveryStatus::Failed;
                                    let files = (!m.files.is_empty()).then(|| t!(lang, "admin-outbox-files", files = m.files.join(", ")));
                                    view! {
                                        <li class="card outbox-message">
                                            <h3 class="card__title">{m.subject}</h3>
                                            <p class="card__meta">{t!(lang, "admin-outbox-to", recipient = m.recipient.clone(), when = when(lang, m.created_at))}</p>
                                            <p class="card__meta"><strong>{standing}</strong></p>
                                            {m.last_error.map(|e| view! { <p class="outbox-message__error">{t!(lang, "admin-outbox-why", error = e)}</p> })}
                                            {failed.then(|| view! {
                                                <ActionForm action=resend attr:class="form form--inline">
                                                    <input type="hidden" name="id" value=m.id.to_string() />
                                                    <button type="submit" class="button button--secondary">{t!(lang, "admin-outbox-send-again")}</button>
                                                </ActionForm>
                                            })}
                                            {files.map(|f| view! { <p class="card__meta">{f}</p> })}
                                            <pre class="outbox-message__body">{m.body}</pre>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    })
                }))}
            </Transition>
        </section>
    }
}
