//! The languages of the interface, and how a request's language is chosen.

use crate::stored::stored_enum;

stored_enum! {
    /// A language the interface is written in (`account.language`, `forum_registration.language`).
    /// The codes are BCP 47 tags, as `<html lang>` and the translation folders use them.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub enum Lang {
        #[default]
        En = "en",
        Id = "id",
        Vi = "vi",
        ZhHans = "zh-Hans",
        Th = "th",
    }
}

impl Lang {
    /// The language's name in its own language and script, as the switcher shows it: a person
    /// looking for their language must recognise it whatever language the page is in.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Id => "Bahasa Indonesia",
            Lang::Vi => "Tiếng Việt",
            Lang::ZhHans => "简体中文",
            Lang::Th => "ภาษาไทย",
        }
    }

    /// The page's language: the person's own choice (the cookie, kept in step with a signed-in
    /// person's saved choice), else the first language of the browser's `Accept-Language` that
    /// the interface has, else English.
    pub fn negotiate(chosen: Option<&str>, accept_language: Option<&str>) -> Lang {
        if let Some(lang) = chosen.and_then(Lang::from_code) {
            return lang;
        }
        accept_language
            .map(Lang::from_accept_language)
            .unwrap_or_default()
    }

    /// The first language of an `Accept-Language` header the interface has, by quality. A
    /// region narrows nothing we lack (`vi-VN` is `vi`), but Traditional Chinese (`zh-TW`,
    /// `zh-Hant`, Hong Kong, Macau) is not taken for Simplified.
    pub fn from_accept_language(header: &str) -> Lang {
        let mut ranges: Vec<(f32, &str)> = header
            .split(',')
            .filter_map(|range| {
                let mut parts = range.split(';');
                let tag = parts.next()?.trim();
                let quality = parts
                    .filter_map(|p| p.trim().strip_prefix("q="))
                    .find_map(|q| q.trim().parse::<f32>().ok())
                    .unwrap_or(1.0);
                (!tag.is_empty() && quality > 0.0).then_some((quality, tag))
            })
            .collect();
        // Stable: equal qualities keep the browser's order.
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranges
            .into_iter()
            .find_map(|(_, tag)| Lang::of_tag(tag))
            .unwrap_or_default()
    }

    /// The interface language a BCP 47 tag asks for, if we have it.
    fn of_tag(tag: &str) -> Option<Lang> {
        let tag = tag.to_ascii_lowercase();
        let mut subtags = tag.split(['-', '_']);
        let language = subtags.next()?;
        let rest: Vec<&str> = subtags.collect();
        match language {
            "en" => Some(Lang::En),
            // `in` is Indonesian's withdrawn code, still sent by some older phones.
            "id" | "in" => Some(Lang::Id),
            "vi" => Some(Lang::Vi),
            "th" => Some(Lang::Th),
            "zh" => {
                let traditional = rest
                    .iter()
                    .any(|s| matches!(*s, "hant" | "tw" | "hk" | "mo"));
                (!traditional).then_some(Lang::ZhHans)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn a_choice_wins_over_the_browser() {
        assert_eq!(
            Lang::negotiate(Some("th"), Some("vi-VN,vi;q=0.9")),
            Lang::Th
        );
    }

    #[test]
    fn an_unknown_choice_falls_back_to_the_browser() {
        assert_eq!(
            Lang::negotiate(Some("fr"), Some("vi-VN,vi;q=0.9")),
            Lang::Vi
        );
        assert_eq!(Lang::negotiate(None, None), Lang::En);
    }

    #[test]
    fn the_browser_language_is_read_by_quality_and_region() {
        assert_eq!(
            Lang::from_accept_language("id-ID,id;q=0.9,en;q=0.8"),
            Lang::Id
        );
        assert_eq!(
            Lang::from_accept_language("fr-FR,th;q=0.7,en;q=0.5"),
            Lang::Th
        );
        assert_eq!(Lang::from_accept_language("en;q=0.3,vi;q=0.9"), Lang::Vi);
        assert_eq!(Lang::from_accept_language("zh-CN,zh;q=0.9"), Lang::ZhHans);
        assert_eq!(Lang::from_accept_language("de-DE,fr;q=0.8"), Lang::En);
        assert_eq!(Lang::from_accept_language("garbage;;;"), Lang::En);
        assert_eq!(Lang::from_accept_language("vi;q=0,en;q=0.5"), Lang::En);
        assert_eq!(Lang::from_accept_language("*"), Lang::En);
    }

    #[test]
    fn traditional_chinese_is_not_taken_for_simplified() {
        assert_eq!(Lang::from_accept_language("zh-TW"), Lang::En);
        assert_eq!(Lang::from_accept_language("zh-Hant,en;q=0.5"), Lang::En);
        assert_eq!(Lang::from_accept_language("zh-HK,th;q=0.4"), Lang::Th);
        assert_eq!(Lang::from_accept_language("zh-Hans-SG"), Lang::ZhHans);
    }
}
