//! Plain routes: the live tally stream for the big screens (server-sent events) and the audit
//! export of a category's ballots (CSV).

use super::live::{TooManyStreams, Viewer};
use super::service;
use super::types::LiveTally;
use crate::accounts::auth::user_from_headers;
use crate::accounts::Role;
use crate::error::AppError;
use crate::partners::export::defuse;
use crate::state::AppState;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{header, HeaderMap};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;
use tokio::sync::broadcast::error::RecvError;
use tokio_util::sync::CancellationToken;

fn event(tally: &LiveTally) -> Event {
    let screen = tally.for_screen();
    match serde_json::to_string(&screen) {
        Ok(json) => Event::default().event("tally").data(json),
        Err(_) => Event::default().comment("unreadable tally"),
    }
}

/// The address a stream is counted against. Kept in one place so it can follow the
/// trusted-proxy rule for client addresses once the server sits behind a proxy.
fn viewer_address(connection: &ConnectInfo<SocketAddr>) -> IpAddr {
    connection.0.ip()
}

/// `GET /awards/{id}/live`: the category's tally now, then every newer one. Counts stay out
/// of the stream until revealed when the category hides them. The stream ends when the client
/// goes away or the server stops (the browser's EventSource then reconnects by itself).
pub async fn live(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    connection: ConnectInfo<SocketAddr>,
    request: http::request::Parts,
) -> Response {
    // Before anything is registered: unknown ids must leave nothing behind.
    if let Err(e) = service::check_category(&state.db, id).await {
        return e.into_response();
    }
    // Registered before reading, so nothing committed in between is missed.
    let hub = match state.service::<std::sync::Arc<super::live::TallyHub>>() {
        Ok(hub) => hub,
        Err(e) => return e.into_response(),
    };
    let viewer = match hub.watch(id, viewer_address(&connection)) {
        Ok(viewer) => viewer,
        Err(TooManyStreams) => {
            return AppError::TooManyRequests(crate::t!(
                crate::i18n::request::of_request(&request),
                "awards-too-many-screens"
            ))
            .into_response()
        }
    };
    let first = match service::tally(&state.db, id).await {
        Ok(t) => t,
        Err(e) => return e.into_response(),
    };
    struct Feed {
        first: Option<LiveTally>,
        viewer: Viewer,
        latest: i64,
        stopping: CancellationToken,
    }
    let feed = Feed {
        latest: first.revision,
        first: Some(first),
        viewer,
        stopping: state.stopping.clone(),
    };
    let stream = futures_util::stream::unfold(feed, |mut feed| async move {
        if let Some(first) = feed.first.take() {
            let e = event(&first);
            return Some((Ok::<_, Infallible>(e), feed));
        }
        loop {
            let next = tokio::select! {
                // The server is stopping: end the response so the shutdown can finish.
                _ = feed.stopping.cancelled() => return None,
                next = feed.viewer.recv() => next,
            };
            match next {
                Ok(t) if t.revision >= feed.latest => {
                    feed.latest = t.revision;
                    let e = event(&t);
                    return Some((Ok(e), feed));
                }
                Ok(_) => continue,
                // Each tally is whole: a viewer that fell behind just takes the next one.
                Err(RecvError::Lagged(_)) => continue,
                Err(RecvError::Closed) => return None,
            }
        }
    });
    let mut response = Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response();
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-cache"),
    );
    response
}

/// The columns' names in the reader's language; the values stay machine-readable (RFC 3339
/// times, `yes`/`no`) so the log can be recounted by a script whatever language it came in.
fn header(lang: crate::i18n::Lang) -> [String; 10] {
    use crate::t;
    [
        t!(lang, "awards-csv-sequence"),
        t!(lang, "awards-csv-cast-at"),
        t!(lang, "awards-csv-voter-key"),
        t!(lang, "awards-csv-nomination-id"),
        t!(lang, "awards-csv-nominee"),
        t!(lang, "awards-csv-receipt"),
        t!(lang, "awards-csv-counted"),
        t!(lang, "awards-csv-previous-hash"),
        t!(lang, "awards-csv-hash"),
        t!(lang, "awards-csv-withdrawn"),
    ]
}

/// `GET /awards/{id}/ballots.csv`: every ballot of the category, anonymised (the voter key is
/// keyed with the server's secret, so the registrant list cannot be matched to it), in chain
/// order, with the one that counts per voter marked: counting the marked rows gives the
/// published totals. A withdrawal (the voter's registration was cancelled or rejected) is
/// marked too, and leaves its voter with no counted vote. Public once revealed; before that,
/// secretariat admins only.
pub async fn ballots_csv(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
    request: http::request::Parts,
) -> Response {
    let lang = crate::i18n::request::of_request(&request);
    let result = async {
        let (category, log) = service::ballot_log(&state.db, id).await?;
        if service::state_of(&category) != super::rules::VotingState::Revealed {
            let user = user_from_headers(&state.db, &headers)
                .await?
                .ok_or(AppError::Unauthenticated)?;
            if !user.has_role(Role::SecretariatAdmin) {
                return Err(AppError::Forbidden);
            }
        }
        let noms = service::nominations_of(&state.db, id).await?;
        let names =
            service::nominee_names(&state.db, noms.iter().map(|n| n.partnership_id).collect())
                .await?;
        let title = |nomination: i32| {
            noms.iter()
                .find(|n| n.id == nomination)
                .and_then(|n| names.get(&n.partnership_id))
                .map(|(t, _)| t.clone())
                .unwrap_or_default()
        };
        let failed = |e: csv::Error| {
            tracing::error!(error = %e, "could not write the ballots CSV");
            AppError::Internal
        };
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(header(lang)).map_err(failed)?;
        for (i, (b, counted)) in log.iter().enumerate() {
            let row = [
                (i + 1).to_string(),
                b.cast_at
                    .to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
                b.voter_key.clone(),
                b.nomination_id.to_string(),
                title(b.nomination_id),
                b.receipt.clone(),
                if *counted { "yes" } else { "no" }.to_owned(),
                b.prev_hash.clone(),
                b.hash.clone(),
                if b.withdrawn { "yes" } else { "no" }.to_owned(),
            ];
            writer
                .write_record(row.iter().map(|c| defuse(c)))
                .map_err(failed)?;
        }
        writer.into_inner().map_err(|e| {
            tracing::error!(error = %e, "could not finish the ballots CSV");
            AppError::Internal
        })
    }
    .await;
    match result {
        Ok(body) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"award-{id}-ballots.csv\""),
                ),
                (header::CACHE_CONTROL, "private, no-store".to_owned()),
            ],
            body,
        )
            .into_response(),
        Err(e) => e.into_response(),
    }
}

/// `GET /awards/ballot?code=…`: the vote entry form. A well-formed personal code goes on to its
/// ballot; anything else back to the form, which says what is wrong with it. A plain redirect
/// here, not one set while the page renders, so it holds whatever the page's rendering does.
pub async fn open_ballot(
    Query(query): Query<std::collections::HashMap<String, String>>,
) -> Response {
    let typed = query.get("code").map(String::as_str).unwrap_or_default();
    let to = match super::vote_entry::personal_code(crate::i18n::Lang::En, typed) {
        Ok(code) => format!("/awards/vote/{code}"),
        Err(_) => format!("/awards/vote?code={}", crate::query_string::encode(typed)),
    };
    axum::response::Redirect::to(&to).into_response()
}
