//! Full-text search behind one interface: SQLite's FTS5 or PostgreSQL's text search
//! (`tsvector`, GIN index, `ts_headline`). Both match every word as a prefix, rank title
//! matches above summary matches above matches in the file's text, and mark the matched words
//! with [`MARK_START`]/[`MARK_END`]. The user's words reach the engines only through
//! [`fts5_query`]/[`tsquery`] (bound as parameters), so they cannot be syntax.

use super::query::{
    fts5_query, mark_terms, passage, strip_marks, tsquery, LibraryFilter, Marked, MARK_END,
    MARK_START,
};
use crate::i18n::{unspaced_script, ContentLanguage};
use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement, Value};
use std::collections::HashMap;

/// The indexed text of a file is cut here: enough for any manual, and headlines stay quick.
pub const MAX_INDEXED_CHARS: usize = 200_000;

/// SQL text with its parameters, written for one backend's placeholders.
pub(super) struct Sql {
    backend: DbBackend,
    pub text: String,
    values: Vec<Value>,
}

impl Sql {
    pub fn new(backend: DbBackend) -> Sql {
        Sql {
            backend,
            text: String::new(),
            values: Vec::new(),
        }
    }

    /// Adds a parameter and returns its placeholder.
    pub fn bind(&mut self, value: impl Into<Value>) -> String {
        self.values.push(value.into());
        match self.backend {
            DbBackend::Postgres => format!("${}", self.values.len()),
            // Numbered, so that one value can be used twice, as on PostgreSQL.
            _ => format!("?{}", self.values.len()),
        }
    }

    pub fn push(&mut self, text: &str) {
        self.text.push_str(text);
    }

    pub fn statement(self) -> Statement {
        Statement::from_sql_and_values(self.backend, self.text, self.values)
    }
}

/// What one search found: the page's product ids in rank order, the total and the raw facet
/// counts (facet, value, count).
pub struct Found {
    pub total: i64,
    pub ids: Vec<i32>,
    pub facets: Vec<(String, String, i64)>,
}

/// The text search configurations the products are indexed with: a query is stemmed by
/// each, so that it meets every product's words however they were stemmed.
fn text_search_configs() -> Vec<&'static str> {
    let mut configs: Vec<&'static str> = ContentLanguage::ALL
        .into_iter()
        .map(ContentLanguage::text_search_config)
        .collect();
    configs.sort_unstable();
    configs.dedup();
    configs
}

/// The `WITH m AS (…)` of a search: the visible products matching the words and filters,
/// with a score (lower is better) on both backends. Words of scripts written without spaces
/// (Thai, Chinese…) are looked for inside the text through the trigram indexes; the others
/// through the word indexes, stemmed where the language has a stemmer.
fn matches(sql: &mut Sql, filter: &LibraryFilter, terms: &[String], members: bool) {
    let backend = sql.backend;
    let (unspaced, spaced): (Vec<&String>, Vec<&String>) =
        terms.iter().partition(|t| unspaced_script(t));
    let spaced: Vec<String> = spaced.into_iter().cloned().collect();
    if spaced.is_empty() {
        let from = if backend == DbBackend::Postgres {
            "knowledge_search s JOIN knowledge_product p ON p.id = s.product_id"
        } else {
            "knowledge_product p"
        };
        sql.push(&format!(
            "WITH m AS (SELECT p.id, p.kind, p.year, p.language, 0.0 AS score \
             FROM {from} WHERE 1 = 1"
        ));
    } else if backend == DbBackend::Postgres {
        // Ranked by the title and summary (`head`): ts_rank over the whole text of every match
        // costs more than the search itself when a word is in most products; matches only in
        // a file's text then rank by year.
        let q = sql.bind(tsquery(&spaced));
        let query = text_search_configs()
            .iter()
            .map(|c| format!("to_tsquery('{c}', {q})"))
            .collect::<Vec<_>>()
            .join(" || ");
        sql.push(&format!(
            "WITH m AS (SELECT p.id, p.kind, p.year, p.language, \
             CAST(-ts_rank(s.head, {query}) AS double precision) AS score \
             FROM knowledge_search s JOIN knowledge_product p ON p.id = s.product_id \
             WHERE s.document @@ ({query})"
        ));
    } else {
        let q = sql.bind(fts5_query(&spaced));
        // The matches are computed once, first: left to itself, SQLite may loop over the
        // products and run the full-text query once per product (seconds instead of
        // milliseconds at 10,000 products; bench/library.sh). bm25 weights: title 10,
        // summary 4, file text 1; lower (more negative) is better.
        sql.push(&format!(
            "WITH hits AS MATERIALIZED (SELECT rowid AS id, bm25(knowledge_search, 10.0, 4.0, 1.0) AS score \
             FROM knowledge_search WHERE knowledge_search MATCH {q}), \
             m AS (SELECT p.id, p.kind, p.year, p.language, hits.score \
             FROM hits JOIN knowledge_product p ON p.id = hits.id WHERE 1 = 1"
        ));
    }
    // Terms hold no `%`, `_` or `\` (tokenize splits on ASCII punctuation): no escaping needed.
    for term in unspaced {
        if backend == DbBackend::Postgres {
            let v = sql.bind(format!("%{term}%"));
            sql.push(&format!(" AND s.plain LIKE {v}"));
        } else if term.chars().count() >= 3 {
            let v = sql.bind(format!("\"{term}\""));
            sql.push(&format!(
                " AND p.id IN (SELECT rowid FROM knowledge_search_trigram \
                 WHERE knowledge_search_trigram MATCH {v})"
            ));
        } else {
            // Two characters (a Chinese word often is) are below a trigram: read the text.
            let v = sql.bind(format!("%{term}%"));
            sql.push(&format!(
                " AND p.id IN (SELECT rowid FROM knowledge_search_trigram \
                 WHERE title LIKE {v} OR summary LIKE {v} OR body LIKE {v})"
            ));
        }
    }
    sql.push(" AND p.status = 'published'");
    if !members {
        sql.push(" AND p.access = 'public'");
    }
    if let Some(kind) = filter.kind {
        let v = sql.bind(kind.as_code());
        sql.push(&format!(" AND p.kind = {v}"));
    }
    if let Some(year) = filter.year {
        let v = sql.bind(year);
        sql.push(&format!(" AND p.year = {v}"));
    }
    if let Some(language) = filter.language {
        let v = sql.bind(language.as_code());
        sql.push(&format!(" AND p.language = {v}"));
    }
    if let Some(topic) = &filter.topic {
        let v = sql.bind(topic.as_str());
        sql.push(&format!(
            " AND EXISTS (SELECT 1 FROM knowledge_product_topic kt JOIN topic t ON t.id = kt.topic_id \
             WHERE kt.product_id = p.id AND t.code = {v})"
        ));
    }
    if let Some(country) = &filter.country {
        let v = sql.bind(country.as_str());
        sql.push(&format!(
            " AND EXISTS (SELECT 1 FROM knowledge_product_country c \
             WHERE c.product_id = p.id AND c.country = {v})"
        ));
    }
    sql.push(") ");
}

/// One page of the products matching `terms` (every word, as a prefix; all products when
/// there are none) and the filters, with the facet counts over all of them. Visitors
/// (`members == false`) see public products only; nobody sees unpublished ones here.
#[tracing::instrument(skip(db))]
pub async fn find<C: ConnectionTrait>(
    db: &C,
    filter: &LibraryFilter,
    terms: &[String],
    members: bool,
    page_size: u32,
) -> Result<Found, DbErr> {
    let backend = db.get_database_backend();
    let mut sql = Sql::new(backend);
    matches(&mut sql, filter, terms, members);
    let offset = filter.page.saturating_sub(1).saturating_mul(page_size);
    // One statement, so the words are matched and ranked once: the page's ids (as 'hit' rows,
    // numbered in rank order) and every facet's counts over all the matches.
    sql.push(&format!(
        "SELECT 'hit' AS facet, CAST(h.id AS TEXT) AS value, \
           ROW_NUMBER() OVER (ORDER BY h.score, h.year DESC, h.id DESC) AS n \
           FROM (SELECT m.id, m.score, m.year FROM m \
                 ORDER BY m.score, m.year DESC, m.id DESC LIMIT {page_size} OFFSET {offset}) h \
         UNION ALL SELECT 'kind', m.kind, COUNT(*) FROM m GROUP BY m.kind \
         UNION ALL SELECT 'year', CAST(m.year AS TEXT), COUNT(*) FROM m GROUP BY m.year \
         UNION ALL SELECT 'language', m.language, COUNT(*) FROM m GROUP BY m.language \
         UNION ALL SELECT 'topic', t.code, COUNT(*) FROM m \
           JOIN knowledge_product_topic kt ON kt.product_id = m.id JOIN topic t ON t.id = kt.topic_id \
           GROUP BY t.code \
         UNION ALL SELECT 'country', c.country, COUNT(*) FROM m \
           JOIN knowledge_product_country c ON c.product_id = m.id GROUP BY c.country"
    ));
    let mut facets = Vec::new();
    let mut hits: Vec<(i64, i32)> = Vec::new();
    let mut total = 0;
    for row in db.query_all_raw(sql.statement()).await? {
        let facet: String = row.try_get("", "facet")?;
        let value: String = row.try_get("", "value")?;
        let n: i64 = row.try_get("", "n")?;
        match facet.as_str() {
            "hit" => {
                if let Ok(id) = value.parse::<i32>() {
                    hits.push((n, id));
                }
            }
            "kind" => {
                total += n;
                facets.push((facet, value, n));
            }
            _ => facets.push((facet, value, n)),
        }
    }
    hits.sort_unstable();
    let ids = hits.into_iter().map(|(_, id)| id).collect();
    Ok(Found { total, ids, facets })
}

/// The marked title and snippet of each product in `ids` for `terms` (non-empty).
#[tracing::instrument(skip(db))]
pub async fn marks<C: ConnectionTrait>(
    db: &C,
    terms: &[String],
    ids: &[i32],
) -> Result<HashMap<i32, (Marked, Marked)>, DbErr> {
    if ids.is_empty() || terms.is_empty() {
        return Ok(HashMap::new());
    }
    let backend = db.get_database_backend();
    let id_list = ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
    if terms.iter().any(|t| unspaced_script(t)) {
        return marks_by_text(db, terms, &id_list).await;
    }
    let mut sql = Sql::new(backend);
    if backend == DbBackend::Postgres {
        let q = sql.bind(tsquery(terms));
        // The options as an SQL expression: the mark characters cannot be typed in a literal.
        let options = |extra: &str| {
            format!("'StartSel=\"' || chr(2) || '\", StopSel=\"' || chr(3) || '\", {extra}'")
        };
        let (title, short, body) = (
            options("HighlightAll=true"),
            options("MaxWords=30, MinWords=12"),
            options("MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \""),
        );
        // The file's text is long: its headline is made only when the words are not in the
        // title or summary (the page then shows the passage of the file that has them). Each
        // product's words are read with its own language's configuration.
        sql.push(&format!(
            "SELECT s.product_id AS id, \
             ts_headline(s.config, s.title, q, {title}) AS title, \
             ts_headline(s.config, s.summary, q, {short}) AS summary, \
             CASE WHEN s.head @@ q THEN '' \
               ELSE ts_headline(s.config, s.body, q, {body}) END AS body \
             FROM knowledge_search s, LATERAL to_tsquery(s.config, {q}) q \
             WHERE s.product_id IN ({id_list})"
        ));
    } else {
        let q = sql.bind(fts5_query(terms));
        // `+rowid`: the ids filter the one pass over the matches. As a plain `rowid IN`, SQLite
        // runs the whole query once per id, and a prefix query (`"leak"*`) rebuilds its
        // merged list of documents each time: 38 ms instead of 3 ms (bench/library.sh).
        sql.push(&format!(
            "SELECT rowid AS id, \
             highlight(knowledge_search, 0, char(2), char(3)) AS title, \
             snippet(knowledge_search, 1, char(2), char(3), '…', 30) AS summary, \
             snippet(knowledge_search, 2, char(2), char(3), '…', 30) AS body \
             FROM knowledge_search WHERE knowledge_search MATCH {q} AND +rowid IN ({id_list})"
        ));
    }
    let mut out = HashMap::new();
    for row in db.query_all_raw(sql.statement()).await? {
        let id: i32 = row.try_get("", "id")?;
        let title = Marked::parse(&row.try_get::<String>("", "title")?);
        let summary = Marked::parse(&row.try_get::<String>("", "summary")?);
        let body = Marked::parse(&row.try_get::<String>("", "body")?);
        // The summary when the words are in it, else the passage of the file that has them.
        let snippet = if !summary.has_match() && body.has_match() {
            body
        } else {
            summary
        };
        out.insert(id, (title, snippet));
    }
    Ok(out)
}

/// The marks when some words are of scripts without spaces: the engines' word-based
/// highlighters cannot find them, so the words are found in the text here.
async fn marks_by_text<C: ConnectionTrait>(
    db: &C,
    terms: &[String],
    id_list: &str,
) -> Result<HashMap<i32, (Marked, Marked)>, DbErr> {
    let backend = db.get_database_backend();
    let id = if backend == DbBackend::Postgres {
        "product_id"
    } else {
        "rowid"
    };
    let mut sql = Sql::new(backend);
    sql.push(&format!(
        "SELECT {id} AS id, title, summary, body FROM knowledge_search WHERE {id} IN ({id_list})"
    ));
    let mut out = HashMap::new();
    for row in db.query_all_raw(sql.statement()).await? {
        let id: i32 = row.try_get("", "id")?;
        let title = mark_terms(&row.try_get::<String>("", "title")?, terms);
        let summary: String = row.try_get("", "summary")?;
        let summary_marked = mark_terms(&summary, terms);
        let snippet = if summary_marked.has_match() {
            passage(&summary, terms, SNIPPET_CHARS).unwrap_or(summary_marked)
        } else {
            let body: String = row.try_get("", "body")?;
            passage(&body, terms, SNIPPET_CHARS).unwrap_or(summary_marked)
        };
        out.insert(id, (title, snippet));
    }
    Ok(out)
}

/// About as long as the engines' 30-word snippets.
const SNIPPET_CHARS: usize = 240;

/// Writes (or rewrites) a product's row of the full-text indexes, its words read as
/// `language` writes them.
pub async fn index<C: ConnectionTrait>(
    db: &C,
    id: i32,
    language: ContentLanguage,
    title: &str,
    summary: &str,
    body: &str,
) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let body: String = strip_marks(body).chars().take(MAX_INDEXED_CHARS).collect();
    let (title, summary) = (strip_marks(title), strip_marks(summary));
    if backend == DbBackend::Postgres {
        let mut sql = Sql::new(backend);
        let (i, c, t, s, b) = (
            sql.bind(id),
            sql.bind(language.text_search_config()),
            sql.bind(title),
            sql.bind(summary),
            sql.bind(body),
        );
        sql.push(&format!(
            "INSERT INTO knowledge_search (product_id, config, title, summary, body) \
             VALUES ({i}, CAST({c} AS regconfig), {t}, {s}, {b}) \
             ON CONFLICT (product_id) DO UPDATE SET config = excluded.config, \
             title = excluded.title, summary = excluded.summary, body = excluded.body"
        ));
        db.execute_raw(sql.statement()).await?;
    } else {
        // The word index and the trigram index hold the same text.
        for table in ["knowledge_search", "knowledge_search_trigram"] {
            let mut delete = Sql::new(backend);
            let i = delete.bind(id);
            delete.push(&format!("DELETE FROM {table} WHERE rowid = {i}"));
            db.execute_raw(delete.statement()).await?;
            let mut insert = Sql::new(backend);
            let (i, t, s, b) = (
                insert.bind(id),
                insert.bind(title.as_str()),
                insert.bind(summary.as_str()),
                insert.bind(body.as_str()),
            );
            insert.push(&format!(
                "INSERT INTO {table} (rowid, title, summary, body) VALUES ({i}, {t}, {s}, {b})"
            ));
            db.execute_raw(insert.statement()).await?;
        }
    }
    Ok(())
}

// The marks are plain characters on both engines' side; keep them in one place.
const _: () = assert!(MARK_START as u32 == 2 && MARK_END as u32 == 3);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_follow_the_backend() {
        for (backend, expected) in [
            (DbBackend::Sqlite, "a = ?1 AND b = ?2"),
            (DbBackend::Postgres, "a = $1 AND b = $2"),
        ] {
            let mut sql = Sql::new(backend);
            let (a, b) = (sql.bind(1), sql.bind("x"));
            sql.push(&format!("a = {a} AND b = {b}"));
            assert_eq!(sql.text, expected);
            assert_eq!(sql.statement().values.map(|v| v.0.len()), Some(2));
        }
    }

    #[test]
    fn user_words_reach_the_engines_only_as_parameters() {
        let filter = LibraryFilter {
            q: "x' OR 1=1 --".into(),
            country: Some("Viet Nam'; --".into()),
            ..Default::default()
        };
        let terms = crate::library::query::tokenize(&filter.q);
        for backend in [DbBackend::Sqlite, DbBackend::Postgres] {
            let mut sql = Sql::new(backend);
            matches(&mut sql, &filter, &terms, false);
            assert!(!sql.text.contains("Viet Nam"), "{}", sql.text);
            assert!(!sql.text.contains("OR 1=1"), "{}", sql.text);
        }
    }
}
