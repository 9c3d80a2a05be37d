//! Plausible profile details for demo utilities: KPI histories, topics, languages and a contact.
//! Deterministic (derived from the name), so every demo site looks the same. All invented.

use super::{Kpi, TopicDirection};
use chrono::NaiveDate;

/// A small deterministic generator (SplitMix64), seeded from a name.
pub struct Dice(u64);

impl Dice {
    pub fn for_name(name: &str) -> Dice {
        // FNV-1a of the name.
        let seed = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
        Dice(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `low..high`.
    pub fn between(&mut self, low: f64, high: f64) -> f64 {
        low + (self.next() % 10_000) as f64 / 10_000.0 * (high - low)
    }

    pub fn pick(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Yearly values (dated 31 December) from `first_year` to 2025, moving from a start value
/// toward a better one, with some noise, clamped to the KPI's valid range.
pub fn history(kpi: Kpi, dice: &mut Dice, first_year: i32) -> Vec<(NaiveDate, f64)> {
    let (start, yearly_change, low, high, decimals) = match kpi {
        Kpi::WaterCoverage => (
            dice.between(60.0, 92.0),
            dice.between(0.5, 2.5),
            0.0,
            100.0,
            1,
        ),
        Kpi::SanitationCoverage => (
            dice.between(10.0, 55.0),
            dice.between(0.8, 3.0),
            0.0,
            100.0,
            1,
        ),
        Kpi::NonRevenueWater => (
            dice.between(25.0, 55.0),
            -dice.between(0.8, 3.5),
            4.0,
            100.0,
            1,
        ),
        Kpi::ContinuityOfSupply => (
            dice.between(8.0, 20.0),
            dice.between(0.3, 1.5),
            0.0,
            24.0,
            1,
        ),
        Kpi::WaterQualityCompliance => (
            dice.between(85.0, 97.0),
            dice.between(0.2, 0.8),
            0.0,
            100.0,
            1,
        ),
        Kpi::CollectionEfficiency => (
            dice.between(70.0, 92.0),
            dice.between(0.5, 1.5),
            0.0,
            100.0,
            1,
        ),
        Kpi::OperatingCostCoverage => (
            dice.between(0.7, 1.2),
            dice.between(0.01, 0.05),
            0.0,
            3.0,
            2,
        ),
        Kpi::MeteringLevel => (
            dice.between(55.0, 95.0),
            dice.between(0.5, 2.0),
            0.0,
            100.0,
            1,
        ),
        Kpi::StaffPer1000Connections => (
            dice.between(4.0, 12.0),
            -dice.between(0.1, 0.5),
            1.0,
            50.0,
            1,
        ),
        Kpi::EnergyIntensity => (
            dice.between(0.3, 0.9),
            -dice.between(0.005, 0.02),
            0.1,
            5.0,
            2,
        ),
        Kpi::PeopleWithNewAccess => (
            dice.between(2_000.0, 40_000.0),
            dice.between(500.0, 4_000.0),
            0.0,
            1e9,
            0,
        ),
    };
    let factor = 10f64.powi(decimals);
    (first_year..=2025)
        .enumerate()
        .filter_map(|(i, year)| {
            let noise = dice.between(-0.5, 0.5) * yearly_change.abs();
            let raw = (start + yearly_change * i as f64 + noise).clamp(low, high);
            let value = (raw * factor).round() / factor;
            NaiveDate::from_ymd_opt(year, 12, 31).map(|d| (d, value))
        })
        .collect()
}

/// The KPIs a demo utility reports: the headline four, plus a few more.
pub fn reported_kpis(dice: &mut Dice) -> Vec<Kpi> {
    let mut kpis = vec![
        Kpi::NonRevenueWater,
        Kpi::WaterCoverage,
        Kpi::ContinuityOfSupply,
        Kpi::CollectionEfficiency,
    ];
    for extra in [
        Kpi::SanitationCoverage,
        Kpi::WaterQualityCompliance,
        Kpi::OperatingCostCoverage,
        Kpi::MeteringLevel,
        Kpi::StaffPer1000Connections,
        Kpi::EnergyIntensity,
        Kpi::PeopleWithNewAccess,
    ] {
        if dice.pick(2) == 0 {
            kpis.push(extra);
        }
    }
    kpis
}

/// A tested solution a mentor could describe for a topic code.
pub fn solution_for(topic: &str) -> &'static str {
    match topic {
        "nrw" => "District metered areas with pressure management and active leak detection; NRW fell by a third in five years.",
        "water_quality" => "A water safety plan covering catchment to tap, with an accredited laboratory and online chlorine monitoring.",
        "sanitation_fsm" => "Scheduled desludging of septic tanks billed with the water tariff, with a septage treatment plant.",
        "wastewater" => "Upgrading of activated-sludge plants and operator training that doubled the treated volume.",
        "customer_service" => "One-stop customer centres, a hotline and SMS notices for interruptions.",
        "billing" => "Mobile meter reading with on-the-spot billing and payment through banks and e-wallets.",
        "tariffs_finance" => "A tariff review with lifeline blocks that restored full cost recovery without hurting poor households.",
        "energy" => "Pump scheduling and variable-speed drives that cut energy use per cubic metre by a fifth.",
        "asset_management" => "A risk-based asset register and renewal plan tied to the capital budget.",
        "gis_modelling" => "A GIS of the whole network linked to a calibrated hydraulic model used for planning.",
        "digital" => "SCADA for production and smart meters for large customers, with alarms to field teams.",
        "governance" => "A performance contract between the utility and the city, with published annual results.",
        "climate" => "Flood-proofed treatment plants and a drought contingency plan tested every year.",
        "hr_training" => "An in-house training centre with certified courses for operators and technicians.",
        "urban_poor" => "Community-managed connections and instalment plans that reached informal settlements.",
        _ => "A tested approach, documented with its results.",
    }
}

pub const TOPIC_CODES: [&str; 15] = [
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

/// Topics a demo utility offers and needs (never both for one topic).
pub fn topics(dice: &mut Dice, large: bool) -> Vec<(&'static str, TopicDirection)> {
    let mut chosen: Vec<(&'static str, TopicDirection)> = Vec::new();
    let offers = if large { 2 } else { 1 };
    let needs = if large { 1 } else { 2 };
    for (count, direction) in [
        (offers, TopicDirection::Offer),
        (needs, TopicDirection::Need),
    ] {
        let mut added = 0;
        while added < count {
            let code = TOPIC_CODES[dice.pick(TOPIC_CODES.len())];
            if chosen.iter().all(|(c, _)| *c != code) {
                chosen.push((code, direction));
                added += 1;
            }
        }
    }
    chosen
}

/// Working languages by country, English being the network's common language.
pub fn languages(country: &str) -> &'static str {
    match country {
        "Philippines" => "English, Filipino",
        "Cambodia" => "Khmer, English",
        "Indonesia" => "Bahasa Indonesia, English",
        "Viet Nam" => "Vietnamese, English",
        "Lao PDR" => "Lao, English",
        "Thailand" => "Thai, English",
        "Malaysia" => "Malay, English",
        "Myanmar" => "Burmese, English",
        "Bangladesh" => "Bengali, English",
        "Nepal" => "Nepali, English",
        "Sri Lanka" => "Sinhala, Tamil, English",
        "India" => "Hindi, English",
        "Pakistan" => "Urdu, English",
        "Mongolia" => "Mongolian, English",
        "Bhutan" => "Dzongkha, English",
        "Maldives" => "Dhivehi, English",
        "Timor-Leste" => "Tetum, Portuguese, English",
        "Samoa" => "Samoan, English",
        "Tonga" => "Tongan, English",
        "Japan" => "Japanese, English",
        _ => "English",
    }
}

/// `Manila Water Company` → `manila-water-company`, for an invented email domain.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_generated_value_is_valid_for_its_kpi() {
        for name in [
            "Manila Water Company",
            "Solomon Water",
            "PAM Jaya",
            "Tonga Water Board",
        ] {
            let mut dice = Dice::for_name(name);
            for kpi in Kpi::ALL {
                let values = history(kpi, &mut dice, 2018);
                assert_eq!(values.len(), 8);
                for (_, v) in values {
                    assert!(
                        kpi.problem(v, crate::i18n::Lang::En).is_ok(),
                        "{name}: {kpi:?} = {v}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_same_name_gives_the_same_history() {
        let a = history(
            Kpi::NonRevenueWater,
            &mut Dice::for_name("Hue Water Supply JSC"),
            2019,
        );
        let b = history(
            Kpi::NonRevenueWater,
            &mut Dice::for_name("Hue Water Supply JSC"),
            2019,
        );
        assert_eq!(a, b);
        // NRW improves (falls) over the years.
        assert!(a.last().unwrap().1 < a.first().unwrap().1);
    }

    #[test]
    fn a_topic_is_never_both_offered_and_needed() {
        let mut dice = Dice::for_name("Davao City Water District");
        let chosen = topics(&mut dice, true);
        assert_eq!(chosen.len(), 3);
        let mut codes: Vec<_> = chosen.iter().map(|c| c.0).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 3);
    }

    #[test]
    fn slugs_make_plausible_domains() {
        assert_eq!(
            slug("Male' Water and Sewerage Company"),
            "male-water-and-sewerage-company"
        );
    }
}
