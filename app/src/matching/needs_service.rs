//! Needs and offers, proposing a partnership for a need, and loading what matching scores.

use super::{KpiPoint, MentorIndex, MentorProfile, NeedProfile, PastPartnership, Weights};
use super::{NeedForm, OfferForm};
use crate::accounts::{CurrentUser, Role};
use crate::error::AppError;
use crate::partners::entity::{kpi_measurement, organization, organization_topic};
use crate::partners::{Kpi, OrganizationKind, TopicDirection};
use crate::topics::entity as topic;
use crate::wops::entity::{need, outcome, outcome_value, partnership, partnership_topic, setting};
use crate::wops::service::audit;
use crate::wops::NeedStatus;
use crate::wops::{NeedView, OrganizationRef, PartnershipState};
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use std::collections::HashMap;

fn may_act_for(user: &CurrentUser, organization_id: i32) -> bool {
    user.admin_of.contains(&organization_id) || user.has_role(Role::SecretariatAdmin)
}

async fn utility<C: ConnectionTrait>(db: &C, id: i32) -> Result<organization::Model, AppError> {
    let org = organization::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::field("organization", "Choose one of your organizations."))?;
    if org.kind() != OrganizationKind::Utility {
        return Err(AppError::field(
            "organization",
            "Only utilities post needs and offers in partnerships.",
        ));
    }
    Ok(org)
}

/// Posts a recipient's need; it also shows in the directory as a topic the utility needs help with.
pub async fn post_need(
    db: &DatabaseConnection,
    user: &CurrentUser,
    form: NeedForm,
) -> Result<i32, AppError> {
    if !may_act_for(user, form.organization_id) {
        return Err(AppError::Forbidden);
    }
    utility(db, form.organization_id).await?;
    let topic = topic::find_by_code(db, &form.topic_code)
        .await?
        .ok_or_else(|| AppError::field("topic", "Choose a topic from the list."))?;
    let txn = crate::db::begin_write(db).await?;
    let row = need::ActiveModel {
        organization_id: Set(form.organization_id),
        topic_id: Set(topic.id),
        description: Set(form.description),
        languages: Set(form.languages),
        status: Set(NeedStatus::Open),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let listed = organization_topic::Entity::find_by_id((
        form.organization_id,
        topic.id,
        TopicDirection::Need,
    ))
    .one(&txn)
    .await?;
    if listed.is_none() {
        organization_topic::ActiveModel {
            organization_id: Set(form.organization_id),
            topic_id: Set(topic.id),
            direction: Set(TopicDirection::Need),
            description: Set(String::new()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(row.id)
}

pub async fn withdraw_need(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i32,
) -> Result<(), AppError> {
    let row = find_need(db, id).await?;
    if !may_act_for(user, row.organization_id) {
        return Err(AppError::Forbidden);
    }
    if row.status != NeedStatus::Open {
        return Err(AppError::Conflict(
            "This need already led to a partnership; close the partnership instead.".to_owned(),
        ));
    }
    let withdrawn = need::Entity::update_many()
        .col_expr(
            need::Column::Status,
            sea_orm::sea_query::Expr::value("withdrawn"),
        )
        .filter(need::Column::Id.eq(id))
        .filter(need::Column::Status.eq("open"))
        .exec(db)
        .await?;
    if withdrawn.rows_affected != 1 {
        return Err(AppError::Conflict(
            "This need already led to a partnership; close the partnership instead.".to_owned(),
        ));
    }
    Ok(())
}

/// Posts (or replaces) a mentor's offer on a topic with its tested solution and capacity.
pub async fn post_offer(
    db: &DatabaseConnection,
    user: &CurrentUser,
    form: OfferForm,
) -> Result<(), AppError> {
    if !may_act_for(user, form.organization_id) {
        return Err(AppError::Forbidden);
    }
    utility(db, form.organization_id).await?;
    let topic = topic::find_by_code(db, &form.topic_code)
        .await?
        .ok_or_else(|| AppError::field("topic", "Choose a topic from the list."))?;
    let txn = crate::db::begin_write(db).await?;
    organization_topic::Entity::delete_by_id((
        form.organization_id,
        topic.id,
        TopicDirection::Offer,
    ))
    .exec(&txn)
    .await?;
    organization_topic::ActiveModel {
        organization_id: Set(form.organization_id),
        topic_id: Set(topic.id),
        direction: Set(TopicDirection::Offer),
        description: Set(form.description),
        languages: Set(form.languages),
        capacity: Set(form.capacity),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn find_need<C: ConnectionTrait>(db: &C, id: i32) -> Result<need::Model, AppError> {
    need::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound("There is no need with this number.".to_owned()))
}

/// Needs, newest first; only open ones unless `all`.
pub async fn needs(db: &DatabaseConnection, all: bool) -> Result<Vec<NeedView>, AppError> {
    let mut query = need::Entity::find().order_by_desc(need::Column::Id);
    if !all {
        query = query.filter(need::Column::Status.eq("open"));
    }
    let rows = query.all(db).await?;
    views(db, rows).await
}

pub async fn need(db: &DatabaseConnection, id: i32) -> Result<NeedView, AppError> {
    let row = find_need(db, id).await?;
    views(db, vec![row])
        .await?
        .pop()
        .ok_or_else(|| AppError::NotFound("There is no need with this number.".to_owned()))
}

async fn views(db: &DatabaseConnection, rows: Vec<need::Model>) -> Result<Vec<NeedView>, AppError> {
    let orgs: HashMap<i32, organization::Model> = organization::Entity::find()
        .filter(
            organization::Column::Id
                .is_in(rows.iter().map(|n| n.organization_id).collect::<Vec<_>>()),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let topics: HashMap<i32, topic::Model> = topic::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let partnerships: HashMap<i32, i32> = partnership::Entity::find()
        .filter(partnership::Column::NeedId.is_in(rows.iter().map(|n| n.id).collect::<Vec<_>>()))
        .filter(partnership::Column::State.ne(PartnershipState::ClosedEarly))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|p| Some((p.need_id?, p.id)))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|n| {
            let org = orgs.get(&n.organization_id)?;
            let t = topics.get(&n.topic_id)?;
            Some(NeedView {
                id: n.id,
                organization: OrganizationRef {
                    id: org.id,
                    name: org.name.clone(),
                    country: org.country.clone(),
                },
                topic_code: t.code.clone(),
                topic: t.name.clone(),
                description: n.description,
                languages: n.languages,
                status: n.status.as_code().to_owned(),
                created_at: n.created_at,
                partnership_id: partnerships.get(&n.id).copied(),
            })
        })
        .collect())
}

/// Starts a partnership for a need with the chosen mentor. A facilitator's proposal is an
/// introduction at once (with its concept note); the recipient's own is a proposal that a
/// facilitator then introduces.
pub async fn propose(
    db: &DatabaseConnection,
    user: &CurrentUser,
    need_id: i32,
    mentor_id: i32,
    note: &str,
) -> Result<i32, AppError> {
    let note = note.trim();
    let facilitating = user.has_role(Role::Facilitator) || user.has_role(Role::SecretariatAdmin);
    let txn = crate::db::begin_write(db).await?;
    let n = find_need(&txn, need_id).await?;
    if !facilitating && !user.admin_of.contains(&n.organization_id) {
        return Err(AppError::Forbidden);
    }
    if facilitating && note.is_empty() {
        return Err(AppError::field(
            "note",
            "Write a short concept note for both partners.",
        ));
    }
    if note.chars().count() > 4000 {
        return Err(AppError::field(
            "note",
            "The note is too long (at most 4000 characters).",
        ));
    }
    if n.status != NeedStatus::Open {
        return Err(AppError::Conflict(
            "This need is no longer open.".to_owned(),
        ));
    }
    if mentor_id == n.organization_id {
        return Err(AppError::field("mentor", "A utility cannot mentor itself."));
    }
    let mentor = utility(&txn, mentor_id)
        .await
        .map_err(|_| AppError::field("mentor", "Choose a utility as mentor."))?;
    let recipient = utility(&txn, n.organization_id).await?;
    let topic = topic::Entity::find_by_id(n.topic_id)
        .one(&txn)
        .await?
        .ok_or(AppError::Internal)?;
    let now = Utc::now();
    let state = if facilitating {
        PartnershipState::Introduced
    } else {
        PartnershipState::Proposed
    };
    let p = partnership::ActiveModel {
        title: Set(
            format!("{} mentors {}: {}", mentor.name, recipient.name, topic.name)
                .chars()
                .take(200)
                .collect(),
        ),
        mentor_id: Set(mentor.id),
        recipient_id: Set(recipient.id),
        need_id: Set(Some(n.id)),
        facilitator_id: Set(facilitating.then_some(user.id)),
        state: Set(state),
        concept_note: Set(note.to_owned()),
        closed_reason: Set(String::new()),
        is_demo: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    partnership_topic::ActiveModel {
        partnership_id: Set(p.id),
        topic_id: Set(topic.id),
    }
    .insert(&txn)
    .await?;
    // Claimed only if still open: two proposals at once cannot both take the same need.
    let claimed = need::Entity::update_many()
        .col_expr(
            need::Column::Status,
            sea_orm::sea_query::Expr::value("matched"),
        )
        .filter(need::Column::Id.eq(n.id))
        .filter(need::Column::Status.eq("open"))
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Err(AppError::Conflict(
            "This need is no longer open.".to_owned(),
        ));
    }
    let action = if facilitating {
        "Introduced the partners"
    } else {
        "Proposed the partnership"
    };
    audit(&txn, p.id, user, action, note).await?;
    txn.commit().await?;
    Ok(p.id)
}

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
