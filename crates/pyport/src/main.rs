//! The `pyport` command line: one module per subcommand under `commands/`.
mod commands;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Port Python programs to fast, verified C++.
#[derive(Parser)]
#[command(name = "pyport", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Translate a Python program to C++, compile it, run both, verify and time them.
    Convert(commands::convert::ConvertArgs),
    /// Report the Python, C++ compilers and flags pyport will use.
    Doctor(commands::doctor::DoctorArgs),
    /// Benchmark engines on a suite and store every attempt (or, without `--suite`, time `examples/`).
    Bench(commands::bench::BenchArgs),
    /// Rank the engines of stored runs: metrics, ratings, win rates, chart.
    Leaderboard(commands::leaderboard::LeaderboardArgs),
    /// Combine the runs of several databases into one.
    Merge(commands::merge::MergeArgs),
    /// Serve the web UI: convert, arena with blind votes, leaderboards, models.
    Serve(commands::serve::ServeArgs),
    /// Port one program with several engines (builtin and LLMs) and compare them in one table.
    Compare(commands::compare::CompareArgs),
    /// List the model catalog (prices, context windows, published scores) beside pyport's measurements; import LiteLLM prices.
    Models(commands::models::ModelsArgs),
    /// Time pyport's output against CPython, PyPy, Cython, Nuitka, mypyc, Pythran, Shed Skin and hand-written C++.
    Perf(commands::perf::PerfArgs),
}

fn main() -> ExitCode {
    // A closed pipe (`pyport ... | head`) ends output quietly instead of panicking.
    #[cfg(unix)]
    unsafe {
        libc_sigpipe_default();
    }
    // Before any other thread: Ctrl-C must stop the runs (each in its own process group) and
    // remove scratch files, which destructors would not do.
    if let Err(e) = pyport_exec::interrupt::install() {
        eprintln!("pyport: warning: cannot watch for Ctrl-C ({e}); an interrupted run may leave processes and scratch files behind");
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Convert(args) => commands::convert::run(args),
        Command::Doctor(args) => commands::doctor::run(args),
        Command::Bench(args) => commands::bench::run(args),
        Command::Leaderboard(args) => commands::leaderboard::run(args),
        Command::Merge(args) => commands::merge::run(args),
        Command::Serve(args) => commands::serve::run(args),
        Command::Compare(args) => commands::compare::run(args),
        Command::Perf(args) => commands::perf::run_perf(args),
        Command::Models(args) => commands::models::run(args),
    };
    // Ctrl-C: the signal thread kills the runs and exits with 128 + the signal. A run it killed
    // must not let this thread exit first with that run's failure (status 1 instead of 130).
    if pyport_exec::interrupt::interrupted() {
        loop {
            std::thread::park();
        }
    }
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("pyport: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

#[cfg(unix)]
unsafe fn libc_sigpipe_default() {
    extern "C" {
        fn signal(sig: i32, handler: usize) -> usize;
    }
    const SIGPIPE: i32 = 13;
    const SIG_DFL: usize = 0;
    signal(SIGPIPE, SIG_DFL);
}
