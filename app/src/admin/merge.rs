//! Merging a duplicate organization into the one that is kept. Everything that points to the
//! duplicate is re-pointed to the kept one in one write transaction: partnerships (as mentor or
//! recipient, and with them their agreements, plans, outcomes, reports, nominations, stories
//! and library links), needs, offers and needed topics, members, KPI values and contacts. Rows
//! both organizations have (the same member, topic or KPI date) are kept once. Only then is the
//! duplicate deleted; the database refuses that delete while anything still points to it
//! (migration `m20261205_000011_keep_references`), so nothing can silently go with it.

use crate::accounts::audit::{record, Actor, AuditAction};
use crate::accounts::entity::organization_member;
use crate::error::AppError;
use crate::partners::entity::{
    kpi_measurement, organization, organization_contact, organization_topic,
};
use crate::partners::{Kpi, TopicDirection};
use crate::wops::entity::{need, partnership};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    QueryFilter, Set,
};
use std::collections::{HashMap, HashSet};

/// Merges `duplicate` into `keep` as `actor` (recorded in the audit trail), or refuses naming
/// what blocks it.
#[tracing::instrument(skip(db))]
pub async fn merge(
    db: &DatabaseConnection,
    actor: &Actor,
    keep: i32,
    duplicate: i32,
) -> Result<(), AppError> {
    if keep == duplicate {
        return Err(AppError::field(
            "duplicate_id",
            crate::t!(crate::i18n::current(), "admin-merge-same"),
        ));
    }
    let txn = crate::db::begin_write(db).await?;
    let kept = find(&txn, keep).await?;
    let gone = find(&txn, duplicate).await?;
    refuse_partnerships_between(&txn, keep, duplicate).await?;

    move_partnerships(&txn, keep, duplicate).await?;
    need::Entity::update_many()
        .col_expr(need::Column::OrganizationId, Expr::value(keep))
        .filter(need::Column::OrganizationId.eq(duplicate))
        .exec(&txn)
        .await?;
    organization_contact::Entity::update_many()
        .col_expr(
            organization_contact::Column::OrganizationId,
            Expr::value(keep),
        )
        .filter(organization_contact::Column::OrganizationId.eq(duplicate))
        .exec(&txn)
        .await?;
    move_members(&txn, keep, duplicate).await?;
    move_join_requests(&txn, keep, duplicate).await?;
    move_topics(&txn, keep, duplicate).await?;
    move_kpi_values(&txn, keep, duplicate).await?;

    // Nothing points to the duplicate any more: the database refuses the delete otherwise.
    organization::Entity::delete_by_id(duplicate)
        .exec(&txn)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, keep, duplicate, "merge: the duplicate is still referenced");
            AppError::Conflict(crate::t!(
                crate::i18n::current(),
                "admin-merge-stopped",
                organization = kept.name.clone()
            ))
        })?;
    record(
        &txn,
        actor,
        AuditAction::OrganizationsMerged,
        // Names and numbers only, so the entry reads the same in every language.
        &format!("{} → {}", gone.name, kept.name),
        &format!(
            "{} (#{}, {}) → {} (#{}, {})",
            gone.name, gone.id, gone.country, kept.name, kept.id, kept.country
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Requests to join the duplicate become requests to join the kept organization, except a
/// waiting one from someone who already belongs to it or already waits for it (one waiting
/// request per person and organization).
async fn move_join_requests<C: ConnectionTrait>(
    db: &C,
    keep: i32,
    duplicate: i32,
) -> Result<(), AppError> {
    use crate::partners::membership::{entity as request, RequestStatus};
    let members: HashSet<i32> = organization_member::Entity::find()
        .filter(organization_member::Column::OrganizationId.eq(keep))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.account_id)
        .collect();
    let waiting: HashSet<i32> = request::Entity::find()
        .filter(request::Column::OrganizationId.eq(keep))
        .filter(request::Column::Status.eq(RequestStatus::Pending))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.account_id)
        .collect();
    for r in request::Entity::find()
        .filter(request::Column::OrganizationId.eq(duplicate))
        .all(db)
        .await?
    {
        let clash = r.status == RequestStatus::Pending
            && (members.contains(&r.account_id) || waiting.contains(&r.account_id));
        if clash {
            request::Entity::delete_by_id(r.id).exec(db).await?;
        } else {
            let mut moved: request::ActiveModel = r.into();
            moved.organization_id = Set(keep);
            moved.update(db).await?;
        }
    }
    Ok(())
}

async fn find<C: ConnectionTrait>(db: &C, id: i32) -> Result<organization::Model, AppError> {
    organization::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| {
            AppError::NotFound(crate::t!(
                crate::i18n::current(),
                "admin-no-such-organization"
            ))
        })
}

/// A partnership between the two would become one of an organization with itself: refused,
/// naming it, so the secretariat can close or reassign it first.
async fn refuse_partnerships_between<C: ConnectionTrait>(
    db: &C,
    a: i32,
    b: i32,
) -> Result<(), AppError> {
    let between = partnership::Entity::find()
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(partnership::Column::MentorId.eq(a))
                        .add(partnership::Column::RecipientId.eq(b)),
                )
                .add(
                    Condition::all()
                        .add(partnership::Column::MentorId.eq(b))
                        .add(partnership::Column::RecipientId.eq(a)),
                ),
        )
        .all(db)
        .await?;
    if between.is_empty() {
        return Ok(());
    }
    let lang = crate::i18n::current();
    let named: Vec<String> = between
        .iter()
        .map(|p| {
            crate::t!(
                lang,
                "admin-merge-partnership",
                title = p.title.clone(),
                id = p.id.to_string()
            )
        })
        .collect();
    Err(AppError::Conflict(crate::t!(
        lang,
        "admin-merge-partners",
        partnerships = named.join(", ")
    )))
}

async fn move_partnerships<C: ConnectionTrait>(
    db: &C,
    keep: i32,
    duplicate: i32,
) -> Result<(), AppError> {
    for column in [
        partnership::Column::MentorId,
        partnership::Column::RecipientId,
    ] {
        partnership::Entity::update_many()
            .col_expr(column, Expr::value(keep))
            .filter(column.eq(duplicate))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Members of the duplicate join the kept organization; someone in both stays once, as an
/// admin if they administered either.
async fn move_members<C: ConnectionTrait>(
    db: &C,
    keep: i32,
    duplicate: i32,
) -> Result<(), AppError> {
    let kept: HashMap<i32, organization_member::Model> = organization_member::Entity::find()
        .filter(organization_member::Column::OrganizationId.eq(keep))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.account_id, m))
        .collect();
    for m in organization_member::Entity::find()
        .filter(organization_member::Column::OrganizationId.eq(duplicate))
        .all(db)
        .await?
    {
        match kept.get(&m.account_id) {
            Some(existing) => {
                if m.is_admin && !existing.is_admin {
                    let mut promoted: organization_member::ActiveModel = existing.clone().into();
                    promoted.is_admin = Set(true);
                    promoted.update(db).await?;
                }
            }
            None => {
                organization_member::ActiveModel {
                    account_id: Set(m.account_id),
                    organization_id: Set(keep),
                    is_admin: Set(m.is_admin),
                    joined_at: Set(m.joined_at),
                }
                .insert(db)
                .await?;
            }
        }
    }
    organization_member::Entity::delete_many()
        .filter(organization_member::Column::OrganizationId.eq(duplicate))
        .exec(db)
        .await?;
    Ok(())
}

/// Offers and needed topics: a topic both list in the same direction is kept once, with the
/// kept organization's description (or the duplicate's, when the kept one has none).
async fn move_topics<C: ConnectionTrait>(
    db: &C,
    keep: i32,
    duplicate: i32,
) -> Result<(), AppError> {
    let kept: HashMap<(i32, TopicDirection), organization_topic::Model> =
        organization_topic::Entity::find()
            .filter(organization_topic::Column::OrganizationId.eq(keep))
            .all(db)
            .await?
            .into_iter()
            .map(|t| ((t.topic_id, t.direction), t))
            .collect();
    for t in organization_topic::Entity::find()
        .filter(organization_topic::Column::OrganizationId.eq(duplicate))
        .all(db)
        .await?
    {
        match kept.get(&(t.topic_id, t.direction)) {
            Some(existing) => {
                if existing.description.trim().is_empty() && !t.description.trim().is_empty() {
                    let mut filled: organization_topic::ActiveModel = existing.clone().into();
                    filled.description = Set(t.description);
                    filled.update(db).await?;
                }
            }
            None => {
                organization_topic::ActiveModel {
                    organization_id: Set(keep),
                    topic_id: Set(t.topic_id),
                    direction: Set(t.direction),
                    description: Set(t.description),
                    languages: Set(t.languages),
                    capacity: Set(t.capacity),
                }
                .insert(db)
                .await?;
            }
        }
    }
    organization_topic::Entity::delete_many()
        .filter(organization_topic::Column::OrganizationId.eq(duplicate))
        .exec(db)
        .await?;
    Ok(())
}

/// KPI values: one value per KPI and date, the kept organization's where both have one.
async fn move_kpi_values<C: ConnectionTrait>(
    db: &C,
    keep: i32,
    duplicate: i32,
) -> Result<(), AppError> {
    let kept: HashSet<(Kpi, chrono::NaiveDate)> = kpi_measurement::Entity::find()
        .filter(kpi_measurement::Column::OrganizationId.eq(keep))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.kpi, m.measured_on))
        .collect();
    for m in kpi_measurement::Entity::find()
        .filter(kpi_measurement::Column::OrganizationId.eq(duplicate))
        .all(db)
        .await?
    {
        if !kept.contains(&(m.kpi, m.measured_on)) {
            let mut moved: kpi_measurement::ActiveModel = m.into();
            moved.organization_id = Set(keep);
            moved.update(db).await?;
        }
    }
    kpi_measurement::Entity::delete_many()
        .filter(kpi_measurement::Column::OrganizationId.eq(duplicate))
        .exec(db)
        .await?;
    Ok(())
}
