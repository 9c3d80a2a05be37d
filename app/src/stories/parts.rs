//! Pieces the story and news pages share.

use crate::i18n::{format, ContentLanguage, Lang};
use leptos::prelude::*;

/// A day as the reader's language writes it ("12 March 2026"), or nothing.
pub fn day(lang: Lang, at: Option<chrono::DateTime<chrono::Utc>>) -> String {
    at.map(|t| format::date_long(lang, t.date_naive()))
        .unwrap_or_default()
}

/// The language content is written in, under its own name and marked with it (so that a
/// screen reader says "ภาษาไทย" in Thai, and Urdu's name runs right to left).
#[component]
pub fn LanguageName(language: ContentLanguage) -> impl IntoView {
    view! {
        <span class="content-language" lang=language.as_code()
            dir=language.right_to_left().then_some("rtl")>{language.native_name()}</span>
    }
}
