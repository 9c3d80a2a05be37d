//! Participants' evaluations of a program and their summary.

use super::entity::{enrolment, evaluation};
use super::evaluation_rules::{summarize, EvaluationDraft};
use super::service::require_manager;
use super::types::*;
use crate::accounts::CurrentUser;
use crate::error::AppError;
use crate::t;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};

pub async fn evaluate(
    db: &DatabaseConnection,
    user: &CurrentUser,
    program_id: i32,
    draft: EvaluationDraft,
) -> Result<(), AppError> {
    let e = enrolment::Entity::find()
        .filter(enrolment::Column::ProgramId.eq(program_id))
        .filter(enrolment::Column::AccountId.eq(user.id))
        .one(db)
        .await?
        .filter(|e| e.completed_at.is_some())
        .ok_or_else(|| {
            AppError::Conflict(t!(crate::i18n::current(), "training-evaluation-not-yet"))
        })?;
    if evaluation::Entity::find_by_id(e.id)
        .one(db)
        .await?
        .is_some()
    {
        return Err(AppError::Conflict(t!(
            crate::i18n::current(),
            "training-evaluation-already"
        )));
    }
    evaluation::ActiveModel {
        enrolment_id: Set(e.id),
        relevance: Set(i16::from(draft.ratings[0])),
        clarity: Set(i16::from(draft.ratings[1])),
        usefulness: Set(i16::from(draft.ratings[2])),
        comments: Set(draft.comments),
        submitted_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// A program's evaluations, with the enrolments they belong to (for the CSV export).
pub async fn evaluations(
    db: &DatabaseConnection,
    program_id: i32,
) -> Result<Vec<evaluation::Model>, AppError> {
    let ids: Vec<i32> = enrolment::Entity::find()
        .filter(enrolment::Column::ProgramId.eq(program_id))
        .all(db)
        .await?
        .into_iter()
        .map(|e| e.id)
        .collect();
    Ok(evaluation::Entity::find()
        .filter(evaluation::Column::EnrolmentId.is_in(ids))
        .order_by_asc(evaluation::Column::SubmittedAt)
        .all(db)
        .await?)
}

pub async fn evaluation_report(
    db: &DatabaseConnection,
    user: &CurrentUser,
    program_id: i32,
) -> Result<EvaluationReport, AppError> {
    let p = require_manager(db, user, program_id).await?;
    let rows = evaluations(db, program_id).await?;
    let ratings: Vec<[u8; 3]> = rows
        .iter()
        .map(|r| [r.relevance, r.clarity, r.usefulness].map(|v| u8::try_from(v).unwrap_or(0)))
        .collect();
    let completed = enrolment::Entity::find()
        .filter(enrolment::Column::ProgramId.eq(program_id))
        .filter(enrolment::Column::CompletedAt.is_not_null())
        .count(db)
        .await? as usize;
    Ok(EvaluationReport {
        program_id,
        program: p.title,
        responses: rows.len(),
        completed,
        questions: summarize(&ratings, crate::i18n::current()),
        comments: rows
            .into_iter()
            .map(|r| r.comments)
            .filter(|c| !c.is_empty())
            .collect(),
    })
}
