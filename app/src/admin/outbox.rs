//! The outbox, on the admin page: messages kept because no mail server is configured.

use crate::error::AppError;
use crate::mail::OutboxMessage;
use leptos::prelude::*;

/// The newest outbox messages (secretariat admins only: they hold password-reset links).
#[server(prefix = "/api", endpoint = "admin/outbox")]
pub async fn outbox_messages() -> Result<Vec<OutboxMessage>, AppError> {
    crate::accounts::auth::require_role(crate::accounts::Role::SecretariatAdmin).await?;
    let db = crate::state::db()?;
    Ok(crate::mail::entity::newest(&db, 50).await?)
}

#[component]
pub fn OutboxPanel() -> impl IntoView {
    let messages = Resource::new(|| (), |_| outbox_messages());
    view! {
        <section class="panel" aria-labelledby="outbox-heading">
            <h2 id="outbox-heading">"Mail outbox"</h2>
            <p class="muted">"Without an SMTP server, messages (such as password-reset links) wait here. Pass them on to their recipient by a channel you trust."</p>
            <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
                {move || Suspend::new(crate::shell::or_error_panel(async move {
                    let messages = messages.await?;
                    Ok::<_, AppError>(if messages.is_empty() {
                        view! { <p>"The outbox is empty."</p> }.into_any()
                    } else {
                        view! {
                            <ul class="card-list">
                                {messages.into_iter().map(|m| view! {
                                    <li class="card outbox-message">
                                        <h3 class="card__title">{m.subject}</h3>
                                        <p class="card__meta">{format!("To {} · {}", m.recipient, m.created_at.format("%Y-%m-%d %H:%M UTC"))}</p>
                                        <pre class="outbox-message__body">{m.body}</pre>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    })
                }))}
            </Transition>
        </section>
    }
}
