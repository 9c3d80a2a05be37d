//! An account's life after sign-up: its owner renames it or deletes it; the secretariat
//! deactivates and reactivates it. Deleting keeps what the person wrote (it shows "Former
//! member") and removes who they were.

use super::audit::{record, Actor, AuditAction};
use super::entity::{
    account, account_role, email_confirmation, organization_member, password_reset,
};
use super::password::PasswordHashString;
use super::{validate_display_name, CurrentUser};
use crate::error::AppError;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

/// The name a deleted account's records show.
pub const FORMER_MEMBER: &str = "Former member";

/// What a deleted account's email becomes: unique, and no mail can reach it (`.invalid` is
/// reserved by RFC 2606), so nobody can sign in with it or reset it.
pub fn former_member_email(account_id: i32) -> String {
    format!("former-member-{account_id}@invalid")
}

/// Renames the account; answers the cleaned name.
pub async fn rename(
    db: &DatabaseConnection,
    account_id: i32,
    name: &str,
) -> Result<String, AppError> {
    let name = validate_display_name(name, crate::i18n::current())
        .map_err(|m| AppError::field("name", m))?;
    let txn = crate::db::begin_write(db).await?;
    let found = account::Entity::find_by_id(account_id)
        .one(&txn)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let mut active: account::ActiveModel = found.into();
    active.name = Set(name.clone());
    active.update(&txn).await?;
    txn.commit().await?;
    Ok(name)
}

/// Deletes the signed-in person's own account after checking their password. In one
/// transaction: sessions, roles, memberships and links end; the name, address and password are
/// replaced so nothing personal is left; the row stays, so what they wrote keeps its author
/// ("Former member"); the audit trail records it.
pub async fn delete_own(
    db: &DatabaseConnection,
    user: &CurrentUser,
    password: &str,
) -> Result<(), AppError> {
    let found = account::Entity::find_by_id(user.id)
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let stored = PasswordHashString::from_stored(found.password_hash.clone());
    if !super::service::verify_off_thread(password, Some(stored)).await? {
        return Err(AppError::field(
            "password",
            crate::t!(crate::i18n::current(), "accounts-not-your-password"),
        ));
    }
    let id = found.id;
    let now = Utc::now();
    let txn = crate::db::begin_write(db).await?;
    super::session::end_all(&txn, id, None).await?;
    account_role::Entity::delete_many()
        .filter(account_role::Column::AccountId.eq(id))
        .exec(&txn)
        .await?;
    organization_member::Entity::delete_many()
        .filter(organization_member::Column::AccountId.eq(id))
        .exec(&txn)
        .await?;
    password_reset::Entity::delete_many()
        .filter(password_reset::Column::AccountId.eq(id))
        .exec(&txn)
        .await?;
    email_confirmation::Entity::delete_many()
        .filter(email_confirmation::Column::AccountId.eq(id))
        .exec(&txn)
        .await?;
    let mut active: account::ActiveModel = found.into();
    active.name = Set(FORMER_MEMBER.to_owned());
    active.email = Set(former_member_email(id));
    // Not a PHC string: no password ever verifies against it.
    active.password_hash = Set("!deleted".to_owned());
    active.email_verified_at = Set(None);
    active.deactivated_at = Set(Some(now));
    active.update(&txn).await?;
    // Who deleted it is the account itself; its name is not kept, by its owner's wish.
    let actor = Actor {
        account_id: Some(id),
        name: format!("{FORMER_MEMBER} (account {id})"),
    };
    let subject = format!("Account {id}");
    record(
        &txn,
        &actor,
        AuditAction::AccountDeleted,
        &subject,
        "Deleted by its owner",
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Deactivates (`active == false`) or reactivates an account for the secretariat. A
/// deactivated account's sessions end at once and it cannot sign in. Both are audited.
pub async fn set_active(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    account_id: i32,
    active: bool,
) -> Result<(), AppError> {
    let lang = crate::i18n::current();
    if account_id == admin.id && !active {
        return Err(AppError::Conflict(crate::t!(
            lang,
            "accounts-cannot-deactivate-self"
        )));
    }
    let txn = crate::db::begin_write(db).await?;
    let found = account::Entity::find_by_id(account_id)
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::NotFound(crate::t!(lang, "accounts-no-such-account")))?;
    if found.name == FORMER_MEMBER && found.email == former_member_email(found.id) {
        return Err(AppError::Conflict(crate::t!(
            lang,
            "accounts-deleted-cannot-reactivate"
        )));
    }
    if found.deactivated_at.is_none() == active {
        // Already so: nothing changes and nothing is recorded.
        return Ok(());
    }
    let subject = format!("{} <{}>", found.name, found.email);
    let mut row: account::ActiveModel = found.into();
    row.deactivated_at = Set((!active).then(Utc::now));
    row.update(&txn).await?;
    let action = if active {
        AuditAction::AccountReactivated
    } else {
        super::session::end_all(&txn, account_id, None).await?;
        AuditAction::AccountDeactivated
    };
    record(&txn, &Actor::person(admin), action, &subject, "").await?;
    txn.commit().await?;
    Ok(())
}
