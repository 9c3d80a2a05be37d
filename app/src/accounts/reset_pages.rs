//! "Forgot your password?" and the page its emailed link opens.

use super::{RequestPasswordReset, ResetPassword, PASSWORD_MIN_CHARS};
use crate::shell::forms::{FormAlert, InputField};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let action = crate::shell::flash::action::<RequestPasswordReset>();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let sent = move || matches!(action.value().get(), Some(Ok(())));
    view! {
        <Title text="Reset your password" />
        <h1>"Reset your password"</h1>
        <Show
            when=sent
            fallback=move || view! {
                <p class="lead">"Enter the email of your account and we will send you a link to choose a new password."</p>
                <ActionForm action attr:class="form" attr:novalidate=true>
                    <FormAlert error />
                    <InputField form="forgot" name="email" label="Email" error kind="email" autocomplete="email" />
                    <button type="submit" class="button" disabled=move || action.pending().get()>"Send the link"</button>
                    <p><A href="/sign-in">"Back to sign in"</A></p>
                </ActionForm>
            }
        >
            <div class="panel panel--success" role="status">
                <p>"If an account uses this email, a link to reset its password is on its way. It works for one hour."</p>
                <p><A href="/sign-in">"Back to sign in"</A></p>
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
    view! {
        <Title text="Choose a new password" />
        <h1>"Choose a new password"</h1>
        <Show
            when=done
            fallback=move || view! {
                <ActionForm action attr:class="form" attr:novalidate=true>
                    <FormAlert error />
                    <input type="hidden" name="token" value=token />
                    <InputField form="reset" name="password" label="New password" error kind="password" autocomplete="new-password" minlength=PASSWORD_MIN_CHARS hint=format!("At least {PASSWORD_MIN_CHARS} characters.") />
                    <button type="submit" class="button" disabled=move || action.pending().get()>"Save the new password"</button>
                    <p><A href="/forgot-password">"Ask for a new link"</A></p>
                </ActionForm>
            }
        >
            <div class="panel panel--success" role="status">
                <p>"Your password is changed, and every session of your account has ended."</p>
                <A href="/sign-in" attr:class="button">"Sign in"</A>
            </div>
        </Show>
    }
}
