//! Signing up: the same answer and the same work whether or not the address has an account.

use super::entity::account;
use super::password::hash_off_thread;
use super::service::{grant_role, validate_new_account};
use super::Role;
use crate::error::AppError;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

/// Signs someone up. Every field is checked, and all problems are reported at once. Then the
/// answer is the same whether or not the address has an account, and so is the work (one
/// password hash, one lookup, one message; the server function does it after answering): a new address gets an unconfirmed account and a
/// confirmation link; a known one gets a note that someone tried to sign up with it. Answers
/// the address the message went to.
pub async fn sign_up(
    db: &DatabaseConnection,
    base_url: &str,
    name: &str,
    email: &str,
    password: &str,
) -> Result<String, AppError> {
    let (name, email) = validate_new_account(name, email, password)?;
    let hash = hash_off_thread(password.to_owned()).await?;
    let now = chrono::Utc::now();
    let txn = crate::db::begin_write(db).await?;
    let existing = account::Entity::find()
        .filter(account::Column::Email.eq(email.as_str()))
        .one(&txn)
        .await?;
    let letter = match existing {
        Some(found) => already_signed_up_letter(&found.name, &found.email, base_url),
        None => {
            let created = account::ActiveModel {
                email: Set(email.clone()),
                name: Set(name.clone()),
                password_hash: Set(hash.as_stored().to_owned()),
                created_at: Set(now),
                password_changed_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await;
            let created = match created {
                Ok(created) => created,
                // Two sign-ups with one email at the same moment: the unique index decides,
                // and the other one's letter is on its way; this one answers the same.
                Err(e)
                    if matches!(
                        e.sql_err(),
                        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
                    ) =>
                {
                    return Ok(email)
                }
                Err(e) => return Err(e.into()),
            };
            grant_role(&txn, created.id, Role::Member).await?;
            let token = super::confirmation::issue(&txn, created.id, &email, now).await?;
            super::confirmation::welcome_letter(&name, &email, base_url, &token)
        }
    };
    crate::mail::enqueue(&txn, &letter).await?;
    txn.commit().await?;
    Ok(email)
}

/// To the owner of an address someone tried to sign up with again.
fn already_signed_up_letter(name: &str, email: &str, base_url: &str) -> crate::mail::Letter {
    crate::mail::Letter::new(email, "You already have a WaterLinks Hub account")
        .greeting(name)
        .paragraph(
            "Someone (we hope you) tried to create a WaterLinks Hub account with this email \
             address, which already has one. No new account was made.",
        )
        .action("Sign in", format!("{base_url}/sign-in"))
        .paragraph(format!(
            "Forgot your password? Choose a new one here: {base_url}/forgot-password"
        ))
}
