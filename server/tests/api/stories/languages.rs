//! Stories, news, the feed and events in the reader's language (issue 21): pages, refused
//! forms, the calendar file and the feed's title answer in Thai, Chinese or Vietnamese when
//! the person chose it (`wl_lang`), on every backend.

use super::*;

async fn text_as(app: &TestApp, cookie: &str, path: &str) -> (u16, String) {
    let res = app.get_as(cookie, path).await;
    (res.status().as_u16(), res.text().await.unwrap_or_default())
}

#[tokio::test]
async fn stories_and_events_speak_thai_and_chinese() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let pid = demo_partnership(&app).await.to_string();
        let (_, facilitator) = app
            .person("fac@waterlinks.example", &[Role::Facilitator], &[])
            .await;
        let thai = format!("{facilitator}; wl_lang=th");
        let chinese = format!("{facilitator}; wl_lang=zh-Hans");

        // The story list in Chinese.
        let (status, html) = text_as(&app, "wl_lang=zh-Hans", "/stories").await;
        assert_eq!(status, 200, "{backend:?}");
        assert!(html.contains("良好实践故事"), "{backend:?}: {html}");
        assert!(!html.contains("Good-practice stories"), "{backend:?}");

        // A refused story in Thai: 422, each field's message in Thai, nothing stored.
        let (status, body) = call(
            &app,
            Some(&thai),
            "/api/stories/create",
            &[
                ("title", "Zamboanga"),
                ("summary", "District metering."),
                ("body", " "),
                ("partnership_id", pid.as_str()),
                ("countries", ""),
            ],
        )
        .await;
        assert_eq!(status, 422, "{backend:?}");
        assert_eq!(
            field_message(&body, "body"),
            Some("กรุณาเล่าเรื่องราวของคุณ"),
            "{backend:?}: {body}"
        );
        assert_eq!(app.count("story").await, 0, "{backend:?}");

        // An event whose last day comes first, refused in Chinese.
        let start = (chrono::Utc::now().date_naive() + chrono::Duration::days(30)).to_string();
        let end = (chrono::Utc::now().date_naive() + chrono::Duration::days(32)).to_string();
        let event = |starts: &str, ends: &str| -> Vec<(String, String)> {
            [
                ("title", "Asia Water Forum"),
                ("description", ""),
                ("starts_on", starts),
                ("ends_on", ends),
                ("place", "ADB Headquarters, Manila"),
                ("organizer", "Asian Development Bank"),
                ("link", ""),
                ("scope", "regional"),
            ]
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
        };
        let send = |cookie: String, f: Vec<(String, String)>| {
            let app = &app;
            async move {
                let pairs: Vec<(&str, &str)> =
                    f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                call(app, Some(&cookie), "/api/events/create", &pairs).await
            }
        };
        let (status, body) = send(chinese.clone(), event(&end, &start)).await;
        assert_eq!(status, 422, "{backend:?}");
        assert_eq!(
            field_message(&body, "ends_on"),
            Some("最后一天不能早于第一天。"),
            "{backend:?}: {body}"
        );
        assert_eq!(app.count("sector_event").await, 0, "{backend:?}");
        let (status, body) = send(chinese, event(&start, &end)).await;
        assert_eq!(status, 200, "{backend:?}: {body}");
        let id = body.as_i64().unwrap_or_default();

        // The events page in Thai: heading, the scope and the organiser line of the event.
        let (status, html) = text_as(&app, "wl_lang=th", "/events?view=upcoming").await;
        assert_eq!(status, 200, "{backend:?}");
        assert!(html.contains("สมัครรับปฏิทิน"), "{backend:?}: {html}");
        assert!(html.contains("ระดับภูมิภาค"), "the scope in Thai: {html}");
        assert!(html.contains("จัดโดย Asian Development Bank"), "{html}");
        // The month calendar's weekdays in Thai.
        let (_, html) = text_as(&app, "wl_lang=th", "/events?view=calendar").await;
        assert!(html.contains("วันจันทร์"), "{backend:?}: {html}");

        // The calendar file in the reader's language; the event's own name as written.
        let (status, ics) = text_as(&app, "wl_lang=th", &format!("/events/{id}/event.ics")).await;
        assert_eq!(status, 200, "{backend:?}");
        // Long lines are folded at 75 octets: read them unfolded.
        let ics = ics.replace("\r\n ", "");
        assert!(
            ics.lines()
                .any(|l| l.starts_with("SUMMARY;LANGUAGE=") && l.ends_with(":Asia Water Forum")),
            "{ics}"
        );
        assert!(ics.contains("จัดโดย Asian Development Bank"), "{ics}");

        // The feed's own title in Vietnamese.
        let (status, feed) = text_as(&app, "wl_lang=vi", "/feed.atom").await;
        assert_eq!(status, 200, "{backend:?}");
        assert!(
            feed.contains("WaterLinks Hub: câu chuyện và tin tức"),
            "{feed}"
        );
    }
}
