//! Limits on sign-in and password-reset attempts, per account and per client address:
//! 10 a minute and 100 an hour each. Kept in process memory, so with several server
//! instances each enforces its own share.

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::num::NonZeroU32;

pub struct RateLimits {
    per_minute: DefaultKeyedRateLimiter<String>,
    per_hour: DefaultKeyedRateLimiter<String>,
}

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits::new(10, 100)
    }
}

impl RateLimits {
    pub fn new(per_minute: u32, per_hour: u32) -> Self {
        let minute = NonZeroU32::new(per_minute).unwrap_or(NonZeroU32::MIN);
        let hour = NonZeroU32::new(per_hour).unwrap_or(NonZeroU32::MIN);
        RateLimits {
            per_minute: RateLimiter::keyed(Quota::per_minute(minute)),
            per_hour: RateLimiter::keyed(Quota::per_hour(hour)),
        }
    }

    /// `true` when one more attempt for every key is allowed (and counts it).
    pub fn allow(&self, keys: &[String]) -> bool {
        keys.iter().all(|key| {
            self.per_minute.check_key(key).is_ok() && self.per_hour.check_key(key).is_ok()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::RateLimits;

    #[test]
    fn the_eleventh_attempt_in_a_minute_is_refused_per_key() {
        let limits = RateLimits::default();
        let ana = vec!["account:ana@example.org".to_owned()];
        for _ in 0..10 {
            assert!(limits.allow(&ana));
        }
        assert!(!limits.allow(&ana));
        assert!(limits.allow(&["account:ben@example.org".to_owned()]));
    }
}
