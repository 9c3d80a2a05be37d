//! Password reset by an emailed link: a single-use random token, valid for one hour, stored
//! only as its SHA-256 hash.

use super::entity::{account, password_reset};
use super::session::{new_token, token_hash};
use super::{normalize_email, validate_new_password};
use crate::error::AppError;
use crate::mail::Mailer;
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

pub const LINK_LIFETIME_MINUTES: i64 = 60;

pub const LINK_INVALID: &str =
    "This reset link has expired or was already used. Please ask for a new one.";

/// Sends a reset link when `email` belongs to an account. The answer is the same either way, so
/// the form does not reveal who has an account.
pub async fn request(
    db: &DatabaseConnection,
    mailer: &Mailer,
    base_url: &str,
    email: &str,
) -> Result<(), AppError> {
    let email = normalize_email(email).map_err(|m| AppError::field("email", m))?;
    let Some(found) = account::Entity::find()
        .filter(account::Column::Email.eq(email.as_str()))
        .one(db)
        .await?
    else {
        tracing::info!("password reset asked for an unknown email");
        return Ok(());
    };
    let token = new_token();
    let now = Utc::now();
    password_reset::ActiveModel {
        token_hash: Set(token_hash(&token)),
        account_id: Set(found.id),
        created_at: Set(now),
        expires_at: Set(now + Duration::minutes(LINK_LIFETIME_MINUTES)),
        used_at: Set(None),
    }
    .insert(db)
    .await?;
    let link = format!("{base_url}/reset-password?token={token}");
    let body = format!(
        "Hello {name},\n\n\
         Someone (we hope you) asked to reset the password of your WaterLinks Hub account.\n\
         To choose a new password, open this link within {LINK_LIFETIME_MINUTES} minutes:\n\n\
         {link}\n\n\
         If you did not ask for this, ignore this message: your password stays as it is.\n\n\
         WaterLinks Hub",
        name = found.name
    );
    mailer
        .send(
            db,
            &found.email,
            "Reset your WaterLinks Hub password",
            &body,
        )
        .await
}

/// Sets a new password with a reset token: the token is used up, and every session of the
/// account ends (whoever knew the old password is signed out). Answers the account's email.
pub async fn complete(
    db: &DatabaseConnection,
    token: &str,
    new_password: &str,
) -> Result<String, AppError> {
    validate_new_password(new_password).map_err(|m| AppError::field("password", m))?;
    let now = Utc::now();
    let found = password_reset::Entity::find_by_id(token_hash(token.trim()))
        .one(db)
        .await?
        .filter(|r| r.used_at.is_none() && r.expires_at > now)
        .ok_or_else(|| AppError::BadRequest(LINK_INVALID.to_owned()))?;
    let account_id = found.account_id;
    let hash = super::service::hash_off_thread(new_password.to_owned()).await?;

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
        return Err(AppError::BadRequest(LINK_INVALID.to_owned()));
    }
    let account = account::Entity::find_by_id(account_id)
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::BadRequest(LINK_INVALID.to_owned()))?;
    let email = account.email.clone();
    let mut active: account::ActiveModel = account.into();
    active.password_hash = Set(hash.as_stored().to_owned());
    active.password_changed_at = Set(now);
    active.update(&txn).await?;
    super::session::end_all(&txn, account_id, None).await?;
    txn.commit().await?;
    Ok(email)
}
