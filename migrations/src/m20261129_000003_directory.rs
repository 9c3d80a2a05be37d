//! The partner directory's profile: topics offered and needed, contacts, dated KPI values;
//! and password resets with the mail outbox that carries them when no SMTP server is set.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The starting taxonomy of DOMAIN.md: (code, name). Admins can rename and extend it.
const TOPICS: &[(&str, &str)] = &[
    ("nrw", "Non-revenue water reduction"),
    ("water_quality", "Water quality and water safety planning"),
    (
        "sanitation_fsm",
        "Sanitation and faecal sludge (septage) management",
    ),
    ("wastewater", "Wastewater treatment"),
    ("customer_service", "Customer service"),
    ("billing", "Billing and collection"),
    ("tariffs_finance", "Tariffs and finance"),
    ("energy", "Energy efficiency"),
    ("asset_management", "Asset management"),
    ("gis_modelling", "GIS, mapping and hydraulic modelling"),
    ("digital", "SCADA, smart metering and digital tools"),
    ("governance", "Governance and regulation"),
    ("climate", "Climate resilience and disaster risk"),
    ("hr_training", "Human resources and training"),
    ("urban_poor", "Service to the urban poor"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        for column in [
            string_len(Organization::ServiceTypes, 60)
                .default("")
                .to_owned(),
            big_integer_null(Organization::Connections),
            string_len(Organization::Languages, 200)
                .default("")
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Organization::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(Topic::Table)
                    .if_not_exists()
                    .col(pk_auto(Topic::Id))
                    .col(string_len_uniq(Topic::Code, 60))
                    .col(string_len_uniq(Topic::Name, 120))
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert();
        insert
            .into_table(Topic::Table)
            .columns([Topic::Code, Topic::Name]);
        for (code, name) in TOPICS {
            insert.values_panic([(*code).into(), (*name).into()]);
        }
        manager.exec_stmt(insert).await?;

        manager
            .create_table(
                Table::create()
                    .table(OrganizationTopic::Table)
                    .if_not_exists()
                    .col(integer(OrganizationTopic::OrganizationId))
                    .col(integer(OrganizationTopic::TopicId))
                    // "offer" (can mentor, with its tested solution) or "need".
                    .col(string_len(OrganizationTopic::Direction, 10))
                    .col(text(OrganizationTopic::Description).default(""))
                    .primary_key(
                        Index::create()
                            .col(OrganizationTopic::OrganizationId)
                            .col(OrganizationTopic::TopicId)
                            .col(OrganizationTopic::Direction),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrganizationTopic::Table, OrganizationTopic::OrganizationId)
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrganizationTopic::Table, OrganizationTopic::TopicId)
                            .to(Topic::Table, Topic::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("organization_topic_topic_idx")
                    .table(OrganizationTopic::Table)
                    .col(OrganizationTopic::TopicId)
                    .col(OrganizationTopic::Direction)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OrganizationContact::Table)
                    .if_not_exists()
                    .col(pk_auto(OrganizationContact::Id))
                    .col(integer(OrganizationContact::OrganizationId))
                    .col(string_len(OrganizationContact::Name, 200))
                    .col(string_len(OrganizationContact::Position, 200))
                    .col(string_len(OrganizationContact::Email, 320))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                OrganizationContact::Table,
                                OrganizationContact::OrganizationId,
                            )
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(KpiMeasurement::Table)
                    .if_not_exists()
                    .col(pk_auto(KpiMeasurement::Id))
                    .col(integer(KpiMeasurement::OrganizationId))
                    .col(string_len(KpiMeasurement::Kpi, 60))
                    .col(double(KpiMeasurement::Value))
                    .col(date(KpiMeasurement::MeasuredOn))
                    .col(timestamp_with_time_zone(KpiMeasurement::RecordedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(KpiMeasurement::Table, KpiMeasurement::OrganizationId)
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // One value per KPI and date: a second entry for the same day is a correction.
        manager
            .create_index(
                Index::create()
                    .name("kpi_measurement_org_kpi_date_key")
                    .table(KpiMeasurement::Table)
                    .col(KpiMeasurement::OrganizationId)
                    .col(KpiMeasurement::Kpi)
                    .col(KpiMeasurement::MeasuredOn)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PasswordReset::Table)
                    .if_not_exists()
                    // SHA-256 of the emailed token, as for sessions.
                    .col(string_len(PasswordReset::TokenHash, 64).primary_key())
                    .col(integer(PasswordReset::AccountId))
                    .col(timestamp_with_time_zone(PasswordReset::CreatedAt))
                    .col(timestamp_with_time_zone(PasswordReset::ExpiresAt))
                    .col(timestamp_with_time_zone_null(PasswordReset::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PasswordReset::Table, PasswordReset::AccountId)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OutboxMessage::Table)
                    .if_not_exists()
                    .col(pk_auto(OutboxMessage::Id))
                    .col(string_len(OutboxMessage::Recipient, 320))
                    .col(string_len(OutboxMessage::Subject, 300))
                    .col(text(OutboxMessage::Body))
                    .col(timestamp_with_time_zone(OutboxMessage::CreatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            OutboxMessage::Table.into_iden(),
            PasswordReset::Table.into_iden(),
            KpiMeasurement::Table.into_iden(),
            OrganizationContact::Table.into_iden(),
            OrganizationTopic::Table.into_iden(),
            Topic::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        for column in [
            Organization::ServiceTypes,
            Organization::Connections,
            Organization::Languages,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Organization::Table)
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
    ServiceTypes,
    Connections,
    Languages,
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
    Code,
    Name,
}

#[derive(DeriveIden)]
enum OrganizationTopic {
    Table,
    OrganizationId,
    TopicId,
    Direction,
    Description,
}

#[derive(DeriveIden)]
enum OrganizationContact {
    Table,
    Id,
    OrganizationId,
    Name,
    Position,
    Email,
}

#[derive(DeriveIden)]
enum KpiMeasurement {
    Table,
    Id,
    OrganizationId,
    Kpi,
    Value,
    MeasuredOn,
    RecordedAt,
}

#[derive(DeriveIden)]
enum PasswordReset {
    Table,
    TokenHash,
    AccountId,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum OutboxMessage {
    Table,
    Id,
    Recipient,
    Subject,
    Body,
    CreatedAt,
}
