//! Confirming an email address: the page the emailed link opens, the "send the link again"
//! offer to an unconfirmed account, and changing one's address.

use super::CurrentUser;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::limits::{Rule, Subject};
use crate::shell::forms::{FormAlert, InputField};
#[cfg(feature = "ssr")]
use crate::state::limits;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

/// What an unconfirmed account is told on its account page.
pub const NOT_CONFIRMED_YET: &str = "Your email address is not confirmed yet";

/// Uses the token of a confirmation link (once); answers the confirmed address.
#[server(prefix = "/api", endpoint = "accounts/confirm_email")]
#[tracing::instrument(skip(token))]
pub async fn confirm_email(token: String) -> Result<String, AppError> {
    // No limit: a token is 128 random bits, not guessed in any number of tries.
    let db = crate::state::db()?;
    super::confirmation::confirm(&db, &token, chrono::Utc::now()).await
}

/// A fresh confirmation link to the signed-in, unconfirmed person (older links stop working).
#[server(prefix = "/api", endpoint = "accounts/resend_confirmation")]
#[tracing::instrument]
pub async fn resend_confirmation() -> Result<String, AppError> {
    let state = super::app_state()?;
    let user = super::auth::require_account().await?;
    if user.email_verified {
        return Err(AppError::Conflict(
            "Your email address is already confirmed.".to_owned(),
        ));
    }
    limits::check(&[
        (Rule::ResendsByAddress, Subject::Client),
        (Rule::ResendsByEmail, Subject::Email(&user.email)),
    ])
    .await?;
    super::confirmation::resend(&state.db, user.id, &state.site.public_base_url).await?;
    Ok(user.email)
}

/// Asks to move the signed-in person's account to `email`; answers the new address. The
/// change happens when the link sent there is opened.
#[server(prefix = "/api", endpoint = "accounts/change_email")]
#[tracing::instrument]
pub async fn change_email(email: String) -> Result<String, AppError> {
    let state = super::app_state()?;
    let user = super::auth::require_account().await?;
    let email = super::normalize_email(&email).map_err(|m| AppError::field("email", m))?;
    limits::check(&[
        (Rule::ResendsByAddress, Subject::Client),
        (Rule::ResendsByEmail, Subject::Email(&email)),
    ])
    .await?;
    super::confirmation::request_change(&state.db, user.id, &email, &state.site.public_base_url)
        .await?;
    Ok(email)
}

#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let query = use_query_map();
    let token = move || query.with(|q| q.get("token").unwrap_or_default());
    let confirm = crate::shell::flash::action::<ConfirmEmail>();
    let result = confirm.value();
    let error = Signal::derive(move || result.get().and_then(Result::err));
    let context = super::user_context();
    view! {
        <Title text="Confirm your email address" />
        <h1>"Confirm your email address"</h1>
        <Show
            when=move || !matches!(result.get(), Some(Ok(_)))
            fallback=move || {
                let email = result.get().and_then(Result::ok).unwrap_or_default();
                view! {
                    <div class="panel panel--success" role="status" id="email-confirmed">
                        <p>"Your email address is confirmed."</p>
                        <p class="muted">{email}</p>
                        <Transition fallback=|| ()>
                            {move || Suspend::new(async move {
                                match context.user.await {
                                    Ok(Some(_)) => view! { <A href="/account" attr:class="button">"Your account"</A> }.into_any(),
                                    _ => view! { <A href="/sign-in" attr:class="button">"Sign in"</A> }.into_any(),
                                }
                            })}
                        </Transition>
                    </div>
                }
            }
        >
            // A button, not a GET: mail scanners that open links must not use up the token.
            <ActionForm action=confirm attr:class="form">
                <FormAlert error />
                <input type="hidden" name="token" value=token />
                <p>"Press the button to confirm your email address."</p>
                <button type="submit" class="button" disabled=move || confirm.pending().get()>"Confirm my email address"</button>
            </ActionForm>
        </Show>
    }
}

/// On the account page of an unconfirmed account: why it holds nothing yet, and the offer to
/// send the link again.
#[component]
pub fn EmailNotConfirmed(user: CurrentUser) -> impl IntoView {
    let resend = crate::shell::flash::action::<ResendConfirmation>();
    let error = Signal::derive(move || resend.value().get().and_then(Result::err));
    let sent = move || resend.value().get().and_then(Result::ok);
    view! {
        <section class="panel panel--warning" aria-labelledby="unconfirmed-heading" id="email-not-confirmed">
            <h2 id="unconfirmed-heading">{NOT_CONFIRMED_YET}</h2>
            <p>{format!("We sent a link to {}. Until you open it, your account cannot take part: no registrations, no members' content, no roles.", user.email)}</p>
            <ActionForm action=resend attr:class="form">
                <FormAlert error />
                {move || sent().map(|email| view! {
                    <p class="panel panel--success" role="status">{format!("A new link is on its way to {email}. Older links no longer work.")}</p>
                })}
                <button type="submit" class="button button--secondary">"Send the link again"</button>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn ChangeEmailForm() -> impl IntoView {
    let change = crate::shell::flash::action::<ChangeEmail>();
    let error = Signal::derive(move || change.value().get().and_then(Result::err));
    let sent = move || change.value().get().and_then(Result::ok);
    view! {
        <h2>"Change your email address"</h2>
        <p class="muted">"We send a link to the new address; it takes the place of the old one once you open it."</p>
        <ActionForm action=change attr:class="form" attr:novalidate=true>
            <FormAlert error />
            {move || sent().map(|email| view! {
                <p class="panel panel--success" role="status">{format!("We sent a link to {email}. Open it to confirm your new address.")}</p>
            })}
            <InputField form="change-email" name="email" label="New email address" error kind="email" autocomplete="email" />
            <button type="submit" class="button">"Change email address"</button>
        </ActionForm>
    }
}
