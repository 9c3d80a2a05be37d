//! Partnership queries: who stands where, the list, the full page, and each step of the life.
//! Every change runs in one transaction with its audit-trail entry.

use super::entity::{
    agreement, commitment, corrective_action, need, outcome, outcome_value, partnership,
    partnership_event, partnership_topic, progress_report, resource,
};
use super::lifecycle::{available_steps, next_state, Facts, Standing, Step};
use super::trail::{describe_stored, TrailEvent};
use super::types::*;
use super::{ActivityStatus, PartnershipFilter, PartnershipState, Side};
use crate::accounts::entity::account;
use crate::accounts::{CurrentUser, Role};
use crate::error::AppError;
use crate::i18n::current;
use crate::partners::entity::organization;
use crate::t;
use crate::topics::entity as topic;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use std::collections::HashMap;

pub async fn find<C: ConnectionTrait>(db: &C, id: i32) -> Result<partnership::Model, AppError> {
    partnership::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(t!(current(), "wops-no-such-partnership")))
}

/// What `user` is to this partnership. A facilitator facilitates the partnerships assigned to
/// them, and any not yet assigned.
pub fn standing(user: Option<&CurrentUser>, p: &partnership::Model) -> Standing {
    let Some(user) = user else {
        return Standing::default();
    };
    Standing {
        secretariat: user.has_role(Role::SecretariatAdmin),
        facilitator: user.has_role(Role::Facilitator) && p.facilitator_id == Some(user.id),
        network_facilitator: user.has_role(Role::Facilitator),
        mentor_admin: user.admin_of.contains(&p.mentor_id),
        recipient_admin: user.admin_of.contains(&p.recipient_id),
    }
}

/// Whether `user` may see an outcome of `p`: public outcomes are for everyone, the others for
/// the partnership's insiders only (its partners' admins, its facilitator and secretariat
/// admins), never for any signed-in account. The one rule for the partnership's page, the
/// `/api/v1/partnerships` API and any other place that shows a partnership's outcomes.
pub fn may_see_outcome(
    user: Option<&CurrentUser>,
    p: &partnership::Model,
    is_public: bool,
) -> bool {
    is_public || standing(user, p).may_edit()
}

async fn facts<C: ConnectionTrait>(db: &C, p: &partnership::Model) -> Result<Facts, AppError> {
    Ok(Facts {
        mentor_signed: p.mentor_signed_at.is_some(),
        recipient_signed: p.recipient_signed_at.is_some(),
        agreement_recorded: agreement::Entity::find_by_id(p.id).one(db).await?.is_some(),
    })
}

/// Adds an entry to the partnership's history (kept as facts, told in each reader's language).
pub async fn audit<C: ConnectionTrait>(
    db: &C,
    partnership_id: i32,
    user: &CurrentUser,
    event: &TrailEvent,
) -> Result<(), AppError> {
    partnership_event::ActiveModel {
        partnership_id: Set(partnership_id),
        account_id: Set(Some(user.id)),
        actor_name: Set(user.name.clone()),
        action: Set(event.code().to_owned()),
        detail: Set(event.to_stored()),
        at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The partnership, if `user` may change it and it has not ended.
pub async fn editable<C: ConnectionTrait>(
    db: &C,
    id: i32,
    user: &CurrentUser,
) -> Result<partnership::Model, AppError> {
    let p = find(db, id).await?;
    if !standing(Some(user), &p).may_edit() {
        return Err(AppError::Forbidden);
    }
    let state = p.state;
    if state.is_finished() {
        let lang = current();
        return Err(AppError::Conflict(t!(
            lang,
            "wops-plan-closed",
            state = state.in_sentence(lang)
        )));
    }
    Ok(p)
}

async fn organizations<C: ConnectionTrait>(
    db: &C,
    ids: impl IntoIterator<Item = i32>,
) -> Result<HashMap<i32, OrganizationRef>, AppError> {
    let ids: Vec<i32> = ids.into_iter().collect();
    Ok(organization::Entity::find()
        .filter(organization::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| {
            (
                o.id,
                OrganizationRef {
                    id: o.id,
                    name: o.name,
                    country: o.country,
                },
            )
        })
        .collect())
}

/// One row of the list (and the head of a partnership's page).
fn summarize(
    p: &partnership::Model,
    orgs: &HashMap<i32, OrganizationRef>,
    topic_pairs: &[(String, String)],
    agreement: Option<&agreement::Model>,
) -> PartnershipSummary {
    let org = |id: i32| orgs.get(&id).cloned().unwrap_or_else(|| unknown_org(id));
    PartnershipSummary {
        id: p.id,
        title: p.title.clone(),
        mentor: org(p.mentor_id),
        recipient: org(p.recipient_id),
        state: p.state,
        topics: topic_pairs.iter().map(|(_, name)| name.clone()).collect(),
        start_date: agreement.map(|a| a.start_date),
        end_date: agreement.map(|a| a.end_date),
    }
}

fn unknown_org(id: i32) -> OrganizationRef {
    OrganizationRef {
        id,
        name: t!(current(), "wops-removed-organization"),
        country: String::new(),
    }
}

/// Topic names per partnership, and topic codes for filtering.
async fn topics_of<C: ConnectionTrait>(
    db: &C,
    ids: &[i32],
) -> Result<HashMap<i32, Vec<(String, String)>>, AppError> {
    let mut out: HashMap<i32, Vec<(String, String)>> = HashMap::new();
    // One query, joined along partnership_topic's foreign key to topic.
    for (row, t) in partnership_topic::Entity::find()
        .filter(partnership_topic::Column::PartnershipId.is_in(ids.to_vec()))
        .order_by_asc(partnership_topic::Column::PartnershipId)
        .order_by_asc(partnership_topic::Column::TopicId)
        .find_also_related(topic::Entity)
        .all(db)
        .await?
    {
        if let Some(t) = t {
            out.entry(row.partnership_id)
                .or_default()
                .push((t.code, t.name));
        }
    }
    Ok(out)
}

/// Partnerships matching the filter, newest first.
pub async fn list(
    db: &DatabaseConnection,
    filter: &PartnershipFilter,
) -> Result<Vec<PartnershipSummary>, AppError> {
    let mut query = partnership::Entity::find().order_by_desc(partnership::Column::Id);
    if let Some(state) = filter.state {
        query = query.filter(partnership::Column::State.eq(state));
    }
    let rows = query.all(db).await?;
    let ids: Vec<i32> = rows.iter().map(|p| p.id).collect();
    let orgs = organizations(db, rows.iter().flat_map(|p| [p.mentor_id, p.recipient_id])).await?;
    let topics = topics_of(db, &ids).await?;
    let agreements: HashMap<i32, agreement::Model> = agreement::Entity::find()
        .filter(agreement::Column::PartnershipId.is_in(ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.partnership_id, a))
        .collect();
    let mut out = Vec::new();
    for p in rows {
        let topic_pairs = topics.get(&p.id).cloned().unwrap_or_default();
        let a = agreements.get(&p.id);
        let summary = summarize(&p, &orgs, &topic_pairs, a);
        if filter.matches(
            &summary,
            &topic_pairs
                .iter()
                .map(|(c, _)| c.as_str())
                .collect::<Vec<_>>(),
            chrono::Datelike::year(&p.created_at),
        ) {
            out.push(summary);
        }
    }
    Ok(out)
}

/// The partnership page, trimmed to what this viewer may see: visitors and other members see
/// the public summary (completed activities and public outcomes).
pub async fn detail(
    db: &DatabaseConnection,
    id: i32,
    user: Option<&CurrentUser>,
    honours: &dyn super::honours::Honours,
) -> Result<PartnershipDetail, AppError> {
    let p = find(db, id).await?;
    let who = standing(user, &p);
    let insider = who.may_edit();
    let orgs = organizations(db, [p.mentor_id, p.recipient_id]).await?;
    let topic_pairs = topics_of(db, &[p.id])
        .await?
        .remove(&p.id)
        .unwrap_or_default();
    let agreement = agreement::Entity::find_by_id(p.id).one(db).await?;
    let state = p.state;
    let facilitator = match p.facilitator_id {
        Some(fid) => account::Entity::find_by_id(fid)
            .one(db)
            .await?
            .map(|a| a.name),
        None => None,
    };

    let mut activities: Vec<ActivityView> = super::entity::activity::Entity::find()
        .filter(super::entity::activity::Column::PartnershipId.eq(p.id))
        .order_by_asc(super::entity::activity::Column::StartDate)
        .all(db)
        .await?
        .into_iter()
        .map(|a| ActivityView {
            id: a.id,
            kind: a.kind,
            title: a.title,
            start_date: a.start_date,
            end_date: a.end_date,
            responsible: a.responsible,
            place: a.place,
            online: a.online,
            status: a.status,
        })
        .collect();
    if !insider {
        activities.retain(|a| a.status == ActivityStatus::Done);
    }

    let mut outcomes = outcomes_of(db, p.id).await?;
    outcomes.retain(|o| may_see_outcome(user, &p, o.is_public));

    let (commitments, resources, reports, corrective_actions, trail) = if insider {
        insider_parts(db, p.id).await?
    } else {
        Default::default()
    };

    let facts = Facts {
        mentor_signed: p.mentor_signed_at.is_some(),
        recipient_signed: p.recipient_signed_at.is_some(),
        agreement_recorded: agreement.is_some(),
    };
    let products = crate::library::links::products_for_partnership(
        db,
        p.id,
        crate::accounts::is_network_member(user),
    )
    .await?;
    let awards = honours.won_by(db, p.id).await?;
    Ok(PartnershipDetail {
        products,
        awards,
        summary: summarize(&p, &orgs, &topic_pairs, agreement.as_ref()),
        concept_note: if insider {
            p.concept_note.clone()
        } else {
            String::new()
        },
        closed_reason: p.closed_reason.clone(),
        facilitator,
        mentor_signed: facts.mentor_signed,
        recipient_signed: facts.recipient_signed,
        agreement: agreement.map(|a| AgreementView {
            signatories: a.signatories,
            start_date: a.start_date,
            end_date: a.end_date,
            scope: a.scope,
            document: match (insider, a.document_name, a.document_size) {
                (true, Some(name), Some(size)) => Some((name, size)),
                _ => None,
            },
        }),
        commitments,
        activities,
        resources,
        outcomes,
        reports,
        corrective_actions,
        trail,
        may_edit: insider && !state.is_finished(),
        may_review: who.is_facilitating(),
        steps: if user.is_some() {
            available_steps(state, who, facts)
        } else {
            Vec::new()
        },
    })
}

type InsiderParts = (
    Vec<CommitmentView>,
    Vec<ResourceView>,
    Vec<ReportView>,
    Vec<CorrectiveActionView>,
    Vec<TrailEntry>,
);

async fn insider_parts(db: &DatabaseConnection, id: i32) -> Result<InsiderParts, AppError> {
    let commitments = commitment::Entity::find()
        .filter(commitment::Column::PartnershipId.eq(id))
        .order_by_asc(commitment::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|c| CommitmentView {
            id: c.id,
            side: c.side,
            promise: c.promise,
        })
        .collect();
    let resources = resource::Entity::find()
        .filter(resource::Column::PartnershipId.eq(id))
        .order_by_asc(resource::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|r| ResourceView {
            id: r.id,
            amount: r.amount,
            currency: r.currency,
            description: r.description,
            source: r.source,
        })
        .collect();
    let reports = progress_report::Entity::find()
        .filter(progress_report::Column::PartnershipId.eq(id))
        .order_by_desc(progress_report::Column::PeriodEnd)
        .all(db)
        .await?
        .into_iter()
        .map(|r| ReportView {
            id: r.id,
            period_start: r.period_start,
            period_end: r.period_end,
            achievements: r.achievements,
            challenges: r.challenges,
            submitted_by: r.submitted_by,
            submitted_at: r.submitted_at,
            review: match (r.reviewed_by, r.reviewed_at) {
                (Some(by), Some(at)) => Some((by, at, r.review_comment)),
                _ => None,
            },
        })
        .collect();
    let actions = corrective_action::Entity::find()
        .filter(corrective_action::Column::PartnershipId.eq(id))
        .order_by_asc(corrective_action::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|a| CorrectiveActionView {
            id: a.id,
            action: a.action,
            raised_by: a.raised_by,
            raised_at: a.raised_at,
            resolved: match (a.resolved_by, a.resolved_at) {
                (Some(by), Some(at)) => Some((by, at)),
                _ => None,
            },
        })
        .collect();
    let trail = partnership_event::Entity::find()
        .filter(partnership_event::Column::PartnershipId.eq(id))
        .order_by_asc(partnership_event::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|e| {
            let (action, detail) = describe_stored(&e.action, &e.detail, current());
            TrailEntry {
                actor: e.actor_name,
                action,
                detail,
                at: e.at,
            }
        })
        .collect();
    Ok((commitments, resources, reports, actions, trail))
}

pub async fn outcomes_of<C: ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<Vec<OutcomeView>, AppError> {
    let rows = outcome::Entity::find()
        .filter(outcome::Column::PartnershipId.eq(id))
        .order_by_asc(outcome::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|o| o.id).collect();
    let mut values: HashMap<i32, Vec<OutcomeValueView>> = HashMap::new();
    for v in outcome_value::Entity::find()
        .filter(outcome_value::Column::OutcomeId.is_in(ids))
        .order_by_asc(outcome_value::Column::MeasuredOn)
        .all(db)
        .await?
    {
        values
            .entry(v.outcome_id)
            .or_default()
            .push(OutcomeValueView {
                id: v.id,
                measured_on: v.measured_on,
                value: v.value,
            });
    }
    Ok(rows
        .into_iter()
        .map(|o| OutcomeView {
            id: o.id,
            kpi: o.kpi,
            baseline_value: o.baseline_value,
            baseline_date: o.baseline_date,
            target_value: o.target_value,
            target_date: o.target_date,
            is_public: o.is_public,
            values: values.remove(&o.id).unwrap_or_default(),
        })
        .collect())
}

/// A signature column still as it was read: two sides signing at once cannot both see the
/// other unsigned and leave the partnership stuck.
fn signed_as_read(
    column: partnership::Column,
    read: Option<chrono::DateTime<chrono::Utc>>,
) -> sea_orm::Condition {
    let condition = sea_orm::Condition::all();
    match read {
        Some(_) => condition.add(column.is_not_null()),
        None => condition.add(column.is_null()),
    }
}

/// Takes one step of the partnership's life. `note` is the concept note when introducing and
/// the reason when closing early.
pub async fn take_step(
    db: &DatabaseConnection,
    id: i32,
    user: &CurrentUser,
    step: &Step,
    note: &str,
) -> Result<PartnershipState, AppError> {
    let note = note.trim();
    let lang = current();
    match step {
        Step::Introduce if note.is_empty() => {
            return Err(AppError::field("note", t!(lang, "wops-enter-concept-note")))
        }
        Step::CloseEarly if note.is_empty() => {
            return Err(AppError::field("note", t!(lang, "wops-enter-close-reason")))
        }
        _ if note.chars().count() > 4000 => {
            return Err(AppError::field(
                "note",
                t!(lang, "wops-note-too-long", max = 4000),
            ))
        }
        _ => {}
    }
    let txn = crate::db::begin_write(db).await?;
    let p = find(&txn, id).await?;
    let who = standing(Some(user), &p);
    let from = p.state;
    let to = next_state(from, step, who, facts(&txn, &p).await?).map_err(|e| match e {
        super::lifecycle::StepError::NotYours(_) => AppError::Forbidden,
        other => AppError::Conflict(other.message(lang)),
    })?;
    let now = chrono::Utc::now();
    let mut update = partnership::ActiveModel {
        id: Set(p.id),
        state: Set(to),
        updated_at: Set(now),
        ..Default::default()
    };
    match step {
        Step::Introduce => {
            update.concept_note = Set(note.to_owned());
            update.facilitator_id = Set(Some(user.id));
        }
        Step::SignIntent(Side::Mentor) => update.mentor_signed_at = Set(Some(now)),
        Step::SignIntent(Side::Recipient) => update.recipient_signed_at = Set(Some(now)),
        Step::CloseEarly => update.closed_reason = Set(note.to_owned()),
        Step::Activate | Step::Complete => {}
    }
    // Only if nobody changed the state meanwhile: two tabs cannot both take a step.
    let changed = partnership::Entity::update_many()
        .set(update)
        .filter(partnership::Column::Id.eq(p.id))
        .filter(partnership::Column::State.eq(p.state))
        .filter(signed_as_read(
            partnership::Column::MentorSignedAt,
            p.mentor_signed_at,
        ))
        .filter(signed_as_read(
            partnership::Column::RecipientSignedAt,
            p.recipient_signed_at,
        ))
        .exec(&txn)
        .await?;
    if changed.rows_affected != 1 {
        return Err(AppError::Conflict(t!(lang, "wops-changed-meanwhile")));
    }
    if let (Some(need_id), PartnershipState::ClosedEarly) = (p.need_id, to) {
        // The recipient's challenge is open again for another mentor.
        need::Entity::update_many()
            .col_expr(
                need::Column::Status,
                sea_orm::sea_query::Expr::value("open"),
            )
            .filter(need::Column::Id.eq(need_id))
            .exec(&txn)
            .await?;
    }
    let note = match step {
        Step::Introduce | Step::CloseEarly => note.to_owned(),
        _ => String::new(),
    };
    let event = TrailEvent::Stepped {
        step: step.clone(),
        from,
        to,
        note,
    };
    audit(&txn, p.id, user, &event).await?;
    txn.commit().await?;
    Ok(to)
}
