//! Needs and offers, and proposing a partnership for a need (what matching scores is loaded by
//! `scoring_data`).

use super::{NeedForm, OfferForm};
use crate::accounts::{CurrentUser, Role};
use crate::error::AppError;
use crate::i18n::current;
use crate::partners::entity::{organization, organization_topic};
use crate::partners::{OrganizationKind, TopicDirection};
use crate::t;
use crate::topics::entity as topic;
use crate::wops::entity::{need, partnership, partnership_topic};
use crate::wops::service::audit;
use crate::wops::NeedStatus;
use crate::wops::TrailEvent;
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
        .ok_or_else(|| {
            AppError::field(
                "organization",
                t!(current(), "matching-organization-choose"),
            )
        })?;
    if org.kind() != OrganizationKind::Utility {
        return Err(AppError::field(
            "organization",
            t!(current(), "matching-only-utilities"),
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
        .ok_or_else(|| AppError::field("topic", t!(current(), "matching-topic-choose")))?;
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
        return Err(AppError::Conflict(t!(
            current(),
            "matching-need-already-matched"
        )));
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
        return Err(AppError::Conflict(t!(
            current(),
            "matching-need-already-matched"
        )));
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
        .ok_or_else(|| AppError::field("topic", t!(current(), "matching-topic-choose")))?;
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
        .ok_or_else(|| AppError::NotFound(t!(current(), "matching-need-not-found")))
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
        .ok_or_else(|| AppError::NotFound(t!(current(), "matching-need-not-found")))
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
            t!(current(), "matching-note-missing"),
        ));
    }
    if note.chars().count() > 4000 {
        return Err(AppError::field(
            "note",
            t!(current(), "matching-note-too-long", max = 4000),
        ));
    }
    if n.status != NeedStatus::Open {
        return Err(AppError::Conflict(t!(current(), "matching-need-not-open")));
    }
    if mentor_id == n.organization_id {
        return Err(AppError::field(
            "mentor",
            t!(current(), "matching-mentor-itself"),
        ));
    }
    let mentor = utility(&txn, mentor_id)
        .await
        .map_err(|_| AppError::field("mentor", t!(current(), "matching-mentor-choose")))?;
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
        return Err(AppError::Conflict(t!(current(), "matching-need-not-open")));
    }
    let note = note.to_owned();
    let event = if facilitating {
        TrailEvent::Introduced { note }
    } else {
        TrailEvent::Proposed { note }
    };
    audit(&txn, p.id, user, &event).await?;
    txn.commit().await?;
    Ok(p.id)
}
