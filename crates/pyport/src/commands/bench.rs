//! `pyport bench`: CPython time, C++ time and speedup for every program in a folder (default `examples/`).
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::Args;
use pyport::pipeline::{self, RunOptions, VerdictReport};
use pyport_exec::{Limits, VerifyOptions};

/// Arguments of `pyport bench`.
#[derive(Args)]
pub struct BenchArgs {
    /// Folder of Python programs (or single files).
    #[arg(default_value = "examples")]
    pub paths: Vec<PathBuf>,
    /// Time budget for repeated runs of each side, in seconds.
    #[arg(long, default_value_t = 3.0)]
    pub timing_budget: f64,
    /// Wall-time limit for each run, in seconds.
    #[arg(long, default_value_t = 300.0)]
    pub timeout: f64,
}

/// The programs named by `paths` (folders give their `.py` files, sorted), read up front
/// so that a missing or empty path is an error before the table starts.
fn programs(paths: &[PathBuf]) -> Result<Vec<(PathBuf, String)>> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut v: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("cannot read `{}`", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "py") && !p.is_dir())
                .collect();
            if v.is_empty() {
                anyhow::bail!("no Python programs found in `{}`", p.display());
            }
            v.sort();
            files.extend(v);
        } else {
            files.push(p.clone());
        }
    }
    files
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(&f).with_context(|| format!("cannot read `{}`", f.display()))?;
            Ok((f, text))
        })
        .collect()
}

/// Runs the benchmark and prints one row per program.
pub fn run(args: BenchArgs) -> Result<ExitCode> {
    let files = programs(&args.paths)?;
    let python = pyport_exec::find_python(None)?;
    let cxx = pyport_exec::find_cxx(None)?;
    let limits = Limits { wall: Duration::from_secs_f64(args.timeout), cpu: Duration::from_secs_f64(args.timeout), ..Limits::default() };
    let mut opts = RunOptions {
        python,
        cxx,
        cxxflags: pyport_exec::cxxflags(None),
        args: vec![],
        stdin: None,
        verify: VerifyOptions::default(),
        limits,
        timing_budget: Duration::from_secs_f64(args.timing_budget),
        max_runs: 20,
    };
    // Removed on every way out, errors included.
    let scratch = pipeline::tempfile_dir()?;
    println!(
        "{:<22} {:>10} {:>10} {:>10} {:>10} {:>9}  verdict",
        "program", "translate", "compile", "CPython", "C++", "speedup"
    );
    let mut all_ok = true;
    let mut log_speedups = Vec::new();
    for (f, text) in &files {
        let name = f.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let t = pipeline::translate(&f.display().to_string(), text);
        let Some(cpp) = &t.cpp else {
            all_ok = false;
            println!("{name:<22} {:>10} {:>10} {:>10} {:>10} {:>9}  not translated ({} diagnostics)", "-", "-", "-", "-", "-", t.diagnostics.len());
            continue;
        };
        let cpp_path = scratch.path().join(format!("{name}.cpp"));
        std::fs::write(&cpp_path, cpp).with_context(|| format!("cannot write `{}`", cpp_path.display()))?;
        // Only a program that reads a clock can print timings that differ between runs.
        opts.verify.mask_timing_lines = t.uses_clock;
        let r = pipeline::build_and_run(f, &cpp_path, &opts)?;
        let verdict = match &r.verdict {
            VerdictReport::Verified { .. } => "verified".to_string(),
            other => {
                all_ok = false;
                format!("NOT VERIFIED: {}", serde_json::to_string(other)?)
            }
        };
        let fmt = |s: Option<f64>| s.map(|s| format!("{s:.3} s")).unwrap_or_else(|| "-".into());
        if let Some(s) = r.speedup {
            log_speedups.push(s.ln());
        }
        println!(
            "{name:<22} {:>10} {:>10} {:>10} {:>10} {:>9}  {verdict}",
            format!("{:.3} s", t.duration.as_secs_f64()),
            format!("{:.3} s", r.compile_s),
            fmt(r.python_timing.as_ref().map(|t| t.median_s)),
            fmt(r.cpp_timing.as_ref().map(|t| t.median_s)),
            r.speedup.map(|s| format!("{s:.1}×")).unwrap_or_else(|| "-".into()),
        );
    }
    if !log_speedups.is_empty() {
        let g = (log_speedups.iter().sum::<f64>() / log_speedups.len() as f64).exp();
        let n = log_speedups.len();
        println!("geometric mean speedup over {n} verified program{}: {g:.1}×", if n == 1 { "" } else { "s" });
    }
    Ok(if all_ok { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
