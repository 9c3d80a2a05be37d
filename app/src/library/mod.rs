//! The knowledge library: toolkits, manuals, applied studies and case studies, with their
//! files (versions, download counts), full-text search with facets, the review of members'
//! submissions, and links to the partnerships and training programs behind them.

mod api;
#[cfg(feature = "ssr")]
pub mod browse;
#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod detail;
mod draft;
#[cfg(feature = "ssr")]
pub mod entity;
mod file_rules;
#[cfg(feature = "ssr")]
pub mod file_versions;
#[cfg(feature = "ssr")]
pub mod links;
mod pages;
pub mod pdf;
pub mod query;
#[cfg(feature = "ssr")]
pub mod quota;
#[cfg(feature = "ssr")]
pub mod search;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod submission;
mod types;
#[cfg(feature = "ssr")]
pub mod upload;

pub use api::*;
pub use draft::{parse_product, ProductForm};
#[cfg(feature = "ssr")]
pub use file_rules::check_file;
pub use file_rules::{FileFormat, FileProblem, MAX_FILE_BYTES, UPLOAD_LIMIT};
pub use pages::{LibraryPage, LinkedProducts, NewProductPage, ProductPage};
pub use query::{LibraryFilter, Marked};
pub use types::*;
