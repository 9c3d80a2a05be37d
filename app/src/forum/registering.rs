//! Registering, confirming an email and resending links. Every change to places runs in one
//! transaction that first touches the edition's row, so two people taking the last place at once
//! queue up instead of both getting it.

use super::entity::{edition, registration};
use super::notify::tell;
pub use super::notify::Change;
use super::rules;
use super::rules::{place, validate_answers, window, Registrant, Status};
use super::service::{count_status, current, link_invalid, no_edition, questions, zone_of};
use crate::accounts::session::{new_token, token_hash};
use crate::accounts::CurrentUser;
use crate::error::AppError;
use crate::i18n::{format, Lang};
use crate::secret::SecretKey;
use crate::t;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;

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

/// A fresh personal code and the hash the database keeps of it.
fn issue_personal_code(key: &SecretKey) -> (String, String) {
    let code = super::personal_code::new_code();
    let normalized = super::personal_code::normalize(&code).unwrap_or_default();
    let hash = super::personal_code::hash(key, &normalized);
    (code, hash)
}

fn duplicate(lang: Lang, e: &edition::Model) -> AppError {
    AppError::Conflict(t!(lang, "forum-duplicate", edition = e.title.as_str()))
}

/// Registers someone for the current edition. A signed-in member registering with their own
/// email is confirmed at once; anyone else gets a confirmation link by email (written to the
/// outbox with the registration; links point at `base_url`). `lang` is the registrant's
/// language: the refusals are said in it, and the registration keeps it for every later email
/// and the badge.
#[allow(clippy::too_many_arguments)]
pub async fn register(
    db: &DatabaseConnection,
    lang: Lang,
    key: &SecretKey,
    base_url: &str,
    viewer: Option<&CurrentUser>,
    who: Registrant,
    raw_answers: &HashMap<String, String>,
    now: DateTime<Utc>,
) -> Result<Change, AppError> {
    let e = current(db).await?;
    match window(e.opens_at, e.closes_at, now) {
        rules::Window::Open => {}
        rules::Window::NotYetOpen => {
            return Err(AppError::Conflict(t!(
                lang,
                "forum-register-not-open",
                edition = e.title.as_str(),
                date =
                    format::date_long(lang, e.opens_at.with_timezone(&zone_of(&e)?).date_naive())
            )))
        }
        rules::Window::Closed => {
            return Err(AppError::Conflict(t!(
                lang,
                "forum-register-closed",
                edition = e.title.as_str(),
                date =
                    format::date_long(lang, e.closes_at.with_timezone(&zone_of(&e)?).date_naive())
            )))
        }
    }
    let qs = questions(db, e.id).await?;
    let answers: HashMap<i32, String> = raw_answers
        .iter()
        .filter_map(|(k, v)| Some((k.strip_prefix('q')?.parse().ok()?, v.clone())))
        .collect();
    let kept = validate_answers(&qs, &answers, lang).map_err(AppError::Invalid)?;
    let answers_json = serde_json::to_string(&kept).map_err(|err| {
        tracing::error!(error = %err, "answers not encodable");
        AppError::Internal
    })?;
    // An unconfirmed account proves nothing about its address: it confirms by email like a guest.
    let member = viewer.filter(|u| u.email_verified && u.email.eq_ignore_ascii_case(&who.email));

    let txn = crate::db::begin_write(db).await?;
    let e = lock_edition(&txn, e.id).await?;
    let existing = registration::Entity::find()
        .filter(registration::Column::EditionId.eq(e.id))
        .filter(registration::Column::Email.eq(who.email.clone()))
        .one(&txn)
        .await?;
    match existing.as_ref().map(|r| r.status) {
        Some(Status::Rejected) => {
            return Err(AppError::Conflict(t!(
                lang,
                "forum-declined-before",
                edition = e.title.as_str()
            )))
        }
        Some(s) if s.is_active() => return Err(duplicate(lang, &e)),
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
        language: Set(Some(lang)),
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
    let change = Change {
        registration: saved,
        edition: e,
        token,
        personal_code: personal.map(|(code, _)| code),
    };
    tell(&txn, base_url, &change).await?;
    txn.commit().await?;
    tracing::info!(
        registration = change.registration.id,
        status = status.as_code(),
        "forum registration"
    );
    Ok(change)
}

/// Confirms a guest's email with the token from their link (once).
pub async fn confirm(
    db: &DatabaseConnection,
    key: &SecretKey,
    base_url: &str,
    token: &str,
) -> Result<Change, AppError> {
    let hash = token_hash(token.trim());
    let now = Utc::now();
    let found = registration::Entity::find()
        .filter(registration::Column::ConfirmTokenHash.eq(hash.clone()))
        .one(db)
        .await?
        .filter(|r| r.status == Status::Unconfirmed)
        .ok_or_else(|| AppError::BadRequest(link_invalid(crate::i18n::current())))?;
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
        return Err(AppError::BadRequest(link_invalid(crate::i18n::current())));
    }
    let saved = registration::Entity::find_by_id(found.id)
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::BadRequest(link_invalid(crate::i18n::current())))?;
    let change = Change {
        registration: saved,
        edition: e,
        token: None,
        personal_code: Some(personal_code),
    };
    tell(&txn, base_url, &change).await?;
    txn.commit().await?;
    Ok(change)
}

/// For the "resend" offer: a fresh confirmation link to an unconfirmed registration, or the
/// badge link and a fresh personal code to a confirmed one (the old link or code stops
/// working). `None` when no active registration has this email; the caller answers the same
/// either way.
pub async fn resend(
    db: &DatabaseConnection,
    key: &SecretKey,
    base_url: &str,
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
    let txn = crate::db::begin_write(db).await?;
    let change = Change {
        registration: row.update(&txn).await?,
        edition: e,
        token,
        personal_code,
    };
    tell(&txn, base_url, &change).await?;
    txn.commit().await?;
    Ok(Some(change))
}

/// Gives every free place to the people waiting, first come first served, and writes each
/// their message in `txn`.
pub(super) async fn fill_free_places<C: ConnectionTrait>(
    txn: &C,
    base_url: &str,
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
        let change = Change {
            registration: row.update(txn).await?,
            edition: e.clone(),
            token: None,
            personal_code: None,
        };
        tell(txn, base_url, &change).await?;
        promoted.push(change);
    }
    Ok(promoted)
}
