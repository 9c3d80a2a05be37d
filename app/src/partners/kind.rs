use crate::stored::stored_enum;
use std::fmt;
use std::str::FromStr;

stored_enum! {
    /// What an organization is to the network.
    /// (`organization.kind`)
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum OrganizationKind {
        Utility = "utility",
        Facilitator = "facilitator",
        DevelopmentPartner = "development_partner",
        KnowledgePartner = "knowledge_partner",
        Secretariat = "secretariat",
    }
}

impl OrganizationKind {
    /// The kind's name in `lang`, as pages, lists and exports show it.
    pub fn name(self, lang: crate::i18n::Lang) -> String {
        use crate::t;
        match self {
            OrganizationKind::Utility => t!(lang, "partners-kind-utility"),
            OrganizationKind::Facilitator => t!(lang, "partners-kind-facilitator"),
            OrganizationKind::DevelopmentPartner => t!(lang, "partners-kind-development-partner"),
            OrganizationKind::KnowledgePartner => t!(lang, "partners-kind-knowledge-partner"),
            OrganizationKind::Secretariat => t!(lang, "partners-kind-secretariat"),
        }
    }

    /// The English name, for records (the audit trail) and the pages of other domains until
    /// they show [`OrganizationKind::name`].
    pub fn label(self) -> &'static str {
        match self {
            OrganizationKind::Utility => "Utility",
            OrganizationKind::Facilitator => "Facilitator",
            OrganizationKind::DevelopmentPartner => "Development partner",
            OrganizationKind::KnowledgePartner => "Knowledge partner",
            OrganizationKind::Secretariat => "Secretariat",
        }
    }
}

impl fmt::Display for OrganizationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a kind of organization")]
pub struct UnknownKind(pub String);

impl FromStr for OrganizationKind {
    type Err = UnknownKind;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        OrganizationKind::from_code(s).ok_or_else(|| UnknownKind(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for kind in OrganizationKind::ALL {
            assert_eq!(kind.as_code().parse::<OrganizationKind>(), Ok(kind));
        }
    }

    #[test]
    fn unknown_code_is_refused() {
        assert!("water_board".parse::<OrganizationKind>().is_err());
    }
}
