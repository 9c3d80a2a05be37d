//! Names in the order each language sorts them (ICU4X with its compiled CLDR data): in
//! Vietnamese "Đ" is a letter after "D" and "Ư" one after "U"; in Thai a leading vowel sign
//! (เ, แ, โ, ใ, ไ) is passed over and the word sorts by its first consonant; Chinese sorts by
//! pinyin. A database's `ORDER BY name` knows none of this.

use crate::i18n::Lang;
use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use std::cmp::Ordering;

/// The collator of `lang`; none only if ICU4X lacked its data (it has it for all five).
fn collator(lang: Lang) -> Option<CollatorBorrowed<'static>> {
    let locale: icu_locale_core::Locale = lang.as_code().parse().ok()?;
    Collator::try_new(locale.into(), CollatorOptions::default()).ok()
}

/// A comparison of two names in `lang`, falling back to plain text order.
pub fn comparer(lang: Lang) -> impl Fn(&str, &str) -> Ordering {
    let collator = collator(lang);
    move |a: &str, b: &str| match &collator {
        Some(collator) => collator.compare(a, b),
        None => a.cmp(b),
    }
}

/// Sorts `items` by the name `name_of` gives, as `lang` sorts names; a stable sort, so equal
/// names keep the order they came in.
pub fn sort_by_name<T>(lang: Lang, items: &mut [T], name_of: impl Fn(&T) -> &str) {
    let compare = comparer(lang);
    items.sort_by(|a, b| compare(name_of(a), name_of(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(lang: Lang, names: &[&'static str]) -> Vec<&'static str> {
        let mut names = names.to_vec();
        sort_by_name(lang, &mut names, |n| n);
        names
    }

    #[test]
    fn vietnamese_puts_d_stroke_after_d_and_u_horn_after_u() {
        let names = [
            "Nước sạch Hà Nội",
            "Đà Nẵng",
            "Dĩ An",
            "Ưng Hòa",
            "Uông Bí",
            "Huế",
        ];
        assert_eq!(
            sorted(Lang::Vi, &names),
            [
                "Dĩ An",
                "Đà Nẵng",
                "Huế",
                "Nước sạch Hà Nội",
                "Uông Bí",
                "Ưng Hòa"
            ]
        );
        // In English the horn is only an accent: Ưng comes before Uông (n before o).
        assert_eq!(
            sorted(Lang::En, &["Uông Bí", "Ưng Hòa", "Huế"]),
            ["Huế", "Ưng Hòa", "Uông Bí"]
        );
    }

    #[test]
    fn thai_sorts_by_the_first_consonant_not_the_leading_vowel() {
        // เกาะสมุย starts with ก after its vowel sign: before ขอนแก่น (ข), though the sign's code
        // point comes after every consonant.
        let names = ["ขอนแก่น", "เกาะสมุย", "การประปานครหลวง", "เชียงใหม่"];
        assert_eq!(
            sorted(Lang::Th, &names),
            ["การประปานครหลวง", "เกาะสมุย", "ขอนแก่น", "เชียงใหม่"]
        );
    }

    #[test]
    fn capitals_do_not_put_a_name_first() {
        assert_eq!(
            sorted(Lang::En, &["dili", "Apia", "Bangkok"]),
            ["Apia", "Bangkok", "dili"]
        );
    }
}
