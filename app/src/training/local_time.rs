//! A session's time in the reader's own time zone. The server cannot know that zone, so the
//! browser fills it in after hydration (the venue's time is always shown beside it).

use chrono::{DateTime, Utc};
use leptos::prelude::*;

#[component]
pub fn LocalTime(starts_at: DateTime<Utc>, ends_at: DateTime<Utc>) -> impl IntoView {
    let local = RwSignal::new(None::<String>);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        local.set(browser::describe(starts_at, ends_at));
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (starts_at, ends_at);
    view! {
        <Show when=move || local.get().is_some()>
            <span class="local-time">{move || format!("Your time: {}", local.get().unwrap_or_default())}</span>
        </Show>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use chrono::{DateTime, Utc};
    use js_sys::{Array, Date, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;

    fn options(pairs: &[(&str, &str)]) -> Object {
        let options = Object::new();
        for (key, value) in pairs {
            let _ = Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
        }
        options
    }

    fn format(at: DateTime<Utc>, pairs: &[(&str, &str)]) -> String {
        let date = Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
        let formatter = Intl::DateTimeFormat::new(&Array::new(), &options(pairs));
        formatter
            .format()
            .call1(&JsValue::NULL, &date)
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    }

    /// "Tue, 3 Mar, 08:00–11:00 (Asia/Jakarta)" in the browser's locale and zone.
    pub fn describe(starts: DateTime<Utc>, ends: DateTime<Utc>) -> Option<String> {
        let day = format(
            starts,
            &[
                ("weekday", "short"),
                ("day", "numeric"),
                ("month", "short"),
                ("hour", "2-digit"),
                ("minute", "2-digit"),
            ],
        );
        let end = format(ends, &[("hour", "2-digit"), ("minute", "2-digit")]);
        let zone = Intl::DateTimeFormat::new(&Array::new(), &Object::new()).resolved_options();
        let zone = Reflect::get(&zone, &JsValue::from_str("timeZone"))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        (!day.is_empty()).then(|| format!("{day}–{end} ({zone})"))
    }
}
