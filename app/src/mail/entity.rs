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
