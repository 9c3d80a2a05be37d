//! Matching for Water Operator Partnerships: ranking mentor utilities for a recipient's need,
//! with each factor of the score explained, and proposing mentors for many needs at once.

pub mod assign;
pub mod region;
pub mod score;

pub use assign::{assign, Assignment, Proposal};
pub use region::{haversine_km, region_of, Region};
pub use score::{
    topic_kpis, Factor, FactorScore, KpiPoint, MentorIndex, MentorProfile, NeedProfile,
    PastPartnership, RankedMentor, Weights,
};

mod api;
mod pages;

pub use api::*;
pub use pages::{CandidateCard, MentorCandidates, NetworkMatchingPage};
