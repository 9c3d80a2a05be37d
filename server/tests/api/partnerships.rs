//! A partnership's whole life through the API, as the people involved would do it: a need is
//! posted, mentors are ranked with reasons, a facilitator introduces one, both sides sign, the
//! agreement and the work plan are recorded, progress is reported and reviewed, and the public
//! page shows the result. Bad input along the way is refused with a message and stores nothing.

use crate::support;

use app::accounts::Role;
use serde_json::Value;
use support::{backends, field_message, TestApp};

struct Cast {
    recipient: String,
    mentor: String,
    facilitator: String,
    /// A facilitator of the network, but not of this partnership.
    other_facilitator: String,
    outsider: String,
    recipient_org: i32,
    mentor_org: i32,
}

async fn cast(app: &TestApp) -> Cast {
    app::partners::demo::seed(&app.db, 0).await.unwrap();
    let recipient_org = app.organization_id("Lahore WASA").await;
    let mentor_org = app.organization_id("Manila Water Company").await;
    let (_, recipient) = app
        .person("amna@lwasa.example", &[Role::Member], &[recipient_org])
        .await;
    let (_, mentor) = app
        .person("jose@mwc.example", &[Role::Member], &[mentor_org])
        .await;
    let (_, facilitator) = app
        .person("lin@fu.example", &[Role::Facilitator], &[])
        .await;
    let (_, other_facilitator) = app
        .person("raj@fu.example", &[Role::Facilitator], &[])
        .await;
    let (_, outsider) = app
        .person("someone@else.example", &[Role::Member], &[])
        .await;
    Cast {
        recipient,
        mentor,
        facilitator,
        other_facilitator,
        outsider,
        recipient_org,
        mentor_org,
    }
}

/// Partnerships are always worked on signed in.
async fn call(app: &TestApp, cookie: &str, path: &str, form: &[(&str, &str)]) -> (u16, Value) {
    support::call(app, Some(cookie), path, form).await
}

#[tokio::test]
async fn a_need_becomes_a_completed_partnership_with_measured_results() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        // Manila Water offers NRW with a history that proves it (replacing the demo history).
        {
            use app::partners::entity::kpi_measurement as m;
            use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
            m::Entity::delete_many()
                .filter(m::Column::OrganizationId.eq(c.mentor_org))
                .filter(m::Column::Kpi.eq("non_revenue_water"))
                .exec(&app.db)
                .await
                .unwrap();
        }
        let (status, _) = call(
            &app,
            &c.mentor,
            "/api/wops/post_offer",
            &[
                ("organization", &c.mentor_org.to_string()),
                ("topic", "nrw"),
                (
                    "description",
                    "NRW fell from 63 % to 11 % in the east zone with DMAs.",
                ),
                ("languages", "English, Filipino"),
                ("capacity", "2"),
            ],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}: offer");
        for (year, value) in [("2019-12-31", "38"), ("2023-12-31", "17")] {
            let (status, _) = call(
                &app,
                &c.mentor,
                "/api/partners/record_kpi",
                &[
                    ("id", &c.mentor_org.to_string()),
                    ("kpi", "non_revenue_water"),
                    ("value", value),
                    ("measured_on", year),
                ],
            )
            .await;
            assert_eq!(status, 200);
        }

        // The recipient posts a need; a too-short description is refused first.
        let org = c.recipient_org.to_string();
        let (status, body) = call(
            &app,
            &c.recipient,
            "/api/wops/post_need",
            &[
                ("organization", &org),
                ("topic", "nrw"),
                ("description", "NRW"),
                ("languages", ""),
            ],
        )
        .await;
        assert_eq!(status, 422);
        assert!(field_message(&body, "description").is_some());
        let (status, need) = call(
            &app,
            &c.recipient,
            "/api/wops/post_need",
            &[
                ("organization", &org),
                ("topic", "nrw"),
                (
                    "description",
                    "NRW is around 40 % and intermittent supply hides the leaks.",
                ),
                ("languages", "English"),
            ],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}: need {need}");
        let need = need.as_i64().unwrap().to_string();

        // Ranked mentors, each factor explained in words.
        let (status, ranked) = call(
            &app,
            &c.facilitator,
            "/api/matching/rank",
            &[("need_id", &need)],
        )
        .await;
        assert_eq!(status, 200);
        let manila = ranked
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["organization_id"] == c.mentor_org)
            .expect("Manila Water is a candidate");
        let reasons: Vec<&str> = manila["factors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["explanation"].as_str().unwrap())
            .collect();
        assert!(
            reasons
                .iter()
                .any(|r| r.contains("fell from 38 % to 17 % in 2019–2023")),
            "{reasons:?}"
        );
        // An outsider may not see the candidates.
        assert_eq!(
            call(
                &app,
                &c.outsider,
                "/api/matching/rank",
                &[("need_id", &need)]
            )
            .await
            .0,
            403
        );

        // The facilitator introduces Manila Water; a concept note is required.
        let mentor = c.mentor_org.to_string();
        let (status, body) = call(
            &app,
            &c.facilitator,
            "/api/wops/propose",
            &[("need_id", &need), ("mentor_id", &mentor), ("note", " ")],
        )
        .await;
        assert_eq!(status, 422);
        assert!(field_message(&body, "note").is_some());
        let (status, id) = call(
            &app,
            &c.facilitator,
            "/api/wops/propose",
            &[
                ("need_id", &need),
                ("mentor_id", &mentor),
                (
                    "note",
                    "Both work in English; Manila's east zone is a close match.",
                ),
            ],
        )
        .await;
        assert_eq!(status, 200, "{id}");
        let id = id.as_i64().unwrap().to_string();
        let id = id.as_str();
        // The need is no longer open.
        let (_, open) = call(&app, &c.outsider, "/api/wops/needs", &[]).await;
        assert!(open.as_array().unwrap().iter().all(|n| n["id"]
            .as_i64()
            .map(|id| id.to_string())
            .as_ref()
            != Some(&need)));

        // Starting before agreeing is not allowed.
        let (status, body) = call(
            &app,
            &c.facilitator,
            "/api/wops/step",
            &[("id", id), ("step", "activate"), ("note", "")],
        )
        .await;
        assert_eq!(status, 409, "{body}");
        // Each side signs only for itself; the second signature makes it agreed.
        assert_eq!(
            call(
                &app,
                &c.mentor,
                "/api/wops/step",
                &[("id", id), ("step", "sign_recipient"), ("note", "")]
            )
            .await
            .0,
            403
        );
        assert_eq!(
            call(
                &app,
                &c.mentor,
                "/api/wops/step",
                &[("id", id), ("step", "sign_mentor"), ("note", "")]
            )
            .await
            .0,
            200
        );
        assert_eq!(
            call(
                &app,
                &c.recipient,
                "/api/wops/step",
                &[("id", id), ("step", "sign_recipient"), ("note", "")]
            )
            .await
            .0,
            200
        );

        assert_eq!(
            call(
                &app,
                &c.mentor,
                "/api/wops/step",
                &[("id", id), ("step", "sign_mentor"), ("note", "")]
            )
            .await
            .0,
            409,
            "no second signature"
        );
        // The agreement: 12 to 24 months, else a message under the end date.
        let agreement = |end: &'static str| {
            vec![
                ("id", id),
                ("signatories", "GM Manila Water; GM Lahore WASA"),
                ("start_date", "2025-01-01"),
                ("end_date", end),
                ("scope", "NRW reduction in two pilot DMAs"),
            ]
        };
        let (status, body) = call(
            &app,
            &c.recipient,
            "/api/wops/agreement",
            &agreement("2025-09-30"),
        )
        .await;
        assert_eq!(status, 422);
        assert!(field_message(&body, "end_date")
            .unwrap()
            .contains("12 to 24 months"));
        assert_eq!(
            call(
                &app,
                &c.recipient,
                "/api/wops/agreement",
                &agreement("2026-06-30")
            )
            .await
            .0,
            200
        );
        assert_eq!(
            call(
                &app,
                &c.mentor,
                "/api/wops/step",
                &[("id", id), ("step", "activate"), ("note", "")]
            )
            .await
            .0,
            200
        );

        // The work plan. An activity outside the agreement is refused and not stored.
        let activity = |start: &'static str, end: &'static str| {
            vec![
                ("id", id),
                ("kind", "on_the_job_training"),
                ("title", "Leak detection training"),
                ("start_date", start),
                ("end_date", end),
                ("responsible", "mentor"),
                ("place", "Lahore"),
                ("status", "done"),
            ]
        };
        let (status, body) = call(
            &app,
            &c.mentor,
            "/api/wops/activity",
            &activity("2026-08-01", "2026-08-05"),
        )
        .await;
        assert_eq!(status, 422);
        assert!(field_message(&body, "start_date")
            .unwrap()
            .contains("within the agreement"));
        assert_eq!(app.count("activity").await, 0);
        assert_eq!(
            call(
                &app,
                &c.mentor,
                "/api/wops/activity",
                &activity("2025-03-03", "2025-03-07")
            )
            .await
            .0,
            200
        );
        let planned = vec![
            ("id", id),
            ("kind", "peer_review"),
            ("title", "Peer review of billing"),
            ("start_date", "2025-09-01"),
            ("end_date", "2025-09-02"),
            ("responsible", "recipient"),
            ("place", ""),
            ("online", "on"),
            ("status", "planned"),
        ];
        assert_eq!(
            call(&app, &c.recipient, "/api/wops/activity", &planned)
                .await
                .0,
            200
        );
        assert_eq!(
            call(
                &app,
                &c.mentor,
                "/api/wops/commitment",
                &[
                    ("id", id),
                    ("side", "mentor"),
                    ("promise", "Two engineers on site each quarter")
                ]
            )
            .await
            .0,
            200
        );
        let (status, body) = call(
            &app,
            &c.recipient,
            "/api/wops/resource",
            &[
                ("id", id),
                ("kind", "money"),
                ("amount", "-5"),
                ("currency", "dollars"),
                ("description", "Equipment"),
                ("source", "ADB"),
            ],
        )
        .await;
        assert_eq!(status, 422);
        assert!(
            field_message(&body, "amount").is_some() && field_message(&body, "currency").is_some()
        );
        assert_eq!(
            call(
                &app,
                &c.recipient,
                "/api/wops/resource",
                &[
                    ("id", id),
                    ("kind", "money"),
                    ("amount", "60000"),
                    ("currency", "usd"),
                    ("description", "Leak detection equipment"),
                    ("source", "Asian Development Bank")
                ]
            )
            .await
            .0,
            200
        );

        // An outcome whose target goes the wrong way is saved with a warning.
        let (status, warning) = call(
            &app,
            &c.recipient,
            "/api/wops/outcome",
            &[
                ("id", id),
                ("kpi", "non_revenue_water"),
                ("baseline_value", "40"),
                ("baseline_date", "2025-01-01"),
                ("target_value", "45"),
                ("target_date", "2026-06-30"),
            ],
        )
        .await;
        assert_eq!(status, 200);
        assert!(
            warning.as_str().unwrap().contains("Lower is better"),
            "{warning}"
        );
        let (status, warning) = call(
            &app,
            &c.recipient,
            "/api/wops/outcome",
            &[
                ("id", id),
                ("kpi", "non_revenue_water"),
                ("baseline_value", "40"),
                ("baseline_date", "2025-01-01"),
                ("target_value", "30"),
                ("target_date", "2026-06-30"),
                ("private", "on"),
            ],
        )
        .await;
        assert_eq!((status, warning), (200, Value::Null));

        let (_, detail) = call(&app, &c.recipient, "/api/wops/detail", &[("id", id)]).await;
        let outcome_id = detail["outcomes"][1]["id"].to_string();
        let (status, body) = call(
            &app,
            &c.recipient,
            "/api/wops/outcome_value",
            &[
                ("id", id),
                ("outcome_id", &outcome_id),
                ("value", "140"),
                ("measured_on", "2025-12-31"),
            ],
        )
        .await;
        assert_eq!(status, 422);
        assert!(field_message(&body, "value").is_some());
        assert_eq!(
            call(
                &app,
                &c.recipient,
                "/api/wops/outcome_value",
                &[
                    ("id", id),
                    ("outcome_id", &outcome_id),
                    ("value", "33.5"),
                    ("measured_on", "2025-12-31")
                ]
            )
            .await
            .0,
            200
        );

        // A progress report, reviewed with a corrective action that stays until resolved.
        assert_eq!(
            call(
                &app,
                &c.recipient,
                "/api/wops/report",
                &[
                    ("id", id),
                    ("period_start", "2025-01-01"),
                    ("period_end", "2025-06-30"),
                    ("achievements", "Two DMAs metered; 40 leaks repaired."),
                    ("challenges", "Meter delivery late.")
                ]
            )
            .await
            .0,
            200
        );
        let (_, detail) = call(&app, &c.recipient, "/api/wops/detail", &[("id", id)]).await;
        let report_id = detail["reports"][0]["id"].to_string();
        assert_eq!(
            call(
                &app,
                &c.recipient,
                "/api/wops/review",
                &[
                    ("report_id", &report_id),
                    ("comment", "Good"),
                    ("corrective_actions", "")
                ]
            )
            .await
            .0,
            403,
            "partners do not review themselves"
        );
        assert_eq!(
            call(
                &app,
                &c.facilitator,
                "/api/wops/review",
                &[
                    ("report_id", &report_id),
                    ("comment", "Good progress."),
                    ("corrective_actions", "Agree a new meter delivery date\n")
                ]
            )
            .await
            .0,
            200
        );
        let (_, detail) = call(&app, &c.mentor, "/api/wops/detail", &[("id", id)]).await;
        let actions = detail["corrective_actions"].as_array().unwrap();
        assert_eq!(actions.len(), 1);
        assert!(actions[0]["resolved"].is_null());
        let action_id = actions[0]["id"].to_string();
        assert_eq!(
            call(
                &app,
                &c.mentor,
                "/api/wops/resolve",
                &[("action_id", &action_id)]
            )
            .await
            .0,
            200
        );

        // Another facilitator may neither end it nor read its insides.
        assert_eq!(
            call(
                &app,
                &c.other_facilitator,
                "/api/wops/step",
                &[("id", id), ("step", "complete"), ("note", "")]
            )
            .await
            .0,
            403
        );
        let (_, seen) = call(
            &app,
            &c.other_facilitator,
            "/api/wops/detail",
            &[("id", id)],
        )
        .await;
        assert!(seen["trail"].as_array().unwrap().is_empty());
        assert_eq!(
            seen["outcomes"].as_array().unwrap().len(),
            1,
            "only the public outcome"
        );
        // Completed by the facilitator; the partners cannot.
        assert_eq!(
            call(
                &app,
                &c.mentor,
                "/api/wops/step",
                &[("id", id), ("step", "complete"), ("note", "")]
            )
            .await
            .0,
            403
        );
        assert_eq!(
            call(
                &app,
                &c.facilitator,
                "/api/wops/step",
                &[("id", id), ("step", "complete"), ("note", "")]
            )
            .await
            .0,
            200
        );
        // Finished: the plan no longer changes.
        assert_eq!(
            call(
                &app,
                &c.mentor,
                "/api/wops/commitment",
                &[("id", id), ("side", "mentor"), ("promise", "More")]
            )
            .await
            .0,
            409
        );

        // The public page: the result, without private outcomes, plans or the trail.
        let res = app.post_form("/api/wops/detail", &[("id", id)]).await;
        assert_eq!(res.status(), 200);
        let public: Value = res.json().await.unwrap();
        assert_eq!(public["summary"]["state"], "completed");
        assert_eq!(
            public["outcomes"].as_array().unwrap().len(),
            1,
            "the private outcome is hidden"
        );
        assert_eq!(
            public["activities"].as_array().unwrap().len(),
            1,
            "only delivered activities"
        );
        assert!(public["trail"].as_array().unwrap().is_empty());
        assert!(public["steps"].as_array().unwrap().is_empty());
        // The insiders' trail tells who did what.
        let (_, detail) = call(&app, &c.facilitator, "/api/wops/detail", &[("id", id)]).await;
        let trail: Vec<String> = detail["trail"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                format!(
                    "{}: {}",
                    e["actor"].as_str().unwrap(),
                    e["action"].as_str().unwrap()
                )
            })
            .collect();
        assert!(
            trail.contains(&"Test lin@fu.example: Introduced the partners".to_owned()),
            "{trail:?}"
        );
        assert!(
            trail.contains(&"Test lin@fu.example: Mark as completed".to_owned()),
            "{trail:?}"
        );

        // The page itself renders the result for a visitor, and a missing one is a 404.
        let html = app
            .get(&format!("/partnerships/{id}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(
            html.contains("Non-revenue water: 40 %"),
            "outcome headline on the page"
        );
        assert_eq!(app.get("/partnerships/999999").await.status(), 404);
        // The list and its CSV.
        let csv = app
            .get("/partnerships.csv?status=completed")
            .await
            .text()
            .await
            .unwrap();
        assert!(
            csv.contains("Manila Water Company mentors Lahore WASA"),
            "{csv}"
        );
        assert_eq!(
            app.get("/partnerships.csv?status=paused").await.status(),
            400
        );
    }
}

#[tokio::test]
async fn the_signed_agreement_must_be_a_pdf_and_stays_private() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        let org = c.recipient_org.to_string();
        let (_, need) = call(
            &app,
            &c.recipient,
            "/api/wops/post_need",
            &[
                ("organization", &org),
                ("topic", "nrw"),
                (
                    "description",
                    "NRW is around 40 % and intermittent supply hides the leaks.",
                ),
                ("languages", ""),
            ],
        )
        .await;
        let (_, id) = call(
            &app,
            &c.facilitator,
            "/api/wops/propose",
            &[
                ("need_id", &need.to_string()),
                ("mentor_id", &c.mentor_org.to_string()),
                ("note", "A good match."),
            ],
        )
        .await;
        let id = id.to_string();
        let upload = |cookie: Option<&str>, name: &str, bytes: Vec<u8>| {
            let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned());
            let mut req = reqwest::Client::new()
                .post(app.url(&format!("/partnerships/{id}/agreement/document")))
                .header("origin", app.url(""))
                .multipart(reqwest::multipart::Form::new().part("document", part));
            if let Some(cookie) = cookie {
                req = req.header("cookie", cookie.to_owned());
            }
            req.send()
        };
        // Terms first.
        let pdf = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".to_vec();
        assert_eq!(
            upload(Some(&c.recipient), "loi.pdf", pdf.clone())
                .await
                .unwrap()
                .status(),
            409
        );
        assert_eq!(
            call(
                &app,
                &c.recipient,
                "/api/wops/agreement",
                &[
                    ("id", &id),
                    ("signatories", "A; B"),
                    ("start_date", "2026-01-01"),
                    ("end_date", "2027-01-01"),
                    ("scope", "NRW"),
                ]
            )
            .await
            .0,
            200
        );
        // A program renamed .pdf is refused by its content; so is one over the limit.
        let res = upload(
            Some(&c.recipient),
            "agreement.pdf",
            b"MZ\x90\x00 not a pdf".to_vec(),
        )
        .await
        .unwrap();
        assert_eq!(res.status(), 415);
        assert!(res.text().await.unwrap().contains("not a PDF"));
        let mut big = pdf.clone();
        big.resize(11 * 1024 * 1024, b' ');
        // The server answers 413 as soon as the declared length is over the limit; it may close
        // the connection before the client has finished sending, which the client sees as an error.
        match upload(Some(&c.recipient), "big.pdf", big).await {
            Ok(res) => {
                assert_eq!(res.status(), 413);
                assert_eq!(res.headers()["connection"], "close");
            }
            Err(e) => assert!(e.is_request(), "{e}"),
        }
        // Refused only once the 3 MB file is read to the end, so the client gets the answer.
        let mut sizeable = pdf.clone();
        sizeable.resize(3 * 1024 * 1024, b' ');
        assert_eq!(
            upload(None, "loi.pdf", sizeable).await.unwrap().status(),
            401
        );
        assert_eq!(
            upload(Some(&c.outsider), "loi.pdf", pdf.clone())
                .await
                .unwrap()
                .status(),
            403
        );
        let res = upload(Some(&c.recipient), "Signed LOI.pdf", pdf.clone())
            .await
            .unwrap();
        assert_eq!(res.status(), 204, "{backend:?}");
        // The partners read it back; visitors and outsiders do not.
        let res = app
            .get_as(&c.mentor, &format!("/partnerships/{id}/agreement.pdf"))
            .await;
        assert_eq!(res.status(), 200);
        assert_eq!(res.bytes().await.unwrap().to_vec(), pdf);
        assert_eq!(
            app.get(&format!("/partnerships/{id}/agreement.pdf"))
                .await
                .status(),
            401
        );
        assert_eq!(
            app.get_as(&c.outsider, &format!("/partnerships/{id}/agreement.pdf"))
                .await
                .status(),
            403
        );
        let (_, detail) = call(&app, &c.mentor, "/api/wops/detail", &[("id", &id)]).await;
        assert_eq!(detail["agreement"]["document"][0], "Signed LOI.pdf");
    }
}

/// The session and the permission are checked before the agreement's file is read: a refused
/// upload is answered 401/403 whatever it carries (a 9 MB body, a file that is not a PDF, no
/// file at all), never 415 or 400 from looking at a file it had no right to send.
#[tokio::test]
async fn an_agreement_upload_is_refused_before_its_file_is_read() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        let org = c.recipient_org.to_string();
        let (_, need) = call(
            &app,
            &c.recipient,
            "/api/wops/post_need",
            &[
                ("organization", &org),
                ("topic", "nrw"),
                ("description", "NRW is around 40 % and the meters are old."),
                ("languages", ""),
            ],
        )
        .await;
        let (_, id) = call(
            &app,
            &c.facilitator,
            "/api/wops/propose",
            &[
                ("need_id", &need.to_string()),
                ("mentor_id", &c.mentor_org.to_string()),
                ("note", "A good match."),
            ],
        )
        .await;
        let upload = |cookie: Option<&str>, field: &str, bytes: Vec<u8>| {
            let part = reqwest::multipart::Part::bytes(bytes).file_name("loi.pdf");
            let mut req = reqwest::Client::new()
                .post(app.url(&format!("/partnerships/{id}/agreement/document")))
                .header("origin", app.url(""))
                .multipart(reqwest::multipart::Form::new().part(field.to_owned(), part));
            if let Some(cookie) = cookie {
                req = req.header("cookie", cookie.to_owned());
            }
            req.send()
        };
        let mut large = b"%PDF-1.7\n".to_vec();
        large.resize(9 * 1024 * 1024, b' ');
        let not_a_pdf = vec![b'M'; 9 * 1024 * 1024];
        for (who, cookie, expected) in [
            ("signed out", None, 401),
            ("an outsider", Some(c.outsider.as_str()), 403),
            (
                "another facilitator",
                Some(c.other_facilitator.as_str()),
                403,
            ),
        ] {
            for (what, field, body) in [
                ("a 9 MB PDF", "document", large.clone()),
                ("9 MB that are not a PDF", "document", not_a_pdf.clone()),
                ("no document field", "other", b"%PDF-1.7\n".to_vec()),
            ] {
                let res = upload(cookie, field, body).await.unwrap();
                assert_eq!(res.status(), expected, "{backend:?}: {who} sending {what}");
            }
        }
        assert_eq!(app.count("agreement").await, 0, "{backend:?}");
    }
}

#[tokio::test]
async fn demo_partnerships_cover_every_state_and_matching_proposes_within_capacity() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        let created = app::wops::demo::seed(&app.db).await.unwrap();
        assert_eq!(created, 12);
        assert_eq!(
            app::wops::demo::seed(&app.db).await.unwrap(),
            0,
            "idempotent"
        );
        let (_, all) = call(&app, &c.outsider, "/api/wops/list", &[]).await;
        let states: std::collections::BTreeSet<&str> = all
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["state"].as_str().unwrap())
            .collect();
        assert_eq!(states.len(), 6, "{states:?}");
        // Filters: by status, and by the country of either partner; unknown values are a 400.
        let (status, active) =
            call(&app, &c.outsider, "/api/wops/list", &[("status", "active")]).await;
        assert_eq!(status, 200);
        assert_eq!(active.as_array().unwrap().len(), 3);
        assert_eq!(
            call(&app, &c.outsider, "/api/wops/list", &[("year", "20x6")])
                .await
                .0,
            400
        );
        let csv = app
            .get("/partnerships.csv?country=Fiji")
            .await
            .text()
            .await
            .unwrap();
        assert_eq!(
            csv.lines().count(),
            2,
            "header and Air Selangor → Fiji: {csv}"
        );

        // Network matching: every open need with a candidate gets one, within capacity.
        let (status, m) = call(&app, &c.facilitator, "/api/matching/network", &[]).await;
        assert_eq!(status, 200);
        let proposals = m["proposals"].as_array().unwrap();
        assert!(!proposals.is_empty());
        let mut per_mentor = std::collections::HashMap::new();
        for p in proposals {
            *per_mentor
                .entry(p["mentor"]["organization_id"].as_i64().unwrap())
                .or_insert(0) += 1;
            assert!(!p["mentor"]["factors"].as_array().unwrap().is_empty());
        }
        assert!(
            per_mentor.values().all(|n| *n <= 3),
            "demo capacities are 1 to 3"
        );
        assert_eq!(
            call(&app, &c.recipient, "/api/matching/network", &[])
                .await
                .0,
            403
        );
    }
}

/// Matching in Vietnamese: the needs board, a refused need, and the ranked mentors' factors
/// named and explained in Vietnamese.
#[tokio::test]
async fn needs_and_ranked_mentors_speak_vietnamese() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        let board = app.get_as("wl_lang=vi", "/needs").await;
        assert_eq!(board.status(), 200, "{backend:?}");
        let board = board.text().await.unwrap();
        assert!(
            board.contains("<h1>Nhu cầu và đề nghị cố vấn</h1>"),
            "{backend:?}"
        );
        assert!(board.contains("Nhu cầu đang mở"), "{backend:?}");

        let recipient = format!("{}; wl_lang=vi", c.recipient);
        let org = c.recipient_org.to_string();
        let (status, body) = call(
            &app,
            &recipient,
            "/api/wops/post_need",
            &[
                ("organization", &org),
                ("topic", "nrw"),
                ("description", "NRW"),
                ("languages", ""),
            ],
        )
        .await;
        assert_eq!(status, 422, "{backend:?}");
        assert_eq!(
            field_message(&body, "description"),
            Some("Hãy mô tả thách thức trong một hai câu (ít nhất 20 ký tự)."),
            "{backend:?}: {body}"
        );

        let (status, need) = call(
            &app,
            &recipient,
            "/api/wops/post_need",
            &[
                ("organization", &org),
                ("topic", "nrw"),
                (
                    "description",
                    "NRW is around 40 % and intermittent supply hides the leaks.",
                ),
                ("languages", "English"),
            ],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}: {need}");
        let need = need.as_i64().unwrap().to_string();
        let facilitator = format!("{}; wl_lang=vi", c.facilitator);
        let page = app.get_as(&facilitator, &format!("/needs/{need}")).await;
        assert_eq!(page.status(), 200, "{backend:?}");
        let page = page.text().await.unwrap();
        assert!(page.contains("đang mở"), "{backend:?}");
        let (status, ranked) = call(
            &app,
            &facilitator,
            "/api/matching/rank",
            &[("need_id", &need)],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}");
        let first = &ranked.as_array().unwrap()[0];
        let explanations: Vec<&str> = first["factors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["explanation"].as_str().unwrap())
            .collect();
        assert_eq!(
            explanations[0], "Có đề nghị cố vấn về chủ đề này",
            "{backend:?}"
        );
        assert!(
            explanations.iter().any(|e| e.contains("suất cố vấn")),
            "{backend:?}: {explanations:?}"
        );
    }
}

/// A Thai reader (the language cookie) reads a partnership's page in Thai, with Thai dates; a
/// partner's refused work-plan form answers in Thai and stays a 422; a Vietnamese partner's
/// refused outcome and the CSV export follow their own language. English stays the default.
/// The demo network and partnerships; returns the active partnership SAWACO mentors (its id,
/// as forms send it) and SAWACO's organization id.
async fn demo_sawaco_partnership(app: &TestApp) -> (String, i32) {
    app::partners::demo::seed(&app.db, 0).await.unwrap();
    app::wops::demo::seed(&app.db).await.unwrap();
    let mentor_org = app
        .organization_id("Saigon Water Corporation (SAWACO)")
        .await;
    let (_, active) = support::call(app, None, "/api/wops/list", &[("status", "active")]).await;
    let id = active
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["mentor"]["id"] == mentor_org)
        .expect("the SAWACO partnership is active")["id"]
        .as_i64()
        .unwrap()
        .to_string();
    (id, mentor_org)
}

#[tokio::test]
async fn a_partnership_and_its_refused_work_plan_speak_the_readers_language() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (id, mentor_org) = demo_sawaco_partnership(&app).await;
        let page = format!("/partnerships/{id}");

        let html = app.get_as("wl_lang=th", &page).await.text().await.unwrap();
        assert!(html.contains(r#"lang="th""#), "{backend:?}: <html lang>");
        for thai in [
            "กำลังดำเนินการ",                  // the state: Active
            "หน่วยงานพี่เลี้ยง",                  // Mentor
            "กิจกรรมที่ดำเนินการแล้ว",            // Activities delivered
            "การผ่านเกณฑ์มาตรฐานคุณภาพน้ำ: 91%", // the outcome's headline (Thai writes no space before %)
            "เป้าหมาย",                       // target
        ] {
            assert!(html.contains(thai), "{backend:?}: {thai} on the Thai page");
        }
        assert!(
            !html.contains("Activities delivered") && !html.contains("Water quality compliance"),
            "{backend:?}: no English left in the panels"
        );
        let english = app.get(&page).await.text().await.unwrap();
        assert!(
            english.contains("Activities delivered"),
            "{backend:?}: English by default"
        );

        // A partner plans an activity that ends before it starts, nowhere: refused in Thai.
        let (_, session) = app
            .person("an@sawaco.example", &[Role::Member], &[mentor_org])
            .await;
        let thai_partner = format!("{session}; wl_lang=th");
        let before = app.count("activity").await;
        let (status, body) = support::call(
            &app,
            Some(&thai_partner),
            "/api/wops/activity",
            &[
                ("id", &id),
                ("kind", "on_the_job_training"),
                ("title", "การฝึกอบรมตรวจหาน้ำรั่ว"),
                ("start_date", "2025-06-10"),
                ("end_date", "2025-06-01"),
                ("responsible", "mentor"),
                ("place", ""),
                ("status", "planned"),
            ],
        )
        .await;
        assert_eq!(status, 422, "{backend:?}");
        assert_eq!(
            field_message(&body, "end_date"),
            Some("วันที่สิ้นสุดต้องไม่อยู่ก่อนวันที่เริ่ม"),
            "{backend:?}: {body}"
        );
        assert_eq!(
            field_message(&body, "place"),
            Some("โปรดระบุสถานที่ หรือเลือก “ออนไลน์”"),
            "{backend:?}"
        );
        assert_eq!(
            app.count("activity").await,
            before,
            "{backend:?}: nothing stored"
        );

        // The same partner in Vietnamese: an outcome out of range.
        let (status, body) = support::call(
            &app,
            Some(&format!("{session}; wl_lang=vi")),
            "/api/wops/outcome",
            &[
                ("id", &id),
                ("kpi", "water_quality_compliance"),
                ("baseline_value", "135"),
                ("baseline_date", "2025-01-01"),
                ("target_value", "98"),
                ("target_date", "2026-12-31"),
            ],
        )
        .await;
        assert_eq!(status, 422, "{backend:?}");
        assert_eq!(
            field_message(&body, "baseline_value"),
            Some("Tỷ lệ phần trăm phải nằm trong khoảng từ 0 đến 100."),
            "{backend:?}"
        );

        // The CSV in Vietnamese: its headers and the state words.
        let csv = app
            .get_as("wl_lang=vi", "/partnerships.csv?status=active")
            .await
            .text()
            .await
            .unwrap();
        let header = csv.lines().next().unwrap_or_default();
        assert!(
            header.contains("tiêu đề") && header.contains("đơn vị cố vấn"),
            "{csv}"
        );
        assert!(csv.contains("Đang triển khai"), "{csv}");
    }
}

/// The history is kept as facts and told in each reader's language; a number is read as the
/// person typed it in theirs ("32,5" in Vietnamese is 32.5, not 325).
#[tokio::test]
async fn the_history_and_typed_numbers_follow_the_readers_language() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (id, mentor_org) = demo_sawaco_partnership(&app).await;
        let (_, session) = app
            .person("hoa@sawaco.example", &[Role::Member], &[mentor_org])
            .await;
        let vietnamese = format!("{session}; wl_lang=vi");
        let (status, _) = support::call(
            &app,
            Some(&vietnamese),
            "/api/wops/outcome",
            &[
                ("id", &id),
                ("kpi", "non_revenue_water"),
                ("baseline_value", "32,5"),
                ("baseline_date", "2025-01-01"),
                ("target_value", "25"),
                ("target_date", "2026-12-31"),
            ],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}: a Vietnamese decimal comma");

        let trail_of = |lang: &'static str| {
            let app = &app;
            let cookie = format!("{session}; wl_lang={lang}");
            let id = id.clone();
            async move {
                let (_, detail) =
                    support::call(app, Some(&cookie), "/api/wops/detail", &[("id", &id)]).await;
                detail["trail"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|e| {
                        (
                            e["action"].as_str().unwrap().to_owned(),
                            e["detail"].as_str().unwrap().to_owned(),
                        )
                    })
                    .collect::<Vec<_>>()
            }
        };
        let english = trail_of("en").await;
        let (action, detail) = english.last().expect("the new outcome is in the history");
        assert_eq!(action, "Set an outcome", "{backend:?}");
        assert!(
            detail.starts_with("Non-revenue water: baseline 32.5 %"),
            "{backend:?}: {detail}"
        );
        assert!(
            english
                .iter()
                .any(|(a, d)| a == "Start the partnership" && d == "Agreed → Active"),
            "{backend:?}: the demo history too: {english:?}"
        );

        let thai = trail_of("th").await;
        assert_eq!(thai.len(), english.len());
        let (action, detail) = thai.last().unwrap();
        assert_eq!(action, "กำหนดผลลัพธ์", "{backend:?}");
        assert!(detail.contains("32.5%"), "{backend:?}: {detail}");
        assert!(
            thai.iter().any(|(a, _)| a == "เริ่มความร่วมมือ"),
            "{backend:?}: {thai:?}"
        );
        let vi = trail_of("vi").await;
        assert!(vi.last().unwrap().1.contains("32,5 %"), "{vi:?}");

        // The page shows it so, with no English sentence left in the history.
        let html = app
            .get_as(
                &format!("{session}; wl_lang=th"),
                &format!("/partnerships/{id}"),
            )
            .await
            .text()
            .await
            .unwrap();
        assert!(html.contains("กำหนดผลลัพธ์"), "{backend:?}");
        assert!(
            !html.contains("Set an outcome") && !html.contains("Start the partnership"),
            "{backend:?}: no English in the Thai history"
        );
    }
}
