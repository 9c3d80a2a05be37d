//! The shared topic taxonomy: what utilities can mentor on and need help with.
//! Seeded by the migrations; secretariat admins rename and extend it.

#[cfg(feature = "ssr")]
pub mod entity;

use crate::error::{AppError, FieldErrors};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Topic {
    pub id: i32,
    /// Stable, used in URLs: `nrw`, `water_quality`.
    pub code: String,
    pub name: String,
}

impl From<Topic> for crate::shell::forms::SelectOption {
    /// A topic in a select: its code is posted, its name shown.
    fn from(t: Topic) -> Self {
        crate::shell::forms::SelectOption::new(t.code, t.name)
    }
}

pub const TOPIC_NAME_MAX_CHARS: usize = 120;

/// A topic name as an admin typed it, checked.
pub fn parse_topic_name(name: &str, lang: crate::i18n::Lang) -> Result<String, FieldErrors> {
    use crate::t;
    let name = name.trim();
    let mut errors = FieldErrors::default();
    if name.is_empty() {
        errors.add("name", t!(lang, "topics-name-missing"));
    } else if name.chars().count() > TOPIC_NAME_MAX_CHARS {
        errors.add(
            "name",
            t!(lang, "topics-name-too-long", max = TOPIC_NAME_MAX_CHARS),
        );
    }
    if errors.is_empty() {
        Ok(name.to_owned())
    } else {
        Err(errors)
    }
}

/// A URL-safe code made from a new topic's name: "Leak detection & repair" → "leak_detection_repair".
pub fn code_for(name: &str) -> String {
    let mut code = String::new();
    for c in name.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            code.push(c);
        } else if !code.ends_with('_') && !code.is_empty() {
            code.push('_');
        }
    }
    let code = code.trim_end_matches('_');
    let code: String = code.chars().take(50).collect();
    if code.is_empty() {
        "topic".to_owned()
    } else {
        code
    }
}

#[server(prefix = "/api", endpoint = "topics/list")]
pub async fn list_topics() -> Result<Vec<Topic>, AppError> {
    let db = crate::state::db()?;
    Ok(entity::list(&db).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_url_safe() {
        assert_eq!(code_for("Leak detection & repair"), "leak_detection_repair");
        assert_eq!(code_for("  GIS / SCADA "), "gis_scada");
        assert_eq!(code_for("!!!"), "topic");
    }

    #[test]
    fn names_are_required_and_bounded() {
        use crate::i18n::Lang;
        assert_eq!(
            parse_topic_name("  Groundwater ", Lang::En).unwrap(),
            "Groundwater"
        );
        assert!(parse_topic_name(" ", Lang::En).is_err());
        assert!(parse_topic_name(&"x".repeat(121), Lang::En).is_err());
        let errors = parse_topic_name(" ", Lang::ZhHans).unwrap_err();
        assert_eq!(errors.for_field("name"), Some("请输入主题名称。"));
    }
}
