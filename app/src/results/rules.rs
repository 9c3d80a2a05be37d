//! The arithmetic of results, free of the web and the database: counts by state and year, KPI
//! improvement in each KPI's own direction, people reached, and mean scores.

use super::types::{KpiImprovement, StateCount, YearCounts};
use crate::partners::{Better, Kpi};
use crate::wops::PartnershipState;
use std::collections::BTreeMap;

/// One public outcome as measured: its baseline and its latest value in the period, if any.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OutcomeFact {
    pub kpi: Kpi,
    pub baseline: f64,
    pub latest: Option<f64>,
}

/// How much better `latest` is than `baseline`: positive is good news whichever way the KPI
/// runs (non-revenue water falling is an improvement).
pub fn improvement(kpi: Kpi, baseline: f64, latest: f64) -> f64 {
    match kpi.better() {
        Better::Higher => latest - baseline,
        Better::Lower => baseline - latest,
    }
}

/// Per KPI (in [`Kpi::ALL`] order, only KPIs that some outcome tracks).
pub fn kpi_improvements(facts: &[OutcomeFact]) -> Vec<KpiImprovement> {
    Kpi::ALL
        .into_iter()
        .filter_map(|kpi| {
            let of_kpi: Vec<&OutcomeFact> = facts.iter().filter(|f| f.kpi == kpi).collect();
            if of_kpi.is_empty() {
                return None;
            }
            let measured: Vec<(f64, f64)> = of_kpi
                .iter()
                .filter_map(|f| f.latest.map(|l| (f.baseline, l)))
                .collect();
            let n = measured.len() as f64;
            let mean = |pick: &dyn Fn(&(f64, f64)) -> f64| {
                if measured.is_empty() {
                    0.0
                } else {
                    measured.iter().map(pick).sum::<f64>() / n
                }
            };
            Some(KpiImprovement {
                kpi,
                outcomes: of_kpi.len() as u64,
                measured: measured.len() as u64,
                improved: measured
                    .iter()
                    .filter(|(b, l)| improvement(kpi, *b, *l) > 0.0)
                    .count() as u64,
                mean_baseline: mean(&|(b, _)| *b),
                mean_latest: mean(&|(_, l)| *l),
                mean_improvement: mean(&|(b, l)| improvement(kpi, *b, *l)),
            })
        })
        .collect()
}

/// People who gained new or improved access: each outcome's gain over its baseline, never
/// negative (a count that fell back reaches nobody new), summed.
pub fn people_reached(facts: &[OutcomeFact]) -> u64 {
    facts
        .iter()
        .filter(|f| f.kpi == Kpi::PeopleWithNewAccess)
        .filter_map(|f| f.latest.map(|l| (l - f.baseline).max(0.0)))
        .sum::<f64>()
        .round() as u64
}

/// How many partnerships are in each state, every state listed.
pub fn count_by_state(states: &[PartnershipState]) -> Vec<StateCount> {
    PartnershipState::ALL
        .into_iter()
        .map(|state| StateCount {
            state,
            count: states.iter().filter(|s| **s == state).count() as u64,
        })
        .collect()
}

/// For each year from `first` to `last`, the partnerships running that year (given as
/// (state, first running year, last running year)) counted by their state.
pub fn count_by_year(
    spans: &[(PartnershipState, i32, i32)],
    first: i32,
    last: i32,
) -> Vec<YearCounts> {
    (first..=last)
        .map(|year| {
            let running: Vec<PartnershipState> = spans
                .iter()
                .filter(|(_, a, b)| *a <= year && year <= *b)
                .map(|(s, _, _)| *s)
                .collect();
            YearCounts {
                year,
                counts: count_by_state(&running),
            }
        })
        .collect()
}

/// The mean of scores, rounded to one decimal; `None` when nobody scored.
pub fn mean_score(scores: &[i16]) -> Option<f64> {
    if scores.is_empty() {
        return None;
    }
    let mean = scores.iter().map(|s| f64::from(*s)).sum::<f64>() / scores.len() as f64;
    Some((mean * 10.0).round() / 10.0)
}

/// Distinct ids, counted.
pub fn distinct(ids: impl IntoIterator<Item = i32>) -> u64 {
    ids.into_iter()
        .map(|id| (id, ()))
        .collect::<BTreeMap<_, _>>()
        .len() as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use PartnershipState as S;

    fn fact(kpi: Kpi, baseline: f64, latest: Option<f64>) -> OutcomeFact {
        OutcomeFact {
            kpi,
            baseline,
            latest,
        }
    }

    #[test]
    fn improvement_follows_the_kpi_direction() {
        assert_eq!(improvement(Kpi::NonRevenueWater, 52.0, 36.5), 15.5);
        assert_eq!(improvement(Kpi::CollectionEfficiency, 78.0, 93.0), 15.0);
        assert!(
            improvement(Kpi::NonRevenueWater, 30.0, 35.0) < 0.0,
            "losses rose"
        );
    }

    #[test]
    fn kpi_improvements_average_only_measured_outcomes() {
        let facts = [
            fact(Kpi::NonRevenueWater, 52.0, Some(36.5)),
            fact(Kpi::NonRevenueWater, 31.0, Some(33.0)),
            fact(Kpi::NonRevenueWater, 60.0, None),
            fact(Kpi::MeteringLevel, 70.0, Some(78.0)),
        ];
        let all = kpi_improvements(&facts);
        assert_eq!(all.len(), 2);
        let nrw = &all[0];
        assert_eq!(nrw.kpi, Kpi::NonRevenueWater);
        assert_eq!((nrw.outcomes, nrw.measured, nrw.improved), (3, 2, 1));
        assert_eq!(nrw.mean_baseline, 41.5);
        assert_eq!(nrw.mean_latest, 34.75);
        assert_eq!(nrw.mean_improvement, (15.5 - 2.0) / 2.0);
        assert_eq!(all[1].mean_improvement, 8.0);
        assert!(kpi_improvements(&[]).is_empty());
    }

    #[test]
    fn people_reached_sums_gains_and_ignores_losses() {
        let facts = [
            fact(Kpi::PeopleWithNewAccess, 0.0, Some(12_000.0)),
            fact(Kpi::PeopleWithNewAccess, 5_000.0, Some(4_000.0)),
            fact(Kpi::PeopleWithNewAccess, 0.0, None),
            fact(Kpi::WaterCoverage, 60.0, Some(80.0)),
        ];
        assert_eq!(people_reached(&facts), 12_000);
    }

    #[test]
    fn counts_by_state_and_running_year() {
        let by_state = count_by_state(&[S::Active, S::Active, S::Completed]);
        assert_eq!(by_state.len(), 6, "every state is listed, zeros included");
        assert_eq!(
            by_state[3],
            StateCount {
                state: S::Active,
                count: 2
            }
        );
        let years = count_by_year(
            &[(S::Completed, 2021, 2023), (S::Active, 2023, 2025)],
            2022,
            2024,
        );
        assert_eq!(
            years.iter().map(|y| y.total()).collect::<Vec<_>>(),
            [1, 2, 1]
        );
        assert_eq!(years[2].counts[3].count, 1, "2024: the active one");
    }

    #[test]
    fn mean_scores_and_distinct_ids() {
        assert_eq!(mean_score(&[4, 5, 5]), Some(4.7));
        assert_eq!(mean_score(&[]), None);
        assert_eq!(distinct([3, 1, 3, 2]), 3);
    }
}
