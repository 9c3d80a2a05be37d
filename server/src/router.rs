//! The HTTP application: Leptos pages and server functions, operations endpoints, and layers.

use crate::{address, config::Settings, error::ServerError, input, metrics, security};
use app::mail::Mailer;
use app::state::{AppState, Services, SiteSettings};
use app::{shell, App};
use axum::{
    body::Body,
    extract::State,
    http::{header, Response, StatusCode},
    middleware,
    response::IntoResponse,
    routing::get,
    Json, Router,
};
use leptos::prelude::LeptosOptions;
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use sea_orm::DatabaseConnection;
use serde_json::json;
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use tower_http::{
    catch_panic::CatchPanicLayer,
    compression::CompressionLayer,
    limit::RequestBodyLimitLayer,
    timeout::{RequestBodyTimeoutLayer, TimeoutLayer},
    trace::TraceLayer,
};

/// What the handlers share, for `settings` on an open database. Starts the award tallies'
/// tasks and, with a mail server configured, the mail delivery worker (which stops with the
/// server), so it runs on the runtime that serves.
pub fn state(
    settings: &Settings,
    leptos_options: LeptosOptions,
    db: DatabaseConnection,
    mailer: Mailer,
) -> Result<AppState, ServerError> {
    let awards = app::awards::live::TallyHub::start_with(
        db.clone(),
        settings.connections.live_streams_per_address,
    );
    let secret = Arc::new(app::secret::ServerSecret::new(
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
    let stopping = tokio_util::sync::CancellationToken::new();
    if let Some(smtp) = &settings.smtp {
        app::mail::worker::start(&db, &mailer, smtp.retry_policy(), stopping.clone());
    }
    // Expired sessions and used or expired links are forgotten hourly, until the server stops.
    tokio::spawn(app::accounts::purge::run(db.clone(), stopping.clone()));
    Ok(AppState {
        leptos_options,
        db: db.clone(),
        site: SiteSettings {
            public_base_url: settings.public_base_url.trim_end_matches('/').to_owned(),
            upload_dir: settings.upload_dir(),
        },
        limits: app::limits::Limits::start(&db, settings.limit_policy(), settings.proxies()),
        services: Services::default()
            .with(Arc::new(app::partners::filter_cache::FilterCache::default()))
            .with(Arc::new(app::awards::withdrawal::VoteWithdrawal::new(
                db.clone(),
                awards.clone(),
                secret.clone(),
            )) as Arc<dyn app::forum::leaving::Leaving>)
            .with(awards)
            .with(Arc::new(app::awards::overview::Winners) as Arc<dyn app::wops::honours::Honours>),
        secret,
        pdf_text: Arc::new(app::uploads::extract::TextExtractor::new(
            settings.uploads.extractor()?,
            settings.uploads.extraction_limits(),
        )),
        upload_quota: settings.uploads.quota(),
        pdf_fonts: Arc::new(pdf_fonts(settings)),
        stopping,
        mailer,
    })
}

/// The PDF fonts, with a warning for each file that is not there: PDFs still work without it,
/// but print the script it covers transliterated (or, without Noto Sans, without diacritics).
fn pdf_fonts(settings: &Settings) -> app::pdf::PdfFonts {
    let fonts = app::pdf::PdfFonts::new(&settings.pdf_fonts);
    for font in fonts.missing() {
        tracing::warn!(
            path = %font.path.display(),
            package = font.package,
            "PDF font missing: install the Debian package {} (or point pdf_fonts.* at the \
             file); until then PDFs lose {}",
            font.package,
            font.loses
        );
    }
    fonts
}

/// Builds the whole application for `settings` around `state`.
pub fn build(settings: &Settings, state: AppState) -> Router {
    let db = state.db.clone();
    let routes = route_list();
    let options = state.leptos_options.clone();
    let state_for_pages = state.clone();

    let ops = Router::new()
        .route("/healthz", get(healthz))
        .route("/livez", get(livez))
        .route("/metrics", get(metrics::render))
        .with_state(db);

    let app = Router::new()
        .route("/partners.csv", get(app::partners::export::directory_csv))
        .route("/admin/audit.csv", get(app::admin::audit::ssr::audit_csv))
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
            "/forum/badge/{code}/badge.pdf",
            get(app::forum::badge_pdf::download),
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
        .route("/awards/ballot", get(app::awards::files::open_ballot))
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
        .route(
            "/api/v1/openapi.json",
            get(app::results::openapi::openapi_json),
        )
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
        // In the person's language: the service worker keeps them for when the network goes.
        .route("/offline.html", get(app::shell::offline::ssr::offline_page))
        .route(
            "/manifest.webmanifest",
            get(app::shell::offline::ssr::manifest),
        )
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
        // Inside the body limit and the request timeout, which bound what it reads.
        .layer(middleware::from_fn_with_state(
            input::SecureCookies(settings.public_base_url.starts_with("https://")),
            input::refuse_control_characters,
        ))
        .layer(RequestBodyLimitLayer::new(settings.max_body_bytes))
        // Bounds the time until an answer starts: a live stream or a download goes on after
        // it. Uploads below are exempt, since reading a large file from a slow link is long.
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(settings.connections.request_timeout_secs),
        ))
        // Uploads may be larger than other requests (up to 20 MB): each upload route has its
        // own limit instead of the general one, whatever the general one is set to. They may
        // take long on a slow link, so instead of the request timeout an upload is cut off
        // when it sends nothing for a while: a stalled one does not hold its connection.
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
                .with_state(state)
                .layer(RequestBodyTimeoutLayer::new(Duration::from_secs(
                    settings.connections.upload_idle_timeout_secs,
                ))),
        )
        .merge(ops)
        // A file route's 404 or 410 comes with the site's page, as any missing address does.
        .layer(middleware::from_fn_with_state(
            state_for_pages,
            crate::friendly::missing_as_page,
        ))
        // Before any route: the page router would panic on these addresses.
        .layer(middleware::from_fn(address::refuse_unreadable));
    finish(app, settings)
}

/// The layers every answer passes through, innermost first: a panic becomes the friendly 500
/// page (and a log line) instead of a dropped connection; the request's language is known to
/// everything inside; then metrics, the cross-site guard, security headers, compression and
/// tracing.
pub fn finish(app: Router, settings: &Settings) -> Router {
    let allowed_origin =
        security::AllowedOrigin(settings.public_base_url.trim_end_matches('/').to_owned());
    // Install the recorder before the first request is counted.
    let _ = metrics::recorder();
    app.layer(CatchPanicLayer::custom(answer_panic))
        .layer(middleware::from_fn(in_request_language))
        .layer(middleware::from_fn(metrics::track_requests))
        .layer(middleware::from_fn_with_state(
            allowed_origin,
            security::cross_site_guard,
        ))
        .layer(middleware::from_fn(security::security_headers))
        .layer(CompressionLayer::new().br(true).gzip(true))
        .layer(TraceLayer::new_for_http())
}

/// Answers a request knowing its language (`app::i18n::current`), also where no page put it in
/// a context: plain handlers (files, feeds, uploads), the errors they return, the panic page.
async fn in_request_language(
    request: axum::extract::Request,
    next: middleware::Next,
) -> Response<Body> {
    let lang = app::i18n::request::of_headers(request.headers());
    app::i18n::request::within(lang, next.run(request)).await
}

/// The answer to a handler that panicked: logged with its message, and a plain page that
/// needs nothing that may have failed (no rendering, no database), in the request's language.
fn answer_panic(panic: Box<dyn std::any::Any + Send + 'static>) -> Response<Body> {
    let message = panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_owned());
    tracing::error!(panic = %message, "a request handler panicked");
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        panic_page(app::i18n::current()),
    )
        .into_response()
}

/// The friendly 500 page; the wording is `AppError::Internal`'s.
fn panic_page(lang: app::i18n::Lang) -> String {
    let title = app::t!(lang, "error-title");
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{title} · WaterLinks Hub</title></head>\
<body><main><h1>{title}</h1><p>{text}</p><p><a href=\"/\">{home}</a></p></main></body></html>\n",
        code = lang.as_code(),
        text = app::t!(lang, "error-internal"),
        home = app::t!(lang, "not-found-home"),
    )
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
