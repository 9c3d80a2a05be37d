//! Sign up, sign in, and the account page; and the header's account link.

use super::{
    ChangePassword, CurrentUser, SignIn, SignOut, SignOutEverywhere, SignUp, PASSWORD_MIN_CHARS,
};
use crate::error::AppError;
use crate::shell::forms::{FormAlert, InputField};
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
    let context = user_context();
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match context.user.await {
                    Ok(Some(user)) => view! { <A href="/account" attr:class="user-menu">{user.name}</A> }.into_any(),
                    _ => view! { <A href="/sign-in" attr:class="user-menu">"Sign in"</A> }.into_any(),
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
    view! {
        <Title text="Create an account" />
        <h1>"Create an account"</h1>
        <Show
            when=move || sent_to().is_none()
            fallback=move || view! {
                <div class="panel panel--success" role="status" id="sign-up-sent">
                    <h2>"Check your email"</h2>
                    <p>{format!("We sent a link to {}. Open it to confirm your address, then sign in.", sent_to().unwrap_or_default())}</p>
                    <A href="/sign-in" attr:class="button">"Sign in"</A>
                </div>
            }
        >
        <p class="lead">"Members can enrol in trainings, join their organization, and take part in the network."</p>
        <ActionForm action attr:class="form" attr:novalidate=true>
            <FormAlert error />
            <InputField form="signup" name="name" label="Your name" error autocomplete="name" />
            <InputField form="signup" name="email" label="Email" error kind="email" autocomplete="email" />
            <InputField form="signup" name="password" label="Password" error kind="password" autocomplete="new-password" minlength=PASSWORD_MIN_CHARS hint=format!("At least {PASSWORD_MIN_CHARS} characters.") />
            <button type="submit" class="button" disabled=move || action.pending().get()>"Create account"</button>
            <p>"Already a member? " <A href="/sign-in">"Sign in"</A></p>
        </ActionForm>
        </Show>
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let action = crate::shell::flash::action::<SignIn>();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <Title text="Sign in" />
        <h1>"Sign in"</h1>
        <ActionForm action attr:class="form" attr:novalidate=true>
            <FormAlert error />
            <InputField form="signin" name="email" label="Email" error kind="email" autocomplete="email" />
            <InputField form="signin" name="password" label="Password" error kind="password" autocomplete="current-password" />
            <p><A href="/forgot-password">"Forgot your password?"</A></p>
            <button type="submit" class="button" disabled=move || action.pending().get()>"Sign in"</button>
            <p>"New here? " <A href="/sign-up">"Create an account"</A></p>
        </ActionForm>
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let context = user_context();
    view! {
        <Title text="Your account" />
        <Transition fallback=|| view! { <p class="muted">"Loading your account…"</p> }>
            {move || Suspend::new(async move {
                match context.user.await {
                    Ok(Some(user)) => view! { <AccountDetails user /> }.into_any(),
                    Ok(None) => view! {
                        <section class="panel">
                            <h1>"Your account"</h1>
                            <p>"You are not signed in."</p>
                            <A href="/sign-in" attr:class="button">"Sign in"</A>
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
    let roles = user
        .roles
        .iter()
        .map(|r| r.label())
        .collect::<Vec<_>>()
        .join(", ");
    let confirmed = user.email_verified;
    view! {
        <h1>"Your account"</h1>
        {(!confirmed).then(|| view! { <super::email_pages::EmailNotConfirmed user=user.clone() /> })}
        <dl class="facts">
            <dt>"Name"</dt>
            <dd>{user.name.clone()}</dd>
            <dt>"Email"</dt>
            <dd data-testid="account-email">{user.email.clone()}</dd>
            <dt>"Roles"</dt>
            <dd>{roles}</dd>
        </dl>
        // Without a mail server, the person's own kept messages (their confirmation link).
        <super::DemoInbox />
        {(!user.admin_of.is_empty()).then(|| view! {
            <h2>"Organizations you manage"</h2>
            <ul class="plain-list">
                {user.admin_of.clone().into_iter().zip(user.admin_of_names.clone()).map(|(id, name)| view! {
                    <li>
                        <A href=format!("/partners/{id}")>{name}</A>
                        " · "
                        <A href=format!("/partners/{id}/edit")>"Edit profile"</A>
                    </li>
                }).collect_view()}
            </ul>
        })}
        {user.has_role(super::Role::SecretariatAdmin).then(|| view! {
            <p><A href="/admin" attr:class="button button--secondary">"Administration"</A></p>
        })}
        <div class="button-row">
            <ActionForm action=sign_out>
                <button type="submit" class="button">"Sign out"</button>
            </ActionForm>
            <ActionForm action=sign_out_all>
                <button type="submit" class="button button--secondary">"Sign out of all sessions"</button>
            </ActionForm>
        </div>
        <h2>"Change your password"</h2>
        <p class="muted">"Your other sessions end when the password changes."</p>
        <ActionForm action=change attr:class="form" attr:novalidate=true>
            <FormAlert error=change_error />
            <Show when=changed>
                <p class="panel panel--success" role="status">"Your password has been changed."</p>
            </Show>
            <InputField form="account" name="current_password" label="Current password" error=change_error kind="password" autocomplete="current-password" />
            <InputField form="account" name="new_password" label="New password" error=change_error kind="password" autocomplete="new-password" minlength=PASSWORD_MIN_CHARS />
            <button type="submit" class="button">"Change password"</button>
        </ActionForm>
        <super::profile_pages::RenameForm user=user.clone() />
        <super::email_pages::ChangeEmailForm />
        <super::profile_pages::DeleteAccountForm />
    }
}
