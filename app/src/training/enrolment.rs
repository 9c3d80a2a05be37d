//! Enrolment and the waitlist. Enrolment changes run in one transaction that first touches the
//! program's row, so two people taking the last place at once queue up instead of both getting it.

use super::entity::{enrolment, program};
use super::notify::placed;
pub use super::notify::Placement;
use super::rules::{place_for_newcomer, EnrolmentStatus};
use super::service::{count_status, not_found, program_sessions};
use crate::accounts::entity::account;
use crate::error::AppError;
use crate::t;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

/// Touches the program's row inside `txn`: later enrolment changes to the same program wait
/// here until this transaction ends (a row lock on PostgreSQL, the write lock on SQLite).
pub(super) async fn lock_program<C: ConnectionTrait>(
    txn: &C,
    program_id: i32,
) -> Result<program::Model, AppError> {
    let touched = program::Entity::update_many()
        .col_expr(program::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(program::Column::Id.eq(program_id))
        .exec(txn)
        .await?;
    if touched.rows_affected == 0 {
        return Err(not_found());
    }
    program::Entity::find_by_id(program_id)
        .one(txn)
        .await?
        .ok_or_else(not_found)
}

/// Enrols `account_id` (or puts them on the waitlist), and writes them their message in the
/// same transaction (links point at `base_url`).
pub async fn enrol(
    db: &DatabaseConnection,
    base_url: &str,
    program_id: i32,
    account_id: i32,
    enrolled_by: i32,
) -> Result<Placement, AppError> {
    let now = Utc::now();
    let lang = crate::i18n::current();
    let txn = crate::db::begin_write(db).await?;
    let p = lock_program(&txn, program_id).await?;
    let sessions = program_sessions(&txn, program_id).await?;
    if sessions.last().is_some_and(|s| s.ends_at < now) {
        return Err(AppError::Conflict(t!(lang, "training-enrolment-closed")));
    }
    let existing = enrolment::Entity::find()
        .filter(enrolment::Column::ProgramId.eq(program_id))
        .filter(enrolment::Column::AccountId.eq(account_id))
        .one(&txn)
        .await?;
    // Whom the refusal is about: the caller, or the staff member they tried to enrol.
    let other = if account_id == enrolled_by {
        None
    } else {
        Some(
            account::Entity::find_by_id(account_id)
                .one(&txn)
                .await?
                .map(|a| a.name)
                .unwrap_or_else(|| t!(lang, "training-this-person")),
        )
    };
    match (existing.as_ref().map(|e| e.status), other) {
        (Some(EnrolmentStatus::Enrolled), None) => {
            return Err(AppError::Conflict(t!(
                lang,
                "training-already-enrolled-you"
            )))
        }
        (Some(EnrolmentStatus::Enrolled), Some(name)) => {
            return Err(AppError::Conflict(t!(
                lang,
                "training-already-enrolled-other",
                name = name
            )))
        }
        (Some(EnrolmentStatus::Waitlisted), None) => {
            return Err(AppError::Conflict(t!(
                lang,
                "training-already-waitlisted-you"
            )))
        }
        (Some(EnrolmentStatus::Waitlisted), Some(name)) => {
            return Err(AppError::Conflict(t!(
                lang,
                "training-already-waitlisted-other",
                name = name
            )))
        }
        _ => {}
    }
    let enrolled = count_status(&txn, program_id, EnrolmentStatus::Enrolled).await?;
    let waiting = count_status(&txn, program_id, EnrolmentStatus::Waitlisted).await?;
    let status = place_for_newcomer(
        p.capacity.max(0) as u32,
        enrolled.max(0) as u32,
        waiting.max(0) as u32,
    );
    let saved = match existing {
        Some(previous) => {
            let mut row: enrolment::ActiveModel = previous.into();
            row.status = Set(status);
            row.enrolled_by = Set(Some(enrolled_by));
            row.queued_at = Set(now);
            row.updated_at = Set(now);
            row.completed_at = Set(None);
            row.certificate_code = Set(None);
            row.update(&txn).await?
        }
        None => {
            enrolment::ActiveModel {
                program_id: Set(program_id),
                account_id: Set(account_id),
                status: Set(status),
                enrolled_by: Set(Some(enrolled_by)),
                queued_at: Set(now),
                updated_at: Set(now),
                completed_at: Set(None),
                certificate_code: Set(None),
                ..Default::default()
            }
            .insert(&txn)
            .await?
        }
    };
    let waitlist_position = if status == EnrolmentStatus::Waitlisted {
        Some(count_status(&txn, program_id, EnrolmentStatus::Waitlisted).await? as usize)
    } else {
        None
    };
    let placement = Placement {
        account_id,
        status,
        waitlist_position,
        program_id,
        program_title: p.title,
    };
    placed(&txn, base_url, &placement, enrolled_by).await?;
    txn.commit().await?;
    tracing::info!(
        program_id,
        enrolment = saved.id,
        status = status.as_code(),
        "enrolment"
    );
    Ok(placement)
}

/// Cancels `account_id`'s enrolment; freed places go to the people waiting, in order, who are
/// returned (their messages are written in the same transaction).
pub async fn cancel(
    db: &DatabaseConnection,
    base_url: &str,
    program_id: i32,
    account_id: i32,
) -> Result<Vec<Placement>, AppError> {
    let now = Utc::now();
    let lang = crate::i18n::current();
    let txn = crate::db::begin_write(db).await?;
    let p = lock_program(&txn, program_id).await?;
    if program_sessions(&txn, program_id)
        .await?
        .last()
        .is_some_and(|s| s.ends_at < now)
    {
        return Err(AppError::Conflict(t!(lang, "training-cancel-over")));
    }
    let own = enrolment::Entity::find()
        .filter(enrolment::Column::ProgramId.eq(program_id))
        .filter(enrolment::Column::AccountId.eq(account_id))
        .filter(enrolment::Column::Status.ne(EnrolmentStatus::Cancelled))
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::Conflict(t!(lang, "training-cancel-not-enrolled")))?;
    if own.completed_at.is_some() {
        return Err(AppError::Conflict(t!(lang, "training-cancel-completed")));
    }
    let mut row: enrolment::ActiveModel = own.into();
    row.status = Set(EnrolmentStatus::Cancelled);
    row.updated_at = Set(now);
    row.update(&txn).await?;
    let promoted = fill_free_places(&txn, base_url, &p, now, account_id).await?;
    txn.commit().await?;
    Ok(promoted)
}

/// Gives every free place to the people waiting, first come first served.
async fn fill_free_places<C: ConnectionTrait>(
    txn: &C,
    base_url: &str,
    p: &program::Model,
    now: DateTime<Utc>,
    acting: i32,
) -> Result<Vec<Placement>, AppError> {
    let enrolled = count_status(txn, p.id, EnrolmentStatus::Enrolled).await?;
    let free = (i64::from(p.capacity) - enrolled).max(0) as u64;
    if free == 0 {
        return Ok(Vec::new());
    }
    let next = enrolment::Entity::find()
        .filter(enrolment::Column::ProgramId.eq(p.id))
        .filter(enrolment::Column::Status.eq(EnrolmentStatus::Waitlisted))
        .order_by_asc(enrolment::Column::QueuedAt)
        .order_by_asc(enrolment::Column::Id)
        .limit(free)
        .all(txn)
        .await?;
    let mut promoted = Vec::new();
    for waiting in next {
        let account_id = waiting.account_id;
        let mut row: enrolment::ActiveModel = waiting.into();
        row.status = Set(EnrolmentStatus::Enrolled);
        row.updated_at = Set(now);
        row.update(txn).await?;
        let placement = Placement {
            account_id,
            status: EnrolmentStatus::Enrolled,
            waitlist_position: None,
            program_id: p.id,
            program_title: p.title.clone(),
        };
        placed(txn, base_url, &placement, acting).await?;
        promoted.push(placement);
    }
    Ok(promoted)
}
