//! Who a signed-in account is to the pages: its roles and the organizations it belongs to.
//! Sessions and sign-in both build it; it needs neither of them.

use super::entity::{account, account_role, organization_member};
use super::{CurrentUser, Role};
use crate::error::AppError;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

/// The roles of an account.
pub async fn roles_of(db: &DatabaseConnection, account_id: i32) -> Result<Vec<Role>, AppError> {
    let rows = account_role::Entity::find()
        .filter(account_role::Column::AccountId.eq(account_id))
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|r| r.role).collect())
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
