//! After bench/vote_durability.sh kills the server mid-burst and restarts it: checks that every
//! acknowledged vote is stored (its ballot by receipt, and the attendee's counted vote for that
//! nominee), that the ballot log's hash chain holds, and that recounting the log gives the
//! tally.
//!
//! `cargo run --release -p waterlinks --example vote_check -- <database-url> <category> <acked-file>`

// A benchmark tool, not a request path: a failed setup step should stop it loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use sea_orm::{ColumnTrait, Database, EntityTrait, QueryFilter};

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        eprintln!("usage: vote_check <database-url> <category> <acked-file>");
        std::process::exit(2);
    }
    let db = Database::connect(&args[1]).await.expect("database");
    let category: i32 = args[2].parse().expect("category id");
    let acked = std::fs::read_to_string(&args[3]).expect("acked file");
    // The server's key, as the server found it (set, or kept in the database).
    let key =
        app::secret::ServerSecret::new(std::env::var("WATERLINKS_SECRET_KEY").ok().as_deref())
            .key(&db)
            .await
            .expect("server secret");
    use app::awards::entity::{ballot, vote};
    let mut missing = 0;
    let mut checked = 0;
    for line in acked.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        let [code, nominee, receipt] = parts[..] else {
            continue;
        };
        checked += 1;
        let nominee: i32 = nominee.parse().expect("nominee");
        let stored = ballot::Entity::find()
            .filter(ballot::Column::Receipt.eq(receipt))
            .one(&db)
            .await
            .expect("query");
        let reg = app::forum::badges::by_personal_code(&db, &key, code)
            .await
            .expect("query");
        let counted = match reg {
            Some(r) => vote::Entity::find()
                .filter(vote::Column::CategoryId.eq(category))
                .filter(vote::Column::RegistrationId.eq(r.id))
                .one(&db)
                .await
                .expect("query")
                .is_some_and(|v| v.nomination_id == nominee),
            None => false,
        };
        if stored.is_none() || !counted {
            missing += 1;
            eprintln!("acknowledged but not stored: {line}");
        }
    }
    let (_, log) = app::awards::service::ballot_log(&db, category)
        .await
        .expect("ballot log");
    let chain: Vec<app::awards::rules::StoredBallot> = log
        .iter()
        .map(|(b, _)| app::awards::rules::StoredBallot {
            category,
            voter_key: b.voter_key.clone(),
            nomination: b.nomination_id,
            receipt: b.receipt.clone(),
            cast_at: b
                .cast_at
                .to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
            withdrawn: b.withdrawn,
            prev_hash: b.prev_hash.clone(),
            hash: b.hash.clone(),
        })
        .collect();
    let chain_ok = app::awards::rules::verify_chain(&chain);
    let recount =
        app::awards::rules::recount(log.iter().map(|(b, _)| app::awards::rules::LoggedBallot {
            voter: &b.voter_key,
            nomination: b.nomination_id,
            withdrawn: b.withdrawn,
        }));
    let tally = app::awards::service::tally(&db, category)
        .await
        .expect("tally");
    let mut from_log: Vec<(i32, u32)> = recount.votes.into_iter().collect();
    from_log.sort();
    println!("acknowledged votes checked: {checked}; missing after restart: {missing}");
    println!(
        "ballots in the log: {}; hash chain: {}",
        log.len(),
        match chain_ok {
            Ok(()) => "intact".to_owned(),
            Err(i) => format!("BROKEN at {i}"),
        }
    );
    println!(
        "tally {:?} (total {}); recount of the log {:?}: {}",
        tally.counts,
        tally.total,
        from_log,
        if from_log == tally.counts {
            "match"
        } else {
            "MISMATCH"
        }
    );
    if missing > 0 || chain_ok.is_err() || from_log != tally.counts {
        std::process::exit(1);
    }
}
