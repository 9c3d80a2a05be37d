//! The `outbox_message` table.

use super::OutboxMessage;
use sea_orm::entity::prelude::*;
use sea_orm::{QueryOrder, QuerySelect, Set};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox_message")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// Writes `letter` to the outbox, on `db` — inside the caller's transaction when it is one, so
/// that the message exists exactly when the change that causes it does. Delivery happens later,
/// off the request path.
pub async fn enqueue<C: ConnectionTrait>(db: &C, letter: &super::Letter) -> Result<i32, DbErr> {
    let stored = ActiveModel {
        recipient: Set(letter.to.clone()),
        subject: Set(letter.subject.clone()),
        body: Set(letter.text()),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(stored.id)
}

pub async fn store<C: ConnectionTrait>(
    db: &C,
    recipient: &str,
    subject: &str,
    body: &str,
) -> Result<(), DbErr> {
    ActiveModel {
        recipient: Set(recipient.to_owned()),
        subject: Set(subject.to_owned()),
        body: Set(body.to_owned()),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

pub async fn newest(db: &DatabaseConnection, limit: u64) -> Result<Vec<OutboxMessage>, DbErr> {
    Ok(Entity::find()
        .order_by_desc(Column::Id)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(|m| OutboxMessage {
            id: m.id,
            recipient: m.recipient,
            subject: m.subject,
            body: m.body,
            created_at: m.created_at,
        })
        .collect())
}
