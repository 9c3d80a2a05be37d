//! Demo results: the demo partnerships that connected households report "people with new or
//! improved access", and the demo library's files have been downloaded, so the home page and the
//! dashboard show plausible headline figures. Idempotent: run after the other domains' seeds.

use crate::library::entity as library;
use crate::partners::Kpi;
use crate::wops::entity::{agreement, outcome, outcome_value, partnership};
use chrono::{Months, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};

/// (partnership title starts with, people reached at mid-term, at the end)
const PEOPLE: &[(&str, f64, f64)] = &[
    ("Manila Water Company", 18_000.0, 42_000.0),
    ("Phnom Penh Water Supply Authority", 9_500.0, 21_000.0),
    ("Saigon Water Corporation", 6_000.0, 6_000.0),
    ("Public Utilities Board", 2_400.0, 2_400.0),
];

/// Returns how many outcomes it added.
pub async fn seed(db: &DatabaseConnection) -> Result<usize, DbErr> {
    let txn = crate::db::begin_write(db).await?;
    let demo = partnership::Entity::find()
        .filter(partnership::Column::IsDemo.eq(true))
        .order_by_asc(partnership::Column::Id)
        .all(&txn)
        .await?;
    let demo_ids: Vec<i32> = demo.iter().map(|p| p.id).collect();
    let already = outcome::Entity::find()
        .filter(outcome::Column::PartnershipId.is_in(demo_ids))
        .filter(outcome::Column::Kpi.eq(Kpi::PeopleWithNewAccess))
        .count(&txn)
        .await?;
    if already > 0 {
        return Ok(0);
    }
    let mut added = 0;
    let today = Utc::now().date_naive();
    for (mentor, mid, end) in PEOPLE {
        let Some(p) = demo.iter().find(|p| p.title.starts_with(mentor)) else {
            continue;
        };
        let Some(a) = agreement::Entity::find_by_id(p.id).one(&txn).await? else {
            continue;
        };
        let o = outcome::ActiveModel {
            partnership_id: Set(p.id),
            kpi: Set(Kpi::PeopleWithNewAccess),
            baseline_value: Set(0.0),
            baseline_date: Set(a.start_date),
            target_value: Set(end * 1.1),
            target_date: Set(a.end_date),
            is_public: Set(true),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let middle = a
            .start_date
            .checked_add_months(Months::new(9))
            .unwrap_or(a.start_date);
        let mut measured = vec![(middle.min(today), *mid)];
        if a.end_date <= today {
            measured.push((a.end_date, *end));
        }
        for (on, value) in measured {
            outcome_value::ActiveModel {
                outcome_id: Set(o.id),
                value: Set(value),
                measured_on: Set(on),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        added += 1;
    }
    // Downloads of the demo library, which the library's own seed leaves at zero.
    let products: Vec<i32> = library::product::Entity::find()
        .filter(library::product::Column::IsDemo.eq(true))
        .all(&txn)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    let files = library::file::Entity::find()
        .filter(library::file::Column::ProductId.is_in(products))
        .filter(library::file::Column::Downloads.eq(0))
        .order_by_asc(library::file::Column::Id)
        .all(&txn)
        .await?;
    for (i, f) in files.into_iter().enumerate() {
        let mut f: library::file::ActiveModel = f.into();
        f.downloads = Set(37 + (i as i64 * 53) % 290);
        f.update(&txn).await?;
    }
    txn.commit().await?;
    Ok(added)
}
