//! Load generator for bench/voting.sh: opens big-screen viewers on a category's live stream,
//! casts one vote per synthetic attendee spread evenly over a few seconds, and reports accepted
//! votes per second, vote-to-screen latency (from sending a vote until a viewer receives a tally
//! whose revision includes it), and lost or double-counted votes (acknowledged votes against
//! the final tally).
//!
//! `cargo run --release -p waterlinks --example vote_load -- <base-url> <category> <nominee,..>
//!  [voters] [viewers] [seconds] [first-attendee] [acked-file]`

// A benchmark tool, not a request path: a failed setup step should stop it loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(serde::Deserialize)]
struct Tally {
    revision: i64,
    total: u32,
}

use app::awards::bench::bench_personal_code;

/// Reads tallies from one live stream until `stop`: (received at, revision, total).
async fn watch(
    client: reqwest::Client,
    url: String,
    stop: Arc<AtomicBool>,
    ready: tokio::sync::mpsc::Sender<()>,
) -> Vec<(Instant, i64, u32)> {
    let mut seen = Vec::new();
    let Ok(mut res) = client.get(&url).send().await else {
        return seen;
    };
    let mut buf = String::new();
    let mut first = true;
    while !stop.load(Ordering::Relaxed) {
        let chunk = match tokio::time::timeout(Duration::from_millis(500), res.chunk()).await {
            Ok(Ok(Some(c))) => c,
            Ok(_) => break,
            Err(_) => continue,
        };
        let now = Instant::now();
        buf.push_str(&String::from_utf8_lossy(&chunk));
        while let Some(end) = buf.find("\n\n") {
            let event: String = buf.drain(..end + 2).collect();
            if let Some(data) = event.lines().find_map(|l| l.strip_prefix("data:")) {
                if let Ok(t) = serde_json::from_str::<Tally>(data.trim()) {
                    seen.push((now, t.revision, t.total));
                    if first {
                        first = false;
                        let _ = ready.send(()).await;
                    }
                }
            }
        }
    }
    seen
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        eprintln!("usage: vote_load <base-url> <category> <nominee,..> [voters] [viewers] [seconds] [first-attendee] [acked-file]");
        std::process::exit(2);
    }
    let base = args[1].trim_end_matches('/').to_owned();
    let category: i32 = args[2].parse().expect("category id");
    let nominees: Vec<i32> = args[3]
        .split(',')
        .map(|n| n.parse().expect("nominee id"))
        .collect();
    let arg = |i: usize, default: u32| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default);
    let voters = arg(4, 3000);
    let viewers = arg(5, 500);
    let seconds = arg(6, 10);
    let first_attendee = arg(7, 0);
    let acked_file = args.get(8).cloned();

    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(1024)
        .timeout(Duration::from_secs(120))
        .build()
        .expect("client");
    let live = format!("{base}/awards/{category}/live");

    // The viewers, each on its own connection; wait until every one has its first tally.
    let stop = Arc::new(AtomicBool::new(false));
    let (ready_tx, mut ready_rx) = tokio::sync::mpsc::channel(viewers.max(1) as usize);
    let mut screens = Vec::new();
    for _ in 0..viewers {
        screens.push(tokio::spawn(watch(
            client.clone(),
            live.clone(),
            stop.clone(),
            ready_tx.clone(),
        )));
    }
    drop(ready_tx);
    let connect_deadline = Instant::now() + Duration::from_secs(60);
    let mut connected = 0;
    while connected < viewers && Instant::now() < connect_deadline {
        match tokio::time::timeout(Duration::from_secs(5), ready_rx.recv()).await {
            Ok(Some(())) => connected += 1,
            Ok(None) => break,
            Err(_) => {}
        }
    }
    eprintln!("{connected} of {viewers} viewers connected");

    let acked = acked_file.map(|path| {
        std::sync::Mutex::new(
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .expect("acked file"),
        )
    });
    let acked = Arc::new(acked);
    let vote_url = format!("{base}/api/awards/vote");
    let spacing = Duration::from_secs_f64(f64::from(seconds) / f64::from(voters.max(1)));
    let start = Instant::now();
    let mut votes = Vec::new();
    for i in 0..voters {
        let at = start + spacing * i;
        let client = client.clone();
        let url = vote_url.clone();
        let origin = base.clone();
        let nominee = nominees[i as usize % nominees.len()];
        let acked = acked.clone();
        votes.push(tokio::spawn(async move {
            tokio::time::sleep_until(at.into()).await;
            let code = bench_personal_code(first_attendee + i);
            let nonce = format!("{:x}{:08x}", rand_u64(), i);
            let sent = Instant::now();
            let res = client
                .post(&url)
                .header("origin", &origin)
                .form(&[
                    ("code", code.as_str()),
                    ("category", &category.to_string()),
                    ("nomination", &nominee.to_string()),
                    ("nonce", &nonce),
                ])
                .send()
                .await;
            let (status, revision, receipt) = match res {
                Ok(r) => {
                    let status = r.status().as_u16();
                    let body: serde_json::Value = r.json().await.unwrap_or_default();
                    (
                        status,
                        body["revision"].as_i64().unwrap_or(-1),
                        body["receipt"].as_str().unwrap_or_default().to_owned(),
                    )
                }
                Err(_) => (0, -1, String::new()),
            };
            let done = Instant::now();
            if status == 200 {
                if let Some(file) = acked.as_ref() {
                    let mut f = file.lock().unwrap_or_else(|e| e.into_inner());
                    let _ = writeln!(f, "{code} {nominee} {receipt}");
                }
            }
            (sent, done, status, revision)
        }));
    }
    let mut results = Vec::new();
    for v in votes {
        if let Ok(r) = v.await {
            results.push(r);
        }
    }
    let last_ack = results.iter().map(|r| r.1).max().unwrap_or(start);
    // Let the last tallies reach the screens.
    tokio::time::sleep(Duration::from_secs(2)).await;
    stop.store(true, Ordering::Relaxed);
    let mut seen = Vec::new();
    for s in screens {
        if let Ok(v) = s.await {
            seen.push(v);
        }
    }

    let accepted: Vec<_> = results.iter().filter(|r| r.2 == 200).collect();
    let mut statuses = std::collections::BTreeMap::new();
    for r in &results {
        *statuses.entry(r.2).or_insert(0u32) += 1;
    }
    let elapsed = last_ack.duration_since(start).as_secs_f64();
    let mut acks: Vec<f64> = accepted
        .iter()
        .map(|r| r.1.duration_since(r.0).as_secs_f64() * 1000.0)
        .collect();
    acks.sort_by(|a, b| a.total_cmp(b));
    let mut to_screen = Vec::new();
    let mut never_shown = 0u64;
    for screen in &seen {
        for r in &accepted {
            match screen.iter().find(|(_, rev, _)| *rev >= r.3) {
                Some((at, _, _)) => {
                    to_screen.push(at.saturating_duration_since(r.0).as_secs_f64() * 1000.0)
                }
                None => never_shown += 1,
            }
        }
    }
    to_screen.sort_by(|a, b| a.total_cmp(b));

    // The final tally, from a fresh connection (read from the database).
    let final_total = first_tally(&client, &live).await;
    let acked_n = accepted.len() as u32;
    println!("voters: {voters}, viewers connected: {connected}/{viewers}, window: {seconds} s");
    println!("responses by status: {statuses:?}");
    println!(
        "accepted: {acked_n} in {elapsed:.2} s = {:.0} votes/s",
        f64::from(acked_n) / elapsed.max(1e-9)
    );
    println!(
        "vote acknowledgement latency ms: p50 {:.1}, p99 {:.1}, max {:.1}",
        percentile(&acks, 0.5),
        percentile(&acks, 0.99),
        acks.last().copied().unwrap_or(f64::NAN)
    );
    println!(
        "vote-to-screen latency ms ({} vote x viewer pairs): p50 {:.1}, p99 {:.1}, max {:.1}; never shown: {never_shown}",
        to_screen.len(),
        percentile(&to_screen, 0.5),
        percentile(&to_screen, 0.99),
        to_screen.last().copied().unwrap_or(f64::NAN)
    );
    match final_total {
        Some(total) => println!(
            "final tally: {total}; lost votes: {}; double counts: {}",
            acked_n.saturating_sub(total),
            total.saturating_sub(acked_n)
        ),
        None => println!("final tally: server unreachable"),
    }
}

/// The total of the first tally a fresh connection receives, if the server answers.
async fn first_tally(client: &reqwest::Client, url: &str) -> Option<u32> {
    let mut res = client.get(url).send().await.ok()?;
    let mut buf = String::new();
    loop {
        let chunk = tokio::time::timeout(Duration::from_secs(10), res.chunk())
            .await
            .ok()?
            .ok()??;
        buf.push_str(&String::from_utf8_lossy(&chunk));
        if let Some(end) = buf.find("\n\n") {
            let event = &buf[..end];
            if let Some(data) = event.lines().find_map(|l| l.strip_prefix("data:")) {
                return serde_json::from_str::<Tally>(data.trim())
                    .ok()
                    .map(|t| t.total);
            }
            buf.drain(..end + 2);
        }
    }
}

/// A random number for nonces, without another dependency: the clock mixed with the address
/// of a fresh allocation.
fn rand_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    h.finish()
}
