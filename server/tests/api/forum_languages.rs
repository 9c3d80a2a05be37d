//! The Forum in the registrant's language (issue 21): a visitor who chose Tiếng Việt registers
//! as "Nguyễn Thị Minh Khai" and every email about that registration, the badge and the refused
//! form are in Vietnamese with the name exactly as typed, whoever triggers the email.

use crate::forum::{edition, hex_after, register, status_of};
use crate::support;

use app::accounts::Role;
use support::{backends, TestApp};

const NAME: &str = "Nguyễn Thị Minh Khai";
const EMAIL: &str = "khai@capnuochue.example";
const VI: &str = "wl_lang=vi";

/// The subject and plain-text body of the latest outbox message to `email`.
async fn latest_mail(app: &TestApp, email: &str) -> (String, String) {
    use app::mail::entity::{Column, Entity};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let found = Entity::find()
        .filter(Column::Recipient.eq(email))
        .order_by_desc(Column::Id)
        .one(&app.db)
        .await
        .expect("outbox")
        .unwrap_or_else(|| panic!("no mail to {email}"));
    (found.subject, found.body)
}

#[tokio::test]
async fn a_vietnamese_visitor_gets_vietnamese_emails_and_badge_with_the_name_exact() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let form = edition(&app, 10, false, true).await;

        let res = register(&app, &form, Some(VI), NAME, EMAIL).await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert!(
            body["message"]
                .as_str()
                .unwrap()
                .starts_with("Sắp xong rồi"),
            "{body}"
        );
        let (subject, text) = latest_mail(&app, EMAIL).await;
        assert_eq!(
            subject, "Xác nhận đăng ký tham dự WaterLinks Forum 2027",
            "{backend:?}"
        );
        assert!(text.contains(NAME), "{text}");
        assert!(
            text.contains("Vui lòng xác nhận địa chỉ email của bạn"),
            "{text}"
        );

        // The link is opened in a browser that sent no language: the email that follows is
        // still in the registration's language.
        let token = hex_after(&text, "forum/confirm?token=");
        let res = app
            .post_form("/api/forum/confirm", &[("token", &token)])
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let (subject, text) = latest_mail(&app, EMAIL).await;
        assert_eq!(subject, "Bạn đã đăng ký thành công WaterLinks Forum 2027");
        assert!(text.contains(NAME), "{text}");
        assert!(text.contains("tháng 3"), "dates in Vietnamese: {text}");
        assert!(text.contains("Mã cá nhân của bạn là"), "{text}");

        let code = app::forum::badges::by_code(&app.db, &hex_after(&text, "/forum/badge/"))
            .await
            .unwrap()
            .expect("the badge link's registration")
            .badge_code;
        let page = app.get_as(VI, &format!("/forum/badge/{code}")).await;
        assert_eq!(page.status(), 200, "{backend:?}");
        let html = page.text().await.unwrap();
        assert!(html.contains("<html lang=\"vi\""), "{backend:?}");
        assert!(html.contains(NAME), "the name exactly: {html}");
        assert!(html.contains("Công ty cấp nước"), "attendee type: {html}");
        assert!(html.contains("In thẻ đại biểu"), "{html}");
        assert!(!html.contains("Print the badge"), "{html}");

        // What the printed badge (PDF) is written from: the registration's language, whoever
        // prints it.
        let printed = app::forum::badges::badge(&app.db, &code)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(printed.name, NAME);
        assert_eq!(printed.attendee_type, "Công ty cấp nước");
        assert_eq!(
            app::forum::badges::code_line(&printed),
            format!("Mã {code}")
        );
        assert!(
            app::forum::badges::pdf_title(&printed).starts_with(&format!("Thẻ đại biểu: {NAME}"))
        );
    }
}

#[tokio::test]
async fn a_promotion_by_an_english_speaking_admin_is_written_in_the_registrations_language() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let form = edition(&app, 1, false, true).await;
        let (_, session) = app
            .person(
                "desk@secretariat.example",
                &[Role::Member, Role::SecretariatAdmin],
                &[],
            )
            .await;
        let admin = format!("{session}; wl_lang=en");
        let (_, first) = app.person("ana@dcwd.example", &[Role::Member], &[]).await;
        let res = register(&app, &form, Some(&first), "Ana Reyes", "ana@dcwd.example").await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert_eq!(status_of(&app, "ana@dcwd.example").await, "registered");

        assert_eq!(
            register(&app, &form, Some(VI), NAME, EMAIL).await.status(),
            200
        );
        let (_, text) = latest_mail(&app, EMAIL).await;
        let token = hex_after(&text, "forum/confirm?token=");
        let res = app
            .post_as(
                Some("wl_lang=en"),
                "/api/forum/confirm",
                &[("token", &token)],
            )
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["status"], "waitlisted");
        assert!(
            body["message"].as_str().unwrap().contains("waitlist"),
            "the page answers in the language of whoever opened it: {body}"
        );
        let (subject, text) = latest_mail(&app, EMAIL).await;
        assert_eq!(subject, "Trong danh sách chờ: WaterLinks Forum 2027");
        assert!(
            text.contains("danh sách chờ") && text.contains(NAME),
            "{text}"
        );

        // The secretariat, reading in English, rejects Ana: Khai gets the place, in Vietnamese;
        // Ana is told in English.
        let ana = app::forum::badges::by_code(
            &app.db,
            &hex_after(
                &latest_mail(&app, "ana@dcwd.example").await.1,
                "/forum/badge/",
            ),
        )
        .await
        .unwrap()
        .unwrap();
        let res = app
            .post_as(
                Some(&admin),
                "/api/forum/decide",
                &[("id", &ana.id.to_string()), ("decision", "reject")],
            )
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert_eq!(status_of(&app, EMAIL).await, "registered");
        let (subject, text) = latest_mail(&app, EMAIL).await;
        assert_eq!(subject, "Bạn đã đăng ký thành công WaterLinks Forum 2027");
        assert!(
            text.contains(NAME) && text.contains("Chỗ của bạn tại"),
            "{text}"
        );
        let (subject, _) = latest_mail(&app, "ana@dcwd.example").await;
        assert_eq!(subject, "Your registration for WaterLinks Forum 2027");

        // The secretariat reprinting Khai's badge gets it in Khai's language, in an English page.
        let code = hex_after(&text, "/forum/badge/");
        let html = app
            .get_as(&admin, &format!("/forum/badge/{code}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(html.contains("<html lang=\"en\""), "{backend:?}");
        assert!(
            html.contains("lang=\"vi\"") && html.contains("Công ty cấp nước"),
            "{html}"
        );
        assert!(
            html.contains(NAME) && html.contains("Print the badge"),
            "{html}"
        );

        // The desk's offline texts come from the server, in the desk's language.
        let desk = app
            .get_as(&format!("{session}; {VI}"), "/forum/check-in")
            .await
            .text()
            .await
            .unwrap();
        assert!(
            desk.contains("data-text-waiting=\"{code} quét lúc {time}: đang chờ đồng bộ\""),
            "{desk}"
        );
        assert!(
            desk.contains("data-offline=\"Bạn đang ngoại tuyến."),
            "{desk}"
        );
    }
}

#[tokio::test]
async fn a_refused_registration_says_why_in_the_visitors_language() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let form = edition(&app, 10, false, true).await;
        let dinner = format!("answers[q{}]", form.dinner);
        let res = app
            .post_as(
                Some(VI),
                "/api/forum/register",
                &[
                    ("name", " "),
                    ("email", EMAIL),
                    ("organization", "Công ty Cổ phần Cấp nước Thừa Thiên Huế"),
                    ("attendee_type", "utility"),
                    (dinner.as_str(), ""),
                ],
            )
            .await;
        assert_eq!(res.status(), 422, "{backend:?}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(
            support::field_message(&body, "name"),
            Some("Vui lòng nhập họ tên như sẽ in trên thẻ đại biểu."),
            "{body}"
        );
        let res = app
            .post_as(
                Some(VI),
                "/api/forum/register",
                &[
                    ("name", NAME),
                    ("email", EMAIL),
                    ("organization", "Công ty Cổ phần Cấp nước Thừa Thiên Huế"),
                    ("attendee_type", "utility"),
                ],
            )
            .await;
        assert_eq!(res.status(), 422, "{backend:?}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(
            support::field_message(&body, &format!("q{}", form.dinner)),
            Some("Vui lòng trả lời câu hỏi “Attending the dinner?”."),
            "{body}"
        );
        assert_eq!(app.outbox_count_to(EMAIL).await, 0, "nothing half saved");

        // A browser that asks for Thai gets the page in Thai.
        let page = app
            .client
            .get(app.url("/forum"))
            .header("accept-language", "th-TH,th;q=0.9")
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            page.contains("ฟอรัมประจำปี") && page.contains("ลงทะเบียน"),
            "{page}"
        );
        assert!(!page.contains("I am attending as"), "{page}");
    }
}
