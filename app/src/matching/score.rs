//! The scoring rules shared by the numeric pass (`index`) and the explanations (`explain`): how
//! each factor turns KPIs, places and sizes into 0..1.

use super::profile::{KpiPoint, NeedProfile};
use super::region::{haversine_radians, Region};
use crate::partners::{Better, Kpi, Measure};

pub(super) const KPI_COUNT: usize = Kpi::ALL.len();

/// `Kpi` is declared in the order of `Kpi::ALL`, so its discriminant is its position there.
pub(super) fn slot(kpi: Kpi) -> usize {
    kpi as usize
}

/// The value a KPI would ideally reach, for KPIs with a natural bound.
fn ideal(kpi: Kpi) -> Option<f64> {
    match (kpi.measure(), kpi.better()) {
        (Measure::Percent, Better::Higher) => Some(100.0),
        (Measure::Percent, Better::Lower) => Some(0.0),
        (Measure::HoursPerDay, _) => Some(24.0),
        _ => None,
    }
}

/// How much a KPI improved from `from` to `to`, as a fraction (negative when it got worse):
/// the share of the gap to the ideal that was closed for bounded KPIs (NRW 38 → 17 % closes
/// 55 % of the way to 0), the relative change in the better direction otherwise.
pub(super) fn improvement(kpi: Kpi, from: f64, to: f64) -> f64 {
    match (ideal(kpi), kpi.better()) {
        (Some(ideal), _) => {
            let before = (ideal - from).abs();
            if before <= 0.0 {
                0.0 // Already at the ideal: nothing left to improve, and no evidence either way.
            } else {
                (before - (ideal - to).abs()) / before
            }
        }
        (None, Better::Lower) if from > 0.0 => (from - to) / from,
        (None, Better::Higher) if from > 0.0 => (to - from) / from,
        (None, Better::Higher) if to > 0.0 => 1.0,
        _ => 0.0,
    }
}

/// Closing half of the gap (or halving a lower-is-better KPI) is as strong a result as we score;
/// getting worse counts as no result, never as a penalty beyond that.
pub(super) fn result_score(kpi: Kpi, from: f64, to: f64) -> f64 {
    (improvement(kpi, from, to) / 0.5).clamp(0.0, 1.0)
}

/// How far ahead the mentor is of the recipient on a KPI: the share of the recipient's gap to the
/// ideal that the mentor has already closed (or the relative difference for unbounded KPIs).
/// 0 when the mentor is no better.
pub(super) fn advantage(kpi: Kpi, recipient: f64, mentor: f64) -> f64 {
    let a = match (ideal(kpi), kpi.better()) {
        (Some(ideal), _) => {
            let theirs = (ideal - recipient).abs();
            if theirs <= 0.0 {
                0.0
            } else {
                (theirs - (ideal - mentor).abs()) / theirs
            }
        }
        (None, Better::Lower) if recipient > 0.0 => (recipient - mentor) / recipient,
        (None, Better::Higher) if mentor > 0.0 => (mentor - recipient) / mentor,
        _ => 0.0,
    };
    a.clamp(0.0, 1.0)
}

/// Completed partnerships on the topic: the first counts 0.5, each further one half the rest.
pub(super) fn partnership_score(completed: u32) -> f64 {
    1.0 - 0.5f64.powi(completed.min(32) as i32)
}

/// 1 next door, 0.5 at 1,000 km, 0.2 at 4,000 km.
fn nearness(km: f64) -> f64 {
    1.0 / (1.0 + km / 1000.0)
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Relation {
    SameCountry,
    SameRegion,
    Apart,
    /// A country is missing on either side.
    Unknown,
}

pub(super) fn proximity_score(relation: Relation, km: Option<f64>) -> f64 {
    match relation {
        Relation::SameCountry => 1.0,
        Relation::SameRegion => km.map_or(0.65, |km| 0.5 + 0.3 * nearness(km)),
        Relation::Apart => km.map_or(0.2, |km| 0.5 * nearness(km)),
        // Unknown countries: distance alone if we have it, otherwise neutral.
        Relation::Unknown => km.map_or(0.5, nearness),
    }
}

/// 1 for the same size, 0.5 for ten times bigger or smaller, 0 from a hundred times.
pub(super) fn scale_score(ln_a: f64, ln_b: f64) -> f64 {
    (1.0 - (ln_a - ln_b).abs() / 100f64.ln()).max(0.0)
}

// Missing data, scored neutrally (0.5) where it says nothing for or against the mentor: the KPI
// gap, language, proximity and scale. Proven results scores 0 without evidence, because that
// factor is about evidence; a mentor with recorded results should rank above one without.
pub(super) const NEUTRAL: f64 = 0.5;

/// A mentor's first and latest value of a KPI (by date).
#[derive(Debug, Clone, Copy)]
pub(super) struct Series {
    pub(super) first: KpiPoint,
    pub(super) latest: KpiPoint,
}

impl Series {
    pub(super) fn of(points: &[KpiPoint]) -> Option<Series> {
        let usable = || points.iter().filter(|p| p.value.is_finite());
        let first = *usable().min_by_key(|p| p.date)?;
        // `max_by_key` keeps the last of equal dates: the value entered last wins.
        let latest = *usable().max_by_key(|p| p.date)?;
        Some(Series { first, latest })
    }

    pub(super) fn is_trend(&self) -> bool {
        self.latest.date > self.first.date
    }
}

/// A point in radians with its latitude's cosine, so a distance costs one `asin` and three `sin`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Place {
    pub(super) lat: f64,
    pub(super) cos_lat: f64,
    pub(super) lon: f64,
}

impl Place {
    pub(super) fn of(location: Option<(f64, f64)>) -> Option<Place> {
        let (lat, lon) = location?;
        if !(lat.is_finite() && lon.is_finite()) {
            return None;
        }
        let lat = lat.to_radians();
        Some(Place {
            lat,
            cos_lat: lat.cos(),
            lon: lon.to_radians(),
        })
    }

    pub(super) fn km_to(&self, other: &Place) -> f64 {
        haversine_radians(
            self.lat,
            self.cos_lat,
            self.lon,
            other.lat,
            other.cos_lat,
            other.lon,
        )
    }
}

// What the numeric pass (`index`) and the explanations (`explain`) both read: a mentor and a
// need reduced to numbers.

#[derive(Debug, Clone)]
pub(super) struct Indexed {
    pub(super) organization_id: i32,
    pub(super) country: Option<u32>,
    pub(super) region: Region,
    pub(super) place: Option<Place>,
    pub(super) ln_population: Option<f64>,
    /// Sorted ids.
    pub(super) languages: Vec<u32>,
    pub(super) series: [Option<Series>; KPI_COUNT],
    /// (topic id, completed partnerships as mentor on it)
    pub(super) completed: Vec<(u32, u32)>,
    pub(super) capacity: u32,
    pub(super) spare: u32,
}

/// Topics and languages compare trimmed and case-insensitively.
pub(super) fn key(text: &str) -> String {
    text.trim().to_lowercase()
}

/// What is known about the need, looked up once against the index.
pub(super) struct NeedContext<'a> {
    pub(super) need: &'a NeedProfile,
    pub(super) topic: Option<u32>,
    pub(super) kpis: &'static [Kpi],
    pub(super) latest: [Option<KpiPoint>; KPI_COUNT],
    /// Ids of its languages that some mentor speaks.
    pub(super) languages: Vec<u32>,
    pub(super) has_languages: bool,
    pub(super) has_country: bool,
    pub(super) country: Option<u32>,
    pub(super) region: Region,
    pub(super) place: Option<Place>,
    pub(super) ln_population: Option<f64>,
    /// The language the explanations are written in.
    pub(super) lang: crate::i18n::Lang,
}

pub(super) fn relation(c: &NeedContext, m: &Indexed) -> Relation {
    if !c.has_country || m.country.is_none() {
        Relation::Unknown
    } else if c.country.is_some() && c.country == m.country {
        Relation::SameCountry
    } else if c.region == m.region && c.region != Region::Other {
        Relation::SameRegion
    } else {
        Relation::Apart
    }
}

#[cfg(test)]
mod tests {
    use super::super::Factor;
    use super::*;

    #[test]
    fn slots_follow_kpi_all() {
        for (i, kpi) in Kpi::ALL.into_iter().enumerate() {
            assert_eq!(slot(kpi), i);
        }
        for (i, f) in Factor::ALL.into_iter().enumerate() {
            assert_eq!(f as usize, i);
        }
        assert_eq!(Factor::ProvenResults.field(), "proven_results");
        assert_eq!(Factor::Scale.label(), "Similar scale");
    }

    #[test]
    fn improvement_and_advantage_follow_the_better_direction() {
        assert!((improvement(Kpi::NonRevenueWater, 38.0, 17.0) - 21.0 / 38.0).abs() < 1e-9);
        assert!(improvement(Kpi::NonRevenueWater, 17.0, 38.0) < 0.0);
        assert!((improvement(Kpi::WaterCoverage, 60.0, 90.0) - 0.75).abs() < 1e-9);
        assert!((improvement(Kpi::EnergyIntensity, 1.0, 0.6) - 0.4).abs() < 1e-9);
        assert!(improvement(Kpi::OperatingCostCoverage, 1.2, 0.9) < 0.0);
        assert_eq!(result_score(Kpi::StaffPer1000Connections, 5.0, 9.0), 0.0);
        assert!((advantage(Kpi::NonRevenueWater, 42.0, 17.0) - 25.0 / 42.0).abs() < 1e-9);
        assert_eq!(advantage(Kpi::NonRevenueWater, 17.0, 42.0), 0.0);
        assert_eq!(advantage(Kpi::WaterCoverage, 100.0, 100.0), 0.0);
        assert!(advantage(Kpi::ContinuityOfSupply, 12.0, 24.0) == 1.0);
    }
}
