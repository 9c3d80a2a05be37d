//! Forum awards: categories per edition, nominations of partnerships, jury scoring, and live
//! audience voting from attendees' phones with the results on the hall's big screen.

mod api;
#[cfg(feature = "ssr")]
pub mod bench;
#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod files;
#[cfg(feature = "ssr")]
pub mod jury;
mod jury_pages;
#[cfg(feature = "ssr")]
pub mod live;
#[cfg(feature = "ssr")]
pub mod overview;
mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod service;
mod types;
mod vote_entry;
#[cfg(feature = "ssr")]
pub mod withdrawal;
#[cfg(feature = "ssr")]
pub mod writer;

pub use api::*;
pub use jury_pages::JuryPage;
pub use pages::{AwardsPage, BallotPage, BigScreenPage, ReceiptPage};
pub use types::*;
pub use vote_entry::VoteEntryPage;
