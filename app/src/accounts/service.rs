//! Account operations used by the server functions and the command line.

use super::entity::{account, account_role};
use super::password::{hash_password, PasswordHashString};
use super::{normalize_email, validate_display_name, validate_new_password, Role};
use crate::error::{AppError, FieldErrors};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};

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
    let mut errors = FieldErrors::default();
    let name = validate_display_name(name)
        .map_err(|m| errors.add("name", m))
        .ok();
    let email = normalize_email(email)
        .map_err(|m| errors.add("email", m))
        .ok();
    if let Err(m) = validate_new_password(password) {
        errors.add("password", m);
    }
    errors.into_result()?;
    let (Some(name), Some(email)) = (name, email) else {
        return Err(AppError::Internal);
    };
    let hash = hash_off_thread(password.to_owned()).await?;
    let now = chrono::Utc::now();

    let txn = db.begin().await?;
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

/// Adds `role` unless the account already has it.
pub async fn grant_role<C: sea_orm::ConnectionTrait>(
    db: &C,
    account_id: i32,
    role: Role,
) -> Result<(), AppError> {
    let exists = account_role::Entity::find_by_id((account_id, role.code().to_owned()))
        .one(db)
        .await?
        .is_some();
    if !exists {
        account_role::ActiveModel {
            account_id: Set(account_id),
            role: Set(role.code().to_owned()),
            granted_at: Set(chrono::Utc::now()),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// The roles of an account.
pub async fn roles_of(db: &DatabaseConnection, account_id: i32) -> Result<Vec<Role>, AppError> {
    let rows = account_role::Entity::find()
        .filter(account_role::Column::AccountId.eq(account_id))
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| r.role.parse().ok())
        .collect())
}

async fn hash_off_thread(password: String) -> Result<PasswordHashString, AppError> {
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "password hashing task failed");
            AppError::Internal
        })?
        .map_err(|e| {
            tracing::error!(error = %e, "password hashing failed");
            AppError::Internal
        })
}
