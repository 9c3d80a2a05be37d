//! A message to one person, written once and rendered as both plain text and HTML, always with
//! the network's name and, where it is about a page, the link to that page.

/// The name every message is signed with.
pub const NETWORK_NAME: &str = "WaterLinks Hub";

/// What a message says. Notifiers build one; [`Letter::text`] and [`Letter::html`] render it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Letter {
    pub to: String,
    /// Whom the greeting names ("Dear …"); none gives a neutral greeting.
    pub name: Option<String>,
    pub subject: String,
    /// Paragraphs before the link.
    pub paragraphs: Vec<String>,
    /// The page the message is about.
    pub action: Option<Action>,
    /// Paragraphs after the link.
    pub after: Vec<String>,
    /// Images shown in the HTML part, referenced by Content-ID (a badge's QR code).
    pub images: Vec<InlineImage>,
    /// Files attached (a calendar file).
    pub files: Vec<FileAttachment>,
    /// Holds a secret link (password reset, email confirmation): only its recipient may read
    /// it in the app's outbox, never other admins.
    pub sensitive: bool,
    /// The recipient's language: the greeting, the footer and `<html lang>` follow it (the
    /// notifier writes the subject and paragraphs in it).
    pub lang: crate::i18n::Lang,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    pub label: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct InlineImage {
    /// The Content-ID, without angle brackets.
    pub content_id: String,
    pub alt: String,
    pub png: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FileAttachment {
    pub filename: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

impl Letter {
    /// A letter to `to` about `subject`; add to it with the builder methods.
    pub fn new(to: impl Into<String>, subject: impl Into<String>) -> Letter {
        Letter {
            to: to.into(),
            subject: subject.into(),
            ..Letter::default()
        }
    }

    /// Writes the letter's own words (greeting, footer) in `lang`.
    pub fn lang(mut self, lang: crate::i18n::Lang) -> Letter {
        self.lang = lang;
        self
    }

    pub fn greeting(mut self, name: impl Into<String>) -> Letter {
        self.name = Some(name.into());
        self
    }

    pub fn paragraph(mut self, text: impl Into<String>) -> Letter {
        if self.action.is_some() {
            self.after.push(text.into());
        } else {
            self.paragraphs.push(text.into());
        }
        self
    }

    pub fn action(mut self, label: impl Into<String>, url: impl Into<String>) -> Letter {
        self.action = Some(Action {
            label: label.into(),
            url: url.into(),
        });
        self
    }

    pub fn sensitive(mut self) -> Letter {
        self.sensitive = true;
        self
    }

    fn salutation(&self) -> String {
        match &self.name {
            Some(name) if !name.trim().is_empty() => {
                crate::t!(self.lang, "mail-greeting", name = name.trim())
            }
            _ => crate::t!(self.lang, "mail-greeting-neutral"),
        }
    }

    /// The plain-text part.
    pub fn text(&self) -> String {
        let mut out = vec![self.salutation()];
        out.extend(self.paragraphs.iter().cloned());
        if let Some(action) = &self.action {
            out.push(format!("{}:\n{}", action.label, action.url));
        }
        out.extend(self.after.iter().cloned());
        out.push(format!("{NETWORK_NAME}\n{}", self.footer()));
        out.join("\n\n")
    }

    /// The HTML part: the same words, escaped, with the link as a button.
    #[cfg(feature = "ssr")]
    pub fn html(&self) -> String {
        use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};
        let p = |s: &str| format!("<p>{}</p>", text(s).replace('\n', "<br>"));
        let mut body = String::new();
        body.push_str(&p(&self.salutation()));
        for paragraph in &self.paragraphs {
            body.push_str(&p(paragraph));
        }
        if let Some(action) = &self.action {
            body.push_str(&format!(
                "<p><a href=\"{url}\" style=\"display:inline-block;padding:10px 18px;\
                 background:#0b5fa5;color:#ffffff;text-decoration:none;border-radius:4px\">{label}</a></p>\
                 <p style=\"font-size:13px;color:#444\">{url_text}</p>",
                url = attr(&action.url),
                label = text(&action.label),
                url_text = text(&action.url),
            ));
        }
        for image in &self.images {
            body.push_str(&format!(
                "<p><img src=\"cid:{}\" alt=\"{}\" width=\"200\" height=\"200\"></p>",
                attr(&image.content_id),
                attr(&image.alt)
            ));
        }
        for paragraph in &self.after {
            body.push_str(&p(paragraph));
        }
        format!(
            "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{subject}</title></head>\
             <body style=\"font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:600px\">\
             <p style=\"font-size:18px;font-weight:bold;color:#0b5fa5\">{NETWORK_NAME}</p>{body}\
             <hr><p style=\"font-size:13px;color:#444\">{NETWORK_NAME}<br>{footer}</p></body></html>",
            lang = self.lang.as_code(),
            subject = text(&self.subject),
            footer = text(&self.footer()),
        )
    }

    fn footer(&self) -> String {
        crate::t!(self.lang, "mail-footer")
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn reset() -> Letter {
        Letter::new("ana@x.example", "Reset your password")
            .greeting("Ana <script>")
            .paragraph("Someone asked to reset your password.")
            .action(
                "Choose a new password",
                "https://hub.example/reset?token=a&b",
            )
            .paragraph("If it was not you, ignore this message.")
            .sensitive()
    }

    #[test]
    fn both_parts_carry_the_words_the_link_and_the_networks_name() {
        let letter = reset();
        let text = letter.text();
        assert!(text.starts_with("Dear Ana <script>,"), "{text}");
        assert!(text.contains("Choose a new password:\nhttps://hub.example/reset?token=a&b"));
        assert!(text.find("Someone asked") < text.find("If it was not you"));
        assert!(text.contains(NETWORK_NAME));
        let html = letter.html();
        assert!(
            html.contains("href=\"https://hub.example/reset?token=a&amp;b\""),
            "{html}"
        );
        assert!(html.contains("Dear Ana &lt;script&gt;,"), "{html}");
        assert!(!html.contains("<script>"));
        assert!(html.contains(NETWORK_NAME));
        assert!(letter.sensitive);
    }

    #[test]
    fn a_letter_without_a_name_greets_neutrally() {
        assert!(Letter::new("a@x.example", "Hi")
            .text()
            .starts_with("Hello,"));
    }
}
