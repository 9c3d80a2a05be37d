//! Sign up, sign in, and the account page; and the header's account link.

use super::{
    ChangePassword, CurrentUser, SignIn, SignOut, SignOutEverywhere, SignUp, PASSWORD_MIN_CHARS,
};
use crate::error::AppError;
use crate::shell::forms::{FormAlert, InputField};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// Who is signed in, shared by the header and the pages. Bump `version` to reload it.
#[derive(Clone, Copy)]
pub struct UserContext {
    pub user: Resource<Result<Option<CurrentUser>, AppError>>,
    pub version: RwSignal<u32>,
}

impl UserContext {
    pub fn provide() -> UserContext {
        let version = RwSignal::new(0u32);
        let user = Resource::new(move || version.get(), |_| super::fetch_current_user());
        let context = UserContext { user, version };
        provide_context(context);
        context
    }

    pub fn reload(&self) {
        self.version.update(|v| *v += 1);
    }
}

pub fn user_context() -> UserContext {
    use_context::<UserContext>().unwrap_or_else(UserContext::provide)
}

/// "Sign in", or the signed-in person's name, in the header.
#[component]
pub fn UserMenu() -> impl IntoView {
    let lang = crate::i18n::current();
    let context = user_context();
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match context.user.await {
                    Ok(Some(user)) => view! { <A href="/account" attr:class="user-menu">{user.name}</A> }.into_any(),
                    _ => view! { <A href="/sign-in" attr:class="user-menu">{t!(lang, "accounts-sign-in")}</A> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
pub fn SignUpPage() -> impl IntoView {
    let action = crate::shell::flash::action::<SignUp>();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let sent_to = move || action.value().get().and_then(Result::ok);
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "accounts-sign-up-title") />
        <h1>{t!(lang, "accounts-sign-up-title")}</h1>
        <Show
            when=move || sent_to().is_none()
            fallback=move || view! {
                <div class="panel panel--success" role="status" id="sign-up-sent">
                    <h2>{t!(lang, "accounts-check-email")}</h2>
                    <p>{t!(lang, "accounts-sign-up-sent", email = sent_to().unwrap_or_default())}</p>
                    <A href="/sign-in" attr:class="button">{t!(lang, "accounts-sign-in")}</A>
                </div>
            }
        >
        <p class="lead">{t!(lang, "accounts-sign-up-lead")}</p>
        <ActionForm action attr:class="form" attr:novalidate=true>
            <FormAlert error />
            <InputField form="signup" name="name" label=t!(lang, "accounts-your-name") error autocomplete="name" />
            <InputField form="signup" name="email" label=t!(lang, "accounts-email") error kind="email" autocomplete="email" />
            <InputField form="signup" name="password" label=t!(lang, "accounts-password") error kind="password" autocomplete="new-password" minlength=PASSWORD_MIN_CHARS hint=t!(lang, "accounts-password-hint", min = PASSWORD_MIN_CHARS) />
            <button type="submit" class="button" disabled=move || action.pending().get()>{t!(lang, "accounts-create-account")}</button>
            <p>{t!(lang, "accounts-already-member")} " " <A href="/sign-in">{t!(lang, "accounts-sign-in")}</A></p>
        </ActionForm>
        </Show>
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let action = crate::shell::flash::action::<SignIn>();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "accounts-sign-in") />
        <h1>{t!(lang, "accounts-sign-in")}</h1>
        <ActionForm action attr:class="form" attr:novalidate=true>
            <FormAlert error />
            <InputField form="signin" name="email" label=t!(lang, "accounts-email") error kind="email" autocomplete="email" />
            <InputField form="signin" name="password" label=t!(lang, "accounts-password") error kind="password" autocomplete="current-password" />
            <p><A href="/forgot-password">{t!(lang, "accounts-forgot-link")}</A></p>
            <button type="submit" class="button" disabled=move || action.pending().get()>{t!(lang, "accounts-sign-in")}</button>
            <p>{t!(lang, "accounts-new-here")} " " <A href="/sign-up">{t!(lang, "accounts-sign-up-title")}</A></p>
        </ActionForm>
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let context = user_context();
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "accounts-your-account") />
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "accounts-loading")}</p> }>
            {move || Suspend::new(async move {
                match context.user.await {
                    Ok(Some(user)) => view! { <AccountDetails user /> }.into_any(),
                    Ok(None) => view! {
                        <section class="panel">
                            <h1>{t!(lang, "accounts-your-account")}</h1>
                            <p>{t!(lang, "accounts-not-signed-in")}</p>
                            <A href="/sign-in" attr:class="button">{t!(lang, "accounts-sign-in")}</A>
                        </section>
                    }.into_any(),
                    Err(e) => view! { <p class="form__alert" role="alert">{e.to_string()}</p> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn AccountDetails(user: CurrentUser) -> impl IntoView {
    let sign_out = crate::shell::flash::action::<SignOut>();
    let sign_out_all = crate::shell::flash::action::<SignOutEverywhere>();
    let change = crate::shell::flash::action::<ChangePassword>();
    let change_error = Signal::derive(move || change.value().get().and_then(Result::err));
    let changed = move || matches!(change.value().get(), Some(Ok(())));
    let lang = crate::i18n::current();
    let roles = user
        .roles
        .iter()
        .map(|r| r.label(lang))
        .collect::<Vec<_>>()
        .join(", ");
    let confirmed = user.email_verified;
    view! {
        <h1>{t!(lang, "accounts-your-account")}</h1>
        {(!confirmed).then(|| view! { <super::email_pages::EmailNotConfirmed user=user.clone() /> })}
        <dl class="facts">
            <dt>{t!(lang, "accounts-name")}</dt>
            <dd>{user.name.clone()}</dd>
            <dt>{t!(lang, "accounts-email")}</dt>
            <dd data-testid="account-email">{user.email.clone()}</dd>
            <dt>{t!(lang, "accounts-roles")}</dt>
            <dd>{roles}</dd>
        </dl>
        // Without a mail server, the person's own kept messages (their confirmation link).
        <super::DemoInbox />
        {(!user.admin_of.is_empty()).then(|| view! {
            <h2>{t!(lang, "accounts-organizations-you-manage")}</h2>
            <ul class="plain-list">
                {user.admin_of.clone().into_iter().zip(user.admin_of_names.clone()).map(|(id, name)| view! {
                    <li>
                        <A href=format!("/partners/{id}")>{name}</A>
                        " · "
                        <A href=format!("/partners/{id}/edit")>{t!(lang, "accounts-edit-profile")}</A>
                    </li>
                }).collect_view()}
            </ul>
        })}
        {user.has_role(super::Role::SecretariatAdmin).then(|| view! {
            <p><A href="/admin" attr:class="button button--secondary">{t!(lang, "accounts-administration")}</A></p>
        })}
        <div class="button-row">
            <ActionForm action=sign_out>
                <button type="submit" class="button">{t!(lang, "accounts-sign-out")}</button>
            </ActionForm>
            <ActionForm action=sign_out_all>
                <button type="submit" class="button button--secondary">{t!(lang, "accounts-sign-out-everywhere")}</button>
            </ActionForm>
        </div>
        <crate::i18n::LanguageForm />
        <h2>{t!(lang, "accounts-change-password-title")}</h2>
        <p class="muted">{t!(lang, "accounts-change-password-lead")}</p>
        <ActionForm action=change attr:class="form" attr:novalidate=true>
            <FormAlert error=change_error />
            <Show when=changed>
                <p class="panel panel--success" role="status">{t!(lang, "accounts-password-changed")}</p>
            </Show>
            <InputField form="account" name="current_password" label=t!(lang, "accounts-current-password") error=change_error kind="password" autocomplete="current-password" />
            <InputField form="account" name="new_password" label=t!(lang, "accounts-new-password") error=change_error kind="password" autocomplete="new-password" minlength=PASSWORD_MIN_CHARS />
            <button type="submit" class="button">{t!(lang, "accounts-change-password-button")}</button>
        </ActionForm>
        <super::profile_pages::RenameForm user=user.clone() />
        <super::email_pages::ChangeEmailForm />
        <super::profile_pages::DeleteAccountForm />
    }
}
