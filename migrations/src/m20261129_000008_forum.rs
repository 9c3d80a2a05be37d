//! The Annual Forum: an edition per year with its registration questions, registrations (guests
//! confirm by an emailed link; a waitlist behind the capacity; optional approval), check-in by
//! badge code, and the agenda with the sessions attendees star.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn cascade_to(
    table: impl IntoIden,
    from: impl IntoIden,
    to: impl IntoIden,
    to_id: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, from)
        .to(to, to_id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ForumEdition::Table)
                    .if_not_exists()
                    .col(pk_auto(ForumEdition::Id))
                    .col(integer_uniq(ForumEdition::Year))
                    .col(string_len(ForumEdition::Title, 200))
                    .col(string_len(ForumEdition::Venue, 200))
                    // The venue's IANA time zone: check-in times are shown in it.
                    .col(string_len(ForumEdition::TimeZone, 60))
                    .col(date(ForumEdition::StartsOn))
                    .col(date(ForumEdition::EndsOn))
                    .col(integer(ForumEdition::Capacity))
                    .col(timestamp_with_time_zone(ForumEdition::OpensAt))
                    .col(timestamp_with_time_zone(ForumEdition::ClosesAt))
                    .col(boolean(ForumEdition::NeedsApproval).default(false))
                    .col(boolean(ForumEdition::IsDemo).default(false))
                    // Touched first by every change to places, so two people taking the last
                    // place at once queue up instead of both getting it.
                    .col(timestamp_with_time_zone(ForumEdition::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ForumQuestion::Table)
                    .if_not_exists()
                    .col(pk_auto(ForumQuestion::Id))
                    .col(integer(ForumQuestion::EditionId))
                    .col(integer(ForumQuestion::Position))
                    .col(string_len(ForumQuestion::Prompt, 300))
                    // text, choice or yes_no
                    .col(string_len(ForumQuestion::Kind, 20))
                    // For `choice`: the options, one a line.
                    .col(text(ForumQuestion::Choices).default(""))
                    .col(boolean(ForumQuestion::Required).default(false))
                    // Asked only when that question was answered with `shown_if_answer`.
                    .col(integer_null(ForumQuestion::ShownIfQuestion))
                    .col(string_len(ForumQuestion::ShownIfAnswer, 200).default(""))
                    .foreign_key(&mut cascade_to(
                        ForumQuestion::Table,
                        ForumQuestion::EditionId,
                        ForumEdition::Table,
                        ForumEdition::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ForumRegistration::Table)
                    .if_not_exists()
                    .col(pk_auto(ForumRegistration::Id))
                    .col(integer(ForumRegistration::EditionId))
                    .col(string_len(ForumRegistration::Name, 120))
                    // Lower-cased, so one person cannot register twice by changing case.
                    .col(string_len(ForumRegistration::Email, 254))
                    .col(string_len(ForumRegistration::Organization, 200))
                    .col(string_len(ForumRegistration::AttendeeType, 30))
                    .col(integer_null(ForumRegistration::AccountId))
                    // JSON: [[question_id, answer], ...]
                    .col(text(ForumRegistration::Answers))
                    // unconfirmed, pending, registered, waitlisted, rejected or cancelled
                    .col(string_len(ForumRegistration::Status, 20))
                    // SHA-256 of the emailed confirmation token; cleared once used.
                    .col(string_len_null(ForumRegistration::ConfirmTokenHash, 64))
                    // 128 random bits, hex: the badge's QR code.
                    .col(string_len_uniq(ForumRegistration::BadgeCode, 40))
                    .col(timestamp_with_time_zone_null(
                        ForumRegistration::ConfirmedAt,
                    ))
                    .col(timestamp_with_time_zone_null(
                        ForumRegistration::CheckedInAt,
                    ))
                    .col(integer_null(ForumRegistration::CheckedInBy))
                    // Waitlist order.
                    .col(timestamp_with_time_zone(ForumRegistration::QueuedAt))
                    .col(timestamp_with_time_zone(ForumRegistration::CreatedAt))
                    .col(timestamp_with_time_zone(ForumRegistration::UpdatedAt))
                    .foreign_key(&mut cascade_to(
                        ForumRegistration::Table,
                        ForumRegistration::EditionId,
                        ForumEdition::Table,
                        ForumEdition::Id,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ForumRegistration::Table, ForumRegistration::AccountId)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("forum_registration_edition_email")
                    .table(ForumRegistration::Table)
                    .col(ForumRegistration::EditionId)
                    .col(ForumRegistration::Email)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("forum_registration_token")
                    .table(ForumRegistration::Table)
                    .col(ForumRegistration::ConfirmTokenHash)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ForumSession::Table)
                    .if_not_exists()
                    .col(pk_auto(ForumSession::Id))
                    .col(integer(ForumSession::EditionId))
                    .col(string_len(ForumSession::Title, 200))
                    .col(timestamp_with_time_zone(ForumSession::StartsAt))
                    .col(timestamp_with_time_zone(ForumSession::EndsAt))
                    .col(string_len(ForumSession::Room, 120))
                    .col(string_len(ForumSession::Speakers, 300))
                    .col(string_len(ForumSession::Topic, 120))
                    .foreign_key(&mut cascade_to(
                        ForumSession::Table,
                        ForumSession::EditionId,
                        ForumEdition::Table,
                        ForumEdition::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ForumStar::Table)
                    .if_not_exists()
                    .col(integer(ForumStar::SessionId))
                    .col(integer(ForumStar::AccountId))
                    .primary_key(
                        Index::create()
                            .col(ForumStar::SessionId)
                            .col(ForumStar::AccountId),
                    )
                    .foreign_key(&mut cascade_to(
                        ForumStar::Table,
                        ForumStar::SessionId,
                        ForumSession::Table,
                        ForumSession::Id,
                    ))
                    .foreign_key(&mut cascade_to(
                        ForumStar::Table,
                        ForumStar::AccountId,
                        Account::Table,
                        Account::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ForumStar::Table.into_iden(),
            ForumSession::Table.into_iden(),
            ForumRegistration::Table.into_iden(),
            ForumQuestion::Table.into_iden(),
            ForumEdition::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Account {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ForumEdition {
    Table,
    Id,
    Year,
    Title,
    Venue,
    TimeZone,
    StartsOn,
    EndsOn,
    Capacity,
    OpensAt,
    ClosesAt,
    NeedsApproval,
    IsDemo,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ForumQuestion {
    Table,
    Id,
    EditionId,
    Position,
    Prompt,
    Kind,
    Choices,
    Required,
    ShownIfQuestion,
    ShownIfAnswer,
}

#[derive(DeriveIden)]
enum ForumRegistration {
    Table,
    Id,
    EditionId,
    Name,
    Email,
    Organization,
    AttendeeType,
    AccountId,
    Answers,
    Status,
    ConfirmTokenHash,
    BadgeCode,
    ConfirmedAt,
    CheckedInAt,
    CheckedInBy,
    QueuedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ForumSession {
    Table,
    Id,
    EditionId,
    Title,
    StartsAt,
    EndsAt,
    Room,
    Speakers,
    Topic,
}

#[derive(DeriveIden)]
enum ForumStar {
    Table,
    SessionId,
    AccountId,
}
