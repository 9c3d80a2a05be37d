//! The first tables: organizations of the network and messages to the secretariat.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Organization::Table)
                    .if_not_exists()
                    .col(pk_auto(Organization::Id))
                    .col(string_len(Organization::Name, 200))
                    .col(string_len(Organization::Kind, 40))
                    .col(string_len(Organization::Country, 80))
                    .col(string_len(Organization::City, 120))
                    .col(double_null(Organization::Latitude))
                    .col(double_null(Organization::Longitude))
                    .col(big_integer_null(Organization::PopulationServed))
                    .col(text(Organization::Description))
                    .col(boolean(Organization::IsDemo).default(false))
                    .col(timestamp_with_time_zone(Organization::CreatedAt))
                    .to_owned(),
            )
            .await?;
        // One organization per name within a country; the directory relies on it.
        manager
            .create_index(
                Index::create()
                    .name("organization_name_country_key")
                    .table(Organization::Table)
                    .col(Organization::Name)
                    .col(Organization::Country)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ContactMessage::Table)
                    .if_not_exists()
                    .col(pk_auto(ContactMessage::Id))
                    .col(string_len(ContactMessage::Name, 200))
                    .col(string_len(ContactMessage::Email, 320))
                    .col(string_len_null(ContactMessage::Organization, 200))
                    .col(text(ContactMessage::Message))
                    .col(timestamp_with_time_zone(ContactMessage::CreatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ContactMessage::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Organization::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Organization {
    Table,
    Id,
    Name,
    Kind,
    Country,
    City,
    Latitude,
    Longitude,
    PopulationServed,
    Description,
    IsDemo,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ContactMessage {
    Table,
    Id,
    Name,
    Email,
    Organization,
    Message,
    CreatedAt,
}
