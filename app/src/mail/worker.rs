//! Delivers the outbox: takes a batch of due messages, sends each through the mail server, and
//! marks it sent, or due again later (exponential back-off), or failed after the last attempt.
//!
//! Several server instances may run a worker on one PostgreSQL database: a worker takes its
//! batch in one statement that skips rows another worker has locked (`FOR UPDATE SKIP LOCKED`)
//! and marks them `sending` with a lease, so each message goes to one worker. SQLite has one
//! writer at a time, and the batch is taken inside a write transaction. A worker that dies
//! mid-batch leaves its messages `sending`; once the lease has passed another worker takes them.

use super::entity::{Column, Entity, Model};
use super::{compose, DeliveryStatus, Mailer};
use chrono::{DateTime, Utc};
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use sea_orm::sea_query::{Expr, ExprTrait as _, LockBehavior, LockType};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait,
};
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// When to try again, and when to give up.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// The wait after the first failed attempt; each later one doubles it…
    pub first_retry: Duration,
    /// …up to this.
    pub max_retry: Duration,
    /// Attempts before a message is marked failed.
    pub max_attempts: u32,
    /// How often an idle worker looks for due messages.
    pub poll_interval: Duration,
    /// A message not sent within this long of being queued is failed, not sent: links kept in
    /// the app while no mail server was configured must not be mailed months later.
    pub max_age: Duration,
    /// Messages one worker takes at once.
    pub batch: u64,
    /// How long a taken message stays with its worker (longer than a batch can take: a batch
    /// of 10 at the transport's 15 s timeout each).
    pub lease: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            first_retry: Duration::from_secs(30),
            max_retry: Duration::from_secs(3600),
            max_attempts: 8,
            poll_interval: Duration::from_secs(1),
            max_age: Duration::from_secs(3 * 24 * 3600),
            batch: 10,
            lease: Duration::from_secs(300),
        }
    }
}

impl RetryPolicy {
    /// The wait after `attempts` failed attempts: `first_retry` doubled each time, capped.
    pub fn delay_after(&self, attempts: u32) -> Duration {
        let doublings = Ord::min(attempts.saturating_sub(1), 30);
        self.first_retry
            .saturating_mul(1u32 << doublings)
            .min(self.max_retry)
    }
}

fn later(now: DateTime<Utc>, wait: Duration) -> DateTime<Utc> {
    now + chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::MAX)
}

/// One worker: a database pool, the mail server and the policy.
pub struct Worker {
    db: DatabaseConnection,
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    policy: RetryPolicy,
}

impl Worker {
    /// A worker for `mailer`; none when no mail server is configured (messages stay in the app).
    pub fn new(db: DatabaseConnection, mailer: &Mailer, policy: RetryPolicy) -> Option<Worker> {
        match mailer {
            Mailer::Outbox => None,
            Mailer::Smtp { transport, from } => Some(Worker {
                db,
                transport: transport.clone(),
                from: from.clone(),
                policy,
            }),
        }
    }

    /// Delivers until `stopping` is cancelled: a full batch is followed at once by the next,
    /// otherwise the worker waits `poll_interval`.
    pub async fn run(self, stopping: CancellationToken) {
        tracing::info!("mail worker started");
        loop {
            let handled = match self.deliver_due().await {
                Ok(handled) => handled,
                Err(e) => {
                    tracing::error!(error = %e, "mail worker could not read the outbox");
                    0
                }
            };
            if stopping.is_cancelled() {
                break;
            }
            if (handled as u64) < self.policy.batch {
                tokio::select! {
                    _ = stopping.cancelled() => break,
                    _ = tokio::time::sleep(self.policy.poll_interval) => {}
                }
            }
        }
        tracing::info!("mail worker stopped");
    }

    /// Takes one batch of due messages and tries each once; answers how many it took.
    pub async fn deliver_due(&self) -> Result<usize, DbErr> {
        let batch = claim(&self.db, &self.policy, Utc::now()).await?;
        let taken = batch.len();
        for message in batch {
            let outcome = self.attempt(&message).await;
            settle(&self.db, &self.policy, &message, outcome, Utc::now()).await?;
        }
        Ok(taken)
    }

    async fn attempt(&self, message: &Model) -> Outcome {
        let queued = message.queued_at.unwrap_or(message.created_at);
        if Utc::now() > later(queued, self.policy.max_age) {
            return Outcome::GiveUp(format!(
                "Not sent: it waited more than {} hours for a mail server (kept in the app \
                 while none was configured, or the server was unreachable). Send it again to \
                 deliver it now.",
                self.policy.max_age.as_secs() / 3600
            ));
        }
        let mime = match compose(message, &self.from) {
            Ok(mime) => mime,
            Err(reason) => return Outcome::GiveUp(reason),
        };
        match self.transport.send(mime).await {
            Ok(_) => Outcome::Sent,
            Err(e) => {
                tracing::warn!(error = %e, message = message.id, attempts = message.attempts, "mail not delivered");
                Outcome::Retry(e.to_string())
            }
        }
    }
}

enum Outcome {
    Sent,
    /// A failure worth another attempt (the server is down, refused us for now…).
    Retry(String),
    /// A failure no retry mends.
    GiveUp(String),
}

/// Takes up to `batch` due messages for this worker: queued ones whose time has come, and
/// `sending` ones whose worker's lease ran out.
async fn claim(
    db: &DatabaseConnection,
    policy: &RetryPolicy,
    now: DateTime<Utc>,
) -> Result<Vec<Model>, DbErr> {
    let due = Condition::any()
        .add(
            Condition::all()
                .add(Column::Status.eq(DeliveryStatus::Queued))
                .add(Column::NextAttemptAt.lte(now)),
        )
        .add(
            Condition::all()
                .add(Column::Status.eq(DeliveryStatus::Sending))
                .add(Column::LockedUntil.lt(now)),
        );
    // SQLite writes no lock clause (it has no row locks; the write transaction serializes).
    let ids = Entity::find()
        .select_only()
        .column(Column::Id)
        .filter(due)
        .order_by_asc(Column::Id)
        .limit(policy.batch)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .into_query();
    let txn = crate::db::begin_write(db).await?;
    let mut taken = Entity::update_many()
        .col_expr(Column::Status, Expr::value(DeliveryStatus::Sending))
        .col_expr(
            Column::LockedUntil,
            Expr::value(Some(later(now, policy.lease))),
        )
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
        .filter(Column::Id.in_subquery(ids))
        .exec_with_returning(&txn)
        .await?;
    txn.commit().await?;
    taken.sort_by_key(|m| m.id);
    Ok(taken)
}

/// Records what became of one attempt. Only a message still held (`sending`) changes, so a
/// message an admin dealt with meanwhile is left as they left it.
async fn settle(
    db: &DatabaseConnection,
    policy: &RetryPolicy,
    message: &Model,
    outcome: Outcome,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let update = Entity::update_many()
        .filter(Column::Id.eq(message.id))
        .filter(Column::Status.eq(DeliveryStatus::Sending))
        .col_expr(
            Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        );
    let attempts = u32::try_from(message.attempts).unwrap_or(0);
    let update = match outcome {
        Outcome::Sent => update
            .col_expr(Column::Status, Expr::value(DeliveryStatus::Sent))
            .col_expr(Column::SentAt, Expr::value(Some(now)))
            .col_expr(Column::LastError, Expr::value(Option::<String>::None)),
        Outcome::Retry(reason) if attempts < policy.max_attempts => update
            .col_expr(Column::Status, Expr::value(DeliveryStatus::Queued))
            .col_expr(
                Column::NextAttemptAt,
                Expr::value(Some(later(now, policy.delay_after(attempts)))),
            )
            .col_expr(Column::LastError, Expr::value(Some(reason))),
        Outcome::Retry(reason) | Outcome::GiveUp(reason) => {
            tracing::error!(message = message.id, attempts, reason = %reason, "mail given up");
            update
                .col_expr(Column::Status, Expr::value(DeliveryStatus::Failed))
                .col_expr(Column::LastError, Expr::value(Some(reason)))
        }
    };
    update.exec(db).await?;
    Ok(())
}

/// Queues a failed message again, due now with its attempts counted afresh (an admin's
/// "Resend"). Answers whether there was such a failed message.
pub async fn resend(db: &DatabaseConnection, id: i32) -> Result<bool, DbErr> {
    let now = Utc::now();
    let changed = Entity::update_many()
        .filter(Column::Id.eq(id))
        .filter(Column::Status.eq(DeliveryStatus::Failed))
        .col_expr(Column::Status, Expr::value(DeliveryStatus::Queued))
        .col_expr(Column::Attempts, Expr::value(0))
        .col_expr(Column::QueuedAt, Expr::value(Some(now)))
        .col_expr(Column::NextAttemptAt, Expr::value(Some(now)))
        .exec(db)
        .await?;
    Ok(changed.rows_affected == 1)
}

/// Starts a worker on the current runtime when a mail server is configured.
pub fn start(
    db: &DatabaseConnection,
    mailer: &Mailer,
    policy: RetryPolicy,
    stopping: CancellationToken,
) {
    if let Some(worker) = Worker::new(db.clone(), mailer, policy) {
        tokio::spawn(worker.run(stopping));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_from_the_first_retry_up_to_the_cap() {
        let policy = RetryPolicy::default();
        let waits: Vec<u64> = (1..=9).map(|n| policy.delay_after(n).as_secs()).collect();
        assert_eq!(waits, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
        assert_eq!(policy.delay_after(1000).as_secs(), 3600, "no overflow");
    }
}
