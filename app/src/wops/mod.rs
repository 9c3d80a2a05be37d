//! Water Operator Partnerships: each partnership's life from introduction to measured results
//! (agreement, work plan, reports, outcomes). Needs and offers, which lead to partnerships, are
//! posted and matched in the `matching` domain.

mod api;
#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod document;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod export;
mod filter;
#[cfg(feature = "ssr")]
pub mod honours;
mod lifecycle;
mod pages;
mod plan;
#[cfg(feature = "ssr")]
pub mod plan_service;
#[cfg(feature = "ssr")]
pub mod service;
mod timeline;
#[cfg(feature = "ssr")]
mod trail;
mod types;
mod upload_rules;
mod workplan_pages;

pub use api::*;
pub use filter::PartnershipFilter;
pub use lifecycle::{
    available_steps, next_state, Facts, PartnershipState, Side, Standing, Step, StepError,
};
pub use pages::{PartnershipListPage, PartnershipPage};
pub use plan::{
    direction_warning, parse_activity, parse_agreement, parse_commitment, parse_outcome,
    parse_report, parse_resource, progress_towards_target, ActivityForm, ActivityKind,
    ActivityPlan, ActivityStatus, AgreementTerms, OutcomePlan, ReportDraft, ResourcePlan,
};
#[cfg(feature = "ssr")]
pub use trail::TrailEvent;
pub use types::*;
pub use upload_rules::check_pdf;
