//! Emails about places: enrolled, waitlisted, and promoted from the waitlist. Written to the
//! outbox in the transaction that changes the place, so the two exist together or not at all.

use super::rules::EnrolmentStatus;
use super::service::recipient;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::mail::Letter;
use crate::t;
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

/// The letter to `email` (whose name is `name`) about `placement`, written in `lang`.
pub fn letter(
    placement: &Placement,
    email: &str,
    name: &str,
    base_url: &str,
    lang: Lang,
) -> Letter {
    let url = format!("{base_url}/training/{}", placement.program_id);
    let title = placement.program_title.as_str();
    match (placement.status, placement.waitlist_position) {
        (EnrolmentStatus::Waitlisted, position) => {
            let paragraph = match position {
                Some(position) => t!(
                    lang,
                    "training-mail-waitlisted-position",
                    title = title,
                    position = position
                ),
                None => t!(lang, "training-mail-waitlisted", title = title),
            };
            Letter::new(
                email,
                t!(lang, "training-mail-waitlisted-subject", title = title),
            )
            .lang(lang)
            .greeting(name)
            .paragraph(paragraph)
            .action(t!(lang, "training-mail-the-program"), url)
        }
        _ => Letter::new(
            email,
            t!(lang, "training-mail-enrolled-subject", title = title),
        )
        .lang(lang)
        .greeting(name)
        .paragraph(t!(lang, "training-mail-enrolled", title = title))
        .action(t!(lang, "training-mail-the-program"), url)
        .paragraph(t!(lang, "training-mail-enrolled-cancel")),
    }
}

/// The language to write to `account_id` in: the one they chose, else the request's when they
/// are the person acting (they see the page in it), else English.
async fn language_of<C: ConnectionTrait>(
    txn: &C,
    account_id: i32,
    acting: i32,
) -> Result<Lang, AppError> {
    Ok(
        match crate::accounts::language::ssr::saved(txn, account_id).await? {
            Some(lang) => lang,
            None if account_id == acting => crate::i18n::current(),
            None => Lang::En,
        },
    )
}

/// Writes the message about `placement` to the outbox, inside `txn` (the change's
/// transaction). An account that is gone gets none. `acting` is the account whose request
/// made the change.
pub async fn placed<C: ConnectionTrait>(
    txn: &C,
    base_url: &str,
    placement: &Placement,
    acting: i32,
) -> Result<(), AppError> {
    let Some((email, name)) = recipient(txn, placement.account_id).await? else {
        return Ok(());
    };
    let lang = language_of(txn, placement.account_id, acting).await?;
    crate::mail::enqueue(txn, &letter(placement, &email, &name, base_url, lang)).await?;
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
            Lang::En,
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
            Lang::En,
        );
        assert_eq!(placed.subject, "Your place in DMA design is confirmed");
        assert!(placed.text().contains("https://hub.example/training/7"));
        assert!(!placed.sensitive);
    }

    #[test]
    fn the_message_is_written_in_the_recipients_language() {
        let waiting = letter(
            &placement(EnrolmentStatus::Waitlisted, Some(2)),
            "lan@x.example",
            "Lan",
            "https://hub.example",
            Lang::Vi,
        );
        assert_eq!(waiting.subject, "Trong danh sách chờ: DMA design");
        assert!(waiting.text().contains("số 2"), "{}", waiting.text());
        assert!(waiting.html().contains("lang=\"vi\""));
    }
}
