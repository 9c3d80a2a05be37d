//! Forum awards over HTTP on every backend: the secretariat opens a category, checked-in
//! attendees vote with their personal code (never their badge's) and change their vote, the big-screen stream follows,
//! bad votes change nothing, one attendee's 1,000 simultaneous votes count once, the ballot
//! log's chain and CSV recount to the tally, and two instances on one PostgreSQL database
//! show the same live tally.

use crate::support;

use app::accounts::Role;
use app::awards::LiveTally;
use sea_orm::{ActiveModelTrait, Set};
use std::time::Duration;
use support::{backends, Backend, TestApp};

struct World {
    category: i32,
    other_category: i32,
    nominees: Vec<i32>,
    other_nominee: i32,
    /// Personal codes of checked-in attendees.
    attendees: Vec<String>,
    /// Their badge codes, in the same order.
    badges: Vec<String>,
    /// Registered but not checked in (personal code).
    absent: String,
    admin: String,
}

async fn partnership(app: &TestApp, title: &str) -> i32 {
    partnership_between(
        app,
        title,
        "Manila Water Company",
        "Davao City Water District",
        "active",
    )
    .await
}

/// A partnership with its agreement (January 2025 to June 2026).
async fn partnership_between(
    app: &TestApp,
    title: &str,
    mentor: &str,
    recipient: &str,
    state: &str,
) -> i32 {
    use app::wops::entity::{agreement, partnership};
    let mentor = app.organization_id(mentor).await;
    let recipient = app.organization_id(recipient).await;
    let now = chrono::Utc::now();
    let id = partnership::ActiveModel {
        title: Set(title.into()),
        mentor_id: Set(mentor),
        recipient_id: Set(recipient),
        need_id: Set(None),
        facilitator_id: Set(None),
        state: Set(state.parse().expect("a partnership state")),
        concept_note: Set(String::new()),
        mentor_signed_at: Set(Some(now)),
        recipient_signed_at: Set(Some(now)),
        closed_reason: Set(String::new()),
        is_demo: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap()
    .id;
    agreement::ActiveModel {
        partnership_id: Set(id),
        signatories: Set("A; B".into()),
        start_date: Set(chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()),
        end_date: Set(chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()),
        scope: Set("NRW".into()),
        document_file: Set(None),
        document_name: Set(None),
        document_size: Set(None),
        recorded_at: Set(now),
    }
    .insert(&app.db)
    .await
    .unwrap();
    id
}

async fn category(app: &TestApp, edition: i32, name: &str, hide: bool) -> i32 {
    use app::awards::entity::category;
    category::ActiveModel {
        edition_id: Set(edition),
        position: Set(0),
        name: Set(name.into()),
        description: Set(String::new()),
        topic_id: Set(None),
        eligible_from: Set(chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()),
        eligible_until: Set(chrono::NaiveDate::from_ymd_opt(2027, 12, 31).unwrap()),
        voting_state: Set(app::awards::rules::VotingState::Draft),
        jury_weight: Set(70),
        hide_results: Set(hide),
        revision: Set(0),
        last_hash: Set(String::new()),
        updated_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap()
    .id
}

async fn nominate(app: &TestApp, category: i32, partnership: i32) -> i32 {
    app::awards::entity::nomination::ActiveModel {
        category_id: Set(category),
        partnership_id: Set(partnership),
        statement: Set("Cut losses by a third.".into()),
        nominated_by: Set(None),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap()
    .id
}

/// A registered attendee: (badge code, personal code).
async fn attendee(app: &TestApp, edition: i32, n: usize, checked_in: bool) -> (String, String) {
    let now = chrono::Utc::now();
    let code = format!("{:032x}", 0xa0000 + n);
    let personal = app::forum::personal_code::new_code();
    let key = app.secret_key().await;
    let hash = app::forum::personal_code::hash(
        &key,
        &app::forum::personal_code::normalize(&personal).unwrap(),
    );
    app::forum::entity::registration::ActiveModel {
        edition_id: Set(edition),
        name: Set(format!("Attendee {n}")),
        email: Set(format!("attendee{n}@test.example")),
        organization: Set("DCWD".into()),
        attendee_type: Set(app::forum::rules::AttendeeType::Utility),
        account_id: Set(None),
        answers: Set("[]".into()),
        status: Set(app::forum::rules::Status::Registered),
        confirm_token_hash: Set(None),
        badge_code: Set(code.clone()),
        personal_code_hash: Set(Some(hash)),
        confirmed_at: Set(Some(now)),
        checked_in_at: Set(checked_in.then_some(now)),
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

async fn world(app: &TestApp, attendees: usize, hide: bool) -> World {
    app::partners::demo::seed(&app.db, 0).await.unwrap();
    let now = chrono::Utc::now();
    let edition = app::forum::entity::edition::ActiveModel {
        year: Set(2027),
        title: Set("WaterLinks Forum 2027".into()),
        venue: Set("Manila".into()),
        time_zone: Set("Asia/Manila".into()),
        starts_on: Set(chrono::NaiveDate::from_ymd_opt(2027, 3, 9).unwrap()),
        ends_on: Set(chrono::NaiveDate::from_ymd_opt(2027, 3, 11).unwrap()),
        capacity: Set(5000),
        opens_at: Set(now - chrono::Duration::days(10)),
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
    let cat = category(app, edition, "Best partnership in non-revenue water", hide).await;
    let other = category(app, edition, "Best partnership in sanitation", false).await;
    let mut nominees = Vec::new();
    for title in ["Davao NRW", "Cebu pressure zones", "Iloilo meters"] {
        let p = partnership(app, title).await;
        nominees.push(nominate(app, cat, p).await);
    }
    let p = partnership(app, "Khulna septage").await;
    let other_nominee = nominate(app, other, p).await;
    let mut codes = Vec::new();
    let mut badges = Vec::new();
    for n in 0..attendees {
        let (badge, personal) = attendee(app, edition, n, true).await;
        badges.push(badge);
        codes.push(personal);
    }
    let (_, absent) = attendee(app, edition, 99_999, false).await;
    let (_, admin) = app
        .person("secretariat@test.example", &[Role::SecretariatAdmin], &[])
        .await;
    World {
        category: cat,
        other_category: other,
        nominees,
        other_nominee,
        attendees: codes,
        badges,
        absent,
        admin,
    }
}

async fn set_voting(app: &TestApp, w: &World, category: i32, action: &str) {
    let res = app
        .post_as(
            Some(&w.admin),
            "/api/awards/voting",
            &[("category", &category.to_string()), ("action", action)],
        )
        .await;
    assert_eq!(res.status(), 200, "{action}: {}", res.text().await.unwrap());
}

fn nonce() -> String {
    app::accounts::session::new_token()
}

async fn vote(
    app: &TestApp,
    code: &str,
    category: i32,
    nomination: i32,
) -> (u16, serde_json::Value) {
    vote_with(app, code, category, nomination, &nonce()).await
}

async fn vote_with(
    app: &TestApp,
    code: &str,
    category: i32,
    nomination: i32,
    nonce: &str,
) -> (u16, serde_json::Value) {
    let res = app
        .post_form(
            "/api/awards/vote",
            &[
                ("code", code),
                ("category", &category.to_string()),
                ("nomination", &nomination.to_string()),
                ("nonce", nonce),
            ],
        )
        .await;
    let status = res.status().as_u16();
    let text = res.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text)),
    )
}

/// A big screen's connection to `/awards/{id}/live`.
struct Screen {
    res: reqwest::Response,
    buf: String,
}

impl Screen {
    async fn connect(app: &TestApp, category: i32) -> Screen {
        let res = app.get(&format!("/awards/{category}/live")).await;
        assert_eq!(res.status(), 200);
        assert!(res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream"));
        Screen {
            res,
            buf: String::new(),
        }
    }

    async fn next(&mut self) -> LiveTally {
        loop {
            if let Some(end) = self.buf.find("\n\n") {
                let event: String = self.buf.drain(..end + 2).collect();
                if let Some(data) = event.lines().find_map(|l| l.strip_prefix("data:")) {
                    return serde_json::from_str(data.trim()).expect("a tally");
                }
                continue;
            }
            let chunk = tokio::time::timeout(Duration::from_secs(10), self.res.chunk())
                .await
                .expect("a tally within 10 s")
                .expect("stream read")
                .expect("stream open");
            self.buf.push_str(&String::from_utf8_lossy(&chunk));
        }
    }

    /// Reads tallies until one satisfies `ok` (within 10 s).
    async fn until(&mut self, ok: impl Fn(&LiveTally) -> bool) -> LiveTally {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            let t = tokio::time::timeout_at(deadline, self.next())
                .await
                .expect("the expected tally within 10 s");
            if ok(&t) {
                return t;
            }
        }
    }
}

/// The awards a partnership's public page lists.
/// The public awards overview, as anyone sees it.
async fn overview(app: &TestApp) -> serde_json::Value {
    app.post_form("/api/awards/overview", &[])
        .await
        .json()
        .await
        .unwrap()
}

async fn awards_on_page(app: &TestApp, id: String) -> serde_json::Value {
    let detail: serde_json::Value = app
        .post_form("/api/wops/detail", &[("id", id.as_str())])
        .await
        .json()
        .await
        .unwrap();
    detail["awards"].clone()
}

fn votes(t: &LiveTally, nomination: i32) -> u32 {
    t.votes_for(nomination).unwrap_or(0)
}

#[tokio::test]
async fn attendees_vote_change_their_vote_and_the_screen_follows() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let w = world(&app, 3, false).await;
        let [a, b, c] = [w.nominees[0], w.nominees[1], w.nominees[2]];
        // Draft: nobody can vote yet.
        let (status, body) = vote(&app, &w.attendees[0], w.category, a).await;
        assert_eq!(status, 409, "{backend:?}: {body}");

        let mut screen = Screen::connect(&app, w.category).await;
        let first = screen.next().await;
        assert_eq!(first.total, 0);
        set_voting(&app, &w, w.category, "open").await;
        screen
            .until(|t| t.state == app::awards::rules::VotingState::Open)
            .await;

        for (code, choice) in w.attendees.iter().zip([a, a, b]) {
            let (status, body) = vote(&app, code, w.category, choice).await;
            assert_eq!(status, 200, "{backend:?}: {body}");
            assert_eq!(body["receipt"].as_str().unwrap().len(), 10);
        }
        let t = screen.until(|t| t.total == 3).await;
        assert_eq!((votes(&t, a), votes(&t, b), votes(&t, c)), (2, 1, 0));

        // The third attendee changes their mind: still three votes, the bars follow.
        let (status, _) = vote(&app, &w.attendees[2], w.category, a).await;
        assert_eq!(status, 200);
        let t = screen.until(|t| votes(t, a) == 3).await;
        assert_eq!((t.total, votes(&t, b)), (3, 0), "{backend:?}");
        assert_eq!(app.count("award_vote").await, 3);
        assert_eq!(app.count("award_ballot").await, 4);

        // A reconnecting screen gets the current tally at once.
        let mut again = Screen::connect(&app, w.category).await;
        let now = again.next().await;
        assert_eq!((now.total, votes(&now, a)), (3, 3));

        // The attendee's page shows their counted vote.
        let page: serde_json::Value = app
            .post_form("/api/awards/ballot", &[("code", &w.attendees[2])])
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(page["categories"][0]["chosen"], a);

        set_voting(&app, &w, w.category, "close").await;
        let (status, body) = vote(&app, &w.attendees[1], w.category, b).await;
        assert_eq!(status, 409, "{body}");
        assert!(body.to_string().contains("closed"), "{body}");
        set_voting(&app, &w, w.category, "reveal").await;

        // Revealed: the public page ranks the nominees; the audience's favourite wins
        // (no jury scores yet).
        let overview = overview(&app).await;
        let results = &overview["categories"][0]["results"];
        assert_eq!(results[0]["nomination_id"], a, "{backend:?}: {overview}");
        assert_eq!(results[0]["title"], "Davao NRW");
        // The winner shows on the partnership's page too; the runner-up's shows nothing.
        let nominees = &overview["categories"][0]["nominees"];
        let page = |i: usize| awards_on_page(&app, nominees[i]["partnership_id"].to_string());
        assert_eq!(
            page(0).await[0],
            "Best partnership in non-revenue water, WaterLinks Forum 2027"
        );
        assert_eq!(page(1).await, serde_json::json!([]));

        // The CSV recounts to the tally, and its chain verifies.
        let csv = app
            .get(&format!("/awards/{}/ballots.csv", w.category))
            .await
            .text()
            .await
            .unwrap();
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(rows.len(), 4);
        let counted_for_a = rows
            .iter()
            .filter(|r| &r[6] == "yes" && r[3] == a.to_string())
            .count();
        assert_eq!(counted_for_a, 3);
        let stored: Vec<app::awards::rules::StoredBallot> = rows
            .iter()
            .map(|r| app::awards::rules::StoredBallot {
                category: w.category,
                voter_key: r[2].to_owned(),
                nomination: r[3].parse().unwrap(),
                receipt: r[5].to_owned(),
                cast_at: r[1].to_owned(),
                withdrawn: &r[9] == "yes",
                prev_hash: r[7].to_owned(),
                hash: r[8].to_owned(),
            })
            .collect();
        assert_eq!(app::awards::rules::verify_chain(&stored), Ok(()));

        // The first attendee's receipt checks out as counted; the third's first one does not.
        let first_receipt = &rows[2][5];
        let check: serde_json::Value = app
            .post_form("/api/awards/receipt", &[("code", first_receipt)])
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(check["counted"], false, "{check}");
        assert_eq!(check["nominee"], "Cebu pressure zones");
    }
}

#[tokio::test]
async fn bad_votes_get_a_clear_answer_and_change_nothing() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let w = world(&app, 2, false).await;
        set_voting(&app, &w, w.category, "open").await;
        let a = w.nominees[0];
        let code = &w.attendees[0];

        let (status, body) = vote(&app, &w.absent, w.category, a).await;
        assert_eq!(status, 409, "{backend:?}: {body}");
        assert!(body.to_string().contains("checked in"), "{body}");

        let (status, body) = vote(&app, "ffffffffffffffffffffffffffffffff", w.category, a).await;
        assert_eq!(status, 404, "{body}");
        assert!(body.to_string().contains("not valid"), "{body}");

        // The other category is still a draft.
        let (status, _) = vote(&app, code, w.other_category, w.other_nominee).await;
        assert_eq!(status, 409);
        // A nominee of another category.
        let (status, body) = vote(&app, code, w.category, w.other_nominee).await;
        assert_eq!(status, 422, "{body}");
        assert!(body.to_string().contains("not in this category"), "{body}");
        // A vote posted from another site (a forged form) is refused before it is read.
        let forged = app
            .client
            .post(app.url("/api/awards/vote"))
            .header("origin", "https://elsewhere.example")
            .form(&[
                ("code", code.as_str()),
                ("category", &w.category.to_string()),
                ("nomination", &a.to_string()),
                ("nonce", &nonce()),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(forged.status(), 403);
        assert_eq!(app.count("award_ballot").await, 0);

        // A replayed request: the first counts, the copy is refused.
        let once = nonce();
        assert_eq!(vote_with(&app, code, w.category, a, &once).await.0, 200);
        let (status, body) = vote_with(&app, code, w.category, w.nominees[1], &once).await;
        assert_eq!(status, 409, "{body}");
        assert!(body.to_string().contains("already received"), "{body}");

        // Too fast: after a burst, 429. Sent at once: one after the other, a slow machine
        // (a debug build, PostgreSQL committing each vote) spread them over the refill time.
        let burst = (0..8).map(|_| vote(&app, &w.attendees[1], w.category, a));
        let answers = futures::future::join_all(burst).await;
        let statuses: Vec<u16> = answers.iter().map(|(s, _)| *s).collect();
        // The refused vote's own answer says why (a later request may already be allowed).
        let refused = answers.iter().find(|(s, _)| *s == 429);
        assert!(refused.is_some(), "{statuses:?}");
        let body = refused.map(|(_, b)| b.to_string()).unwrap_or_default();
        assert!(body.contains("too quickly"), "{body}");

        assert_eq!(app.count("award_vote").await, 2, "{backend:?}");
        let t = app::awards::service::tally(&app.db, w.category)
            .await
            .unwrap();
        assert_eq!((t.total, votes(&t, a)), (2, 2));
        // Only secretariat admins move the vote.
        let res = app
            .post_form(
                "/api/awards/voting",
                &[("category", &w.category.to_string()), ("action", "close")],
            )
            .await;
        assert_eq!(res.status(), 401);
    }
}

#[tokio::test]
async fn a_thousand_simultaneous_votes_by_one_attendee_count_once() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let w = world(&app, 1, false).await;
        set_voting(&app, &w, w.category, "open").await;
        let hub = app::awards::live::TallyHub::start(app.db.clone());
        let code = w.attendees[0].clone();
        let key = app.secret_key().await;
        // Straight to the service, past the rate limit, so all 1,000 reach the database.
        let mut tasks = Vec::new();
        for i in 0..1000usize {
            let db = app.db.clone();
            let hub = hub.clone();
            let code = code.clone();
            let key = key.clone();
            let nominee = w.nominees[i % 3];
            let category = w.category;
            tasks.push(tokio::spawn(async move {
                app::awards::service::cast_vote(
                    &db,
                    &key,
                    &hub,
                    app::awards::service::VoteRequest {
                        personal_code: &code,
                        category_id: category,
                        nomination_id: nominee,
                        nonce: &nonce(),
                    },
                    None,
                )
                .await
            }));
        }
        let mut ok = 0;
        for t in futures::future::join_all(tasks).await {
            let result = t.unwrap();
            assert!(result.is_ok(), "{backend:?}: {result:?}");
            ok += 1;
        }
        assert_eq!(ok, 1000);
        assert_eq!(app.count("award_vote").await, 1, "{backend:?}");
        assert_eq!(app.count("award_ballot").await, 1000);
        let t = app::awards::service::tally(&app.db, w.category)
            .await
            .unwrap();
        assert_eq!(t.total, 1);
        // The counted vote is the last ballot in the chain.
        let (_, log) = app::awards::service::ballot_log(&app.db, w.category)
            .await
            .unwrap();
        let (last, counted) = log.last().unwrap();
        assert!(*counted);
        assert_eq!(t.counts, vec![(last.nomination_id, 1)]);
        assert_eq!(log.iter().filter(|(_, c)| *c).count(), 1);

        // Over HTTP, the same flood: refused beyond the rate limit, still one vote.
        let requests = (0..1000).map(|i| vote(&app, &code, w.category, w.nominees[i % 3]));
        let statuses: Vec<u16> = futures::future::join_all(requests)
            .await
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        assert!(
            statuses.iter().all(|s| *s == 200 || *s == 429),
            "{statuses:?}"
        );
        assert!(statuses.contains(&429));
        assert_eq!(app.count("award_vote").await, 1);
    }
}

#[tokio::test]
async fn hidden_results_show_only_the_number_of_votes_until_revealed() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let w = world(&app, 2, true).await;
        set_voting(&app, &w, w.category, "open").await;
        let mut screen = Screen::connect(&app, w.category).await;
        vote(&app, &w.attendees[0], w.category, w.nominees[0]).await;
        vote(&app, &w.attendees[1], w.category, w.nominees[0]).await;
        let t = screen.until(|t| t.total == 2).await;
        assert!(t.counts.is_empty(), "{backend:?}: {t:?}");
        assert_eq!(t.votes_for(w.nominees[0]), None);
        set_voting(&app, &w, w.category, "close").await;
        set_voting(&app, &w, w.category, "reveal").await;
        let t = screen
            .until(|t| t.state == app::awards::rules::VotingState::Revealed)
            .await;
        assert_eq!(t.votes_for(w.nominees[0]), Some(2));
    }
}

#[tokio::test]
async fn two_instances_on_one_postgres_database_show_the_same_tally() {
    if !backends().contains(&Backend::Postgres) {
        eprintln!("TEST_DATABASE_URL not set: skipped");
        return;
    }
    let a = TestApp::spawn(Backend::Postgres).await;
    let w = world(&a, 3, false).await;
    let shared = a.settings.database_url.clone();
    let b = TestApp::spawn_with(Backend::Postgres, move |s| s.database_url = shared).await;
    set_voting(&a, &w, w.category, "open").await;
    let mut on_b = Screen::connect(&b, w.category).await;
    let mut on_a = Screen::connect(&a, w.category).await;
    on_b.until(|t| t.state == app::awards::rules::VotingState::Open)
        .await;
    // Votes on A show on B's screen, and votes on B on A's.
    assert_eq!(
        vote(&a, &w.attendees[0], w.category, w.nominees[1]).await.0,
        200
    );
    let t = on_b.until(|t| t.total == 1).await;
    assert_eq!(votes(&t, w.nominees[1]), 1);
    assert_eq!(
        vote(&b, &w.attendees[1], w.category, w.nominees[1]).await.0,
        200
    );
    let t = on_a.until(|t| t.total == 2).await;
    assert_eq!(votes(&t, w.nominees[1]), 2);
    let t = on_b.until(|t| t.total == 2).await;
    assert_eq!(votes(&t, w.nominees[1]), 2);
    drop(b);
}

#[tokio::test]
async fn the_jury_scores_weighted_criteria_never_on_its_own_organization_and_the_weights_decide() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let w = world(&app, 2, false).await;
        let outsider = partnership_between(
            &app,
            "Hue water safety plan",
            "Saigon Water Corporation (SAWACO)",
            "Hue Water Supply JSC",
            "completed",
        )
        .await;
        let admin = &w.admin;
        let post = |cookie: &str, path: &'static str, form: Vec<(&'static str, String)>| {
            let cookie = cookie.to_owned();
            let app = &app;
            async move {
                let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let res = app.post_as(Some(&cookie), path, &form).await;
                let status = res.status().as_u16();
                let body: serde_json::Value = res.json().await.unwrap_or_default();
                (status, body)
            }
        };
        let cat = w.category.to_string();
        // An admin of Davao (a partner in the three nominees) nominates the outsider? No: only
        // its own partners or the secretariat may.
        let davao = app.organization_id("Davao City Water District").await;
        let (_, davao_admin) = app
            .person("admin@dcwd.example", &[Role::Member], &[davao])
            .await;
        let statement = "Compliance up from 91 % to 98 % of samples.".to_owned();
        let (status, _) = post(
            &davao_admin,
            "/api/awards/nominate",
            vec![
                ("category", cat.clone()),
                ("partnership", outsider.to_string()),
                ("statement", statement.clone()),
            ],
        )
        .await;
        assert_eq!(status, 403, "{backend:?}");
        let (status, body) = post(
            admin,
            "/api/awards/nominate",
            vec![
                ("category", cat.clone()),
                ("partnership", outsider.to_string()),
                ("statement", statement.clone()),
            ],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}: {body}");
        let outsider_nomination = body.as_i64().unwrap() as i32;
        let (status, _) = post(
            admin,
            "/api/awards/nominate",
            vec![
                ("category", cat.clone()),
                ("partnership", outsider.to_string()),
                ("statement", statement.clone()),
            ],
        )
        .await;
        assert_eq!(status, 409);
        // A proposed partnership is not eligible: refused with the reason.
        let proposed = partnership_between(
            &app,
            "Not yet",
            "Manila Water Company",
            "Davao City Water District",
            "proposed",
        )
        .await;
        let (status, body) = post(
            &davao_admin,
            "/api/awards/nominate",
            vec![
                ("category", cat.clone()),
                ("partnership", proposed.to_string()),
                ("statement", statement.clone()),
            ],
        )
        .await;
        assert_eq!(status, 422, "{body}");
        assert!(body.to_string().contains("active or completed"), "{body}");

        // Criteria 3:1; a juror from Davao is assigned.
        let (_, c1) = post(
            admin,
            "/api/awards/add_criterion",
            vec![
                ("category", cat.clone()),
                ("name", "Results".into()),
                ("weight", "3".into()),
            ],
        )
        .await;
        let (_, c2) = post(
            admin,
            "/api/awards/add_criterion",
            vec![
                ("category", cat.clone()),
                ("name", "Learning".into()),
                ("weight", "1".into()),
            ],
        )
        .await;
        let (_, juror) = app
            .person("juror@dcwd.example", &[Role::Juror], &[davao])
            .await;
        let (status, body) = post(
            admin,
            "/api/awards/assign_juror",
            vec![
                ("category", cat.clone()),
                ("email", "juror@dcwd.example".into()),
            ],
        )
        .await;
        assert_eq!(status, 200, "{body}");

        // The juror sees only the outsider: the three nominees involve Davao.
        let (status, list) = post(&juror, "/api/awards/jury", vec![]).await;
        assert_eq!(status, 200);
        let shown: Vec<i64> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["nomination_id"].as_i64().unwrap())
            .collect();
        assert_eq!(shown, vec![i64::from(outsider_nomination)], "{backend:?}");
        // Scoring one of Davao's is refused as if it did not exist.
        let (status, _) = post(
            &juror,
            "/api/awards/score",
            vec![
                ("nomination", w.nominees[0].to_string()),
                ("criterion", c1.to_string()),
                ("score", "10".into()),
            ],
        )
        .await;
        assert_eq!(status, 404);
        let (status, _) = post(
            &juror,
            "/api/awards/score",
            vec![
                ("nomination", outsider_nomination.to_string()),
                ("criterion", c1.to_string()),
                ("score", "11".into()),
            ],
        )
        .await;
        assert_eq!(status, 422);
        for (criterion, score) in [(&c1, "8"), (&c2, "4")] {
            let (status, body) = post(
                &juror,
                "/api/awards/score",
                vec![
                    ("nomination", outsider_nomination.to_string()),
                    ("criterion", criterion.to_string()),
                    ("score", score.into()),
                ],
            )
            .await;
            assert_eq!(status, 200, "{body}");
        }
        let (_, progress) = post(admin, "/api/awards/progress", vec![]).await;
        let row = progress
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["juror"] == "Test juror@dcwd.example")
            .unwrap();
        assert_eq!(
            (row["given"].as_i64(), row["expected"].as_i64()),
            (Some(2), Some(2))
        );

        // The audience votes for the first nominee. At the default 70 % jury share the outsider
        // (jury (3×8 + 1×4)/4 = 7 of 10, so 70) would win 49 to 30; at 20 % it loses 14 to 80.
        let (status, _) = post(
            admin,
            "/api/awards/set_weight",
            vec![("category", cat.clone()), ("jury_weight", "20".into())],
        )
        .await;
        assert_eq!(status, 200);
        set_voting(&app, &w, w.category, "open").await;
        for code in &w.attendees {
            assert_eq!(vote(&app, code, w.category, w.nominees[0]).await.0, 200);
        }
        set_voting(&app, &w, w.category, "close").await;
        set_voting(&app, &w, w.category, "reveal").await;
        let overview = overview(&app).await;
        let results = &overview["categories"][0]["results"];
        assert_eq!(
            results[0]["nomination_id"], w.nominees[0],
            "{backend:?}: {results}"
        );
        let outsider_row = results
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["nomination_id"] == outsider_nomination)
            .unwrap();
        assert!((outsider_row["jury"].as_f64().unwrap() - 70.0).abs() < 1e-9);
        assert!((outsider_row["combined"].as_f64().unwrap() - 14.0).abs() < 1e-9);
        // Revealed: the weights are fixed.
        let (status, _) = post(
            admin,
            "/api/awards/set_weight",
            vec![("category", cat.clone()), ("jury_weight", "90".into())],
        )
        .await;
        assert_eq!(status, 409);
    }
}

async fn registration_of(app: &TestApp, email: &str) -> app::forum::entity::registration::Model {
    use app::forum::entity::registration::{Column, Entity};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    Entity::find()
        .filter(Column::Email.eq(email))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn tally_of(app: &TestApp, category: i32) -> LiveTally {
    app::awards::service::tally(&app.db, category)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_photographed_badge_neither_opens_a_ballot_nor_votes_nor_cancels() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let w = world(&app, 1, false).await;
        set_voting(&app, &w, w.category, "open").await;
        let badge = &w.badges[0];

        let (status, body) = vote(&app, badge, w.category, w.nominees[0]).await;
        assert_eq!(status, 404, "{backend:?}: the badge code votes: {body}");
        let res = app
            .post_form("/api/awards/ballot", &[("code", badge.as_str())])
            .await;
        assert_eq!(
            res.status(),
            404,
            "{backend:?}: the badge code opens a ballot"
        );
        let res = app
            .post_form("/api/forum/cancel", &[("code", badge.as_str())])
            .await;
        assert_eq!(res.status(), 422, "{backend:?}: the badge code cancels");
        let body: serde_json::Value = res.json().await.unwrap();
        assert!(
            support::field_message(&body, "code").is_some_and(|m| m.contains("personal code")),
            "{body}"
        );
        assert_eq!(
            registration_of(&app, "attendee0@test.example").await.status,
            app::forum::rules::Status::Registered
        );
        assert_eq!(tally_of(&app, w.category).await.total, 0);

        // The personal code votes.
        let (status, body) = vote(&app, &w.attendees[0], w.category, w.nominees[0]).await;
        assert_eq!(status, 200, "{backend:?}: {body}");
    }
}

#[tokio::test]
async fn nothing_behind_a_result_moves_once_voting_opens_and_the_revealed_result_stays() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let w = world(&app, 2, false).await;
        let admin = &w.admin;
        let cat = w.category.to_string();
        let hue = partnership_between(
            &app,
            "Hue water safety plan",
            "Saigon Water Corporation (SAWACO)",
            "Hue Water Supply JSC",
            "completed",
        )
        .await;
        let (_, juror) = app.person("juror@jury.example", &[Role::Juror], &[]).await;
        let post = |cookie: &str, path: &'static str, form: Vec<(&'static str, String)>| {
            let cookie = cookie.to_owned();
            let app = &app;
            async move {
                let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let res = app.post_as(Some(&cookie), path, &form).await;
                let status = res.status().as_u16();
                let body: serde_json::Value = res.json().await.unwrap_or_default();
                (status, body)
            }
        };
        // While in draft, the secretariat prepares the jury side.
        let (status, criterion) = post(
            admin,
            "/api/awards/add_criterion",
            vec![
                ("category", cat.clone()),
                ("name", "Results".into()),
                ("weight", "1".into()),
            ],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}: {criterion}");
        let (status, _) = post(
            admin,
            "/api/awards/assign_juror",
            vec![
                ("category", cat.clone()),
                ("email", "juror@jury.example".into()),
            ],
        )
        .await;
        assert_eq!(status, 200);
        let score = |nomination: i32, value: &'static str| {
            post(
                &juror,
                "/api/awards/score",
                vec![
                    ("nomination", nomination.to_string()),
                    ("criterion", criterion.to_string()),
                    ("score", value.into()),
                ],
            )
        };
        assert_eq!(score(w.nominees[1], "9").await.0, 200);

        set_voting(&app, &w, w.category, "open").await;
        // Once open, nothing the result is made of can change, by anyone.
        let fixed = |(status, body): (u16, serde_json::Value)| {
            assert_eq!(status, 409, "{backend:?}: {body}");
            assert!(body.to_string().contains("fixed"), "{body}");
        };
        fixed(score(w.nominees[1], "1").await);
        fixed(score(w.nominees[0], "10").await);
        fixed(
            post(
                admin,
                "/api/awards/nominate",
                vec![
                    ("category", cat.clone()),
                    ("partnership", hue.to_string()),
                    (
                        "statement",
                        "Compliance up from 91 % to 98 % of samples.".into(),
                    ),
                ],
            )
            .await,
        );
        fixed(
            post(
                admin,
                "/api/awards/add_criterion",
                vec![
                    ("category", cat.clone()),
                    ("name", "Charm".into()),
                    ("weight", "100".into()),
                ],
            )
            .await,
        );
        fixed(
            post(
                admin,
                "/api/awards/set_weight",
                vec![("category", cat.clone()), ("jury_weight", "0".into())],
            )
            .await,
        );
        assert_eq!(app.count("award_nomination").await, 4, "{backend:?}");
        assert_eq!(app.count("award_criterion").await, 1);

        for code in &w.attendees {
            assert_eq!(vote(&app, code, w.category, w.nominees[0]).await.0, 200);
        }
        set_voting(&app, &w, w.category, "close").await;
        // Still fixed while closed.
        fixed(score(w.nominees[1], "1").await);
        set_voting(&app, &w, w.category, "reveal").await;
        let revealed = overview(&app).await["categories"][0]["results"].clone();
        // 70 % jury: nominee 1 has 63 (jury 90), nominee 0 has 30 (all the votes).
        assert_eq!(revealed[0]["nomination_id"], w.nominees[1], "{revealed}");
        fixed(score(w.nominees[1], "0").await);

        // Whatever happens to the rows behind it afterwards, the revealed result stays.
        use sea_orm::ConnectionTrait;
        for sql in ["UPDATE award_score SET score = 0", "DELETE FROM award_vote"] {
            app.db.execute_unprepared(sql).await.unwrap();
        }
        let after = overview(&app).await["categories"][0]["results"].clone();
        assert_eq!(after, revealed, "{backend:?}: the revealed result moved");
    }
}

#[tokio::test]
async fn a_cancelled_or_rejected_registrants_vote_stops_counting_and_the_log_recounts() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let w = world(&app, 3, false).await;
        let a = w.nominees[0];
        set_voting(&app, &w, w.category, "open").await;
        for code in &w.attendees {
            assert_eq!(vote(&app, code, w.category, a).await.0, 200);
        }
        assert_eq!(tally_of(&app, w.category).await.total, 3);

        // Attendee 0 cancels with the personal code from their email.
        let res = app
            .post_form("/api/forum/cancel", &[("code", w.attendees[0].as_str())])
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert_eq!(
            tally_of(&app, w.category).await.total,
            2,
            "{backend:?}: a cancelled registrant's vote still counts"
        );
        // The secretariat rejects attendee 1.
        let one = registration_of(&app, "attendee1@test.example").await;
        let res = app
            .post_as(
                Some(&w.admin),
                "/api/forum/decide",
                &[("id", &one.id.to_string()), ("decision", "reject")],
            )
            .await;
        assert_eq!(res.status(), 200);
        assert_eq!(tally_of(&app, w.category).await.total, 1, "{backend:?}");

        // Attendee 0 registers again, confirms, is checked in and votes again: counted again.
        let res = app
            .post_form(
                "/api/forum/register",
                &[
                    ("name", "Attendee 0"),
                    ("email", "attendee0@test.example"),
                    ("organization", "DCWD"),
                    ("attendee_type", "utility"),
                ],
            )
            .await;
        assert_eq!(
            res.status(),
            200,
            "{backend:?}: {}",
            res.text().await.unwrap()
        );
        let token = support::word_after(
            &app.latest_outbox_to("attendee0@test.example").await,
            "forum/confirm?token=",
        );
        let res = app
            .post_form("/api/forum/confirm", &[("token", &token)])
            .await;
        assert_eq!(res.status(), 200);
        let confirmed: serde_json::Value = res.json().await.unwrap();
        let personal = confirmed["personal_code"].as_str().unwrap().to_owned();
        let badge = confirmed["badge_code"].as_str().unwrap().to_owned();
        assert!(
            app.latest_outbox_to("attendee0@test.example")
                .await
                .contains(&format!("/awards/vote/{personal}")),
            "{backend:?}: the voting link is emailed"
        );
        let res = app
            .post_as(Some(&w.admin), "/api/forum/check_in", &[("code", &badge)])
            .await;
        assert_eq!(res.status(), 200);
        // The old personal code was replaced.
        assert_eq!(vote(&app, &w.attendees[0], w.category, a).await.0, 404);
        assert_eq!(vote(&app, &personal, w.category, a).await.0, 200);
        assert_eq!(tally_of(&app, w.category).await.total, 2, "{backend:?}");

        set_voting(&app, &w, w.category, "close").await;
        set_voting(&app, &w, w.category, "reveal").await;
        let overview = overview(&app).await;
        assert_eq!(overview["categories"][0]["results"][0]["votes"], 2);
        assert_eq!(
            overview["categories"][0]["votes_withdrawn"], 1,
            "{backend:?}: {overview}"
        );

        // The public log: every withdrawal marked, the chain intact, and recounting it gives
        // the published result, with attendee 0 one voter throughout.
        let csv = app
            .get(&format!("/awards/{}/ballots.csv", w.category))
            .await
            .text()
            .await
            .unwrap();
        let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(csv.as_bytes())
            .records()
            .map(|r| r.unwrap())
            .collect();
        assert_eq!(rows.len(), 6, "{backend:?}: 3 votes, 2 withdrawals, 1 vote");
        assert_eq!(rows.iter().filter(|r| &r[9] == "yes").count(), 2);
        assert_eq!(rows.iter().filter(|r| &r[6] == "yes").count(), 2);
        assert_eq!(&rows[5][2], &rows[0][2], "attendee 0 keeps one voter key");
        let stored: Vec<app::awards::rules::StoredBallot> = rows
            .iter()
            .map(|r| app::awards::rules::StoredBallot {
                category: w.category,
                voter_key: r[2].to_owned(),
                nomination: r[3].parse().unwrap(),
                receipt: r[5].to_owned(),
                cast_at: r[1].to_owned(),
                withdrawn: &r[9] == "yes",
                prev_hash: r[7].to_owned(),
                hash: r[8].to_owned(),
            })
            .collect();
        assert_eq!(app::awards::rules::verify_chain(&stored), Ok(()));
        let recount =
            app::awards::rules::recount(stored.iter().map(|b| app::awards::rules::LoggedBallot {
                voter: &b.voter_key,
                nomination: b.nomination,
                withdrawn: b.withdrawn,
            }));
        assert_eq!(recount.votes.get(&a), Some(&2));
        assert_eq!(recount.withdrawn, 1);

        // Whoever holds the registrant list cannot link ballots to people: no voter key is a
        // plain hash of a badge code, and the list's codes appear nowhere in the log.
        use sha2::{Digest, Sha256};
        let registrants = app
            .get_as(&w.admin, "/forum/registrants.csv")
            .await
            .text()
            .await
            .unwrap();
        // Attendee 0's first badge was replaced when they registered again.
        let mut badges = w.badges[1..].to_vec();
        badges.push(badge);
        for code in &badges {
            assert!(registrants.contains(code.as_str()), "{code} listed");
            let plain: String =
                Sha256::digest(format!("award-voter|{}|{code}", w.category).as_bytes())
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect();
            assert!(
                !csv.contains(&plain),
                "{backend:?}: a voter key is the badge's plain hash"
            );
            assert!(!csv.contains(code.as_str()));
        }
    }
}

#[tokio::test]
async fn votes_are_limited_per_address_as_well_as_per_attendee() {
    for backend in backends() {
        let app = TestApp::spawn_with(backend, |s| {
            s.limits.votes_per_address = vec![app::limits::Rate::new(3, 60.0)];
        })
        .await;
        let w = world(&app, 4, false).await;
        set_voting(&app, &w, w.category, "open").await;
        for code in &w.attendees[..3] {
            assert_eq!(vote(&app, code, w.category, w.nominees[0]).await.0, 200);
        }
        // A fourth attendee behind the same address, and a guessed code: refused.
        let (status, body) = vote(&app, &w.attendees[3], w.category, w.nominees[0]).await;
        assert_eq!(status, 429, "{backend:?}: {body}");
        assert!(body.to_string().contains("this network"), "{body}");
        let (status, _) = vote(
            &app,
            "0123456789abcdef0123456789abcdef",
            w.category,
            w.nominees[0],
        )
        .await;
        assert_eq!(status, 429, "{backend:?}");
        assert_eq!(app.count("award_vote").await, 3);
    }
}

#[tokio::test]
async fn the_vote_entry_form_leads_to_the_ballot_or_back_with_the_code() {
    let app = TestApp::spawn(support::Backend::Sqlite).await;
    let res = app.get("/awards/ballot?code=k7qm+2xhd-9pwt").await;
    assert!(res.status().is_redirection(), "{}", res.status());
    assert_eq!(res.headers()["location"], "/awards/vote/K7QM-2XHD-9PWT");
    // A badge's code is no ballot: back to the form, which says why.
    let badge = "0123456789abcdef0123456789abcdef";
    let res = app.get(&format!("/awards/ballot?code={badge}")).await;
    let back = res.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(back, format!("/awards/vote?code={badge}"));
    let page = app.get(&back).await.text().await.unwrap();
    assert!(page.contains("The code on your badge is not it"), "{page}");
}

mod languages;
