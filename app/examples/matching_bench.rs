//! Matching benchmark on synthetic data: 10,000 utilities and 1,000 needs. Times building the
//! mentor index, ranking the mentors for one need (200 different needs, top 10) and assigning all
//! 1,000 needs network-wide, then checks that no mentor was given more needs than free places.
//!
//!   cargo run --release -p app --example matching_bench

use app::matching::{
    assign, topic_kpis, KpiPoint, MentorIndex, MentorProfile, NeedProfile, PastPartnership, Weights,
};
use app::partners::{Kpi, Measure};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::hint::black_box;
use std::time::{Duration, Instant};

const UTILITIES: usize = 10_000;
const NEEDS: usize = 1_000;
const RANKED_NEEDS: usize = 200;

/// Knuth's MMIX LCG: no dependency, and the same data on every run.
struct Lcg(u64);

impl Lcg {
    fn next_u32(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 32) as u32
    }

    /// 0..n
    fn below(&mut self, n: usize) -> usize {
        (self.next_u32() as usize) % n.max(1)
    }

    /// lo..hi, uniform
    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * (self.next_u32() as f64 / u32::MAX as f64)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Country, approximate centre (lat, lon), its main working language.
const COUNTRIES: [(&str, (f64, f64), &str); 34] = [
    ("Viet Nam", (16.0, 106.0), "Vietnamese"),
    ("Philippines", (12.5, 122.5), "Filipino"),
    ("Indonesia", (-2.5, 118.0), "Bahasa Indonesia"),
    ("Thailand", (15.0, 101.0), "Thai"),
    ("Cambodia", (12.5, 105.0), "Khmer"),
    ("Lao PDR", (18.0, 103.0), "Lao"),
    ("Malaysia", (3.5, 102.0), "Malay"),
    ("Myanmar", (20.0, 96.0), "Burmese"),
    ("Timor-Leste", (-8.8, 125.8), "Tetum"),
    ("India", (22.0, 79.0), "Hindi"),
    ("Bangladesh", (23.7, 90.3), "Bengali"),
    ("Nepal", (28.2, 84.0), "Nepali"),
    ("Sri Lanka", (7.8, 80.7), "Sinhala"),
    ("Pakistan", (30.0, 70.0), "Urdu"),
    ("Bhutan", (27.4, 90.4), "Dzongkha"),
    ("Maldives", (3.2, 73.2), "Dhivehi"),
    ("China", (34.0, 108.0), "Chinese"),
    ("Mongolia", (47.0, 104.0), "Mongolian"),
    ("Japan", (36.0, 138.0), "Japanese"),
    ("Republic of Korea", (36.5, 127.8), "Korean"),
    ("Fiji", (-17.8, 178.0), "Fijian"),
    ("Papua New Guinea", (-6.3, 145.0), "Tok Pisin"),
    ("Samoa", (-13.8, -172.1), "Samoan"),
    ("Solomon Islands", (-9.4, 160.0), "Pijin"),
    ("Vanuatu", (-16.0, 167.0), "Bislama"),
    ("Tonga", (-21.2, -175.2), "Tongan"),
    ("Kiribati", (1.9, -157.4), "Gilbertese"),
    ("Australia", (-27.0, 134.0), "English"),
    ("New Zealand", (-41.0, 174.0), "English"),
    ("Kazakhstan", (48.0, 67.0), "Kazakh"),
    ("Uzbekistan", (41.4, 64.6), "Uzbek"),
    ("Kyrgyz Republic", (41.2, 74.8), "Kyrgyz"),
    ("Tajikistan", (38.9, 71.3), "Tajik"),
    ("Afghanistan", (33.9, 67.7), "Dari"),
];

const TOPICS: [&str; 15] = [
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
];

const SECOND_LANGUAGES: [&str; 5] = ["English", "French", "Russian", "Chinese", "Japanese"];

fn year_end(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or_default()
}

/// A plausible value for a utility, and its valid bounds.
fn kpi_range(kpi: Kpi) -> (f64, f64) {
    match kpi {
        Kpi::WaterCoverage => (40.0, 100.0),
        Kpi::SanitationCoverage => (10.0, 90.0),
        Kpi::NonRevenueWater => (8.0, 60.0),
        Kpi::ContinuityOfSupply => (6.0, 24.0),
        Kpi::WaterQualityCompliance => (70.0, 100.0),
        Kpi::CollectionEfficiency => (60.0, 100.0),
        Kpi::OperatingCostCoverage => (0.5, 1.8),
        Kpi::MeteringLevel => (30.0, 100.0),
        Kpi::StaffPer1000Connections => (2.0, 15.0),
        Kpi::EnergyIntensity => (0.2, 1.2),
        Kpi::PeopleWithNewAccess => (0.0, 200_000.0),
    }
}

fn clamp_to_kpi(kpi: Kpi, value: f64) -> f64 {
    match kpi.measure() {
        Measure::Percent => value.clamp(0.0, 100.0),
        Measure::HoursPerDay => value.clamp(0.0, 24.0),
        Measure::People => value.max(0.0).round(),
        Measure::NonNegative => value.max(0.0),
    }
}

/// 3–6 yearly values ending in 2024, drifting up or down by up to 8 % a year.
fn history(rng: &mut Lcg, kpi: Kpi) -> Vec<KpiPoint> {
    let (lo, hi) = kpi_range(kpi);
    let points = 3 + rng.below(4);
    let drift = rng.range(-0.08, 0.08);
    let mut value = rng.range(lo, hi);
    (0..points)
        .map(|i| {
            let point = KpiPoint {
                date: year_end(2024 - (points - 1 - i) as i32),
                value: clamp_to_kpi(kpi, value),
            };
            value *= 1.0 + drift + rng.range(-0.02, 0.02);
            point
        })
        .collect()
}

struct Place {
    country: &'static str,
    location: (f64, f64),
    language: &'static str,
}

fn place(rng: &mut Lcg) -> Place {
    let (country, (lat, lon), language) = *rng.pick(&COUNTRIES);
    Place {
        country,
        location: (lat + rng.range(-3.0, 3.0), lon + rng.range(-3.0, 3.0)),
        language,
    }
}

/// 20,000 to 10 million, log-uniform: many towns, few megacities.
fn population(rng: &mut Lcg) -> i64 {
    rng.range(20_000f64.ln(), 10_000_000f64.ln()).exp().round() as i64
}

fn languages(rng: &mut Lcg, local: &str) -> Vec<String> {
    let mut list = vec![local.to_owned()];
    for _ in 0..rng.below(3) {
        let extra = (*rng.pick(&SECOND_LANGUAGES)).to_owned();
        if !list.contains(&extra) {
            list.push(extra);
        }
    }
    list
}

fn utility(rng: &mut Lcg, id: i32) -> MentorProfile {
    let at = place(rng);
    let mut offered: Vec<String> = Vec::new();
    for _ in 0..1 + rng.below(4) {
        let topic = (*rng.pick(&TOPICS)).to_owned();
        if !offered.contains(&topic) {
            offered.push(topic);
        }
    }
    let mut kpis: Vec<Kpi> = offered
        .iter()
        .flat_map(|t| topic_kpis(t))
        .copied()
        .collect();
    kpis.sort();
    kpis.dedup();
    let kpi_history = kpis.into_iter().map(|k| (k, history(rng, k))).collect();
    let past_partnerships = (0..rng.below(4))
        .map(|i| {
            let topic = offered[rng.below(offered.len())].clone();
            let kpi = topic_kpis(&topic).first().copied();
            let baseline = kpi.map(|k| rng.range(kpi_range(k).0, kpi_range(k).1));
            PastPartnership {
                topic_code: topic,
                recipient_name: format!("Water District {id}-{i}"),
                kpi,
                baseline,
                latest: baseline.map(|b| b * rng.range(0.7, 1.2)),
                completed: rng.below(3) > 0,
            }
        })
        .collect();
    let capacity = 1 + rng.below(3) as u32;
    MentorProfile {
        organization_id: id,
        name: format!("Utility {id}"),
        country: at.country.to_owned(),
        location: Some(at.location),
        population_served: Some(population(rng)),
        languages: languages(rng, at.language),
        offered_topics: offered,
        kpi_history,
        past_partnerships,
        capacity,
        active_partnerships: rng.below(capacity as usize + 1) as u32,
    }
}

fn need(rng: &mut Lcg, need_id: i32, utilities: &[MentorProfile]) -> NeedProfile {
    let from = &utilities[rng.below(utilities.len())];
    let topic = *rng.pick(&TOPICS);
    let latest_kpis = topic_kpis(topic)
        .iter()
        .map(|k| {
            let (lo, hi) = kpi_range(*k);
            (
                *k,
                KpiPoint {
                    date: year_end(2024),
                    value: clamp_to_kpi(*k, rng.range(lo, hi)),
                },
            )
        })
        .collect();
    NeedProfile {
        need_id,
        organization_id: from.organization_id,
        organization_name: from.name.clone(),
        topic_code: topic.to_owned(),
        languages: from.languages.clone(),
        country: from.country.clone(),
        location: from.location,
        population_served: from.population_served,
        latest_kpis,
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The value at quantile `q` of sorted durations (nearest rank).
fn quantile(sorted: &[Duration], q: f64) -> Duration {
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len().max(1));
    sorted.get(rank - 1).copied().unwrap_or_default()
}

fn main() {
    let mut rng = Lcg(2024);
    let utilities: Vec<MentorProfile> = (1..=UTILITIES as i32)
        .map(|id| utility(&mut rng, id))
        .collect();
    let needs: Vec<NeedProfile> = (1..=NEEDS as i32)
        .map(|id| need(&mut rng, id, &utilities))
        .collect();
    let weights = Weights::default();
    println!(
        "Matching benchmark: {} utilities, {} needs, {} cores",
        UTILITIES,
        NEEDS,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );

    let started = Instant::now();
    let index = MentorIndex::new(&utilities);
    let built = started.elapsed();
    println!(
        "build the index of {} utilities: {:.1} ms",
        index.len(),
        ms(built)
    );

    // Warm-up, then each of 200 different needs once.
    for n in needs.iter().take(20) {
        black_box(index.rank(n, &weights, 10));
    }
    let mut times: Vec<Duration> = needs
        .iter()
        .take(RANKED_NEEDS)
        .map(|n| {
            let started = Instant::now();
            black_box(index.rank(black_box(n), &weights, 10));
            started.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "rank one need among {} utilities: median {:.2} ms, p95 {:.2} ms (target < 20 ms; {} needs, top 10)",
        UTILITIES,
        ms(quantile(&times, 0.5)),
        ms(quantile(&times, 0.95)),
        RANKED_NEEDS
    );

    let started = Instant::now();
    let assignment = assign(&index, &needs, &weights);
    let assigned = started.elapsed();
    println!(
        "assign {} needs: {:.0} ms (target < 2 s)",
        NEEDS,
        ms(assigned)
    );

    let spare: HashMap<i32, u32> = utilities
        .iter()
        .map(|u| {
            (
                u.organization_id,
                u.capacity.saturating_sub(u.active_partnerships),
            )
        })
        .collect();
    let mut load: HashMap<i32, u32> = HashMap::new();
    for p in &assignment.proposals {
        *load.entry(p.mentor.organization_id).or_insert(0) += 1;
    }
    let over = load
        .iter()
        .filter(|(id, n)| **n > spare.get(id).copied().unwrap_or(0))
        .count();
    let own = assignment
        .proposals
        .iter()
        .filter(|p| {
            needs
                .iter()
                .find(|n| n.need_id == p.need_id)
                .is_some_and(|n| n.organization_id == p.mentor.organization_id)
        })
        .count();
    println!(
        "  matched {} of {} needs ({} unmatched); mentors over capacity: {}; matched to their own organization: {}",
        assignment.proposals.len(),
        NEEDS,
        assignment.unmatched.len(),
        over,
        own
    );

    if let Some(first) = needs.first() {
        if let Some(best) = index.rank(first, &weights, 1).first() {
            println!(
                "Example: need {} ({}, {}) → {} ({:.0}/100)",
                first.need_id, first.topic_code, first.country, best.name, best.total
            );
            for f in &best.factors {
                println!(
                    "  {:<15} {:.2} × {}  {}",
                    f.factor.label(),
                    f.score,
                    f.weight,
                    f.explanation
                );
            }
        }
    }

    if over > 0 || own > 0 {
        eprintln!(
            "FAILED: the assignment broke a capacity or matched a need to its own organization"
        );
        std::process::exit(1);
    }
}
