//! The language content is written in, on stories, news, events and training programs (issue
//! 21): each list narrowed by `?language=` (an unknown code ignored), only languages that have
//! content offered, the language on cards under its own name and as `lang` on the content of
//! the detail pages; a language that is not a code refused with 422, its message next to the
//! field and nothing stored; a story's translations linked both ways, through the original.

use crate::stories::demo_partnership;
use crate::support;

use app::accounts::Role;
use serde_json::Value;
use support::{backends, call, field_message, TestApp};

async fn page(app: &TestApp, path: &str) -> String {
    let res = app.get(path).await;
    assert_eq!(res.status().as_u16(), 200, "{path}");
    res.text().await.unwrap_or_default()
}

/// The `<select>` with this id, up to its end: the choices a filter offers.
fn select<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!(r#"id="{id}""#))
        .unwrap_or_else(|| panic!("no select {id} in {html}"));
    let end = html[start..]
        .find("</select>")
        .map_or(html.len(), |e| start + e);
    &html[start..end]
}

/// Whether `html` has a `<tag>` with every one of `attributes` (in any order, as Leptos writes
/// `class` after the others) whose content starts with `text`.
fn has(html: &str, tag: &str, attributes: &[(&str, &str)], text: &str) -> bool {
    html.match_indices(&format!("<{tag} ")).any(|(start, _)| {
        let Some(end) = html[start..].find('>').map(|e| start + e) else {
            return false;
        };
        let opening = &html[start..end];
        attributes
            .iter()
            .all(|(name, value)| opening.contains(&format!(r#" {name}="{value}""#)))
            && html[end + 1..].starts_with(text)
    })
}

/// The id of the row of `table` whose `column` is `value`.
async fn id_where(app: &TestApp, table: &str, column: &str, value: &str) -> i64 {
    use sea_orm::{ConnectionTrait, Statement};
    let backend = app.db.get_database_backend();
    let placeholder = match app.backend {
        support::Backend::Postgres => "$1",
        support::Backend::Sqlite => "?",
    };
    let row = app
        .db
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            format!("SELECT id FROM {table} WHERE {column} = {placeholder}"),
            [value.into()],
        ))
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no {table} with {column} = {value}"));
    row.try_get::<i32>("", "id").unwrap().into()
}

const ZAMBOANGA_EN: &str = "Zamboanga brings its water losses down with district metering";
const ZAMBOANGA_TH: &str = "ซัมโบอังกาลดน้ำสูญเสียด้วยการแบ่งพื้นที่จ่ายน้ำย่อย";
const SIEM_REAP: &str = "Siem Reap learns pressure management from Phnom Penh";
const NEWS_ID: &str = "Lokakarya pengelolaan tekanan untuk PDAM digelar di Surabaya";
const NEWS_EN: &str = "Call for good-practice stories from completed partnerships";
const EVENT_VI: &str = "Hội thảo quốc gia về giảm thất thoát, thất thu nước sạch";
const EVENT_EN: &str = "Asia Water Forum";
const PROGRAM_ID: &str = "Pengelolaan aset jaringan perpipaan untuk PDAM";
const PROGRAM_EN: &str = "Designing district metered areas for non-revenue water reduction";

#[tokio::test]
async fn each_list_is_narrowed_by_language_and_shows_it() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app.seed_demo().await;

        // Stories: Thai only, under the language's own name; the filter offers the languages
        // stories are written in, and no other.
        let html = page(&app, "/stories?language=th").await;
        assert!(html.contains(ZAMBOANGA_TH), "{backend:?}: {html}");
        assert!(!html.contains(SIEM_REAP), "{backend:?}");
        assert!(
            has(
                &html,
                "span",
                &[("class", "content-language"), ("lang", "th")],
                "ภาษาไทย</span>"
            ),
            "{backend:?}: {html}"
        );
        let filter = select(&html, "stories-language");
        assert!(
            filter.contains(r#"<option value="th" selected lang="th">ภาษาไทย</option>"#),
            "{backend:?}: {filter}"
        );
        assert!(filter.contains(r#"value="en""#), "{backend:?}: {filter}");
        assert!(!filter.contains(r#"value="vi""#), "{backend:?}: {filter}");
        // The other filters stay in the same form, so a language keeps them.
        assert!(html.contains(r#"id="stories-topic""#), "{backend:?}");
        // An unknown code is ignored: every story, no error.
        let html = page(&app, "/stories?language=xx").await;
        assert!(
            html.contains(ZAMBOANGA_TH) && html.contains(SIEM_REAP),
            "{backend:?}"
        );
        let (status, body) = call(
            &app,
            None,
            "/api/stories/list",
            &[("topic", ""), ("country", ""), ("language", "en")],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}");
        let languages: Vec<&str> = body
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["language"].as_str().unwrap())
            .collect();
        assert!(
            !languages.is_empty() && languages.iter().all(|l| *l == "en"),
            "{backend:?}: {body}"
        );

        // News in Bahasa Indonesia.
        let html = page(&app, "/news?language=id").await;
        assert!(html.contains(NEWS_ID), "{backend:?}: {html}");
        assert!(!html.contains(NEWS_EN), "{backend:?}");
        assert!(
            has(
                &html,
                "span",
                &[("class", "content-language"), ("lang", "id")],
                "Bahasa Indonesia</span>"
            ),
            "{backend:?}"
        );
        let filter = select(&html, "news-filter-language");
        assert!(
            filter.contains(r#"value="id" selected"#),
            "{backend:?}: {filter}"
        );
        assert!(!filter.contains(r#"value="th""#), "{backend:?}: {filter}");
        assert!(
            page(&app, "/news?language=zz").await.contains(NEWS_EN),
            "{backend:?}"
        );

        // Upcoming events in Tiếng Việt; the list's tab is kept by the filter.
        let html = page(&app, "/events?view=upcoming&language=vi").await;
        assert!(html.contains(EVENT_VI), "{backend:?}: {html}");
        assert!(!html.contains(EVENT_EN), "{backend:?}");
        assert!(
            has(
                &html,
                "span",
                &[("class", "content-language"), ("lang", "vi")],
                "Tiếng Việt</span>"
            ),
            "{backend:?}"
        );
        assert!(
            html.contains(r#"<input type="hidden" name="view" value="upcoming""#),
            "{backend:?}"
        );
        // On an event's card, the title and the description are marked with its language.
        assert!(
            has(&html, "h2", &[("class", "card__title"), ("lang", "vi")], ""),
            "{backend:?}"
        );
        let html = page(&app, "/events?view=upcoming&language=klingon").await;
        assert!(
            html.contains(EVENT_VI) && html.contains(EVENT_EN),
            "{backend:?}"
        );

        // Training programs in Bahasa Indonesia.
        let html = page(&app, "/training?language=id").await;
        assert!(html.contains(PROGRAM_ID), "{backend:?}: {html}");
        assert!(!html.contains(PROGRAM_EN), "{backend:?}");
        let filter = select(&html, "training-language");
        assert!(
            filter.contains(r#"value="id" selected"#),
            "{backend:?}: {filter}"
        );
        assert!(!filter.contains(r#"value="vi""#), "{backend:?}: {filter}");
        let html = page(&app, "/training?language=").await;
        assert!(
            html.contains(PROGRAM_ID) && html.contains(PROGRAM_EN),
            "{backend:?}"
        );

        // The detail pages mark their content with its language.
        let thai = id_where(&app, "story", "title", ZAMBOANGA_TH).await;
        let html = page(&app, &format!("/stories/{thai}")).await;
        assert!(
            has(
                &html,
                "article",
                &[("class", "story"), ("lang", "th")],
                "<h1>"
            ),
            "{backend:?}: {html}"
        );
        let news = id_where(&app, "news_item", "title", NEWS_ID).await;
        let html = page(&app, &format!("/news/{news}")).await;
        assert!(
            has(
                &html,
                "article",
                &[("class", "story"), ("lang", "id")],
                "<h1>"
            ),
            "{backend:?}: {html}"
        );
        let program = id_where(&app, "training_program", "title", PROGRAM_ID).await;
        let html = page(&app, &format!("/training/{program}")).await;
        assert!(html.contains(r#"<h1 lang="id">"#), "{backend:?}: {html}");
        assert!(
            has(
                &html,
                "p",
                &[("class", "prewrap"), ("lang", "id")],
                "Pelatihan daring"
            ),
            "{backend:?}"
        );

        // The demo's Thai story is linked to its English original, both ways.
        let english = id_where(&app, "story", "title", ZAMBOANGA_EN).await;
        let html = page(&app, &format!("/stories/{english}")).await;
        assert!(
            html.contains(&format!(
                r#"href="/stories/{thai}" lang="th" hreflang="th""#
            )),
            "{backend:?}: {html}"
        );
    }
}

fn story_form<'a>(
    partnership: &'a str,
    title: &'a str,
    language: &'a str,
    original: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        (
            "summary",
            "District metering cut non-revenue water by a third.",
        ),
        ("body", "It began with two district metered areas."),
        ("partnership_id", partnership),
        ("countries", "Philippines"),
        ("language", language),
        ("translation_of", original),
    ]
}

/// A story written and published by `facilitator`; its id.
async fn published_story(app: &TestApp, facilitator: &str, form: &[(&str, &str)]) -> String {
    let (status, body) = call(app, Some(facilitator), "/api/stories/create", form).await;
    assert_eq!(status, 200, "{body}");
    let id = body.as_i64().expect("story id").to_string();
    for step in ["submit", "publish"] {
        let (status, body) = call(
            app,
            Some(facilitator),
            "/api/stories/step",
            &[("id", &id), ("step", step), ("comment", "")],
        )
        .await;
        assert_eq!(status, 200, "{step}: {body}");
    }
    id
}

#[tokio::test]
async fn a_language_that_is_not_a_code_is_refused_and_nothing_is_stored() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let pid = demo_partnership(&app).await.to_string();
        let (_, facilitator) = app
            .person("fac@waterlinks.example", &[Role::Facilitator], &[])
            .await;
        let (_, admin) = app
            .person("admin@waterlinks.example", &[Role::SecretariatAdmin], &[])
            .await;

        let refused = |body: &Value, expected: &str| {
            assert_eq!(
                field_message(body, "language"),
                Some(expected),
                "{backend:?}: {body}"
            );
        };
        let (status, body) = call(
            &app,
            Some(&facilitator),
            "/api/stories/create",
            &story_form(&pid, "Zamboanga halves its losses", "English", ""),
        )
        .await;
        assert_eq!(status, 422, "{backend:?}");
        refused(&body, "Choose the language from the list.");
        // In the reader's language.
        let thai = format!("{facilitator}; wl_lang=th");
        let (status, body) = call(
            &app,
            Some(&thai),
            "/api/stories/create",
            &story_form(&pid, "Zamboanga halves its losses", "xx", ""),
        )
        .await;
        assert_eq!(status, 422, "{backend:?}");
        refused(&body, "กรุณาเลือกภาษาจากรายการ");
        assert_eq!(app.count("story").await, 0, "{backend:?}");

        let (status, body) = call(
            &app,
            Some(&facilitator),
            "/api/news/post",
            &[
                ("title", "Water week in Manila"),
                ("summary", "Utilities meet in Manila."),
                ("body", "Utilities meet in Manila."),
                ("language", "bahasa"),
            ],
        )
        .await;
        assert_eq!(status, 422, "{backend:?}");
        refused(&body, "Choose the language from the list.");
        assert_eq!(app.count("news_item").await, 0, "{backend:?}");

        let start = (chrono::Utc::now().date_naive() + chrono::Duration::days(30)).to_string();
        let (status, body) = call(
            &app,
            Some(&facilitator),
            "/api/events/create",
            &[
                ("title", "Asia Water Forum"),
                ("description", ""),
                ("starts_on", start.as_str()),
                ("ends_on", ""),
                ("place", "ADB Headquarters, Manila"),
                ("organizer", "ADB"),
                ("link", ""),
                ("scope", "regional"),
                ("language", "vn"),
            ],
        )
        .await;
        assert_eq!(status, 422, "{backend:?}");
        refused(&body, "Choose the language from the list.");
        assert_eq!(app.count("sector_event").await, 0, "{backend:?}");

        let program = |language: &'static str| {
            vec![
                ("title", "Asset management for water districts"),
                (
                    "description",
                    "Building an asset register and a renewal plan, with field work.",
                ),
                ("format", "online"),
                ("venue", ""),
                ("link", "https://meet.example.org/assets"),
                ("language", language),
                ("capacity", "20"),
                ("min_sessions", ""),
                ("time_zone", "Asia/Jakarta"),
                ("topic", "asset_management"),
                ("topic2", ""),
                ("trainers", ""),
            ]
        };
        // The free text the form took before (which the database now refuses).
        let (status, body) = call(
            &app,
            Some(&admin),
            "/api/training/create",
            &program("English, Filipino"),
        )
        .await;
        assert_eq!(status, 422, "{backend:?}");
        refused(
            &body,
            "Choose the language the program is given in from the list.",
        );
        assert_eq!(app.count("training_program").await, 0, "{backend:?}");

        // A code is stored as it is.
        let (status, body) = call(&app, Some(&admin), "/api/training/create", &program("id")).await;
        assert_eq!(status, 200, "{backend:?}: {body}");
        let (_, detail) = call(
            &app,
            Some(&admin),
            "/api/training/program",
            &[("id", &body.as_i64().unwrap().to_string())],
        )
        .await;
        assert_eq!(detail["language"], "id", "{backend:?}");

        // The forms offer every content language under its own name, the page's chosen.
        let res = app.get_as(&thai, "/training/new").await;
        let html = res.text().await.unwrap();
        let field = select(&html, "program-language");
        assert!(
            field.contains(r#"<option value="th" selected lang="th">ภาษาไทย</option>"#),
            "{backend:?}: {field}"
        );
        assert!(
            field.contains(r#"<option value="ur" lang="ur">اردو</option>"#),
            "{backend:?}: {field}"
        );
    }
}

#[tokio::test]
async fn a_storys_translations_are_linked_both_ways_through_the_original() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let pid = demo_partnership(&app).await.to_string();
        let (_, facilitator) = app
            .person("fac@waterlinks.example", &[Role::Facilitator], &[])
            .await;

        let original = published_story(
            &app,
            &facilitator,
            &story_form(&pid, "Zamboanga halves its water losses", "en", ""),
        )
        .await;
        let vietnamese = published_story(
            &app,
            &facilitator,
            &story_form(
                &pid,
                "Zamboanga giảm một nửa thất thoát nước",
                "vi",
                &original,
            ),
        )
        .await;
        // Chosen through the Vietnamese translation, the Thai one still links to the original.
        let thai = published_story(
            &app,
            &facilitator,
            &story_form(&pid, "ซัมโบอังกาลดน้ำสูญเสียลงครึ่งหนึ่ง", "th", &vietnamese),
        )
        .await;
        let (_, stored) = call(&app, None, "/api/stories/story", &[("id", &thai)]).await;
        let others: Vec<(String, String)> = stored["translations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                (
                    t["id"].to_string(),
                    t["language"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        assert_eq!(
            others,
            vec![
                (original.clone(), "en".to_owned()),
                (vietnamese.clone(), "vi".to_owned())
            ],
            "{backend:?}: {stored}"
        );

        // The original's page links to both translations, each under its own name.
        let html = page(&app, &format!("/stories/{original}")).await;
        assert!(html.contains("Also in:"), "{backend:?}: {html}");
        for (id, code, name) in [(&vietnamese, "vi", "Tiếng Việt"), (&thai, "th", "ภาษาไทย")]
        {
            let link = format!(r#"href="/stories/{id}" lang="{code}" hreflang="{code}""#);
            assert!(html.contains(&link), "{backend:?}: {link} in {html}");
            assert!(
                html.contains(&format!(">{name}</a>")),
                "{backend:?}: {name}"
            );
        }
        // And each translation back to the original and to the other translation.
        let html = page(&app, &format!("/stories/{vietnamese}")).await;
        assert!(
            html.contains(&format!(
                r#"href="/stories/{original}" lang="en" hreflang="en""#
            )),
            "{backend:?}: {html}"
        );
        assert!(
            html.contains(&format!(
                r#"href="/stories/{thai}" lang="th" hreflang="th""#
            )),
            "{backend:?}"
        );
        assert!(
            has(
                &html,
                "article",
                &[("class", "story"), ("lang", "vi")],
                "<h1>"
            ),
            "{backend:?}"
        );

        // Not in the same language as the original, not of a draft, not of nothing.
        let stories = app.count("story").await;
        let (status, body) = call(
            &app,
            Some(&facilitator),
            "/api/stories/create",
            &story_form(&pid, "Zamboanga again, in English", "en", &thai),
        )
        .await;
        assert_eq!(status, 422, "{backend:?}");
        let message = field_message(&body, "translation_of").unwrap_or_default();
        assert!(message.contains("English"), "{backend:?}: {body}");
        let (status, draft) = call(
            &app,
            Some(&facilitator),
            "/api/stories/create",
            &story_form(&pid, "A draft in English", "en", ""),
        )
        .await;
        assert_eq!(status, 200, "{backend:?}");
        let draft = draft.as_i64().unwrap().to_string();
        for chosen in [draft.as_str(), "99999"] {
            let (status, body) = call(
                &app,
                Some(&facilitator),
                "/api/stories/create",
                &story_form(&pid, "Một bản dịch khác", "vi", chosen),
            )
            .await;
            assert_eq!(status, 422, "{backend:?}: {chosen}");
            assert_eq!(
                field_message(&body, "translation_of"),
                Some("Choose a published story from the list."),
                "{backend:?}"
            );
        }
        assert_eq!(app.count("story").await, stories + 1, "{backend:?}");

        // The new-story form offers published stories to translate, each marked with its language.
        let html = app
            .get_as(&facilitator, "/stories/new")
            .await
            .text()
            .await
            .unwrap();
        let field = select(&html, "story-translation_of");
        assert!(
            field.contains(&format!(r#"<option value="{thai}" lang="th">"#)),
            "{backend:?}: {field}"
        );
        assert!(
            !field.contains(&format!(r#"value="{draft}""#)),
            "{backend:?}"
        );
    }
}
