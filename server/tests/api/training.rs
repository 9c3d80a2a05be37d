//! Training programs through the API, as organisers, trainers and members use them: a program
//! is created and scheduled, people enrol and wait, a freed place goes to the next person with
//! an email, trainers mark attendance, completion issues a certificate anyone can verify, and
//! evaluations add up. Bad input is refused with a message and stores nothing.

use crate::support;

use app::accounts::Role;
use serde_json::Value;
use support::{backends, call, field_message, TestApp};

fn program_form<'a>(
    title: &'a str,
    capacity: &'a str,
    trainers: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        (
            "description",
            "District metered areas: design, step tests and night flows.",
        ),
        ("format", "in_person"),
        ("venue", "Davao City Water District training centre"),
        ("link", ""),
        ("language", "en"),
        ("capacity", capacity),
        ("min_sessions", ""),
        ("time_zone", "Asia/Manila"),
        ("topic", "nrw"),
        ("topic2", ""),
        ("trainers", trainers),
    ]
}

/// A program created over the API by `admin`, with `sessions` sessions that started in the past
/// `(days ago)` or start in the future (negative), written directly so they can be in the past.
async fn program_with_sessions(
    app: &TestApp,
    admin: &str,
    capacity: &str,
    trainers: &str,
    days_ago: &[i64],
) -> i32 {
    use app::training::entity::session;
    use sea_orm::{ActiveModelTrait, Set};
    let (status, body) = call(
        app,
        Some(admin),
        "/api/training/create",
        &program_form("DMA design for water districts", capacity, trainers),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let id = body.as_i64().expect("program id") as i32;
    for days in days_ago {
        let starts =
            chrono::Utc::now() - chrono::Duration::days(*days) - chrono::Duration::hours(1);
        session::ActiveModel {
            program_id: Set(id),
            title: Set(String::new()),
            starts_at: Set(starts),
            ends_at: Set(starts + chrono::Duration::hours(3)),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
    id
}

async fn enrolment_id(app: &TestApp, program: i32, account: i32) -> i32 {
    use app::training::entity::enrolment;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    enrolment::Entity::find()
        .filter(enrolment::Column::ProgramId.eq(program))
        .filter(enrolment::Column::AccountId.eq(account))
        .one(&app.db)
        .await
        .unwrap()
        .expect("enrolment")
        .id
}

async fn session_ids(app: &TestApp, program: i32) -> Vec<i32> {
    use app::training::entity::session;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    session::Entity::find()
        .filter(session::Column::ProgramId.eq(program))
        .order_by_asc(session::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect()
}

#[tokio::test]
async fn organisers_create_and_schedule_programs_and_the_catalogue_lists_them() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (_, admin) = app
            .person("sec@waterlinks.example", &[Role::SecretariatAdmin], &[])
            .await;
        let (_, member) = app
            .person("member@dcwd.example", &[Role::Member], &[])
            .await;
        app.person("trainer@mwc.example", &[Role::Trainer], &[])
            .await;

        // Bad input: every field says what is wrong, and nothing is stored.
        let mut bad = program_form("x", "0", "nobody@nowhere.example");
        bad[2] = ("format", "hybrid");
        let (status, body) = call(&app, Some(&admin), "/api/training/create", &bad).await;
        assert_eq!(status, 422, "{backend:?} {body}");
        for field in ["title", "capacity", "link"] {
            assert!(
                field_message(&body, field).is_some(),
                "{backend:?}: {field} in {body}"
            );
        }
        let (status, body) = call(
            &app,
            Some(&admin),
            "/api/training/create",
            &program_form("Energy audits for pumps", "20", "nobody@nowhere.example"),
        )
        .await;
        assert_eq!(status, 422, "{backend:?}");
        assert!(field_message(&body, "trainers")
            .unwrap()
            .contains("nobody@nowhere.example"));
        assert_eq!(app.count("training_program").await, 0, "{backend:?}");

        // Members cannot create programs.
        let (status, _) = call(
            &app,
            Some(&member),
            "/api/training/create",
            &program_form("Energy audits for pumps", "20", ""),
        )
        .await;
        assert_eq!(status, 403, "{backend:?}");

        let (status, body) = call(
            &app,
            Some(&admin),
            "/api/training/create",
            &program_form("Energy audits for pumps", "20", "trainer@mwc.example"),
        )
        .await;
        assert_eq!(status, 200, "{backend:?} {body}");
        let id = body.as_i64().unwrap().to_string();

        // A session in the venue's time (Manila, UTC+8); an end before the start is refused.
        let (status, body) = call(
            &app,
            Some(&admin),
            "/api/training/add_session",
            &[
                ("program_id", &id),
                ("session_title", "Day 1"),
                ("date", "2099-03-03"),
                ("starts", "10:00"),
                ("ends", "09:00"),
            ],
        )
        .await;
        assert_eq!(status, 422, "{backend:?}");
        assert!(field_message(&body, "ends").is_some());
        let (status, _) = call(
            &app,
            Some(&member),
            "/api/training/add_session",
            &[
                ("program_id", &id),
                ("session_title", ""),
                ("date", "2099-03-03"),
                ("starts", "09:00"),
                ("ends", "12:00"),
            ],
        )
        .await;
        assert_eq!(status, 403, "{backend:?}");
        let (status, body) = call(
            &app,
            Some(&admin),
            "/api/training/add_session",
            &[
                ("program_id", &id),
                ("session_title", "Day 1"),
                ("date", "2099-03-03"),
                ("starts", "09:00"),
                ("ends", "12:00"),
            ],
        )
        .await;
        assert_eq!(status, 200, "{backend:?} {body}");

        let page = app
            .get(&format!("/training/{id}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains("Energy audits for pumps"), "{backend:?}");
        assert!(
            page.contains("Tue 3 Mar 2099, 09:00–12:00 (Asia/Manila, UTC+08:00)"),
            "{backend:?}"
        );
        assert!(
            page.contains("Test trainer@mwc.example"),
            "trainer named: {backend:?}"
        );

        // The calendar file is in UTC: 09:00 in Manila is 01:00 UTC.
        let sessions = session_ids(&app, id.parse().unwrap()).await;
        let ics = app
            .get(&format!("/training/sessions/{}/calendar.ics", sessions[0]))
            .await;
        assert_eq!(ics.status(), 200);
        assert!(ics.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar"));
        let ics = ics.text().await.unwrap();
        assert!(ics.contains("BEGIN:VEVENT"), "{ics}");
        assert!(ics.contains("DTSTART:20990303T010000Z"), "{ics}");
        assert!(
            ics.contains("SUMMARY:Energy audits for pumps: Day 1"),
            "{ics}"
        );
        assert_eq!(
            app.get("/training/sessions/99999/calendar.ics")
                .await
                .status(),
            404
        );

        // The catalogue filters by topic, format and time.
        let listed = |q: &'static str| {
            let app = &app;
            async move {
                app.get(&format!("/training{q}"))
                    .await
                    .text()
                    .await
                    .unwrap()
            }
        };
        assert!(
            listed("").await.contains("Energy audits for pumps"),
            "{backend:?}"
        );
        assert!(listed("?topic=nrw&format=in_person")
            .await
            .contains("Energy audits for pumps"));
        assert!(!listed("?format=online")
            .await
            .contains("Energy audits for pumps"));
        assert!(!listed("?topic=billing")
            .await
            .contains("Energy audits for pumps"));
        assert!(!listed("?when=past")
            .await
            .contains("Energy audits for pumps"));
        let (status, _) = call(
            &app,
            None,
            "/api/training/catalogue",
            &[("topic", ""), ("format", "by-pigeon"), ("when", "")],
        )
        .await;
        assert_eq!(status, 400, "{backend:?}");
    }
}

#[tokio::test]
async fn a_full_program_waitlists_and_a_freed_place_goes_to_the_next_person_with_an_email() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (_, admin) = app
            .person("sec@waterlinks.example", &[Role::SecretariatAdmin], &[])
            .await;
        let (_, ana) = app.person("ana@dcwd.example", &[Role::Member], &[]).await;
        let (_, ben) = app.person("ben@pwa.example", &[Role::Member], &[]).await;
        let (_, cho) = app.person("cho@hue.example", &[Role::Member], &[]).await;
        let id = program_with_sessions(&app, &admin, "1", "", &[-7])
            .await
            .to_string();
        let enrol = |cookie: String| {
            let (app, id) = (&app, id.clone());
            async move {
                call(
                    app,
                    Some(&cookie),
                    "/api/training/enrol",
                    &[("program_id", &id)],
                )
                .await
            }
        };

        assert_eq!(
            enrol(ana.clone()).await,
            (200, Value::from("enrolled")),
            "{backend:?}"
        );
        assert_eq!(
            enrol(ben.clone()).await,
            (200, Value::from("waitlisted")),
            "{backend:?}"
        );
        assert_eq!(
            enrol(cho.clone()).await,
            (200, Value::from("waitlisted")),
            "{backend:?}"
        );
        // Enrolling twice is refused, with a reason.
        let (status, body) = enrol(ana.clone()).await;
        assert_eq!(status, 409, "{backend:?}");
        assert!(body.to_string().contains("already enrolled"), "{body}");
        let (status, body) = enrol(ben.clone()).await;
        assert_eq!(status, 409);
        assert!(
            body.to_string().contains("already on the waitlist"),
            "{body}"
        );
        // Visitors must sign in.
        let (status, _) = call(&app, None, "/api/training/enrol", &[("program_id", &id)]).await;
        assert_eq!(status, 401);

        let page = app
            .get_as(&cho, &format!("/training/{id}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains("number 2 on the waitlist"), "{backend:?}");
        let waitlisted_mail = outbox_for(&app, "ben@pwa.example").await;
        assert!(
            waitlisted_mail
                .iter()
                .any(|(s, _)| s.starts_with("On the waitlist")),
            "{waitlisted_mail:?}"
        );

        // Ana cancels: Ben, first in line, gets the place and an email; Cho moves up.
        let (status, _) = call(
            &app,
            Some(&ana),
            "/api/training/cancel",
            &[("program_id", &id)],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}");
        let ben_mail = outbox_for(&app, "ben@pwa.example").await;
        assert!(
            ben_mail
                .iter()
                .any(|(s, b)| s.starts_with("Your place in")
                    && b.contains(&format!("/training/{id}"))),
            "{ben_mail:?}"
        );
        let page = app
            .get_as(&ben, &format!("/training/{id}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains("You have a place"), "{backend:?}");
        let page = app
            .get_as(&cho, &format!("/training/{id}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains("number 1 on the waitlist"), "{backend:?}");
        // Cancelling twice is refused; Ana may enrol again, at the back of the queue.
        let (status, _) = call(
            &app,
            Some(&ana),
            "/api/training/cancel",
            &[("program_id", &id)],
        )
        .await;
        assert_eq!(status, 409);
        assert_eq!(
            enrol(ana.clone()).await,
            (200, Value::from("waitlisted")),
            "{backend:?}"
        );
        assert_eq!(
            app.count("training_enrolment").await,
            3,
            "one row per person: {backend:?}"
        );
    }
}

async fn outbox_for(app: &TestApp, email: &str) -> Vec<(String, String)> {
    use app::mail::entity as outbox;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    outbox::Entity::find()
        .filter(outbox::Column::Recipient.eq(email))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.subject, m.body))
        .collect()
}

#[tokio::test]
async fn trainers_mark_attendance_and_completion_issues_a_verifiable_certificate() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (_, admin) = app
            .person("sec@waterlinks.example", &[Role::SecretariatAdmin], &[])
            .await;
        let (_, trainer) = app
            .person("trainer@mwc.example", &[Role::Trainer], &[])
            .await;
        let (_, other_trainer) = app.person("other@mwc.example", &[Role::Trainer], &[]).await;
        let (maria_id, maria) = app.person("maria@dcwd.example", &[Role::Member], &[]).await;
        // Two sessions held, one to come.
        let program =
            program_with_sessions(&app, &admin, "10", "trainer@mwc.example", &[3, 2, -5]).await;
        let id = program.to_string();
        call(
            &app,
            Some(&maria),
            "/api/training/enrol",
            &[("program_id", &id)],
        )
        .await;
        let enrolment = enrolment_id(&app, program, maria_id).await.to_string();
        let sessions: Vec<String> = session_ids(&app, program)
            .await
            .iter()
            .map(i32::to_string)
            .collect();
        let mark = |cookie: String, session: String, present: &'static str| {
            let (app, enrolment) = (&app, enrolment.clone());
            async move {
                call(
                    app,
                    Some(&cookie),
                    "/api/training/attendance",
                    &[
                        ("session_id", &session),
                        ("enrolment_id", &enrolment),
                        ("present", present),
                    ],
                )
                .await
            }
        };
        // Only this program's trainers (and admins) mark attendance; not yet-started sessions wait.
        assert_eq!(
            mark(other_trainer.clone(), sessions[0].clone(), "true")
                .await
                .0,
            403,
            "{backend:?}"
        );
        assert_eq!(
            mark(maria.clone(), sessions[0].clone(), "true").await.0,
            403
        );
        assert_eq!(
            mark(trainer.clone(), sessions[2].clone(), "true").await.0,
            409
        );
        assert_eq!(
            mark(trainer.clone(), sessions[0].clone(), "true").await,
            (200, Value::from(false))
        );
        assert_eq!(
            mark(trainer.clone(), sessions[1].clone(), "true").await,
            (200, Value::from(false)),
            "the third session is still to come"
        );

        // The rule is "all sessions": reduce it to two, as the organiser might, and mark again.
        {
            use app::training::entity::program;
            use sea_orm::{ActiveModelTrait, EntityTrait, Set};
            let mut row: program::ActiveModel = program::Entity::find_by_id(program)
                .one(&app.db)
                .await
                .unwrap()
                .unwrap()
                .into();
            row.min_sessions = Set(Some(2));
            row.update(&app.db).await.unwrap();
        }
        assert_eq!(
            mark(trainer.clone(), sessions[1].clone(), "true").await,
            (200, Value::from(true)),
            "{backend:?}"
        );

        let page = app
            .get_as(&maria, &format!("/training/{id}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(
            page.contains("You have completed this program"),
            "{backend:?}"
        );
        let code = page
            .split("/certificates/")
            .nth(1)
            .and_then(|rest| rest.split(['/', '"']).next())
            .expect("certificate link")
            .to_owned();
        let check = app
            .get(&format!("/certificates/{code}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(check.contains("Valid certificate"), "{backend:?}");
        assert!(check.contains("Test maria@dcwd.example"));
        assert!(check.contains("attending 2 sessions"));
        let pdf = app
            .get(&format!("/certificates/{code}/certificate.pdf"))
            .await;
        assert_eq!(pdf.status(), 200);
        assert_eq!(pdf.headers()["content-type"], "application/pdf");
        let pdf = pdf.bytes().await.unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
        assert!(
            text.contains(&format!("/certificates/{code}")),
            "{backend:?} {text}"
        );
        let unknown = app
            .get("/certificates/0123456789abcdef")
            .await
            .text()
            .await
            .unwrap();
        assert!(unknown.contains("No valid certificate"));
        assert_eq!(
            app.get("/certificates/0123456789abcdef/certificate.pdf")
                .await
                .status(),
            404
        );

        // Attendance corrected: the completion and its certificate are withdrawn.
        assert_eq!(
            mark(trainer.clone(), sessions[1].clone(), "false").await,
            (200, Value::from(false))
        );
        let check = app
            .get(&format!("/certificates/{code}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(check.contains("No valid certificate"), "{backend:?}");
        // A mis-click corrected back restores the same certificate, already shared.
        assert_eq!(
            mark(trainer.clone(), sessions[1].clone(), "true").await,
            (200, Value::from(true))
        );
        let check = app
            .get(&format!("/certificates/{code}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(check.contains("Valid certificate"), "{backend:?}");

        // A longer schedule under the all-sessions rule: not completed after all, until attended.
        {
            use app::training::entity::program;
            use sea_orm::{ActiveModelTrait, EntityTrait, Set};
            let mut row: program::ActiveModel = program::Entity::find_by_id(program)
                .one(&app.db)
                .await
                .unwrap()
                .unwrap()
                .into();
            row.min_sessions = Set(None);
            row.update(&app.db).await.unwrap();
        }
        let (status, _) = call(
            &app,
            Some(&admin),
            "/api/training/add_session",
            &[
                ("program_id", &id),
                ("session_title", "Field day"),
                ("date", "2099-01-10"),
                ("starts", "08:00"),
                ("ends", "16:00"),
            ],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}");
        let check = app
            .get(&format!("/certificates/{code}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(check.contains("No valid certificate"), "{backend:?}");
    }
}

#[tokio::test]
async fn evaluations_open_after_completion_and_add_up_for_trainers() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (_, admin) = app
            .person("sec@waterlinks.example", &[Role::SecretariatAdmin], &[])
            .await;
        let (_, trainer) = app
            .person("trainer@mwc.example", &[Role::Trainer], &[])
            .await;
        let (maria_id, maria) = app.person("maria@dcwd.example", &[Role::Member], &[]).await;
        let (_, member) = app.person("member@hue.example", &[Role::Member], &[]).await;
        let program = program_with_sessions(&app, &admin, "10", "trainer@mwc.example", &[0]).await;
        let id = program.to_string();
        call(
            &app,
            Some(&maria),
            "/api/training/enrol",
            &[("program_id", &id)],
        )
        .await;
        let rate = |ratings: [&'static str; 3]| {
            let (app, id, maria) = (&app, id.clone(), maria.clone());
            async move {
                call(
                    app,
                    Some(&maria),
                    "/api/training/evaluate",
                    &[
                        ("program_id", &id),
                        ("relevance", ratings[0]),
                        ("clarity", ratings[1]),
                        ("usefulness", ratings[2]),
                        (
                            "comments",
                            "The night-flow exercise was the most useful part.",
                        ),
                    ],
                )
                .await
            }
        };
        assert_eq!(
            rate(["5", "4", "5"]).await.0,
            409,
            "not completed yet: {backend:?}"
        );
        let enrolment = enrolment_id(&app, program, maria_id).await.to_string();
        let session = session_ids(&app, program).await[0].to_string();
        let (status, _) = call(
            &app,
            Some(&trainer),
            "/api/training/attendance",
            &[
                ("session_id", &session),
                ("enrolment_id", &enrolment),
                ("present", "true"),
            ],
        )
        .await;
        assert_eq!(status, 200);
        let (status, body) = rate(["0", "4", "six"]).await;
        assert_eq!(status, 422);
        assert!(
            field_message(&body, "relevance").is_some()
                && field_message(&body, "usefulness").is_some()
        );
        assert_eq!(rate(["5", "4", "5"]).await.0, 200, "{backend:?}");
        assert_eq!(rate(["1", "1", "1"]).await.0, 409, "one evaluation each");

        let (status, report) = call(
            &app,
            Some(&trainer),
            "/api/training/evaluations",
            &[("program_id", &id)],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}");
        assert_eq!(report["responses"], 1);
        assert_eq!(report["questions"][0]["average"], 5.0);
        assert_eq!(
            report["questions"][1]["counts"],
            serde_json::json!([0, 0, 0, 1, 0])
        );
        let (status, _) = call(
            &app,
            Some(&member),
            "/api/training/evaluations",
            &[("program_id", &id)],
        )
        .await;
        assert_eq!(status, 403);

        // Exports: for trainers only; evaluations without names.
        let csv = app
            .get_as(&trainer, &format!("/training/{id}/evaluations.csv"))
            .await;
        assert_eq!(csv.status(), 200);
        let csv = csv.text().await.unwrap();
        assert!(
            csv.starts_with("submitted_at,relevance,clarity,usefulness,comments"),
            "{csv}"
        );
        assert!(
            csv.contains("night-flow") && !csv.contains("maria"),
            "{csv}"
        );
        let csv = app
            .get_as(&trainer, &format!("/training/{id}/attendance.csv"))
            .await
            .text()
            .await
            .unwrap();
        assert!(
            csv.lines().nth(1).unwrap().contains("maria@dcwd.example") && csv.contains("present"),
            "{csv}"
        );
        let csv = app
            .get_as(&admin, &format!("/training/{id}/enrolments.csv"))
            .await
            .text()
            .await
            .unwrap();
        assert!(csv.contains("/certificates/"), "{csv}");
        assert_eq!(
            app.get_as(&member, &format!("/training/{id}/enrolments.csv"))
                .await
                .status(),
            403
        );
        assert_eq!(
            app.get(&format!("/training/{id}/enrolments.csv"))
                .await
                .status(),
            401
        );
        let summary = app
            .get_as(&trainer, &format!("/training/{id}/evaluations"))
            .await
            .text()
            .await
            .unwrap();
        // Numbers go through i18n::format, which drops trailing zeros.
        assert!(summary.contains("Average 5 of 5"), "{backend:?}");
    }
}

#[tokio::test]
async fn organization_admins_enrol_their_own_staff_only() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::partners::demo::seed(&app.db, 0).await.unwrap();
        let davao = app.organization_id("Davao City Water District").await;
        let (_, admin) = app
            .person("sec@waterlinks.example", &[Role::SecretariatAdmin], &[])
            .await;
        let (_, org_admin) = app
            .person("head@dcwd.example", &[Role::Member], &[davao])
            .await;
        let (staff_id, _) = app.person("staff@dcwd.example", &[Role::Member], &[]).await;
        let (stranger_id, _) = app
            .person("stranger@else.example", &[Role::Member], &[])
            .await;
        {
            use app::accounts::entity::organization_member;
            use sea_orm::{ActiveModelTrait, Set};
            organization_member::ActiveModel {
                account_id: Set(staff_id),
                organization_id: Set(davao),
                is_admin: Set(false),
                joined_at: Set(chrono::Utc::now()),
            }
            .insert(&app.db)
            .await
            .unwrap();
        }
        let id = program_with_sessions(&app, &admin, "5", "", &[-3])
            .await
            .to_string();
        let page = app
            .get_as(&org_admin, &format!("/training/{id}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(
            page.contains("Enrol your staff") && page.contains("Test staff@dcwd.example"),
            "{backend:?}"
        );
        let (status, body) = call(
            &app,
            Some(&org_admin),
            "/api/training/enrol",
            &[("program_id", &id), ("account_id", &staff_id.to_string())],
        )
        .await;
        assert_eq!(
            (status, body),
            (200, Value::from("enrolled")),
            "{backend:?}"
        );
        let (status, _) = call(
            &app,
            Some(&org_admin),
            "/api/training/enrol",
            &[
                ("program_id", &id),
                ("account_id", &stranger_id.to_string()),
            ],
        )
        .await;
        assert_eq!(status, 403, "{backend:?}");
        let (status, body) = call(
            &app,
            Some(&org_admin),
            "/api/training/enrol",
            &[("program_id", &id), ("account_id", &staff_id.to_string())],
        )
        .await;
        assert_eq!(status, 409);
        assert!(
            body.to_string()
                .contains("Test staff@dcwd.example is already enrolled"),
            "{body}"
        );
    }
}

#[tokio::test]
async fn many_people_taking_the_last_place_at_once_get_one_place_and_a_queue() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (_, admin) = app
            .person("sec@waterlinks.example", &[Role::SecretariatAdmin], &[])
            .await;
        let id = program_with_sessions(&app, &admin, "1", "", &[-3])
            .await
            .to_string();
        let mut cookies = Vec::new();
        for i in 0..8 {
            cookies.push(
                app.person(&format!("p{i}@rush.example"), &[Role::Member], &[])
                    .await
                    .1,
            );
        }
        let answers = futures::future::join_all(cookies.iter().map(|cookie| {
            let id = id.clone();
            let app = &app;
            async move {
                call(
                    app,
                    Some(cookie),
                    "/api/training/enrol",
                    &[("program_id", &id)],
                )
                .await
            }
        }))
        .await;
        let enrolled = answers
            .iter()
            .filter(|a| **a == (200, Value::from("enrolled")))
            .count();
        let waiting = answers
            .iter()
            .filter(|a| **a == (200, Value::from("waitlisted")))
            .count();
        assert_eq!((enrolled, waiting), (1, 7), "{backend:?}: {answers:?}");
        use app::training::entity::enrolment;
        use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
        let holding = enrolment::Entity::find()
            .filter(enrolment::Column::Status.eq("enrolled"))
            .count(&app.db)
            .await
            .unwrap();
        assert_eq!(holding, 1, "{backend:?}");
    }
}

#[tokio::test]
async fn a_program_lists_the_knowledge_products_linked_to_it() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::library::demo::seed(&app.db).await.unwrap();
        let (_, admin) = app
            .person("sec@waterlinks.example", &[Role::SecretariatAdmin], &[])
            .await;
        let program = program_with_sessions(&app, &admin, "5", "", &[-3]).await;
        let product = {
            use app::library::entity::product;
            use sea_orm::{EntityTrait, QueryOrder};
            product::Entity::find()
                .order_by_asc(product::Column::Id)
                .one(&app.db)
                .await
                .unwrap()
                .expect("a demo product")
        };
        let (status, body) = call(
            &app,
            Some(&admin),
            "/api/library/link",
            &[
                ("product_id", &product.id.to_string()),
                ("target", "program"),
                ("target_id", &program.to_string()),
            ],
        )
        .await;
        assert_eq!(status, 200, "{backend:?} {body}");
        let page = app
            .get(&format!("/training/{program}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains("Knowledge products"), "{backend:?}");
        assert!(
            page.contains(&format!("/library/{}", product.id)),
            "{backend:?}"
        );
        // And the product's page names the program.
        let product_page = app
            .get(&format!("/library/{}", product.id))
            .await
            .text()
            .await
            .unwrap();
        assert!(
            product_page.contains("DMA design for water districts"),
            "{backend:?}"
        );
    }
}

/// A Vietnamese reader gets the catalogue, a program's page and a refused form in Vietnamese
/// (the refusal still a 422 with its field), and an email goes out in the language its
/// recipient chose, whatever the language of the request that caused it.
#[tokio::test]
async fn pages_forms_and_emails_speak_the_readers_language() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (_, admin) = app
            .person("sec@waterlinks.example", &[Role::SecretariatAdmin], &[])
            .await;
        let (thai_id, thai) = app
            .person("somchai@pwa.example", &[Role::Member], &[])
            .await;
        {
            use app::accounts::entity::account;
            use sea_orm::{ActiveModelTrait, EntityTrait, Set};
            let mut row: account::ActiveModel = account::Entity::find_by_id(thai_id)
                .one(&app.db)
                .await
                .unwrap()
                .unwrap()
                .into();
            row.language = Set(Some(app::i18n::Lang::Th));
            row.update(&app.db).await.unwrap();
        }

        let catalogue = app.get_as("wl_lang=vi", "/training").await;
        assert_eq!(catalogue.status(), 200);
        let catalogue = catalogue.text().await.unwrap();
        assert!(catalogue.contains("Chương trình đào tạo"), "{backend:?}");
        assert!(catalogue.contains("Xem chương trình"), "{backend:?}");

        let vi_admin = format!("{admin}; wl_lang=vi");
        let (status, body) = call(
            &app,
            Some(&vi_admin),
            "/api/training/create",
            &program_form("Energy audits for pumps", "0", ""),
        )
        .await;
        assert_eq!(status, 422, "{backend:?} {body}");
        assert_eq!(
            field_message(&body, "capacity"),
            Some("Hãy nhập số chỗ, từ 1 đến 1000."),
            "{backend:?}"
        );
        assert_eq!(app.count("training_program").await, 0, "{backend:?}");

        let id = program_with_sessions(&app, &admin, "5", "", &[-30]).await;
        let page = app
            .get_as("wl_lang=vi", &format!("/training/{id}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains("Chỗ của bạn"), "{backend:?}");
        assert!(page.contains("Thêm vào lịch của tôi (.ics)"), "{backend:?}");
        assert!(page.contains("Hoàn thành khi tham dự tất cả các buổi học."));

        // The Thai member enrols from an English page: the email is in Thai.
        let (status, body) = call(
            &app,
            Some(&thai),
            "/api/training/enrol",
            &[("program_id", &id.to_string())],
        )
        .await;
        assert_eq!(status, 200, "{backend:?} {body}");
        let mail = app.latest_outbox_to("somchai@pwa.example").await;
        assert!(
            mail.contains("คุณได้ที่นั่งใน DMA design for water districts แล้ว"),
            "{backend:?}: {mail}"
        );
    }
}
