//! The HTTP application: Leptos pages and server functions, operations endpoints, and layers.

use crate::{address, config::Settings, input, metrics, security};
use app::mail::Mailer;
use app::state::{AppState, SiteSettings};
use app::{shell, App};
use axum::{
    extract::State, http::StatusCode, middleware, response::IntoResponse, routing::get, Json,
    Router,
};
use leptos::prelude::LeptosOptions;
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use sea_orm::DatabaseConnection;
use serde_json::json;
use std::sync::OnceLock;
use tower_http::{compression::CompressionLayer, limit::RequestBodyLimitLayer, trace::TraceLayer};

/// Builds the whole application for `settings` on an open database.
pub fn build(
    settings: &Settings,
    leptos_options: LeptosOptions,
    db: DatabaseConnection,
    mailer: Mailer,
) -> Router {
    let awards = app::awards::live::TallyHub::start(db.clone());
    let secret = std::sync::Arc::new(app::secret::ServerSecret::new(
        settings.secret_key.as_ref().map(|s| s.expose()),
    ));
    // Read (or made) now rather than first inside a request's transaction.
    tokio::spawn({
        let (secret, db) = (secret.clone(), db.clone());
        async move {
            if let Err(e) = secret.key(&db).await {
                tracing::error!(error = %e, "could not load the server secret");
            }
        }
    });
    let state = AppState {
        leptos_options,
        db: db.clone(),
        site: SiteSettings {
            public_base_url: settings.public_base_url.trim_end_matches('/').to_owned(),
            upload_dir: settings.upload_dir(),
        },
        limits: std::sync::Arc::new(app::accounts::rate_limit::RateLimits::new(
            settings.attempts_per_minute,
            settings.attempts_per_hour,
        )),
        directory_filters: Default::default(),
        leaving: std::sync::Arc::new(app::awards::withdrawal::VoteWithdrawal::new(
            db.clone(),
            awards.clone(),
            secret.clone(),
        )),
        awards,
        secret,
        mailer,
    };
    let allowed_origin = security::AllowedOrigin(state.site.public_base_url.clone());
    // Install the recorder before the first request is counted.
    let _ = metrics::recorder();
    let routes = route_list();
    let options = state.leptos_options.clone();

    let ops = Router::new()
        .route("/healthz", get(healthz))
        .route("/livez", get(livez))
        .route("/metrics", get(metrics::render))
        .with_state(db);

    Router::new()
        .route("/partners.csv", get(app::partners::export::directory_csv))
        .route("/partners.json", get(app::partners::export::directory_json))
        .route(
            "/partnerships.csv",
            get(app::wops::export::partnerships_csv),
        )
        .route(
            "/partnerships/{id}/agreement.pdf",
            get(app::wops::document::download),
        )
        .route(
            "/forum/registrants.csv",
            get(app::forum::files::registrants_csv),
        )
        .route(
            "/forum/registrants.xlsx",
            get(app::forum::files::registrants_xlsx),
        )
        .route(
            "/training/{id}/enrolments.csv",
            get(app::training::files::enrolments_csv),
        )
        .route(
            "/training/{id}/attendance.csv",
            get(app::training::files::attendance_csv),
        )
        .route(
            "/training/{id}/evaluations.csv",
            get(app::training::files::evaluations_csv),
        )
        .route(
            "/training/sessions/{id}/calendar.ics",
            get(app::training::files::session_ics),
        )
        .route(
            "/certificates/{code}/certificate.pdf",
            get(app::training::files::certificate_pdf),
        )
        .route("/awards/{id}/live", get(app::awards::files::live))
        .route(
            "/awards/{id}/ballots.csv",
            get(app::awards::files::ballots_csv),
        )
        .route(
            "/results/report.xlsx",
            get(app::results::files::report_xlsx),
        )
        .route("/results/report.pdf", get(app::results::files::report_pdf))
        .route(
            "/results/tables/{file}",
            get(app::results::files::table_csv),
        )
        .route("/api", get(app::results::api_v1::to_docs))
        .route("/api/v1/openapi.json", get(app::results::api_v1::openapi))
        .route(
            "/api/v1/organizations",
            get(app::results::api_v1::organizations),
        )
        .route(
            "/api/v1/partnerships",
            get(app::results::api_v1::partnerships),
        )
        .route("/api/v1/trainings", get(app::results::api_v1::trainings))
        .route(
            "/api/v1/knowledge-products",
            get(app::results::api_v1::knowledge_products),
        )
        .route("/api/v1/events", get(app::results::api_v1::events))
        .route("/api/v1/results", get(app::results::api_v1::results))
        .route("/api/v1/{*rest}", get(app::results::api_v1::not_found))
        .route("/feed.atom", get(app::stories::feed::atom))
        .route("/stories/images/{name}", get(app::stories::image::serve))
        .route("/events.ics", get(app::events::files::events_ics))
        .route("/events/{id}/event.ics", get(app::events::files::event_ics))
        .route(
            "/library/files/{file_id}",
            get(app::library::upload::download),
        )
        .leptos_routes(&state, routes, move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .with_state(state.clone())
        .layer(RequestBodyLimitLayer::new(settings.max_body_bytes))
        // Uploads may be larger than other requests (up to 20 MB): each upload route has its
        // own limit instead of the general one, whatever the general one is set to.
        .merge(
            Router::new()
                // Signed agreements: up to 10 MB.
                .route(
                    "/partnerships/{id}/agreement/document",
                    axum::routing::post(app::wops::document::upload).layer(
                        axum::extract::DefaultBodyLimit::max(app::wops::document::UPLOAD_LIMIT),
                    ),
                )
                // Story pictures: up to 5 MB before resizing.
                .route(
                    "/stories/{id}/image",
                    axum::routing::post(app::stories::image::upload).layer(
                        axum::extract::DefaultBodyLimit::max(app::stories::image::IMAGE_LIMIT),
                    ),
                )
                .route(
                    "/library/{id}/files",
                    axum::routing::post(app::library::upload::upload).layer(
                        axum::extract::DefaultBodyLimit::max(app::library::UPLOAD_LIMIT),
                    ),
                )
                .with_state(state),
        )
        .merge(ops)
        .layer(middleware::from_fn(input::refuse_control_characters))
        // Before any route: the page router would panic on these addresses.
        .layer(middleware::from_fn(address::refuse_unreadable))
        .layer(middleware::from_fn(metrics::track_requests))
        .layer(middleware::from_fn_with_state(
            allowed_origin,
            security::cross_site_guard,
        ))
        .layer(middleware::from_fn(security::security_headers))
        .layer(CompressionLayer::new().br(true).gzip(true))
        .layer(TraceLayer::new_for_http())
}

/// The app's routes, generated once per process. Generating runs the app with resource
/// loading suppressed by a process-wide flag (leptos_server's `SuppressResourceLoad`): a page
/// rendered meanwhile by another server in the same process (the tests start many) would
/// wait forever on a resource first polled in that window.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// Liveness: the process answers, without touching the database. Also the baseline the
/// benchmarks compare pages against (a bare axum JSON handler in the same binary).
async fn livez() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok" }))
}

/// Readiness: answers 200 only when the database answers.
async fn healthz(State(db): State<DatabaseConnection>) -> impl IntoResponse {
    match db.ping().await {
        Ok(()) => (
            StatusCode::OK,
            Json(json!({ "status": "ok", "database": "ok" })),
        ),
        Err(e) => {
            tracing::error!(error = %e, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({ "status": "unavailable", "database": "unreachable" })),
            )
        }
    }
}
