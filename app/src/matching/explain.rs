//! The explanations: one sentence per factor for a mentor that is shown.

use super::profile::MentorProfile;
use super::region::canonical_country;
use super::score::{improvement, key, relation, slot, Indexed, NeedContext, Relation};
use crate::partners::{group_thousands, Kpi};
use chrono::{Datelike, NaiveDate};
use std::cmp::Ordering;

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

pub(super) fn explain_proven(c: &NeedContext, m: &Indexed, p: &MentorProfile) -> String {
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

pub(super) fn explain_gap(c: &NeedContext, m: &Indexed) -> String {
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

pub(super) fn explain_language(c: &NeedContext, p: &MentorProfile) -> String {
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

pub(super) fn explain_proximity(c: &NeedContext, m: &Indexed, p: &MentorProfile) -> String {
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

pub(super) fn explain_scale(c: &NeedContext, p: &MentorProfile) -> String {
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

pub(super) fn explain_capacity(m: &Indexed) -> String {
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

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::super::score::NEUTRAL;
    use super::super::{Factor, MentorIndex, PastPartnership, Weights};
    use super::*;

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
}
