//! Builders for the matching tests (`score`, `index`, `explain`, `assign`...).

use super::*;
use chrono::NaiveDate;

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

pub fn factor(r: &RankedMentor, f: Factor) -> &FactorScore {
    r.factors.iter().find(|s| s.factor == f).unwrap()
}

pub fn ids(ranked: &[RankedMentor]) -> Vec<i32> {
    ranked.iter().map(|r| r.organization_id).collect()
}
