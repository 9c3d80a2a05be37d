//! "Forgot your password?" and the page its emailed link opens.

use super::{RequestPasswordReset, ResetPassword, PASSWORD_MIN_CHARS};
use crate::shell::forms::{FormAlert, InputField};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let action = crate::shell::flash::action::<RequestPasswordReset>();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let sent = move || matches!(action.value().get(), Some(Ok(())));
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "accounts-forgot-title") />
        <h1>{t!(lang, "accounts-forgot-title")}</h1>
        <Show
            when=sent
            fallback=move || view! {
                <p class="lead">{t!(lang, "accounts-forgot-lead")}</p>
                <ActionForm action attr:class="form" attr:novalidate=true>
                    <FormAlert error />
                    <InputField form="forgot" name="email" label=t!(lang, "accounts-email") error kind="email" autocomplete="email" />
                    <button type="submit" class="button" disabled=move || action.pending().get()>{t!(lang, "accounts-forgot-send")}</button>
                    <p><A href="/sign-in">{t!(lang, "accounts-back-to-sign-in")}</A></p>
                </ActionForm>
            }
        >
            <div class="panel panel--success" role="status">
                <p>{t!(lang, "accounts-forgot-sent")}</p>
                <p><A href="/sign-in">{t!(lang, "accounts-back-to-sign-in")}</A></p>
            </div>
        </Show>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let query = use_query_map();
    let token = move || query.with(|q| q.get("token").unwrap_or_default());
    let action = crate::shell::flash::action::<ResetPassword>();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let done = move || matches!(action.value().get(), Some(Ok(())));
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "accounts-reset-title") />
        <h1>{t!(lang, "accounts-reset-title")}</h1>
        <Show
            when=done
            fallback=move || view! {
                <ActionForm action attr:class="form" attr:novalidate=true>
                    <FormAlert error />
                    <input type="hidden" name="token" value=token />
                    <InputField form="reset" name="password" label=t!(lang, "accounts-new-password") error kind="password" autocomplete="new-password" minlength=PASSWORD_MIN_CHARS hint=t!(lang, "accounts-password-hint", min = PASSWORD_MIN_CHARS) />
                    <button type="submit" class="button" disabled=move || action.pending().get()>{t!(lang, "accounts-reset-save")}</button>
                    <p><A href="/forgot-password">{t!(lang, "accounts-reset-new-link")}</A></p>
                </ActionForm>
            }
        >
            <div class="panel panel--success" role="status">
                <p>{t!(lang, "accounts-reset-done")}</p>
                <A href="/sign-in" attr:class="button">{t!(lang, "accounts-sign-in")}</A>
            </div>
        </Show>
    }
}
