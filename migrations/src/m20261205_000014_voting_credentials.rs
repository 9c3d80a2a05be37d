//! Voting credentials apart from the printed badge, and award results that cannot move once
//! revealed:
//! - each Forum registration gets a personal code (kept only as a keyed hash), sent by email and
//!   shown once to its owner, never printed: it opens the ballot and cancels the registration;
//! - a ballot can be a withdrawal (its voter's registration was cancelled or rejected), so the
//!   public log recounts to the tally;
//! - a category keeps the result it showed when revealed;
//! - the server's own secret (for keyed hashes), shared by every instance on one database.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ForumRegistration::Table)
                    .add_column(string_len_null(ForumRegistration::PersonalCodeHash, 64))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("forum_registration_personal_code")
                    .table(ForumRegistration::Table)
                    .col(ForumRegistration::PersonalCodeHash)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AwardBallot::Table)
                    .add_column(boolean(AwardBallot::Withdrawn).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AwardCategory::Table)
                    .add_column(text_null(AwardCategory::RevealedResult))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ServerSecret::Table)
                    .if_not_exists()
                    .col(string_len(ServerSecret::Name, 40).primary_key())
                    .col(string_len(ServerSecret::Value, 128))
                    .col(timestamp_with_time_zone(ServerSecret::CreatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ServerSecret::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AwardCategory::Table)
                    .drop_column(AwardCategory::RevealedResult)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AwardBallot::Table)
                    .drop_column(AwardBallot::Withdrawn)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("forum_registration_personal_code")
                    .table(ForumRegistration::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ForumRegistration::Table)
                    .drop_column(ForumRegistration::PersonalCodeHash)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum ForumRegistration {
    Table,
    PersonalCodeHash,
}

#[derive(DeriveIden)]
enum AwardBallot {
    Table,
    Withdrawn,
}

#[derive(DeriveIden)]
enum AwardCategory {
    Table,
    RevealedResult,
}

#[derive(DeriveIden)]
enum ServerSecret {
    Table,
    Name,
    Value,
    CreatedAt,
}
