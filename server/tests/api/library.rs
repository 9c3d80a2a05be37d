//! The knowledge library through the API and the pages, on every backend: a product is
//! published with a PDF, found by a word that only its PDF contains (highlighted), narrowed by
//! facets, downloaded (and counted); members-only products stay out of visitors' sight; bad
//! files and odd searches get clear answers and store nothing; members submit and curators
//! review; products link to partnerships.

use crate::support;

use app::accounts::Role;
use app::library::pdf::simple_pdf;
use serde_json::Value;
use support::{backends, call, TestApp};

struct Cast {
    admin: String,
    facilitator: String,
    /// Staff of a member organization: sees members-only products.
    member: String,
    /// Signed in, but in no organization: a member of nothing.
    other_member: String,
}

async fn cast(app: &TestApp) -> Cast {
    let (_, admin) = app
        .person(
            "admin@secretariat.example",
            &[Role::Member, Role::SecretariatAdmin],
            &[],
        )
        .await;
    let (_, facilitator) = app
        .person("lin@fu.example", &[Role::Member, Role::Facilitator], &[])
        .await;
    // A member of the network: staff of an organization (an account alone is not enough).
    let org = app::partners::service::create(
        &app.db,
        app::partners::OrganizationKind::Utility,
        app::partners::ProfileForm {
            name: "Lahore WASA".into(),
            country: "Pakistan".into(),
            ..Default::default()
        }
        .parse(app::i18n::Lang::En)
        .unwrap(),
    )
    .await
    .unwrap();
    // The secretariat admits the new organization to the network (organizations start
    // outside it).
    {
        use app::partners::entity::organization;
        use sea_orm::{ActiveModelTrait, EntityTrait, Set};
        let mut admitted: organization::ActiveModel = organization::Entity::find_by_id(org)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .into();
        admitted.network_member = Set(true);
        admitted.update(&app.db).await.unwrap();
    }
    let (_, member) = app.staff_of("amna@lwasa.example", org).await;
    let (_, other_member) = app
        .person("someone@else.example", &[Role::Member], &[])
        .await;
    Cast {
        admin,
        facilitator,
        member,
        other_member,
    }
}

/// Adds a product as `cookie`; returns its id.
async fn create(app: &TestApp, cookie: &str, title: &str, access: &str, topic: &str) -> i32 {
    let (status, body) = call(
        app,
        Some(cookie),
        "/api/library/create",
        &[
            ("kind", "manual"),
            ("title", title),
            (
                "summary",
                "Practical guidance for utilities on scheduled desludging and treatment.",
            ),
            ("authors", "Davao City Water District"),
            ("year", "2024"),
            ("language", "English"),
            ("licence", "CC BY 4.0"),
            ("access", access),
            ("topics[]", topic),
            ("countries", "Philippines, Viet Nam"),
        ],
    )
    .await;
    assert_eq!(status, 200, "create {title}: {body}");
    body.as_i64().expect("the new id") as i32
}

async fn upload(
    app: &TestApp,
    cookie: Option<&str>,
    id: i32,
    name: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    try_upload(app, cookie, id, name, bytes)
        .await
        .expect("upload")
}

async fn try_upload(
    app: &TestApp,
    cookie: Option<&str>,
    id: i32,
    name: &str,
    bytes: Vec<u8>,
) -> reqwest::Result<reqwest::Response> {
    let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned());
    let mut req = app
        .client
        .post(app.url(&format!("/library/{id}/files")))
        .header("origin", app.url(""))
        .multipart(reqwest::multipart::Form::new().part("file", part));
    if let Some(cookie) = cookie {
        req = req.header("cookie", cookie.to_owned());
    }
    req.send().await
}

pub(crate) async fn search(app: &TestApp, cookie: Option<&str>, form: &[(&str, &str)]) -> Value {
    let (status, body) = call(app, cookie, "/api/library/search", form).await;
    assert_eq!(status, 200, "search {form:?}: {body}");
    body
}

pub(crate) async fn detail(app: &TestApp, cookie: Option<&str>, id: i32) -> (u16, Value) {
    call(
        app,
        cookie,
        "/api/library/product",
        &[("id", &id.to_string())],
    )
    .await
}

async fn download(app: &TestApp, cookie: Option<&str>, file_id: i64) -> reqwest::Response {
    let mut req = app
        .client
        .get(app.url(&format!("/library/files/{file_id}")));
    if let Some(cookie) = cookie {
        req = req.header("cookie", cookie.to_owned());
    }
    req.send().await.expect("download")
}

pub(crate) fn titles(results: &Value) -> Vec<String> {
    results["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            h["title"]
                .as_array()
                .unwrap()
                .iter()
                .map(|piece| piece[0].as_str().unwrap())
                .collect::<String>()
        })
        .collect()
}

pub(crate) fn facet(results: &Value, name: &str, value: &str) -> Option<i64> {
    results["facets"][name]
        .as_array()?
        .iter()
        .find(|f| f["value"] == value)?["count"]
        .as_i64()
}

#[tokio::test]
async fn a_word_only_inside_the_pdf_finds_it_with_a_highlight() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        let id = create(
            &app,
            &c.admin,
            "Septage Management Manual",
            "public",
            "sanitation_fsm",
        )
        .await;
        let pdf = simple_pdf(&[
            "Chapter 3: Treatment of septage",
            "Anaerobic zymurgical digestion of sludge in small plants.",
        ]);
        let res = upload(&app, Some(&c.admin), id, "Septage manual.pdf", pdf.clone()).await;
        assert_eq!(
            res.status(),
            201,
            "{backend:?}: {}",
            res.text().await.unwrap()
        );

        // A visitor finds it by the word (and by its beginning), marked in the snippet.
        for q in ["zymurgical", "Zymurg"] {
            let found = search(&app, None, &[("q", q)]).await;
            assert_eq!(found["total"], 1, "{backend:?}: {q}: {found}");
            assert_eq!(titles(&found), ["Septage Management Manual"]);
            let snippet = found["hits"][0]["snippet"].as_array().unwrap();
            assert!(
                snippet
                    .iter()
                    .any(|p| p[1] == true
                        && p[0].as_str().unwrap().eq_ignore_ascii_case("zymurgical")),
                "{backend:?}: {snippet:?}"
            );
            assert!(found["message"].is_null());
        }
        // A word in the title is marked there.
        let found = search(&app, None, &[("q", "septage")]).await;
        let title = found["hits"][0]["title"].as_array().unwrap();
        assert!(
            title.iter().any(|p| p[0] == "Septage" && p[1] == true),
            "{title:?}"
        );
        // Nothing else matches a word that is nowhere.
        assert_eq!(
            search(&app, None, &[("q", "quetzalcoatl")]).await["total"],
            0
        );

        // The page renders the match inside <mark>, as text.
        let page = app.get("/library?q=zymurgical").await;
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        assert!(html.contains("<mark>zymurgical</mark>"), "{backend:?}");
        assert!(html.contains("Septage Management Manual"));

        // The file reads back as uploaded.
        let (_, product) = detail(&app, None, id).await;
        let file_id = product["files"][0]["id"].as_i64().unwrap();
        let res = download(&app, None, file_id).await;
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["content-type"], "application/pdf");
        assert_eq!(res.bytes().await.unwrap().to_vec(), pdf);
    }
}

#[tokio::test]
async fn markup_in_titles_is_shown_as_text() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        create(
            &app,
            &c.admin,
            "Leaks <script>alert(1)</script> & valves",
            "public",
            "nrw",
        )
        .await;
        let html = app.get("/library?q=leaks").await.text().await.unwrap();
        assert!(!html.contains("<script>alert(1)"), "{backend:?}");
        assert!(html.contains("&lt;script&gt;alert(1)"), "{backend:?}");
    }
}

#[tokio::test]
async fn facets_count_the_matching_products() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        assert_eq!(app::library::demo::seed(&app.db).await.unwrap(), 15);
        assert_eq!(
            app::library::demo::seed(&app.db).await.unwrap(),
            0,
            "idempotent"
        );

        // Visitors: the thirteen public demo products.
        let all = search(&app, None, &[]).await;
        assert_eq!(all["total"], 13, "{backend:?}");
        assert!(all["message"]
            .as_str()
            .unwrap()
            .contains("Type a few words"));
        assert_eq!(facet(&all, "kinds", "toolkit"), Some(4));
        assert_eq!(facet(&all, "kinds", "manual"), Some(3));
        assert_eq!(facet(&all, "kinds", "applied_study"), Some(3));
        assert_eq!(facet(&all, "kinds", "case_study"), Some(3));
        assert_eq!(facet(&all, "topics", "nrw"), Some(5));
        assert_eq!(facet(&all, "countries", "Fiji"), Some(2));
        assert_eq!(facet(&all, "languages", "vi"), Some(1));
        assert_eq!(facet(&all, "languages", "th"), Some(1));
        assert_eq!(facet(&all, "years", "2024"), Some(5));
        // Members see the two members-only ones too.
        assert_eq!(search(&app, Some(&c.member), &[]).await["total"], 15);

        // Filters narrow the results and the counts.
        let toolkits = search(&app, None, &[("kind", "toolkit")]).await;
        assert_eq!(toolkits["total"], 4);
        assert_eq!(facet(&toolkits, "kinds", "toolkit"), Some(4));
        assert_eq!(facet(&toolkits, "countries", "Philippines"), Some(2));
        let nrw = search(&app, None, &[("topic", "nrw"), ("q", "leak")]).await;
        assert_eq!(
            titles(&nrw),
            ["Non-Revenue Water Reduction Toolkit"],
            "{backend:?}"
        );
        let fiji_2022 = search(&app, None, &[("country", "Fiji"), ("year", "2022")]).await;
        assert_eq!(
            titles(&fiji_2022),
            ["Keeping the Water On: Cyclone Recovery in Fiji's Western Division"]
        );
        // Words and filters together; words from the summary count.
        let found = search(&app, Some(&c.member), &[("q", "pressure")]).await;
        assert_eq!(
            found["total"],
            3,
            "{backend:?}: {}",
            titles(&found).join(" | ")
        );
        // Unknown filter values are refused.
        let (status, _) = call(&app, None, "/api/library/search", &[("kind", "novel")]).await;
        assert_eq!(status, 400);
        let (status, _) = call(&app, None, "/api/library/search", &[("year", "nineteen")]).await;
        assert_eq!(status, 400);
    }
}

#[tokio::test]
async fn search_syntax_characters_and_empty_searches_get_answers_not_errors() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        app::library::demo::seed(&app.db).await.unwrap();
        for q in [
            "\"",
            "\"septage",
            "*",
            "-",
            "- sludge",
            "NEAR(water",
            "NEAR",
            "AND OR NOT",
            "col:value",
            ":",
            "&&",
            "( )",
            "water)",
            "'; DROP TABLE knowledge_product; --",
            "^title",
            "water:*",
            "!",
            "\\",
            "a|b",
            "<->",
        ] {
            let found = search(&app, Some(&c.member), &[("q", q)]).await;
            assert!(found["total"].as_i64().is_some(), "{backend:?}: {q}");
        }
        // Syntax around a word still finds the word.
        let found = search(&app, None, &[("q", "\"septage\" -(desludging:*")]).await;
        assert!(titles(&found)
            .iter()
            .any(|t| t == "Septage Management Manual for Philippine Water Districts"));
        // Nothing to search for: the whole library, with a message saying why.
        let empty = search(&app, None, &[("q", "   ")]).await;
        assert_eq!(empty["total"], 13);
        assert!(
            empty["message"]
                .as_str()
                .unwrap()
                .contains("Type a few words"),
            "{backend:?}: {}",
            empty["message"]
        );
        assert!(empty["message"]
            .as_str()
            .unwrap()
            .contains("Type a few words"));
        let symbols = search(&app, None, &[("q", "*** ()")]).await;
        assert_eq!(symbols["total"], 13);
        assert!(symbols["message"].as_str().unwrap().contains("no words"));
        // The pages answer too.
        for path in ["/library?q=%22%28NEAR%3A*", "/library?q=", "/library?q=***"] {
            let res = app.get(path).await;
            assert_eq!(res.status(), 200, "{backend:?}: {path}");
        }
        // Words in other scripts are words.
        let found = search(&app, None, &[("q", "chất lượng")]).await;
        assert_eq!(found["total"], 1, "{backend:?}");
    }
}

#[tokio::test]
async fn members_only_products_stay_hidden_from_visitors() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        let id = create(
            &app,
            &c.admin,
            "Quokka Tariff Study",
            "members",
            "tariffs_finance",
        )
        .await;
        let pdf = simple_pdf(&["Confidential tariff model for the board"]);
        let res = upload(
            &app,
            Some(&c.admin),
            id,
            "Board tariff model.pdf",
            pdf.clone(),
        )
        .await;
        assert_eq!(res.status(), 201);

        // Not in a visitor's search, by title or by the text inside, nor in the page.
        for q in ["quokka", "confidential", ""] {
            let (_, body) = call(&app, None, "/api/library/search", &[("q", q)]).await;
            let text = body.to_string();
            assert!(!text.contains("Quokka"), "{backend:?}: {q}: {text}");
            assert!(!text.contains("Board tariff model"));
        }
        let html = app.get("/library?q=quokka").await.text().await.unwrap();
        assert!(!html.contains("Quokka Tariff"));
        // Members find it.
        let found = search(&app, Some(&c.member), &[("q", "confidential")]).await;
        assert_eq!(titles(&found), ["Quokka Tariff Study"], "{backend:?}");

        // Its page asks visitors to sign in; its file is refused with a reason.
        let (status, _) = detail(&app, None, id).await;
        assert_eq!(status, 401);
        assert_eq!(app.get(&format!("/library/{id}")).await.status(), 401);
        let (_, product) = detail(&app, Some(&c.member), id).await;
        let file_id = product["files"][0]["id"].as_i64().unwrap();
        let res = download(&app, None, file_id).await;
        assert_eq!(res.status(), 403, "{backend:?}");
        let text = res.text().await.unwrap();
        assert!(text.contains("for network members"));
        assert!(!text.contains("Board tariff model"));
        let res = download(&app, Some(&c.member), file_id).await;
        assert_eq!(res.status(), 200);
        assert_eq!(res.bytes().await.unwrap().to_vec(), pdf);
        // The refused download was not counted; the member's was. Visitors' most-downloaded
        // list does not show it.
        let (_, product) = detail(&app, Some(&c.member), id).await;
        assert_eq!(product["total_downloads"], 1);
        let (_, popular) = call(&app, None, "/api/library/popular", &[]).await;
        assert_eq!(popular, serde_json::json!([]));
        let (_, popular) = call(&app, Some(&c.member), "/api/library/popular", &[]).await;
        assert_eq!(popular[0]["title"], "Quokka Tariff Study");
        // Its partnership and program listings leave it out for visitors too.
        assert!(app::library::links::products_for_program(&app.db, 1)
            .await
            .unwrap()
            .is_empty());
    }
}

#[tokio::test]
async fn bad_files_are_refused_with_a_reason_and_nothing_is_stored() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        let id = create(&app, &c.admin, "NRW Toolkit", "public", "nrw").await;
        let pdf = simple_pdf(&["District metered areas"]);

        let mut big = pdf.clone();
        big.resize(21 * 1024 * 1024, b' ');
        // The server answers 413 once the body passes the limit and may close the connection
        // before the client has sent the rest, which the client sees as an error.
        match try_upload(&app, Some(&c.admin), id, "big.pdf", big).await {
            Ok(res) => {
                assert_eq!(res.status(), 413, "{backend:?}");
                // The rest is never read: the connection ends, and says so, so the next
                // upload below is not sent on it.
                assert_eq!(res.headers()["connection"], "close", "{backend:?}");
                assert!(res.text().await.unwrap().contains("larger than 20 MB"));
            }
            Err(e) => assert!(e.is_request(), "{backend:?}: {e}"),
        }

        let res = upload(
            &app,
            Some(&c.admin),
            id,
            "toolkit.pdf",
            b"MZ\x90\x00 a program".to_vec(),
        )
        .await;
        assert_eq!(res.status(), 415);
        assert!(res.text().await.unwrap().contains("not accepted"));
        let res = upload(
            &app,
            Some(&c.admin),
            id,
            "notes.txt",
            b"plain text notes".to_vec(),
        )
        .await;
        assert_eq!(res.status(), 415);

        // Refusals answer only once the file has been read to the end (3 MB here), or the
        // connection resets and the browser shows no message at all.
        let mut sizeable = pdf.clone();
        sizeable.resize(3 * 1024 * 1024, b' ');
        let res = upload(&app, None, id, "toolkit.pdf", sizeable.clone()).await;
        assert_eq!(res.status(), 401);
        // A member may not add files to a published product.
        let res = upload(&app, Some(&c.member), id, "toolkit.pdf", sizeable.clone()).await;
        assert_eq!(res.status(), 403);
        let res = upload(&app, Some(&c.admin), 999_999, "toolkit.pdf", sizeable).await;
        assert_eq!(res.status(), 404);

        // A browser form is sent back to the page, where the message shows by the field.
        let part = reqwest::multipart::Part::bytes(b"GIF89a....".to_vec()).file_name("x.pdf");
        let res = app
            .client
            .post(app.url(&format!("/library/{id}/files")))
            .header("origin", app.url(""))
            .header("accept", "text/html")
            .header("cookie", c.admin.clone())
            .multipart(reqwest::multipart::Form::new().part("file", part))
            .send()
            .await
            .unwrap();
        assert!(res.status().is_redirection());
        let to = res.headers()["location"].to_str().unwrap().to_owned();
        assert_eq!(to, format!("/library/{id}?file_error=wrong_type#files"));
        let page = app.get_as(&c.admin, &to).await.text().await.unwrap();
        assert!(
            page.contains("This type of file is not accepted"),
            "{backend:?}"
        );

        assert_eq!(app.count("knowledge_file").await, 0, "{backend:?}");
        let dir = app.settings.upload_dir().join("library");
        let stored = std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0);
        assert_eq!(stored, 0, "no file left in {}", dir.display());
        // An office document passes (recognised by its content).
        let mut docx = vec![b'P', b'K', 3, 4, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        docx.extend_from_slice(&[0; 12]);
        docx.extend_from_slice(&17u16.to_le_bytes());
        docx.extend_from_slice(&[0, 0]);
        docx.extend_from_slice(b"word/document.xml");
        docx.extend_from_slice(&[0; 64]);
        let res = upload(&app, Some(&c.admin), id, "toolkit.docx", docx).await;
        assert_eq!(res.status(), 201, "{backend:?}");
        // A PDF whose text cannot be read is kept all the same (found by its title).
        let broken = b"%PDF-1.7\n1 0 obj << /Broken [ >> stream\n\xff\xfe\nendobj\n".to_vec();
        let res = upload(&app, Some(&c.admin), id, "scanned.pdf", broken.clone()).await;
        assert_eq!(res.status(), 201, "{backend:?}");
        let (_, product) = detail(&app, None, id).await;
        assert_eq!(product["files"][0]["file_name"], "scanned.pdf");
        let res = download(&app, None, product["files"][0]["id"].as_i64().unwrap()).await;
        assert_eq!(res.bytes().await.unwrap().to_vec(), broken);
        assert_eq!(search(&app, None, &[("q", "toolkit")]).await["total"], 1);
    }
}

#[tokio::test]
async fn a_new_version_becomes_the_latest_and_the_old_one_stays() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        let id = create(
            &app,
            &c.admin,
            "Water Safety Plan Toolkit",
            "public",
            "water_quality",
        )
        .await;
        let first = simple_pdf(&["First edition: hazard wombatology"]);
        let second = simple_pdf(&["Second edition: verification monitoring platypusology"]);
        let res = upload(&app, Some(&c.admin), id, "wsp-2023.pdf", first.clone()).await;
        assert_eq!(res.json::<Value>().await.unwrap()["version"], 1);
        let res = upload(
            &app,
            Some(&c.facilitator),
            id,
            "wsp-2025.pdf",
            second.clone(),
        )
        .await;
        assert_eq!(res.json::<Value>().await.unwrap()["version"], 2);

        let (_, product) = detail(&app, None, id).await;
        let files = product["files"].as_array().unwrap();
        assert_eq!(files.len(), 2);
        assert_eq!(files[0]["version"], 2);
        assert_eq!(files[0]["latest"], true);
        assert_eq!(files[0]["file_name"], "wsp-2025.pdf");
        assert_eq!(files[1]["version"], 1);
        assert_eq!(files[1]["latest"], false);
        // The old version stays downloadable, byte for byte.
        let old = download(&app, None, files[1]["id"].as_i64().unwrap()).await;
        assert_eq!(old.status(), 200);
        assert_eq!(old.bytes().await.unwrap().to_vec(), first);
        // The search reads the latest version's text.
        assert_eq!(
            search(&app, None, &[("q", "platypusology")]).await["total"],
            1
        );
        assert_eq!(
            search(&app, None, &[("q", "wombatology")]).await["total"],
            0,
            "{backend:?}"
        );
        // The page says which is the latest.
        let html = app
            .get(&format!("/library/{id}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(html.contains("Latest · version 2"), "{backend:?}");
        assert!(html.contains("wsp-2023.pdf"));
    }
}

#[tokio::test]
async fn downloads_are_counted_and_page_views_are_not() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        let id = create(&app, &c.admin, "Billing Reform Case", "public", "billing").await;
        let res = upload(
            &app,
            Some(&c.admin),
            id,
            "billing.pdf",
            simple_pdf(&["Billing"]),
        )
        .await;
        assert_eq!(res.status(), 201);
        for _ in 0..3 {
            assert_eq!(app.get(&format!("/library/{id}")).await.status(), 200);
            detail(&app, None, id).await;
            search(&app, None, &[("q", "billing")]).await;
        }
        let (_, product) = detail(&app, None, id).await;
        assert_eq!(product["files"][0]["downloads"], 0, "{backend:?}");
        let file_id = product["files"][0]["id"].as_i64().unwrap();
        for _ in 0..2 {
            assert_eq!(download(&app, None, file_id).await.status(), 200);
        }
        // A HEAD request fetches no file, and is not counted.
        let head = app
            .client
            .head(app.url(&format!("/library/files/{file_id}")))
            .send()
            .await
            .unwrap();
        assert_eq!(head.status(), 200);
        let (_, product) = detail(&app, None, id).await;
        assert_eq!(product["files"][0]["downloads"], 2, "{backend:?}");
        assert_eq!(product["total_downloads"], 2);
        let (_, popular) = call(&app, None, "/api/library/popular", &[]).await;
        assert_eq!(popular[0]["id"], id);
        assert_eq!(popular[0]["downloads"], 2);
        let found = search(&app, None, &[("q", "billing")]).await;
        assert_eq!(found["hits"][0]["downloads"], 2);
        assert_eq!(download(&app, None, 987_654).await.status(), 404);
    }
}

#[tokio::test]
async fn members_submit_and_curators_publish_or_reject() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        // Visitors cannot submit; a member's product waits for review.
        let incomplete = [
            ("kind", "manual"),
            ("title", ""),
            ("summary", "short"),
            ("authors", ""),
            ("year", "2024"),
            ("language", "English"),
            ("licence", ""),
            ("access", "public"),
            ("countries", ""),
        ];
        let (status, _) = call(&app, None, "/api/library/create", &incomplete).await;
        assert_eq!(status, 401);
        let (status, body) = call(&app, Some(&c.member), "/api/library/create", &incomplete).await;
        assert_eq!(status, 422);
        assert!(body.to_string().contains("Enter the title."));
        assert!(body.to_string().contains("Choose at least one topic."));
        let id = create(
            &app,
            &c.member,
            "Meter Reading Handbook",
            "public",
            "billing",
        )
        .await;
        let (_, mine) = detail(&app, Some(&c.member), id).await;
        assert_eq!(mine["status"], "submitted");
        assert_eq!(mine["may_upload"], true);
        // Hidden from everyone else until published.
        assert_eq!(detail(&app, None, id).await.0, 404, "{backend:?}");
        assert_eq!(detail(&app, Some(&c.other_member), id).await.0, 404);
        assert_eq!(
            search(&app, Some(&c.member), &[("q", "meter handbook")]).await["total"],
            0
        );
        // The submitter attaches the file; nobody else (but curators) can.
        let pdf = simple_pdf(&["Handheld meter reading routes"]);
        assert_eq!(
            upload(&app, Some(&c.member), id, "handbook.pdf", pdf.clone())
                .await
                .status(),
            201
        );
        assert_eq!(
            upload(&app, Some(&c.other_member), id, "x.pdf", pdf.clone())
                .await
                .status(),
            404
        );
        // Only curators review.
        let (status, _) = call(
            &app,
            Some(&c.member),
            "/api/library/review",
            &[
                ("id", &id.to_string()),
                ("decision", "publish"),
                ("note", ""),
            ],
        )
        .await;
        assert_eq!(status, 403);
        let (status, pending) = call(&app, Some(&c.facilitator), "/api/library/pending", &[]).await;
        assert_eq!(status, 200);
        assert_eq!(pending[0]["title"], "Meter Reading Handbook");
        assert_eq!(pending[0]["submitted_by"], "Test amna@lwasa.example");
        let (_, seen) = detail(&app, Some(&c.facilitator), id).await;
        assert_eq!(seen["may_review"], true);
        // A rejection needs a reason.
        let (status, body) = call(
            &app,
            Some(&c.facilitator),
            "/api/library/review",
            &[
                ("id", &id.to_string()),
                ("decision", "reject"),
                ("note", " "),
            ],
        )
        .await;
        assert_eq!(status, 422);
        assert!(body.to_string().contains("why"));
        let (status, _) = call(
            &app,
            Some(&c.facilitator),
            "/api/library/review",
            &[
                ("id", &id.to_string()),
                ("decision", "publish"),
                ("note", ""),
            ],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}");
        let (status, _) = call(
            &app,
            Some(&c.admin),
            "/api/library/review",
            &[
                ("id", &id.to_string()),
                ("decision", "reject"),
                ("note", "Duplicate"),
            ],
        )
        .await;
        assert_eq!(status, 409);
        // Published: everyone finds it, including by the text of its file; the submitter can
        // no longer change the files.
        assert_eq!(
            search(&app, None, &[("q", "handheld routes")]).await["total"],
            1
        );
        assert_eq!(
            upload(&app, Some(&c.member), id, "x.pdf", pdf.clone())
                .await
                .status(),
            403
        );
        let (_, pending) = call(&app, Some(&c.admin), "/api/library/pending", &[]).await;
        assert_eq!(pending, serde_json::json!([]));

        // A rejected product stays out of the library, with the reason for its submitter.
        let other = create(&app, &c.member, "Duplicate Handbook", "public", "billing").await;
        let (status, _) = call(
            &app,
            Some(&c.admin),
            "/api/library/review",
            &[
                ("id", &other.to_string()),
                ("decision", "reject"),
                ("note", "Already in the library."),
            ],
        )
        .await;
        assert_eq!(status, 200);
        let (_, mine) = detail(&app, Some(&c.member), other).await;
        assert_eq!(mine["status"], "rejected");
        assert_eq!(mine["review_note"], "Already in the library.");
        assert_eq!(search(&app, None, &[("q", "duplicate")]).await["total"], 0);
        // A curator's own product is published at once.
        let direct = create(&app, &c.facilitator, "Direct Manual", "public", "billing").await;
        assert_eq!(detail(&app, None, direct).await.1["status"], "published");
    }
}

#[tokio::test]
async fn products_and_partnerships_show_each_other() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        app::partners::demo::seed(&app.db, 0).await.unwrap();
        app::wops::demo::seed(&app.db).await.unwrap();
        let partnership = {
            use app::wops::entity::partnership;
            use sea_orm::{EntityTrait, QueryOrder};
            partnership::Entity::find()
                .order_by_asc(partnership::Column::Id)
                .one(&app.db)
                .await
                .unwrap()
                .unwrap()
        };
        let id = create(&app, &c.admin, "DMA Design Notes", "public", "nrw").await;
        let hidden = create(&app, &c.admin, "Internal DMA Costs", "members", "nrw").await;
        for product in [id, hidden] {
            let (status, _) = call(
                &app,
                Some(&c.facilitator),
                "/api/library/link",
                &[
                    ("product_id", &product.to_string()),
                    ("target", "partnership"),
                    ("target_id", &partnership.id.to_string()),
                ],
            )
            .await;
            assert_eq!(status, 200, "{backend:?}");
        }
        let (_, product) = detail(&app, None, id).await;
        assert_eq!(product["partnerships"][0]["title"], partnership.title);
        let pid = partnership.id.to_string();
        let (_, linked) = call(
            &app,
            None,
            "/api/library/for_partnership",
            &[("partnership_id", &pid)],
        )
        .await;
        assert_eq!(linked.as_array().unwrap().len(), 1, "visitors: public only");
        assert_eq!(linked[0]["title"], "DMA Design Notes");
        assert_eq!(linked[0]["kind"], "Manual");
        let (_, linked) = call(
            &app,
            Some(&c.member),
            "/api/library/for_partnership",
            &[("partnership_id", &pid)],
        )
        .await;
        assert_eq!(linked.as_array().unwrap().len(), 2);
        let html = app
            .get(&format!("/partnerships/{pid}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(html.contains("Knowledge products"), "{backend:?}");
        assert!(html.contains("DMA Design Notes"));
        // Bad targets get a message by the field; unlinking works.
        let (status, body) = call(
            &app,
            Some(&c.admin),
            "/api/library/link",
            &[
                ("product_id", &id.to_string()),
                ("target", "partnership"),
                ("target_id", "99999"),
            ],
        )
        .await;
        assert_eq!(status, 422);
        assert!(body.to_string().contains("no partnership"));
        let (status, _) = call(
            &app,
            Some(&c.admin),
            "/api/library/link",
            &[
                ("product_id", &id.to_string()),
                ("target", "program"),
                ("target_id", "99999"),
            ],
        )
        .await;
        assert_eq!(status, 422);
        let (status, _) = call(
            &app,
            Some(&c.admin),
            "/api/library/link",
            &[
                ("product_id", &id.to_string()),
                ("target", "partnership"),
                ("target_id", &pid),
                ("remove", "on"),
            ],
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(
            detail(&app, None, id).await.1["partnerships"],
            serde_json::json!([])
        );
        // Members cannot link.
        let (status, _) = call(
            &app,
            Some(&c.member),
            "/api/library/link",
            &[
                ("product_id", &id.to_string()),
                ("target", "partnership"),
                ("target_id", &pid),
            ],
        )
        .await;
        assert_eq!(status, 403);
    }
}

/// A Thai reader gets the library in Thai, and a Vietnamese member's refused product form says
/// what is wrong in Vietnamese (still a 422 naming the field), storing nothing.
#[tokio::test]
async fn the_library_and_its_form_speak_the_readers_language() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        let page = app.get_as("wl_lang=th", "/library").await;
        assert_eq!(page.status(), 200);
        let page = page.text().await.unwrap();
        assert!(
            page.contains("ผลงานองค์ความรู้") || page.contains("ชุดเครื่องมือ คู่มือ"),
            "{backend:?}"
        );
        assert!(page.contains("ดาวน์โหลดมากที่สุด"), "{backend:?}");

        let this_year = chrono::Datelike::year(&chrono::Utc::now().date_naive());
        let vi_member = format!("{}; wl_lang=vi", c.member);
        let (status, body) = call(
            &app,
            Some(&vi_member),
            "/api/library/create",
            &[
                ("kind", "manual"),
                ("title", "Sổ tay đọc đồng hồ nước"),
                (
                    "summary",
                    "Hướng dẫn thực hành cho các công ty cấp nước về việc đọc đồng hồ.",
                ),
                ("authors", ""),
                ("year", "1900"),
                ("language", "Tiếng Việt"),
                ("licence", ""),
                ("access", "public"),
                ("countries", ""),
            ],
        )
        .await;
        assert_eq!(status, 422, "{backend:?} {body}");
        assert_eq!(
            support::field_message(&body, "year"),
            Some(format!("Hãy nhập năm xuất bản (1950 đến {this_year}).").as_str()),
            "{backend:?}"
        );
        assert_eq!(
            support::field_message(&body, "topics"),
            Some("Hãy chọn ít nhất một chủ đề."),
            "{backend:?}"
        );
        assert_eq!(app.count("knowledge_product").await, 0, "{backend:?}");
    }
}
