//! Signing up, in and out, sessions and rate limits, over HTTP on every backend.

use crate::support;

use support::{backends, Backend, TestApp};

/// The session cookie's `name=value` from a response, if it set one.
fn session_cookie(res: &reqwest::Response) -> Option<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("wl_session=") && !c.starts_with("wl_session=;"))
        .map(|c| c.split(';').next().unwrap_or_default().to_owned())
}

async fn me(app: &TestApp, cookie: Option<&str>) -> serde_json::Value {
    let mut req = app
        .client
        .post(app.url("/api/accounts/me"))
        .header("origin", &app.base_url);
    if let Some(cookie) = cookie {
        req = req.header("cookie", cookie);
    }
    let res = req.send().await.unwrap();
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

async fn sign_up(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    app.post_form(
        "/api/accounts/sign_up",
        &[
            ("name", "Nguyen Thi Lan"),
            ("email", email),
            ("password", password),
        ],
    )
    .await
}

async fn sign_in(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    app.post_form(
        "/api/accounts/sign_in",
        &[("email", email), ("password", password)],
    )
    .await
}

#[tokio::test]
async fn sign_in_after_confirming_starts_a_session_with_a_safe_cookie() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let res = sign_up(&app, "lan@dawaco.vn", "a long enough passphrase").await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert!(session_cookie(&res).is_none(), "sign-up starts no session");
        app.confirm_email_from_outbox("lan@dawaco.vn").await;
        let res = sign_in(&app, "lan@dawaco.vn", "a long enough passphrase").await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let raw = res.headers()["set-cookie"].to_str().unwrap().to_owned();
        assert!(
            raw.contains("HttpOnly") && raw.contains("SameSite=Lax"),
            "{raw}"
        );
        assert!(
            !raw.contains("Secure"),
            "plain http base URL: no Secure flag"
        );
        let cookie = session_cookie(&res).expect("a session cookie");
        let user = me(&app, Some(&cookie)).await;
        assert_eq!(user["email"], "lan@dawaco.vn");
        assert_eq!(user["email_verified"], true);
        assert_eq!(user["roles"], serde_json::json!(["member"]));
        assert_eq!(me(&app, None).await, serde_json::Value::Null);
        // The table keeps a hash of the token, never the token itself.
        let token = cookie.trim_start_matches("wl_session=");
        let rows = app
            .count(&format!("session WHERE token_hash = '{token}'"))
            .await;
        assert_eq!(rows, 0);
    }
}

#[tokio::test]
async fn people_signing_up_at_the_same_moment_all_get_their_account() {
    // At the forum, a room signs up at once. On SQLite a write transaction that began with a
    // read (is this email taken?) used to fail with "database is locked" when another
    // sign-up committed in between: a 500 for the person instead of their account.
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let emails: Vec<String> = (0..8).map(|i| format!("attendee{i}@pwa.gov.pg")).collect();
        let answers = futures::future::join_all(
            emails
                .iter()
                .map(|email| sign_up(&app, email, "a long enough passphrase")),
        )
        .await;
        for (email, res) in emails.iter().zip(answers) {
            assert_eq!(
                res.status(),
                200,
                "{backend:?} {email}: {}",
                res.text().await.unwrap()
            );
        }
        // The accounts are written after answering: every one of them arrives.
        assert_eq!(
            app.wait_for_count("account WHERE email LIKE 'attendee%'", 8)
                .await,
            8,
            "{backend:?}"
        );
    }
}

#[tokio::test]
async fn bad_sign_ups_are_refused_field_by_field_and_store_nothing() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let res = sign_up(&app, "not an email", "short").await;
        assert_eq!(res.status(), 422);
        let body = res.text().await.unwrap();
        assert!(
            body.contains("email address") && body.contains("12 characters"),
            "{body}"
        );
        assert_eq!(app.count("account").await, 0, "{backend:?}");

        app.sign_up_only("Lan", "lan@dawaco.vn", "a long enough passphrase")
            .await;
        // A second sign-up with the address answers as the first did (it does not tell who
        // has an account), makes no account, and tells the owner by email.
        let dup = app
            .post_and_wait_for_mail(
                "/api/accounts/sign_up",
                &[
                    ("name", "Lan"),
                    ("email", "LAN@dawaco.vn"),
                    ("password", "another long passphrase"),
                ],
                "lan@dawaco.vn",
            )
            .await;
        assert_eq!(dup, (200, "\"lan@dawaco.vn\"".to_owned(), false));
        assert_eq!(app.count("account").await, 1);
        let note = app.latest_outbox_to("lan@dawaco.vn").await;
        assert!(note.contains("already has one"), "{note}");
    }
}

#[tokio::test]
async fn every_failed_sign_in_gets_the_same_message() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app.sign_up_only("Lan", "lan@dawaco.vn", "a long enough passphrase")
            .await;
        let wrong_password = sign_in(&app, "lan@dawaco.vn", "not the passphrase").await;
        assert_eq!(wrong_password.status(), 422);
        assert!(session_cookie(&wrong_password).is_none());
        let unknown = sign_in(&app, "nobody@dawaco.vn", "not the passphrase").await;
        assert_eq!(unknown.status(), 422);
        assert_eq!(
            wrong_password.text().await.unwrap(),
            unknown.text().await.unwrap(),
            "{backend:?}"
        );

        let ok = sign_in(&app, " Lan@Dawaco.vn ", "a long enough passphrase").await;
        assert_eq!(ok.status(), 200);
        assert!(session_cookie(&ok).is_some());
    }
}

#[tokio::test]
async fn sign_out_ends_the_session() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let cookie = app
        .sign_up_confirmed("Lan", "lan@dawaco.vn", "a long enough passphrase")
        .await;
    let res = app
        .client
        .post(app.url("/api/accounts/sign_out"))
        .header("origin", &app.base_url)
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .contains("Max-Age=0"));
    assert_eq!(me(&app, Some(&cookie)).await, serde_json::Value::Null);
}

#[tokio::test]
async fn changing_the_password_ends_the_other_sessions() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let phone = app
            .sign_up_confirmed("Lan", "lan@dawaco.vn", "a long enough passphrase")
            .await;
        let laptop =
            session_cookie(&sign_in(&app, "lan@dawaco.vn", "a long enough passphrase").await)
                .unwrap();
        let change = |current: &'static str, new: &'static str| {
            app.client
                .post(app.url("/api/accounts/change_password"))
                .header("origin", &app.base_url)
                .header("cookie", &laptop)
                .form(&[("current_password", current), ("new_password", new)])
                .send()
        };
        let wrong = change("not my passphrase!", "a brand new passphrase")
            .await
            .unwrap();
        assert_eq!(wrong.status(), 422);
        assert!(wrong
            .text()
            .await
            .unwrap()
            .contains("not your current password"));
        let ok = change("a long enough passphrase", "a brand new passphrase")
            .await
            .unwrap();
        assert_eq!(ok.status(), 200, "{backend:?}");
        assert_eq!(
            me(&app, Some(&phone)).await,
            serde_json::Value::Null,
            "the other session ended"
        );
        assert_eq!(
            me(&app, Some(&laptop)).await["email"],
            "lan@dawaco.vn",
            "this one stays"
        );
        assert_eq!(
            sign_in(&app, "lan@dawaco.vn", "a long enough passphrase")
                .await
                .status(),
            422
        );
        assert_eq!(
            sign_in(&app, "lan@dawaco.vn", "a brand new passphrase")
                .await
                .status(),
            200
        );
    }
}

#[tokio::test]
async fn changing_the_password_needs_a_session() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let res = app
        .post_form(
            "/api/accounts/change_password",
            &[
                ("current_password", "x"),
                ("new_password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(res.status(), 401);
}

#[tokio::test]
async fn repeated_sign_in_attempts_get_429() {
    // A per-minute budget refills every 6 s, and ten password hashes in a debug build on a busy
    // machine can take longer; an hourly budget of ten counts the same attempts without racing.
    let app = TestApp::spawn_with(Backend::Sqlite, |s| s.attempts_per_hour = 10).await;
    for _ in 0..10 {
        assert_eq!(
            sign_in(&app, "lan@dawaco.vn", "guessing passwords")
                .await
                .status(),
            422
        );
    }
    let res = sign_in(&app, "lan@dawaco.vn", "guessing passwords").await;
    assert_eq!(res.status(), 429);
    assert!(res.text().await.unwrap().contains("Too many attempts"));
}
