//! Library uploads under limits: a PDF's text is read by a child process under CPU-time and
//! memory limits, so a compressed-stream bomb and an endlessly nested PDF each end cleanly
//! within the limit (the file is kept, without text) while sign-ins go on answering and the
//! server's memory stays flat; the stored text is capped; and each account may upload so many
//! files an hour and so many bytes a day, refused past that with 429 and a message by the field.

use crate::support;

use app::accounts::Role;
use app::library::pdf::simple_pdf;
use sea_orm::EntityTrait;
use std::io::Write;
use std::time::{Duration, Instant};
use support::{backends, call, TestApp};

/// A PDF of these objects (numbered from 1; object 1 is the catalog), with a correct xref.
fn pdf_of(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.5\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(object);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut object = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    object.extend_from_slice(data);
    object.extend_from_slice(b"\nendstream");
    object
}

/// A one-page PDF whose content stream is `inflated` bytes of spaces deflated to a few
/// hundred kilobytes, drawn `times` times (the page lists it that often): the reader holds
/// `inflated × times` bytes.
fn bomb_pdf(inflated: usize, times: usize) -> Vec<u8> {
    let mut deflate = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..inflated / chunk.len() {
        deflate.write_all(&chunk).unwrap();
    }
    let compressed = deflate.finish().unwrap();
    let contents = vec!["5 0 R"; times].join(" ");
    pdf_of(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents [{contents}] >>"
        )
        .into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
        stream("/Filter /FlateDecode", &compressed),
    ])
}

/// A one-page PDF whose page draws form X1 four times, which draws X2 four times, and so on
/// 40 levels down: 4^40 form executions, which no reader finishes (each level is tiny, so
/// neither memory nor recursion depth grows).
fn endless_pdf() -> Vec<u8> {
    const LEVELS: usize = 40;
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /X 5 0 R >> >> /Contents 4 0 R >>".to_vec(),
        stream("", b"/X Do /X Do /X Do /X Do"),
    ];
    for level in 0..LEVELS {
        let object = 5 + level;
        let (resources, content): (String, &[u8]) = if level + 1 < LEVELS {
            (
                format!("/Resources << /XObject << /X {} 0 R >> >>", object + 1),
                b"/X Do /X Do /X Do /X Do",
            )
        } else {
            (String::new(), b"")
        };
        objects.push(stream(
            &format!("/Type /XObject /Subtype /Form /BBox [0 0 10 10] {resources}"),
            content,
        ));
    }
    pdf_of(&objects)
}

/// Adds a published product as a curator; returns its id.
async fn product(app: &TestApp, cookie: &str, title: &str) -> i32 {
    let (status, body) = call(
        app,
        Some(cookie),
        "/api/library/create",
        &[
            ("kind", "manual"),
            ("title", title),
            (
                "summary",
                "Practical guidance for utilities on scheduled desludging.",
            ),
            ("authors", "Davao City Water District"),
            ("year", "2024"),
            ("language", "English"),
            ("licence", "CC BY 4.0"),
            ("access", "public"),
            ("topics[]", "nrw"),
            ("countries", "Philippines"),
        ],
    )
    .await;
    assert_eq!(status, 200, "create {title}: {body}");
    body.as_i64().expect("the new id") as i32
}

async fn upload(
    app: &TestApp,
    cookie: &str,
    id: i32,
    name: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned());
    app.client
        .post(app.url(&format!("/library/{id}/files")))
        .header("origin", app.url(""))
        .header("cookie", cookie.to_owned())
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .expect("upload")
}

/// The stored text of the product's latest file.
async fn stored_text(app: &TestApp) -> Vec<String> {
    app::library::entity::file::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|f| f.content)
        .collect()
}

/// The most this process (where the test servers run) ever had resident, in bytes.
fn peak_resident_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let kib: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    kib * 1024
}

/// Signs up over HTTP (a real password hash), so sign-ins below do the real work.
async fn sign_up(app: &TestApp, email: &str) {
    let res = app
        .post_form(
            "/api/accounts/sign_up",
            &[
                ("name", "Nguyen Thi Lan"),
                ("email", email),
                ("password", "a long enough passphrase"),
            ],
        )
        .await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    // The account is written after the answer, with its confirmation message.
    app.latest_outbox_to(email).await;
}

/// What an upload made while a member signed in over and over.
struct Observed {
    status: u16,
    took: Duration,
    /// One sign-in before the upload, for comparison.
    quiet_sign_in: Duration,
    slowest_sign_in: Duration,
}

/// Uploads `pdf` while a member signs in every 500 ms.
async fn upload_while_signing_in(app: &TestApp, cookie: &str, id: i32, pdf: Vec<u8>) -> Observed {
    let sign_in = || {
        app.post_form(
            "/api/accounts/sign_in",
            &[
                ("email", "reader@lwasa.example"),
                ("password", "a long enough passphrase"),
            ],
        )
    };
    let quiet = Instant::now();
    assert_eq!(sign_in().await.status(), 200);
    let quiet_sign_in = quiet.elapsed();
    let started = Instant::now();
    let slowest = std::cell::Cell::new(Duration::ZERO);
    let signing_in = async {
        for n in 0.. {
            let start = Instant::now();
            let res = sign_in().await;
            assert_eq!(res.status(), 200, "sign-in {n} during the upload");
            slowest.set(slowest.get().max(start.elapsed()));
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    };
    // The sign-ins stop when the upload is answered.
    let res = tokio::select! {
        res = upload(app, cookie, id, "crafted.pdf", pdf) => res,
        () = signing_in => unreachable!("the sign-ins go on until the upload is answered"),
    };
    Observed {
        status: res.status().as_u16(),
        took: started.elapsed(),
        quiet_sign_in,
        slowest_sign_in: slowest.get(),
    }
}

/// Sign-ins during the upload took about as long as before it (a debug build hashes a
/// password in a second or two, more on a busy machine).
fn sign_ins_kept_answering(seen: &Observed) -> bool {
    seen.slowest_sign_in < Duration::from_secs(5).max(seen.quiet_sign_in * 3)
}

/// Room for the sign-ins the tests send while uploading.
fn many_attempts(s: &mut server::config::Settings) {
    s.attempts_per_minute = 1000;
    s.attempts_per_hour = 10_000;
}

#[tokio::test]
async fn a_compressed_stream_bomb_is_stored_without_text_and_the_server_stays_small() {
    let bomb = bomb_pdf(64 << 20, 16);
    println!("bomb: {} KiB, {} MiB inflated", bomb.len() / 1024, 16 * 64);
    for backend in backends() {
        let app = TestApp::spawn_with(backend, |s| {
            s.uploads.extraction_memory_mib = 256;
            s.uploads.extraction_cpu_secs = 5;
            many_attempts(s);
        })
        .await;
        let (_, curator) = app
            .person(
                "curator@secretariat.example",
                &[Role::SecretariatAdmin],
                &[],
            )
            .await;
        sign_up(&app, "reader@lwasa.example").await;
        let id = product(&app, &curator, "Septage manual").await;
        let peak_before = peak_resident_bytes();
        let seen = upload_while_signing_in(&app, &curator, id, bomb.clone()).await;
        let peak_after = peak_resident_bytes();
        println!(
            "{backend:?}: bomb upload answered {} in {:.1?}; sign-in {:.1?} before, at most {:.1?} meanwhile; peak resident memory {} → {} MiB",
            seen.status,
            seen.took,
            seen.quiet_sign_in,
            seen.slowest_sign_in,
            peak_before >> 20,
            peak_after >> 20
        );
        assert_eq!(
            seen.status, 201,
            "{backend:?}: kept, as the uploader sent it"
        );
        assert!(seen.took < Duration::from_secs(15), "{backend:?}");
        assert!(sign_ins_kept_answering(&seen), "{backend:?}");
        assert_eq!(stored_text(&app).await, vec![String::new()]);
        // Inflated in the server, the bomb took its peak up by 1.2 GB; other tests running
        // meanwhile in this process account for some tens of MB. The kernel's peak can read
        // a little lower later (it counts the current size until it next records a peak).
        let grew = peak_after.saturating_sub(peak_before);
        assert!(
            grew < 512 << 20,
            "{backend:?}: the server's memory grew by {} MiB",
            grew >> 20
        );
    }
}

#[tokio::test]
async fn an_endlessly_nested_pdf_is_stopped_by_the_cpu_limit() {
    for backend in backends() {
        let app = TestApp::spawn_with(backend, |s| {
            // Two CPU seconds; on a busy machine they take longer, and the wall clock stops
            // the child at 10 s whatever it gets.
            s.uploads.extraction_cpu_secs = 2;
            s.uploads.extraction_timeout_secs = 10;
            many_attempts(s);
        })
        .await;
        let (_, curator) = app
            .person(
                "curator@secretariat.example",
                &[Role::SecretariatAdmin],
                &[],
            )
            .await;
        sign_up(&app, "reader@lwasa.example").await;
        let id = product(&app, &curator, "Septage manual").await;
        let seen = upload_while_signing_in(&app, &curator, id, endless_pdf()).await;
        println!(
            "{backend:?}: endless PDF upload answered {} in {:.1?}; sign-in {:.1?} before, at most {:.1?} meanwhile",
            seen.status, seen.took, seen.quiet_sign_in, seen.slowest_sign_in
        );
        assert_eq!(seen.status, 201, "{backend:?}");
        assert!(seen.took < Duration::from_secs(15), "{backend:?}");
        assert!(sign_ins_kept_answering(&seen), "{backend:?}");
        assert_eq!(stored_text(&app).await, vec![String::new()]);
        // An ordinary PDF right after is read as before.
        let res = upload(
            &app,
            &curator,
            id,
            "manual.pdf",
            simple_pdf(&["zymurgical sludge"]),
        )
        .await;
        assert_eq!(res.status(), 201);
        assert!(stored_text(&app)
            .await
            .iter()
            .any(|t| t.contains("zymurgical")));
    }
}

/// What the fuzzer found (fuzz/known-crashes/): pdf-extract recurses forever on a page that is
/// its own parent. In the server's process that overflowed the stack and took it down (debug)
/// or spun a thread for ever (release); in the extraction child it only ends the child.
#[tokio::test]
async fn a_pdf_that_crashes_the_text_extractor_is_stored_without_text() {
    let pdf = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../fuzz/known-crashes/pdf_text/page-is-its-own-parent.pdf"
    ))
    .expect("the fuzzer's crash input");
    for backend in backends() {
        let app = TestApp::spawn_with(backend, |s| {
            s.uploads.extraction_timeout_secs = 10;
            many_attempts(s);
        })
        .await;
        let (_, curator) = app
            .person(
                "curator@secretariat.example",
                &[Role::SecretariatAdmin],
                &[],
            )
            .await;
        sign_up(&app, "reader@lwasa.example").await;
        let id = product(&app, &curator, "Septage manual").await;
        let seen = upload_while_signing_in(&app, &curator, id, pdf.clone()).await;
        assert_eq!(seen.status, 201, "{backend:?}");
        assert!(seen.took < Duration::from_secs(15), "{backend:?}");
        assert!(sign_ins_kept_answering(&seen), "{backend:?}");
        assert_eq!(stored_text(&app).await, vec![String::new()]);
    }
}

#[tokio::test]
async fn the_stored_text_is_capped() {
    let app = TestApp::spawn_with(support::Backend::Sqlite, |s| {
        s.uploads.max_text_bytes = 200;
    })
    .await;
    let (_, curator) = app
        .person(
            "curator@secretariat.example",
            &[Role::SecretariatAdmin],
            &[],
        )
        .await;
    let id = product(&app, &curator, "Septage manual").await;
    let mut lines = vec!["aardvark opening words"];
    lines.extend(std::iter::repeat_n("filler line of the septage manual", 40));
    lines.push("zymurgical closing words");
    let res = upload(&app, &curator, id, "manual.pdf", simple_pdf(&lines)).await;
    assert_eq!(res.status(), 201);
    let text = stored_text(&app).await.remove(0);
    assert!(text.len() <= 200, "{} bytes stored", text.len());
    assert!(text.contains("aardvark"), "{text}");
    assert!(!text.contains("zymurgical"));
}

#[tokio::test]
async fn each_account_may_upload_so_many_files_an_hour() {
    for backend in backends() {
        let app = TestApp::spawn_with(backend, |s| {
            s.uploads.files_per_hour = 2;
        })
        .await;
        let (_, curator) = app
            .person(
                "curator@secretariat.example",
                &[Role::SecretariatAdmin],
                &[],
            )
            .await;
        let (_, other) = app
            .person("lin@fu.example", &[Role::Member, Role::Facilitator], &[])
            .await;
        let id = product(&app, &curator, "Septage manual").await;
        for n in 0..2 {
            let res = upload(&app, &curator, id, "manual.pdf", simple_pdf(&["v"])).await;
            assert_eq!(res.status(), 201, "{backend:?}: file {n}");
        }
        let res = upload(&app, &curator, id, "manual.pdf", simple_pdf(&["v3"])).await;
        assert_eq!(res.status(), 429, "{backend:?}");
        assert!(res
            .text()
            .await
            .unwrap()
            .contains("as many files as one account may in an hour"));
        // A browser form goes back to the page, where the message shows by the file field.
        let part = reqwest::multipart::Part::bytes(simple_pdf(&["v3"])).file_name("m.pdf");
        let res = app
            .client
            .post(app.url(&format!("/library/{id}/files")))
            .header("origin", app.url(""))
            .header("accept", "text/html")
            .header("cookie", curator.clone())
            .multipart(reqwest::multipart::Form::new().part("file", part))
            .send()
            .await
            .unwrap();
        assert!(res.status().is_redirection());
        let to = res.headers()["location"].to_str().unwrap().to_owned();
        assert_eq!(to, format!("/library/{id}?file_error=too_many_files#files"));
        let page = app.get_as(&curator, &to).await.text().await.unwrap();
        assert!(page.contains("as many files as one account may in an hour"));
        assert_eq!(app.count("knowledge_file").await, 2, "{backend:?}");
        let stored = std::fs::read_dir(app.settings.upload_dir().join("library"))
            .unwrap()
            .count();
        assert_eq!(stored, 2, "{backend:?}: refused files are not kept");
        // The quota is the account's: another curator still uploads.
        let res = upload(&app, &other, id, "manual.pdf", simple_pdf(&["v3"])).await;
        assert_eq!(res.status(), 201, "{backend:?}");
    }
}

#[tokio::test]
async fn each_account_may_upload_so_many_bytes_a_day() {
    for backend in backends() {
        let app = TestApp::spawn_with(backend, |s| {
            s.uploads.bytes_per_day = 10_000;
        })
        .await;
        let (_, curator) = app
            .person(
                "curator@secretariat.example",
                &[Role::SecretariatAdmin],
                &[],
            )
            .await;
        let id = product(&app, &curator, "Septage manual").await;
        let sized = |n: usize| {
            let mut pdf = simple_pdf(&["sized"]);
            pdf.resize(n, b' ');
            pdf
        };
        assert_eq!(
            upload(&app, &curator, id, "a.pdf", sized(6_000))
                .await
                .status(),
            201
        );
        let res = upload(&app, &curator, id, "b.pdf", sized(6_000)).await;
        assert_eq!(res.status(), 429, "{backend:?}");
        assert!(res
            .text()
            .await
            .unwrap()
            .contains("past the amount one account may upload in a day"));
        // A smaller file still fits (6,000 + 4,000 = the day's 10,000).
        assert_eq!(
            upload(&app, &curator, id, "c.pdf", sized(4_000))
                .await
                .status(),
            201
        );
        assert_eq!(app.count("knowledge_file").await, 2, "{backend:?}");
    }
}
