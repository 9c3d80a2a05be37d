//! Emails at each step of a Forum registration. Sent after the change is saved; a mail server
//! that fails is logged and does not undo the registration.

use super::registering::Change;
use super::rules::Status;
use crate::state::AppState;

/// The subject and body for `change`, or `None` when there is nothing to tell.
pub fn message(change: &Change, base_url: &str) -> Option<(String, String)> {
    let r = &change.registration;
    let title = &change.edition.title;
    let name = &r.name;
    let badge = format!("{base_url}/forum/badge/{}", r.badge_code);
    let status = r.status;
    let (subject, middle) = match (status, &change.token) {
        (Status::Unconfirmed, Some(token)) => (
            format!("Confirm your registration for {title}"),
            format!(
                "Thank you for registering for {title}. Please confirm your email address by \
                 opening this link:\n\n{base_url}/forum/confirm?token={token}\n\n\
                 Your registration counts once it is confirmed. If you did not register, \
                 ignore this message."
            ),
        ),
        (Status::Unconfirmed, None) => return None,
        (Status::Pending, _) => (
            format!("Your registration for {title} awaits approval"),
            "Your email is confirmed. The secretariat reviews every registration for this \
             edition and will email you its decision."
                .to_owned(),
        ),
        (Status::Registered, _) => (
            format!("You are registered for {title}"),
            format!(
                "Your place at {title} is confirmed. Your badge, with the QR code we scan at \
                 the entrance, is here (open it once on your phone and it stays on screen, \
                 even offline):\n\n{badge}"
            ),
        ),
        (Status::Waitlisted, _) => (
            format!("On the waitlist: {title}"),
            format!(
                "{title} is full, so you are on its waitlist. When a place frees up it goes to \
                 the next person waiting, and we will email you at once. Your registration: \
                 {badge}"
            ),
        ),
        (Status::Rejected, _) => (
            format!("Your registration for {title}"),
            "We are sorry: the secretariat could not accept your registration for this \
             edition. Please reply to the secretariat if you have questions."
                .to_owned(),
        ),
        (Status::Cancelled, _) => (
            format!("Registration cancelled: {title}"),
            "Your registration has been cancelled. You are welcome to register again while \
             registration is open."
                .to_owned(),
        ),
    };
    let personal = match &change.personal_code {
        Some(code) => format!(
            "\n\nYour personal code is {code}. Keep it to yourself: unlike your badge, it is \
             what lets you vote and cancel.\n\
             Vote in the Forum awards (once checked in): {base_url}/awards/vote/{code}\n\
             Cancel your registration: {base_url}/forum/cancel/{code}\n\
             A newer email replaces this code."
        ),
        None => String::new(),
    };
    Some((
        subject,
        format!("Dear {name},\n\n{middle}{personal}\n\nWaterLinks Hub"),
    ))
}

pub async fn tell(state: &AppState, change: &Change) {
    let Some((subject, body)) = message(change, &state.site.public_base_url) else {
        return;
    };
    if let Err(e) = state
        .mailer
        .send(&state.db, &change.registration.email, &subject, &body)
        .await
    {
        tracing::error!(error = %e, registration = change.registration.id, "forum email not sent");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forum::entity::{edition, registration};
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
                ends_on: day,
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

    #[test]
    fn each_step_says_what_happens_next() {
        let base = "https://hub.example";
        let (subject, body) = message(&change(Status::Unconfirmed, Some("t0k")), base).unwrap();
        assert!(subject.starts_with("Confirm"));
        assert!(body.contains("https://hub.example/forum/confirm?token=t0k"));
        assert!(message(&change(Status::Unconfirmed, None), base).is_none());
        let (_, body) = message(&change(Status::Registered, None), base).unwrap();
        assert!(body.contains(&format!("/forum/badge/{}", "ab".repeat(16))));
        let (subject, _) = message(&change(Status::Waitlisted, None), base).unwrap();
        assert_eq!(subject, "On the waitlist: WaterLinks Forum 2027");
        let (subject, _) = message(&change(Status::Pending, None), base).unwrap();
        assert!(subject.contains("awaits approval"));
    }

    #[test]
    fn the_personal_code_comes_with_its_voting_and_cancel_links_and_only_when_issued() {
        let base = "https://hub.example";
        let mut registered = change(Status::Registered, None);
        let (_, body) = message(&registered, base).unwrap();
        assert!(!body.contains("/awards/vote/"), "{body}");
        registered.personal_code = Some("K7QM-2XHD-9PWT".into());
        let (_, body) = message(&registered, base).unwrap();
        assert!(
            body.contains("https://hub.example/awards/vote/K7QM-2XHD-9PWT"),
            "{body}"
        );
        assert!(
            body.contains("https://hub.example/forum/cancel/K7QM-2XHD-9PWT"),
            "{body}"
        );
        // The badge link carries the badge code only.
        assert!(body.contains(&format!("/forum/badge/{}", "ab".repeat(16))));
    }
}
