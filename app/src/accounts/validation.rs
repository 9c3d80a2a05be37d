//! Checks on account input, free of the web and the database. Messages are in `lang`.

use crate::i18n::Lang;
use crate::t;

pub const PASSWORD_MIN_CHARS: usize = 12;
const PASSWORD_MAX_CHARS: usize = 256;
const NAME_MAX_CHARS: usize = 120;
/// The longest email address mail can carry (RFC 5321: a path of 256 octets, less its brackets).
pub const EMAIL_MAX_CHARS: usize = 254;

fn email_too_long(lang: Lang) -> String {
    t!(lang, "accounts-email-too-long", max = EMAIL_MAX_CHARS)
}

/// Counts at most `max + 1` characters, so a huge input costs no more than a long one.
fn longer_than(text: &str, max: usize) -> bool {
    text.chars().nth(max).is_some()
}

/// A password must be long rather than complicated (NIST SP 800-63B): at least 12 characters.
pub fn validate_new_password(password: &str, lang: Lang) -> Result<(), String> {
    let length = password.chars().count();
    if length < PASSWORD_MIN_CHARS {
        Err(t!(
            lang,
            "accounts-password-too-short",
            min = PASSWORD_MIN_CHARS
        ))
    } else if length > PASSWORD_MAX_CHARS {
        Err(t!(
            lang,
            "accounts-password-too-long",
            max = PASSWORD_MAX_CHARS
        ))
    } else {
        Ok(())
    }
}

/// Emails are compared case-insensitively, so they are stored trimmed and lower-cased.
pub fn normalize_email(email: &str, lang: Lang) -> Result<String, String> {
    let email = email.trim();
    if longer_than(email, EMAIL_MAX_CHARS) {
        return Err(email_too_long(lang));
    }
    let email = email.to_lowercase();
    if email.is_empty() {
        Err(t!(lang, "accounts-email-required"))
    } else if !email_address::EmailAddress::is_valid(&email) {
        Err(t!(lang, "accounts-email-invalid"))
    } else {
        Ok(email)
    }
}

/// The email typed to sign in, trimmed and lower-cased; refused only when empty or longer than
/// any address (a malformed one simply matches no account, and says so the usual way).
pub fn sign_in_email(email: &str, lang: Lang) -> Result<String, String> {
    let email = email.trim();
    if email.is_empty() {
        Err(t!(lang, "accounts-email-required"))
    } else if longer_than(email, EMAIL_MAX_CHARS) {
        Err(email_too_long(lang))
    } else {
        Ok(email.to_lowercase())
    }
}

pub fn validate_display_name(name: &str, lang: Lang) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() {
        Err(t!(lang, "accounts-name-required"))
    } else if name.chars().count() > NAME_MAX_CHARS {
        Err(t!(lang, "accounts-name-too-long", max = NAME_MAX_CHARS))
    } else {
        Ok(name.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: Lang = Lang::En;

    #[test]
    fn passwords_need_twelve_characters() {
        assert!(validate_new_password("short pass", EN).is_err());
        assert!(validate_new_password("twelve chars", EN).is_ok());
        assert!(validate_new_password(&"x".repeat(300), EN).is_err());
    }

    #[test]
    fn emails_are_trimmed_and_lowercased() {
        assert_eq!(
            normalize_email("  Ana.Reyes@MCWD.gov.ph ", EN).unwrap(),
            "ana.reyes@mcwd.gov.ph"
        );
        assert!(normalize_email("ana at mcwd", EN).is_err());
        assert!(normalize_email("", EN).is_err());
    }

    #[test]
    fn over_long_emails_are_refused_before_any_other_work() {
        let long = format!("{}@example.org", "a".repeat(45_000));
        assert!(normalize_email(&long, EN).unwrap_err().contains("254"));
        assert!(sign_in_email(&long, EN).unwrap_err().contains("254"));
        let longest = format!("{}@{}.org", "a".repeat(64), "b".repeat(185));
        assert_eq!(longest.chars().count(), EMAIL_MAX_CHARS);
        assert_eq!(
            sign_in_email(&format!(" {} ", longest.to_uppercase()), EN).unwrap(),
            longest
        );
        assert!(sign_in_email("  ", EN).is_err());
    }

    #[test]
    fn names_are_required_and_bounded() {
        assert_eq!(validate_display_name(" Ana ", EN).unwrap(), "Ana");
        assert!(validate_display_name("   ", EN).is_err());
        assert!(validate_display_name(&"n".repeat(121), EN).is_err());
    }

    #[test]
    fn messages_come_in_the_asked_language() {
        assert_eq!(
            validate_display_name("  ", Lang::Vi).unwrap_err(),
            "Vui lòng nhập tên của bạn."
        );
        let short = validate_new_password("short", Lang::ZhHans).unwrap_err();
        assert!(short.contains("12") && short.contains("密码"), "{short}");
        assert!(normalize_email("", Lang::En)
            .unwrap_err()
            .contains("email address"));
    }
}
