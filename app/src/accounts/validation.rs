//! Checks on account input, free of the web and the database.

pub const PASSWORD_MIN_CHARS: usize = 12;
const PASSWORD_MAX_CHARS: usize = 256;
const NAME_MAX_CHARS: usize = 120;
/// The longest email address mail can carry (RFC 5321: a path of 256 octets, less its brackets).
pub const EMAIL_MAX_CHARS: usize = 254;

fn email_too_long() -> String {
    format!("An email address has at most {EMAIL_MAX_CHARS} characters.")
}

/// Counts at most `max + 1` characters, so a huge input costs no more than a long one.
fn longer_than(text: &str, max: usize) -> bool {
    text.chars().nth(max).is_some()
}

/// A password must be long rather than complicated (NIST SP 800-63B): at least 12 characters.
pub fn validate_new_password(password: &str) -> Result<(), String> {
    let length = password.chars().count();
    if length < PASSWORD_MIN_CHARS {
        Err(format!(
            "Use at least {PASSWORD_MIN_CHARS} characters; a short sentence is easy to remember."
        ))
    } else if length > PASSWORD_MAX_CHARS {
        Err(format!("Use at most {PASSWORD_MAX_CHARS} characters."))
    } else {
        Ok(())
    }
}

/// Emails are compared case-insensitively, so they are stored trimmed and lower-cased.
pub fn normalize_email(email: &str) -> Result<String, String> {
    let email = email.trim();
    if longer_than(email, EMAIL_MAX_CHARS) {
        return Err(email_too_long());
    }
    let email = email.to_lowercase();
    if email.is_empty() {
        Err("Please enter your email address.".to_owned())
    } else if !email_address::EmailAddress::is_valid(&email) {
        Err("This does not look like an email address (for example, name@utility.org).".to_owned())
    } else {
        Ok(email)
    }
}

/// The email typed to sign in, trimmed and lower-cased; refused only when empty or longer than
/// any address (a malformed one simply matches no account, and says so the usual way).
pub fn sign_in_email(email: &str) -> Result<String, String> {
    let email = email.trim();
    if email.is_empty() {
        Err("Please enter your email address.".to_owned())
    } else if longer_than(email, EMAIL_MAX_CHARS) {
        Err(email_too_long())
    } else {
        Ok(email.to_lowercase())
    }
}

pub fn validate_display_name(name: &str) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() {
        Err("Please enter your name.".to_owned())
    } else if name.chars().count() > NAME_MAX_CHARS {
        Err(format!(
            "Please keep your name under {NAME_MAX_CHARS} characters."
        ))
    } else {
        Ok(name.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_need_twelve_characters() {
        assert!(validate_new_password("short pass").is_err());
        assert!(validate_new_password("twelve chars").is_ok());
        assert!(validate_new_password(&"x".repeat(300)).is_err());
    }

    #[test]
    fn emails_are_trimmed_and_lowercased() {
        assert_eq!(
            normalize_email("  Ana.Reyes@MCWD.gov.ph ").unwrap(),
            "ana.reyes@mcwd.gov.ph"
        );
        assert!(normalize_email("ana at mcwd").is_err());
        assert!(normalize_email("").is_err());
    }

    #[test]
    fn over_long_emails_are_refused_before_any_other_work() {
        let long = format!("{}@example.org", "a".repeat(45_000));
        assert!(normalize_email(&long).unwrap_err().contains("254"));
        assert!(sign_in_email(&long).unwrap_err().contains("254"));
        let longest = format!("{}@{}.org", "a".repeat(64), "b".repeat(185));
        assert_eq!(longest.chars().count(), EMAIL_MAX_CHARS);
        assert_eq!(
            sign_in_email(&format!(" {} ", longest.to_uppercase())).unwrap(),
            longest
        );
        assert!(sign_in_email("  ").is_err());
    }

    #[test]
    fn names_are_required_and_bounded() {
        assert_eq!(validate_display_name(" Ana ").unwrap(), "Ana");
        assert!(validate_display_name("   ").is_err());
        assert!(validate_display_name(&"n".repeat(121)).is_err());
    }
}
