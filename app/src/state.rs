//! What server functions reach through Leptos context: the database and public site settings.

use crate::error::AppError;
use leptos::prelude::*;
use sea_orm::DatabaseConnection;

/// Settings the app layer needs at request time (the server's full configuration stays in `server`).
#[derive(Clone, Debug)]
pub struct SiteSettings {
    /// Where the site is reached from the outside, e.g. `https://hub.waterlinks.org`.
    pub public_base_url: String,
    /// Where uploaded files (signed agreements, documents) are stored.
    pub upload_dir: std::path::PathBuf,
}

/// The axum router state. Leptos provides it as context to every server function and page.
#[derive(Clone, axum::extract::FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    pub site: SiteSettings,
    /// Request limits (sign-in, Forum, contact, votes), and who the client is.
    pub limits: std::sync::Arc<crate::limits::Limits>,
    /// SMTP, or the outbox when no mail server is configured.
    pub mailer: crate::mail::Mailer,
    /// The directory's filter choices, kept briefly.
    pub directory_filters: std::sync::Arc<crate::partners::filter_cache::FilterCache>,
    /// Live award tallies for the big screens.
    pub awards: std::sync::Arc<crate::awards::live::TallyHub>,
    /// The key of keyed hashes (voter keys, personal codes).
    pub secret: std::sync::Arc<crate::secret::ServerSecret>,
    /// What happens elsewhere when a Forum registration is cancelled or rejected.
    pub leaving: std::sync::Arc<dyn crate::forum::leaving::Leaving>,
    /// Reads the text of uploaded PDFs in a child process under limits.
    pub pdf_text: std::sync::Arc<crate::library::extract::TextExtractor>,
    /// How much one account may upload to the library.
    pub upload_quota: crate::library::quota::UploadQuota,
    /// Cancelled when the server begins to stop: responses that never end by themselves (the
    /// big screens' streams) end then, so the shutdown can finish.
    pub stopping: tokio_util::sync::CancellationToken,
}

impl AppState {
    pub async fn secret_key(&self) -> Result<crate::secret::SecretKey, AppError> {
        self.secret.key(&self.db).await
    }
}

/// The database of the current request.
pub fn db() -> Result<DatabaseConnection, AppError> {
    use_context::<AppState>().map(|s| s.db).ok_or_else(|| {
        tracing::error!("AppState missing from the Leptos context");
        AppError::Internal
    })
}
