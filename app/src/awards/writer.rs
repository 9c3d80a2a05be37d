//! The ballot writer: one task per category and instance appends votes to the category's chain
//! in batches. Votes arriving while a batch is being written wait for the next one, so a burst
//! of a few hundred votes a second costs a few transactions a second instead of one each, and
//! waiting votes hold no database connection. Each vote is acknowledged only once its batch is
//! committed. Across instances, the category row's lock (PostgreSQL) or the write lock (SQLite)
//! keeps one chain.

use super::entity::{ballot, category, vote};
use super::rules::{ballot_hash, BallotLink, VotingState, GENESIS};
use super::types::VoteReceipt;
use crate::accounts::session::new_token;
use crate::error::AppError;
use chrono::{SecondsFormat, SubsecRound, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect, Set};
use std::collections::{HashMap, HashSet};
use tokio::sync::{mpsc, oneshot};

/// The most votes written in one transaction.
const MAX_BATCH: usize = 256;

/// A vote that passed every check that needs no lock.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub category_id: i32,
    pub category_name: String,
    pub registration_id: i32,
    pub nomination_id: i32,
    pub nominee: String,
    pub voter_key: String,
    pub nonce: String,
    pub receipt: String,
    /// The voter's language, for the refusals the writer sends back.
    pub lang: crate::i18n::Lang,
}

pub struct Pending {
    pub vote: Prepared,
    pub reply: oneshot::Sender<Result<VoteReceipt, AppError>>,
}

/// Runs until every sender for this category is gone (the hub dropped).
pub async fn run(db: DatabaseConnection, mut rx: mpsc::UnboundedReceiver<Pending>) {
    while let Some(first) = rx.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(more) => batch.push(more),
                Err(_) => break,
            }
        }
        let votes: Vec<Prepared> = batch.iter().map(|p| p.vote.clone()).collect();
        let results = match write(&db, &votes).await {
            Ok(results) => results,
            Err(e) => {
                tracing::error!(error = %e, "could not write a batch of award votes");
                votes.iter().map(|_| Err(AppError::Internal)).collect()
            }
        };
        for (pending, result) in batch.into_iter().zip(results) {
            // The voter may have gone (closed the page): the vote stands all the same.
            let _ = pending.reply.send(result);
        }
    }
}

fn not_open(lang: crate::i18n::Lang, name: &str) -> AppError {
    AppError::Conflict(crate::t!(lang, "awards-vote-closed", category = name))
}

/// Writes one batch (all of one category) in one transaction; one result per vote, in order.
async fn write(
    db: &DatabaseConnection,
    votes: &[Prepared],
) -> Result<Vec<Result<VoteReceipt, AppError>>, sea_orm::DbErr> {
    let Some(first) = votes.first() else {
        return Ok(Vec::new());
    };
    let category_id = first.category_id;
    let now = Utc::now().trunc_subsecs(6);
    let cast_at = now.to_rfc3339_opts(SecondsFormat::Micros, true);
    let txn = crate::db::begin_write(db).await?;
    // First statement: takes the category row's lock (PostgreSQL) or the write lock (SQLite)
    // and checks, at that moment, that voting is open.
    let bumped = category::Entity::update_many()
        .col_expr(
            category::Column::Revision,
            Expr::col(category::Column::Revision).add(1),
        )
        .filter(category::Column::Id.eq(category_id))
        .filter(category::Column::VotingState.eq(VotingState::Open))
        .exec(&txn)
        .await?;
    if bumped.rows_affected != 1 {
        return Ok(votes
            .iter()
            .map(|v| Err(not_open(v.lang, &v.category_name)))
            .collect());
    }
    let nonces: Vec<String> = votes.iter().map(|v| v.nonce.clone()).collect();
    let mut used: HashSet<String> = ballot::Entity::find()
        .select_only()
        .column(ballot::Column::Nonce)
        .filter(ballot::Column::CategoryId.eq(category_id))
        .filter(ballot::Column::Nonce.is_in(nonces))
        .into_tuple::<String>()
        .all(&txn)
        .await?
        .into_iter()
        .collect();
    let locked = category::Entity::find_by_id(category_id)
        .one(&txn)
        .await?
        .ok_or_else(|| sea_orm::DbErr::RecordNotFound("award category".into()))?;
    let mut prev = if locked.last_hash.is_empty() {
        GENESIS.to_owned()
    } else {
        locked.last_hash
    };
    let mut results = Vec::with_capacity(votes.len());
    let mut ballots = Vec::new();
    let mut accepted = Vec::new();
    for v in votes {
        // A replayed request: its one-time token was used before (or earlier in this batch).
        if !used.insert(v.nonce.clone()) {
            results.push(Err(AppError::Conflict(super::service::replayed(v.lang))));
            continue;
        }
        let hash = ballot_hash(
            &prev,
            &BallotLink {
                category: category_id,
                voter_key: &v.voter_key,
                nomination: v.nomination_id,
                receipt: &v.receipt,
                cast_at: &cast_at,
                withdrawn: false,
            },
        );
        ballots.push(ballot::ActiveModel {
            category_id: Set(category_id),
            voter_key: Set(v.voter_key.clone()),
            nomination_id: Set(v.nomination_id),
            nonce: Set(v.nonce.clone()),
            prev_hash: Set(prev.clone()),
            hash: Set(hash.clone()),
            receipt: Set(v.receipt.clone()),
            cast_at: Set(now),
            withdrawn: Set(false),
            ..Default::default()
        });
        prev = hash;
        accepted.push(v);
        results.push(Ok(VoteReceipt {
            category_id,
            nomination_id: v.nomination_id,
            nominee: v.nominee.clone(),
            receipt: v.receipt.clone(),
            next_nonce: new_token(),
            revision: locked.revision,
        }));
    }
    if accepted.is_empty() {
        txn.rollback().await?;
        return Ok(results);
    }
    ballot::Entity::insert_many(ballots)
        .exec_without_returning(&txn)
        .await?;
    let receipts: Vec<String> = accepted.iter().map(|v| v.receipt.clone()).collect();
    let ids: HashMap<String, i32> = ballot::Entity::find()
        .select_only()
        .column(ballot::Column::Receipt)
        .column(ballot::Column::Id)
        .filter(ballot::Column::Receipt.is_in(receipts))
        .into_tuple::<(String, i32)>()
        .all(&txn)
        .await?
        .into_iter()
        .collect();
    // One counted vote per attendee (the unique index): within the batch, the last one.
    let mut last: HashMap<i32, &Prepared> = HashMap::new();
    for v in &accepted {
        last.insert(v.registration_id, v);
    }
    let rows: Vec<vote::ActiveModel> = last
        .values()
        .map(|v| vote::ActiveModel {
            category_id: Set(category_id),
            registration_id: Set(v.registration_id),
            nomination_id: Set(v.nomination_id),
            ballot_id: Set(ids.get(&v.receipt).copied().unwrap_or_default()),
            updated_at: Set(now),
            ..Default::default()
        })
        .collect();
    vote::Entity::insert_many(rows)
        .on_conflict(
            OnConflict::columns([vote::Column::CategoryId, vote::Column::RegistrationId])
                .update_columns([
                    vote::Column::NominationId,
                    vote::Column::BallotId,
                    vote::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    category::Entity::update_many()
        .col_expr(category::Column::LastHash, Expr::value(prev))
        .filter(category::Column::Id.eq(category_id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(results)
}
