//! Sector events (global, regional and national), the network's own flagged: a month calendar,
//! upcoming and past lists, a calendar file per event and a subscribable calendar feed.

mod api;
#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod files;
mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod service;
mod types;

pub use api::*;
pub use pages::EventsPage;
pub use rules::Scope;
pub use types::*;
