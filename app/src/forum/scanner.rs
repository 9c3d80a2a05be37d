//! The check-in desk's camera scanner: the markup here, the scanning in `public/js/venue.js`
//! (the desk page does not load the WASM). The browser's `BarcodeDetector` reads the badge's
//! QR code; where it or a camera is missing the scanner stays hidden and the desk types or
//! uses a scanner that types.

use leptos::prelude::*;

#[component]
pub fn BadgeScanner() -> impl IntoView {
    view! {
        <div class="scanner" data-scanner hidden=true>
            <p class="button-row">
                <button type="button" class="button button--secondary" data-scan-start>
                    "Scan a badge with the camera"
                </button>
                <button type="button" class="button button--secondary" data-scan-stop hidden=true>
                    "Stop the camera"
                </button>
            </p>
            <video class="scanner__video" data-scan-video hidden=true muted=true playsinline=true
                aria-label="Camera preview: hold the badge's QR code in view"></video>
            <p class="field__hint" role="status" data-scan-message></p>
        </div>
    }
}
