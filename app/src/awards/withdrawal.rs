//! Votes of a registration that stops counting (cancelled or rejected) are taken back: in each
//! category whose vote is open or closed, a withdrawal is appended to the ballot chain and the
//! counted vote removed, in the transaction that cancels the registration. A revealed result
//! is final and keeps it. Registering again later and voting again counts again.

use super::entity::{ballot, category, vote};
use super::live::TallyHub;
use super::rules::{ballot_hash, voter_key, BallotLink, VotingState, GENESIS};
use crate::accounts::session::new_token;
use crate::error::AppError;
use crate::forum::entity::registration;
use crate::forum::leaving::{AfterCommit, Leaving};
use crate::secret::{SecretKey, ServerSecret};
use chrono::{SecondsFormat, SubsecRound, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, QueryFilter, Set,
};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// Withdraws `registration`'s counted votes; returns the categories whose tally changed.
pub async fn withdraw<C: ConnectionTrait>(
    txn: &C,
    key: &SecretKey,
    registration: &registration::Model,
) -> Result<Vec<i32>, AppError> {
    let votes = vote::Entity::find()
        .filter(vote::Column::RegistrationId.eq(registration.id))
        .all(txn)
        .await?;
    let mut changed = Vec::new();
    for counted in votes {
        // Takes the category row's lock (PostgreSQL; SQLite's write lock is held already) and
        // checks, at that moment, that the result is not revealed.
        let bumped = category::Entity::update_many()
            .col_expr(
                category::Column::Revision,
                Expr::col(category::Column::Revision).add(1),
            )
            .filter(category::Column::Id.eq(counted.category_id))
            .filter(
                category::Column::VotingState
                    .is_in([VotingState::Open.as_code(), VotingState::Closed.as_code()]),
            )
            .exec(txn)
            .await?;
        if bumped.rows_affected != 1 {
            continue;
        }
        let c = category::Entity::find_by_id(counted.category_id)
            .one(txn)
            .await?
            .ok_or(AppError::Internal)?;
        let prev = if c.last_hash.is_empty() {
            GENESIS.to_owned()
        } else {
            c.last_hash
        };
        let now = Utc::now().trunc_subsecs(6);
        let cast_at = now.to_rfc3339_opts(SecondsFormat::Micros, true);
        let voter = voter_key(key, c.id, registration.id);
        let receipt = super::service::new_receipt();
        let hash = ballot_hash(
            &prev,
            &BallotLink {
                category: c.id,
                voter_key: &voter,
                nomination: counted.nomination_id,
                receipt: &receipt,
                cast_at: &cast_at,
                withdrawn: true,
            },
        );
        ballot::ActiveModel {
            category_id: Set(c.id),
            voter_key: Set(voter),
            nomination_id: Set(counted.nomination_id),
            nonce: Set(new_token()),
            prev_hash: Set(prev),
            hash: Set(hash.clone()),
            receipt: Set(receipt),
            cast_at: Set(now),
            withdrawn: Set(true),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        vote::Entity::delete_by_id(counted.id).exec(txn).await?;
        category::Entity::update_many()
            .col_expr(category::Column::LastHash, Expr::value(hash))
            .filter(category::Column::Id.eq(c.id))
            .exec(txn)
            .await?;
        changed.push(c.id);
    }
    if !changed.is_empty() {
        tracing::info!(
            registration = registration.id,
            categories = changed.len(),
            "award votes withdrawn"
        );
    }
    Ok(changed)
}

/// The awards' part when a Forum registration is cancelled or rejected.
pub struct VoteWithdrawal {
    db: DatabaseConnection,
    hub: Arc<TallyHub>,
    secret: Arc<ServerSecret>,
}

impl VoteWithdrawal {
    pub fn new(db: DatabaseConnection, hub: Arc<TallyHub>, secret: Arc<ServerSecret>) -> Self {
        VoteWithdrawal { db, hub, secret }
    }
}

impl Leaving for VoteWithdrawal {
    fn leaving<'a>(
        &'a self,
        txn: &'a DatabaseTransaction,
        registration: &'a registration::Model,
    ) -> Pin<Box<dyn Future<Output = Result<AfterCommit, AppError>> + Send + 'a>> {
        Box::pin(async move {
            let key = self.secret.key(&self.db).await?;
            let changed = withdraw(txn, &key, registration).await?;
            let hub = self.hub.clone();
            Ok(Box::new(move || {
                for category in changed {
                    hub.changed(category);
                }
            }) as AfterCommit)
        })
    }
}
