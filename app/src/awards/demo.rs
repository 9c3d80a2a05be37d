//! Demo awards: three categories of the current Forum edition, with jury criteria and the
//! nominations of the demo partnerships that are eligible for each.

use super::entity::{category, criterion, nomination};
use super::jury::check_eligible;
use crate::forum::entity::edition;
use crate::topics::entity as topic;
use crate::wops::entity::{partnership, partnership_topic};
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};

struct DemoCategory {
    name: &'static str,
    description: &'static str,
    /// A topic code, or none for any topic.
    topic: Option<&'static str>,
    hide_results: bool,
    /// The demo partnerships nominated: those on these topics, eligible, at most three.
    pick: &'static [&'static str],
}

const CATEGORIES: &[DemoCategory] = &[
    DemoCategory {
        name: "Best partnership in non-revenue water",
        description: "For the partnership that cut water losses the most, with results measured \
                      against a baseline and kept up after the mentoring ended.",
        topic: Some("nrw"),
        hide_results: false,
        pick: &["nrw"],
    },
    DemoCategory {
        name: "Best partnership in service quality",
        description: "For better service to customers: safer water, fairer billing, smarter \
                      meters, or more hours of supply.",
        topic: None,
        hide_results: false,
        pick: &["billing", "water_quality", "digital"],
    },
    DemoCategory {
        name: "Audience prize: peer learning",
        description: "Chosen mostly by the Forum's audience; the counts stay hidden until the \
                      secretariat reveals them on stage.",
        topic: None,
        hide_results: true,
        pick: &["energy", "nrw"],
    },
];

const CRITERIA: &[(&str, i32)] = &[
    ("Measured results against the baseline", 50),
    ("Peer learning and lasting capacity", 30),
    ("Can be replicated by other utilities", 20),
];

/// Adds the demo categories to the latest edition once. Returns how many it added.
pub async fn seed(db: &DatabaseConnection) -> Result<usize, DbErr> {
    let Some(e) = edition::Entity::find()
        .order_by_desc(edition::Column::Year)
        .one(db)
        .await?
    else {
        return Ok(0);
    };
    if category::Entity::find()
        .filter(category::Column::EditionId.eq(e.id))
        .count(db)
        .await?
        > 0
    {
        return Ok(0);
    }
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or(DbErr::Custom("date".into()));
    let candidates = partnership::Entity::find()
        .filter(partnership::Column::IsDemo.eq(true))
        .order_by_asc(partnership::Column::Id)
        .all(db)
        .await?;
    let codes: std::collections::HashMap<i32, String> = topic::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t.code))
        .collect();
    let mut topics_of: std::collections::HashMap<i32, Vec<String>> = Default::default();
    for pt in partnership_topic::Entity::find().all(db).await? {
        if let Some(code) = codes.get(&pt.topic_id) {
            topics_of
                .entry(pt.partnership_id)
                .or_default()
                .push(code.clone());
        }
    }
    let txn = crate::db::begin_write(db).await?;
    for (position, d) in CATEGORIES.iter().enumerate() {
        let topic_id = match d.topic {
            Some(code) => topic::Entity::find()
                .filter(topic::Column::Code.eq(code))
                .one(&txn)
                .await?
                .map(|t| t.id),
            None => None,
        };
        let c = category::ActiveModel {
            edition_id: Set(e.id),
            position: Set(position as i32),
            name: Set(d.name.to_owned()),
            description: Set(d.description.to_owned()),
            topic_id: Set(topic_id),
            eligible_from: Set(date(2022, 1, 1)?),
            eligible_until: Set(date(2026, 12, 31)?),
            voting_state: Set(crate::awards::rules::VotingState::Draft),
            jury_weight: Set(if d.hide_results { 30 } else { 70 }),
            hide_results: Set(d.hide_results),
            revision: Set(0),
            last_hash: Set(String::new()),
            updated_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for (name, weight) in CRITERIA {
            criterion::ActiveModel {
                category_id: Set(c.id),
                name: Set((*name).to_owned()),
                weight: Set(*weight),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        let mut nominated = 0;
        for p in &candidates {
            let on_topic = topics_of
                .get(&p.id)
                .is_some_and(|t| t.iter().any(|code| d.pick.contains(&code.as_str())));
            if nominated == 3 || !on_topic || check_eligible(&txn, &c, p.id).await.is_err() {
                continue;
            }
            nomination::ActiveModel {
                category_id: Set(c.id),
                partnership_id: Set(p.id),
                statement: Set(format!(
                    "{} shows what peer-to-peer mentoring achieves: measured results, \
                     reported every period and reviewed by the facilitator.",
                    p.title
                )),
                nominated_by: Set(None),
                created_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            nominated += 1;
        }
    }
    txn.commit().await?;
    Ok(CATEGORIES.len())
}
