//! The agreement's terms and the work plan's parts as forms send them, checked before anything
//! is stored. Pure: every rule here is unit-tested.

use super::Side;
use crate::error::FieldErrors;
use crate::i18n::{format, Lang};
use crate::partners::{Better, Kpi};
use crate::stored::stored_enum;
use crate::t;
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

pub const MIN_MONTHS: u32 = 12;
pub const MAX_MONTHS: u32 = 24;
const MAX_TITLE: usize = 200;
const MAX_TEXT: usize = 4000;

/// `Err` with every message when any field is wrong.
fn checked(errors: FieldErrors) -> Result<(), FieldErrors> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// What a field's messages say, each a whole sentence in the person's language.
struct Words {
    missing: String,
    /// A date field: not a date. A text field: too long.
    wrong: String,
}

/// The messages of each field, by the field's form name.
fn words(lang: Lang, field: &str, max: usize) -> Words {
    let (missing, wrong) = match field {
        "signatories" => (
            t!(lang, "wops-enter-signatories"),
            t!(lang, "wops-signatories-too-long", max = max),
        ),
        "scope" => (
            t!(lang, "wops-enter-scope"),
            t!(lang, "wops-scope-too-long", max = max),
        ),
        "title" => (
            t!(lang, "wops-enter-title"),
            t!(lang, "wops-title-too-long", max = max),
        ),
        "promise" => (
            t!(lang, "wops-enter-commitment"),
            t!(lang, "wops-commitment-too-long", max = max),
        ),
        "description" => (
            t!(lang, "wops-enter-description"),
            t!(lang, "wops-description-too-long", max = max),
        ),
        "source" => (
            t!(lang, "wops-enter-source"),
            t!(lang, "wops-source-too-long", max = max),
        ),
        "achievements" => (
            t!(lang, "wops-enter-achievements"),
            t!(lang, "wops-achievements-too-long", max = max),
        ),
        "start_date" => (
            t!(lang, "wops-enter-start-date"),
            t!(lang, "wops-start-date-format"),
        ),
        "end_date" => (
            t!(lang, "wops-enter-end-date"),
            t!(lang, "wops-end-date-format"),
        ),
        "baseline_date" => (
            t!(lang, "wops-enter-baseline-date"),
            t!(lang, "wops-baseline-date-format"),
        ),
        "target_date" => (
            t!(lang, "wops-enter-target-date"),
            t!(lang, "wops-target-date-format"),
        ),
        "period_start" => (
            t!(lang, "wops-enter-period-start"),
            t!(lang, "wops-period-start-format"),
        ),
        _ => (
            t!(lang, "wops-enter-period-end"),
            t!(lang, "wops-period-end-format"),
        ),
    };
    Words { missing, wrong }
}

fn date(errors: &mut FieldErrors, lang: Lang, field: &str, value: &str) -> Option<NaiveDate> {
    let value = value.trim();
    if value.is_empty() {
        errors.add(field, words(lang, field, 0).missing);
        return None;
    }
    match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        Ok(d) => Some(d),
        Err(_) => {
            errors.add(field, words(lang, field, 0).wrong);
            None
        }
    }
}

fn text(errors: &mut FieldErrors, lang: Lang, field: &str, value: &str, max: usize) -> String {
    let value = value.trim();
    if value.is_empty() {
        errors.add(field, words(lang, field, max).missing);
    } else if value.chars().count() > max {
        errors.add(field, words(lang, field, max).wrong);
    }
    value.to_owned()
}

/// The agreement as recorded (the signed document is uploaded separately).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgreementTerms {
    pub signatories: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub scope: String,
}

/// A WOP runs 12 to 24 months: an end date outside that window is refused.
pub fn parse_agreement(
    signatories: &str,
    start: &str,
    end: &str,
    scope: &str,
    lang: Lang,
) -> Result<AgreementTerms, FieldErrors> {
    let mut errors = FieldErrors::default();
    let signatories = text(&mut errors, lang, "signatories", signatories, 1000);
    let scope = text(&mut errors, lang, "scope", scope, MAX_TEXT);
    let start_date = date(&mut errors, lang, "start_date", start);
    let end_date = date(&mut errors, lang, "end_date", end);
    if let (Some(s), Some(e)) = (start_date, end_date) {
        let earliest = s.checked_add_months(Months::new(MIN_MONTHS));
        let latest = s.checked_add_months(Months::new(MAX_MONTHS));
        if e <= s {
            errors.add("end_date", t!(lang, "wops-end-after-start"));
        } else if earliest.is_some_and(|min| e < min) || latest.is_some_and(|max| e > max) {
            let shown =
                |d: Option<NaiveDate>| d.map(|d| format::date_medium(lang, d)).unwrap_or_default();
            errors.add(
                "end_date",
                t!(
                    lang,
                    "wops-agreement-length",
                    min = MIN_MONTHS,
                    max = MAX_MONTHS,
                    earliest = shown(earliest),
                    latest = shown(latest)
                ),
            );
        }
    }
    checked(errors)?;
    match (start_date, end_date) {
        (Some(start_date), Some(end_date)) => Ok(AgreementTerms {
            signatories,
            start_date,
            end_date,
            scope,
        }),
        _ => Err(FieldErrors::default()),
    }
}

stored_enum! {
    /// What an activity is (`activity.kind`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ActivityKind {
        TechnicalConsultation = "technical_consultation",
        OnTheJobTraining = "on_the_job_training",
        TechnologyDemonstration = "technology_demonstration",
        PeerReview = "peer_review",
        InformationExchange = "information_exchange",
    }
}

impl ActivityKind {
    pub fn label(self, lang: Lang) -> String {
        match self {
            ActivityKind::TechnicalConsultation => t!(lang, "wops-kind-technical-consultation"),
            ActivityKind::OnTheJobTraining => t!(lang, "wops-kind-on-the-job-training"),
            ActivityKind::TechnologyDemonstration => t!(lang, "wops-kind-technology-demonstration"),
            ActivityKind::PeerReview => t!(lang, "wops-kind-peer-review"),
            ActivityKind::InformationExchange => t!(lang, "wops-kind-information-exchange"),
        }
    }
}

stored_enum! {
    /// Where an activity stands (`activity.status`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ActivityStatus {
        Planned = "planned",
        InProgress = "in_progress",
        Done = "done",
        Cancelled = "cancelled",
    }
}

impl ActivityStatus {
    pub fn label(self, lang: Lang) -> String {
        match self {
            ActivityStatus::Planned => t!(lang, "wops-activity-planned"),
            ActivityStatus::InProgress => t!(lang, "wops-activity-in-progress"),
            ActivityStatus::Done => t!(lang, "wops-activity-done"),
            ActivityStatus::Cancelled => t!(lang, "wops-activity-cancelled"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActivityPlan {
    pub kind: ActivityKind,
    pub title: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub responsible: Side,
    /// A place, or empty when online.
    pub place: String,
    pub online: bool,
    pub status: ActivityStatus,
}

/// The raw activity form.
#[derive(Debug, Clone, Default)]
pub struct ActivityForm<'a> {
    pub kind: &'a str,
    pub title: &'a str,
    pub start_date: &'a str,
    pub end_date: &'a str,
    pub responsible: &'a str,
    pub place: &'a str,
    pub online: bool,
    pub status: &'a str,
}

/// `window` is the agreement's start and end, when recorded: activities must fall inside it.
pub fn parse_activity(
    form: &ActivityForm<'_>,
    window: Option<(NaiveDate, NaiveDate)>,
    lang: Lang,
) -> Result<ActivityPlan, FieldErrors> {
    let mut errors = FieldErrors::default();
    let kind = ActivityKind::from_code(form.kind);
    if kind.is_none() {
        errors.add("kind", t!(lang, "wops-choose-activity-kind"));
    }
    let title = text(&mut errors, lang, "title", form.title, MAX_TITLE);
    let start = date(&mut errors, lang, "start_date", form.start_date);
    let end = date(&mut errors, lang, "end_date", form.end_date);
    if let (Some(s), Some(e)) = (start, end) {
        if e < s {
            errors.add("end_date", t!(lang, "wops-end-not-before-start"));
        } else if let Some((from, to)) = window {
            if s < from || e > to {
                errors.add(
                    "start_date",
                    t!(
                        lang,
                        "wops-activity-outside-agreement",
                        from = format::date_medium(lang, from),
                        to = format::date_medium(lang, to)
                    ),
                );
            }
        }
    }
    let responsible = Side::from_code(form.responsible);
    if responsible.is_none() {
        errors.add("responsible", t!(lang, "wops-choose-responsible"));
    }
    let place = form.place.trim().to_owned();
    if !form.online && place.is_empty() {
        errors.add("place", t!(lang, "wops-enter-place"));
    } else if place.chars().count() > MAX_TITLE {
        errors.add("place", t!(lang, "wops-place-too-long", max = MAX_TITLE));
    }
    let status = ActivityStatus::from_code(form.status);
    if status.is_none() {
        errors.add("status", t!(lang, "wops-choose-status"));
    }
    checked(errors)?;
    match (kind, start, end, responsible, status) {
        (Some(kind), Some(start_date), Some(end_date), Some(responsible), Some(status)) => {
            Ok(ActivityPlan {
                kind,
                title,
                start_date,
                end_date,
                responsible,
                place,
                online: form.online,
                status,
            })
        }
        _ => Err(FieldErrors::default()),
    }
}

pub fn parse_commitment(
    side: &str,
    promise: &str,
    lang: Lang,
) -> Result<(Side, String), FieldErrors> {
    let mut errors = FieldErrors::default();
    let side = Side::from_code(side);
    if side.is_none() {
        errors.add("side", t!(lang, "wops-choose-committing-side"));
    }
    let promise = text(&mut errors, lang, "promise", promise, 1000);
    checked(errors)?;
    side.map(|s| (s, promise)).ok_or_default()
}

trait OkOrDefault<T> {
    fn ok_or_default(self) -> Result<T, FieldErrors>;
}

impl<T> OkOrDefault<T> for Option<T> {
    fn ok_or_default(self) -> Result<T, FieldErrors> {
        self.ok_or_else(FieldErrors::default)
    }
}

/// Money (an amount in a currency) or in kind (staff time, equipment), from one source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResourcePlan {
    /// `None` for an in-kind contribution.
    pub amount: Option<f64>,
    pub currency: String,
    pub description: String,
    pub source: String,
}

pub fn parse_resource(
    kind: &str,
    amount: &str,
    currency: &str,
    description: &str,
    source: &str,
    lang: Lang,
) -> Result<ResourcePlan, FieldErrors> {
    let mut errors = FieldErrors::default();
    let description = text(&mut errors, lang, "description", description, 500);
    let source = text(&mut errors, lang, "source", source, MAX_TITLE);
    let (amount, currency) = match kind {
        "money" => {
            let amount = match crate::i18n::format::parse_decimal(lang, amount) {
                Some(a) if a.is_finite() && a > 0.0 => Some(a),
                Some(_) => {
                    errors.add("amount", t!(lang, "wops-amount-positive"));
                    None
                }
                None => {
                    errors.add("amount", t!(lang, "wops-amount-number"));
                    None
                }
            };
            let currency = currency.trim().to_ascii_uppercase();
            if currency.len() != 3 || !currency.chars().all(|c| c.is_ascii_uppercase()) {
                errors.add("currency", t!(lang, "wops-currency-code"));
            }
            (amount, currency)
        }
        "in_kind" => (None, String::new()),
        _ => {
            errors.add("kind", t!(lang, "wops-choose-resource-kind"));
            (None, String::new())
        }
    };
    checked(errors)?;
    Ok(ResourcePlan {
        amount,
        currency,
        description,
        source,
    })
}

/// An outcome's plan: a KPI from a baseline to a target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutcomePlan {
    pub kpi: Kpi,
    pub baseline_value: f64,
    pub baseline_date: NaiveDate,
    pub target_value: f64,
    pub target_date: NaiveDate,
}

/// The checked plan, and a warning when the target goes the wrong way for the KPI (allowed: a
/// partnership may aim to hold a value against a worsening trend).
pub fn parse_outcome(
    kpi: &str,
    baseline_value: &str,
    baseline_date: &str,
    target_value: &str,
    target_date: &str,
    today: NaiveDate,
    lang: Lang,
) -> Result<(OutcomePlan, Option<String>), FieldErrors> {
    let mut errors = FieldErrors::default();
    let kpi = kpi.parse::<Kpi>().ok();
    if kpi.is_none() {
        errors.add("kpi", t!(lang, "wops-choose-kpi"));
    }
    let mut number = |field: &str, raw: &str| -> Option<f64> {
        match crate::i18n::format::parse_decimal(lang, raw) {
            Some(v) => match kpi.and_then(|k| k.problem(v, lang).err()) {
                Some(message) => {
                    errors.add(field, message);
                    None
                }
                None => Some(v),
            },
            None => {
                errors.add(field, t!(lang, "wops-enter-number"));
                None
            }
        }
    };
    let baseline = number("baseline_value", baseline_value);
    let target = number("target_value", target_value);
    let b_date = date(&mut errors, lang, "baseline_date", baseline_date);
    let t_date = date(&mut errors, lang, "target_date", target_date);
    if b_date.is_some_and(|d| d > today) {
        errors.add("baseline_date", t!(lang, "wops-baseline-not-future"));
    }
    if let (Some(b), Some(t)) = (b_date, t_date) {
        if t <= b {
            errors.add("target_date", t!(lang, "wops-target-after-baseline"));
        }
    }
    checked(errors)?;
    let (
        Some(kpi),
        Some(baseline_value),
        Some(target_value),
        Some(baseline_date),
        Some(target_date),
    ) = (kpi, baseline, target, b_date, t_date)
    else {
        return Err(FieldErrors::default());
    };
    let warning = direction_warning(kpi, baseline_value, target_value, lang);
    Ok((
        OutcomePlan {
            kpi,
            baseline_value,
            baseline_date,
            target_value,
            target_date,
        },
        warning,
    ))
}

/// "Lower is better for non-revenue water, but the target (40 %) is above the baseline (35 %)."
pub fn direction_warning(kpi: Kpi, baseline: f64, target: f64, lang: Lang) -> Option<String> {
    let wrong = match kpi.better() {
        Better::Lower => target > baseline,
        Better::Higher => target < baseline,
    };
    wrong.then(|| {
        // Inside a sentence: our languages lower-case a KPI's name there (Chinese and Thai
        // have no case).
        let kpi_name = kpi.name(lang).to_lowercase();
        let target = kpi.display(target, lang);
        let baseline = kpi.display(baseline, lang);
        match kpi.better() {
            Better::Lower => t!(
                lang,
                "wops-warning-lower-better",
                kpi = kpi_name,
                target = target,
                baseline = baseline
            ),
            Better::Higher => t!(
                lang,
                "wops-warning-higher-better",
                kpi = kpi_name,
                target = target,
                baseline = baseline
            ),
        }
    })
}

/// How far an outcome has come from baseline towards target, as a share (1.0 = reached; more
/// when exceeded; negative when it went the wrong way). `None` when baseline equals target.
pub fn progress_towards_target(baseline: f64, target: f64, latest: f64) -> Option<f64> {
    let planned = target - baseline;
    (planned.abs() > f64::EPSILON).then(|| (latest - baseline) / planned)
}

/// A progress report's period and content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportDraft {
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub achievements: String,
    pub challenges: String,
}

pub fn parse_report(
    period_start: &str,
    period_end: &str,
    achievements: &str,
    challenges: &str,
    today: NaiveDate,
    lang: Lang,
) -> Result<ReportDraft, FieldErrors> {
    let mut errors = FieldErrors::default();
    let start = date(&mut errors, lang, "period_start", period_start);
    let end = date(&mut errors, lang, "period_end", period_end);
    if let (Some(s), Some(e)) = (start, end) {
        if e < s {
            errors.add("period_end", t!(lang, "wops-period-end-before-start"));
        } else if s > today {
            errors.add("period_start", t!(lang, "wops-period-not-begun"));
        }
    }
    let achievements = text(&mut errors, lang, "achievements", achievements, MAX_TEXT);
    let challenges = challenges.trim().to_owned();
    if challenges.chars().count() > MAX_TEXT {
        errors.add(
            "challenges",
            t!(lang, "wops-challenges-too-long", max = MAX_TEXT),
        );
    }
    checked(errors)?;
    match (start, end) {
        (Some(period_start), Some(period_end)) => Ok(ReportDraft {
            period_start,
            period_end,
            achievements,
            challenges,
        }),
        _ => Err(FieldErrors::default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn agreements_run_twelve_to_twenty_four_months() {
        assert!(parse_agreement("A, B", "2026-01-15", "2027-01-15", "NRW", Lang::En).is_ok());
        assert!(parse_agreement("A, B", "2026-01-15", "2028-01-15", "NRW", Lang::En).is_ok());
        let short =
            parse_agreement("A, B", "2026-01-15", "2026-12-31", "NRW", Lang::En).unwrap_err();
        assert_eq!(
            short.for_field("end_date"),
            Some("A partnership runs 12 to 24 months: end between 15 Jan 2027 and 15 Jan 2028.")
        );
        assert!(parse_agreement("A, B", "2026-01-15", "2028-01-16", "NRW", Lang::En).is_err());
        let inverted =
            parse_agreement("A, B", "2026-01-15", "2025-01-15", "NRW", Lang::En).unwrap_err();
        assert_eq!(
            inverted.for_field("end_date"),
            Some("The end date must be after the start date.")
        );
        let empty = parse_agreement(" ", "", "x", "", Lang::En).unwrap_err();
        assert!(empty.for_field("signatories").is_some());
        assert!(empty.for_field("start_date").is_some());
        assert!(empty.for_field("end_date").is_some());
        assert!(empty.for_field("scope").is_some());
    }

    fn activity(start: &'static str, end: &'static str) -> ActivityForm<'static> {
        ActivityForm {
            kind: "peer_review",
            title: "Review of the billing procedures",
            start_date: start,
            end_date: end,
            responsible: "mentor",
            place: "Cebu",
            online: false,
            status: "planned",
        }
    }

    #[test]
    fn activities_stay_inside_the_agreement() {
        let window = Some((d("2026-03-01"), d("2027-03-01")));
        assert!(parse_activity(&activity("2026-04-01", "2026-04-05"), window, Lang::En).is_ok());
        let outside =
            parse_activity(&activity("2027-04-01", "2027-04-05"), window, Lang::En).unwrap_err();
        assert_eq!(
            outside.for_field("start_date"),
            Some("Activities must fall within the agreement, 1 Mar 2026 to 1 Mar 2027.")
        );
        let inverted =
            parse_activity(&activity("2026-04-05", "2026-04-01"), None, Lang::En).unwrap_err();
        assert!(inverted.for_field("end_date").is_some());
        let nowhere = ActivityForm {
            place: "",
            ..activity("2026-04-01", "2026-04-05")
        };
        assert!(parse_activity(&nowhere, None, Lang::En)
            .unwrap_err()
            .for_field("place")
            .is_some());
        let online = ActivityForm {
            online: true,
            ..nowhere
        };
        assert!(parse_activity(&online, None, Lang::En).is_ok());
    }

    #[test]
    fn money_needs_an_amount_and_a_currency() {
        let r = parse_resource("money", "25,000", "usd", "Travel", "ADB", Lang::En).unwrap();
        assert_eq!((r.amount, r.currency.as_str()), (Some(25000.0), "USD"));
        let bad = parse_resource("money", "-3", "dollars", "Travel", "ADB", Lang::En).unwrap_err();
        assert!(bad.for_field("amount").is_some());
        assert!(bad.for_field("currency").is_some());
        let kind = parse_resource(
            "in_kind",
            "",
            "",
            "Two engineers for a week",
            "Mentor",
            Lang::En,
        )
        .unwrap();
        assert_eq!(kind.amount, None);
    }

    #[test]
    fn a_target_the_wrong_way_is_a_warning_not_a_refusal() {
        let today = d("2026-06-01");
        let (plan, warning) = parse_outcome(
            "non_revenue_water",
            "35",
            "2026-01-01",
            "40",
            "2027-12-31",
            today,
            Lang::En,
        )
        .unwrap();
        assert_eq!(plan.kpi, Kpi::NonRevenueWater);
        assert_eq!(
            warning.as_deref(),
            Some("Lower is better for non-revenue water, but the target (40 %) is above the baseline (35 %).")
        );
        let (_, none) = parse_outcome(
            "non_revenue_water",
            "35",
            "2026-01-01",
            "25",
            "2027-12-31",
            today,
            Lang::En,
        )
        .unwrap();
        assert_eq!(none, None);
        let bad = parse_outcome(
            "non_revenue_water",
            "135",
            "2027-01-01",
            "25",
            "2026-12-31",
            today,
            Lang::En,
        )
        .unwrap_err();
        assert!(bad.for_field("baseline_value").is_some());
        assert!(bad.for_field("baseline_date").is_some());
        assert!(bad.for_field("target_date").is_some());
    }

    #[test]
    fn progress_is_measured_in_the_planned_direction() {
        assert_eq!(progress_towards_target(40.0, 20.0, 30.0), Some(0.5));
        assert_eq!(progress_towards_target(40.0, 20.0, 45.0), Some(-0.25));
        assert_eq!(progress_towards_target(12.0, 24.0, 24.0), Some(1.0));
        assert_eq!(progress_towards_target(5.0, 5.0, 6.0), None);
    }

    #[test]
    fn reports_cover_a_real_period() {
        let today = d("2026-06-01");
        assert!(parse_report(
            "2026-01-01",
            "2026-03-31",
            "Mapped 3 DMAs",
            "",
            today,
            Lang::En
        )
        .is_ok());
        let bad = parse_report("2026-03-31", "2026-01-01", "", "", today, Lang::En).unwrap_err();
        assert!(bad.for_field("period_end").is_some());
        assert!(bad.for_field("achievements").is_some());
    }
}
