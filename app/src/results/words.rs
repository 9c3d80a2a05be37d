//! Words the results show for values of other domains, in the reader's language.

use crate::i18n::Lang;
use crate::t;
use crate::wops::PartnershipState;

/// A partnership state as a label: "Active", "Closed early".
pub fn state_label(lang: Lang, state: PartnershipState) -> String {
    match state {
        PartnershipState::Proposed => t!(lang, "results-state-proposed"),
        PartnershipState::Introduced => t!(lang, "results-state-introduced"),
        PartnershipState::Agreed => t!(lang, "results-state-agreed"),
        PartnershipState::Active => t!(lang, "results-state-active"),
        PartnershipState::Completed => t!(lang, "results-state-completed"),
        PartnershipState::ClosedEarly => t!(lang, "results-state-closed-early"),
    }
}

/// The report's summary row for the partnerships in a state: "Partnerships closed early".
pub fn partnerships_in(lang: Lang, state: PartnershipState) -> String {
    match state {
        PartnershipState::Proposed => t!(lang, "results-partnerships-proposed"),
        PartnershipState::Introduced => t!(lang, "results-partnerships-introduced"),
        PartnershipState::Agreed => t!(lang, "results-partnerships-agreed"),
        PartnershipState::Active => t!(lang, "results-partnerships-active"),
        PartnershipState::Completed => t!(lang, "results-partnerships-completed"),
        PartnershipState::ClosedEarly => t!(lang, "results-partnerships-closed-early"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_are_named_in_the_readers_language() {
        assert_eq!(
            state_label(Lang::En, PartnershipState::ClosedEarly),
            "Closed early"
        );
        assert_eq!(
            state_label(Lang::ZhHans, PartnershipState::Active),
            "进行中"
        );
        assert_eq!(
            partnerships_in(Lang::En, PartnershipState::ClosedEarly),
            "Partnerships closed early"
        );
    }
}
