//! The language a piece of content is written in: a story, a news item, an event, a knowledge
//! product, a training program. Wider than the interface's five languages: a manual in Khmer
//! or a study in Nepali is written before anyone translates the hub into those languages.

use super::Lang;
use crate::stored::stored_enum;

stored_enum! {
    /// The language of a piece of content, as a BCP 47 tag (`<article lang>` uses it).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
    pub enum ContentLanguage {
        #[default]
        En = "en",
        Id = "id",
        Vi = "vi",
        ZhHans = "zh-Hans",
        Th = "th",
        Fil = "fil",
        Km = "km",
        Lo = "lo",
        Ms = "ms",
        My = "my",
        Ne = "ne",
        Bn = "bn",
        Hi = "hi",
        Ur = "ur",
        Si = "si",
        Mn = "mn",
    }
}

impl ContentLanguage {
    /// The language's own name in its own script: lists show it whatever the page's language,
    /// so that a reader recognises the language they read.
    pub fn native_name(self) -> &'static str {
        match self {
            ContentLanguage::En => "English",
            ContentLanguage::Id => "Bahasa Indonesia",
            ContentLanguage::Vi => "Tiếng Việt",
            ContentLanguage::ZhHans => "简体中文",
            ContentLanguage::Th => "ภาษาไทย",
            ContentLanguage::Fil => "Filipino",
            ContentLanguage::Km => "ភាសាខ្មែរ",
            ContentLanguage::Lo => "ພາສາລາວ",
            ContentLanguage::Ms => "Bahasa Melayu",
            ContentLanguage::My => "မြန်မာဘာသာ",
            ContentLanguage::Ne => "नेपाली",
            ContentLanguage::Bn => "বাংলা",
            ContentLanguage::Hi => "हिन्दी",
            ContentLanguage::Ur => "اردو",
            ContentLanguage::Si => "සිංහල",
            ContentLanguage::Mn => "Монгол",
        }
    }

    /// Whether the language is written right to left (its name needs `dir="rtl"`).
    pub fn right_to_left(self) -> bool {
        self == ContentLanguage::Ur
    }

    /// PostgreSQL's text search configuration with a stemmer for the language, else `simple`
    /// (words as written; prefix queries stand in for stemming).
    pub fn text_search_config(self) -> &'static str {
        match self {
            ContentLanguage::En => "english",
            // Malay and Indonesian share their affixes; PostgreSQL's stemmer is Indonesian's.
            ContentLanguage::Id | ContentLanguage::Ms => "indonesian",
            ContentLanguage::Ne => "nepali",
            ContentLanguage::Hi => "hindi",
            _ => "simple",
        }
    }

    /// The language from a code, or (for old records and imports) from its English name.
    pub fn parse(text: &str) -> Option<ContentLanguage> {
        let text = text.trim();
        ContentLanguage::from_code(text).or_else(|| {
            let lower = text.to_lowercase();
            ContentLanguage::ALL
                .into_iter()
                .find(|l| l.english_names().contains(&lower.as_str()) || l.native_name() == text)
        })
    }

    /// English names records were written with before languages were coded.
    fn english_names(self) -> &'static [&'static str] {
        match self {
            ContentLanguage::En => &["english"],
            ContentLanguage::Id => &["indonesian", "bahasa indonesia", "bahasa"],
            ContentLanguage::Vi => &["vietnamese"],
            ContentLanguage::ZhHans => &["chinese", "simplified chinese", "mandarin"],
            ContentLanguage::Th => &["thai"],
            ContentLanguage::Fil => &["filipino", "tagalog"],
            ContentLanguage::Km => &["khmer"],
            ContentLanguage::Lo => &["lao"],
            ContentLanguage::Ms => &["malay", "bahasa melayu"],
            ContentLanguage::My => &["burmese", "myanmar"],
            ContentLanguage::Ne => &["nepali"],
            ContentLanguage::Bn => &["bengali", "bangla"],
            ContentLanguage::Hi => &["hindi"],
            ContentLanguage::Ur => &["urdu"],
            ContentLanguage::Si => &["sinhala"],
            ContentLanguage::Mn => &["mongolian"],
        }
    }
}

impl From<Lang> for ContentLanguage {
    fn from(lang: Lang) -> ContentLanguage {
        match lang {
            Lang::En => ContentLanguage::En,
            Lang::Id => ContentLanguage::Id,
            Lang::Vi => ContentLanguage::Vi,
            Lang::ZhHans => ContentLanguage::ZhHans,
            Lang::Th => ContentLanguage::Th,
        }
    }
}

/// The languages the rows of `rows` are written in (their `column`), sorted: what a list's
/// language filter offers.
#[cfg(feature = "ssr")]
pub async fn languages_in<E: sea_orm::EntityTrait>(
    db: &impl sea_orm::ConnectionTrait,
    rows: sea_orm::Select<E>,
    column: E::Column,
) -> Result<Vec<ContentLanguage>, sea_orm::DbErr> {
    use sea_orm::QuerySelect;
    let mut all: Vec<ContentLanguage> = rows
        .select_only()
        .column(column)
        .distinct()
        .into_tuple()
        .all(db)
        .await?;
    all.sort();
    Ok(all)
}

/// Whether `word` is written in a script that puts no spaces between words (Thai, Lao,
/// Khmer, Myanmar, Chinese, Japanese): a word splitter cannot find its words, so search
/// looks for it as a piece of text (trigram indexes) instead.
pub fn unspaced_script(word: &str) -> bool {
    word.chars().any(|c| {
        matches!(c as u32,
            0x0E00..=0x0EFF      // Thai, Lao
            | 0x1000..=0x109F    // Myanmar
            | 0x1780..=0x17FF    // Khmer
            | 0x3040..=0x30FF    // Hiragana, Katakana
            | 0x3400..=0x4DBF    // CJK extension A
            | 0x4E00..=0x9FFF    // CJK unified ideographs
            | 0xF900..=0xFAFF    // CJK compatibility ideographs
            | 0x20000..=0x3134F) // CJK extensions B-G
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_interface_language_is_a_content_language_with_the_same_code_and_name() {
        for lang in Lang::ALL {
            let content = ContentLanguage::from(lang);
            assert_eq!(content.as_code(), lang.as_code());
            assert_eq!(content.native_name(), lang.native_name());
        }
    }

    #[test]
    fn old_english_names_and_codes_are_read() {
        assert_eq!(ContentLanguage::parse("th"), Some(ContentLanguage::Th));
        assert_eq!(
            ContentLanguage::parse(" Vietnamese "),
            Some(ContentLanguage::Vi)
        );
        assert_eq!(
            ContentLanguage::parse("Bahasa Indonesia"),
            Some(ContentLanguage::Id)
        );
        assert_eq!(ContentLanguage::parse("ភាសាខ្មែរ"), Some(ContentLanguage::Km));
        assert_eq!(ContentLanguage::parse("Klingon"), None);
    }

    #[test]
    fn stemmers_only_where_postgres_has_one() {
        assert_eq!(ContentLanguage::En.text_search_config(), "english");
        assert_eq!(ContentLanguage::Ms.text_search_config(), "indonesian");
        assert_eq!(ContentLanguage::Th.text_search_config(), "simple");
        assert_eq!(ContentLanguage::ZhHans.text_search_config(), "simple");
    }

    #[test]
    fn thai_chinese_and_khmer_are_unspaced_vietnamese_is_not() {
        assert!(unspaced_script("น้ำสูญเสีย"));
        assert!(unspaced_script("漏损"));
        assert!(unspaced_script("ទឹក"));
        assert!(!unspaced_script("nước"));
        assert!(!unspaced_script("leakage"));
    }
}
