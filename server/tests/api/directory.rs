//! The partner directory over HTTP on every backend: search and filters in the URL, CSV
//! export, profile pages with KPI charts, and profile editing with its checks.

use crate::support;

use app::accounts::Role;
use support::{backends, TestApp};

async fn page(app: &TestApp, path: &str) -> String {
    let res = app.get(path).await;
    assert_eq!(res.status(), 200, "GET {path}");
    res.text().await.unwrap()
}

#[tokio::test]
async fn filters_in_the_url_narrow_the_list() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::partners::demo::seed(&app.db, 0).await.unwrap();

        let all = page(&app, "/partners").await;
        assert!(all.contains("Asian Development Bank"), "{backend:?}");
        assert!(
            all.contains("Page 1 of 3"),
            "{backend:?}: 48 organizations, 20 a page"
        );

        let viet = page(&app, "/partners?country=Viet+Nam").await;
        assert!(viet.contains("Da Nang Water Supply JSC"), "{backend:?}");
        assert!(!viet.contains("Manila Water Company"), "{backend:?}");
        assert!(viet.contains("5 organizations"), "{backend:?}");
        // The chosen filter stays selected in the form.
        assert!(
            viet.contains(r#"<option value="Viet Nam" selected"#),
            "{backend:?}"
        );

        // Search is by words in the name or city, whatever their case.
        let cebu = page(&app, "/partners?q=cEbU").await;
        assert!(
            cebu.contains("Metropolitan Cebu Water District"),
            "{backend:?}"
        );
        assert!(!cebu.contains("Davao City Water District"), "{backend:?}");

        // A LIKE wildcard typed by a visitor is taken literally.
        let wildcard = page(&app, "/partners?q=%25").await;
        assert!(wildcard.contains("No organizations match"), "{backend:?}");

        let kind = page(&app, "/partners?kind=development_partner").await;
        assert!(kind.contains("Asian Development Bank"), "{backend:?}");
        assert!(!kind.contains("PAM Jaya"), "{backend:?}");

        // Size bands follow population served.
        let small = page(&app, "/partners?size=small&kind=utility").await;
        assert!(small.contains("Tonga Water Board"), "{backend:?}");
        assert!(!small.contains("PAM Jaya"), "{backend:?}");
    }
}

#[tokio::test]
async fn topic_filters_find_mentors_and_those_in_need() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::partners::demo::seed(&app.db, 0).await.unwrap();
        let cebu = app
            .organization_id("Metropolitan Cebu Water District")
            .await;
        let (_, admin) = app
            .person("admin@waterlinks.example", &[Role::SecretariatAdmin], &[])
            .await;
        let id = cebu.to_string();
        let res = app
            .post_as(
                Some(&admin),
                "/api/partners/set_topic",
                &[
                    ("id", &id),
                    ("direction", "offer"),
                    ("topic", "energy"),
                    ("description", "Variable-speed drives on all booster pumps."),
                ],
            )
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let offers = page(&app, "/partners?offers=energy").await;
        assert!(
            offers.contains("Metropolitan Cebu Water District"),
            "{backend:?}"
        );
        // Cebu offers energy efficiency; it does not need it.
        let needs = page(&app, "/partners?needs=energy").await;
        assert!(
            !needs.contains("Metropolitan Cebu Water District"),
            "{backend:?}"
        );
        // An unknown topic matches nothing rather than everything.
        let unknown = page(&app, "/partners?offers=no_such_topic").await;
        assert!(unknown.contains("No organizations match"), "{backend:?}");
    }
}

#[tokio::test]
async fn sorting_and_pages_work_on_a_large_directory() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::partners::demo::seed(&app.db, 60).await.unwrap();
        let total = app.count("organization").await;
        let first = page(&app, "/partners?sort=largest").await;
        assert!(
            first.contains(&format!("{total} organizations")),
            "{backend:?}"
        );
        let pages = (total + 19) / 20;
        assert!(first.contains(&format!("Page 1 of {pages}")), "{backend:?}");
        // Largest first: Dhaka (20 million) leads.
        let dhaka = first
            .find("Dhaka Water Supply and Sewerage Authority")
            .expect("Dhaka on page 1");
        let bangkok = first
            .find("Metropolitan Waterworks Authority")
            .expect("MWA on page 1");
        assert!(dhaka < bangkok, "{backend:?}");
        let second = page(&app, "/partners?sort=largest&page=2").await;
        assert!(
            second.contains(&format!("Page 2 of {pages}")),
            "{backend:?}"
        );
        assert!(
            !second.contains("Dhaka Water Supply and Sewerage Authority"),
            "{backend:?}"
        );
        // The next-page link keeps the sort order.
        assert!(
            first.contains("/partners?sort=largest&amp;page=2"),
            "{backend:?}"
        );
    }
}

#[tokio::test]
async fn csv_export_follows_the_filters() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::partners::demo::seed(&app.db, 0).await.unwrap();
        let res = app.get("/partners.csv?country=Cambodia").await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert!(res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv"));
        assert!(res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment"));
        let body = res.text().await.unwrap();
        let mut lines = body.lines();
        assert!(
            lines.next().unwrap().starts_with("id,name,kind,country"),
            "{body}"
        );
        let rows: Vec<&str> = lines.collect();
        assert_eq!(rows.len(), 2, "{body}");
        assert!(body.contains("Phnom Penh Water Supply Authority"));
        assert!(!body.contains("Manila"));

        // The same search as JSON, for programs.
        let json: serde_json::Value = app
            .get("/partners.json?country=Cambodia&sort=largest")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(json["total"], 2, "{backend:?}");
        assert_eq!(
            json["organizations"][0]["name"],
            "Phnom Penh Water Supply Authority"
        );
        assert_eq!(
            json["organizations"][1]["name"],
            "Siem Reap Water Supply Authority"
        );
    }
}

#[tokio::test]
async fn a_profile_shows_kpi_histories_as_charts() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::partners::demo::seed(&app.db, 0).await.unwrap();
        let id = app
            .organization_id("Phnom Penh Water Supply Authority")
            .await;
        let html = page(&app, &format!("/partners/{id}")).await;
        assert!(
            html.contains("<h1>Phnom Penh Water Supply Authority</h1>"),
            "{backend:?}"
        );
        assert!(html.contains("Demo data"), "{backend:?}");
        assert!(
            html.contains(r#"data-kpi="non_revenue_water""#),
            "{backend:?}"
        );
        assert!(html.contains("<polyline"), "{backend:?}");
        // The chart says in words what it shows, for screen readers.
        assert!(html.contains("Non-revenue water from"), "{backend:?}");
        assert!(html.contains("Can mentor on"), "{backend:?}");
        // Visitors get no edit button.
        assert!(!html.contains("Edit profile"), "{backend:?}");

        let missing = app.get("/partners/999999").await;
        let status = missing.status();
        let body = missing.text().await.unwrap();
        let main = body
            .split("<main")
            .nth(1)
            .unwrap_or("")
            .split("</main>")
            .next()
            .unwrap_or("");
        assert_eq!(status, 404, "{backend:?} {main}");
    }
}

#[tokio::test]
async fn an_organization_admin_edits_the_profile_and_bad_input_is_refused() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::partners::demo::seed(&app.db, 0).await.unwrap();
        let org = app.organization_id("Hue Water Supply JSC").await;
        let (_, cookie) = app.person("tran@huewaco.vn", &[Role::Member], &[org]).await;
        let id = org.to_string();

        // The edit page opens for its admin.
        let edit = app.get_as(&cookie, &format!("/partners/{id}/edit")).await;
        assert_eq!(edit.status(), 200, "{backend:?}");

        let good: Vec<(&str, &str)> = vec![
            ("id", &id),
            ("name", "Hue Water Supply JSC"),
            ("country", "Viet Nam"),
            ("city", "Hue"),
            ("latitude", "16.4637"),
            ("longitude", "107.5909"),
            ("serves_water", "on"),
            ("population_served", "700,000"),
            ("connections", "175000"),
            ("languages", "Vietnamese, English, French"),
            (
                "description",
                "Provincial water company of Thua Thien Hue. <script>alert('x')</script>",
            ),
        ];
        let with = |field: &str, value: &'static str| {
            good.iter()
                .map(|(k, v)| if *k == field { (*k, value) } else { (*k, *v) })
                .collect::<Vec<_>>()
        };

        for (field, value, expected) in [
            ("name", "   ", "name"),
            ("population_served", "-5", "population_served"),
            ("connections", "lots", "connections"),
            ("latitude", "123", "latitude"),
            ("name", "Da Nang Water Supply JSC", "name"),
        ] {
            let res = app
                .post_as(Some(&cookie), "/api/partners/update", &with(field, value))
                .await;
            assert_eq!(res.status(), 422, "{backend:?}: {field}={value}");
            let body: serde_json::Value = res.json().await.unwrap();
            let fields = body["Invalid"].as_array().unwrap();
            assert!(
                fields.iter().any(|f| f["field"] == expected),
                "{backend:?}: {field}={value} → {body}"
            );
        }
        let long = "x".repeat(6000);
        let mut too_long = good.clone();
        too_long.retain(|(k, _)| *k != "description");
        too_long.push(("description", &long));
        let res = app
            .post_as(Some(&cookie), "/api/partners/update", &too_long)
            .await;
        assert_eq!(res.status(), 422, "{backend:?}");
        // Nothing of the refused edits was stored.
        let before = page(&app, &format!("/partners/{id}")).await;
        assert!(
            !before.contains("Vietnamese, English, French"),
            "{backend:?}"
        );

        let res = app
            .post_as(Some(&cookie), "/api/partners/update", &good)
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let after = page(&app, &format!("/partners/{id}")).await;
        assert!(after.contains("700,000"), "{backend:?}");
        assert!(after.contains("Vietnamese, English, French"), "{backend:?}");
        // Script in a text field is shown as text, never run.
        assert!(after.contains("&lt;script&gt;alert"), "{backend:?}");
        assert!(!after.contains("<script>alert"), "{backend:?}");
    }
}

/// The renderer writes a textarea's content and the page title unescaped on the server: stored
/// text holding `</textarea>` or `</title>` ended the element and the rest became markup (found
/// by the XSS browser sweep on the profile's edit page).
#[tokio::test]
async fn stored_closing_tags_stay_text_in_edit_forms_and_page_titles() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::partners::demo::seed(&app.db, 0).await.unwrap();
        let org = app.organization_id("Hue Water Supply JSC").await;
        let (_, cookie) = app.person("tran@huewaco.vn", &[Role::Member], &[org]).await;
        let id = org.to_string();
        let res = app
            .post_as(
                Some(&cookie),
                "/api/partners/update",
                &[
                    ("id", id.as_str()),
                    ("name", "Hue Water </title><script>alert(1)</script>"),
                    ("country", "Viet Nam"),
                    ("city", "Hue"),
                    ("latitude", "16.4637"),
                    ("longitude", "107.5909"),
                    ("serves_water", "on"),
                    ("population_served", "700000"),
                    ("connections", "175000"),
                    ("languages", "Vietnamese"),
                    (
                        "description",
                        "Scope\n</textarea><img src=x onerror=alert(1)> & more",
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

        let edit = app.get_as(&cookie, &format!("/partners/{id}/edit")).await;
        assert_eq!(edit.status(), 200, "{backend:?}");
        let html = edit.text().await.unwrap();
        assert!(
            !html.contains("<img src=x"),
            "{backend:?}: the textarea was broken out of"
        );
        assert!(
            html.contains("Scope\n&lt;/textarea&gt;&lt;img src=x onerror=alert(1)&gt; &amp; more"),
            "{backend:?}"
        );
        let profile = page(&app, &format!("/partners/{id}")).await;
        for html in [&html, &profile] {
            assert!(
                !html.contains("<script>alert(1)"),
                "{backend:?}: the title was broken out of"
            );
            assert!(
                html.contains(
                    "Hue Water &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; · WaterLinks Hub</title>"
                ),
                "{backend:?}"
            );
        }
    }
}

#[tokio::test]
async fn kpi_values_are_checked_dated_and_kept_as_a_history() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::partners::demo::seed(&app.db, 0).await.unwrap();
        let org = app.organization_id("Solomon Water").await;
        let (_, cookie) = app
            .person("nrw@solomonwater.sb", &[Role::Member], &[org])
            .await;
        let id = org.to_string();
        let before = app.count("kpi_measurement").await;
        let future = (chrono::Utc::now().date_naive() + chrono::Days::new(30)).to_string();

        for (kpi, value, date, field) in [
            ("non_revenue_water", "120", "2026-06-30", "value"),
            ("non_revenue_water", "-3", "2026-06-30", "value"),
            ("continuity_of_supply", "25", "2026-06-30", "value"),
            ("people_with_new_access", "-100", "2026-06-30", "value"),
            ("non_revenue_water", "30", future.as_str(), "measured_on"),
            ("non_revenue_water", "thirty", "2026-06-30", "value"),
            ("made_up_kpi", "3", "2026-06-30", "kpi"),
        ] {
            let res = app
                .post_as(
                    Some(&cookie),
                    "/api/partners/record_kpi",
                    &[
                        ("id", &id),
                        ("kpi", kpi),
                        ("value", value),
                        ("measured_on", date),
                    ],
                )
                .await;
            assert_eq!(res.status(), 422, "{backend:?}: {kpi}={value} on {date}");
            let body: serde_json::Value = res.json().await.unwrap();
            assert!(
                body["Invalid"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|f| f["field"] == field),
                "{backend:?}: {body}"
            );
        }
        assert_eq!(
            app.count("kpi_measurement").await,
            before,
            "{backend:?}: nothing stored"
        );

        let record = |value: &'static str| {
            let id = id.clone();
            let cookie = cookie.clone();
            let app = &app;
            async move {
                app.post_as(
                    Some(&cookie),
                    "/api/partners/record_kpi",
                    &[
                        ("id", &id),
                        ("kpi", "non_revenue_water"),
                        ("value", value),
                        ("measured_on", "2026-06-30"),
                    ],
                )
                .await
                .status()
            }
        };
        assert_eq!(record("31.5").await, 200, "{backend:?}");
        assert_eq!(app.count("kpi_measurement").await, before + 1);
        // The same KPI and date again is a correction, not a second value.
        assert_eq!(record("29.8").await, 200, "{backend:?}");
        assert_eq!(app.count("kpi_measurement").await, before + 1);
        let html = page(&app, &format!("/partners/{id}")).await;
        assert!(html.contains("29.8 %"), "{backend:?}");
    }
}

#[tokio::test]
async fn contacts_need_a_real_email() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::partners::demo::seed(&app.db, 0).await.unwrap();
        let org = app.organization_id("Water PNG").await;
        let (_, cookie) = app.person("ops@waterpng.pg", &[Role::Member], &[org]).await;
        let id = org.to_string();
        let before = app.count("organization_contact").await;
        let res = app
            .post_as(
                Some(&cookie),
                "/api/partners/add_contact",
                &[
                    ("id", &id),
                    ("contact_name", "Kila Amos"),
                    ("position", "NRW engineer"),
                    ("contact_email", "kila at waterpng"),
                ],
            )
            .await;
        assert_eq!(res.status(), 422, "{backend:?}");
        assert_eq!(app.count("organization_contact").await, before);
        let res = app
            .post_as(
                Some(&cookie),
                "/api/partners/add_contact",
                &[
                    ("id", &id),
                    ("contact_name", "Kila Amos"),
                    ("position", "NRW engineer"),
                    ("contact_email", "Kila.Amos@WaterPNG.pg"),
                ],
            )
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let html = page(&app, &format!("/partners/{id}")).await;
        assert!(html.contains("kila.amos@waterpng.pg"), "{backend:?}");
    }
}

#[tokio::test]
async fn secretariat_admins_merge_duplicates_without_losing_data() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::partners::demo::seed(&app.db, 0).await.unwrap();
        let (_, admin) = app
            .person("admin@waterlinks.example", &[Role::SecretariatAdmin], &[])
            .await;
        let res = app
            .post_as(
                Some(&admin),
                "/api/partners/create",
                &[
                    ("kind", "utility"),
                    ("name", "Davao City Water Dist."),
                    ("country", "Philippines"),
                    ("city", "Davao"),
                ],
            )
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let duplicate: i32 = res.json().await.unwrap();
        let keep = app.organization_id("Davao City Water District").await;
        let (member, _) = app
            .person("ana@dcwd.gov.ph", &[Role::Member], &[duplicate])
            .await;
        let dup = duplicate.to_string();
        let res = app
            .post_as(
                Some(&admin),
                "/api/partners/record_kpi",
                &[
                    ("id", &dup),
                    ("kpi", "metering_level"),
                    ("value", "97"),
                    ("measured_on", "2024-01-15"),
                ],
            )
            .await;
        assert_eq!(res.status(), 200);

        // The same organization twice is refused.
        let same = keep.to_string();
        let res = app
            .post_as(
                Some(&admin),
                "/api/partners/merge",
                &[("keep_id", &same), ("duplicate_id", &same)],
            )
            .await;
        assert_eq!(res.status(), 422, "{backend:?}");

        let before = app.count("organization").await;
        let res = app
            .post_as(
                Some(&admin),
                "/api/partners/merge",
                &[("keep_id", &same), ("duplicate_id", &dup)],
            )
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert_eq!(app.count("organization").await, before - 1);
        let html = page(&app, &format!("/partners/{keep}")).await;
        assert!(html.contains("97 %"), "{backend:?}: the KPI value moved");
        // The duplicate's member now belongs to the kept organization, still as its admin.
        let session = app.session_for(member).await;
        let me: serde_json::Value = app
            .post_as(Some(&session), "/api/accounts/me", &[])
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(me["admin_of"], serde_json::json!([keep]), "{backend:?}");
        assert_eq!(
            app.get(&format!("/partners/{duplicate}")).await.status(),
            404
        );
    }
}

#[tokio::test]
async fn admins_extend_and_rename_the_topic_taxonomy() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (_, admin) = app
            .person("admin@waterlinks.example", &[Role::SecretariatAdmin], &[])
            .await;
        assert_eq!(
            app.count("topic").await,
            15,
            "{backend:?}: the DOMAIN.md taxonomy is seeded"
        );
        let res = app
            .post_as(
                Some(&admin),
                "/api/topics/create",
                &[("name", "Groundwater management")],
            )
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let topic: serde_json::Value = res.json().await.unwrap();
        assert_eq!(topic["code"], "groundwater_management");
        let dup = app
            .post_as(
                Some(&admin),
                "/api/topics/create",
                &[("name", "Customer service")],
            )
            .await;
        assert_eq!(dup.status(), 422, "{backend:?}");
        let empty = app
            .post_as(Some(&admin), "/api/topics/create", &[("name", "  ")])
            .await;
        assert_eq!(empty.status(), 422, "{backend:?}");
        let id = topic["id"].to_string();
        let res = app
            .post_as(
                Some(&admin),
                "/api/topics/rename",
                &[("id", &id), ("name", "Groundwater and aquifer management")],
            )
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let html = page(&app, "/partners").await;
        assert!(
            html.contains("Groundwater and aquifer management"),
            "{backend:?}"
        );
    }
}

/// Many visitors at once asking for pages that do not exist: each gets the 404 status and the
/// error panel, whichever server thread renders it (the status once got lost between threads).
#[tokio::test]
async fn missing_pages_answer_404_under_concurrent_load() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let requests = (0..40).map(|i| {
            let path = if i % 2 == 0 {
                "/partners/999999"
            } else {
                "/partnerships/999999"
            };
            app.get(path)
        });
        for response in futures::future::join_all(requests).await {
            assert_eq!(response.status(), 404, "{backend:?}");
            let html = response.text().await.unwrap();
            assert!(html.contains("This page could not be shown"), "{backend:?}");
        }
    }
}

/// Organizations `a` and `b` have in common, as the merge keeps one row of each: members,
/// (topic, direction) pairs and (KPI, date) values.
async fn shared_rows(app: &TestApp, a: i32, b: i32) -> (i64, i64, i64) {
    let count = |sql: String| async move {
        use sea_orm::ConnectionTrait;
        app.db
            .query_one_raw(sea_orm::Statement::from_string(
                app.db.get_database_backend(),
                sql,
            ))
            .await
            .unwrap()
            .unwrap()
            .try_get::<i64>("", "n")
            .unwrap()
    };
    let shared = |table: &str, columns: &str| {
        let on = columns
            .split(',')
            .map(|c| format!("x.{c} = y.{c}"))
            .collect::<Vec<_>>()
            .join(" AND ");
        format!(
            "SELECT COUNT(*) AS n FROM {table} x JOIN {table} y ON {on} \
             WHERE x.organization_id = {a} AND y.organization_id = {b}"
        )
    };
    (
        count(shared("organization_member", "account_id")).await,
        count(shared("organization_topic", "topic_id,direction")).await,
        count(shared("kpi_measurement", "kpi,measured_on")).await,
    )
}

/// Gives organization `org` one of everything the merge must carry over: a need, an offer
/// and a need on a topic both organizations have, a contact, a KPI value on a date both have,
/// an admin, a member of staff, a nomination and a library link for its partnership.
async fn give_everything(app: &TestApp, admin: &str, org: i32, tag: &str, partnership: i32) {
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
    let id = org.to_string();
    let post = |path: &'static str, form: Vec<(&'static str, String)>| async move {
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let res = app.post_as(Some(admin), path, &form).await;
        let status = res.status();
        assert_eq!(status, 200, "{path}: {}", res.text().await.unwrap());
    };
    post(
        "/api/wops/post_need",
        vec![
            ("organization", id.clone()),
            ("topic", "billing".into()),
            ("description", format!("Collection is below 70 % ({tag}).")),
            ("languages", "English".into()),
        ],
    )
    .await;
    post(
        "/api/wops/post_offer",
        vec![
            ("organization", id.clone()),
            ("topic", "energy".into()),
            (
                "description",
                format!("Pump scheduling cut energy use ({tag})."),
            ),
            ("languages", "English".into()),
            ("capacity", "2".into()),
        ],
    )
    .await;
    post(
        "/api/partners/set_topic",
        vec![
            ("id", id.clone()),
            ("direction", "need".into()),
            ("topic", "climate".into()),
            ("description", String::new()),
        ],
    )
    .await;
    post(
        "/api/partners/add_contact",
        vec![
            ("id", id.clone()),
            ("contact_name", format!("Contact {tag}")),
            ("position", "Engineer".into()),
            ("contact_email", format!("contact.{tag}@example.org")),
        ],
    )
    .await;
    post(
        "/api/partners/record_kpi",
        vec![
            ("id", id.clone()),
            ("kpi", "metering_level".into()),
            ("value", "88".into()),
            ("measured_on", "2019-12-31".into()),
        ],
    )
    .await;
    app.person(&format!("admin.{tag}@example.org"), &[Role::Member], &[org])
        .await;
    app.staff_of(&format!("staff.{tag}@example.org"), org).await;
    // A nomination and a library link for its partnership, unless the demo has them.
    let category = app::awards::entity::category::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .expect("a demo award category");
    let nominated = app::awards::entity::nomination::Entity::find()
        .filter(app::awards::entity::nomination::Column::CategoryId.eq(category.id))
        .filter(app::awards::entity::nomination::Column::PartnershipId.eq(partnership))
        .one(&app.db)
        .await
        .unwrap();
    if nominated.is_none() {
        app::awards::entity::nomination::ActiveModel {
            category_id: Set(category.id),
            partnership_id: Set(partnership),
            statement: Set(format!("Nominated ({tag}).")),
            nominated_by: Set(None),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
    let product = app::library::entity::product::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .expect("a demo product");
    use app::library::entity::product_partnership as link;
    if link::Entity::find_by_id((product.id, partnership))
        .one(&app.db)
        .await
        .unwrap()
        .is_none()
    {
        link::ActiveModel {
            product_id: Set(product.id),
            partnership_id: Set(partnership),
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
}

/// The id of the first partnership in which `org` is mentor or recipient.
async fn partnership_of(app: &TestApp, org: i32) -> i32 {
    use app::wops::entity::partnership;
    use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter};
    partnership::Entity::find()
        .filter(
            Condition::any()
                .add(partnership::Column::MentorId.eq(org))
                .add(partnership::Column::RecipientId.eq(org)),
        )
        .one(&app.db)
        .await
        .unwrap()
        .expect("a demo partnership")
        .id
}

#[tokio::test]
async fn merging_two_organizations_keeps_every_record_of_both() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app.seed_demo().await;
        let (_, admin) = app
            .person("admin@waterlinks.example", &[Role::SecretariatAdmin], &[])
            .await;
        let keep = app.organization_id("Manila Water Company").await;
        let duplicate = app.organization_id("Davao City Water District").await;
        let kept_partnership = partnership_of(&app, keep).await;
        let moved_partnership = partnership_of(&app, duplicate).await;
        give_everything(&app, &admin, keep, "keep", kept_partnership).await;
        give_everything(&app, &admin, duplicate, "dup", moved_partnership).await;
        // One person belongs to both (staff of one, admin of the other).
        let (both, _) = app.staff_of("both@example.org", keep).await;
        app.post_as(
            Some(&admin),
            "/api/admin/set_membership",
            &[
                ("account_id", &both.to_string()),
                ("organization_id", &duplicate.to_string()),
                ("is_admin", "on"),
            ],
        )
        .await;
        let (members, topics, values) = shared_rows(&app, keep, duplicate).await;
        assert!(
            members >= 1 && topics >= 1 && values >= 1,
            "{backend:?}: the test needs rows in common ({members}, {topics}, {values})"
        );
        let partnerships_of_duplicate: Vec<i32> = {
            let (_, list) = support::call(&app, None, "/api/wops/list", &[]).await;
            list.as_array()
                .unwrap()
                .iter()
                .filter(|p| p["mentor"]["id"] == duplicate || p["recipient"]["id"] == duplicate)
                .map(|p| p["id"].as_i64().unwrap() as i32)
                .collect()
        };
        assert!(!partnerships_of_duplicate.is_empty());
        let before = app.table_counts().await;

        let res = app
            .post_as(
                Some(&admin),
                "/api/partners/merge",
                &[
                    ("keep_id", &keep.to_string()),
                    ("duplicate_id", &duplicate.to_string()),
                ],
            )
            .await;
        assert_eq!(
            res.status(),
            200,
            "{backend:?}: {}",
            res.text().await.unwrap()
        );

        // Nothing lost: every table keeps its rows, but for the duplicate itself and the rows
        // both organizations had (one kept of each).
        let after = app.table_counts().await;
        let mut expected = before.clone();
        *expected.get_mut("organization").unwrap() -= 1;
        *expected.get_mut("organization_member").unwrap() -= members;
        *expected.get_mut("organization_topic").unwrap() -= topics;
        *expected.get_mut("kpi_measurement").unwrap() -= values;
        // And the merge is in the audit trail.
        *expected.get_mut("audit_event").unwrap() += 1;
        let changed: Vec<String> = expected
            .iter()
            .filter(|(t, n)| after.get(*t) != Some(*n))
            .map(|(t, n)| format!("{t}: expected {n}, found {:?}", after.get(t)))
            .collect();
        assert!(changed.is_empty(), "{backend:?}:\n{}", changed.join("\n"));

        // The kept organization shows all of it.
        let html = page(&app, &format!("/partners/{keep}")).await;
        for shown in [
            "contact.keep@example.org",
            "contact.dup@example.org",
            "Pump scheduling cut energy use (keep)",
        ] {
            assert!(
                html.contains(shown),
                "{backend:?}: {shown} on the kept page"
            );
        }
        let (_, list) = support::call(&app, None, "/api/wops/list", &[]).await;
        for id in &partnerships_of_duplicate {
            let p = list
                .as_array()
                .unwrap()
                .iter()
                .find(|p| p["id"] == *id)
                .unwrap_or_else(|| panic!("{backend:?}: partnership {id} is gone"));
            assert!(
                p["mentor"]["id"] == keep || p["recipient"]["id"] == keep,
                "{backend:?}: {p}"
            );
        }
        let (_, needs) = support::call(&app, None, "/api/wops/needs", &[]).await;
        let needs = needs.as_array().unwrap();
        let moved = needs
            .iter()
            .find(|n| n["description"] == "Collection is below 70 % (dup).")
            .expect("the duplicate's need is still listed");
        assert_eq!(moved["organization"]["id"], keep, "{backend:?}");
        assert!(needs.iter().all(|n| n["organization"]["id"] != duplicate));
        let (_, me) = support::call(
            &app,
            Some(&app.session_for(both).await),
            "/api/accounts/me",
            &[],
        )
        .await;
        assert_eq!(
            me["admin_of"],
            serde_json::json!([keep]),
            "{backend:?}: {me}"
        );
        assert_eq!(
            app.get(&format!("/partners/{duplicate}")).await.status(),
            404
        );
    }
}

#[tokio::test]
async fn a_merge_is_refused_naming_a_partnership_between_the_two() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app.seed_demo().await;
        let (_, admin) = app
            .person("admin@waterlinks.example", &[Role::SecretariatAdmin], &[])
            .await;
        // Manila Water mentors Zamboanga in the demo.
        let keep = app.organization_id("Manila Water Company").await;
        let duplicate = app.organization_id("Zamboanga City Water District").await;
        let before = app.table_counts().await;
        let res = app
            .post_as(
                Some(&admin),
                "/api/partners/merge",
                &[
                    ("keep_id", &keep.to_string()),
                    ("duplicate_id", &duplicate.to_string()),
                ],
            )
            .await;
        assert_eq!(res.status(), 409, "{backend:?}");
        let message = res.text().await.unwrap();
        assert!(
            message.contains("Manila Water Company mentors Zamboanga City Water District"),
            "{backend:?}: the message names the partnership: {message}"
        );
        assert_eq!(
            app.table_counts().await,
            before,
            "{backend:?}: nothing changed"
        );
    }
}

/// Deleting an organization that others still point to is refused by the database itself,
/// whatever code asks: nothing disappears with it.
#[tokio::test]
async fn an_organization_with_records_cannot_be_deleted_behind_the_merge() {
    use sea_orm::EntityTrait;
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app.seed_demo().await;
        let org = app.organization_id("Davao City Water District").await;
        let before = app.table_counts().await;
        let deleted = app::partners::entity::organization::Entity::delete_by_id(org)
            .exec(&app.db)
            .await;
        assert!(deleted.is_err(), "{backend:?}: the delete was allowed");
        assert_eq!(app.table_counts().await, before, "{backend:?}");
    }
}

/// The migration that makes deletes refuse instead of cascading, run on a database that
/// already holds the demo network (as `waterlinks seed-demo` then an upgrade would): every row
/// of every table is still there, references still resolve, and deleting an organization with
/// records is refused afterwards.
#[tokio::test]
async fn the_restricting_migration_keeps_every_row_of_an_existing_database() {
    use migrations::{Migrator, MigratorTrait};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    const RESTRICTING: &str = "m20261205_000011_keep_references";
    for backend in backends() {
        let empty = support::EmptyDatabase::new(backend).await;
        let db = &empty.db;
        let before_it = Migrator::migrations()
            .iter()
            .position(|m| m.name() == RESTRICTING)
            .expect("the migration is registered");
        // The demo is seeded with today's entities, so on today's schema; then every migration
        // from the restricting one on is rolled back (their `down`s run too) and applied again.
        Migrator::up(db, None).await.unwrap();
        support::seed_demo(db).await;
        let after_it = (Migrator::migrations().len() - before_it) as u32;
        Migrator::down(db, Some(after_it)).await.unwrap();
        let before = support::table_counts(db).await;
        assert!(
            before["partnership"] >= 12,
            "{backend:?}: the demo is loaded"
        );

        Migrator::up(db, None).await.unwrap();
        let mut after = support::table_counts(db).await;
        // The migrations' own record gains a row per migration run, and later migrations may
        // add tables of their own: every table there was keeps its rows.
        after.remove("seaql_migrations");
        after.retain(|table, _| before.contains_key(table));
        let mut before = before;
        before.remove("seaql_migrations");
        assert_eq!(after, before, "{backend:?}: the migration kept every row");
        if backend == support::Backend::Sqlite {
            use sea_orm::ConnectionTrait;
            let broken = db
                .query_all_raw(sea_orm::Statement::from_string(
                    db.get_database_backend(),
                    "PRAGMA foreign_key_check",
                ))
                .await
                .unwrap();
            assert!(broken.is_empty(), "every reference still resolves");
        }
        // An organization with partnerships, needs, topics, contacts and KPI values.
        let org = app::partners::entity::organization::Entity::find()
            .filter(
                app::partners::entity::organization::Column::Name.eq("Davao City Water District"),
            )
            .one(db)
            .await
            .unwrap()
            .unwrap();
        let refused = app::partners::entity::organization::Entity::delete_by_id(org.id)
            .exec(db)
            .await;
        assert!(refused.is_err(), "{backend:?}: {} was deleted", org.name);
        let mut now = support::table_counts(db).await;
        now.remove("seaql_migrations");
        now.retain(|table, _| before.contains_key(table));
        assert_eq!(now, before, "{backend:?}");
    }
}

/// A Vietnamese reader (the language cookie) gets the directory, a profile, the CSV export and a
/// refused profile edit in Vietnamese, numbers written the Vietnamese way; the statuses stay.
#[tokio::test]
async fn the_directory_and_a_refused_profile_edit_speak_vietnamese() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::partners::demo::seed(&app.db, 0).await.unwrap();
        let vi = "wl_lang=vi";

        let res = app.get_as(vi, "/partners").await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let html = res.text().await.unwrap();
        assert!(html.contains("<h1>Danh bạ đối tác</h1>"), "{backend:?}");
        assert!(html.contains("48 tổ chức"), "{backend:?}");
        assert!(html.contains("Trang 1/3"), "{backend:?}");
        assert!(html.contains("Có thể cố vấn về"), "{backend:?}");
        assert!(!html.contains("Partner directory"), "{backend:?}");

        let org = app.organization_id("Hue Water Supply JSC").await;
        let profile = app.get_as(vi, &format!("/partners/{org}")).await;
        assert_eq!(profile.status(), 200, "{backend:?}");
        let profile = profile.text().await.unwrap();
        assert!(profile.contains("Hiệu quả dịch vụ"), "{backend:?}");
        // 650,000 people, grouped as Vietnamese groups thousands.
        assert!(profile.contains("650.000"), "{backend:?}");

        let csv = app.get_as(vi, "/partners.csv?country=Viet+Nam").await;
        assert_eq!(csv.status(), 200, "{backend:?}");
        let csv = csv.text().await.unwrap();
        assert!(
            csv.starts_with("mã,tên,loại hình,quốc gia,thành phố"),
            "{backend:?}: {csv}"
        );
        assert!(csv.contains("Công ty cấp thoát nước"), "{backend:?}");

        let (_, session) = app.person("lan@huewaco.vn", &[Role::Member], &[org]).await;
        let cookie = format!("{session}; {vi}");
        let id = org.to_string();
        let res = app
            .post_as(
                Some(&cookie),
                "/api/partners/update",
                &[
                    ("id", id.as_str()),
                    ("name", " "),
                    ("country", "Viet Nam"),
                    ("city", "Hue"),
                    ("latitude", ""),
                    ("longitude", ""),
                    ("population_served", "-5"),
                    ("connections", ""),
                    ("languages", ""),
                    ("description", ""),
                ],
            )
            .await;
        assert_eq!(res.status(), 422, "{backend:?}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(
            support::field_message(&body, "name"),
            Some("Vui lòng nhập tên tổ chức."),
            "{backend:?}: {body}"
        );
        assert_eq!(
            support::field_message(&body, "population_served"),
            Some("Số này không thể là số âm."),
            "{backend:?}: {body}"
        );
    }
}

/// Topics: the directory's topic filters and a refused topic name in Indonesian.
#[tokio::test]
async fn a_refused_topic_name_is_explained_in_indonesian() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let res = app.get_as("wl_lang=id", "/partners").await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let html = res.text().await.unwrap();
        assert!(html.contains("Dapat menjadi mentor untuk"), "{backend:?}");
        assert!(html.contains("Direktori mitra"), "{backend:?}");

        let (_, admin) = app
            .person("admin@waterlinks.example", &[Role::SecretariatAdmin], &[])
            .await;
        let cookie = format!("{admin}; wl_lang=id");
        let res = app
            .post_as(Some(&cookie), "/api/topics/create", &[("name", "  ")])
            .await;
        assert_eq!(res.status(), 422, "{backend:?}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(
            support::field_message(&body, "name"),
            Some("Masukkan nama topik."),
            "{backend:?}: {body}"
        );
        let dup = app
            .post_as(
                Some(&cookie),
                "/api/topics/create",
                &[("name", "Customer service")],
            )
            .await;
        assert_eq!(dup.status(), 422, "{backend:?}");
        let body: serde_json::Value = dup.json().await.unwrap();
        assert_eq!(
            support::field_message(&body, "name"),
            Some("Sudah ada topik dengan nama ini."),
            "{backend:?}: {body}"
        );
    }
}
