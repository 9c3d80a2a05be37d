//! The mentor index: profiles reduced to numbers once, then a numeric pass over every
//! candidate that builds no strings; words are added only for the few mentors that are shown
//! (`explain`).

use super::explain::{
    explain_capacity, explain_gap, explain_language, explain_proven, explain_proximity,
    explain_scale,
};
use super::profile::{topic_kpis, FactorScore, KpiPoint, MentorProfile, NeedProfile, RankedMentor};
use super::region::{canonical_country, region_of};
use super::score::{
    advantage, key, partnership_score, proximity_score, relation, result_score, scale_score, slot,
    Indexed, NeedContext, Place, Series, KPI_COUNT, NEUTRAL,
};
use super::weights::{Factor, Weights};
use crate::i18n::Lang;
use std::cmp::Ordering;
use std::collections::HashMap;

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
        self.rank_in(need, weights, limit, Lang::En)
    }

    /// [`MentorIndex::rank`], the factors explained in `lang`.
    pub fn rank_in(
        &self,
        need: &NeedProfile,
        weights: &Weights,
        limit: usize,
        lang: Lang,
    ) -> Vec<RankedMentor> {
        let context = self.context(need, lang);
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
        self.top(&self.context(need, Lang::En), weights, limit, free_only)
    }

    pub(crate) fn explain(
        &self,
        need: &NeedProfile,
        candidate: &Candidate,
        weights: &Weights,
        lang: Lang,
    ) -> RankedMentor {
        self.explain_in(&self.context(need, lang), candidate, weights)
    }

    fn context<'a>(&self, need: &'a NeedProfile, lang: Lang) -> NeedContext<'a> {
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
            lang,
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
            crate::t!(c.lang, "matching-explain-topic-fit"),
            explain_proven(c, m, p),
            explain_gap(c, m),
            explain_language(c, p),
            explain_proximity(c, m, p),
            explain_scale(c, p),
            explain_capacity(m, c.lang),
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

#[cfg(test)]
mod tests;
