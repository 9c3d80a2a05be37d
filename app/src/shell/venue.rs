//! The pages people open on their phones at the Forum go out without the app's WASM.
//!
//! One WASM for the whole app is over a megabyte compressed: too much for hundreds of phones
//! sharing the venue's Wi-Fi. These pages are server-rendered HTML whose forms post as plain
//! forms (answered with a page, see `flash`), and `public/js/venue.js`, a few kilobytes of
//! plain script, adds what needs a script: conditional questions, the check-in desk's camera
//! and offline queue, the big screen's live tally, the offline banner and the service worker.

/// Whether the page at `path` loads the app's WASM and hydrates.
pub fn hydrates(path: &str) -> bool {
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let light = match segments.as_slice() {
        [""] => true,
        ["forum"] | ["forum", "confirm"] | ["forum", "check-in"] => true,
        ["forum", "badge", _] | ["forum", "cancel", _] => true,
        ["awards"] | ["awards", "vote"] | ["awards", "vote", _] => true,
        ["awards", "receipts", _] => true,
        ["awards", id, "screen"] => id.parse::<i32>().is_ok(),
        _ => false,
    };
    !light
}

#[cfg(test)]
mod tests {
    use super::hydrates;

    #[test]
    fn the_event_pages_and_home_go_out_without_the_wasm() {
        for path in [
            "/",
            "/forum",
            "/forum/",
            "/forum/confirm",
            "/forum/badge/0123456789abcdef0123456789abcdef",
            "/forum/cancel/K7QM-2XHD-9PWT",
            "/forum/check-in",
            "/awards",
            "/awards/vote",
            "/awards/vote/K7QM-2XHD-9PWT",
            "/awards/3/screen",
            "/awards/receipts/ABCD",
        ] {
            assert!(!hydrates(path), "{path} should not hydrate");
        }
    }

    #[test]
    fn the_secretariats_and_members_pages_hydrate() {
        for path in [
            "/forum/admin",
            "/awards/jury",
            "/awards/x/screen",
            "/partners",
            "/partnerships/4",
            "/training",
            "/account",
        ] {
            assert!(hydrates(path), "{path} should hydrate");
        }
    }
}
