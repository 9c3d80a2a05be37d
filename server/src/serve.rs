//! The connection loop, shared by the server and its tests so both run under the same limits.
//! axum's `serve` has no header-read timeout, no cap on connections and no bound on a graceful
//! shutdown, so connections are served here with hyper directly: HTTP/1.1 (what browsers and
//! reverse proxies speak to an application server; axum was built without HTTP/2 here too),
//! with TCP_NODELAY, the client's address for the handlers, a header-read timeout, at most
//! `max_connections` at once, and a shutdown that waits `shutdown_grace_secs` for requests in
//! flight and then closes whatever is left.

use crate::config::ConnectionSettings;
use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;
use tower::ServiceExt;

/// Serves `router` on `listener` until `stopping` is cancelled, then shuts down within the
/// grace period: new connections are no longer accepted, kept-alive ones close after their
/// current request, and after the grace period every connection still open is closed.
pub async fn serve_on(
    listener: TcpListener,
    router: Router,
    limits: &ConnectionSettings,
    stopping: CancellationToken,
) {
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        // Also bounds how long a kept-alive connection may sit idle between requests.
        .header_read_timeout(Duration::from_secs(limits.header_read_timeout_secs));
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    let mut connections = JoinSet::new();
    loop {
        while connections.try_join_next().is_some() {}
        // A free slot first: past the cap, clients wait in the kernel's listen queue.
        let slot = tokio::select! {
            biased;
            _ = stopping.cancelled() => break,
            slot = Arc::clone(&slots).acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break,
            },
        };
        let (tcp, remote) = tokio::select! {
            biased;
            _ = stopping.cancelled() => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    accept_failed(e).await;
                    continue;
                }
            },
        };
        // Streamed pages would otherwise wait on delayed ACKs.
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::warn!(error = %e, "could not set TCP_NODELAY");
        }
        let router = router.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            // The client address, as `into_make_service_with_connect_info` would give it.
            request.extensions_mut().insert(ConnectInfo(remote));
            router.clone().oneshot(request)
        });
        let connection = graceful.watch(http.serve_connection(TokioIo::new(tcp), service));
        connections.spawn(async move {
            if let Err(e) = without_leaked_owner(connection).await {
                // Timeouts and clients that went away: nothing the server can act on.
                tracing::debug!(error = %e, client = %remote, "connection ended with an error");
            }
            drop(slot);
        });
    }
    drop(listener);
    let open = graceful.count();
    let grace = Duration::from_secs(limits.shutdown_grace_secs);
    tracing::info!(
        open,
        ?grace,
        "no longer accepting connections; finishing requests in flight"
    );
    if tokio::time::timeout(grace, graceful.shutdown())
        .await
        .is_err()
    {
        while connections.try_join_next().is_some() {}
        tracing::warn!(
            open = connections.len(),
            "closing the connections still open after the grace period"
        );
        connections.abort_all();
    }
    while connections.join_next().await.is_some() {}
}

/// Polls `connection` with no reactive owner current on the thread, before and after each poll.
///
/// Leptos keeps the current owner (whose contexts `use_context` reads) in a thread-local.
/// Rendering a page makes its root owner current with `Owner::new_root` and never puts the old
/// one back, so the worker thread keeps pointing at that page while it lives; a server function
/// or file handler polled next on the same thread creates its owner *under* it and inherits its
/// contexts: a Thai reader's language answered an English request's refusal. Each connection
/// therefore starts every poll from no owner and leaves none behind.
async fn without_leaked_owner<F: std::future::Future>(connection: F) -> F::Output {
    fn clear() {
        if let Some(owner) = leptos::prelude::Owner::current() {
            owner.unset();
        }
    }
    let mut connection = std::pin::pin!(connection);
    std::future::poll_fn(move |cx| {
        clear();
        let poll = connection.as_mut().poll(cx);
        clear();
        poll
    })
    .await
}

/// Errors of `accept` that concern one connection (it was reset before being accepted) are
/// skipped; others (out of file descriptors) are waited out, as axum::serve does.
async fn accept_failed(e: std::io::Error) {
    use std::io::ErrorKind::*;
    if matches!(
        e.kind(),
        ConnectionRefused | ConnectionAborted | ConnectionReset
    ) {
        return;
    }
    tracing::error!(error = %e, "accepting a connection failed; retrying in a second");
    tokio::time::sleep(Duration::from_secs(1)).await;
}
