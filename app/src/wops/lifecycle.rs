//! A partnership's life as a state machine: which steps exist, which follow which, and who may
//! take each one. Pure, so the rules are tested without a server or a database.

use crate::i18n::Lang;
use crate::stored::stored_enum;
use crate::t;
use serde::{Deserialize, Serialize};
use std::str::FromStr;

stored_enum! {
    /// A partnership's state (`partnership.state`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum PartnershipState {
        /// A partner asked for it; the network has not connected the two yet.
        Proposed = "proposed",
        /// A facilitator connected the two with a concept note.
        Introduced = "introduced",
        /// Both sides signed a letter of intent; the agreement follows.
        Agreed = "agreed",
        /// The agreement is recorded and the work plan runs.
        Active = "active",
        Completed = "completed",
        /// Ended before completion, with a reason.
        ClosedEarly = "closed_early",
    }
}

impl PartnershipState {
    /// The state's name in `lang`.
    pub fn label_in(self, lang: Lang) -> String {
        match self {
            PartnershipState::Proposed => t!(lang, "wops-state-proposed"),
            PartnershipState::Introduced => t!(lang, "wops-state-introduced"),
            PartnershipState::Agreed => t!(lang, "wops-state-agreed"),
            PartnershipState::Active => t!(lang, "wops-state-active"),
            PartnershipState::Completed => t!(lang, "wops-state-completed"),
            PartnershipState::ClosedEarly => t!(lang, "wops-state-closed-early"),
        }
    }

    /// The state inside a sentence: "closed early" (none of our languages capitalises a state
    /// word inside a sentence; Chinese and Thai have no case at all).
    pub fn in_sentence(self, lang: Lang) -> String {
        self.label_in(lang).to_lowercase()
    }

    pub fn is_finished(self) -> bool {
        matches!(
            self,
            PartnershipState::Completed | PartnershipState::ClosedEarly
        )
    }
}

impl FromStr for PartnershipState {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_code(s).ok_or_else(|| format!("'{s}' is not a partnership status"))
    }
}

stored_enum! {
    /// Which side of a partnership someone acts for (`commitment.side`, `activity.responsible`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Side {
        Mentor = "mentor",
        Recipient = "recipient",
    }
}

impl Side {
    pub fn label(self, lang: Lang) -> String {
        match self {
            Side::Mentor => t!(lang, "wops-side-mentor"),
            Side::Recipient => t!(lang, "wops-side-recipient"),
        }
    }
}

/// What someone is to this partnership; one person may be several at once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Standing {
    pub secretariat: bool,
    /// The partnership's own facilitator (assigned when introducing it).
    pub facilitator: bool,
    /// Holds the facilitator role: may introduce a proposed partnership, and so become its
    /// facilitator; nothing else.
    pub network_facilitator: bool,
    pub mentor_admin: bool,
    pub recipient_admin: bool,
}

impl Standing {
    pub fn is_partner(self) -> bool {
        self.mentor_admin || self.recipient_admin
    }

    pub fn is_facilitating(self) -> bool {
        self.secretariat || self.facilitator
    }

    /// May change the partnership's work plan, agreement and reports.
    pub fn may_edit(self) -> bool {
        self.is_partner() || self.is_facilitating()
    }
}

/// A step in the partnership's life.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// Connect the two partners, with a concept note.
    Introduce,
    /// One side signs the letter of intent; the state moves on when both have.
    SignIntent(Side),
    /// Start the work plan (needs the recorded agreement).
    Activate,
    Complete,
    CloseEarly,
}

impl Step {
    /// The step as a form sends it.
    pub fn code(&self) -> &'static str {
        match self {
            Step::Introduce => "introduce",
            Step::SignIntent(Side::Mentor) => "sign_mentor",
            Step::SignIntent(Side::Recipient) => "sign_recipient",
            Step::Activate => "activate",
            Step::Complete => "complete",
            Step::CloseEarly => "close_early",
        }
    }

    pub fn parse(code: &str) -> Option<Step> {
        [
            Step::Introduce,
            Step::SignIntent(Side::Mentor),
            Step::SignIntent(Side::Recipient),
            Step::Activate,
            Step::Complete,
            Step::CloseEarly,
        ]
        .into_iter()
        .find(|s| s.code() == code)
    }

    pub fn label(&self, lang: Lang) -> String {
        match self {
            Step::Introduce => t!(lang, "wops-step-introduce"),
            Step::SignIntent(Side::Mentor) => t!(lang, "wops-step-sign-mentor"),
            Step::SignIntent(Side::Recipient) => t!(lang, "wops-step-sign-recipient"),
            Step::Activate => t!(lang, "wops-step-activate"),
            Step::Complete => t!(lang, "wops-step-complete"),
            Step::CloseEarly => t!(lang, "wops-step-close-early"),
        }
    }
}

/// What the state machine needs to know besides the state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Facts {
    pub mentor_signed: bool,
    pub recipient_signed: bool,
    pub agreement_recorded: bool,
}

/// Why a step cannot be taken in the partnership's present state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    OnlyProposedIntroduced,
    IntentAfterIntroduction,
    AlreadySigned,
    OnlyAgreedStarts,
    OnlyActiveCompletes,
    AlreadyEnded,
}

/// Who may take a step that this person may not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Facilitating,
    MentorAdmins,
    RecipientAdmins,
    Insiders,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepError {
    NotAllowed(PartnershipState, Refusal),
    NotYours(Who),
    /// The agreement must be recorded first.
    MissingAgreement,
}

impl StepError {
    /// The refusal as the person reads it; each is one sentence, so translators may reorder it.
    pub fn message(&self, lang: Lang) -> String {
        match *self {
            StepError::NotAllowed(state, reason) => {
                let state = state.in_sentence(lang);
                match reason {
                    Refusal::OnlyProposedIntroduced => {
                        t!(lang, "wops-refused-only-proposed-introduced", state = state)
                    }
                    Refusal::IntentAfterIntroduction => {
                        t!(
                            lang,
                            "wops-refused-intent-after-introduction",
                            state = state
                        )
                    }
                    Refusal::AlreadySigned => {
                        t!(lang, "wops-refused-already-signed", state = state)
                    }
                    Refusal::OnlyAgreedStarts => {
                        t!(lang, "wops-refused-only-agreed-starts", state = state)
                    }
                    Refusal::OnlyActiveCompletes => {
                        t!(lang, "wops-refused-only-active-completes", state = state)
                    }
                    Refusal::AlreadyEnded => t!(lang, "wops-refused-already-ended", state = state),
                }
            }
            StepError::NotYours(who) => match who {
                Who::Facilitating => t!(lang, "wops-only-facilitating"),
                Who::MentorAdmins => t!(lang, "wops-only-mentor-admins"),
                Who::RecipientAdmins => t!(lang, "wops-only-recipient-admins"),
                Who::Insiders => t!(lang, "wops-only-insiders"),
            },
            StepError::MissingAgreement => t!(lang, "wops-refused-no-agreement"),
        }
    }
}

/// The state after `step`, or why it cannot be taken by this person now.
pub fn next_state(
    state: PartnershipState,
    step: &Step,
    who: Standing,
    facts: Facts,
) -> Result<PartnershipState, StepError> {
    use PartnershipState as S;
    match step {
        Step::Introduce => {
            if state != S::Proposed {
                return Err(StepError::NotAllowed(
                    state,
                    Refusal::OnlyProposedIntroduced,
                ));
            }
            if !(who.is_facilitating() || who.network_facilitator) {
                return Err(StepError::NotYours(Who::Facilitating));
            }
            Ok(S::Introduced)
        }
        Step::SignIntent(side) => {
            if state != S::Introduced {
                return Err(StepError::NotAllowed(
                    state,
                    Refusal::IntentAfterIntroduction,
                ));
            }
            let allowed = match side {
                Side::Mentor => who.mentor_admin,
                Side::Recipient => who.recipient_admin,
            } || who.secretariat;
            if !allowed {
                return Err(StepError::NotYours(match side {
                    Side::Mentor => Who::MentorAdmins,
                    Side::Recipient => Who::RecipientAdmins,
                }));
            }
            let (mine, theirs) = match side {
                Side::Mentor => (facts.mentor_signed, facts.recipient_signed),
                Side::Recipient => (facts.recipient_signed, facts.mentor_signed),
            };
            if mine {
                return Err(StepError::NotAllowed(state, Refusal::AlreadySigned));
            }
            let both = theirs;
            Ok(if both { S::Agreed } else { S::Introduced })
        }
        Step::Activate => {
            if state != S::Agreed {
                return Err(StepError::NotAllowed(state, Refusal::OnlyAgreedStarts));
            }
            if !who.may_edit() {
                return Err(StepError::NotYours(Who::Insiders));
            }
            if !facts.agreement_recorded {
                return Err(StepError::MissingAgreement);
            }
            Ok(S::Active)
        }
        Step::Complete => {
            if state != S::Active {
                return Err(StepError::NotAllowed(state, Refusal::OnlyActiveCompletes));
            }
            if !who.is_facilitating() {
                return Err(StepError::NotYours(Who::Facilitating));
            }
            Ok(S::Completed)
        }
        Step::CloseEarly => {
            if state.is_finished() {
                return Err(StepError::NotAllowed(state, Refusal::AlreadyEnded));
            }
            if !who.may_edit() {
                return Err(StepError::NotYours(Who::Insiders));
            }
            Ok(S::ClosedEarly)
        }
    }
}

/// The steps this person could take now, for the buttons on the partnership page.
pub fn available_steps(state: PartnershipState, who: Standing, facts: Facts) -> Vec<Step> {
    let mut candidates = vec![
        Step::Introduce,
        Step::SignIntent(Side::Mentor),
        Step::SignIntent(Side::Recipient),
        Step::Activate,
        Step::Complete,
        Step::CloseEarly,
    ];
    candidates.retain(|step| {
        let already_signed = match step {
            Step::SignIntent(Side::Mentor) => facts.mentor_signed,
            Step::SignIntent(Side::Recipient) => facts.recipient_signed,
            _ => false,
        };
        !already_signed && next_state(state, step, who, facts).is_ok()
    });
    candidates
}

#[cfg(test)]
mod tests {
    use super::*;
    use PartnershipState as S;

    const FACILITATOR: Standing = Standing {
        secretariat: false,
        facilitator: true,
        network_facilitator: true,
        mentor_admin: false,
        recipient_admin: false,
    };
    const MENTOR: Standing = Standing {
        secretariat: false,
        facilitator: false,
        network_facilitator: false,
        mentor_admin: true,
        recipient_admin: false,
    };
    const RECIPIENT: Standing = Standing {
        secretariat: false,
        facilitator: false,
        network_facilitator: false,
        mentor_admin: false,
        recipient_admin: true,
    };
    const NOBODY: Standing = Standing {
        secretariat: false,
        facilitator: false,
        network_facilitator: false,
        mentor_admin: false,
        recipient_admin: false,
    };

    #[test]
    fn the_whole_life_in_order() {
        let facts = Facts::default();
        let s = next_state(S::Proposed, &Step::Introduce, FACILITATOR, facts).unwrap();
        assert_eq!(s, S::Introduced);
        let s = next_state(s, &Step::SignIntent(Side::Mentor), MENTOR, facts).unwrap();
        assert_eq!(s, S::Introduced, "one signature is not enough");
        let signed = Facts {
            mentor_signed: true,
            ..facts
        };
        let s = next_state(s, &Step::SignIntent(Side::Recipient), RECIPIENT, signed).unwrap();
        assert_eq!(s, S::Agreed);
        let err = next_state(s, &Step::Activate, MENTOR, signed).unwrap_err();
        assert_eq!(err, StepError::MissingAgreement);
        let recorded = Facts {
            agreement_recorded: true,
            ..signed
        };
        let s = next_state(s, &Step::Activate, MENTOR, recorded).unwrap();
        assert_eq!(s, S::Active);
        let s = next_state(s, &Step::Complete, FACILITATOR, recorded).unwrap();
        assert_eq!(s, S::Completed);
    }

    #[test]
    fn steps_out_of_order_are_refused_with_the_reason() {
        let err =
            next_state(S::Proposed, &Step::Activate, FACILITATOR, Facts::default()).unwrap_err();
        assert_eq!(
            err.message(Lang::En),
            "A partnership that is proposed cannot do that: only an agreed partnership can start."
        );
        assert_eq!(
            err.message(Lang::Vi),
            "Quan hệ đối tác đang ở trạng thái “đề xuất” nên không thể làm việc này: chỉ quan hệ đối tác đã thỏa thuận mới có thể bắt đầu."
        );
        assert!(next_state(
            S::Completed,
            &Step::CloseEarly,
            FACILITATOR,
            Facts::default()
        )
        .is_err());
        assert!(next_state(S::Active, &Step::Introduce, FACILITATOR, Facts::default()).is_err());
    }

    #[test]
    fn each_side_signs_only_for_itself() {
        let err = next_state(
            S::Introduced,
            &Step::SignIntent(Side::Recipient),
            MENTOR,
            Facts::default(),
        )
        .unwrap_err();
        assert!(matches!(err, StepError::NotYours(_)));
        assert!(next_state(S::Proposed, &Step::Introduce, MENTOR, Facts::default()).is_err());
        assert!(next_state(S::Active, &Step::CloseEarly, NOBODY, Facts::default()).is_err());
    }

    #[test]
    fn any_facilitator_introduces_but_only_the_assigned_one_completes() {
        let another = Standing {
            facilitator: false,
            network_facilitator: true,
            ..NOBODY
        };
        assert!(next_state(S::Proposed, &Step::Introduce, another, Facts::default()).is_ok());
        assert!(next_state(S::Active, &Step::Complete, another, Facts::default()).is_err());
        assert!(next_state(S::Active, &Step::CloseEarly, another, Facts::default()).is_err());
        let signed = Facts {
            mentor_signed: true,
            ..Facts::default()
        };
        let again = next_state(
            S::Introduced,
            &Step::SignIntent(Side::Mentor),
            MENTOR,
            signed,
        );
        assert!(
            matches!(again, Err(StepError::NotAllowed(..))),
            "no second signature"
        );
    }

    #[test]
    fn the_page_offers_only_possible_steps() {
        let steps = available_steps(
            S::Introduced,
            MENTOR,
            Facts {
                mentor_signed: true,
                ..Facts::default()
            },
        );
        assert_eq!(steps, vec![Step::CloseEarly]);
        let steps = available_steps(S::Introduced, RECIPIENT, Facts::default());
        assert_eq!(
            steps,
            vec![Step::SignIntent(Side::Recipient), Step::CloseEarly]
        );
        assert!(available_steps(S::Completed, FACILITATOR, Facts::default()).is_empty());
    }

    #[test]
    fn states_round_trip_through_their_codes() {
        for s in PartnershipState::ALL {
            assert_eq!(s.as_code().parse::<PartnershipState>(), Ok(s));
        }
        assert!("cancelled".parse::<PartnershipState>().is_err());
    }
}
