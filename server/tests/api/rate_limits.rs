//! Request limits over HTTP: who the client is (behind a trusted proxy or not), the sign-in
//! back-off that an attacker cannot turn into a lock-out, limits shared by two instances on one
//! PostgreSQL database, over-long emails refused at their field, and the contact form's limit.

use crate::support;

use app::limits::Rate;
use sea_orm::ConnectionTrait;
use support::{backends, field_message, Backend, TestApp};

const PASSWORD: &str = "the victim's long passphrase";
const NEW_PASSWORD: &str = "a fresh passphrase after the reset";

/// Posts `form` to a server function as the client `address` says it is (X-Forwarded-For).
async fn post_from(
    app: &TestApp,
    address: &str,
    path: &str,
    form: &[(&str, &str)],
) -> (u16, serde_json::Value) {
    let res = app
        .client
        .post(app.url(path))
        .header("origin", &app.base_url)
        .header("x-forwarded-for", address)
        .form(form)
        .send()
        .await
        .expect("POST");
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(serde_json::Value::Null))
}

async fn ask_reset(app: &TestApp, address: &str, email: &str) -> u16 {
    post_from(
        app,
        address,
        "/api/accounts/request_reset",
        &[("email", email)],
    )
    .await
    .0
}

async fn sign_in(app: &TestApp, address: &str, email: &str, password: &str) -> (u16, String) {
    let (status, body) = post_from(
        app,
        address,
        "/api/accounts/sign_in",
        &[("email", email), ("password", password)],
    )
    .await;
    (status, body.to_string())
}

#[tokio::test]
async fn a_forged_forwarded_for_from_an_untrusted_peer_is_ignored() {
    for backend in backends() {
        // No trusted proxy: the header is the client's own claim.
        let app = TestApp::spawn_with(backend, |s| s.attempts_per_hour = 3).await;
        for (n, forged) in ["203.0.113.1", "203.0.113.2", "203.0.113.3"]
            .iter()
            .enumerate()
        {
            let email = format!("someone{n}@example.org");
            assert_eq!(ask_reset(&app, forged, &email).await, 200, "{backend:?}");
        }
        // A fourth "address" is the same peer: refused.
        assert_eq!(
            ask_reset(&app, "198.51.100.9", "another@example.org").await,
            429,
            "{backend:?}"
        );
    }
}

#[tokio::test]
async fn forwarded_for_from_a_trusted_proxy_is_honoured() {
    for backend in backends() {
        let app = TestApp::spawn_with(backend, |s| {
            s.attempts_per_hour = 3;
            s.trusted_proxies = vec!["127.0.0.0/8".to_owned()];
        })
        .await;
        for n in 0..3 {
            let email = format!("a{n}@example.org");
            assert_eq!(ask_reset(&app, "198.51.100.7", &email).await, 200);
        }
        assert_eq!(
            ask_reset(&app, "198.51.100.7", "a3@example.org").await,
            429,
            "{backend:?}: the client behind the proxy used its share"
        );
        // Another client behind the same proxy has its own share.
        assert_eq!(
            ask_reset(&app, "198.51.100.8", "b@example.org").await,
            200,
            "{backend:?}"
        );
        // A client cannot escape by prepending an address of its own: the proxy appended the
        // real one on the right.
        assert_eq!(
            ask_reset(&app, "192.0.2.99, 198.51.100.7", "c@example.org").await,
            429,
            "{backend:?}"
        );
        // IPv6 clients share per /64 (one household or phone holds a whole /64).
        for n in 0..3 {
            let email = format!("v6-{n}@example.org");
            assert_eq!(ask_reset(&app, "2001:db8:1:2::1", &email).await, 200);
        }
        assert_eq!(
            ask_reset(&app, "2001:db8:1:2::ffff", "v6-x@example.org").await,
            429,
            "{backend:?}: same /64"
        );
        assert_eq!(
            ask_reset(&app, "2001:db8:1:3::1", "v6-y@example.org").await,
            200,
            "{backend:?}: another /64"
        );
    }
}

/// The reset token in the newest outbox message (no SMTP server in these tests).
/// The token of the newest reset link in the outbox, waiting a while for it: the request
/// writes it after answering.
async fn latest_reset_token(app: &TestApp) -> String {
    const MARKER: &str = "reset-password?token=";
    for _ in 0..200 {
        let row = app
            .db
            .query_one_raw(sea_orm::Statement::from_string(
                app.db.get_database_backend(),
                "SELECT body FROM outbox_message ORDER BY id DESC LIMIT 1",
            ))
            .await
            .expect("outbox query");
        let body: String = match row {
            Some(row) => row.try_get("", "body").expect("body"),
            None => String::new(),
        };
        if let Some(start) = body.find(MARKER) {
            return body[start + MARKER.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no reset link in the outbox")
}

#[tokio::test]
async fn an_attacker_cannot_lock_the_owner_out_after_a_password_reset() {
    for backend in backends() {
        let app = TestApp::spawn_with(backend, |s| {
            s.trusted_proxies = vec!["127.0.0.1".to_owned()];
            s.limits.failed_sign_ins_per_account = vec![Rate::new(3, 600.0)];
        })
        .await;
        let victim = "ana@mcwd.example";
        let (status, _) = post_from(
            &app,
            "192.0.2.10",
            "/api/accounts/sign_up",
            &[("name", "Ana"), ("email", victim), ("password", PASSWORD)],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}");
        // The account is written after the answer, with its confirmation message.
        app.latest_outbox_to(victim).await;

        // The attacker guesses from address A until the account's back-off refuses...
        for _ in 0..3 {
            let (status, _) = sign_in(&app, "203.0.113.66", victim, "a wrong guess here").await;
            assert_eq!(status, 422, "{backend:?}");
        }
        // ...from any address: the back-off is per account.
        let (status, body) = sign_in(&app, "203.0.113.67", victim, "another wrong guess").await;
        assert_eq!(status, 429, "{backend:?}: {body}");
        assert!(body.contains("reset your password"), "{body}");

        // The owner resets the password from a new address B and signs in from there.
        let owner = "192.0.2.20";
        assert_eq!(ask_reset(&app, owner, victim).await, 200, "{backend:?}");
        let token = latest_reset_token(&app).await;
        let (status, body) = post_from(
            &app,
            owner,
            "/api/accounts/reset_password",
            &[("token", token.as_str()), ("password", NEW_PASSWORD)],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}: {body}");
        let (status, body) = sign_in(&app, owner, victim, NEW_PASSWORD).await;
        assert_eq!(status, 200, "{backend:?}: the owner is in: {body}");
    }
}

#[tokio::test]
async fn a_successful_sign_in_clears_the_failures_of_the_account() {
    for backend in backends() {
        let app = TestApp::spawn_with(backend, |s| {
            s.limits.failed_sign_ins_per_account = vec![Rate::new(3, 600.0)];
        })
        .await;
        let email = "budi@pdam.example";
        let res = app
            .post_form(
                "/api/accounts/sign_up",
                &[("name", "Budi"), ("email", email), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(res.status(), 200);
        // The account is written after the answer, with its confirmation message.
        app.latest_outbox_to(email).await;
        for _ in 0..2 {
            let (status, _) = sign_in(&app, "x", email, "a mistyped passphrase").await;
            assert_eq!(status, 422);
        }
        assert_eq!(sign_in(&app, "x", email, PASSWORD).await.0, 200);
        // Three more mistakes are allowed again before the back-off.
        for _ in 0..3 {
            let (status, _) = sign_in(&app, "x", email, "a mistyped passphrase").await;
            assert_eq!(status, 422, "{backend:?}");
        }
        assert_eq!(
            sign_in(&app, "x", email, "a mistyped passphrase").await.0,
            429
        );
    }
}

#[tokio::test]
async fn two_instances_on_one_postgres_share_the_sign_in_limits() {
    if !backends().contains(&Backend::Postgres) {
        eprintln!("TEST_DATABASE_URL not set: skipped");
        return;
    }
    let configure = |s: &mut server::config::Settings| {
        s.attempts_per_hour = 5;
        s.limits.failed_sign_ins_per_account = vec![Rate::new(3, 600.0)];
    };
    let a = TestApp::spawn_with(Backend::Postgres, configure).await;
    let shared = a.settings.database_url.clone();
    let b = TestApp::spawn_with(Backend::Postgres, move |s| {
        configure(s);
        s.database_url = shared;
    })
    .await;
    let email = "lan@dawaco.example";
    // Failed sign-ins for one account, alternating between the instances, add up.
    for app in [&a, &b, &a] {
        assert_eq!(sign_in(app, "-", email, "guessing again").await.0, 422);
    }
    let (status, body) = sign_in(&b, "-", email, "guessing again").await;
    assert_eq!(status, 429, "the fourth, on B, counts A's too: {body}");
    // The address's attempts add up the same way: 4 so far, one more allowed, on either.
    assert_eq!(ask_reset(&a, "-", "someone@example.org").await, 200);
    assert_eq!(ask_reset(&b, "-", "someone.else@example.org").await, 429);
}

#[tokio::test]
async fn over_long_emails_are_refused_at_their_field() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let long = format!("{}@example.org", "a".repeat(45_000));
        for (path, form) in [
            (
                "/api/accounts/sign_in",
                vec![("email", long.as_str()), ("password", "whatever it is")],
            ),
            (
                "/api/accounts/request_reset",
                vec![("email", long.as_str())],
            ),
            ("/api/forum/resend", vec![("email", long.as_str())]),
        ] {
            let (status, body) = post_from(&app, "-", path, &form).await;
            assert_eq!(status, 422, "{backend:?} {path}");
            let message = field_message(&body, "email").unwrap_or_default();
            assert!(message.contains("254 characters"), "{path}: {body}");
        }
    }
}

#[tokio::test]
async fn contact_messages_are_limited_per_address() {
    for backend in backends() {
        let app = TestApp::spawn_with(backend, |s| {
            s.limits.contact_messages_per_address = vec![Rate::new(2, 3600.0)];
        })
        .await;
        let send = || {
            app.post_form(
                "/api/contact/send",
                &[
                    ("name", "Rina"),
                    ("email", "rina@example.org"),
                    ("organization", ""),
                    ("message", "We would like to join a partnership."),
                ],
            )
        };
        assert_eq!(send().await.status(), 200);
        assert_eq!(send().await.status(), 200);
        let res = send().await;
        assert_eq!(res.status(), 429, "{backend:?}");
        assert!(res.text().await.unwrap().contains("Too many messages"));
        // A Vietnamese visitor is told in Vietnamese, the wait in Vietnamese words.
        let res = app
            .client
            .post(app.url("/api/contact/send"))
            .header("origin", app.url(""))
            .header("cookie", "wl_lang=vi")
            .form(&[
                ("name", "Trần Thị Hoa"),
                ("email", "hoa@example.org"),
                ("organization", ""),
                ("message", "Chúng tôi muốn tham gia một quan hệ đối tác."),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 429, "{backend:?}");
        let text = res.text().await.unwrap();
        assert!(
            text.contains("Có quá nhiều tin nhắn từ mạng này") && text.contains(" phút"),
            "{backend:?}: {text}"
        );
        assert_eq!(app.count("contact_message").await, 2);
    }
}

#[tokio::test]
async fn expired_limits_are_forgotten_on_both_stores() {
    use app::limits::{Limits, Policy, Rule, Subject, TrustedProxies};
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let policy = Policy {
            reset_requests_per_email: vec![Rate::new(1, 0.2)],
            ..Policy::default()
        };
        let limits = Limits::start(&app.db, policy, TrustedProxies::default());
        for email in ["a@example.org", "b@example.org", "c@example.org"] {
            let checked = limits
                .check(None, &[(Rule::ResetRequests, Subject::Email(email))])
                .await
                .unwrap();
            assert!(checked.is_ok());
        }
        // Refused at once, then allowed once the 200 ms window has passed.
        let again = [(Rule::ResetRequests, Subject::Email("a@example.org"))];
        assert!(limits.check(None, &again).await.unwrap().is_err());
        assert_eq!(limits.size().await.unwrap().0, 3, "{backend:?}");
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        limits.sweep().await.unwrap();
        assert_eq!(limits.size().await.unwrap().0, 0, "{backend:?}: swept");
        assert!(limits.check(None, &again).await.unwrap().is_ok());
    }
}
