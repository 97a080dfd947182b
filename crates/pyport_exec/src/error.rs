//! The error type shared by every operation of this crate.

use std::io;
use std::path::PathBuf;

/// Why a toolchain lookup, a run, a verification or a timing failed.
///
/// A variant that wraps an operating-system error returns it from
/// [`source`](std::error::Error::source) and leaves it out of its own message,
/// so printing the chain (e.g. anyhow's `{:#}`) shows the reason exactly once.
#[derive(Debug, thiserror::Error)]
pub enum ExecError {
    /// No usable CPython 3 interpreter was found anywhere we looked.
    #[error(
        "no Python found: install CPython 3 (e.g. `apt-get install python3`) or pass `--python PATH`"
    )]
    NoPython,

    /// An interpreter was named explicitly (flag or `$PYPORT_PYTHON`) but cannot be used.
    #[error("cannot use Python `{path}` from {origin}: {reason}")]
    PythonUnusable {
        /// The interpreter that was tried.
        path: PathBuf,
        /// Where the path came from, e.g. "`--python`" or "`$PYPORT_PYTHON`".
        origin: String,
        /// What went wrong.
        reason: String,
    },

    /// No C++ compiler was found anywhere we looked.
    #[error(
        "no C++ compiler found: install g++ or clang++ (e.g. `apt-get install g++`) or pass `--cxx PATH`"
    )]
    NoCompiler,

    /// A compiler was named explicitly (flag or `$CXX`) but cannot be used.
    #[error("cannot use C++ compiler `{name}` from {origin}: {reason}")]
    CompilerUnusable {
        /// The compiler that was tried.
        name: String,
        /// Where the name came from, e.g. "`--cxx`" or "`$CXX`".
        origin: String,
        /// What went wrong; includes what to install.
        reason: String,
    },

    /// No Rust compiler was found anywhere we looked (`--target rust`).
    #[error(
        "no Rust compiler found: `--target rust` needs `rustc` on `PATH` (install it from https://rustup.rs or with `apt-get install rustc`) or `$RUSTC` naming it"
    )]
    NoRustc,

    /// A Rust compiler was named by `$RUSTC` or found on `PATH` but cannot be used.
    #[error("cannot use Rust compiler `{name}` from {origin}: {reason}")]
    RustcUnusable {
        /// The compiler that was tried.
        name: String,
        /// Where the name came from, e.g. "`$RUSTC`" or "`PATH`".
        origin: String,
        /// What went wrong.
        reason: String,
    },

    /// A program could not be started.
    #[error("cannot run `{program}`")]
    Spawn {
        /// The program that failed to start.
        program: PathBuf,
        /// The underlying operating-system error.
        #[source]
        source: io::Error,
    },

    /// An I/O operation failed; `context` says which.
    #[error("{context}")]
    Io {
        /// What was being done, e.g. "cannot wait for `prog`".
        context: String,
        /// The underlying operating-system error.
        #[source]
        source: io::Error,
    },

    /// An ignore-line pattern is not a valid regular expression.
    ///
    /// The regex crate's own message spans several lines (a header, the
    /// pattern, a caret); the message here is one line: the pattern and the
    /// parser's complaint, with no separate source.
    #[error("invalid ignore-line pattern `{pattern}`: {reason}")]
    BadPattern {
        /// The pattern as given.
        pattern: String,
        /// The parser's complaint on one line, e.g. "unclosed group".
        reason: String,
    },

    /// A repeated timing run did not finish normally.
    #[error("timing run {run} of `{program}` failed: {termination}")]
    TimingRunFailed {
        /// The program being timed.
        program: PathBuf,
        /// Which run failed (1 is the verification run, so this is at least 2).
        run: usize,
        /// How the run ended, e.g. "killed by SIGSEGV" or "timed out".
        termination: String,
    },
}

impl ExecError {
    /// Wraps an I/O error with a description of what was being done.
    pub(crate) fn io(context: impl Into<String>, source: io::Error) -> Self {
        ExecError::Io {
            context: context.into(),
            source,
        }
    }
}
