//! Sign-up is open, so being signed in proves nothing: an account made a minute ago through the
//! real sign-up endpoint (a stranger) must not see what a partnership keeps to its partners,
//! facilitator and the secretariat (non-public outcomes), nor what the network keeps to its
//! members (members-only knowledge products, wherever they are listed, and their files), which
//! staff of an organization outside the network do not see either. Each
//! check is paired with an allowed viewer who really does see it.

use crate::support;

use app::accounts::Role;
use app::library::pdf::simple_pdf;
use serde_json::Value;
use support::{backends, call, TestApp};

/// Shown only in the non-public outcome's headline ("… target … by 2027-03-17").
const PRIVATE_TARGET: &str = "2027-03-17";

struct World {
    partnership: i32,
    program: i32,
    product: i32,
    file: i64,
    pdf: Vec<u8>,
    /// Signed up through the real endpoint; belongs to nothing.
    stranger: String,
    /// An admin of another organization: a network member, but not this partnership's.
    other_admin: String,
    /// Staff (not admin) of an organization: a network member.
    staff: String,
    /// Staff of a development partner, an organization outside the network: not a member.
    partner_staff: String,
    recipient_admin: String,
    facilitator: String,
    secretariat: String,
}

async fn world(app: &TestApp) -> World {
    use app::wops::entity::{agreement, outcome, partnership};
    use sea_orm::{ActiveModelTrait, Set};
    app::partners::demo::seed(&app.db, 0).await.unwrap();
    let recipient = app.organization_id("Davao City Water District").await;
    let mentor = app.organization_id("Manila Water Company").await;
    let other = app.organization_id("Hue Water Supply JSC").await;
    let (_, recipient_admin) = app
        .person("admin@dcwd.example", &[Role::Member], &[recipient])
        .await;
    let (facilitator_id, facilitator) = app
        .person("lin@fu.example", &[Role::Member, Role::Facilitator], &[])
        .await;
    let (_, secretariat) = app
        .person(
            "sec@waterlinks.example",
            &[Role::Member, Role::SecretariatAdmin],
            &[],
        )
        .await;
    let (_, other_admin) = app
        .person("admin@hue.example", &[Role::Member], &[other])
        .await;
    let (_, staff) = app.staff_of("engineer@hue.example", other).await;
    let adb = app.organization_id("Asian Development Bank").await;
    let (_, partner_staff) = app.staff_of("officer@adb.example", adb).await;
    let stranger = app.sign_up_stranger("stranger@example.org").await;

    // An active partnership with one public and one non-public outcome.
    let now = chrono::Utc::now();
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let p = partnership::ActiveModel {
        title: Set("Davao billing reform".into()),
        mentor_id: Set(mentor),
        recipient_id: Set(recipient),
        need_id: Set(None),
        facilitator_id: Set(Some(facilitator_id)),
        state: Set(app::wops::PartnershipState::Active),
        concept_note: Set(String::new()),
        mentor_signed_at: Set(Some(now)),
        recipient_signed_at: Set(Some(now)),
        closed_reason: Set(String::new()),
        is_demo: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    agreement::ActiveModel {
        partnership_id: Set(p.id),
        signatories: Set("A; B".into()),
        start_date: Set(day(2026, 1, 1)),
        end_date: Set(day(2027, 6, 30)),
        scope: Set("Billing".into()),
        document_file: Set(None),
        document_name: Set(None),
        document_size: Set(None),
        recorded_at: Set(now),
    }
    .insert(&app.db)
    .await
    .unwrap();
    for (kpi, target_date, public) in [
        ("non_revenue_water", day(2027, 6, 30), true),
        ("collection_efficiency", day(2027, 3, 17), false),
    ] {
        outcome::ActiveModel {
            partnership_id: Set(p.id),
            kpi: Set(kpi.parse().expect("a KPI code")),
            baseline_value: Set(40.0),
            baseline_date: Set(day(2026, 1, 1)),
            target_value: Set(30.0),
            target_date: Set(target_date),
            is_public: Set(public),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
    }

    // A training program.
    let program = app::training::entity::program::ActiveModel {
        title: Set("Billing systems".into()),
        description: Set("Billing and collection in practice.".into()),
        format: Set(app::training::rules::ProgramFormat::Online),
        venue: Set(String::new()),
        link: Set(String::new()),
        language: Set(app::i18n::ContentLanguage::En),
        capacity: Set(30),
        min_sessions: Set(None),
        time_zone: Set("Asia/Manila".into()),
        created_by: Set(None),
        is_demo: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap()
    .id;

    // A members-only product with a file, linked to both.
    let (status, body) = call(
        app,
        Some(&secretariat),
        "/api/library/create",
        &[
            ("kind", "manual"),
            ("title", "Wombat Board Tariff Model"),
            ("summary", "The board's internal tariff model, for members."),
            ("authors", "Secretariat"),
            ("year", "2025"),
            ("language", "en"),
            ("licence", ""),
            ("access", "members"),
            ("topics[]", "billing"),
            ("countries", "Philippines"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let product = body.as_i64().unwrap() as i32;
    let pdf = simple_pdf(&["Wombat tariff scenarios for the board"]);
    let part = reqwest::multipart::Part::bytes(pdf.clone()).file_name("tariff model.pdf");
    let res = app
        .client
        .post(app.url(&format!("/library/{product}/files")))
        .header("origin", app.url(""))
        .header("cookie", &secretariat)
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    for (target, id) in [("partnership", p.id), ("program", program)] {
        let (status, body) = call(
            app,
            Some(&secretariat),
            "/api/library/link",
            &[
                ("product_id", &product.to_string()),
                ("target", target),
                ("target_id", &id.to_string()),
            ],
        )
        .await;
        assert_eq!(status, 200, "link to {target}: {body}");
    }
    let (_, detail) = call(
        app,
        Some(&secretariat),
        "/api/library/product",
        &[("id", &product.to_string())],
    )
    .await;
    let file = detail["files"][0]["id"].as_i64().unwrap();
    World {
        partnership: p.id,
        program,
        product,
        file,
        pdf,
        stranger,
        other_admin,
        staff,
        partner_staff,
        recipient_admin,
        facilitator,
        secretariat,
    }
}

/// The KPIs of the partnership's outcomes in `/api/v1/partnerships` as `cookie` sees them.
async fn api_outcomes(app: &TestApp, cookie: Option<&str>, id: i32) -> Vec<String> {
    let mut req = app.client.get(app.url("/api/v1/partnerships?per_page=100"));
    if let Some(cookie) = cookie {
        req = req.header("cookie", cookie);
    }
    let body: Value = req.send().await.unwrap().json().await.unwrap();
    body["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == id)
        .expect("the partnership is listed")["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["kpi"].as_str().unwrap().to_owned())
        .collect()
}

/// The KPIs of the partnership's outcomes on its page's data (`/api/wops/detail`).
async fn detail_outcomes(app: &TestApp, cookie: Option<&str>, id: i32) -> Vec<String> {
    let (status, body) = call(app, cookie, "/api/wops/detail", &[("id", &id.to_string())]).await;
    assert_eq!(status, 200, "{body}");
    body["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["kpi"].as_str().unwrap().to_owned())
        .collect()
}

async fn page(app: &TestApp, cookie: Option<&str>, path: &str) -> (u16, String) {
    let mut req = app.client.get(app.url(path));
    if let Some(cookie) = cookie {
        req = req.header("cookie", cookie);
    }
    let res = req.send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

#[tokio::test]
async fn private_outcomes_are_seen_by_the_partnerships_insiders_and_nobody_else() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let w = world(&app).await;
        let path = format!("/partnerships/{}", w.partnership);
        let public = vec!["non_revenue_water".to_owned()];
        let all = vec![
            "non_revenue_water".to_owned(),
            "collection_efficiency".to_owned(),
        ];
        for (who, cookie, sees_all) in [
            ("visitor", None, false),
            ("stranger", Some(&w.stranger), false),
            ("another organization's admin", Some(&w.other_admin), false),
            ("staff of another organization", Some(&w.staff), false),
            ("the recipient's admin", Some(&w.recipient_admin), true),
            ("its facilitator", Some(&w.facilitator), true),
            ("a secretariat admin", Some(&w.secretariat), true),
        ] {
            let cookie = cookie.map(String::as_str);
            let expected = if sees_all { &all } else { &public };
            assert_eq!(
                &api_outcomes(&app, cookie, w.partnership).await,
                expected,
                "{backend:?}: /api/v1/partnerships as {who}"
            );
            assert_eq!(
                &detail_outcomes(&app, cookie, w.partnership).await,
                expected,
                "{backend:?}: the page's data as {who}"
            );
            let (status, html) = page(&app, cookie, &path).await;
            assert_eq!(status, 200, "{backend:?}: {path} as {who}");
            assert_eq!(
                html.contains(PRIVATE_TARGET),
                sees_all,
                "{backend:?}: the page as {who}"
            );
        }
    }
}

#[tokio::test]
async fn members_only_products_are_for_network_members_not_for_any_account() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let w = world(&app).await;
        // One download by a member, so the most-downloaded list has it.
        let res = app
            .get_as(&w.staff, &format!("/library/files/{}", w.file))
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");

        for (who, cookie, member) in [
            ("stranger", Some(&w.stranger), false),
            ("visitor", None, false),
            // Belonging to an organization is not enough: it must be a member of the network.
            (
                "staff of an organization outside the network",
                Some(&w.partner_staff),
                false,
            ),
            ("staff of an organization", Some(&w.staff), true),
            ("an organization's admin", Some(&w.other_admin), true),
            ("a facilitator", Some(&w.facilitator), true),
            ("a secretariat admin", Some(&w.secretariat), true),
        ] {
            let cookie = cookie.map(String::as_str);
            let ctx = format!("{backend:?}: as {who}");
            let mentions = |v: &Value| v.to_string().contains("Wombat");

            let (status, found) =
                call(&app, cookie, "/api/library/search", &[("q", "wombat")]).await;
            assert_eq!(status, 200, "{ctx}");
            assert_eq!(found["total"], u64::from(member), "{ctx}: search");
            let (_, everything) = call(&app, cookie, "/api/library/search", &[]).await;
            assert_eq!(mentions(&everything), member, "{ctx}: the whole library");

            let (status, detail) = call(
                &app,
                cookie,
                "/api/library/product",
                &[("id", &w.product.to_string())],
            )
            .await;
            let refused = if cookie.is_some() { 403 } else { 401 };
            assert_eq!(status, if member { 200 } else { refused }, "{ctx}: product");
            assert_eq!(mentions(&detail), member, "{ctx}: product");
            let (status, html) = page(&app, cookie, &format!("/library/{}", w.product)).await;
            assert_eq!(
                status,
                if member { 200 } else { refused },
                "{ctx}: product page"
            );
            assert_eq!(html.contains("Wombat"), member, "{ctx}: product page");

            let mut req = app
                .client
                .get(app.url(&format!("/library/files/{}", w.file)));
            if let Some(cookie) = cookie {
                req = req.header("cookie", cookie);
            }
            let res = req.send().await.unwrap();
            if member {
                assert_eq!(res.status(), 200, "{ctx}: download");
                assert_eq!(res.headers()["content-type"], "application/pdf", "{ctx}");
                assert_eq!(res.bytes().await.unwrap().to_vec(), w.pdf, "{ctx}");
            } else {
                assert_eq!(res.status(), 403, "{ctx}: download");
                let text = res.text().await.unwrap();
                assert!(text.contains("for network members"), "{ctx}: {text}");
                assert!(!text.contains("Wombat"));
            }

            let (_, popular) = call(&app, cookie, "/api/library/popular", &[]).await;
            assert_eq!(mentions(&popular), member, "{ctx}: most downloaded");
            let (_, linked) = call(
                &app,
                cookie,
                "/api/library/for_partnership",
                &[("partnership_id", &w.partnership.to_string())],
            )
            .await;
            assert_eq!(mentions(&linked), member, "{ctx}: for_partnership");
            let (_, partnership) = call(
                &app,
                cookie,
                "/api/wops/detail",
                &[("id", &w.partnership.to_string())],
            )
            .await;
            assert_eq!(
                mentions(&partnership["products"]),
                member,
                "{ctx}: the partnership's products"
            );
            let (_, program) = call(
                &app,
                cookie,
                "/api/training/program",
                &[("id", &w.program.to_string())],
            )
            .await;
            assert_eq!(
                mentions(&program["products"]),
                member,
                "{ctx}: the program's products"
            );
            let mut req = app
                .client
                .get(app.url("/api/v1/knowledge-products?per_page=100"));
            if let Some(cookie) = cookie {
                req = req.header("cookie", cookie);
            }
            let api: Value = req.send().await.unwrap().json().await.unwrap();
            assert_eq!(mentions(&api), member, "{ctx}: /api/v1/knowledge-products");
        }
        // Refused downloads were not counted: only the members' ones (one before, four in
        // the loop).
        let (_, detail) = call(
            &app,
            Some(&w.secretariat),
            "/api/library/product",
            &[("id", &w.product.to_string())],
        )
        .await;
        assert_eq!(detail["total_downloads"], 5, "{backend:?}");
    }
}

#[tokio::test]
async fn a_stranger_made_staff_by_the_secretariat_becomes_a_network_member() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let w = world(&app).await;
        let org = app.organization_id("Khulna WASA").await;
        let stranger = app.sign_up_stranger("new.engineer@kwasa.example").await;
        let product = [("id", w.product.to_string())];
        let product: Vec<(&str, &str)> = product.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(
            call(&app, Some(&stranger), "/api/library/product", &product)
                .await
                .0,
            403
        );
        let (_, me) = call(&app, Some(&stranger), "/api/accounts/me", &[]).await;
        let id = me["id"].to_string();
        let (status, _) = call(
            &app,
            Some(&w.secretariat),
            "/api/admin/set_membership",
            &[("account_id", &id), ("organization_id", &org.to_string())],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}");
        let (status, detail) = call(&app, Some(&stranger), "/api/library/product", &product).await;
        assert_eq!(status, 200, "{backend:?}");
        assert_eq!(detail["title"], "Wombat Board Tariff Model");
        // Staff, not an admin: still no insider of anything.
        assert_eq!(
            detail_outcomes(&app, Some(&stranger), w.partnership).await,
            ["non_revenue_water"]
        );
    }
}

/// Everything else a partnership keeps to its insiders, and the stories in review, asked for by
/// a stranger: nothing of it shows; the insiders (here the recipient's admin and a secretariat
/// admin) do get it.
#[tokio::test]
async fn a_stranger_sees_nothing_a_partnership_keeps_to_its_insiders() {
    use app::wops::entity::{agreement, partnership, partnership_event};
    use sea_orm::{ActiveModelTrait, EntityTrait, Set};
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let w = world(&app).await;
        let now = chrono::Utc::now();
        // A concept note, a trail entry, a signed agreement and a story in review.
        let mut p: partnership::ActiveModel = partnership::Entity::find_by_id(w.partnership)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .into();
        p.concept_note = Set("Confidential concept note".into());
        p.update(&app.db).await.unwrap();
        partnership_event::ActiveModel {
            partnership_id: Set(w.partnership),
            account_id: Set(None),
            actor_name: Set("Lin".into()),
            action: Set("Introduced".into()),
            detail: Set("Internal trail entry".into()),
            at: Set(now),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
        let pdf = simple_pdf(&["Signed agreement"]);
        let stored = "agreements/strangers.pdf";
        let path = app.settings.upload_dir().join(stored);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &pdf).unwrap();
        let mut a: agreement::ActiveModel = agreement::Entity::find_by_id(w.partnership)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .into();
        a.document_file = Set(Some(stored.into()));
        a.document_name = Set(Some("signed.pdf".into()));
        a.document_size = Set(Some(pdf.len() as i64));
        a.update(&app.db).await.unwrap();
        let story = app::stories::entity::story::ActiveModel {
            title: Set("Billing reform, in review".into()),
            summary: Set("Summary".into()),
            body: Set("Body".into()),
            partnership_id: Set(Some(w.partnership)),
            status: Set(app::stories::StoryStatus::InReview),
            review_comment: Set(String::new()),
            author_id: Set(None),
            published_at: Set(None),
            image_file: Set(None),
            image_width: Set(None),
            image_height: Set(None),
            is_demo: Set(false),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap()
        .id;

        let id = w.partnership.to_string();
        for (who, cookie, insider) in [
            ("stranger", &w.stranger, false),
            ("the recipient's admin", &w.recipient_admin, true),
            ("a secretariat admin", &w.secretariat, true),
        ] {
            let ctx = format!("{backend:?}: as {who}");
            let (_, detail) = call(&app, Some(cookie), "/api/wops/detail", &[("id", &id)]).await;
            let text = detail.to_string();
            assert_eq!(text.contains("Confidential concept note"), insider, "{ctx}");
            assert_eq!(text.contains("Internal trail entry"), insider, "{ctx}");
            let res = app
                .get_as(cookie, &format!("/partnerships/{id}/agreement.pdf"))
                .await;
            if insider {
                assert_eq!(res.status(), 200, "{ctx}");
                assert_eq!(res.bytes().await.unwrap().to_vec(), pdf, "{ctx}");
            } else {
                assert_eq!(res.status(), 403, "{ctx}");
            }
            let (status, page) = page(&app, Some(cookie), &format!("/stories/{story}")).await;
            assert_eq!(status, if insider { 200 } else { 404 }, "{ctx}: the story");
            assert_eq!(page.contains("Billing reform, in review"), insider, "{ctx}");
            let (_, choices) = call(&app, Some(cookie), "/api/stories/partnerships", &[]).await;
            assert_eq!(
                choices.to_string().contains("Davao billing reform"),
                insider,
                "{ctx}: partnerships to write about"
            );
        }
        // Stories in review are listed for reviewers, not for a stranger.
        let (_, working) = call(&app, Some(&w.stranger), "/api/stories/in_progress", &[]).await;
        assert_eq!(working, serde_json::json!([]), "{backend:?}");
        let (_, working) = call(&app, Some(&w.secretariat), "/api/stories/in_progress", &[]).await;
        assert!(working.to_string().contains("Billing reform, in review"));
    }
}
