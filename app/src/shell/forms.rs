//! Pieces every form uses: a message under a field, and an alert for errors that belong to no field.

use crate::error::AppError;
use crate::i18n::ContentLanguage;
use crate::t;
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
        Some(AppError::Invalid(_)) => Some(t!(crate::i18n::current(), "form-correct-fields")),
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
    #[prop(into)] label: String,
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

/// One choice of a [`SelectField`]: the value the form posts and the words shown for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectOption {
    pub value: String,
    pub label: String,
    /// The label's language when it differs from the page's (a language's own name).
    pub lang: Option<&'static str>,
}

impl SelectOption {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        SelectOption {
            value: value.into(),
            label: label.into(),
            lang: None,
        }
    }

    /// A content language, under its own name and marked with its language.
    pub fn language(language: ContentLanguage) -> Self {
        SelectOption {
            value: language.as_code().to_owned(),
            label: language.native_name().to_owned(),
            lang: Some(language.as_code()),
        }
    }

    /// A choice shown as the value itself (a country, a year).
    pub fn plain(value: impl Into<String>) -> Self {
        let value = value.into();
        SelectOption {
            label: value.clone(),
            value,
            lang: None,
        }
    }
}

/// A labelled drop-down with its hint and its error message, wired like [`InputField`]. It is
/// plain HTML: the form posts `name` with the chosen option's value, with or without WASM.
#[component]
pub fn SelectField(
    /// Prefixes the element ids, so two forms on one page cannot clash.
    form: &'static str,
    /// The form field's name, as the server receives it.
    name: &'static str,
    #[prop(into)] label: String,
    options: Vec<SelectOption>,
    /// The value chosen when the form opens (the filter in the URL, an edit form's stored value).
    #[prop(default = None, into)]
    selected: Option<String>,
    /// A first choice that posts an empty value, for a field that may be left unset
    /// ("All countries").
    #[prop(optional, into)]
    empty: Option<String>,
    /// The form's last error, whose message for this field is shown under it.
    #[prop(optional, into)]
    error: Option<Signal<Option<AppError>>>,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let id = format!("{form}-{name}");
    let hint_id = format!("{id}-hint");
    let error = error.unwrap_or_else(|| Signal::stored(None));
    let has_error = move || error.get().and_then(|e| e.field_message(name)).is_some();
    let described_by = described_by(hint.as_ref().map(|_| hint_id.clone()), name, has_error);
    let selected = selected.unwrap_or_default();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                name=name
                required=required
                aria-invalid=move || has_error().then_some("true")
                aria-describedby=described_by
            >
                {empty.map(|text| view! { <option value="">{text}</option> })}
                {options
                    .into_iter()
                    .map(|o| {
                        let on = o.value == selected;
                        view! { <option value=o.value selected=on lang=o.lang>{o.label}</option> }
                    })
                    .collect_view()}
            </select>
            {hint.map(|text| view! { <p class="field__hint" id=hint_id>{text}</p> })}
            <FieldMessage error field=name />
        </div>
    }
}

/// The country filter of the list pages (results, partnerships, stories, the directory): one of
/// the countries given, posted as `country`, or all of them.
#[component]
pub fn CountryFilter(
    form: &'static str,
    countries: Vec<String>,
    #[prop(default = None, into)] selected: Option<String>,
) -> impl IntoView {
    let options = countries.into_iter().map(SelectOption::plain).collect();
    let lang = crate::i18n::current();
    view! {
        <SelectField form name="country" label=t!(lang, "form-country") empty=t!(lang, "form-all-countries") options selected />
    }
}

/// The language a piece of content is written in, for its form: every content language under
/// its own name, the stored one (or, for new content, the page's language) chosen.
#[component]
pub fn ContentLanguageField(
    form: &'static str,
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(default = None)] selected: Option<ContentLanguage>,
) -> impl IntoView {
    let lang = crate::i18n::current();
    let selected = selected.unwrap_or_else(|| ContentLanguage::from(lang));
    let options = ContentLanguage::ALL
        .into_iter()
        .map(SelectOption::language)
        .collect();
    view! {
        <SelectField form name="language" label=t!(lang, "form-content-language") error options
            selected=selected.as_code().to_owned() required=true />
    }
}

/// The language filter of the list pages: one of the languages the listed content is written
/// in, posted as `language`, or all of them.
#[component]
pub fn LanguageFilter(
    form: &'static str,
    languages: Vec<ContentLanguage>,
    #[prop(default = None)] selected: Option<ContentLanguage>,
) -> impl IntoView {
    let lang = crate::i18n::current();
    let options = languages.into_iter().map(SelectOption::language).collect();
    view! {
        <SelectField form name="language" label=t!(lang, "form-language") empty=t!(lang, "form-all-languages")
            options selected=selected.map(|l| l.as_code().to_owned()) />
    }
}

/// The topic filter of the list pages: a topic code, posted as `name` (`topic` unless told), or
/// any topic.
#[component]
pub fn TopicFilter(
    form: &'static str,
    topics: Vec<SelectOption>,
    #[prop(default = None, into)] selected: Option<String>,
    #[prop(default = "topic")] name: &'static str,
    #[prop(optional, into)] label: Option<String>,
    #[prop(optional, into)] empty: Option<String>,
) -> impl IntoView {
    let lang = crate::i18n::current();
    let label = label.unwrap_or_else(|| t!(lang, "form-topic"));
    let empty = empty.unwrap_or_else(|| t!(lang, "form-any-topic"));
    view! { <SelectField form name label empty options=topics selected /> }
}

/// A labelled multi-line text field with its error message.
#[component]
pub fn TextAreaField(
    form: &'static str,
    name: &'static str,
    #[prop(into)] label: String,
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

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn a_select_field_is_a_plain_form_field_with_its_choice_and_message() {
        let error = AppError::field("country", "Choose a country from the list.");
        let html = Owner::new().with(|| {
            view! {
            <SelectField
                form="f"
                name="country"
                label="Country"
                empty="All countries"
                options=vec![SelectOption::plain("Viet Nam"), SelectOption::new("ph", "Philippines")]
                selected="ph".to_owned()
                error=Signal::stored(Some(error))
            />
            }
            .to_html()
        });
        assert!(
            html.contains(r#"<label for="f-country">Country</label>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"id="f-country""#) && html.contains(r#"name="country""#),
            "{html}"
        );
        assert!(
            html.contains(r#"<option value="">All countries</option>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<option value="Viet Nam">Viet Nam</option>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<option value="ph" selected>Philippines</option>"#),
            "{html}"
        );
        assert!(html.contains(r#"aria-invalid="true""#), "{html}");
        assert!(html.contains("Choose a country from the list."), "{html}");
    }
}
