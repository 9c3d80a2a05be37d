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

/// The schema a `$ref` points to, or the schema itself.
fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"].as_str() {
        Some(r) => {
            let name = r.trim_start_matches("#/components/schemas/");
            let target = &doc["components"]["schemas"][name];
            assert!(target.is_object(), "{r} is not in the document");
            resolve(doc, target)
        }
        None => schema,
    }
}

/// Whether `schema` lets `value` be null.
fn allows_null(doc: &Value, schema: &Value) -> bool {
    let schema = resolve(doc, schema);
    schema["nullable"] == true
        || schema["type"] == "null"
        || schema["type"]
            .as_array()
            .is_some_and(|types| types.iter().any(|t| t == "null"))
        || ["oneOf", "anyOf"].iter().any(|k| {
            schema[k]
                .as_array()
                .is_some_and(|alts| alts.iter().any(|s| allows_null(doc, s)))
        })
}

/// Checks `value` against `schema`, recording each disagreement at its JSON path: an object's
/// keys must be exactly the declared properties (none missing, none undeclared), and values
/// must be of the declared types, through arrays and references.
fn conform(doc: &Value, schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
    let schema = resolve(doc, schema);
    if value.is_null() {
        if !allows_null(doc, schema) {
            errors.push(format!("{at}: null where the document does not allow it"));
        }
        return;
    }
    for k in ["oneOf", "anyOf"] {
        if let Some(alts) = schema[k].as_array() {
            let fits = alts.iter().any(|alt| {
                let mut e = Vec::new();
                conform(doc, alt, value, at, &mut e);
                e.is_empty()
            });
            if !fits {
                errors.push(format!("{at}: {value} fits none of the {k} alternatives"));
            }
            return;
        }
    }
    if let Some(all) = schema["allOf"].as_array() {
        for s in all {
            conform(doc, s, value, at, errors);
        }
        return;
    }
    if let Some(allowed) = schema["enum"].as_array() {
        if !allowed.contains(value) {
            errors.push(format!("{at}: {value} is not among {allowed:?}"));
        }
    }
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    let is = |t: &str| match t {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "boolean" => value.is_boolean(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        _ => false,
    };
    if !types.is_empty() && !types.iter().any(|t| is(t)) {
        errors.push(format!("{at}: {value} is not of type {types:?}"));
        return;
    }
    if let Some(object) = value.as_object() {
        let declared = schema["properties"].as_object();
        let Some(declared) = declared else {
            errors.push(format!(
                "{at}: an object whose schema declares no properties"
            ));
            return;
        };
        for key in object.keys() {
            if !declared.contains_key(key) {
                errors.push(format!("{at}: '{key}' is answered but not in the document"));
            }
        }
        for (key, property) in declared {
            match object.get(key) {
                Some(v) => conform(doc, property, v, &format!("{at}.{key}"), errors),
                None => errors.push(format!("{at}: '{key}' is documented but not answered")),
            }
        }
    }
    if let Some(items) = value.as_array() {
        for (i, item) in items.iter().enumerate() {
            conform(doc, &schema["items"], item, &format!("{at}[{i}]"), errors);
        }
    }
}

/// The schema the document declares for a path's answer with this status.
fn declared<'a>(doc: &'a Value, path: &str, status: &str) -> &'a Value {
    let schema =
        &doc["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"];
    assert!(schema.is_object(), "{path} {status} has no JSON schema");
    schema
}

#[tokio::test]
async fn every_answer_has_exactly_the_keys_the_openapi_document_declares() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        seed(&app).await;
        let (_, doc) = json(&app, "/api/v1/openapi.json").await;
        // Signed in as a partner, so non-public outcomes with their values come too.
        let recipient = {
            use app::wops::entity::partnership;
            use sea_orm::EntityTrait;
            partnership::Entity::find()
                .all(&app.db)
                .await
                .unwrap()
                .remove(0)
                .recipient_id
        };
        let (_, partner) = app
            .person("admin@recipient.example", &[Role::Member], &[recipient])
            .await;
        let paths: Vec<String> = doc["paths"].as_object().unwrap().keys().cloned().collect();
        assert_eq!(paths.len(), 6, "{paths:?}");
        for path in &paths {
            let query = if path.ends_with("/results") {
                ""
            } else {
                "?per_page=100"
            };
            let res = app.get_as(&partner, &format!("{path}{query}")).await;
            assert_eq!(res.status(), 200, "{backend:?} {path}");
            let body: Value = res.json().await.unwrap();
            if let Some(data) = body.get("data") {
                assert!(
                    !data.as_array().unwrap().is_empty(),
                    "{path}: the demo data gives something to check"
                );
            }
            let mut errors = Vec::new();
            conform(&doc, declared(&doc, path, "200"), &body, path, &mut errors);
            assert!(errors.is_empty(), "{backend:?}:\n{}", errors.join("\n"));

            let bad = if path.ends_with("/results") {
                "?year=1900"
            } else {
                "?page=0"
            };
            let (status, body) = json(&app, &format!("{path}{bad}")).await;
            assert_eq!(status, 400, "{path}{bad}");
            let mut errors = Vec::new();
            conform(&doc, declared(&doc, path, "400"), &body, path, &mut errors);
            assert!(errors.is_empty(), "{backend:?}:\n{}", errors.join("\n"));
        }
    }
}

#[test]
fn the_shape_check_catches_an_undeclared_or_missing_key() {
    let doc = serde_json::json!({ "components": { "schemas": { "A": {
        "type": "object", "required": ["x"],
        "properties": { "x": { "type": "integer" }, "y": { "type": ["string", "null"] } }
    } } } });
    let schema =
        serde_json::json!({ "type": "array", "items": { "$ref": "#/components/schemas/A" } });
    let check = |value: Value| {
        let mut errors = Vec::new();
        conform(&doc, &schema, &value, "$", &mut errors);
        errors
    };
    assert!(check(serde_json::json!([{ "x": 1, "y": null }])).is_empty());
    assert_eq!(
        check(serde_json::json!([{ "x": 1, "y": null, "z": 2 }])).len(),
        1
    );
    assert_eq!(check(serde_json::json!([{ "x": 1 }])).len(), 1);
    assert_eq!(check(serde_json::json!([{ "x": "1", "y": "a" }])).len(), 1);
}
