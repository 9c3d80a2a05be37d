//! A session's time in the reader's own time zone. The server cannot know that zone, so
//! `public/js/venue.js` fills it in from the times carried here, in the page's language (the
//! venue's time is always shown beside it); without the script nothing is shown.

use chrono::{DateTime, SecondsFormat, Utc};
use leptos::prelude::*;

#[component]
pub fn LocalTime(starts_at: DateTime<Utc>, ends_at: DateTime<Utc>) -> impl IntoView {
    let lang = crate::i18n::current();
    // venue.js puts the time and the zone where these marks are.
    let sentence = crate::t!(
        lang,
        "training-session-your-time",
        time = "{time}",
        zone = "{zone}"
    );
    view! {
        <span class="local-time" hidden=true
            data-local-start=starts_at.to_rfc3339_opts(SecondsFormat::Secs, true)
            data-local-end=ends_at.to_rfc3339_opts(SecondsFormat::Secs, true)
            data-sentence=sentence></span>
    }
}
