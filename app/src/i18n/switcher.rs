//! Choosing the interface's language: a menu in the header and a form on the account page.
//! Both are plain forms, so they work before (and without) any script; the choice is posted
//! to the server function at [`CHOOSE_LANGUAGE_PATH`] (in `accounts`, which also saves a
//! signed-in person's choice), and the answer brings the person back to the same page.

use super::{current, Lang};
use crate::t;
use leptos::prelude::*;

/// Where the switchers post their choice (`accounts::language::ChooseLanguage`).
pub const CHOOSE_LANGUAGE_PATH: &str = "/api/language";

/// The header's language menu: the current language's name; opened, every language under its
/// own name, each marked with its `lang` so a screen reader pronounces it right.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let lang = current();
    view! {
        <details class="lang-menu">
            <summary class="lang-menu__toggle">
                <svg class="lang-menu__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
                    <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="1.8" />
                    <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9s1.3-6.4 3.8-9z" fill="none" stroke="currentColor" stroke-width="1.8" />
                </svg>
                <span class="visually-hidden">{t!(lang, "lang-menu-label")} ": "</span>
                <span lang=lang.as_code()>{lang.native_name()}</span>
            </summary>
            <form method="post" action=CHOOSE_LANGUAGE_PATH class="lang-menu__list">
                {Lang::ALL
                    .into_iter()
                    .map(|option| {
                        view! {
                            <button
                                type="submit"
                                name="lang"
                                value=option.as_code()
                                lang=option.as_code()
                                class="lang-menu__option"
                                aria-current=(option == lang).then_some("true")
                            >
                                {option.native_name()}
                            </button>
                        }
                    })
                    .collect_view()}
            </form>
        </details>
    }
}

/// The account page's form: a labelled choice and a button.
#[component]
pub fn LanguageForm() -> impl IntoView {
    let lang = current();
    view! {
        <h2>{t!(lang, "lang-form-title")}</h2>
        <form method="post" action=CHOOSE_LANGUAGE_PATH class="form form--inline" id="language-form">
            <div class="field">
                <label for="account-language">{t!(lang, "lang-form-label")}</label>
                <select id="account-language" name="lang">
                    {Lang::ALL
                        .into_iter()
                        .map(|option| {
                            view! {
                                <option value=option.as_code() lang=option.as_code() selected=option == lang>
                                    {option.native_name()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <p class="field__hint">{t!(lang, "lang-form-hint")}</p>
            </div>
            <button type="submit" class="button button--secondary">{t!(lang, "lang-form-save")}</button>
        </form>
    }
}
