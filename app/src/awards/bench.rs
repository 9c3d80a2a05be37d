//! Synthetic data for bench/voting.sh: a Forum edition with one open category of three
//! nominees and many checked-in attendees whose personal codes the load generator can derive.

use super::entity::{category, nomination};
use crate::forum::entity::{edition, registration};
use crate::wops::entity::partnership;
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

/// The badge code of bench attendee `n`: 32 hex digits.
pub fn bench_code(n: u32) -> String {
    format!("be{n:030x}")
}

/// The personal code of bench attendee `n`: `BNCH` and `n` in eight digits of the code
/// alphabet (so up to 31^8 attendees).
pub fn bench_personal_code(n: u32) -> String {
    use crate::forum::personal_code::{display, ALPHABET};
    let base = ALPHABET.len() as u32;
    let mut digits = [ALPHABET[0]; 8];
    let mut rest = n;
    for d in digits.iter_mut().rev() {
        *d = ALPHABET[(rest % base) as usize];
        rest /= base;
    }
    display(&format!("BNCH{}", String::from_utf8_lossy(&digits)))
}

/// What the load generator needs to know.
pub struct BenchCategory {
    pub category_id: i32,
    pub nominees: Vec<i32>,
}

/// Adds an open category with three nominees and `attendees` checked-in attendees (codes from
/// [`bench_code`]) to the latest edition (made if there is none). Needs the demo partnerships.
pub async fn seed_bench(
    db: &DatabaseConnection,
    key: &crate::secret::SecretKey,
    attendees: u32,
) -> Result<BenchCategory, DbErr> {
    let now = Utc::now();
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or(DbErr::Custom("date".into()));
    let e = match edition::Entity::find()
        .order_by_desc(edition::Column::Year)
        .one(db)
        .await?
    {
        Some(e) => e,
        None => {
            edition::ActiveModel {
                year: Set(2027),
                title: Set("WaterLinks Forum 2027".into()),
                venue: Set("Manila".into()),
                time_zone: Set("Asia/Manila".into()),
                starts_on: Set(date(2027, 3, 9)?),
                ends_on: Set(date(2027, 3, 11)?),
                capacity: Set(attendees as i32 + 100),
                opens_at: Set(now),
                closes_at: Set(now),
                needs_approval: Set(false),
                is_demo: Set(true),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?
        }
    };
    let ships = partnership::Entity::find()
        .filter(partnership::Column::IsDemo.eq(true))
        .order_by_asc(partnership::Column::Id)
        .all(db)
        .await?;
    if ships.len() < 3 {
        return Err(DbErr::Custom(
            "run seed-demo first: the bench nominates demo partnerships".into(),
        ));
    }
    let txn = crate::db::begin_write(db).await?;
    let c = category::ActiveModel {
        edition_id: Set(e.id),
        position: Set(99),
        name: Set(format!("Benchmark category {}", now.timestamp())),
        description: Set("Synthetic, for bench/voting.sh.".into()),
        topic_id: Set(None),
        eligible_from: Set(date(2000, 1, 1)?),
        eligible_until: Set(date(2100, 1, 1)?),
        voting_state: Set(crate::awards::rules::VotingState::Open),
        jury_weight: Set(0),
        hide_results: Set(false),
        revision: Set(0),
        last_hash: Set(String::new()),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let mut nominees = Vec::new();
    for p in ships.iter().take(3) {
        let n = nomination::ActiveModel {
            category_id: Set(c.id),
            partnership_id: Set(p.id),
            statement: Set("Synthetic nomination.".into()),
            nominated_by: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        nominees.push(n.id);
    }
    let existing: Vec<String> = registration::Entity::find()
        .filter(registration::Column::EditionId.eq(e.id))
        .filter(registration::Column::BadgeCode.starts_with("be"))
        .all(&txn)
        .await?
        .into_iter()
        .map(|r| r.badge_code)
        .collect();
    let mut batch = Vec::new();
    for n in 0..attendees {
        let code = bench_code(n);
        if existing.contains(&code) {
            continue;
        }
        batch.push(registration::ActiveModel {
            edition_id: Set(e.id),
            name: Set(format!("Bench attendee {n}")),
            email: Set(format!("bench{n}@bench.example")),
            organization: Set("Bench".into()),
            attendee_type: Set(crate::forum::rules::AttendeeType::Utility),
            account_id: Set(None),
            answers: Set("[]".into()),
            status: Set(crate::forum::rules::Status::Registered),
            confirm_token_hash: Set(None),
            badge_code: Set(code),
            personal_code_hash: Set(Some(crate::forum::personal_code::hash(
                key,
                &bench_personal_code(n).replace('-', ""),
            ))),
            confirmed_at: Set(Some(now)),
            checked_in_at: Set(Some(now)),
            checked_in_by: Set(None),
            queued_at: Set(now),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        });
        if batch.len() == 500 {
            registration::Entity::insert_many(std::mem::take(&mut batch))
                .exec_without_returning(&txn)
                .await?;
        }
    }
    if !batch.is_empty() {
        registration::Entity::insert_many(batch)
            .exec_without_returning(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(BenchCategory {
        category_id: c.id,
        nominees,
    })
}

#[cfg(test)]
mod tests {
    use super::bench_personal_code;
    use crate::forum::personal_code::normalize;

    #[test]
    fn bench_personal_codes_are_valid_and_distinct() {
        let codes: Vec<String> = [0, 1, 30, 31, 961, 3_000]
            .into_iter()
            .map(bench_personal_code)
            .collect();
        for c in &codes {
            assert!(normalize(c).is_some(), "{c}");
        }
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), codes.len());
    }
}
