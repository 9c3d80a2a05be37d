//! The explanations: one sentence per factor for a mentor that is shown, in the language of the
//! need's context (the request's). Each sentence is one message with arguments, so that a
//! translation can put the words in its own order.

use super::profile::MentorProfile;
use super::region::canonical_country;
use super::score::{improvement, key, relation, slot, Indexed, NeedContext, Relation};
use crate::i18n::format::{decimal, integer};
use crate::i18n::Lang;
use crate::partners::Kpi;
use crate::t;
use chrono::{Datelike, NaiveDate};
use std::cmp::Ordering;

/// "non-revenue water", for use inside a sentence (scripts without case are left as they are).
fn lower_label(kpi: Kpi, lang: Lang) -> String {
    kpi.name(lang).to_lowercase()
}

/// A value with the unit people expect to see next to it.
fn show(kpi: Kpi, value: f64, lang: Lang) -> String {
    match kpi {
        Kpi::EnergyIntensity => t!(
            lang,
            "matching-value-energy",
            value = kpi.display(value, lang)
        ),
        Kpi::PeopleWithNewAccess => t!(
            lang,
            "matching-value-people",
            value = kpi.display(value, lang)
        ),
        _ => kpi.display(value, lang),
    }
}

/// "in 2023", "in 2019–2023"
fn years(from: NaiveDate, to: NaiveDate, lang: Lang) -> String {
    // Years are written without grouping in every language ("2023", not "2.023").
    if from.year() == to.year() {
        t!(lang, "matching-in-year", year = to.year().to_string())
    } else {
        t!(
            lang,
            "matching-in-years",
            from = from.year().to_string(),
            to = to.year().to_string()
        )
    }
}

/// "Non-revenue water fell from 38 % to 17 %"
fn change(kpi: Kpi, from: f64, to: f64, lang: Lang) -> String {
    let name = kpi.name(lang);
    match to.partial_cmp(&from) {
        Some(Ordering::Less) => t!(
            lang,
            "matching-kpi-fell",
            kpi = name,
            from = show(kpi, from, lang),
            to = show(kpi, to, lang)
        ),
        Some(Ordering::Greater) => t!(
            lang,
            "matching-kpi-rose",
            kpi = name,
            from = show(kpi, from, lang),
            to = show(kpi, to, lang)
        ),
        _ => t!(
            lang,
            "matching-kpi-stayed",
            kpi = name,
            value = show(kpi, to, lang)
        ),
    }
}

pub(super) fn explain_proven(c: &NeedContext, m: &Indexed, p: &MentorProfile) -> String {
    let lang = c.lang;
    let mut parts: Vec<String> = Vec::new();
    if c.kpis.is_empty() {
        parts.push(t!(lang, "matching-explain-no-kpis"));
    } else {
        for kpi in c.kpis {
            match m.series[slot(*kpi)] {
                Some(s) if s.is_trend() => {
                    let change = change(*kpi, s.first.value, s.latest.value, lang);
                    let period = years(s.first.date, s.latest.date, lang);
                    parts.push(if improvement(*kpi, s.first.value, s.latest.value) <= 0.0 {
                        t!(
                            lang,
                            "matching-explain-trend-no-gain",
                            change = change,
                            period = period
                        )
                    } else {
                        t!(
                            lang,
                            "matching-explain-trend",
                            change = change,
                            period = period
                        )
                    });
                }
                Some(s) => parts.push(t!(
                    lang,
                    "matching-explain-single-value",
                    kpi = lower_label(*kpi, lang),
                    value = show(*kpi, s.latest.value, lang),
                    year = s.latest.date.year().to_string()
                )),
                None => {}
            }
        }
        if parts.is_empty() {
            parts.push(t!(lang, "matching-explain-no-history"));
        }
    }
    let topic = key(&c.need.topic_code);
    let on_topic = || {
        p.past_partnerships
            .iter()
            .filter(|pp| pp.completed && key(&pp.topic_code) == topic)
    };
    let completed = on_topic().count();
    let mut shared = t!(lang, "matching-explain-completed", count = completed);
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
        shared = t!(
            lang,
            "matching-explain-completed-example",
            completed = shared,
            recipient = pp.recipient_name.trim(),
            change = change(kpi, from, to, lang)
        );
    }
    parts.push(shared);
    parts.join(&t!(lang, "matching-sentence-separator"))
}

pub(super) fn explain_gap(c: &NeedContext, m: &Indexed) -> String {
    let lang = c.lang;
    if c.kpis.is_empty() {
        return t!(lang, "matching-explain-no-kpis");
    }
    let parts: Vec<String> = c
        .kpis
        .iter()
        .map(|kpi| {
            let label = lower_label(*kpi, lang);
            match (c.latest[slot(*kpi)], m.series[slot(*kpi)]) {
                (Some(r), Some(s)) => t!(
                    lang,
                    "matching-explain-gap",
                    kpi = label,
                    yours = show(*kpi, r.value, lang),
                    theirs = show(*kpi, s.latest.value, lang)
                ),
                (Some(r), None) => t!(
                    lang,
                    "matching-explain-gap-theirs-missing",
                    kpi = label,
                    yours = show(*kpi, r.value, lang)
                ),
                (None, Some(s)) => t!(
                    lang,
                    "matching-explain-gap-yours-missing",
                    kpi = label,
                    theirs = show(*kpi, s.latest.value, lang)
                ),
                (None, None) => t!(lang, "matching-explain-gap-neither", kpi = label),
            }
        })
        .collect();
    parts.join(&t!(lang, "matching-sentence-separator"))
}

/// "A", "A and B", "A, B and C"
fn join_words(words: &[&str], lang: Lang) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => t!(
            lang,
            "matching-list-and",
            rest = rest.join(&t!(lang, "matching-list-separator")),
            last = *last
        ),
    }
}

pub(super) fn explain_language(c: &NeedContext, p: &MentorProfile) -> String {
    let lang = c.lang;
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
        return t!(lang, "matching-explain-your-languages-missing");
    }
    if theirs.is_empty() {
        return t!(lang, "matching-explain-their-languages-missing");
    }
    let common: Vec<&str> = yours
        .iter()
        .filter(|l| theirs.iter().any(|t| key(t) == key(l)))
        .map(String::as_str)
        .collect();
    if common.is_empty() {
        let list = |l: &[String]| l.join(&t!(lang, "matching-list-separator"));
        t!(
            lang,
            "matching-explain-no-common-language",
            yours = list(&yours),
            theirs = list(&theirs)
        )
    } else {
        t!(
            lang,
            "matching-explain-common-language",
            languages = join_words(&common, lang)
        )
    }
}

fn country_name(country: &str) -> String {
    canonical_country(country).map_or_else(|| country.trim().to_owned(), str::to_owned)
}

pub(super) fn explain_proximity(c: &NeedContext, m: &Indexed, p: &MentorProfile) -> String {
    let lang = c.lang;
    let km = match (&c.place, &m.place) {
        (Some(a), Some(b)) => Some(a.km_to(b)),
        _ => None,
    };
    let text = match relation(c, m) {
        Relation::SameCountry => t!(
            lang,
            "matching-explain-same-country",
            country = country_name(&p.country)
        ),
        Relation::SameRegion => t!(
            lang,
            "matching-explain-same-region",
            region = m.region.name(lang)
        ),
        Relation::Apart => t!(
            lang,
            "matching-explain-other-region",
            country = country_name(&p.country),
            region = m.region.name(lang)
        ),
        Relation::Unknown if m.country.is_none() => {
            t!(lang, "matching-explain-their-country-missing")
        }
        Relation::Unknown => t!(lang, "matching-explain-your-country-missing"),
    };
    match km {
        Some(km) => t!(
            lang,
            "matching-explain-distance",
            place = text,
            km = integer(lang, km.round() as i64)
        ),
        None => text,
    }
}

/// "850,000", "1.2 million"
fn people(n: i64, lang: Lang) -> String {
    if n >= 1_000_000 {
        t!(
            lang,
            "matching-millions",
            millions = decimal(lang, n as f64 / 1_000_000.0, 1)
        )
    } else {
        integer(lang, n)
    }
}

pub(super) fn explain_scale(c: &NeedContext, p: &MentorProfile) -> String {
    let lang = c.lang;
    let theirs = p.population_served.filter(|n| *n > 0);
    let yours = c.need.population_served.filter(|n| *n > 0);
    match (theirs, yours) {
        (Some(t), Some(y)) => t!(
            lang,
            "matching-explain-scale",
            theirs = people(t, lang),
            yours = people(y, lang)
        ),
        (Some(t), None) => t!(
            lang,
            "matching-explain-scale-yours-missing",
            theirs = people(t, lang)
        ),
        (None, Some(_)) => t!(lang, "matching-explain-scale-theirs-missing"),
        (None, None) => t!(lang, "matching-explain-scale-neither"),
    }
}

pub(super) fn explain_capacity(m: &Indexed, lang: Lang) -> String {
    if m.capacity == 0 {
        t!(lang, "matching-explain-no-places")
    } else if m.spare == 0 {
        t!(
            lang,
            "matching-explain-no-place-free",
            capacity = m.capacity
        )
    } else {
        t!(
            lang,
            "matching-explain-places-free",
            spare = m.spare,
            capacity = m.capacity
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

        // The same ranking explained in Vietnamese: the numbers as Vietnamese writes them.
        let ranked = MentorIndex::new(&[m_vi()]).rank_in(&n, &Weights::default(), 5, Lang::Vi);
        assert_eq!(
            factor(&ranked[0], Factor::Capacity).explanation,
            "Còn trống 2/3 suất cố vấn"
        );
        assert_eq!(
            factor(&ranked[0], Factor::Scale).explanation,
            "Phục vụ 1,2 triệu người; đơn vị của bạn phục vụ 850.000 người"
        );
    }

    fn m_vi() -> MentorProfile {
        let mut m = mentor(1, &["nrw"]);
        m.population_served = Some(1_200_000);
        m.capacity = 3;
        m.active_partnerships = 1;
        m
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
