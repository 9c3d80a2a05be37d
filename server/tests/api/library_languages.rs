//! The library in the languages of the region, on every backend: Thai and Chinese products
//! are found by words inside text written without spaces, English words in their other forms,
//! lists narrow by language, and translations link to each other.

use crate::library::{detail, facet, search, titles};
use crate::support;

use app::accounts::Role;
use serde_json::Value;
use support::{backends, call, TestApp};

const THAI_TOOLKIT: &str = "ชุดเครื่องมือการลดน้ำสูญเสียสำหรับการประปา";
const CHINESE_MANUAL: &str = "供水管网漏损控制手册";
const NRW_TOOLKIT: &str = "Non-Revenue Water Reduction Toolkit";

fn marked_pieces(marked: &Value) -> Vec<String> {
    marked
        .as_array()
        .expect("marked text")
        .iter()
        .filter(|piece| piece[1] == true)
        .map(|piece| piece[0].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// The id of the demo product with this title, as a visitor finds it.
async fn id_of(app: &TestApp, title: &str) -> i32 {
    let all = search(app, None, &[("page", "1")]).await;
    let mut page = 1;
    let mut found = all;
    loop {
        let hit = found["hits"].as_array().unwrap().iter().find(|h| {
            h["title"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p[0].as_str().unwrap())
                .collect::<String>()
                == title
        });
        if let Some(hit) = hit {
            return hit["id"].as_i64().unwrap() as i32;
        }
        page += 1;
        assert!(page <= 5, "{title} is not in the library");
        found = search(app, None, &[("page", &page.to_string())]).await;
    }
}

#[tokio::test]
async fn thai_and_chinese_products_are_found_by_a_word_inside_their_text() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::library::demo::seed(&app.db).await.unwrap();

        // "น้ำสูญเสีย" (non-revenue water) sits inside the run "การลดน้ำสูญเสียสำหรับการประปา":
        // Thai puts no spaces between words.
        let found = search(&app, None, &[("q", "น้ำสูญเสีย")]).await;
        assert_eq!(titles(&found), [THAI_TOOLKIT], "{backend:?}");
        assert_eq!(
            marked_pieces(&found["hits"][0]["title"]),
            ["น้ำสูญเสีย"],
            "{backend:?}"
        );
        // A word only in the summary ("มาตรวัดน้ำ", water meter) is found and shown marked.
        let found = search(&app, None, &[("q", "มาตรวัดน้ำ")]).await;
        assert_eq!(titles(&found), [THAI_TOOLKIT], "{backend:?}");
        assert_eq!(
            marked_pieces(&found["hits"][0]["snippet"]),
            ["มาตรวัดน้ำ"],
            "{backend:?}"
        );
        // A Thai word with a Latin one: both must be there.
        let found = search(&app, None, &[("q", "DMA น้ำสูญเสีย")]).await;
        assert_eq!(titles(&found), [THAI_TOOLKIT], "{backend:?}");
        // A Thai word that no product has finds nothing.
        let found = search(&app, None, &[("q", "ไฟฟ้า")]).await;
        assert_eq!(found["total"], 0, "{backend:?}");

        // Chinese: a two-character word (below a trigram) and a four-character one.
        for word in ["漏损", "分区计量"] {
            let found = search(&app, None, &[("q", word)]).await;
            assert_eq!(titles(&found), [CHINESE_MANUAL], "{backend:?}: {word}");
        }

        // The page marks the Thai word as text.
        let html = app
            .get("/library?q=%E0%B8%99%E0%B9%89%E0%B8%B3%E0%B8%AA%E0%B8%B9%E0%B8%8D%E0%B9%80%E0%B8%AA%E0%B8%B5%E0%B8%A2")
            .await
            .text()
            .await
            .unwrap();
        assert!(html.contains("<mark>น้ำสูญเสีย</mark>"), "{backend:?}");
        assert!(html.contains(r#"lang="th""#), "{backend:?}");
    }
}

#[tokio::test]
async fn english_words_are_found_in_their_other_forms() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::library::demo::seed(&app.db).await.unwrap();
        // No product says "leaking"; the toolkit says "leak detection". A prefix search for
        // "leaking" cannot reach "leak"; the stemmer can.
        let found = search(&app, None, &[("q", "leaking")]).await;
        assert!(
            titles(&found).contains(&NRW_TOOLKIT.to_owned()),
            "{backend:?}: {:?}",
            titles(&found)
        );
        // And the form found is marked.
        let hit = found["hits"].as_array().unwrap().iter().find(|h| {
            marked_pieces(&h["snippet"])
                .iter()
                .any(|m| m.eq_ignore_ascii_case("leak"))
        });
        assert!(hit.is_some(), "{backend:?}: {found}");
    }
}

#[tokio::test]
async fn the_library_narrows_by_language_and_translations_link_each_other() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::library::demo::seed(&app.db).await.unwrap();
        let (_, admin) = app
            .person(
                "admin@secretariat.example",
                &[Role::Member, Role::SecretariatAdmin],
                &[],
            )
            .await;

        // By language: the code, or (old links) the English name; the facet shows the name.
        let thai = search(&app, None, &[("language", "th")]).await;
        assert_eq!(titles(&thai), [THAI_TOOLKIT], "{backend:?}");
        let all = search(&app, None, &[]).await;
        let label = all["facets"]["languages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["value"] == "th")
            .map(|f| f["label"].clone());
        assert_eq!(label, Some(Value::from("ภาษาไทย")), "{backend:?}");
        assert_eq!(facet(&all, "languages", "zh-Hans"), Some(1));
        let vietnamese = search(&app, None, &[("language", "Vietnamese")]).await;
        assert_eq!(
            titles(&vietnamese),
            ["Sổ tay quản lý chất lượng nước cho các công ty cấp nước"],
            "{backend:?}"
        );
        let (status, _) = call(&app, None, "/api/library/search", &[("language", "xx")]).await;
        assert_eq!(status, 400, "{backend:?}");

        // The demo's Thai toolkit translates the English one: each page links to the other.
        let english = id_of(&app, NRW_TOOLKIT).await;
        let thai = id_of(&app, THAI_TOOLKIT).await;
        let (_, en) = detail(&app, None, english).await;
        assert_eq!(en["translations"][0]["id"], thai, "{backend:?}: {en}");
        assert_eq!(en["translations"][0]["language"], "th");
        let (_, th) = detail(&app, None, thai).await;
        assert_eq!(th["translations"][0]["id"], english, "{backend:?}: {th}");
        let page = app
            .get(&format!("/library/{english}"))
            .await
            .text()
            .await
            .unwrap();
        assert!(
            page.contains(&format!(
                r#"href="/library/{thai}" lang="th" hreflang="th""#
            )),
            "{backend:?}"
        );
        assert!(page.contains("ภาษาไทย"));

        // A Vietnamese translation of the Thai translation links to the original.
        let create = |language: &'static str, translation_of: i32| {
            let (app, admin) = (&app, admin.clone());
            async move {
                call(
                    app,
                    Some(&admin),
                    "/api/library/create",
                    &[
                        ("kind", "toolkit"),
                        ("title", "Bộ công cụ giảm thất thoát nước"),
                        (
                            "summary",
                            "Hướng dẫn từng bước cho các công ty cấp nước bắt đầu chương trình giảm thất thoát.",
                        ),
                        ("authors", "Saigon Water Corporation (SAWACO)"),
                        ("year", "2025"),
                        ("licence", "CC BY 4.0"),
                        ("language", language),
                        ("access", "public"),
                        ("topics[]", "nrw"),
                        ("countries", "Viet Nam"),
                        ("translation_of", &translation_of.to_string()),
                    ],
                )
                .await
            }
        };
        let (status, body) = create("vi", thai).await;
        assert_eq!(status, 200, "{backend:?}: {body}");
        let vi = body.as_i64().unwrap();
        let (_, vi_detail) = detail(&app, None, vi as i32).await;
        assert_eq!(vi_detail["translation_of"], english, "{backend:?}");
        let (_, en) = detail(&app, None, english).await;
        let languages: Vec<&str> = en["translations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["language"].as_str().unwrap())
            .collect();
        assert_eq!(languages, ["vi", "th"], "{backend:?}");

        // Not a translation of something in its own language, nor in a language that is none.
        let before = app.count("knowledge_product").await;
        let (status, body) = create("en", english).await;
        assert_eq!(status, 422, "{backend:?}: {body}");
        assert_eq!(
            support::field_message(&body, "translation_of"),
            Some("Choose a published product written in another language.")
        );
        let (status, body) = create("klingon", english).await;
        assert_eq!(status, 422, "{backend:?}: {body}");
        assert_eq!(
            support::field_message(&body, "language"),
            Some("Choose the language the product is written in.")
        );
        assert_eq!(app.count("knowledge_product").await, before, "{backend:?}");
    }
}
