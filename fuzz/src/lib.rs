//! What every fuzz target shares.

/// Makes a stack overflow (unbounded recursion in a parser) a reported crash with its input
/// saved, like a panic. libFuzzer's own SIGSEGV handler runs on the overflowed stack and dies
/// silently, and Rust's overflow handler is not installed under libFuzzer's `main`; so this
/// gives signals a stack of their own and turns the SIGSEGV into an abort, which libFuzzer
/// reports ("deadly signal") and whose input it writes under `-artifact_prefix`. Call it from a
/// target's `init:`, which runs before libFuzzer installs its handlers (it keeps `SA_ONSTACK`).
pub fn report_stack_overflows() {
    const SIZE: usize = 1 << 20;
    let stack: &'static mut [u8] = Box::leak(vec![0u8; SIZE].into_boxed_slice());
    // SAFETY: the alternate stack lives for the whole process (leaked), and the handler only
    // calls async-signal-safe functions (write, abort).
    unsafe {
        let alternate = libc::stack_t {
            ss_sp: stack.as_mut_ptr().cast(),
            ss_flags: 0,
            ss_size: SIZE,
        };
        libc::sigaltstack(&alternate, std::ptr::null_mut());
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_segv as *const () as usize;
        action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
        libc::sigaction(libc::SIGSEGV, &action, std::ptr::null_mut());
    }
}

extern "C" fn on_segv(_: libc::c_int, _: *mut libc::siginfo_t, _: *mut libc::c_void) {
    const MESSAGE: &[u8] =
        b"\n==fuzz== SIGSEGV, most likely a stack overflow (unbounded recursion)\n";
    // SAFETY: async-signal-safe calls only.
    unsafe {
        libc::write(2, MESSAGE.as_ptr().cast(), MESSAGE.len());
        libc::abort();
    }
}
