//! Standard output, one door for every command. `println!` panics when the reader has
//! gone (`uitstroom history ID | head -0`: exit 101 and a backtrace); here a closed
//! pipe ends the output quietly, and the command still finishes its work — a `log`
//! whose confirmation nobody reads is still written and committed. Any other failure
//! to write (a full disk behind `>`) is kept and reported by `main` at the end, exit 1.
//!
//! `clippy.toml` disallows `println!` and `print!`, so a new command cannot go past it.

use std::fmt;
use std::io::{self, Write};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once the reader has closed the pipe: nothing more is written.
static CLOSED: AtomicBool = AtomicBool::new(false);
/// The first failure to write other than a closed pipe.
static FAILED: Mutex<Option<io::Error>> = Mutex::new(None);

/// Prints a line on standard output (`println!` that survives a closed pipe).
macro_rules! outln {
    () => {
        $crate::out::write_fmt(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::out::write_fmt(format_args!("{}\n", format_args!($($arg)*)))
    };
}
pub(crate) use outln;

/// Writes to standard output; see the module documentation for what happens on errors.
pub fn write_fmt(args: fmt::Arguments<'_>) {
    if is_closed() {
        return;
    }
    let result = io::stdout().lock().write_fmt(args);
    if let Err(e) = result {
        note_error(e);
    }
}

/// Writes a command's whole output through `f` (buffered, for long lists): a closed
/// pipe stops it quietly.
pub fn with(f: impl FnOnce(&mut dyn Write) -> io::Result<()>) {
    if is_closed() {
        return;
    }
    let stdout = io::stdout();
    let mut w = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    if let Err(e) = f(&mut w).and_then(|()| w.flush()) {
        note_error(e);
    }
}

/// Whether the reader has closed the pipe.
pub fn is_closed() -> bool {
    CLOSED.load(Ordering::Relaxed)
}

fn note_error(e: io::Error) {
    if e.kind() == io::ErrorKind::BrokenPipe {
        CLOSED.store(true, Ordering::Relaxed);
        return;
    }
    let mut failed = FAILED.lock().unwrap_or_else(|p| p.into_inner());
    failed.get_or_insert(e);
}

/// Flushes standard output at the end of a run, and gives the first failure to write
/// other than a closed pipe, if any (`main` says it in the user's words).
pub fn finish() -> Option<io::Error> {
    if !is_closed()
        && let Err(e) = io::stdout().lock().flush()
    {
        note_error(e);
    }
    FAILED.lock().unwrap_or_else(|p| p.into_inner()).take()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_failure_to_write_is_kept() {
        note_error(io::Error::from(io::ErrorKind::StorageFull));
        note_error(io::Error::other("a later one"));
        assert_eq!(
            FAILED.lock().unwrap().as_ref().map(io::Error::kind),
            Some(io::ErrorKind::StorageFull),
            "the first failure is the one reported"
        );
        *FAILED.lock().unwrap() = None;
    }
}
