//! `GET /feed.atom`: published stories and news in one Atom feed (RFC 4287), newest first.

use super::{news_service, service};
use crate::error::AppError;
use crate::i18n::ContentLanguage;
use crate::state::AppState;
use atom_syndication::{Content, Entry, Feed, FixedDateTime, Link, Person, Text};
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};

const ENTRIES: u64 = 50;

fn link(href: String, rel: &str, mime: Option<&str>) -> Link {
    let mut l = Link::default();
    l.set_href(href);
    l.set_rel(rel);
    l.set_mime_type(mime.map(str::to_owned));
    l
}

/// One story or news item, its texts marked with the language they are written in
/// (`xml:lang`), so readers and feed readers pick the right fonts and voices.
#[allow(clippy::too_many_arguments)]
fn entry(
    id: String,
    url: String,
    title: String,
    summary: String,
    html: String,
    at: DateTime<Utc>,
    language: ContentLanguage,
) -> Entry {
    let in_language = |text: String| Text {
        lang: Some(language.as_code().to_owned()),
        ..Text::plain(text)
    };
    let at: FixedDateTime = at.fixed_offset();
    let mut e = Entry::default();
    e.set_id(id);
    e.set_title(in_language(title));
    e.set_updated(at);
    e.set_published(Some(at));
    e.set_summary(Some(in_language(summary)));
    e.set_links(vec![link(url, "alternate", Some("text/html"))]);
    let mut content = Content {
        lang: Some(language.as_code().to_owned()),
        ..Default::default()
    };
    content.set_content_type(Some("html".to_owned()));
    content.set_value(Some(html));
    e.set_content(Some(content));
    e
}

async fn build(state: &AppState, lang: crate::i18n::Lang) -> Result<Feed, AppError> {
    let base = &state.site.public_base_url;
    let mut entries: Vec<(DateTime<Utc>, Entry)> = Vec::new();
    for card in service::published(&state.db, None, None, None, ENTRIES).await? {
        let at = card.published_at.unwrap_or_else(Utc::now);
        let detail = service::detail(&state.db, card.id, None, base).await?;
        entries.push((
            at,
            entry(
                format!("{base}/stories/{}", card.id),
                detail.url,
                card.title,
                card.summary,
                detail.body_html,
                at,
                card.language,
            ),
        ));
    }
    for item in news_service::news(&state.db, None, ENTRIES).await? {
        let detail = news_service::news_detail(&state.db, item.id, base).await?;
        entries.push((
            item.published_at,
            entry(
                format!("{base}/news/{}", item.id),
                detail.url,
                item.title,
                item.summary,
                detail.body_html,
                item.published_at,
                item.language,
            ),
        ));
    }
    entries.sort_by_key(|e| std::cmp::Reverse(e.0));
    entries.truncate(ENTRIES as usize);
    let updated = entries
        .first()
        .map(|(at, _)| *at)
        .unwrap_or_else(|| DateTime::<Utc>::UNIX_EPOCH);
    let mut author = Person::default();
    author.set_name("WaterLinks Hub");
    let mut feed = Feed::default();
    feed.set_id(format!("{base}/feed.atom"));
    feed.set_title(Text::plain(crate::t!(lang, "stories-feed-title")));
    feed.set_subtitle(Some(Text::plain(crate::t!(lang, "stories-feed-subtitle"))));
    feed.set_updated(updated.fixed_offset());
    feed.set_authors(vec![author]);
    feed.set_links(vec![
        link(
            format!("{base}/feed.atom"),
            "self",
            Some("application/atom+xml"),
        ),
        link(format!("{base}/stories"), "alternate", Some("text/html")),
    ]);
    feed.set_entries(entries.into_iter().map(|(_, e)| e).collect::<Vec<_>>());
    Ok(feed)
}

/// The feed's own title and subtitle follow the reader's language (its entries are the
/// stories and news as their authors wrote them).
pub async fn atom(State(state): State<AppState>, request: http::request::Parts) -> Response {
    let lang = crate::i18n::request::of_request(&request);
    match build(&state, lang).await {
        Ok(feed) => (
            [
                (header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"),
                (header::CACHE_CONTROL, "public, max-age=300"),
                (header::VARY, "Accept-Language, Cookie"),
            ],
            feed.to_string(),
        )
            .into_response(),
        Err(e) => e.into_response(),
    }
}

/// Keeps the Markdown renderer reachable from the feed's tests without a database.
#[cfg(test)]
mod tests {
    #[test]
    fn an_entry_carries_sanitized_html_content() {
        let html = crate::stories::markdown::render("Hi <script>x()</script>");
        let e = super::entry(
            "urn:x".into(),
            "https://hub.example/stories/1".into(),
            "T".into(),
            "S".into(),
            html,
            chrono::Utc::now(),
            crate::i18n::ContentLanguage::Th,
        );
        let value = e.content().and_then(|c| c.value()).unwrap_or_default();
        assert!(!value.contains("<script"));
        assert_eq!(e.title().lang.as_deref(), Some("th"));
        assert_eq!(e.content().and_then(|c| c.lang.as_deref()), Some("th"));
    }
}
