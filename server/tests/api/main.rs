//! The integration tests: one test binary with a module per area, so the whole app is linked
//! once instead of once per file. Each test starts the real server on a free port against a
//! fresh database (`support`).

// Tests fail loudly on purpose: unwrap and expect are the clearest failure there.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// Settings have dozens of fields; a test changes the one or two it is about.
#![allow(clippy::field_reassign_with_default)]

mod support;

mod account_life;
mod accounts;
mod api_v1;
mod authorization;
mod awards;
mod connections;
mod content_lists;
mod create_admin;
mod directory;
mod forum;
mod forum_languages;
mod foundation;
mod i18n_accounts_results;
mod languages;
mod library;
mod library_languages;
mod mail;
mod memberships;
mod missing;
mod partnerships;
mod password_reset;
mod pdf_scripts;
mod rate_limits;
mod results;
mod stories;
mod strangers;
mod training;
mod upload_limits;
