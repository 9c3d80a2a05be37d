//! The generic cell rate algorithm: one number per subject, the time its next request would
//! be due if it kept to the rate (the theoretical arrival time, TAT). Both stores apply the same
//! rule: the in-memory one with [`admit`], PostgreSQL in one `INSERT ... ON CONFLICT` statement.

use super::Rate;

/// What one more request would do to a subject whose stored TAT is `tat` (none when the
/// subject is not tracked), at `now` (milliseconds): `Ok(new tat)` when it is allowed, or
/// `Err(milliseconds to wait)` when it is not (the stored TAT then stays as it is).
pub fn admit(tat: Option<i64>, now: i64, rate: &Rate) -> Result<i64, i64> {
    let next = tat.unwrap_or(now).max(now) + rate.period_ms();
    let wait = next - rate.window_ms() - now;
    if wait <= 0 {
        Ok(next)
    } else {
        Err(wait)
    }
}

/// A subject whose TAT has passed is as if never seen: it can be forgotten.
pub fn expired(tat: i64, now: i64) -> bool {
    tat <= now
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(rate: &Rate, at: &[i64]) -> Vec<bool> {
        let mut tat = None;
        at.iter()
            .map(|now| match admit(tat, *now, rate) {
                Ok(next) => {
                    tat = Some(next);
                    true
                }
                Err(_) => false,
            })
            .collect()
    }

    #[test]
    fn a_burst_of_count_then_one_per_period() {
        let ten_a_minute = Rate::new(10, 60.0);
        let mut at = vec![0; 11];
        assert_eq!(run(&ten_a_minute, &at).iter().filter(|a| **a).count(), 10);
        // After the burst, the next is due 6 s later, not before.
        at.extend([5_999, 6_000]);
        let admitted = run(&ten_a_minute, &at);
        assert_eq!(&admitted[10..], &[false, false, true]);
    }

    #[test]
    fn a_refusal_says_how_long_to_wait_and_does_not_count() {
        let rate = Rate::new(2, 10.0);
        let tat = admit(None, 0, &rate).unwrap();
        let tat = admit(Some(tat), 0, &rate).unwrap();
        assert_eq!(admit(Some(tat), 1_000, &rate), Err(4_000));
        assert_eq!(admit(Some(tat), 4_999, &rate), Err(1));
        assert!(admit(Some(tat), 5_000, &rate).is_ok());
    }

    #[test]
    fn an_idle_subject_starts_afresh_and_can_be_forgotten() {
        let rate = Rate::new(3, 3.0);
        let tat = admit(Some(-50_000), 0, &rate).unwrap();
        assert_eq!(tat, 1_000);
        assert!(!expired(tat, 999));
        assert!(expired(tat, 1_000));
    }

    #[test]
    fn tiers_make_the_wait_grow() {
        // The default account back-off: 10 per 10 minutes and 100 per day.
        let tiers = [Rate::new(10, 600.0), Rate::new(100, 86_400.0)];
        let mut tats = [None, None];
        let mut now = 0;
        let mut waits = Vec::new();
        for _ in 0..120 {
            // Each failure comes as soon as every tier allows it.
            loop {
                let decisions: Vec<_> = tiers
                    .iter()
                    .zip(tats)
                    .map(|(r, t)| admit(t, now, r))
                    .collect();
                if let Some(wait) = decisions.iter().filter_map(|d| d.err()).max() {
                    now += wait;
                    continue;
                }
                for (t, d) in tats.iter_mut().zip(decisions) {
                    *t = d.ok();
                }
                waits.push(now);
                break;
            }
        }
        // Ten at once, then a minute apart, then (past a hundred) every 14.4 minutes.
        assert_eq!(waits[9], 0);
        assert_eq!(waits[10] - waits[9], 60_000);
        assert_eq!(waits[119] - waits[118], 864_000);
    }
}
