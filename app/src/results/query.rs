//! The one query layer of results: every page, report and file that shows the network's figures
//! calls [`network_results`], so they cannot disagree. Only public data is read (public outcomes,
//! published knowledge products).

use super::filter::{FilterChoices, ResultsFilter};
use super::rules::{self, OutcomeFact};
use super::types::*;
use crate::error::AppError;
use crate::library::entity as library;
use crate::partners::entity::organization;
use crate::topics::entity as topic;
use crate::training::entity as training;
use crate::wops::entity::{agreement, outcome, outcome_value, partnership, partnership_topic};
use crate::wops::PartnershipState;
use chrono::{Datelike, NaiveDate, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::{HashMap, HashSet};

/// The countries and topics a filter may name.
pub async fn choices(db: &DatabaseConnection) -> Result<FilterChoices, AppError> {
    let countries: Vec<String> = organization::Entity::find()
        .select_only()
        .column(organization::Column::Country)
        .distinct()
        .order_by_asc(organization::Column::Country)
        .into_tuple()
        .all(db)
        .await?;
    let topics = topic::Entity::find()
        .order_by_asc(topic::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.code, t.name))
        .collect();
    Ok(FilterChoices { countries, topics })
}

/// Reads a filter from query parameters against the stored choices: a bad value is a 400 with
/// the fields' messages.
pub async fn read_filter(
    db: &DatabaseConnection,
    get: impl Fn(&str) -> Option<String>,
    lang: crate::i18n::Lang,
) -> Result<(ResultsFilter, FilterChoices), AppError> {
    let choices = choices(db).await?;
    let filter = ResultsFilter::parse(get, &choices, lang)
        .map_err(|errors| AppError::BadRequest(errors.to_string()))?;
    Ok((filter, choices))
}

/// The years a partnership runs: its agreement's, else the year it was proposed.
fn running_years(p: &partnership::Model, a: Option<&agreement::Model>) -> (i32, i32) {
    match a {
        Some(a) => (a.start_date.year(), a.end_date.year()),
        None => (p.created_at.year(), p.created_at.year()),
    }
}

pub async fn network_results(
    db: &DatabaseConnection,
    filter: &ResultsFilter,
    choices: &FilterChoices,
    lang: crate::i18n::Lang,
) -> Result<NetworkResults, AppError> {
    let topic_ids: HashMap<i32, (String, String)> = topic::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, (t.code, t.name)))
        .collect();
    let wanted_topic: Option<i32> = filter.topic.as_ref().and_then(|code| {
        topic_ids
            .iter()
            .find(|(_, (c, _))| c == code)
            .map(|(id, _)| *id)
    });

    let (rows, spans, partnership_ids) = partnerships(db, filter, &topic_ids, wanted_topic).await?;
    let states: Vec<PartnershipState> = rows.iter().map(|r| r.state).collect();
    let this_year = Utc::now().year();
    let first = filter
        .year_from
        .or_else(|| spans.iter().map(|(_, a, _)| *a).min())
        .unwrap_or(this_year);
    let last = filter
        .year_to
        .or_else(|| spans.iter().map(|(_, _, b)| *b).max())
        .unwrap_or(this_year)
        .max(first);
    // At most a quarter of a century of columns: a chart, not a wall.
    let first = first.max(last - 24);
    let by_year = rules::count_by_year(&spans, first, last);
    let utilities_involved =
        rules::distinct(rows.iter().flat_map(|r| [r.mentor.id, r.recipient.id]));

    let facts = outcome_facts(db, &partnership_ids, filter).await?;
    let training = training_figures(db, filter, wanted_topic).await?;
    let downloads = downloads(db, filter, wanted_topic).await?;

    let topic_name = filter.topic.as_ref().and_then(|code| {
        choices
            .topics
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, n)| n.clone())
    });
    let scope = [
        filter.country.clone(),
        topic_name,
        filter.status.map(|s| super::words::state_label(lang, s)),
        Some(filter.period_label(lang)),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");

    Ok(NetworkResults {
        filter: filter.clone(),
        scope,
        by_state: rules::count_by_state(&states),
        by_year,
        utilities_involved,
        kpis: rules::kpi_improvements(&facts),
        people_with_access: rules::people_reached(&facts),
        training,
        downloads,
        partnerships: rows,
    })
}

type Spans = Vec<(PartnershipState, i32, i32)>;

/// The partnerships passing the filter, with their running years.
async fn partnerships(
    db: &DatabaseConnection,
    filter: &ResultsFilter,
    topic_ids: &HashMap<i32, (String, String)>,
    wanted_topic: Option<i32>,
) -> Result<(Vec<PartnershipRow>, Spans, Vec<i32>), AppError> {
    let mut query = partnership::Entity::find().order_by_asc(partnership::Column::Id);
    if let Some(s) = filter.status {
        query = query.filter(partnership::Column::State.eq(s));
    }
    let all = query.all(db).await?;
    let agreements: HashMap<i32, agreement::Model> = agreement::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.partnership_id, a))
        .collect();
    let mut topics: HashMap<i32, Vec<i32>> = HashMap::new();
    for t in partnership_topic::Entity::find().all(db).await? {
        topics.entry(t.partnership_id).or_default().push(t.topic_id);
    }
    let org_ids: HashSet<i32> = all
        .iter()
        .flat_map(|p| [p.mentor_id, p.recipient_id])
        .collect();
    let orgs: HashMap<i32, organization::Model> = organization::Entity::find()
        .filter(organization::Column::Id.is_in(org_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let point = |id: i32| {
        orgs.get(&id).map(|o| UtilityPoint {
            id,
            name: o.name.clone(),
            country: o.country.clone(),
            latitude: o.latitude,
            longitude: o.longitude,
        })
    };
    let mut rows = Vec::new();
    let mut spans = Vec::new();
    let mut ids = Vec::new();
    for p in all {
        let state = p.state;
        let (Some(mentor), Some(recipient)) = (point(p.mentor_id), point(p.recipient_id)) else {
            continue;
        };
        let a = agreements.get(&p.id);
        let (first, last) = running_years(&p, a);
        let its_topics = topics.get(&p.id).cloned().unwrap_or_default();
        let passes = filter.overlaps(first, last)
            && wanted_topic.is_none_or(|t| its_topics.contains(&t))
            && filter.country.as_ref().is_none_or(|c| {
                mentor.country.eq_ignore_ascii_case(c) || recipient.country.eq_ignore_ascii_case(c)
            });
        if !passes {
            continue;
        }
        spans.push((state, first, last));
        ids.push(p.id);
        rows.push(PartnershipRow {
            id: p.id,
            title: p.title,
            state,
            mentor,
            recipient,
            topics: its_topics
                .iter()
                .filter_map(|t| topic_ids.get(t).map(|(_, name)| name.clone()))
                .collect(),
            start_date: a.map(|a| a.start_date),
            end_date: a.map(|a| a.end_date),
        });
    }
    Ok((rows, spans, ids))
}

/// The last day of the period, for "latest measurement in the period".
fn period_end(filter: &ResultsFilter) -> Option<NaiveDate> {
    filter
        .year_to
        .and_then(|y| NaiveDate::from_ymd_opt(y, 12, 31))
}

/// Public outcomes of the partnerships, each with its latest value measured by the period's end.
async fn outcome_facts(
    db: &DatabaseConnection,
    partnership_ids: &[i32],
    filter: &ResultsFilter,
) -> Result<Vec<OutcomeFact>, AppError> {
    if partnership_ids.is_empty() {
        return Ok(Vec::new());
    }
    let outcomes = outcome::Entity::find()
        .filter(outcome::Column::PartnershipId.is_in(partnership_ids.to_vec()))
        .filter(outcome::Column::IsPublic.eq(true))
        .order_by_asc(outcome::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = outcomes.iter().map(|o| o.id).collect();
    let mut values = outcome_value::Entity::find()
        .filter(outcome_value::Column::OutcomeId.is_in(ids))
        .order_by_asc(outcome_value::Column::MeasuredOn)
        .order_by_asc(outcome_value::Column::Id);
    if let Some(end) = period_end(filter) {
        values = values.filter(outcome_value::Column::MeasuredOn.lte(end));
    }
    let mut latest: HashMap<i32, f64> = HashMap::new();
    for v in values.all(db).await? {
        latest.insert(v.outcome_id, v.value);
    }
    Ok(outcomes
        .into_iter()
        .map(|o| OutcomeFact {
            kpi: o.kpi,
            baseline: o.baseline_value,
            latest: latest.get(&o.id).copied(),
        })
        .collect())
}

/// Trainings follow the period and the topic (they have no country or partnership status).
async fn training_figures(
    db: &DatabaseConnection,
    filter: &ResultsFilter,
    wanted_topic: Option<i32>,
) -> Result<TrainingFigures, AppError> {
    let mut programs: HashSet<i32> = training::program::Entity::find()
        .select_only()
        .column(training::program::Column::Id)
        .into_tuple::<i32>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    if let Some(t) = wanted_topic {
        let on_topic: HashSet<i32> = training::program_topic::Entity::find()
            .filter(training::program_topic::Column::TopicId.eq(t))
            .all(db)
            .await?
            .into_iter()
            .map(|r| r.program_id)
            .collect();
        programs.retain(|p| on_topic.contains(p));
    }
    let sessions: Vec<training::session::Model> = training::session::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter(|s| programs.contains(&s.program_id) && filter.contains_year(s.starts_at.year()))
        .collect();
    let delivered: HashSet<i32> = sessions.iter().map(|s| s.program_id).collect();
    let enrolments = training::enrolment::Entity::find()
        .filter(
            training::enrolment::Column::ProgramId
                .is_in(programs.iter().copied().collect::<Vec<_>>()),
        )
        .all(db)
        .await?;
    let enrolled = enrolments
        .iter()
        .filter(|e| {
            delivered.contains(&e.program_id)
                && e.status == crate::training::rules::EnrolmentStatus::Enrolled
        })
        .count() as u64;
    let completions = enrolments
        .iter()
        .filter(|e| {
            e.completed_at
                .is_some_and(|at| filter.contains_year(at.year()))
        })
        .count() as u64;
    let enrolment_ids: HashSet<i32> = enrolments.iter().map(|e| e.id).collect();
    let evaluations: Vec<training::evaluation::Model> = training::evaluation::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter(|e| {
            enrolment_ids.contains(&e.enrolment_id) && filter.contains_year(e.submitted_at.year())
        })
        .collect();
    let scores = |pick: fn(&training::evaluation::Model) -> i16| {
        rules::mean_score(&evaluations.iter().map(pick).collect::<Vec<_>>())
    };
    Ok(TrainingFigures {
        programs: delivered.len() as u64,
        sessions: sessions.len() as u64,
        enrolled,
        completions,
        evaluations: evaluations.len() as u64,
        relevance: scores(|e| e.relevance),
        clarity: scores(|e| e.clarity),
        usefulness: scores(|e| e.usefulness),
    })
}

/// Downloads of published products, on the topic and about the country when filtered.
async fn downloads(
    db: &DatabaseConnection,
    filter: &ResultsFilter,
    wanted_topic: Option<i32>,
) -> Result<u64, AppError> {
    let mut products: HashSet<i32> = library::product::Entity::find()
        .filter(library::product::Column::Status.eq("published"))
        .select_only()
        .column(library::product::Column::Id)
        .into_tuple::<i32>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    if let Some(t) = wanted_topic {
        let on_topic: HashSet<i32> = library::product_topic::Entity::find()
            .filter(library::product_topic::Column::TopicId.eq(t))
            .all(db)
            .await?
            .into_iter()
            .map(|r| r.product_id)
            .collect();
        products.retain(|p| on_topic.contains(p));
    }
    if let Some(c) = &filter.country {
        let about: HashSet<i32> = library::product_country::Entity::find()
            .filter(library::product_country::Column::Country.eq(c.as_str()))
            .all(db)
            .await?
            .into_iter()
            .map(|r| r.product_id)
            .collect();
        products.retain(|p| about.contains(p));
    }
    let total: i64 = library::file::Entity::find()
        .filter(library::file::Column::ProductId.is_in(products.into_iter().collect::<Vec<_>>()))
        .select_only()
        .column(library::file::Column::Downloads)
        .into_tuple::<i64>()
        .all(db)
        .await?
        .into_iter()
        .sum();
    Ok(total.max(0) as u64)
}
