//! The WaterLinks Hub server: configuration, database, HTTP application and operations.

pub mod address;
pub mod config;
pub mod db;
pub mod error;
pub mod friendly;
pub mod input;
pub mod metrics;
pub mod router;
pub mod security;
pub mod serve;
pub mod telemetry;

use config::Settings;
use error::ServerError;
use leptos::prelude::LeptosOptions;
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;

pub use serve::serve_on;

/// Leptos's options for this deployment: the compiled site's location and the listen address.
pub fn leptos_options(settings: &Settings) -> Result<LeptosOptions, ServerError> {
    let mut options = leptos::prelude::get_configuration(None)
        .map_err(|e| ServerError::Config(format!("Leptos settings: {e}")))?
        .leptos_options;
    if options.output_name.is_empty() {
        // Built without LEPTOS_OUTPUT_NAME (a plain `cargo test`): the name in Cargo.toml.
        options.output_name = "waterlinks".into();
    }
    options.site_root = settings.site_root.display().to_string().into();
    options.site_addr = settings.listen_addr;
    Ok(options)
}

/// Serves until SIGTERM or Ctrl-C, then finishes the requests in flight (within the grace
/// period; the big screens' streams end at once).
pub async fn serve(settings: Settings, db: DatabaseConnection) -> Result<(), ServerError> {
    let listener = TcpListener::bind(settings.listen_addr)
        .await
        .map_err(|source| ServerError::Listen {
            addr: settings.listen_addr,
            source,
        })?;
    let local = listener
        .local_addr()
        .map_err(|source| ServerError::Listen {
            addr: settings.listen_addr,
            source,
        })?;
    let mailer = settings.mailer()?;
    let state = router::state(&settings, leptos_options(&settings)?, db, mailer)?;
    let stopping = state.stopping.clone();
    let app = router::build(&settings, state);
    tracing::info!(address = %local, base_url = %settings.public_base_url, "WaterLinks Hub is listening");
    let signal = stopping.clone();
    tokio::spawn(async move {
        shutdown_signal().await;
        signal.cancel();
    });
    serve_on(listener, app, &settings.connections, stopping).await;
    tracing::info!("WaterLinks Hub stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}
