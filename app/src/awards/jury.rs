//! Nominations and the jury: who may nominate which partnership, jurors' scores (never on a
//! nomination that involves their own organization), and the secretariat's progress view.

use super::entity::{category, criterion, juror, nomination, score};
use super::rules::{eligibility, jury_may_change, VotingState, MAX_SCORE};
use super::service::{nominations_of, nominee_names};
use super::types::{JurorProgress, JuryNomination};
use crate::accounts::entity::organization_member;
use crate::accounts::{CurrentUser, Role};
use crate::error::AppError;
use crate::i18n::current;
use crate::t;
use crate::wops::entity::{agreement, partnership, partnership_topic};
use chrono::Utc;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};

fn fixed(c: &category::Model) -> AppError {
    AppError::Conflict(t!(current(), "awards-jury-fixed", category = &c.name))
}

fn no_category() -> AppError {
    AppError::NotFound(t!(current(), "awards-no-category"))
}

fn no_nomination() -> AppError {
    AppError::NotFound(t!(current(), "awards-no-nomination"))
}

/// Locks `category_id` for a change to what its result is made of, or says why that is fixed
/// (see `rules::jury_may_change`). The state is checked under the row's lock (PostgreSQL) or the
/// write lock (SQLite), so a change cannot slip in as voting opens.
async fn lock_while_draft<C: ConnectionTrait>(
    txn: &C,
    category_id: i32,
) -> Result<category::Model, AppError> {
    let c = category::Entity::find_by_id(category_id)
        .one(txn)
        .await?
        .ok_or_else(no_category)?;
    let locked = category::Entity::update_many()
        .col_expr(category::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(category::Column::Id.eq(category_id))
        .filter(category::Column::VotingState.eq(VotingState::Draft))
        .exec(txn)
        .await?;
    let state = super::service::state_of(&c);
    if locked.rows_affected != 1 || !jury_may_change(state) {
        return Err(fixed(&c));
    }
    Ok(c)
}

/// Why `partnership` cannot be nominated in `category`, as a field message.
pub async fn check_eligible<C: ConnectionTrait>(
    db: &C,
    c: &category::Model,
    partnership_id: i32,
) -> Result<partnership::Model, AppError> {
    let p = partnership::Entity::find_by_id(partnership_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::field("partnership", t!(current(), "awards-no-partnership")))?;
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
        current(),
        p.state.as_code(),
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
        .ok_or_else(no_category)?;
    let p = partnership::Entity::find_by_id(partnership_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::field("partnership", t!(current(), "awards-no-partnership")))?;
    let partner = user.admin_of.contains(&p.mentor_id) || user.admin_of.contains(&p.recipient_id);
    if !user.has_role(Role::SecretariatAdmin) && !partner {
        return Err(AppError::Forbidden);
    }
    check_eligible(db, &c, partnership_id).await?;
    let statement = statement.trim();
    if statement.len() < 20 || statement.len() > 2000 {
        return Err(AppError::field(
            "statement",
            t!(
                current(),
                "awards-statement-length",
                min = 20,
                max = crate::i18n::format::integer(current(), 2000)
            ),
        ));
    }
    let txn = crate::db::begin_write(db).await?;
    lock_while_draft(&txn, category_id).await?;
    let already = nomination::Entity::find()
        .filter(nomination::Column::CategoryId.eq(category_id))
        .filter(nomination::Column::PartnershipId.eq(partnership_id))
        .one(&txn)
        .await?;
    if already.is_some() {
        return Err(AppError::Conflict(t!(
            current(),
            "awards-already-nominated"
        )));
    }
    let n = nomination::ActiveModel {
        category_id: Set(category_id),
        partnership_id: Set(partnership_id),
        statement: Set(statement.to_owned()),
        nominated_by: Set(Some(user.id)),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
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
        return Err(AppError::field(
            "score",
            t!(current(), "awards-score-range", max = MAX_SCORE),
        ));
    }
    let n = nomination::Entity::find_by_id(nomination_id)
        .one(db)
        .await?
        .ok_or_else(no_nomination)?;
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
        .ok_or_else(no_nomination)?;
    let own = organizations_of(db, user.id).await?;
    if own.contains(&p.mentor_id) || own.contains(&p.recipient_id) {
        // The same answer as for a nomination that does not exist: a juror is not told.
        return Err(no_nomination());
    }
    let k = criterion::Entity::find_by_id(criterion_id)
        .one(db)
        .await?
        .filter(|k| k.category_id == n.category_id)
        .ok_or_else(|| AppError::field("criterion", t!(current(), "awards-criterion-elsewhere")))?;
    let txn = crate::db::begin_write(db).await?;
    lock_while_draft(&txn, n.category_id).await?;
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
    .exec_without_returning(&txn)
    .await?;
    txn.commit().await?;
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

/// Assigns a juror (by email) to a category (secretariat admins).
pub async fn assign_juror(
    db: &DatabaseConnection,
    user: &CurrentUser,
    category_id: i32,
    email: &str,
) -> Result<(), AppError> {
    use crate::accounts::entity::{account, account_role};
    if !user.has_role(Role::SecretariatAdmin) {
        return Err(AppError::Forbidden);
    }
    find_category(db, category_id).await?;
    let person = account::Entity::find()
        .filter(account::Column::Email.eq(email.trim().to_lowercase()))
        .one(db)
        .await?
        .ok_or_else(|| AppError::field("email", t!(current(), "awards-juror-no-account")))?;
    let is_juror = account_role::Entity::find()
        .filter(account_role::Column::AccountId.eq(person.id))
        .filter(account_role::Column::Role.eq(Role::Juror))
        .one(db)
        .await?
        .is_some();
    if !is_juror {
        return Err(AppError::field(
            "email",
            t!(current(), "awards-juror-not-juror"),
        ));
    }
    juror::Entity::insert(juror::ActiveModel {
        category_id: Set(category_id),
        account_id: Set(person.id),
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

async fn find_category(db: &DatabaseConnection, id: i32) -> Result<category::Model, AppError> {
    category::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(no_category)
}

/// What the secretariat fills in to create a category.
#[derive(Debug, Clone)]
pub struct NewCategory<'a> {
    pub name: &'a str,
    pub description: &'a str,
    /// A topic code, or empty for any topic.
    pub topic: &'a str,
    pub eligible_from: &'a str,
    pub eligible_until: &'a str,
    pub jury_weight: i32,
    pub hide_results: bool,
}

/// Creates a category of the current edition, in draft (secretariat admins).
pub async fn create_category(
    db: &DatabaseConnection,
    user: &CurrentUser,
    new: NewCategory<'_>,
) -> Result<i32, AppError> {
    use crate::error::FieldErrors;
    if !user.has_role(Role::SecretariatAdmin) {
        return Err(AppError::Forbidden);
    }
    let lang = current();
    let mut errors = FieldErrors::default();
    let name = new.name.trim();
    if name.chars().count() < 3 || name.chars().count() > 200 {
        errors.add(
            "name",
            t!(lang, "awards-category-name-length", min = 3, max = 200),
        );
    }
    let date = |field: &str, text: &str, errors: &mut FieldErrors| {
        let parsed = chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok();
        if parsed.is_none() {
            errors.add(field, t!(lang, "awards-date-invalid"));
        }
        parsed
    };
    let from = date("eligible_from", new.eligible_from, &mut errors);
    let until = date("eligible_until", new.eligible_until, &mut errors);
    if let (Some(f), Some(u)) = (from, until) {
        if f > u {
            errors.add("eligible_until", t!(lang, "awards-window-order"));
        }
    }
    if !(0..=100).contains(&new.jury_weight) {
        errors.add("jury_weight", t!(lang, "awards-jury-share-range"));
    }
    let topic_id = match new.topic.trim() {
        "" => None,
        code => match crate::topics::entity::find_by_code(db, code).await? {
            Some(t) => Some(t.id),
            None => {
                errors.add("topic", t!(lang, "awards-topic-unknown"));
                None
            }
        },
    };
    errors.into_result()?;
    let (Some(from), Some(until)) = (from, until) else {
        return Err(AppError::Internal);
    };
    let edition = crate::forum::service::current(db).await?;
    let c = category::ActiveModel {
        edition_id: Set(edition.id),
        position: Set(0),
        name: Set(name.to_owned()),
        description: Set(new.description.trim().to_owned()),
        topic_id: Set(topic_id),
        eligible_from: Set(from),
        eligible_until: Set(until),
        voting_state: Set(super::rules::VotingState::Draft),
        jury_weight: Set(new.jury_weight),
        hide_results: Set(new.hide_results),
        revision: Set(0),
        last_hash: Set(String::new()),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(c.id)
}

/// Sets the jury's share of a category's result; the audience has the rest (secretariat
/// admins). Fixed once voting opens.
pub async fn set_weight(
    db: &DatabaseConnection,
    user: &CurrentUser,
    category_id: i32,
    jury_weight: i32,
) -> Result<(), AppError> {
    use sea_orm::IntoActiveModel;
    if !user.has_role(Role::SecretariatAdmin) {
        return Err(AppError::Forbidden);
    }
    if !(0..=100).contains(&jury_weight) {
        return Err(AppError::field(
            "jury_weight",
            t!(current(), "awards-jury-share-range"),
        ));
    }
    let txn = crate::db::begin_write(db).await?;
    let mut c = lock_while_draft(&txn, category_id)
        .await?
        .into_active_model();
    c.jury_weight = Set(jury_weight);
    c.updated_at = Set(Utc::now());
    c.update(&txn).await?;
    txn.commit().await?;
    Ok(())
}

/// Adds a weighted criterion the jury scores in a category (secretariat admins).
pub async fn add_criterion(
    db: &DatabaseConnection,
    user: &CurrentUser,
    category_id: i32,
    name: &str,
    weight: i32,
) -> Result<i32, AppError> {
    if !user.has_role(Role::SecretariatAdmin) {
        return Err(AppError::Forbidden);
    }
    find_category(db, category_id).await?;
    let name = name.trim();
    if name.chars().count() < 3 || name.chars().count() > 200 {
        return Err(AppError::field(
            "name",
            t!(
                current(),
                "awards-criterion-name-length",
                min = 3,
                max = 200
            ),
        ));
    }
    if !(1..=100).contains(&weight) {
        return Err(AppError::field(
            "weight",
            t!(
                current(),
                "awards-criterion-weight-range",
                min = 1,
                max = 100
            ),
        ));
    }
    let txn = crate::db::begin_write(db).await?;
    lock_while_draft(&txn, category_id).await?;
    let k = criterion::ActiveModel {
        category_id: Set(category_id),
        name: Set(name.to_owned()),
        weight: Set(weight),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(k.id)
}
