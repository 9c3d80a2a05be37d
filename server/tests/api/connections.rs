//! The server's own limits, through the real connection loop (`server::serve_on`): a client
//! that never finishes its headers is dropped; requests that take too long answer 503 (not
//! uploads); past the connection cap clients wait; live streams are capped per address and
//! registered only for categories that exist, and leave nothing behind (10,000 unknown ids
//! leave the server's memory flat); a panicking handler answers the friendly 500 and the
//! server goes on; and SIGTERM stops the real binary within 10 s with 50 big screens open.

use crate::support;

use app::awards::live::TallyHub;
use sea_orm::{ActiveModelTrait, Set};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::{backends, Backend, TestApp};

/// A Forum edition with one award category; returns the category id.
async fn award_category(app: &TestApp) -> i32 {
    let now = chrono::Utc::now();
    let edition = app::forum::entity::edition::ActiveModel {
        year: Set(2027),
        title: Set("WaterLinks Forum 2027".into()),
        venue: Set("Manila".into()),
        time_zone: Set("Asia/Manila".into()),
        starts_on: Set(chrono::NaiveDate::from_ymd_opt(2027, 3, 9).unwrap()),
        ends_on: Set(chrono::NaiveDate::from_ymd_opt(2027, 3, 11).unwrap()),
        capacity: Set(500),
        opens_at: Set(now),
        closes_at: Set(now + chrono::Duration::days(30)),
        needs_approval: Set(false),
        is_demo: Set(false),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap()
    .id;
    app::awards::entity::category::ActiveModel {
        edition_id: Set(edition),
        position: Set(0),
        name: Set("Best partnership in non-revenue water".into()),
        description: Set(String::new()),
        topic_id: Set(None),
        eligible_from: Set(chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()),
        eligible_until: Set(chrono::NaiveDate::from_ymd_opt(2027, 12, 31).unwrap()),
        voting_state: Set(app::awards::rules::VotingState::Open),
        jury_weight: Set(70),
        hide_results: Set(false),
        revision: Set(0),
        last_hash: Set(String::new()),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap()
    .id
}

/// The port of the test server.
fn addr(app: &TestApp) -> String {
    app.base_url.trim_start_matches("http://").to_owned()
}

/// Reads from `stream` until the server closes it; the time that took, or `None` when the
/// connection was still open after `patience`.
fn time_until_closed(stream: &mut TcpStream, patience: Duration) -> Option<Duration> {
    let start = Instant::now();
    stream.set_read_timeout(Some(patience)).unwrap();
    let mut buf = [0u8; 1024];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return Some(start.elapsed()),
            Ok(_) => continue,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return None
            }
            // A reset is a close as well.
            Err(_) => return Some(start.elapsed()),
        }
    }
}

/// The resident memory of this process (the test servers run in it), in bytes.
fn resident_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap();
    let pages: u64 = statm.split_whitespace().nth(1).unwrap().parse().unwrap();
    pages * 4096
}

#[tokio::test]
async fn a_client_that_never_finishes_its_headers_is_dropped() {
    let app = TestApp::spawn_with(Backend::Sqlite, |s| {
        s.connections.header_read_timeout_secs = 1;
    })
    .await;
    let address = addr(&app);
    let (half, silent) = tokio::task::spawn_blocking(move || {
        // Half a request, then nothing.
        let mut half = TcpStream::connect(&address).unwrap();
        half.write_all(b"GET /livez HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            .unwrap();
        // Nothing at all.
        let mut silent = TcpStream::connect(&address).unwrap();
        (
            time_until_closed(&mut half, Duration::from_secs(5)),
            time_until_closed(&mut silent, Duration::from_secs(5)),
        )
    })
    .await
    .unwrap();
    let half = half.expect("the half-sent request is dropped within 5 s");
    let silent = silent.expect("the silent connection is dropped within 5 s");
    assert!(half >= Duration::from_millis(900), "{half:?}");
    assert!(silent < Duration::from_secs(3), "{silent:?}");
    // Everyone else is still served.
    assert_eq!(app.get("/livez").await.status(), 200);
}

/// Sends a request whose body announces `length` bytes and starts it; the stream.
fn start_slow_post(address: &str, path: &str, content_type: &str, length: usize) -> TcpStream {
    let mut stream = TcpStream::connect(address).unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: {content_type}\r\nContent-Length: {length}\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(b"--x\r\n").unwrap();
    stream
}

/// The answer's status line, when one comes within `patience`.
fn status_line(stream: &mut TcpStream, patience: Duration) -> Option<String> {
    stream.set_read_timeout(Some(patience)).unwrap();
    let mut answer = Vec::new();
    let mut buf = [0u8; 1024];
    while let Ok(n) = stream.read(&mut buf) {
        if n == 0 {
            break;
        }
        answer.extend_from_slice(&buf[..n]);
        if answer.windows(2).any(|w| w == b"\r\n") {
            break;
        }
    }
    let text = String::from_utf8_lossy(&answer).into_owned();
    text.lines().next().map(str::to_owned)
}

#[tokio::test]
async fn slow_requests_answer_503_but_uploads_go_on_while_they_send() {
    let app = TestApp::spawn_with(Backend::Sqlite, |s| {
        s.connections.request_timeout_secs = 1;
        s.connections.upload_idle_timeout_secs = 2;
    })
    .await;
    let address = addr(&app);
    let (form, upload, stalled) = tokio::task::spawn_blocking(move || {
        // A form whose body never ends: 503 after the request timeout.
        let start = Instant::now();
        let mut form = start_slow_post(
            &address,
            "/api/accounts/sign_in",
            "application/x-www-form-urlencoded",
            1000,
        );
        // Windows far above the timeouts: CI machines run the whole suite on two cores, and
        // what matters is that the server answers at all, where without the timeout it never would.
        let form = (
            status_line(&mut form, Duration::from_secs(10)),
            start.elapsed(),
        );
        // An upload that keeps sending, for longer than the request timeout: not cut off.
        let mut upload = start_slow_post(
            &address,
            "/library/1/files",
            "multipart/form-data; boundary=x",
            100_000,
        );
        for _ in 0..6 {
            std::thread::sleep(Duration::from_millis(500));
            upload.write_all(b"..........").unwrap();
        }
        let sending = status_line(&mut upload, Duration::from_millis(100));
        // Then it stalls: cut off once it has sent nothing for the idle time.
        let start = Instant::now();
        let stalled = (
            status_line(&mut upload, Duration::from_secs(10)),
            start.elapsed(),
        );
        (form, sending, stalled)
    })
    .await
    .unwrap();
    let (status, took) = form;
    assert_eq!(status.as_deref(), Some("HTTP/1.1 503 Service Unavailable"));
    assert!(took < Duration::from_secs(10), "{took:?}");
    assert_eq!(upload, None, "an upload that sends is not cut off");
    let (status, took) = stalled;
    assert!(status.is_some(), "a stalled upload is answered and closed");
    assert!(took < Duration::from_secs(10), "{took:?}");
}

#[tokio::test]
async fn past_the_connection_cap_a_client_waits_for_a_free_slot() {
    let app = TestApp::spawn_with(Backend::Sqlite, |s| {
        s.connections.max_connections = 2;
        s.connections.header_read_timeout_secs = 30;
    })
    .await;
    // Two idle connections take both slots.
    let first = TcpStream::connect(addr(&app)).unwrap();
    let second = TcpStream::connect(addr(&app)).unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let quick = reqwest::Client::builder()
        .timeout(Duration::from_secs(2))
        .build()
        .unwrap();
    let waited = quick.get(app.url("/livez")).send().await;
    assert!(
        waited.as_ref().is_err_and(|e| e.is_timeout()),
        "the third connection is not served while two are open: {waited:?}"
    );
    // One closes: the next client is served (it waited in the listen queue, not refused).
    drop(first);
    let start = Instant::now();
    let served = quick.get(app.url("/livez")).send().await.unwrap();
    assert_eq!(served.status(), 200);
    assert!(start.elapsed() < Duration::from_secs(2));
    drop(second);
}

/// Opens a live stream and reads its first tally; the response, to keep it open.
async fn open_stream(app: &TestApp, category: i32) -> reqwest::Response {
    let mut res = app.get(&format!("/awards/{category}/live")).await;
    assert_eq!(res.status(), 200);
    let first = tokio::time::timeout(Duration::from_secs(10), res.chunk())
        .await
        .expect("a first tally")
        .unwrap()
        .unwrap();
    assert!(String::from_utf8_lossy(&first).contains("event: tally"));
    res
}

#[tokio::test]
async fn live_streams_are_capped_per_address_and_leave_when_the_screen_does() {
    for backend in backends() {
        let app = TestApp::spawn_with(backend, |s| {
            s.connections.live_streams_per_address = 2;
        })
        .await;
        let category = award_category(&app).await;
        let one = open_stream(&app, category).await;
        let two = open_stream(&app, category).await;
        assert_eq!(
            app.state
                .services
                .get::<Arc<TallyHub>>()
                .unwrap()
                .registrations(),
            (1, 2)
        );
        let third = app.get(&format!("/awards/{category}/live")).await;
        assert_eq!(third.status(), 429, "{backend:?}");
        assert!(third
            .text()
            .await
            .unwrap()
            .contains("Too many live screens"));
        // The screens go away: their registrations follow (the latest at the next keep-alive).
        drop(one);
        drop(two);
        let deadline = Instant::now() + Duration::from_secs(20);
        while app
            .state
            .services
            .get::<Arc<TallyHub>>()
            .unwrap()
            .registrations()
            != (0, 0)
            && Instant::now() < deadline
        {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(
            app.state
                .services
                .get::<Arc<TallyHub>>()
                .unwrap()
                .registrations(),
            (0, 0),
            "{backend:?}"
        );
        let again = open_stream(&app, category).await;
        drop(again);
    }
}

#[tokio::test]
async fn ten_thousand_unknown_live_ids_leave_nothing_behind() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let category = award_category(&app).await;
        // Warm up (the first requests allocate pools and caches), then measure.
        for id in 0..200 {
            let _ = app.get(&format!("/awards/{}/live", 5_000_000 + id)).await;
        }
        let before = resident_bytes();
        let start = Instant::now();
        let statuses = futures::future::join_all((0..16).map(|worker| {
            let app = &app;
            async move {
                let mut statuses = Vec::new();
                for n in 0..625 {
                    let id = 1_000_000 + worker * 625 + n;
                    statuses.push(app.get(&format!("/awards/{id}/live")).await.status());
                }
                statuses
            }
        }))
        .await;
        let took = start.elapsed();
        let after = resident_bytes();
        let statuses: Vec<_> = statuses.into_iter().flatten().collect();
        let grew = after as i64 - before as i64;
        println!(
            "{backend:?}: 10,000 unknown live ids in {took:.1?}; resident memory {} MiB before, {} MiB after ({:+} KiB); registrations {:?}",
            before / (1 << 20),
            after / (1 << 20),
            grew / 1024,
            app.state.services.get::<Arc<TallyHub>>().unwrap().registrations()
        );
        assert_eq!(statuses.len(), 10_000);
        assert!(statuses.iter().all(|s| *s == 404), "{backend:?}");
        assert_eq!(
            app.state
                .services
                .get::<Arc<TallyHub>>()
                .unwrap()
                .registrations(),
            (0, 0),
            "{backend:?}: unknown ids registered nothing"
        );
        // The real category still streams.
        drop(open_stream(&app, category).await);
    }
}

#[tokio::test]
async fn a_panicking_handler_answers_the_friendly_page_and_the_server_goes_on() {
    use axum::routing::get;
    let mut settings = server::config::Settings::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    settings.public_base_url = base.clone();
    // The production layers around two routes of the test's own.
    let router = server::router::finish(
        axum::Router::new()
            .route(
                "/boom",
                get(|| async {
                    let nothing: Option<String> = None;
                    #[allow(clippy::unnecessary_literal_unwrap)]
                    nothing.expect("a handler bug")
                }),
            )
            .route("/fine", get(|| async { "fine" })),
        &settings,
    );
    let stopping = tokio_util::sync::CancellationToken::new();
    let server = tokio::spawn({
        let stopping = stopping.clone();
        let limits = settings.connections.clone();
        async move { server::serve_on(listener, router, &limits, stopping).await }
    });
    let client = reqwest::Client::new();
    let res = client.get(format!("{base}/boom")).send().await.unwrap();
    assert_eq!(res.status(), 500);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    let page = res.text().await.unwrap();
    assert!(page.contains("Something went wrong on our side"), "{page}");
    assert!(
        !page.contains("a handler bug"),
        "the cause stays in the log"
    );
    // In the person's language, as every page is.
    let res = client
        .get(format!("{base}/boom"))
        .header("accept-language", "vi")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 500);
    let page = res.text().await.unwrap();
    assert!(page.contains(r#"<html lang="vi""#), "{page}");
    assert!(
        page.contains("Đã có lỗi xảy ra ở phía chúng tôi"),
        "the Vietnamese wording: {page}"
    );
    // The same client, likely the same connection: the server still answers.
    for _ in 0..3 {
        let res = client.get(format!("{base}/fine")).send().await.unwrap();
        assert_eq!(res.text().await.unwrap(), "fine");
    }
    stopping.cancel();
    tokio::time::timeout(Duration::from_secs(5), server)
        .await
        .expect("stops")
        .unwrap();
}

/// A free port on the loopback interface.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The real binary with its data in `dir`, listening on `port`.
fn waterlinks(dir: &std::path::Path, port: u16) -> std::process::Command {
    let mut command = std::process::Command::new(support::waterlinks_binary());
    command
        .env("WATERLINKS_DATA_DIR", dir)
        .env("WATERLINKS_LISTEN_ADDR", format!("127.0.0.1:{port}"))
        .env(
            "WATERLINKS_PUBLIC_BASE_URL",
            format!("http://127.0.0.1:{port}"),
        )
        .env("WATERLINKS_SITE_ROOT", dir.join("site"))
        .env("DATABASE_URL", "")
        .env("WATERLINKS_LOG", "warn")
        .current_dir(dir);
    command
}

#[tokio::test]
async fn sigterm_with_fifty_open_streams_exits_within_ten_seconds() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let seeded = waterlinks(dir.path(), port)
        .arg("seed-demo")
        .output()
        .unwrap();
    assert!(seeded.status.success(), "{seeded:?}");
    let bench = waterlinks(dir.path(), port)
        .args(["seed-awards-bench", "--attendees", "1"])
        .output()
        .unwrap();
    assert!(bench.status.success(), "{bench:?}");
    let line = String::from_utf8(bench.stdout).unwrap();
    let category: i32 = line
        .split_whitespace()
        .find_map(|w| w.strip_prefix("category="))
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("a category in {line}"));
    let mut child = waterlinks(dir.path(), port).arg("serve").spawn().unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    while client.get(format!("{base}/livez")).send().await.is_err() {
        assert!(Instant::now() < deadline, "the server did not start");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // 50 big screens, each with its first tally received.
    let mut screens = Vec::new();
    for _ in 0..50 {
        let mut res = client
            .get(format!("{base}/awards/{category}/live"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let first = res.chunk().await.unwrap().unwrap();
        assert!(String::from_utf8_lossy(&first).contains("event: tally"));
        screens.push(res);
    }
    // And an upload stalled halfway, which only the grace period ends.
    let mut stalled = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stalled
        .write_all(
            b"POST /library/1/files HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 100000\r\n\r\n--x\r\n",
        )
        .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;

    let signalled = Instant::now();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    // The screens' streams end at once (their browsers reconnect by themselves)...
    let streams = tokio::spawn(async move {
        for mut screen in screens {
            while let Ok(Some(_)) = screen.chunk().await {}
        }
        signalled.elapsed()
    });
    // ...and the stalled upload is closed after the grace period.
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if signalled.elapsed() > Duration::from_secs(10) {
            break None;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let took = signalled.elapsed();
    if status.is_none() {
        let _ = child.kill();
        let _ = child.wait();
    }
    let status = status.expect("the server exits within 10 s of SIGTERM");
    let streams_ended = tokio::time::timeout(Duration::from_secs(1), streams)
        .await
        .expect("every stream ended")
        .unwrap();
    println!(
        "SIGTERM with 50 open streams and a stalled upload: streams ended after {streams_ended:.2?}, exited after {took:.2?}"
    );
    assert!(status.success(), "{status:?}");
    assert!(streams_ended < Duration::from_secs(3), "{streams_ended:?}");
    drop(stalled);
}
