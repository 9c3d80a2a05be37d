//! The awards' pure rules: the voting state machine, eligibility, the jury's weighted score, the
//! combined result with its tie-break, the ballot hash chain and the recount from the log.

use crate::i18n::Lang;
use crate::stored::stored_enum;
use crate::t;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

stored_enum! {
    /// Where a category's audience vote stands. Only the secretariat moves it.
    /// (`award_category.voting_state`)
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum VotingState {
        Draft = "draft",
        Open = "open",
        Closed = "closed",
        Revealed = "revealed",
    }
}

impl VotingState {
    pub fn label(self, lang: Lang) -> String {
        match self {
            VotingState::Draft => t!(lang, "awards-state-draft"),
            VotingState::Open => t!(lang, "awards-state-open"),
            VotingState::Closed => t!(lang, "awards-state-closed"),
            VotingState::Revealed => t!(lang, "awards-state-revealed"),
        }
    }
}

/// What the secretariat does to a category's vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum VotingAction {
    Open,
    Close,
    Reveal,
}

impl VotingAction {
    pub fn parse(code: &str) -> Option<VotingAction> {
        match code {
            "open" => Some(VotingAction::Open),
            "close" => Some(VotingAction::Close),
            "reveal" => Some(VotingAction::Reveal),
            _ => None,
        }
    }
}

/// The state after `action`, or why it cannot be taken. A closed vote may be reopened (a hall
/// that closed too early); a revealed one is final.
pub fn transition(
    lang: Lang,
    from: VotingState,
    action: VotingAction,
) -> Result<VotingState, String> {
    use VotingAction as A;
    use VotingState as S;
    match (from, action) {
        (S::Draft | S::Closed, A::Open) => Ok(S::Open),
        (S::Open, A::Close) => Ok(S::Closed),
        (S::Closed, A::Reveal) => Ok(S::Revealed),
        (S::Open, A::Open) => Err(t!(lang, "awards-transition-already-open")),
        (S::Draft, A::Close) => Err(t!(lang, "awards-transition-not-opened")),
        (S::Closed, A::Close) => Err(t!(lang, "awards-transition-already-closed")),
        (S::Draft | S::Open, A::Reveal) => Err(t!(lang, "awards-transition-close-first")),
        (S::Revealed, _) => Err(t!(lang, "awards-transition-final")),
    }
}

/// Partnership states that can win an award.
pub const ELIGIBLE_STATES: [&str; 2] = ["active", "completed"];

/// Why a partnership cannot be nominated in a category, or `Ok` when it can: active or
/// completed, running at some time within the window, and on the category's topic (if any).
pub fn eligibility(
    lang: Lang,
    state: &str,
    running: Option<(NaiveDate, NaiveDate)>,
    topics: &[i32],
    category_topic: Option<i32>,
    window: (NaiveDate, NaiveDate),
) -> Result<(), String> {
    if !ELIGIBLE_STATES.contains(&state) {
        return Err(t!(lang, "awards-eligibility-state"));
    }
    let Some((start, end)) = running else {
        return Err(t!(lang, "awards-eligibility-no-dates"));
    };
    if end < window.0 || start > window.1 {
        return Err(t!(lang, "awards-eligibility-window"));
    }
    if let Some(topic) = category_topic {
        if !topics.contains(&topic) {
            return Err(t!(lang, "awards-eligibility-topic"));
        }
    }
    Ok(())
}

/// One juror's score of one criterion for one nomination, 0 to 10.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub juror: i32,
    pub criterion: i32,
    pub score: i32,
}

pub const MAX_SCORE: i32 = 10;

/// The jury's score of a nomination on 0..100: each criterion's mean over the jurors who scored
/// it, weighted by the criterion's weight. `None` while no criterion has a score.
pub fn jury_score(criteria: &[(i32, i32)], scores: &[Score]) -> Option<f64> {
    let mut weighted = 0.0;
    let mut weights = 0.0;
    for &(criterion, weight) in criteria {
        let given: Vec<f64> = scores
            .iter()
            .filter(|s| s.criterion == criterion)
            .map(|s| f64::from(s.score.clamp(0, MAX_SCORE)))
            .collect();
        if given.is_empty() || weight <= 0 {
            continue;
        }
        let mean = given.iter().sum::<f64>() / given.len() as f64;
        weighted += f64::from(weight) * mean;
        weights += f64::from(weight);
    }
    (weights > 0.0).then(|| weighted / weights * 100.0 / f64::from(MAX_SCORE))
}

/// A nomination's standing before combining.
#[derive(Debug, Clone, PartialEq)]
pub struct Standing {
    pub nomination: i32,
    pub jury: Option<f64>,
    pub votes: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ranked {
    pub nomination: i32,
    pub jury: f64,
    /// Share of the audience's votes, 0..100.
    pub audience: f64,
    pub combined: f64,
    pub votes: u32,
}

/// How ties are broken, as the public page states it.
pub fn tie_break(lang: Lang) -> String {
    t!(lang, "awards-tie-break")
}

/// The final ranking: `jury_weight`% jury score and the rest the audience's share of votes.
/// A nomination the jury has not scored counts 0 for the jury.
pub fn combine(jury_weight: i32, standings: &[Standing]) -> Vec<Ranked> {
    let jw = f64::from(jury_weight.clamp(0, 100)) / 100.0;
    let total: u32 = standings.iter().map(|s| s.votes).sum();
    let mut ranked: Vec<Ranked> = standings
        .iter()
        .map(|s| {
            let jury = s.jury.unwrap_or(0.0);
            let audience = if total == 0 {
                0.0
            } else {
                f64::from(s.votes) * 100.0 / f64::from(total)
            };
            Ranked {
                nomination: s.nomination,
                jury,
                audience,
                combined: jw * jury + (1.0 - jw) * audience,
                votes: s.votes,
            }
        })
        .collect();
    // Rounded to a hundredth first, so floating-point noise is never what decides.
    let key = |x: f64| (x * 100.0).round() as i64;
    ranked.sort_by(|a, b| {
        key(b.combined)
            .cmp(&key(a.combined))
            .then(b.votes.cmp(&a.votes))
            .then(key(b.jury).cmp(&key(a.jury)))
            .then(a.nomination.cmp(&b.nomination))
    });
    ranked
}

/// The previous hash of a category's first ballot.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What a ballot's hash covers.
#[derive(Debug, Clone, PartialEq)]
pub struct BallotLink<'a> {
    pub category: i32,
    pub voter_key: &'a str,
    pub nomination: i32,
    pub receipt: &'a str,
    /// RFC 3339 in UTC, as stored.
    pub cast_at: &'a str,
    /// The voter's registration was cancelled or rejected: this entry takes their vote back.
    pub withdrawn: bool,
}

#[cfg(feature = "ssr")]
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// SHA-256 over the previous hash and the ballot's fields, separated so no two ballots read
/// alike.
#[cfg(feature = "ssr")]
pub fn ballot_hash(prev: &str, b: &BallotLink) -> String {
    use sha2::{Digest, Sha256};
    let mut text = format!(
        "{prev}|{}|{}|{}|{}|{}",
        b.category, b.voter_key, b.nomination, b.receipt, b.cast_at
    );
    // Only withdrawals carry the mark, so every ballot logged before withdrawals existed
    // still verifies.
    if b.withdrawn {
        text.push_str("|withdrawn");
    }
    hex(&Sha256::digest(text.as_bytes()))
}

/// The anonymous key of an attendee's ballots in one category: keyed with the server's secret,
/// so whoever holds the registrant list (badge codes, ids) cannot link ballots to people, and
/// made from the registration (not its badge), so a registration taken up again after a cancel
/// keeps one voter in the log.
#[cfg(feature = "ssr")]
pub fn voter_key(key: &crate::secret::SecretKey, category: i32, registration: i32) -> String {
    key.keyed_hash("award-voter", &format!("{category}|{registration}"))
}

/// A stored ballot, for checking the chain.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredBallot {
    pub category: i32,
    pub voter_key: String,
    pub nomination: i32,
    pub receipt: String,
    pub cast_at: String,
    pub withdrawn: bool,
    pub prev_hash: String,
    pub hash: String,
}

/// `Err(i)` with the position of the first ballot whose link or hash is wrong.
#[cfg(feature = "ssr")]
pub fn verify_chain(ballots: &[StoredBallot]) -> Result<(), usize> {
    let mut prev = GENESIS.to_owned();
    for (i, b) in ballots.iter().enumerate() {
        let expected = ballot_hash(
            &prev,
            &BallotLink {
                category: b.category,
                voter_key: &b.voter_key,
                nomination: b.nomination,
                receipt: &b.receipt,
                cast_at: &b.cast_at,
                withdrawn: b.withdrawn,
            },
        );
        if b.prev_hash != prev || b.hash != expected {
            return Err(i);
        }
        prev = b.hash.clone();
    }
    Ok(())
}

/// One entry of the log, as the recount reads it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LoggedBallot<'a> {
    pub voter: &'a str,
    pub nomination: i32,
    pub withdrawn: bool,
}

/// What the log adds up to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Recount {
    /// Counted votes per nomination.
    pub votes: HashMap<i32, u32>,
    /// Voters whose last entry is a withdrawal (their registration was cancelled or rejected):
    /// they voted, and their vote does not count.
    pub withdrawn: u32,
}

/// Recounts the log, in order: each voter's last entry decides, and a withdrawal counts for
/// no one.
pub fn recount<'a>(ballots: impl IntoIterator<Item = LoggedBallot<'a>>) -> Recount {
    let mut last: HashMap<&str, LoggedBallot> = HashMap::new();
    for b in ballots {
        last.insert(b.voter, b);
    }
    let mut out = Recount::default();
    for b in last.into_values() {
        if b.withdrawn {
            out.withdrawn += 1;
        } else {
            *out.votes.entry(b.nomination).or_insert(0) += 1;
        }
    }
    out
}

/// Whether a category's nominations, criteria, weights and jury scores may still change: only
/// before its vote first opens, so nothing behind a result moves while people vote or after
/// it is revealed.
pub fn jury_may_change(state: VotingState) -> bool {
    state == VotingState::Draft
}

/// Whether a voter's counted vote is taken back when their registration stops counting: while
/// the vote is open or closed; a revealed result is final.
pub fn withdraws_votes(state: VotingState) -> bool {
    matches!(state, VotingState::Open | VotingState::Closed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn only_the_stated_transitions_are_allowed() {
        use VotingAction as A;
        use VotingState as S;
        assert_eq!(transition(Lang::En, S::Draft, A::Open), Ok(S::Open));
        assert_eq!(transition(Lang::En, S::Open, A::Close), Ok(S::Closed));
        assert_eq!(transition(Lang::En, S::Closed, A::Open), Ok(S::Open));
        assert_eq!(transition(Lang::En, S::Closed, A::Reveal), Ok(S::Revealed));
        assert!(transition(Lang::En, S::Open, A::Reveal).is_err());
        assert!(transition(Lang::En, S::Draft, A::Reveal).is_err());
        assert!(transition(Lang::En, S::Draft, A::Close).is_err());
        for a in [A::Open, A::Close, A::Reveal] {
            assert!(transition(Lang::En, S::Revealed, a).is_err());
        }
        for s in [S::Draft, S::Open, S::Closed, S::Revealed] {
            assert_eq!(VotingState::from_code(s.as_code()), Some(s));
        }
    }

    #[test]
    fn refusals_and_states_read_in_the_admins_language() {
        assert_eq!(
            transition(Lang::Th, VotingState::Revealed, VotingAction::Open),
            Err("ประกาศผลแล้ว การลงคะแนนถือเป็นที่สิ้นสุด".to_owned())
        );
        let window = (day(2025, 1, 1), day(2026, 12, 31));
        assert_eq!(
            eligibility(Lang::ZhHans, "proposed", None, &[], None, window),
            Err("只有进行中或已完成的合作伙伴关系才能被提名。".to_owned())
        );
        assert_eq!(VotingState::Open.label(Lang::Vi), "Đang mở bỏ phiếu");
    }

    #[test]
    fn eligibility_checks_state_window_and_topic() {
        let window = (day(2025, 1, 1), day(2026, 12, 31));
        let ran = Some((day(2024, 6, 1), day(2025, 6, 1)));
        assert_eq!(
            eligibility(Lang::En, "active", ran, &[1, 2], Some(2), window),
            Ok(())
        );
        assert_eq!(
            eligibility(Lang::En, "completed", ran, &[], None, window),
            Ok(())
        );
        assert!(eligibility(Lang::En, "proposed", ran, &[2], Some(2), window).is_err());
        assert!(eligibility(Lang::En, "active", None, &[2], Some(2), window).is_err());
        let before = Some((day(2022, 1, 1), day(2024, 12, 31)));
        assert!(eligibility(Lang::En, "completed", before, &[2], Some(2), window).is_err());
        assert!(eligibility(Lang::En, "active", ran, &[1], Some(2), window).is_err());
    }

    #[test]
    fn the_jury_score_weighs_criteria_and_averages_jurors() {
        let criteria = [(1, 3), (2, 1)];
        let scores = [
            Score {
                juror: 10,
                criterion: 1,
                score: 8,
            },
            Score {
                juror: 11,
                criterion: 1,
                score: 6,
            },
            Score {
                juror: 10,
                criterion: 2,
                score: 10,
            },
        ];
        // criterion 1: mean 7, criterion 2: 10 -> (3*7 + 10)/4 = 7.75 -> 77.5
        assert_eq!(jury_score(&criteria, &scores), Some(77.5));
        assert_eq!(jury_score(&criteria, &[]), None);
    }

    #[test]
    fn the_result_combines_jury_and_audience_with_the_admins_weights() {
        let standings = [
            Standing {
                nomination: 1,
                jury: Some(90.0),
                votes: 10,
            },
            Standing {
                nomination: 2,
                jury: Some(60.0),
                votes: 90,
            },
        ];
        // 70/30: 1 -> 63 + 3 = 66; 2 -> 42 + 27 = 69
        let r = combine(70, &standings);
        assert_eq!(r[0].nomination, 2);
        assert!((r[0].combined - 69.0).abs() < 1e-9);
        assert!((r[1].combined - 66.0).abs() < 1e-9);
        // Jury only: the jury's favourite wins.
        assert_eq!(combine(100, &standings)[0].nomination, 1);
    }

    #[test]
    fn ties_go_to_more_votes_then_jury_then_earlier_nomination() {
        // Equal combined (50): nomination 3 has more votes.
        let r = combine(
            50,
            &[
                Standing {
                    nomination: 2,
                    jury: Some(100.0),
                    votes: 0,
                },
                Standing {
                    nomination: 3,
                    jury: Some(0.0),
                    votes: 4,
                },
            ],
        );
        assert_eq!(r[0].nomination, 3);
        let r = combine(
            50,
            &[
                Standing {
                    nomination: 5,
                    jury: Some(40.0),
                    votes: 1,
                },
                Standing {
                    nomination: 4,
                    jury: Some(40.0),
                    votes: 1,
                },
            ],
        );
        assert_eq!(r[0].nomination, 4);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_changed_ballot_breaks_the_chain_where_it_was_changed() {
        let mut log = Vec::new();
        let mut prev = GENESIS.to_owned();
        for (i, voter) in ["a", "b", "a"].iter().enumerate() {
            let receipt = format!("R{i}");
            let link = BallotLink {
                category: 1,
                voter_key: voter,
                nomination: 7 + i as i32,
                receipt: &receipt,
                cast_at: "2027-03-09T10:00:00Z",
                withdrawn: i == 2,
            };
            let hash = ballot_hash(&prev, &link);
            log.push(StoredBallot {
                category: 1,
                voter_key: (*voter).to_owned(),
                nomination: link.nomination,
                receipt: receipt.clone(),
                cast_at: link.cast_at.to_owned(),
                withdrawn: link.withdrawn,
                prev_hash: prev.clone(),
                hash: hash.clone(),
            });
            prev = hash;
        }
        assert_eq!(verify_chain(&log), Ok(()));
        // A withdrawal cannot be turned back into a vote without breaking the chain.
        log[2].withdrawn = false;
        assert_eq!(verify_chain(&log), Err(2));
        log[2].withdrawn = true;
        log[1].nomination = 99;
        assert_eq!(verify_chain(&log), Err(1));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn voter_keys_need_the_servers_key_and_follow_the_registration() {
        let key = crate::secret::SecretKey::from_passphrase("thirty-two characters of secret!");
        let other = crate::secret::SecretKey::from_passphrase("a different secret of 32 chars!!");
        assert_eq!(voter_key(&key, 1, 7), voter_key(&key, 1, 7));
        assert_ne!(voter_key(&key, 1, 7), voter_key(&key, 2, 7));
        assert_ne!(voter_key(&key, 1, 7), voter_key(&key, 1, 8));
        assert_ne!(voter_key(&key, 1, 7), voter_key(&other, 1, 7));
    }

    fn logged(voter: &str, nomination: i32, withdrawn: bool) -> LoggedBallot<'_> {
        LoggedBallot {
            voter,
            nomination,
            withdrawn,
        }
    }

    #[test]
    fn the_recount_counts_each_voters_last_ballot() {
        let r = recount([
            logged("a", 1, false),
            logged("b", 1, false),
            logged("a", 2, false),
            logged("c", 2, false),
            logged("a", 2, false),
        ]);
        assert_eq!(r.votes.get(&1), Some(&1));
        assert_eq!(r.votes.get(&2), Some(&2));
        assert_eq!(r.votes.values().sum::<u32>(), 3);
        assert_eq!(r.withdrawn, 0);
    }

    #[test]
    fn a_withdrawn_vote_counts_for_no_one_until_its_voter_votes_again() {
        let r = recount([
            logged("a", 1, false),
            logged("b", 1, false),
            logged("a", 1, true),
        ]);
        assert_eq!(r.votes.get(&1), Some(&1));
        assert_eq!(r.withdrawn, 1);
        // Registered again, checked in again, voted again.
        let r = recount([
            logged("a", 1, false),
            logged("a", 1, true),
            logged("a", 2, false),
        ]);
        assert_eq!(r.votes.get(&2), Some(&1));
        assert_eq!(r.votes.get(&1), None);
        assert_eq!(r.withdrawn, 0);
    }

    #[test]
    fn the_jury_is_fixed_from_the_moment_voting_opens() {
        assert!(jury_may_change(VotingState::Draft));
        for s in [
            VotingState::Open,
            VotingState::Closed,
            VotingState::Revealed,
        ] {
            assert!(!jury_may_change(s));
        }
        assert!(withdraws_votes(VotingState::Open));
        assert!(withdraws_votes(VotingState::Closed));
        assert!(!withdraws_votes(VotingState::Revealed));
        assert!(!withdraws_votes(VotingState::Draft));
    }
}
