//! Network-wide matching for facilitators: one mentor proposed per need, no mentor given more
//! needs than it has free places, and no need and mentor that would both rather be together than
//! with what they were given (a stable matching).
//!
//! This is deferred acceptance with capacities (the hospitals/residents algorithm, needs
//! proposing): each need proposes to its mentors best first; each mentor holds on to its best
//! proposals up to its free places and turns the others away. Both sides rank by the pair's
//! score, ties broken by the lower id, so preferences are strict and the result is the
//! need-optimal stable matching, whatever order the needs are given in.

use super::index::{by_rank, Candidate, MentorIndex};
use super::{NeedProfile, RankedMentor, Weights};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// How many mentors each need considers, best first. A need turned away by its 50 best mentors
/// with a free place is left unmatched for a facilitator to look at; going deeper would propose
/// mentors who fit poorly, and costs time on every need. Stability holds within these lists.
pub const CANDIDATES_PER_NEED: usize = 50;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    pub need_id: i32,
    pub mentor: RankedMentor,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assignment {
    /// Sorted by need id.
    pub proposals: Vec<Proposal>,
    /// Needs no mentor could take, sorted.
    pub unmatched: Vec<i32>,
}

/// A proposal a mentor holds: the need's position in `needs` and the candidate it proposed with.
#[derive(Clone, Copy)]
struct Held {
    need: usize,
    need_id: i32,
    candidate: Candidate,
}

/// The mentor's preference: the better pair score, then the lower need id (then input position).
fn mentor_prefers(a: &Held, b: &Held) -> Ordering {
    a.candidate
        .total
        .total_cmp(&b.candidate.total)
        .then(b.need_id.cmp(&a.need_id))
        .then(b.need.cmp(&a.need))
}

pub fn assign(index: &MentorIndex, needs: &[NeedProfile], weights: &Weights) -> Assignment {
    assign_in(index, needs, weights, crate::i18n::Lang::En)
}

/// [`assign`], the proposals' factors explained in `lang`.
pub fn assign_in(
    index: &MentorIndex,
    needs: &[NeedProfile],
    weights: &Weights,
    lang: crate::i18n::Lang,
) -> Assignment {
    // Each need's list, best first; mentors with no free place take nobody, so they are left out.
    let lists: Vec<Vec<Candidate>> = needs
        .iter()
        .map(|need| index.candidates(need, weights, CANDIDATES_PER_NEED, true))
        .collect();
    debug_assert!(lists
        .iter()
        .all(|l| l.windows(2).all(|w| by_rank(&w[0], &w[1]).is_lt())));

    let mut next = vec![0usize; needs.len()];
    let mut held: Vec<Vec<Held>> = vec![Vec::new(); index.len()];
    // Popped from the back: needs start proposing in input order (the result does not depend on
    // it, but the work done does, so keep it fixed).
    let mut free: Vec<usize> = (0..needs.len()).rev().collect();
    while let Some(need) = free.pop() {
        while let Some(candidate) = lists[need].get(next[need]).copied() {
            next[need] += 1;
            let places = index.spare(candidate.mentor) as usize;
            let offer = Held {
                need,
                need_id: needs[need].need_id,
                candidate,
            };
            let holding = &mut held[candidate.mentor];
            if holding.len() < places {
                holding.push(offer);
                break;
            }
            // Full: the offer replaces the mentor's least preferred proposal if it beats it.
            let worst = holding
                .iter()
                .enumerate()
                .min_by(|a, b| mentor_prefers(a.1, b.1))
                .map(|(i, h)| (i, *h));
            if let Some((i, worst)) = worst {
                if mentor_prefers(&offer, &worst).is_gt() {
                    holding[i] = offer;
                    free.push(worst.need);
                    break;
                }
            }
        }
    }

    let mut matched = vec![false; needs.len()];
    let mut proposals: Vec<Proposal> = Vec::new();
    for h in held.iter().flatten() {
        matched[h.need] = true;
        proposals.push(Proposal {
            need_id: h.need_id,
            // Words only for the proposals that are kept.
            mentor: index.explain(&needs[h.need], &h.candidate, weights, lang),
        });
    }
    proposals.sort_by(|a, b| {
        a.need_id
            .cmp(&b.need_id)
            .then(a.mentor.organization_id.cmp(&b.mentor.organization_id))
    });
    let mut unmatched: Vec<i32> = needs
        .iter()
        .zip(&matched)
        .filter(|(_, m)| !**m)
        .map(|(n, _)| n.need_id)
        .collect();
    unmatched.sort_unstable();
    Assignment {
        proposals,
        unmatched,
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::super::{MentorProfile, RankedMentor};
    use super::*;
    use crate::partners::Kpi;
    use std::collections::HashMap;

    /// A small deterministic generator (Knuth's MMIX LCG), so failures can be replayed.
    struct Lcg(u64);

    impl Lcg {
        fn below(&mut self, n: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 33) % n
        }
    }

    const TOPICS: [&str; 3] = ["nrw", "billing", "energy"];
    const COUNTRIES: [&str; 4] = ["Indonesia", "Philippines", "India", "Fiji"];

    fn instance(seed: u64, mentors: usize, needs: usize) -> (Vec<MentorProfile>, Vec<NeedProfile>) {
        let mut rng = Lcg(seed);
        let profiles: Vec<MentorProfile> = (0..mentors)
            .map(|i| {
                let mut m = mentor(i as i32 + 1, &[]);
                for topic in TOPICS {
                    if rng.below(2) == 0 {
                        m.offered_topics.push(topic.to_owned());
                    }
                }
                m.country = COUNTRIES[rng.below(4) as usize].to_owned();
                m.population_served = Some(20_000 + rng.below(3_000_000) as i64);
                m.kpi_history = vec![(
                    Kpi::NonRevenueWater,
                    vec![
                        point(2018, 20.0 + rng.below(30) as f64),
                        point(2023, 10.0 + rng.below(30) as f64),
                    ],
                )];
                m.capacity = rng.below(4) as u32;
                m.active_partnerships = rng.below(m.capacity as u64 + 1) as u32;
                m
            })
            .collect();
        let needs: Vec<NeedProfile> = (0..needs)
            .map(|i| {
                // Some needs come from mentor organizations, which must not mentor themselves.
                let mut n = need(
                    100 + i as i32,
                    rng.below(mentors as u64 + 3) as i32 + 1,
                    TOPICS[rng.below(3) as usize],
                );
                n.country = COUNTRIES[rng.below(4) as usize].to_owned();
                n.population_served = Some(20_000 + rng.below(3_000_000) as i64);
                n.latest_kpis = vec![(
                    Kpi::NonRevenueWater,
                    point(2024, 15.0 + rng.below(40) as f64),
                )];
                n
            })
            .collect();
        (profiles, needs)
    }

    fn spare_of(profiles: &[MentorProfile]) -> HashMap<i32, u32> {
        profiles
            .iter()
            .map(|m| {
                (
                    m.organization_id,
                    m.capacity.saturating_sub(m.active_partnerships),
                )
            })
            .collect()
    }

    /// Needs per mentor in the result.
    fn load(assignment: &Assignment) -> HashMap<i32, u32> {
        let mut load = HashMap::new();
        for p in &assignment.proposals {
            *load.entry(p.mentor.organization_id).or_insert(0) += 1;
        }
        load
    }

    /// Better for the need: the ranking's own order.
    fn need_prefers(a: &RankedMentor, b: &RankedMentor) -> bool {
        a.total > b.total || (a.total == b.total && a.organization_id < b.organization_id)
    }

    #[test]
    fn no_mentor_gets_more_needs_than_free_places() {
        for seed in 0..40 {
            let (profiles, needs) = instance(seed, 12, 30);
            let a = assign(&MentorIndex::new(&profiles), &needs, &Weights::default());
            let spare = spare_of(&profiles);
            for (mentor, n) in load(&a) {
                assert!(n <= spare[&mentor], "seed {seed}: mentor {mentor} has {n}");
            }
            assert_eq!(a.proposals.len() + a.unmatched.len(), needs.len());
        }
    }

    #[test]
    fn the_result_is_stable() {
        let weights = Weights::default();
        let mut matched_total = 0;
        for seed in 0..60 {
            let (profiles, needs) = instance(seed, 8, 14);
            let index = MentorIndex::new(&profiles);
            let a = assign(&index, &needs, &weights);
            let spare = spare_of(&profiles);
            let given: HashMap<i32, &RankedMentor> =
                a.proposals.iter().map(|p| (p.need_id, &p.mentor)).collect();
            matched_total += given.len();
            // Each mentor's needs with the pair score, to find its least preferred.
            let mut holding: HashMap<i32, Vec<(f64, i32)>> = HashMap::new();
            for p in &a.proposals {
                holding
                    .entry(p.mentor.organization_id)
                    .or_default()
                    .push((p.mentor.total, p.need_id));
            }
            for need in &needs {
                // Every mentor acceptable to the need: the whole ranking (8 < 50 candidates).
                for m in index.rank(need, &weights, usize::MAX) {
                    if spare[&m.organization_id] == 0 {
                        continue;
                    }
                    if let Some(current) = given.get(&need.need_id) {
                        if !need_prefers(&m, current) {
                            continue;
                        }
                    }
                    let theirs = holding.get(&m.organization_id).cloned().unwrap_or_default();
                    let has_room = (theirs.len() as u32) < spare[&m.organization_id];
                    let beats_worst = theirs.iter().any(|(total, id)| {
                        m.total > *total || (m.total == *total && need.need_id < *id)
                    });
                    assert!(
                        !has_room && !beats_worst,
                        "seed {seed}: need {} and mentor {} block the matching",
                        need.need_id,
                        m.organization_id
                    );
                }
            }
        }
        // The instances must actually match something, or the check above proves nothing.
        assert!(matched_total > 200, "{matched_total}");
    }

    #[test]
    fn a_need_whose_only_mentors_are_full_stays_unmatched() {
        let mut full = mentor(1, &["nrw"]);
        full.capacity = 2;
        full.active_partnerships = 2;
        let mut other_topic = mentor(2, &["billing"]);
        other_topic.capacity = 3;
        let index = MentorIndex::new(&[full, other_topic]);
        let a = assign(&index, &[need(10, 50, "nrw")], &Weights::default());
        assert!(a.proposals.is_empty());
        assert_eq!(a.unmatched, vec![10]);
    }

    #[test]
    fn the_better_pair_wins_a_single_place() {
        let mut m = mentor(1, &["nrw"]);
        m.capacity = 1;
        m.kpi_history = vec![(Kpi::NonRevenueWater, vec![point(2023, 15.0)])];
        let mut second = mentor(2, &["nrw"]);
        second.capacity = 1;
        second.kpi_history = vec![(Kpi::NonRevenueWater, vec![point(2023, 30.0)])];
        let index = MentorIndex::new(&[m, second]);
        // Need 20 is far behind mentor 1 (a big KPI gap), need 21 barely.
        let mut weak = need(20, 50, "nrw");
        weak.latest_kpis = vec![(Kpi::NonRevenueWater, point(2024, 55.0))];
        let mut close = need(21, 51, "nrw");
        close.latest_kpis = vec![(Kpi::NonRevenueWater, point(2024, 18.0))];
        let a = assign(&index, &[close, weak], &Weights::default());
        let pairs: Vec<(i32, i32)> = a
            .proposals
            .iter()
            .map(|p| (p.need_id, p.mentor.organization_id))
            .collect();
        assert_eq!(pairs, vec![(20, 1), (21, 2)]);
        assert!(a.unmatched.is_empty());
        assert_eq!(a.proposals[0].mentor.factors.len(), 7);
    }

    #[test]
    fn the_result_does_not_depend_on_the_order_of_needs() {
        for seed in 100..120 {
            let (profiles, needs) = instance(seed, 10, 25);
            let index = MentorIndex::new(&profiles);
            let a = assign(&index, &needs, &Weights::default());
            assert_eq!(assign(&index, &needs, &Weights::default()), a);
            let mut reversed = needs.clone();
            reversed.reverse();
            assert_eq!(
                assign(&index, &reversed, &Weights::default()),
                a,
                "seed {seed}"
            );
            assert!(a.proposals.windows(2).all(|w| w[0].need_id < w[1].need_id));
            assert!(a.unmatched.windows(2).all(|w| w[0] < w[1]));
        }
    }
}
