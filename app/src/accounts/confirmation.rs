//! Confirming an email address by an emailed link: on sign-up (the account counts for nothing
//! until then) and when a person changes their address (the new one takes effect only once
//! confirmed). Single-use random tokens, valid 48 hours, stored only as their SHA-256 hash; a
//! new link makes the account's older ones stop working.

use super::entity::{account, email_confirmation};
use super::session::{new_token, token_hash};
use crate::error::AppError;
use crate::mail::Letter;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, Set,
};

pub const LINK_LIFETIME_HOURS: i64 = 48;

pub const LINK_INVALID: &str = "This confirmation link has expired or was already used. Sign in \
     and ask for a new one on your account page.";

pub const ADDRESS_TAKEN: &str =
    "Another account uses this email address now, so yours stays as it was.";

/// A new link for `account_id` to confirm `email`: older unused links of the account stop
/// working. Returns the token for the letter.
pub async fn issue<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
    email: &str,
    now: DateTime<Utc>,
) -> Result<String, DbErr> {
    email_confirmation::Entity::delete_many()
        .filter(email_confirmation::Column::AccountId.eq(account_id))
        .filter(email_confirmation::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    let token = new_token();
    email_confirmation::ActiveModel {
        token_hash: Set(token_hash(&token)),
        account_id: Set(account_id),
        email: Set(email.to_owned()),
        created_at: Set(now),
        expires_at: Set(now + Duration::hours(LINK_LIFETIME_HOURS)),
        used_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(token)
}

fn link(base_url: &str, token: &str) -> String {
    format!("{base_url}/confirm-email?token={token}")
}

/// The letter that asks a new member to confirm their address.
pub fn welcome_letter(name: &str, email: &str, base_url: &str, token: &str) -> Letter {
    Letter::new(email, "Confirm your email address for WaterLinks Hub")
        .greeting(name)
        .paragraph(
            "Thank you for creating an account on WaterLinks Hub. Please confirm that this \
             address is yours: your account starts working once it is confirmed.",
        )
        .action("Confirm my email address", link(base_url, token))
        .paragraph(format!(
            "The link works for {LINK_LIFETIME_HOURS} hours, once. If you did not create an \
             account, ignore this message: nothing happens without the link."
        ))
        .sensitive()
}

/// The letter that asks someone to confirm the address they are changing to.
pub fn change_letter(name: &str, new_email: &str, base_url: &str, token: &str) -> Letter {
    Letter::new(
        new_email,
        "Confirm your new email address for WaterLinks Hub",
    )
    .greeting(name)
    .paragraph(
        "You asked to use this address for your WaterLinks Hub account. It takes the place \
             of the old one once you confirm it.",
    )
    .action("Confirm my new email address", link(base_url, token))
    .paragraph(format!(
        "The link works for {LINK_LIFETIME_HOURS} hours, once. If you did not ask for \
             this, ignore this message: the account keeps its address."
    ))
    .sensitive()
}

/// The notice to the old address that a change was asked for (no link: nothing to do there).
pub fn change_notice(name: &str, old_email: &str, new_email: &str, base_url: &str) -> Letter {
    Letter::new(old_email, "Your WaterLinks Hub email address is changing")
        .greeting(name)
        .paragraph(format!(
            "Someone signed in to your WaterLinks Hub account asked to use {new_email} instead \
             of this address. The change happens only when the link sent there is opened."
        ))
        .action("Review your account", format!("{base_url}/account"))
        .paragraph("If this was not you, change your password at once and contact the secretariat.")
}

/// Uses a confirmation token: the account's address is confirmed, or (for a change) replaced
/// by the confirmed one. Answers the confirmed address. A used, expired or unknown token is a
/// 400; a new address taken by another account meanwhile is a 409 and changes nothing.
pub async fn confirm(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    let invalid = || AppError::BadRequest(LINK_INVALID.to_owned());
    let hash = token_hash(token.trim());
    let txn = crate::db::begin_write(db).await?;
    // Marked used conditionally inside the transaction: a second use (even at the same
    // moment) finds nothing to mark.
    let used = email_confirmation::Entity::update_many()
        .col_expr(email_confirmation::Column::UsedAt, Expr::value(Some(now)))
        .filter(email_confirmation::Column::TokenHash.eq(hash.clone()))
        .filter(email_confirmation::Column::UsedAt.is_null())
        .filter(email_confirmation::Column::ExpiresAt.gt(now))
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(invalid());
    }
    let found = email_confirmation::Entity::find_by_id(hash)
        .one(&txn)
        .await?
        .ok_or_else(invalid)?;
    let account = account::Entity::find_by_id(found.account_id)
        .one(&txn)
        .await?
        .filter(|a| a.deactivated_at.is_none())
        .ok_or_else(invalid)?;
    let changes_address = account.email != found.email;
    if changes_address {
        let taken = account::Entity::find()
            .filter(account::Column::Email.eq(found.email.as_str()))
            .one(&txn)
            .await?
            .is_some();
        if taken {
            return Err(AppError::Conflict(ADDRESS_TAKEN.to_owned()));
        }
    }
    let mut active: account::ActiveModel = account.into();
    active.email = Set(found.email.clone());
    active.email_verified_at = Set(Some(now));
    active.update(&txn).await.map_err(|e| match e.sql_err() {
        // Another account took the address at the same moment: the unique index decides.
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
            AppError::Conflict(ADDRESS_TAKEN.to_owned())
        }
        _ => AppError::from(e),
    })?;
    if changes_address {
        // Reset links went to the old address: they no longer name the account's mailbox.
        super::password::invalidate_reset_links(&txn, found.account_id).await?;
    }
    txn.commit().await?;
    Ok(found.email)
}

/// Sends an unconfirmed account a fresh link to its own address (older links stop working).
pub async fn resend(
    db: &DatabaseConnection,
    account_id: i32,
    base_url: &str,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let found = account::Entity::find_by_id(account_id)
        .one(&txn)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if found.email_verified_at.is_some() {
        return Err(AppError::Conflict(
            "Your email address is already confirmed.".to_owned(),
        ));
    }
    let token = issue(&txn, found.id, &found.email, Utc::now()).await?;
    crate::mail::enqueue(
        &txn,
        &welcome_letter(&found.name, &found.email, base_url, &token),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Asks to move the account to `new_email`: a link goes to the new address and a notice to
/// the old one; the address changes only when the link is used.
pub async fn request_change(
    db: &DatabaseConnection,
    account_id: i32,
    new_email: &str,
    base_url: &str,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let found = account::Entity::find_by_id(account_id)
        .one(&txn)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if found.email == new_email {
        return Err(AppError::field(
            "email",
            "This is already your email address.",
        ));
    }
    // Whether another account uses the address is not said here (that would tell who has an
    // account): the link is sent either way, and confirming refuses a taken address.
    let token = issue(&txn, found.id, new_email, Utc::now()).await?;
    crate::mail::enqueue(
        &txn,
        &change_letter(&found.name, new_email, base_url, &token),
    )
    .await?;
    crate::mail::enqueue(
        &txn,
        &change_notice(&found.name, &found.email, new_email, base_url),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
