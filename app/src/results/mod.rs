//! Network results: one query layer ([`query::network_results`]) feeds the home page, the
//! results dashboard, the map, the XLSX/PDF/CSV reports and the read-only API for development
//! partners, so their figures cannot disagree.

mod api;
#[cfg(feature = "ssr")]
pub mod api_v1;
mod chart;
#[cfg(feature = "ssr")]
pub mod demo;
mod developers;
pub mod endpoints;
#[cfg(feature = "ssr")]
pub mod files;
mod filter;
mod map;
pub mod openapi;
mod pages;
#[cfg(feature = "ssr")]
pub mod paging;
#[cfg(feature = "ssr")]
pub mod pdf;
#[cfg(feature = "ssr")]
pub mod query;
pub mod report;
pub mod rules;
mod types;
pub mod words;

pub use api::*;
pub use developers::DevelopersPage;
pub use filter::{FilterChoices, ResultsFilter};
pub use map::{results_map, MapData, MapPage};
pub use pages::{change_in_words, HeadlineFigures, ResultsPage};
pub use types::*;
