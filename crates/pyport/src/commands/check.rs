//! The flags `convert` and `compare` share: how a port is checked beside CPython (tools,
//! input, comparison, limits, int mode), and the [`RunOptions`] they make.
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;
use pyport::pipeline::RunOptions;
use pyport_exec::{ExecError, Limits, VerifyOptions};

/// How each port is compiled, run and compared with CPython.
#[derive(Args)]
pub struct CheckArgs {
    /// C++ compiler to use (default: `$CXX`, then g++, then clang++).
    #[arg(long)]
    pub cxx: Option<String>,
    /// C++ compiler flags (default: `$CXXFLAGS`, else -O3 -march=native -std=c++20 -ffp-contract=off -fno-tree-slp-vectorize).
    #[arg(long, allow_hyphen_values = true)]
    pub cxxflags: Option<String>,
    /// Python interpreter to compare against (default: python3 on PATH).
    #[arg(long)]
    pub python: Option<PathBuf>,
    /// File whose contents are given to every program on stdin (CPython's and each port).
    #[arg(long)]
    pub stdin: Option<PathBuf>,
    /// Compare every line exactly: no `--ignore-line`, no masking of timing lines (done only if the program imports `time`).
    #[arg(long)]
    pub strict: bool,
    /// Ignore lines matching this regular expression (repeatable).
    #[arg(long = "ignore-line", value_name = "REGEX")]
    pub ignore_line: Vec<String>,
    /// A file to put beside the program in the folder both sides run in (repeatable), under its
    /// relative path (its file name if absolute or with `..`). The files the program opens by a
    /// literal name, found relative to the current folder or the program's, are staged anyway.
    #[arg(long = "input-file", value_name = "PATH")]
    pub input_file: Vec<PathBuf>,
    /// Wall-time limit for each run, in seconds.
    #[arg(long, default_value_t = 120.0)]
    pub timeout: f64,
    /// Time budget for repeated timing runs of each side, in seconds.
    #[arg(long, default_value_t = 3.0)]
    pub timing_budget: f64,
    /// Python ints as checked 64-bit integers (stop with "pyport: integer overflow") instead of
    /// exact big ints: faster where ints stay small (builtin engine).
    #[arg(long)]
    pub int64: bool,
    /// Arguments passed to every program (after `--`).
    #[arg(last = true)]
    pub args: Vec<String>,
}

impl CheckArgs {
    /// Rejects a bad `--timeout`, `--timing-budget` or `--ignore-line` before any work.
    pub fn validate(&self) -> Result<()> {
        super::seconds("--timeout", self.timeout, false)?;
        super::seconds("--timing-budget", self.timing_budget, true)?;
        for path in &self.input_file {
            pyport::pipeline::check_input_file(path)?;
        }
        check_ignore_patterns(&self.ignore_line)
    }

    /// The builtin engine's representation of Python ints.
    pub fn ints(&self) -> pyport_cpp::IntMode {
        if self.int64 {
            pyport_cpp::IntMode::Int64
        } else {
            pyport_cpp::IntMode::Exact
        }
    }

    /// Finds CPython and the C++ compiler, reads `--stdin` and sets the limits. A Rust port
    /// (`rust_port`) needs no C++ compiler unless `--cxx` names one; `reads_clock` masks the
    /// timing lines a program that reads a clock prints (unless `--strict`).
    pub fn run_options(&self, rust_port: bool, reads_clock: bool) -> Result<RunOptions> {
        let python = pyport_exec::find_python(self.python.as_deref())?;
        let cxx = match pyport_exec::find_cxx(self.cxx.as_deref()) {
            Err(_) if rust_port && self.cxx.is_none() => super::llm::no_cxx(),
            found => found?,
        };
        let stdin = match &self.stdin {
            Some(p) => Some(std::fs::read(p).with_context(|| format!("cannot read stdin file `{}`", p.display()))?),
            None => None,
        };
        let timeout = super::seconds("--timeout", self.timeout, false)?;
        Ok(RunOptions {
            python,
            cxx,
            cxxflags: pyport_exec::cxxflags(self.cxxflags.as_deref()),
            args: self.args.clone(),
            stdin,
            verify: VerifyOptions {
                strict: self.strict,
                ignore_line_patterns: self.ignore_line.clone(),
                // Only a program that reads a clock can print timings that differ between runs.
                mask_timing_lines: reads_clock && !self.strict,
            },
            limits: Limits { wall: timeout, cpu: timeout, ..Limits::default() },
            timing_budget: super::seconds("--timing-budget", self.timing_budget, true)?,
            max_runs: 20,
            input_files: self.input_file.clone(),
            find_inputs: true,
        })
    }
}

/// Rejects a bad `--ignore-line` before any work, in one line naming the flag.
pub(crate) fn check_ignore_patterns(patterns: &[String]) -> Result<()> {
    match pyport_exec::verify::check_ignore_patterns(patterns) {
        Ok(()) => Ok(()),
        Err(ExecError::BadPattern { pattern, reason }) => {
            anyhow::bail!("invalid `--ignore-line` pattern `{pattern}`: {reason}")
        }
        Err(e) => Err(e.into()),
    }
}

/// The text of the Python program `path` (a clear error when unreadable or not UTF-8).
pub fn read_program(path: &Path) -> Result<String> {
    let text = std::fs::read(path).with_context(|| format!("cannot read `{}`", path.display()))?;
    String::from_utf8(text).map_err(|_| anyhow::anyhow!("`{}` is not valid UTF-8 text", path.display()))
}
