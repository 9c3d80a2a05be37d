//! The text of an uploaded PDF, for the library's search (`pdf_extract`, as
//! `library::upload` calls it). The app runs it on a blocking thread with a timeout, so a panic
//! inside the PDF library loses only the text: panics are caught here as they are there. What
//! the app cannot survive is what this target finds: an abort (a stack overflow), a hang (the
//! thread spins on after the timeout; libFuzzer's `-timeout`) or a memory blow-up (`-rss_limit_mb`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        fuzz_support::report_stack_overflows();
        // libfuzzer-sys aborts on every panic; the app survives them (a JoinError).
        std::panic::set_hook(Box::new(|_| {}));
    },
    |bytes: &[u8]| {
        let _ = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(bytes));
    }
);
