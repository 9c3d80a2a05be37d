//! The partner directory: the organizations of the network.

#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod entity;
mod kind;
mod pages;

pub use kind::OrganizationKind;
pub use pages::DirectoryPage;

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One row of the directory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationSummary {
    pub id: i32,
    pub name: String,
    pub kind: OrganizationKind,
    pub country: String,
    pub city: String,
    pub population_served: Option<i64>,
}

#[server(prefix = "/api", endpoint = "partners/list")]
#[tracing::instrument]
pub async fn list_organizations() -> Result<Vec<OrganizationSummary>, AppError> {
    let db = crate::state::db()?;
    Ok(entity::list_all(&db).await?)
}
