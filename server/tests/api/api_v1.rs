//! The read-only API for development partners: paginated lists, 400 with a JSON message for
//! parameters out of range, the OpenAPI document, and public data only unless signed in.

use crate::support;

use app::accounts::Role;
use serde_json::Value;
use support::{backends, TestApp};

async fn seed(app: &TestApp) {
    app::partners::demo::seed(&app.db, 0).await.unwrap();
    app::wops::demo::seed(&app.db).await.unwrap();
    app::training::demo::seed(&app.db).await.unwrap();
    app::library::demo::seed(&app.db).await.unwrap();
    app::events::demo::seed(&app.db).await.unwrap();
}

async fn json(app: &TestApp, path: &str) -> (u16, Value) {
    let res = app.get(path).await;
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn lists_come_in_pages_that_add_up_to_the_whole() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        seed(&app).await;
        let organizations = app.count("organization").await;
        let (status, first) = json(&app, "/api/v1/organizations?per_page=7").await;
        assert_eq!(status, 200, "{backend:?}");
        assert_eq!(first["total"], organizations);
        assert_eq!(first["data"].as_array().unwrap().len(), 7);
        let mut seen = std::collections::HashSet::new();
        let pages = (organizations + 6) / 7;
        for page in 1..=pages {
            let (_, body) = json(
                &app,
                &format!("/api/v1/organizations?per_page=7&page={page}"),
            )
            .await;
            for o in body["data"].as_array().unwrap() {
                assert!(
                    seen.insert(o["id"].as_i64().unwrap()),
                    "no organization twice"
                );
            }
        }
        assert_eq!(
            seen.len() as i64,
            organizations,
            "{backend:?}: every one once"
        );
        let (_, beyond) = json(
            &app,
            &format!("/api/v1/organizations?per_page=7&page={}", pages + 1),
        )
        .await;
        assert!(beyond["data"].as_array().unwrap().is_empty());

        for (path, table) in [
            ("/api/v1/partnerships", "partnership"),
            ("/api/v1/trainings", "training_program"),
            ("/api/v1/events", "sector_event"),
        ] {
            let (status, body) = json(&app, &format!("{path}?per_page=100")).await;
            assert_eq!(status, 200, "{path}");
            assert_eq!(body["total"], app.count(table).await, "{backend:?} {path}");
        }
        let (_, products) = json(&app, "/api/v1/knowledge-products").await;
        assert!(products["total"].as_i64().unwrap() > 0);
    }
}

#[tokio::test]
async fn parameters_out_of_range_get_a_400_with_a_message() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        seed(&app).await;
        for path in [
            "/api/v1/organizations?per_page=0",
            "/api/v1/organizations?per_page=101",
            "/api/v1/partnerships?page=0",
            "/api/v1/trainings?page=-3",
            "/api/v1/events?page=abc",
            "/api/v1/knowledge-products?per_page=1e9",
            "/api/v1/results?year_from=2030&year_to=2020",
        ] {
            let (status, body) = json(&app, path).await;
            assert_eq!(status, 400, "{backend:?} {path}");
            assert!(
                !body["error"].as_str().unwrap_or_default().is_empty(),
                "{path}: {body}"
            );
        }
        let (status, body) = json(&app, "/api/v1/nothing-here").await;
        assert_eq!(status, 404);
        assert!(body["error"].is_string());
    }
}

#[tokio::test]
async fn non_public_outcomes_are_for_the_partnerships_own_insiders_only() {
    use app::wops::entity::{outcome, partnership};
    use sea_orm::{ActiveModelTrait, EntityTrait, Set};
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        seed(&app).await;
        let first = outcome::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .remove(0);
        let partnership = first.partnership_id;
        let recipient = partnership::Entity::find_by_id(partnership)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .recipient_id;
        let mut hidden: outcome::ActiveModel = first.into();
        hidden.is_public = Set(false);
        hidden.update(&app.db).await.unwrap();

        let outcomes_of = |body: &Value| -> usize {
            body["data"]
                .as_array()
                .unwrap()
                .iter()
                .find(|p| p["id"] == partnership)
                .map(|p| p["outcomes"].as_array().unwrap().len())
                .unwrap()
        };
        let (_, public) = json(&app, "/api/v1/partnerships?per_page=100").await;
        assert_eq!(
            outcomes_of(&public),
            0,
            "{backend:?}: a visitor does not see it"
        );
        let as_person = |cookie: String| {
            let app = &app;
            async move {
                app.get_as(&cookie, "/api/v1/partnerships?per_page=100")
                    .await
                    .json::<Value>()
                    .await
                    .unwrap()
            }
        };
        let (_, member) = app
            .person("analyst@adb.example", &[Role::Member], &[])
            .await;
        assert_eq!(
            outcomes_of(&as_person(member).await),
            0,
            "{backend:?}: being signed in is not enough"
        );
        let (_, partner) = app
            .person("admin@recipient.example", &[Role::Member], &[recipient])
            .await;
        assert_eq!(
            outcomes_of(&as_person(partner).await),
            1,
            "{backend:?}: the recipient's admin sees it, as on the partnership's page"
        );
    }
}

#[tokio::test]
async fn the_openapi_document_describes_every_endpoint() {
    let app = TestApp::spawn(backends()[0]).await;
    let (status, doc) = json(&app, "/api/v1/openapi.json").await;
    assert_eq!(status, 200);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/api/v1/organizations",
        "/api/v1/partnerships",
        "/api/v1/trainings",
        "/api/v1/knowledge-products",
        "/api/v1/events",
        "/api/v1/results",
    ] {
        assert!(doc["paths"][path]["get"].is_object(), "{path}");
    }
    let page = app.get("/developers").await;
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("/api/v1/openapi.json"));
    let api = app.get("/api").await;
    assert_eq!(api.status(), 308);
}
