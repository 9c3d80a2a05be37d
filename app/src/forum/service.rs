//! Forum queries and changes. Every change to places (confirming, approving, cancelling,
//! rejecting) runs in one transaction that first touches the edition's row, so two people taking
//! the last place at once queue up instead of both getting it.

use super::entity::{edition, question, registration, session, star};
use super::rules::{
    self, check_in as check_in_rule, normalize_code, place, seat, validate_answers, window,
    AttendeeType, CheckIn, Question, QuestionKind, Registrant, Status,
};
use super::types::*;
use crate::accounts::session::{new_token, token_hash};
use crate::accounts::CurrentUser;
use crate::error::AppError;
use crate::secret::SecretKey;
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::{HashMap, HashSet};

pub const LINK_INVALID: &str =
    "This confirmation link was already used or replaced by a newer one. If you registered, \
     check your badge link in the latest email, or ask for the confirmation again.";
pub const UNKNOWN_CODE: &str = "No registration with this code.";
pub const BAD_SEEN_AT: &str =
    "The check-in time sent by the desk is not credible (more than three days old, or ahead of the server's clock). Check the desk's clock and check the badge in again.";
pub const UNKNOWN_PERSONAL_CODE: &str = "This personal code is not valid. Use the link or the \
     code from your latest registration email (a newer email replaces older codes).";

fn no_edition() -> AppError {
    AppError::NotFound("No Forum edition is open yet.".to_owned())
}

/// The edition's venue time zone. One the time zone database does not know is a broken row
/// (the form only offers known zones): an internal error, never silently UTC.
pub fn zone_of(e: &edition::Model) -> Result<Tz, AppError> {
    e.time_zone.parse().map_err(|_| {
        tracing::error!(edition = e.id, time_zone = %e.time_zone, "unknown stored time zone");
        AppError::Internal
    })
}

pub fn dates_of(starts: NaiveDate, ends: NaiveDate) -> String {
    if starts == ends {
        starts.format("%-d %B %Y").to_string()
    } else if starts.format("%Y-%m").to_string() == ends.format("%Y-%m").to_string() {
        format!("{}–{}", starts.format("%-d"), ends.format("%-d %B %Y"))
    } else {
        format!("{} – {}", starts.format("%-d %B"), ends.format("%-d %B %Y"))
    }
}

/// The edition registrations go to: the latest year.
pub async fn current<C: ConnectionTrait>(db: &C) -> Result<edition::Model, AppError> {
    edition::Entity::find()
        .order_by_desc(edition::Column::Year)
        .one(db)
        .await?
        .ok_or_else(no_edition)
}

pub fn to_question(q: question::Model) -> Question {
    Question {
        id: q.id,
        kind: q.kind,
        choices: q
            .choices
            .lines()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .collect(),
        required: q.required,
        shown_if: q
            .shown_if_question
            .map(|id| (id, q.shown_if_answer.clone())),
        prompt: q.prompt,
    }
}

pub async fn questions<C: ConnectionTrait>(
    db: &C,
    edition_id: i32,
) -> Result<Vec<Question>, AppError> {
    Ok(question::Entity::find()
        .filter(question::Column::EditionId.eq(edition_id))
        .order_by_asc(question::Column::Position)
        .order_by_asc(question::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(to_question)
        .collect())
}

pub(super) async fn count_status<C: ConnectionTrait>(
    db: &C,
    edition_id: i32,
    status: Status,
) -> Result<i64, AppError> {
    Ok(registration::Entity::find()
        .filter(registration::Column::EditionId.eq(edition_id))
        .filter(registration::Column::Status.eq(status))
        .count(db)
        .await? as i64)
}

pub async fn edition_view(
    db: &DatabaseConnection,
    viewer: Option<&CurrentUser>,
    now: DateTime<Utc>,
) -> Result<EditionView, AppError> {
    let e = current(db).await?;
    let zone = zone_of(&e)?;
    let registered = count_status(db, e.id, Status::Registered).await?;
    let waiting = count_status(db, e.id, Status::Waitlisted).await?;
    let sessions = session::Entity::find()
        .filter(session::Column::EditionId.eq(e.id))
        .order_by_asc(session::Column::StartsAt)
        .all(db)
        .await?;
    let starred: HashSet<i32> = match viewer {
        Some(user) => star::Entity::find()
            .filter(star::Column::AccountId.eq(user.id))
            .all(db)
            .await?
            .into_iter()
            .map(|s| s.session_id)
            .collect(),
        None => HashSet::new(),
    };
    let prefill = match viewer {
        Some(user) => {
            let org = crate::accounts::entity::organization_member::Entity::find()
                .filter(crate::accounts::entity::organization_member::Column::AccountId.eq(user.id))
                .one(db)
                .await?;
            let org_name = match org {
                Some(m) => {
                    crate::partners::entity::organization::Entity::find_by_id(m.organization_id)
                        .one(db)
                        .await?
                        .map(|o| o.name)
                        .unwrap_or_default()
                }
                None => String::new(),
            };
            Some((user.name.clone(), user.email.clone(), org_name))
        }
        None => None,
    };
    Ok(EditionView {
        id: e.id,
        title: e.title.clone(),
        venue: e.venue.clone(),
        dates: dates_of(e.starts_on, e.ends_on),
        time_zone: e.time_zone.clone(),
        window: window(e.opens_at, e.closes_at, now),
        opens: e
            .opens_at
            .with_timezone(&zone)
            .format("%-d %B %Y")
            .to_string(),
        closes: e
            .closes_at
            .with_timezone(&zone)
            .format("%-d %B %Y")
            .to_string(),
        needs_approval: e.needs_approval,
        places_left: (i64::from(e.capacity) - registered).max(0),
        waiting,
        questions: questions(db, e.id).await?,
        agenda: sessions
            .into_iter()
            .map(|s| {
                let starts = s.starts_at.with_timezone(&zone);
                let ends = s.ends_at.with_timezone(&zone);
                AgendaSession {
                    id: s.id,
                    when: format!(
                        "{}–{}",
                        starts.format("%a %-d %b, %H:%M"),
                        ends.format("%H:%M")
                    ),
                    starred: starred.contains(&s.id),
                    title: s.title,
                    room: s.room,
                    speakers: s.speakers,
                    topic: s.topic,
                }
            })
            .collect(),
        signed_in: viewer.is_some(),
        prefill,
    })
}

/// Touches the edition's row inside `txn`: later changes to places wait here until this
/// transaction ends (a row lock on PostgreSQL, the write lock on SQLite).
pub(super) async fn lock_edition<C: ConnectionTrait>(
    txn: &C,
    id: i32,
) -> Result<edition::Model, AppError> {
    let touched = edition::Entity::update_many()
        .col_expr(edition::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(edition::Column::Id.eq(id))
        .exec(txn)
        .await?;
    if touched.rows_affected == 0 {
        return Err(no_edition());
    }
    edition::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or_else(no_edition)
}

/// Where a registration lands once its email is confirmed.
async fn place_now<C: ConnectionTrait>(txn: &C, e: &edition::Model) -> Result<Status, AppError> {
    let registered = count_status(txn, e.id, Status::Registered).await?;
    let waiting = count_status(txn, e.id, Status::Waitlisted).await?;
    Ok(place(
        e.needs_approval,
        e.capacity.max(0) as u32,
        registered.max(0) as u32,
        waiting.max(0) as u32,
    ))
}

/// A registration whose people must be told something, and the token of a confirmation link
/// when one was issued.
#[derive(Debug, Clone)]
pub struct Change {
    pub registration: registration::Model,
    pub edition: edition::Model,
    /// A new email confirmation token, to send.
    pub token: Option<String>,
    /// A new personal code (voting and cancelling), to send and show once.
    pub personal_code: Option<String>,
}

/// A fresh personal code and the hash the database keeps of it.
fn issue_personal_code(key: &SecretKey) -> (String, String) {
    let code = super::personal_code::new_code();
    let normalized = super::personal_code::normalize(&code).unwrap_or_default();
    let hash = super::personal_code::hash(key, &normalized);
    (code, hash)
}

fn duplicate(e: &edition::Model) -> AppError {
    AppError::Conflict(format!(
        "This email is already registered for {}. If the confirmation email did not arrive, \
         we can resend it.",
        e.title
    ))
}

/// Registers someone for the current edition. A signed-in member registering with their own
/// email is confirmed at once; anyone else gets a confirmation link by email.
pub async fn register(
    db: &DatabaseConnection,
    key: &SecretKey,
    viewer: Option<&CurrentUser>,
    who: Registrant,
    raw_answers: &HashMap<String, String>,
    now: DateTime<Utc>,
) -> Result<Change, AppError> {
    let e = current(db).await?;
    match window(e.opens_at, e.closes_at, now) {
        rules::Window::Open => {}
        rules::Window::NotYetOpen => {
            return Err(AppError::Conflict(format!(
                "Registration for {} opens on {}.",
                e.title,
                e.opens_at.with_timezone(&zone_of(&e)?).format("%-d %B %Y")
            )))
        }
        rules::Window::Closed => {
            return Err(AppError::Conflict(format!(
                "Registration for {} closed on {}.",
                e.title,
                e.closes_at.with_timezone(&zone_of(&e)?).format("%-d %B %Y")
            )))
        }
    }
    let qs = questions(db, e.id).await?;
    let answers: HashMap<i32, String> = raw_answers
        .iter()
        .filter_map(|(k, v)| Some((k.strip_prefix('q')?.parse().ok()?, v.clone())))
        .collect();
    let kept = validate_answers(&qs, &answers).map_err(AppError::Invalid)?;
    let answers_json = serde_json::to_string(&kept).map_err(|err| {
        tracing::error!(error = %err, "answers not encodable");
        AppError::Internal
    })?;
    let member = viewer.filter(|u| u.email.eq_ignore_ascii_case(&who.email));

    let txn = crate::db::begin_write(db).await?;
    let e = lock_edition(&txn, e.id).await?;
    let existing = registration::Entity::find()
        .filter(registration::Column::EditionId.eq(e.id))
        .filter(registration::Column::Email.eq(who.email.clone()))
        .one(&txn)
        .await?;
    match existing.as_ref().map(|r| r.status) {
        Some(Status::Rejected) => {
            return Err(AppError::Conflict(format!(
                "A registration with this email for {} was declined. Please contact the \
                 secretariat.",
                e.title
            )))
        }
        Some(s) if s.is_active() => return Err(duplicate(&e)),
        _ => {}
    }
    let (status, token) = if member.is_some() {
        (place_now(&txn, &e).await?, None)
    } else {
        (Status::Unconfirmed, Some(new_token()))
    };
    // Guests get theirs once they confirm their email.
    let personal = member.map(|_| issue_personal_code(key));
    let mut row = registration::ActiveModel {
        edition_id: Set(e.id),
        name: Set(who.name),
        email: Set(who.email),
        organization: Set(who.organization),
        attendee_type: Set(who.attendee_type),
        account_id: Set(viewer.map(|u| u.id)),
        answers: Set(answers_json),
        status: Set(status),
        confirm_token_hash: Set(token.as_deref().map(token_hash)),
        badge_code: Set(new_token()),
        personal_code_hash: Set(personal.as_ref().map(|(_, hash)| hash.clone())),
        confirmed_at: Set(member.map(|_| now)),
        checked_in_at: Set(None),
        checked_in_by: Set(None),
        queued_at: Set(now),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let saved = match existing {
        // A cancelled registration is taken up again (the email is unique per edition).
        Some(previous) => {
            row.id = Set(previous.id);
            row.update(&txn).await?
        }
        None => row.insert(&txn).await?,
    };
    txn.commit().await?;
    tracing::info!(
        registration = saved.id,
        status = status.as_code(),
        "forum registration"
    );
    Ok(Change {
        registration: saved,
        edition: e,
        token,
        personal_code: personal.map(|(code, _)| code),
    })
}

/// Confirms a guest's email with the token from their link (once).
pub async fn confirm(
    db: &DatabaseConnection,
    key: &SecretKey,
    token: &str,
) -> Result<Change, AppError> {
    let hash = token_hash(token.trim());
    let now = Utc::now();
    let found = registration::Entity::find()
        .filter(registration::Column::ConfirmTokenHash.eq(hash.clone()))
        .one(db)
        .await?
        .filter(|r| r.status == Status::Unconfirmed)
        .ok_or_else(|| AppError::BadRequest(LINK_INVALID.to_owned()))?;
    let txn = crate::db::begin_write(db).await?;
    let e = lock_edition(&txn, found.edition_id).await?;
    let status = place_now(&txn, &e).await?;
    let (personal_code, personal_hash) = issue_personal_code(key);
    // Conditional on the token still being there, so a second use (even at the same moment)
    // changes nothing.
    let used = registration::Entity::update_many()
        .col_expr(registration::Column::Status, Expr::value(status))
        .col_expr(
            registration::Column::PersonalCodeHash,
            Expr::value(Some(personal_hash)),
        )
        .col_expr(
            registration::Column::ConfirmTokenHash,
            Expr::value(Option::<String>::None),
        )
        .col_expr(registration::Column::ConfirmedAt, Expr::value(Some(now)))
        .col_expr(registration::Column::QueuedAt, Expr::value(now))
        .col_expr(registration::Column::UpdatedAt, Expr::value(now))
        .filter(registration::Column::Id.eq(found.id))
        .filter(registration::Column::ConfirmTokenHash.eq(hash))
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(AppError::BadRequest(LINK_INVALID.to_owned()));
    }
    let saved = registration::Entity::find_by_id(found.id)
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::BadRequest(LINK_INVALID.to_owned()))?;
    txn.commit().await?;
    Ok(Change {
        registration: saved,
        edition: e,
        token: None,
        personal_code: Some(personal_code),
    })
}

/// For the "resend" offer: a fresh confirmation link to an unconfirmed registration, or the
/// badge link and a fresh personal code to a confirmed one (the old link or code stops
/// working). `None` when no active registration has this email; the caller answers the same
/// either way.
pub async fn resend(
    db: &DatabaseConnection,
    key: &SecretKey,
    email: &str,
) -> Result<Option<Change>, AppError> {
    let e = current(db).await?;
    let email = email.trim().to_lowercase();
    let Some(found) = registration::Entity::find()
        .filter(registration::Column::EditionId.eq(e.id))
        .filter(registration::Column::Email.eq(email))
        .one(db)
        .await?
        .filter(|r| r.status.is_active())
    else {
        return Ok(None);
    };
    let unconfirmed = found.status == Status::Unconfirmed;
    let mut row: registration::ActiveModel = found.into();
    row.updated_at = Set(Utc::now());
    let (token, personal_code) = if unconfirmed {
        let token = new_token();
        row.confirm_token_hash = Set(Some(token_hash(&token)));
        (Some(token), None)
    } else {
        let (code, hash) = issue_personal_code(key);
        row.personal_code_hash = Set(Some(hash));
        (None, Some(code))
    };
    let saved = row.update(db).await?;
    Ok(Some(Change {
        registration: saved,
        edition: e,
        token,
        personal_code,
    }))
}

/// Gives every free place to the people waiting, first come first served.
pub(super) async fn fill_free_places<C: ConnectionTrait>(
    txn: &C,
    e: &edition::Model,
    now: DateTime<Utc>,
) -> Result<Vec<Change>, AppError> {
    let registered = count_status(txn, e.id, Status::Registered).await?;
    let free = (i64::from(e.capacity) - registered).max(0) as u64;
    if free == 0 {
        return Ok(Vec::new());
    }
    let next = registration::Entity::find()
        .filter(registration::Column::EditionId.eq(e.id))
        .filter(registration::Column::Status.eq(Status::Waitlisted))
        .order_by_asc(registration::Column::QueuedAt)
        .order_by_asc(registration::Column::Id)
        .limit(free)
        .all(txn)
        .await?;
    let mut promoted = Vec::new();
    for waiting in next {
        let mut row: registration::ActiveModel = waiting.into();
        row.status = Set(Status::Registered);
        row.updated_at = Set(now);
        promoted.push(Change {
            registration: row.update(txn).await?,
            edition: e.clone(),
            token: None,
            personal_code: None,
        });
    }
    Ok(promoted)
}

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
/// `leaving` in the same transaction (its award votes stop counting).
pub async fn decide(
    db: &DatabaseConnection,
    registration_id: i32,
    decision: Decision,
    leaving: &dyn super::leaving::Leaving,
) -> Result<Vec<Change>, AppError> {
    let now = Utc::now();
    let found = registration::Entity::find_by_id(registration_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound("There is no such registration.".to_owned()))?;
    let txn = crate::db::begin_write(db).await?;
    let e = lock_edition(&txn, found.edition_id).await?;
    // Read again under the lock: another admin may have decided a moment ago.
    let found = registration::Entity::find_by_id(registration_id)
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::NotFound("There is no such registration.".to_owned()))?;
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
            return Err(AppError::Conflict(format!(
                "Only registrations awaiting approval can be approved; this one is: {}.",
                other.label().to_lowercase()
            )))
        }
        (Decision::Reject, s) if s.is_active() => Status::Rejected,
        (Decision::Cancel, s) if s.is_active() => Status::Cancelled,
        (_, other) => {
            return Err(AppError::Conflict(format!(
                "This registration is already {}.",
                other.label().to_lowercase()
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
    let mut changes = vec![Change {
        registration: changed,
        edition: e.clone(),
        token: None,
        personal_code: None,
    }];
    changes.extend(fill_free_places(&txn, &e, now).await?);
    txn.commit().await?;
    if let Some(after_commit) = after_commit {
        after_commit();
    }
    Ok(changes)
}

/// The registration a personal code belongs to (its latest code only).
pub async fn by_personal_code(
    db: &DatabaseConnection,
    key: &SecretKey,
    code: &str,
) -> Result<Option<registration::Model>, AppError> {
    let Some(normalized) = super::personal_code::normalize(code) else {
        return Ok(None);
    };
    Ok(registration::Entity::find()
        .filter(
            registration::Column::PersonalCodeHash.eq(super::personal_code::hash(key, &normalized)),
        )
        .one(db)
        .await?)
}

pub async fn by_code(
    db: &DatabaseConnection,
    code: &str,
) -> Result<Option<registration::Model>, AppError> {
    let Some(code) = normalize_code(code) else {
        return Ok(None);
    };
    Ok(registration::Entity::find()
        .filter(registration::Column::BadgeCode.eq(code))
        .one(db)
        .await?)
}

/// Checks in the holder of `code`: once, and only with a confirmed place. `seen_at` is when
/// an offline desk saw the badge (it syncs later); the earliest check-in time is kept.
pub async fn check_in(
    db: &DatabaseConnection,
    staff: &CurrentUser,
    code: &str,
    seen_at: Option<&str>,
) -> Result<CheckedIn, AppError> {
    let now = Utc::now();
    let at = match seen_at.map(str::trim).filter(|s| !s.is_empty()) {
        None => now,
        Some(text) => {
            rules::seen_at(text, now).ok_or_else(|| AppError::BadRequest(BAD_SEEN_AT.to_owned()))?
        }
    };
    let found = by_code(db, code)
        .await?
        .ok_or_else(|| AppError::field("code", UNKNOWN_CODE))?;
    let e = edition::Entity::find_by_id(found.edition_id)
        .one(db)
        .await?
        .ok_or_else(no_edition)?;
    let zone = zone_of(&e)?;
    let who = format!("{} ({})", found.name, found.organization);
    let already = |at: DateTime<Utc>| {
        AppError::Conflict(format!(
            "Already checked in at {} ({}): {who}.",
            at.with_timezone(&zone).format("%H:%M"),
            zone.name()
        ))
    };
    let status = found.status;
    match check_in_rule(status, found.checked_in_at, at) {
        CheckIn::Already(at) => Err(already(at)),
        CheckIn::Earlier(recorded) => {
            // Conditional on the time read, so two late syncs cannot undo each other.
            registration::Entity::update_many()
                .col_expr(registration::Column::CheckedInAt, Expr::value(Some(at)))
                .filter(registration::Column::Id.eq(found.id))
                .filter(registration::Column::CheckedInAt.eq(recorded))
                .exec(db)
                .await?;
            Err(AppError::Conflict(format!(
                "Checked in twice: at {} and at {} ({}); the earlier time is kept: {who}.",
                at.with_timezone(&zone).format("%H:%M"),
                recorded.with_timezone(&zone).format("%H:%M"),
                zone.name()
            )))
        }
        CheckIn::NotAdmitted(s) => Err(AppError::Conflict(format!(
            "{who} cannot be checked in: {}.",
            s.label().to_lowercase()
        ))),
        CheckIn::Admit => {
            let now = at;
            // Conditional, so two desks scanning one badge at once record one check-in.
            let done = registration::Entity::update_many()
                .col_expr(registration::Column::CheckedInAt, Expr::value(Some(now)))
                .col_expr(
                    registration::Column::CheckedInBy,
                    Expr::value(Some(staff.id)),
                )
                .filter(registration::Column::Id.eq(found.id))
                .filter(registration::Column::CheckedInAt.is_null())
                .filter(registration::Column::Status.eq(Status::Registered))
                .exec(db)
                .await?;
            if done.rows_affected == 1 {
                Ok(CheckedIn {
                    name: found.name,
                    organization: found.organization,
                })
            } else {
                let again = registration::Entity::find_by_id(found.id).one(db).await?;
                match again.and_then(|r| r.checked_in_at) {
                    Some(at) => Err(already(at)),
                    None => Err(AppError::Conflict(format!(
                        "{who} cannot be checked in now: the registration changed."
                    ))),
                }
            }
        }
    }
}

pub async fn check_in_count(db: &DatabaseConnection) -> Result<CheckInCount, AppError> {
    let e = current(db).await?;
    // People whose place was cancelled after they checked in are no longer counted.
    let checked_in = registration::Entity::find()
        .filter(registration::Column::EditionId.eq(e.id))
        .filter(registration::Column::Status.eq(Status::Registered))
        .filter(registration::Column::CheckedInAt.is_not_null())
        .count(db)
        .await? as i64;
    Ok(CheckInCount {
        checked_in,
        registered: count_status(db, e.id, Status::Registered).await?,
    })
}

/// What the cancel link's page shows before the button is pressed: whose registration the
/// personal code opens. Unknown codes are 404, registrations already ended 410.
pub async fn cancellation(
    db: &DatabaseConnection,
    key: &SecretKey,
    code: &str,
) -> Result<Cancellation, AppError> {
    let r = by_personal_code(db, key, code)
        .await?
        .ok_or_else(|| AppError::NotFound(UNKNOWN_PERSONAL_CODE.to_owned()))?;
    if matches!(r.status, Status::Cancelled | Status::Rejected) {
        return Err(AppError::Gone(
            "This registration is already cancelled or was declined.".to_owned(),
        ));
    }
    let e = edition::Entity::find_by_id(r.edition_id)
        .one(db)
        .await?
        .ok_or_else(no_edition)?;
    Ok(Cancellation {
        name: r.name,
        edition: e.title,
    })
}

pub async fn badge(db: &DatabaseConnection, code: &str) -> Result<Option<BadgeView>, AppError> {
    let Some(r) = by_code(db, code).await? else {
        return Ok(None);
    };
    // An unconfirmed email has no badge yet: the code is only shown after confirming.
    let status = r.status;
    match status {
        Status::Unconfirmed => return Ok(None),
        // A badge that was valid is gone (410), so a scanner tells it from a forged code.
        Status::Cancelled => {
            return Err(AppError::Gone(
                "This registration was cancelled, so its badge is no longer valid. Register \
                 again on the Forum page if you can come after all."
                    .to_owned(),
            ))
        }
        Status::Rejected => {
            return Err(AppError::Gone(
                "This registration was declined, so there is no badge. Please contact the \
                 secretariat."
                    .to_owned(),
            ))
        }
        _ => {}
    }
    let Some(e) = edition::Entity::find_by_id(r.edition_id).one(db).await? else {
        return Ok(None);
    };
    Ok(Some(BadgeView {
        qr_svg: super::qr::svg(&r.badge_code),
        code: r.badge_code,
        name: r.name,
        organization: r.organization,
        attendee_type: r.attendee_type.label().to_owned(),
        edition: e.title,
        dates: dates_of(e.starts_on, e.ends_on),
        venue: e.venue,
        status: status.as_code().to_owned(),
        status_label: status.label().to_owned(),
    }))
}

/// The current edition's registrants, oldest first, optionally of one status and one type.
pub async fn registrants(
    db: &DatabaseConnection,
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
                attendee_type: r.attendee_type.label().to_owned(),
                status: status.as_code().to_owned(),
                status_label: status.label().to_owned(),
                checked_in: r
                    .checked_in_at
                    .map(|at| at.with_timezone(&zone).format("%-d %b %H:%M").to_string()),
                registered_on: r
                    .created_at
                    .with_timezone(&zone)
                    .format("%Y-%m-%d")
                    .to_string(),
                answers: answers
                    .into_iter()
                    .map(|(id, a)| {
                        format!(
                            "{}: {a}",
                            prompts
                                .get(&id)
                                .map(String::as_str)
                                .unwrap_or("(removed question)")
                        )
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

/// Stars or unstars a session of the agenda for a signed-in person.
pub async fn set_star(
    db: &DatabaseConnection,
    user: &CurrentUser,
    session_id: i32,
    starred: bool,
) -> Result<(), AppError> {
    if session::Entity::find_by_id(session_id)
        .one(db)
        .await?
        .is_none()
    {
        return Err(AppError::NotFound("There is no such session.".to_owned()));
    }
    let existing = star::Entity::find_by_id((session_id, user.id))
        .one(db)
        .await?;
    match (starred, existing) {
        (true, None) => {
            star::Entity::insert(star::ActiveModel {
                session_id: Set(session_id),
                account_id: Set(user.id),
            })
            .on_conflict_do_nothing()
            .exec(db)
            .await?;
        }
        (false, Some(_)) => {
            star::Entity::delete_by_id((session_id, user.id))
                .exec(db)
                .await?;
        }
        _ => {}
    }
    Ok(())
}

/// Adds a question to the current edition's form (secretariat admins).
pub async fn add_question(
    db: &DatabaseConnection,
    prompt: &str,
    kind: &str,
    choices: &str,
    required: bool,
    shown_if_question: Option<i32>,
    shown_if_answer: &str,
) -> Result<i32, AppError> {
    let e = current(db).await?;
    let mut errors = crate::error::FieldErrors::default();
    let prompt = prompt.trim();
    if prompt.is_empty() || prompt.chars().count() > 300 {
        errors.add(
            "prompt",
            "Please write the question (at most 300 characters).",
        );
    }
    let kind = QuestionKind::from_code(kind.trim());
    if kind.is_none() {
        errors.add("kind", "Please choose text, single choice or yes/no.");
    }
    let options: Vec<&str> = choices
        .lines()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    if kind == Some(QuestionKind::Choice) && options.len() < 2 {
        errors.add(
            "choices",
            "A single-choice question needs at least two options, one a line.",
        );
    }
    let existing = questions(db, e.id).await?;
    if let Some(parent) = shown_if_question {
        match existing.iter().find(|q| q.id == parent) {
            None => errors.add("shown_if_question", "Choose a question of this form."),
            Some(p)
                if p.kind != QuestionKind::Text
                    && !p
                        .options()
                        .iter()
                        .any(|o| o.eq_ignore_ascii_case(shown_if_answer.trim())) =>
            {
                errors.add(
                    "shown_if_answer",
                    format!(
                        "Choose one of that question's answers: {}.",
                        p.options().join(", ")
                    ),
                )
            }
            Some(_) if shown_if_answer.trim().is_empty() => {
                errors.add("shown_if_answer", "Which answer shows this question?")
            }
            _ => {}
        }
    }
    errors.into_result()?;
    let saved = question::ActiveModel {
        edition_id: Set(e.id),
        position: Set(existing.len() as i32 + 1),
        prompt: Set(prompt.to_owned()),
        kind: Set(kind.unwrap_or(QuestionKind::Text)),
        choices: Set(options.join("\n")),
        required: Set(required),
        shown_if_question: Set(shown_if_question),
        shown_if_answer: Set(shown_if_answer.trim().to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(saved.id)
}
