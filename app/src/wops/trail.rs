//! A partnership's history. Each entry is kept as what happened (a code and its facts, as
//! JSON), not as a sentence, so every reader sees it in their own language: a Thai mentor and
//! an English facilitator read the same history. Pure, so it is tested without a database.

use super::lifecycle::{PartnershipState, Side, Step};
use super::plan::ActivityStatus;
use crate::i18n::{format::date_medium, Lang};
use crate::partners::Kpi;
use crate::t;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What happened to a partnership, with the facts the history shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum TrailEvent {
    /// A recipient's need was answered by a mentor (or the secretariat proposed the pair).
    Proposed {
        note: String,
    },
    /// A facilitator connected the two partners.
    Introduced {
        note: String,
    },
    /// A step of the partnership's life.
    Stepped {
        step: Step,
        from: PartnershipState,
        to: PartnershipState,
        note: String,
    },
    AgreementRecorded {
        corrected: bool,
        start: NaiveDate,
        end: NaiveDate,
    },
    AgreementDocument {
        file_name: String,
    },
    CommitmentAdded {
        side: Side,
        promise: String,
    },
    ActivityPlanned {
        title: String,
    },
    ActivityMarked {
        status: ActivityStatus,
        title: String,
    },
    ResourceAdded {
        description: String,
    },
    /// A commitment, activity or resource taken out of the work plan.
    PartRemoved {
        part: String,
    },
    OutcomeSet {
        kpi: Kpi,
        baseline: f64,
        baseline_on: NaiveDate,
        target: f64,
        target_by: NaiveDate,
    },
    MeasuredValue {
        kpi: Kpi,
        on: NaiveDate,
        value: f64,
    },
    ReportSubmitted {
        start: NaiveDate,
        end: NaiveDate,
    },
    ReportReviewed {
        comment: String,
        corrective_actions: usize,
    },
    ActionResolved {
        action: String,
    },
}

impl TrailEvent {
    /// The short code kept beside the facts, for someone reading the table itself.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Proposed { .. } => "proposed",
            Self::Introduced { .. } => "introduced",
            Self::Stepped { .. } => "stepped",
            Self::AgreementRecorded { .. } => "agreement_recorded",
            Self::AgreementDocument { .. } => "agreement_document",
            Self::CommitmentAdded { .. } => "commitment_added",
            Self::ActivityPlanned { .. } => "activity_planned",
            Self::ActivityMarked { .. } => "activity_marked",
            Self::ResourceAdded { .. } => "resource_added",
            Self::PartRemoved { .. } => "part_removed",
            Self::OutcomeSet { .. } => "outcome_set",
            Self::MeasuredValue { .. } => "measured_value",
            Self::ReportSubmitted { .. } => "report_submitted",
            Self::ReportReviewed { .. } => "report_reviewed",
            Self::ActionResolved { .. } => "action_resolved",
        }
    }

    /// The facts as stored (`partnership_event.detail`).
    pub fn to_stored(&self) -> String {
        // A plain enum of strings, numbers and dates always encodes.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// What happened and its detail, in `lang`.
    pub fn describe(&self, lang: Lang) -> (String, String) {
        let period = |start: &NaiveDate, end: &NaiveDate| {
            t!(
                lang,
                "wops-trail-period",
                start = date_medium(lang, *start),
                end = date_medium(lang, *end)
            )
        };
        match self {
            Self::Proposed { note } => (t!(lang, "wops-trail-proposed"), note.clone()),
            Self::Introduced { note } => (t!(lang, "wops-trail-introduced"), note.clone()),
            Self::Stepped {
                step,
                from,
                to,
                note,
            } => {
                let change = (from != to).then(|| {
                    t!(
                        lang,
                        "wops-trail-state-change",
                        from = from.label_in(lang),
                        to = to.label_in(lang)
                    )
                });
                let detail = match (change, note.is_empty()) {
                    (Some(change), true) => change,
                    (Some(change), false) => {
                        t!(
                            lang,
                            "wops-trail-state-change-note",
                            change = change,
                            note = note.as_str()
                        )
                    }
                    (None, _) => note.clone(),
                };
                (step.label(lang), detail)
            }
            Self::AgreementRecorded {
                corrected,
                start,
                end,
            } => {
                let what = if *corrected {
                    t!(lang, "wops-trail-agreement-corrected")
                } else {
                    t!(lang, "wops-trail-agreement-recorded")
                };
                (what, period(start, end))
            }
            Self::AgreementDocument { file_name } => {
                (t!(lang, "wops-trail-agreement-document"), file_name.clone())
            }
            Self::CommitmentAdded { side, promise } => {
                let what = match side {
                    Side::Mentor => t!(lang, "wops-trail-commitment-mentor"),
                    Side::Recipient => t!(lang, "wops-trail-commitment-recipient"),
                };
                (what, promise.clone())
            }
            Self::ActivityPlanned { title } => {
                (t!(lang, "wops-trail-activity-planned"), title.clone())
            }
            Self::ActivityMarked { status, title } => (
                t!(
                    lang,
                    "wops-trail-activity-marked",
                    status = status.label(lang).to_lowercase()
                ),
                title.clone(),
            ),
            Self::ResourceAdded { description } => {
                (t!(lang, "wops-trail-resource-added"), description.clone())
            }
            Self::PartRemoved { part } => (
                t!(lang, "wops-trail-part-removed", part = part.as_str()),
                String::new(),
            ),
            Self::OutcomeSet {
                kpi,
                baseline,
                baseline_on,
                target,
                target_by,
            } => (
                t!(lang, "wops-trail-outcome-set"),
                t!(
                    lang,
                    "wops-trail-outcome-detail",
                    kpi = kpi.name(lang),
                    baseline = kpi.display(*baseline, lang),
                    baseline_on = date_medium(lang, *baseline_on),
                    target = kpi.display(*target, lang),
                    target_by = date_medium(lang, *target_by)
                ),
            ),
            Self::MeasuredValue { kpi, on, value } => (
                t!(lang, "wops-trail-measured"),
                t!(
                    lang,
                    "wops-trail-measured-detail",
                    kpi = kpi.name(lang),
                    on = date_medium(lang, *on),
                    value = kpi.display(*value, lang)
                ),
            ),
            Self::ReportSubmitted { start, end } => {
                (t!(lang, "wops-trail-report-submitted"), period(start, end))
            }
            Self::ReportReviewed {
                comment,
                corrective_actions,
            } => {
                let detail = match corrective_actions {
                    0 => comment.clone(),
                    n => t!(
                        lang,
                        "wops-trail-review-detail",
                        comment = comment.as_str(),
                        count = *n
                    ),
                };
                (t!(lang, "wops-trail-report-reviewed"), detail)
            }
            Self::ActionResolved { action } => {
                (t!(lang, "wops-trail-action-resolved"), action.clone())
            }
        }
    }
}

/// A stored entry in `lang`: its facts told in that language; an entry written before the
/// history kept facts (an English sentence) is shown as it was written.
pub fn describe_stored(action: &str, detail: &str, lang: Lang) -> (String, String) {
    match serde_json::from_str::<TrailEvent>(detail) {
        Ok(event) => event.describe(lang),
        Err(_) => (action.to_owned(), detail.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn each_reader_sees_the_same_history_in_their_language() {
        let measured = TrailEvent::MeasuredValue {
            kpi: Kpi::NonRevenueWater,
            on: date("2026-03-01"),
            value: 32.5,
        };
        let stored = measured.to_stored();
        let (what, detail) = describe_stored(measured.code(), &stored, Lang::En);
        assert_eq!(what, "Recorded a measured value");
        assert!(detail.starts_with("Non-revenue water"), "{detail}");
        assert!(detail.contains("32.5"), "{detail}");
        let (what_vi, detail_vi) = describe_stored(measured.code(), &stored, Lang::Vi);
        assert_ne!(what_vi, what);
        assert!(
            detail_vi.contains("32,5"),
            "Vietnamese decimals: {detail_vi}"
        );
        assert!(!detail_vi.contains("Non-revenue"), "{detail_vi}");
    }

    #[test]
    fn a_step_tells_the_change_of_state_and_its_note() {
        let step = TrailEvent::Stepped {
            step: Step::CloseEarly,
            from: PartnershipState::Active,
            to: PartnershipState::ClosedEarly,
            note: "The recipient's board changed".into(),
        };
        assert_eq!(
            step.describe(Lang::En),
            (
                "Close early".to_owned(),
                "Active → Closed early: The recipient's board changed".to_owned()
            )
        );
        let signed = TrailEvent::Stepped {
            step: Step::SignIntent(Side::Mentor),
            from: PartnershipState::Introduced,
            to: PartnershipState::Introduced,
            note: String::new(),
        };
        assert_eq!(signed.describe(Lang::En).1, "", "no change, no note");
    }

    #[test]
    fn plurals_and_parts_are_the_translations_business() {
        let reviewed = TrailEvent::ReportReviewed {
            comment: "Good progress".into(),
            corrective_actions: 1,
        };
        assert_eq!(
            reviewed.describe(Lang::En).1,
            "Good progress (1 corrective action)"
        );
        let removed = TrailEvent::PartRemoved {
            part: "activity".into(),
        };
        assert_eq!(removed.describe(Lang::En).0, "Removed an activity");
    }

    #[test]
    fn entries_written_before_are_shown_as_written() {
        assert_eq!(
            describe_stored("Planned an activity", "Leak detection week", Lang::Th),
            (
                "Planned an activity".to_owned(),
                "Leak detection week".to_owned()
            )
        );
    }
}
