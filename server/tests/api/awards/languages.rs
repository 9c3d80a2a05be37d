//! The awards in the attendee's and the secretariat's language (issue 21): the public page,
//! the big screen and its live script's words, the vote entry form, and refused votes and
//! voting actions answer in Thai or Chinese when the person chose it (`wl_lang`), on every
//! backend. Without a choice the same answers stay English (the other tests).

use super::*;
use support::field_message;

async fn text_as(app: &TestApp, cookie: &str, path: &str) -> (u16, String) {
    let res = app.get_as(cookie, path).await;
    (res.status().as_u16(), res.text().await.unwrap_or_default())
}

async fn vote_as(
    app: &TestApp,
    cookie: &str,
    code: &str,
    category: i32,
    nomination: i32,
) -> (u16, serde_json::Value) {
    let res = app
        .post_as(
            Some(cookie),
            "/api/awards/vote",
            &[
                ("code", code),
                ("category", &category.to_string()),
                ("nomination", &nomination.to_string()),
                ("nonce", &nonce()),
            ],
        )
        .await;
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(serde_json::Value::Null))
}

#[tokio::test]
async fn thai_and_chinese_attendees_read_the_awards_and_their_refusals_in_their_language() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let w = world(&app, 1, false).await;

        // The public page in Thai: its heading, a category's state, the tie-break rule.
        let (status, html) = text_as(&app, "wl_lang=th", "/awards").await;
        assert_eq!(status, 200, "{backend:?}");
        assert!(html.contains("รางวัลของฟอรัม"), "{backend:?}: {html}");
        assert!(html.contains("ยังไม่เปิด"), "the draft state in Thai: {html}");
        assert!(html.contains("หากคะแนนเท่ากัน"), "the tie-break in Thai");
        assert!(!html.contains("Not open yet"), "no English state left");

        set_voting(&app, &w, w.category, "open").await;

        // The big screen in Chinese, with the words its live script writes as votes arrive.
        let (status, html) = text_as(
            &app,
            "wl_lang=zh-Hans",
            &format!("/awards/{}/screen", w.category),
        )
        .await;
        assert_eq!(status, 200, "{backend:?}");
        assert!(
            html.contains("投票进行中"),
            "the open state in Chinese: {html}"
        );
        assert!(html.contains("已投 0 票"), "the count in Chinese: {html}");
        assert!(
            html.contains("data-total-other=\"已投 {count} 票\""),
            "venue.js's template in Chinese: {html}"
        );

        // A vote refused because the attendee has not checked in: 409, in Chinese.
        let (status, body) = vote_as(
            &app,
            "wl_lang=zh-Hans",
            &w.absent,
            w.category,
            w.nominees[0],
        )
        .await;
        assert_eq!(status, 409, "{backend:?}: {body}");
        assert!(
            body.to_string()
                .contains("只有已在论坛签到的参会者才能投票"),
            "{backend:?}: {body}"
        );
        // A nominee of another category: 422, the field's message in Thai.
        let (status, body) = vote_as(
            &app,
            "wl_lang=th",
            &w.attendees[0],
            w.category,
            w.other_nominee,
        )
        .await;
        assert_eq!(status, 422, "{backend:?}: {body}");
        assert_eq!(
            field_message(&body, "nomination"),
            Some("ผู้ได้รับการเสนอชื่อนี้ไม่อยู่ในประเภทรางวัลนี้"),
            "{backend:?}: {body}"
        );
        assert_eq!(app.count("award_ballot").await, 0, "{backend:?}");

        // A secretariat admin who reads Thai is told, in Thai, why the result cannot be
        // revealed yet.
        let res = app
            .post_as(
                Some(&format!("{}; wl_lang=th", w.admin)),
                "/api/awards/voting",
                &[("category", &w.category.to_string()), ("action", "reveal")],
            )
            .await;
        assert_eq!(res.status(), 409, "{backend:?}");
        let body = res.text().await.unwrap_or_default();
        assert!(
            body.contains("ปิดการลงคะแนนก่อนประกาศผล"),
            "{backend:?}: {body}"
        );

        // The vote entry form says what is wrong with a badge's code in Thai.
        let (status, html) = text_as(
            &app,
            "wl_lang=th",
            "/awards/vote?code=0123456789abcdef0123456789abcdef",
        )
        .await;
        assert_eq!(status, 200, "{backend:?}");
        assert!(html.contains("รหัสบนบัตรประจำตัวไม่ใช่รหัสนี้"), "{html}");
    }
}
