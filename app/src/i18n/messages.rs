//! The interface's texts: one Fluent file per domain and language under `app/locales/`,
//! compiled into the binary. Plurals, word order and gender belong to the translation, so a
//! text is never put together from fragments here: a message takes named arguments.

use super::Lang;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{static_loader, LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // No bidi isolation marks around arguments: none of our languages is written right to
        // left, and the marks would end up in emails, PDFs and CSV files.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static IDS: LazyLock<HashMap<Lang, LanguageIdentifier>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .filter_map(|lang| Some((*lang, lang.as_code().parse().ok()?)))
        .collect()
});

/// A value handed to a message: text as it is, or a number (which also picks the plural form).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}
impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}
impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}
macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            #[allow(clippy::cast_lossless, clippy::cast_precision_loss)]
            fn from(value: $t) -> Self {
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_args!(i32, i64, u8, u16, u32, u64, usize, f64);

/// The text of `key` in `lang`; English if that language lacks it (the completeness test
/// fails first), the key itself if English lacks it too.
pub fn text(lang: Lang, key: &str) -> String {
    lookup(lang, key, None)
}

/// The text of `key` in `lang` with its named arguments.
pub fn text_with(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Number(number) => FluentValue::from(*number),
            };
            (Cow::Owned((*name).to_owned()), value)
        })
        .collect();
    lookup(lang, key, Some(&args))
}

fn lookup(lang: Lang, key: &str, args: Option<&HashMap<Cow<'static, str>, FluentValue>>) -> String {
    let Some(id) = IDS.get(&lang) else {
        return key.to_owned();
    };
    LOCALES
        .try_lookup_complete(id, key, args)
        .unwrap_or_else(|| {
            tracing::warn!(key, "no text for this key in any language");
            key.to_owned()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_read_in_each_language() {
        assert_eq!(text(Lang::En, "lang-menu-label"), "Language");
        assert_eq!(text(Lang::Vi, "lang-menu-label"), "Ngôn ngữ");
        assert_eq!(text(Lang::ZhHans, "lang-menu-label"), "语言");
    }

    #[test]
    fn arguments_go_in_without_isolation_marks() {
        let greeting = text_with(
            Lang::En,
            "mail-greeting",
            &[("name", Arg::from("Nguyễn Thị Minh Khai"))],
        );
        assert_eq!(greeting, "Dear Nguyễn Thị Minh Khai,");
    }

    #[test]
    fn an_unknown_key_shows_itself() {
        assert_eq!(text(Lang::Th, "no-such-key"), "no-such-key");
    }
}
