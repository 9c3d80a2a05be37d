//! Pieces every form uses: a message under a field, and an alert for errors that belong to no field.

use crate::error::AppError;
use leptos::prelude::*;

/// The error of a server action's last run, for the form's messages.
pub fn error_of<T, S>(value: S) -> Signal<Option<AppError>>
where
    S: Get<Value = Option<Result<T, AppError>>> + Send + Sync + 'static,
{
    Signal::derive(move || value.get().and_then(Result::err))
}

/// Whether a server action's last run succeeded, for a "Saved" note.
pub fn saved<T, S>(value: S) -> impl Fn() -> bool + Copy + Send + Sync + 'static
where
    S: Get<Value = Option<Result<T, AppError>>> + Copy + Send + Sync + 'static,
{
    move || matches!(value.get(), Some(Ok(_)))
}

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

/// A labelled input with its hint and its error message, wired together for screen readers
/// (`aria-describedby`, `aria-invalid`).
#[component]
pub fn InputField(
    /// Prefixes the element ids, so two forms on one page cannot clash.
    form: &'static str,
    /// The form field's name, as the server function receives it.
    name: &'static str,
    label: &'static str,
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(default = true)] required: bool,
    #[prop(optional)] minlength: Option<usize>,
    #[prop(optional, into)] hint: Option<String>,
    /// The value shown when the form opens (an edit form's stored value).
    #[prop(optional, into)]
    value: Option<String>,
    #[prop(optional)] inputmode: Option<&'static str>,
) -> impl IntoView {
    let id = format!("{form}-{name}");
    let hint_id = format!("{id}-hint");
    let has_error = move || error.get().and_then(|e| e.field_message(name)).is_some();
    let described_by = described_by(hint.as_ref().map(|_| hint_id.clone()), name, has_error);
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                name=name
                type=kind
                autocomplete=autocomplete
                required=required
                minlength=minlength
                value=value
                inputmode=inputmode
                aria-invalid=move || has_error().then_some("true")
                aria-describedby=described_by
            />
            {hint.map(|text| view! { <p class="field__hint" id=hint_id>{text}</p> })}
            <FieldMessage error field=name />
        </div>
    }
}

/// A labelled multi-line text field with its error message.
#[component]
pub fn TextAreaField(
    form: &'static str,
    name: &'static str,
    label: &'static str,
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(optional, into)] value: Option<String>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(default = 4)] rows: u32,
) -> impl IntoView {
    let id = format!("{form}-{name}");
    let hint_id = format!("{id}-hint");
    let has_error = move || error.get().and_then(|e| e.field_message(name)).is_some();
    let described_by = described_by(hint.as_ref().map(|_| hint_id.clone()), name, has_error);
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <textarea
                id=id
                name=name
                rows=rows
                aria-invalid=move || has_error().then_some("true")
                aria-describedby=described_by
            >
                {value.as_deref().map(super::raw_text::escaped_for_raw_text)}
            </textarea>
            {hint.map(|text| view! { <p class="field__hint" id=hint_id>{text}</p> })}
            <FieldMessage error field=name />
        </div>
    }
}

/// The `aria-describedby` of a field: its hint, and its error message while there is one.
fn described_by(
    hint_id: Option<String>,
    name: &'static str,
    has_error: impl Fn() -> bool + Send + Sync + 'static,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    move || {
        let ids: Vec<String> = hint_id
            .iter()
            .cloned()
            .chain(has_error().then(|| format!("{name}-error")))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}
