//! One program: its page's read model, creating it and adding its sessions.

use super::attendance::apply_completion;
use super::enrolment::lock_program;
use super::entity::{enrolment, evaluation, program, program_topic, session, trainer};
use super::rules::{CompletionRule, EnrolmentStatus, ProgramDraft, SessionDraft};
use super::service::{
    active_enrolments, attended_sessions, manages, not_found, program_sessions, require_manager,
    session_view, zone_of,
};
use super::types::*;
use crate::accounts::entity::{account, account_role, organization_member};
use crate::accounts::{CurrentUser, Role};
use crate::error::{AppError, FieldErrors};
use crate::partners::entity::organization;
use crate::t;
use crate::topics::entity as topic;
use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};
use std::collections::{HashMap, HashSet};

pub async fn detail(
    db: &DatabaseConnection,
    id: i32,
    viewer: Option<&CurrentUser>,
    now: DateTime<Utc>,
) -> Result<ProgramDetail, AppError> {
    let p = program::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(not_found)?;
    let zone = zone_of(&p)?;
    let lang = crate::i18n::current();
    let sessions = program_sessions(db, id).await?;
    let topic_ids: Vec<i32> = program_topic::Entity::find()
        .filter(program_topic::Column::ProgramId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|t| t.topic_id)
        .collect();
    let topics = topic::Entity::find()
        .filter(topic::Column::Id.is_in(topic_ids))
        .order_by_asc(topic::Column::Name)
        .all(db)
        .await?;
    let trainer_ids: Vec<i32> = trainer::Entity::find()
        .filter(trainer::Column::ProgramId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|t| t.account_id)
        .collect();
    let trainers = account::Entity::find()
        .filter(account::Column::Id.is_in(trainer_ids))
        .order_by_asc(account::Column::Name)
        .all(db)
        .await?;
    let manages = match viewer {
        Some(user) => manages(db, user, id).await?,
        None => false,
    };
    let active = active_enrolments(db, id).await?;
    let attended = attended_sessions(db, &active.iter().map(|e| e.id).collect::<Vec<_>>()).await?;
    let mine = match viewer {
        Some(user) => {
            let own = enrolment::Entity::find()
                .filter(enrolment::Column::ProgramId.eq(id))
                .filter(enrolment::Column::AccountId.eq(user.id))
                .one(db)
                .await?;
            match own {
                Some(e) => {
                    let evaluated = evaluation::Entity::find_by_id(e.id)
                        .one(db)
                        .await?
                        .is_some();
                    let waitlist_position = (e.status == EnrolmentStatus::Waitlisted)
                        .then(|| {
                            active
                                .iter()
                                .filter(|a| a.status == EnrolmentStatus::Waitlisted)
                                .position(|a| a.id == e.id)
                                .map(|i| i + 1)
                        })
                        .flatten();
                    Some(MyEnrolment {
                        id: e.id,
                        status: e.status.as_code().to_owned(),
                        waitlist_position,
                        attended: attended.get(&e.id).map_or(0, Vec::len),
                        certificate_code: e.completed_at.and(e.certificate_code.clone()),
                        evaluated,
                    })
                }
                None => None,
            }
        }
        None => None,
    };
    let roster = if manages {
        let people: HashMap<i32, account::Model> = account::Entity::find()
            .filter(
                account::Column::Id.is_in(active.iter().map(|e| e.account_id).collect::<Vec<_>>()),
            )
            .all(db)
            .await?
            .into_iter()
            .map(|a| (a.id, a))
            .collect();
        active
            .iter()
            .map(|e| RosterEntry {
                enrolment_id: e.id,
                name: people
                    .get(&e.account_id)
                    .map(|a| a.name.clone())
                    .unwrap_or_default(),
                email: people
                    .get(&e.account_id)
                    .map(|a| a.email.clone())
                    .unwrap_or_default(),
                status: e.status.as_code().to_owned(),
                attended: attended.get(&e.id).cloned().unwrap_or_default(),
                completed: e.completed_at.is_some(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let staff = match viewer {
        Some(user) if !user.admin_of.is_empty() => staff_of(db, user).await?,
        _ => Vec::new(),
    };
    let sees_link = manages
        || mine
            .as_ref()
            .is_some_and(|m| m.status == EnrolmentStatus::Enrolled.as_code());
    let enrolled = active
        .iter()
        .filter(|e| e.status == EnrolmentStatus::Enrolled)
        .count() as i64;
    let products = crate::library::links::products_for_program_as(
        db,
        id,
        crate::library::service::sees_members_only(viewer),
    )
    .await?;
    Ok(ProgramDetail {
        id: p.id,
        description: p.description.clone(),
        format: p.format.label(lang),
        venue: p.venue.clone(),
        link: (sees_link && !p.link.is_empty()).then(|| p.link.clone()),
        language: p.language,
        capacity: p.capacity,
        enrolled,
        waiting: active.len() as i64 - enrolled,
        completion_rule: CompletionRule::from_min_sessions(p.min_sessions).describe(lang),
        time_zone: p.time_zone.clone(),
        topics: topics.into_iter().map(|t| t.name).collect(),
        trainers: trainers.into_iter().map(|t| t.name).collect(),
        is_past: sessions.last().is_some_and(|s| s.ends_at < now),
        sessions: sessions
            .iter()
            .map(|s| session_view(s, zone, now, lang))
            .collect(),
        title: p.title,
        mine,
        manages,
        roster,
        staff,
        products,
    })
}

/// Members of the organizations `user` administers.
async fn staff_of(
    db: &DatabaseConnection,
    user: &CurrentUser,
) -> Result<Vec<StaffMember>, AppError> {
    let members = organization_member::Entity::find()
        .filter(organization_member::Column::OrganizationId.is_in(user.admin_of.clone()))
        .all(db)
        .await?;
    let people: HashMap<i32, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(members.iter().map(|m| m.account_id).collect::<Vec<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.name))
        .collect();
    let names: HashMap<i32, String> = organization::Entity::find()
        .filter(organization::Column::Id.is_in(user.admin_of.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let mut staff: Vec<StaffMember> = members
        .into_iter()
        .filter_map(|m| {
            Some(StaffMember {
                account_id: m.account_id,
                name: people.get(&m.account_id)?.clone(),
                organization: names.get(&m.organization_id).cloned().unwrap_or_default(),
            })
        })
        .collect();
    staff.sort_by(|a, b| a.name.cmp(&b.name));
    staff.dedup_by_key(|s| s.account_id);
    Ok(staff)
}

/// Whether `admin` may enrol `account_id`: themselves, or a member of an organization they run.
pub async fn may_enrol_for(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    account_id: i32,
) -> Result<bool, AppError> {
    if admin.id == account_id {
        return Ok(true);
    }
    if admin.admin_of.is_empty() {
        return Ok(false);
    }
    Ok(organization_member::Entity::find()
        .filter(organization_member::Column::AccountId.eq(account_id))
        .filter(organization_member::Column::OrganizationId.is_in(admin.admin_of.clone()))
        .count(db)
        .await?
        > 0)
}

pub async fn create_program(
    db: &DatabaseConnection,
    creator: &CurrentUser,
    draft: ProgramDraft,
) -> Result<i32, AppError> {
    let topics = topic::Entity::find()
        .filter(topic::Column::Code.is_in(draft.topic_codes.clone()))
        .all(db)
        .await?;
    let lang = crate::i18n::current();
    let mut errors = FieldErrors::default();
    if topics.len() != draft.topic_codes.len() {
        errors.add("topic", t!(lang, "training-error-topics-listed"));
    }
    let trainers = account::Entity::find()
        .filter(account::Column::Email.is_in(draft.trainer_emails.clone()))
        .all(db)
        .await?;
    let known: HashSet<&str> = trainers.iter().map(|t| t.email.as_str()).collect();
    if let Some(unknown) = draft
        .trainer_emails
        .iter()
        .find(|e| !known.contains(e.as_str()))
    {
        errors.add(
            "trainers",
            t!(
                lang,
                "training-error-trainer-unknown",
                email = unknown.as_str()
            ),
        );
    } else {
        // Trainers see participants' names and emails: only people the secretariat made trainers.
        let with_role: HashSet<i32> = account_role::Entity::find()
            .filter(account_role::Column::Role.eq(Role::Trainer))
            .filter(
                account_role::Column::AccountId
                    .is_in(trainers.iter().map(|t| t.id).collect::<Vec<_>>()),
            )
            .all(db)
            .await?
            .into_iter()
            .map(|r| r.account_id)
            .collect();
        if let Some(t) = trainers.iter().find(|t| !with_role.contains(&t.id)) {
            errors.add(
                "trainers",
                t!(
                    lang,
                    "training-error-not-a-trainer",
                    email = t.email.as_str()
                ),
            );
        }
    }
    errors.into_result()?;
    let now = Utc::now();
    let txn = crate::db::begin_write(db).await?;
    let saved = program::ActiveModel {
        title: Set(draft.title),
        description: Set(draft.description),
        format: Set(draft.format),
        venue: Set(draft.venue),
        link: Set(draft.link),
        language: Set(draft.language),
        capacity: Set(draft.capacity as i32),
        min_sessions: Set(draft.min_sessions.map(|n| n as i32)),
        time_zone: Set(draft.time_zone),
        created_by: Set(Some(creator.id)),
        is_demo: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for t in &topics {
        program_topic::ActiveModel {
            program_id: Set(saved.id),
            topic_id: Set(t.id),
        }
        .insert(&txn)
        .await?;
    }
    // A trainer who creates a program runs it.
    let mut trainer_ids: Vec<i32> = trainers.iter().map(|t| t.id).collect();
    if creator.has_role(Role::Trainer) {
        trainer_ids.push(creator.id);
    }
    trainer_ids.sort_unstable();
    trainer_ids.dedup();
    for account_id in trainer_ids {
        trainer::ActiveModel {
            program_id: Set(saved.id),
            account_id: Set(account_id),
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(saved.id)
}

/// Turns a day and times at the venue into instants; a time that does not exist there (a
/// daylight-saving gap) or exists twice is refused rather than guessed.
pub fn session_instants(
    draft: &SessionDraft,
    zone: Tz,
) -> Result<(DateTime<Utc>, DateTime<Utc>), AppError> {
    let at = |time, field: &str| {
        zone.from_local_datetime(&draft.date.and_time(time))
            .single()
            .map(|t| t.with_timezone(&Utc))
            .ok_or_else(|| {
                AppError::field(
                    field,
                    t!(crate::i18n::current(), "training-error-clock-change"),
                )
            })
    };
    Ok((at(draft.starts, "starts")?, at(draft.ends, "ends")?))
}

pub async fn add_session(
    db: &DatabaseConnection,
    user: &CurrentUser,
    program_id: i32,
    draft: SessionDraft,
) -> Result<(), AppError> {
    require_manager(db, user, program_id).await?;
    let txn = crate::db::begin_write(db).await?;
    let p = lock_program(&txn, program_id).await?;
    let (starts_at, ends_at) = session_instants(&draft, zone_of(&p)?)?;
    session::ActiveModel {
        program_id: Set(program_id),
        title: Set(draft.title),
        starts_at: Set(starts_at),
        ends_at: Set(ends_at),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    // A longer schedule can mean someone has not completed after all.
    let sessions = program_sessions(&txn, program_id).await?.len();
    let now = Utc::now();
    for e in active_enrolments(&txn, program_id).await? {
        if e.status == EnrolmentStatus::Enrolled {
            apply_completion(&txn, &p, e, sessions, now).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}
