//! The library's lists: search results and the most downloaded products.

use super::entity::product;
use super::query::{tokenize, too_many_terms, LibraryFilter, Marked, MAX_TERMS, PAGE_SIZE};
use super::search::Sql;
use super::service::{access_of, kind_of, sees_members_only};
use super::{search, FacetValue, Facets, PopularProduct, ProductKind, SearchHit, SearchResults};
use crate::accounts::CurrentUser;
use crate::error::AppError;
use crate::t;
use crate::topics::entity as topic;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use std::collections::HashMap;

/// Searches the published products `user` may see.
#[tracing::instrument(skip(db, user))]
pub async fn search_products(
    db: &DatabaseConnection,
    filter: &LibraryFilter,
    user: Option<&CurrentUser>,
) -> Result<SearchResults, AppError> {
    let terms: Vec<String> = tokenize(&filter.q).into_iter().take(MAX_TERMS).collect();
    let lang = crate::i18n::current();
    let message = if filter.q.trim().is_empty() {
        Some(t!(lang, "library-search-empty"))
    } else if terms.is_empty() {
        Some(t!(lang, "library-search-no-words"))
    } else if too_many_terms(&filter.q) {
        Some(t!(
            lang,
            "library-search-too-many-words",
            count = MAX_TERMS,
            words = terms.join(", ")
        ))
    } else {
        None
    };
    let found = search::find(db, filter, &terms, sees_members_only(user), PAGE_SIZE).await?;
    let marks = search::marks(db, &terms, &found.ids).await?;
    let rows: HashMap<i32, product::Model> = product::Entity::find()
        .filter(product::Column::Id.is_in(found.ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let downloads = downloads_of(db, &found.ids).await?;
    let hits = found
        .ids
        .iter()
        .filter_map(|id| rows.get(id))
        .map(|p| {
            let (title, snippet) = marks
                .get(&p.id)
                .cloned()
                .unwrap_or_else(|| (Marked::plain(p.title.clone()), Marked::default()));
            let snippet = if snippet.is_empty() {
                Marked::plain(shorten(&p.summary, 240))
            } else {
                snippet
            };
            SearchHit {
                id: p.id,
                kind: kind_of(p),
                title,
                snippet,
                year: p.year,
                language: p.language,
                access: access_of(p),
                downloads: downloads.get(&p.id).copied().unwrap_or(0),
            }
        })
        .collect();
    let topic_names: HashMap<String, String> = topic::list(db)
        .await?
        .into_iter()
        .map(|t| (t.code, t.name))
        .collect();
    let mut facets = Facets::default();
    for (facet, value, count) in found.facets {
        let label = match facet.as_str() {
            "kind" => ProductKind::from_code(&value)
                .map(|k| k.label(lang))
                .unwrap_or_else(|| value.clone()),
            "topic" => topic_names
                .get(&value)
                .cloned()
                .unwrap_or_else(|| value.clone()),
            // A language under its own name: readers recognise the language they read.
            "language" => crate::i18n::ContentLanguage::from_code(&value)
                .map(|l| l.native_name().to_owned())
                .unwrap_or_else(|| value.clone()),
            _ => value.clone(),
        };
        let entry = FacetValue {
            value,
            label,
            count,
        };
        match facet.as_str() {
            "kind" => facets.kinds.push(entry),
            "topic" => facets.topics.push(entry),
            "country" => facets.countries.push(entry),
            "year" => facets.years.push(entry),
            _ => facets.languages.push(entry),
        }
    }
    let by_count =
        |a: &FacetValue, b: &FacetValue| b.count.cmp(&a.count).then(a.label.cmp(&b.label));
    facets.kinds.sort_by(by_count);
    facets.topics.sort_by(by_count);
    facets.countries.sort_by(by_count);
    facets.languages.sort_by(by_count);
    facets.years.sort_by(|a, b| b.value.cmp(&a.value));
    let pages = u32::try_from((found.total + i64::from(PAGE_SIZE) - 1) / i64::from(PAGE_SIZE))
        .unwrap_or(u32::MAX);
    Ok(SearchResults {
        message,
        terms,
        total: found.total,
        page: filter.page,
        pages,
        hits,
        facets,
    })
}

fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max_chars).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max_chars / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end())
}

/// Downloads of all versions, per product.
async fn downloads_of<C: ConnectionTrait>(db: &C, ids: &[i32]) -> Result<HashMap<i32, i64>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let list = ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
    let mut sql = Sql::new(db.get_database_backend());
    // CAST: PostgreSQL sums bigints into numeric.
    sql.push(&format!(
        "SELECT product_id, CAST(SUM(downloads) AS BIGINT) AS n FROM knowledge_file \
         WHERE product_id IN ({list}) GROUP BY product_id"
    ));
    let mut out = HashMap::new();
    for row in db.query_all_raw(sql.statement()).await? {
        out.insert(
            row.try_get::<i32>("", "product_id")?,
            row.try_get::<i64>("", "n")?,
        );
    }
    Ok(out)
}

/// The most downloaded published products: members-only ones too when `members` (see
/// [`sees_members_only`]).
pub async fn most_downloaded(
    db: &DatabaseConnection,
    members: bool,
    limit: u32,
) -> Result<Vec<PopularProduct>, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    let access = if members {
        ""
    } else {
        " AND p.access = 'public'"
    };
    sql.push(&format!(
        "SELECT p.id, p.title, p.kind, CAST(SUM(f.downloads) AS BIGINT) AS n \
         FROM knowledge_product p JOIN knowledge_file f ON f.product_id = p.id \
         WHERE p.status = 'published'{access} \
         GROUP BY p.id, p.title, p.kind HAVING SUM(f.downloads) > 0 \
         ORDER BY n DESC, p.title LIMIT {limit}"
    ));
    let mut out = Vec::new();
    for row in db.query_all_raw(sql.statement()).await? {
        let kind: ProductKind = row.try_get("", "kind")?;
        out.push(PopularProduct {
            id: row.try_get("", "id")?,
            title: row.try_get("", "title")?,
            kind,
            downloads: row.try_get("", "n")?,
        });
    }
    Ok(out)
}
