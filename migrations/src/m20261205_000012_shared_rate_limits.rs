//! Request limits shared by every instance on one PostgreSQL database: the theoretical arrival
//! time (GCRA, milliseconds since the epoch) of each limited subject, keyed by a 16-byte hash
//! of the rule and the subject. Unlogged: the counts need no crash safety, and skipping the
//! write-ahead log keeps the one write per limited request cheap. SQLite runs one instance,
//! whose limits stay in its memory, so nothing changes there.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared(
                    "CREATE UNLOGGED TABLE IF NOT EXISTS rate_limit (\
                       key bytea PRIMARY KEY, \
                       tat bigint NOT NULL)",
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared("DROP TABLE IF EXISTS rate_limit")
                .await?;
        }
        Ok(())
    }
}
