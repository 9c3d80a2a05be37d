//! Water Operator Partnerships: needs, offer capacity, matching settings, partnerships with their
//! audit trail, agreements, work plans (commitments, activities, resources, outcomes), progress
//! reports and corrective actions.

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
        // An offer is the directory's "can mentor on" topic; matching also needs its languages
        // and how many partnerships the utility can mentor at once.
        for column in [
            string_len(OrganizationTopic::Languages, 200)
                .default("")
                .to_owned(),
            integer(OrganizationTopic::Capacity).default(1).to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(OrganizationTopic::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(Setting::Table)
                    .if_not_exists()
                    .col(string_len(Setting::Key, 60).primary_key())
                    .col(text(Setting::Value))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Need::Table)
                    .if_not_exists()
                    .col(pk_auto(Need::Id))
                    .col(integer(Need::OrganizationId))
                    .col(integer(Need::TopicId))
                    .col(text(Need::Description))
                    .col(string_len(Need::Languages, 200).default(""))
                    // open, matched (in a partnership) or withdrawn
                    .col(string_len(Need::Status, 20))
                    .col(timestamp_with_time_zone(Need::CreatedAt))
                    .foreign_key(&mut cascade_to(
                        Need::Table,
                        Need::OrganizationId,
                        Organization::Table,
                        Organization::Id,
                    ))
                    .foreign_key(&mut cascade_to(
                        Need::Table,
                        Need::TopicId,
                        Topic::Table,
                        Topic::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Partnership::Table)
                    .if_not_exists()
                    .col(pk_auto(Partnership::Id))
                    .col(string_len(Partnership::Title, 200))
                    .col(integer(Partnership::MentorId))
                    .col(integer(Partnership::RecipientId))
                    .col(integer_null(Partnership::NeedId))
                    .col(integer_null(Partnership::FacilitatorId))
                    .col(string_len(Partnership::State, 20))
                    .col(text(Partnership::ConceptNote).default(""))
                    .col(timestamp_with_time_zone_null(Partnership::MentorSignedAt))
                    .col(timestamp_with_time_zone_null(
                        Partnership::RecipientSignedAt,
                    ))
                    .col(text(Partnership::ClosedReason).default(""))
                    .col(boolean(Partnership::IsDemo).default(false))
                    .col(timestamp_with_time_zone(Partnership::CreatedAt))
                    .col(timestamp_with_time_zone(Partnership::UpdatedAt))
                    .foreign_key(&mut cascade_to(
                        Partnership::Table,
                        Partnership::MentorId,
                        Organization::Table,
                        Organization::Id,
                    ))
                    .foreign_key(&mut cascade_to(
                        Partnership::Table,
                        Partnership::RecipientId,
                        Organization::Table,
                        Organization::Id,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Partnership::Table, Partnership::NeedId)
                            .to(Need::Table, Need::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Partnership::Table, Partnership::FacilitatorId)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("partnership_state_idx")
                    .table(Partnership::Table)
                    .col(Partnership::State)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PartnershipTopic::Table)
                    .if_not_exists()
                    .col(integer(PartnershipTopic::PartnershipId))
                    .col(integer(PartnershipTopic::TopicId))
                    .primary_key(
                        Index::create()
                            .col(PartnershipTopic::PartnershipId)
                            .col(PartnershipTopic::TopicId),
                    )
                    .foreign_key(&mut cascade_to(
                        PartnershipTopic::Table,
                        PartnershipTopic::PartnershipId,
                        Partnership::Table,
                        Partnership::Id,
                    ))
                    .foreign_key(&mut cascade_to(
                        PartnershipTopic::Table,
                        PartnershipTopic::TopicId,
                        Topic::Table,
                        Topic::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PartnershipEvent::Table)
                    .if_not_exists()
                    .col(pk_auto(PartnershipEvent::Id))
                    .col(integer(PartnershipEvent::PartnershipId))
                    .col(integer_null(PartnershipEvent::AccountId))
                    // The name at the time, so the trail survives a deleted account.
                    .col(string_len(PartnershipEvent::ActorName, 200))
                    .col(string_len(PartnershipEvent::Action, 300))
                    .col(text(PartnershipEvent::Detail).default(""))
                    .col(timestamp_with_time_zone(PartnershipEvent::At))
                    .foreign_key(&mut cascade_to(
                        PartnershipEvent::Table,
                        PartnershipEvent::PartnershipId,
                        Partnership::Table,
                        Partnership::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Agreement::Table)
                    .if_not_exists()
                    .col(integer(Agreement::PartnershipId).primary_key())
                    .col(text(Agreement::Signatories))
                    .col(date(Agreement::StartDate))
                    .col(date(Agreement::EndDate))
                    .col(text(Agreement::Scope))
                    // The signed PDF, stored under the upload directory by a random name.
                    .col(string_len_null(Agreement::DocumentFile, 100))
                    .col(string_len_null(Agreement::DocumentName, 200))
                    .col(big_integer_null(Agreement::DocumentSize))
                    .col(timestamp_with_time_zone(Agreement::RecordedAt))
                    .foreign_key(&mut cascade_to(
                        Agreement::Table,
                        Agreement::PartnershipId,
                        Partnership::Table,
                        Partnership::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Commitment::Table)
                    .if_not_exists()
                    .col(pk_auto(Commitment::Id))
                    .col(integer(Commitment::PartnershipId))
                    .col(string_len(Commitment::Side, 10))
                    .col(text(Commitment::Promise))
                    .foreign_key(&mut cascade_to(
                        Commitment::Table,
                        Commitment::PartnershipId,
                        Partnership::Table,
                        Partnership::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Activity::Table)
                    .if_not_exists()
                    .col(pk_auto(Activity::Id))
                    .col(integer(Activity::PartnershipId))
                    .col(string_len(Activity::Kind, 40))
                    .col(string_len(Activity::Title, 200))
                    .col(date(Activity::StartDate))
                    .col(date(Activity::EndDate))
                    .col(string_len(Activity::Responsible, 10))
                    .col(string_len(Activity::Place, 200).default(""))
                    .col(boolean(Activity::Online).default(false))
                    .col(string_len(Activity::Status, 20))
                    .foreign_key(&mut cascade_to(
                        Activity::Table,
                        Activity::PartnershipId,
                        Partnership::Table,
                        Partnership::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Resource::Table)
                    .if_not_exists()
                    .col(pk_auto(Resource::Id))
                    .col(integer(Resource::PartnershipId))
                    // Absent for an in-kind contribution.
                    .col(double_null(Resource::Amount))
                    .col(string_len(Resource::Currency, 3).default(""))
                    .col(string_len(Resource::Description, 500))
                    .col(string_len(Resource::Source, 200))
                    .foreign_key(&mut cascade_to(
                        Resource::Table,
                        Resource::PartnershipId,
                        Partnership::Table,
                        Partnership::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Outcome::Table)
                    .if_not_exists()
                    .col(pk_auto(Outcome::Id))
                    .col(integer(Outcome::PartnershipId))
                    .col(string_len(Outcome::Kpi, 40))
                    .col(double(Outcome::BaselineValue))
                    .col(date(Outcome::BaselineDate))
                    .col(double(Outcome::TargetValue))
                    .col(date(Outcome::TargetDate))
                    .col(boolean(Outcome::IsPublic).default(true))
                    .foreign_key(&mut cascade_to(
                        Outcome::Table,
                        Outcome::PartnershipId,
                        Partnership::Table,
                        Partnership::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OutcomeValue::Table)
                    .if_not_exists()
                    .col(pk_auto(OutcomeValue::Id))
                    .col(integer(OutcomeValue::OutcomeId))
                    .col(double(OutcomeValue::Value))
                    .col(date(OutcomeValue::MeasuredOn))
                    .foreign_key(&mut cascade_to(
                        OutcomeValue::Table,
                        OutcomeValue::OutcomeId,
                        Outcome::Table,
                        Outcome::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("outcome_value_once_per_day")
                    .table(OutcomeValue::Table)
                    .col(OutcomeValue::OutcomeId)
                    .col(OutcomeValue::MeasuredOn)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ProgressReport::Table)
                    .if_not_exists()
                    .col(pk_auto(ProgressReport::Id))
                    .col(integer(ProgressReport::PartnershipId))
                    .col(date(ProgressReport::PeriodStart))
                    .col(date(ProgressReport::PeriodEnd))
                    .col(text(ProgressReport::Achievements))
                    .col(text(ProgressReport::Challenges).default(""))
                    .col(string_len(ProgressReport::SubmittedBy, 200))
                    .col(timestamp_with_time_zone(ProgressReport::SubmittedAt))
                    .col(string_len_null(ProgressReport::ReviewedBy, 200))
                    .col(timestamp_with_time_zone_null(ProgressReport::ReviewedAt))
                    .col(text(ProgressReport::ReviewComment).default(""))
                    .foreign_key(&mut cascade_to(
                        ProgressReport::Table,
                        ProgressReport::PartnershipId,
                        Partnership::Table,
                        Partnership::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CorrectiveAction::Table)
                    .if_not_exists()
                    .col(pk_auto(CorrectiveAction::Id))
                    .col(integer(CorrectiveAction::PartnershipId))
                    .col(integer_null(CorrectiveAction::ReportId))
                    .col(text(CorrectiveAction::Action))
                    .col(string_len(CorrectiveAction::RaisedBy, 200))
                    .col(timestamp_with_time_zone(CorrectiveAction::RaisedAt))
                    .col(string_len_null(CorrectiveAction::ResolvedBy, 200))
                    .col(timestamp_with_time_zone_null(CorrectiveAction::ResolvedAt))
                    .foreign_key(&mut cascade_to(
                        CorrectiveAction::Table,
                        CorrectiveAction::PartnershipId,
                        Partnership::Table,
                        Partnership::Id,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CorrectiveAction::Table, CorrectiveAction::ReportId)
                            .to(ProgressReport::Table, ProgressReport::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            CorrectiveAction::Table.into_iden(),
            ProgressReport::Table.into_iden(),
            OutcomeValue::Table.into_iden(),
            Outcome::Table.into_iden(),
            Resource::Table.into_iden(),
            Activity::Table.into_iden(),
            Commitment::Table.into_iden(),
            Agreement::Table.into_iden(),
            PartnershipEvent::Table.into_iden(),
            PartnershipTopic::Table.into_iden(),
            Partnership::Table.into_iden(),
            Need::Table.into_iden(),
            Setting::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        for column in [OrganizationTopic::Languages, OrganizationTopic::Capacity] {
            manager
                .alter_table(
                    Table::alter()
                        .table(OrganizationTopic::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Organization {
    Table,
    Id,
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
enum OrganizationTopic {
    Table,
    Languages,
    Capacity,
}

#[derive(DeriveIden)]
enum Setting {
    Table,
    Key,
    Value,
}

#[derive(DeriveIden)]
enum Need {
    Table,
    Id,
    OrganizationId,
    TopicId,
    Description,
    Languages,
    Status,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Partnership {
    Table,
    Id,
    Title,
    MentorId,
    RecipientId,
    NeedId,
    FacilitatorId,
    State,
    ConceptNote,
    MentorSignedAt,
    RecipientSignedAt,
    ClosedReason,
    IsDemo,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum PartnershipTopic {
    Table,
    PartnershipId,
    TopicId,
}

#[derive(DeriveIden)]
enum PartnershipEvent {
    Table,
    Id,
    PartnershipId,
    AccountId,
    ActorName,
    Action,
    Detail,
    At,
}

#[derive(DeriveIden)]
enum Agreement {
    Table,
    PartnershipId,
    Signatories,
    StartDate,
    EndDate,
    Scope,
    DocumentFile,
    DocumentName,
    DocumentSize,
    RecordedAt,
}

#[derive(DeriveIden)]
enum Commitment {
    Table,
    Id,
    PartnershipId,
    Side,
    Promise,
}

#[derive(DeriveIden)]
enum Activity {
    Table,
    Id,
    PartnershipId,
    Kind,
    Title,
    StartDate,
    EndDate,
    Responsible,
    Place,
    Online,
    Status,
}

#[derive(DeriveIden)]
enum Resource {
    Table,
    Id,
    PartnershipId,
    Amount,
    Currency,
    Description,
    Source,
}

#[derive(DeriveIden)]
enum Outcome {
    Table,
    Id,
    PartnershipId,
    Kpi,
    BaselineValue,
    BaselineDate,
    TargetValue,
    TargetDate,
    IsPublic,
}

#[derive(DeriveIden)]
enum OutcomeValue {
    Table,
    Id,
    OutcomeId,
    Value,
    MeasuredOn,
}

#[derive(DeriveIden)]
enum ProgressReport {
    Table,
    Id,
    PartnershipId,
    PeriodStart,
    PeriodEnd,
    Achievements,
    Challenges,
    SubmittedBy,
    SubmittedAt,
    ReviewedBy,
    ReviewedAt,
    ReviewComment,
}

#[derive(DeriveIden)]
enum CorrectiveAction {
    Table,
    Id,
    PartnershipId,
    ReportId,
    Action,
    RaisedBy,
    RaisedAt,
    ResolvedBy,
    ResolvedAt,
}
