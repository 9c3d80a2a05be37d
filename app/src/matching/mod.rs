//! Matching for Water Operator Partnerships: recipients' needs and mentors' offers, ranking
//! mentor utilities for a need with each factor of the score explained, proposing mentors for
//! many needs at once, and proposing the partnership that follows.

pub mod assign;
mod explain;
#[cfg(test)]
pub(crate) mod fixtures;
pub mod index;
mod needs;
mod needs_pages;
#[cfg(feature = "ssr")]
pub mod needs_service;
pub mod profile;
pub mod region;
pub mod score;
#[cfg(feature = "ssr")]
pub mod scoring_data;
pub mod weights;

pub use assign::{assign, Assignment, Proposal};
pub use index::MentorIndex;
pub use needs::*;
pub use needs_pages::{NeedPage, NeedsPage};
pub use profile::{
    topic_kpis, FactorScore, KpiPoint, MentorProfile, NeedProfile, PastPartnership, RankedMentor,
};
pub use region::{haversine_km, region_of, Region};
pub use weights::{Factor, Weights};

mod api;
mod pages;

pub use api::*;
pub use pages::{CandidateCard, MentorCandidates, NetworkMatchingPage};
