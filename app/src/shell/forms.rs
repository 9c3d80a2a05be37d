//! Pieces every form uses: a message under a field, and an alert for errors that belong to no field.

use crate::error::AppError;
use leptos::prelude::*;

/// The message for `field`, shown under it, when the last submission was refused because of it.
#[component]
pub fn FieldMessage(
    #[prop(into)] error: Signal<Option<AppError>>,
    field: &'static str,
) -> impl IntoView {
    let message = move || error.get().and_then(|e| e.field_message(field));
    view! {
        <Show when=move || message().is_some()>
            <p class="field__error" id=format!("{field}-error") data-field=field role="alert">
                {message}
            </p>
        </Show>
    }
}

/// An error that is not about one field (rate limit, permission, network), shown above the form.
#[component]
pub fn FormAlert(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    let message = move || match error.get() {
        Some(AppError::Invalid(_)) => Some("Please correct the fields marked below.".to_owned()),
        Some(other) => Some(other.to_string()),
        None => None,
    };
    view! {
        <Show when=move || message().is_some()>
            <div class="form__alert" role="alert">
                {message}
            </div>
        </Show>
    }
}
