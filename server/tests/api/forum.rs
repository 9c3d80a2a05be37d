//! The Annual Forum end to end over HTTP, on every backend: a guest registers and confirms by
//! the link that reaches a real SMTP server, the badge shows its QR code, check-in works once;
//! duplicates, missing answers, a full Forum (waitlist and promotion), approval, and the
//! secretariat's exports.

use crate::support;

use app::accounts::Role;
use sea_orm::{ActiveModelTrait, Set};
use server::config::SmtpSettings;
use support::smtp::SmtpSink;
use support::{backends, TestApp};

/// The 32 hex digits after `marker` in `text`.
pub(crate) fn hex_after(text: &str, marker: &str) -> String {
    let start = text
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} in {text}"))
        + marker.len();
    text[start..]
        .chars()
        .take_while(|c| c.is_ascii_hexdigit())
        .collect()
}

pub(crate) struct Form {
    pub(crate) dinner: i32,
    pub(crate) diet: i32,
    pub(crate) visit: i32,
}

/// An edition open for registration now, with a dinner question, a dietary question asked only
/// of dinner guests, and a required field-visit choice.
pub(crate) async fn edition(
    app: &TestApp,
    capacity: i32,
    needs_approval: bool,
    open: bool,
) -> Form {
    use app::forum::entity::{edition, question};
    let now = chrono::Utc::now();
    let e = edition::ActiveModel {
        year: Set(2027),
        title: Set("WaterLinks Forum 2027".into()),
        venue: Set("Manila".into()),
        time_zone: Set("Asia/Manila".into()),
        starts_on: Set(chrono::NaiveDate::from_ymd_opt(2027, 3, 9).unwrap()),
        ends_on: Set(chrono::NaiveDate::from_ymd_opt(2027, 3, 11).unwrap()),
        capacity: Set(capacity),
        opens_at: Set(now - chrono::Duration::days(10)),
        closes_at: Set(if open {
            now + chrono::Duration::days(30)
        } else {
            now - chrono::Duration::days(1)
        }),
        needs_approval: Set(needs_approval),
        is_demo: Set(false),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    let q = |position: i32, prompt: &str, kind: &str, choices: &str, shown_if: Option<i32>| {
        question::ActiveModel {
            edition_id: Set(e.id),
            position: Set(position),
            prompt: Set(prompt.into()),
            kind: Set(app::forum::rules::QuestionKind::from_code(kind).expect("a question kind")),
            choices: Set(choices.into()),
            required: Set(true),
            shown_if_question: Set(shown_if),
            shown_if_answer: Set(if shown_if.is_some() {
                "yes".into()
            } else {
                String::new()
            }),
            ..Default::default()
        }
    };
    let dinner = q(1, "Attending the dinner?", "yes_no", "", None)
        .insert(&app.db)
        .await
        .unwrap()
        .id;
    let diet = q(2, "Dietary needs?", "text", "", Some(dinner))
        .insert(&app.db)
        .await
        .unwrap()
        .id;
    let visit = q(
        3,
        "Field visit",
        "choice",
        "Treatment plant\nNo field visit",
        None,
    )
    .insert(&app.db)
    .await
    .unwrap()
    .id;
    Form {
        dinner,
        diet,
        visit,
    }
}

/// Registers `email` (as the holder of `cookie`, or as a guest) with valid answers.
pub(crate) async fn register(
    app: &TestApp,
    form: &Form,
    cookie: Option<&str>,
    name: &str,
    email: &str,
) -> reqwest::Response {
    let (dinner, diet, visit) = (
        format!("answers[q{}]", form.dinner),
        format!("answers[q{}]", form.diet),
        format!("answers[q{}]", form.visit),
    );
    app.post_as(
        cookie,
        "/api/forum/register",
        &[
            ("name", name),
            ("email", email),
            ("organization", "Davao City Water District"),
            ("attendee_type", "utility"),
            (dinner.as_str(), "yes"),
            (diet.as_str(), "vegetarian"),
            (visit.as_str(), "No field visit"),
        ],
    )
    .await
}

async fn json(res: reqwest::Response) -> serde_json::Value {
    res.json().await.expect("JSON")
}

pub(crate) async fn status_of(app: &TestApp, email: &str) -> String {
    use app::forum::entity::registration;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    registration::Entity::find()
        .filter(registration::Column::Email.eq(email))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no registration for {email}"))
        .status
        .as_code()
        .to_owned()
}

async fn code_of(app: &TestApp, email: &str) -> String {
    use app::forum::entity::registration;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    registration::Entity::find()
        .filter(registration::Column::Email.eq(email))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .badge_code
}

async fn spawn_with_sink(backend: support::Backend, sink: &SmtpSink) -> TestApp {
    let port = sink.port;
    TestApp::spawn_with(backend, |s| {
        s.smtp = Some(SmtpSettings {
            host: "127.0.0.1".into(),
            port,
            username: None,
            password: None,
            from: "WaterLinks Hub <no-reply@waterlinks.example>".into(),
            tls: "none".into(),
            ..SmtpSettings::default()
        });
    })
    .await
}

#[tokio::test]
async fn a_guest_confirms_by_email_opens_the_badge_and_is_checked_in_once() {
    for backend in backends() {
        let dir = tempfile::tempdir().unwrap();
        let sink = SmtpSink::start(dir.path());
        let app = spawn_with_sink(backend, &sink).await;
        let form = edition(&app, 100, false, true).await;
        let (_, admin) = app
            .person(
                "desk@secretariat.example",
                &[Role::Member, Role::SecretariatAdmin],
                &[],
            )
            .await;
        let (_, member) = app
            .person("member@test.example", &[Role::Member], &[])
            .await;

        let res = register(&app, &form, None, "Ana Reyes", "Ana.Reyes@dcwd.example").await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let body = json(res).await;
        assert_eq!(body["status"], "unconfirmed", "{backend:?}");
        assert!(body["badge_code"].is_null(), "no badge before confirming");
        let code = code_of(&app, "ana.reyes@dcwd.example").await;
        assert!(
            app.get(&format!("/forum/badge/{code}"))
                .await
                .text()
                .await
                .unwrap()
                .contains("No badge"),
            "{backend:?}: an unconfirmed registration shows no badge"
        );

        let mail = sink.wait_for("forum/confirm?token=").await;
        assert!(mail.contains("ana.reyes@dcwd.example"));
        let token = hex_after(&mail, "forum/confirm?token=");
        assert_eq!(token.len(), 32);
        let res = app
            .post_form("/api/forum/confirm", &[("token", &token)])
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let body = json(res).await;
        assert_eq!(body["status"], "registered");
        assert_eq!(body["badge_code"], code.as_str());
        let again = app
            .post_form("/api/forum/confirm", &[("token", &token)])
            .await;
        assert_eq!(again.status(), 400, "{backend:?}: the link works once");

        let mail = sink.wait_for("You are registered").await;
        assert!(
            mail.contains(&format!("/forum/badge/{code}")),
            "{backend:?}: badge link mailed"
        );

        let page = app.get(&format!("/forum/badge/{code}")).await;
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        assert!(html.contains("Ana Reyes") && html.contains("Davao City Water District"));
        assert!(
            html.contains("<svg") && html.contains("badge__qr"),
            "{backend:?}: the QR code"
        );
        assert!(!html.contains("style=\""), "the CSP forbids inline styles");

        // Only the secretariat staffs the desk.
        let res = app
            .post_as(Some(&member), "/api/forum/check_in", &[("code", &code)])
            .await;
        assert_eq!(res.status(), 403);
        let res = app
            .post_as(Some(&admin), "/api/forum/check_in", &[("code", &code)])
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert_eq!(json(res).await["name"], "Ana Reyes");
        let res = app
            .post_as(Some(&admin), "/api/forum/check_in", &[("code", &code)])
            .await;
        assert_eq!(res.status(), 409, "{backend:?}");
        let text = res.text().await.unwrap();
        assert!(text.contains("Already checked in at"), "{text}");
        assert!(text.contains("Asia/Manila"), "{text}");

        for forged in ["0123456789abcdef0123456789abcdef", "not a code"] {
            let res = app
                .post_as(Some(&admin), "/api/forum/check_in", &[("code", forged)])
                .await;
            assert_eq!(res.status(), 422, "{backend:?}");
            assert!(res
                .text()
                .await
                .unwrap()
                .contains("No registration with this code"));
        }
        let count = json(app.post_as(Some(&admin), "/api/forum/count", &[]).await).await;
        assert_eq!(count["checked_in"], 1);
        assert_eq!(count["registered"], 1);
    }
}

#[tokio::test]
async fn registering_twice_is_a_conflict_with_a_resend_that_replaces_the_link() {
    for backend in backends() {
        let dir = tempfile::tempdir().unwrap();
        let sink = SmtpSink::start(dir.path());
        let app = spawn_with_sink(backend, &sink).await;
        let form = edition(&app, 100, false, true).await;
        let email = "lan@hue.example";
        assert_eq!(
            register(&app, &form, None, "Lan", email).await.status(),
            200
        );
        let first = hex_after(&sink.wait_for("forum/confirm?token=").await, "token=");

        let res = register(&app, &form, None, "Lan again", "LAN@hue.example").await;
        assert_eq!(res.status(), 409, "{backend:?}");
        assert!(res.text().await.unwrap().contains("resend"));
        assert_eq!(app.count("forum_registration").await, 1);

        let res = app
            .post_form("/api/forum/resend", &[("email", email)])
            .await;
        assert_eq!(res.status(), 200);
        let second = loop {
            let tokens: Vec<String> = sink
                .messages()
                .iter()
                .map(|m| hex_after(m, "token="))
                .filter(|t| *t != first)
                .collect();
            if let Some(t) = tokens.into_iter().next() {
                break t;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        };
        let old = app
            .post_form("/api/forum/confirm", &[("token", &first)])
            .await;
        assert_eq!(
            old.status(),
            400,
            "{backend:?}: the replaced link no longer works"
        );
        let new = app
            .post_form("/api/forum/confirm", &[("token", &second)])
            .await;
        assert_eq!(new.status(), 200, "{backend:?}");
        assert_eq!(status_of(&app, email).await, "registered");
        // Unknown emails get the same answer, and nothing is sent.
        let res = app
            .post_form("/api/forum/resend", &[("email", "nobody@x.example")])
            .await;
        assert_eq!(res.status(), 200);
    }
}

#[tokio::test]
async fn required_and_conditional_answers_are_enforced_and_nothing_half_saved() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let form = edition(&app, 100, false, true).await;
        let (dinner, diet, visit) = (
            format!("answers[q{}]", form.dinner),
            format!("answers[q{}]", form.diet),
            format!("answers[q{}]", form.visit),
        );
        let base = [
            ("name", "Budi"),
            ("email", "budi@pdam.example"),
            ("organization", "PDAM Surabaya"),
            ("attendee_type", "utility"),
        ];
        let try_with = |extra: Vec<(&'static str, &'static str)>| {
            let mut all: Vec<(String, String)> = base
                .iter()
                .map(|(k, v)| ((*k).into(), (*v).into()))
                .collect();
            for (k, v) in extra {
                let key = match k {
                    "dinner" => dinner.clone(),
                    "diet" => diet.clone(),
                    _ => visit.clone(),
                };
                all.push((key, v.into()));
            }
            all
        };
        let send = |pairs: Vec<(String, String)>| {
            let app = &app;
            async move {
                let pairs: Vec<(&str, &str)> = pairs
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                app.post_form("/api/forum/register", &pairs).await
            }
        };
        let field = |f: i32| format!("\"q{f}\"");

        // Nothing answered: the required ones are asked for, the conditional one is not.
        let res = send(try_with(vec![])).await;
        assert_eq!(res.status(), 422, "{backend:?}");
        let text = res.text().await.unwrap();
        assert!(text.contains(&field(form.dinner)) && text.contains(&field(form.visit)));
        assert!(!text.contains(&field(form.diet)), "{text}");

        // Dinner yes: the dietary question becomes required.
        let res = send(try_with(vec![
            ("dinner", "yes"),
            ("visit", "No field visit"),
        ]))
        .await;
        assert_eq!(res.status(), 422);
        let text = res.text().await.unwrap();
        assert!(text.contains(&field(form.diet)), "{text}");
        assert!(!text.contains(&field(form.dinner)));

        // A choice that is not offered.
        let res = send(try_with(vec![("dinner", "no"), ("visit", "The beach")])).await;
        assert_eq!(res.status(), 422);
        assert!(res.text().await.unwrap().contains("Treatment plant"));

        // Bad personal details are refused next to their fields.
        let res = app
            .post_form(
                "/api/forum/register",
                &[
                    ("name", ""),
                    ("email", "nope"),
                    ("organization", ""),
                    ("attendee_type", "x"),
                ],
            )
            .await;
        assert_eq!(res.status(), 422);
        let text = res.text().await.unwrap();
        for f in [
            "\"name\"",
            "\"email\"",
            "\"organization\"",
            "\"attendee_type\"",
        ] {
            assert!(text.contains(f), "{f} in {text}");
        }
        assert_eq!(
            app.count("forum_registration").await,
            0,
            "{backend:?}: nothing stored"
        );

        // Dinner no: the dietary question is not asked, and a stray answer is not kept.
        let res = send(try_with(vec![
            ("dinner", "no"),
            ("diet", "vegan"),
            ("visit", "no field visit"),
        ]))
        .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let rows = app::forum::registrants::registrants(&app.db, app::i18n::Lang::En, None, None)
            .await
            .unwrap();
        assert_eq!(
            rows[0].answers,
            vec![
                "Attending the dinner?: no".to_owned(),
                "Field visit: No field visit".to_owned()
            ]
        );
    }
}

#[tokio::test]
async fn a_closed_registration_says_so() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let form = edition(&app, 100, false, false).await;
        let res = register(&app, &form, None, "Late", "late@x.example").await;
        assert_eq!(res.status(), 409, "{backend:?}");
        assert!(res.text().await.unwrap().contains("closed on"));
        assert_eq!(app.count("forum_registration").await, 0);
    }
}

#[tokio::test]
async fn a_full_forum_waitlists_and_promotes_on_cancel_and_on_reject() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let form = edition(&app, 1, false, true).await;
        let (_, admin) = app
            .person(
                "desk@secretariat.example",
                &[Role::Member, Role::SecretariatAdmin],
                &[],
            )
            .await;
        let mut people = Vec::new();
        for who in ["a@x.example", "b@x.example", "c@x.example"] {
            let (_, cookie) = app.person(who, &[Role::Member], &[]).await;
            // Members registering with their own email are confirmed at once.
            let res = register(&app, &form, Some(&cookie), who, who).await;
            assert_eq!(res.status(), 200, "{backend:?}");
            people.push(json(res).await["status"].as_str().unwrap().to_owned());
        }
        assert_eq!(
            people,
            ["registered", "waitlisted", "waitlisted"],
            "{backend:?}"
        );

        // A cancels with the personal code from the registration email: B, first in line,
        // gets the place. The badge's code does not cancel.
        let a = code_of(&app, "a@x.example").await;
        let res = app.post_form("/api/forum/cancel", &[("code", &a)]).await;
        assert_eq!(res.status(), 422, "{backend:?}: the badge code cancels");
        assert_eq!(status_of(&app, "a@x.example").await, "registered");
        let mail = app.latest_outbox_to("a@x.example").await;
        let personal = support::word_after(&mail, "/forum/cancel/");
        let res = app
            .post_form("/api/forum/cancel", &[("code", &personal)])
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert_eq!(status_of(&app, "a@x.example").await, "cancelled");
        assert_eq!(status_of(&app, "b@x.example").await, "registered");
        assert_eq!(status_of(&app, "c@x.example").await, "waitlisted");

        // B is checked in, then the secretariat rejects B: C gets the place, and B's badge no
        // longer admits nor counts as checked in.
        let b_code = code_of(&app, "b@x.example").await;
        let res = app
            .post_as(Some(&admin), "/api/forum/check_in", &[("code", &b_code)])
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let count = json(app.post_as(Some(&admin), "/api/forum/count", &[]).await).await;
        assert_eq!(count["checked_in"], 1);
        let b = app::forum::badges::by_code(&app.db, &b_code)
            .await
            .unwrap()
            .unwrap();
        let res = app
            .post_as(
                Some(&admin),
                "/api/forum/decide",
                &[("id", &b.id.to_string()), ("decision", "reject")],
            )
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert_eq!(status_of(&app, "b@x.example").await, "rejected");
        assert_eq!(status_of(&app, "c@x.example").await, "registered");
        // A cancelled registration cannot be checked in.
        let res = app
            .post_as(Some(&admin), "/api/forum/check_in", &[("code", &a)])
            .await;
        assert_eq!(res.status(), 409);
        assert!(res.text().await.unwrap().contains("cancelled"));
        let res = app
            .post_as(Some(&admin), "/api/forum/check_in", &[("code", &b_code)])
            .await;
        assert_eq!(res.status(), 409, "{backend:?}: a declined badge says so");
        assert!(res.text().await.unwrap().contains("rejected"));
        let count = json(app.post_as(Some(&admin), "/api/forum/count", &[]).await).await;
        assert_eq!(count["checked_in"], 0, "{backend:?}");
    }
}

#[tokio::test]
async fn with_approval_a_registration_waits_for_the_secretariat() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let form = edition(&app, 10, true, true).await;
        let (_, admin) = app
            .person(
                "desk@secretariat.example",
                &[Role::Member, Role::SecretariatAdmin],
                &[],
            )
            .await;
        let (_, cookie) = app.person("dev@adb.example", &[Role::Member], &[]).await;
        let res = register(&app, &form, Some(&cookie), "Dev", "dev@adb.example").await;
        assert_eq!(json(res).await["status"], "pending", "{backend:?}");
        let code = code_of(&app, "dev@adb.example").await;
        let res = app
            .post_as(Some(&admin), "/api/forum/check_in", &[("code", &code)])
            .await;
        assert_eq!(res.status(), 409, "{backend:?}: not approved yet");
        assert!(res.text().await.unwrap().contains("awaiting approval"));

        let id = app::forum::badges::by_code(&app.db, &code)
            .await
            .unwrap()
            .unwrap()
            .id;
        let id = id.to_string();
        let res = app
            .post_as(
                Some(&cookie),
                "/api/forum/decide",
                &[("id", &id), ("decision", "approve")],
            )
            .await;
        assert_eq!(res.status(), 403);
        let res = app
            .post_as(
                Some(&admin),
                "/api/forum/decide",
                &[("id", &id), ("decision", "approve")],
            )
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert_eq!(status_of(&app, "dev@adb.example").await, "registered");
        let again = app
            .post_as(
                Some(&admin),
                "/api/forum/decide",
                &[("id", &id), ("decision", "approve")],
            )
            .await;
        assert_eq!(again.status(), 409);
        let res = app
            .post_as(Some(&admin), "/api/forum/check_in", &[("code", &code)])
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
    }
}

#[tokio::test]
async fn exports_list_registrants_for_the_secretariat_only() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let form = edition(&app, 10, false, true).await;
        let (_, admin) = app
            .person(
                "desk@secretariat.example",
                &[Role::Member, Role::SecretariatAdmin],
                &[],
            )
            .await;
        let (_, member) = app.person("m@x.example", &[Role::Member], &[]).await;
        assert_eq!(
            register(&app, &form, None, "=Mallory", "mal@x.example")
                .await
                .status(),
            200
        );
        assert_eq!(
            register(&app, &form, None, "Siti Rahma", "siti@x.example")
                .await
                .status(),
            200
        );

        let csv = app.get_as(&admin, "/forum/registrants.csv").await;
        assert_eq!(csv.status(), 200, "{backend:?}");
        let text = csv.text().await.unwrap();
        assert!(text.starts_with("Name,Email,Organization"));
        assert!(text.contains("Siti Rahma") && text.contains("siti@x.example"));
        assert!(text.contains("'=Mallory"), "formulas are defused: {text}");
        let filtered = app
            .get_as(&admin, "/forum/registrants.csv?status=registered")
            .await
            .text()
            .await
            .unwrap();
        assert!(
            !filtered.contains("Siti Rahma"),
            "unconfirmed ones are filtered out"
        );

        let xlsx = app.get_as(&admin, "/forum/registrants.xlsx").await;
        assert_eq!(xlsx.status(), 200, "{backend:?}");
        assert!(xlsx.headers()["content-type"]
            .to_str()
            .unwrap()
            .contains("spreadsheetml"));
        let bytes = xlsx.bytes().await.unwrap();
        assert!(bytes.starts_with(b"PK"), "an XLSX file is a zip");
        assert!(bytes.len() > 2_000);

        for path in ["/forum/registrants.csv", "/forum/registrants.xlsx"] {
            assert_eq!(app.get_as(&member, path).await.status(), 403, "{path}");
            assert_eq!(app.get(path).await.status(), 401, "{path}");
        }
        let res = app
            .post_as(
                Some(&admin),
                "/api/forum/registrants",
                &[("status", ""), ("attendee_type", "utility")],
            )
            .await;
        assert_eq!(json(res).await.as_array().unwrap().len(), 2);
    }
}

#[tokio::test]
async fn signed_in_attendees_star_sessions_into_their_agenda() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::forum::demo::seed(&app.db).await.unwrap();
        let (_, member) = app.person("m@x.example", &[Role::Member], &[]).await;
        let view = json(app.post_as(Some(&member), "/api/forum/edition", &[]).await).await;
        let agenda = view["agenda"].as_array().unwrap();
        assert_eq!(agenda.len(), 6, "{backend:?}");
        assert_eq!(view["questions"].as_array().unwrap().len(), 5);
        let id = agenda[1]["id"].to_string();
        let res = app
            .post_as(
                Some(&member),
                "/api/forum/star",
                &[("session_id", &id), ("starred", "true")],
            )
            .await;
        assert_eq!(res.status(), 200);
        let view = json(app.post_as(Some(&member), "/api/forum/edition", &[]).await).await;
        let starred: Vec<_> = view["agenda"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["starred"] == true)
            .collect();
        assert_eq!(starred.len(), 1);
        assert_eq!(starred[0]["id"].to_string(), id);
    }
}

#[tokio::test]
async fn the_secretariat_sets_up_an_edition_and_its_agenda_and_new_places_go_to_the_waitlist() {
    use chrono::Datelike;
    let today = chrono::Utc::now().date_naive();
    let starts = today + chrono::Duration::days(60);
    let day = |d: chrono::NaiveDate| d.to_string();
    let settings = |capacity: &str, ends: chrono::NaiveDate| {
        vec![
            ("year".to_owned(), starts.year().to_string()),
            ("title".to_owned(), "WaterLinks Forum, Da Nang".to_owned()),
            (
                "venue".to_owned(),
                "Ariyana Convention Centre, Da Nang".to_owned(),
            ),
            ("time_zone".to_owned(), "Asia/Ho_Chi_Minh".to_owned()),
            ("starts_on".to_owned(), day(starts)),
            ("ends_on".to_owned(), day(ends)),
            ("capacity".to_owned(), capacity.to_owned()),
            (
                "opens_on".to_owned(),
                day(today - chrono::Duration::days(1)),
            ),
            (
                "closes_on".to_owned(),
                day(today + chrono::Duration::days(30)),
            ),
        ]
    };
    let ends = starts + chrono::Duration::days(2);
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (_, admin) = app
            .person(
                "desk@secretariat.example",
                &[Role::Member, Role::SecretariatAdmin],
                &[],
            )
            .await;
        let save = |pairs: Vec<(String, String)>| {
            let (app, admin) = (&app, &admin);
            async move {
                let pairs: Vec<(&str, &str)> = pairs
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                app.post_as(Some(admin), "/api/forum/save_edition", &pairs)
                    .await
            }
        };

        // No edition yet: the form is empty. A bad form names each problem; nothing is stored.
        let res = app
            .post_as(Some(&admin), "/api/forum/edition_settings", &[])
            .await;
        assert_eq!(json(res).await["year"], "", "{backend:?}");
        let res = save(settings("0", starts - chrono::Duration::days(1))).await;
        assert_eq!(res.status(), 422, "{backend:?}");
        let text = res.text().await.unwrap();
        assert!(
            text.contains("\"capacity\"") && text.contains("\"ends_on\""),
            "{text}"
        );
        assert_eq!(app.count("forum_edition").await, 0, "{backend:?}");

        // A valid one is the edition the public registers for.
        let res = save(settings("1", ends)).await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let public = json(app.post_form("/api/forum/edition", &[]).await).await;
        assert_eq!(public["title"], "WaterLinks Forum, Da Nang", "{backend:?}");
        assert_eq!(public["window"], "Open", "{backend:?}");
        let prefilled = json(
            app.post_as(Some(&admin), "/api/forum/edition_settings", &[])
                .await,
        )
        .await;
        assert_eq!(
            prefilled["closes_on"],
            day(today + chrono::Duration::days(30))
        );

        // One place: the second member waits; two places promote them; back to one is refused.
        for who in ["lan@dawaco.example", "minh@sawaco.example"] {
            let (_, cookie) = app.person(who, &[Role::Member], &[]).await;
            let res = app
                .post_as(
                    Some(&cookie),
                    "/api/forum/register",
                    &[
                        ("name", who),
                        ("email", who),
                        ("organization", "Da Nang Water Supply"),
                        ("attendee_type", "utility"),
                    ],
                )
                .await;
            assert_eq!(res.status(), 200, "{backend:?}");
        }
        assert_eq!(status_of(&app, "minh@sawaco.example").await, "waitlisted");
        assert_eq!(save(settings("2", ends)).await.status(), 200);
        assert_eq!(
            status_of(&app, "minh@sawaco.example").await,
            "registered",
            "{backend:?}"
        );
        let res = save(settings("1", ends)).await;
        assert_eq!(res.status(), 422, "{backend:?}");
        assert!(res
            .text()
            .await
            .unwrap()
            .contains("2 people are already registered"));
        assert_eq!(app.count("forum_edition").await, 1, "{backend:?}");

        // The agenda: a day outside the Forum is refused at its field; a good session shows.
        let session = |date: String| {
            vec![
                (
                    "session_title".to_owned(),
                    "Smart meters for NRW".to_owned(),
                ),
                ("date".to_owned(), date),
                ("starts".to_owned(), "09:00".to_owned()),
                ("ends".to_owned(), "10:30".to_owned()),
                ("room".to_owned(), "Hall B".to_owned()),
                ("speakers".to_owned(), "Nguyen Thi Lan".to_owned()),
            ]
        };
        let add = |pairs: Vec<(String, String)>| {
            let (app, admin) = (&app, &admin);
            async move {
                let pairs: Vec<(&str, &str)> = pairs
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                app.post_as(Some(admin), "/api/forum/add_session", &pairs)
                    .await
            }
        };
        let res = add(session(day(ends + chrono::Duration::days(1)))).await;
        assert_eq!(res.status(), 422, "{backend:?}");
        assert!(res.text().await.unwrap().contains("\"date\""));
        assert_eq!(add(session(day(starts))).await.status(), 200, "{backend:?}");
        let public = json(app.post_form("/api/forum/edition", &[]).await).await;
        let agenda = public["agenda"].as_array().expect("agenda");
        assert_eq!(agenda.len(), 1, "{backend:?}");
        assert_eq!(agenda[0]["title"], "Smart meters for NRW");
    }
}

#[tokio::test]
async fn registrations_are_limited_per_address_and_per_email() {
    use app::limits::Rate;
    for backend in backends() {
        let app = TestApp::spawn_with(backend, |s| {
            s.limits.forum_registrations_per_address = vec![Rate::new(3, 600.0)];
            s.limits.forum_registrations_per_email = vec![Rate::new(2, 3600.0)];
        })
        .await;
        let form = edition(&app, 100, false, true).await;
        // One email: registered, then told it is already registered, then refused.
        let email = "lan@hue.example";
        assert_eq!(
            register(&app, &form, None, "Lan", email).await.status(),
            200
        );
        assert_eq!(
            register(&app, &form, None, "Lan", email).await.status(),
            409
        );
        let res = register(&app, &form, None, "Lan", "LAN@hue.example").await;
        assert_eq!(res.status(), 429, "{backend:?}");
        assert!(res.text().await.unwrap().contains("Too many registrations"));
        // One address: the third attempt used its share of three; the next email is refused.
        let res = register(&app, &form, None, "Minh", "minh@sawaco.example").await;
        assert_eq!(res.status(), 429, "{backend:?}");
        assert!(res.text().await.unwrap().contains("Too many registrations"));
        assert_eq!(app.count("forum_registration").await, 1);
    }
}

#[tokio::test]
async fn confirmation_resends_are_limited_per_email_and_per_address() {
    use app::limits::Rate;
    for backend in backends() {
        let app = TestApp::spawn_with(backend, |s| {
            s.limits.confirmation_resends_per_address = vec![Rate::new(4, 3600.0)];
        })
        .await;
        let form = edition(&app, 100, false, true).await;
        let email = "sok@ppwsa.example";
        assert_eq!(
            register(&app, &form, None, "Sok", email).await.status(),
            200
        );
        async fn resend(app: &TestApp, email: &str) -> reqwest::Response {
            app.post_form("/api/forum/resend", &[("email", email)])
                .await
        }
        // Three links an hour for one email (the default)...
        for _ in 0..3 {
            assert_eq!(resend(&app, email).await.status(), 200, "{backend:?}");
        }
        let res = resend(&app, "SOK@ppwsa.example").await;
        assert_eq!(res.status(), 429, "{backend:?}");
        assert!(res.text().await.unwrap().contains("already sent"));
        // ...and four tries an hour from one address, whatever the email.
        assert_eq!(
            resend(&app, "nobody@x.example").await.status(),
            429,
            "{backend:?}"
        );
    }
}

/// A plain form post, as a phone sends it from a page without the WASM: it accepts HTML and
/// names the page it came from.
async fn plain_post(
    app: &TestApp,
    path: &str,
    from: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    app.client
        .post(app.url(path))
        .header("origin", app.url(""))
        .header("accept", "text/html,application/xhtml+xml")
        .header("referer", app.url(from))
        .form(form)
        .send()
        .await
        .expect("POST")
}

/// The `name=value` of the cookie `name` that `res` sets.
fn cookie_set(res: &reqwest::Response, name: &str) -> Option<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(|v| v.split(';').next().unwrap_or_default().to_owned())
}

#[tokio::test]
async fn the_forum_page_works_without_the_wasm_refusals_keep_what_was_typed() {
    for backend in backends() {
        let dir = tempfile::tempdir().unwrap();
        let sink = SmtpSink::start(dir.path());
        let app = spawn_with_sink(backend, &sink).await;
        let form = edition(&app, 100, false, true).await;

        // The page goes out without the app's WASM, with the small script that enhances it.
        let page = app.get("/forum").await.text().await.unwrap();
        assert!(
            !page.contains("modulepreload") && !page.contains(".wasm"),
            "{page}"
        );
        assert!(page.contains("/js/venue.js") && page.contains("/manifest.webmanifest"));

        // Refused (the dinner guest gave no dietary needs): back to the page, the message next
        // to the question and what was typed carried in the flash cookie.
        let (dinner, visit) = (
            format!("answers[q{}]", form.dinner),
            format!("answers[q{}]", form.visit),
        );
        let mut fields = vec![
            ("name", "Nguyễn Thị Minh Khai"),
            ("email", "khai@hawaco.example"),
            ("organization", "Hanoi Water Limited Company"),
            ("attendee_type", "utility"),
            (dinner.as_str(), "yes"),
            (visit.as_str(), "No field visit"),
        ];
        let refused = plain_post(&app, "/api/forum/register", "/forum", &fields).await;
        assert!(refused.status().is_redirection(), "{}", refused.status());
        let back = refused.headers()["location"].to_str().unwrap().to_owned();
        assert!(
            back.starts_with(&app.url("/forum?")) && back.contains("__err="),
            "{back}"
        );
        let flash = cookie_set(&refused, "wl_flash").expect("the typed fields travel in the flash");
        let path = back.trim_start_matches(&app.url(""));
        let shown = app.get_as(&flash, path).await;
        // The flash is used once: the page removes it.
        assert!(shown
            .headers()
            .get_all("set-cookie")
            .iter()
            .any(|v| v.to_str().unwrap().starts_with("wl_flash=;")));
        let shown = shown.text().await.unwrap();
        assert!(shown.contains("class=\"field__error\""), "{shown}");
        assert!(shown.contains("id=\"form-echo\"") && shown.contains("Nguyễn Thị Minh Khai"));

        // Accepted: back to the page, which shows the answer from the flash.
        let diet = format!("answers[q{}]", form.diet);
        fields.push((diet.as_str(), "vegetarian"));
        let accepted = plain_post(&app, "/api/forum/register", "/forum", &fields).await;
        assert!(accepted.status().is_redirection());
        let back = accepted.headers()["location"].to_str().unwrap().to_owned();
        assert!(!back.contains("__err"), "{back}");
        let flash = cookie_set(&accepted, "wl_flash").expect("the answer travels in the flash");
        let shown = app.get_as(&flash, "/forum").await.text().await.unwrap();
        assert!(shown.contains("id=\"forum-registered\""), "{shown}");
        assert!(shown.contains("emailed a confirmation link"));
        // Without the cookie (another visit) the page is the form again.
        let again = app.get("/forum").await.text().await.unwrap();
        assert!(!again.contains("id=\"forum-registered\""));
    }
}
