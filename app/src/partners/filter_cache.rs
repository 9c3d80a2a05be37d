//! The directory's filter choices (countries, topics) change rarely but are read on every
//! directory page; each server instance keeps them for a few seconds. An edit on this instance
//! clears them at once; other instances catch up within [`FRESH_FOR`].

use super::DirectoryFilters;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub const FRESH_FOR: Duration = Duration::from_secs(10);

#[derive(Default)]
pub struct FilterCache(Mutex<Option<(Instant, DirectoryFilters)>>);

impl FilterCache {
    pub fn get(&self) -> Option<DirectoryFilters> {
        let guard = self.0.lock().ok()?;
        guard
            .as_ref()
            .filter(|(at, _)| at.elapsed() < FRESH_FOR)
            .map(|(_, filters)| filters.clone())
    }

    pub fn put(&self, filters: DirectoryFilters) {
        if let Ok(mut guard) = self.0.lock() {
            *guard = Some((Instant::now(), filters));
        }
    }

    pub fn clear(&self) {
        if let Ok(mut guard) = self.0.lock() {
            *guard = None;
        }
    }
}

/// Forgets the cached choices of the current request's app (after an edit that changes them).
pub fn invalidate() {
    if let Some(state) = leptos::prelude::use_context::<crate::state::AppState>() {
        if let Some(cache) = state.services.get::<std::sync::Arc<FilterCache>>() {
            cache.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cached_choices_are_served_until_cleared() {
        let cache = FilterCache::default();
        assert!(cache.get().is_none());
        let filters = DirectoryFilters {
            countries: vec!["Fiji".into()],
            topics: vec![],
        };
        cache.put(filters.clone());
        assert_eq!(cache.get(), Some(filters));
        cache.clear();
        assert!(cache.get().is_none());
    }
}
