//! Password reset by an emailed link, written to the outbox in the request's transaction
//! (the mail worker delivers it; its own tests cover SMTP).

use crate::support;

use support::{backends, TestApp};

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
    app.sign_up_confirmed("Maria Santos", email, PASSWORD).await
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

/// The messages in the outbox to `email`, oldest first: (subject, body).
async fn outbox_to(app: &TestApp, email: &str) -> Vec<(String, String)> {
    use app::mail::entity::{Column, Entity};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    Entity::find()
        .filter(Column::Recipient.eq(email))
        .order_by_asc(Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.subject, m.body))
        .collect()
}

/// Asks for a reset link for `email` and waits for the one message it writes after answering.
async fn request_reset(app: &TestApp, email: &str) -> (u16, String, bool) {
    let to = email.trim().to_lowercase();
    app.post_and_wait_for_mail("/api/accounts/request_reset", &[("email", email)], &to)
        .await
}

async fn reset(app: &TestApp, token: &str, password: &str) -> reqwest::Response {
    app.post_form(
        "/api/accounts/reset_password",
        &[("token", token), ("password", password)],
    )
    .await
}

#[tokio::test]
async fn a_reset_link_works_once_and_only_the_newest_one() {
    for backend in backends() {
        // More attempts from one address than a person makes in a minute.
        let app = TestApp::spawn_with(backend, |s| s.attempts_per_minute = 100).await;
        let old_session = sign_up(&app, "maria@mwss.example").await;
        let before = outbox_to(&app, "maria@mwss.example").await.len();

        let known = request_reset(&app, "Maria@MWSS.example").await;
        assert_eq!(known.0, 200, "{backend:?}");
        let mail = outbox_to(&app, "maria@mwss.example").await;
        assert_eq!(mail.len(), before + 1, "one message per request");
        let (subject, body) = mail.last().unwrap();
        assert_eq!(subject, "Reset your WaterLinks Hub password");
        assert!(
            body.contains(&app.base_url),
            "the link points at the site: {body}"
        );
        let first = token_in(body);

        // An unknown email gets the same answer, and one message: that no account uses it.
        let unknown = request_reset(&app, "nobody@mwss.example").await;
        assert_eq!(unknown, known, "{backend:?}");
        let note = outbox_to(&app, "nobody@mwss.example").await;
        assert_eq!(note.len(), 1);
        assert!(note[0].1.contains("no account uses it"), "{}", note[0].1);
        assert!(!note[0].1.contains("reset-password?token="));

        // A new request makes the older link stop working.
        assert_eq!(request_reset(&app, "maria@mwss.example").await.0, 200);
        let token = token_in(&app.latest_outbox_to("maria@mwss.example").await);
        assert_ne!(token, first);
        assert_eq!(
            reset(&app, &first, NEW_PASSWORD).await.status(),
            400,
            "{backend:?}"
        );

        // A short password is refused and the link stays usable.
        assert_eq!(reset(&app, &token, "short").await.status(), 422);
        assert_eq!(reset(&app, &token, NEW_PASSWORD).await.status(), 200);
        // Every old session ended; the new password signs in, the old one does not.
        assert!(!signed_in(&app, &old_session).await);
        let sign_in = |password: &'static str| {
            let app = &app;
            async move {
                app.post_form(
                    "/api/accounts/sign_in",
                    &[("email", "maria@mwss.example"), ("password", password)],
                )
                .await
                .status()
            }
        };
        assert_eq!(sign_in(PASSWORD).await, 422);
        assert_eq!(sign_in(NEW_PASSWORD).await, 200);
        // The link works only once.
        let again = reset(&app, &token, "yet another long passphrase").await;
        assert_eq!(again.status(), 400);
        let body: serde_json::Value = again.json().await.unwrap();
        assert!(
            body.to_string().contains("expired or was already used"),
            "{body}"
        );
    }
}

#[tokio::test]
async fn changing_the_password_makes_unused_reset_links_stop_working() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let session = sign_up(&app, "maria@mwss.example").await;
        assert_eq!(request_reset(&app, "maria@mwss.example").await.0, 200);
        let token = token_in(&app.latest_outbox_to("maria@mwss.example").await);
        let changed = app
            .post_as(
                Some(&session),
                "/api/accounts/change_password",
                &[
                    ("current_password", PASSWORD),
                    ("new_password", NEW_PASSWORD),
                ],
            )
            .await;
        assert_eq!(changed.status(), 200, "{backend:?}");
        // Whoever finds the old link in the mailbox cannot undo the change with it.
        assert_eq!(
            reset(&app, &token, "a third long passphrase")
                .await
                .status(),
            400
        );
    }
}

#[tokio::test]
async fn without_smtp_the_link_waits_in_the_outbox_for_admins() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        sign_up(&app, "sok@ppwsa.example").await;
        let (status, _, _) = request_reset(&app, "sok@ppwsa.example").await;
        assert_eq!(status, 200, "{backend:?}");
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
        // The confirmation of the sign-up, then the reset link.
        let messages = outbox.as_array().unwrap();
        assert!(
            messages
                .iter()
                .any(|m| m["recipient"] == "sok@ppwsa.example"
                    && m["subject"] == "Reset your WaterLinks Hub password"),
            "{backend:?}: {outbox}"
        );
        let token = token_in(&app.latest_outbox_to("sok@ppwsa.example").await);
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
