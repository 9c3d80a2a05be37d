//! The check-in desk's camera scanner: the markup here, the scanning in `public/js/venue.js`
//! (the desk page does not load the WASM). The browser's `BarcodeDetector` reads the badge's
//! QR code; where it or a camera is missing the scanner stays hidden and the desk types or
//! uses a scanner that types.

use crate::t;
use leptos::prelude::*;

#[component]
pub fn BadgeScanner() -> impl IntoView {
    let lang = crate::i18n::current();
    // What the script says while scanning, in the page's language.
    view! {
        <div class="scanner" data-scanner hidden=true
            data-text-looking=t!(lang, "forum-scan-looking")
            data-text-none=t!(lang, "forum-scan-none")
            data-text-no-camera=t!(lang, "forum-scan-no-camera")>
            <p class="button-row">
                <button type="button" class="button button--secondary" data-scan-start>
                    {t!(lang, "forum-scan-start")}
                </button>
                <button type="button" class="button button--secondary" data-scan-stop hidden=true>
                    {t!(lang, "forum-scan-stop")}
                </button>
            </p>
            <video class="scanner__video" data-scan-video hidden=true muted=true playsinline=true
                aria-label=t!(lang, "forum-scan-preview")></video>
            <p class="field__hint" role="status" data-scan-message></p>
        </div>
    }
}
