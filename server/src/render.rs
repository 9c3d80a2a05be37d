//! Server-side rendering stays on one thread per request.
//!
//! Leptos keeps the error boundary that turns a failed resource into the error page (and its
//! 404 or 403 status) in a thread-local while it renders. On the multi-threaded runtime a page
//! whose rendering awaited its data could resume on another worker, lose that boundary, and
//! answer 200 with an empty page. So pages and server functions are rendered on a small pool of
//! single-threaded runtimes, one per core, and their (small) bodies are completed there.

use axum::{
    body::Body,
    extract::Request,
    http::StatusCode,
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::sync::OnceLock;
use tokio_util::task::LocalPoolHandle;

/// Larger than any page or server-function answer; a guard, not a size anyone should reach.
const MAX_RENDERED_BYTES: usize = 32 * 1024 * 1024;

fn pool() -> &'static LocalPoolHandle {
    static POOL: OnceLock<LocalPoolHandle> = OnceLock::new();
    POOL.get_or_init(|| {
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
        LocalPoolHandle::new(threads)
    })
}

/// Runs the rest of the request on one pool thread and buffers its body there.
pub async fn on_one_thread(request: Request, next: Next) -> Response {
    let rendered = pool()
        .spawn_pinned(move || async move {
            let (parts, body) = next.run(request).await.into_parts();
            match axum::body::to_bytes(body, MAX_RENDERED_BYTES).await {
                Ok(bytes) => Ok(Response::from_parts(parts, Body::from(bytes))),
                Err(e) => Err(e.to_string()),
            }
        })
        .await;
    match rendered {
        Ok(Ok(response)) => response,
        Ok(Err(e)) => {
            tracing::error!(error = %e, "a page's body could not be rendered");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "a page's rendering task failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
