//! Nominations and the jury: who may nominate which partnership, jurors' scores (never on a
//! nomination that involves their own organization), and the secretariat's progress view.

use super::entity::{category, criterion, juror, nomination, score};
use super::rules::{eligibility, MAX_SCORE};
use super::service::{nominations_of, nominee_names};
use super::types::{JurorProgress, JuryNomination};
use crate::accounts::entity::organization_member;
use crate::accounts::{CurrentUser, Role};
use crate::error::AppError;
use crate::wops::entity::{agreement, partnership, partnership_topic};
use chrono::Utc;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};

/// Why `partnership` cannot be nominated in `category`, as a field message.
pub async fn check_eligible<C: ConnectionTrait>(
    db: &C,
    c: &category::Model,
    partnership_id: i32,
) -> Result<partnership::Model, AppError> {
    let p = partnership::Entity::find_by_id(partnership_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::field("partnership", "No such partnership."))?;
    let running = agreement::Entity::find_by_id(partnership_id)
        .one(db)
        .await?
        .map(|a| (a.start_date, a.end_date));
    let topics: Vec<i32> = partnership_topic::Entity::find()
        .filter(partnership_topic::Column::PartnershipId.eq(partnership_id))
        .all(db)
        .await?
        .into_iter()
        .map(|t| t.topic_id)
        .collect();
    eligibility(
        &p.state,
        running,
        &topics,
        c.topic_id,
        (c.eligible_from, c.eligible_until),
    )
    .map_err(|m| AppError::field("partnership", m))?;
    Ok(p)
}

/// Nominates a partnership: secretariat admins, or an admin of one of its two partners.
pub async fn nominate(
    db: &DatabaseConnection,
    user: &CurrentUser,
    category_id: i32,
    partnership_id: i32,
    statement: &str,
) -> Result<i32, AppError> {
    let c = category::Entity::find_by_id(category_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound("No such award category.".to_owned()))?;
    let p = partnership::Entity::find_by_id(partnership_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::field("partnership", "No such partnership."))?;
    let partner = user.admin_of.contains(&p.mentor_id) || user.admin_of.contains(&p.recipient_id);
    if !user.has_role(Role::SecretariatAdmin) && !partner {
        return Err(AppError::Forbidden);
    }
    check_eligible(db, &c, partnership_id).await?;
    let statement = statement.trim();
    if statement.len() < 20 || statement.len() > 2000 {
        return Err(AppError::field(
            "statement",
            "Say in 20 to 2,000 characters why this partnership deserves the award.",
        ));
    }
    let already = nomination::Entity::find()
        .filter(nomination::Column::CategoryId.eq(category_id))
        .filter(nomination::Column::PartnershipId.eq(partnership_id))
        .one(db)
        .await?;
    if already.is_some() {
        return Err(AppError::Conflict(
            "This partnership is already nominated in this category.".to_owned(),
        ));
    }
    let n = nomination::ActiveModel {
        category_id: Set(category_id),
        partnership_id: Set(partnership_id),
        statement: Set(statement.to_owned()),
        nominated_by: Set(Some(user.id)),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(n.id)
}

/// The organizations a person belongs to (as admin or member).
async fn organizations_of(db: &DatabaseConnection, account: i32) -> Result<Vec<i32>, AppError> {
    Ok(organization_member::Entity::find()
        .filter(organization_member::Column::AccountId.eq(account))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.organization_id)
        .collect())
}

/// The nominations a juror may score: in the categories assigned to them, minus any that
/// involves their own organization (which they are never shown).
pub async fn for_juror(
    db: &DatabaseConnection,
    user: &CurrentUser,
) -> Result<Vec<JuryNomination>, AppError> {
    if !user.has_role(Role::Juror) {
        return Err(AppError::Forbidden);
    }
    let own = organizations_of(db, user.id).await?;
    let categories: Vec<i32> = juror::Entity::find()
        .filter(juror::Column::AccountId.eq(user.id))
        .all(db)
        .await?
        .into_iter()
        .map(|j| j.category_id)
        .collect();
    let mut out = Vec::new();
    for c in categories {
        let criteria = criterion::Entity::find()
            .filter(criterion::Column::CategoryId.eq(c))
            .all(db)
            .await?;
        let noms = nominations_of(db, c).await?;
        let ships = partnership::Entity::find()
            .filter(partnership::Column::Id.is_in(noms.iter().map(|n| n.partnership_id)))
            .all(db)
            .await?;
        let names = nominee_names(db, noms.iter().map(|n| n.partnership_id).collect()).await?;
        let mine = score::Entity::find()
            .filter(score::Column::JurorId.eq(user.id))
            .all(db)
            .await?;
        for n in noms {
            let involved = ships.iter().any(|p| {
                p.id == n.partnership_id
                    && (own.contains(&p.mentor_id) || own.contains(&p.recipient_id))
            });
            if involved {
                continue;
            }
            let (title, partners) = names.get(&n.partnership_id).cloned().unwrap_or_default();
            out.push(JuryNomination {
                nomination_id: n.id,
                title,
                partners,
                criteria: criteria
                    .iter()
                    .map(|k| {
                        let given = mine
                            .iter()
                            .find(|s| s.nomination_id == n.id && s.criterion_id == k.id)
                            .map(|s| s.score);
                        (k.id, k.name.clone(), k.weight, given)
                    })
                    .collect(),
            });
        }
    }
    Ok(out)
}

/// Records (or replaces) a juror's score of one criterion for one nomination.
pub async fn record_score(
    db: &DatabaseConnection,
    user: &CurrentUser,
    nomination_id: i32,
    criterion_id: i32,
    value: i32,
) -> Result<(), AppError> {
    if !user.has_role(Role::Juror) {
        return Err(AppError::Forbidden);
    }
    if !(0..=MAX_SCORE).contains(&value) {
        return Err(AppError::field("score", "Give a score from 0 to 10."));
    }
    let n = nomination::Entity::find_by_id(nomination_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound("No such nomination.".to_owned()))?;
    let assigned = juror::Entity::find_by_id((n.category_id, user.id))
        .one(db)
        .await?
        .is_some();
    if !assigned {
        return Err(AppError::Forbidden);
    }
    let p = partnership::Entity::find_by_id(n.partnership_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound("No such nomination.".to_owned()))?;
    let own = organizations_of(db, user.id).await?;
    if own.contains(&p.mentor_id) || own.contains(&p.recipient_id) {
        // The same answer as for a nomination that does not exist: a juror is not told.
        return Err(AppError::NotFound("No such nomination.".to_owned()));
    }
    let k = criterion::Entity::find_by_id(criterion_id)
        .one(db)
        .await?
        .filter(|k| k.category_id == n.category_id)
        .ok_or_else(|| AppError::field("criterion", "This criterion is not in this category."))?;
    score::Entity::insert(score::ActiveModel {
        nomination_id: Set(n.id),
        criterion_id: Set(k.id),
        juror_id: Set(user.id),
        score: Set(value),
        scored_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            score::Column::NominationId,
            score::Column::CriterionId,
            score::Column::JurorId,
        ])
        .update_columns([score::Column::Score, score::Column::ScoredAt])
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// How far each juror is, per category (secretariat admins).
pub async fn progress(
    db: &DatabaseConnection,
    user: &CurrentUser,
) -> Result<Vec<JurorProgress>, AppError> {
    use crate::accounts::entity::account;
    if !user.has_role(Role::SecretariatAdmin) {
        return Err(AppError::Forbidden);
    }
    let edition = crate::forum::service::current(db).await?;
    let mut out = Vec::new();
    for c in super::service::categories_of(db, edition.id).await? {
        let criteria = criterion::Entity::find()
            .filter(criterion::Column::CategoryId.eq(c.id))
            .all(db)
            .await?;
        let noms = nominations_of(db, c.id).await?;
        let ships = partnership::Entity::find()
            .filter(partnership::Column::Id.is_in(noms.iter().map(|n| n.partnership_id)))
            .all(db)
            .await?;
        for j in juror::Entity::find()
            .filter(juror::Column::CategoryId.eq(c.id))
            .all(db)
            .await?
        {
            let own = organizations_of(db, j.account_id).await?;
            let allowed: Vec<i32> = noms
                .iter()
                .filter(|n| {
                    !ships.iter().any(|p| {
                        p.id == n.partnership_id
                            && (own.contains(&p.mentor_id) || own.contains(&p.recipient_id))
                    })
                })
                .map(|n| n.id)
                .collect();
            let given = score::Entity::find()
                .filter(score::Column::JurorId.eq(j.account_id))
                .filter(score::Column::NominationId.is_in(allowed.clone()))
                .all(db)
                .await?
                .len();
            let name = account::Entity::find_by_id(j.account_id)
                .one(db)
                .await?
                .map(|a| a.name)
                .unwrap_or_default();
            out.push(JurorProgress {
                category: c.name.clone(),
                juror: name,
                given: given as u32,
                expected: (allowed.len() * criteria.len()) as u32,
            });
        }
    }
    Ok(out)
}

/// Assigns a juror to a category (secretariat admins).
pub async fn assign_juror(
    db: &DatabaseConnection,
    user: &CurrentUser,
    category_id: i32,
    account_id: i32,
) -> Result<(), AppError> {
    use crate::accounts::entity::account_role;
    if !user.has_role(Role::SecretariatAdmin) {
        return Err(AppError::Forbidden);
    }
    category::Entity::find_by_id(category_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound("No such award category.".to_owned()))?;
    let is_juror = account_role::Entity::find()
        .filter(account_role::Column::AccountId.eq(account_id))
        .filter(account_role::Column::Role.eq(Role::Juror.code()))
        .one(db)
        .await?
        .is_some();
    if !is_juror {
        return Err(AppError::field("account_id", "This person is not a juror."));
    }
    juror::Entity::insert(juror::ActiveModel {
        category_id: Set(category_id),
        account_id: Set(account_id),
    })
    .on_conflict(
        OnConflict::columns([juror::Column::CategoryId, juror::Column::AccountId])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}
