//! Account life: an account's email is confirmed before it counts for anything, an account can
//! be deactivated by the secretariat, and confirmation links are single-use tokens.
//! Accounts that exist already are taken as confirmed: nobody using the platform is locked out.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        for column in [Account::EmailVerifiedAt, Account::DeactivatedAt] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Account::Table)
                        .add_column(timestamp_with_time_zone_null(column))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .exec_stmt(
                Query::update()
                    .table(Account::Table)
                    .value(Account::EmailVerifiedAt, Expr::col(Account::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EmailConfirmation::Table)
                    .if_not_exists()
                    // SHA-256 of the emailed token, as for sessions and resets.
                    .col(string_len(EmailConfirmation::TokenHash, 64).primary_key())
                    .col(integer(EmailConfirmation::AccountId))
                    // The address being confirmed: the account's own, or the one it moves to.
                    .col(string_len(EmailConfirmation::Email, 254))
                    .col(timestamp_with_time_zone(EmailConfirmation::CreatedAt))
                    .col(timestamp_with_time_zone(EmailConfirmation::ExpiresAt))
                    .col(timestamp_with_time_zone_null(EmailConfirmation::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("email_confirmation_account")
                            .from(EmailConfirmation::Table, EmailConfirmation::AccountId)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("email_confirmation_account_id")
                    .table(EmailConfirmation::Table)
                    .col(EmailConfirmation::AccountId)
                    .to_owned(),
            )
            .await?;
        // The purge deletes old sessions by age.
        manager
            .create_index(
                Index::create()
                    .name("session_last_seen_at")
                    .table(Session::Table)
                    .col(Session::LastSeenAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("session_last_seen_at")
                    .table(Session::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(EmailConfirmation::Table).to_owned())
            .await?;
        for column in [Account::EmailVerifiedAt, Account::DeactivatedAt] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Account::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Account {
    Table,
    Id,
    CreatedAt,
    EmailVerifiedAt,
    DeactivatedAt,
}

#[derive(DeriveIden)]
enum EmailConfirmation {
    Table,
    TokenHash,
    AccountId,
    Email,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum Session {
    Table,
    LastSeenAt,
}
