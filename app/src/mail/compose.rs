//! A stored message as the MIME message the mail server gets: `multipart/alternative` (text,
//! then HTML: clients show the last part they can), inside `multipart/related` when the HTML
//! shows inline images (by Content-ID, RFC 2392), inside `multipart/mixed` when files are
//! attached.

use super::entity::Model;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::Message;

/// The message `stored` from `from`; an error names what could not be built (a malformed
/// recipient, say), for the outbox panel.
pub fn compose(stored: &Model, from: &Mailbox) -> Result<Message, String> {
    let to: Mailbox = stored
        .recipient
        .parse()
        .map_err(|e| format!("the recipient address is not valid: {e}"))?;
    let builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(stored.subject.clone());
    let Some(html) = &stored.html_body else {
        return builder
            .singlepart(SinglePart::plain(stored.body.clone()))
            .map_err(|e| e.to_string());
    };
    let mut body = MultiPart::alternative_plain_html(stored.body.clone(), html.clone());
    let parts = stored.parts();
    let mut images = Vec::new();
    let mut files = Vec::new();
    for part in parts {
        let bytes = part
            .bytes()
            .map_err(|e| format!("attachment {}: {e}", part.filename))?;
        let content_type = ContentType::parse(&part.content_type)
            .map_err(|e| format!("attachment {}: {e}", part.filename))?;
        match part.content_id {
            Some(id) => images.push(Attachment::new_inline(id).body(bytes, content_type)),
            None => files.push(Attachment::new(part.filename).body(bytes, content_type)),
        }
    }
    if !images.is_empty() {
        let mut related = MultiPart::related().multipart(body);
        for image in images {
            related = related.singlepart(image);
        }
        body = related;
    }
    if !files.is_empty() {
        let mut mixed = MultiPart::mixed().multipart(body);
        for file in files {
            mixed = mixed.singlepart(file);
        }
        body = mixed;
    }
    builder.multipart(body).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mail::{FileAttachment, InlineImage, Letter};

    fn stored(letter: &Letter) -> Model {
        let parts: Vec<_> = letter
            .images
            .iter()
            .map(|i| super::super::entity::StoredPart {
                filename: "qr.png".into(),
                content_type: "image/png".into(),
                content_id: Some(i.content_id.clone()),
                base64: "iVBORw==".into(),
            })
            .chain(
                letter
                    .files
                    .iter()
                    .map(|f| super::super::entity::StoredPart {
                        filename: f.filename.clone(),
                        content_type: f.content_type.clone(),
                        content_id: None,
                        base64: "QkVHSU4=".into(),
                    }),
            )
            .collect();
        Model {
            id: 1,
            recipient: letter.to.clone(),
            subject: letter.subject.clone(),
            body: letter.text(),
            html_body: Some(letter.html()),
            attachments: serde_json::to_string(&parts).unwrap(),
            sensitive: false,
            status: crate::mail::DeliveryStatus::Sending,
            attempts: 1,
            queued_at: None,
            next_attempt_at: None,
            locked_until: None,
            last_error: None,
            sent_at: None,
            created_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn text_html_inline_image_and_file_nest_as_mail_clients_expect() {
        let mut letter = Letter::new("ana@x.example", "You are registered")
            .greeting("Ana")
            .action("Your badge", "https://hub.example/forum/badge/x");
        letter.images.push(InlineImage {
            content_id: "badge-qr".into(),
            alt: "QR".into(),
            png: vec![1],
        });
        letter.files.push(FileAttachment {
            filename: "forum.ics".into(),
            content_type: "text/calendar; charset=utf-8".into(),
            bytes: vec![1],
        });
        let from: Mailbox = "Hub <hub@x.example>".parse().unwrap();
        let raw = String::from_utf8(compose(&stored(&letter), &from).unwrap().formatted()).unwrap();
        let at = |needle: &str| {
            raw.find(needle)
                .unwrap_or_else(|| panic!("{needle}: {raw}"))
        };
        assert!(at("multipart/mixed") < at("multipart/related"));
        assert!(at("multipart/related") < at("multipart/alternative"));
        assert!(at("text/plain") < at("text/html"));
        assert!(raw.contains("Content-ID: <badge-qr>"), "{raw}");
        assert!(raw.contains("filename=\"forum.ics\""), "{raw}");
    }

    #[test]
    fn a_plain_message_stays_plain_and_a_bad_address_is_named() {
        let letter = Letter::new("not an address", "Hi");
        let mut model = stored(&letter);
        let from: Mailbox = "hub@x.example".parse().unwrap();
        assert!(compose(&model, &from)
            .unwrap_err()
            .contains("recipient address"));
        model.recipient = "a@x.example".into();
        model.html_body = None;
        let raw = String::from_utf8(compose(&model, &from).unwrap().formatted()).unwrap();
        assert!(!raw.contains("multipart"), "{raw}");
    }
}
