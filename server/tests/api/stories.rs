//! Good-practice stories, news, the Atom feed and sector events through the API and the pages:
//! a partner writes a story, a facilitator publishes it and the public page shows the
//! partnership's figures; drafts stay hidden; Markdown cannot carry scripts; the feed and the
//! calendar files parse; bad input is refused with a message and stores nothing.

use crate::support;

use app::accounts::Role;
use app::i18n::Lang;
use app::partners::Kpi;
use serde_json::Value;
use support::{backends, call, field_message, TestApp};

async fn page(app: &TestApp, cookie: Option<&str>, path: &str) -> (u16, String) {
    let res = match cookie {
        Some(c) => app.get_as(c, path).await,
        None => app.get(path).await,
    };
    let status = res.status().as_u16();
    (status, res.text().await.unwrap_or_default())
}

/// The demo directory and partnerships; returns the id of the completed Manila Water →
/// Zamboanga partnership (NRW 52 % → 36.5 %, target 35 %, public).
pub(crate) async fn demo_partnership(app: &TestApp) -> i32 {
    use app::wops::entity::partnership;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    app::partners::demo::seed(&app.db, 0).await.unwrap();
    app::wops::demo::seed(&app.db).await.unwrap();
    partnership::Entity::find()
        .filter(
            partnership::Column::Title
                .starts_with("Manila Water Company mentors Zamboanga City Water District"),
        )
        .one(&app.db)
        .await
        .unwrap()
        .expect("demo partnership")
        .id
}

const XSS_BODY: &str = "It began with **two DMAs**.\n\n<script>alert('xss-script')</script>\n\n<img src=x onerror=\"alert('xss-img')\">\n\n[click me](javascript:alert('xss-link'))\n\n<a href=\"javascript:alert('xss-a')\" onclick=\"alert('xss-click')\">a</a>";

fn story_form(partnership: &str) -> Vec<(&str, &str)> {
    vec![
        ("title", "Zamboanga halves its water losses"),
        ("summary", "District metering cut NRW by a third."),
        ("body", XSS_BODY),
        ("partnership_id", partnership),
        ("countries", "Philippines"),
        ("topics[]", "nrw"),
    ]
}

#[tokio::test]
async fn a_facilitator_publishes_a_partners_story_and_the_public_page_shows_the_figures() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let pid = demo_partnership(&app).await;
        let recipient = app.organization_id("Zamboanga City Water District").await;
        let (_, author) = app
            .person("ana@zcwd.example", &[Role::Member], &[recipient])
            .await;
        let (_, facilitator) = app
            .person("fac@waterlinks.example", &[Role::Facilitator], &[])
            .await;
        let (_, member) = app
            .person("member@other.example", &[Role::Member], &[])
            .await;
        let pid_text = pid.to_string();

        // A member with no part in the partnership may not write about it.
        let (status, _) = call(
            &app,
            Some(&member),
            "/api/stories/create",
            &story_form(&pid_text),
        )
        .await;
        assert_eq!(status, 403, "{backend:?}");

        let (status, body) = call(
            &app,
            Some(&author),
            "/api/stories/create",
            &story_form(&pid_text),
        )
        .await;
        assert_eq!(status, 200, "{backend:?} {body}");
        let id = body.as_i64().expect("story id").to_string();
        let path = format!("/stories/{id}");

        // A draft is hidden from the public, from other members and from the feed.
        assert_eq!(page(&app, None, &path).await.0, 404, "{backend:?}");
        let (status, _) = call(&app, None, "/api/stories/story", &[("id", &id)]).await;
        assert_eq!(status, 404, "{backend:?}");
        let (status, _) = call(&app, Some(&member), "/api/stories/story", &[("id", &id)]).await;
        assert_eq!(status, 404, "{backend:?}");
        let (status, draft) = call(&app, Some(&author), "/api/stories/story", &[("id", &id)]).await;
        assert_eq!(status, 200, "{backend:?}");
        assert_eq!(draft["may_submit"], true);

        // Workflow permissions: the author cannot publish; a member cannot submit; a draft
        // cannot be published before review.
        let (status, _) = call(
            &app,
            Some(&facilitator),
            "/api/stories/step",
            &[("id", &id), ("step", "publish"), ("comment", "")],
        )
        .await;
        assert_eq!(status, 409, "{backend:?}: a draft is reviewed first");
        let (status, _) = call(
            &app,
            Some(&member),
            "/api/stories/step",
            &[("id", &id), ("step", "submit"), ("comment", "")],
        )
        .await;
        assert_eq!(status, 403, "{backend:?}");
        let (status, body) = call(
            &app,
            Some(&author),
            "/api/stories/step",
            &[("id", &id), ("step", "submit"), ("comment", "")],
        )
        .await;
        assert_eq!(
            (status, body.clone()),
            (200, Value::from("in_review")),
            "{backend:?}"
        );
        let (status, _) = call(
            &app,
            Some(&author),
            "/api/stories/step",
            &[("id", &id), ("step", "publish"), ("comment", "")],
        )
        .await;
        assert_eq!(status, 403, "{backend:?}");

        // Sent back without a comment: refused, next to the field; with one: a draft again.
        let (status, body) = call(
            &app,
            Some(&facilitator),
            "/api/stories/step",
            &[("id", &id), ("step", "return"), ("comment", " ")],
        )
        .await;
        assert_eq!(status, 422, "{backend:?}");
        assert!(field_message(&body, "comment").is_some(), "{body}");
        let (status, _) = call(
            &app,
            Some(&facilitator),
            "/api/stories/step",
            &[
                ("id", &id),
                ("step", "return"),
                ("comment", "Add the baseline year."),
            ],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}");
        let (_, draft) = call(&app, Some(&author), "/api/stories/story", &[("id", &id)]).await;
        assert_eq!(draft["status"], "draft");
        assert_eq!(draft["review_comment"], "Add the baseline year.");

        call(
            &app,
            Some(&author),
            "/api/stories/step",
            &[("id", &id), ("step", "submit"), ("comment", "")],
        )
        .await;
        let (status, body) = call(
            &app,
            Some(&facilitator),
            "/api/stories/step",
            &[("id", &id), ("step", "publish"), ("comment", "")],
        )
        .await;
        assert_eq!(
            (status, body),
            (200, Value::from("published")),
            "{backend:?}"
        );

        // The public page: the partnership's figures with units, Open Graph tags, and the
        // Markdown rendered with every script made inert.
        let (status, html) = page(&app, None, &path).await;
        assert_eq!(status, 200, "{backend:?}");
        for figure in [
            Kpi::NonRevenueWater.name(Lang::En),
            Kpi::NonRevenueWater.display(52.0, Lang::En),
            Kpi::NonRevenueWater.display(35.0, Lang::En),
            Kpi::NonRevenueWater.display(36.5, Lang::En),
        ] {
            assert!(html.contains(&figure), "{backend:?}: {figure} missing");
        }
        assert!(html.contains("<strong>two DMAs</strong>"), "{backend:?}");
        for needle in [
            "xss-script",
            "xss-img",
            "xss-link",
            "xss-a",
            "xss-click",
            "onerror",
            "javascript:",
        ] {
            assert!(
                !html.contains(needle),
                "{backend:?}: {needle} reached the page"
            );
        }
        assert!(
            html.contains("property=\"og:title\" content=\"Zamboanga halves its water losses\""),
            "{backend:?}"
        );
        assert!(
            html.contains(&format!(
                "property=\"og:url\" content=\"{}{path}\"",
                app.base_url
            )),
            "{backend:?}"
        );
        assert!(
            html.contains("property=\"og:type\" content=\"article\""),
            "{backend:?}"
        );

        // Listed, and filtered by topic and country.
        let (_, list) = call(
            &app,
            None,
            "/api/stories/list",
            &[("topic", "nrw"), ("country", "Philippines")],
        )
        .await;
        assert_eq!(list.as_array().map(Vec::len), Some(1), "{backend:?} {list}");
        let (_, list) = call(
            &app,
            None,
            "/api/stories/list",
            &[("topic", "billing"), ("country", "")],
        )
        .await;
        assert_eq!(list.as_array().map(Vec::len), Some(0), "{backend:?} {list}");
    }
}

#[tokio::test]
async fn bad_stories_are_refused_field_by_field_and_store_nothing() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let pid = demo_partnership(&app).await.to_string();
        let (_, facilitator) = app
            .person("fac@waterlinks.example", &[Role::Facilitator], &[])
            .await;
        let (status, body) = call(
            &app,
            Some(&facilitator),
            "/api/stories/create",
            &[
                ("title", ""),
                ("summary", ""),
                ("body", " "),
                ("partnership_id", "x"),
                ("countries", ""),
            ],
        )
        .await;
        assert_eq!(status, 422, "{backend:?}");
        for field in ["title", "summary", "body", "partnership_id"] {
            assert!(
                field_message(&body, field).is_some(),
                "{backend:?}: {field} in {body}"
            );
        }
        let mut form = story_form("999999");
        let (status, body) = call(&app, Some(&facilitator), "/api/stories/create", &form).await;
        assert_eq!(status, 422, "{backend:?}");
        assert!(field_message(&body, "partnership_id").is_some(), "{body}");
        form = story_form(&pid);
        form[5] = ("topics[]", "no_such_topic");
        let (status, body) = call(&app, Some(&facilitator), "/api/stories/create", &form).await;
        assert_eq!(status, 422, "{backend:?}");
        assert!(field_message(&body, "topics").is_some(), "{body}");
        assert_eq!(app.count("story").await, 0, "{backend:?}");
        assert_eq!(app.count("story_country").await, 0, "{backend:?}");
        // Unknown and forged story numbers.
        assert_eq!(
            page(&app, None, "/stories/999999").await.0,
            404,
            "{backend:?}"
        );
    }
}

#[tokio::test]
async fn the_atom_feed_lists_published_stories_and_news() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        demo_partnership(&app).await;
        app::stories::demo::seed(&app.db).await.unwrap();
        assert_eq!(
            app::stories::demo::seed(&app.db).await.unwrap(),
            0,
            "idempotent"
        );
        let (_, facilitator) = app
            .person("fac@waterlinks.example", &[Role::Facilitator], &[])
            .await;
        let (_, member) = app
            .person("member@other.example", &[Role::Member], &[])
            .await;
        let news = [
            ("title", "Forum registration opens"),
            ("summary", "Register for the annual forum."),
            ("body", "Register *now*. <script>alert('news-xss')</script>"),
        ];
        let (status, _) = call(&app, Some(&member), "/api/news/post", &news).await;
        assert_eq!(status, 403, "{backend:?}");
        let (status, body) = call(&app, Some(&facilitator), "/api/news/post", &news).await;
        assert_eq!(status, 200, "{backend:?} {body}");
        let news_id = body.as_i64().unwrap();
        let (status, html) = page(&app, None, &format!("/news/{news_id}")).await;
        assert_eq!(status, 200, "{backend:?}");
        assert!(
            html.contains("<em>now</em>") && !html.contains("news-xss"),
            "{backend:?}"
        );
        assert!(html.contains("property=\"og:title\" content=\"Forum registration opens\""));

        let res = app.get("/feed.atom").await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert!(res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml"));
        let bytes = res.bytes().await.unwrap();
        let feed = atom_syndication::Feed::read_from(&bytes[..]).expect("the feed parses");
        let titles: Vec<String> = feed
            .entries()
            .iter()
            .map(|e| e.title().value.clone())
            .collect();
        assert!(
            titles
                .iter()
                .any(|t| t == "Zamboanga brings its water losses down with district metering"),
            "{backend:?}: {titles:?}"
        );
        assert!(
            titles.iter().any(|t| t == "Forum registration opens"),
            "{titles:?}"
        );
        // The demo stories (two, and a Thai translation), its news (four) and the one posted.
        assert_eq!(titles.len(), 3 + 4 + 1, "{backend:?}: {titles:?}");
        // Newest first: the news item just posted.
        assert_eq!(titles[0], "Forum registration opens");
        // Each entry says the language it is written in: the Thai translation is marked Thai.
        let languages: Vec<Option<&str>> = feed
            .entries()
            .iter()
            .map(|e| e.title().lang.as_deref())
            .collect();
        assert_eq!(
            languages.iter().filter(|l| **l == Some("th")).count(),
            1,
            "{backend:?}: {languages:?}"
        );
        assert!(languages.iter().all(Option::is_some), "{languages:?}");
        let story = feed
            .entries()
            .iter()
            .find(|e| e.title().value.starts_with("Zamboanga"))
            .unwrap();
        let href = &story.links()[0].href;
        assert!(
            href.starts_with(&format!("{}/stories/", app.base_url)),
            "{href}"
        );
        for e in feed.entries() {
            let content = e.content().and_then(|c| c.value()).unwrap_or_default();
            assert!(!content.contains("<script"), "{backend:?}");
        }
    }
}

/// A strict line check of an iCalendar file (RFC 5545): CRLF lines, one calendar, and every
/// event with a UID, a SUMMARY and an all-day DTSTART. Returns the events' SUMMARY lines.
fn check_ics(text: &str) -> Vec<String> {
    assert!(text.ends_with("\r\n"), "lines end with CRLF");
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.first(), Some(&"BEGIN:VCALENDAR"));
    assert_eq!(lines.last(), Some(&"END:VCALENDAR"));
    assert!(lines.contains(&"VERSION:2.0"));
    let mut summaries = Vec::new();
    let mut current: Option<Vec<&str>> = None;
    for line in &lines {
        match *line {
            "BEGIN:VEVENT" => {
                assert!(current.is_none(), "nested VEVENT");
                current = Some(Vec::new());
            }
            "END:VEVENT" => {
                let event = current.take().expect("END without BEGIN");
                assert!(event.iter().any(|l| l.starts_with("UID:")), "UID");
                let start = event
                    .iter()
                    .find(|l| l.starts_with("DTSTART"))
                    .expect("DTSTART");
                assert!(
                    start.starts_with("DTSTART;VALUE=DATE:")
                        && start.len() == "DTSTART;VALUE=DATE:".len() + 8,
                    "{start}"
                );
                let end = event
                    .iter()
                    .find(|l| l.starts_with("DTEND"))
                    .expect("DTEND");
                assert!(end.starts_with("DTEND;VALUE=DATE:"), "{end}");
                assert!(end[17..] > start[19..], "DTEND is after DTSTART");
                // `SUMMARY;LANGUAGE=en:Title`: read as `SUMMARY:Title`, every title saying its
                // language.
                let summary = event
                    .iter()
                    .find(|l| l.starts_with("SUMMARY;LANGUAGE="))
                    .expect("SUMMARY with its LANGUAGE");
                let title = summary.split_once(':').map(|(_, t)| t).unwrap_or_default();
                summaries.push(format!("SUMMARY:{title}"));
            }
            other => {
                if let Some(event) = current.as_mut() {
                    event.push(other);
                }
            }
        }
    }
    assert!(current.is_none(), "unclosed VEVENT");
    summaries
}

#[tokio::test]
async fn organisers_add_events_that_calendars_can_read() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app.person("x@x.example", &[Role::Member], &[]).await;
        let (_, facilitator) = app
            .person("fac@waterlinks.example", &[Role::Facilitator], &[])
            .await;
        let (_, member) = app
            .person("member@other.example", &[Role::Member], &[])
            .await;
        let start = (chrono::Utc::now().date_naive() + chrono::Duration::days(30)).to_string();
        let end = (chrono::Utc::now().date_naive() + chrono::Duration::days(32)).to_string();
        let form = |starts: &str, ends: &str| -> Vec<(String, String)> {
            [
                ("title", "Asia Water Forum"),
                ("description", "Water security in Asia and the Pacific."),
                ("starts_on", starts),
                ("ends_on", ends),
                ("place", "ADB Headquarters, Manila"),
                ("online", "on"),
                ("organizer", "Asian Development Bank"),
                ("link", "https://www.adb.org/"),
                ("scope", "regional"),
                ("topics[]", "climate"),
            ]
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
        };
        let send = |cookie: String, f: Vec<(String, String)>| {
            let app = &app;
            async move {
                let pairs: Vec<(&str, &str)> =
                    f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                call(app, Some(&cookie), "/api/events/create", &pairs).await
            }
        };
        let (status, _) = send(member.clone(), form(&start, &end)).await;
        assert_eq!(status, 403, "{backend:?}");
        // Bad dates: each with its message, and nothing stored.
        let (status, body) = send(facilitator.clone(), form("next week", &end)).await;
        assert_eq!(status, 422, "{backend:?}");
        assert!(field_message(&body, "starts_on").is_some(), "{body}");
        let (status, body) = send(facilitator.clone(), form(&end, &start)).await;
        assert_eq!(status, 422, "{backend:?}");
        assert_eq!(
            field_message(&body, "ends_on"),
            Some("The last day cannot be before the first day.")
        );
        assert_eq!(app.count("sector_event").await, 0, "{backend:?}");

        let (status, body) = send(facilitator.clone(), form(&start, &end)).await;
        assert_eq!(status, 200, "{backend:?} {body}");
        let id = body.as_i64().unwrap();

        let res = app.get(&format!("/events/{id}/event.ics")).await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert!(res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar"));
        let text = res.text().await.unwrap();
        assert_eq!(
            check_ics(&text),
            vec!["SUMMARY:Asia Water Forum".to_owned()]
        );
        assert!(
            text.contains(&format!("DTSTART;VALUE=DATE:{}", start.replace('-', ""))),
            "{text}"
        );

        for forged in ["999999", "abc", "-1", "1%20OR%201=1"] {
            let res = app.get(&format!("/events/{forged}/event.ics")).await;
            assert_eq!(res.status(), 404, "{backend:?}: {forged}");
        }

        app::events::demo::seed(&app.db).await.unwrap();
        assert_eq!(
            app::events::demo::seed(&app.db).await.unwrap(),
            0,
            "idempotent"
        );
        let res = app.get("/events.ics").await;
        assert_eq!(res.status(), 200);
        let summaries = check_ics(&res.text().await.unwrap());
        assert!(summaries.contains(&"SUMMARY:Asia Water Forum".to_owned()));
        assert!(summaries.contains(&"SUMMARY:Singapore International Water Week".to_owned()));
        // The past demo conference is not in the subscription.
        assert!(!summaries.contains(&"SUMMARY:Pacific Water and Wastewater Conference".to_owned()));

        let (_, upcoming) = call(&app, None, "/api/events/list", &[("when", "upcoming")]).await;
        assert!(upcoming.as_array().unwrap().iter().any(|e| e["id"] == id));
        let month = &start[..7];
        let (_, grid) = call(&app, None, "/api/events/month", &[("month", month)]).await;
        assert!(
            grid["events"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["id"] == id),
            "{grid}"
        );
        let (status, _) = call(&app, None, "/api/events/month", &[("month", "2026-13")]).await;
        assert_eq!(status, 400);
        let (status, html) =
            page(&app, None, &format!("/events?view=calendar&month={month}")).await;
        assert_eq!(status, 200);
        assert!(html.contains("Asia Water Forum"), "{backend:?}");
    }
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let picture = image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
        width,
        height,
        image::Rgb([15, 110, 99]),
    ));
    let mut out = std::io::Cursor::new(Vec::new());
    picture.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

async fn upload(
    app: &TestApp,
    cookie: Option<&str>,
    story: &str,
    bytes: Vec<u8>,
    name: &str,
    html: bool,
) -> reqwest::Response {
    try_upload(app, cookie, story, bytes, name, html)
        .await
        .expect("upload")
}

async fn try_upload(
    app: &TestApp,
    cookie: Option<&str>,
    story: &str,
    bytes: Vec<u8>,
    name: &str,
    html: bool,
) -> reqwest::Result<reqwest::Response> {
    let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned());
    let form = reqwest::multipart::Form::new().part("image", part);
    let mut req = app
        .client
        .post(app.url(&format!("/stories/{story}/image")))
        .header("origin", &app.base_url)
        .multipart(form);
    if let Some(cookie) = cookie {
        req = req.header("cookie", cookie);
    }
    if html {
        req = req.header("accept", "text/html");
    }
    req.send().await
}

#[tokio::test]
async fn a_story_picture_is_checked_resized_and_shown_with_its_size() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let pid = demo_partnership(&app).await.to_string();
        let (_, facilitator) = app
            .person("fac@waterlinks.example", &[Role::Facilitator], &[])
            .await;
        let (_, member) = app
            .person("member@other.example", &[Role::Member], &[])
            .await;
        let (_, body) = call(
            &app,
            Some(&facilitator),
            "/api/stories/create",
            &story_form(&pid),
        )
        .await;
        let id = body.as_i64().expect("story id").to_string();

        // Not signed in, or not one of the story's people: refused, and nothing kept. The
        // 3 MB picture is still being sent when the answer is ready: the server reads it to
        // the end first, or the connection resets and the browser shows no message at all.
        let sizeable = vec![0u8; 3 * 1024 * 1024];
        assert_eq!(
            upload(&app, None, &id, sizeable.clone(), "a.png", false)
                .await
                .status(),
            401
        );
        assert_eq!(
            upload(&app, Some(&member), &id, sizeable, "a.png", false)
                .await
                .status(),
            403
        );

        // Not a picture, whatever its name says: 415 with a message; as a page, back to the
        // story with the message next to the field.
        let res = upload(
            &app,
            Some(&facilitator),
            &id,
            b"MZ\x90\x00 not a picture".to_vec(),
            "photo.png",
            false,
        )
        .await;
        assert_eq!(res.status(), 415, "{backend:?}");
        assert!(res
            .text()
            .await
            .unwrap()
            .contains("not a PNG, JPEG or WebP"));
        let res = upload(
            &app,
            Some(&facilitator),
            &id,
            b"plain text".to_vec(),
            "photo.jpg",
            true,
        )
        .await;
        assert_eq!(res.status(), 303, "{backend:?}");
        let location = res.headers()["location"].to_str().unwrap().to_owned();
        assert_eq!(
            location,
            format!("/stories/{id}?image_error=wrong_type#picture")
        );
        let (_, html) = page(
            &app,
            Some(&facilitator),
            location.trim_end_matches("#picture"),
        )
        .await;
        assert!(
            html.contains("This file is not a PNG, JPEG or WebP picture."),
            "{backend:?}"
        );

        // Too large: 413 with a message, and the connection closes (the rest is never read). The
        // server may close it before the client has sent everything, which the client sees as
        // an error; the next upload below must not be sent on that connection.
        let mut huge = png(10, 10);
        huge.resize(6 * 1024 * 1024, 0);
        match try_upload(&app, Some(&facilitator), &id, huge, "huge.png", false).await {
            Ok(res) => {
                assert_eq!(res.status(), 413, "{backend:?}");
                assert_eq!(res.headers()["connection"], "close", "{backend:?}");
            }
            Err(e) => assert!(e.is_request(), "{backend:?}: {e}"),
        }
        let story_dir = app.settings.upload_dir().join("stories");
        let stored = || {
            std::fs::read_dir(&story_dir)
                .map(|d| d.count())
                .unwrap_or(0)
        };
        assert_eq!(stored(), 0, "{backend:?}: nothing half-stored");

        // A wide picture: scaled to 1200 px, stored, and shown with its width and height.
        let res = upload(
            &app,
            Some(&facilitator),
            &id,
            png(2400, 1000),
            "dma.png",
            false,
        )
        .await;
        assert_eq!(res.status(), 201, "{backend:?}");
        let size: Value = res.json().await.unwrap();
        assert_eq!(
            (size["width"].as_i64(), size["height"].as_i64()),
            (Some(1200), Some(500))
        );
        // Replacing it removes the old file.
        let res = upload(
            &app,
            Some(&facilitator),
            &id,
            png(2400, 1000),
            "dma.png",
            false,
        )
        .await;
        assert_eq!(res.status(), 201, "{backend:?}");
        assert_eq!(stored(), 1, "{backend:?}");

        let (_, detail) = call(
            &app,
            Some(&facilitator),
            "/api/stories/story",
            &[("id", &id)],
        )
        .await;
        let src = detail["image"]["url"]
            .as_str()
            .expect("image url")
            .to_owned();
        let (_, html) = page(&app, Some(&facilitator), &format!("/stories/{id}")).await;
        assert!(
            html.contains(&format!("src=\"{src}\" width=\"1200\" height=\"500\"")),
            "{backend:?}"
        );
        assert!(
            html.contains(&format!(
                "property=\"og:image\" content=\"{}{src}\"",
                app.base_url
            )),
            "{backend:?}"
        );
        let res = app.get(&src).await;
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["content-type"], "image/png");
        let served = image::load_from_memory(&res.bytes().await.unwrap()).unwrap();
        assert_eq!((served.width(), served.height()), (1200, 500));
        assert_eq!(
            app.get("/stories/images/..%2F..%2Fwaterlinks.db")
                .await
                .status(),
            404
        );
        assert_eq!(app.get("/stories/images/nothing.png").await.status(), 404);

        // Published: the picture no longer changes.
        call(
            &app,
            Some(&facilitator),
            "/api/stories/step",
            &[("id", &id), ("step", "submit"), ("comment", "")],
        )
        .await;
        call(
            &app,
            Some(&facilitator),
            "/api/stories/step",
            &[("id", &id), ("step", "publish"), ("comment", "")],
        )
        .await;
        // Refused in the uploader's language, though the upload is a plain handler.
        let vietnamese = format!("{facilitator}; wl_lang=vi");
        let refused = upload(&app, Some(&vietnamese), &id, png(20, 20), "b.png", false).await;
        assert_eq!(refused.status(), 409);
        assert_eq!(
            refused.text().await.unwrap(),
            "Câu chuyện đã đăng thì không thể thay đổi; người duyệt có thể đưa nó về bản nháp trước."
        );
    }
}

mod languages;
