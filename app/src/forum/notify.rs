//! Emails at each step of a Forum registration. Sent after the change is saved; a mail server
//! that fails is logged and does not undo the registration.

use super::rules::Status;
use super::service::Change;
use crate::state::AppState;

/// The subject and body for `change`, or `None` when there is nothing to tell.
pub fn message(change: &Change, base_url: &str) -> Option<(String, String)> {
    let r = &change.registration;
    let title = &change.edition.title;
    let name = &r.name;
    let badge = format!("{base_url}/forum/badge/{}", r.badge_code);
    let status = Status::parse(&r.status)?;
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
    Some((
        subject,
        format!("Dear {name},\n\n{middle}\n\nWaterLinks Hub"),
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
