//! Reading the outbox: the secretariat's panel, and a person's own messages (the demo inbox).

use super::entity::{Column, Entity, Model};
use super::{OutboxMessage, PRIVATE_BODY};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

/// `m` as `viewer` (an email) may see it: the body of a message holding a private link is
/// shown only to its recipient.
fn view(m: Model, viewer: &str, kept_in_app: bool) -> OutboxMessage {
    let files = m.parts().into_iter().map(|p| p.filename).collect();
    let own = m.recipient.eq_ignore_ascii_case(viewer);
    OutboxMessage {
        body: if m.sensitive && !own {
            PRIVATE_BODY.to_owned()
        } else {
            m.body
        },
        id: m.id,
        recipient: m.recipient,
        subject: m.subject,
        sensitive: m.sensitive,
        status: m.status,
        kept_in_app,
        attempts: m.attempts,
        last_error: m.last_error,
        created_at: m.created_at,
        sent_at: m.sent_at,
        files,
    }
}

/// The newest messages, failed ones first (they need someone), as `viewer` may see them.
pub async fn newest(
    db: &DatabaseConnection,
    limit: u64,
    viewer: &str,
    kept_in_app: bool,
) -> Result<Vec<OutboxMessage>, DbErr> {
    let mut failed = Entity::find()
        .filter(Column::Status.eq(super::DeliveryStatus::Failed))
        .order_by_desc(Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    let others = Entity::find()
        .filter(Column::Status.ne(super::DeliveryStatus::Failed))
        .order_by_desc(Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    failed.extend(others);
    failed.truncate(limit as usize);
    Ok(failed
        .into_iter()
        .map(|m| view(m, viewer, kept_in_app))
        .collect())
}

/// The newest messages to `email` (compared without case, as addresses are), all readable:
/// they are the viewer's own.
pub async fn addressed_to(
    db: &DatabaseConnection,
    email: &str,
    limit: u64,
) -> Result<Vec<OutboxMessage>, DbErr> {
    use sea_orm::sea_query::{Expr, ExprTrait, Func};
    Ok(Entity::find()
        .filter(Expr::expr(Func::lower(Expr::col(Column::Recipient))).eq(email.to_lowercase()))
        .order_by_desc(Column::Id)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(|m| view(m, email, true))
        .collect())
}
