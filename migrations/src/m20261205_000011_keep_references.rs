//! Deleting a record that others point to is refused instead of silently deleting them too.
//!
//! Merging two organizations deleted the duplicate, and `ON DELETE CASCADE` took its
//! partnerships with it, and with them their agreements, work plans, outcomes, reports,
//! nominations and library links. The merge now re-points every reference first; these
//! foreign keys become `ON DELETE RESTRICT`, so that a delete which would take records people
//! care about with it fails instead, whatever code asks for it.
//!
//! Kept as `CASCADE` (harmless: a row with no meaning alone, deleted only with its owner on
//! purpose): an account's roles, sessions, password resets, organization memberships, trainer
//! and juror assignments and agenda stars; an outcome's measured values; an enrolment's
//! attendance and evaluation; a product's or story's or event's own tags and countries; links
//! between products and partnerships or programs; an edition's questions and agenda sessions; a
//! category's criteria. The `SET NULL` references (who created or reviewed something) keep the
//! record and are unchanged.
//!
//! PostgreSQL changes each constraint in place. SQLite cannot alter a foreign key: each table is
//! rebuilt (new table, copy, drop, rename, its indexes again) on one connection with foreign
//! keys off, in one transaction, and `PRAGMA foreign_key_check` must find nothing before it
//! commits (<https://www.sqlite.org/lang_altertable.html#otheralter>).

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseExecutor, DbBackend, Statement};
use std::collections::BTreeMap;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// (table, column, referenced table): the foreign keys whose deletes become refused.
const RESTRICTED: &[(&str, &str, &str)] = &[
    // An organization's people, offers and needs, contacts, KPI history, needs and partnerships.
    ("organization_member", "organization_id", "organization"),
    ("organization_topic", "organization_id", "organization"),
    ("organization_contact", "organization_id", "organization"),
    ("kpi_measurement", "organization_id", "organization"),
    ("need", "organization_id", "organization"),
    ("partnership", "mentor_id", "organization"),
    ("partnership", "recipient_id", "organization"),
    // A topic in use is renamed, never deleted: deleting it would take needs and offers, and
    // strip partnerships, programs, products, stories and events of it.
    ("organization_topic", "topic_id", "topic"),
    ("need", "topic_id", "topic"),
    ("partnership_topic", "topic_id", "topic"),
    ("training_program_topic", "topic_id", "topic"),
    ("knowledge_product_topic", "topic_id", "topic"),
    ("story_topic", "topic_id", "topic"),
    ("sector_event_topic", "topic_id", "topic"),
    // A partnership's history, agreement, plan, outcomes, reports and nominations.
    ("partnership_event", "partnership_id", "partnership"),
    ("agreement", "partnership_id", "partnership"),
    ("commitment", "partnership_id", "partnership"),
    ("activity", "partnership_id", "partnership"),
    ("resource", "partnership_id", "partnership"),
    ("outcome", "partnership_id", "partnership"),
    ("progress_report", "partnership_id", "partnership"),
    ("corrective_action", "partnership_id", "partnership"),
    ("award_nomination", "partnership_id", "partnership"),
    // Training records: sessions with their attendance, enrolments with their certificates.
    ("training_session", "program_id", "training_program"),
    ("training_enrolment", "program_id", "training_program"),
    ("training_enrolment", "account_id", "account"),
    ("training_attendance", "session_id", "training_session"),
    // A product's files.
    ("knowledge_file", "product_id", "knowledge_product"),
    // Forum registrations, and the awards with their nominations, scores, ballots and votes.
    ("forum_registration", "edition_id", "forum_edition"),
    ("award_category", "edition_id", "forum_edition"),
    ("award_nomination", "category_id", "award_category"),
    ("award_score", "nomination_id", "award_nomination"),
    ("award_score", "criterion_id", "award_criterion"),
    ("award_score", "juror_id", "account"),
    ("award_ballot", "category_id", "award_category"),
    ("award_vote", "category_id", "award_category"),
    ("award_vote", "registration_id", "forum_registration"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        set_on_delete(manager, "CASCADE", "RESTRICT").await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        set_on_delete(manager, "RESTRICT", "CASCADE").await
    }
}

async fn set_on_delete(manager: &SchemaManager<'_>, from: &str, to: &str) -> Result<(), DbErr> {
    match manager.get_database_backend() {
        DbBackend::Postgres => {
            for (table, column, parent) in RESTRICTED {
                postgres::set_on_delete(manager, table, column, parent, to).await?;
            }
            Ok(())
        }
        DbBackend::Sqlite => {
            let DatabaseExecutor::Connection(db) = manager.get_connection() else {
                return Err(DbErr::Migration(
                    "rebuilding SQLite tables needs a connection of its own, not a transaction"
                        .to_owned(),
                ));
            };
            let mut by_table: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
            for (table, column, parent) in RESTRICTED {
                by_table.entry(table).or_default().push((column, parent));
            }
            // Off the pool: the pragma must not stay off on a connection others will use.
            let conn = db
                .get_sqlite_connection_pool()
                .acquire()
                .await
                .map_err(failed)?
                .detach();
            sqlite::rebuild(conn, &by_table, from, to).await
        }
        other => Err(DbErr::Migration(format!("unsupported database {other:?}"))),
    }
}

fn failed(e: impl std::fmt::Display) -> DbErr {
    DbErr::Migration(format!("keeping references: {e}"))
}

mod postgres {
    use super::*;

    /// Replaces the foreign key of `table.column` by the same one with `ON DELETE {action}`.
    pub async fn set_on_delete(
        manager: &SchemaManager<'_>,
        table: &str,
        column: &str,
        parent: &str,
        action: &str,
    ) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let found = db
            .query_one_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                "SELECT c.conname AS name FROM pg_constraint c \
                 JOIN pg_class t ON t.oid = c.conrelid \
                 JOIN pg_namespace n ON n.oid = t.relnamespace \
                 JOIN pg_class p ON p.oid = c.confrelid \
                 JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (c.conkey) \
                 WHERE c.contype = 'f' AND n.nspname = current_schema() \
                 AND t.relname = $1 AND a.attname = $2 AND p.relname = $3",
                [table.into(), column.into(), parent.into()],
            ))
            .await?
            .ok_or_else(|| failed(format!("no foreign key {table}.{column} → {parent}")))?;
        let name: String = found.try_get("", "name")?;
        db.execute_unprepared(&format!(
            "ALTER TABLE \"{table}\" DROP CONSTRAINT \"{name}\", \
             ADD CONSTRAINT \"{name}\" FOREIGN KEY (\"{column}\") \
             REFERENCES \"{parent}\" (\"id\") ON DELETE {action}"
        ))
        .await?;
        Ok(())
    }
}

mod sqlite {
    use super::*;
    use sea_orm_migration::sea_orm::sqlx::{self, AssertSqlSafe, Row, SqliteConnection};

    /// Rebuilds each table with the named foreign keys changed from `ON DELETE {from}` to
    /// `ON DELETE {to}`, all in one transaction on `conn`, foreign keys off meanwhile.
    pub async fn rebuild(
        mut conn: SqliteConnection,
        tables: &BTreeMap<&str, Vec<(&str, &str)>>,
        from: &str,
        to: &str,
    ) -> Result<(), DbErr> {
        // Outside a transaction, or SQLite ignores it. Dropping a parent table would otherwise
        // delete (or null) the rows pointing to it.
        run(&mut conn, "PRAGMA foreign_keys = OFF").await?;
        run(&mut conn, "BEGIN IMMEDIATE").await?;
        let done = async {
            for (table, keys) in tables {
                rebuild_one(&mut conn, table, keys, from, to).await?;
            }
            let broken = sqlx::query("PRAGMA foreign_key_check")
                .fetch_all(&mut conn)
                .await
                .map_err(failed)?;
            if broken.is_empty() {
                Ok(())
            } else {
                Err(failed(format!(
                    "{} rows would point to nothing after the rebuild",
                    broken.len()
                )))
            }
        }
        .await;
        match done {
            Ok(()) => run(&mut conn, "COMMIT").await?,
            Err(e) => {
                let _ = run(&mut conn, "ROLLBACK").await;
                return Err(e);
            }
        }
        // The connection was taken off the pool and closes here; this is for good measure.
        run(&mut conn, "PRAGMA foreign_keys = ON").await
    }

    /// Runs one statement. Table names come from this migration's own list and SQL from
    /// SQLite's own schema, never from input.
    async fn run(conn: &mut SqliteConnection, sql: &str) -> Result<(), DbErr> {
        sqlx::query(AssertSqlSafe(sql.to_owned()))
            .execute(conn)
            .await
            .map_err(failed)?;
        Ok(())
    }

    async fn rebuild_one(
        conn: &mut SqliteConnection,
        table: &str,
        keys: &[(&str, &str)],
        from: &str,
        to: &str,
    ) -> Result<(), DbErr> {
        let sql: String =
            sqlx::query("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
                .bind(table)
                .fetch_optional(&mut *conn)
                .await
                .map_err(failed)?
                .ok_or_else(|| failed(format!("no table {table}")))?
                .try_get(0)
                .map_err(failed)?;
        let created = with_on_delete(&sql, table, keys, from, to).map_err(failed)?;
        let rebuilt = format!("{table}__rebuilt");
        let created = created.replacen(
            &format!("CREATE TABLE \"{table}\""),
            &format!("CREATE TABLE \"{rebuilt}\""),
            1,
        );
        // Indexes and triggers go with the old table; they are made again afterwards.
        let extras: Vec<String> = sqlx::query(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') \
             AND sql IS NOT NULL",
        )
        .bind(table)
        .fetch_all(&mut *conn)
        .await
        .map_err(failed)?
        .iter()
        .map(|row| row.try_get::<String, _>(0))
        .collect::<Result<_, _>>()
        .map_err(failed)?;
        // The AUTOINCREMENT counter, so ids of deleted rows are not handed out again.
        let sequence: Option<i64> = sqlx::query("SELECT seq FROM sqlite_sequence WHERE name = ?")
            .bind(table)
            .fetch_optional(&mut *conn)
            .await
            .map_err(failed)?
            .map(|row| row.try_get(0))
            .transpose()
            .map_err(failed)?;

        run(conn, &created).await?;
        run(
            conn,
            &format!("INSERT INTO \"{rebuilt}\" SELECT * FROM \"{table}\""),
        )
        .await?;
        run(conn, &format!("DROP TABLE \"{table}\"")).await?;
        run(
            conn,
            &format!("ALTER TABLE \"{rebuilt}\" RENAME TO \"{table}\""),
        )
        .await?;
        for extra in &extras {
            run(conn, extra).await?;
        }
        if let Some(seq) = sequence {
            let updated =
                sqlx::query("UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?")
                    .bind(seq)
                    .bind(table)
                    .execute(&mut *conn)
                    .await
                    .map_err(failed)?;
            if updated.rows_affected() == 0 {
                sqlx::query("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)")
                    .bind(table)
                    .bind(seq)
                    .execute(&mut *conn)
                    .await
                    .map_err(failed)?;
            }
        }
        Ok(())
    }

    /// `create` (a `CREATE TABLE` statement as SQLite keeps it) with each named foreign key's
    /// `ON DELETE {from}` changed to `ON DELETE {to}`. Each must be found exactly once.
    pub fn with_on_delete(
        create: &str,
        table: &str,
        keys: &[(&str, &str)],
        from: &str,
        to: &str,
    ) -> Result<String, String> {
        let mut out = create.to_owned();
        for (column, parent) in keys {
            let clause = |action: &str| {
                format!(
                    "FOREIGN KEY (\"{column}\") REFERENCES \"{parent}\" (\"id\") ON DELETE {action}"
                )
            };
            let found = out.matches(&clause(from)).count();
            if found != 1 {
                return Err(format!(
                    "{table}.{column}: expected one `{}`, found {found} in {create}",
                    clause(from)
                ));
            }
            out = out.replacen(&clause(from), &clause(to), 1);
        }
        Ok(out)
    }

    #[cfg(test)]
    mod tests {
        use super::with_on_delete;

        const NEED: &str = "CREATE TABLE \"need\" ( \"id\" integer NOT NULL PRIMARY KEY \
            AUTOINCREMENT, \"organization_id\" integer NOT NULL, \"topic_id\" integer NOT NULL, \
            FOREIGN KEY (\"organization_id\") REFERENCES \"organization\" (\"id\") ON DELETE CASCADE, \
            FOREIGN KEY (\"topic_id\") REFERENCES \"topic\" (\"id\") ON DELETE CASCADE )";

        #[test]
        fn only_the_named_foreign_keys_change() {
            let out = with_on_delete(
                NEED,
                "need",
                &[("organization_id", "organization")],
                "CASCADE",
                "RESTRICT",
            )
            .unwrap();
            assert!(out.contains("REFERENCES \"organization\" (\"id\") ON DELETE RESTRICT"));
            assert!(out.contains("REFERENCES \"topic\" (\"id\") ON DELETE CASCADE"));
        }

        #[test]
        fn a_foreign_key_not_as_expected_stops_the_migration() {
            let missing = with_on_delete(
                NEED,
                "need",
                &[("organization_id", "account")],
                "CASCADE",
                "RESTRICT",
            );
            assert!(missing.is_err());
            let already = with_on_delete(
                NEED,
                "need",
                &[("organization_id", "organization")],
                "RESTRICT",
                "CASCADE",
            );
            assert!(already.is_err());
        }
    }
}
