//! Password reset by an emailed link: through a real SMTP server (PyPI's aiosmtpd as a sink),
//! and through the in-app outbox when no server is configured.

use crate::support;

use server::config::SmtpSettings;
use support::smtp::SmtpSink;
use support::{backends, Backend, TestApp};

const PASSWORD: &str = "the first long passphrase";
const NEW_PASSWORD: &str = "a brand new long passphrase";

/// The reset link's token in a message body (quoted-printable soft line breaks undone).
fn token_in(message: &str) -> String {
    let unfolded = message
        .replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=3D", "=");
    let start = unfolded
        .find("reset-password?token=")
        .expect("a reset link")
        + "reset-password?token=".len();
    unfolded[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

async fn sign_up(app: &TestApp, email: &str) -> String {
    let res = app
        .post_form(
            "/api/accounts/sign_up",
            &[
                ("name", "Maria Santos"),
                ("email", email),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status(), 200);
    let cookie = res.headers()["set-cookie"].to_str().unwrap();
    cookie.split(';').next().unwrap().to_owned()
}

async fn signed_in(app: &TestApp, cookie: &str) -> bool {
    let me: serde_json::Value = app
        .post_as(Some(cookie), "/api/accounts/me", &[])
        .await
        .json()
        .await
        .unwrap();
    !me.is_null()
}

#[tokio::test]
async fn a_reset_link_arrives_by_smtp_and_works_once() {
    let dir = tempfile::tempdir().unwrap();
    let sink = SmtpSink::start(dir.path());
    let port = sink.port;
    let app = TestApp::spawn_with(Backend::Sqlite, |s| {
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
    .await;
    let old_session = sign_up(&app, "maria@mwss.example").await;

    let res = app
        .post_form(
            "/api/accounts/request_reset",
            &[("email", "Maria@MWSS.example")],
        )
        .await;
    assert_eq!(res.status(), 200);
    let messages = sink.messages();
    assert_eq!(messages.len(), 1, "one message reached the SMTP server");
    let message = &messages[0];
    assert!(message.contains("To: maria@mwss.example"), "{message}");
    assert!(
        message.contains("Subject: Reset your WaterLinks Hub password"),
        "{message}"
    );
    assert!(
        message.contains(&app.base_url),
        "the link points at the site: {message}"
    );
    // With a mail server configured, nothing waits in the outbox.
    assert_eq!(app.count("outbox_message").await, 0);

    // An unknown email gets the same answer, and no message.
    let res = app
        .post_form(
            "/api/accounts/request_reset",
            &[("email", "nobody@mwss.example")],
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(sink.messages().len(), 1);

    let token = token_in(message);
    // A short password is refused and the link stays usable.
    let res = app
        .post_form(
            "/api/accounts/reset_password",
            &[("token", &token), ("password", "short")],
        )
        .await;
    assert_eq!(res.status(), 422);
    let res = app
        .post_form(
            "/api/accounts/reset_password",
            &[("token", &token), ("password", NEW_PASSWORD)],
        )
        .await;
    assert_eq!(res.status(), 200);
    // Every old session ended; the new password signs in, the old one does not.
    assert!(!signed_in(&app, &old_session).await);
    let old = app
        .post_form(
            "/api/accounts/sign_in",
            &[("email", "maria@mwss.example"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(old.status(), 422);
    let new = app
        .post_form(
            "/api/accounts/sign_in",
            &[("email", "maria@mwss.example"), ("password", NEW_PASSWORD)],
        )
        .await;
    assert_eq!(new.status(), 200);
    // The link works only once.
    let again = app
        .post_form(
            "/api/accounts/reset_password",
            &[
                ("token", &token),
                ("password", "yet another long passphrase"),
            ],
        )
        .await;
    assert_eq!(again.status(), 400);
    let body: serde_json::Value = again.json().await.unwrap();
    assert!(
        body.to_string().contains("expired or was already used"),
        "{body}"
    );
}

#[tokio::test]
async fn without_smtp_the_link_waits_in_the_outbox_for_admins() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        sign_up(&app, "sok@ppwsa.example").await;
        let res = app
            .post_form(
                "/api/accounts/request_reset",
                &[("email", "sok@ppwsa.example")],
            )
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let (_, admin) = app
            .person(
                "admin@test.example",
                &[app::accounts::Role::SecretariatAdmin],
                &[],
            )
            .await;
        let (_, member) = app
            .person("member@test.example", &[app::accounts::Role::Member], &[])
            .await;
        assert_eq!(
            app.post_as(Some(&member), "/api/admin/outbox", &[])
                .await
                .status(),
            403
        );
        let outbox: serde_json::Value = app
            .post_as(Some(&admin), "/api/admin/outbox", &[])
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(outbox.as_array().unwrap().len(), 1, "{backend:?}");
        assert_eq!(outbox[0]["recipient"], "sok@ppwsa.example");
        let token = token_in(outbox[0]["body"].as_str().unwrap());
        let res = app
            .post_form(
                "/api/accounts/reset_password",
                &[("token", &token), ("password", NEW_PASSWORD)],
            )
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        // A made-up token does nothing.
        let res = app
            .post_form(
                "/api/accounts/reset_password",
                &[("token", "made-up"), ("password", NEW_PASSWORD)],
            )
            .await;
        assert_eq!(res.status(), 400, "{backend:?}");
        // A malformed email is a field message, not a silent success.
        let res = app
            .post_form("/api/accounts/request_reset", &[("email", "sok at ppwsa")])
            .await;
        assert_eq!(res.status(), 422, "{backend:?}");
    }
}
