//! Every column that holds one of the app's stored vocabularies (states, kinds, roles…) accepts
//! only its known codes, so that no code path, raw SQL or hand edit can store a value the app
//! cannot read. The app reads these columns as sea-orm `ActiveEnum`s (`app::stored`), which
//! refuse an unknown value; the database now refuses to store one.
//!
//! PostgreSQL gets a named CHECK constraint per column (`<table>_<column>_check`).
//!
//! SQLite cannot add a constraint to an existing table (ALTER TABLE has no ADD CONSTRAINT). The
//! choice was between rebuilding each of the 17 tables (SQLite's 12-step procedure,
//! <https://www.sqlite.org/lang_altertable.html#otheralter>, as `keep_references` did for its
//! foreign keys) and triggers. Triggers are used: a `BEFORE INSERT` and a `BEFORE UPDATE OF
//! <column>` trigger per column that `RAISE(ABORT, …)` on an unknown value enforce the same
//! rule, are added and dropped without copying any data, and leave every table's foreign keys,
//! indexes and full-text triggers exactly as they are (a rebuild must recreate them all, and a
//! slip there silently loses one). Their names are `<table>_<column>_insert_check` and
//! `<table>_<column>_update_check`.
//!
//! Before adding the rule, each column is checked on both databases: a row holding another
//! value stops the migration with its table, column and value, instead of failing half-way
//! (PostgreSQL) or keeping a value the app cannot read (SQLite).
//!
//! The lists are the codes as stored when the columns were typed; they are this migration's
//! own copy (a migration must not change when the app's enums do later). A test in the server
//! compares them with the enums, so a new variant without a migration is caught.
//!
//! The venue time zones (`forum_edition.time_zone`, `training_program.time_zone`) are not
//! listed: they are IANA names, an open list the app checks when it reads them.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend, Statement};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// (table, column, allowed codes) of every column that holds a stored vocabulary.
pub const CONSTRAINED: &[(&str, &str, &[&str])] = &[
    (
        "account_role",
        "role",
        &[
            "secretariat_admin",
            "facilitator",
            "trainer",
            "juror",
            "member",
        ],
    ),
    (
        "organization",
        "kind",
        &[
            "utility",
            "facilitator",
            "development_partner",
            "knowledge_partner",
            "secretariat",
        ],
    ),
    ("organization_topic", "direction", &["offer", "need"]),
    ("kpi_measurement", "kpi", KPIS),
    ("need", "status", &["open", "matched", "withdrawn"]),
    (
        "partnership",
        "state",
        &[
            "proposed",
            "introduced",
            "agreed",
            "active",
            "completed",
            "closed_early",
        ],
    ),
    ("commitment", "side", &["mentor", "recipient"]),
    (
        "activity",
        "kind",
        &[
            "technical_consultation",
            "on_the_job_training",
            "technology_demonstration",
            "peer_review",
            "information_exchange",
        ],
    ),
    ("activity", "responsible", &["mentor", "recipient"]),
    (
        "activity",
        "status",
        &["planned", "in_progress", "done", "cancelled"],
    ),
    ("outcome", "kpi", KPIS),
    (
        "training_program",
        "format",
        &["in_person", "online", "hybrid"],
    ),
    (
        "training_enrolment",
        "status",
        &["enrolled", "waitlisted", "cancelled"],
    ),
    (
        "knowledge_product",
        "kind",
        &["toolkit", "manual", "applied_study", "case_study"],
    ),
    ("knowledge_product", "access", &["public", "members"]),
    (
        "knowledge_product",
        "status",
        &["submitted", "published", "rejected"],
    ),
    ("forum_question", "kind", &["text", "choice", "yes_no"]),
    (
        "forum_registration",
        "attendee_type",
        &[
            "utility",
            "development_partner",
            "knowledge_partner",
            "media",
            "secretariat",
        ],
    ),
    (
        "forum_registration",
        "status",
        &[
            "unconfirmed",
            "pending",
            "registered",
            "waitlisted",
            "rejected",
            "cancelled",
        ],
    ),
    ("story", "status", &["draft", "in_review", "published"]),
    ("sector_event", "scope", &["global", "regional", "national"]),
    (
        "award_category",
        "voting_state",
        &["draft", "open", "closed", "revealed"],
    ),
];

const KPIS: &[&str] = &[
    "water_coverage",
    "sanitation_coverage",
    "non_revenue_water",
    "continuity_of_supply",
    "water_quality_compliance",
    "collection_efficiency",
    "operating_cost_coverage",
    "metering_level",
    "staff_per_1000_connections",
    "energy_intensity",
    "people_with_new_access",
];

/// `'a', 'b', 'c'` (the codes are plain lower-case words; quoted the SQL way all the same).
fn sql_list(values: &[&str]) -> String {
    values
        .iter()
        .map(|v| format!("'{}'", v.replace('\'', "''")))
        .collect::<Vec<_>>()
        .join(", ")
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let backend = manager.get_database_backend();
        for (table, column, values) in CONSTRAINED {
            let list = sql_list(values);
            // Stored data that the rule would refuse stops the migration, saying where.
            let stray = db
                .query_one_raw(Statement::from_string(
                    backend,
                    format!(
                        "SELECT {column} AS value FROM {table} WHERE {column} NOT IN ({list}) LIMIT 1"
                    ),
                ))
                .await?;
            if let Some(row) = stray {
                let value: String = row.try_get("", "value")?;
                return Err(DbErr::Migration(format!(
                    "{table}.{column} holds '{value}', which is none of {list}; correct the data \
                     and run the migration again"
                )));
            }
            match backend {
                DbBackend::Sqlite => {
                    let message =
                        format!("{table}.{column} must be one of {list}").replace('\'', "");
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {table}_{column}_insert_check BEFORE INSERT ON {table} \
                         FOR EACH ROW WHEN NEW.{column} NOT IN ({list}) \
                         BEGIN SELECT RAISE(ABORT, '{message}'); END"
                    ))
                    .await?;
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {table}_{column}_update_check BEFORE UPDATE OF {column} \
                         ON {table} FOR EACH ROW WHEN NEW.{column} NOT IN ({list}) \
                         BEGIN SELECT RAISE(ABORT, '{message}'); END"
                    ))
                    .await?;
                }
                _ => {
                    db.execute_unprepared(&format!(
                        "ALTER TABLE {table} ADD CONSTRAINT {table}_{column}_check \
                         CHECK ({column} IN ({list}))"
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (table, column, _) in CONSTRAINED {
            match manager.get_database_backend() {
                DbBackend::Sqlite => {
                    db.execute_unprepared(&format!(
                        "DROP TRIGGER IF EXISTS {table}_{column}_insert_check"
                    ))
                    .await?;
                    db.execute_unprepared(&format!(
                        "DROP TRIGGER IF EXISTS {table}_{column}_update_check"
                    ))
                    .await?;
                }
                _ => {
                    db.execute_unprepared(&format!(
                        "ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {table}_{column}_check"
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }
}
