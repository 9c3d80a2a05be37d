//! What server functions reach through Leptos context: the database and public site settings.
//!
//! A foundation module: it names no domain. A domain's own long-lived values (a cache, a live
//! hub, a hook) are kept in [`Services`] by their type, and the domain finds them there.

pub mod limits;

use crate::error::AppError;
use leptos::prelude::*;
use sea_orm::DatabaseConnection;
use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::Arc;

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
    /// The key of keyed hashes (voter keys, personal codes).
    pub secret: std::sync::Arc<crate::secret::ServerSecret>,
    /// The domains' own values, by type: the directory's filter cache, the live award tallies,
    /// what happens elsewhere when a Forum registration is cancelled (see
    /// `server::router::state`).
    pub services: Services,
    /// Reads the text of uploaded PDFs in a child process under limits.
    pub pdf_text: std::sync::Arc<crate::uploads::extract::TextExtractor>,
    /// The fonts every PDF the server writes embeds (certificates, badges, reports).
    pub pdf_fonts: std::sync::Arc<crate::pdf::PdfFonts>,
    /// How much one account may upload to the library.
    pub upload_quota: crate::uploads::UploadQuota,
    /// Cancelled when the server begins to stop: responses that never end by themselves (the
    /// big screens' streams) end then, so the shutdown can finish.
    pub stopping: tokio_util::sync::CancellationToken,
}

impl AppState {
    pub async fn secret_key(&self) -> Result<crate::secret::SecretKey, AppError> {
        self.secret.key(&self.db).await
    }

    /// The value of type `T` the server registered in [`Services`]; an internal error (logged)
    /// when it registered none.
    pub fn service<T: Any + Send + Sync>(&self) -> Result<&T, AppError> {
        self.services.get::<T>().ok_or_else(|| {
            tracing::error!(
                service = std::any::type_name::<T>(),
                "service missing from the AppState"
            );
            AppError::Internal
        })
    }
}

/// Values that belong to one domain but live as long as the server, each kept under its own type
/// (e.g. `Arc<TallyHub>`), so that the app state need not name the domains that read it.
#[derive(Clone, Default)]
pub struct Services(Arc<HashMap<TypeId, Arc<dyn Any + Send + Sync>>>);

impl Services {
    /// These services and `value` (replacing one of the same type).
    pub fn with<T: Any + Send + Sync>(self, value: T) -> Services {
        let mut map = Arc::try_unwrap(self.0).unwrap_or_else(|shared| (*shared).clone());
        map.insert(TypeId::of::<T>(), Arc::new(value));
        Services(Arc::new(map))
    }

    pub fn get<T: Any + Send + Sync>(&self) -> Option<&T> {
        self.0.get(&TypeId::of::<T>())?.downcast_ref::<T>()
    }
}

/// The database of the current request.
pub fn db() -> Result<DatabaseConnection, AppError> {
    use_context::<AppState>().map(|s| s.db).ok_or_else(|| {
        tracing::error!("AppState missing from the Leptos context");
        AppError::Internal
    })
}
