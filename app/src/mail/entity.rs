//! The `outbox_message` table: every message, from the moment the change that causes it is
//! saved until it is delivered (or given up).

use super::{DeliveryStatus, Letter};
use base64::Engine;
use sea_orm::entity::prelude::*;
use sea_orm::Set;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox_message")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub recipient: String,
    pub subject: String,
    /// The plain-text part.
    pub body: String,
    pub html_body: Option<String>,
    /// JSON list of [`StoredPart`]: inline images and attached files.
    pub attachments: String,
    pub sensitive: bool,
    pub status: DeliveryStatus,
    /// Attempts made so far (counted when a worker takes the message).
    pub attempts: i32,
    /// When it was written, or last sent again by an admin: the age limit counts from here.
    pub queued_at: Option<DateTimeUtc>,
    pub next_attempt_at: Option<DateTimeUtc>,
    /// While `sending`: the worker's lease; past it, another worker may take the message.
    pub locked_until: Option<DateTimeUtc>,
    pub last_error: Option<String>,
    pub sent_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// An inline image (with a Content-ID) or an attached file, as the `attachments` column keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredPart {
    pub filename: String,
    pub content_type: String,
    /// Set for an image the HTML part shows (`cid:` link), without angle brackets.
    pub content_id: Option<String>,
    /// The bytes, base64.
    pub base64: String,
}

impl StoredPart {
    pub fn bytes(&self) -> Result<Vec<u8>, base64::DecodeError> {
        base64::engine::general_purpose::STANDARD.decode(&self.base64)
    }
}

impl Model {
    /// The stored parts; a row whose JSON cannot be read has none (logged).
    pub fn parts(&self) -> Vec<StoredPart> {
        serde_json::from_str(&self.attachments).unwrap_or_else(|e| {
            tracing::error!(error = %e, message = self.id, "unreadable attachments");
            Vec::new()
        })
    }
}

fn parts_of(letter: &Letter) -> Vec<StoredPart> {
    let encode = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    let images = letter.images.iter().map(|image| StoredPart {
        filename: format!("{}.png", image.content_id),
        content_type: "image/png".to_owned(),
        content_id: Some(image.content_id.clone()),
        base64: encode(&image.png),
    });
    let files = letter.files.iter().map(|file| StoredPart {
        filename: file.filename.clone(),
        content_type: file.content_type.clone(),
        content_id: None,
        base64: encode(&file.bytes),
    });
    images.chain(files).collect()
}

/// Writes `letter` to the outbox, on `db` — inside the caller's transaction when it is one, so
/// that the message exists exactly when the change that causes it does. Delivery happens later,
/// off the request path.
pub async fn enqueue<C: ConnectionTrait>(db: &C, letter: &Letter) -> Result<i32, DbErr> {
    let attachments = serde_json::to_string(&parts_of(letter))
        .map_err(|e| DbErr::Custom(format!("attachments not encodable: {e}")))?;
    let now = chrono::Utc::now();
    let stored = ActiveModel {
        recipient: Set(letter.to.clone()),
        subject: Set(letter.subject.clone()),
        body: Set(letter.text()),
        html_body: Set(Some(letter.html())),
        attachments: Set(attachments),
        sensitive: Set(letter.sensitive),
        ..queued(now)
    }
    .insert(db)
    .await?;
    Ok(stored.id)
}

/// A message due now, with nothing in it yet.
fn queued(now: DateTimeUtc) -> ActiveModel {
    ActiveModel {
        html_body: Set(None),
        attachments: Set("[]".to_owned()),
        sensitive: Set(false),
        status: Set(DeliveryStatus::Queued),
        attempts: Set(0),
        queued_at: Set(Some(now)),
        next_attempt_at: Set(Some(now)),
        locked_until: Set(None),
        last_error: Set(None),
        sent_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mail::{FileAttachment, InlineImage};

    #[test]
    fn images_keep_their_content_id_and_files_their_names() {
        let mut letter = Letter::new("a@x.example", "Hi");
        letter.images.push(InlineImage {
            content_id: "badge-qr".into(),
            alt: "QR".into(),
            png: vec![137, 80, 78, 71],
        });
        letter.files.push(FileAttachment {
            filename: "forum.ics".into(),
            content_type: "text/calendar".into(),
            bytes: b"BEGIN:VCALENDAR".to_vec(),
        });
        let parts = parts_of(&letter);
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].content_id.as_deref(), Some("badge-qr"));
        assert_eq!(parts[0].bytes().unwrap(), vec![137, 80, 78, 71]);
        assert_eq!(parts[1].content_id, None);
        assert_eq!(parts[1].filename, "forum.ics");
        assert_eq!(parts[1].bytes().unwrap(), b"BEGIN:VCALENDAR");
    }
}
