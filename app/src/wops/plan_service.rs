//! Changes to an agreement and a work plan, progress reports and their review. Each save is
//! one transaction with its audit-trail entry, so nothing is half-stored.

use super::entity::{
    activity, agreement, commitment, corrective_action, outcome, outcome_value, progress_report,
    resource,
};
use super::plan::{ActivityPlan, AgreementTerms, OutcomePlan, ReportDraft, ResourcePlan};
use super::service::{audit, editable, find, standing};
use super::trail::TrailEvent;
use super::{ActivityStatus, PartnershipState, Side};
use crate::accounts::CurrentUser;
use crate::error::AppError;
use crate::i18n::current;
use crate::t;
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    Set,
};

pub async fn agreement_window(
    db: &impl sea_orm::ConnectionTrait,
    id: i32,
) -> Result<Option<(NaiveDate, NaiveDate)>, AppError> {
    Ok(agreement::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|a| (a.start_date, a.end_date)))
}

/// Records (or corrects) the agreement's terms, once the partners have been introduced.
pub async fn record_agreement(
    db: &DatabaseConnection,
    id: i32,
    user: &CurrentUser,
    terms: AgreementTerms,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let p = editable(&txn, id, user).await?;
    if p.state == PartnershipState::Proposed {
        return Err(AppError::Conflict(t!(
            current(),
            "wops-agreement-after-introduction"
        )));
    }
    let outside = activity::Entity::find()
        .filter(activity::Column::PartnershipId.eq(id))
        .filter(
            sea_orm::Condition::any()
                .add(activity::Column::StartDate.lt(terms.start_date))
                .add(activity::Column::EndDate.gt(terms.end_date)),
        )
        .count(&txn)
        .await?;
    if outside > 0 {
        return Err(AppError::field(
            "start_date",
            t!(current(), "wops-activities-outside-dates", count = outside),
        ));
    }
    let existing = agreement::Entity::find_by_id(id).one(&txn).await?;
    let row = agreement::ActiveModel {
        partnership_id: Set(id),
        signatories: Set(terms.signatories),
        start_date: Set(terms.start_date),
        end_date: Set(terms.end_date),
        scope: Set(terms.scope),
        recorded_at: Set(Utc::now()),
        document_file: Set(existing.as_ref().and_then(|a| a.document_file.clone())),
        document_name: Set(existing.as_ref().and_then(|a| a.document_name.clone())),
        document_size: Set(existing.as_ref().and_then(|a| a.document_size)),
    };
    if existing.is_some() {
        row.update(&txn).await?;
    } else {
        row.insert(&txn).await?;
    }
    let event = TrailEvent::AgreementRecorded {
        corrected: existing.is_some(),
        start: terms.start_date,
        end: terms.end_date,
    };
    audit(&txn, id, user, &event).await?;
    txn.commit().await?;
    Ok(())
}

/// Points the agreement at a stored signed document; returns the file it replaces, for removal.
pub async fn attach_document(
    db: &DatabaseConnection,
    id: i32,
    user: &CurrentUser,
    stored_as: &str,
    original_name: &str,
    size: i64,
) -> Result<Option<String>, AppError> {
    let txn = crate::db::begin_write(db).await?;
    editable(&txn, id, user).await?;
    let existing = agreement::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::Conflict(t!(current(), "wops-upload-no-terms")))?;
    let replaced = existing.document_file.clone();
    agreement::ActiveModel {
        partnership_id: Set(id),
        document_file: Set(Some(stored_as.to_owned())),
        document_name: Set(Some(original_name.to_owned())),
        document_size: Set(Some(size)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let event = TrailEvent::AgreementDocument {
        file_name: original_name.to_owned(),
    };
    audit(&txn, id, user, &event).await?;
    txn.commit().await?;
    Ok(replaced)
}

/// The stored file and its name, if `user` may read the partnership's documents.
pub async fn document(
    db: &DatabaseConnection,
    id: i32,
    user: Option<&CurrentUser>,
) -> Result<(String, String), AppError> {
    let p = find(db, id).await?;
    if !standing(user, &p).may_edit() {
        return Err(if user.is_some() {
            AppError::Forbidden
        } else {
            AppError::Unauthenticated
        });
    }
    agreement::Entity::find_by_id(id)
        .one(db)
        .await?
        .and_then(|a| Some((a.document_file?, a.document_name?)))
        .ok_or_else(|| AppError::NotFound(t!(current(), "wops-no-signed-agreement")))
}

pub async fn add_commitment(
    db: &DatabaseConnection,
    id: i32,
    user: &CurrentUser,
    side: Side,
    promise: String,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    editable(&txn, id, user).await?;
    commitment::ActiveModel {
        partnership_id: Set(id),
        side: Set(side),
        promise: Set(promise.clone()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit(
        &txn,
        id,
        user,
        &TrailEvent::CommitmentAdded { side, promise },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Checked against the agreement's dates as read in the same transaction.
pub async fn add_activity(
    db: &DatabaseConnection,
    id: i32,
    user: &CurrentUser,
    form: &super::ActivityForm<'_>,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    editable(&txn, id, user).await?;
    let window = agreement_window(&txn, id).await?;
    let plan: ActivityPlan =
        super::parse_activity(form, window, current()).map_err(AppError::Invalid)?;
    activity::ActiveModel {
        partnership_id: Set(id),
        kind: Set(plan.kind),
        title: Set(plan.title.clone()),
        start_date: Set(plan.start_date),
        end_date: Set(plan.end_date),
        responsible: Set(plan.responsible),
        place: Set(plan.place),
        online: Set(plan.online),
        status: Set(plan.status),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let event = TrailEvent::ActivityPlanned {
        title: plan.title.clone(),
    };
    audit(&txn, id, user, &event).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn set_activity_status(
    db: &DatabaseConnection,
    id: i32,
    user: &CurrentUser,
    activity_id: i32,
    status: ActivityStatus,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    editable(&txn, id, user).await?;
    let row = activity::Entity::find_by_id(activity_id)
        .one(&txn)
        .await?
        .filter(|a| a.partnership_id == id)
        .ok_or_else(|| AppError::NotFound(t!(current(), "wops-activity-not-in-plan")))?;
    activity::ActiveModel {
        id: Set(row.id),
        status: Set(status),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let event = TrailEvent::ActivityMarked {
        status,
        title: row.title.clone(),
    };
    audit(&txn, id, user, &event).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn add_resource(
    db: &DatabaseConnection,
    id: i32,
    user: &CurrentUser,
    plan: ResourcePlan,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    editable(&txn, id, user).await?;
    resource::ActiveModel {
        partnership_id: Set(id),
        amount: Set(plan.amount),
        currency: Set(plan.currency),
        description: Set(plan.description.clone()),
        source: Set(plan.source),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let event = TrailEvent::ResourceAdded {
        description: plan.description.clone(),
    };
    audit(&txn, id, user, &event).await?;
    txn.commit().await?;
    Ok(())
}

/// Removes one part of the work plan (a commitment, an activity or a resource).
pub async fn remove_part(
    db: &DatabaseConnection,
    id: i32,
    user: &CurrentUser,
    part: &str,
    part_id: i32,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    editable(&txn, id, user).await?;
    let removed = match part {
        "commitment" => {
            commitment::Entity::delete_many()
                .filter(commitment::Column::Id.eq(part_id))
                .filter(commitment::Column::PartnershipId.eq(id))
                .exec(&txn)
                .await?
        }
        "activity" => {
            activity::Entity::delete_many()
                .filter(activity::Column::Id.eq(part_id))
                .filter(activity::Column::PartnershipId.eq(id))
                .exec(&txn)
                .await?
        }
        "resource" => {
            resource::Entity::delete_many()
                .filter(resource::Column::Id.eq(part_id))
                .filter(resource::Column::PartnershipId.eq(id))
                .exec(&txn)
                .await?
        }
        _ => return Err(AppError::BadRequest(t!(current(), "wops-unknown-part"))),
    };
    if removed.rows_affected == 0 {
        return Err(AppError::NotFound(t!(current(), "wops-part-gone")));
    }
    let event = TrailEvent::PartRemoved {
        part: part.to_owned(),
    };
    audit(&txn, id, user, &event).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn add_outcome(
    db: &DatabaseConnection,
    id: i32,
    user: &CurrentUser,
    plan: OutcomePlan,
    is_public: bool,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    editable(&txn, id, user).await?;
    outcome::ActiveModel {
        partnership_id: Set(id),
        kpi: Set(plan.kpi),
        baseline_value: Set(plan.baseline_value),
        baseline_date: Set(plan.baseline_date),
        target_value: Set(plan.target_value),
        target_date: Set(plan.target_date),
        is_public: Set(is_public),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let event = TrailEvent::OutcomeSet {
        kpi: plan.kpi,
        baseline: plan.baseline_value,
        baseline_on: plan.baseline_date,
        target: plan.target_value,
        target_by: plan.target_date,
    };
    audit(&txn, id, user, &event).await?;
    txn.commit().await?;
    Ok(())
}

/// Records a measured value of an outcome; allowed after completion too, since results keep
/// being measured.
pub async fn record_outcome_value(
    db: &DatabaseConnection,
    id: i32,
    user: &CurrentUser,
    outcome_id: i32,
    value: f64,
    measured_on: NaiveDate,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let p = find(&txn, id).await?;
    if !standing(Some(user), &p).may_edit() {
        return Err(AppError::Forbidden);
    }
    let o = outcome::Entity::find_by_id(outcome_id)
        .one(&txn)
        .await?
        .filter(|o| o.partnership_id == id)
        .ok_or_else(|| AppError::NotFound(t!(current(), "wops-outcome-not-in-plan")))?;
    let kpi = o.kpi;
    let lang = current();
    if let Err(problem) = kpi.problem(value, lang) {
        return Err(AppError::field("value", problem));
    }
    if measured_on < o.baseline_date {
        return Err(AppError::field(
            "measured_on",
            t!(
                lang,
                "wops-measured-before-baseline",
                baseline = crate::i18n::format::date_medium(lang, o.baseline_date)
            ),
        ));
    }
    // One value per day: a second one on the same day corrects the first.
    outcome_value::Entity::delete_many()
        .filter(outcome_value::Column::OutcomeId.eq(o.id))
        .filter(outcome_value::Column::MeasuredOn.eq(measured_on))
        .exec(&txn)
        .await?;
    outcome_value::ActiveModel {
        outcome_id: Set(o.id),
        value: Set(value),
        measured_on: Set(measured_on),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let event = TrailEvent::MeasuredValue {
        kpi,
        on: measured_on,
        value,
    };
    audit(&txn, id, user, &event).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn submit_report(
    db: &DatabaseConnection,
    id: i32,
    user: &CurrentUser,
    draft: ReportDraft,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let p = editable(&txn, id, user).await?;
    if !matches!(p.state, PartnershipState::Agreed | PartnershipState::Active) {
        return Err(AppError::Conflict(t!(
            current(),
            "wops-report-after-agreement"
        )));
    }
    progress_report::ActiveModel {
        partnership_id: Set(id),
        period_start: Set(draft.period_start),
        period_end: Set(draft.period_end),
        achievements: Set(draft.achievements),
        challenges: Set(draft.challenges),
        submitted_by: Set(user.name.clone()),
        submitted_at: Set(Utc::now()),
        reviewed_by: Set(None),
        reviewed_at: Set(None),
        review_comment: Set(String::new()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let event = TrailEvent::ReportSubmitted {
        start: draft.period_start,
        end: draft.period_end,
    };
    audit(&txn, id, user, &event).await?;
    txn.commit().await?;
    Ok(())
}

/// The facilitator's review: a comment, and corrective actions (one per line) that stay on the
/// partnership's page until resolved.
pub async fn review_report(
    db: &DatabaseConnection,
    report_id: i32,
    user: &CurrentUser,
    comment: &str,
    corrective_actions: &[String],
) -> Result<i32, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let report = progress_report::Entity::find_by_id(report_id)
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::NotFound(t!(current(), "wops-no-such-report")))?;
    let p = find(&txn, report.partnership_id).await?;
    if !standing(Some(user), &p).is_facilitating() {
        return Err(AppError::Forbidden);
    }
    if report.reviewed_at.is_some() {
        return Err(AppError::Conflict(t!(
            current(),
            "wops-report-already-reviewed"
        )));
    }
    let now = Utc::now();
    // Only if still unreviewed: two reviewers at once cannot both store actions.
    let reviewed = progress_report::Entity::update_many()
        .set(progress_report::ActiveModel {
            reviewed_by: Set(Some(user.name.clone())),
            reviewed_at: Set(Some(now)),
            review_comment: Set(comment.to_owned()),
            ..Default::default()
        })
        .filter(progress_report::Column::Id.eq(report.id))
        .filter(progress_report::Column::ReviewedAt.is_null())
        .exec(&txn)
        .await?;
    if reviewed.rows_affected != 1 {
        return Err(AppError::Conflict(t!(
            current(),
            "wops-report-already-reviewed"
        )));
    }
    for action in corrective_actions {
        corrective_action::ActiveModel {
            partnership_id: Set(p.id),
            report_id: Set(Some(report.id)),
            action: Set(action.clone()),
            raised_by: Set(user.name.clone()),
            raised_at: Set(now),
            resolved_by: Set(None),
            resolved_at: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    let event = TrailEvent::ReportReviewed {
        comment: comment.to_owned(),
        corrective_actions: corrective_actions.len(),
    };
    audit(&txn, p.id, user, &event).await?;
    txn.commit().await?;
    Ok(p.id)
}

pub async fn resolve_action(
    db: &DatabaseConnection,
    action_id: i32,
    user: &CurrentUser,
) -> Result<i32, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let action = corrective_action::Entity::find_by_id(action_id)
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::NotFound(t!(current(), "wops-no-such-action")))?;
    let p = find(&txn, action.partnership_id).await?;
    if !standing(Some(user), &p).may_edit() {
        return Err(AppError::Forbidden);
    }
    if action.resolved_at.is_some() {
        return Err(AppError::Conflict(t!(
            current(),
            "wops-action-already-resolved"
        )));
    }
    let resolved = corrective_action::Entity::update_many()
        .set(corrective_action::ActiveModel {
            resolved_by: Set(Some(user.name.clone())),
            resolved_at: Set(Some(Utc::now())),
            ..Default::default()
        })
        .filter(corrective_action::Column::Id.eq(action.id))
        .filter(corrective_action::Column::ResolvedAt.is_null())
        .exec(&txn)
        .await?;
    if resolved.rows_affected != 1 {
        return Err(AppError::Conflict(t!(
            current(),
            "wops-action-already-resolved"
        )));
    }
    let event = TrailEvent::ActionResolved {
        action: action.action.clone(),
    };
    audit(&txn, p.id, user, &event).await?;
    txn.commit().await?;
    Ok(p.id)
}
