//! The `membership_request` table: who asked to join which organization, and its decision.

use super::RequestStatus;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "membership_request")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub account_id: i32,
    pub organization_id: i32,
    /// The asker's short note to the organization's admins (may be empty).
    pub message: String,
    pub status: RequestStatus,
    pub created_at: DateTimeUtc,
    pub decided_at: Option<DateTimeUtc>,
    /// Who approved or refused it (the asker, for a withdrawal); null once their account is gone.
    pub decided_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "crate::accounts::entity::account::Entity",
        from = "Column::AccountId",
        to = "crate::accounts::entity::account::Column::Id",
        on_delete = "Cascade"
    )]
    Account,
    #[sea_orm(
        belongs_to = "crate::partners::entity::organization::Entity",
        from = "Column::OrganizationId",
        to = "crate::partners::entity::organization::Column::Id",
        on_delete = "Cascade"
    )]
    Organization,
}

impl Related<crate::accounts::entity::account::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Account.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
