//! An account's life: confirming the address, changing it, deleting one's account, the
//! secretariat deactivating it, sessions' absolute lifetime, the purge, and sign-up and reset
//! answering alike whether or not an address has an account. Over HTTP, on every backend.

use crate::support;

use app::accounts::Role;
use support::{backends, call, field_message, Backend, TestApp};

/// A text of the hub in English, the language of requests that name none.
fn en(key: &str) -> String {
    app::i18n::text(app::i18n::Lang::En, key)
}

const PASSWORD: &str = "a long enough passphrase";

async fn me(app: &TestApp, cookie: &str) -> serde_json::Value {
    call(app, Some(cookie), "/api/accounts/me", &[]).await.1
}

async fn confirm(app: &TestApp, token: &str) -> (u16, serde_json::Value) {
    call(
        app,
        None,
        "/api/accounts/confirm_email",
        &[("token", token)],
    )
    .await
}

async fn sign_in(app: &TestApp, email: &str, password: &str) -> (u16, serde_json::Value) {
    call(
        app,
        None,
        "/api/accounts/sign_in",
        &[("email", email), ("password", password)],
    )
    .await
}

async fn audit_count(app: &TestApp, action: &str) -> i64 {
    app.count(&format!("audit_event WHERE action = '{action}'"))
        .await
}

#[tokio::test]
async fn an_unconfirmed_account_signs_in_as_a_visitor_until_it_confirms() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app.sign_up_only("Lan", "lan@dawaco.vn", PASSWORD).await;
        let mail = app.latest_outbox_to("lan@dawaco.vn").await;
        assert!(mail.contains("/confirm-email?token="), "{mail}");
        // Even a role granted meanwhile gives nothing before the address is confirmed.
        let (id, _) = sign_in(&app, "lan@dawaco.vn", PASSWORD).await;
        assert_eq!(id, 200, "{backend:?}: an unconfirmed account signs in");
        let account_id = app.count("account WHERE email = 'lan@dawaco.vn'").await;
        assert_eq!(account_id, 1);
        let cookie = app.sign_in("lan@dawaco.vn", PASSWORD).await;
        let who = me(&app, &cookie).await;
        let account_id = who["id"].as_i64().unwrap() as i32;
        app::accounts::service::grant_role(&app.db, account_id, Role::SecretariatAdmin)
            .await
            .unwrap();
        let who = me(&app, &cookie).await;
        assert_eq!(who["email_verified"], false, "{backend:?}");
        assert_eq!(who["roles"], serde_json::json!([]));
        let (status, _) = call(
            &app,
            Some(&cookie),
            "/api/admin/accounts",
            &[("search", "")],
        )
        .await;
        assert_eq!(status, 403, "{backend:?}: no admin page before confirming");
        // Nor what any signed-in member may do.
        let (status, _) = call(&app, Some(&cookie), "/api/stories/in_progress", &[]).await;
        assert_eq!(
            status, 403,
            "{backend:?}: nothing for members before confirming"
        );
        // The account page says why.
        let page = app.get_as(&cookie, "/account").await.text().await.unwrap();
        assert!(page.contains(&en("accounts-not-confirmed-yet")), "{page}");
        assert!(page.contains("Send the link again"));

        app.confirm_email_from_outbox("lan@dawaco.vn").await;
        let who = me(&app, &cookie).await;
        assert_eq!(who["email_verified"], true);
        assert!(who["roles"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r == "secretariat_admin"));
        let (status, _) = call(
            &app,
            Some(&cookie),
            "/api/admin/accounts",
            &[("search", "")],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}");
        let (status, _) = call(&app, Some(&cookie), "/api/stories/in_progress", &[]).await;
        assert_eq!(status, 200, "{backend:?}");
        let page = app.get_as(&cookie, "/account").await.text().await.unwrap();
        assert!(!page.contains(&en("accounts-not-confirmed-yet")));
    }
}

#[tokio::test]
async fn a_confirmation_link_works_once() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app.sign_up_only("Lan", "lan@dawaco.vn", PASSWORD).await;
        let token = app.confirmation_token_for("lan@dawaco.vn").await;
        let (status, body) = confirm(&app, &token).await;
        assert_eq!(
            (status, body.clone()),
            (200, serde_json::json!("lan@dawaco.vn")),
            "{backend:?}"
        );
        let (status, body) = confirm(&app, &token).await;
        assert_eq!(status, 400, "{backend:?}");
        assert!(
            body.to_string().contains("expired or was already used"),
            "{body}"
        );
        assert_eq!(confirm(&app, "made-up").await.0, 400);
        // The page the link opens offers the button (a GET uses nothing up).
        let page = app
            .get(&format!("/confirm-email?token={token}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains("Confirm my email address"), "{page}");
    }
}

#[tokio::test]
async fn sending_the_link_again_is_limited_and_makes_older_links_stop_working() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app.sign_up_only("Lan", "lan@dawaco.vn", PASSWORD).await;
        let first = app.confirmation_token_for("lan@dawaco.vn").await;
        let cookie = app.sign_in("lan@dawaco.vn", PASSWORD).await;
        let resend = || {
            call(
                &app,
                Some(&cookie),
                "/api/accounts/resend_confirmation",
                &[],
            )
        };
        assert_eq!(resend().await.0, 200, "{backend:?}");
        let second = app.confirmation_token_for("lan@dawaco.vn").await;
        assert_ne!(first, second);
        // Three links an hour to one address at most.
        let mut statuses = Vec::new();
        for _ in 0..4 {
            statuses.push(resend().await.0);
        }
        assert!(statuses.contains(&429), "{backend:?}: {statuses:?}");
        let newest = app.confirmation_token_for("lan@dawaco.vn").await;
        assert_eq!(confirm(&app, &first).await.0, 400, "{backend:?}");
        if newest != second {
            assert_eq!(confirm(&app, &second).await.0, 400, "{backend:?}");
        }
        assert_eq!(confirm(&app, &newest).await.0, 200, "{backend:?}");
        // Once confirmed there is nothing to send again.
        assert_eq!(
            call(
                &app,
                Some(&cookie),
                "/api/accounts/resend_confirmation",
                &[]
            )
            .await
            .0,
            409
        );
    }
}

#[tokio::test]
async fn a_new_email_address_takes_effect_only_once_confirmed() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let cookie = app
            .sign_up_confirmed("Lan", "lan@dawaco.vn", PASSWORD)
            .await;
        let (status, body) = call(
            &app,
            Some(&cookie),
            "/api/accounts/change_email",
            &[("email", " Lan.Nguyen@Dawaco.vn ")],
        )
        .await;
        assert_eq!(
            (status, body),
            (200, serde_json::json!("lan.nguyen@dawaco.vn")),
            "{backend:?}"
        );
        assert_eq!(
            me(&app, &cookie).await["email"],
            "lan@dawaco.vn",
            "not before confirming"
        );
        let notice = app.latest_outbox_to("lan@dawaco.vn").await;
        assert!(
            notice.contains("lan.nguyen@dawaco.vn") && !notice.contains("token="),
            "{notice}"
        );
        app.confirm_email_from_outbox("lan.nguyen@dawaco.vn").await;
        let who = me(&app, &cookie).await;
        assert_eq!(who["email"], "lan.nguyen@dawaco.vn", "{backend:?}");
        assert_eq!(who["email_verified"], true);
        assert_eq!(sign_in(&app, "lan@dawaco.vn", PASSWORD).await.0, 422);
        assert_eq!(sign_in(&app, "lan.nguyen@dawaco.vn", PASSWORD).await.0, 200);

        // An address another account takes meanwhile is refused when confirming.
        let (status, _) = call(
            &app,
            Some(&cookie),
            "/api/accounts/change_email",
            &[("email", "taken@dawaco.vn")],
        )
        .await;
        assert_eq!(status, 200);
        let token = app.confirmation_token_for("taken@dawaco.vn").await;
        app.person("taken@dawaco.vn", &[Role::Member], &[]).await;
        let (status, _) = confirm(&app, &token).await;
        assert_eq!(status, 409, "{backend:?}");
        assert_eq!(me(&app, &cookie).await["email"], "lan.nguyen@dawaco.vn");
        // The form refuses a malformed address next to its field.
        let (status, body) = call(
            &app,
            Some(&cookie),
            "/api/accounts/change_email",
            &[("email", "no at all")],
        )
        .await;
        assert_eq!(status, 422);
        assert!(field_message(&body, "email").is_some(), "{body}");
    }
}

#[tokio::test]
async fn renaming_shows_the_new_name() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let cookie = app
        .sign_up_confirmed("Lan", "lan@dawaco.vn", PASSWORD)
        .await;
    let (status, _) = call(
        &app,
        Some(&cookie),
        "/api/accounts/rename",
        &[("name", "  Nguyen Thi Lan ")],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(me(&app, &cookie).await["name"], "Nguyen Thi Lan");
    let (status, body) = call(
        &app,
        Some(&cookie),
        "/api/accounts/rename",
        &[("name", "  ")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(field_message(&body, "name").is_some(), "{body}");
}

#[tokio::test]
async fn deleting_ones_account_removes_who_they_were_and_keeps_what_they_wrote() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app.seed_demo().await;
        let org = app.organization_id("Khulna WASA").await;
        let cookie = app
            .sign_up_confirmed("Rina Santos", "rina@kwasa.example", PASSWORD)
            .await;
        let id = me(&app, &cookie).await["id"].as_i64().unwrap() as i32;
        app::accounts::service::grant_role(&app.db, id, Role::Trainer)
            .await
            .unwrap();
        let draft = app::library::ProductDraft {
            kind: app::library::ProductKind::Manual,
            title: "Rina's manual".into(),
            summary: "Written before she left.".into(),
            authors: String::new(),
            year: 2024,
            language: app::i18n::ContentLanguage::En,
            licence: String::new(),
            access: app::library::Access::Public,
            topics: vec![],
            countries: vec![],
            translation_of: None,
        };
        app::library::submission::insert(
            &app.db,
            &draft,
            &[],
            app::library::ReviewStatus::Submitted,
            Some(id),
            false,
        )
        .await
        .unwrap();
        let _ = org;

        // The wrong password deletes nothing.
        let (status, body) = call(
            &app,
            Some(&cookie),
            "/api/accounts/delete",
            &[("password", "not my passphrase")],
        )
        .await;
        assert_eq!(status, 422, "{backend:?}");
        assert!(field_message(&body, "password").is_some(), "{body}");
        assert_eq!(me(&app, &cookie).await["email"], "rina@kwasa.example");

        let (status, _) = call(
            &app,
            Some(&cookie),
            "/api/accounts/delete",
            &[("password", PASSWORD)],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}");
        assert_eq!(
            me(&app, &cookie).await,
            serde_json::Value::Null,
            "signed out everywhere"
        );
        assert_eq!(
            app.count(&format!("session WHERE account_id = {id}")).await,
            0
        );
        assert_eq!(
            app.count(&format!("account_role WHERE account_id = {id}"))
                .await,
            0
        );
        assert_eq!(
            app.count("account WHERE email = 'rina@kwasa.example'")
                .await,
            0
        );
        assert_eq!(app.count("account WHERE name = 'Rina Santos'").await, 0);
        assert_eq!(
            app.count(&format!(
                "account WHERE id = {id} AND email = 'former-member-{id}@invalid'"
            ))
            .await,
            1
        );
        assert_eq!(sign_in(&app, "rina@kwasa.example", PASSWORD).await.0, 422);
        assert_eq!(audit_count(&app, "account_deleted").await, 1);
        // The manual stays, under "Former member".
        let (_, curator) = app
            .person("curator@test.example", &[Role::Facilitator], &[])
            .await;
        let (status, pending) = call(&app, Some(&curator), "/api/library/pending", &[]).await;
        assert_eq!(status, 200, "{backend:?}");
        let manual = pending
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["title"] == "Rina's manual")
            .unwrap_or_else(|| panic!("{pending}"));
        assert_eq!(manual["submitted_by"], "Former member");
        // The address is free for a new account.
        app.sign_up_only("Rina", "rina@kwasa.example", PASSWORD)
            .await;
        assert_eq!(
            app.count("account WHERE email = 'rina@kwasa.example'")
                .await,
            1
        );
    }
}

#[tokio::test]
async fn a_deactivated_account_is_signed_out_and_cannot_sign_in_until_reactivated() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (_, admin) = app
            .person("admin@test.example", &[Role::SecretariatAdmin], &[])
            .await;
        let cookie = app
            .sign_up_confirmed("Lan", "lan@dawaco.vn", PASSWORD)
            .await;
        let id = me(&app, &cookie).await["id"].to_string();
        let set = |active: &'static str| {
            let (app, admin, id) = (&app, &admin, &id);
            async move {
                call(
                    app,
                    Some(admin),
                    "/api/admin/set_account_active",
                    &[("account_id", id), ("active", active)],
                )
                .await
            }
        };
        assert_eq!(set("false").await.0, 200, "{backend:?}");
        assert_eq!(
            me(&app, &cookie).await,
            serde_json::Value::Null,
            "its session ended at once"
        );
        let (status, body) = sign_in(&app, "lan@dawaco.vn", PASSWORD).await;
        assert_eq!(status, 422);
        assert_eq!(
            field_message(&body, "password"),
            Some(en("accounts-deactivated").as_str())
        );
        // A wrong password is told what everyone is told.
        let (status, body) = sign_in(&app, "lan@dawaco.vn", "not the passphrase").await;
        assert_eq!(status, 422);
        assert_eq!(
            field_message(&body, "password"),
            Some(en("accounts-sign-in-failed").as_str())
        );
        let (_, listed) = call(
            &app,
            Some(&admin),
            "/api/admin/accounts",
            &[("search", "lan@")],
        )
        .await;
        assert_eq!(listed[0]["deactivated"], true, "{listed}");

        assert_eq!(set("true").await.0, 200);
        assert_eq!(
            sign_in(&app, "lan@dawaco.vn", PASSWORD).await.0,
            200,
            "{backend:?}"
        );
        assert_eq!(audit_count(&app, "account_deactivated").await, 1);
        assert_eq!(audit_count(&app, "account_reactivated").await, 1);
        // An admin cannot lock themselves out.
        let admin_id = me(&app, &admin).await["id"].to_string();
        let (status, _) = call(
            &app,
            Some(&admin),
            "/api/admin/set_account_active",
            &[("account_id", &admin_id), ("active", "false")],
        )
        .await;
        assert_eq!(status, 409);
    }
}

#[tokio::test]
async fn no_session_lasts_more_than_30_days_however_active() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (id, cookie) = app.person("lan@dawaco.vn", &[Role::Member], &[]).await;
        assert!(!me(&app, &cookie).await.is_null());
        // Started 31 days ago and used just now.
        use app::accounts::entity::session;
        use sea_orm::{sea_query::Expr, ColumnTrait, EntityTrait, QueryFilter};
        session::Entity::update_many()
            .col_expr(
                session::Column::CreatedAt,
                Expr::value(chrono::Utc::now() - chrono::Duration::days(31)),
            )
            .col_expr(session::Column::LastSeenAt, Expr::value(chrono::Utc::now()))
            .filter(session::Column::AccountId.eq(id))
            .exec(&app.db)
            .await
            .unwrap();
        assert!(me(&app, &cookie).await.is_null(), "{backend:?}");
    }
}

#[tokio::test]
async fn one_purge_pass_forgets_expired_sessions_and_used_or_expired_links() {
    use app::accounts::entity::{email_confirmation, password_reset, session};
    use sea_orm::{ActiveModelTrait, Set};
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (id, cookie) = app.person("lan@dawaco.vn", &[Role::Member], &[]).await;
        let now = chrono::Utc::now();
        let hours = chrono::Duration::hours;
        let days = chrono::Duration::days;
        let sessions = [
            ("idle-for-a-day", now - days(2), now - days(1)),
            ("started-long-ago", now - days(31), now - hours(1)),
        ];
        for (name, created, seen) in sessions {
            session::ActiveModel {
                token_hash: Set(name.into()),
                account_id: Set(id),
                created_at: Set(created),
                last_seen_at: Set(seen),
            }
            .insert(&app.db)
            .await
            .unwrap();
        }
        let links = [
            ("used", now + hours(1), Some(now - hours(1))),
            ("expired", now - hours(1), None),
            ("live", now + hours(1), None),
        ];
        for (name, expires, used) in links {
            password_reset::ActiveModel {
                token_hash: Set(format!("reset-{name}")),
                account_id: Set(id),
                created_at: Set(now - hours(2)),
                expires_at: Set(expires),
                used_at: Set(used),
            }
            .insert(&app.db)
            .await
            .unwrap();
            email_confirmation::ActiveModel {
                token_hash: Set(format!("confirm-{name}")),
                account_id: Set(id),
                email: Set("lan@dawaco.vn".into()),
                created_at: Set(now - hours(2)),
                expires_at: Set(expires),
                used_at: Set(used),
            }
            .insert(&app.db)
            .await
            .unwrap();
        }
        let purged = app::accounts::purge::pass(&app.db, now).await.unwrap();
        assert_eq!(
            purged,
            app::accounts::purge::Purged {
                sessions: 2,
                reset_links: 2,
                confirmation_links: 2
            },
            "{backend:?}"
        );
        // What is still good stays: the live links and the session in use.
        assert_eq!(
            app.count("password_reset WHERE token_hash = 'reset-live'")
                .await,
            1
        );
        assert_eq!(
            app.count("email_confirmation WHERE token_hash = 'confirm-live'")
                .await,
            1
        );
        assert_eq!(app.count("session").await, 1);
        assert!(!me(&app, &cookie).await.is_null());
    }
}

#[tokio::test]
async fn sign_up_and_reset_answer_alike_for_known_and_unknown_addresses() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app.sign_up_confirmed("Lan", "known@dawaco.vn", PASSWORD)
            .await;
        let sign_up = |email: &'static str| {
            let app = &app;
            async move {
                app.post_and_wait_for_mail(
                    "/api/accounts/sign_up",
                    &[
                        ("name", "Someone"),
                        ("email", email),
                        ("password", PASSWORD),
                    ],
                    email,
                )
                .await
            }
        };
        let reset = |email: &'static str| {
            let app = &app;
            async move {
                app.post_and_wait_for_mail(
                    "/api/accounts/request_reset",
                    &[("email", email)],
                    email,
                )
                .await
            }
        };
        let before = app.count("outbox_message").await;
        let known = sign_up("known@dawaco.vn").await;
        let unknown = sign_up("unknown@dawaco.vn").await;
        // The answer names the address typed, and nothing else; no session starts.
        assert_eq!(
            known,
            (200, "\"known@dawaco.vn\"".into(), false),
            "{backend:?}"
        );
        assert_eq!(
            unknown,
            (200, "\"unknown@dawaco.vn\"".into(), false),
            "{backend:?}"
        );
        let known = reset("known@dawaco.vn").await;
        let unknown = reset("nobody@dawaco.vn").await;
        assert_eq!(known, unknown, "{backend:?}");
        assert_eq!(known, (200, "null".into(), false), "{backend:?}");
        // One message each, and no more arrives.
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert_eq!(app.count("outbox_message").await, before + 4, "{backend:?}");
    }
}

#[tokio::test]
async fn an_unconfirmed_accounts_forum_registration_waits_for_its_email_like_a_guests() {
    use crate::forum::{edition, register, status_of};
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let form = edition(&app, 100, false, true).await;
        app.sign_up_only("Lan", "lan@dawaco.vn", PASSWORD).await;
        let unconfirmed = app.sign_in("lan@dawaco.vn", PASSWORD).await;
        let res = register(&app, &form, Some(&unconfirmed), "Lan", "lan@dawaco.vn").await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert_eq!(
            status_of(&app, "lan@dawaco.vn").await,
            "unconfirmed",
            "{backend:?}"
        );

        // A confirmed member's registration with their own address is confirmed at once.
        let member = app
            .sign_up_confirmed("Sok", "sok@ppwsa.example", PASSWORD)
            .await;
        let res = register(&app, &form, Some(&member), "Sok", "sok@ppwsa.example").await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert_eq!(
            status_of(&app, "sok@ppwsa.example").await,
            "registered",
            "{backend:?}"
        );
    }
}

/// Nobody already using the platform is locked out: accounts made before the migration that
/// brings confirmation count as confirmed.
#[tokio::test]
async fn accounts_made_before_confirmation_existed_count_as_confirmed() {
    use migrations::{Migrator, MigratorTrait};
    use sea_orm::ConnectionTrait;
    for backend in backends() {
        let empty = support::EmptyDatabase::new(backend).await;
        let all = Migrator::migrations();
        let before = all
            .iter()
            .position(|m| m.name() == "m20261206_000018_account_life")
            .expect("the account_life migration is listed");
        Migrator::up(&empty.db, Some(before as u32)).await.unwrap();
        empty
            .db
            .execute_unprepared(
                "INSERT INTO account (email, name, password_hash, created_at, password_changed_at) \
                 VALUES ('old@x.example', 'Old Hand', 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
            )
            .await
            .unwrap();
        Migrator::up(&empty.db, None).await.unwrap();
        assert_eq!(
            support::count(&empty.db, "account WHERE email_verified_at IS NOT NULL").await,
            1,
            "{backend:?}"
        );
        assert_eq!(
            support::count(&empty.db, "account WHERE deactivated_at IS NULL").await,
            1
        );
    }
}

/// A plain form post, as a page without the WASM sends it: it accepts HTML and names its page.
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

/// The `name=value` of the flash cookie a response sets.
fn flash_of(res: &reqwest::Response) -> String {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("wl_flash="))
        .map(|v| v.split(';').next().unwrap_or_default().to_owned())
        .expect("the answer travels in the flash")
}

#[tokio::test]
async fn the_sign_up_and_confirmation_pages_work_without_the_wasm() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let form = [
        ("name", "Nguyen Thi Lan"),
        ("email", "Lan@Dawaco.vn"),
        ("password", PASSWORD),
    ];
    let sent = plain_post(&app, "/api/accounts/sign_up", "/sign-up", &form).await;
    assert!(sent.status().is_redirection(), "{}", sent.status());
    assert!(
        support::session_cookie_of(&sent).is_none(),
        "no session before confirming"
    );
    let page = app
        .get_as(&flash_of(&sent), "/sign-up")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Check your email"), "{page}");
    assert!(
        page.contains(
            "We sent a link to lan@dawaco.vn. Open it to confirm your address, then sign in."
        ),
        "{page}"
    );

    let token = app.confirmation_token_for("lan@dawaco.vn").await;
    let confirmed = plain_post(
        &app,
        "/api/accounts/confirm_email",
        &format!("/confirm-email?token={token}"),
        &[("token", &token)],
    )
    .await;
    assert!(confirmed.status().is_redirection());
    let page = app
        .get_as(
            &flash_of(&confirmed),
            &format!("/confirm-email?token={token}"),
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Your email address is confirmed."), "{page}");
    assert!(page.contains("href=\"/sign-in\""), "{page}");
    // The account page of a confirmed member offers what they can do with their account.
    let cookie = app.sign_in("lan@dawaco.vn", PASSWORD).await;
    let page = app.get_as(&cookie, "/account").await.text().await.unwrap();
    for offer in [
        "Save name",
        "Change email address",
        "Delete my account",
        "Sign out",
    ] {
        assert!(page.contains(offer), "{offer}: {page}");
    }
}
