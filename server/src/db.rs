//! Opening the database (embedded SQLite by default, PostgreSQL by URL), migrating it, and
//! backing it up.

use crate::config::{redact_url, DatabaseKind, Settings};
use crate::error::ServerError;
use migrations::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Connects and brings the schema up to date. Fails with one line naming the database.
pub async fn connect_and_migrate(settings: &Settings) -> Result<DatabaseConnection, ServerError> {
    let db = connect(settings).await?;
    let url = settings.database_url();
    Migrator::up(&db, None)
        .await
        .map_err(|e| ServerError::Database {
            url: redact_url(&url),
            reason: format!("migration failed: {e}"),
        })?;
    Ok(db)
}

pub async fn connect(settings: &Settings) -> Result<DatabaseConnection, ServerError> {
    let url = settings.database_url();
    let fail = |reason: String| ServerError::Database {
        url: redact_url(&url),
        reason,
    };
    let mut options = ConnectOptions::new(url.clone());
    options
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    match settings.database_kind()? {
        DatabaseKind::Sqlite => {
            if let Some(path) = sqlite_path(&url) {
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir)
                        .map_err(|e| fail(format!("cannot create {}: {e}", dir.display())))?;
                }
            }
            // WAL lets readers proceed during a write; the busy timeout makes writers queue
            // instead of failing with "database is locked".
            options
                .max_connections(8)
                .min_connections(1)
                .map_sqlx_sqlite_opts(|o| {
                    o.journal_mode(SqliteJournalMode::Wal)
                        .synchronous(SqliteSynchronous::Normal)
                        .foreign_keys(true)
                        .busy_timeout(Duration::from_secs(5))
                        .create_if_missing(true)
                });
        }
        DatabaseKind::Postgres => {
            options.max_connections(20).min_connections(1);
        }
    }
    let db = Database::connect(options)
        .await
        .map_err(|e| fail(e.to_string()))?;
    db.ping().await.map_err(|e| fail(e.to_string()))?;
    Ok(db)
}

/// The file behind a `sqlite://` URL (`None` for in-memory databases).
pub fn sqlite_path(url: &str) -> Option<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        None
    } else {
        Some(PathBuf::from(path))
    }
}

/// What `backup` did.
pub enum BackupOutcome {
    Written(PathBuf),
    /// PostgreSQL: the command to run, since the dump is best made by `pg_dump` itself.
    Command(String),
}

/// SQLite: an online, consistent copy with `VACUUM INTO` (safe while the server runs).
/// PostgreSQL: the `pg_dump` command for this database.
pub async fn backup(settings: &Settings, target: &Path) -> Result<BackupOutcome, ServerError> {
    match settings.database_kind()? {
        DatabaseKind::Sqlite => {
            if target.exists() {
                return Err(ServerError::Invalid(format!(
                    "{} already exists; choose a new file name",
                    target.display()
                )));
            }
            let db = connect(settings).await?;
            let quoted = target.display().to_string().replace('\'', "''");
            db.execute_unprepared(&format!("VACUUM INTO '{quoted}'"))
                .await?;
            Ok(BackupOutcome::Written(target.to_path_buf()))
        }
        DatabaseKind::Postgres => Ok(BackupOutcome::Command(format!(
            "pg_dump --format=custom --file={} '{}'",
            target.display(),
            settings.database_url()
        ))),
    }
}

/// SQLite: checks that `source` is a sound SQLite database, then puts it in place of the
/// current file (stop the server first). PostgreSQL: the `pg_restore` command.
pub async fn restore(settings: &Settings, source: &Path) -> Result<BackupOutcome, ServerError> {
    match settings.database_kind()? {
        DatabaseKind::Sqlite => {
            let url = settings.database_url();
            let target = sqlite_path(&url).ok_or_else(|| {
                ServerError::Invalid("an in-memory database cannot be restored".to_owned())
            })?;
            let check_url = format!("sqlite://{}?mode=ro", source.display());
            let check = Database::connect(&check_url)
                .await
                .map_err(|e| ServerError::Database {
                    url: check_url.clone(),
                    reason: e.to_string(),
                })?;
            let row = check
                .query_one_raw(sea_orm::Statement::from_string(
                    check.get_database_backend(),
                    "PRAGMA integrity_check",
                ))
                .await?;
            let verdict: String = row
                .map(|r| r.try_get_by_index(0))
                .transpose()?
                .unwrap_or_default();
            if verdict != "ok" {
                return Err(ServerError::Invalid(format!(
                    "{} is not a sound SQLite database: {verdict}",
                    source.display()
                )));
            }
            check.close().await?;
            for suffix in ["-wal", "-shm"] {
                let side = PathBuf::from(format!("{}{suffix}", target.display()));
                if side.exists() {
                    std::fs::remove_file(&side).map_err(|source| ServerError::Io {
                        action: "cannot remove",
                        path: side.clone(),
                        source,
                    })?;
                }
            }
            std::fs::copy(source, &target).map_err(|e| ServerError::Io {
                action: "cannot copy the backup to",
                path: target.clone(),
                source: e,
            })?;
            Ok(BackupOutcome::Written(target))
        }
        DatabaseKind::Postgres => Ok(BackupOutcome::Command(format!(
            "pg_restore --clean --if-exists --no-owner --dbname='{}' {}",
            settings.database_url(),
            source.display()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::sqlite_path;
    use std::path::PathBuf;

    #[test]
    fn finds_the_file_behind_a_sqlite_url() {
        assert_eq!(
            sqlite_path("sqlite://data/w.db?mode=rwc"),
            Some(PathBuf::from("data/w.db"))
        );
        assert_eq!(
            sqlite_path("sqlite:/tmp/x.db"),
            Some(PathBuf::from("/tmp/x.db"))
        );
        assert_eq!(sqlite_path("sqlite::memory:"), None);
        assert_eq!(sqlite_path("postgres://h/db"), None);
    }
}
