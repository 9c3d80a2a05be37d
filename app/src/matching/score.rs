//! How well a mentor utility fits a recipient's need: seven factors, each scored 0..1 and
//! explained in words, combined into a weighted total out of 100.
//!
//! Pure (no database, no `ssr`) so the same code can run in the browser. Ranking is split in two:
//! a numeric pass over every candidate that builds no strings, and explanations built only for
//! the few mentors that are shown.

use super::region::{canonical_country, haversine_radians, region_of, Region};
use crate::error::FieldErrors;
use crate::partners::{group_thousands, Better, Kpi, Measure};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::HashMap;

// ---------------------------------------------------------------------------------------------
// Weights and factors

/// How much each factor counts; only the ratios matter (the total is a weighted mean).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Weights {
    pub topic_fit: f64,
    pub proven_results: f64,
    pub kpi_gap: f64,
    pub language: f64,
    pub proximity: f64,
    pub scale: f64,
    pub capacity: f64,
}

impl Default for Weights {
    /// Results and the topic first, then whether the partners can learn from and talk to each
    /// other; distance, size and free places only break near-ties.
    fn default() -> Self {
        Weights {
            topic_fit: 3.0,
            proven_results: 3.0,
            kpi_gap: 2.0,
            language: 2.0,
            proximity: 1.0,
            scale: 1.0,
            capacity: 1.0,
        }
    }
}

pub const MAX_WEIGHT: f64 = 10.0;

impl Weights {
    /// The form fields, in the order a form shows them: (field name, label).
    pub const FIELDS: [(&'static str, &'static str); 7] = [
        ("topic_fit", "Topic fit"),
        ("proven_results", "Proven results"),
        ("kpi_gap", "KPI gap"),
        ("language", "Language"),
        ("proximity", "Proximity"),
        ("scale", "Similar scale"),
        ("capacity", "Spare capacity"),
    ];

    pub fn get(&self, factor: Factor) -> f64 {
        match factor {
            Factor::TopicFit => self.topic_fit,
            Factor::ProvenResults => self.proven_results,
            Factor::KpiGap => self.kpi_gap,
            Factor::Language => self.language,
            Factor::Proximity => self.proximity,
            Factor::Scale => self.scale,
            Factor::Capacity => self.capacity,
        }
    }

    fn get_mut(&mut self, factor: Factor) -> &mut f64 {
        match factor {
            Factor::TopicFit => &mut self.topic_fit,
            Factor::ProvenResults => &mut self.proven_results,
            Factor::KpiGap => &mut self.kpi_gap,
            Factor::Language => &mut self.language,
            Factor::Proximity => &mut self.proximity,
            Factor::Scale => &mut self.scale,
            Factor::Capacity => &mut self.capacity,
        }
    }

    /// Weights as a form sends them, by field name. A field the form did not send keeps its
    /// default, so a link may set only the weights it cares about; other fields are ignored.
    /// A field that was sent must be a number from 0 to 10, and at least one weight must be above
    /// 0 (that message goes under the first field, where the form starts).
    pub fn parse(fields: &[(&str, &str)]) -> Result<Weights, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut weights = Weights::default();
        for factor in Factor::ALL {
            let name = factor.field();
            let Some((_, raw)) = fields.iter().find(|(field, _)| *field == name) else {
                continue;
            };
            match parse_weight(raw) {
                Ok(value) => *weights.get_mut(factor) = value,
                Err(message) => errors.add(name, message),
            }
        }
        if errors.is_empty() && Factor::ALL.iter().all(|f| weights.get(*f) == 0.0) {
            errors.add(
                Factor::TopicFit.field(),
                "Give at least one factor a weight above 0.",
            );
        }
        if errors.is_empty() {
            Ok(weights)
        } else {
            Err(errors)
        }
    }

    /// A weight as the scorer uses it: a direct caller could pass a negative or NaN weight,
    /// which must not turn the weighted mean upside down.
    fn effective(&self, factor: Factor) -> f64 {
        let w = self.get(factor);
        if w.is_finite() && w > 0.0 {
            w
        } else {
            0.0
        }
    }
}

fn parse_weight(raw: &str) -> Result<f64, &'static str> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err("Enter a weight from 0 to 10.");
    }
    match raw.parse::<f64>() {
        Ok(v) if !v.is_finite() => Err("Enter a number from 0 to 10, for example 2.5."),
        Ok(v) if v < 0.0 => Err("A weight cannot be negative; enter 0 to leave this factor out."),
        Ok(v) if v > MAX_WEIGHT => Err("A weight can be at most 10."),
        Ok(v) => Ok(v),
        Err(_) => Err("Enter a number from 0 to 10, for example 2.5."),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    TopicFit,
    ProvenResults,
    KpiGap,
    Language,
    Proximity,
    Scale,
    Capacity,
}

impl Factor {
    pub const ALL: [Factor; 7] = [
        Factor::TopicFit,
        Factor::ProvenResults,
        Factor::KpiGap,
        Factor::Language,
        Factor::Proximity,
        Factor::Scale,
        Factor::Capacity,
    ];

    /// The name of its weight's form field (and of the field in [`Weights`]).
    pub fn field(self) -> &'static str {
        Weights::FIELDS[self as usize].0
    }

    pub fn label(self) -> &'static str {
        Weights::FIELDS[self as usize].1
    }
}

// ---------------------------------------------------------------------------------------------
// Inputs

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct KpiPoint {
    pub date: NaiveDate,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NeedProfile {
    pub need_id: i32,
    pub organization_id: i32,
    pub organization_name: String,
    pub topic_code: String,
    pub languages: Vec<String>,
    pub country: String,
    /// (latitude, longitude) in degrees.
    pub location: Option<(f64, f64)>,
    pub population_served: Option<i64>,
    pub latest_kpis: Vec<(Kpi, KpiPoint)>,
}

/// A partnership the mentor took part in as mentor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PastPartnership {
    pub topic_code: String,
    pub recipient_name: String,
    pub kpi: Option<Kpi>,
    pub baseline: Option<f64>,
    pub latest: Option<f64>,
    pub completed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentorProfile {
    pub organization_id: i32,
    pub name: String,
    pub country: String,
    pub location: Option<(f64, f64)>,
    pub population_served: Option<i64>,
    pub languages: Vec<String>,
    pub offered_topics: Vec<String>,
    pub kpi_history: Vec<(Kpi, Vec<KpiPoint>)>,
    pub past_partnerships: Vec<PastPartnership>,
    /// How many partnerships it can mentor at once.
    pub capacity: u32,
    pub active_partnerships: u32,
}

/// The KPIs that show progress on a topic, most telling first. Topics added by admins have none.
pub fn topic_kpis(topic_code: &str) -> &'static [Kpi] {
    use Kpi::*;
    match topic_code.trim() {
        "nrw" => &[NonRevenueWater],
        "water_quality" => &[WaterQualityCompliance],
        "sanitation_fsm" | "wastewater" => &[SanitationCoverage],
        "customer_service" => &[CollectionEfficiency, ContinuityOfSupply],
        "billing" => &[CollectionEfficiency],
        "tariffs_finance" => &[OperatingCostCoverage, CollectionEfficiency],
        "energy" => &[EnergyIntensity],
        "asset_management" | "gis_modelling" => &[NonRevenueWater, ContinuityOfSupply],
        "digital" => &[MeteringLevel, NonRevenueWater],
        "governance" => &[OperatingCostCoverage],
        "climate" => &[ContinuityOfSupply],
        "hr_training" => &[StaffPer1000Connections],
        "urban_poor" => &[WaterCoverage, PeopleWithNewAccess],
        _ => &[],
    }
}

// ---------------------------------------------------------------------------------------------
// Outputs

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactorScore {
    pub factor: Factor,
    /// 0..1
    pub score: f64,
    pub weight: f64,
    pub explanation: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RankedMentor {
    pub organization_id: i32,
    pub name: String,
    /// 0..100
    pub total: f64,
    /// One per factor, in [`Factor::ALL`] order.
    pub factors: Vec<FactorScore>,
}

// ---------------------------------------------------------------------------------------------
// Scoring rules shared by the numeric pass and the explanations

const KPI_COUNT: usize = Kpi::ALL.len();

/// `Kpi` is declared in the order of `Kpi::ALL`, so its discriminant is its position there.
fn slot(kpi: Kpi) -> usize {
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
fn improvement(kpi: Kpi, from: f64, to: f64) -> f64 {
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
fn result_score(kpi: Kpi, from: f64, to: f64) -> f64 {
    (improvement(kpi, from, to) / 0.5).clamp(0.0, 1.0)
}

/// How far ahead the mentor is of the recipient on a KPI: the share of the recipient's gap to the
/// ideal that the mentor has already closed (or the relative difference for unbounded KPIs).
/// 0 when the mentor is no better.
fn advantage(kpi: Kpi, recipient: f64, mentor: f64) -> f64 {
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
fn partnership_score(completed: u32) -> f64 {
    1.0 - 0.5f64.powi(completed.min(32) as i32)
}

/// 1 next door, 0.5 at 1,000 km, 0.2 at 4,000 km.
fn nearness(km: f64) -> f64 {
    1.0 / (1.0 + km / 1000.0)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Relation {
    SameCountry,
    SameRegion,
    Apart,
    /// A country is missing on either side.
    Unknown,
}

fn proximity_score(relation: Relation, km: Option<f64>) -> f64 {
    match relation {
        Relation::SameCountry => 1.0,
        Relation::SameRegion => km.map_or(0.65, |km| 0.5 + 0.3 * nearness(km)),
        Relation::Apart => km.map_or(0.2, |km| 0.5 * nearness(km)),
        // Unknown countries: distance alone if we have it, otherwise neutral.
        Relation::Unknown => km.map_or(0.5, nearness),
    }
}

/// 1 for the same size, 0.5 for ten times bigger or smaller, 0 from a hundred times.
fn scale_score(ln_a: f64, ln_b: f64) -> f64 {
    (1.0 - (ln_a - ln_b).abs() / 100f64.ln()).max(0.0)
}

// Missing data, scored neutrally (0.5) where it says nothing for or against the mentor: the KPI
// gap, language, proximity and scale. Proven results scores 0 without evidence, because that
// factor is about evidence; a mentor with recorded results should rank above one without.
const NEUTRAL: f64 = 0.5;

// ---------------------------------------------------------------------------------------------
// The index

/// A mentor's first and latest value of a KPI (by date).
#[derive(Debug, Clone, Copy)]
struct Series {
    first: KpiPoint,
    latest: KpiPoint,
}

impl Series {
    fn of(points: &[KpiPoint]) -> Option<Series> {
        let usable = || points.iter().filter(|p| p.value.is_finite());
        let first = *usable().min_by_key(|p| p.date)?;
        // `max_by_key` keeps the last of equal dates: the value entered last wins.
        let latest = *usable().max_by_key(|p| p.date)?;
        Some(Series { first, latest })
    }

    fn is_trend(&self) -> bool {
        self.latest.date > self.first.date
    }
}

/// A point in radians with its latitude's cosine, so a distance costs one `asin` and three `sin`.
#[derive(Debug, Clone, Copy)]
struct Place {
    lat: f64,
    cos_lat: f64,
    lon: f64,
}

impl Place {
    fn of(location: Option<(f64, f64)>) -> Option<Place> {
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

    fn km_to(&self, other: &Place) -> f64 {
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

#[derive(Debug, Clone)]
struct Indexed {
    organization_id: i32,
    country: Option<u32>,
    region: Region,
    place: Option<Place>,
    ln_population: Option<f64>,
    /// Sorted ids.
    languages: Vec<u32>,
    series: [Option<Series>; KPI_COUNT],
    /// (topic id, completed partnerships as mentor on it)
    completed: Vec<(u32, u32)>,
    capacity: u32,
    spare: u32,
}

/// The mentors, prepared once so that scoring one pair is arithmetic on numbers.
#[derive(Debug, Clone)]
pub struct MentorIndex {
    profiles: Vec<MentorProfile>,
    mentors: Vec<Indexed>,
    topic_ids: HashMap<String, u32>,
    /// Per topic id, the positions of the mentors offering it: ranking looks at no one else.
    by_topic: Vec<Vec<u32>>,
    language_ids: HashMap<String, u32>,
    country_ids: HashMap<String, u32>,
}

/// Topics and languages compare trimmed and case-insensitively.
fn key(text: &str) -> String {
    text.trim().to_lowercase()
}

/// Countries compare under the app's name, so "Vietnam" is "Viet Nam".
fn country_key(country: &str) -> Option<String> {
    match canonical_country(country) {
        Some(name) => Some(name.to_lowercase()),
        None => Some(key(country)).filter(|k| !k.is_empty()),
    }
}

fn ln_population(population: Option<i64>) -> Option<f64> {
    population.filter(|p| *p > 0).map(|p| (p as f64).ln())
}

fn intern(ids: &mut HashMap<String, u32>, key: String) -> u32 {
    let next = ids.len() as u32;
    *ids.entry(key).or_insert(next)
}

/// What is known about the need, looked up once against the index.
struct NeedContext<'a> {
    need: &'a NeedProfile,
    topic: Option<u32>,
    kpis: &'static [Kpi],
    latest: [Option<KpiPoint>; KPI_COUNT],
    /// Ids of its languages that some mentor speaks.
    languages: Vec<u32>,
    has_languages: bool,
    has_country: bool,
    country: Option<u32>,
    region: Region,
    place: Option<Place>,
    ln_population: Option<f64>,
}

/// A mentor scored for a need, without words.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    pub(crate) mentor: usize,
    pub(crate) organization_id: i32,
    pub(crate) total: f64,
    scores: [f64; 7],
}

/// Better first: higher total, then lower organization id (then position, for equal ids).
pub(crate) fn by_rank(a: &Candidate, b: &Candidate) -> Ordering {
    b.total
        .total_cmp(&a.total)
        .then(a.organization_id.cmp(&b.organization_id))
        .then(a.mentor.cmp(&b.mentor))
}

impl MentorIndex {
    pub fn new(profiles: &[MentorProfile]) -> MentorIndex {
        let mut topic_ids = HashMap::new();
        let mut by_topic: Vec<Vec<u32>> = Vec::new();
        let mut language_ids = HashMap::new();
        let mut country_ids = HashMap::new();
        let mut mentors = Vec::with_capacity(profiles.len());
        for (position, p) in profiles.iter().enumerate() {
            let mut offered: Vec<u32> = p
                .offered_topics
                .iter()
                .map(|t| intern(&mut topic_ids, key(t)))
                .collect();
            offered.sort_unstable();
            offered.dedup();
            for topic in offered {
                if by_topic.len() <= topic as usize {
                    by_topic.resize_with(topic as usize + 1, Vec::new);
                }
                by_topic[topic as usize].push(position as u32);
            }
            let mut languages: Vec<u32> = p
                .languages
                .iter()
                .map(|l| key(l))
                .filter(|l| !l.is_empty())
                .map(|l| intern(&mut language_ids, l))
                .collect();
            languages.sort_unstable();
            languages.dedup();
            let mut series = [None; KPI_COUNT];
            for (kpi, points) in &p.kpi_history {
                // A KPI listed twice: its points are read together.
                let mut all: Vec<KpiPoint> = series[slot(*kpi)]
                    .map(|s: Series| vec![s.first, s.latest])
                    .unwrap_or_default();
                all.extend_from_slice(points);
                series[slot(*kpi)] = Series::of(&all);
            }
            let mut completed: Vec<(u32, u32)> = Vec::new();
            for past in p.past_partnerships.iter().filter(|pp| pp.completed) {
                let topic = intern(&mut topic_ids, key(&past.topic_code));
                match completed.iter_mut().find(|(t, _)| *t == topic) {
                    Some((_, n)) => *n += 1,
                    None => completed.push((topic, 1)),
                }
            }
            mentors.push(Indexed {
                organization_id: p.organization_id,
                country: country_key(&p.country).map(|k| intern(&mut country_ids, k)),
                region: region_of(&p.country),
                place: Place::of(p.location),
                ln_population: ln_population(p.population_served),
                languages,
                series,
                completed,
                capacity: p.capacity,
                spare: p.capacity.saturating_sub(p.active_partnerships),
            });
        }
        MentorIndex {
            profiles: profiles.to_vec(),
            mentors,
            topic_ids,
            by_topic,
            language_ids,
            country_ids,
        }
    }

    pub fn len(&self) -> usize {
        self.mentors.len()
    }

    pub fn is_empty(&self) -> bool {
        self.mentors.is_empty()
    }

    /// Places the mentor at `position` can still take.
    pub(crate) fn spare(&self, position: usize) -> u32 {
        self.mentors.get(position).map_or(0, |m| m.spare)
    }

    /// The best `limit` mentors for `need`, best first, each with its factors explained.
    /// Mentors that do not offer the topic, or belong to the need's own organization, are not
    /// candidates.
    pub fn rank(&self, need: &NeedProfile, weights: &Weights, limit: usize) -> Vec<RankedMentor> {
        let context = self.context(need);
        let best = self.top(&context, weights, limit, false);
        best.iter()
            .map(|c| self.explain_in(&context, c, weights))
            .collect()
    }

    /// The best `limit` candidates by number only, best first; `free_only` leaves out mentors
    /// with no free place.
    pub(crate) fn candidates(
        &self,
        need: &NeedProfile,
        weights: &Weights,
        limit: usize,
        free_only: bool,
    ) -> Vec<Candidate> {
        self.top(&self.context(need), weights, limit, free_only)
    }

    pub(crate) fn explain(
        &self,
        need: &NeedProfile,
        candidate: &Candidate,
        weights: &Weights,
    ) -> RankedMentor {
        self.explain_in(&self.context(need), candidate, weights)
    }

    fn context<'a>(&self, need: &'a NeedProfile) -> NeedContext<'a> {
        let mut latest: [Option<KpiPoint>; KPI_COUNT] = [None; KPI_COUNT];
        for (kpi, point) in &need.latest_kpis {
            let s = &mut latest[slot(*kpi)];
            if point.value.is_finite() && s.is_none_or(|old| point.date >= old.date) {
                *s = Some(*point);
            }
        }
        let mut languages: Vec<u32> = need
            .languages
            .iter()
            .filter_map(|l| self.language_ids.get(&key(l)).copied())
            .collect();
        languages.sort_unstable();
        languages.dedup();
        let country = country_key(&need.country);
        NeedContext {
            need,
            topic: self.topic_ids.get(&key(&need.topic_code)).copied(),
            kpis: topic_kpis(&key(&need.topic_code)),
            latest,
            languages,
            has_languages: need.languages.iter().any(|l| !l.trim().is_empty()),
            has_country: country.is_some(),
            country: country.and_then(|k| self.country_ids.get(&k).copied()),
            region: region_of(&need.country),
            place: Place::of(need.location),
            ln_population: ln_population(need.population_served),
        }
    }

    fn top(
        &self,
        context: &NeedContext,
        weights: &Weights,
        limit: usize,
        free_only: bool,
    ) -> Vec<Candidate> {
        let Some(offering) = context.topic.and_then(|t| self.by_topic.get(t as usize)) else {
            return Vec::new();
        };
        let weight: [f64; 7] = Factor::ALL.map(|f| weights.effective(f));
        let weight_sum: f64 = weight.iter().sum();
        let mut scored: Vec<Candidate> = offering
            .iter()
            .map(|&position| position as usize)
            .filter(|&position| {
                let m = &self.mentors[position];
                m.organization_id != context.need.organization_id && (!free_only || m.spare > 0)
            })
            .map(|position| {
                let scores = self.scores(context, &self.mentors[position]);
                let weighted: f64 = scores.iter().zip(weight).map(|(s, w)| s * w).sum();
                Candidate {
                    mentor: position,
                    organization_id: self.mentors[position].organization_id,
                    total: if weight_sum > 0.0 {
                        100.0 * weighted / weight_sum
                    } else {
                        0.0
                    },
                    scores,
                }
            })
            .collect();
        if limit == 0 {
            return Vec::new();
        }
        if scored.len() > limit {
            // Only the best `limit` need ordering: a linear selection, then a small sort.
            scored.select_nth_unstable_by(limit - 1, by_rank);
            scored.truncate(limit);
        }
        scored.sort_unstable_by(by_rank);
        scored
    }

    /// The seven factor scores, in [`Factor::ALL`] order, for a mentor that offers the topic.
    fn scores(&self, c: &NeedContext, m: &Indexed) -> [f64; 7] {
        // Proven results: the mentor's own trend on the topic's KPIs, or shared partnerships.
        let mut own_sum = 0.0;
        let mut own_count = 0;
        for kpi in c.kpis {
            if let Some(s) = m.series[slot(*kpi)].filter(Series::is_trend) {
                own_sum += result_score(*kpi, s.first.value, s.latest.value);
                own_count += 1;
            }
        }
        let own = if own_count > 0 {
            own_sum / own_count as f64
        } else {
            0.0
        };
        let completed = c
            .topic
            .and_then(|t| m.completed.iter().find(|(topic, _)| *topic == t))
            .map_or(0, |(_, n)| *n);
        // Either kind of evidence counts; both count more (1 - both chances of "no result").
        let proven = 1.0 - (1.0 - own) * (1.0 - partnership_score(completed));

        let mut gap_sum = 0.0;
        let mut gap_count = 0;
        for kpi in c.kpis {
            if let (Some(r), Some(s)) = (c.latest[slot(*kpi)], m.series[slot(*kpi)]) {
                gap_sum += advantage(*kpi, r.value, s.latest.value);
                gap_count += 1;
            }
        }
        let gap = if gap_count > 0 {
            gap_sum / gap_count as f64
        } else {
            NEUTRAL
        };

        let language = if !c.has_languages || m.languages.is_empty() {
            NEUTRAL
        } else if c.languages.iter().any(|l| m.languages.contains(l)) {
            1.0
        } else {
            0.0
        };

        let km = match (&c.place, &m.place) {
            (Some(a), Some(b)) => Some(a.km_to(b)),
            _ => None,
        };
        let proximity = proximity_score(relation(c, m), km);

        let scale = match (c.ln_population, m.ln_population) {
            (Some(a), Some(b)) => scale_score(a, b),
            _ => NEUTRAL,
        };

        let capacity = if m.capacity == 0 {
            0.0
        } else {
            m.spare as f64 / m.capacity as f64
        };

        [1.0, proven, gap, language, proximity, scale, capacity]
    }

    fn explain_in(
        &self,
        c: &NeedContext,
        candidate: &Candidate,
        weights: &Weights,
    ) -> RankedMentor {
        let m = &self.mentors[candidate.mentor];
        let p = &self.profiles[candidate.mentor];
        let texts = [
            "Offers mentoring on this topic".to_owned(),
            explain_proven(c, m, p),
            explain_gap(c, m),
            explain_language(c, p),
            explain_proximity(c, m, p),
            explain_scale(c, p),
            explain_capacity(m),
        ];
        RankedMentor {
            organization_id: p.organization_id,
            name: p.name.clone(),
            total: candidate.total,
            factors: Factor::ALL
                .into_iter()
                .zip(texts)
                .map(|(factor, explanation)| FactorScore {
                    factor,
                    score: candidate.scores[factor as usize],
                    weight: weights.effective(factor),
                    explanation,
                })
                .collect(),
        }
    }
}

fn relation(c: &NeedContext, m: &Indexed) -> Relation {
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

// ---------------------------------------------------------------------------------------------
// Explanations

/// "non-revenue water", for use inside a sentence.
fn lower_label(kpi: Kpi) -> String {
    kpi.label().to_lowercase()
}

/// A value with the unit people expect to see next to it.
fn show(kpi: Kpi, value: f64) -> String {
    match kpi {
        Kpi::EnergyIntensity => format!("{} kWh/m³", kpi.format(value)),
        Kpi::PeopleWithNewAccess => format!("{} people", kpi.format(value)),
        _ => kpi.format(value),
    }
}

fn years(from: NaiveDate, to: NaiveDate) -> String {
    if from.year() == to.year() {
        format!("in {}", to.year())
    } else {
        format!("in {}–{}", from.year(), to.year())
    }
}

/// "Non-revenue water fell from 38 % to 17 %"
fn change(kpi: Kpi, from: f64, to: f64) -> String {
    let verb = match to.partial_cmp(&from) {
        Some(Ordering::Less) => "fell",
        Some(Ordering::Greater) => "rose",
        _ => "stayed",
    };
    if verb == "stayed" {
        format!("{} stayed at {}", kpi.label(), show(kpi, to))
    } else {
        format!(
            "{} {verb} from {} to {}",
            kpi.label(),
            show(kpi, from),
            show(kpi, to)
        )
    }
}

fn explain_proven(c: &NeedContext, m: &Indexed, p: &MentorProfile) -> String {
    let mut parts: Vec<String> = Vec::new();
    if c.kpis.is_empty() {
        parts.push("No KPIs are defined for this topic".to_owned());
    } else {
        for kpi in c.kpis {
            match m.series[slot(*kpi)] {
                Some(s) if s.is_trend() => {
                    let mut text = format!(
                        "{} {}",
                        change(*kpi, s.first.value, s.latest.value),
                        years(s.first.date, s.latest.date)
                    );
                    if improvement(*kpi, s.first.value, s.latest.value) <= 0.0 {
                        text.push_str(" (no improvement)");
                    }
                    parts.push(text);
                }
                Some(s) => parts.push(format!(
                    "Only one value of {} recorded ({} in {})",
                    lower_label(*kpi),
                    show(*kpi, s.latest.value),
                    s.latest.date.year()
                )),
                None => {}
            }
        }
        if parts.is_empty() {
            parts.push("No KPI history recorded for this topic".to_owned());
        }
    }
    let topic = key(&c.need.topic_code);
    let on_topic = || {
        p.past_partnerships
            .iter()
            .filter(|pp| pp.completed && key(&pp.topic_code) == topic)
    };
    let completed = on_topic().count();
    let mut shared = match completed {
        0 => "No completed partnerships on this topic yet".to_owned(),
        1 => "Completed 1 partnership on this topic".to_owned(),
        n => format!("Completed {n} partnerships on this topic"),
    };
    // The partnership with the largest measured improvement, as an example.
    let best = on_topic()
        .filter_map(|pp| match (pp.kpi, pp.baseline, pp.latest) {
            (Some(kpi), Some(from), Some(to)) if from.is_finite() && to.is_finite() => {
                Some((improvement(kpi, from, to), pp, kpi, from, to))
            }
            _ => None,
        })
        .filter(|(gain, ..)| *gain > 0.0)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((_, pp, kpi, from, to)) = best {
        shared.push_str(&format!(
            " (with {}: {})",
            pp.recipient_name.trim(),
            change(kpi, from, to)
        ));
    }
    parts.push(shared);
    parts.join(". ")
}

fn explain_gap(c: &NeedContext, m: &Indexed) -> String {
    if c.kpis.is_empty() {
        return "No KPIs are defined for this topic".to_owned();
    }
    let parts: Vec<String> = c
        .kpis
        .iter()
        .map(|kpi| {
            let label = lower_label(*kpi);
            match (c.latest[slot(*kpi)], m.series[slot(*kpi)]) {
                (Some(r), Some(s)) => format!(
                    "Your {label} is {}; theirs is {}",
                    show(*kpi, r.value),
                    show(*kpi, s.latest.value)
                ),
                (Some(r), None) => format!(
                    "Your {label} is {}; theirs is not recorded",
                    show(*kpi, r.value)
                ),
                (None, Some(s)) => format!(
                    "Your {label} is not recorded; theirs is {}",
                    show(*kpi, s.latest.value)
                ),
                (None, None) => format!("Neither of you has recorded {label}"),
            }
        })
        .collect();
    parts.join(". ")
}

/// "A", "A and B", "A, B and C"
fn join_words(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn explain_language(c: &NeedContext, p: &MentorProfile) -> String {
    let tidy = |list: &[String]| -> Vec<String> {
        let mut seen: Vec<String> = Vec::new();
        list.iter()
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty())
            .filter(|l| {
                let fresh = !seen.contains(&key(l));
                seen.push(key(l));
                fresh
            })
            .collect()
    };
    let yours = tidy(&c.need.languages);
    let theirs = tidy(&p.languages);
    if yours.is_empty() {
        return "Your working languages are not recorded".to_owned();
    }
    if theirs.is_empty() {
        return "Their working languages are not recorded".to_owned();
    }
    let common: Vec<&str> = yours
        .iter()
        .filter(|l| theirs.iter().any(|t| key(t) == key(l)))
        .map(String::as_str)
        .collect();
    if common.is_empty() {
        let list = |l: &[String]| l.join(", ");
        format!(
            "No language in common (you: {}; they: {})",
            list(&yours),
            list(&theirs)
        )
    } else {
        format!("Both work in {}", join_words(&common))
    }
}

fn country_name(country: &str) -> String {
    canonical_country(country).map_or_else(|| country.trim().to_owned(), str::to_owned)
}

fn explain_proximity(c: &NeedContext, m: &Indexed, p: &MentorProfile) -> String {
    let km = match (&c.place, &m.place) {
        (Some(a), Some(b)) => Some(a.km_to(b)),
        _ => None,
    };
    let mut text = match relation(c, m) {
        Relation::SameCountry => format!("Same country ({})", country_name(&p.country)),
        Relation::SameRegion => format!("Same region ({})", m.region.label()),
        Relation::Apart => format!(
            "Different region ({}, {})",
            country_name(&p.country),
            m.region.label()
        ),
        Relation::Unknown if m.country.is_none() => "Their country is not recorded".to_owned(),
        Relation::Unknown => "Your country is not recorded".to_owned(),
    };
    if let Some(km) = km {
        text.push_str(&format!(", {} km away", group_thousands(km.round() as i64)));
    }
    text
}

/// "850,000", "1.2 million"
fn people(n: i64) -> String {
    if n >= 1_000_000 {
        let millions = format!("{:.1}", n as f64 / 1_000_000.0);
        format!("{} million", millions.trim_end_matches(".0"))
    } else {
        group_thousands(n)
    }
}

fn explain_scale(c: &NeedContext, p: &MentorProfile) -> String {
    let theirs = p.population_served.filter(|n| *n > 0);
    let yours = c.need.population_served.filter(|n| *n > 0);
    match (theirs, yours) {
        (Some(t), Some(y)) => format!("Serves {} people; you serve {}", people(t), people(y)),
        (Some(t), None) => format!(
            "Serves {} people; your population served is not recorded",
            people(t)
        ),
        (None, Some(_)) => "Their population served is not recorded".to_owned(),
        (None, None) => "Population served is not recorded for either of you".to_owned(),
    }
}

fn explain_capacity(m: &Indexed) -> String {
    let place = |n: u32| if n == 1 { "place" } else { "places" };
    if m.capacity == 0 {
        "Has no mentoring places set".to_owned()
    } else if m.spare == 0 {
        format!(
            "No mentoring place free ({} of {} taken)",
            m.capacity, m.capacity
        )
    } else {
        format!(
            "{} of {} mentoring {} free",
            m.spare,
            m.capacity,
            place(m.capacity)
        )
    }
}

// ---------------------------------------------------------------------------------------------

/// Builders for tests here and in `assign`.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::*;

    pub fn day(year: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, 12, 31).unwrap()
    }

    pub fn point(year: i32, value: f64) -> KpiPoint {
        KpiPoint {
            date: day(year),
            value,
        }
    }

    pub fn mentor(id: i32, topics: &[&str]) -> MentorProfile {
        MentorProfile {
            organization_id: id,
            name: format!("Mentor {id}"),
            country: "Indonesia".to_owned(),
            location: None,
            population_served: None,
            languages: vec!["English".to_owned()],
            offered_topics: topics.iter().map(|t| (*t).to_owned()).collect(),
            kpi_history: Vec::new(),
            past_partnerships: Vec::new(),
            capacity: 2,
            active_partnerships: 0,
        }
    }

    pub fn need(need_id: i32, organization_id: i32, topic: &str) -> NeedProfile {
        NeedProfile {
            need_id,
            organization_id,
            organization_name: format!("Recipient {organization_id}"),
            topic_code: topic.to_owned(),
            languages: vec!["English".to_owned()],
            country: "Indonesia".to_owned(),
            location: None,
            population_served: None,
            latest_kpis: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::*;
    use super::*;

    fn factor(r: &RankedMentor, f: Factor) -> &FactorScore {
        r.factors.iter().find(|s| s.factor == f).unwrap()
    }

    fn ids(ranked: &[RankedMentor]) -> Vec<i32> {
        ranked.iter().map(|r| r.organization_id).collect()
    }

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
    fn every_starting_topic_has_kpis() {
        for topic in [
            "nrw",
            "water_quality",
            "sanitation_fsm",
            "wastewater",
            "customer_service",
            "billing",
            "tariffs_finance",
            "energy",
            "asset_management",
            "gis_modelling",
            "digital",
            "governance",
            "climate",
            "hr_training",
            "urban_poor",
        ] {
            assert!(!topic_kpis(topic).is_empty(), "{topic}");
        }
        assert_eq!(topic_kpis("nrw"), &[Kpi::NonRevenueWater]);
        assert!(topic_kpis("desalination").is_empty());
    }

    #[test]
    fn a_mentor_that_halved_its_nrw_ranks_above_one_that_did_not() {
        let mut halved = mentor(2, &["nrw"]);
        halved.kpi_history = vec![(
            Kpi::NonRevenueWater,
            vec![point(2019, 40.0), point(2021, 30.0), point(2023, 20.0)],
        )];
        let mut flat = mentor(1, &["nrw"]);
        flat.kpi_history = vec![(
            Kpi::NonRevenueWater,
            vec![point(2019, 40.0), point(2023, 40.0)],
        )];
        let index = MentorIndex::new(&[flat, halved]);
        let ranked = index.rank(&need(1, 99, "nrw"), &Weights::default(), 10);
        assert_eq!(ids(&ranked), vec![2, 1]);
        assert!(factor(&ranked[0], Factor::ProvenResults).score > 0.9);
        assert_eq!(factor(&ranked[1], Factor::ProvenResults).score, 0.0);
        assert!(ranked[0].total > ranked[1].total);
    }

    #[test]
    fn only_mentors_offering_the_topic_from_other_organizations_are_ranked() {
        let index = MentorIndex::new(&[
            mentor(1, &["nrw", "billing"]),
            mentor(2, &["billing"]),
            mentor(3, &[" NRW "]), // tolerant of case and spacing
            mentor(7, &["nrw"]),   // the recipient itself
        ]);
        let ranked = index.rank(&need(1, 7, "nrw"), &Weights::default(), 10);
        assert_eq!(ids(&ranked), vec![1, 3]);
        assert!(index
            .rank(&need(2, 7, "desalination"), &Weights::default(), 10)
            .is_empty());
        assert!(index
            .rank(&need(3, 7, "nrw"), &Weights::default(), 0)
            .is_empty());
    }

    #[test]
    fn an_nrw_fall_is_told_in_words() {
        let mut m = mentor(1, &["nrw"]);
        m.kpi_history = vec![(
            Kpi::NonRevenueWater,
            vec![point(2023, 17.0), point(2019, 38.0), point(2021, 30.0)],
        )];
        m.past_partnerships = vec![
            PastPartnership {
                topic_code: "nrw".to_owned(),
                recipient_name: "Cebu Water District".to_owned(),
                kpi: Some(Kpi::NonRevenueWater),
                baseline: Some(40.0),
                latest: Some(25.0),
                completed: true,
            },
            PastPartnership {
                topic_code: "nrw".to_owned(),
                recipient_name: "Other".to_owned(),
                kpi: None,
                baseline: None,
                latest: None,
                completed: true,
            },
            PastPartnership {
                topic_code: "billing".to_owned(),
                recipient_name: "Elsewhere".to_owned(),
                kpi: None,
                baseline: None,
                latest: None,
                completed: true,
            },
        ];
        m.languages = vec!["English".to_owned(), "Bahasa Indonesia".to_owned()];
        m.population_served = Some(1_200_000);
        m.capacity = 3;
        m.active_partnerships = 1;
        let mut n = need(1, 99, "nrw");
        n.languages = vec!["Bahasa Indonesia".to_owned(), "english".to_owned()];
        n.population_served = Some(850_000);
        n.latest_kpis = vec![(Kpi::NonRevenueWater, point(2024, 42.0))];
        let ranked = MentorIndex::new(&[m]).rank(&n, &Weights::default(), 5);
        let r = &ranked[0];
        let proven = &factor(r, Factor::ProvenResults).explanation;
        assert!(
            proven.starts_with("Non-revenue water fell from 38 % to 17 % in 2019–2023"),
            "{proven}"
        );
        assert!(
            proven.contains("Completed 2 partnerships on this topic (with Cebu Water District: Non-revenue water fell from 40 % to 25 %)"),
            "{proven}"
        );
        assert_eq!(
            factor(r, Factor::KpiGap).explanation,
            "Your non-revenue water is 42 %; theirs is 17 %"
        );
        assert_eq!(
            factor(r, Factor::Language).explanation,
            "Both work in Bahasa Indonesia and english"
        );
        assert_eq!(
            factor(r, Factor::Proximity).explanation,
            "Same country (Indonesia)"
        );
        assert_eq!(
            factor(r, Factor::Scale).explanation,
            "Serves 1.2 million people; you serve 850,000"
        );
        assert_eq!(
            factor(r, Factor::Capacity).explanation,
            "2 of 3 mentoring places free"
        );
        assert_eq!(r.factors.len(), 7);
        assert!((0.0..=100.0).contains(&r.total));
    }

    #[test]
    fn a_lower_is_better_kpi_that_rose_is_not_a_result() {
        let mut m = mentor(1, &["nrw"]);
        m.kpi_history = vec![(
            Kpi::NonRevenueWater,
            vec![point(2019, 17.0), point(2023, 38.0)],
        )];
        let ranked = MentorIndex::new(&[m]).rank(&need(1, 99, "nrw"), &Weights::default(), 5);
        let proven = factor(&ranked[0], Factor::ProvenResults);
        assert_eq!(proven.score, 0.0);
        assert!(
            proven.explanation.starts_with(
                "Non-revenue water rose from 17 % to 38 % in 2019–2023 (no improvement)"
            ),
            "{}",
            proven.explanation
        );
        // A higher-is-better KPI that rose is a result.
        let mut m = mentor(1, &["water_quality"]);
        m.kpi_history = vec![(
            Kpi::WaterQualityCompliance,
            vec![point(2019, 80.0), point(2023, 95.0)],
        )];
        let ranked =
            MentorIndex::new(&[m]).rank(&need(1, 99, "water_quality"), &Weights::default(), 5);
        assert_eq!(factor(&ranked[0], Factor::ProvenResults).score, 1.0);
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

    #[test]
    fn a_mentor_much_better_where_the_recipient_is_weak_scores_a_high_gap() {
        let with_nrw = |id: i32, nrw: f64| {
            let mut m = mentor(id, &["nrw"]);
            m.kpi_history = vec![(Kpi::NonRevenueWater, vec![point(2023, nrw)])];
            m
        };
        let index = MentorIndex::new(&[with_nrw(1, 40.0), with_nrw(2, 12.0), with_nrw(3, 50.0)]);
        let mut n = need(1, 99, "nrw");
        n.latest_kpis = vec![
            (Kpi::NonRevenueWater, point(2020, 20.0)),
            (Kpi::NonRevenueWater, point(2024, 45.0)), // the latest one counts
        ];
        let weights = Weights {
            kpi_gap: 10.0,
            ..Weights::default()
        };
        let ranked = index.rank(&n, &weights, 10);
        assert_eq!(ids(&ranked), vec![2, 1, 3]);
        assert!(factor(&ranked[0], Factor::KpiGap).score > 0.7);
        assert_eq!(factor(&ranked[2], Factor::KpiGap).score, 0.0);
        // One value is no trend.
        assert!(factor(&ranked[0], Factor::ProvenResults)
            .explanation
            .starts_with("Only one value of non-revenue water recorded (12 % in 2023)"));
    }

    #[test]
    fn a_topic_with_two_kpis_compares_each_and_averages_what_both_recorded() {
        let mut m = mentor(1, &["tariffs_finance"]);
        m.kpi_history = vec![
            (Kpi::OperatingCostCoverage, vec![point(2024, 1.3)]),
            (Kpi::CollectionEfficiency, vec![point(2024, 95.0)]),
        ];
        let mut n = need(1, 99, "tariffs_finance");
        n.latest_kpis = vec![(Kpi::OperatingCostCoverage, point(2024, 0.52))];
        let ranked = MentorIndex::new(&[m]).rank(&n, &Weights::default(), 1);
        let gap = factor(&ranked[0], Factor::KpiGap);
        assert_eq!(
            gap.explanation,
            "Your operating cost coverage is 0.52; theirs is 1.3. \
             Your collection efficiency is not recorded; theirs is 95 %"
        );
        // Only operating cost coverage counts: (1.3 - 0.52) / 1.3.
        assert!((gap.score - 0.6).abs() < 1e-9, "{}", gap.score);
    }

    #[test]
    fn missing_data_is_said_and_scored_as_chosen() {
        let mut m = mentor(1, &["nrw"]);
        m.languages.clear();
        m.country = String::new();
        let mut n = need(1, 99, "nrw");
        n.population_served = Some(10_000);
        let ranked = MentorIndex::new(&[m]).rank(&n, &Weights::default(), 5);
        let r = &ranked[0];
        let proven = factor(r, Factor::ProvenResults);
        assert_eq!(proven.score, 0.0);
        assert!(proven
            .explanation
            .starts_with("No KPI history recorded for this topic"));
        assert!(proven
            .explanation
            .ends_with("No completed partnerships on this topic yet"));
        let gap = factor(r, Factor::KpiGap);
        assert_eq!(gap.score, NEUTRAL);
        assert_eq!(
            gap.explanation,
            "Neither of you has recorded non-revenue water"
        );
        let language = factor(r, Factor::Language);
        assert_eq!(language.score, NEUTRAL);
        assert_eq!(
            language.explanation,
            "Their working languages are not recorded"
        );
        let proximity = factor(r, Factor::Proximity);
        assert_eq!(proximity.score, NEUTRAL);
        assert_eq!(proximity.explanation, "Their country is not recorded");
        let scale = factor(r, Factor::Scale);
        assert_eq!(scale.score, NEUTRAL);
        assert_eq!(scale.explanation, "Their population served is not recorded");
    }

    #[test]
    fn closer_and_similar_mentors_score_higher() {
        let place = |id: i32, country: &str, location: (f64, f64), population: i64| {
            let mut m = mentor(id, &["nrw"]);
            m.country = country.to_owned();
            m.location = Some(location);
            m.population_served = Some(population);
            m
        };
        let index = MentorIndex::new(&[
            place(1, "Japan", (35.68, 139.69), 13_000_000),
            place(2, "Philippines", (14.60, 120.98), 2_000_000),
            place(3, "Indonesia", (-6.91, 107.61), 1_000_000),
        ]);
        let mut n = need(1, 99, "nrw");
        n.country = "indonesia".to_owned();
        n.location = Some((-6.21, 106.85)); // Jakarta
        n.population_served = Some(900_000);
        let weights = Weights {
            proximity: 10.0,
            ..Weights::default()
        };
        let ranked = index.rank(&n, &weights, 10);
        assert_eq!(ids(&ranked), vec![3, 2, 1]);
        let text = |i: usize| factor(&ranked[i], Factor::Proximity).explanation.clone();
        assert!(
            text(0).starts_with("Same country (Indonesia), 1"),
            "{}",
            text(0)
        );
        assert!(
            text(1).starts_with("Same region (South-East Asia), 2,"),
            "{}",
            text(1)
        );
        assert!(
            text(2).starts_with("Different region (Japan, East Asia), 5,"),
            "{}",
            text(2)
        );
        let scale = |i: usize| factor(&ranked[i], Factor::Scale).score;
        assert!(scale(0) > scale(1) && scale(1) > scale(2));
        assert!(scale(0) > 0.95);
    }

    #[test]
    fn a_full_mentor_scores_no_capacity() {
        let mut full = mentor(1, &["nrw"]);
        full.capacity = 3;
        full.active_partnerships = 3;
        let mut free = mentor(2, &["nrw"]);
        free.capacity = 1;
        let ranked =
            MentorIndex::new(&[full, free]).rank(&need(1, 99, "nrw"), &Weights::default(), 5);
        assert_eq!(ids(&ranked), vec![2, 1]);
        let full = factor(&ranked[1], Factor::Capacity);
        assert_eq!(full.score, 0.0);
        assert_eq!(full.explanation, "No mentoring place free (3 of 3 taken)");
        assert_eq!(factor(&ranked[0], Factor::Capacity).score, 1.0);
        assert_eq!(
            factor(&ranked[0], Factor::Capacity).explanation,
            "1 of 1 mentoring place free"
        );
    }

    #[test]
    fn ties_go_to_the_lower_organization_id_and_ranking_is_repeatable() {
        let profiles: Vec<MentorProfile> = [5, 3, 9, 1, 7].map(|id| mentor(id, &["nrw"])).into();
        let index = MentorIndex::new(&profiles);
        let n = need(1, 99, "nrw");
        let all = index.rank(&n, &Weights::default(), 10);
        assert_eq!(ids(&all), vec![1, 3, 5, 7, 9]);
        assert_eq!(ids(&index.rank(&n, &Weights::default(), 2)), vec![1, 3]);
        assert_eq!(index.rank(&n, &Weights::default(), 10), all);
    }

    #[test]
    fn the_top_few_are_the_head_of_the_full_ranking() {
        // Varied mentors from a small LCG, so the partial selection has real work to do.
        let mut seed: u64 = 42;
        let mut next = move |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        let profiles: Vec<MentorProfile> = (0..200)
            .map(|id| {
                let mut m = mentor(id, &["nrw"]);
                m.kpi_history = vec![(
                    Kpi::NonRevenueWater,
                    vec![
                        point(2018, 20.0 + next(40) as f64),
                        point(2023, 10.0 + next(40) as f64),
                    ],
                )];
                m.population_served = Some(10_000 + next(5_000_000) as i64);
                m.capacity = next(4) as u32;
                m
            })
            .collect();
        let index = MentorIndex::new(&profiles);
        let mut n = need(1, 1_000, "nrw");
        n.population_served = Some(300_000);
        n.latest_kpis = vec![(Kpi::NonRevenueWater, point(2024, 35.0))];
        let all = index.rank(&n, &Weights::default(), usize::MAX);
        assert_eq!(all.len(), 200);
        assert!(all.windows(2).all(|w| w[0].total > w[1].total
            || (w[0].total == w[1].total && w[0].organization_id < w[1].organization_id)));
        let top = index.rank(&n, &Weights::default(), 10);
        assert_eq!(top, all[..10].to_vec());
        assert!(all.iter().all(|r| (0.0..=100.0).contains(&r.total)));
    }

    #[test]
    fn the_total_is_the_weighted_mean_of_the_factors() {
        let index = MentorIndex::new(&[mentor(1, &["nrw"])]);
        let weights = Weights {
            topic_fit: 1.0,
            proven_results: 0.0,
            kpi_gap: 0.0,
            language: 1.0,
            proximity: 0.0,
            scale: 0.0,
            capacity: 2.0,
        };
        let r = &index.rank(&need(1, 99, "nrw"), &weights, 1)[0];
        // topic 1, language 1, capacity 1 (2 of 2 free): all weighted factors are 1.
        assert!((r.total - 100.0).abs() < 1e-9, "{}", r.total);
        let weighted: f64 = r.factors.iter().map(|f| f.score * f.weight).sum();
        let weight: f64 = r.factors.iter().map(|f| f.weight).sum();
        assert!((r.total - 100.0 * weighted / weight).abs() < 1e-9);
    }

    #[test]
    fn weights_parse_from_a_form() {
        let parsed = Weights::parse(&[
            ("topic_fit", "5"),
            ("language", " 0 "),
            ("scale", "2.5"),
            ("other", "ignored"),
        ]);
        assert_eq!(
            parsed,
            Ok(Weights {
                topic_fit: 5.0,
                language: 0.0,
                scale: 2.5,
                ..Weights::default()
            })
        );
        assert_eq!(Weights::parse(&[]), Ok(Weights::default()));
    }

    #[test]
    fn each_bad_weight_gets_its_own_message() {
        let errors = Weights::parse(&[
            ("topic_fit", "-1"),
            ("proven_results", "11"),
            ("kpi_gap", "lots"),
            ("language", ""),
            ("proximity", "NaN"),
            ("scale", "10"),
        ])
        .unwrap_err();
        assert!(errors.for_field("topic_fit").unwrap().contains("negative"));
        assert!(errors
            .for_field("proven_results")
            .unwrap()
            .contains("at most 10"));
        assert!(errors.for_field("kpi_gap").unwrap().contains("number"));
        assert!(errors.for_field("language").unwrap().contains("Enter"));
        assert!(errors.for_field("proximity").unwrap().contains("number"));
        assert_eq!(errors.for_field("scale"), None);
        assert_eq!(errors.for_field("capacity"), None);

        let zeros: Vec<(&str, &str)> = Weights::FIELDS.iter().map(|(f, _)| (*f, "0")).collect();
        let errors = Weights::parse(&zeros).unwrap_err();
        assert_eq!(errors.0.len(), 1);
        assert!(errors
            .for_field("topic_fit")
            .unwrap()
            .contains("at least one"));
    }
}
