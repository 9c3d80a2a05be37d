//! Attendance at sessions, the completion rule it feeds, and the attendance export.

use super::enrolment::lock_program;
use super::entity::{attendance, enrolment, program, session};
use super::rules::{CompletionRule, EnrolmentStatus};
use super::service::{attended_sessions, not_found, program_sessions, require_manager};
use crate::accounts::entity::account;
use crate::accounts::CurrentUser;
use crate::error::AppError;
use crate::t;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use std::collections::HashMap;

fn no_such_session() -> AppError {
    AppError::NotFound(crate::t!(
        crate::i18n::current(),
        "training-no-such-session"
    ))
}

/// Records one person's presence at one session, then applies the completion rule: completing
/// issues a certificate code; losing the attendance that completed it withdraws it.
pub async fn mark_attendance(
    db: &DatabaseConnection,
    user: &CurrentUser,
    session_id: i32,
    enrolment_id: i32,
    present: bool,
) -> Result<bool, AppError> {
    let s = session::Entity::find_by_id(session_id)
        .one(db)
        .await?
        .ok_or_else(no_such_session)?;
    require_manager(db, user, s.program_id).await?;
    let now = Utc::now();
    if s.starts_at > now {
        return Err(AppError::Conflict(t!(
            crate::i18n::current(),
            "training-attendance-not-started"
        )));
    }
    // Under the program's lock, so a cancellation or another mark cannot interleave.
    let txn = crate::db::begin_write(db).await?;
    let p = lock_program(&txn, s.program_id).await?;
    let e = enrolment::Entity::find_by_id(enrolment_id)
        .one(&txn)
        .await?
        .filter(|e| e.program_id == s.program_id)
        .ok_or_else(|| {
            AppError::NotFound(t!(
                crate::i18n::current(),
                "training-attendance-not-enrolled"
            ))
        })?;
    if e.status != EnrolmentStatus::Enrolled {
        return Err(AppError::Conflict(t!(
            crate::i18n::current(),
            "training-attendance-no-place"
        )));
    }
    attendance::Entity::insert(attendance::ActiveModel {
        session_id: Set(session_id),
        enrolment_id: Set(enrolment_id),
        present: Set(present),
        recorded_by: Set(Some(user.id)),
        recorded_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            attendance::Column::SessionId,
            attendance::Column::EnrolmentId,
        ])
        .update_columns([
            attendance::Column::Present,
            attendance::Column::RecordedBy,
            attendance::Column::RecordedAt,
        ])
        .to_owned(),
    )
    .exec(&txn)
    .await?;
    let sessions = program_sessions(&txn, p.id).await?.len();
    let complete = apply_completion(&txn, &p, e, sessions, now).await?;
    txn.commit().await?;
    Ok(complete)
}

/// Sets or withdraws one enrolment's completion by the program's rule. The certificate code,
/// once issued, stays: a corrected mis-click must not invalidate a certificate already shared.
pub(super) async fn apply_completion<C: ConnectionTrait>(
    txn: &C,
    p: &program::Model,
    e: enrolment::Model,
    sessions: usize,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let attended = attended_sessions(txn, &[e.id])
        .await?
        .get(&e.id)
        .map_or(0, Vec::len);
    let complete = CompletionRule::from_min_sessions(p.min_sessions).is_met(sessions, attended);
    if complete != e.completed_at.is_some() {
        let code = e
            .certificate_code
            .clone()
            .unwrap_or_else(crate::accounts::session::new_token);
        let mut row: enrolment::ActiveModel = e.into();
        row.completed_at = Set(complete.then_some(now));
        row.certificate_code = Set(Some(code));
        row.updated_at = Set(now);
        row.update(txn).await?;
    }
    Ok(complete)
}
/// Sessions and roster of a program, for the attendance export.
pub async fn attendance_sheet(
    db: &DatabaseConnection,
    program_id: i32,
) -> Result<
    (
        Vec<session::Model>,
        Vec<(enrolment::Model, String, String, Vec<i32>)>,
    ),
    AppError,
> {
    let sessions = program_sessions(db, program_id).await?;
    let active = enrolment::Entity::find()
        .filter(enrolment::Column::ProgramId.eq(program_id))
        .order_by_asc(enrolment::Column::QueuedAt)
        .order_by_asc(enrolment::Column::Id)
        .all(db)
        .await?;
    let attended = attended_sessions(db, &active.iter().map(|e| e.id).collect::<Vec<_>>()).await?;
    let people: HashMap<i32, account::Model> = account::Entity::find()
        .filter(account::Column::Id.is_in(active.iter().map(|e| e.account_id).collect::<Vec<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    Ok((
        sessions,
        active
            .into_iter()
            .map(|e| {
                let (name, email) = people
                    .get(&e.account_id)
                    .map(|a| (a.name.clone(), a.email.clone()))
                    .unwrap_or_default();
                let seen = attended.get(&e.id).cloned().unwrap_or_default();
                (e, name, email, seen)
            })
            .collect(),
    ))
}

pub async fn session_with_program(
    db: &DatabaseConnection,
    session_id: i32,
) -> Result<(session::Model, program::Model), AppError> {
    let s = session::Entity::find_by_id(session_id)
        .one(db)
        .await?
        .ok_or_else(no_such_session)?;
    let p = program::Entity::find_by_id(s.program_id)
        .one(db)
        .await?
        .ok_or_else(not_found)?;
    Ok((s, p))
}
