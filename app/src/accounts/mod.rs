//! Accounts and roles: who a person is on the platform and what they may do.

#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod password;
mod role;
#[cfg(feature = "ssr")]
pub mod service;
mod validation;

pub use role::Role;
pub use validation::{
    normalize_email, validate_display_name, validate_new_password, PASSWORD_MIN_CHARS,
};
