use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// Network-wide roles (DOMAIN.md). Organization admin is per organization and kept with the
/// membership, not here; attendee follows from a Forum registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    SecretariatAdmin,
    Facilitator,
    Trainer,
    Juror,
    Member,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::SecretariatAdmin,
        Role::Facilitator,
        Role::Trainer,
        Role::Juror,
        Role::Member,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::SecretariatAdmin => "secretariat_admin",
            Role::Facilitator => "facilitator",
            Role::Trainer => "trainer",
            Role::Juror => "juror",
            Role::Member => "member",
        }
    }

    /// A role the secretariat grants (everyone who signs up holds `Member`).
    pub fn is_staff(self) -> bool {
        self != Role::Member
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::SecretariatAdmin => "Secretariat admin",
            Role::Facilitator => "Facilitator",
            Role::Trainer => "Trainer",
            Role::Juror => "Juror",
            Role::Member => "Member",
        }
    }
}

impl FromStr for Role {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.code() == s)
            .ok_or_else(|| format!("'{s}' is not a role"))
    }
}

#[cfg(test)]
mod tests {
    use super::Role;

    #[test]
    fn role_codes_round_trip() {
        for role in Role::ALL {
            assert_eq!(role.code().parse::<Role>(), Ok(role));
        }
        assert!("root".parse::<Role>().is_err());
    }
}
