//! The `organization` table and its queries.

use super::{OrganizationKind, OrganizationSummary};
use sea_orm::entity::prelude::*;
use sea_orm::{QueryOrder, QuerySelect};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "organization")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub city: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub population_served: Option<i64>,
    pub description: String,
    pub is_demo: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    pub fn summary(self) -> OrganizationSummary {
        OrganizationSummary {
            id: self.id,
            kind: self.kind.parse().unwrap_or(OrganizationKind::Utility),
            name: self.name,
            country: self.country,
            city: self.city,
            population_served: self.population_served,
        }
    }
}

pub async fn list_all(db: &DatabaseConnection) -> Result<Vec<OrganizationSummary>, DbErr> {
    let rows = Entity::find()
        .order_by_asc(Column::Country)
        .order_by_asc(Column::Name)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(Model::summary).collect())
}

/// Counts for the home page: organizations, utilities, distinct countries.
pub async fn network_counts(db: &DatabaseConnection) -> Result<(u64, u64, u64), DbErr> {
    let organizations = Entity::find().count(db).await?;
    let utilities = Entity::find()
        .filter(Column::Kind.eq(OrganizationKind::Utility.code()))
        .count(db)
        .await?;
    let countries: Vec<String> = Entity::find()
        .select_only()
        .column(Column::Country)
        .distinct()
        .into_tuple()
        .all(db)
        .await?;
    Ok((organizations, utilities, countries.len() as u64))
}
