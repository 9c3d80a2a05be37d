//! Emails at each step of a Forum registration, written to the outbox in the transaction that
//! makes the step (a registration is never saved without its message, nor the reverse). The
//! confirmation of a place carries the badge's QR code as a picture and the Forum's dates as a
//! calendar file.

use super::entity::{edition, registration};
use super::rules::Status;
use super::service::dates_in;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::mail::{FileAttachment, InlineImage, Letter};
use crate::t;
use chrono::Duration;
use icalendar::{Calendar, Component, Event, EventLike};
use sea_orm::ConnectionTrait;

/// A registration whose people must be told something, and the token of a confirmation link
/// when one was issued.
#[derive(Debug, Clone)]
pub struct Change {
    pub registration: registration::Model,
    pub edition: edition::Model,
    /// A new email confirmation token, to send.
    pub token: Option<String>,
    /// A new personal code (voting and cancelling), to send and show once.
    pub personal_code: Option<String>,
}

/// The Content-ID of the badge's QR code in the HTML part.
pub const BADGE_QR_ID: &str = "badge-qr";

/// The letter for `change`, or `None` when there is nothing to tell. It is written in the
/// language the registration was made in, whoever made the change (an admin approving in
/// English writes to a Vietnamese registrant in Vietnamese).
pub fn letter(change: &Change, base_url: &str) -> Option<Letter> {
    let r = &change.registration;
    let lang = r.language.unwrap_or_default();
    let title = change.edition.title.as_str();
    let badge = format!("{base_url}/forum/badge/{}", r.badge_code);
    let forum = format!("{base_url}/forum");
    let letter = Letter::new(r.email.clone(), "")
        .lang(lang)
        .greeting(r.name.clone());
    let mut letter = match (r.status, &change.token) {
        (Status::Unconfirmed, Some(token)) => letter
            .paragraph(t!(lang, "forum-mail-confirm-text", edition = title))
            .action(
                t!(lang, "forum-mail-confirm-action"),
                format!("{base_url}/forum/confirm?token={token}"),
            )
            .paragraph(t!(lang, "forum-mail-confirm-note"))
            .sensitive(),
        (Status::Unconfirmed, None) => return None,
        (Status::Pending, _) => letter
            .paragraph(t!(lang, "forum-mail-pending-text"))
            .action(t!(lang, "forum-mail-your-registration"), badge),
        (Status::Registered, _) => letter
            .paragraph(t!(
                lang,
                "forum-mail-registered-text",
                edition = title,
                dates = dates_in(lang, change.edition.starts_on, change.edition.ends_on),
                venue = change.edition.venue.as_str()
            ))
            .action(t!(lang, "forum-mail-open-badge"), badge),
        (Status::Waitlisted, _) => letter
            .paragraph(t!(lang, "forum-mail-waitlisted-text", edition = title))
            .action(t!(lang, "forum-mail-your-registration"), badge),
        (Status::Rejected, _) => letter
            .paragraph(t!(lang, "forum-mail-rejected-text"))
            .action(t!(lang, "forum-mail-the-forum"), forum),
        (Status::Cancelled, _) => letter
            .paragraph(t!(lang, "forum-mail-cancelled-text"))
            .action(t!(lang, "forum-mail-register-again"), forum),
    };
    letter.subject = subject(lang, r.status, title);
    if let Some(code) = &change.personal_code {
        letter = letter
            .paragraph(t!(lang, "forum-mail-personal-code", code = code.as_str()))
            .paragraph(t!(
                lang,
                "forum-mail-vote-link",
                link = format!("{base_url}/awards/vote/{code}")
            ))
            .paragraph(t!(
                lang,
                "forum-mail-cancel-link",
                link = format!("{base_url}/forum/cancel/{code}")
            ))
            .sensitive();
    }
    if r.status == Status::Registered {
        if let Some(png) = super::qr::png(&r.badge_code) {
            letter.images.push(InlineImage {
                content_id: BADGE_QR_ID.to_owned(),
                alt: t!(lang, "forum-mail-qr-alt", edition = title),
                png,
            });
        }
        letter.files.push(FileAttachment {
            filename: format!("forum-{}.ics", change.edition.year),
            content_type: "text/calendar; charset=utf-8".to_owned(),
            bytes: calendar(&change.edition, base_url, lang).into_bytes(),
        });
    }
    Some(letter)
}

fn subject(lang: Lang, status: Status, title: &str) -> String {
    match status {
        Status::Unconfirmed => t!(lang, "forum-subject-unconfirmed", edition = title),
        Status::Pending => t!(lang, "forum-subject-pending", edition = title),
        Status::Registered => t!(lang, "forum-subject-registered", edition = title),
        Status::Waitlisted => t!(lang, "forum-subject-waitlisted", edition = title),
        Status::Rejected => t!(lang, "forum-subject-rejected", edition = title),
        Status::Cancelled => t!(lang, "forum-subject-cancelled", edition = title),
    }
}

/// The Forum's days as one all-day event (RFC 5545 §3.6.1: DTEND is the day after the last),
/// its description in the registrant's language.
fn calendar(e: &edition::Model, base_url: &str, lang: Lang) -> String {
    let host = url::Url::parse(base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "waterlinks.hub".to_owned());
    let page = format!("{base_url}/forum");
    let mut event = Event::new();
    event
        .uid(&format!("forum-{}@{host}", e.year))
        .summary(&e.title)
        .starts(e.starts_on)
        .ends(e.ends_on + Duration::days(1))
        .location(&e.venue)
        .description(&t!(lang, "forum-ics-description", link = page.as_str()))
        .url(&page);
    Calendar::new()
        .name(&e.title)
        .push(event.done())
        .done()
        .to_string()
}

/// Writes the message for `change` to the outbox, inside `txn` (the change's transaction).
pub async fn tell<C: ConnectionTrait>(
    txn: &C,
    base_url: &str,
    change: &Change,
) -> Result<(), AppError> {
    if let Some(letter) = letter(change, base_url) {
        crate::mail::enqueue(txn, &letter).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forum::rules::AttendeeType;
    use chrono::{NaiveDate, Utc};

    fn change(status: Status, token: Option<&str>) -> Change {
        let now = Utc::now();
        let day = NaiveDate::from_ymd_opt(2027, 3, 9).unwrap_or_default();
        Change {
            registration: registration::Model {
                id: 1,
                edition_id: 1,
                name: "Ana".into(),
                email: "ana@x.example".into(),
                organization: "DCWD".into(),
                attendee_type: AttendeeType::Utility,
                account_id: None,
                answers: "[]".into(),
                status,
                confirm_token_hash: None,
                badge_code: "ab".repeat(16),
                personal_code_hash: None,
                confirmed_at: None,
                checked_in_at: None,
                checked_in_by: None,
                queued_at: now,
                created_at: now,
                updated_at: now,
                language: None,
            },
            edition: edition::Model {
                id: 1,
                year: 2027,
                title: "WaterLinks Forum 2027".into(),
                venue: "Manila".into(),
                time_zone: "Asia/Manila".into(),
                starts_on: day,
                ends_on: day + Duration::days(2),
                capacity: 1,
                opens_at: now,
                closes_at: now,
                needs_approval: false,
                is_demo: false,
                updated_at: now,
            },
            token: token.map(str::to_owned),
            personal_code: None,
        }
    }

    const BASE: &str = "https://hub.example";

    #[test]
    fn each_step_says_what_happens_next_with_a_link_to_its_page() {
        let confirm = letter(&change(Status::Unconfirmed, Some("t0k")), BASE).unwrap();
        assert!(confirm.subject.starts_with("Confirm"));
        assert!(confirm
            .text()
            .contains("https://hub.example/forum/confirm?token=t0k"));
        assert!(confirm.sensitive, "a confirmation link is private");
        assert!(letter(&change(Status::Unconfirmed, None), BASE).is_none());
        let waiting = letter(&change(Status::Waitlisted, None), BASE).unwrap();
        assert_eq!(waiting.subject, "On the waitlist: WaterLinks Forum 2027");
        assert!(waiting
            .html()
            .contains(&format!("/forum/badge/{}", "ab".repeat(16))));
        assert!(waiting.images.is_empty() && waiting.files.is_empty());
        assert!(!waiting.sensitive);
        let pending = letter(&change(Status::Pending, None), BASE).unwrap();
        assert!(pending.subject.contains("awaits approval"));
    }

    #[test]
    fn a_place_comes_with_the_badge_qr_code_and_the_forum_dates() {
        let placed = letter(&change(Status::Registered, None), BASE).unwrap();
        assert!(placed
            .text()
            .contains(&format!("{BASE}/forum/badge/{}", "ab".repeat(16))));
        assert!(placed.text().contains("9 March 2027 – 11 March 2027"));
        assert_eq!(placed.images.len(), 1);
        assert_eq!(placed.images[0].content_id, BADGE_QR_ID);
        assert!(placed.images[0].png.starts_with(b"\x89PNG"));
        assert!(placed.html().contains("src=\"cid:badge-qr\""));
        let ics = String::from_utf8(placed.files[0].bytes.clone()).unwrap();
        assert_eq!(placed.files[0].filename, "forum-2027.ics");
        assert!(ics.contains("DTSTART;VALUE=DATE:20270309"), "{ics}");
        assert!(ics.contains("DTEND;VALUE=DATE:20270312"), "{ics}");
        assert!(ics.contains("LOCATION:Manila"), "{ics}");
    }

    #[test]
    fn the_personal_code_comes_with_its_voting_and_cancel_links_and_only_when_issued() {
        let mut registered = change(Status::Registered, None);
        let body = letter(&registered, BASE).unwrap().text();
        assert!(!body.contains("/awards/vote/"), "{body}");
        registered.personal_code = Some("K7QM-2XHD-9PWT".into());
        let with_code = letter(&registered, BASE).unwrap();
        let body = with_code.text();
        assert!(
            body.contains("https://hub.example/awards/vote/K7QM-2XHD-9PWT"),
            "{body}"
        );
        assert!(
            body.contains("https://hub.example/forum/cancel/K7QM-2XHD-9PWT"),
            "{body}"
        );
        assert!(with_code.sensitive, "the code is private");
        // The badge link carries the badge code only.
        assert!(body.contains(&format!("/forum/badge/{}", "ab".repeat(16))));
    }

    #[test]
    fn the_letter_is_in_the_registrations_language_and_keeps_the_name() {
        let mut registered = change(Status::Registered, None);
        registered.registration.name = "Nguyễn Thị Minh Khai".into();
        registered.registration.language = Some(Lang::Vi);
        let placed = letter(&registered, BASE).unwrap();
        assert_eq!(
            placed.subject,
            "Bạn đã đăng ký thành công WaterLinks Forum 2027"
        );
        let body = placed.text();
        assert!(body.contains("Nguyễn Thị Minh Khai"), "{body}");
        assert!(body.contains("tháng 3"), "{body}");
        let ics = String::from_utf8(placed.files[0].bytes.clone()).unwrap();
        assert!(ics.contains("Chương trình"), "{ics}");
    }
}
