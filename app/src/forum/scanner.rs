//! Camera scanning at the check-in desk. The browser's BarcodeDetector reads the badge's QR code
//! from the phone's camera; browsers without it (or without a camera) keep the typed code, so the
//! button only appears where scanning can work.

use leptos::prelude::*;

/// How long one scan looks for a code before giving the desk its hands back.
#[cfg(feature = "hydrate")]
const SCAN_FOR_SECONDS: f64 = 60.0;

/// A "Scan with the camera" button with its live preview; hands each scanned text to `on_code`.
#[component]
pub fn BadgeScanner(on_code: Callback<String>) -> impl IntoView {
    let supported = RwSignal::new(false);
    let scanning = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);
    let video = NodeRef::<leptos::html::Video>::new();
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| supported.set(browser::can_scan()));
    let start = move |_| {
        #[cfg(feature = "hydrate")]
        browser::scan(video, scanning, message, on_code);
        #[cfg(not(feature = "hydrate"))]
        let _ = (on_code, message);
    };
    view! {
        <div class="scanner" hidden=move || !supported.get()>
            <p class="button-row">
                <button type="button" class="button button--secondary" on:click=start disabled=move || scanning.get()>
                    "Scan a badge with the camera"
                </button>
                <button type="button" class="button button--secondary" hidden=move || !scanning.get()
                    on:click=move |_| scanning.set(false)>
                    "Stop the camera"
                </button>
            </p>
            <video node_ref=video class="scanner__video" hidden=move || !scanning.get()
                muted=true playsinline=true aria-label="Camera preview: hold the badge's QR code in view"></video>
            <p class="field__hint" role="status">{move || message.get()}</p>
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::SCAN_FOR_SECONDS;
    use js_sys::{Array, Object, Promise, Reflect};
    use leptos::prelude::*;
    use wasm_bindgen::{prelude::*, JsCast};
    use wasm_bindgen_futures::{spawn_local, JsFuture};
    use web_sys::{HtmlVideoElement, MediaStream, MediaStreamConstraints, MediaStreamTrack};

    // BarcodeDetector is not in web-sys's stable API set; these are the two calls we use.
    #[wasm_bindgen]
    extern "C" {
        type BarcodeDetector;
        #[wasm_bindgen(constructor, catch)]
        fn new(options: &JsValue) -> Result<BarcodeDetector, JsValue>;
        #[wasm_bindgen(method)]
        fn detect(this: &BarcodeDetector, source: &HtmlVideoElement) -> Promise;
    }

    pub fn can_scan() -> bool {
        let Some(window) = web_sys::window() else {
            return false;
        };
        Reflect::has(&window, &JsValue::from_str("BarcodeDetector")).unwrap_or(false)
            && window.navigator().media_devices().is_ok()
    }

    pub fn scan(
        video: NodeRef<leptos::html::Video>,
        scanning: RwSignal<bool>,
        message: RwSignal<Option<String>>,
        on_code: Callback<String>,
    ) {
        let Some(video) = video.get_untracked() else {
            return;
        };
        scanning.set(true);
        message.set(Some("Looking for a QR code…".to_owned()));
        spawn_local(async move {
            let outcome = read_one_code(&video, scanning).await;
            stop_camera(&video);
            scanning.set(false);
            match outcome {
                Ok(Some(code)) => {
                    message.set(None);
                    on_code.run(code);
                }
                Ok(None) => message.set(Some(
                    "No QR code was read. Try again, or type the code.".to_owned(),
                )),
                Err(_) => message.set(Some(
                    "The camera could not be used (permission refused or no camera). Type the code instead."
                        .to_owned(),
                )),
            }
        });
    }

    /// The first QR code the camera sees, or None when the desk stops or time runs out.
    async fn read_one_code(
        video: &HtmlVideoElement,
        scanning: RwSignal<bool>,
    ) -> Result<Option<String>, JsValue> {
        let window = web_sys::window().ok_or(JsValue::NULL)?;
        let devices = window.navigator().media_devices()?;
        let constraints = MediaStreamConstraints::new();
        let camera = Object::new();
        // The back camera on phones: the one that faces the badge.
        Reflect::set(&camera, &"facingMode".into(), &"environment".into())?;
        constraints.set_video(&camera);
        let stream: MediaStream =
            JsFuture::from(devices.get_user_media_with_constraints(&constraints)?)
                .await?
                .dyn_into()?;
        video.set_src_object(Some(&stream));
        JsFuture::from(video.play()?).await?;

        let options = Object::new();
        Reflect::set(&options, &"formats".into(), &Array::of1(&"qr_code".into()))?;
        let detector = BarcodeDetector::new(&options)?;
        let until = js_sys::Date::now() + SCAN_FOR_SECONDS * 1000.0;
        while scanning.get_untracked() && js_sys::Date::now() < until {
            let found: Array = JsFuture::from(detector.detect(video)).await?.dyn_into()?;
            let text = found
                .iter()
                .find_map(|code| Reflect::get(&code, &"rawValue".into()).ok()?.as_string());
            if let Some(text) = text {
                return Ok(Some(text));
            }
            pause(200).await;
        }
        Ok(None)
    }

    fn stop_camera(video: &HtmlVideoElement) {
        if let Some(stream) = video.src_object() {
            for track in stream.get_tracks().iter() {
                if let Ok(track) = track.dyn_into::<MediaStreamTrack>() {
                    track.stop();
                }
            }
        }
        video.set_src_object(None);
    }

    async fn pause(ms: i32) {
        let promise = Promise::new(&mut |resolve, _| {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
            }
        });
        let _ = JsFuture::from(promise).await;
    }
}
