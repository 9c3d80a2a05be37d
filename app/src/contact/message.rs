use crate::error::{AppError, FieldErrors};
use crate::i18n::Lang;
use crate::t;

pub const NAME_MAX_CHARS: usize = 120;
pub const MESSAGE_MAX_CHARS: usize = 4_000;

/// A validated message to the secretariat: it cannot exist with an empty name or a malformed email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactMessage {
    pub name: String,
    pub email: String,
    pub organization: Option<String>,
    pub message: String,
}

impl ContactMessage {
    /// Checks every field and reports all problems at once, each next to its field.
    pub fn parse(
        lang: Lang,
        name: &str,
        email: &str,
        organization: &str,
        message: &str,
    ) -> Result<Self, AppError> {
        let (name, email, organization, message) = (
            name.trim(),
            email.trim(),
            organization.trim(),
            message.trim(),
        );
        let mut errors = FieldErrors::default();
        if name.is_empty() {
            errors.add("name", t!(lang, "contact-name-missing"));
        } else if name.chars().count() > NAME_MAX_CHARS {
            errors.add(
                "name",
                t!(lang, "contact-name-too-long", max = NAME_MAX_CHARS),
            );
        }
        if email.is_empty() {
            errors.add("email", t!(lang, "contact-email-missing"));
        } else if !email_address::EmailAddress::is_valid(email) {
            errors.add("email", t!(lang, "contact-email-invalid"));
        }
        if organization.chars().count() > NAME_MAX_CHARS {
            errors.add(
                "organization",
                t!(lang, "contact-organization-too-long", max = NAME_MAX_CHARS),
            );
        }
        if message.is_empty() {
            errors.add("message", t!(lang, "contact-message-missing"));
        } else if message.chars().count() > MESSAGE_MAX_CHARS {
            errors.add(
                "message",
                t!(lang, "contact-message-too-long", max = MESSAGE_MAX_CHARS),
            );
        }
        errors.into_result()?;
        Ok(ContactMessage {
            name: name.to_owned(),
            email: email.to_owned(),
            organization: (!organization.is_empty()).then(|| organization.to_owned()),
            message: message.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_a_complete_message_and_trims_it() {
        let m =
            ContactMessage::parse(Lang::En, " Ana Reyes ", "ana@mcwd.gov.ph", "", "Hello").unwrap();
        assert_eq!(m.name, "Ana Reyes");
        assert_eq!(m.organization, None);
    }

    #[test]
    fn reports_every_bad_field() {
        let err = ContactMessage::parse(Lang::En, "", "not-an-email", "", "   ").unwrap_err();
        assert!(err.field_message("name").is_some());
        assert!(err
            .field_message("email")
            .unwrap()
            .contains("email address"));
        assert!(err.field_message("message").is_some());
        assert!(err.field_message("organization").is_none());
    }

    #[test]
    fn refuses_an_overlong_message() {
        let long = "x".repeat(MESSAGE_MAX_CHARS + 1);
        let err = ContactMessage::parse(Lang::En, "Ana", "ana@example.org", "", &long).unwrap_err();
        assert!(err.field_message("message").unwrap().contains("under"));
    }

    #[test]
    fn says_what_is_wrong_in_the_visitor_language() {
        let err = ContactMessage::parse(Lang::Th, "", "ana@example.org", "", "Hello").unwrap_err();
        assert_eq!(err.field_message("name").unwrap(), "กรุณากรอกชื่อของคุณ");
    }
}
