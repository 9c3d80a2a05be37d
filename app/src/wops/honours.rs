//! What a partnership won elsewhere, for its page. Awards plug in here: awards build on
//! partnerships (they nominate them), so partnerships do not depend on awards. The same pattern
//! as the Forum's `leaving` hook.

use crate::error::AppError;
use sea_orm::DatabaseConnection;
use std::future::Future;
use std::pin::Pin;

pub trait Honours: Send + Sync {
    /// What `partnership_id` won, in words ("Best NRW reduction, Forum 2025").
    fn won_by<'a>(
        &'a self,
        db: &'a DatabaseConnection,
        partnership_id: i32,
    ) -> Pin<Box<dyn Future<Output = Result<Vec<String>, AppError>> + Send + 'a>>;
}

/// Nothing won anywhere (tools and tests that only touch partnerships).
pub struct NoHonours;

impl Honours for NoHonours {
    fn won_by<'a>(
        &'a self,
        _db: &'a DatabaseConnection,
        _partnership_id: i32,
    ) -> Pin<Box<dyn Future<Output = Result<Vec<String>, AppError>> + Send + 'a>> {
        Box::pin(async { Ok(Vec::new()) })
    }
}
