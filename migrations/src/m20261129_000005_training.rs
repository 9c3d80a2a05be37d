//! Regional capacity building: training programs with their topics, trainers and sessions;
//! enrolments (with the waitlist), attendance, completion certificates and evaluations.

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
                    .table(TrainingProgram::Table)
                    .if_not_exists()
                    .col(pk_auto(TrainingProgram::Id))
                    .col(string_len(TrainingProgram::Title, 200))
                    .col(text(TrainingProgram::Description))
                    // in_person, online or hybrid
                    .col(string_len(TrainingProgram::Format, 20))
                    .col(string_len(TrainingProgram::Venue, 200).default(""))
                    .col(string_len(TrainingProgram::Link, 300).default(""))
                    .col(string_len(TrainingProgram::Language, 60))
                    .col(integer(TrainingProgram::Capacity))
                    // Sessions to attend for completion; NULL means all of them.
                    .col(integer_null(TrainingProgram::MinSessions))
                    // The venue's IANA time zone, e.g. Asia/Manila.
                    .col(string_len(TrainingProgram::TimeZone, 60))
                    .col(integer_null(TrainingProgram::CreatedBy))
                    .col(boolean(TrainingProgram::IsDemo).default(false))
                    .col(timestamp_with_time_zone(TrainingProgram::CreatedAt))
                    // Touched first by every enrolment change, so concurrent changes to one
                    // program queue up instead of both taking the last place.
                    .col(timestamp_with_time_zone(TrainingProgram::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(TrainingProgram::Table, TrainingProgram::CreatedBy)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(TrainingProgramTopic::Table)
                    .if_not_exists()
                    .col(integer(TrainingProgramTopic::ProgramId))
                    .col(integer(TrainingProgramTopic::TopicId))
                    .primary_key(
                        Index::create()
                            .col(TrainingProgramTopic::ProgramId)
                            .col(TrainingProgramTopic::TopicId),
                    )
                    .foreign_key(&mut cascade_to(
                        TrainingProgramTopic::Table,
                        TrainingProgramTopic::ProgramId,
                        TrainingProgram::Table,
                        TrainingProgram::Id,
                    ))
                    .foreign_key(&mut cascade_to(
                        TrainingProgramTopic::Table,
                        TrainingProgramTopic::TopicId,
                        Topic::Table,
                        Topic::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(TrainingTrainer::Table)
                    .if_not_exists()
                    .col(integer(TrainingTrainer::ProgramId))
                    .col(integer(TrainingTrainer::AccountId))
                    .primary_key(
                        Index::create()
                            .col(TrainingTrainer::ProgramId)
                            .col(TrainingTrainer::AccountId),
                    )
                    .foreign_key(&mut cascade_to(
                        TrainingTrainer::Table,
                        TrainingTrainer::ProgramId,
                        TrainingProgram::Table,
                        TrainingProgram::Id,
                    ))
                    .foreign_key(&mut cascade_to(
                        TrainingTrainer::Table,
                        TrainingTrainer::AccountId,
                        Account::Table,
                        Account::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(TrainingSession::Table)
                    .if_not_exists()
                    .col(pk_auto(TrainingSession::Id))
                    .col(integer(TrainingSession::ProgramId))
                    .col(string_len(TrainingSession::Title, 200).default(""))
                    .col(timestamp_with_time_zone(TrainingSession::StartsAt))
                    .col(timestamp_with_time_zone(TrainingSession::EndsAt))
                    .foreign_key(&mut cascade_to(
                        TrainingSession::Table,
                        TrainingSession::ProgramId,
                        TrainingProgram::Table,
                        TrainingProgram::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("training_session_program_idx")
                    .table(TrainingSession::Table)
                    .col(TrainingSession::ProgramId)
                    .col(TrainingSession::StartsAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(TrainingEnrolment::Table)
                    .if_not_exists()
                    .col(pk_auto(TrainingEnrolment::Id))
                    .col(integer(TrainingEnrolment::ProgramId))
                    .col(integer(TrainingEnrolment::AccountId))
                    // enrolled, waitlisted or cancelled
                    .col(string_len(TrainingEnrolment::Status, 20))
                    .col(integer_null(TrainingEnrolment::EnrolledBy))
                    // The waitlist is served in this order; re-enrolling joins at the back.
                    .col(timestamp_with_time_zone(TrainingEnrolment::QueuedAt))
                    .col(timestamp_with_time_zone(TrainingEnrolment::UpdatedAt))
                    .col(timestamp_with_time_zone_null(
                        TrainingEnrolment::CompletedAt,
                    ))
                    .col(string_len_null(TrainingEnrolment::CertificateCode, 40).unique_key())
                    .foreign_key(&mut cascade_to(
                        TrainingEnrolment::Table,
                        TrainingEnrolment::ProgramId,
                        TrainingProgram::Table,
                        TrainingProgram::Id,
                    ))
                    .foreign_key(&mut cascade_to(
                        TrainingEnrolment::Table,
                        TrainingEnrolment::AccountId,
                        Account::Table,
                        Account::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        // One enrolment per person and program: enrolling twice is refused by the database too.
        manager
            .create_index(
                Index::create()
                    .name("training_enrolment_person_uq")
                    .table(TrainingEnrolment::Table)
                    .col(TrainingEnrolment::ProgramId)
                    .col(TrainingEnrolment::AccountId)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(TrainingAttendance::Table)
                    .if_not_exists()
                    .col(integer(TrainingAttendance::SessionId))
                    .col(integer(TrainingAttendance::EnrolmentId))
                    .col(boolean(TrainingAttendance::Present))
                    .col(integer_null(TrainingAttendance::RecordedBy))
                    .col(timestamp_with_time_zone(TrainingAttendance::RecordedAt))
                    .primary_key(
                        Index::create()
                            .col(TrainingAttendance::SessionId)
                            .col(TrainingAttendance::EnrolmentId),
                    )
                    .foreign_key(&mut cascade_to(
                        TrainingAttendance::Table,
                        TrainingAttendance::SessionId,
                        TrainingSession::Table,
                        TrainingSession::Id,
                    ))
                    .foreign_key(&mut cascade_to(
                        TrainingAttendance::Table,
                        TrainingAttendance::EnrolmentId,
                        TrainingEnrolment::Table,
                        TrainingEnrolment::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(TrainingEvaluation::Table)
                    .if_not_exists()
                    .col(integer(TrainingEvaluation::EnrolmentId).primary_key())
                    .col(small_integer(TrainingEvaluation::Relevance))
                    .col(small_integer(TrainingEvaluation::Clarity))
                    .col(small_integer(TrainingEvaluation::Usefulness))
                    .col(text(TrainingEvaluation::Comments).default(""))
                    .col(timestamp_with_time_zone(TrainingEvaluation::SubmittedAt))
                    .foreign_key(&mut cascade_to(
                        TrainingEvaluation::Table,
                        TrainingEvaluation::EnrolmentId,
                        TrainingEnrolment::Table,
                        TrainingEnrolment::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            TrainingEvaluation::Table.into_iden(),
            TrainingAttendance::Table.into_iden(),
            TrainingEnrolment::Table.into_iden(),
            TrainingSession::Table.into_iden(),
            TrainingTrainer::Table.into_iden(),
            TrainingProgramTopic::Table.into_iden(),
            TrainingProgram::Table.into_iden(),
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
enum Topic {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum TrainingProgram {
    Table,
    Id,
    Title,
    Description,
    Format,
    Venue,
    Link,
    Language,
    Capacity,
    MinSessions,
    TimeZone,
    CreatedBy,
    IsDemo,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum TrainingProgramTopic {
    Table,
    ProgramId,
    TopicId,
}

#[derive(DeriveIden)]
enum TrainingTrainer {
    Table,
    ProgramId,
    AccountId,
}

#[derive(DeriveIden)]
enum TrainingSession {
    Table,
    Id,
    ProgramId,
    Title,
    StartsAt,
    EndsAt,
}

#[derive(DeriveIden)]
enum TrainingEnrolment {
    Table,
    Id,
    ProgramId,
    AccountId,
    Status,
    EnrolledBy,
    QueuedAt,
    UpdatedAt,
    CompletedAt,
    CertificateCode,
}

#[derive(DeriveIden)]
enum TrainingAttendance {
    Table,
    SessionId,
    EnrolmentId,
    Present,
    RecordedBy,
    RecordedAt,
}

#[derive(DeriveIden)]
enum TrainingEvaluation {
    Table,
    EnrolmentId,
    Relevance,
    Clarity,
    Usefulness,
    Comments,
    SubmittedAt,
}
