//! Accounts, results and the admin page in the reader's language (issue 21): a person who chose
//! Tiếng Việt signs up and their confirmation letter is in Vietnamese; a Chinese reader sees the
//! results dashboard and a refused sign-in in Chinese; downloads and the admin page follow the
//! request's language too. The same addresses without a choice stay English.

use crate::support;

use app::i18n::{text, Lang};
use support::{backends, field_message, Backend, TestApp};

const PASSWORD: &str = "a long enough passphrase";

/// A form post as a page without the WASM sends it, from a reader who chose `lang`.
async fn plain_post_in(
    app: &TestApp,
    lang: &str,
    path: &str,
    from: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    app.client
        .post(app.url(path))
        .header("origin", app.url(""))
        .header("accept", "text/html,application/xhtml+xml")
        .header("referer", app.url(from))
        .header("cookie", format!("wl_lang={lang}"))
        .form(form)
        .send()
        .await
        .expect("POST")
}

/// A server function called by a reader who chose `lang`: the status and the JSON body.
async fn call_in(
    app: &TestApp,
    lang: &str,
    path: &str,
    form: &[(&str, &str)],
) -> (u16, serde_json::Value) {
    let res = app
        .post_as(Some(&format!("wl_lang={lang}")), path, form)
        .await;
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(serde_json::Value::Null))
}

async fn page_in(app: &TestApp, cookie: &str, path: &str) -> String {
    let res = app.get_as(cookie, path).await;
    assert_eq!(res.status(), 200, "{path}");
    res.text().await.unwrap()
}

/// The subject and body of the newest outbox message to `email`, waiting for it.
async fn latest_letter_to(app: &TestApp, email: &str) -> (String, String) {
    use app::mail::entity::{Column, Entity};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let body = app.latest_outbox_to(email).await;
    let found = Entity::find()
        .filter(Column::Recipient.eq(email))
        .order_by_desc(Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("a letter");
    (found.subject, body)
}

#[tokio::test]
async fn a_vietnamese_sign_up_is_answered_and_confirmed_in_vietnamese() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        // A refused sign-up: 422, each field's message in Vietnamese.
        let (status, body) = call_in(
            &app,
            "vi",
            "/api/accounts/sign_up",
            &[
                ("name", " "),
                ("email", "lan@dawaco.vn"),
                ("password", "short"),
            ],
        )
        .await;
        assert_eq!(status, 422, "{backend:?}: {body}");
        assert_eq!(
            field_message(&body, "name"),
            Some("Vui lòng nhập tên của bạn."),
            "{body}"
        );
        let password = field_message(&body, "password").unwrap_or_default();
        assert!(
            password.contains("Hãy dùng ít nhất 12 ký tự"),
            "{backend:?}: {password}"
        );

        // Accepted: the confirmation letter is written in Vietnamese, greeting included.
        let (status, body) = call_in(
            &app,
            "vi",
            "/api/accounts/sign_up",
            &[
                ("name", "Nguyễn Thị Lan"),
                ("email", "lan@dawaco.vn"),
                ("password", PASSWORD),
            ],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}: {body}");
        let (subject, letter) = latest_letter_to(&app, "lan@dawaco.vn").await;
        assert_eq!(
            subject, "Xác nhận địa chỉ email của bạn cho WaterLinks Hub",
            "{backend:?}"
        );
        assert!(
            letter.contains(&text(Lang::Vi, "accounts-mail-welcome-text")),
            "{letter}"
        );
        assert!(
            letter.contains("Xác nhận địa chỉ email của tôi"),
            "{letter}"
        );
        assert!(letter.contains("Nguyễn Thị Lan"), "{letter}");
        assert!(
            !letter.contains("Thank you for creating an account"),
            "{letter}"
        );

        // Someone else tries the same address in English: the owner, who has no saved
        // language, is told in the language of that request.
        let (status, _) = call_in(
            &app,
            "en",
            "/api/accounts/sign_up",
            &[
                ("name", "Someone"),
                ("email", "lan@dawaco.vn"),
                ("password", PASSWORD),
            ],
        )
        .await;
        assert_eq!(status, 200);
        app.wait_for_count("outbox_message WHERE recipient = 'lan@dawaco.vn'", 2)
            .await;
        let (subject, _) = latest_letter_to(&app, "lan@dawaco.vn").await;
        assert_eq!(
            subject, "You already have a WaterLinks Hub account",
            "{backend:?}"
        );
    }
}

#[tokio::test]
async fn the_results_and_a_refused_sign_in_read_in_chinese() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app.seed_demo().await;
        let zh = "wl_lang=zh-Hans";
        let page = page_in(&app, zh, "/results").await;
        assert!(page.contains("lang=\"zh-Hans\""), "{backend:?}");
        assert!(page.contains("网络成果"), "{backend:?}: {page}");
        assert!(page.contains("进行中的合作伙伴关系"), "{backend:?}");
        assert!(page.contains("当前显示：所有年份"), "{backend:?}");
        assert!(!page.contains("Network results"), "{backend:?}");
        // Without a choice the same page is English.
        let english = app.get("/results").await.text().await.unwrap();
        assert!(english.contains("Network results"));

        // A refused sign-in: the JSON answer and the page after a plain form post.
        app.sign_up_confirmed("Li Wei", "li.wei@example.cn", PASSWORD)
            .await;
        let (status, body) = call_in(
            &app,
            "zh-Hans",
            "/api/accounts/sign_in",
            &[
                ("email", "li.wei@example.cn"),
                ("password", "not the passphrase"),
            ],
        )
        .await;
        assert_eq!(status, 422, "{backend:?}: {body}");
        assert_eq!(
            field_message(&body, "password"),
            Some("该电子邮件和密码与任何账户都不匹配。"),
            "{backend:?}"
        );
        let (status, body) = call_in(
            &app,
            "zh-Hans",
            "/api/accounts/sign_in",
            &[("email", " "), ("password", "x")],
        )
        .await;
        assert_eq!(status, 422);
        assert_eq!(
            field_message(&body, "email"),
            Some("请输入您的电子邮件地址。"),
            "{body}"
        );

        let refused = plain_post_in(
            &app,
            "zh-Hans",
            "/api/accounts/sign_in",
            "/sign-in",
            &[
                ("email", "li.wei@example.cn"),
                ("password", "not the passphrase"),
            ],
        )
        .await;
        assert!(refused.status().is_redirection(), "{}", refused.status());
        let flash = refused
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("wl_flash="))
            .map(|v| v.split(';').next().unwrap_or_default().to_owned())
            .expect("the refusal travels in the flash");
        // The refusal goes back to the page with the error in its address (see shell::flash).
        let location = refused
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("/sign-in")
            .to_owned();
        let back = location
            .strip_prefix(&app.url(""))
            .unwrap_or(&location)
            .to_owned();
        let page = page_in(&app, &format!("{zh}; {flash}"), &back).await;
        assert!(page.contains("登录"), "{backend:?}: {page}");
        assert!(page.contains("忘记密码？"), "{backend:?}");
        assert!(
            page.contains("该电子邮件和密码与任何账户都不匹配。"),
            "{backend:?}: {page}"
        );
    }
}

#[tokio::test]
async fn downloads_and_the_admin_page_follow_the_readers_language() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    app.seed_demo().await;
    let csv = page_in(&app, "wl_lang=vi", "/results/tables/partnerships.csv").await;
    let header = csv.lines().next().unwrap_or_default();
    assert!(
        header.contains("Đơn vị cố vấn") && header.contains("Trạng thái"),
        "{header}"
    );
    let english = app
        .get("/results/tables/partnerships.csv")
        .await
        .text()
        .await
        .unwrap();
    assert!(english.starts_with("Id,Title,Status,Mentor"), "{english}");
    // A bad filter is refused in the reader's language, still with 400.
    let res = app
        .get_as(
            "wl_lang=id",
            "/results/tables/years.csv?year_from=2026&year_to=2024",
        )
        .await;
    assert_eq!(res.status(), 400);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("Periode berakhir (2024) sebelum dimulai (2026)."));

    let (_, admin) = app
        .person(
            "admin@waterlinks.example",
            &[app::accounts::Role::SecretariatAdmin],
            &[],
        )
        .await;
    let page = page_in(&app, &format!("{admin}; wl_lang=th"), "/admin").await;
    assert!(page.contains("การดูแลระบบ"), "{page}");
    assert!(
        page.contains("บันทึกการตรวจสอบ") && page.contains("กล่องอีเมลขาออก"),
        "{page}"
    );
    assert!(page.contains("ผู้ดูแลระบบสำนักเลขาธิการ"), "role labels: {page}");
    let csv = page_in(&app, &format!("{admin}; wl_lang=th"), "/admin/audit.csv").await;
    assert!(csv.starts_with("เวลา (UTC),ผู้ดำเนินการ,การดำเนินการ"), "{csv}");
}
