//! Password reset by an emailed link: a single-use random token, valid for one hour, stored
//! only as its SHA-256 hash. Only the newest link of an account works, and none survives a
//! password change.

use super::entity::{account, password_reset};
use super::session::{new_token, token_hash};
use super::{normalize_email, validate_new_password};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::mail::Letter;
use crate::t;
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

pub const LINK_LIFETIME_MINUTES: i64 = 60;

pub use super::password::invalidate_reset_links as invalidate_all;

/// Writes one letter to `email`: a reset link when the address has an account, otherwise a
/// note that no account uses it. The work and the answer are the same either way (one lookup,
/// one message in the outbox), and the server function answers before doing it, so the form
/// does not reveal who has an account.
pub async fn request(
    db: &DatabaseConnection,
    base_url: &str,
    email: &str,
    lang: Lang,
) -> Result<(), AppError> {
    let email = normalize_email(email, lang).map_err(|m| AppError::field("email", m))?;
    let now = Utc::now();
    let txn = crate::db::begin_write(db).await?;
    let found = account::Entity::find()
        .filter(account::Column::Email.eq(email.as_str()))
        .one(&txn)
        .await?;
    let letter = match found {
        Some(found) => {
            // Only the newest link works: an older one left in a mailbox cannot be used.
            invalidate_all(&txn, found.id).await?;
            let token = new_token();
            password_reset::ActiveModel {
                token_hash: Set(token_hash(&token)),
                account_id: Set(found.id),
                created_at: Set(now),
                expires_at: Set(now + Duration::minutes(LINK_LIFETIME_MINUTES)),
                used_at: Set(None),
            }
            .insert(&txn)
            .await?;
            // Written after the answer: in the owner's saved language, else the request's.
            let theirs = super::language::ssr::saved(&txn, found.id)
                .await?
                .unwrap_or(lang);
            reset_letter(&found.name, &found.email, base_url, &token, theirs)
        }
        None => unknown_letter(&email, base_url, lang),
    };
    crate::mail::enqueue(&txn, &letter).await?;
    txn.commit().await?;
    Ok(())
}

fn reset_letter(name: &str, email: &str, base_url: &str, token: &str, lang: Lang) -> Letter {
    Letter::new(email, t!(lang, "accounts-mail-reset-subject"))
        .lang(lang)
        .greeting(name)
        .paragraph(t!(lang, "accounts-mail-reset-text"))
        .action(
            t!(
                lang,
                "accounts-mail-reset-button",
                minutes = LINK_LIFETIME_MINUTES
            ),
            format!("{base_url}/reset-password?token={token}"),
        )
        .paragraph(t!(lang, "accounts-mail-reset-ignore"))
        .sensitive()
}

fn unknown_letter(email: &str, base_url: &str, lang: Lang) -> Letter {
    Letter::new(email, t!(lang, "accounts-mail-reset-subject"))
        .lang(lang)
        .paragraph(t!(lang, "accounts-mail-unknown-text"))
        .action(
            t!(lang, "accounts-sign-up-title"),
            format!("{base_url}/sign-up"),
        )
        .paragraph(t!(lang, "accounts-mail-unknown-other"))
}

/// Sets a new password with a reset token: the token is used up, the account's other links
/// stop working, and every session of the account ends (whoever knew the old password is
/// signed out). Answers the account's email.
pub async fn complete(
    db: &DatabaseConnection,
    token: &str,
    new_password: &str,
    lang: Lang,
) -> Result<String, AppError> {
    validate_new_password(new_password, lang).map_err(|m| AppError::field("password", m))?;
    let invalid = || AppError::BadRequest(t!(lang, "accounts-reset-link-invalid"));
    let now = Utc::now();
    let found = password_reset::Entity::find_by_id(token_hash(token.trim()))
        .one(db)
        .await?
        .filter(|r| r.used_at.is_none() && r.expires_at > now)
        .ok_or_else(invalid)?;
    let account_id = found.account_id;
    let hash = super::password::hash_off_thread(new_password.to_owned()).await?;

    let txn = crate::db::begin_write(db).await?;
    // Marking the token used inside the transaction, conditionally, makes a second use of the
    // same link (even at the same moment) fail.
    let used = password_reset::Entity::update_many()
        .col_expr(
            password_reset::Column::UsedAt,
            sea_orm::sea_query::Expr::value(Some(now)),
        )
        .filter(password_reset::Column::TokenHash.eq(found.token_hash.clone()))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(invalid());
    }
    let account = account::Entity::find_by_id(account_id)
        .one(&txn)
        .await?
        .ok_or_else(invalid)?;
    let email = account.email.clone();
    let mut active: account::ActiveModel = account.into();
    active.password_hash = Set(hash.as_stored().to_owned());
    active.password_changed_at = Set(now);
    if active.email_verified_at.as_ref().is_none() {
        // Opening the link proves the mailbox is theirs, as a confirmation link would.
        active.email_verified_at = Set(Some(now));
    }
    active.update(&txn).await?;
    invalidate_all(&txn, account_id).await?;
    super::session::end_all(&txn, account_id, None).await?;
    txn.commit().await?;
    Ok(email)
}
