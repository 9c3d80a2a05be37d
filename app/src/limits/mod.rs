//! Request limits: how often one client address, account, email or attendee may do something.
//!
//! Each limit is a [`Rule`] with one or more [`Rate`]s (GCRA, see `gcra.rs`). Subjects are
//! normalised, capped and hashed to 16 bytes before they become keys, so a 45 KB "email" costs
//! what a short one does. On SQLite (one instance) the keys live in a capped in-memory store;
//! on PostgreSQL in the `rate_limit` table, so every instance on the database counts together.
//! A background task forgets expired keys in both.

mod client;
mod gcra;
mod memory;
mod policy;
mod shared;

pub use client::{address_subject, client_ip, TrustedProxies};
pub use policy::{Policy, Rate};

use crate::error::AppError;
use crate::i18n::Lang;
use crate::t;
use memory::MemoryStore;
use sea_orm::{DatabaseConnection, DbBackend};
use sha2::{Digest, Sha256};
use std::net::IpAddr;
use std::sync::{Arc, Weak};
use std::time::Duration;

/// A limited subject under one rate: the first 16 bytes of a SHA-256.
pub type Key = [u8; 16];

/// Longest subject text hashed; longer input was refused at its field already.
const SUBJECT_MAX_CHARS: usize = 320;
/// How often expired keys are forgotten.
const SWEEP_EVERY: Duration = Duration::from_secs(60);

/// What is limited, and per what.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Sign-in, sign-up, password change and reset requests, per client address.
    Attempts,
    /// Sign-ins per account (by email); cleared when one succeeds or the password is reset.
    FailedSignIns,
    ResetRequests,
    ForumRegistrationsByAddress,
    ForumRegistrationsByEmail,
    ResendsByAddress,
    ResendsByEmail,
    ContactMessages,
    VotesByAttendee,
    VotesByAddress,
}

impl Rule {
    pub fn code(self) -> &'static str {
        match self {
            Rule::Attempts => "attempts",
            Rule::FailedSignIns => "failed-sign-ins",
            Rule::ResetRequests => "reset-requests",
            Rule::ForumRegistrationsByAddress => "forum-registrations-address",
            Rule::ForumRegistrationsByEmail => "forum-registrations-email",
            Rule::ResendsByAddress => "resends-address",
            Rule::ResendsByEmail => "resends-email",
            Rule::ContactMessages => "contact-messages",
            Rule::VotesByAttendee => "votes-attendee",
            Rule::VotesByAddress => "votes-address",
        }
    }

    fn rates(self, p: &Policy) -> &[Rate] {
        match self {
            Rule::Attempts => &p.attempts_per_address,
            Rule::FailedSignIns => &p.failed_sign_ins_per_account,
            Rule::ResetRequests => &p.reset_requests_per_email,
            Rule::ForumRegistrationsByAddress => &p.forum_registrations_per_address,
            Rule::ForumRegistrationsByEmail => &p.forum_registrations_per_email,
            Rule::ResendsByAddress => &p.confirmation_resends_per_address,
            Rule::ResendsByEmail => &p.confirmation_resends_per_email,
            Rule::ContactMessages => &p.contact_messages_per_address,
            Rule::VotesByAttendee => &p.votes_per_attendee,
            Rule::VotesByAddress => &p.votes_per_address,
        }
    }

    /// What the person refused is told, in `lang`. Messages about an email or account read
    /// the same whether it has an account or registration, so they reveal nothing.
    pub fn message(self, wait: Duration, lang: Lang) -> String {
        let wait = wait_words(wait, lang);
        match self {
            Rule::Attempts => t!(lang, "limits-attempts", wait = wait),
            Rule::FailedSignIns => t!(lang, "limits-failed-sign-ins", wait = wait),
            Rule::ResetRequests => t!(lang, "limits-reset-requests", wait = wait),
            Rule::ForumRegistrationsByAddress => {
                t!(lang, "limits-registrations-address", wait = wait)
            }
            Rule::ForumRegistrationsByEmail => t!(lang, "limits-registrations-email", wait = wait),
            Rule::ResendsByAddress => t!(lang, "limits-resends-address", wait = wait),
            Rule::ResendsByEmail => t!(lang, "limits-resends-email", wait = wait),
            Rule::ContactMessages => t!(lang, "limits-contact-messages", wait = wait),
            Rule::VotesByAttendee => t!(lang, "limits-votes-attendee"),
            Rule::VotesByAddress => t!(lang, "limits-votes-address", wait = wait),
        }
    }
}

/// How long to wait, rounded up to a unit a person reads at a glance.
fn wait_words(wait: Duration, lang: Lang) -> String {
    let secs = wait.as_secs().max(1);
    match secs {
        1..=90 => t!(lang, "limits-wait-seconds", count = secs),
        91..=5_400 => t!(lang, "limits-wait-minutes", count = secs.div_ceil(60)),
        _ => t!(lang, "limits-wait-hours", count = secs.div_ceil(3_600)),
    }
}

/// Who or what a rule counts.
#[derive(Clone, Copy, Debug)]
pub enum Subject<'a> {
    /// This request's client address (see [`client_ip`]); skipped when it is unknown.
    Client,
    /// An email or account, compared trimmed and lower-cased.
    Email(&'a str),
    /// An attendee, by Forum registration id.
    Attendee(i32),
}

/// Why a request was refused: the rule, and how long until it would pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused {
    pub rule: Rule,
    pub wait: Duration,
}

impl From<Refused> for AppError {
    fn from(r: Refused) -> Self {
        // Raised while answering a request: in that request's language.
        AppError::TooManyRequests(r.rule.message(r.wait, crate::i18n::current()))
    }
}

enum Store {
    Memory(MemoryStore),
    Shared(DatabaseConnection),
}

pub struct Limits {
    store: Store,
    policy: Policy,
    proxies: TrustedProxies,
}

impl Limits {
    /// The limits for an instance on `db`, with their sweeper running on the current Tokio
    /// runtime (it ends when the limits are dropped).
    pub fn start(db: &DatabaseConnection, policy: Policy, proxies: TrustedProxies) -> Arc<Limits> {
        let store = if db.get_database_backend() == DbBackend::Postgres {
            Store::Shared(db.clone())
        } else {
            Store::Memory(MemoryStore::new(policy.max_tracked_keys))
        };
        let limits = Arc::new(Limits {
            store,
            policy,
            proxies,
        });
        tokio::spawn(sweep(Arc::downgrade(&limits)));
        limits
    }

    /// In-memory limits without a sweeper (for tests and tools).
    pub fn in_memory(policy: Policy, proxies: TrustedProxies) -> Limits {
        Limits {
            store: Store::Memory(MemoryStore::new(policy.max_tracked_keys)),
            policy,
            proxies,
        }
    }

    /// The client of a request (see [`client_ip`]), when the server records the peer.
    pub fn client_of(&self, parts: &http::request::Parts) -> Option<IpAddr> {
        let peer = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()?
            .0
            .ip();
        let forwarded = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok());
        Some(client_ip(peer, forwarded, &self.proxies))
    }

    /// Counts one request under every check, in order, and stops at the first refusal.
    pub async fn check(
        &self,
        client: Option<IpAddr>,
        checks: &[(Rule, Subject<'_>)],
    ) -> Result<Result<(), Refused>, AppError> {
        for (rule, subject) in checks {
            let Some(subject) = subject_text(*subject, client) else {
                continue;
            };
            for (n, rate) in rule.rates(&self.policy).iter().enumerate() {
                let key = key_of(*rule, n, &subject);
                let admitted = match &self.store {
                    Store::Memory(m) => m.admit(&key, rate, m.now()),
                    Store::Shared(db) => shared::admit(db, &key, rate).await?,
                };
                if let Err(wait_ms) = admitted {
                    let wait = Duration::from_millis(u64::try_from(wait_ms).unwrap_or(1));
                    return Ok(Err(Refused { rule: *rule, wait }));
                }
            }
        }
        Ok(Ok(()))
    }

    /// Forgets what `rule` counted for `subject` (a success that ends a back-off).
    pub async fn clear(&self, rule: Rule, subject: Subject<'_>) -> Result<(), AppError> {
        let Some(subject) = subject_text(subject, None) else {
            return Ok(());
        };
        for n in 0..rule.rates(&self.policy).len() {
            let key = key_of(rule, n, &subject);
            match &self.store {
                Store::Memory(m) => m.clear(&key),
                Store::Shared(db) => shared::clear(db, &key).await?,
            }
        }
        Ok(())
    }

    /// Forgets the keys whose limits have run out (the background task does it every minute).
    pub async fn sweep(&self) -> Result<(), AppError> {
        match &self.store {
            Store::Memory(m) => m.sweep(m.now()),
            Store::Shared(db) => {
                shared::sweep(db).await?;
            }
        }
        Ok(())
    }

    /// Keys tracked now, and the bytes the in-memory store's tables take (0 on PostgreSQL,
    /// whose rows live in the database).
    pub async fn size(&self) -> Result<(usize, usize), AppError> {
        match &self.store {
            Store::Memory(m) => Ok(m.size()),
            Store::Shared(db) => Ok((usize::try_from(shared::size(db).await?).unwrap_or(0), 0)),
        }
    }
}

/// The text a subject is keyed by, normalised and capped; `None` when it cannot be known.
fn subject_text(subject: Subject<'_>, client: Option<IpAddr>) -> Option<String> {
    match subject {
        Subject::Client => client.map(address_subject),
        Subject::Email(email) => Some(
            email
                .trim()
                .chars()
                .take(SUBJECT_MAX_CHARS)
                .flat_map(char::to_lowercase)
                .collect(),
        ),
        Subject::Attendee(id) => Some(id.to_string()),
    }
}

fn key_of(rule: Rule, rate: usize, subject: &str) -> Key {
    let digest = Sha256::new()
        .chain_update(rule.code())
        .chain_update([0, u8::try_from(rate).unwrap_or(u8::MAX), 0])
        .chain_update(subject)
        .finalize();
    let mut key = [0u8; 16];
    key.copy_from_slice(&digest[..16]);
    key
}

async fn sweep(limits: Weak<Limits>) {
    let mut every = tokio::time::interval(SWEEP_EVERY);
    every.tick().await;
    loop {
        every.tick().await;
        let Some(limits) = limits.upgrade() else {
            return;
        };
        if let Err(e) = limits.sweep().await {
            tracing::warn!(error = %e, "could not sweep expired rate limits");
        }
    }
}

#[cfg(test)]
mod tests;
