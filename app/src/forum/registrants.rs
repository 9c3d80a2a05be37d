//! The secretariat's side: the registrants, and deciding on a registration (approving,
//! cancelling, rejecting), which may free a place for the waitlist.

use super::entity::registration;
use super::registering::{fill_free_places, lock_edition, Change};
use super::rules::{seat, AttendeeType, Status};
use super::service::{count_status, current, questions, zone_of};
use super::types::*;
use crate::error::AppError;
use crate::i18n::format;
use crate::t;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
};
use std::collections::HashMap;

/// What the secretariat (or the registrant, by their badge code) decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Reject,
    Cancel,
}

impl Decision {
    pub fn parse(code: &str) -> Option<Decision> {
        match code.trim() {
            "approve" => Some(Decision::Approve),
            "reject" => Some(Decision::Reject),
            "cancel" => Some(Decision::Cancel),
            _ => None,
        }
    }
}

/// Applies `decision` to one registration; the changed one comes first, then anyone promoted
/// from the waitlist by the place it freed. A registration cancelled or rejected is handed to
/// `leaving` in the same transaction (its award votes stop counting). Everyone concerned is
/// written their message in that transaction too.
pub async fn decide(
    db: &DatabaseConnection,
    base_url: &str,
    registration_id: i32,
    decision: Decision,
    leaving: &dyn super::leaving::Leaving,
) -> Result<Vec<Change>, AppError> {
    let lang = crate::i18n::current();
    let no_such = || AppError::NotFound(t!(lang, "forum-no-such-registration"));
    let now = Utc::now();
    let found = registration::Entity::find_by_id(registration_id)
        .one(db)
        .await?
        .ok_or_else(no_such)?;
    let txn = crate::db::begin_write(db).await?;
    let e = lock_edition(&txn, found.edition_id).await?;
    // Read again under the lock: another admin may have decided a moment ago.
    let found = registration::Entity::find_by_id(registration_id)
        .one(&txn)
        .await?
        .ok_or_else(no_such)?;
    let status = found.status;
    let next = match (decision, status) {
        (Decision::Approve, Status::Pending) => {
            let registered = count_status(&txn, e.id, Status::Registered).await?;
            let waiting = count_status(&txn, e.id, Status::Waitlisted).await?;
            seat(
                e.capacity.max(0) as u32,
                registered.max(0) as u32,
                waiting.max(0) as u32,
            )
        }
        (Decision::Approve, other) => {
            return Err(AppError::Conflict(t!(
                lang,
                "forum-approve-not-pending",
                status = other.label(lang).to_lowercase()
            )))
        }
        (Decision::Reject, s) if s.is_active() => Status::Rejected,
        (Decision::Cancel, s) if s.is_active() => Status::Cancelled,
        (_, other) => {
            return Err(AppError::Conflict(t!(
                lang,
                "forum-decision-already",
                status = other.label(lang).to_lowercase()
            )))
        }
    };
    let mut row: registration::ActiveModel = found.into();
    row.status = Set(next);
    row.confirm_token_hash = Set(None);
    row.updated_at = Set(now);
    if next == Status::Waitlisted {
        row.queued_at = Set(now);
    }
    let changed = row.update(&txn).await?;
    let after_commit = if matches!(next, Status::Cancelled | Status::Rejected) {
        Some(leaving.leaving(&txn, &changed).await?)
    } else {
        None
    };
    let decided = Change {
        registration: changed,
        edition: e.clone(),
        token: None,
        personal_code: None,
    };
    super::notify::tell(&txn, base_url, &decided).await?;
    let mut changes = vec![decided];
    changes.extend(fill_free_places(&txn, base_url, &e, now).await?);
    txn.commit().await?;
    if let Some(after_commit) = after_commit {
        after_commit();
    }
    Ok(changes)
}
/// The current edition's registrants, oldest first, optionally of one status and one type;
/// labels and times written in `lang`.
pub async fn registrants(
    db: &DatabaseConnection,
    lang: crate::i18n::Lang,
    status: Option<Status>,
    attendee_type: Option<AttendeeType>,
) -> Result<Vec<RegistrantRow>, AppError> {
    let e = current(db).await?;
    let zone = zone_of(&e)?;
    let prompts: HashMap<i32, String> = questions(db, e.id)
        .await?
        .into_iter()
        .map(|q| (q.id, q.prompt))
        .collect();
    let mut query = registration::Entity::find()
        .filter(registration::Column::EditionId.eq(e.id))
        .order_by_asc(registration::Column::CreatedAt)
        .order_by_asc(registration::Column::Id);
    if let Some(s) = status {
        query = query.filter(registration::Column::Status.eq(s));
    }
    if let Some(t) = attendee_type {
        query = query.filter(registration::Column::AttendeeType.eq(t));
    }
    Ok(query
        .all(db)
        .await?
        .into_iter()
        .map(|r| {
            let answers: Vec<(i32, String)> = serde_json::from_str(&r.answers).unwrap_or_default();
            let status = r.status;
            RegistrantRow {
                id: r.id,
                attendee_type: r.attendee_type.label(lang),
                status: status.as_code().to_owned(),
                status_label: status.label(lang),
                checked_in: r.checked_in_at.map(|at| {
                    let at = at.with_timezone(&zone);
                    t!(
                        lang,
                        "forum-checked-in-at",
                        day = format::date_medium(lang, at.date_naive()),
                        time = format::time(lang, at.time())
                    )
                }),
                registered_on: r
                    .created_at
                    .with_timezone(&zone)
                    .format("%Y-%m-%d")
                    .to_string(),
                answers: answers
                    .into_iter()
                    .map(|(id, a)| {
                        let question = prompts
                            .get(&id)
                            .cloned()
                            .unwrap_or_else(|| t!(lang, "forum-removed-question"));
                        t!(lang, "forum-answer-line", question = question, answer = a)
                    })
                    .collect(),
                badge_code: r.badge_code,
                name: r.name,
                email: r.email,
                organization: r.organization,
            }
        })
        .collect())
}
