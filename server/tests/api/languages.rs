//! The interface's language: chosen in the header or on the account page (a cookie, and the
//! account for a signed-in person), else the browser's `Accept-Language`, else English; the page
//! says its language in `<html lang>`. Over HTTP, on every backend.

use crate::support;

use support::{backends, call, field_message, TestApp};

const PASSWORD: &str = "a long enough passphrase";

async fn page(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> String {
    let mut request = app.client.get(app.url(path));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let res = request.send().await.expect("GET");
    assert_eq!(res.status(), 200, "{path}");
    res.text().await.expect("a page")
}

fn lang_cookie_of(res: &reqwest::Response) -> Option<String> {
    res.headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| {
            v.split(';')
                .next()?
                .trim()
                .strip_prefix("wl_lang=")
                .map(str::to_owned)
        })
}

#[tokio::test]
async fn the_browser_language_decides_until_a_person_chooses() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let english = page(&app, "/", &[]).await;
        assert!(english.contains(r#"<html lang="en""#), "{backend:?}");
        assert!(english.contains(">Forum<"), "{backend:?}");

        let vietnamese = page(&app, "/", &[("accept-language", "vi-VN,vi;q=0.9,en;q=0.5")]).await;
        assert!(vietnamese.contains(r#"<html lang="vi""#), "{backend:?}");
        assert!(
            vietnamese.contains("Diễn đàn"),
            "{backend:?}: the navigation in Vietnamese"
        );
        assert!(!vietnamese.contains("Skip to content"), "{backend:?}");

        // Traditional Chinese is not Simplified: English, not a wrong script, unless the browser
        // also accepts Chinese in general.
        let taiwan = page(&app, "/", &[("accept-language", "zh-TW,zh;q=0.5")]).await;
        assert!(taiwan.contains(r#"<html lang="zh-Hans""#), "{backend:?}");
        let hong_kong = page(&app, "/", &[("accept-language", "zh-HK")]).await;
        assert!(hong_kong.contains(r#"<html lang="en""#), "{backend:?}");

        // The choice (cookie) wins over the browser.
        let thai = page(
            &app,
            "/",
            &[("accept-language", "vi"), ("cookie", "wl_lang=th")],
        )
        .await;
        assert!(thai.contains(r#"<html lang="th""#), "{backend:?}");
        assert!(thai.contains("ฟอรัม"), "{backend:?}");
        assert!(
            thai.contains(r#"aria-current="true""#),
            "{backend:?}: the menu marks the current language"
        );
    }
}

#[tokio::test]
async fn choosing_a_language_keeps_it_and_an_unknown_one_is_refused_at_its_field() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let res = app.post_form("/api/language", &[("lang", "fr")]).await;
        assert_eq!(res.status(), 422, "{backend:?}");
        assert_eq!(lang_cookie_of(&res), None, "{backend:?}: nothing kept");
        let body: serde_json::Value = res.json().await.expect("JSON");
        assert_eq!(
            field_message(&body, "lang"),
            Some("Choose one of the languages in the list."),
            "{backend:?}"
        );
        // Asked in Indonesian, the refusal is in Indonesian.
        let res = app
            .client
            .post(app.url("/api/language"))
            .header("origin", app.url(""))
            .header("cookie", "wl_lang=id")
            .form(&[("lang", "klingon")])
            .send()
            .await
            .expect("POST");
        let body: serde_json::Value = res.json().await.expect("JSON");
        assert_eq!(
            field_message(&body, "lang"),
            Some("Pilih salah satu bahasa dalam daftar.")
        );

        let res = app.post_form("/api/language", &[("lang", "zh-Hans")]).await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert_eq!(
            lang_cookie_of(&res).as_deref(),
            Some("zh-Hans"),
            "{backend:?}"
        );
    }
}

#[tokio::test]
async fn a_signed_in_persons_choice_follows_them_to_another_device() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let cookie = app
            .sign_up_confirmed("Somchai Jaidee", "somchai@pwa.co.th", PASSWORD)
            .await;
        let (status, _) = call(&app, Some(&cookie), "/api/language", &[("lang", "th")]).await;
        assert_eq!(status, 200, "{backend:?}");
        assert_eq!(
            app.count("account WHERE email = 'somchai@pwa.co.th' AND language = 'th'")
                .await,
            1
        );

        // A new device: signing in brings the choice back as the cookie.
        let res = app
            .post_form(
                "/api/accounts/sign_in",
                &[("email", "somchai@pwa.co.th"), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert_eq!(lang_cookie_of(&res).as_deref(), Some("th"), "{backend:?}");
        // Someone who never chose gets no cookie at sign-in (the browser's language goes on deciding).
        app.sign_up_confirmed("Ana Reyes", "ana@dcwd.gov.ph", PASSWORD)
            .await;
        let res = app
            .post_form(
                "/api/accounts/sign_in",
                &[("email", "ana@dcwd.gov.ph"), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(lang_cookie_of(&res), None, "{backend:?}");
    }
}

/// What a phone keeps for when the network goes is in the person's language too: the offline
/// page (by their choice) and the app manifest (by their browser's language).
#[tokio::test]
async fn the_offline_page_and_the_app_manifest_speak_the_persons_language() {
    let app = TestApp::spawn(support::Backend::Sqlite).await;
    let offline = page(&app, "/offline.html", &[("cookie", "wl_lang=vi")]).await;
    assert!(offline.contains(r#"<html lang="vi">"#), "{offline}");
    assert!(offline.contains("Bạn đang ngoại tuyến"), "{offline}");
    assert!(!offline.contains("You are offline"));
    let english = page(&app, "/offline.html", &[]).await;
    assert!(english.contains("You are offline"), "{english}");

    let res = app
        .client
        .get(app.url("/manifest.webmanifest"))
        .header("accept-language", "th-TH,th;q=0.9")
        .send()
        .await
        .expect("GET");
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/manifest+json");
    let manifest: serde_json::Value = res.json().await.expect("JSON");
    assert_eq!(manifest["lang"], "th");
    assert_eq!(manifest["start_url"], "/forum");
    assert!(
        manifest["description"]
            .as_str()
            .is_some_and(|d| d.contains("การประปา")),
        "{manifest}"
    );
}

/// One person's language never reaches another's answer: Thai pages rendered at the same time
/// as refusals asked in English and Indonesian (the server's worker threads are shared, and a
/// language found through another request's context would show here).
#[tokio::test]
async fn a_persons_language_never_leaks_into_anothers_answer() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let refusal = |cookie: &'static str| {
            let app = &app;
            async move {
                let mut request = app
                    .client
                    .post(app.url("/api/language"))
                    .header("origin", app.url(""));
                if !cookie.is_empty() {
                    request = request.header("cookie", cookie);
                }
                let res = request.form(&[("lang", "fr")]).send().await.expect("POST");
                let body: serde_json::Value = res.json().await.expect("JSON");
                field_message(&body, "lang").map(str::to_owned)
            }
        };
        let thai_page = |path: &'static str| {
            let app = &app;
            async move { page(app, path, &[("cookie", "wl_lang=th")]).await }
        };
        for round in 0..25 {
            let (pages, english, indonesian) = tokio::join!(
                futures::future::join_all(
                    ["/", "/library", "/news", "/events", "/stories", "/training"].map(thai_page)
                ),
                futures::future::join_all((0..6).map(|_| refusal(""))),
                futures::future::join_all((0..6).map(|_| refusal("wl_lang=id"))),
            );
            assert!(pages.iter().all(|html| html.contains(r#"<html lang="th""#)));
            for message in english {
                assert_eq!(
                    message.as_deref(),
                    Some("Choose one of the languages in the list."),
                    "{backend:?}, round {round}"
                );
            }
            for message in indonesian {
                assert_eq!(
                    message.as_deref(),
                    Some("Pilih salah satu bahasa dalam daftar."),
                    "{backend:?}, round {round}"
                );
            }
        }
    }
}

/// What the server says outside any page (its gates, plain routes' refusals) is in the person's
/// language too: a pasted line break refused at its field, a file route that needs signing in,
/// an address that cannot be read, a post from another site.
#[tokio::test]
async fn the_servers_own_refusals_speak_the_persons_language() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let res = app
            .client
            .post(app.url("/api/events/create"))
            .header("origin", app.url(""))
            .header("accept-language", "vi-VN,vi;q=0.9")
            .form(&[("title", "Tuần lễ Nước\r\nBEGIN:VALARM")])
            .send()
            .await
            .expect("POST");
        assert_eq!(res.status(), 422, "{backend:?}");
        let body: serde_json::Value = res.json().await.expect("JSON");
        assert_eq!(
            field_message(&body, "title"),
            Some("Trường này chỉ có một dòng: hãy xóa các dấu xuống dòng."),
            "{backend:?}: {body}"
        );

        let res = app
            .client
            .get(app.url("/admin/audit.csv"))
            .header("cookie", "wl_lang=th")
            .send()
            .await
            .expect("GET");
        assert_eq!(res.status(), 401, "{backend:?}");
        assert_eq!(
            res.text().await.expect("text"),
            "โปรดเข้าสู่ระบบเพื่อดำเนินการต่อ",
            "{backend:?}"
        );

        let res = app
            .client
            .get(app.url("/stories/%FF"))
            .header("accept-language", "zh-CN,zh;q=0.9")
            .send()
            .await
            .expect("GET");
        assert_eq!(res.status(), 400, "{backend:?}");
        assert_eq!(
            res.text().await.expect("text"),
            "此地址包含无法读取的字符。",
            "{backend:?}"
        );

        let res = app
            .client
            .post(app.url("/api/language"))
            .header("origin", "https://elsewhere.example")
            .header("accept-language", "id")
            .form(&[("lang", "th")])
            .send()
            .await
            .expect("POST");
        assert_eq!(res.status(), 403, "{backend:?}");
        let text = res.text().await.expect("text");
        assert!(
            text.starts_with("Permintaan lintas situs ditolak"),
            "{backend:?}: {text}"
        );

        // What the page's script says when a call it makes is refused (a ballot, the check-in
        // desk) comes with the page, in its language.
        let html = page(&app, "/", &[("cookie", "wl_lang=th")]).await;
        assert!(
            html.contains(r#"data-error-unauthenticated="โปรดเข้าสู่ระบบเพื่อดำเนินการต่อ""#),
            "{backend:?}"
        );
    }
}
