//! How often each kind of request may come, per subject. Operators change these under
//! `[limits]` in the configuration; the defaults are chosen for one regional network's traffic.

use serde::{Deserialize, Serialize};

/// `count` requests per `per_seconds`, refilled evenly: after a burst of `count`, one more every
/// `per_seconds / count` (GCRA, the generic cell rate algorithm).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rate {
    pub count: u32,
    pub per_seconds: f64,
}

impl Rate {
    pub const fn new(count: u32, per_seconds: f64) -> Rate {
        Rate { count, per_seconds }
    }

    /// The time one request occupies, in milliseconds (at least 1).
    pub fn period_ms(&self) -> i64 {
        (self.window_ms() / i64::from(self.count.max(1))).max(1)
    }

    /// The whole window, in milliseconds (at least 1).
    pub fn window_ms(&self) -> i64 {
        ((self.per_seconds * 1000.0) as i64).max(1)
    }

    /// Why this rate cannot be used, if so.
    pub fn problem(&self) -> Option<&'static str> {
        if self.count == 0 {
            Some("count must be at least 1")
        } else if !(self.per_seconds.is_finite() && self.per_seconds >= 0.001) {
            Some("per_seconds must be a positive number")
        } else {
            None
        }
    }
}

const MINUTE: f64 = 60.0;
const HOUR: f64 = 3600.0;
const DAY: f64 = 86_400.0;

/// Every limit, each a list of rates that must all allow a request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    /// Sign-in, sign-up, password change and reset requests per client address. Set from the
    /// top-level `attempts_per_minute` and `attempts_per_hour` settings.
    #[serde(skip)]
    pub attempts_per_address: Vec<Rate>,
    /// Sign-in attempts per account (by email, known or not). A successful sign-in or password
    /// reset clears them, so only failures add up; the tiers make the wait grow: after 10
    /// quick failures one more a minute, after 100 in a day one more every 15 minutes.
    pub failed_sign_ins_per_account: Vec<Rate>,
    /// Reset links asked for one email: each one is a message in someone's inbox.
    pub reset_requests_per_email: Vec<Rate>,
    /// Forum registrations per client address. Generous: walk-in registrations at the venue
    /// share its Wi-Fi's one address.
    pub forum_registrations_per_address: Vec<Rate>,
    /// Forum registrations tried for one email (each email registers once per edition).
    pub forum_registrations_per_email: Vec<Rate>,
    /// Confirmation links sent again, per client address and per email.
    pub confirmation_resends_per_address: Vec<Rate>,
    pub confirmation_resends_per_email: Vec<Rate>,
    /// Messages to the secretariat per client address.
    pub contact_messages_per_address: Vec<Rate>,
    /// Votes per attendee (badge): a burst of 5, then one every 500 ms.
    pub votes_per_attendee: Vec<Rate>,
    /// Votes per client address. A whole hall of phones behind the venue's one NAT address
    /// votes when the host says "vote now": 3,000 may vote at the same moment, then 50 more a
    /// second; each phone is still held to its own per-attendee limit, and badge codes are
    /// too long to guess, so this only stops one machine flooding the vote.
    pub votes_per_address: Vec<Rate>,
    /// Subjects the in-memory limiter (SQLite) tracks at most; beyond it the entries nearest
    /// to being forgotten anyway are dropped first, so memory stays flat under a flood.
    pub max_tracked_keys: usize,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            attempts_per_address: vec![Rate::new(10, MINUTE), Rate::new(100, HOUR)],
            failed_sign_ins_per_account: vec![Rate::new(10, 10.0 * MINUTE), Rate::new(100, DAY)],
            reset_requests_per_email: vec![Rate::new(5, HOUR)],
            forum_registrations_per_address: vec![Rate::new(60, 10.0 * MINUTE)],
            forum_registrations_per_email: vec![Rate::new(10, HOUR)],
            confirmation_resends_per_address: vec![Rate::new(20, HOUR)],
            confirmation_resends_per_email: vec![Rate::new(3, HOUR)],
            contact_messages_per_address: vec![Rate::new(10, HOUR)],
            votes_per_attendee: vec![Rate::new(5, 2.5)],
            votes_per_address: vec![Rate::new(3000, MINUTE)],
            max_tracked_keys: 100_000,
        }
    }
}

impl Policy {
    /// The first unusable rate, named, if any.
    pub fn problem(&self) -> Option<String> {
        let lists = [
            (
                "failed_sign_ins_per_account",
                &self.failed_sign_ins_per_account,
            ),
            ("reset_requests_per_email", &self.reset_requests_per_email),
            (
                "forum_registrations_per_address",
                &self.forum_registrations_per_address,
            ),
            (
                "forum_registrations_per_email",
                &self.forum_registrations_per_email,
            ),
            (
                "confirmation_resends_per_address",
                &self.confirmation_resends_per_address,
            ),
            (
                "confirmation_resends_per_email",
                &self.confirmation_resends_per_email,
            ),
            (
                "contact_messages_per_address",
                &self.contact_messages_per_address,
            ),
            ("votes_per_attendee", &self.votes_per_attendee),
            ("votes_per_address", &self.votes_per_address),
        ];
        for (name, rates) in lists {
            if let Some(p) = rates.iter().find_map(Rate::problem) {
                return Some(format!("limits.{name}: {p}"));
            }
        }
        (self.max_tracked_keys < 1_000)
            .then(|| "limits.max_tracked_keys must be at least 1000".to_owned())
    }
}
