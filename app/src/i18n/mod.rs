//! The interface in the languages of the region: English, Bahasa Indonesia, Tiếng Việt,
//! 简体中文 and ภาษาไทย. A foundation module: it knows no domain.
//!
//! Every text a person reads comes from `app/locales/<lang>/<domain>.ftl` through [`t!`]:
//! `t!(lang, "forum-register")` or `t!(lang, "forum-places-left", count = n)`. Pages and server
//! functions take the request's language with [`current`]; emails and PDFs are written in their
//! recipient's language, which the caller passes. Dates and numbers go through [`format`].

mod content;
pub mod format;
mod lang;
mod messages;
#[cfg(feature = "ssr")]
pub mod request;
mod switcher;

#[cfg(test)]
mod completeness;

#[cfg(feature = "ssr")]
pub use content::languages_in;
pub use content::{unspaced_script, ContentLanguage};
pub use lang::Lang;
pub use messages::{text, text_with, Arg};
pub use switcher::{LanguageForm, LanguageSwitcher, CHOOSE_LANGUAGE_PATH};

/// The text of a message in a language: `t!(lang, "key")`, or with named arguments
/// `t!(lang, "key", name = value, count = n)`. The key is a literal so that the completeness
/// test can find every key the code uses.
#[macro_export]
macro_rules! t {
    ($lang:expr, $key:literal) => {
        $crate::i18n::text($lang, $key)
    };
    ($lang:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text_with(
            $lang,
            $key,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

/// The language of the request being answered: the one the shell put in the page's context,
/// else read from the server function's request, else the one the server set for any request
/// (plain handlers, its gates), else English (tests, background work).
pub fn current() -> Lang {
    use leptos::prelude::use_context;
    if let Some(lang) = use_context::<Lang>() {
        return lang;
    }
    #[cfg(feature = "ssr")]
    if let Some(parts) = use_context::<http::request::Parts>() {
        return request::of_request(&parts);
    }
    #[cfg(feature = "ssr")]
    if let Some(lang) = request::of_running_request() {
        return lang;
    }
    Lang::En
}
