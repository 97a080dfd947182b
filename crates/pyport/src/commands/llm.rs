//! LLM engines in the CLI: the pipeline as a repair-loop checker, and `convert --engine PROVIDER:MODEL`.
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

use anyhow::{Context, Result};
use pyport::pipeline::{self, RunOptions, RunReport, VerdictReport};
use pyport_exec::RustcInfo;
use pyport_llm::{port, Cache, CheckOutcome, Checker, Config, Engine, Event, Lang, Port, PortEvent, PortOptions, Target};
use serde::Serialize;

use super::check::read_program;
use super::convert::{default_output, is_same_file, print_run, secs, ConvertArgs};

/// The repair loop's checker: every candidate goes through `pipeline::check_cpp`, as the builtin's
/// C++ does, or through `pipeline::check_rust` when `rustc` is given (`--target rust`).
pub struct PipelineChecker<'a> {
    pub input: &'a Path,
    pub output: PathBuf,
    pub opts: &'a RunOptions,
    /// The Rust compiler, for `--target rust`; `None` checks C++.
    pub rustc: Option<&'a RustcInfo>,
    /// Held while compiling, running and timing, so concurrent engines do not disturb each other's timings.
    pub lock: Option<&'a Mutex<()>>,
    /// The report of the last checked round.
    pub last: Option<RunReport>,
    /// An error of the pipeline itself (not of the candidate), if one happened.
    pub error: Option<anyhow::Error>,
}

impl Checker for PipelineChecker<'_> {
    fn check(&mut self, code: &str) -> CheckOutcome {
        let _guard = self.lock.map(|l| l.lock().unwrap_or_else(|p| p.into_inner()));
        let checked = match self.rustc {
            Some(rustc) => pipeline::check_rust(self.input, code, &self.output, rustc, self.opts),
            None => pipeline::check_cpp(self.input, code, &self.output, self.opts),
        };
        match checked {
            Ok(report) => {
                let outcome = outcome_of(&report);
                self.last = Some(report);
                outcome
            }
            Err(e) => {
                let text = format!("{e:#}");
                self.error = Some(e);
                CheckOutcome::Unjudgeable(text)
            }
        }
    }
}

/// What the repair loop needs to hear about a run report.
pub fn outcome_of(r: &RunReport) -> CheckOutcome {
    let stderr = r.cpp_stderr.clone().unwrap_or_default();
    let lang = r.language.name();
    match &r.verdict {
        VerdictReport::Verified { .. } => CheckOutcome::Verified,
        VerdictReport::CompileError { stderr } => CheckOutcome::CompileError(stderr.clone()),
        VerdictReport::CompileTimeout => CheckOutcome::CompileError(format!("the {lang} compiler timed out (300 s)")),
        VerdictReport::OutputDiffers { file, line, expected, actual, .. } => {
            // A file the program writes is named, so the model knows which output to fix.
            let place = pipeline::difference_place(file.as_deref(), *line);
            CheckOutcome::WrongOutput { expected: format!("{place}: {expected}"), actual: format!("{place}: {actual}") }
        }
        VerdictReport::ExitStatusDiffers { actual, .. } if actual == "timed out" => CheckOutcome::Timeout,
        VerdictReport::ExitStatusDiffers { expected, actual } => {
            CheckOutcome::Crash(format!("CPython ended with {expected}, the {lang} program with {actual}\n{stderr}").trim_end().to_string())
        }
        VerdictReport::PythonFailed { termination, stderr } => {
            CheckOutcome::Unjudgeable(format!("CPython itself did not finish ({termination}): {stderr}"))
        }
        VerdictReport::RuntimeError { termination } => {
            CheckOutcome::Crash(format!("the {lang} program ended with {termination}\n{stderr}").trim_end().to_string())
        }
        VerdictReport::Timeout { .. } => CheckOutcome::Timeout,
        VerdictReport::MemoryLimit { limit_bytes } => {
            CheckOutcome::Crash(format!("the {lang} program ran out of memory (limit {limit_bytes} bytes)\n{stderr}").trim_end().to_string())
        }
        VerdictReport::OutputLimit { bytes } => {
            CheckOutcome::Crash(format!("the {lang} program printed more than {bytes} bytes and was stopped"))
        }
    }
}

/// A short name of an outcome, for tables and progress lines.
pub fn outcome_name(o: &CheckOutcome) -> &'static str {
    match o {
        CheckOutcome::Verified => "verified",
        CheckOutcome::CompileError(_) => "compile error",
        CheckOutcome::WrongOutput { .. } => "output differs",
        CheckOutcome::Crash(_) => "crash / exit status differs",
        CheckOutcome::Timeout => "timeout",
        CheckOutcome::NoCode => "no code in the answer",
        CheckOutcome::Unjudgeable(_) => "not judged",
    }
}

/// A one-line description of the machine for the prompt.
pub fn machine_description() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| t.lines().find(|l| l.starts_with("model name")).and_then(|l| l.split_once(':')).map(|(_, v)| v.trim().to_string()));
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    match cpu {
        Some(c) => format!("{} Linux, {c}, {cores} cores available", std::env::consts::ARCH),
        None => format!("{} {}, {cores} cores available", std::env::consts::ARCH, std::env::consts::OS),
    }
}

/// The prompt's target: this machine, the compiler and flags the pipeline will use.
pub fn target_of(opts: &RunOptions) -> Target {
    Target {
        machine: machine_description(),
        compiler: format!("{} ({})", opts.cxx.path.display(), opts.cxx.version),
        flags: opts.cxxflags.join(" "),
    }
}

/// The prompt's target for `--target rust`: this machine, rustc and its flags.
pub fn rust_target_of(rustc: &RustcInfo) -> Target {
    Target {
        machine: machine_description(),
        compiler: format!("{} ({})", rustc.path.display(), rustc.version_line),
        flags: pyport_exec::DEFAULT_RUSTFLAGS.join(" "),
    }
}

/// The configured `default_model`, or an error that starts with `why` and says how to set one.
pub fn default_model(why: &str) -> Result<String> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let config = Config::load(&cwd)?;
    config.default_model.clone().ok_or_else(|| {
        anyhow::anyhow!(
            "{why} pyport.toml sets no `default_model`; add one (e.g. `default_model = \"ollama:qwen2.5-coder:7b\"`) or choose `--engine PROVIDER:MODEL`"
        )
    })
}

/// A C++ compiler for [`RunOptions`] when the port is Rust and none is installed: nothing compiles
/// C++ then, and rustc links through the system's `cc` on its own.
pub fn no_cxx() -> pyport_exec::CompilerInfo {
    pyport_exec::CompilerInfo { kind: pyport_exec::CompilerKind::Gcc, path: PathBuf::from("c++"), version: "not used (--target rust)".into() }
}

/// Loads the config (project dir, then user dir) and resolves an engine spec.
pub fn resolve_engine(spec: &str) -> Result<Engine> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let config = Config::load(&cwd)?;
    Ok(Engine::resolve(spec, &config)?)
}

/// Opens the response cache unless `no_cache`.
pub fn open_cache(no_cache: bool) -> Result<Option<Cache>> {
    if no_cache {
        return Ok(None);
    }
    Ok(Some(Cache::open(&pyport_llm::cache::default_path())?))
}

/// Totals over the rounds of a port, for reports.
#[derive(Serialize)]
pub struct LlmSummary {
    pub engine: String,
    pub rounds: usize,
    pub repair_rounds: usize,
    pub tokens_in: Option<u64>,
    pub tokens_out: Option<u64>,
    /// Time to first token of the first round.
    pub ttft_s: Option<f64>,
    /// Generation time over all rounds.
    pub total_s: f64,
    pub tokens_per_s: Option<f64>,
    pub cost_usd: Option<f64>,
    /// Every round answered from the local cache.
    pub cached: bool,
}

impl LlmSummary {
    pub fn of(p: &Port) -> LlmSummary {
        let ttft_s = p.rounds.first().and_then(|r| r.generation.ttft_s);
        let gen_s: f64 = p.rounds.iter().map(|r| r.generation.total_s - r.generation.ttft_s.unwrap_or(0.0)).sum();
        LlmSummary {
            engine: p.engine.clone(),
            rounds: p.rounds.len(),
            repair_rounds: p.repairs(),
            tokens_in: p.tokens_in(),
            tokens_out: p.tokens_out(),
            ttft_s,
            total_s: p.total_s(),
            tokens_per_s: p.tokens_out().filter(|_| gen_s > 0.0).map(|t| t as f64 / gen_s),
            cost_usd: p.cost_usd(),
            cached: !p.rounds.is_empty() && p.rounds.iter().all(|r| r.generation.cached),
        }
    }
}

/// `$0.0123`, or `unknown` when the catalog has no price.
pub fn usd(c: Option<f64>) -> String {
    match c {
        Some(0.0) => "$0".into(),
        Some(c) if c < 0.01 => format!("${c:.5}"),
        Some(c) => format!("${c:.4}"),
        None => "unknown".into(),
    }
}

fn opt_tokens(t: Option<u64>) -> String {
    t.map(|t| t.to_string()).unwrap_or_else(|| "?".into())
}

#[derive(Serialize)]
struct LlmReport<'a> {
    engine: &'a str,
    /// The language of the port: `cpp` or `rust`.
    target: Lang,
    input: String,
    output: Option<String>,
    llm: LlmSummary,
    port: &'a Port,
    run: Option<&'a RunReport>,
    verified: Option<bool>,
}

/// `--engine auto`: `None` when the builtin engine compiles the program; else the configured
/// `default_model` and the builtin's findings (every construct it could not compile) for the prompt.
pub fn auto_choice(args: &ConvertArgs) -> Result<Option<(String, String)>> {
    let text = read_program(&args.input)?;
    let t = pipeline::translate_with(&args.input.display().to_string(), &text, args.check.ints());
    if t.cpp.is_some() {
        if !args.json {
            eprintln!("pyport: auto: the builtin engine compiles this program");
        }
        return Ok(None);
    }
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let config = Config::load(&cwd)?;
    let Some(model) = config.default_model.clone() else {
        anyhow::bail!(
            "`--engine auto`: the builtin engine cannot compile `{}` and pyport.toml sets no `default_model`; add one (e.g. `default_model = \"ollama:qwen2.5-coder:7b\"`) or choose `--engine PROVIDER:MODEL`",
            args.input.display()
        );
    };
    let rendered: Vec<String> = t.diagnostics.iter().map(|d| d.render(&t.file)).collect();
    let lines: Vec<&str> = rendered.iter().flat_map(|r| r.lines()).collect();
    let mut findings = lines[..lines.len().min(60)].join("\n");
    if lines.len() > 60 {
        findings.push_str(&format!("\n… ({} more lines)", lines.len() - 60));
    }
    if !args.json {
        eprintln!("pyport: auto: the builtin engine cannot compile this program; using `{model}`");
    }
    Ok(Some((
        model,
        format!(
            "pyport's own Python-to-C++ compiler could not translate this program. Its findings (the constructs it does not support):\n```\n{findings}\n```"
        ),
    )))
}

/// `pyport convert --engine PROVIDER:MODEL` (or `auto` resolved to `spec` with the builtin's
/// `findings`). Exit: 0 verified, 1 not verified, 2 request or usage error.
pub fn convert(args: ConvertArgs, spec: &str, findings: Option<String>) -> Result<ExitCode> {
    let mut engine = resolve_engine(spec)?;
    if let Some(f) = findings {
        engine.prompt_extra = Some(match engine.prompt_extra.take() {
            Some(e) => format!("{f}\n\n{e}"),
            None => f,
        });
    }
    args.check.validate()?;
    let text = read_program(&args.input)?;
    let lang = args.target;
    let output = args.output.clone().unwrap_or_else(|| default_output(&args.input).with_extension(lang.extension()));
    if is_same_file(&args.input, &output) {
        anyhow::bail!("the output path `{}` is the input file; choose another with `-o`", output.display());
    }
    // Found before the model is asked: a missing compiler must not cost a request.
    let rustc = match lang {
        Lang::Rust if !args.no_run => Some(pyport_exec::find_rustc()?),
        _ => None,
    };
    let opts = args.check.run_options(lang == Lang::Rust, pipeline::reads_clock(&text))?;
    let cache = open_cache(args.no_cache)?;
    let file_name = args.input.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "prog.py".into());
    let target = match &rustc {
        Some(r) => rust_target_of(r),
        None if lang == Lang::Rust => Target { compiler: "rustc".into(), flags: pyport_exec::DEFAULT_RUSTFLAGS.join(" "), ..target_of(&opts) },
        None => target_of(&opts),
    };
    let port_opts = PortOptions { repair: if args.no_run { 0 } else { args.repair }, target, lang, ..PortOptions::default() };
    let mut checker =
        PipelineChecker { input: &args.input, output: output.clone(), opts: &opts, rustc: rustc.as_ref(), lock: None, last: None, error: None };
    let mut no_run = NoRunChecker { output: &output, error: None };
    let chk: &mut dyn Checker = if args.no_run { &mut no_run } else { &mut checker };
    let (stream, quiet) = (args.stream, args.json);
    let spec = engine.spec.to_string();
    let mut on_event = |e: PortEvent| progress(&spec, stream, quiet, e);
    let result = port(&engine, &file_name, &text, chk, &port_opts, cache.as_ref(), &mut on_event)?;
    if let Some(e) = checker.error.take().or(no_run.error.take()) {
        return Err(e);
    }
    let llm = LlmSummary::of(&result);
    let wrote = result.final_code().is_some();
    let last = checker.last.take();
    let run = last.as_ref().filter(|_| !args.no_run);
    let verified = run.map(|r| r.verified() && result.verified());
    if args.json {
        let report = LlmReport {
            engine: &spec,
            target: args.target,
            input: args.input.display().to_string(),
            output: wrote.then(|| output.display().to_string()),
            llm,
            port: &result,
            run,
            verified,
        };
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        if args.engine == spec {
            println!("engine      {spec}");
        } else {
            println!("engine      {spec} (chosen by --engine {})", args.engine);
        }
        println!("target      {}", lang.fence());
        if wrote {
            println!("output      {}", output.display());
        } else {
            println!("output      none: no round produced {} code", lang.name());
        }
        let outcomes: Vec<String> = result.rounds.iter().map(|r| format!("{} {}", r.round, outcome_name(&r.outcome))).collect();
        println!("rounds      {} ({} repair{}): {}", llm.rounds, llm.repair_rounds, if llm.repair_rounds == 1 { "" } else { "s" }, outcomes.join(", "));
        println!("tokens      {} in, {} out{}", opt_tokens(llm.tokens_in), opt_tokens(llm.tokens_out), if llm.cached { " (answered from the cache; numbers of the original request)" } else { "" });
        println!("TTFT        {}", llm.ttft_s.map(secs).unwrap_or_else(|| "unknown".into()));
        println!("generation  {}{}", secs(llm.total_s), llm.tokens_per_s.map(|t| format!(" ({t:.1} tokens/s)")).unwrap_or_default());
        println!("cost        {}", usd(llm.cost_usd));
        if let Some(r) = run {
            print_run(r);
        }
    }
    Ok(match verified {
        Some(true) => ExitCode::SUCCESS,
        None if args.no_run && wrote => ExitCode::SUCCESS,
        _ => ExitCode::from(1),
    })
}

/// `--no-run`: write the code, judge nothing.
struct NoRunChecker<'a> {
    output: &'a Path,
    error: Option<anyhow::Error>,
}

impl Checker for NoRunChecker<'_> {
    fn check(&mut self, code: &str) -> CheckOutcome {
        if let Err(e) = pipeline::write_atomic(self.output, code) {
            self.error = Some(e);
        }
        CheckOutcome::Unjudgeable("not run (--no-run)".into())
    }
}

/// Progress on stderr: the streamed answer with `--stream`, else one line per round.
pub fn progress(spec: &str, stream: bool, quiet: bool, e: PortEvent) {
    let mut err = std::io::stderr().lock();
    match e {
        PortEvent::RoundStart(n) if !quiet => {
            let _ = writeln!(err, "pyport: asking `{spec}` (round {n})…");
        }
        PortEvent::Request(Event::Text(t)) if stream && !quiet => {
            let _ = write!(err, "{t}");
            let _ = err.flush();
        }
        PortEvent::Request(Event::Retry { attempt, wait, reason }) if !quiet => {
            let _ = writeln!(err, "\npyport: attempt {attempt} failed ({reason}); retrying in {:.1} s", wait.as_secs_f64());
        }
        PortEvent::Request(Event::CacheHit) if !quiet => {
            let _ = writeln!(err, "pyport: answered from the local cache (use `--no-cache` to ask the model again)");
        }
        PortEvent::Checked(n, o) if !quiet => {
            let _ = writeln!(err, "{}pyport: `{spec}` round {n}: {}", if stream { "\n" } else { "" }, outcome_name(o));
        }
        _ => {}
    }
}
