//! Text people type, checked once where it enters: no control characters in any field, and no
//! line breaks in one-line fields. A line break in a title or a link would reach calendar files
//! (`.ics` lines end at CR LF, so one could add its own lines), CSV exports and mail headers;
//! other control characters are invisible and have no business in the network's records.
//!
//! The server applies [`check_field`] to every field of every server-function form it receives
//! (one gate, so a field added later is covered without anyone remembering to); fields shown as
//! a multi-line text box are listed in [`MULTI_LINE_FIELDS`] and may hold line breaks and tabs.

/// Form fields that are multi-line text boxes (`<textarea>`): the only ones that may hold line
/// breaks (CR, LF) and tabs. A test checks that every `<textarea name=…>` of the app is listed.
pub const MULTI_LINE_FIELDS: &[&str] = &[
    "achievements",
    "body",
    "challenges",
    "choices",
    "comment",
    "comments",
    "corrective_actions",
    "description",
    "message",
    "note",
    "scope",
    "statement",
    "summary",
];

/// Whether the form field `name` is a multi-line box. Names like `answers[q3]` are one line.
pub fn is_multi_line(name: &str) -> bool {
    MULTI_LINE_FIELDS.contains(&name)
}

/// A character that may not be typed into a field: every control character (Unicode general
/// category Cc), except CR, LF and tab in multi-line fields; and the Unicode line and paragraph
/// separators in one-line fields.
pub fn forbidden(c: char, multi_line: bool) -> bool {
    if multi_line && matches!(c, '\n' | '\r' | '\t') {
        return false;
    }
    c.is_control() || (!multi_line && matches!(c, '\u{2028}' | '\u{2029}'))
}

/// Why a field's text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldProblem {
    /// A line break in a one-line field.
    LineBreak,
    /// An invisible control character (often pasted along with text).
    ControlCharacter,
}

impl FieldProblem {
    /// What the person reads next to the field, in `lang`.
    pub fn message(self, lang: crate::i18n::Lang) -> String {
        match self {
            Self::LineBreak => crate::t!(lang, "error-field-one-line"),
            Self::ControlCharacter => crate::t!(lang, "error-field-control-characters"),
        }
    }
}

/// What is wrong with field `name` holding `value`, or `None` when the value is fine.
pub fn check_field(name: &str, value: &str) -> Option<FieldProblem> {
    let multi_line = is_multi_line(name);
    let bad = value.chars().find(|&c| forbidden(c, multi_line))?;
    Some(if matches!(bad, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
        FieldProblem::LineBreak
    } else {
        FieldProblem::ControlCharacter
    })
}

/// A name that came with a file (the browser's file name): kept as given, with any control
/// character replaced, since people do not type it and refusing the file for it would help no
/// one.
pub fn clean_file_name(name: &str) -> String {
    name.chars()
        .map(|c| if forbidden(c, false) { '_' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_fields_refuse_line_breaks_and_controls_and_keep_every_script() {
        assert_eq!(
            check_field("title", "Nguyễn Thị Minh Khai · 水务 · ประปา"),
            None
        );
        for bad in ["A\r\nB", "A\nB", "A\rB", "A\u{2028}B"] {
            assert_eq!(
                check_field("title", bad),
                Some(FieldProblem::LineBreak),
                "{bad:?}"
            );
        }
        for bad in [
            "A\u{0}B",
            "A\u{7}B",
            "A\u{1b}[31mB",
            "A\u{7f}",
            "A\u{85}B",
            "A\tB",
        ] {
            assert!(check_field("link", bad).is_some(), "{bad:?}");
        }
        assert!(check_field("answers[q3]", "yes\r\nno").is_some());
    }

    #[test]
    fn multi_line_fields_keep_line_breaks_and_tabs_but_not_other_controls() {
        assert_eq!(check_field("description", "First line\r\n\tSecond"), None);
        assert_eq!(check_field("body", "A\u{2028}B"), None);
        assert!(check_field("description", "A\u{0}B").is_some());
        assert!(check_field("summary", "A\u{1b}B").is_some());
    }

    #[test]
    fn file_names_are_cleaned_not_refused() {
        assert_eq!(clean_file_name("Hợp đồng\r\n.pdf"), "Hợp đồng__.pdf");
    }

    #[test]
    fn every_text_box_of_the_app_is_listed_as_multi_line() {
        // Read the app's sources: a <textarea> whose name is not listed would have its line
        // breaks refused.
        fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    for (i, _) in text.match_indices("<textarea") {
                        let tag = &text[i..text[i..].find('>').map_or(text.len(), |e| i + e)];
                        if let Some(n) = tag.find("name=\"") {
                            let rest = &tag[n + 6..];
                            found.push(rest[..rest.find('"').unwrap_or(0)].to_owned());
                        }
                    }
                    // TextAreaField components name their field with `name="…"` too.
                    for (i, _) in text.match_indices("<TextAreaField") {
                        let tag = &text[i..text[i..].find("/>").map_or(text.len(), |e| i + e)];
                        if let Some(n) = tag.find("name=\"") {
                            let rest = &tag[n + 6..];
                            found.push(rest[..rest.find('"').unwrap_or(0)].to_owned());
                        }
                    }
                }
            }
        }
        let mut found = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut found,
        );
        assert!(found.len() >= 10, "found only {found:?}");
        for name in found {
            assert!(
                is_multi_line(&name),
                "<textarea name=\"{name}\"> is not in MULTI_LINE_FIELDS"
            );
        }
    }
}
