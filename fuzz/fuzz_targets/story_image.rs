//! A story's picture (`stories::image::prepare`): recognised by content (PNG, JPEG, WebP),
//! decoded within limits, scaled down, re-encoded. Besides never panicking: what is stored is
//! at most 1200 px wide, a picture of the declared size in the declared format, so the page
//! that shows it with that width and height is right.
#![no_main]

use app::stories::image::{prepare, MAX_WIDTH};
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: fuzz_support::report_stack_overflows(), |bytes: &[u8]| {
    let Ok(prepared) = prepare(bytes) else { return };
    assert!(prepared.width <= MAX_WIDTH && prepared.width > 0 && prepared.height > 0);
    let stored = image::load_from_memory(&prepared.bytes).expect("the stored picture reads back");
    assert_eq!(
        (stored.width(), stored.height()),
        (prepared.width, prepared.height)
    );
    let format = image::guess_format(&prepared.bytes).expect("a known format");
    let extension = format.extensions_str().first().copied().unwrap_or_default();
    assert!(extension == prepared.extension || (extension, prepared.extension) == ("jpeg", "jpg"));
});
