//! Server functions of the results pages. Both are public: they read public data only.

use super::types::{DashboardData, HomeData};
use crate::error::AppError;
use leptos::prelude::*;

/// The dashboard's figures for the filter given as query parameters (unknown values: 400).
#[server(prefix = "/api", endpoint = "results/dashboard")]
#[tracing::instrument]
pub async fn dashboard_results(
    year_from: String,
    year_to: String,
    year: String,
    country: String,
    topic: String,
    status: String,
) -> Result<DashboardData, AppError> {
    let db = crate::state::db()?;
    let lang = crate::i18n::current();
    let params = [
        ("year_from", year_from),
        ("year_to", year_to),
        ("year", year),
        ("country", country),
        ("topic", topic),
        ("status", status),
    ];
    let (filter, choices) = super::query::read_filter(
        &db,
        |k| params.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone()),
        lang,
    )
    .await?;
    let results = super::query::network_results(&db, &filter, &choices, lang).await?;
    Ok(DashboardData { choices, results })
}

/// The home page's figures (the whole network, all years), next events, the Forum and stories.
#[server(prefix = "/api", endpoint = "results/home")]
#[tracing::instrument]
pub async fn home_results() -> Result<HomeData, AppError> {
    use super::types::{EventLine, ForumLine, StoryLine};
    let db = crate::state::db()?;
    let choices = super::query::choices(&db).await?;
    let lang = crate::i18n::current();
    let results = super::query::network_results(&db, &Default::default(), &choices, lang).await?;
    let today = chrono::Utc::now().date_naive();
    let events =
        crate::events::service::list(&db, crate::events::service::Window::Upcoming(today), None)
            .await?
            .into_iter()
            .take(3)
            .map(|e| EventLine {
                id: e.id,
                title: e.title,
                starts_on: e.starts_on,
                place: if e.online {
                    crate::t!(lang, "results-online")
                } else {
                    e.place
                },
            })
            .collect();
    // No edition yet is not an error for the home page: it just shows none.
    let forum = match crate::forum::service::current(&db).await {
        Ok(edition) => Some(edition),
        Err(AppError::NotFound(_)) => None,
        Err(other) => return Err(other),
    }
    .map(|e| ForumLine {
        dates: crate::forum::service::dates_of(e.starts_on, e.ends_on),
        title: e.title,
        venue: e.venue,
    });
    let stories = crate::stories::service::published(&db, None, None, None, 3)
        .await?
        .into_iter()
        .map(|s| StoryLine {
            id: s.id,
            title: s.title,
            summary: s.summary,
        })
        .collect();
    let network = crate::partners::service::network_counts(&db).await?;
    Ok(HomeData {
        network,
        results,
        events,
        forum,
        stories,
    })
}
