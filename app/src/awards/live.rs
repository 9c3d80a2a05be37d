//! Live tallies for the big screens. Each instance keeps a broadcast channel per category.
//! After a vote or a state change commits, the category is marked changed; a refresher task
//! reads its tally from the database (at most every [`MIN_INTERVAL`] under load, so 500 screens
//! are not sent one message per vote) and publishes it: on SQLite straight into this
//! process's channels, on PostgreSQL through `NOTIFY`, which every instance `LISTEN`s to and
//! republishes locally, so two instances on one database show the same results.
//!
//! A screen's registration (its receiver, its category's channel, its place in the count per
//! client address) lasts as long as its [`Viewer`]: the channel of a category nobody watches
//! is removed, so asking for many categories leaves nothing behind.

use super::service;
use super::types::{LiveTally, VoteReceipt};
use super::writer;
use crate::error::AppError;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};
use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;
use tokio::sync::{broadcast, mpsc};

/// The PostgreSQL channel tallies travel on.
pub const CHANNEL: &str = "award_tally";
/// The least time between two tallies of one category, so bursts are coalesced.
pub const MIN_INTERVAL: Duration = Duration::from_millis(50);
/// Live streams one client address may hold at once, unless configured otherwise: enough
/// for every screen of a venue behind one NAT, too few to exhaust the server.
pub const DEFAULT_STREAMS_PER_ADDRESS: u32 = 100;

struct Channel {
    sender: broadcast::Sender<Arc<LiveTally>>,
    latest: i64,
}

pub struct TallyHub {
    db: DatabaseConnection,
    channels: Mutex<HashMap<i32, Channel>>,
    /// The ballot writer of each category voted in so far.
    writers: Mutex<HashMap<i32, mpsc::UnboundedSender<writer::Pending>>>,
    changed: mpsc::UnboundedSender<i32>,
    /// Open streams per client address.
    viewers: Mutex<AddressCounts>,
}

/// Streams held per client address, each address up to a cap. Addresses holding none are
/// not kept.
#[derive(Debug)]
struct AddressCounts {
    held: HashMap<IpAddr, u32>,
    cap: u32,
}

impl AddressCounts {
    fn new(cap: u32) -> Self {
        AddressCounts {
            held: HashMap::new(),
            cap,
        }
    }

    /// Counts one more stream for `address`, unless it holds `cap` already.
    fn take(&mut self, address: IpAddr) -> bool {
        let held = self.held.get(&address).copied().unwrap_or(0);
        if held >= self.cap {
            return false;
        }
        self.held.insert(address, held + 1);
        true
    }

    fn give_back(&mut self, address: IpAddr) {
        if let Some(held) = self.held.get_mut(&address) {
            *held = held.saturating_sub(1);
            if *held == 0 {
                self.held.remove(&address);
            }
        }
    }

    fn total(&self) -> u32 {
        self.held.values().sum()
    }
}

/// This address already holds as many live streams as it may.
#[derive(Debug, PartialEq, Eq)]
pub struct TooManyStreams;

impl TallyHub {
    /// The hub with its refresher (and, on PostgreSQL, its listener) running on the current
    /// Tokio runtime. The tasks end when the hub is dropped.
    pub fn start(db: DatabaseConnection) -> Arc<TallyHub> {
        TallyHub::start_with(db, DEFAULT_STREAMS_PER_ADDRESS)
    }

    /// [`TallyHub::start`] with its own cap on streams per client address.
    pub fn start_with(db: DatabaseConnection, streams_per_address: u32) -> Arc<TallyHub> {
        let (changed, rx) = mpsc::unbounded_channel();
        let hub = Arc::new(TallyHub {
            db: db.clone(),
            channels: Mutex::new(HashMap::new()),
            writers: Mutex::new(HashMap::new()),
            changed,
            viewers: Mutex::new(AddressCounts::new(streams_per_address)),
        });
        let postgres = db.get_database_backend() == DbBackend::Postgres;
        tokio::spawn(refresh(Arc::downgrade(&hub), db.clone(), rx, postgres));
        if postgres {
            tokio::spawn(listen(Arc::downgrade(&hub), db));
        }
        hub
    }

    /// Registers a screen at `address` for the tallies of `category` from now on, unless the
    /// address holds its share of streams already. The category must exist (checked by the
    /// caller first, so unknown ids register nothing).
    pub fn watch(
        self: &Arc<Self>,
        category: i32,
        address: IpAddr,
    ) -> Result<Viewer, TooManyStreams> {
        let taken = self
            .viewers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take(address);
        if !taken {
            return Err(TooManyStreams);
        }
        let rx = {
            let mut channels = self.channels.lock().unwrap_or_else(|e| e.into_inner());
            channels
                .entry(category)
                .or_insert_with(|| Channel {
                    sender: broadcast::channel(16).0,
                    latest: -1,
                })
                .sender
                .subscribe()
        };
        Ok(Viewer {
            hub: Arc::clone(self),
            category,
            address,
            rx: Some(rx),
        })
    }

    /// Categories with at least one screen registered here, and the screens: what the
    /// registrations hold.
    pub fn registrations(&self) -> (usize, u32) {
        let channels = self
            .channels
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .len();
        let viewers = self
            .viewers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .total();
        (channels, viewers)
    }

    /// Passes a tally to this instance's viewers, unless a later one was already passed.
    pub fn publish(&self, tally: LiveTally) {
        let mut channels = self.channels.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(channel) = channels.get_mut(&tally.category_id) {
            if tally.revision >= channel.latest {
                channel.latest = tally.revision;
                // No receiver is not an error: nobody watches right now.
                let _ = channel.sender.send(Arc::new(tally));
            }
        }
    }

    /// Hands a checked vote to its category's writer; answers once it is committed.
    pub async fn submit(&self, vote: writer::Prepared) -> Result<VoteReceipt, AppError> {
        let category = vote.category_id;
        let (reply, answer) = tokio::sync::oneshot::channel();
        {
            let mut writers = self.writers.lock().unwrap_or_else(|e| e.into_inner());
            let sender = writers.entry(category).or_insert_with(|| {
                let (tx, rx) = mpsc::unbounded_channel();
                tokio::spawn(writer::run(self.db.clone(), rx));
                tx
            });
            if sender.send(writer::Pending { vote, reply }).is_err() {
                return Err(AppError::Internal);
            }
        }
        let receipt = answer.await.map_err(|_| AppError::Internal)??;
        self.changed(category);
        Ok(receipt)
    }

    /// Called after a change to `category` committed.
    pub fn changed(&self, category: i32) {
        let _ = self.changed.send(category);
    }

    fn watched(&self) -> Vec<i32> {
        let channels = self.channels.lock().unwrap_or_else(|e| e.into_inner());
        channels.keys().copied().collect()
    }
}

/// One screen's registration; dropping it (the client went away, or the server is stopping)
/// removes what it registered.
pub struct Viewer {
    hub: Arc<TallyHub>,
    category: i32,
    address: IpAddr,
    rx: Option<broadcast::Receiver<Arc<LiveTally>>>,
}

impl Viewer {
    /// The next tally published for the category.
    pub async fn recv(&mut self) -> Result<Arc<LiveTally>, broadcast::error::RecvError> {
        match self.rx.as_mut() {
            Some(rx) => rx.recv().await,
            None => Err(broadcast::error::RecvError::Closed),
        }
    }
}

impl Drop for Viewer {
    fn drop(&mut self) {
        // The receiver goes first, so the count below no longer includes it.
        drop(self.rx.take());
        {
            let mut channels = self.hub.channels.lock().unwrap_or_else(|e| e.into_inner());
            if channels
                .get(&self.category)
                .is_some_and(|c| c.sender.receiver_count() == 0)
            {
                channels.remove(&self.category);
            }
        }
        self.hub
            .viewers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .give_back(self.address);
    }
}

async fn refresh(
    hub: Weak<TallyHub>,
    db: DatabaseConnection,
    mut rx: mpsc::UnboundedReceiver<i32>,
    postgres: bool,
) {
    while let Some(first) = rx.recv().await {
        let mut dirty = HashSet::from([first]);
        while let Ok(more) = rx.try_recv() {
            dirty.insert(more);
        }
        for category in dirty {
            let tally = match service::tally(&db, category).await {
                Ok(t) => t,
                Err(e) => {
                    tracing::warn!(category, error = %e, "could not read an award tally");
                    continue;
                }
            };
            if postgres {
                if let Err(e) = notify(&db, &tally).await {
                    tracing::warn!(category, error = %e, "could not NOTIFY an award tally");
                }
            } else if let Some(hub) = hub.upgrade() {
                hub.publish(tally);
            } else {
                return;
            }
        }
        tokio::time::sleep(MIN_INTERVAL).await;
    }
}

async fn notify(db: &DatabaseConnection, tally: &LiveTally) -> Result<(), sea_orm::DbErr> {
    let payload =
        serde_json::to_string(tally).map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?;
    db.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT pg_notify($1, $2)",
        [CHANNEL.into(), payload.into()],
    ))
    .await?;
    Ok(())
}

async fn listen(hub: Weak<TallyHub>, db: DatabaseConnection) {
    use sea_orm::sqlx::postgres::PgListener;
    let pool = db.get_postgres_connection_pool().clone();
    loop {
        let connected = async {
            let mut listener = PgListener::connect_with(&pool).await?;
            listener.listen(CHANNEL).await?;
            Ok::<_, sea_orm::sqlx::Error>(listener)
        }
        .await;
        let mut listener = match connected {
            Ok(l) => l,
            Err(e) => {
                tracing::warn!(error = %e, "could not LISTEN for award tallies; retrying");
                if hub.upgrade().is_none() || pool.is_closed() {
                    return;
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
        };
        // Tallies sent while this instance was not listening are lost: read them afresh.
        match hub.upgrade() {
            Some(h) => h.watched().into_iter().for_each(|c| h.changed(c)),
            None => return,
        }
        loop {
            match listener.recv().await {
                Ok(note) => {
                    let Some(h) = hub.upgrade() else { return };
                    match serde_json::from_str::<LiveTally>(note.payload()) {
                        Ok(tally) => h.publish(tally),
                        Err(e) => tracing::warn!(error = %e, "unreadable award tally"),
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, "award tally listener lost its connection");
                    break;
                }
            }
        }
        if hub.upgrade().is_none() || pool.is_closed() {
            return;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_address_holds_up_to_the_cap_and_gives_back() {
        let (a, b): (IpAddr, IpAddr) = ("192.0.2.1".parse().unwrap(), "192.0.2.2".parse().unwrap());
        let mut counts = AddressCounts::new(2);
        assert!(counts.take(a));
        assert!(counts.take(a));
        assert!(!counts.take(a), "a third stream from one address");
        assert!(counts.take(b), "another address has its own share");
        assert_eq!(counts.total(), 3);
        counts.give_back(a);
        assert!(counts.take(a));
        for _ in 0..3 {
            counts.give_back(a);
            counts.give_back(b);
        }
        assert_eq!(counts.total(), 0);
        assert!(
            counts.held.is_empty(),
            "no entry is left for idle addresses"
        );
    }

    #[test]
    fn a_cap_of_zero_refuses_and_keeps_nothing() {
        let mut counts = AddressCounts::new(0);
        assert!(!counts.take("192.0.2.1".parse().unwrap()));
        assert!(counts.held.is_empty());
    }
}
