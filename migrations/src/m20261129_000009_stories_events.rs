//! Information sharing: good-practice stories (with their topics and countries, linked to the
//! partnership whose outcomes they tell), news items, and sector events with their topics.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn cascade(
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

fn set_null(
    table: impl IntoIden,
    from: impl IntoIden,
    to: impl IntoIden,
    to_id: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, from)
        .to(to, to_id)
        .on_delete(ForeignKeyAction::SetNull)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Story::Table)
                    .if_not_exists()
                    .col(pk_auto(Story::Id))
                    .col(string_len(Story::Title, 200))
                    .col(text(Story::Summary))
                    // Markdown as the author wrote it; rendered and sanitized when shown.
                    .col(text(Story::Body))
                    .col(integer_null(Story::PartnershipId))
                    // draft, in_review or published
                    .col(string_len(Story::Status, 20))
                    // The reviewer's note when a story goes back to its author.
                    .col(text(Story::ReviewComment).default(""))
                    .col(integer_null(Story::AuthorId))
                    .col(timestamp_with_time_zone_null(Story::PublishedAt))
                    // The lead picture, resized, stored under the upload directory by a random name.
                    .col(string_len_null(Story::ImageFile, 120))
                    .col(integer_null(Story::ImageWidth))
                    .col(integer_null(Story::ImageHeight))
                    .col(boolean(Story::IsDemo).default(false))
                    .col(timestamp_with_time_zone(Story::CreatedAt))
                    .col(timestamp_with_time_zone(Story::UpdatedAt))
                    .foreign_key(&mut set_null(
                        Story::Table,
                        Story::PartnershipId,
                        Partnership::Table,
                        Partnership::Id,
                    ))
                    .foreign_key(&mut set_null(
                        Story::Table,
                        Story::AuthorId,
                        Account::Table,
                        Account::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .if_not_exists()
                    .name("story_status_published_idx")
                    .table(Story::Table)
                    .col(Story::Status)
                    .col(Story::PublishedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StoryTopic::Table)
                    .if_not_exists()
                    .col(integer(StoryTopic::StoryId))
                    .col(integer(StoryTopic::TopicId))
                    .primary_key(
                        Index::create()
                            .col(StoryTopic::StoryId)
                            .col(StoryTopic::TopicId),
                    )
                    .foreign_key(&mut cascade(
                        StoryTopic::Table,
                        StoryTopic::StoryId,
                        Story::Table,
                        Story::Id,
                    ))
                    .foreign_key(&mut cascade(
                        StoryTopic::Table,
                        StoryTopic::TopicId,
                        Topic::Table,
                        Topic::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StoryCountry::Table)
                    .if_not_exists()
                    .col(integer(StoryCountry::StoryId))
                    .col(string_len(StoryCountry::Country, 80))
                    .primary_key(
                        Index::create()
                            .col(StoryCountry::StoryId)
                            .col(StoryCountry::Country),
                    )
                    .foreign_key(&mut cascade(
                        StoryCountry::Table,
                        StoryCountry::StoryId,
                        Story::Table,
                        Story::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(NewsItem::Table)
                    .if_not_exists()
                    .col(pk_auto(NewsItem::Id))
                    .col(string_len(NewsItem::Title, 200))
                    .col(text(NewsItem::Summary))
                    .col(text(NewsItem::Body))
                    .col(timestamp_with_time_zone(NewsItem::PublishedAt))
                    .col(integer_null(NewsItem::AuthorId))
                    .col(boolean(NewsItem::IsDemo).default(false))
                    .foreign_key(&mut set_null(
                        NewsItem::Table,
                        NewsItem::AuthorId,
                        Account::Table,
                        Account::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SectorEvent::Table)
                    .if_not_exists()
                    .col(pk_auto(SectorEvent::Id))
                    .col(string_len(SectorEvent::Title, 200))
                    .col(text(SectorEvent::Description).default(""))
                    // All-day events: the first and last day, inclusive.
                    .col(date(SectorEvent::StartsOn))
                    .col(date(SectorEvent::EndsOn))
                    .col(string_len(SectorEvent::Place, 200).default(""))
                    .col(boolean(SectorEvent::Online).default(false))
                    .col(string_len(SectorEvent::Organizer, 200))
                    .col(string_len(SectorEvent::Link, 300).default(""))
                    // global, regional or national
                    .col(string_len(SectorEvent::Scope, 20))
                    // The network's own events, shown flagged.
                    .col(boolean(SectorEvent::Own).default(false))
                    .col(integer_null(SectorEvent::CreatedBy))
                    .col(boolean(SectorEvent::IsDemo).default(false))
                    .col(timestamp_with_time_zone(SectorEvent::CreatedAt))
                    .foreign_key(&mut set_null(
                        SectorEvent::Table,
                        SectorEvent::CreatedBy,
                        Account::Table,
                        Account::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .if_not_exists()
                    .name("sector_event_dates_idx")
                    .table(SectorEvent::Table)
                    .col(SectorEvent::EndsOn)
                    .col(SectorEvent::StartsOn)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SectorEventTopic::Table)
                    .if_not_exists()
                    .col(integer(SectorEventTopic::EventId))
                    .col(integer(SectorEventTopic::TopicId))
                    .primary_key(
                        Index::create()
                            .col(SectorEventTopic::EventId)
                            .col(SectorEventTopic::TopicId),
                    )
                    .foreign_key(&mut cascade(
                        SectorEventTopic::Table,
                        SectorEventTopic::EventId,
                        SectorEvent::Table,
                        SectorEvent::Id,
                    ))
                    .foreign_key(&mut cascade(
                        SectorEventTopic::Table,
                        SectorEventTopic::TopicId,
                        Topic::Table,
                        Topic::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            SectorEventTopic::Table.into_iden(),
            SectorEvent::Table.into_iden(),
            NewsItem::Table.into_iden(),
            StoryCountry::Table.into_iden(),
            StoryTopic::Table.into_iden(),
            Story::Table.into_iden(),
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
}

#[derive(DeriveIden)]
enum Topic {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Partnership {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Story {
    Table,
    Id,
    Title,
    Summary,
    Body,
    PartnershipId,
    Status,
    ReviewComment,
    AuthorId,
    PublishedAt,
    ImageFile,
    ImageWidth,
    ImageHeight,
    IsDemo,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum StoryTopic {
    Table,
    StoryId,
    TopicId,
}

#[derive(DeriveIden)]
enum StoryCountry {
    Table,
    StoryId,
    Country,
}

#[derive(DeriveIden)]
enum NewsItem {
    Table,
    Id,
    Title,
    Summary,
    Body,
    PublishedAt,
    AuthorId,
    IsDemo,
}

#[derive(DeriveIden)]
enum SectorEvent {
    Table,
    Id,
    Title,
    Description,
    StartsOn,
    EndsOn,
    Place,
    Online,
    Organizer,
    Link,
    Scope,
    Own,
    CreatedBy,
    IsDemo,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SectorEventTopic {
    Table,
    EventId,
    TopicId,
}
