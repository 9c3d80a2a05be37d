//! Matching for Water Operator Partnerships: ranking mentor utilities for a recipient's need,
//! with each factor of the score explained, and proposing mentors for many needs at once.

pub mod assign;
mod explain;
#[cfg(test)]
pub(crate) mod fixtures;
pub mod index;
pub mod profile;
pub mod region;
pub mod score;
pub mod weights;

pub use assign::{assign, Assignment, Proposal};
pub use index::MentorIndex;
pub use profile::{
    topic_kpis, FactorScore, KpiPoint, MentorProfile, NeedProfile, PastPartnership, RankedMentor,
};
pub use region::{haversine_km, region_of, Region};
pub use weights::{Factor, Weights};

mod api;
mod pages;

pub use api::*;
pub use pages::{CandidateCard, MentorCandidates, NetworkMatchingPage};
