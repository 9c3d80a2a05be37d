//! A registrant's personal code: what opens their awards ballot and cancels their registration.
//! It is never printed on the badge (a photographed badge must not let anyone vote or cancel for
//! its holder): it is emailed, and shown once to the person who registered. Twelve characters
//! without look-alikes (no 0/O, 1/I/L), grouped by four so it can be typed from the email.

/// The letters and digits a code is made of.
pub const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
pub const LENGTH: usize = 12;

/// A fresh code, e.g. `K7QM-2XHD-9PWT` (about 59 bits).
#[cfg(feature = "ssr")]
pub fn new_code() -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    let raw: String = (0..LENGTH)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect();
    display(&raw)
}

/// The code as people read it: groups of four joined by dashes.
pub fn display(raw: &str) -> String {
    raw.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// The code in the one form that is stored (hashed) and compared: capitals, no dashes or
/// spaces. `None` when it cannot be a code, with no database look-up.
pub fn normalize(typed: &str) -> Option<String> {
    let raw: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (raw.len() == LENGTH && raw.bytes().all(|b| ALPHABET.contains(&b))).then_some(raw)
}

/// What the database keeps instead of the code.
#[cfg(feature = "ssr")]
pub fn hash(key: &crate::secret::SecretKey, normalized: &str) -> String {
    key.keyed_hash("forum-personal-code", normalized)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_typed_back_however_it_is_spaced_or_cased() {
        assert_eq!(
            normalize(" k7qm-2xhd 9PWT ").as_deref(),
            Some("K7QM2XHD9PWT")
        );
        assert_eq!(display("K7QM2XHD9PWT"), "K7QM-2XHD-9PWT");
    }

    #[test]
    fn look_alikes_short_and_long_codes_are_not_codes() {
        assert_eq!(normalize("K7QM-2XHD-9PW0"), None);
        assert_eq!(normalize("K7QM-2XHD-9PW"), None);
        assert_eq!(normalize("K7QM-2XHD-9PWTA"), None);
        assert_eq!(normalize(""), None);
        // A badge code (32 hexadecimal characters) is not a personal code.
        assert_eq!(normalize(&"ab".repeat(16)), None);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn fresh_codes_read_back_and_differ() {
        let a = new_code();
        assert_eq!(a.len(), LENGTH + 2);
        assert_eq!(normalize(&a).map(|n| display(&n)), Some(a.clone()));
        assert_ne!(a, new_code());
    }
}
