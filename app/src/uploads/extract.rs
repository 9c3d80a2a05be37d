//! The text of uploaded PDFs, for the search. A hostile PDF can make the PDF library run
//! for ever (nested form XObjects) or inflate a 20 MB file a thousandfold (a compressed-stream
//! bomb), and a timeout cannot stop a thread: so the text is read by a child process (the
//! `waterlinks` binary's hidden `extract-pdf-text` command) under CPU-time and address-space
//! limits and a wall-clock deadline, a few at a time. Whatever goes wrong costs the text,
//! never the upload or the server.
//!
//! Its `unsafe` (the limits set in the forked child) is the only unsafe code in the project.
#![allow(unsafe_code)]

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::{ExitStatus, Stdio};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::Semaphore;

/// The hidden subcommand of the `waterlinks` binary that reads a PDF on stdin and writes its
/// text on stdout.
pub const SUBCOMMAND: &str = "extract-pdf-text";

/// How much one extraction may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExtractionLimits {
    /// CPU seconds for the child (RLIMIT_CPU): it is killed past them.
    pub cpu_seconds: u64,
    /// Address space of the child (RLIMIT_AS): allocations past it fail and it exits.
    pub memory_bytes: u64,
    /// Wall-clock time before the child is killed, for one that waits instead of computing.
    pub wall_clock: Duration,
    /// The most text kept (the start of the document); a cut character is dropped.
    pub max_text_bytes: usize,
    /// Extractions running at once; further uploads wait for a turn.
    pub concurrent: usize,
}

impl Default for ExtractionLimits {
    fn default() -> Self {
        ExtractionLimits {
            cpu_seconds: 10,
            memory_bytes: 512 * 1024 * 1024,
            wall_clock: Duration::from_secs(20),
            max_text_bytes: 1024 * 1024,
            concurrent: 2,
        }
    }
}

/// Why a PDF's text could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ExtractionFailure {
    #[error("the extractor could not be started: {0}")]
    Start(io::Error),
    #[error("the extractor took longer than {0:?} and was stopped")]
    TimedOut(Duration),
    #[error("the extractor failed: {0}")]
    Failed(String),
}

/// Runs the extractor program under limits.
pub struct TextExtractor {
    program: PathBuf,
    limits: ExtractionLimits,
    turns: Semaphore,
}

impl TextExtractor {
    /// `program` is the `waterlinks` binary (the running one in production).
    pub fn new(program: PathBuf, limits: ExtractionLimits) -> TextExtractor {
        TextExtractor {
            program,
            turns: Semaphore::new(limits.concurrent.max(1)),
            limits,
        }
    }

    pub fn limits(&self) -> ExtractionLimits {
        self.limits
    }

    /// The text of `pdf`, at most [`ExtractionLimits::max_text_bytes`] of it.
    pub async fn extract(&self, pdf: Vec<u8>) -> Result<String, ExtractionFailure> {
        let _turn = self
            .turns
            .acquire()
            .await
            .map_err(|e| ExtractionFailure::Failed(e.to_string()))?;
        let limits = self.limits;
        let mut command = tokio::process::Command::new(&self.program);
        command
            .arg(SUBCOMMAND)
            .arg("--max-bytes")
            .arg(limits.max_text_bytes.to_string())
            // Nothing of the server's environment (database URL, SMTP password) reaches a
            // process that parses hostile input.
            .env_clear()
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true);
        #[cfg(unix)]
        {
            let (cpu, memory) = (limits.cpu_seconds, limits.memory_bytes);
            // SAFETY: the closure runs in the forked child before exec and only makes system
            // calls (getrlimit, setrlimit, setpriority); it allocates and locks nothing.
            unsafe {
                command.pre_exec(move || limit_resources(cpu, memory));
            }
        }
        let mut child = command.spawn().map_err(ExtractionFailure::Start)?;
        let (Some(mut stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            return Err(ExtractionFailure::Failed(
                "no pipes to the extractor".into(),
            ));
        };
        let run = async {
            let feed = async move {
                // A child that dies early closes its end: its exit status tells why.
                let _ = stdin.write_all(&pdf).await;
                drop(stdin);
            };
            let read = async move {
                let mut text = Vec::new();
                let mut capped = stdout.take(limits.max_text_bytes as u64);
                capped.read_to_end(&mut text).await.map(|_| text)
            };
            let ((), text) = tokio::join!(feed, read);
            let status = child.wait().await;
            (text, status)
        };
        let outcome = tokio::time::timeout(limits.wall_clock, run).await;
        let (text, status) = match outcome {
            Ok(done) => done,
            Err(_) => {
                let _ = child.start_kill();
                let _ = child.wait().await;
                return Err(ExtractionFailure::TimedOut(limits.wall_clock));
            }
        };
        let status = status.map_err(|e| ExtractionFailure::Failed(e.to_string()))?;
        if !status.success() {
            return Err(ExtractionFailure::Failed(describe(status)));
        }
        let text = text.map_err(|e| ExtractionFailure::Failed(e.to_string()))?;
        Ok(whole_characters(text))
    }
}

/// Lowers this process's limits and priority; the extractor calls it in the child before
/// exec. A limit already lower (a container's) stays.
#[cfg(unix)]
fn limit_resources(cpu_seconds: u64, memory_bytes: u64) -> io::Result<()> {
    // The soft CPU limit sends SIGXCPU, which ends the process; the hard one a second later
    // kills it should it catch that signal.
    lower(libc::RLIMIT_CPU, cpu_seconds, cpu_seconds.saturating_add(1))?;
    lower(libc::RLIMIT_AS, memory_bytes, memory_bytes)?;
    // No core files of hostile documents on the server's disk.
    lower(libc::RLIMIT_CORE, 0, 0)?;
    // Background work: requests (sign-ins, pages) go first when cores are busy.
    // SAFETY: a plain system call on this process.
    if unsafe { libc::setpriority(libc::PRIO_PROCESS, 0, 10) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

#[cfg(all(unix, target_env = "gnu"))]
type Resource = libc::__rlimit_resource_t;
#[cfg(all(unix, not(target_env = "gnu")))]
type Resource = libc::c_int;

#[cfg(unix)]
fn lower(resource: Resource, soft: u64, hard: u64) -> io::Result<()> {
    let mut current = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: plain system calls on a stack value of the right type.
    unsafe {
        if libc::getrlimit(resource, &mut current) != 0 {
            return Err(io::Error::last_os_error());
        }
        let max = (hard as libc::rlim_t).min(current.rlim_max);
        let wanted = libc::rlimit {
            rlim_cur: (soft as libc::rlim_t).min(max),
            rlim_max: max,
        };
        if libc::setrlimit(resource, &wanted) != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// How the child ended, for the log.
fn describe(status: ExitStatus) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return match signal {
                libc::SIGXCPU | libc::SIGKILL => {
                    format!("stopped by signal {signal} (CPU-time limit)")
                }
                libc::SIGABRT => format!("aborted (signal {signal}, memory limit or crash)"),
                libc::SIGSEGV => format!("crashed (signal {signal}, stack overflow)"),
                other => format!("stopped by signal {other}"),
            };
        }
    }
    match status.code() {
        Some(1) => "the PDF could not be read".to_owned(),
        Some(code) => format!("exited with status {code}"),
        None => "ended without a status".to_owned(),
    }
}

/// The bytes as text; a character cut by the size cap is dropped, anything invalid replaced.
pub fn whole_characters(mut bytes: Vec<u8>) -> String {
    if let Err(e) = std::str::from_utf8(&bytes) {
        if e.error_len().is_none() {
            bytes.truncate(e.valid_up_to());
        }
    }
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// The child's side: writes the text of `pdf` to `out`, stopping quietly after `max_bytes`.
pub fn write_text(pdf: &[u8], out: &mut dyn Write, max_bytes: usize) -> Result<(), String> {
    use pdf_extract::{output_doc, Document, OutputError, PlainTextOutput};
    let mut doc = Document::load_mem(pdf).map_err(|e| e.to_string())?;
    if doc.is_encrypted() {
        // Documents protected only against editing open with the empty password.
        doc.decrypt("").map_err(|e| e.to_string())?;
    }
    let mut capped = Capped {
        out,
        left: max_bytes,
    };
    let result = {
        let writer: &mut dyn Write = &mut capped;
        let mut output = PlainTextOutput::new(writer);
        output_doc(&doc, &mut output)
    };
    match result {
        Ok(()) => Ok(()),
        // The cap was reached: the start of the text is what is kept.
        Err(OutputError::FormatError(_)) if capped.left == 0 => Ok(()),
        Err(e) => Err(e.to_string()),
    }
}

/// Passes on at most `left` bytes, then refuses, which stops the extraction.
struct Capped<'a> {
    out: &'a mut dyn Write,
    left: usize,
}

impl Write for Capped<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.left == 0 {
            return Err(io::Error::new(io::ErrorKind::WriteZero, "text cap reached"));
        }
        let n = buf.len().min(self.left);
        let written = self.out.write(&buf[..n])?;
        self.left -= written;
        Ok(written)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_character_is_dropped_and_whole_ones_kept() {
        let mut bytes = "Nước sạch".as_bytes().to_vec();
        assert_eq!(whole_characters(bytes.clone()), "Nước sạch");
        // "ạ" is three bytes: cut after its first.
        bytes.truncate("Nước s".len() + 1);
        assert_eq!(whole_characters(bytes), "Nước s");
        assert_eq!(whole_characters(b"a\xffb".to_vec()), "a\u{fffd}b");
    }

    #[test]
    fn an_unreadable_pdf_is_an_error() {
        let mut out = Vec::new();
        assert!(write_text(b"%PDF-1.7\n garbage", &mut out, 100).is_err());
    }
}
