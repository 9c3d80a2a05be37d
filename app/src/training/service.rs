//! Training queries and changes. Enrolment changes run in one transaction that first touches the
//! program's row, so two people taking the last place at once queue up instead of both getting it.

use super::entity::{attendance, enrolment, evaluation, program, program_topic, session, trainer};
use super::rules::{
    place_for_newcomer, summarize, CompletionRule, EnrolmentStatus, EvaluationDraft, ProgramDraft,
    ProgramFormat, SessionDraft,
};
use super::types::*;
use crate::accounts::entity::{account, account_role, organization_member};
use crate::accounts::{CurrentUser, Role};
use crate::error::{AppError, FieldErrors};
use crate::partners::entity::organization;
use crate::topics::entity as topic;
use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::{HashMap, HashSet};

fn not_found() -> AppError {
    AppError::NotFound("There is no training program with this number.".to_owned())
}

/// The program's venue time zone. One the time zone database does not know is a broken row
/// (the form only offers known zones): an internal error, never silently UTC.
fn zone_of(p: &program::Model) -> Result<Tz, AppError> {
    p.time_zone.parse().map_err(|_| {
        tracing::error!(program = p.id, time_zone = %p.time_zone, "unknown stored time zone");
        AppError::Internal
    })
}

fn session_view(s: &session::Model, zone: Tz, now: DateTime<Utc>) -> SessionView {
    let starts = s.starts_at.with_timezone(&zone);
    let ends = s.ends_at.with_timezone(&zone);
    SessionView {
        id: s.id,
        title: s.title.clone(),
        starts_at: s.starts_at,
        ends_at: s.ends_at,
        venue_time: format!(
            "{}–{} ({}, UTC{})",
            starts.format("%a %-d %b %Y, %H:%M"),
            ends.format("%H:%M"),
            zone.name(),
            starts.format("%:z")
        ),
        has_started: s.starts_at <= now,
    }
}

/// Whether `user` runs this program: one of its trainers, or a secretariat admin.
pub async fn manages<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    program_id: i32,
) -> Result<bool, AppError> {
    if user.has_role(Role::SecretariatAdmin) {
        return Ok(true);
    }
    Ok(trainer::Entity::find()
        .filter(trainer::Column::ProgramId.eq(program_id))
        .filter(trainer::Column::AccountId.eq(user.id))
        .count(db)
        .await?
        > 0)
}

pub async fn require_manager<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    program_id: i32,
) -> Result<program::Model, AppError> {
    let program = program::Entity::find_by_id(program_id)
        .one(db)
        .await?
        .ok_or_else(not_found)?;
    if manages(db, user, program_id).await? {
        Ok(program)
    } else {
        Err(AppError::Forbidden)
    }
}

/// Which programs the catalogue lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CatalogueFilter {
    pub topic: Option<String>,
    pub format: Option<ProgramFormat>,
    /// `Some(true)`: still to come or running; `Some(false)`: over; `None`: all.
    pub upcoming: Option<bool>,
}

pub async fn catalogue(
    db: &DatabaseConnection,
    filter: &CatalogueFilter,
    now: DateTime<Utc>,
) -> Result<Vec<ProgramCard>, AppError> {
    let programs = program::Entity::find()
        .order_by_asc(program::Column::Id)
        .all(db)
        .await?;
    let topics: HashMap<i32, topic::Model> = topic::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let mut topics_of: HashMap<i32, Vec<&topic::Model>> = HashMap::new();
    for link in program_topic::Entity::find().all(db).await? {
        if let Some(t) = topics.get(&link.topic_id) {
            topics_of.entry(link.program_id).or_default().push(t);
        }
    }
    let mut sessions_of: HashMap<i32, Vec<session::Model>> = HashMap::new();
    for s in session::Entity::find()
        .order_by_asc(session::Column::StartsAt)
        .all(db)
        .await?
    {
        sessions_of.entry(s.program_id).or_default().push(s);
    }
    let mut enrolled_in: HashMap<i32, i64> = HashMap::new();
    for e in enrolment::Entity::find()
        .filter(enrolment::Column::Status.eq(EnrolmentStatus::Enrolled))
        .all(db)
        .await?
    {
        *enrolled_in.entry(e.program_id).or_default() += 1;
    }
    let mut cards = Vec::new();
    for p in programs {
        let sessions = sessions_of.remove(&p.id).unwrap_or_default();
        let program_topics = topics_of.remove(&p.id).unwrap_or_default();
        let is_past = sessions.last().is_some_and(|s| s.ends_at < now);
        if filter.upcoming.is_some_and(|upcoming| upcoming == is_past) {
            continue;
        }
        if filter.format.is_some_and(|f| f != p.format) {
            continue;
        }
        if let Some(code) = &filter.topic {
            if !program_topics.iter().any(|t| &t.code == code) {
                continue;
            }
        }
        let zone = zone_of(&p)?;
        cards.push(ProgramCard {
            id: p.id,
            title: p.title,
            format: p.format.label().to_owned(),
            language: p.language,
            topics: program_topics.iter().map(|t| t.name.clone()).collect(),
            next_session: sessions
                .iter()
                .find(|s| s.ends_at >= now)
                .or(sessions.last())
                .map(|s| session_view(s, zone, now)),
            sessions: sessions.len(),
            places_left: (i64::from(p.capacity) - enrolled_in.get(&p.id).copied().unwrap_or(0))
                .max(0),
            is_past,
        });
    }
    // Soonest first; past programs most recent first.
    cards.sort_by_key(|c| {
        let start = c.next_session.as_ref().map(|s| s.starts_at.timestamp());
        (c.is_past, if c.is_past { start.map(|t| -t) } else { start })
    });
    Ok(cards)
}

async fn program_sessions<C: ConnectionTrait>(
    db: &C,
    program_id: i32,
) -> Result<Vec<session::Model>, AppError> {
    Ok(session::Entity::find()
        .filter(session::Column::ProgramId.eq(program_id))
        .order_by_asc(session::Column::StartsAt)
        .all(db)
        .await?)
}

async fn count_status<C: ConnectionTrait>(
    db: &C,
    program_id: i32,
    status: EnrolmentStatus,
) -> Result<i64, AppError> {
    Ok(enrolment::Entity::find()
        .filter(enrolment::Column::ProgramId.eq(program_id))
        .filter(enrolment::Column::Status.eq(status))
        .count(db)
        .await? as i64)
}

/// Everyone enrolled or waiting, in waitlist order.
async fn active_enrolments<C: ConnectionTrait>(
    db: &C,
    program_id: i32,
) -> Result<Vec<enrolment::Model>, AppError> {
    Ok(enrolment::Entity::find()
        .filter(enrolment::Column::ProgramId.eq(program_id))
        .filter(enrolment::Column::Status.ne(EnrolmentStatus::Cancelled))
        .order_by_asc(enrolment::Column::QueuedAt)
        .order_by_asc(enrolment::Column::Id)
        .all(db)
        .await?)
}

async fn attended_sessions<C: ConnectionTrait>(
    db: &C,
    enrolment_ids: &[i32],
) -> Result<HashMap<i32, Vec<i32>>, AppError> {
    let mut attended: HashMap<i32, Vec<i32>> = HashMap::new();
    if enrolment_ids.is_empty() {
        return Ok(attended);
    }
    for a in attendance::Entity::find()
        .filter(attendance::Column::EnrolmentId.is_in(enrolment_ids.to_vec()))
        .filter(attendance::Column::Present.eq(true))
        .all(db)
        .await?
    {
        attended
            .entry(a.enrolment_id)
            .or_default()
            .push(a.session_id);
    }
    Ok(attended)
}

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
    let products = crate::library::service::products_for_program_as(
        db,
        id,
        crate::library::service::sees_members_only(viewer),
    )
    .await?;
    Ok(ProgramDetail {
        id: p.id,
        description: p.description.clone(),
        format: p.format.label().to_owned(),
        venue: p.venue.clone(),
        link: (sees_link && !p.link.is_empty()).then(|| p.link.clone()),
        language: p.language.clone(),
        capacity: p.capacity,
        enrolled,
        waiting: active.len() as i64 - enrolled,
        completion_rule: CompletionRule::from_min_sessions(p.min_sessions).describe(),
        time_zone: p.time_zone.clone(),
        topics: topics.into_iter().map(|t| t.name).collect(),
        trainers: trainers.into_iter().map(|t| t.name).collect(),
        is_past: sessions.last().is_some_and(|s| s.ends_at < now),
        sessions: sessions
            .iter()
            .map(|s| session_view(s, zone, now))
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
    let mut errors = FieldErrors::default();
    if topics.len() != draft.topic_codes.len() {
        errors.add("topic", "Choose topics from the list.");
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
            format!("No one has an account with {unknown}. Trainers need an account first."),
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
                format!(
                    "{} is not a trainer yet; a secretariat admin gives the trainer role.",
                    t.email
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
                    "This time does not exist once at the venue (a clock change). Choose another.",
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

/// Touches the program's row inside `txn`: later enrolment changes to the same program wait
/// here until this transaction ends (a row lock on PostgreSQL, the write lock on SQLite).
async fn lock_program<C: ConnectionTrait>(
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

/// What an enrolment change means for the people it concerns, for their emails.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    pub account_id: i32,
    pub status: EnrolmentStatus,
    pub waitlist_position: Option<usize>,
    pub program_id: i32,
    pub program_title: String,
}

pub async fn enrol(
    db: &DatabaseConnection,
    program_id: i32,
    account_id: i32,
    enrolled_by: i32,
) -> Result<Placement, AppError> {
    let now = Utc::now();
    let txn = crate::db::begin_write(db).await?;
    let p = lock_program(&txn, program_id).await?;
    let sessions = program_sessions(&txn, program_id).await?;
    if sessions.last().is_some_and(|s| s.ends_at < now) {
        return Err(AppError::Conflict(
            "This program is over; enrolment is closed.".to_owned(),
        ));
    }
    let existing = enrolment::Entity::find()
        .filter(enrolment::Column::ProgramId.eq(program_id))
        .filter(enrolment::Column::AccountId.eq(account_id))
        .one(&txn)
        .await?;
    let who = if account_id == enrolled_by {
        "You are".to_owned()
    } else {
        let name = account::Entity::find_by_id(account_id)
            .one(&txn)
            .await?
            .map(|a| a.name)
            .unwrap_or_else(|| "This person".to_owned());
        format!("{name} is")
    };
    match existing.as_ref().map(|e| e.status) {
        Some(EnrolmentStatus::Enrolled) => {
            return Err(AppError::Conflict(format!(
                "{who} already enrolled in this program."
            )))
        }
        Some(EnrolmentStatus::Waitlisted) => {
            return Err(AppError::Conflict(format!(
                "{who} already on the waitlist for this program."
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
    txn.commit().await?;
    tracing::info!(
        program_id,
        enrolment = saved.id,
        status = status.as_code(),
        "enrolment"
    );
    Ok(Placement {
        account_id,
        status,
        waitlist_position,
        program_id,
        program_title: p.title,
    })
}

/// Cancels `account_id`'s enrolment; freed places go to the people waiting, in order, who are
/// returned so they can be told.
pub async fn cancel(
    db: &DatabaseConnection,
    program_id: i32,
    account_id: i32,
) -> Result<Vec<Placement>, AppError> {
    let now = Utc::now();
    let txn = crate::db::begin_write(db).await?;
    let p = lock_program(&txn, program_id).await?;
    if program_sessions(&txn, program_id)
        .await?
        .last()
        .is_some_and(|s| s.ends_at < now)
    {
        return Err(AppError::Conflict(
            "This program is over, so there is nothing to cancel.".to_owned(),
        ));
    }
    let own = enrolment::Entity::find()
        .filter(enrolment::Column::ProgramId.eq(program_id))
        .filter(enrolment::Column::AccountId.eq(account_id))
        .filter(enrolment::Column::Status.ne(EnrolmentStatus::Cancelled))
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::Conflict("You are not enrolled in this program.".to_owned()))?;
    if own.completed_at.is_some() {
        return Err(AppError::Conflict(
            "You have completed this program, so there is nothing to cancel.".to_owned(),
        ));
    }
    let mut row: enrolment::ActiveModel = own.into();
    row.status = Set(EnrolmentStatus::Cancelled);
    row.updated_at = Set(now);
    row.update(&txn).await?;
    let promoted = fill_free_places(&txn, &p, now).await?;
    txn.commit().await?;
    Ok(promoted)
}

/// Gives every free place to the people waiting, first come first served.
async fn fill_free_places<C: ConnectionTrait>(
    txn: &C,
    p: &program::Model,
    now: DateTime<Utc>,
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
        promoted.push(Placement {
            account_id,
            status: EnrolmentStatus::Enrolled,
            waitlist_position: None,
            program_id: p.id,
            program_title: p.title.clone(),
        });
    }
    Ok(promoted)
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
        .ok_or_else(|| AppError::NotFound("There is no such session.".to_owned()))?;
    require_manager(db, user, s.program_id).await?;
    let now = Utc::now();
    if s.starts_at > now {
        return Err(AppError::Conflict(
            "This session has not started yet; attendance opens when it starts.".to_owned(),
        ));
    }
    // Under the program's lock, so a cancellation or another mark cannot interleave.
    let txn = crate::db::begin_write(db).await?;
    let p = lock_program(&txn, s.program_id).await?;
    let e = enrolment::Entity::find_by_id(enrolment_id)
        .one(&txn)
        .await?
        .filter(|e| e.program_id == s.program_id)
        .ok_or_else(|| {
            AppError::NotFound("This person is not enrolled in this program.".to_owned())
        })?;
    if e.status != EnrolmentStatus::Enrolled {
        return Err(AppError::Conflict(
            "Only people holding a place can attend; this person is waiting or has cancelled."
                .to_owned(),
        ));
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
async fn apply_completion<C: ConnectionTrait>(
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
            AppError::Conflict(
                "The evaluation opens once you have completed the program.".to_owned(),
            )
        })?;
    if evaluation::Entity::find_by_id(e.id)
        .one(db)
        .await?
        .is_some()
    {
        return Err(AppError::Conflict(
            "You have already sent your evaluation. Thank you!".to_owned(),
        ));
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
        questions: summarize(&ratings),
        comments: rows
            .into_iter()
            .map(|r| r.comments)
            .filter(|c| !c.is_empty())
            .collect(),
    })
}

/// The certificate with this code: `None` when there is none (404), an [`AppError::Gone`]
/// when it was withdrawn (410).
pub async fn certificate(
    db: &DatabaseConnection,
    code: &str,
) -> Result<Option<CertificateView>, AppError> {
    let code = code.trim().to_lowercase();
    if code.is_empty() || code.len() > 40 {
        return Ok(None);
    }
    let Some(e) = enrolment::Entity::find()
        .filter(enrolment::Column::CertificateCode.eq(code.clone()))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    // Issued once, then withdrawn: the enrolment was cancelled or the attendance that
    // completed it was corrected. A 410, so a verifier can tell it from a forged code.
    let completed_at = match e.completed_at {
        Some(at) if e.status == EnrolmentStatus::Enrolled => at,
        _ => {
            return Err(AppError::Gone(
                "No valid certificate: the certificate with this code was withdrawn, because \
                 the attendance or enrolment that earned it was corrected. Ask the program's \
                 trainers."
                    .to_owned(),
            ))
        }
    };
    let (Some(person), Some(p)) = (
        account::Entity::find_by_id(e.account_id).one(db).await?,
        program::Entity::find_by_id(e.program_id).one(db).await?,
    ) else {
        return Ok(None);
    };
    let attended = attended_sessions(db, &[e.id])
        .await?
        .get(&e.id)
        .map_or(0, Vec::len);
    let completed_on = completed_at
        .with_timezone(&zone_of(&p)?)
        .format("%-d %B %Y")
        .to_string();
    Ok(Some(CertificateView {
        code,
        name: person.name,
        program: p.title,
        program_id: p.id,
        completed_on,
        sessions_attended: attended,
    }))
}

/// The email address and name of an account, for messages.
pub async fn recipient(
    db: &DatabaseConnection,
    account_id: i32,
) -> Result<Option<(String, String)>, AppError> {
    Ok(account::Entity::find_by_id(account_id)
        .one(db)
        .await?
        .map(|a| (a.email, a.name)))
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
        .ok_or_else(|| AppError::NotFound("There is no such session.".to_owned()))?;
    let p = program::Entity::find_by_id(s.program_id)
        .one(db)
        .await?
        .ok_or_else(not_found)?;
    Ok((s, p))
}
