//! Signing up: the same answer and the same work whether or not the address has an account.

use super::entity::account;
use super::password::hash_off_thread;
use super::service::{grant_role, validate_new_account};
use super::Role;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::t;
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
    lang: Lang,
) -> Result<String, AppError> {
    let (name, email) = validate_new_account(name, email, password, lang)?;
    let hash = hash_off_thread(password.to_owned()).await?;
    let now = chrono::Utc::now();
    let txn = crate::db::begin_write(db).await?;
    let existing = account::Entity::find()
        .filter(account::Column::Email.eq(email.as_str()))
        .one(&txn)
        .await?;
    let letter = match existing {
        Some(found) => {
            // The owner of the address reads it in their own language, if they chose one.
            let theirs = super::language::ssr::saved(&txn, found.id)
                .await?
                .unwrap_or(lang);
            already_signed_up_letter(&found.name, &found.email, base_url, theirs)
        }
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
            super::confirmation::welcome_letter(&name, &email, base_url, &token, lang)
        }
    };
    crate::mail::enqueue(&txn, &letter).await?;
    txn.commit().await?;
    Ok(email)
}

/// To the owner of an address someone tried to sign up with again.
fn already_signed_up_letter(
    name: &str,
    email: &str,
    base_url: &str,
    lang: Lang,
) -> crate::mail::Letter {
    crate::mail::Letter::new(email, t!(lang, "accounts-mail-already-subject"))
        .lang(lang)
        .greeting(name)
        .paragraph(t!(lang, "accounts-mail-already-text"))
        .action(t!(lang, "accounts-sign-in"), format!("{base_url}/sign-in"))
        .paragraph(t!(
            lang,
            "accounts-mail-already-forgot",
            link = format!("{base_url}/forgot-password")
        ))
}
