//! The limits' store on PostgreSQL, so every instance on one database counts together: one row
//! per key with its TAT (`rate_limit`, an unlogged table: losing it in a crash only forgets
//! counts). The GCRA step is one statement, so two instances updating one key cannot both
//! pass on a stale read; the database's clock is the one clock of every instance.

use super::{Key, Rate};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement};

/// Milliseconds since the epoch on the database's clock, fixed for the statement.
const NOW: &str = "(EXTRACT(EPOCH FROM statement_timestamp()) * 1000)::bigint";

/// Counts one request of `key` when `rate` allows it; otherwise the milliseconds to wait.
pub async fn admit(
    db: &DatabaseConnection,
    key: &Key,
    rate: &Rate,
) -> Result<Result<(), i64>, DbErr> {
    // The row is inserted, or updated only when the rate allows; RETURNING answers which.
    let sql = format!(
        "INSERT INTO rate_limit AS r (key, tat) VALUES ($1, {NOW} + $2) \
         ON CONFLICT (key) DO UPDATE SET tat = GREATEST(r.tat, {NOW}) + $2 \
         WHERE GREATEST(r.tat, {NOW}) + $2 - $3 <= {NOW} \
         RETURNING tat"
    );
    let admitted = db
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            sql,
            [
                key.to_vec().into(),
                rate.period_ms().into(),
                rate.window_ms().into(),
            ],
        ))
        .await?;
    if admitted.is_some() {
        return Ok(Ok(()));
    }
    let sql = format!(
        "SELECT GREATEST(tat, {NOW}) + $2 - $3 - {NOW} AS wait FROM rate_limit WHERE key = $1"
    );
    let row = db
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            sql,
            [
                key.to_vec().into(),
                rate.period_ms().into(),
                rate.window_ms().into(),
            ],
        ))
        .await?;
    let wait = match row {
        Some(row) => row.try_get::<i64>("", "wait")?,
        None => 1,
    };
    Ok(Err(wait.max(1)))
}

/// Forgets `key` (its subject starts afresh).
pub async fn clear(db: &DatabaseConnection, key: &Key) -> Result<(), DbErr> {
    db.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "DELETE FROM rate_limit WHERE key = $1",
        [key.to_vec().into()],
    ))
    .await?;
    Ok(())
}

/// Deletes the rows whose TAT has passed (they mean nothing any more).
pub async fn sweep(db: &DatabaseConnection) -> Result<u64, DbErr> {
    let done = db
        .execute_raw(Statement::from_string(
            DbBackend::Postgres,
            format!("DELETE FROM rate_limit WHERE tat <= {NOW}"),
        ))
        .await?;
    Ok(done.rows_affected())
}

/// Rows in the table, for the operators' figures and tests.
pub async fn size(db: &DatabaseConnection) -> Result<i64, DbErr> {
    let row = db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT COUNT(*) AS n FROM rate_limit",
        ))
        .await?;
    match row {
        Some(row) => row.try_get::<i64>("", "n"),
        None => Ok(0),
    }
}
