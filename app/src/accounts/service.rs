//! Account operations used by the server functions and the command line.

use super::current_user::current_user_for;
use super::entity::{account, account_role};
use super::password::{hash_off_thread, hash_password, verify_password, PasswordHashString};
use super::{normalize_email, validate_display_name, validate_new_password, CurrentUser, Role};
use crate::error::{AppError, FieldErrors};
use crate::t;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

/// What `create_admin` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminOutcome {
    Created,
    /// The account existed: it now has the secretariat admin role and the given password.
    Promoted,
}

/// Bootstraps a secretariat admin (the `create-admin` command). Idempotent for one email.
pub async fn create_admin(
    db: &DatabaseConnection,
    name: &str,
    email: &str,
    password: &str,
) -> Result<AdminOutcome, AppError> {
    let (name, email) = validate_new_account(name, email, password, crate::i18n::Lang::En)?;
    let hash = hash_off_thread(password.to_owned()).await?;
    let now = chrono::Utc::now();

    let txn = crate::db::begin_write(db).await?;
    let existing = account::Entity::find()
        .filter(account::Column::Email.eq(email.as_str()))
        .one(&txn)
        .await?;
    let (account_id, outcome) = match existing {
        Some(found) => {
            let id = found.id;
            let mut active: account::ActiveModel = found.into();
            active.password_hash = Set(hash.as_stored().to_owned());
            active.password_changed_at = Set(now);
            // The operator vouches for the address; an admin account is usable at once.
            active.email_verified_at = Set(Some(now));
            active.deactivated_at = Set(None);
            active.update(&txn).await?;
            (id, AdminOutcome::Promoted)
        }
        None => {
            let created = account::ActiveModel {
                email: Set(email),
                name: Set(name),
                password_hash: Set(hash.as_stored().to_owned()),
                created_at: Set(now),
                password_changed_at: Set(now),
                email_verified_at: Set(Some(now)),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            (created.id, AdminOutcome::Created)
        }
    };
    for role in [Role::SecretariatAdmin, Role::Member] {
        grant_role(&txn, account_id, role).await?;
    }
    txn.commit().await?;
    Ok(outcome)
}

/// Checks a new account's fields and reports every problem at once; returns the cleaned
/// name and email.
pub fn validate_new_account(
    name: &str,
    email: &str,
    password: &str,
    lang: crate::i18n::Lang,
) -> Result<(String, String), AppError> {
    let mut errors = FieldErrors::default();
    let name = validate_display_name(name, lang)
        .map_err(|m| errors.add("name", m))
        .ok();
    let email = normalize_email(email, lang)
        .map_err(|m| errors.add("email", m))
        .ok();
    if let Err(m) = validate_new_password(password, lang) {
        errors.add("password", m);
    }
    errors.into_result()?;
    name.zip(email).ok_or(AppError::Internal)
}

/// Adds `role` unless the account already has it.
pub async fn grant_role<C: sea_orm::ConnectionTrait>(
    db: &C,
    account_id: i32,
    role: Role,
) -> Result<(), AppError> {
    let exists = account_role::Entity::find_by_id((account_id, role))
        .one(db)
        .await?
        .is_some();
    if !exists {
        account_role::ActiveModel {
            account_id: Set(account_id),
            role: Set(role),
            granted_at: Set(chrono::Utc::now()),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Checks an email and password. Every failure gets the same message, and an unknown email
/// costs as much time as a wrong password, so neither reveals who has an account.
pub async fn authenticate(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
) -> Result<CurrentUser, AppError> {
    let email = email.trim().to_lowercase();
    let found = account::Entity::find()
        .filter(account::Column::Email.eq(email.as_str()))
        .one(db)
        .await?;
    let stored = found
        .as_ref()
        .map(|a| PasswordHashString::from_stored(a.password_hash.clone()));
    let matches = verify_off_thread(password, stored).await?;
    match found {
        // Only after the right password: the words must not tell others who has an account.
        Some(account) if matches && account.deactivated_at.is_some() => Err(AppError::field(
            "password",
            t!(crate::i18n::current(), "accounts-deactivated"),
        )),
        Some(account) if matches => current_user_for(db, account).await,
        _ => Err(AppError::field(
            "password",
            t!(crate::i18n::current(), "accounts-sign-in-failed"),
        )),
    }
}

/// Checks `password` against `stored` on a blocking thread. With no stored hash (unknown
/// email) it checks against a dummy hash and answers `false`, so that both cost the same.
pub(super) async fn verify_off_thread(
    password: &str,
    stored: Option<PasswordHashString>,
) -> Result<bool, AppError> {
    static DUMMY: std::sync::OnceLock<PasswordHashString> = std::sync::OnceLock::new();
    let candidate = password.to_owned();
    tokio::task::spawn_blocking(move || match stored {
        Some(stored) => verify_password(&candidate, &stored),
        None => {
            let dummy = DUMMY.get_or_init(|| {
                hash_password(&super::session::new_token())
                    .unwrap_or_else(|_| PasswordHashString::from_stored(String::new()))
            });
            verify_password(&candidate, dummy);
            false
        }
    })
    .await
    .map_err(|e| {
        tracing::error!(error = %e, "password check task failed");
        AppError::Internal
    })
}

/// Changes the password after checking the current one; every other session ends.
pub async fn change_password(
    db: &DatabaseConnection,
    user: &CurrentUser,
    current_password: &str,
    new_password: &str,
    keep_session: Option<&str>,
) -> Result<(), AppError> {
    let lang = crate::i18n::current();
    if let Err(m) = validate_new_password(new_password, lang) {
        return Err(AppError::field("new_password", m));
    }
    let account = account::Entity::find_by_id(user.id)
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let stored = PasswordHashString::from_stored(account.password_hash.clone());
    if !verify_off_thread(current_password, Some(stored)).await? {
        return Err(AppError::field(
            "current_password",
            t!(lang, "accounts-not-current-password"),
        ));
    }
    let hash = hash_off_thread(new_password.to_owned()).await?;
    let txn = crate::db::begin_write(db).await?;
    let mut active: account::ActiveModel = account.into();
    active.password_hash = Set(hash.as_stored().to_owned());
    active.password_changed_at = Set(chrono::Utc::now());
    active.update(&txn).await?;
    super::password::invalidate_reset_links(&txn, user.id).await?;
    super::session::end_all(&txn, user.id, keep_session).await?;
    txn.commit().await?;
    Ok(())
}
