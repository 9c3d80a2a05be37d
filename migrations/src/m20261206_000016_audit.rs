//! The audit trail of trust decisions: role grants and revocations, membership decisions,
//! deactivations and merges (who, when, what).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditEvent::Table)
                    .if_not_exists()
                    .col(pk_auto(AuditEvent::Id))
                    .col(timestamp_with_time_zone(AuditEvent::At))
                    .col(integer_null(AuditEvent::ActorAccountId))
                    .col(string_len(AuditEvent::ActorName, 400))
                    .col(string_len(AuditEvent::Action, 40))
                    .col(text(AuditEvent::Subject))
                    .col(text(AuditEvent::Details))
                    .foreign_key(
                        ForeignKey::create()
                            .name("audit_event_actor")
                            .from(AuditEvent::Table, AuditEvent::ActorAccountId)
                            .to(Account::Table, Account::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("audit_event_at")
                    .table(AuditEvent::Table)
                    .col(AuditEvent::At)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AuditEvent::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum AuditEvent {
    Table,
    Id,
    At,
    ActorAccountId,
    ActorName,
    Action,
    Subject,
    Details,
}

#[derive(DeriveIden)]
enum Account {
    Table,
    Id,
}
