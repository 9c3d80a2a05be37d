//! The language content is written in, translations linked to each other, and search that
//! suits each language.
//!
//! - `language` (a BCP 47 code) on stories, news, events; knowledge products and training
//!   programs had a free-text language ("Vietnamese", "English, Filipino"), recoded here (the
//!   first language a text names; unknown names become English, the hub's language until now).
//! - `translation_of` on products and stories: a translation points at the original.
//! - Library search: English and Indonesian words are stemmed (SQLite's porter tokenizer;
//!   PostgreSQL's per-product text search configuration), and words of scripts written without
//!   spaces (Thai, Chinese, Khmer…) are found inside the text by trigram indexes: an FTS5
//!   `trigram` table on SQLite, `pg_trgm` on PostgreSQL.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend, Statement};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The content language codes when this migration was written (its own copy).
pub const LANGUAGES: &[&str] = &[
    "en", "id", "vi", "zh-Hans", "th", "fil", "km", "lo", "ms", "my", "ne", "bn", "hi", "ur", "si",
    "mn",
];

/// English names the old free-text columns held, with their codes.
const NAMES: &[(&str, &str)] = &[
    ("english", "en"),
    ("indonesian", "id"),
    ("bahasa indonesia", "id"),
    ("bahasa", "id"),
    ("vietnamese", "vi"),
    ("tiếng việt", "vi"),
    ("chinese", "zh-Hans"),
    ("simplified chinese", "zh-Hans"),
    ("mandarin", "zh-Hans"),
    ("thai", "th"),
    ("filipino", "fil"),
    ("tagalog", "fil"),
    ("khmer", "km"),
    ("lao", "lo"),
    ("malay", "ms"),
    ("bahasa melayu", "ms"),
    ("burmese", "my"),
    ("myanmar", "my"),
    ("nepali", "ne"),
    ("bengali", "bn"),
    ("bangla", "bn"),
    ("hindi", "hi"),
    ("urdu", "ur"),
    ("sinhala", "si"),
    ("mongolian", "mn"),
];

const NEW_COLUMNS: &[&str] = &["story", "news_item", "sector_event"];
const RECODED: &[&str] = &["knowledge_product", "training_program"];
const LINKED: &[&str] = &["knowledge_product", "story"];

/// The code of an old free-text language: the first name it lists.
pub fn recode(text: &str) -> &'static str {
    let first = text
        .split([',', ';', '/', '&'])
        .next()
        .unwrap_or("")
        .trim()
        .to_lowercase();
    LANGUAGES
        .iter()
        .find(|code| code.to_lowercase() == first)
        .copied()
        .or_else(|| {
            NAMES
                .iter()
                .find(|(name, _)| *name == first)
                .map(|(_, c)| *c)
        })
        .unwrap_or("en")
}

fn sql_list(values: &[&str]) -> String {
    values
        .iter()
        .map(|v| format!("'{v}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

async fn check_codes(manager: &SchemaManager<'_>, table: &str) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let list = sql_list(LANGUAGES);
    match manager.get_database_backend() {
        // SQLite cannot add a CHECK to a table: triggers refuse an unknown code there.
        DbBackend::Sqlite => {
            let message = format!("{table}.language must be a language code");
            for (when, event) in [("insert", "INSERT"), ("update", "UPDATE OF language")] {
                db.execute_unprepared(&format!(
                    "CREATE TRIGGER {table}_language_{when}_check BEFORE {event} ON {table} \
                     FOR EACH ROW WHEN NEW.language NOT IN ({list}) \
                     BEGIN SELECT RAISE(ABORT, '{message}'); END"
                ))
                .await?;
            }
        }
        _ => {
            db.execute_unprepared(&format!(
                "ALTER TABLE {table} ADD CONSTRAINT {table}_language_check CHECK (language IN ({list}))"
            ))
            .await?;
        }
    }
    Ok(())
}

async fn recode_table(manager: &SchemaManager<'_>, table: &str) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let backend = manager.get_database_backend();
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            format!("SELECT id, language FROM {table}"),
        ))
        .await?;
    for row in rows {
        let id: i32 = row.try_get("", "id")?;
        let language: String = row.try_get("", "language")?;
        let placeholder = |n: usize| match backend {
            DbBackend::Postgres => format!("${n}"),
            _ => "?".to_owned(),
        };
        db.execute_raw(Statement::from_sql_and_values(
            backend,
            format!(
                "UPDATE {table} SET language = {} WHERE id = {}",
                placeholder(1),
                placeholder(2)
            ),
            [recode(&language).into(), id.into()],
        ))
        .await?;
    }
    Ok(())
}

/// Search as the module's doc says, moving what was indexed into the new indexes.
async fn language_search(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    match manager.get_database_backend() {
        DbBackend::Sqlite => {
            for sql in [
                "CREATE VIRTUAL TABLE knowledge_search_stemmed USING fts5(title, summary, body, \
                 tokenize = 'porter unicode61 remove_diacritics 2')",
                "INSERT INTO knowledge_search_stemmed (rowid, title, summary, body) \
                 SELECT rowid, title, summary, body FROM knowledge_search",
                "DROP TABLE knowledge_search",
                "ALTER TABLE knowledge_search_stemmed RENAME TO knowledge_search",
                "CREATE VIRTUAL TABLE knowledge_search_trigram USING fts5(title, summary, body, \
                 tokenize = 'trigram')",
                "INSERT INTO knowledge_search_trigram (rowid, title, summary, body) \
                 SELECT rowid, title, summary, body FROM knowledge_search",
            ] {
                db.execute_unprepared(sql).await?;
            }
        }
        _ => {
            for sql in [
                "CREATE EXTENSION IF NOT EXISTS pg_trgm",
                "ALTER TABLE knowledge_search ADD COLUMN config regconfig NOT NULL DEFAULT 'simple'",
                "UPDATE knowledge_search s SET config = (CASE p.language \
                   WHEN 'en' THEN 'english' WHEN 'id' THEN 'indonesian' WHEN 'ms' THEN 'indonesian' \
                   WHEN 'ne' THEN 'nepali' WHEN 'hi' THEN 'hindi' ELSE 'simple' END)::regconfig \
                 FROM knowledge_product p WHERE p.id = s.product_id",
                "ALTER TABLE knowledge_search DROP COLUMN head, DROP COLUMN document",
                "ALTER TABLE knowledge_search \
                 ADD COLUMN document tsvector GENERATED ALWAYS AS (\
                   setweight(to_tsvector(config, title), 'A') || \
                   setweight(to_tsvector(config, summary), 'B') || \
                   setweight(to_tsvector(config, body), 'C')) STORED, \
                 ADD COLUMN head tsvector GENERATED ALWAYS AS (\
                   setweight(to_tsvector(config, title), 'A') || \
                   setweight(to_tsvector(config, summary), 'B')) STORED, \
                 ADD COLUMN plain text GENERATED ALWAYS AS (\
                   lower(title || ' ' || summary || ' ' || body)) STORED",
                "CREATE INDEX knowledge_search_document_idx ON knowledge_search USING GIN (document)",
                "CREATE INDEX knowledge_search_plain_idx ON knowledge_search USING GIN (plain gin_trgm_ops)",
            ] {
                db.execute_unprepared(sql).await?;
            }
        }
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// In one transaction on SQLite too: all or nothing, and on one connection (statements
    /// sent one by one outside a transaction may each take another pooled connection; the
    /// search table's rename then failed now and then as if the old table were still there).
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for table in NEW_COLUMNS {
            db.execute_unprepared(&format!(
                "ALTER TABLE {table} ADD COLUMN language varchar(16) NOT NULL DEFAULT 'en'"
            ))
            .await?;
            check_codes(manager, table).await?;
        }
        for table in RECODED {
            recode_table(manager, table).await?;
            check_codes(manager, table).await?;
        }
        for table in LINKED {
            match manager.get_database_backend() {
                // SQLite cannot drop a column with a foreign key (`down` must): a trigger
                // does what `ON DELETE SET NULL` does.
                DbBackend::Sqlite => {
                    db.execute_unprepared(&format!(
                        "ALTER TABLE {table} ADD COLUMN translation_of integer NULL"
                    ))
                    .await?;
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {table}_translation_of_unlink AFTER DELETE ON {table} \
                         FOR EACH ROW BEGIN \
                         UPDATE {table} SET translation_of = NULL WHERE translation_of = OLD.id; END"
                    ))
                    .await?;
                }
                _ => {
                    db.execute_unprepared(&format!(
                        "ALTER TABLE {table} ADD COLUMN translation_of integer NULL \
                         REFERENCES {table} (id) ON DELETE SET NULL"
                    ))
                    .await?;
                }
            }
            db.execute_unprepared(&format!(
                "CREATE INDEX {table}_translation_of_idx ON {table} (translation_of)"
            ))
            .await?;
        }
        language_search(manager).await
    }

    /// Back to the free-text columns (the codes stay, as text) and the first search indexes.
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let sqlite = manager.get_database_backend() == DbBackend::Sqlite;
        let statements: Vec<&str> = if sqlite {
            vec![
                "DROP TABLE knowledge_search_trigram",
                "CREATE VIRTUAL TABLE knowledge_search_plain USING fts5(title, summary, body, \
                 tokenize = 'unicode61 remove_diacritics 2')",
                "INSERT INTO knowledge_search_plain (rowid, title, summary, body) \
                 SELECT rowid, title, summary, body FROM knowledge_search",
                "DROP TABLE knowledge_search",
                "ALTER TABLE knowledge_search_plain RENAME TO knowledge_search",
            ]
        } else {
            vec![
                "ALTER TABLE knowledge_search DROP COLUMN plain, DROP COLUMN head, \
                 DROP COLUMN document, DROP COLUMN config",
                "ALTER TABLE knowledge_search \
                 ADD COLUMN document tsvector GENERATED ALWAYS AS (\
                   setweight(to_tsvector('simple', title), 'A') || \
                   setweight(to_tsvector('simple', summary), 'B') || \
                   setweight(to_tsvector('simple', body), 'C')) STORED, \
                 ADD COLUMN head tsvector GENERATED ALWAYS AS (\
                   setweight(to_tsvector('simple', title), 'A') || \
                   setweight(to_tsvector('simple', summary), 'B')) STORED",
                "CREATE INDEX knowledge_search_document_idx ON knowledge_search USING GIN (document)",
            ]
        };
        for sql in statements {
            db.execute_unprepared(sql).await?;
        }
        for table in LINKED {
            if sqlite {
                db.execute_unprepared(&format!(
                    "DROP TRIGGER IF EXISTS {table}_translation_of_unlink"
                ))
                .await?;
            }
            db.execute_unprepared(&format!("DROP INDEX {table}_translation_of_idx"))
                .await?;
            db.execute_unprepared(&format!("ALTER TABLE {table} DROP COLUMN translation_of"))
                .await?;
        }
        for table in NEW_COLUMNS.iter().chain(RECODED) {
            if sqlite {
                for when in ["insert", "update"] {
                    db.execute_unprepared(&format!(
                        "DROP TRIGGER IF EXISTS {table}_language_{when}_check"
                    ))
                    .await?;
                }
            } else {
                db.execute_unprepared(&format!(
                    "ALTER TABLE {table} DROP CONSTRAINT {table}_language_check"
                ))
                .await?;
            }
        }
        for table in NEW_COLUMNS {
            db.execute_unprepared(&format!("ALTER TABLE {table} DROP COLUMN language"))
                .await?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_free_text_languages_become_codes() {
        assert_eq!(recode("English"), "en");
        assert_eq!(recode("English, Filipino"), "en");
        assert_eq!(recode("Vietnamese"), "vi");
        assert_eq!(recode("Bahasa Indonesia"), "id");
        assert_eq!(recode("Khmer"), "km");
        assert_eq!(recode("zh-hans"), "zh-Hans");
        assert_eq!(recode("Esperanto"), "en");
    }
}
