//! Confirming an email address by an emailed link: on sign-up (the account counts for nothing
//! until then) and when a person changes their address (the new one takes effect only once
//! confirmed). Single-use random tokens, valid 48 hours, stored only as their SHA-256 hash; a
//! new link makes the account's older ones stop working.

use super::entity::{account, email_confirmation};
use super::session::{new_token, token_hash};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::mail::Letter;
use crate::t;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, Set,
};

pub const LINK_LIFETIME_HOURS: i64 = 48;

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
pub fn welcome_letter(name: &str, email: &str, base_url: &str, token: &str, lang: Lang) -> Letter {
    Letter::new(email, t!(lang, "accounts-mail-welcome-subject"))
        .lang(lang)
        .greeting(name)
        .paragraph(t!(lang, "accounts-mail-welcome-text"))
        .action(t!(lang, "accounts-confirm-button"), link(base_url, token))
        .paragraph(t!(
            lang,
            "accounts-mail-welcome-lifetime",
            hours = LINK_LIFETIME_HOURS
        ))
        .sensitive()
}

/// The letter that asks someone to confirm the address they are changing to.
pub fn change_letter(
    name: &str,
    new_email: &str,
    base_url: &str,
    token: &str,
    lang: Lang,
) -> Letter {
    Letter::new(new_email, t!(lang, "accounts-mail-change-subject"))
        .lang(lang)
        .greeting(name)
        .paragraph(t!(lang, "accounts-mail-change-text"))
        .action(
            t!(lang, "accounts-mail-change-button"),
            link(base_url, token),
        )
        .paragraph(t!(
            lang,
            "accounts-mail-change-lifetime",
            hours = LINK_LIFETIME_HOURS
        ))
        .sensitive()
}

/// The notice to the old address that a change was asked for (no link: nothing to do there).
pub fn change_notice(
    name: &str,
    old_email: &str,
    new_email: &str,
    base_url: &str,
    lang: Lang,
) -> Letter {
    Letter::new(old_email, t!(lang, "accounts-mail-notice-subject"))
        .lang(lang)
        .greeting(name)
        .paragraph(t!(lang, "accounts-mail-notice-text", email = new_email))
        .action(
            t!(lang, "accounts-mail-notice-button"),
            format!("{base_url}/account"),
        )
        .paragraph(t!(lang, "accounts-mail-notice-warning"))
}

/// Uses a confirmation token: the account's address is confirmed, or (for a change) replaced
/// by the confirmed one. Answers the confirmed address. A used, expired or unknown token is a
/// 400; a new address taken by another account meanwhile is a 409 and changes nothing.
pub async fn confirm(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    let lang = crate::i18n::current();
    let invalid = || AppError::BadRequest(t!(lang, "accounts-confirm-link-invalid"));
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
            return Err(AppError::Conflict(t!(lang, "accounts-address-taken")));
        }
    }
    let mut active: account::ActiveModel = account.into();
    active.email = Set(found.email.clone());
    active.email_verified_at = Set(Some(now));
    active.update(&txn).await.map_err(|e| match e.sql_err() {
        // Another account took the address at the same moment: the unique index decides.
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
            AppError::Conflict(t!(lang, "accounts-address-taken"))
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
    let lang = crate::i18n::current();
    if found.email_verified_at.is_some() {
        return Err(AppError::Conflict(t!(lang, "accounts-already-confirmed")));
    }
    let token = issue(&txn, found.id, &found.email, Utc::now()).await?;
    // The person asking reads it now: the language of their request.
    crate::mail::enqueue(
        &txn,
        &welcome_letter(&found.name, &found.email, base_url, &token, lang),
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
    let lang = crate::i18n::current();
    if found.email == new_email {
        return Err(AppError::field("email", t!(lang, "accounts-same-email")));
    }
    // Whether another account uses the address is not said here (that would tell who has an
    // account): the link is sent either way, and confirming refuses a taken address.
    let token = issue(&txn, found.id, new_email, Utc::now()).await?;
    crate::mail::enqueue(
        &txn,
        &change_letter(&found.name, new_email, base_url, &token, lang),
    )
    .await?;
    crate::mail::enqueue(
        &txn,
        &change_notice(&found.name, &found.email, new_email, base_url, lang),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
