//! The account's own settings: its name, and deleting it.

use super::CurrentUser;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::limits::{Rule, Subject};
use crate::shell::forms::{FormAlert, InputField};
#[cfg(feature = "ssr")]
use crate::state::limits;
use crate::t;
use leptos::prelude::*;

/// Renames the signed-in person's account; answers the new name.
#[server(prefix = "/api", endpoint = "accounts/rename")]
#[tracing::instrument]
pub async fn rename_account(name: String) -> Result<String, AppError> {
    let db = crate::state::db()?;
    let user = super::auth::require_account().await?;
    let name = super::life::rename(&db, user.id, &name).await?;
    crate::shell::flash::go_to("/account");
    Ok(name)
}

/// Deletes the signed-in person's own account, after their password; they are signed out.
#[server(prefix = "/api", endpoint = "accounts/delete")]
#[tracing::instrument(skip(password))]
pub async fn delete_account(password: String) -> Result<(), AppError> {
    let db = crate::state::db()?;
    let user = super::auth::require_account().await?;
    limits::check(&[
        (Rule::Attempts, Subject::Client),
        (Rule::FailedSignIns, Subject::Email(&user.email)),
    ])
    .await?;
    super::life::delete_own(&db, &user, &password).await?;
    super::auth::clear_cookie();
    crate::shell::flash::go_to("/");
    Ok(())
}

#[component]
pub fn RenameForm(user: CurrentUser) -> impl IntoView {
    let rename = crate::shell::flash::action::<RenameAccount>();
    let error = Signal::derive(move || rename.value().get().and_then(Result::err));
    let lang = crate::i18n::current();
    view! {
        <h2>{t!(lang, "accounts-your-name")}</h2>
        <ActionForm action=rename attr:class="form" attr:novalidate=true>
            <FormAlert error />
            <InputField form="rename" name="name" label=t!(lang, "accounts-your-name") error autocomplete="name" value=user.name />
            <button type="submit" class="button">{t!(lang, "accounts-save-name")}</button>
        </ActionForm>
    }
}

#[component]
pub fn DeleteAccountForm() -> impl IntoView {
    let delete = crate::shell::flash::action::<DeleteAccount>();
    let error = Signal::derive(move || delete.value().get().and_then(Result::err));
    let lang = crate::i18n::current();
    view! {
        <section class="panel panel--warning" aria-labelledby="delete-heading">
            <h2 id="delete-heading">{t!(lang, "accounts-delete-title")}</h2>
            <p>{t!(lang, "accounts-delete-text")}</p>
            <ActionForm action=delete attr:class="form" attr:novalidate=true>
                <FormAlert error />
                <InputField form="delete-account" name="password" label=t!(lang, "accounts-your-password") error kind="password" autocomplete="current-password" />
                <button type="submit" class="button button--danger">{t!(lang, "accounts-delete-button")}</button>
            </ActionForm>
        </section>
    }
}
