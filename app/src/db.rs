//! What every domain's queries share about the database itself.

use sea_orm::{DbErr, SqliteTransactionMode, TransactionOptions, TransactionTrait};

/// Starts a transaction that will write. On SQLite it takes the write lock at `BEGIN`
/// (IMMEDIATE): concurrent writers then wait their turn under the busy timeout. A default
/// (deferred) transaction that reads first and writes later cannot wait when another writer
/// committed in between, and fails with "database is locked", a 500 for the person. PostgreSQL
/// ignores the mode.
pub async fn begin_write<C: TransactionTrait>(db: &C) -> Result<C::Transaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}
