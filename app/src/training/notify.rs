//! Emails about places: enrolled, waitlisted, and promoted from the waitlist. Written to the
//! outbox in the transaction that changes the place, so the two exist together or not at all.

use super::rules::EnrolmentStatus;
use super::service::recipient;
use crate::error::AppError;
use crate::mail::Letter;
use sea_orm::ConnectionTrait;

/// What an enrolment change means for the people it concerns, for their emails.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    pub account_id: i32,
    pub status: EnrolmentStatus,
    pub waitlist_position: Option<usize>,
    pub program_id: i32,
    pub program_title: String,
}

/// The letter to `email` (whose name is `name`) about `placement`.
pub fn letter(placement: &Placement, email: &str, name: &str, base_url: &str) -> Letter {
    let url = format!("{base_url}/training/{}", placement.program_id);
    let title = &placement.program_title;
    match (placement.status, placement.waitlist_position) {
        (EnrolmentStatus::Waitlisted, position) => {
            Letter::new(email, format!("On the waitlist: {title}"))
                .greeting(name)
                .paragraph(format!(
                    "{title} is full, so you are on its waitlist{}. When a place frees up it \
                     is given to the next person waiting, and we will email you at once.",
                    position
                        .map(|p| format!(" (number {p})"))
                        .unwrap_or_default()
                ))
                .action("The program", url)
        }
        _ => Letter::new(email, format!("Your place in {title} is confirmed"))
            .greeting(name)
            .paragraph(format!(
                "You have a place in {title}. The sessions, with their times in your time zone \
                 and calendar files, are on the program's page:"
            ))
            .action("The program", url)
            .paragraph(
                "If you cannot come, please cancel there so someone on the waitlist gets your \
                 place.",
            ),
    }
}

/// Writes the message about `placement` to the outbox, inside `txn` (the change's
/// transaction). An account that is gone gets none.
pub async fn placed<C: ConnectionTrait>(
    txn: &C,
    base_url: &str,
    placement: &Placement,
) -> Result<(), AppError> {
    let Some((email, name)) = recipient(txn, placement.account_id).await? else {
        return Ok(());
    };
    crate::mail::enqueue(txn, &letter(placement, &email, &name, base_url)).await?;
    Ok(())
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
    fn the_message_says_where_you_stand_and_links_to_the_program() {
        let waiting = letter(
            &placement(EnrolmentStatus::Waitlisted, Some(2)),
            "lan@x.example",
            "Lan",
            "https://hub.example",
        );
        assert_eq!(waiting.subject, "On the waitlist: DMA design");
        assert_eq!(waiting.to, "lan@x.example");
        assert!(waiting.text().contains("number 2"));
        assert!(waiting.text().starts_with("Dear Lan,"));
        assert!(waiting
            .html()
            .contains("href=\"https://hub.example/training/7\""));
        let placed = letter(
            &placement(EnrolmentStatus::Enrolled, None),
            "lan@x.example",
            "Lan",
            "https://hub.example",
        );
        assert_eq!(placed.subject, "Your place in DMA design is confirmed");
        assert!(placed.text().contains("https://hub.example/training/7"));
        assert!(!placed.sensitive);
    }
}
