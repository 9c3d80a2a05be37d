//! Emails at each step of a Forum registration, written to the outbox in the transaction that
//! makes the step (a registration is never saved without its message, nor the reverse). The
//! confirmation of a place carries the badge's QR code as a picture and the Forum's dates as a
//! calendar file.

use super::entity::{edition, registration};
use super::rules::Status;
use crate::error::AppError;
use crate::mail::{FileAttachment, InlineImage, Letter};
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

/// The letter for `change`, or `None` when there is nothing to tell.
pub fn letter(change: &Change, base_url: &str) -> Option<Letter> {
    let r = &change.registration;
    let title = &change.edition.title;
    let badge = format!("{base_url}/forum/badge/{}", r.badge_code);
    let forum = format!("{base_url}/forum");
    let letter = Letter::new(r.email.clone(), "").greeting(r.name.clone());
    let mut letter = match (r.status, &change.token) {
        (Status::Unconfirmed, Some(token)) => letter
            .paragraph(format!(
                "Thank you for registering for {title}. Please confirm your email address:"
            ))
            .action(
                "Confirm my registration",
                format!("{base_url}/forum/confirm?token={token}"),
            )
            .paragraph(
                "Your registration counts once it is confirmed. If you did not register, \
                 ignore this message.",
            )
            .sensitive(),
        (Status::Unconfirmed, None) => return None,
        (Status::Pending, _) => letter
            .paragraph(
                "Your email is confirmed. The secretariat reviews every registration for this \
                 edition and will email you its decision.",
            )
            .action("Your registration", badge),
        (Status::Registered, _) => letter
            .paragraph(format!(
                "Your place at {title} ({}, {}) is confirmed. Your badge, with the QR code we \
                 scan at the entrance, is below and on its page (open it once on your phone \
                 and it stays on screen, even offline). The Forum's dates are attached for \
                 your calendar.",
                dates(&change.edition),
                change.edition.venue
            ))
            .action("Open your badge", badge),
        (Status::Waitlisted, _) => letter
            .paragraph(format!(
                "{title} is full, so you are on its waitlist. When a place frees up it goes to \
                 the next person waiting, and we will email you at once."
            ))
            .action("Your registration", badge),
        (Status::Rejected, _) => letter
            .paragraph(
                "We are sorry: the secretariat could not accept your registration for this \
                 edition. Please reply to the secretariat if you have questions.",
            )
            .action("The Forum", forum),
        (Status::Cancelled, _) => letter
            .paragraph(
                "Your registration has been cancelled. You are welcome to register again while \
                 registration is open.",
            )
            .action("Register again", forum),
    };
    letter.subject = subject(r.status, title);
    if let Some(code) = &change.personal_code {
        letter = letter
            .paragraph(format!(
                "Your personal code is {code}. Keep it to yourself: unlike your badge, it is \
                 what lets you vote and cancel. A newer email replaces this code."
            ))
            .paragraph(format!(
                "Vote in the Forum awards (once checked in): {base_url}/awards/vote/{code}"
            ))
            .paragraph(format!(
                "Cancel your registration: {base_url}/forum/cancel/{code}"
            ))
            .sensitive();
    }
    if r.status == Status::Registered {
        if let Some(png) = super::qr::png(&r.badge_code) {
            letter.images.push(InlineImage {
                content_id: BADGE_QR_ID.to_owned(),
                alt: format!("QR code of your badge for {title}"),
                png,
            });
        }
        letter.files.push(FileAttachment {
            filename: format!("forum-{}.ics", change.edition.year),
            content_type: "text/calendar; charset=utf-8".to_owned(),
            bytes: calendar(&change.edition, base_url).into_bytes(),
        });
    }
    Some(letter)
}

fn subject(status: Status, title: &str) -> String {
    match status {
        Status::Unconfirmed => format!("Confirm your registration for {title}"),
        Status::Pending => format!("Your registration for {title} awaits approval"),
        Status::Registered => format!("You are registered for {title}"),
        Status::Waitlisted => format!("On the waitlist: {title}"),
        Status::Rejected => format!("Your registration for {title}"),
        Status::Cancelled => format!("Registration cancelled: {title}"),
    }
}

fn dates(e: &edition::Model) -> String {
    if e.starts_on == e.ends_on {
        e.starts_on.format("%-d %B %Y").to_string()
    } else {
        format!(
            "{} to {}",
            e.starts_on.format("%-d %B"),
            e.ends_on.format("%-d %B %Y")
        )
    }
}

/// The Forum's days as one all-day event (RFC 5545 §3.6.1: DTEND is the day after the last).
fn calendar(e: &edition::Model, base_url: &str) -> String {
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
        .description(&page)
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
        assert!(placed.text().contains("9 March to 11 March 2027"));
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
}
