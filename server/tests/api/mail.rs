//! Mail that always arrives: every message goes through the outbox and a background worker to a
//! real SMTP server (python3-aiosmtpd) speaking plain SMTP, STARTTLS or TLS with a private CA's
//! certificate, with AUTH; a server that is down delays mail without delaying pages; two
//! workers on one database send each message once; and without a mail server, a message
//! holding a private link is read only by its recipient.

use crate::support::smtp::{Security, SinkOptions, SmtpSink};
use crate::support::{backends, Backend, TestApp};
use app::accounts::Role;
use app::mail::entity::{Column, Entity};
use app::mail::{DeliveryStatus, Letter};
use mail_parser::{MessageParser, MimeHeaders};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use std::time::Duration;

async fn spawn_for(
    backend: Backend,
    sink: &SmtpSink,
    credentials: Option<(&str, &str)>,
    max_attempts: u32,
) -> TestApp {
    let mut smtp = sink.settings(credentials);
    smtp.max_attempts = max_attempts;
    TestApp::spawn_with(backend, move |s| s.smtp = Some(smtp)).await
}

fn letter(to: &str, subject: &str) -> Letter {
    Letter::new(to, subject)
        .greeting("Ana")
        .paragraph("A message from the tests.")
        .action("The Forum", "https://hub.example/forum")
}

async fn status_of(app: &TestApp, subject: &str) -> app::mail::entity::Model {
    Entity::find()
        .filter(Column::Subject.eq(subject))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no message {subject:?}"))
}

/// Waits until the message `subject` reaches `status`.
async fn until_status(
    app: &TestApp,
    subject: &str,
    status: DeliveryStatus,
) -> app::mail::entity::Model {
    for _ in 0..200 {
        let m = status_of(app, subject).await;
        if m.status == status {
            return m;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "{subject:?} never became {status:?}: {:?}",
        status_of(app, subject).await
    );
}

#[tokio::test]
async fn plain_starttls_and_tls_deliver_and_the_certificate_is_always_verified() {
    for security in [Security::Plain, Security::StartTls, Security::Tls] {
        let dir = tempfile::tempdir().unwrap();
        let sink = SmtpSink::start_with(
            dir.path(),
            SinkOptions {
                security,
                login: None,
            },
        );
        let app = spawn_for(Backend::Sqlite, &sink, None, 8).await;
        let subject = format!("Over {security:?}");
        app::mail::enqueue(&app.db, &letter("ana@dcwd.example", &subject))
            .await
            .unwrap();
        let mail = sink.wait_for(&subject).await;
        assert!(
            mail.contains("To: ana@dcwd.example"),
            "{security:?}: {mail}"
        );
        let sent = until_status(&app, &subject, DeliveryStatus::Sent).await;
        assert!(sent.sent_at.is_some() && sent.attempts == 1, "{sent:?}");

        if security != Security::Plain {
            // A server that does not trust the private CA refuses the sink's certificate:
            // nothing is sent, and the outbox says why.
            let mut untrusting = sink.settings(None);
            untrusting.ca_file = None;
            untrusting.max_attempts = 1;
            let strict =
                TestApp::spawn_with(Backend::Sqlite, move |s| s.smtp = Some(untrusting)).await;
            let subject = format!("Untrusted {security:?}");
            app::mail::enqueue(&strict.db, &letter("ana@dcwd.example", &subject))
                .await
                .unwrap();
            let failed = until_status(&strict, &subject, DeliveryStatus::Failed).await;
            let reason = failed.last_error.unwrap_or_default().to_lowercase();
            assert!(
                reason.contains("certificate") || reason.contains("issuer"),
                "{security:?}: {reason}"
            );
            assert!(sink.messages().iter().all(|m| !m.contains(&subject)));
        }
    }
}

#[tokio::test]
async fn auth_with_the_right_password_delivers_and_a_wrong_one_fails_with_its_reason_until_resent()
{
    let dir = tempfile::tempdir().unwrap();
    let sink = SmtpSink::start_with(
        dir.path(),
        SinkOptions {
            security: Security::StartTls,
            login: Some(("hub".into(), "right horse battery".into())),
        },
    );
    let good = spawn_for(
        Backend::Sqlite,
        &sink,
        Some(("hub", "right horse battery")),
        8,
    )
    .await;
    app::mail::enqueue(
        &good.db,
        &letter("lan@hue.example", "With the right password"),
    )
    .await
    .unwrap();
    sink.wait_for("With the right password").await;

    let bad = spawn_for(Backend::Sqlite, &sink, Some(("hub", "wrong password")), 2).await;
    let subject = "With a wrong password";
    app::mail::enqueue(&bad.db, &letter("lan@hue.example", subject))
        .await
        .unwrap();
    let failed = until_status(&bad, subject, DeliveryStatus::Failed).await;
    assert_eq!(failed.attempts, 2, "retried, then given up");
    let reason = failed.last_error.clone().unwrap_or_default();
    assert!(
        reason.contains("535"),
        "the server's answer is kept: {reason}"
    );
    assert!(sink.messages().iter().all(|m| !m.contains(subject)));

    // Secretariat admins see it failed, and why, and send it again.
    let (_, admin) = bad
        .person(
            "admin@secretariat.example",
            &[Role::Member, Role::SecretariatAdmin],
            &[],
        )
        .await;
    let outbox: serde_json::Value = bad
        .post_as(Some(&admin), "/api/admin/outbox", &[])
        .await
        .json()
        .await
        .unwrap();
    let shown = &outbox.as_array().unwrap()[0];
    assert_eq!(shown["subject"], subject, "failed messages come first");
    assert_eq!(shown["status"], "failed");
    assert!(shown["last_error"].as_str().unwrap().contains("535"));
    let id = failed.id.to_string();
    let res = bad
        .post_as(Some(&admin), "/api/admin/outbox/resend", &[("id", &id)])
        .await;
    assert_eq!(res.status(), 200);
    let again = status_of(&bad, subject).await;
    assert_ne!(again.status, DeliveryStatus::Failed, "queued again");
    assert!(again.attempts <= 1, "attempts counted afresh: {again:?}");
    let res = bad
        .post_as(Some(&admin), "/api/admin/outbox/resend", &[("id", &id)])
        .await;
    assert_eq!(res.status(), 409, "only a failed message is sent again");
    let failed_again = until_status(&bad, subject, DeliveryStatus::Failed).await;
    assert_eq!(failed_again.attempts, 2);
}

/// An edition open now, without questions.
async fn open_edition(app: &TestApp) {
    use app::forum::entity::edition;
    let now = chrono::Utc::now();
    edition::ActiveModel {
        year: Set(2027),
        title: Set("WaterLinks Forum 2027".into()),
        venue: Set("Manila".into()),
        time_zone: Set("Asia/Manila".into()),
        starts_on: Set(chrono::NaiveDate::from_ymd_opt(2027, 3, 9).unwrap()),
        ends_on: Set(chrono::NaiveDate::from_ymd_opt(2027, 3, 11).unwrap()),
        capacity: Set(100),
        opens_at: Set(now - chrono::Duration::days(1)),
        closes_at: Set(now + chrono::Duration::days(30)),
        needs_approval: Set(false),
        is_demo: Set(false),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}

async fn register(
    app: &TestApp,
    cookie: Option<&str>,
    name: &str,
    email: &str,
) -> reqwest::Response {
    app.post_as(
        cookie,
        "/api/forum/register",
        &[
            ("name", name),
            ("email", email),
            ("organization", "Davao City Water District"),
            ("attendee_type", "utility"),
        ],
    )
    .await
}

#[tokio::test]
async fn the_forum_place_arrives_with_text_html_the_badge_qr_code_and_a_calendar_file() {
    let dir = tempfile::tempdir().unwrap();
    let sink = SmtpSink::start(dir.path());
    let app = spawn_for(Backend::Sqlite, &sink, None, 8).await;
    open_edition(&app).await;
    let (_, member) = app.person("ana@dcwd.example", &[Role::Member], &[]).await;
    let res = register(&app, Some(&member), "Ana Reyes", "ana@dcwd.example").await;
    assert_eq!(res.status(), 200);
    let badge: serde_json::Value = res.json().await.unwrap();
    let code = badge["badge_code"].as_str().unwrap().to_owned();

    sink.wait_for("You are registered").await;
    let raw = sink
        .raw_messages()
        .into_iter()
        .find(|m| m.contains("You are registered"))
        .unwrap();
    let message = MessageParser::default().parse(raw.as_bytes()).unwrap();
    let kinds: Vec<String> = message
        .parts
        .iter()
        .map(|p| {
            let t = p.content_type().unwrap();
            format!("{}/{}", t.ctype(), t.subtype().unwrap_or(""))
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "multipart/mixed",
            "multipart/related",
            "multipart/alternative",
            "text/plain",
            "text/html",
            "image/png",
            "text/calendar"
        ],
        "{raw}"
    );
    let badge_link = format!("{}/forum/badge/{code}", app.base_url);
    let text = message.body_text(0).unwrap();
    assert!(
        text.contains(&badge_link) && text.contains("WaterLinks Hub"),
        "{text}"
    );
    let html = message.body_html(0).unwrap();
    assert!(html.contains(&format!("href=\"{badge_link}\"")), "{html}");
    assert!(html.contains("src=\"cid:badge-qr\""), "{html}");
    let qr = message
        .parts
        .iter()
        .find(|p| p.content_id() == Some("badge-qr"))
        .expect("the QR code by its Content-ID");
    let picture = image::load_from_memory(qr.contents()).expect("a PNG");
    assert!(picture.width() >= 200);
    let ics = message
        .attachments()
        .find(|p| p.attachment_name() == Some("forum-2027.ics"))
        .expect("the calendar file");
    let ics = String::from_utf8_lossy(ics.contents());
    assert!(
        ics.contains("DTSTART;VALUE=DATE:20270309") && ics.contains("DTEND;VALUE=DATE:20270312"),
        "{ics}"
    );
}

/// The case: the mail server is down for 30 s while someone registers. The page
/// answers without it, and the confirmation arrives once the server is back.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_registration_answers_while_the_mail_server_is_down_and_its_confirmation_arrives_after() {
    let runs = backends().into_iter().map(|backend| async move {
        let dir = tempfile::tempdir().unwrap();
        let mut sink = SmtpSink::start(dir.path());
        let mut smtp = sink.settings(None);
        (smtp.retry_first_secs, smtp.retry_max_secs) = (2, 5);
        let app = TestApp::spawn_with(backend, move |s| s.smtp = Some(smtp)).await;
        open_edition(&app).await;
        sink.stop();

        let res = register(&app, None, "Lan Nguyen", "lan@hue.example").await;
        assert_eq!(
            res.status(),
            200,
            "{backend:?}: the page answers with the mail server down"
        );
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["status"], "unconfirmed");
        tokio::time::sleep(Duration::from_secs(3)).await;
        let waiting = status_of(&app, "Confirm your registration for WaterLinks Forum 2027").await;
        assert_eq!(
            waiting.status,
            DeliveryStatus::Queued,
            "{backend:?}: {waiting:?}"
        );
        assert!(
            waiting.attempts >= 1 && waiting.last_error.is_some(),
            "{backend:?}: tried and waits: {waiting:?}"
        );

        tokio::time::sleep(Duration::from_secs(27)).await;
        sink.resume();
        let mail = sink
            .wait_for_within("forum/confirm?token=", Duration::from_secs(30))
            .await;
        assert!(mail.contains("To: lan@hue.example"), "{backend:?}");
        let token: String = mail[mail.find("token=").unwrap() + 6..]
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .collect();
        let res = app
            .post_form("/api/forum/confirm", &[("token", &token)])
            .await;
        assert_eq!(res.status(), 200, "{backend:?}: the link works");
        let sent = until_status(
            &app,
            "Confirm your registration for WaterLinks Forum 2027",
            DeliveryStatus::Sent,
        )
        .await;
        assert_eq!(
            sink.messages()
                .iter()
                .filter(|m| m.contains("Confirm your registration"))
                .count(),
            1,
            "{backend:?}: once: {sent:?}"
        );
    });
    futures::future::join_all(runs).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_workers_deliver_500_queued_messages_exactly_once_each() {
    for backend in backends() {
        let dir = tempfile::tempdir().unwrap();
        let sink = SmtpSink::start(dir.path());
        // No mail server in the app itself: the two workers below are the only ones.
        let app = TestApp::spawn(backend).await;
        for n in 0..500 {
            app::mail::enqueue(
                &app.db,
                &letter(&format!("p{n}@x.example"), &format!("Message {n:03}")),
            )
            .await
            .unwrap();
        }
        let mut settings = app.settings.clone();
        settings.smtp = Some(sink.settings(None));
        let mailer = settings.mailer().unwrap();
        let policy = settings.smtp.as_ref().unwrap().retry_policy();
        let workers = (0..2).map(|_| {
            let (settings, mailer, policy) = (settings.clone(), mailer.clone(), policy.clone());
            tokio::spawn(async move {
                // Each worker has its own pool, as two server instances would.
                let db = server::db::connect_and_migrate(&settings).await.unwrap();
                let worker = app::mail::worker::Worker::new(db, &mailer, policy).unwrap();
                let mut taken = 0;
                let mut idle = 0;
                while idle < 3 {
                    match worker.deliver_due().await.unwrap() {
                        0 => {
                            idle += 1;
                            tokio::time::sleep(Duration::from_millis(200)).await;
                        }
                        n => {
                            taken += n;
                            idle = 0;
                        }
                    }
                }
                taken
            })
        });
        let taken: Vec<usize> = futures::future::join_all(workers)
            .await
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(taken.iter().sum::<usize>(), 500, "{backend:?}: {taken:?}");
        assert!(
            taken.iter().all(|t| *t > 0),
            "{backend:?}: both workers took some: {taken:?}"
        );
        let subjects: Vec<String> = sink
            .messages()
            .iter()
            .map(|m| {
                m.lines()
                    .find_map(|l| l.strip_prefix("Subject: "))
                    .unwrap()
                    .to_owned()
            })
            .collect();
        let distinct: std::collections::BTreeSet<&String> = subjects.iter().collect();
        assert_eq!(
            subjects.len(),
            500,
            "{backend:?}: each message arrived once"
        );
        assert_eq!(distinct.len(), 500, "{backend:?}");
        let sent = Entity::find()
            .filter(Column::Status.eq(DeliveryStatus::Sent))
            .all(&app.db)
            .await
            .unwrap();
        assert_eq!(sent.len(), 500, "{backend:?}");
        assert!(sent.iter().all(|m| m.attempts == 1), "{backend:?}");
    }
}

#[tokio::test]
async fn messages_kept_long_before_a_mail_server_was_configured_are_not_mailed() {
    let dir = tempfile::tempdir().unwrap();
    let sink = SmtpSink::start(dir.path());
    let app = TestApp::spawn(Backend::Sqlite).await;
    let id = app::mail::enqueue(&app.db, &letter("old@x.example", "Kept for months"))
        .await
        .unwrap();
    let long_ago = chrono::Utc::now() - chrono::Duration::days(90);
    app::mail::entity::ActiveModel {
        id: Set(id),
        queued_at: Set(Some(long_ago)),
        created_at: Set(long_ago),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .unwrap();
    app::mail::enqueue(&app.db, &letter("new@x.example", "Kept a minute"))
        .await
        .unwrap();
    let mut settings = app.settings.clone();
    settings.smtp = Some(sink.settings(None));
    let worker = app::mail::worker::Worker::new(
        app.db.clone(),
        &settings.mailer().unwrap(),
        settings.smtp.unwrap().retry_policy(),
    )
    .unwrap();
    assert_eq!(worker.deliver_due().await.unwrap(), 2);
    let old = status_of(&app, "Kept for months").await;
    assert_eq!(old.status, DeliveryStatus::Failed);
    assert!(old.last_error.unwrap().contains("waited more than"));
    sink.wait_for("Kept a minute").await;
    assert!(sink
        .messages()
        .iter()
        .all(|m| !m.contains("Kept for months")));
}

#[tokio::test]
async fn without_a_mail_server_private_links_are_read_only_by_their_recipient() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        open_edition(&app).await;
        let (_, ana) = app
            .person(
                "ana@secretariat.example",
                &[Role::Member, Role::SecretariatAdmin],
                &[],
            )
            .await;
        let (_, ben) = app
            .person(
                "ben@secretariat.example",
                &[Role::Member, Role::SecretariatAdmin],
                &[],
            )
            .await;
        let (_, guest) = app.person("guest@dcwd.example", &[Role::Member], &[]).await;
        let secret = Letter::new("ana@secretariat.example", "Reset your password")
            .greeting("Ana")
            .action(
                "Choose a new password",
                "https://hub.example/reset-password?token=s3cr3t",
            )
            .sensitive();
        app::mail::enqueue(&app.db, &secret).await.unwrap();
        app::mail::enqueue(
            &app.db,
            &letter("ana@secretariat.example", "Your place is confirmed"),
        )
        .await
        .unwrap();
        // A guest's Forum confirmation link is private too.
        assert_eq!(
            register(&app, None, "Guest", "guest@dcwd.example")
                .await
                .status(),
            200
        );

        let as_ben: serde_json::Value = app
            .post_as(Some(&ben), "/api/admin/outbox", &[])
            .await
            .json()
            .await
            .unwrap();
        let as_ben = serde_json::to_string(&as_ben).unwrap();
        assert!(
            !as_ben.contains("s3cr3t"),
            "{backend:?}: another admin never reads a reset link"
        );
        assert!(
            !as_ben.contains("forum/confirm?token="),
            "{backend:?}: nor a confirmation link"
        );
        assert!(
            as_ben.contains("only its recipient can read it"),
            "{backend:?}"
        );
        assert!(
            as_ben.contains("Your place is confirmed"),
            "{backend:?}: the demo still shows ordinary mail"
        );
        let as_ana: serde_json::Value = app
            .post_as(Some(&ana), "/api/admin/outbox", &[])
            .await
            .json()
            .await
            .unwrap();
        assert!(
            serde_json::to_string(&as_ana).unwrap().contains("s3cr3t"),
            "{backend:?}: its recipient reads it"
        );

        // The account page's inbox: one's own messages, no one else's.
        let inbox: serde_json::Value = app
            .post_as(Some(&guest), "/api/accounts/demo_inbox", &[])
            .await
            .json()
            .await
            .unwrap();
        let inbox = inbox.as_array().unwrap();
        assert_eq!(inbox.len(), 1, "{backend:?}: {inbox:?}");
        assert!(
            inbox[0]["body"]
                .as_str()
                .unwrap()
                .contains("forum/confirm?token="),
            "{backend:?}"
        );
        let ben_inbox: serde_json::Value = app
            .post_as(Some(&ben), "/api/accounts/demo_inbox", &[])
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(ben_inbox.as_array().unwrap().len(), 0, "{backend:?}");
        let res = app.post_as(None, "/api/accounts/demo_inbox", &[]).await;
        assert_eq!(res.status(), 401, "{backend:?}");
    }
    // With a mail server, the inbox is the person's real one.
    let dir = tempfile::tempdir().unwrap();
    let sink = SmtpSink::start(dir.path());
    let app = spawn_for(Backend::Sqlite, &sink, None, 8).await;
    let (_, someone) = app.person("someone@x.example", &[Role::Member], &[]).await;
    let inbox: serde_json::Value = app
        .post_as(Some(&someone), "/api/accounts/demo_inbox", &[])
        .await
        .json()
        .await
        .unwrap();
    assert!(inbox.is_null());
}
