//! The limits' store for one instance (SQLite): a TAT per key in sharded maps whose size is
//! capped. A full shard first drops its expired entries, then the eighth of its entries
//! nearest to expiry: a flood of new subjects (each one request, so the smallest TATs) evicts
//! other newcomers, while a subject that is being held back (a large TAT) stays held back.

use super::gcra;
use super::{Key, Rate};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

const SHARDS: usize = 16;

pub struct MemoryStore {
    shards: Vec<Mutex<HashMap<Key, i64>>>,
    per_shard: usize,
    started: Instant,
}

impl MemoryStore {
    /// A store that tracks at most about `max_keys` subjects.
    pub fn new(max_keys: usize) -> MemoryStore {
        MemoryStore {
            shards: (0..SHARDS).map(|_| Mutex::new(HashMap::new())).collect(),
            per_shard: (max_keys / SHARDS).max(8),
            started: Instant::now(),
        }
    }

    /// Milliseconds on this store's monotonic clock.
    pub fn now(&self) -> i64 {
        i64::try_from(self.started.elapsed().as_millis()).unwrap_or(i64::MAX)
    }

    fn shard(&self, key: &Key) -> std::sync::MutexGuard<'_, HashMap<Key, i64>> {
        // Keys are hashes: their first byte spreads them evenly.
        let shard = &self.shards[usize::from(key[0]) % SHARDS];
        shard.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Counts one request of `key` when `rate` allows it; otherwise the milliseconds to wait.
    pub fn admit(&self, key: &Key, rate: &Rate, now: i64) -> Result<(), i64> {
        let mut map = self.shard(key);
        let next = gcra::admit(map.get(key).copied(), now, rate)?;
        if !map.contains_key(key) && map.len() >= self.per_shard {
            make_room(&mut map, self.per_shard, now);
        }
        map.insert(*key, next);
        Ok(())
    }

    /// Forgets `key` (its subject starts afresh).
    pub fn clear(&self, key: &Key) {
        self.shard(key).remove(key);
    }

    /// Drops expired entries and gives back the memory a past flood took.
    pub fn sweep(&self, now: i64) {
        for shard in &self.shards {
            let mut map = shard.lock().unwrap_or_else(|e| e.into_inner());
            map.retain(|_, tat| !gcra::expired(*tat, now));
            if map.capacity() > 4 * map.len() + 64 {
                map.shrink_to_fit();
            }
        }
    }

    /// Subjects tracked now, and the bytes their tables hold (capacity times the entry and
    /// control byte of the hash table).
    pub fn size(&self) -> (usize, usize) {
        self.shards.iter().fold((0, 0), |(n, bytes), shard| {
            let map = shard.lock().unwrap_or_else(|e| e.into_inner());
            let entry = std::mem::size_of::<(Key, i64)>() + 1;
            (n + map.len(), bytes + map.capacity() * entry)
        })
    }
}

fn make_room(map: &mut HashMap<Key, i64>, cap: usize, now: i64) {
    map.retain(|_, tat| !gcra::expired(*tat, now));
    if map.len() < cap {
        return;
    }
    let mut tats: Vec<i64> = map.values().copied().collect();
    let eighth = (cap / 8).max(1);
    let (_, cut, _) = tats.select_nth_unstable(eighth - 1);
    let cut = *cut;
    map.retain(|_, tat| *tat > cut);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Distinct keys spread over the shards, as hashes are.
    fn key(n: u32) -> Key {
        let mut k = [0u8; 16];
        k[..4].copy_from_slice(&n.wrapping_mul(2_654_435_761).to_le_bytes());
        k[4..8].copy_from_slice(&n.to_le_bytes());
        k
    }

    #[test]
    fn the_store_never_holds_more_than_its_cap() {
        let store = MemoryStore::new(1_000);
        let rate = Rate::new(10, 60.0);
        for n in 0..50_000 {
            let _ = store.admit(&key(n), &rate, 0);
        }
        assert!(store.size().0 <= 1_000, "{:?}", store.size());
    }

    #[test]
    fn a_flood_of_newcomers_does_not_free_a_subject_held_back() {
        let store = MemoryStore::new(1_000);
        let rate = Rate::new(3, 60.0);
        let held = [7u8; 16];
        for _ in 0..3 {
            store.admit(&held, &rate, 0).unwrap();
        }
        assert!(store.admit(&held, &rate, 0).is_err());
        for n in 0..100_000u32 {
            let mut k = [0u8; 16];
            k[..4].copy_from_slice(&n.to_be_bytes());
            k[0] = 7;
            k[4] = 1;
            let _ = store.admit(&k, &rate, 1);
        }
        assert!(store.admit(&held, &rate, 2).is_err(), "still held back");
    }

    #[test]
    fn sweeping_forgets_expired_subjects() {
        let store = MemoryStore::new(1_000);
        let rate = Rate::new(1, 1.0);
        store.admit(&[1; 16], &rate, 0).unwrap();
        store.admit(&[2; 16], &rate, 500).unwrap();
        store.sweep(1_000);
        assert_eq!(store.size().0, 1);
        store.clear(&[2; 16]);
        assert_eq!(store.size().0, 0);
    }
}
