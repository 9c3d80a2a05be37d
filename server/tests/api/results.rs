//! Network results as a visitor and a development partner see them: the home page, the
//! dashboard, the reports and the map show the demo network's figures, and these equal sums
//! computed here straight from the database. Bad filters are refused with a message.

use crate::support;

use sea_orm::{ConnectionTrait, Statement};
use support::{backends, TestApp};

async fn seed_demo(app: &TestApp) {
    app::partners::demo::seed(&app.db, 0).await.unwrap();
    app::wops::demo::seed(&app.db).await.unwrap();
    app::training::demo::seed(&app.db).await.unwrap();
    app::library::demo::seed(&app.db).await.unwrap();
    app::forum::demo::seed(&app.db).await.unwrap();
    app::stories::demo::seed(&app.db).await.unwrap();
    app::events::demo::seed(&app.db).await.unwrap();
    assert!(app::results::demo::seed(&app.db).await.unwrap() > 0);
    assert_eq!(
        app::results::demo::seed(&app.db).await.unwrap(),
        0,
        "seeding twice adds nothing"
    );
}

/// One number from SQL.
async fn sql(app: &TestApp, query: &str) -> i64 {
    let row = app
        .db
        .query_one_raw(Statement::from_string(
            app.db.get_database_backend(),
            format!("SELECT CAST(({query}) AS BIGINT) AS n"),
        ))
        .await
        .expect(query)
        .expect("a row");
    row.try_get::<i64>("", "n").expect(query)
}

/// The headline figures, computed independently of the app's query layer.
struct Expected {
    active: i64,
    completed: i64,
    utilities: i64,
    people: i64,
    trained: i64,
    downloads: i64,
    partnerships: i64,
}

async fn expected(app: &TestApp) -> Expected {
    Expected {
        active: sql(app, "SELECT COUNT(*) FROM partnership WHERE state = 'active'").await,
        completed: sql(app, "SELECT COUNT(*) FROM partnership WHERE state = 'completed'").await,
        utilities: sql(
            app,
            "SELECT COUNT(*) FROM organization WHERE id IN \
             (SELECT mentor_id FROM partnership UNION SELECT recipient_id FROM partnership)",
        )
        .await,
        // Each public outcome's latest value minus its baseline.
        people: sql(
            app,
            "SELECT COALESCE(SUM(v.value - o.baseline_value), 0) FROM outcome o \
             JOIN outcome_value v ON v.outcome_id = o.id \
             WHERE o.kpi = 'people_with_new_access' AND o.is_public = TRUE \
             AND v.measured_on = (SELECT MAX(w.measured_on) FROM outcome_value w WHERE w.outcome_id = o.id)",
        )
        .await,
        trained: sql(app, "SELECT COUNT(*) FROM training_enrolment WHERE completed_at IS NOT NULL").await,
        downloads: sql(
            app,
            "SELECT COALESCE(SUM(f.downloads), 0) FROM knowledge_file f \
             JOIN knowledge_product p ON p.id = f.product_id WHERE p.status = 'published'",
        )
        .await,
        partnerships: app.count("partnership").await,
    }
}

fn thousands(n: i64) -> String {
    app::partners::group_thousands(n)
}

fn assert_figures(html: &str, e: &Expected, what: &str) {
    for (id, value) in [
        ("fig-active", e.active),
        ("fig-completed", e.completed),
        ("fig-utilities", e.utilities),
        ("fig-people", e.people),
        ("fig-trained", e.trained),
        ("fig-downloads", e.downloads),
    ] {
        let needle = format!("data-testid=\"{id}\">{}<", thousands(value));
        assert!(html.contains(&needle), "{what}: expected {needle}");
    }
}

#[tokio::test]
async fn home_dashboard_and_api_show_the_sums_of_the_database() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        seed_demo(&app).await;
        let e = expected(&app).await;
        assert!(
            e.active > 0 && e.completed > 0 && e.people > 0,
            "{backend:?}: demo data has results: {} active, {} completed, {} people",
            e.active,
            e.completed,
            e.people
        );

        let home = app.get("/").await;
        assert_eq!(home.status(), 200);
        let html = home.text().await.unwrap();
        assert_figures(&html, &e, &format!("{backend:?} home"));
        assert!(html.contains("Latest stories") && html.contains("Coming up"));

        let dash = app.get("/results").await;
        assert_eq!(dash.status(), 200);
        let html = dash.text().await.unwrap();
        assert_figures(&html, &e, &format!("{backend:?} dashboard"));
        assert!(
            html.contains("<svg") && html.contains("<desc"),
            "charts with descriptions"
        );
        assert!(html.contains("chart__table"), "a table beside each chart");

        let api: serde_json::Value = app.get("/api/v1/results").await.json().await.unwrap();
        assert_eq!(api["people_with_access"], e.people);
        assert_eq!(api["downloads"], e.downloads);
        assert_eq!(
            api["partnerships"].as_array().unwrap().len() as i64,
            e.partnerships
        );
    }
}

#[tokio::test]
async fn a_country_filter_counts_that_countrys_partnerships() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        seed_demo(&app).await;
        let in_viet_nam = sql(
            &app,
            "SELECT COUNT(*) FROM partnership p WHERE EXISTS (SELECT 1 FROM organization o \
             WHERE o.country = 'Viet Nam' AND (o.id = p.mentor_id OR o.id = p.recipient_id))",
        )
        .await;
        assert!(in_viet_nam > 0);
        let api: serde_json::Value = app
            .get("/api/v1/results?country=Viet%20Nam")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(
            api["partnerships"].as_array().unwrap().len() as i64,
            in_viet_nam,
            "{backend:?}"
        );
        let html = app
            .get("/results?country=Viet+Nam")
            .await
            .text()
            .await
            .unwrap();
        assert!(html.contains("Showing: Viet Nam"), "{backend:?}");
    }
}

#[tokio::test]
async fn bad_filters_are_refused_with_a_message() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        seed_demo(&app).await;
        for (path, message) in [
            ("/results?year_from=2026&year_to=2024", "before it starts"),
            (
                "/results?country=Atlantis",
                "No organization of the network is in that country",
            ),
            ("/results?status=paused", "paused"),
            ("/results?topic=nope", "not one of the network"),
            ("/results?year_from=20x5", "20x5"),
            ("/results/report.xlsx?status=paused", "paused"),
            (
                "/results/report.pdf?year_from=2026&year_to=2024",
                "before it starts",
            ),
            ("/results/tables/summary.csv?country=Atlantis", "country"),
            ("/api/v1/results?topic=nope", "not one of the network"),
        ] {
            let res = app.get(path).await;
            assert_eq!(res.status(), 400, "{backend:?} {path}");
            let body = res.text().await.unwrap();
            assert!(body.contains(message), "{backend:?} {path}: {body}");
        }
    }
}

#[tokio::test]
async fn a_filter_without_data_says_so_instead_of_drawing_empty_axes() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        seed_demo(&app).await;
        let res = app.get("/results?year_from=2001&year_to=2002").await;
        assert_eq!(res.status(), 200);
        let html = res.text().await.unwrap();
        assert!(
            html.contains("data-testid=\"results-empty\""),
            "{backend:?}"
        );
        assert!(!html.contains("chart__svg"), "{backend:?}: no empty chart");
    }
}

fn summary_value(rows: &[(String, String)], label: &str) -> i64 {
    let value = &rows
        .iter()
        .find(|(l, _)| l == label)
        .unwrap_or_else(|| panic!("no row {label}"))
        .1;
    value
        .parse::<f64>()
        .unwrap_or_else(|_| panic!("{label}: {value}")) as i64
}

#[tokio::test]
async fn xlsx_pdf_and_csv_reports_carry_the_same_totals() {
    use app::i18n::{text, Lang};
    use calamine::{Data, Reader, Xlsx};
    // The English report's labels, as the translation files write them.
    let label = |key: &str| text(Lang::En, key);
    let (active, completed, utilities) = (
        label("results-partnerships-active"),
        label("results-partnerships-completed"),
        label("results-fig-utilities"),
    );
    let (people, trained, downloads) = (
        label("results-fig-people"),
        label("results-report-trained"),
        label("results-fig-downloads"),
    );
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        seed_demo(&app).await;
        let e = expected(&app).await;
        let wanted = [
            (active.as_str(), e.active),
            (completed.as_str(), e.completed),
            (utilities.as_str(), e.utilities),
            (people.as_str(), e.people),
            (trained.as_str(), e.trained),
            (downloads.as_str(), e.downloads),
        ];

        // XLSX: the Summary sheet.
        let res = app.get("/results/report.xlsx").await;
        assert_eq!(res.status(), 200, "{backend:?}");
        let bytes = res.bytes().await.unwrap().to_vec();
        let mut book: Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        let sheet = book.worksheet_range("Summary").unwrap();
        let rows: Vec<(String, String)> = sheet
            .rows()
            .map(|r| {
                let cell = |c: Option<&Data>| c.map(|d| d.to_string()).unwrap_or_default();
                (cell(r.first()), cell(r.get(1)))
            })
            .collect();
        for (label, value) in wanted {
            assert_eq!(
                summary_value(&rows, label),
                value,
                "{backend:?} XLSX {label}"
            );
        }
        let partnerships = book.worksheet_range("Partnerships").unwrap();
        assert_eq!(
            partnerships.rows().count() as i64,
            e.partnerships + 1,
            "header and one row each"
        );

        // PDF: the same figures as text.
        let res = app.get("/results/report.pdf").await;
        assert_eq!(res.status(), 200);
        let bytes = res.bytes().await.unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
        for (label, value) in wanted {
            assert!(
                text.contains(&format!("{label}: {value}")),
                "{backend:?} PDF {label}: {value} in {text}"
            );
        }

        // CSV of the summary table.
        let res = app.get("/results/tables/summary.csv").await;
        assert_eq!(res.status(), 200);
        let body = res.text().await.unwrap();
        let rows: Vec<(String, String)> = body
            .lines()
            .skip(1)
            .filter_map(|l| l.split_once(','))
            .map(|(a, b)| (a.to_owned(), b.trim_matches('"').to_owned()))
            .collect();
        for (label, value) in wanted {
            assert_eq!(
                summary_value(&rows, label),
                value,
                "{backend:?} CSV {label}"
            );
        }

        // A per-country report names its country and counts only its partnerships.
        let res = app.get("/results/report.pdf?country=Viet%20Nam").await;
        assert_eq!(res.status(), 200);
        let text = pdf_extract::extract_text_from_mem(&res.bytes().await.unwrap()).unwrap();
        assert!(text.contains("results for Viet Nam"), "{backend:?}");
    }
}

#[tokio::test]
async fn the_map_draws_every_partnership_as_a_link() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        seed_demo(&app).await;
        let unplaced = sql(
            &app,
            "SELECT COUNT(*) FROM organization WHERE latitude IS NULL AND id IN \
             (SELECT mentor_id FROM partnership UNION SELECT recipient_id FROM partnership)",
        )
        .await;
        assert_eq!(unplaced, 0, "every demo utility has coordinates");
        let res = app.get("/results/map").await;
        assert_eq!(res.status(), 200);
        let html = res.text().await.unwrap();
        let lines = html.matches("data-partnership=").count() as i64;
        assert_eq!(lines, app.count("partnership").await, "{backend:?}");
        assert!(
            html.contains("href=\"/partnerships/"),
            "lines link to partnerships"
        );
        assert!(html.contains("results-map__land"), "the base map is drawn");
    }
}
