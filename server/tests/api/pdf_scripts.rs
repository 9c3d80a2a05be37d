//! Every PDF the server writes prints names in their own script: a Forum badge, a training
//! certificate and the results report for people and organizations written in Vietnamese,
//! Chinese and Thai. The text is read back from each PDF (pdf-extract, and poppler's pdftotext,
//! which reads ActualText as viewers do) and must be exactly what was written; the files stay
//! small because the fonts are subset. A page of each badge and certificate is rendered to PNG
//! under `end2end/screenshots/pdf-*.png` for people to look at.

use crate::support;

use app::accounts::Role;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use support::{backends, call, Backend, TestApp};

/// (language, person, organization, program title)
const PEOPLE: [(&str, &str, &str, &str); 3] = [
    (
        "vi",
        "Nguyễn Thị Minh Khai",
        "Công ty Cấp nước Đà Nẵng",
        "Giảm thất thoát nước",
    ),
    ("zh", "王秀英", "北京市自来水集团", "减少无收益水"),
    ("th", "สมชาย ใจดี", "การประปานครหลวง", "หลักสูตรการจัดการแรงดัน"),
];

/// A badge or certificate with one name in Chinese embeds a subset of a 20 MB font (and Noto
/// Sans alone is 0.5 MB): with subsetting each file is about 25–35 KB.
const MAX_BYTES: usize = 100 * 1024;

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The text of a PDF as pdf-extract reads it, without whitespace: pdf-extract 0.12.1 misreads
/// the glyph widths' ranges (`/W [first last width]`) krilla writes, takes every glyph for
/// zero-wide and so adds a space wherever a new text string starts (a change of font, a Thai
/// mark raised over its consonant). Letters and their order are still checked here; the exact
/// text, spaces included, is checked with poppler.
fn text_of(what: &str, pdf: &[u8]) -> String {
    assert!(pdf.starts_with(b"%PDF-"), "{what}: not a PDF");
    squeeze(&pdf_extract::extract_text_from_mem(pdf).unwrap_or_else(|e| panic!("{what}: {e}")))
}

/// The PDF read by poppler (pdftotext), which honours ActualText as PDF viewers do.
fn poppler_text(what: &str, pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("in.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .unwrap_or_else(|e| {
            panic!("{what}: pdftotext is needed (poppler-utils, scripts/lib.sh ensure_test_tools): {e}")
        });
    assert!(out.status.success(), "{what}: pdftotext failed");
    String::from_utf8(out.stdout).unwrap()
}

/// Renders page one of `pdf` with poppler (which must manage it) to
/// `end2end/screenshots/pdf-{name}.png`, for people to check the marks. The committed pictures
/// are only replaced when missing or with `WATERLINKS_PDF_SCREENSHOTS=1` set: each run has its
/// own codes and port, and a test run should not leave the work tree changed.
fn screenshot(name: &str, pdf: &[u8]) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("in.pdf");
    std::fs::write(&file, pdf).unwrap();
    let shots = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../end2end/screenshots");
    let kept = shots.join(format!("pdf-{name}.png"));
    let refresh = std::env::var_os("WATERLINKS_PDF_SCREENSHOTS").is_some() || !kept.exists();
    let prefix = if refresh {
        std::fs::create_dir_all(&shots).unwrap();
        shots.join(format!("pdf-{name}"))
    } else {
        dir.path().join(name)
    };
    let status = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "110", "-singlefile", "-f", "1"])
        .arg(&file)
        .arg(&prefix)
        .status()
        .unwrap_or_else(|e| panic!("{name}: pdftoppm is needed (poppler-utils): {e}"));
    assert!(status.success(), "{name}: pdftoppm failed");
    let png = prefix.with_extension("png");
    assert!(
        std::fs::metadata(&png).is_ok_and(|m| m.len() > 1000),
        "{name}: no picture at {}",
        png.display()
    );
}

fn assert_reads(backend: Backend, what: &str, pdf: &[u8], wanted: &[&str]) {
    let extracted = text_of(what, pdf);
    let poppler = poppler_text(what, pdf);
    for text in wanted {
        assert!(
            extracted.contains(&squeeze(text)),
            "{backend:?} {what}: pdf-extract misses {text:?} in {extracted:?}"
        );
        assert!(
            poppler.contains(text),
            "{backend:?} {what}: pdftotext misses {text:?} in {poppler:?}"
        );
    }
    assert!(
        pdf.len() < MAX_BYTES,
        "{backend:?} {what}: {} bytes, fonts not subset?",
        pdf.len()
    );
    eprintln!("{backend:?} {what}: {} bytes", pdf.len());
}

async fn download(app: &TestApp, path: &str) -> Vec<u8> {
    let res = app.get(path).await;
    assert_eq!(res.status(), 200, "{path}");
    assert_eq!(res.headers()["content-type"], "application/pdf", "{path}");
    res.bytes().await.unwrap().to_vec()
}

#[tokio::test]
async fn badges_print_names_in_vietnamese_chinese_and_thai() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let form = crate::forum::edition(&app, 100, false, true).await;
        for (lang, name, organization, _) in PEOPLE {
            let email = format!("{lang}@test.example");
            let (_, cookie) = app.person(&email, &[Role::Member], &[]).await;
            let (dinner, diet, visit) = (
                format!("answers[q{}]", form.dinner),
                format!("answers[q{}]", form.diet),
                format!("answers[q{}]", form.visit),
            );
            let (status, body) = call(
                &app,
                Some(&cookie),
                "/api/forum/register",
                &[
                    ("name", name),
                    ("email", &email),
                    ("organization", organization),
                    ("attendee_type", "utility"),
                    (dinner.as_str(), "no"),
                    (diet.as_str(), ""),
                    (visit.as_str(), "No field visit"),
                ],
            )
            .await;
            assert_eq!(status, 200, "{backend:?} {body}");
            let code = body["badge_code"]
                .as_str()
                .expect("a badge code")
                .to_owned();
            let page = app
                .get(&format!("/forum/badge/{code}"))
                .await
                .text()
                .await
                .unwrap();
            assert!(
                page.contains(&format!("/forum/badge/{code}/badge.pdf")),
                "{backend:?}: the badge page links its PDF"
            );
            let pdf = download(&app, &format!("/forum/badge/{code}/badge.pdf")).await;
            assert_reads(
                backend,
                &format!("badge-{lang}"),
                &pdf,
                &[name, organization],
            );
            if backend == Backend::Sqlite {
                screenshot(&format!("badge-{lang}"), &pdf);
            }
        }
    }
}

#[tokio::test]
async fn certificates_print_names_and_titles_in_vietnamese_chinese_and_thai() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (_, admin) = app
            .person("sec@waterlinks.example", &[Role::SecretariatAdmin], &[])
            .await;
        let (_, trainer) = app
            .person("trainer@test.example", &[Role::Trainer], &[])
            .await;
        for (lang, name, _, title) in PEOPLE {
            let (status, body) = call(
                &app,
                Some(&admin),
                "/api/training/create",
                &[
                    ("title", title),
                    ("description", "District metered areas and night flows."),
                    ("format", "in_person"),
                    ("venue", "Training centre"),
                    ("link", ""),
                    ("language", "en"),
                    ("capacity", "10"),
                    // One session held, one to come (enrolment closes once a program is over).
                    ("min_sessions", "1"),
                    ("time_zone", "Asia/Ho_Chi_Minh"),
                    ("topic", "nrw"),
                    ("topic2", ""),
                    ("trainers", "trainer@test.example"),
                ],
            )
            .await;
            assert_eq!(status, 200, "{backend:?} {body}");
            let program = body.as_i64().expect("program id") as i32;
            let starts = chrono::Utc::now() - chrono::Duration::days(2);
            let session = app::training::entity::session::ActiveModel {
                program_id: Set(program),
                title: Set(String::new()),
                starts_at: Set(starts),
                ends_at: Set(starts + chrono::Duration::hours(3)),
                ..Default::default()
            }
            .insert(&app.db)
            .await
            .unwrap();
            let later = chrono::Utc::now() + chrono::Duration::days(5);
            app::training::entity::session::ActiveModel {
                program_id: Set(program),
                title: Set(String::new()),
                starts_at: Set(later),
                ends_at: Set(later + chrono::Duration::hours(3)),
                ..Default::default()
            }
            .insert(&app.db)
            .await
            .unwrap();
            // The trainee's account carries the name the certificate prints.
            let (person, cookie) = app
                .person(
                    &format!("trainee-{lang}@test.example"),
                    &[Role::Member],
                    &[],
                )
                .await;
            let mut account: app::accounts::entity::account::ActiveModel =
                app::accounts::entity::account::Entity::find_by_id(person)
                    .one(&app.db)
                    .await
                    .unwrap()
                    .unwrap()
                    .into();
            account.name = Set(name.to_owned());
            account.update(&app.db).await.unwrap();
            let program_id = program.to_string();
            let (status, body) = call(
                &app,
                Some(&cookie),
                "/api/training/enrol",
                &[("program_id", &program_id)],
            )
            .await;
            assert_eq!(status, 200, "{backend:?} {body}");
            let enrolment = app::training::entity::enrolment::Entity::find()
                .filter(app::training::entity::enrolment::Column::ProgramId.eq(program))
                .filter(app::training::entity::enrolment::Column::AccountId.eq(person))
                .one(&app.db)
                .await
                .unwrap()
                .expect("enrolment");
            let (status, body) = call(
                &app,
                Some(&trainer),
                "/api/training/attendance",
                &[
                    ("session_id", &session.id.to_string()),
                    ("enrolment_id", &enrolment.id.to_string()),
                    ("present", "true"),
                ],
            )
            .await;
            assert_eq!(
                (status, body.clone()),
                (200, true.into()),
                "{backend:?} {body}"
            );
            let code = app::training::entity::enrolment::Entity::find_by_id(enrolment.id)
                .one(&app.db)
                .await
                .unwrap()
                .unwrap()
                .certificate_code
                .expect("a certificate once completed");
            let pdf = download(&app, &format!("/certificates/{code}/certificate.pdf")).await;
            assert_reads(
                backend,
                &format!("certificate-{lang}"),
                &pdf,
                &[name, title],
            );
            if backend == Backend::Sqlite {
                screenshot(&format!("certificate-{lang}"), &pdf);
            }
        }
    }
}

#[tokio::test]
async fn the_results_report_prints_organization_names_in_their_own_script() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::partners::demo::seed(&app.db, 0).await.unwrap();
        app::wops::demo::seed(&app.db).await.unwrap();
        // The partnerships the report lists, from its own CSV table (first column: the id).
        let csv = app
            .get("/results/tables/partnerships.csv")
            .await
            .text()
            .await
            .unwrap();
        let listed: Vec<i32> = csv
            .lines()
            .skip(1)
            .filter_map(|line| line.split(',').next()?.parse().ok())
            .collect();
        assert!(!listed.is_empty(), "{backend:?}: {csv}");
        use app::partners::entity::organization;
        use app::wops::entity::partnership;
        // Three partnerships with different mentors get a short title (so the mentor's name
        // fits on the report's line) and a mentor named in each script.
        let mut names = PEOPLE.iter().map(|p| p.2);
        let mut renamed = std::collections::BTreeSet::new();
        for id in listed {
            let p = partnership::Entity::find_by_id(id)
                .one(&app.db)
                .await
                .unwrap()
                .unwrap();
            if renamed.contains(&p.mentor_id) {
                continue;
            }
            let Some(name) = names.next() else { break };
            renamed.insert(p.mentor_id);
            let mentor = p.mentor_id;
            let mut p: partnership::ActiveModel = p.into();
            p.title = Set(format!("P{id}"));
            p.update(&app.db).await.unwrap();
            let mut org: organization::ActiveModel = organization::Entity::find_by_id(mentor)
                .one(&app.db)
                .await
                .unwrap()
                .unwrap()
                .into();
            org.name = Set(name.to_owned());
            org.update(&app.db).await.unwrap();
        }
        assert_eq!(renamed.len(), 3, "{backend:?}: three mentors to rename");
        let pdf = download(&app, "/results/report.pdf").await;
        let names: Vec<&str> = PEOPLE.iter().map(|p| p.2).collect();
        assert_reads(backend, "report", &pdf, &names);
    }
}
