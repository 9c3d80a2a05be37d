//! Case-insensitive "contains" matching for search boxes, the same on SQLite and PostgreSQL.

use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr, SimpleExpr};
use sea_orm::IntoSimpleExpr;

/// `lower(column) LIKE '%text%'`, with the user's own `%`, `_` and `\` taken literally
/// (PostgreSQL's LIKE is case-sensitive, SQLite's is not; lowering both sides makes them agree).
pub fn contains_ignoring_case(column: impl IntoSimpleExpr, text: &str) -> SimpleExpr {
    let escaped = text
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    Expr::expr(Func::lower(column.into_simple_expr()))
        .like(LikeExpr::new(format!("%{escaped}%")).escape('\\'))
}
