//! The language people read the hub in: a signed-in person's choice (`account.language`), and
//! the language a Forum registration was made in (`forum_registration.language`), so that the
//! emails and badges that follow it are written in that language. Empty means "not chosen":
//! the request's language, else English.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The interface's language codes when this migration was written (its own copy).
pub const LANGUAGES: &[&str] = &["en", "id", "vi", "zh-Hans", "th"];

const COLUMNS: &[(&str, &str)] = &[("account", "language"), ("forum_registration", "language")];

fn sql_list(values: &[&str]) -> String {
    values
        .iter()
        .map(|v| format!("'{v}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let list = sql_list(LANGUAGES);
        for (table, column) in COLUMNS {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(*table))
                        .add_column(ColumnDef::new(Alias::new(*column)).string_len(16).null())
                        .to_owned(),
                )
                .await?;
            // As `typed_state` does: SQLite cannot add a CHECK to a table, so triggers refuse
            // an unknown code there (a NULL passes both ways).
            match manager.get_database_backend() {
                DbBackend::Sqlite => {
                    let message =
                        format!("{table}.{column} must be one of {list}").replace('\'', "");
                    for (when, event) in [
                        ("insert", "INSERT"),
                        ("update", &format!("UPDATE OF {column}")),
                    ] {
                        db.execute_unprepared(&format!(
                            "CREATE TRIGGER {table}_{column}_{when}_check BEFORE {event} ON {table} \
                             FOR EACH ROW WHEN NEW.{column} NOT IN ({list}) \
                             BEGIN SELECT RAISE(ABORT, '{message}'); END"
                        ))
                        .await?;
                    }
                }
                _ => {
                    db.execute_unprepared(&format!(
                        "ALTER TABLE {table} ADD CONSTRAINT {table}_{column}_check CHECK ({column} IN ({list}))"
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (table, column) in COLUMNS {
            if manager.get_database_backend() == DbBackend::Sqlite {
                for when in ["insert", "update"] {
                    db.execute_unprepared(&format!(
                        "DROP TRIGGER IF EXISTS {table}_{column}_{when}_check"
                    ))
                    .await?;
                }
            }
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(*table))
                        .drop_column(Alias::new(*column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
