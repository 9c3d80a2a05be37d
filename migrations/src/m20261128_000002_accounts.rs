//! Accounts, their network-wide roles, their sessions, and their organization memberships.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Account::Table)
                    .if_not_exists()
                    .col(pk_auto(Account::Id))
                    .col(string_len_uniq(Account::Email, 320))
                    .col(string_len(Account::Name, 200))
                    .col(string_len(Account::PasswordHash, 200))
                    .col(timestamp_with_time_zone(Account::CreatedAt))
                    .col(timestamp_with_time_zone(Account::PasswordChangedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AccountRole::Table)
                    .if_not_exists()
                    .col(integer(AccountRole::AccountId))
                    .col(string_len(AccountRole::Role, 40))
                    .col(timestamp_with_time_zone(AccountRole::GrantedAt))
                    .primary_key(
                        Index::create()
                            .col(AccountRole::AccountId)
                            .col(AccountRole::Role),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AccountRole::Table, AccountRole::AccountId)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Session::Table)
                    .if_not_exists()
                    // SHA-256 of the cookie's token: a leaked table does not yield live cookies.
                    .col(string_len(Session::TokenHash, 64).primary_key())
                    .col(integer(Session::AccountId))
                    .col(timestamp_with_time_zone(Session::CreatedAt))
                    .col(timestamp_with_time_zone(Session::LastSeenAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Session::Table, Session::AccountId)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("session_account_idx")
                    .table(Session::Table)
                    .col(Session::AccountId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OrganizationMember::Table)
                    .if_not_exists()
                    .col(integer(OrganizationMember::AccountId))
                    .col(integer(OrganizationMember::OrganizationId))
                    .col(boolean(OrganizationMember::IsAdmin).default(false))
                    .col(timestamp_with_time_zone(OrganizationMember::JoinedAt))
                    .primary_key(
                        Index::create()
                            .col(OrganizationMember::AccountId)
                            .col(OrganizationMember::OrganizationId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrganizationMember::Table, OrganizationMember::AccountId)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                OrganizationMember::Table,
                                OrganizationMember::OrganizationId,
                            )
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            OrganizationMember::Table.into_iden(),
            Session::Table.into_iden(),
            AccountRole::Table.into_iden(),
            Account::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Account {
    Table,
    Id,
    Email,
    Name,
    PasswordHash,
    CreatedAt,
    PasswordChangedAt,
}

#[derive(DeriveIden)]
enum AccountRole {
    Table,
    AccountId,
    Role,
    GrantedAt,
}

#[derive(DeriveIden)]
enum Session {
    Table,
    TokenHash,
    AccountId,
    CreatedAt,
    LastSeenAt,
}

#[derive(DeriveIden)]
enum OrganizationMember {
    Table,
    AccountId,
    OrganizationId,
    IsAdmin,
    JoinedAt,
}

#[derive(DeriveIden)]
enum Organization {
    Table,
    Id,
}
