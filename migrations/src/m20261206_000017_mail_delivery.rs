//! The outbox becomes a delivery queue: each message keeps its HTML part, attachments and
//! whether it holds a private link, and a background worker delivers it with retries.
//!
//! Rows kept before (in the app, with no mail server) become `queued` with `queued_at` = their
//! creation time: the worker fails a queued message older than `smtp.max_age_secs` with that
//! reason instead of mailing it, so a server configured for mail later does not send links
//! written months ago.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The delivery states, as `app::mail::DeliveryStatus` stores them.
const STATUSES: [&str; 4] = ["queued", "sending", "sent", "failed"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        let columns = [
            text_null(OutboxMessage::HtmlBody),
            text(OutboxMessage::Attachments).default("[]").to_owned(),
            boolean(OutboxMessage::Sensitive).default(false).to_owned(),
            string_len(OutboxMessage::Status, 16)
                .default("queued")
                .check(Expr::col(OutboxMessage::Status).is_in(STATUSES))
                .to_owned(),
            integer(OutboxMessage::Attempts).default(0).to_owned(),
            timestamp_with_time_zone_null(OutboxMessage::QueuedAt),
            timestamp_with_time_zone_null(OutboxMessage::NextAttemptAt),
            timestamp_with_time_zone_null(OutboxMessage::LockedUntil),
            text_null(OutboxMessage::LastError),
            timestamp_with_time_zone_null(OutboxMessage::SentAt),
        ];
        for column in columns {
            manager
                .alter_table(
                    Table::alter()
                        .table(OutboxMessage::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        // Kept rows: due since they were written (the worker's age limit decides their fate).
        manager
            .exec_stmt(
                Query::update()
                    .table(OutboxMessage::Table)
                    .value(OutboxMessage::QueuedAt, Expr::col(OutboxMessage::CreatedAt))
                    .value(
                        OutboxMessage::NextAttemptAt,
                        Expr::col(OutboxMessage::CreatedAt),
                    )
                    .to_owned(),
            )
            .await?;
        // The worker's query: due messages by state and time.
        manager
            .create_index(
                Index::create()
                    .name("outbox_message_due")
                    .table(OutboxMessage::Table)
                    .col(OutboxMessage::Status)
                    .col(OutboxMessage::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        // The demo inbox: a person's own messages.
        manager
            .create_index(
                Index::create()
                    .name("outbox_message_recipient")
                    .table(OutboxMessage::Table)
                    .col(OutboxMessage::Recipient)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for index in ["outbox_message_due", "outbox_message_recipient"] {
            manager
                .drop_index(
                    Index::drop()
                        .name(index)
                        .table(OutboxMessage::Table)
                        .to_owned(),
                )
                .await?;
        }
        for column in [
            OutboxMessage::HtmlBody,
            OutboxMessage::Attachments,
            OutboxMessage::Sensitive,
            OutboxMessage::Status,
            OutboxMessage::Attempts,
            OutboxMessage::QueuedAt,
            OutboxMessage::NextAttemptAt,
            OutboxMessage::LockedUntil,
            OutboxMessage::LastError,
            OutboxMessage::SentAt,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(OutboxMessage::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum OutboxMessage {
    Table,
    Recipient,
    CreatedAt,
    HtmlBody,
    Attachments,
    Sensitive,
    Status,
    Attempts,
    QueuedAt,
    NextAttemptAt,
    LockedUntil,
    LastError,
    SentAt,
}
