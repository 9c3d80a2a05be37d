//! Secretariat admins deactivate and reactivate accounts: a deactivated account's sessions end
//! at once and it cannot sign in until reactivated. Both are recorded in the audit trail.

use crate::error::AppError;
use leptos::prelude::*;

/// Deactivates (`active=false`) or reactivates (`active=true`) an account.
#[server(prefix = "/api", endpoint = "admin/set_account_active")]
#[tracing::instrument]
pub async fn set_account_active(account_id: i32, active: bool) -> Result<(), AppError> {
    let admin =
        crate::accounts::auth::require_role(crate::accounts::Role::SecretariatAdmin).await?;
    let db = crate::state::db()?;
    crate::accounts::life::set_active(&db, &admin, account_id, active).await
}

/// The person card's "Deactivate" or "Reactivate" button, with what the account is now.
#[component]
pub fn AccountStatusForm(account_id: i32, deactivated: bool) -> impl IntoView {
    let action = crate::shell::flash::action::<SetAccountActive>();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let lang = crate::i18n::current();
    view! {
        <ActionForm action attr:class="inline-form">
            <crate::shell::forms::FormAlert error />
            {deactivated.then(|| view! { <span class="chip">{crate::t!(lang, "admin-deactivated")}</span> " " })}
            <input type="hidden" name="account_id" value=account_id.to_string() />
            <input type="hidden" name="active" value=deactivated.to_string() />
            <button type="submit" class="link-button">{if deactivated {
                crate::t!(lang, "admin-reactivate-account")
            } else {
                crate::t!(lang, "admin-deactivate-account")
            }}</button>
        </ActionForm>
    }
}
