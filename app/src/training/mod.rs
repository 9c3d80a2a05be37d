//! Regional capacity building: training programs with sessions, enrolment and a waitlist,
//! attendance and completion certificates, evaluations, and the public catalogue.

mod api;
#[cfg(feature = "ssr")]
pub mod attendance;
#[cfg(feature = "ssr")]
pub mod catalogue;
#[cfg(feature = "ssr")]
pub mod certificate;
#[cfg(feature = "ssr")]
pub mod certificates;
#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod enrolment;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod evaluation;
pub mod evaluation_rules;
#[cfg(feature = "ssr")]
pub mod files;
mod local_time;
#[cfg(feature = "ssr")]
mod notify;
mod pages;
#[cfg(feature = "ssr")]
pub mod program;
mod program_page;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod service;
mod types;

pub use api::*;
pub use pages::{CertificatePage, EvaluationsPage, NewProgramPage, TrainingCataloguePage};
pub use program_page::ProgramPage;
pub use types::*;
