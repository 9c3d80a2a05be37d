//! The knowledge library: products (toolkits, manuals, studies) with their topics, countries,
//! file versions and download counts, links to partnerships and training programs, and the
//! full-text index: an FTS5 table on SQLite, a table with a generated `tsvector` and a GIN
//! index on PostgreSQL. The application writes the index rows itself (one per product).

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

fn set_null_to(
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
                    .table(KnowledgeProduct::Table)
                    .if_not_exists()
                    .col(pk_auto(KnowledgeProduct::Id))
                    // toolkit, manual, applied_study, case_study
                    .col(string_len(KnowledgeProduct::Kind, 20))
                    .col(string_len(KnowledgeProduct::Title, 300))
                    .col(text(KnowledgeProduct::Summary))
                    .col(string_len(KnowledgeProduct::Authors, 500).default(""))
                    .col(integer(KnowledgeProduct::Year))
                    .col(string_len(KnowledgeProduct::Language, 60))
                    .col(string_len(KnowledgeProduct::Licence, 120).default(""))
                    // public or members
                    .col(string_len(KnowledgeProduct::Access, 10))
                    // submitted, published or rejected
                    .col(string_len(KnowledgeProduct::Status, 10))
                    .col(text(KnowledgeProduct::ReviewNote).default(""))
                    .col(integer_null(KnowledgeProduct::SubmittedBy))
                    .col(integer_null(KnowledgeProduct::ReviewedBy))
                    .col(boolean(KnowledgeProduct::IsDemo).default(false))
                    .col(timestamp_with_time_zone(KnowledgeProduct::CreatedAt))
                    .col(timestamp_with_time_zone(KnowledgeProduct::UpdatedAt))
                    .foreign_key(&mut set_null_to(
                        KnowledgeProduct::Table,
                        KnowledgeProduct::SubmittedBy,
                        Account::Table,
                        Account::Id,
                    ))
                    .foreign_key(&mut set_null_to(
                        KnowledgeProduct::Table,
                        KnowledgeProduct::ReviewedBy,
                        Account::Table,
                        Account::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("knowledge_product_status_idx")
                    .table(KnowledgeProduct::Table)
                    .col(KnowledgeProduct::Status)
                    .col(KnowledgeProduct::Access)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(KnowledgeProductTopic::Table)
                    .if_not_exists()
                    .col(integer(KnowledgeProductTopic::ProductId))
                    .col(integer(KnowledgeProductTopic::TopicId))
                    .primary_key(
                        Index::create()
                            .col(KnowledgeProductTopic::ProductId)
                            .col(KnowledgeProductTopic::TopicId),
                    )
                    .foreign_key(&mut cascade_to(
                        KnowledgeProductTopic::Table,
                        KnowledgeProductTopic::ProductId,
                        KnowledgeProduct::Table,
                        KnowledgeProduct::Id,
                    ))
                    .foreign_key(&mut cascade_to(
                        KnowledgeProductTopic::Table,
                        KnowledgeProductTopic::TopicId,
                        Topic::Table,
                        Topic::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(KnowledgeProductCountry::Table)
                    .if_not_exists()
                    .col(integer(KnowledgeProductCountry::ProductId))
                    .col(string_len(KnowledgeProductCountry::Country, 80))
                    .primary_key(
                        Index::create()
                            .col(KnowledgeProductCountry::ProductId)
                            .col(KnowledgeProductCountry::Country),
                    )
                    .foreign_key(&mut cascade_to(
                        KnowledgeProductCountry::Table,
                        KnowledgeProductCountry::ProductId,
                        KnowledgeProduct::Table,
                        KnowledgeProduct::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(KnowledgeFile::Table)
                    .if_not_exists()
                    .col(pk_auto(KnowledgeFile::Id))
                    .col(integer(KnowledgeFile::ProductId))
                    // 1, 2, 3…: the highest is the latest; older versions stay downloadable.
                    .col(integer(KnowledgeFile::Version))
                    .col(string_len(KnowledgeFile::FileName, 200))
                    // Under the upload directory, by a random name.
                    .col(string_len(KnowledgeFile::StoredAs, 120))
                    .col(string_len(KnowledgeFile::MediaType, 120))
                    .col(big_integer(KnowledgeFile::SizeBytes))
                    // The text extracted from a PDF at upload (empty for other formats, or
                    // when extraction failed).
                    .col(text(KnowledgeFile::Content).default(""))
                    .col(big_integer(KnowledgeFile::Downloads).default(0))
                    .col(integer_null(KnowledgeFile::UploadedBy))
                    .col(timestamp_with_time_zone(KnowledgeFile::UploadedAt))
                    .foreign_key(&mut cascade_to(
                        KnowledgeFile::Table,
                        KnowledgeFile::ProductId,
                        KnowledgeProduct::Table,
                        KnowledgeProduct::Id,
                    ))
                    .foreign_key(&mut set_null_to(
                        KnowledgeFile::Table,
                        KnowledgeFile::UploadedBy,
                        Account::Table,
                        Account::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        // Two uploads at once cannot both become the same version.
        manager
            .create_index(
                Index::create()
                    .name("knowledge_file_version_key")
                    .table(KnowledgeFile::Table)
                    .col(KnowledgeFile::ProductId)
                    .col(KnowledgeFile::Version)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(KnowledgeProductPartnership::Table)
                    .if_not_exists()
                    .col(integer(KnowledgeProductPartnership::ProductId))
                    .col(integer(KnowledgeProductPartnership::PartnershipId))
                    .primary_key(
                        Index::create()
                            .col(KnowledgeProductPartnership::ProductId)
                            .col(KnowledgeProductPartnership::PartnershipId),
                    )
                    .foreign_key(&mut cascade_to(
                        KnowledgeProductPartnership::Table,
                        KnowledgeProductPartnership::ProductId,
                        KnowledgeProduct::Table,
                        KnowledgeProduct::Id,
                    ))
                    .foreign_key(&mut cascade_to(
                        KnowledgeProductPartnership::Table,
                        KnowledgeProductPartnership::PartnershipId,
                        Partnership::Table,
                        Partnership::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("knowledge_product_partnership_idx")
                    .table(KnowledgeProductPartnership::Table)
                    .col(KnowledgeProductPartnership::PartnershipId)
                    .to_owned(),
            )
            .await?;

        // No foreign key to the training programs: their table comes from another migration,
        // and a product link must not stop a program from being deleted (the service drops
        // links to programs that no longer exist when it reads them).
        manager
            .create_table(
                Table::create()
                    .table(KnowledgeProductProgram::Table)
                    .if_not_exists()
                    .col(integer(KnowledgeProductProgram::ProductId))
                    .col(integer(KnowledgeProductProgram::ProgramId))
                    .primary_key(
                        Index::create()
                            .col(KnowledgeProductProgram::ProductId)
                            .col(KnowledgeProductProgram::ProgramId),
                    )
                    .foreign_key(&mut cascade_to(
                        KnowledgeProductProgram::Table,
                        KnowledgeProductProgram::ProductId,
                        KnowledgeProduct::Table,
                        KnowledgeProduct::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("knowledge_product_program_idx")
                    .table(KnowledgeProductProgram::Table)
                    .col(KnowledgeProductProgram::ProgramId)
                    .to_owned(),
            )
            .await?;

        let db = manager.get_connection();
        match manager.get_database_backend() {
            sea_orm_migration::sea_orm::DatabaseBackend::Sqlite => {
                // rowid is the product id. unicode61 folds case and (with 2) diacritics, so
                // "nuoc" finds "nước".
                db.execute_unprepared(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS knowledge_search USING fts5(\
                     title, summary, body, tokenize = 'unicode61 remove_diacritics 2')",
                )
                .await?;
            }
            _ => {
                // The 'simple' configuration: no stemming and no stop words, as FTS5 above;
                // prefix queries (`word:*`) make up for the stemming on both.
                db.execute_unprepared(
                    "CREATE TABLE IF NOT EXISTS knowledge_search (\
                     product_id integer PRIMARY KEY REFERENCES knowledge_product (id) ON DELETE CASCADE, \
                     title text NOT NULL, summary text NOT NULL, body text NOT NULL, \
                     document tsvector GENERATED ALWAYS AS (\
                       setweight(to_tsvector('simple', title), 'A') || \
                       setweight(to_tsvector('simple', summary), 'B') || \
                       setweight(to_tsvector('simple', body), 'C')) STORED)",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE INDEX IF NOT EXISTS knowledge_search_document_idx \
                     ON knowledge_search USING GIN (document)",
                )
                .await?;
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP TABLE IF EXISTS knowledge_search")
            .await?;
        for table in [
            KnowledgeProductProgram::Table.into_iden(),
            KnowledgeProductPartnership::Table.into_iden(),
            KnowledgeFile::Table.into_iden(),
            KnowledgeProductCountry::Table.into_iden(),
            KnowledgeProductTopic::Table.into_iden(),
            KnowledgeProduct::Table.into_iden(),
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
enum KnowledgeProduct {
    Table,
    Id,
    Kind,
    Title,
    Summary,
    Authors,
    Year,
    Language,
    Licence,
    Access,
    Status,
    ReviewNote,
    SubmittedBy,
    ReviewedBy,
    IsDemo,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum KnowledgeProductTopic {
    Table,
    ProductId,
    TopicId,
}

#[derive(DeriveIden)]
enum KnowledgeProductCountry {
    Table,
    ProductId,
    Country,
}

#[derive(DeriveIden)]
enum KnowledgeFile {
    Table,
    Id,
    ProductId,
    Version,
    FileName,
    StoredAs,
    MediaType,
    SizeBytes,
    Content,
    Downloads,
    UploadedBy,
    UploadedAt,
}

#[derive(DeriveIden)]
enum KnowledgeProductPartnership {
    Table,
    ProductId,
    PartnershipId,
}

#[derive(DeriveIden)]
enum KnowledgeProductProgram {
    Table,
    ProductId,
    ProgramId,
}
