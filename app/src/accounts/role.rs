use crate::stored::stored_enum;
use std::str::FromStr;

stored_enum! {
    /// Network-wide roles (DOMAIN.md). Organization admin is per organization and kept with the
    /// membership, not here; attendee follows from a Forum registration.
    /// (`account_role.role`)
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Role {
        SecretariatAdmin = "secretariat_admin",
        Facilitator = "facilitator",
        Trainer = "trainer",
        Juror = "juror",
        Member = "member",
    }
}

impl Role {
    /// A role the secretariat grants (everyone who signs up holds `Member`).
    pub fn is_staff(self) -> bool {
        self != Role::Member
    }

    pub fn label(self, lang: crate::i18n::Lang) -> String {
        use crate::t;
        match self {
            Role::SecretariatAdmin => t!(lang, "accounts-role-secretariat-admin"),
            Role::Facilitator => t!(lang, "accounts-role-facilitator"),
            Role::Trainer => t!(lang, "accounts-role-trainer"),
            Role::Juror => t!(lang, "accounts-role-juror"),
            Role::Member => t!(lang, "accounts-role-member"),
        }
    }
}

impl FromStr for Role {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::from_code(s).ok_or_else(|| format!("'{s}' is not a role"))
    }
}

#[cfg(test)]
mod tests {
    use super::Role;

    #[test]
    fn role_codes_round_trip() {
        for role in Role::ALL {
            assert_eq!(role.as_code().parse::<Role>(), Ok(role));
        }
        assert!("root".parse::<Role>().is_err());
    }
}
