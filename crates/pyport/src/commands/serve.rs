//! `pyport serve`: the web UI (pyport_web) over this binary's pipeline.
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use clap::Args;
use pyport::pipeline::{self, RunOptions, VerdictReport};
use pyport_exec::{run as run_limited, CompilerInfo, Limits, PythonInfo, VerifyOptions};
use pyport_llm::CheckOutcome;
use pyport_web::{Backend, Checked, SideRun, Translated};

/// Arguments of `pyport serve`.
#[derive(Args)]
pub struct ServeArgs {
    /// Address to listen on (loopback unless `--token` is given; port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8765")]
    pub addr: SocketAddr,
    /// Database file for conversions, battles and votes (default: the one `pyport bench` uses).
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Secret every request must carry; required to listen on a non-loopback address.
    #[arg(long, value_name = "T")]
    pub token: Option<String>,
    /// Engines offered on the Convert page, comma-separated (default: builtin and pyport.toml's `default_model`).
    #[arg(long, value_delimiter = ',', value_name = "LIST")]
    pub engines: Option<Vec<String>>,
    /// Engines the arena draws from, comma-separated (default: the `--engines` list).
    #[arg(long, value_delimiter = ',', value_name = "LIST")]
    pub arena: Option<Vec<String>>,
    /// Runs at once over all clients.
    #[arg(long, default_value_t = 2)]
    pub jobs: usize,
    /// Runs at once per client address.
    #[arg(long, default_value_t = 2)]
    pub jobs_per_client: usize,
    /// Wall-time limit for each run, in seconds (the pi example needs about 15 s under CPython).
    #[arg(long, default_value_t = 60.0)]
    pub timeout: f64,
}

/// The pipeline as the web server sees it.
struct PipelineBackend {
    python: PythonInfo,
    cxx: CompilerInfo,
    cxxflags: Vec<String>,
    limits: Limits,
}

/// Runs `f` on a thread with a large stack: the parser recurses over the syntax tree.
fn big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    std::thread::Builder::new().stack_size(256 << 20).spawn(f).ok()?.join().ok()
}

impl PipelineBackend {
    fn run_options(&self, uses_clock: bool) -> RunOptions {
        RunOptions {
            python: self.python.clone(),
            cxx: self.cxx.clone(),
            cxxflags: self.cxxflags.clone(),
            args: Vec::new(),
            stdin: None,
            verify: VerifyOptions { mask_timing_lines: uses_clock, ..VerifyOptions::default() },
            limits: self.limits.clone(),
            timing_budget: Duration::from_secs(1),
            max_runs: 5,
            // A program sent to the server names no file of the server's to read.
            input_files: Vec::new(),
            find_inputs: false,
        }
    }
}

fn side(outcome: &pyport_exec::RunOutcome) -> SideRun {
    SideRun {
        stdout: String::from_utf8_lossy(&outcome.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&outcome.stderr).into_owned(),
        status: outcome.termination.to_string(),
        seconds: outcome.wall.as_secs_f64(),
        compile_command: None,
        compile_s: None,
    }
}

impl Backend for PipelineBackend {
    fn translate(&self, python: &str) -> Translated {
        let t = pipeline::translate("prog.py", python);
        Translated { diagnostics: t.render_diagnostics(), cpp: t.cpp, seconds: t.duration.as_secs_f64() }
    }

    fn syntax_errors(&self, python: &str) -> Option<String> {
        let text = python.to_string();
        big_stack(move || {
            let file = pyport_syntax::SourceFile::new("prog.py", &text);
            let parsed = pyport_syntax::parse(&file);
            let errors: Vec<String> =
                parsed.diagnostics.iter().filter(|d| d.code == "syntax-error").map(|d| d.render(&file)).collect();
            (!errors.is_empty()).then(|| errors.join("\n"))
        })
        .unwrap_or_else(|| Some("the program could not be parsed".into()))
    }

    fn run_python(&self, python: &str) -> Result<SideRun, String> {
        let go = || -> Result<SideRun> {
            let scratch = pipeline::tempfile_dir()?;
            let src = scratch.path().join("src");
            std::fs::create_dir_all(&src)?;
            let py = src.join("prog.py");
            std::fs::write(&py, python)?;
            let run_dir = scratch.path().join("run");
            std::fs::create_dir_all(&run_dir)?;
            let spec = pipeline::untrusted_spec(
                &self.python.path,
                vec![py.display().to_string()],
                None,
                &run_dir,
                vec![src.clone()],
                &self.limits,
            );
            Ok(side(&run_limited(&spec).context("running CPython")?))
        };
        go().map_err(|e| format!("{e:#}"))
    }

    fn run_cpp(&self, cpp: &str) -> Result<SideRun, String> {
        let go = || -> Result<Result<SideRun, String>> {
            let scratch = pipeline::tempfile_dir()?;
            let cpp_path = scratch.path().join("prog.cpp");
            std::fs::write(&cpp_path, cpp)?;
            let exe = scratch.path().join("prog");
            let compiled = pipeline::compile(&self.cxx, &self.cxxflags, &cpp_path, &exe, &pipeline::compile_limits())?;
            if compiled.timed_out {
                return Ok(Err("the C++ compiler ran past its time limit".into()));
            }
            if !compiled.ok {
                return Ok(Err(format!("the C++ did not compile:\n{}", compiled.stderr)));
            }
            let run_dir = scratch.path().join("run");
            std::fs::create_dir_all(&run_dir)?;
            let spec = pipeline::untrusted_spec(&exe, Vec::new(), None, &run_dir, vec![exe.clone()], &self.limits);
            let mut s = side(&run_limited(&spec).context("running the compiled program")?);
            s.compile_command = Some(compiled.command_line);
            s.compile_s = Some(compiled.duration.as_secs_f64());
            Ok(Ok(s))
        };
        go().map_err(|e| format!("{e:#}"))?
    }

    fn check(&self, python: &str, cpp: &str) -> Result<Checked, String> {
        let uses_clock = pipeline::translate("prog.py", python).uses_clock;
        let go = || -> Result<Checked> {
            let scratch = pipeline::tempfile_dir()?;
            let py = scratch.path().join("prog.py");
            let cpp_path = scratch.path().join("prog.cpp");
            std::fs::write(&py, python)?;
            std::fs::write(&cpp_path, cpp)?;
            let mut report = pipeline::build_and_run(&py, &cpp_path, &self.run_options(uses_clock))?;
            let outcome = match &report.verdict {
                VerdictReport::Verified { .. } => CheckOutcome::Verified,
                VerdictReport::CompileError { stderr } => CheckOutcome::CompileError(stderr.clone()),
                VerdictReport::CompileTimeout => CheckOutcome::CompileError("the compiler ran past its time limit".into()),
                VerdictReport::OutputDiffers { file: None, expected, actual, .. } => {
                    CheckOutcome::WrongOutput { expected: expected.clone(), actual: actual.clone() }
                }
                VerdictReport::OutputDiffers { file: Some(file), line, expected, actual, .. } => {
                    let place = pipeline::difference_place(Some(file), *line);
                    CheckOutcome::WrongOutput { expected: format!("{place}: {expected}"), actual: format!("{place}: {actual}") }
                }
                VerdictReport::ExitStatusDiffers { expected, actual } => {
                    CheckOutcome::Crash(format!("exit status {actual}, CPython's was {expected}"))
                }
                VerdictReport::PythonFailed { termination, stderr } => {
                    CheckOutcome::Unjudgeable(format!("CPython failed on the program ({termination}): {stderr}"))
                }
                VerdictReport::RuntimeError { termination } => {
                    CheckOutcome::Crash(format!("{termination}\n{}", report.cpp_stderr.clone().unwrap_or_default()))
                }
                VerdictReport::Timeout { .. } => CheckOutcome::Timeout,
                VerdictReport::MemoryLimit { limit_bytes } => CheckOutcome::Crash(format!("ran out of memory at {limit_bytes} bytes")),
                VerdictReport::OutputLimit { bytes } => CheckOutcome::Crash(format!("printed more than {bytes} bytes")),
            };
            let (python_stdout, cpp_stdout) = (report.python_stdout.take(), report.cpp_stdout.take());
            Ok(Checked { report: serde_json::to_value(&report)?, outcome, python_stdout, cpp_stdout })
        };
        go().map_err(|e| format!("{e:#}"))
    }
}

/// Example programs: `examples/*.py` and the default suite's programs, when present here.
fn example_programs(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (folder, prefix) in [(dir.join("examples"), ""), (dir.join("suites/default"), "suite/")] {
        let Ok(entries) = std::fs::read_dir(&folder) else { continue };
        let mut files: Vec<PathBuf> =
            entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "py")).collect();
        files.sort();
        for f in files {
            if let (Some(stem), Ok(text)) = (f.file_stem(), std::fs::read_to_string(&f)) {
                out.push((format!("{prefix}{}", stem.to_string_lossy()), text));
            }
        }
    }
    out
}

/// Runs `pyport serve` until interrupted.
pub fn run(args: ServeArgs) -> Result<ExitCode> {
    if let Err(e) = pyport_web::check_bind(&args.addr, args.token.as_deref()) {
        bail!("{e}");
    }
    let timeout = super::seconds("--timeout", args.timeout, false)?;
    if args.jobs == 0 || args.jobs_per_client == 0 {
        bail!("`--jobs` and `--jobs-per-client` must be at least 1");
    }
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let config = pyport_llm::Config::load(&cwd).map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut engines = args.engines.clone().unwrap_or_else(|| {
        let mut v = vec!["builtin".to_string()];
        v.extend(config.default_model.clone());
        v
    });
    // A name given twice would be offered twice, and the arena could pit an engine against itself.
    let mut seen = std::collections::HashSet::new();
    engines.retain(|e| seen.insert(e.clone()));
    let mut arena = args.arena.clone().unwrap_or_else(|| engines.clone());
    let mut seen = std::collections::HashSet::new();
    arena.retain(|e| seen.insert(e.clone()));
    for e in engines.iter().chain(&arena) {
        if e != "builtin" {
            pyport_llm::Engine::resolve(e, &config).map_err(|err| anyhow::anyhow!("engine `{e}`: {err}"))?;
        }
    }
    // The arena's engines can be used on the Convert page too.
    for e in &arena {
        if !engines.contains(e) {
            engines.push(e.clone());
        }
    }
    let db = super::bench::db_path(args.db.clone())?;
    let backend = PipelineBackend {
        python: pyport_exec::find_python(None)?,
        cxx: pyport_exec::find_cxx(None)?,
        cxxflags: pyport_exec::cxxflags(None),
        limits: Limits {
            wall: timeout,
            cpu: timeout,
            ..Limits::default()
        },
    };
    let opts = pyport_web::Options {
        db: db.clone(),
        token: args.token.clone(),
        engines,
        arena,
        config,
        programs: example_programs(&cwd),
        max_jobs: args.jobs,
        max_jobs_per_client: args.jobs_per_client,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .with_context(|| format!("cannot listen on `{}`", args.addr))?;
        let addr = listener.local_addr()?;
        let query = args.token.as_ref().map(|t| format!("/?token={t}")).unwrap_or_default();
        // Tests and scripts read this line to find the port.
        eprintln!("pyport: serving on http://{addr}{query} (database `{}`)", db.display());
        pyport_web::serve(listener, opts, Arc::new(backend)).await.map_err(|e| anyhow::anyhow!(e))
    })?;
    Ok(ExitCode::SUCCESS)
}
