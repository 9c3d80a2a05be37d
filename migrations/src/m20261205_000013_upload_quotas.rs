//! Upload quotas count an account's library files of the last hour and day: an index on
//! (uploader, time) keeps that count a short range scan however large the library grows.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const INDEX: &str = "knowledge_file_uploader_time_idx";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name(INDEX)
                    .table(KnowledgeFile::Table)
                    .col(KnowledgeFile::UploadedBy)
                    .col(KnowledgeFile::UploadedAt)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(INDEX)
                    .table(KnowledgeFile::Table)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum KnowledgeFile {
    Table,
    UploadedBy,
    UploadedAt,
}
