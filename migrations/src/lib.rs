//! The database schema, as an ordered list of migrations. Both SQLite and PostgreSQL run the same ones.

pub use sea_orm_migration::prelude::*;

mod m20261128_000001_foundation;
mod m20261128_000002_accounts;
mod m20261129_000003_directory;
mod m20261129_000004_partnerships;
mod m20261129_000005_training;
mod m20261129_000006_library;
mod m20261129_000007_library_rank;
mod m20261129_000008_forum;
mod m20261129_000009_stories_events;
mod m20261129_000010_awards;
mod m20261205_000011_keep_references;
mod m20261205_000012_shared_rate_limits;
mod m20261205_000013_upload_quotas;
mod m20261205_000014_voting_credentials;
pub mod m20261206_000015_typed_state;
mod m20261206_000016_audit;
mod m20261206_000017_mail_delivery;
mod m20261206_000018_account_life;
pub mod m20261206_000019_memberships;
pub mod m20261206_000021_language_preference;
pub mod m20261206_000022_content_language;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_foundation::Migration),
            Box::new(m20261128_000002_accounts::Migration),
            Box::new(m20261129_000003_directory::Migration),
            Box::new(m20261129_000004_partnerships::Migration),
            Box::new(m20261129_000005_training::Migration),
            Box::new(m20261129_000006_library::Migration),
            Box::new(m20261129_000007_library_rank::Migration),
            Box::new(m20261129_000008_forum::Migration),
            Box::new(m20261129_000009_stories_events::Migration),
            Box::new(m20261129_000010_awards::Migration),
            Box::new(m20261205_000011_keep_references::Migration),
            Box::new(m20261205_000012_shared_rate_limits::Migration),
            Box::new(m20261205_000013_upload_quotas::Migration),
            Box::new(m20261205_000014_voting_credentials::Migration),
            Box::new(m20261206_000015_typed_state::Migration),
            Box::new(m20261206_000016_audit::Migration),
            Box::new(m20261206_000017_mail_delivery::Migration),
            Box::new(m20261206_000018_account_life::Migration),
            Box::new(m20261206_000019_memberships::Migration),
            Box::new(m20261206_000021_language_preference::Migration),
            Box::new(m20261206_000022_content_language::Migration),
        ]
    }
}
