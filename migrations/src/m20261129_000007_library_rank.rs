//! PostgreSQL ranks library matches by a small vector of the title and summary (`head`):
//! `ts_rank` over every match's whole text (the `document` vector, file text included) cost
//! more than the search itself when a word is in most products (bench/library.sh). A column
//! of its own migration, since 000006 is already applied where the library was merged.
//! Nothing changes on SQLite, whose FTS5 ranks with bm25.

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
                    "ALTER TABLE knowledge_search ADD COLUMN IF NOT EXISTS head tsvector \
                     GENERATED ALWAYS AS (\
                       setweight(to_tsvector('simple', title), 'A') || \
                       setweight(to_tsvector('simple', summary), 'B')) STORED",
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared("ALTER TABLE knowledge_search DROP COLUMN IF EXISTS head")
                .await?;
        }
        Ok(())
    }
}
