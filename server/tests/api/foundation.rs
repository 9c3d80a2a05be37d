//! The foundation as a user and an operator meet it, on every database backend.

use crate::support;

use support::{backends, TestApp};

#[tokio::test]
async fn health_check_reports_the_database() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let res = app.get("/healthz").await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["status"], "ok");
        assert_eq!(body["database"], "ok");
    }
}

#[tokio::test]
async fn home_page_shows_the_seeded_network_figures() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let report = app::partners::demo::seed(&app.db, 0).await.unwrap();
        assert!(
            report.inserted >= 40,
            "{backend:?}: seeded {}",
            report.inserted
        );
        let total = app.count("organization").await;
        let res = app.get("/").await;
        assert_eq!(res.status(), 200);
        let html = res.text().await.unwrap();
        assert!(html.contains("WaterLinks Hub"), "{backend:?}");
        assert!(
            html.contains(&format!("data-testid=\"stat-organizations\">{total}<")),
            "{backend:?}: the page should show {total} organizations"
        );
        assert!(html.contains("Water Operator Partnerships"));
    }
}

#[tokio::test]
async fn seeding_twice_adds_nothing_the_second_time() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::partners::demo::seed(&app.db, 5).await.unwrap();
        let before = app.count("organization").await;
        let again = app::partners::demo::seed(&app.db, 5).await.unwrap();
        assert_eq!(again.inserted, 0, "{backend:?}");
        assert_eq!(app.count("organization").await, before);
    }
}

#[tokio::test]
async fn unknown_routes_get_the_404_page() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let res = app.get("/no/such/page").await;
        assert_eq!(res.status(), 404, "{backend:?}");
        let html = res.text().await.unwrap();
        assert!(html.contains("Page not found"));
        assert!(
            html.contains("site-footer"),
            "the 404 page keeps the layout"
        );
    }
}

#[tokio::test]
async fn pages_carry_security_headers_and_a_nonce_csp() {
    let app = TestApp::spawn(support::Backend::Sqlite).await;
    let res = app.get("/partners").await;
    let h = res.headers().clone();
    let csp = h["content-security-policy"].to_str().unwrap().to_owned();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(csp.contains("'nonce-"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["referrer-policy"], "strict-origin-when-cross-origin");
    let html = res.text().await.unwrap();
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap();
    assert!(
        html.contains(&format!("nonce=\"{nonce}\"")),
        "inline scripts carry the nonce"
    );
    // No page loads a WASM; each loads the small script, from this site only.
    assert!(!html.contains(".wasm") && !html.contains("/pkg/waterlinks.js"));
    assert!(html.contains("src=\"/js/venue.js\""), "the pages' script");
    // The service worker may fetch this site's pages and assets for offline use.
    let worker = app.get("/sw.js").await;
    assert_eq!(
        worker.headers()["content-security-policy"],
        "default-src 'self'"
    );
    assert_eq!(worker.headers()["cache-control"], "no-cache");

    let json = app.get("/healthz").await;
    assert!(json.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .starts_with("default-src 'none'"));
}

#[tokio::test]
async fn a_valid_contact_message_is_stored() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let res = app
            .post_form(
                "/api/contact/send",
                &[
                    ("name", "Ana Reyes"),
                    ("email", "ana.reyes@mcwd.gov.ph"),
                    ("organization", "Metropolitan Cebu Water District"),
                    (
                        "message",
                        "We would like to learn about pressure management.",
                    ),
                ],
            )
            .await;
        assert_eq!(
            res.status(),
            200,
            "{backend:?}: {}",
            res.text().await.unwrap()
        );
        assert_eq!(app.count("contact_message").await, 1);
    }
}

#[tokio::test]
async fn invalid_fields_get_messages_and_nothing_is_stored() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let res = app
            .post_form(
                "/api/contact/send",
                &[
                    ("name", "  "),
                    ("email", "not-an-email"),
                    ("organization", ""),
                    ("message", ""),
                ],
            )
            .await;
        assert_eq!(res.status(), 422, "{backend:?}");
        let body = res.text().await.unwrap();
        assert!(body.contains("Please enter your name."), "{body}");
        assert!(
            body.contains("does not look like an email address"),
            "{body}"
        );
        assert_eq!(app.count("contact_message").await, 0);
    }
}

#[tokio::test]
async fn malformed_server_function_bodies_get_a_4xx_with_a_message() {
    let app = TestApp::spawn(support::Backend::Sqlite).await;
    // Missing fields.
    let res = app
        .post_form("/api/contact/send", &[("garbage", "1")])
        .await;
    assert_eq!(res.status(), 400);
    assert!(res.text().await.unwrap().contains("could not be read"));
    // Not a form at all.
    let res = app
        .client
        .post(app.url("/api/contact/send"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(vec![0xff_u8, 0xfe, 0x00, 0x26, 0x3d])
        .send()
        .await
        .unwrap();
    assert!(res.status().is_client_error(), "status {}", res.status());
    // An unknown server function.
    let res = app.post_form("/api/contact/nope", &[]).await;
    assert!(res.status().is_client_error(), "status {}", res.status());
    assert_eq!(app.count("contact_message").await, 0);
}

#[tokio::test]
async fn cross_site_posts_are_refused_and_change_nothing() {
    let app = TestApp::spawn(support::Backend::Sqlite).await;
    let form = [
        ("name", "Mallory"),
        ("email", "m@evil.example"),
        ("organization", ""),
        ("message", "hi"),
    ];
    let res = app
        .client
        .post(app.url("/api/contact/send"))
        .header("origin", "https://evil.example")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let res = app
        .client
        .post(app.url("/api/contact/send"))
        .header("sec-fetch-site", "cross-site")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(app.count("contact_message").await, 0);
}

#[tokio::test]
async fn oversized_bodies_are_refused() {
    let app = TestApp::spawn(support::Backend::Sqlite).await;
    let huge = "x".repeat(200 * 1024);
    let res = app
        .post_form(
            "/api/contact/send",
            &[
                ("name", "A"),
                ("email", "a@b.org"),
                ("organization", ""),
                ("message", &huge),
            ],
        )
        .await;
    assert_eq!(res.status(), 413);
    assert_eq!(app.count("contact_message").await, 0);
}

#[tokio::test]
async fn metrics_count_requests_and_show_the_pool() {
    let app = TestApp::spawn(support::Backend::Sqlite).await;
    app.get("/healthz").await;
    let text = app.get("/metrics").await.text().await.unwrap();
    assert!(text.contains("http_requests_total{"), "{text}");
    assert!(text.contains("route=\"/healthz\""), "{text}");
    assert!(text.contains("db_pool_connections"), "{text}");
    assert!(
        text.contains("http_request_duration_seconds_bucket"),
        "{text}"
    );
}

#[tokio::test]
async fn sqlite_backup_and_restore_round_trip() {
    // No server here: a restore happens while the app is stopped, so nothing else may hold
    // the database open.
    let dir = tempfile::tempdir().unwrap();
    let mut settings = server::config::Settings::default();
    settings.data_dir = dir.path().to_path_buf();
    let db = server::db::connect_and_migrate(&settings).await.unwrap();
    let count = |db: sea_orm::DatabaseConnection| async move {
        let row = sea_orm::ConnectionTrait::query_one_raw(
            &db,
            sea_orm::Statement::from_string(
                db.get_database_backend(),
                "SELECT COUNT(*) AS n FROM organization",
            ),
        )
        .await
        .unwrap()
        .unwrap();
        row.try_get::<i64>("", "n").unwrap()
    };
    app::partners::demo::seed(&db, 0).await.unwrap();
    let seeded = count(db.clone()).await;
    let backup = settings.data_dir.join("backup.db");
    match server::db::backup(&settings, &backup).await.unwrap() {
        server::db::BackupOutcome::Written(path) => assert!(path.exists()),
        server::db::BackupOutcome::Command(_) => panic!("SQLite backups are written directly"),
    }
    // A second backup to the same file is refused rather than overwriting it.
    assert!(server::db::backup(&settings, &backup).await.is_err());
    // Restoring a file that is not a database is refused.
    let junk = settings.data_dir.join("junk.db");
    std::fs::write(&junk, b"not a database").unwrap();
    assert!(server::db::restore(&settings, &junk).await.is_err());

    // The loss a backup guards against. Deleting organizations that others point to is
    // refused, so what points to them goes first.
    for table in [
        "organization_contact",
        "organization_topic",
        "kpi_measurement",
        "organization",
    ] {
        sea_orm::ConnectionTrait::execute_unprepared(&db, &format!("DELETE FROM {table}"))
            .await
            .unwrap();
    }
    assert_eq!(count(db.clone()).await, 0);
    db.close().await.unwrap();
    server::db::restore(&settings, &backup).await.unwrap();
    let reopened = server::db::connect(&settings).await.unwrap();
    assert_eq!(count(reopened).await, seeded);
}

#[tokio::test]
async fn a_wrong_database_url_fails_with_one_clear_line() {
    let mut settings = server::config::Settings::default();
    settings.database_url = Some("postgres://nobody@127.0.0.1:1/nowhere".to_owned());
    let err = match server::db::connect_and_migrate(&settings).await {
        Ok(_) => panic!("connecting to a closed port must fail"),
        Err(e) => e.to_string(),
    };
    assert!(
        err.starts_with("database postgres://nobody@127.0.0.1:1/nowhere"),
        "{err}"
    );
    assert!(!err.contains('\n'), "{err}");
}

/// A sector event form (facilitators and the secretariat) with `title` and `link` as given.
fn event_form<'a>(title: &'a str, link: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("title", title),
        (
            "description",
            "Three days on water security.\r\nWith field visits.",
        ),
        ("starts_on", "2027-08-23"),
        ("ends_on", "2027-08-25"),
        ("place", "Manila"),
        ("organizer", "Asian Development Bank"),
        ("link", link),
        ("scope", "regional"),
    ]
}

#[tokio::test]
async fn line_breaks_and_control_characters_are_refused_at_every_form_and_never_stored() {
    use app::accounts::Role;
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (_, admin) = app
            .person("events@secretariat.example", &[Role::SecretariatAdmin], &[])
            .await;
        // A line break in a one-line field would add lines to the event's .ics file.
        let res = app
            .post_as(
                Some(&admin),
                "/api/events/create",
                &event_form("Asia Water Week\r\nBEGIN:VALARM", "https://adb.example/aww"),
            )
            .await;
        assert_eq!(res.status(), 422, "{backend:?}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(
            support::field_message(&body, "title"),
            Some("This field is one line: remove the line breaks."),
            "{body}"
        );
        let res = app
            .post_as(
                Some(&admin),
                "/api/events/create",
                &event_form("Asia Water Week", "https://adb.example/aww\nATTACH:x"),
            )
            .await;
        assert_eq!(res.status(), 422);
        let res = app
            .post_as(
                Some(&admin),
                "/api/events/create",
                &event_form("Asia Water\u{1b}[2J Week", "https://adb.example/aww"),
            )
            .await;
        assert_eq!(res.status(), 422);
        assert_eq!(
            app.count("sector_event").await,
            0,
            "{backend:?}: nothing stored"
        );

        // A page's form without script goes back to the page with the error for the form.
        let res = app
            .client
            .post(app.url("/api/events/create"))
            .header("cookie", admin.as_str())
            .header("accept", "text/html")
            .header("referer", app.url("/events"))
            .form(&event_form(
                "Asia Water Week\r\nX",
                "https://adb.example/aww",
            ))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303);
        let location = res.headers()["location"].to_str().unwrap();
        assert!(
            location.starts_with(&app.url("/events?__path=")) && location.contains("__err="),
            "{location}"
        );

        // Multi-line fields keep their line breaks; the event is stored.
        let res = app
            .post_as(
                Some(&admin),
                "/api/events/create",
                &event_form("Asia Water Week", "https://adb.example/aww"),
            )
            .await;
        assert_eq!(
            res.status(),
            200,
            "{backend:?}: {}",
            res.text().await.unwrap()
        );
        assert_eq!(app.count("sector_event").await, 1);

        // A body that says it is something else is refused too: server functions would decode
        // it all the same, past the gate.
        for content_type in ["text/plain", "application/octet-stream", ""] {
            let mut req = app
                .client
                .post(app.url("/api/contact/send"))
                .body("name=Ana%0D%0ABcc%3A+x%40x.example&email=ana%40x.example&message=Hello+there%2C+secretariat");
            if !content_type.is_empty() {
                req = req.header("content-type", content_type);
            }
            let res = req.send().await.unwrap();
            assert_eq!(res.status(), 415, "{backend:?}: {content_type:?}");
        }
        let res = app
            .client
            .post(app.url("/api/contact/send"))
            .header("content-type", "Application/X-WWW-Form-Urlencoded")
            .body("name=Ana%0D%0ABcc%3A+x%40x.example&email=ana%40x.example&message=Hello+there%2C+secretariat")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 422, "{backend:?}: the type's capitals");
        assert_eq!(app.count("contact_message").await, 0, "{backend:?}");

        // Every server function is behind the same gate, whoever calls it.
        for (path, _) in server_fn::axum::server_fn_paths() {
            let res = app.post_form(path, &[("name", "two\nlines")]).await;
            assert_eq!(
                res.status(),
                422,
                "{backend:?}: {path} let a line break through"
            );
        }
    }
}

/// Found by fuzzing (fuzz/fuzz_targets/query_strings.rs): the router decoded a query value a
/// second time and unwrapped it as UTF-8, so these addresses made the page panic while it
/// rendered and the request got no answer.
#[tokio::test]
async fn addresses_the_router_cannot_decode_are_refused_not_left_unanswered() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        for path in [
            "/partners?q=%25FF",
            "/library?q=%25C3%2528",
            "/stories/%FF",
            "/partners/%C0%AE%C0%AE",
        ] {
            let res = app
                .client
                .get(app.url(path))
                .send()
                .await
                .unwrap_or_else(|e| panic!("{backend:?}: {path} got no answer: {e}"));
            assert_eq!(res.status(), 400, "{backend:?}: {path}");
        }
        // A percent sign people typed still searches.
        let res = app.get("/partners?q=100%25").await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert!(res.text().await.unwrap().contains("100%"));
    }
}

/// Every column typed as a stored enum in the app is constrained by the `typed_state`
/// migration to exactly the enum's codes: a variant added without a migration (or a code
/// changed) is caught here.
#[test]
fn the_typed_state_constraints_list_exactly_the_enums_codes() {
    use app::{accounts, awards, events, forum, library, partners, stories, training, wops};
    fn codes<T: Copy, const N: usize>(
        all: [T; N],
        code: fn(T) -> &'static str,
    ) -> Vec<&'static str> {
        all.into_iter().map(code).collect()
    }
    let expected: Vec<(&str, &str, Vec<&str>)> = vec![
        (
            "account_role",
            "role",
            codes(accounts::Role::ALL, accounts::Role::as_code),
        ),
        (
            "organization",
            "kind",
            codes(
                partners::OrganizationKind::ALL,
                partners::OrganizationKind::as_code,
            ),
        ),
        (
            "organization_topic",
            "direction",
            codes(
                partners::TopicDirection::ALL,
                partners::TopicDirection::as_code,
            ),
        ),
        (
            "kpi_measurement",
            "kpi",
            codes(partners::Kpi::ALL, partners::Kpi::as_code),
        ),
        (
            "need",
            "status",
            codes(wops::NeedStatus::ALL, wops::NeedStatus::as_code),
        ),
        (
            "partnership",
            "state",
            codes(wops::PartnershipState::ALL, wops::PartnershipState::as_code),
        ),
        (
            "commitment",
            "side",
            codes(wops::Side::ALL, wops::Side::as_code),
        ),
        (
            "activity",
            "kind",
            codes(wops::ActivityKind::ALL, wops::ActivityKind::as_code),
        ),
        (
            "activity",
            "responsible",
            codes(wops::Side::ALL, wops::Side::as_code),
        ),
        (
            "activity",
            "status",
            codes(wops::ActivityStatus::ALL, wops::ActivityStatus::as_code),
        ),
        (
            "outcome",
            "kpi",
            codes(partners::Kpi::ALL, partners::Kpi::as_code),
        ),
        (
            "training_program",
            "format",
            codes(
                training::rules::ProgramFormat::ALL,
                training::rules::ProgramFormat::as_code,
            ),
        ),
        (
            "training_enrolment",
            "status",
            codes(
                training::rules::EnrolmentStatus::ALL,
                training::rules::EnrolmentStatus::as_code,
            ),
        ),
        (
            "knowledge_product",
            "kind",
            codes(library::ProductKind::ALL, library::ProductKind::as_code),
        ),
        (
            "knowledge_product",
            "access",
            codes(library::Access::ALL, library::Access::as_code),
        ),
        (
            "knowledge_product",
            "status",
            codes(library::ReviewStatus::ALL, library::ReviewStatus::as_code),
        ),
        (
            "forum_question",
            "kind",
            codes(
                forum::rules::QuestionKind::ALL,
                forum::rules::QuestionKind::as_code,
            ),
        ),
        (
            "forum_registration",
            "attendee_type",
            codes(
                forum::rules::AttendeeType::ALL,
                forum::rules::AttendeeType::as_code,
            ),
        ),
        (
            "forum_registration",
            "status",
            codes(forum::rules::Status::ALL, forum::rules::Status::as_code),
        ),
        (
            "story",
            "status",
            codes(stories::StoryStatus::ALL, stories::StoryStatus::as_code),
        ),
        (
            "sector_event",
            "scope",
            codes(events::Scope::ALL, events::Scope::as_code),
        ),
        (
            "award_category",
            "voting_state",
            codes(
                awards::rules::VotingState::ALL,
                awards::rules::VotingState::as_code,
            ),
        ),
    ];
    let constrained: Vec<(&str, &str, Vec<&str>)> =
        migrations::m20261206_000015_typed_state::CONSTRAINED
            .iter()
            .map(|(t, c, v)| (*t, *c, v.to_vec()))
            .collect();
    assert_eq!(constrained, expected);
}

/// The database refuses a value outside a stored vocabulary (a CHECK constraint on PostgreSQL,
/// triggers on SQLite), whatever writes it; and a value that got in anyway (here: with the
/// rule dropped) is an error when read, shown as the error page, never read as a default.
#[tokio::test]
async fn unknown_stored_codes_are_refused_by_the_database_and_an_error_when_read() {
    use app::wops::entity::partnership;
    use sea_orm::{ConnectionTrait, EntityTrait, Statement};
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app.seed_demo().await;
        let sql = |text: String| Statement::from_string(app.db.get_database_backend(), text);

        app.sign_up_stranger("typed@test.example").await;
        // Every constrained column refuses an unknown code on update of the rows it has (the
        // demo data has no Forum registrations or training enrolments).
        let mut tested = 0;
        for (table, column, _) in migrations::m20261206_000015_typed_state::CONSTRAINED {
            if app.count(table).await == 0 {
                continue;
            }
            tested += 1;
            let refused = app
                .db
                .execute_raw(sql(format!("UPDATE {table} SET {column} = 'no_such_code'")))
                .await;
            assert!(
                refused.is_err(),
                "{backend:?}: {table}.{column} took an unknown code"
            );
        }
        // All but forum_registration's two columns and training_enrolment's one.
        let constrained = migrations::m20261206_000015_typed_state::CONSTRAINED.len();
        assert_eq!(tested, constrained - 3, "{backend:?}");
        // And on insert.
        let refused = app
            .db
            .execute_raw(sql(
                "INSERT INTO need (organization_id, topic_id, description, languages, status, \
                 created_at) SELECT o.id, t.id, 'A need', 'English', 'no_such_code', \
                 CURRENT_TIMESTAMP FROM organization o, topic t LIMIT 1"
                    .to_owned(),
            ))
            .await;
        let message = format!("{refused:?}");
        assert!(
            refused.is_err(),
            "{backend:?}: a need with an unknown status was stored"
        );
        assert!(message.contains("status"), "{backend:?}: {message}");
        // A known code still goes in.
        app.db
            .execute_raw(sql(
                "INSERT INTO need (organization_id, topic_id, description, languages, status, \
                 created_at) SELECT o.id, t.id, 'A need', 'English', 'open', \
                 CURRENT_TIMESTAMP FROM organization o, topic t LIMIT 1"
                    .to_owned(),
            ))
            .await
            .expect("a known code is stored");

        // Drop the rule on one column and store an unknown state behind the app's back.
        let drop_rule = match backend {
            support::Backend::Sqlite => "DROP TRIGGER partnership_state_update_check",
            support::Backend::Postgres => {
                "ALTER TABLE partnership DROP CONSTRAINT partnership_state_check"
            }
        };
        app.db.execute_unprepared(drop_rule).await.unwrap();
        let p = partnership::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        app.db
            .execute_raw(sql(format!(
                "UPDATE partnership SET state = 'on_hold' WHERE id = {}",
                p.id
            )))
            .await
            .unwrap();
        // sea-orm refuses to read it: no "proposed" (the old default) comes back.
        let read = partnership::Entity::find_by_id(p.id).one(&app.db).await;
        match read {
            Err(sea_orm::DbErr::Type(m)) => assert!(m.contains("on_hold"), "{backend:?}: {m}"),
            other => panic!("{backend:?}: an unknown state read as {other:?}"),
        }
        // The page that shows it is the error page, not a partnership shown as proposed.
        let res = app.get(&format!("/partnerships/{}", p.id)).await;
        let status = res.status();
        let html = res.text().await.unwrap();
        assert!(
            status == 500 || html.contains("Something went wrong"),
            "{backend:?}: {status} {html}"
        );
        assert!(
            !html.contains(&p.title),
            "{backend:?}: the partnership was shown"
        );
    }
}

/// The demo data (`waterlinks seed-demo`) loaded before the `typed_state` migration survives
/// it, on both databases.
///
/// The demo is seeded by today's code, which writes today's columns: it is loaded at the
/// latest schema, and the migrations since `typed_state` are then taken back (keeping the
/// data) before going up again.
#[tokio::test]
async fn the_demo_data_survives_the_typed_state_migration() {
    use migrations::{Migrator, MigratorTrait};
    for backend in backends() {
        let empty = support::EmptyDatabase::new(backend).await;
        let all = Migrator::migrations();
        let before_typed_state = all
            .iter()
            .position(|m| m.name() == "m20261206_000015_typed_state")
            .expect("the typed_state migration is listed");
        Migrator::up(&empty.db, None).await.unwrap();
        support::seed_demo(&empty.db).await;
        let since = (all.len() - before_typed_state) as u32;
        Migrator::down(&empty.db, Some(since))
            .await
            .expect("back to the schema before typed_state");
        let data = || async {
            let mut counts = support::table_counts(&empty.db).await;
            counts.remove("seaql_migrations");
            counts
        };
        let counts = data().await;
        assert!(counts["organization"] > 0, "{backend:?}: the demo is there");
        Migrator::up(&empty.db, None)
            .await
            .expect("the migration keeps valid data");
        // Every table there was keeps its rows (tables the later migrations add may hold what
        // they build from those rows: the trigram search index).
        let mut after = data().await;
        after.retain(|table, _| counts.contains_key(table));
        assert_eq!(after, counts, "{backend:?}");
        // And it can be taken back.
        Migrator::down(&empty.db, Some(since)).await.expect("down");
        Migrator::up(&empty.db, None).await.expect("up again");
    }
}
