//! The `topic` table.

use super::{code_for, Topic};
use crate::error::AppError;
use sea_orm::entity::prelude::*;
use sea_orm::{QueryOrder, Set};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "topic")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub code: String,
    pub name: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl From<Model> for Topic {
    fn from(m: Model) -> Topic {
        Topic {
            id: m.id,
            code: m.code,
            name: m.name,
        }
    }
}

pub async fn list<C: ConnectionTrait>(db: &C) -> Result<Vec<Topic>, DbErr> {
    Ok(Entity::find()
        .order_by_asc(Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(Topic::from)
        .collect())
}

pub async fn find_by_code<C: ConnectionTrait>(db: &C, code: &str) -> Result<Option<Model>, DbErr> {
    Entity::find().filter(Column::Code.eq(code)).one(db).await
}

fn duplicate_name(e: DbErr) -> AppError {
    match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => AppError::field(
            "name",
            crate::t!(crate::i18n::current(), "topics-name-taken"),
        ),
        _ => AppError::from(e),
    }
}

pub async fn create(db: &DatabaseConnection, name: &str) -> Result<Topic, AppError> {
    // The code must be unique too; add a number when the name's code is taken.
    let base = code_for(name);
    let mut code = base.clone();
    let mut n = 2;
    while find_by_code(db, &code).await?.is_some() {
        code = format!("{base}_{n}");
        n += 1;
    }
    let created = ActiveModel {
        code: Set(code),
        name: Set(name.to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(duplicate_name)?;
    Ok(created.into())
}

pub async fn rename(db: &DatabaseConnection, id: i32, name: &str) -> Result<Topic, AppError> {
    let found = Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(crate::t!(crate::i18n::current(), "topics-not-found")))?;
    let mut active: ActiveModel = found.into();
    active.name = Set(name.to_owned());
    Ok(active.update(db).await.map_err(duplicate_name)?.into())
}
