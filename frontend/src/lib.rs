//! The browser entry point that would hydrate a server-rendered page into the Leptos app.
//!
//! No page loads it today: pages are server-rendered with plain forms and a small script
//! (see `shell` in app/src/lib.rs). It stays compiling (scripts/test) for the day a page needs
//! a Leptos island.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}
