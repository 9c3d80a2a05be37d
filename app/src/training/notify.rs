//! Emails about places: enrolled, waitlisted, and promoted from the waitlist. Sent after the
//! change is saved; a mail server that fails is logged and does not undo the enrolment.

use super::enrolment::Placement;
use super::rules::EnrolmentStatus;
use super::service::recipient;
use crate::state::AppState;

/// The subject and body of the message for `placement`.
pub fn message(placement: &Placement, name: &str, base_url: &str) -> (String, String) {
    let url = format!("{base_url}/training/{}", placement.program_id);
    let title = &placement.program_title;
    match (placement.status, placement.waitlist_position) {
        (EnrolmentStatus::Waitlisted, position) => (
            format!("On the waitlist: {title}"),
            format!(
                "Dear {name},\n\n{title} is full, so you are on its waitlist{}. \
                 When a place frees up it is given to the next person waiting, and we will \
                 email you at once.\n\nThe program: {url}\n\nWaterLinks Hub",
                position
                    .map(|p| format!(" (number {p})"))
                    .unwrap_or_default()
            ),
        ),
        _ => (
            format!("Your place in {title} is confirmed"),
            format!(
                "Dear {name},\n\nYou have a place in {title}. The sessions, with their times \
                 in your time zone and calendar files, are on the program's page:\n{url}\n\n\
                 If you cannot come, please cancel there so someone on the waitlist gets your \
                 place.\n\nWaterLinks Hub"
            ),
        ),
    }
}

pub async fn placed(state: &AppState, placement: &Placement) {
    let person = match recipient(&state.db, placement.account_id).await {
        Ok(Some(person)) => person,
        Ok(None) => return,
        Err(e) => {
            tracing::error!(error = %e, "could not look up whom to email about a place");
            return;
        }
    };
    let (subject, body) = message(placement, &person.1, &state.site.public_base_url);
    if let Err(e) = state
        .mailer
        .send(&state.db, &person.0, &subject, &body)
        .await
    {
        tracing::error!(error = %e, program = placement.program_id, "place email not sent");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placement(status: EnrolmentStatus, position: Option<usize>) -> Placement {
        Placement {
            account_id: 1,
            status,
            waitlist_position: position,
            program_id: 7,
            program_title: "DMA design".into(),
        }
    }

    #[test]
    fn the_message_says_where_you_stand() {
        let (subject, body) = message(
            &placement(EnrolmentStatus::Waitlisted, Some(2)),
            "Lan",
            "https://hub.example",
        );
        assert_eq!(subject, "On the waitlist: DMA design");
        assert!(body.contains("number 2"));
        assert!(body.contains("https://hub.example/training/7"));
        let (subject, _) = message(
            &placement(EnrolmentStatus::Enrolled, None),
            "Lan",
            "https://hub.example",
        );
        assert_eq!(subject, "Your place in DMA design is confirmed");
    }
}
