//! The limits as a whole, in memory: keys normalised and hashed, clearing, and memory that
//! stays flat under a flood of distinct subjects.

use super::*;

fn limits() -> Limits {
    Limits::in_memory(Policy::default(), TrustedProxies::default())
}

async fn allowed(l: &Limits, client: Option<IpAddr>, checks: &[(Rule, Subject<'_>)]) -> bool {
    l.check(client, checks).await.expect("memory store").is_ok()
}

#[tokio::test]
async fn emails_are_one_subject_whatever_their_case_and_spaces() {
    let l = limits();
    for email in ["ana@mcwd.example", " ANA@mcwd.example", "Ana@MCWD.example "] {
        assert!(allowed(&l, None, &[(Rule::ResetRequests, Subject::Email(email))]).await);
    }
    for _ in 0..2 {
        assert!(
            allowed(
                &l,
                None,
                &[(Rule::ResetRequests, Subject::Email("ana@mcwd.example"))]
            )
            .await
        );
    }
    let refused = l
        .check(
            None,
            &[(Rule::ResetRequests, Subject::Email("ANA@mcwd.example"))],
        )
        .await
        .unwrap()
        .unwrap_err();
    assert_eq!(refused.rule, Rule::ResetRequests);
    assert!(refused.wait > Duration::from_secs(60));
    // Another email, and the same email under another rule, are other subjects.
    assert!(
        allowed(
            &l,
            None,
            &[(Rule::ResetRequests, Subject::Email("ben@mcwd.example"))]
        )
        .await
    );
    assert!(
        allowed(
            &l,
            None,
            &[(Rule::ResendsByEmail, Subject::Email("ana@mcwd.example"))]
        )
        .await
    );
}

#[tokio::test]
async fn the_client_is_skipped_when_unknown_and_counted_when_known() {
    let l = limits();
    let client: IpAddr = "203.0.113.5".parse().unwrap();
    for _ in 0..10 {
        assert!(allowed(&l, Some(client), &[(Rule::Attempts, Subject::Client)]).await);
    }
    assert!(!allowed(&l, Some(client), &[(Rule::Attempts, Subject::Client)]).await);
    assert!(allowed(&l, None, &[(Rule::Attempts, Subject::Client)]).await);
}

#[tokio::test]
async fn clearing_ends_a_back_off() {
    let l = limits();
    let account = [(Rule::FailedSignIns, Subject::Email("lan@dawaco.example"))];
    for _ in 0..10 {
        assert!(allowed(&l, None, &account).await);
    }
    assert!(!allowed(&l, None, &account).await);
    l.clear(Rule::FailedSignIns, Subject::Email(" LAN@dawaco.example"))
        .await
        .unwrap();
    assert!(allowed(&l, None, &account).await);
}

#[test]
fn a_long_subject_costs_what_a_short_one_does() {
    let long = format!("{}@example.org", "a".repeat(45_000));
    let a = subject_text(Subject::Email(&long), None).unwrap();
    assert_eq!(a.chars().count(), SUBJECT_MAX_CHARS);
    assert_eq!(key_of(Rule::ResetRequests, 0, &a).len(), 16);
}

#[test]
fn waits_read_naturally_in_each_language() {
    use crate::i18n::Lang;
    assert_eq!(wait_words(Duration::from_millis(200), Lang::En), "a second");
    assert_eq!(wait_words(Duration::from_secs(6), Lang::En), "6 seconds");
    assert_eq!(wait_words(Duration::from_secs(601), Lang::En), "11 minutes");
    assert_eq!(
        wait_words(Duration::from_secs(86_000), Lang::En),
        "24 hours"
    );
    assert_eq!(wait_words(Duration::from_secs(601), Lang::Vi), "11 phút");
    assert_eq!(wait_words(Duration::from_secs(6), Lang::Th), "6 วินาที");
    assert_eq!(
        Rule::VotesByAddress.message(Duration::from_secs(30), Lang::Id),
        "Terlalu banyak suara dari jaringan ini saat ini. Tunggu 30 detik lalu ketuk lagi; \
         suara terakhir Anda yang terhitung tetap berlaku."
    );
}

/// Resident memory of this process, from /proc (Linux), in bytes.
fn resident_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

#[tokio::test]
async fn a_million_distinct_keys_keep_memory_flat() {
    let l = limits();
    let before = resident_bytes();
    let mut halfway = None;
    let long = "a".repeat(45_000);
    for i in 0..1_000_000u32 {
        if i == 500_000 {
            halfway = resident_bytes();
        }
        // Every thousandth "email" is 45 KB long, as in the report.
        let email = if i % 1_000 == 0 {
            format!("{long}{i}@example.org")
        } else {
            format!("user{i}@example.org")
        };
        let client = IpAddr::from(i.to_be_bytes());
        let _ = l
            .check(
                Some(client),
                &[
                    (Rule::Attempts, Subject::Client),
                    (Rule::ResetRequests, Subject::Email(&email)),
                ],
            )
            .await
            .unwrap();
    }
    let after = resident_bytes();
    let (keys, table_bytes) = l.size().await.unwrap();
    let grown = after.zip(before).map(|(a, b)| a.saturating_sub(b));
    let second_half = after.zip(halfway).map(|(a, h)| a.saturating_sub(h));
    eprintln!(
        "limiter after 1,000,000 distinct clients and emails (3,000,000 keys offered): {keys} \
         keys tracked, {table_bytes} bytes of tables; process RSS {before:?} -> {halfway:?} \
         (halfway) -> {after:?} bytes (grew {grown:?}, {second_half:?} in the second half)"
    );
    assert!(keys <= Policy::default().max_tracked_keys, "{keys} keys");
    assert!(table_bytes < 8_000_000, "{table_bytes} bytes");
    // The process's RSS is printed, not asserted: the other unit tests run alongside in this
    // process (PDF fonts, translation bundles) and move it by tens of MB; the limiter's own
    // tables, counted above, are what it bounds.
}
