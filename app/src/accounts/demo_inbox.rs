//! The demo inbox, on the account page: without a mail server, the messages the site kept for
//! the signed-in person (a confirmation, a reset link), so a demo works end to end. Each person
//! sees only the messages addressed to their own email.

use crate::error::AppError;
use crate::mail::OutboxMessage;
use leptos::prelude::*;

/// Messages the inbox lists.
#[cfg(feature = "ssr")]
const SHOWN: u64 = 20;

/// The signed-in person's own kept messages, newest first; `None` when a mail server delivers
/// them (the inbox is then the person's real one).
#[server(prefix = "/api", endpoint = "accounts/demo_inbox")]
pub async fn kept_messages_for_me() -> Result<Option<Vec<OutboxMessage>>, AppError> {
    let user = super::auth::require_user().await?;
    let state = use_context::<crate::state::AppState>().ok_or(AppError::Internal)?;
    if state.mailer.delivers() {
        return Ok(None);
    }
    Ok(Some(
        crate::mail::queries::addressed_to(&state.db, &user.email, SHOWN).await?,
    ))
}

#[component]
pub fn DemoInbox() -> impl IntoView {
    let messages = Resource::new(|| (), |_| kept_messages_for_me());
    let lang = crate::i18n::current();
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match messages.await {
                    Ok(Some(messages)) => view! {
                        <section class="panel" aria-labelledby="demo-inbox-heading">
                            <h2 id="demo-inbox-heading">{crate::t!(lang, "accounts-inbox-title")}</h2>
                            <p class="muted">{crate::t!(lang, "accounts-inbox-lead")}</p>
                            {if messages.is_empty() {
                                view! { <p>{crate::t!(lang, "accounts-inbox-empty")}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="card-list">
                                        {messages.into_iter().map(|m| view! {
                                            <li class="card outbox-message">
                                                <h3 class="card__title">{m.subject}</h3>
                                                <p class="card__meta">{crate::t!(
                                                    lang,
                                                    "accounts-inbox-when",
                                                    date = crate::i18n::format::date_medium(lang, m.created_at.date_naive()),
                                                    time = crate::i18n::format::time(lang, m.created_at.time())
                                                )}</p>
                                                <pre class="outbox-message__body">{m.body}</pre>
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                        </section>
                    }.into_any(),
                    Ok(None) => ().into_any(),
                    Err(e) => view! { <p class="muted">{e.to_string()}</p> }.into_any(),
                }
            })}
        </Transition>
    }
}
