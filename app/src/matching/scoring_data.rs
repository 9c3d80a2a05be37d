//! Loading what matching scores: the weights the secretariat set, and every need and mentor
//! with its topics, languages, place, KPI history and past partnerships, in a few queries.

use super::{KpiPoint, MentorIndex, MentorProfile, NeedProfile, PastPartnership, Weights};
use crate::error::AppError;
use crate::partners::entity::{kpi_measurement, organization, organization_topic};
use crate::partners::{Kpi, OrganizationKind};
use crate::topics::entity as topic;
use crate::wops::entity::{need, outcome, outcome_value, partnership, partnership_topic, setting};
use crate::wops::PartnershipState;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use std::collections::HashMap;

const WEIGHTS_KEY: &str = "matching_weights";

pub async fn weights<C: ConnectionTrait>(db: &C) -> Result<Weights, AppError> {
    Ok(setting::Entity::find_by_id(WEIGHTS_KEY.to_owned())
        .one(db)
        .await?
        .and_then(|s| serde_json::from_str(&s.value).ok())
        .unwrap_or_default())
}

pub async fn save_weights(db: &DatabaseConnection, weights: &Weights) -> Result<(), AppError> {
    let value = serde_json::to_string(weights).map_err(|_| AppError::Internal)?;
    let txn = crate::db::begin_write(db).await?;
    setting::Entity::delete_by_id(WEIGHTS_KEY.to_owned())
        .exec(&txn)
        .await?;
    setting::ActiveModel {
        key: Set(WEIGHTS_KEY.to_owned()),
        value: Set(value),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

fn languages(list: &str) -> Vec<String> {
    list.split([',', ';'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

fn location(o: &organization::Model) -> Option<(f64, f64)> {
    Some((o.latitude?, o.longitude?))
}

/// Latest KPI values per organization, and whole histories for the mentors.
async fn kpi_histories<C: ConnectionTrait>(
    db: &C,
) -> Result<HashMap<i32, Vec<(Kpi, Vec<KpiPoint>)>>, AppError> {
    let mut by_org: HashMap<i32, HashMap<Kpi, Vec<KpiPoint>>> = HashMap::new();
    for m in kpi_measurement::Entity::find()
        .order_by_asc(kpi_measurement::Column::MeasuredOn)
        .all(db)
        .await?
    {
        let kpi = m.kpi;
        by_org
            .entry(m.organization_id)
            .or_default()
            .entry(kpi)
            .or_default()
            .push(KpiPoint {
                date: m.measured_on,
                value: m.value,
            });
    }
    Ok(by_org
        .into_iter()
        .map(|(org, kpis)| (org, kpis.into_iter().collect()))
        .collect())
}

/// Everything matching needs about the network's needs and mentors, read in a few queries.
pub struct MatchingData {
    pub index: MentorIndex,
    pub needs: Vec<NeedProfile>,
}

pub async fn matching_data(
    db: &DatabaseConnection,
    only_need: Option<i32>,
) -> Result<MatchingData, AppError> {
    let orgs: HashMap<i32, organization::Model> = organization::Entity::find()
        .filter(organization::Column::Kind.eq(OrganizationKind::Utility))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let topic_codes: HashMap<i32, String> = topic::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t.code))
        .collect();
    let histories = kpi_histories(db).await?;

    let mut offers: HashMap<i32, Vec<organization_topic::Model>> = HashMap::new();
    for o in organization_topic::Entity::find()
        .filter(organization_topic::Column::Direction.eq("offer"))
        .all(db)
        .await?
    {
        offers.entry(o.organization_id).or_default().push(o);
    }

    // Past and running partnerships as mentor: the record, and the places taken.
    let partnerships = partnership::Entity::find().all(db).await?;
    let p_topics: HashMap<i32, Vec<i32>> = partnership_topic::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .fold(HashMap::new(), |mut acc, row| {
            acc.entry(row.partnership_id)
                .or_insert_with(Vec::new)
                .push(row.topic_id);
            acc
        });
    // Only what the partnerships chose to make public may explain a ranking to outsiders.
    let mut outcomes: HashMap<i32, Vec<outcome::Model>> = HashMap::new();
    for o in outcome::Entity::find()
        .filter(outcome::Column::IsPublic.eq(true))
        .order_by_asc(outcome::Column::Id)
        .all(db)
        .await?
    {
        outcomes.entry(o.partnership_id).or_default().push(o);
    }
    let latest_values: HashMap<i32, f64> = outcome_value::Entity::find()
        .order_by_asc(outcome_value::Column::MeasuredOn)
        .all(db)
        .await?
        .into_iter()
        .map(|v| (v.outcome_id, v.value))
        .collect();
    let mut past: HashMap<i32, Vec<PastPartnership>> = HashMap::new();
    let mut active: HashMap<i32, u32> = HashMap::new();
    for p in &partnerships {
        let state = p.state;
        if matches!(
            state,
            // A proposal takes a place too, or network matching could promise it twice.
            PartnershipState::Proposed
                | PartnershipState::Introduced
                | PartnershipState::Agreed
                | PartnershipState::Active
        ) {
            *active.entry(p.mentor_id).or_default() += 1;
        }
        if state == PartnershipState::ClosedEarly || state == PartnershipState::Proposed {
            continue;
        }
        for topic_id in p_topics.get(&p.id).into_iter().flatten() {
            let code = topic_codes.get(topic_id).cloned().unwrap_or_default();
            // The outcome that measures this topic, else the partnership's first.
            let fits = super::topic_kpis(&code);
            let list = outcomes.get(&p.id);
            let outcome = list
                .and_then(|l| l.iter().find(|o| fits.contains(&o.kpi)))
                .or_else(|| list.and_then(|l| l.first()));
            past.entry(p.mentor_id).or_default().push(PastPartnership {
                topic_code: code,
                recipient_name: orgs
                    .get(&p.recipient_id)
                    .map(|o| o.name.clone())
                    .unwrap_or_default(),
                kpi: outcome.map(|o| o.kpi),
                baseline: outcome.map(|o| o.baseline_value),
                latest: outcome.and_then(|o| latest_values.get(&o.id).copied()),
                completed: state == PartnershipState::Completed,
            });
        }
    }

    let mentors: Vec<MentorProfile> = offers
        .into_iter()
        .filter_map(|(org_id, offers)| {
            let org = orgs.get(&org_id)?;
            let mut langs: Vec<String> = offers
                .iter()
                .flat_map(|o| languages(&o.languages))
                .collect();
            if langs.is_empty() {
                langs = languages(&org.languages);
            }
            langs.sort();
            langs.dedup();
            Some(MentorProfile {
                organization_id: org.id,
                name: org.name.clone(),
                country: org.country.clone(),
                location: location(org),
                population_served: org.population_served,
                languages: langs,
                offered_topics: offers
                    .iter()
                    .filter_map(|o| topic_codes.get(&o.topic_id).cloned())
                    .collect(),
                kpi_history: histories.get(&org.id).cloned().unwrap_or_default(),
                past_partnerships: past.remove(&org.id).unwrap_or_default(),
                // One utility's capacity is the most any of its offers allows.
                capacity: offers
                    .iter()
                    .map(|o| o.capacity.max(0) as u32)
                    .max()
                    .unwrap_or(0),
                active_partnerships: active.get(&org.id).copied().unwrap_or(0),
            })
        })
        .collect();

    let mut query = need::Entity::find()
        .filter(need::Column::Status.eq("open"))
        .order_by_asc(need::Column::Id);
    if let Some(id) = only_need {
        query = need::Entity::find().filter(need::Column::Id.eq(id));
    }
    let needs = query
        .all(db)
        .await?
        .into_iter()
        .filter_map(|n| {
            let org = orgs.get(&n.organization_id)?;
            let mut langs = languages(&n.languages);
            if langs.is_empty() {
                langs = languages(&org.languages);
            }
            let latest_kpis = histories
                .get(&org.id)
                .into_iter()
                .flatten()
                .filter_map(|(kpi, points)| Some((*kpi, *points.last()?)))
                .collect();
            Some(NeedProfile {
                need_id: n.id,
                organization_id: org.id,
                organization_name: org.name.clone(),
                topic_code: topic_codes.get(&n.topic_id).cloned().unwrap_or_default(),
                languages: langs,
                country: org.country.clone(),
                location: location(org),
                population_served: org.population_served,
                latest_kpis,
            })
        })
        .collect();
    Ok(MatchingData {
        index: MentorIndex::new(&mentors),
        needs,
    })
}
