//! Every detail address for an id or code that does not exist answers 404, and one for
//! something cancelled or withdrawn answers 410, with the site's friendly page as its body (not
//! a bare message, not a "soft 404" with status 200): scanners, link checkers and whoever
//! verifies a certificate can tell a forged code from a real one by the status alone. Pages and
//! the plain routes for files (downloads, `.ics`, `.csv`, PDFs) alike, on every backend.

use crate::support;

use app::accounts::Role;
use support::{backends, TestApp};

const UNKNOWN_CODE: &str = "0123456789abcdef0123456789abcdef";

/// Pages and files anyone may ask for, with an unknown id or code.
const FOR_ANYONE: &[&str] = &[
    "/partners/987654",
    "/partners/not-a-number",
    "/partnerships/987654",
    "/partnerships/not-a-number",
    "/needs/987654",
    "/library/987654",
    "/training/987654",
    "/certificates/{code}",
    "/forum/badge/{code}",
    "/forum/badge/{code}/badge.pdf",
    "/awards/vote/{code}",
    "/awards/vote/K7QM-2XHD-9PWT",
    "/forum/cancel/{code}",
    "/forum/cancel/K7QM-2XHD-9PWT",
    "/awards/987654/screen",
    "/awards/receipts/{code}",
    "/stories/987654",
    "/news/987654",
    "/training/sessions/987654/calendar.ics",
    "/certificates/{code}/certificate.pdf",
    "/awards/987654/live",
    "/awards/987654/ballots.csv",
    "/results/tables/nothing.csv",
    "/stories/images/nothing.png",
    "/events/987654/event.ics",
    "/library/files/987654",
];

/// Pages and files for staff (asked for by a secretariat admin), with an unknown id.
const FOR_STAFF: &[&str] = &[
    "/partners/987654/edit",
    "/training/987654/evaluations",
    "/partnerships/987654/agreement.pdf",
    "/training/987654/enrolments.csv",
    "/training/987654/attendance.csv",
    "/training/987654/evaluations.csv",
];

/// Why the answer is not the site's own page (HTML inside the layout, with a message panel),
/// if it is not.
fn unfriendly(content_type: &str, html: &str) -> Option<String> {
    if !content_type.starts_with("text/html") {
        return Some(format!("answered {content_type}, not a page: {html:.200}"));
    }
    if !(html.contains("<main id=\"main\"") && html.contains("site-footer")) {
        return Some("not inside the site's layout".to_owned());
    }
    if !(html.contains("panel--error") || html.contains("panel--centered")) {
        return Some("no message panel".to_owned());
    }
    None
}

/// What is wrong with the answer to `path`, if anything.
async fn check(app: &TestApp, cookie: Option<&str>, path: &str, status: u16) -> Option<String> {
    let mut req = app.client.get(app.url(path));
    if let Some(cookie) = cookie {
        req = req.header("cookie", cookie);
    }
    let res = req.send().await.expect("GET");
    let answered = res.status().as_u16();
    let content_type = res
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let html = res.text().await.unwrap();
    let problem = if answered != status {
        Some(format!("answered {answered}, not {status}"))
    } else {
        unfriendly(&content_type, &html)
    };
    problem.map(|p| format!("{path}: {p}"))
}

/// Fails with every problem found, on this backend.
fn assert_none(backend: support::Backend, problems: Vec<Option<String>>) {
    let problems: Vec<String> = problems.into_iter().flatten().collect();
    assert!(problems.is_empty(), "{backend:?}:\n{}", problems.join("\n"));
}

/// A Forum registration in this status: its badge code and personal code.
async fn registration(app: &TestApp, status: &str) -> (String, String) {
    use app::forum::entity::{edition, registration};
    use sea_orm::{ActiveModelTrait, EntityTrait, Set};
    let now = chrono::Utc::now();
    let edition = match edition::Entity::find().one(&app.db).await.unwrap() {
        Some(e) => e.id,
        None => {
            edition::ActiveModel {
                year: Set(2099),
                title: Set("Test Forum".into()),
                venue: Set("Manila".into()),
                time_zone: Set("Asia/Manila".into()),
                starts_on: Set(chrono::NaiveDate::from_ymd_opt(2099, 3, 9).unwrap()),
                ends_on: Set(chrono::NaiveDate::from_ymd_opt(2099, 3, 10).unwrap()),
                capacity: Set(100),
                opens_at: Set(now - chrono::Duration::days(1)),
                closes_at: Set(now + chrono::Duration::days(30)),
                needs_approval: Set(false),
                is_demo: Set(false),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&app.db)
            .await
            .unwrap()
            .id
        }
    };
    let code = format!("{:032x}", now.timestamp_nanos_opt().unwrap());
    let personal = app::forum::personal_code::new_code();
    let personal_hash = app::forum::personal_code::hash(
        &app.secret_key().await,
        &app::forum::personal_code::normalize(&personal).unwrap(),
    );
    registration::ActiveModel {
        edition_id: Set(edition),
        name: Set(format!("Guest {status}")),
        email: Set(format!("{status}@test.example")),
        organization: Set("DCWD".into()),
        attendee_type: Set(app::forum::rules::AttendeeType::Utility),
        account_id: Set(None),
        answers: Set("[]".into()),
        status: Set(app::forum::rules::Status::from_code(status).expect("a registration status")),
        confirm_token_hash: Set(None),
        badge_code: Set(code.clone()),
        personal_code_hash: Set(Some(personal_hash)),
        confirmed_at: Set(Some(now)),
        checked_in_at: Set(None),
        checked_in_by: Set(None),
        queued_at: Set(now),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    (code, personal)
}

/// A certificate code whose completion was withdrawn (attendance corrected).
async fn withdrawn_certificate(app: &TestApp) -> String {
    use app::training::entity::{enrolment, program};
    use sea_orm::{ActiveModelTrait, Set};
    let now = chrono::Utc::now();
    let (account, _) = app.person("maria@dcwd.example", &[Role::Member], &[]).await;
    let p = program::ActiveModel {
        title: Set("Leak detection".into()),
        description: Set("Acoustic leak detection.".into()),
        format: Set(app::training::rules::ProgramFormat::InPerson),
        venue: Set("Davao".into()),
        link: Set(String::new()),
        language: Set(app::i18n::ContentLanguage::En),
        capacity: Set(10),
        min_sessions: Set(None),
        time_zone: Set("Asia/Manila".into()),
        created_by: Set(None),
        is_demo: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    let code = "fedcba9876543210fedcba9876543210".to_owned();
    enrolment::ActiveModel {
        program_id: Set(p.id),
        account_id: Set(account),
        status: Set(app::training::rules::EnrolmentStatus::Enrolled),
        enrolled_by: Set(None),
        queued_at: Set(now),
        updated_at: Set(now),
        completed_at: Set(None),
        certificate_code: Set(Some(code.clone())),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    code
}

#[tokio::test]
async fn unknown_ids_and_codes_answer_404_with_the_friendly_page() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        // A registration that is waiting for its email confirmation has no badge yet either.
        let (unconfirmed, _) = registration(&app, "unconfirmed").await;
        let (_, admin) = app
            .person("admin@test.example", &[Role::SecretariatAdmin], &[])
            .await;
        let mut problems = Vec::new();
        for path in FOR_ANYONE {
            let path = path.replace("{code}", UNKNOWN_CODE);
            problems.push(check(&app, None, &path, 404).await);
        }
        problems.push(check(&app, None, &format!("/forum/badge/{unconfirmed}"), 404).await);
        problems.push(
            check(
                &app,
                None,
                &format!("/forum/badge/{unconfirmed}/badge.pdf"),
                404,
            )
            .await,
        );
        for path in FOR_STAFF {
            problems.push(check(&app, Some(&admin), path, 404).await);
        }
        assert_none(backend, problems);
    }
}

#[tokio::test]
async fn cancelled_badges_and_withdrawn_certificates_answer_410_with_the_friendly_page() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let mut problems = Vec::new();
        for status in ["cancelled", "rejected"] {
            let (code, personal) = registration(&app, status).await;
            for path in [
                format!("/forum/badge/{code}"),
                format!("/forum/badge/{code}/badge.pdf"),
                format!("/awards/vote/{personal}"),
                format!("/forum/cancel/{personal}"),
            ] {
                problems.push(check(&app, None, &path, 410).await);
            }
        }
        let code = withdrawn_certificate(&app).await;
        problems.push(check(&app, None, &format!("/certificates/{code}"), 410).await);
        problems.push(
            check(
                &app,
                None,
                &format!("/certificates/{code}/certificate.pdf"),
                410,
            )
            .await,
        );
        // A registered attendee's badge and ballot are there (200).
        let (code, personal) = registration(&app, "registered").await;
        for path in [
            format!("/forum/badge/{code}"),
            format!("/awards/vote/{personal}"),
            format!("/forum/cancel/{personal}"),
        ] {
            let status = app.get(&path).await.status();
            problems.push((status != 200).then(|| format!("{path}: answered {status}")));
        }
        assert_none(backend, problems);
    }
}
