//! What the partnership pages show, as sent from the server to the browser.

use super::{ActivityKind, ActivityStatus, PartnershipState, Side, Step};
use crate::i18n::Lang;
use crate::partners::Kpi;
use crate::stored::stored_enum;
use crate::t;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

stored_enum! {
    /// Where a need stands (`need.status`): open until a partnership is proposed for it
    /// (matched) or its organization withdraws it.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum NeedStatus {
        Open = "open",
        Matched = "matched",
        Withdrawn = "withdrawn",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationRef {
    pub id: i32,
    pub name: String,
    pub country: String,
}

/// One row of the partnership list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartnershipSummary {
    pub id: i32,
    pub title: String,
    pub mentor: OrganizationRef,
    pub recipient: OrganizationRef,
    pub state: PartnershipState,
    pub topics: Vec<String>,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgreementView {
    pub signatories: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub scope: String,
    /// The signed document's original name and size in bytes, when uploaded.
    pub document: Option<(String, i64)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommitmentView {
    pub id: i32,
    pub side: Side,
    pub promise: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActivityView {
    pub id: i32,
    pub kind: ActivityKind,
    pub title: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub responsible: Side,
    pub place: String,
    pub online: bool,
    pub status: ActivityStatus,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResourceView {
    pub id: i32,
    pub amount: Option<f64>,
    pub currency: String,
    pub description: String,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutcomeValueView {
    pub id: i32,
    pub measured_on: NaiveDate,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutcomeView {
    pub id: i32,
    pub kpi: Kpi,
    pub baseline_value: f64,
    pub baseline_date: NaiveDate,
    pub target_value: f64,
    pub target_date: NaiveDate,
    pub is_public: bool,
    /// Oldest first.
    pub values: Vec<OutcomeValueView>,
}

impl OutcomeView {
    pub fn latest(&self) -> Option<&OutcomeValueView> {
        self.values.last()
    }

    /// "Non-revenue water: 38 % → 24 % (target 20 % by 30 Jun 2027)", in English (other
    /// domains' English texts quote it).
    pub fn headline(&self) -> String {
        self.headline_in(Lang::En)
    }

    /// The headline in `lang`: "Nước không doanh thu: 38 % → 24 % (mục tiêu 20 % trước 30 thg 6, 2027)".
    pub fn headline_in(&self, lang: Lang) -> String {
        let value = |v: f64| self.kpi.display(v, lang);
        let kpi = self.kpi.name(lang);
        let baseline = value(self.baseline_value);
        let target = value(self.target_value);
        let by = crate::i18n::format::date_medium(lang, self.target_date);
        match self.latest() {
            Some(now) => t!(
                lang,
                "wops-outcome-headline-measured",
                kpi = kpi,
                baseline = baseline,
                now = value(now.value),
                target = target,
                by = by
            ),
            None => t!(
                lang,
                "wops-outcome-headline",
                kpi = kpi,
                baseline = baseline,
                target = target,
                by = by
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorrectiveActionView {
    pub id: i32,
    pub action: String,
    pub raised_by: String,
    pub raised_at: DateTime<Utc>,
    pub resolved: Option<(String, DateTime<Utc>)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportView {
    pub id: i32,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub achievements: String,
    pub challenges: String,
    pub submitted_by: String,
    pub submitted_at: DateTime<Utc>,
    pub review: Option<(String, DateTime<Utc>, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrailEntry {
    pub actor: String,
    pub action: String,
    pub detail: String,
    pub at: DateTime<Utc>,
}

/// Everything about one partnership that this viewer may see.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartnershipDetail {
    pub summary: PartnershipSummary,
    pub concept_note: String,
    pub closed_reason: String,
    pub facilitator: Option<String>,
    pub mentor_signed: bool,
    pub recipient_signed: bool,
    pub agreement: Option<AgreementView>,
    pub commitments: Vec<CommitmentView>,
    pub activities: Vec<ActivityView>,
    pub resources: Vec<ResourceView>,
    pub outcomes: Vec<OutcomeView>,
    pub reports: Vec<ReportView>,
    pub corrective_actions: Vec<CorrectiveActionView>,
    pub trail: Vec<TrailEntry>,
    /// The viewer may change the work plan and report.
    pub may_edit: bool,
    /// The viewer may review reports (the facilitator or the secretariat).
    pub may_review: bool,
    pub steps: Vec<Step>,
    /// Knowledge products that came out of or serve this partnership (members-only ones for
    /// signed-in people). Loaded with the page, not by a nested request.
    pub products: Vec<crate::library::ProductLink>,
    /// Forum awards won, e.g. "Best partnership in non-revenue water, WaterLinks Forum 2027".
    pub awards: Vec<String>,
}

/// A recipient's open challenge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NeedView {
    pub id: i32,
    pub organization: OrganizationRef,
    pub topic_code: String,
    pub topic: String,
    pub description: String,
    pub languages: String,
    pub status: String,
    pub created_at: DateTime<Utc>,
    /// The partnership it led to, if any.
    pub partnership_id: Option<i32>,
}
