//! `pyport compare`: several engines port the same program; one table of verdict, speedup, rounds, latency, tokens, cost.
//!
//! Engines ask their models concurrently (at most each provider's `concurrency` at once), but
//! compiling, running and timing take turns, so one engine's timing runs do not slow another's.
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Condvar, Mutex};

use anyhow::{Context, Result};
use clap::Args;
use pyport::pipeline::{self, RunOptions, RunReport};
use pyport_exec::{RustcInfo, VerifyOptions};
use pyport_llm::{port, Engine, Lang, PortOptions};
use serde::Serialize;

use super::check::{read_program, CheckArgs};
use super::convert::{parse_target, secs, BUILTIN_CPP_ONLY};
use super::llm::{open_cache, outcome_of, outcome_name, progress, resolve_engine, rust_target_of, target_of, usd, LlmSummary, PipelineChecker};

/// Arguments of `pyport compare`.
#[derive(Args)]
pub struct CompareArgs {
    /// The Python program to port.
    pub input: PathBuf,
    /// Comma-separated engines, e.g. `builtin,openai:gpt-4o,ollama:qwen2.5-coder:7b`.
    #[arg(long, value_delimiter = ',', required = true)]
    pub engines: Vec<String>,
    /// Repair rounds for LLM engines.
    #[arg(long, default_value_t = 2, value_name = "N")]
    pub repair: usize,
    /// Always ask the models; never answer from the local response cache.
    #[arg(long)]
    pub no_cache: bool,
    /// The language to port to: `cpp`, or `rust` (LLM engines only; compiled with rustc, std only).
    #[arg(long, default_value = "cpp", value_name = "LANG", value_parser = parse_target)]
    pub target: Lang,
    /// Write each engine's port here as `<program>.<engine>.cpp` (`.rs` for `--target rust`; default: a temporary directory, removed).
    #[arg(long)]
    pub out_dir: Option<PathBuf>,
    /// Print the results as JSON on stdout.
    #[arg(long)]
    pub json: bool,
    /// How each port is compiled, run and compared with CPython.
    #[command(flatten)]
    pub check: CheckArgs,
}

/// One engine's line of the table.
#[derive(Serialize)]
struct Row {
    engine: String,
    verdict: String,
    verified: bool,
    speedup: Option<f64>,
    /// Repair rounds used (LLM engines).
    repair_rounds: Option<usize>,
    /// Translation time (builtin) or generation time over all rounds (LLM), seconds.
    latency_s: Option<f64>,
    ttft_s: Option<f64>,
    tokens_in: Option<u64>,
    tokens_out: Option<u64>,
    cost_usd: Option<f64>,
    cpp: Option<String>,
    run: Option<RunReport>,
    error: Option<String>,
}

impl Row {
    fn failed(engine: &str, error: String) -> Row {
        Row {
            engine: engine.into(),
            verdict: "error".into(),
            verified: false,
            speedup: None,
            repair_rounds: None,
            latency_s: None,
            ttft_s: None,
            tokens_in: None,
            tokens_out: None,
            cost_usd: None,
            cpp: None,
            run: None,
            error: Some(error),
        }
    }
}

/// A counting semaphore: at most `n` holders at once.
struct Semaphore {
    free: Mutex<usize>,
    cv: Condvar,
}

impl Semaphore {
    fn acquire(&self) -> SemaphoreGuard<'_> {
        let mut free = self.free.lock().unwrap_or_else(|p| p.into_inner());
        while *free == 0 {
            free = self.cv.wait(free).unwrap_or_else(|p| p.into_inner());
        }
        *free -= 1;
        SemaphoreGuard(self)
    }
}

struct SemaphoreGuard<'a>(&'a Semaphore);

impl Drop for SemaphoreGuard<'_> {
    fn drop(&mut self) {
        *self.0.free.lock().unwrap_or_else(|p| p.into_inner()) += 1;
        self.0.cv.notify_one();
    }
}

fn file_safe(engine: &str) -> String {
    engine.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '.' { c } else { '_' }).collect()
}

/// Runs `pyport compare`. Exit: 0 every engine verified, 1 some did not, 2 usage error.
pub fn run(args: CompareArgs) -> Result<ExitCode> {
    args.check.validate()?;
    let mut seen = std::collections::HashSet::new();
    for e in &args.engines {
        if !seen.insert(e) {
            anyhow::bail!("engine `{e}` is listed twice in `--engines`");
        }
    }
    if args.target == Lang::Rust && args.engines.iter().any(|e| e == "builtin") {
        anyhow::bail!("{BUILTIN_CPP_ONLY} (drop `builtin` from `--engines`)");
    }
    // Every spec is checked before any work, so a typo costs nothing.
    let engines: Vec<Option<Engine>> =
        args.engines.iter().map(|e| if e == "builtin" { Ok(None) } else { resolve_engine(e).map(Some) }).collect::<Result<_>>()?;
    let text = read_program(&args.input)?;
    let rustc = match args.target {
        Lang::Rust => Some(pyport_exec::find_rustc()?),
        Lang::Cpp => None,
    };
    let opts = args.check.run_options(rustc.is_some(), pipeline::reads_clock(&text))?;
    let scratch = pipeline::tempfile_dir()?;
    let out_dir = match &args.out_dir {
        Some(d) => {
            std::fs::create_dir_all(d).with_context(|| format!("cannot create `{}`", d.display()))?;
            d.clone()
        }
        None => scratch.path().to_path_buf(),
    };
    let stem = args.input.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "prog".into());
    let file_name = args.input.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "prog.py".into());
    let mut limits: HashMap<String, Arc<Semaphore>> = HashMap::new();
    for e in engines.iter().flatten() {
        limits
            .entry(e.spec.provider.clone())
            .or_insert_with(|| Arc::new(Semaphore { free: Mutex::new(e.concurrency.max(1)), cv: Condvar::new() }));
    }
    let check_lock = Mutex::new(());
    let target = rustc.as_ref().map(rust_target_of).unwrap_or_else(|| target_of(&opts));
    let rustc = rustc.as_ref();
    let rows: Vec<Row> = std::thread::scope(|s| {
        let handles: Vec<_> = args
            .engines
            .iter()
            .zip(&engines)
            .map(|(name, engine)| {
                let cpp_path = out_dir.join(format!("{stem}.{}.{}", file_safe(name), args.target.extension()));
                let (opts, text, check_lock, target, args, file_name) = (&opts, &text, &check_lock, &target, &args, &file_name);
                let sem = engine.as_ref().map(|e| limits[&e.spec.provider].clone());
                s.spawn(move || match engine {
                    None => run_builtin(&args.input, text, &cpp_path, opts, check_lock, args.check.ints()),
                    Some(engine) => {
                        let _permit = sem.as_ref().map(|s| s.acquire());
                        run_llm(engine, args, file_name, text, cpp_path, opts, check_lock, target, rustc)
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .zip(&args.engines)
            .map(|(h, name)| h.join().unwrap_or_else(|_| Row::failed(name, "internal error: the engine's thread panicked".into())))
            .collect()
    });
    let all_verified = rows.iter().all(|r| r.verified);
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({ "input": args.input.display().to_string(), "target": args.target, "engines": rows }))?
        );
    } else {
        print_table(&rows);
    }
    Ok(if all_verified { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn run_builtin(input: &std::path::Path, text: &str, cpp_path: &std::path::Path, opts: &RunOptions, lock: &Mutex<()>, ints: pyport_cpp::IntMode) -> Row {
    let t = pipeline::translate_with(&input.display().to_string(), text, ints);
    let Some(cpp) = &t.cpp else {
        let errors = t.diagnostics.iter().filter(|d| d.severity == pyport_syntax::Severity::Error).count();
        let mut row = Row::failed("builtin", format!("{errors} construct(s) the builtin engine cannot compile (see `pyport convert`)"));
        row.verdict = "not translated".into();
        row.latency_s = Some(t.duration.as_secs_f64());
        return row;
    };
    let _g = lock.lock().unwrap_or_else(|p| p.into_inner());
    // The builtin's own rule for masking timing lines: only programs that read a clock.
    let opts = RunOptions { verify: VerifyOptions { mask_timing_lines: t.uses_clock && !opts.verify.strict, ..opts.verify.clone() }, ..clone_opts(opts) };
    match pipeline::check_cpp(input, cpp, cpp_path, &opts) {
        Ok(run) => Row {
            engine: "builtin".into(),
            verdict: outcome_name(&outcome_of(&run)).into(),
            verified: run.verified(),
            speedup: run.speedup,
            repair_rounds: None,
            latency_s: Some(t.duration.as_secs_f64()),
            ttft_s: None,
            tokens_in: None,
            tokens_out: None,
            cost_usd: None,
            cpp: Some(cpp_path.display().to_string()),
            run: Some(run),
            error: None,
        },
        Err(e) => Row::failed("builtin", format!("{e:#}")),
    }
}

fn clone_opts(o: &RunOptions) -> RunOptions {
    RunOptions {
        python: o.python.clone(),
        cxx: o.cxx.clone(),
        cxxflags: o.cxxflags.clone(),
        args: o.args.clone(),
        stdin: o.stdin.clone(),
        verify: o.verify.clone(),
        limits: o.limits.clone(),
        timing_budget: o.timing_budget,
        max_runs: o.max_runs,
        input_files: o.input_files.clone(),
        find_inputs: o.find_inputs,
    }
}

#[allow(clippy::too_many_arguments)]
fn run_llm(
    engine: &Engine,
    args: &CompareArgs,
    file_name: &str,
    text: &str,
    cpp_path: PathBuf,
    opts: &RunOptions,
    lock: &Mutex<()>,
    target: &pyport_llm::Target,
    rustc: Option<&RustcInfo>,
) -> Row {
    let name = engine.spec.to_string();
    // Each thread opens its own connection to the cache file (SQLite connections are not shared).
    let cache = match open_cache(args.no_cache) {
        Ok(c) => c,
        Err(e) => return Row::failed(&name, format!("{e:#}")),
    };
    let mut checker = PipelineChecker { input: &args.input, output: cpp_path.clone(), opts, rustc, lock: Some(lock), last: None, error: None };
    let port_opts = PortOptions { repair: args.repair, target: target.clone(), lang: args.target, ..PortOptions::default() };
    let quiet = args.json;
    let result = port(engine, file_name, text, &mut checker, &port_opts, cache.as_ref(), &mut |e| progress(&name, false, quiet, e));
    let p = match result {
        Ok(p) => p,
        Err(e) => return Row::failed(&name, e.to_string()),
    };
    let (error, run) = (checker.error, checker.last);
    if let Some(e) = error {
        return Row::failed(&name, format!("{e:#}"));
    }
    let s = LlmSummary::of(&p);
    let verdict = p.rounds.last().map(|r| outcome_name(&r.outcome)).unwrap_or("no answer");
    Row {
        engine: name,
        verdict: verdict.into(),
        verified: p.verified(),
        speedup: run.as_ref().and_then(|r| r.speedup),
        repair_rounds: Some(s.repair_rounds),
        latency_s: Some(s.total_s),
        ttft_s: s.ttft_s,
        tokens_in: s.tokens_in,
        tokens_out: s.tokens_out,
        cost_usd: s.cost_usd,
        cpp: p.final_code().map(|_| cpp_path.display().to_string()),
        run,
        error: None,
    }
}

fn print_table(rows: &[Row]) {
    let header = ["engine", "verdict", "speedup", "repairs", "latency", "TTFT", "tokens in/out", "cost"];
    let cells: Vec<[String; 8]> = rows
        .iter()
        .map(|r| {
            [
                r.engine.clone(),
                r.verdict.clone(),
                r.speedup.map(|s| format!("{s:.1}×")).unwrap_or_else(|| "-".into()),
                r.repair_rounds.map(|n| n.to_string()).unwrap_or_else(|| "-".into()),
                r.latency_s.map(secs).unwrap_or_else(|| "-".into()),
                r.ttft_s.map(secs).unwrap_or_else(|| "-".into()),
                match (r.tokens_in, r.tokens_out) {
                    (None, None) => "-".into(),
                    (i, o) => format!("{}/{}", i.map(|t| t.to_string()).unwrap_or("?".into()), o.map(|t| t.to_string()).unwrap_or("?".into())),
                },
                if r.repair_rounds.is_some() { usd(r.cost_usd) } else { "-".into() },
            ]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for c in &cells {
        for (w, s) in widths.iter_mut().zip(c) {
            *w = (*w).max(s.chars().count());
        }
    }
    let line = |c: &[String]| {
        let parts: Vec<String> = c.iter().zip(widths).map(|(s, w)| format!("{s}{}", " ".repeat(w - s.chars().count()))).collect();
        println!("{}", parts.join("  ").trim_end());
    };
    // Every engine's port ran with the same input files.
    if let Some(run) = rows.iter().find_map(|r| r.run.as_ref()) {
        super::convert::print_inputs(run);
    }
    line(&header.map(String::from));
    for c in &cells {
        line(c);
    }
    for r in rows {
        if let Some(e) = &r.error {
            println!("{}: {e}", r.engine);
        }
    }
}
