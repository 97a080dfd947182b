//! Toolchains, limited runs, verification and timing: the only crate in pyport that spawns processes.
//!
//! - [`toolchain`] finds CPython, a C++ compiler and rustc, and picks compiler flags.
//! - [`run`](mod@run) runs a program in its own process group under resource limits
//!   with a scrubbed environment and capped output.
//! - [`sandbox`] confines a run: namespaces, a throwaway uid, Landlock, a tmpfs scratch.
//! - `files` reads what a run wrote in its working directory ([`WrittenFile`]).
//! - [`compile`] compiles generated C++ (or Rust) through [`run()`].
//! - [`build_cache`] keeps compiled executables and a precompiled runtime header between runs.
//! - [`verify`](mod@verify) compares a C++ run with the CPython run.
//! - [`interrupt`] stops every run and removes scratch files on Ctrl-C, SIGTERM or SIGHUP.
//! - [`timing`] repeats a run within a time budget and reports median and minimum.

pub mod build_cache;
pub mod compile;
mod error;
mod files;
pub mod interrupt;
pub mod run;
pub mod sandbox;
pub mod timing;
pub mod toolchain;
pub mod verify;

pub use build_cache::{ensure_pch, ensure_runtime_object, wait_background, BuildCache, PchStatus};
pub use compile::{compile_cxx, compile_rust, shell_quote, CompileOutcome, COMPILE_STDERR_CAP};
pub use error::ExecError;
pub use files::{WrittenFile, WRITTEN_BYTES_DEFAULT};
pub use run::{copy_executable, run, signal_name, LimitHit, Limits, RunOutcome, RunSpec, Termination};
pub use sandbox::{capabilities, Capabilities, Protection, Sandbox};
pub use timing::{time_repeated, Timing};
pub use toolchain::{
    cxxflags, detect_compilers, find_cxx, find_python, find_rustc, split_shell_words, CompilerInfo,
    CompilerKind, PythonInfo, RustcInfo, DEFAULT_CXXFLAGS, DEFAULT_RUSTFLAGS,
};
pub use verify::{verify, Verdict, VerifyOptions};
