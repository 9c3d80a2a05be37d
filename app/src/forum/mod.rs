//! The Annual Forum: registration (guests confirm by an emailed link), a waitlist behind the
//! capacity, optional approval, badges with a QR code, check-in at the desk, and the agenda.

mod admin_forms;
#[cfg(feature = "ssr")]
pub mod agenda;
mod api;
#[cfg(feature = "ssr")]
pub mod badge_pdf;
#[cfg(feature = "ssr")]
pub mod badges;
#[cfg(feature = "ssr")]
pub mod check_in;
#[cfg(feature = "ssr")]
pub mod demo;
pub mod edition_rules;
#[cfg(feature = "ssr")]
pub mod edition_service;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod files;
#[cfg(feature = "ssr")]
pub mod leaving;
#[cfg(feature = "ssr")]
mod notify;
mod pages;
pub mod personal_code;
#[cfg(feature = "ssr")]
pub mod qr;
#[cfg(feature = "ssr")]
pub mod registering;
#[cfg(feature = "ssr")]
pub mod registrants;
pub mod rules;
pub mod scanner;
#[cfg(feature = "ssr")]
pub mod service;
mod types;

pub use api::*;
pub use pages::{BadgePage, CancelPage, CheckInPage, ConfirmPage, ForumAdminPage, ForumPage};
pub use types::*;
