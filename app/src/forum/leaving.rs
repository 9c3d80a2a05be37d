//! What other areas do when a Forum registration stops counting (cancelled or rejected). The
//! Forum does not know them: awards plug in here, so the Forum does not depend on awards
//! (awards depend on the Forum).

use super::entity::registration;
use crate::error::AppError;
use sea_orm::DatabaseTransaction;
use std::future::Future;
use std::pin::Pin;

/// Runs once the transaction that made the change is committed (e.g. telling live screens).
pub type AfterCommit = Box<dyn FnOnce() + Send>;

pub trait Leaving: Send + Sync {
    /// Called inside the transaction that cancels or rejects `registration`, after its new
    /// status is written: anything done here commits or rolls back with it.
    fn leaving<'a>(
        &'a self,
        txn: &'a DatabaseTransaction,
        registration: &'a registration::Model,
    ) -> Pin<Box<dyn Future<Output = Result<AfterCommit, AppError>> + Send + 'a>>;
}

/// Nothing else to do (tools and tests that only touch the Forum).
pub struct NothingElse;

impl Leaving for NothingElse {
    fn leaving<'a>(
        &'a self,
        _txn: &'a DatabaseTransaction,
        _registration: &'a registration::Model,
    ) -> Pin<Box<dyn Future<Output = Result<AfterCommit, AppError>> + Send + 'a>> {
        Box::pin(async { Ok(Box::new(|| {}) as AfterCommit) })
    }
}
