//! The API's description: the list of endpoints (shown on the /developers page) and, on the
//! server, the OpenAPI 3 document built from it at `/api/v1/openapi.json`.

/// (path, summary, schema of one item, takes the results filters)
pub const ENDPOINTS: &[(&str, &str, &str, bool)] = &[
    (
        "/api/v1/organizations",
        "Organizations of the network: utilities, associations, partners",
        "Organization",
        false,
    ),
    (
        "/api/v1/partnerships",
        "Water Operator Partnerships with their outcomes (public outcomes unless signed in)",
        "Partnership",
        false,
    ),
    (
        "/api/v1/trainings",
        "Training programs with their sessions",
        "Training",
        false,
    ),
    (
        "/api/v1/knowledge-products",
        "Published knowledge products (public ones unless signed in), with downloads",
        "KnowledgeProduct",
        false,
    ),
    ("/api/v1/events", "Sector events", "Event", false),
    (
        "/api/v1/results",
        "The results dashboard's figures for a filter",
        "NetworkResults",
        true,
    ),
];

#[cfg(feature = "ssr")]
pub fn document() -> serde_json::Value {
    use serde_json::{json, Map, Value};
    let error = json!({
        "description": "A parameter is out of range or unknown; the message says which.",
        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
    });
    let int_param = |name: &str, min: i64, max: i64, default: i64, text: &str| {
        json!({
            "name": name, "in": "query", "required": false, "description": text,
            "schema": { "type": "integer", "minimum": min, "maximum": max, "default": default }
        })
    };
    let str_param = |name: &str, text: &str| json!({ "name": name, "in": "query", "required": false, "description": text, "schema": { "type": "string" } });
    let mut paths = Map::new();
    for (path, summary, schema, filtered) in ENDPOINTS {
        let (parameters, ok_schema) = if *filtered {
            (
                vec![
                    int_param("year_from", 2000, 2100, 2000, "First year of the period"),
                    int_param(
                        "year_to",
                        2000,
                        2100,
                        2100,
                        "Last year of the period (not before year_from)",
                    ),
                    int_param("year", 2000, 2100, 2025, "A period of one year"),
                    str_param("country", "A country with organizations in the network"),
                    str_param("topic", "A topic code"),
                    json!({
                        "name": "status", "in": "query", "required": false,
                        "schema": { "type": "string", "enum": ["proposed", "introduced", "agreed", "active", "completed", "closed_early"] }
                    }),
                ],
                json!({ "$ref": format!("#/components/schemas/{schema}") }),
            )
        } else {
            (
                vec![
                    int_param("page", 1, 100_000, 1, "Page number, from 1"),
                    int_param("per_page", 1, 100, 20, "Items per page, 1 to 100"),
                ],
                json!({
                    "type": "object",
                    "required": ["data", "page", "per_page", "total"],
                    "properties": {
                        "data": { "type": "array", "items": { "$ref": format!("#/components/schemas/{schema}") } },
                        "page": { "type": "integer" },
                        "per_page": { "type": "integer" },
                        "total": { "type": "integer" }
                    }
                }),
            )
        };
        paths.insert(
            (*path).to_owned(),
            json!({ "get": {
                "summary": summary,
                "operationId": path.trim_start_matches("/api/v1/").replace('-', "_"),
                "parameters": parameters,
                "responses": {
                    "200": { "description": "OK", "content": { "application/json": { "schema": ok_schema } } },
                    "400": error.clone()
                }
            }}),
        );
    }
    let object = |props: Value| json!({ "type": "object", "properties": props });
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "WaterLinks Hub API",
            "version": "1.0.0",
            "description": "Read-only data of the WaterLinks network for development partners. Public data only, unless the request carries a signed-in session cookie."
        },
        "servers": [{ "url": "/" }],
        "paths": Value::Object(paths),
        "components": { "schemas": {
            "Error": { "type": "object", "required": ["error"], "properties": { "error": { "type": "string" } } },
            "Organization": object(json!({
                "id": { "type": "integer" }, "name": { "type": "string" }, "kind": { "type": "string" },
                "country": { "type": "string" }, "city": { "type": "string" },
                "latitude": { "type": "number", "nullable": true }, "longitude": { "type": "number", "nullable": true },
                "population_served": { "type": "integer", "nullable": true }, "url": { "type": "string" }
            })),
            "Partnership": object(json!({
                "id": { "type": "integer" }, "title": { "type": "string" }, "status": { "type": "string" },
                "mentor_id": { "type": "integer" }, "recipient_id": { "type": "integer" },
                "start_date": { "type": "string", "format": "date", "nullable": true },
                "end_date": { "type": "string", "format": "date", "nullable": true },
                "outcomes": { "type": "array", "items": { "type": "object" } }, "url": { "type": "string" }
            })),
            "Training": object(json!({
                "id": { "type": "integer" }, "title": { "type": "string" }, "format": { "type": "string" },
                "language": { "type": "string" }, "capacity": { "type": "integer" },
                "sessions": { "type": "array", "items": { "type": "object" } }, "url": { "type": "string" }
            })),
            "KnowledgeProduct": object(json!({
                "id": { "type": "integer" }, "kind": { "type": "string" }, "title": { "type": "string" },
                "summary": { "type": "string" }, "authors": { "type": "string" }, "year": { "type": "integer" },
                "language": { "type": "string" }, "access": { "type": "string" }, "downloads": { "type": "integer" },
                "url": { "type": "string" }
            })),
            "Event": object(json!({
                "id": { "type": "integer" }, "title": { "type": "string" },
                "starts_on": { "type": "string", "format": "date" }, "ends_on": { "type": "string", "format": "date" },
                "place": { "type": "string" }, "online": { "type": "boolean" }, "organizer": { "type": "string" },
                "link": { "type": "string" }
            })),
            "NetworkResults": object(json!({
                "scope": { "type": "string" },
                "by_state": { "type": "array", "items": { "type": "object" } },
                "by_year": { "type": "array", "items": { "type": "object" } },
                "utilities_involved": { "type": "integer" },
                "people_with_access": { "type": "integer" },
                "downloads": { "type": "integer" },
                "kpis": { "type": "array", "items": { "type": "object" } },
                "training": { "type": "object" },
                "partnerships": { "type": "array", "items": { "type": "object" } }
            }))
        }}
    })
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    #[test]
    fn every_endpoint_is_documented_with_its_400() {
        let doc = super::document();
        for (path, ..) in super::ENDPOINTS {
            assert!(
                doc["paths"][path]["get"]["responses"]["400"].is_object(),
                "{path}"
            );
        }
        assert_eq!(doc["openapi"], "3.0.3");
    }
}
