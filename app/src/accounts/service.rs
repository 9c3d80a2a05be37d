//! Account operations used by the server functions and the command line.

use super::entity::{account, account_role, organization_member};
use super::password::{hash_off_thread, hash_password, verify_password, PasswordHashString};
use super::{
    normalize_email, validate_display_name, validate_new_password, CurrentUser, Role, DEACTIVATED,
    SIGN_IN_FAILED,
};
use crate::error::{AppError, FieldErrors};
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
    let (name, email) = validate_new_account(name, email, password)?;
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
) -> Result<(String, String), AppError> {
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

/// The roles of an account.
pub async fn roles_of(db: &DatabaseConnection, account_id: i32) -> Result<Vec<Role>, AppError> {
    let rows = account_role::Entity::find()
        .filter(account_role::Column::AccountId.eq(account_id))
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|r| r.role).collect())
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
        Some(account) if matches && account.deactivated_at.is_some() => {
            Err(AppError::field("password", DEACTIVATED))
        }
        Some(account) if matches => current_user_for(db, account).await,
        _ => Err(AppError::field("password", SIGN_IN_FAILED)),
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
    if let Err(m) = validate_new_password(new_password) {
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
            "This is not your current password.",
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

/// The names of these organizations. Read with SQL rather than through the partners' entity:
/// partners build on accounts, so accounts do not reach up into them.
async fn organization_names(
    db: &DatabaseConnection,
    ids: &[i32],
) -> Result<std::collections::HashMap<i32, String>, AppError> {
    use sea_orm::{ConnectionTrait, Statement};
    let list = ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
    let sql = format!("SELECT id, name FROM organization WHERE id IN ({list})");
    let rows = db
        .query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await?;
    Ok(rows
        .iter()
        .filter_map(|row| {
            Some((
                row.try_get::<i32>("", "id").ok()?,
                row.try_get::<String>("", "name").ok()?,
            ))
        })
        .collect())
}

/// The account as the pages see it: with its roles and the organizations it administers.
/// Until its address is confirmed, an account holds nothing: no roles, no organizations, so
/// every permission treats it as a visitor.
pub async fn current_user_for(
    db: &DatabaseConnection,
    account: account::Model,
) -> Result<CurrentUser, AppError> {
    if account.email_verified_at.is_none() {
        return Ok(CurrentUser {
            id: account.id,
            name: account.name,
            email: account.email,
            email_verified: false,
            roles: Vec::new(),
            admin_of: Vec::new(),
            admin_of_names: Vec::new(),
            member_of: Vec::new(),
            network_member_of: Vec::new(),
        });
    }
    let roles = roles_of(db, account.id).await?;
    let memberships = organization_member::Entity::find()
        .filter(organization_member::Column::AccountId.eq(account.id))
        .all(db)
        .await?;
    let member_of: Vec<i32> = memberships.iter().map(|m| m.organization_id).collect();
    let network_member_of = network_members_among(db, &member_of).await?;
    let admin_of: Vec<i32> = memberships
        .into_iter()
        .filter(|m| m.is_admin)
        .map(|m| m.organization_id)
        .collect();
    let names: std::collections::HashMap<i32, String> = if admin_of.is_empty() {
        Default::default()
    } else {
        organization_names(db, &admin_of).await?
    };
    let admin_of_names = admin_of
        .iter()
        .map(|id| names.get(id).cloned().unwrap_or_default())
        .collect();
    Ok(CurrentUser {
        id: account.id,
        name: account.name,
        email: account.email,
        email_verified: true,
        roles,
        admin_of,
        admin_of_names,
        member_of,
        network_member_of,
    })
}

/// Those of `ids` that are members of the network (`organization.network_member`), read with
/// a query rather than the partners' entity for the same reason as [`organization_names`].
async fn network_members_among(db: &DatabaseConnection, ids: &[i32]) -> Result<Vec<i32>, AppError> {
    use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
    use sea_orm::ConnectionTrait;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let query = Query::select()
        .column(Alias::new("id"))
        .from(Alias::new("organization"))
        .and_where(Expr::col(Alias::new("network_member")).eq(true))
        .and_where(Expr::col(Alias::new("id")).is_in(ids.iter().copied()))
        .to_owned();
    let rows = db.query_all(&query).await?;
    Ok(rows
        .iter()
        .filter_map(|row| row.try_get::<i32>("", "id").ok())
        .collect())
}
