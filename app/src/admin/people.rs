//! Secretariat admins manage people: network roles and organization memberships.

use crate::accounts::Role;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Membership {
    pub organization_id: i32,
    pub organization_name: String,
    pub is_admin: bool,
}

/// A person as the admin page lists them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountSummary {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub roles: Vec<Role>,
    pub memberships: Vec<Membership>,
    /// Deactivated by the secretariat (or deleted by its owner): cannot sign in.
    #[serde(default)]
    pub deactivated: bool,
}

/// Most accounts one admin search returns.
pub const ACCOUNTS_PER_SEARCH: u64 = 50;

#[cfg(feature = "ssr")]
async fn require_admin() -> Result<crate::accounts::CurrentUser, AppError> {
    crate::accounts::auth::require_role(Role::SecretariatAdmin).await
}

#[server(prefix = "/api", endpoint = "admin/accounts")]
#[tracing::instrument]
pub async fn list_accounts(search: String) -> Result<Vec<AccountSummary>, AppError> {
    require_admin().await?;
    let db = crate::state::db()?;
    ssr::list(&db, search.trim()).await
}

#[server(prefix = "/api", endpoint = "admin/set_role")]
#[tracing::instrument]
pub async fn set_role(account_id: i32, role: String, granted: bool) -> Result<(), AppError> {
    let admin = require_admin().await?;
    let role = role.parse::<Role>().map_err(|_| {
        AppError::field(
            "role",
            crate::t!(crate::i18n::current(), "admin-choose-role"),
        )
    })?;
    // An admin cannot lock the network out by removing their own admin role.
    if account_id == admin.id && role == Role::SecretariatAdmin && !granted {
        return Err(AppError::Conflict(crate::t!(
            crate::i18n::current(),
            "admin-cannot-remove-own-admin"
        )));
    }
    let db = crate::state::db()?;
    ssr::set_role(&db, &admin, account_id, role, granted).await
}

#[server(prefix = "/api", endpoint = "admin/set_membership")]
#[tracing::instrument]
pub async fn set_membership(
    account_id: i32,
    organization_id: i32,
    is_admin: Option<String>,
) -> Result<(), AppError> {
    let admin = require_admin().await?;
    let db = crate::state::db()?;
    let is_admin = is_admin.is_some_and(|v| !v.is_empty() && v != "false");
    ssr::set_membership(&db, &admin, account_id, organization_id, is_admin).await
}

#[server(prefix = "/api", endpoint = "admin/remove_membership")]
#[tracing::instrument]
pub async fn remove_membership(account_id: i32, organization_id: i32) -> Result<(), AppError> {
    let admin = require_admin().await?;
    let db = crate::state::db()?;
    ssr::remove_membership(&db, &admin, account_id, organization_id).await
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use super::{AccountSummary, Membership, ACCOUNTS_PER_SEARCH};
    use crate::accounts::audit::{record, Actor, AuditAction};
    use crate::accounts::entity::{account, account_role, organization_member};
    use crate::accounts::{CurrentUser, Role};
    use crate::error::AppError;
    use crate::partners::entity::organization;
    use crate::search::contains_ignoring_case;
    use sea_orm::sea_query::ExprTrait;
    use sea_orm::{
        ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
        QueryFilter, QueryOrder, QuerySelect, Set,
    };
    use std::collections::HashMap;

    pub async fn list(
        db: &DatabaseConnection,
        search: &str,
    ) -> Result<Vec<AccountSummary>, AppError> {
        let mut select = account::Entity::find().order_by_asc(account::Column::Name);
        if !search.is_empty() {
            select = select.filter(
                contains_ignoring_case(account::Column::Name, search)
                    .or(contains_ignoring_case(account::Column::Email, search)),
            );
        }
        let accounts = select.limit(ACCOUNTS_PER_SEARCH).all(db).await?;
        let ids: Vec<i32> = accounts.iter().map(|a| a.id).collect();
        let mut roles: HashMap<i32, Vec<Role>> = HashMap::new();
        for r in account_role::Entity::find()
            .filter(account_role::Column::AccountId.is_in(ids.clone()))
            .all(db)
            .await?
        {
            roles.entry(r.account_id).or_default().push(r.role);
        }
        let members = organization_member::Entity::find()
            .filter(organization_member::Column::AccountId.is_in(ids))
            .all(db)
            .await?;
        let org_ids: Vec<i32> = members.iter().map(|m| m.organization_id).collect();
        let names: HashMap<i32, String> = organization::Entity::find()
            .filter(organization::Column::Id.is_in(org_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect();
        let mut memberships: HashMap<i32, Vec<Membership>> = HashMap::new();
        for m in members {
            memberships
                .entry(m.account_id)
                .or_default()
                .push(Membership {
                    organization_id: m.organization_id,
                    organization_name: names.get(&m.organization_id).cloned().unwrap_or_default(),
                    is_admin: m.is_admin,
                });
        }
        Ok(accounts
            .into_iter()
            .map(|a| {
                let mut account_roles = roles.remove(&a.id).unwrap_or_default();
                account_roles.sort();
                AccountSummary {
                    id: a.id,
                    roles: account_roles,
                    memberships: memberships.remove(&a.id).unwrap_or_default(),
                    deactivated: a.deactivated_at.is_some(),
                    name: a.name,
                    email: a.email,
                }
            })
            .collect())
    }

    /// The account, or 404; the audit trail names it as "Name <email>".
    async fn find_account<C: ConnectionTrait>(db: &C, id: i32) -> Result<account::Model, AppError> {
        account::Entity::find_by_id(id)
            .one(db)
            .await?
            .ok_or_else(|| {
                AppError::NotFound(crate::t!(crate::i18n::current(), "admin-no-such-account"))
            })
    }

    fn person_words(a: &account::Model) -> String {
        format!("{} <{}>", a.name, a.email)
    }

    /// Grants or revokes `role`; a change (not a repeat) is audited in the same transaction.
    pub async fn set_role(
        db: &DatabaseConnection,
        admin: &CurrentUser,
        account_id: i32,
        role: Role,
        granted: bool,
    ) -> Result<(), AppError> {
        let txn = crate::db::begin_write(db).await?;
        let person = find_account(&txn, account_id).await?;
        let had = account_role::Entity::find_by_id((account_id, role))
            .one(&txn)
            .await?
            .is_some();
        if had == granted {
            return Ok(());
        }
        let action = if granted {
            crate::accounts::service::grant_role(&txn, account_id, role).await?;
            AuditAction::RoleGranted
        } else {
            account_role::Entity::delete_by_id((account_id, role))
                .exec(&txn)
                .await?;
            AuditAction::RoleRevoked
        };
        record(
            &txn,
            &Actor::person(admin),
            action,
            &person_words(&person),
            // A code, named in each reader's language (`AuditEntry::told_in`).
            role.as_code(),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// Adds a member to an organization or changes whether they administer it (secretariat
    /// admins), audited.
    pub async fn set_membership(
        db: &DatabaseConnection,
        admin: &CurrentUser,
        account_id: i32,
        organization_id: i32,
        is_admin: bool,
    ) -> Result<(), AppError> {
        let txn = crate::db::begin_write(db).await?;
        let person = find_account(&txn, account_id).await?;
        let Some(org) = organization::Entity::find_by_id(organization_id)
            .one(&txn)
            .await?
        else {
            return Err(AppError::field(
                "organization_id",
                crate::t!(crate::i18n::current(), "admin-choose-organization"),
            ));
        };
        let as_what = if is_admin { "admin" } else { "member" };
        let details = match organization_member::Entity::find_by_id((account_id, organization_id))
            .one(&txn)
            .await?
        {
            Some(found) if found.is_admin == is_admin => return Ok(()),
            Some(found) => {
                let mut active: organization_member::ActiveModel = found.into();
                active.is_admin = Set(is_admin);
                active.update(&txn).await?;
                format!("Now {as_what} of {} (granted by the secretariat)", org.name)
            }
            None => {
                organization_member::ActiveModel {
                    account_id: Set(account_id),
                    organization_id: Set(organization_id),
                    is_admin: Set(is_admin),
                    joined_at: Set(chrono::Utc::now()),
                }
                .insert(&txn)
                .await?;
                format!("Added as {as_what} of {} by the secretariat", org.name)
            }
        };
        record(
            &txn,
            &Actor::person(admin),
            AuditAction::MembershipApproved,
            &format!("{}, {}", person_words(&person), org.name),
            &details,
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// Ends a membership (secretariat admins), audited; ending none changes nothing.
    pub async fn remove_membership(
        db: &DatabaseConnection,
        admin: &CurrentUser,
        account_id: i32,
        organization_id: i32,
    ) -> Result<(), AppError> {
        let txn = crate::db::begin_write(db).await?;
        let removed = organization_member::Entity::delete_many()
            .filter(organization_member::Column::AccountId.eq(account_id))
            .filter(organization_member::Column::OrganizationId.eq(organization_id))
            .exec(&txn)
            .await?;
        if removed.rows_affected > 0 {
            let person = find_account(&txn, account_id).await?;
            let org = organization::Entity::find_by_id(organization_id)
                .one(&txn)
                .await?
                .map(|o| o.name)
                .unwrap_or_default();
            record(
                &txn,
                &Actor::person(admin),
                AuditAction::MembershipEnded,
                &format!("{}, {org}", person_words(&person)),
                crate::accounts::audit::detail::REMOVED_BY_SECRETARIAT,
            )
            .await?;
        }
        txn.commit().await?;
        Ok(())
    }
}
