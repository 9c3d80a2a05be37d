//! Demo partnerships: a dozen across every state, with needs, agreements, work plans, outcome
//! histories, reports and a trail. Figures are invented but plausible. Idempotent.

use super::entity::*;
use super::trail::TrailEvent;
use super::{ActivityKind, ActivityStatus, NeedStatus, PartnershipState as S, Side, Step};
use crate::partners::entity::organization;
use crate::partners::Kpi;
use crate::topics::entity as topic;
use chrono::{DateTime, Months, NaiveDate, TimeZone, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};
use std::collections::HashMap;

struct DemoPartnership {
    mentor: &'static str,
    recipient: &'static str,
    topic: &'static str,
    state: S,
    /// Agreement start and length in months, when agreed.
    start: Option<(&'static str, u32)>,
    kpi: Kpi,
    baseline: f64,
    target: f64,
    /// Measured values: (months after the start, value).
    measured: &'static [(u32, f64)],
    need: &'static str,
}

const PARTNERSHIPS: &[DemoPartnership] = &[
    DemoPartnership { mentor: "Manila Water Company", recipient: "Zamboanga City Water District", topic: "nrw", state: S::Completed, start: Some(("2022-03-01", 22)), kpi: Kpi::NonRevenueWater, baseline: 52.0, target: 35.0, measured: &[(10, 46.0), (21, 36.5)], need: "NRW above 50 % in the old city centre; no district metered areas and little leak detection capacity." },
    DemoPartnership { mentor: "Phnom Penh Water Supply Authority", recipient: "Siem Reap Water Supply Authority", topic: "nrw", state: S::Completed, start: Some(("2021-06-01", 24)), kpi: Kpi::NonRevenueWater, baseline: 31.0, target: 20.0, measured: &[(12, 26.0), (23, 19.4)], need: "Losses rising with the tourist-area network expansion; we need pressure management and meter replacement plans." },
    DemoPartnership { mentor: "Penang Water Supply Corporation (PBAPP)", recipient: "Nam Papa Nakhone Luang", topic: "billing", state: S::Completed, start: Some(("2022-01-15", 18)), kpi: Kpi::CollectionEfficiency, baseline: 78.0, target: 92.0, measured: &[(9, 85.0), (17, 93.0)], need: "Collection efficiency below 80 %; billing runs on a legacy system with manual meter reading." },
    DemoPartnership { mentor: "Hai Phong Water Supply JSC", recipient: "Samoa Water Authority", topic: "energy", state: S::Completed, start: Some(("2021-01-10", 23)), kpi: Kpi::EnergyIntensity, baseline: 0.62, target: 0.45, measured: &[(11, 0.55), (22, 0.47)], need: "Pumping energy is our largest cost; we want an energy audit and pump scheduling." },
    DemoPartnership { mentor: "Saigon Water Corporation (SAWACO)", recipient: "Hue Water Supply JSC", topic: "water_quality", state: S::Active, start: Some(("2025-04-01", 18)), kpi: Kpi::WaterQualityCompliance, baseline: 91.0, target: 98.0, measured: &[(8, 94.0)], need: "We want a water safety plan for the new treatment plant and its distribution zones." },
    DemoPartnership { mentor: "Public Utilities Board", recipient: "Male' Water and Sewerage Company", topic: "digital", state: S::Active, start: Some(("2025-07-01", 24)), kpi: Kpi::MeteringLevel, baseline: 70.0, target: 95.0, measured: &[(5, 78.0)], need: "Smart metering pilot on the islands; we need help with specifications and data handling." },
    DemoPartnership { mentor: "Metropolitan Cebu Water District", recipient: "Bee Timor-Leste", topic: "nrw", state: S::Active, start: Some(("2025-10-01", 18)), kpi: Kpi::NonRevenueWater, baseline: 60.0, target: 45.0, measured: &[], need: "Dili loses most of its water before it reaches customers; we need a first NRW reduction programme." },
    DemoPartnership { mentor: "Air Selangor", recipient: "Water Authority of Fiji", topic: "asset_management", state: S::Agreed, start: Some(("2026-01-15", 18)), kpi: Kpi::ContinuityOfSupply, baseline: 16.0, target: 20.0, measured: &[], need: "Frequent main breaks after cyclones; we need an asset register and a renewal plan." },
    DemoPartnership { mentor: "Bangalore Water Supply and Sewerage Board", recipient: "Kathmandu Upatyaka Khanepani Limited", topic: "sanitation_fsm", state: S::Introduced, start: None, kpi: Kpi::SanitationCoverage, baseline: 35.0, target: 50.0, measured: &[], need: "Septage from the valley is dumped untreated; we need a scheduled desludging service." },
    DemoPartnership { mentor: "Davao City Water District", recipient: "Solomon Water", topic: "customer_service", state: S::Introduced, start: None, kpi: Kpi::CollectionEfficiency, baseline: 70.0, target: 85.0, measured: &[], need: "Customer complaints take weeks to resolve; we want a call centre and complaint tracking." },
    DemoPartnership { mentor: "PDAM Surya Sembada Kota Surabaya", recipient: "Khulna WASA", topic: "nrw", state: S::Proposed, start: None, kpi: Kpi::NonRevenueWater, baseline: 35.0, target: 25.0, measured: &[], need: "New network sectors in Khulna need district metering and active leak control." },
    DemoPartnership { mentor: "Metropolitan Waterworks Authority", recipient: "Yangon City Development Committee, Water and Sanitation", topic: "climate", state: S::ClosedEarly, start: Some(("2023-02-01", 24)), kpi: Kpi::ContinuityOfSupply, baseline: 14.0, target: 18.0, measured: &[], need: "Flood-proofing of intakes and a drought contingency plan." },
];

/// Open needs still waiting for a mentor, for the matching pages.
const OPEN_NEEDS: &[(&str, &str, &str)] = &[
    ("Lahore WASA", "nrw", "NRW is around 40 % and intermittent supply hides leaks; we need DMAs and pressure management."),
    ("Faisalabad WASA", "billing", "Less than two thirds of bills are collected; we need a customer database and billing reform."),
    ("Water PNG", "nrw", "Port Moresby loses half its water; illegal connections and old mains are the main causes."),
    ("Tonga Water Board", "water_quality", "We need a water safety plan and a small laboratory quality programme."),
    ("Chattogram WASA", "sanitation_fsm", "No sewerage in most wards; we need faecal sludge management for the city."),
    ("Thimphu Thromde Water Supply", "urban_poor", "New informal settlements on the hillsides have no piped water yet."),
];

const DEMO_ACTOR: &str = "WaterLinks Secretariat (demo data)";

const CLOSED_REASON: &str = "A change of management at the recipient and travel restrictions; \
                             both partners agreed to resume later.";

fn stepped(step: Step, from: S, to: S, note: &str) -> TrailEvent {
    TrailEvent::Stepped {
        step,
        from,
        to,
        note: note.to_owned(),
    }
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
}

fn at(d: NaiveDate) -> DateTime<Utc> {
    Utc.from_utc_datetime(&d.and_hms_opt(9, 0, 0).unwrap_or_default())
}

fn plus_months(d: NaiveDate, months: u32) -> NaiveDate {
    d.checked_add_months(Months::new(months)).unwrap_or(d)
}

pub async fn seed(db: &DatabaseConnection) -> Result<usize, DbErr> {
    if partnership::Entity::find()
        .filter(partnership::Column::IsDemo.eq(true))
        .count(db)
        .await?
        > 0
    {
        return Ok(0);
    }
    let orgs: HashMap<String, i32> = organization::Entity::find()
        .filter(organization::Column::IsDemo.eq(true))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.name, o.id))
        .collect();
    let topics: HashMap<String, i32> = topic::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.code, t.id))
        .collect();
    let txn = crate::db::begin_write(db).await?;
    let mut created = 0;
    for (n, d) in PARTNERSHIPS.iter().enumerate() {
        let (Some(&mentor), Some(&recipient), Some(&topic_id)) = (
            orgs.get(d.mentor),
            orgs.get(d.recipient),
            topics.get(d.topic),
        ) else {
            continue;
        };
        let start = d
            .start
            .map(|(s, months)| (date(s), plus_months(date(s), months)));
        let proposed_on = start
            .map(|(s, _)| s - chrono::Days::new(120))
            .unwrap_or_else(|| Utc::now().date_naive() - chrono::Days::new(30 + n as u64 * 7));
        let need_row = need::ActiveModel {
            organization_id: Set(recipient),
            topic_id: Set(topic_id),
            description: Set(d.need.to_owned()),
            languages: Set("English".to_owned()),
            status: Set(if d.state == S::ClosedEarly {
                NeedStatus::Open
            } else {
                NeedStatus::Matched
            }),
            created_at: Set(at(proposed_on)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let signed = matches!(
            d.state,
            S::Agreed | S::Active | S::Completed | S::ClosedEarly
        );
        let p = partnership::ActiveModel {
            title: Set(format!("{} mentors {} on {}", d.mentor, d.recipient, topic_title(d.topic))),
            mentor_id: Set(mentor),
            recipient_id: Set(recipient),
            need_id: Set(Some(need_row.id)),
            facilitator_id: Set(None),
            state: Set(d.state),
            concept_note: Set(if d.state == S::Proposed {
                String::new()
            } else {
                format!("{} has a proven programme on this topic; {} asked for support. Both work in English.", d.mentor, d.recipient)
            }),
            mentor_signed_at: Set((signed || d.state == S::Introduced && n % 2 == 0).then(|| at(proposed_on + chrono::Days::new(60)))),
            recipient_signed_at: Set(signed.then(|| at(proposed_on + chrono::Days::new(75)))),
            closed_reason: Set(if d.state == S::ClosedEarly {
                CLOSED_REASON.to_owned()
            } else {
                String::new()
            }),
            is_demo: Set(true),
            created_at: Set(at(proposed_on)),
            updated_at: Set(at(proposed_on)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        partnership_topic::ActiveModel {
            partnership_id: Set(p.id),
            topic_id: Set(topic_id),
        }
        .insert(&txn)
        .await?;
        let mut trail = vec![(
            proposed_on,
            TrailEvent::Proposed {
                note: String::new(),
            },
        )];
        if d.state != S::Proposed {
            trail.push((
                proposed_on + chrono::Days::new(20),
                TrailEvent::Introduced {
                    note: String::new(),
                },
            ));
        }
        if let Some((s, e)) = start {
            agreement::ActiveModel {
                partnership_id: Set(p.id),
                signatories: Set(format!("General Manager, {}; General Manager, {}", d.mentor, d.recipient)),
                start_date: Set(s),
                end_date: Set(e),
                scope: Set(format!("Peer support on {} with on-the-job training, technical consultations and a peer review of procedures.", topic_title(d.topic))),
                document_file: Set(None),
                document_name: Set(None),
                document_size: Set(None),
                recorded_at: Set(at(s)),
            }
            .insert(&txn)
            .await?;
            trail.push((
                s - chrono::Days::new(10),
                TrailEvent::AgreementRecorded {
                    corrected: false,
                    start: s,
                    end: e,
                },
            ));
            seed_work_plan(&txn, p.id, d, s, e).await?;
            if matches!(d.state, S::Active | S::Completed) {
                trail.push((s, stepped(Step::Activate, S::Agreed, S::Active, "")));
            }
        }
        match d.state {
            S::Completed => {
                let end = start.map(|(_, e)| e).unwrap_or(proposed_on);
                trail.push((end, stepped(Step::Complete, S::Active, S::Completed, "")));
            }
            S::ClosedEarly => trail.push((
                start.map(|(s, _)| plus_months(s, 7)).unwrap_or(proposed_on),
                stepped(Step::CloseEarly, S::Agreed, S::ClosedEarly, CLOSED_REASON),
            )),
            _ => {}
        }
        for (when, event) in trail {
            partnership_event::ActiveModel {
                partnership_id: Set(p.id),
                account_id: Set(None),
                actor_name: Set(DEMO_ACTOR.to_owned()),
                action: Set(event.code().to_owned()),
                detail: Set(event.to_stored()),
                at: Set(at(when)),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        created += 1;
    }
    for (org, topic_code, text) in OPEN_NEEDS {
        let (Some(&org), Some(&topic_id)) = (orgs.get(*org), topics.get(*topic_code)) else {
            continue;
        };
        need::ActiveModel {
            organization_id: Set(org),
            topic_id: Set(topic_id),
            description: Set((*text).to_owned()),
            languages: Set("English".to_owned()),
            status: Set(NeedStatus::Open),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(created)
}

fn topic_title(code: &str) -> &'static str {
    match code {
        "nrw" => "non-revenue water reduction",
        "billing" => "billing and collection",
        "energy" => "energy efficiency",
        "water_quality" => "water safety planning",
        "digital" => "smart metering",
        "asset_management" => "asset management",
        "sanitation_fsm" => "faecal sludge management",
        "customer_service" => "customer service",
        "climate" => "climate resilience",
        _ => "utility operations",
    }
}

async fn seed_work_plan<C: sea_orm::ConnectionTrait>(
    db: &C,
    id: i32,
    d: &DemoPartnership,
    start: NaiveDate,
    end: NaiveDate,
) -> Result<(), DbErr> {
    for (side, promise) in [
        (
            Side::Mentor,
            "Second two engineers for field work and remote follow-up each month.",
        ),
        (
            Side::Recipient,
            "Assign a dedicated team and share operational data every quarter.",
        ),
    ] {
        commitment::ActiveModel {
            partnership_id: Set(id),
            side: Set(side),
            promise: Set(promise.to_owned()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    let finished = matches!(d.state, S::Completed);
    let running = matches!(d.state, S::Active);
    let plan = [
        (
            ActivityKind::TechnicalConsultation,
            "Diagnostic visit and baseline assessment",
            0,
            0,
            Side::Mentor,
            "On site",
        ),
        (
            ActivityKind::OnTheJobTraining,
            "On-the-job training for field crews",
            3,
            4,
            Side::Mentor,
            "On site",
        ),
        (
            ActivityKind::PeerReview,
            "Peer review of procedures and systems",
            8,
            8,
            Side::Recipient,
            "Online",
        ),
        (
            ActivityKind::InformationExchange,
            "Exchange visit to the mentor utility",
            12,
            12,
            Side::Recipient,
            "Mentor's city",
        ),
    ];
    for (i, (kind, title, from, to, side, place)) in plan.into_iter().enumerate() {
        let a_start = plus_months(start, from).min(end);
        let a_end = (plus_months(start, to) + chrono::Days::new(4)).min(end);
        let status = if finished || (running && a_end < Utc::now().date_naive()) {
            ActivityStatus::Done
        } else if running && i == 1 {
            ActivityStatus::InProgress
        } else {
            ActivityStatus::Planned
        };
        activity::ActiveModel {
            partnership_id: Set(id),
            kind: Set(kind),
            title: Set(title.to_owned()),
            start_date: Set(a_start),
            end_date: Set(a_end),
            responsible: Set(side),
            place: Set(if place == "Online" {
                String::new()
            } else {
                place.to_owned()
            }),
            online: Set(place == "Online"),
            status: Set(status),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    resource::ActiveModel {
        partnership_id: Set(id),
        amount: Set(Some(60_000.0)),
        currency: Set("USD".to_owned()),
        description: Set("Travel, training materials and equipment".to_owned()),
        source: Set("Asian Development Bank".to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    resource::ActiveModel {
        partnership_id: Set(id),
        amount: Set(None),
        currency: Set(String::new()),
        description: Set("Staff time of the mentor's experts (about 80 days)".to_owned()),
        source: Set(d.mentor.to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let o = outcome::ActiveModel {
        partnership_id: Set(id),
        kpi: Set(d.kpi),
        baseline_value: Set(d.baseline),
        baseline_date: Set(start),
        target_value: Set(d.target),
        target_date: Set(end),
        is_public: Set(true),
        ..Default::default()
    }
    .insert(db)
    .await?;
    for (months, value) in d.measured {
        outcome_value::ActiveModel {
            outcome_id: Set(o.id),
            value: Set(*value),
            measured_on: Set(plus_months(start, *months).min(Utc::now().date_naive())),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    if matches!(d.state, S::Active | S::Completed) {
        let period_end = plus_months(start, 6).min(Utc::now().date_naive());
        let report = progress_report::ActiveModel {
            partnership_id: Set(id),
            period_start: Set(start),
            period_end: Set(period_end),
            achievements: Set(
                "Baseline assessment done; first field crews trained; data sharing agreed."
                    .to_owned(),
            ),
            challenges: Set("Procurement of equipment is slower than planned.".to_owned()),
            submitted_by: Set(format!("Partnership team, {}", d.recipient)),
            submitted_at: Set(at(period_end)),
            reviewed_by: Set(Some(DEMO_ACTOR.to_owned())),
            reviewed_at: Set(Some(at(period_end + chrono::Days::new(7)))),
            review_comment: Set("Good start. Keep the quarterly data coming.".to_owned()),
            ..Default::default()
        }
        .insert(db)
        .await?;
        if d.state == S::Active && d.topic == "water_quality" {
            corrective_action::ActiveModel {
                partnership_id: Set(id),
                report_id: Set(Some(report.id)),
                action: Set("Agree a new date for the laboratory equipment delivery and tell the facilitator.".to_owned()),
                raised_by: Set(DEMO_ACTOR.to_owned()),
                raised_at: Set(at(period_end + chrono::Days::new(7))),
                resolved_by: Set(None),
                resolved_at: Set(None),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}
