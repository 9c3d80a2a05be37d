//! Confirming an email address: the page the emailed link opens, the "send the link again"
//! offer to an unconfirmed account, and changing one's address.

use super::CurrentUser;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::limits::{Rule, Subject};
use crate::shell::forms::{FormAlert, InputField};
#[cfg(feature = "ssr")]
use crate::state::limits;
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

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
        return Err(AppError::Conflict(crate::t!(
            crate::i18n::current(),
            "accounts-already-confirmed"
        )));
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
    let email = super::normalize_email(&email, crate::i18n::current())
        .map_err(|m| AppError::field("email", m))?;
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
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "accounts-confirm-title") />
        <h1>{t!(lang, "accounts-confirm-title")}</h1>
        <Show
            when=move || !matches!(result.get(), Some(Ok(_)))
            fallback=move || {
                let email = result.get().and_then(Result::ok).unwrap_or_default();
                view! {
                    <div class="panel panel--success" role="status" id="email-confirmed">
                        <p>{t!(lang, "accounts-confirmed")}</p>
                        <p class="muted">{email}</p>
                        <Transition fallback=|| ()>
                            {move || Suspend::new(async move {
                                match context.user.await {
                                    Ok(Some(_)) => view! { <A href="/account" attr:class="button">{t!(lang, "accounts-your-account")}</A> }.into_any(),
                                    _ => view! { <A href="/sign-in" attr:class="button">{t!(lang, "accounts-sign-in")}</A> }.into_any(),
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
                <p>{t!(lang, "accounts-confirm-press")}</p>
                <button type="submit" class="button" disabled=move || confirm.pending().get()>{t!(lang, "accounts-confirm-button")}</button>
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
    let lang = crate::i18n::current();
    view! {
        <section class="panel panel--warning" aria-labelledby="unconfirmed-heading" id="email-not-confirmed">
            <h2 id="unconfirmed-heading">{t!(lang, "accounts-not-confirmed-yet")}</h2>
            <p>{t!(lang, "accounts-not-confirmed-text", email = user.email)}</p>
            <ActionForm action=resend attr:class="form">
                <FormAlert error />
                {move || sent().map(|email| view! {
                    <p class="panel panel--success" role="status">{t!(lang, "accounts-link-resent", email = email)}</p>
                })}
                <button type="submit" class="button button--secondary">{t!(lang, "accounts-resend-button")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn ChangeEmailForm() -> impl IntoView {
    let change = crate::shell::flash::action::<ChangeEmail>();
    let error = Signal::derive(move || change.value().get().and_then(Result::err));
    let sent = move || change.value().get().and_then(Result::ok);
    let lang = crate::i18n::current();
    view! {
        <h2>{t!(lang, "accounts-change-email-title")}</h2>
        <p class="muted">{t!(lang, "accounts-change-email-lead")}</p>
        <ActionForm action=change attr:class="form" attr:novalidate=true>
            <FormAlert error />
            {move || sent().map(|email| view! {
                <p class="panel panel--success" role="status">{t!(lang, "accounts-change-email-sent", email = email)}</p>
            })}
            <InputField form="change-email" name="email" label=t!(lang, "accounts-new-email") error kind="email" autocomplete="email" />
            <button type="submit" class="button">{t!(lang, "accounts-change-email-button")}</button>
        </ActionForm>
    }
}
