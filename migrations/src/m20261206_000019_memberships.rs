//! Membership of organizations: people ask to join an organization and its admins (or the
//! secretariat) decide; and which organizations are members of the network (a flag the
//! secretariat sets). Members-only content is for approved members of member organizations
//! and the network's staff roles, not for any account.
//!
//! Existing organizations become network members: until now belonging to any organization of
//! the directory made a person a network member (memberships were granted by the secretariat
//! alone), so setting the flag keeps everyone's access as it was on the day of the upgrade. The
//! secretariat unsets it for organizations that are partners rather than members. New
//! organizations start without it.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_query::table::Check;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The codes of `membership_request.status` when this table was made (this migration's own
/// copy: it must not change when the app's enum does).
pub const STATUSES: &[&str] = &["pending", "approved", "refused", "withdrawn"];

const ONE_PENDING: &str = "membership_request_one_pending";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Organization::Table)
                    .add_column(boolean(Organization::NetworkMember).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::update()
                    .table(Organization::Table)
                    .value(Organization::NetworkMember, true)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(MembershipRequest::Table)
                    .if_not_exists()
                    .col(pk_auto(MembershipRequest::Id))
                    .col(integer(MembershipRequest::AccountId))
                    .col(integer(MembershipRequest::OrganizationId))
                    .col(string_len(MembershipRequest::Message, 1000).default(""))
                    .col(string_len(MembershipRequest::Status, 20))
                    .col(timestamp_with_time_zone(MembershipRequest::CreatedAt))
                    .col(timestamp_with_time_zone_null(MembershipRequest::DecidedAt))
                    .col(integer_null(MembershipRequest::DecidedBy))
                    // A new table can carry its CHECK on both databases (see typed_state).
                    .check(Check::named(
                        "membership_request_status_check",
                        Expr::col(MembershipRequest::Status).is_in(STATUSES.iter().copied()),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("membership_request_account")
                            .from(MembershipRequest::Table, MembershipRequest::AccountId)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("membership_request_organization")
                            .from(MembershipRequest::Table, MembershipRequest::OrganizationId)
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("membership_request_decided_by")
                            .from(MembershipRequest::Table, MembershipRequest::DecidedBy)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("membership_request_organization_status")
                    .table(MembershipRequest::Table)
                    .col(MembershipRequest::OrganizationId)
                    .col(MembershipRequest::Status)
                    .to_owned(),
            )
            .await?;
        // At most one request waits per person and organization; decided ones are history.
        // Both databases know partial indexes with this syntax.
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "CREATE UNIQUE INDEX {ONE_PENDING} ON membership_request \
                 (account_id, organization_id) WHERE status = 'pending'"
            ))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MembershipRequest::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Organization::Table)
                    .drop_column(Organization::NetworkMember)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum MembershipRequest {
    Table,
    Id,
    AccountId,
    OrganizationId,
    Message,
    Status,
    CreatedAt,
    DecidedAt,
    DecidedBy,
}

#[derive(DeriveIden)]
enum Organization {
    Table,
    Id,
    NetworkMember,
}

#[derive(DeriveIden)]
enum Account {
    Table,
    Id,
}
