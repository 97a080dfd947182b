//! `pyport bench`: with `--suite` (or `--resume`), runs every program of a suite through every
//! engine and stores each attempt in the SQLite database; without, the quick benchmark of a
//! folder (default `examples/`) with the builtin engine, printed and not stored.
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{mpsc, Arc, Condvar, Mutex};

use anyhow::{bail, Context, Result};
use clap::Args;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use pyport::harness::{self, Harness};
use pyport::llm_engine::LlmSettings;
use pyport::pipeline::{self, RunOptions, VerdictReport};
use pyport_eval::engine::{Engine, EngineError, Generation};
use pyport_eval::leaderboard;
use pyport_eval::store::{self, Attempt, EngineStatus, Run, Store, Verdict};
use pyport_eval::suite::{self, Program};
use pyport_exec::{Limits, VerifyOptions};
use serde::{Deserialize, Serialize};

/// Arguments of `pyport bench`.
#[derive(Args)]
pub struct BenchArgs {
    /// Quick benchmark without a suite: folders of Python programs (or single files), not stored.
    #[arg(default_value = "examples")]
    pub paths: Vec<PathBuf>,
    /// Suite to run and store: a name (`suites/NAME`) or a folder of `.py` files with case headers.
    #[arg(long, value_name = "NAME|DIR", conflicts_with = "paths")]
    pub suite: Option<String>,
    /// Engines, comma-separated (`builtin`, `builtin-int64` for checked 64-bit ints, `provider:model`).
    #[arg(long, value_delimiter = ',', value_name = "LIST")]
    pub engines: Option<Vec<String>>,
    /// Samples per program for engines that are not deterministic (pass@k uses them).
    #[arg(long, value_name = "N")]
    pub samples: Option<u32>,
    /// Attempts checked at once (default: the number of CPU cores).
    #[arg(long, value_name = "J")]
    pub jobs: Option<usize>,
    /// Database file (default `$XDG_DATA_HOME/pyport/pyport.db` or `~/.local/share/pyport/pyport.db`).
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Continue run RUN with its own suite, engines, samples and shard, skipping stored attempts.
    #[arg(long, value_name = "RUN", conflicts_with_all = ["suite", "engines", "samples", "shard", "paths"])]
    pub resume: Option<i64>,
    /// Run only shard I of N of the suite (deterministic split; combine with `pyport merge`).
    #[arg(long, value_name = "I/N")]
    pub shard: Option<String>,
    /// Time budget for repeated runs of each side, in seconds.
    #[arg(long, default_value_t = 3.0)]
    pub timing_budget: f64,
    /// Wall-time limit for each run, in seconds (default 300 for the quick benchmark, 60 with a suite).
    #[arg(long)]
    pub timeout: Option<f64>,
    /// Repair rounds for LLM engines: the checker's findings go back to the model (default 2).
    #[arg(long, value_name = "N", conflicts_with = "resume")]
    pub repair: Option<usize>,
    /// Always ask the models; never answer from the local response cache.
    #[arg(long)]
    pub no_cache: bool,
}

/// Runs `pyport bench`.
pub fn run(args: BenchArgs) -> Result<ExitCode> {
    if args.suite.is_some() || args.resume.is_some() {
        return run_stored(args);
    }
    let stored_only = [
        (args.engines.is_some(), "--engines"),
        (args.samples.is_some(), "--samples"),
        (args.jobs.is_some(), "--jobs"),
        (args.db.is_some(), "--db"),
        (args.shard.is_some(), "--shard"),
        (args.repair.is_some(), "--repair"),
        (args.no_cache, "--no-cache"),
    ];
    if let Some((_, flag)) = stored_only.iter().find(|(given, _)| *given) {
        bail!("`{flag}` needs `--suite NAME|DIR` (or `--resume RUN`): only suite runs are stored");
    }
    run_quick(args)
}

/// The database path: `--db`, else the user data directory.
pub fn db_path(explicit: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(p) = explicit {
        return Ok(p);
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .context("cannot find a data directory (neither `$XDG_DATA_HOME` nor `$HOME` is set): pass `--db PATH`")?;
    let dir = base.join("pyport");
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create `{}`", dir.display()))?;
    Ok(dir.join("pyport.db"))
}

/// The settings of a run, stored as JSON so `--resume` repeats them.
#[derive(Serialize, Deserialize)]
struct RunArgs {
    timeout: f64,
    timing_budget: f64,
    /// Repair rounds of LLM engines (runs stored before LLM engines existed have none: 2).
    #[serde(default = "default_repair")]
    repair: usize,
}

fn default_repair() -> usize {
    2
}

/// `os arch, cpu model, N cores`.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("model name")).and_then(|l| l.split_once(':')).map(|(_, v)| v.trim().to_string()))
        .unwrap_or_else(|| "unknown cpu".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    format!("{} {}, {cpu}, {cores} cores", std::env::consts::OS, std::env::consts::ARCH)
}

fn host() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname").map(|s| s.trim().to_string()).unwrap_or_else(|_| "host".into())
}

/// One unit of work: an engine's sample of a program.
struct Task {
    engine: usize,
    program: usize,
    sample: u32,
}

/// What workers tell the writer.
enum Msg {
    Done(Box<Attempt>),
    Fatal { engine: usize, error: String },
    Error(anyhow::Error),
}

/// The queue the workers share.
struct Queue {
    tasks: VecDeque<Task>,
    /// Attempts running per concurrency group.
    in_flight: Vec<usize>,
    failed: BTreeSet<usize>,
    abort: bool,
}

fn run_stored(args: BenchArgs) -> Result<ExitCode> {
    let db = db_path(args.db.clone())?;
    // A new run's arguments are all checked before the database is opened (or created).
    let (store, run_id, run) = match args.resume {
        Some(id) => {
            let store = Store::open(&db)?;
            let run = store.run(id)?;
            store.set_finished(id, None)?;
            (store, id, run)
        }
        None => {
            let name = args.suite.clone().unwrap_or_default();
            let cwd = std::env::current_dir().context("cannot read the current folder")?;
            let dir = suite::resolve(&name, &cwd)?;
            let dir = std::fs::canonicalize(&dir).with_context(|| format!("cannot read `{}`", dir.display()))?;
            if let Some(s) = &args.shard {
                suite::parse_shard(s)?;
            }
            let mut engines = Vec::new();
            for e in args.engines.clone().unwrap_or_else(|| vec!["builtin".into()]) {
                // `shortlist:N`: the N models `pyport models --shortlist N` proposes.
                match e.strip_prefix("shortlist:") {
                    Some(n) => {
                        let n: usize = n.parse().map_err(|_| anyhow::anyhow!("`{e}` in `--engines`: write `shortlist:N` with a number N, e.g. `shortlist:3`"))?;
                        let picks = super::models::shortlist_engines(n)?;
                        eprintln!("pyport: shortlist:{n} is {}", picks.join(", "));
                        engines.extend(picks);
                    }
                    None => engines.push(e),
                }
            }
            let mut seen = BTreeSet::new();
            for e in &engines {
                if e.trim().is_empty() {
                    bail!("empty engine name in `--engines`: give names separated by commas, e.g. `builtin,openai:gpt-4o`");
                }
                if !seen.insert(e.clone()) {
                    bail!("engine `{e}` is named twice in `--engines`");
                }
            }
            let samples = args.samples.unwrap_or(1);
            if samples == 0 {
                bail!("`--samples` must be at least 1");
            }
            super::seconds("--timeout", args.timeout.unwrap_or(60.0), false)?;
            super::seconds("--timing-budget", args.timing_budget, true)?;
            let run_args = RunArgs { timeout: args.timeout.unwrap_or(60.0), timing_budget: args.timing_budget, repair: args.repair.unwrap_or(2) };
            let started = store::now_utc();
            let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
            let cxx = pyport_exec::find_cxx(None)?;
            let mut run = Run {
                id: 0,
                uid: format!("{}-{}-{nanos}", host(), std::process::id()),
                started,
                finished: None,
                suite: name,
                suite_path: dir.display().to_string(),
                engines,
                samples,
                shard: args.shard.clone(),
                args: serde_json::to_string(&run_args)?,
                machine: machine(),
                compiler: format!("{} {} ({})", cxx.kind, cxx.version, cxx.path.display()),
                cxxflags: pyport_exec::cxxflags(None).join(" "),
                origin: None,
            };
            let store = Store::open(&db)?;
            run.id = store.create_run(&run)?;
            (store, run.id, run)
        }
    };
    let run_args: RunArgs = serde_json::from_str(&run.args).unwrap_or(RunArgs { timeout: 60.0, timing_budget: 3.0, repair: 2 });
    eprintln!("pyport: run {run_id} in `{}`", db.display());

    let mut programs = suite::load(&run.suite, std::path::Path::new(&run.suite_path))?.programs;
    if let Some(s) = &run.shard {
        let (i, n) = suite::parse_shard(s)?;
        programs = suite::shard(&programs, i, n);
    }
    let python = pyport_exec::find_python(None)?;
    let cxx = pyport_exec::find_cxx(None)?;
    let flags = pyport_exec::cxxflags(None);
    let compiler = format!("{} {} ({})", cxx.kind, cxx.version, cxx.path.display());
    if args.resume.is_some() && (compiler != run.compiler || flags.join(" ") != run.cxxflags) {
        eprintln!(
            "pyport: warning: run {run_id} started with {} `{}`; continuing with {compiler} `{}`",
            run.compiler,
            run.cxxflags,
            flags.join(" ")
        );
    }
    let limits = Limits {
        wall: super::seconds("--timeout", run_args.timeout, false)?,
        cpu: super::seconds("--timeout", run_args.timeout, false)?,
        ..Limits::default()
    };
    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)).max(1);
    let mut harness = Harness::new(python, cxx, flags.clone(), limits, super::seconds("--timing-budget", run_args.timing_budget, true)?);
    harness.set_jobs(jobs);
    let harness = Arc::new(harness);
    let machine = machine();

    // Programs CPython cannot parse are invalid input for every engine.
    for p in &mut programs {
        if p.problem.is_none() {
            p.problem = harness.python_syntax_problem(p)?;
        }
    }

    // LLM engines: pyport.toml (endpoints, keys' variables, concurrency), repair rounds, the cache.
    let cwd = std::env::current_dir().context("cannot read the current folder")?;
    let (config, config_error) = match pyport_llm::Config::load(&cwd) {
        Ok(c) => (c, None),
        Err(e) => (pyport_llm::Config::default(), Some(e.to_string())),
    };
    let llm = LlmSettings {
        config,
        repair: run_args.repair,
        cache: (!args.no_cache).then(pyport_llm::cache::default_path),
        target: pyport_llm::Target {
            machine: super::llm::machine_description(),
            compiler: format!("{} ({})", harness.cxx.path.display(), harness.cxx.version),
            flags: flags.join(" "),
        },
    };
    let mut engines: Vec<Box<dyn Engine>> = Vec::new();
    let mut any_failed = false;
    for name in &run.engines {
        let made = match &config_error {
            Some(e) if !harness::is_builtin(name) => Err(e.clone()),
            _ => harness::engine(name, &harness, &llm),
        };
        match made {
            Ok(e) => {
                store.set_engine_status(run_id, &EngineStatus { engine: name.clone(), status: "ok".into(), error: None })?;
                engines.push(e);
            }
            Err(error) => {
                eprintln!("pyport: engine `{name}` failed: {error}; continuing without it");
                store.set_engine_status(run_id, &EngineStatus { engine: name.clone(), status: "failed".into(), error: Some(error) })?;
                any_failed = true;
            }
        }
    }

    let base = |engine: &str, program: &Program, sample: u32| Attempt {
        run_id,
        engine: engine.to_string(),
        program: program.name.clone(),
        sample,
        tags: program.tags.join(", "),
        difficulty: program.difficulty.clone(),
        code_hash: None,
        verdict: Verdict::InvalidInput,
        error: None,
        cases_total: program.cases.len() as u32,
        cases_passed: 0,
        case_results: "[]".into(),
        translate_s: None,
        generation_s: None,
        ttft_s: None,
        tokens_in: None,
        tokens_out: None,
        cost_usd: None,
        repair_rounds: None,
        compile_s: None,
        python_s: None,
        cpp_s: None,
        speedup: None,
        compiler: compiler.clone(),
        cxxflags: flags.join(" "),
        machine: machine.clone(),
        finished: String::new(),
    };

    let done = store.done(run_id)?;
    let already = done.len();
    let mut tasks = VecDeque::new();
    let mut invalid = Vec::new();
    let mut totals = vec![0u64; engines.len()];
    let mut finished_counts = vec![0u64; engines.len()];
    for (pi, p) in programs.iter().enumerate() {
        for (ei, e) in engines.iter().enumerate() {
            if p.problem.is_some() {
                totals[ei] += 1;
                if done.contains(&(e.name().to_string(), p.name.clone(), 0)) {
                    finished_counts[ei] += 1;
                } else {
                    invalid.push((ei, pi));
                }
                continue;
            }
            for sample in 0..e.samples(run.samples) {
                totals[ei] += 1;
                if done.contains(&(e.name().to_string(), p.name.clone(), sample)) {
                    finished_counts[ei] += 1;
                } else {
                    tasks.push_back(Task { engine: ei, program: pi, sample });
                }
            }
        }
    }
    eprintln!(
        "pyport: {} program{}, {} engine{}: {} attempt{} stored already, {} to do",
        programs.len(),
        if programs.len() == 1 { "" } else { "s" },
        engines.len(),
        if engines.len() == 1 { "" } else { "s" },
        already,
        if already == 1 { "" } else { "s" },
        tasks.len() + invalid.len()
    );

    let multi = MultiProgress::with_draw_target(if std::io::stderr().is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    });
    let style = ProgressStyle::with_template("{prefix:>24} [{bar:30}] {pos}/{len} {msg}")
        .map(|s| s.progress_chars("=> "))
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    let bars: Vec<ProgressBar> = engines
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let b = multi.add(ProgressBar::new(totals[i]));
            b.set_style(style.clone());
            b.set_prefix(e.name().to_string());
            b.set_position(finished_counts[i]);
            b
        })
        .collect();

    let mut store_error: Option<anyhow::Error> = None;
    let write = |a: Attempt, bars: &[ProgressBar], ei: usize| -> Result<()> {
        let mut a = a;
        a.finished = store::now_utc();
        store.insert_attempt(&a)?;
        bars[ei].inc(1);
        bars[ei].set_message(format!("{} {}", a.program, a.verdict.as_str()));
        let line = format!(
            "{:<24} {:<24} #{:<3} {:<16} {}",
            a.engine,
            a.program,
            a.sample,
            a.verdict.as_str(),
            a.speedup.map(|s| format!("{s:.1}×")).unwrap_or_else(|| "-".into())
        );
        multi.suspend(|| println!("{line}"));
        Ok(())
    };
    for (ei, pi) in invalid {
        let p = &programs[pi];
        let mut a = base(engines[ei].name(), p, 0);
        a.error = p.problem.clone();
        if let Err(e) = write(a, &bars, ei) {
            store_error = Some(e);
            break;
        }
    }

    // Engines of one concurrency group (one provider) share its limit.
    let mut group_names: Vec<String> = Vec::new();
    let mut group_limits: Vec<usize> = Vec::new();
    let group_of: Vec<usize> = engines
        .iter()
        .map(|e| {
            let g = e.concurrency_group();
            match group_names.iter().position(|n| *n == g) {
                Some(i) => {
                    group_limits[i] = group_limits[i].min(e.max_concurrency().max(1));
                    i
                }
                None => {
                    group_names.push(g);
                    group_limits.push(e.max_concurrency().max(1));
                    group_names.len() - 1
                }
            }
        })
        .collect();
    // Engines that wait on a remote model get threads of their own; checks stay within `--jobs`.
    let remote_threads: usize = (0..group_names.len())
        .filter(|g| engines.iter().zip(&group_of).any(|(e, eg)| eg == g && e.waits_remotely()))
        .map(|g| group_limits[g].min(64))
        .sum();
    let workers = (jobs + remote_threads).min(jobs + 64);
    let queue = Mutex::new(Queue { tasks, in_flight: vec![0; group_names.len()], failed: BTreeSet::new(), abort: store_error.is_some() });
    let wake = Condvar::new();
    let (tx, rx) = mpsc::channel::<(usize, Msg)>();
    let mut fatal: BTreeMap<usize, String> = BTreeMap::new();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let tx = tx.clone();
            let (queue, wake, engines, programs, harness, base) = (&queue, &wake, &engines, &programs, &*harness, &base);
            let (group_of, group_limits) = (&group_of, &group_limits);
            scope.spawn(move || loop {
                let task = {
                    let mut q = queue.lock().unwrap_or_else(|e| e.into_inner());
                    loop {
                        if q.abort {
                            break None;
                        }
                        let failed = q.failed.clone();
                        q.tasks.retain(|t| !failed.contains(&t.engine));
                        if q.tasks.is_empty() {
                            break None;
                        }
                        let pos = q.tasks.iter().position(|t| q.in_flight[group_of[t.engine]] < group_limits[group_of[t.engine]]);
                        if let Some(pos) = pos {
                            let t = q.tasks.remove(pos).expect("position is in range");
                            q.in_flight[group_of[t.engine]] += 1;
                            break Some(t);
                        }
                        q = wake.wait(q).unwrap_or_else(|e| e.into_inner());
                    }
                };
                let Some(task) = task else {
                    wake.notify_all();
                    return;
                };
                let engine = &engines[task.engine];
                let program = &programs[task.program];
                let msg = match engine.port(program, task.sample) {
                    Err(EngineError::Fatal(error)) => {
                        queue.lock().unwrap_or_else(|e| e.into_inner()).failed.insert(task.engine);
                        Msg::Fatal { engine: task.engine, error }
                    }
                    Err(EngineError::Attempt(error)) => {
                        let mut a = base(engine.name(), program, task.sample);
                        a.verdict = Verdict::EngineFailed;
                        a.error = Some(harness::trim_error(&error));
                        Msg::Done(Box::new(a))
                    }
                    Ok(g) => match attempt_from(base(engine.name(), program, task.sample), g, program, harness) {
                        Ok(a) => Msg::Done(Box::new(a)),
                        Err(e) => Msg::Error(e),
                    },
                };
                let stop = matches!(msg, Msg::Error(_));
                let _ = tx.send((task.engine, msg));
                let mut q = queue.lock().unwrap_or_else(|e| e.into_inner());
                q.in_flight[group_of[task.engine]] -= 1;
                if stop {
                    q.abort = true;
                }
                drop(q);
                wake.notify_all();
            });
        }
        drop(tx);
        for (ei, msg) in rx {
            if store_error.is_some() {
                continue;
            }
            let result = match msg {
                Msg::Done(a) => write(*a, &bars, ei),
                Msg::Fatal { engine, error } => {
                    if fatal.insert(engine, error.clone()).is_none() {
                        let name = engines[engine].name().to_string();
                        multi.suspend(|| eprintln!("pyport: engine `{name}` failed: {error}; continuing without it"));
                        bars[engine].abandon_with_message("failed");
                        store.set_engine_status(run_id, &EngineStatus { engine: name, status: "failed".into(), error: Some(error) }).map_err(Into::into)
                    } else {
                        Ok(())
                    }
                }
                Msg::Error(e) => Err(e),
            };
            if let Err(e) = result {
                store_error = Some(e);
                queue.lock().unwrap_or_else(|e| e.into_inner()).abort = true;
                wake.notify_all();
            }
        }
    });
    for b in &bars {
        b.finish();
    }
    if let Some(e) = store_error {
        return Err(e.context(format!("run {run_id} stopped; finished attempts are stored: continue with `pyport bench --resume {run_id}`")));
    }
    any_failed |= !fatal.is_empty();
    store.set_finished(run_id, Some(&store::now_utc()))?;
    let runs = vec![store.run(run_id)?];
    let mut lb = leaderboard::build(&runs, &store.attempts(&[run_id])?, &store.engine_statuses(&[run_id])?, &leaderboard::Options::default());
    let facts = super::models::model_facts(&lb);
    leaderboard::set_model_facts(&mut lb, &facts);
    println!();
    print!("{}", leaderboard::render_table(&lb));
    eprintln!("pyport: run {run_id} finished; `pyport leaderboard --run {run_id}` shows it again");
    Ok(if any_failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Checks an engine's output and fills in the attempt.
fn attempt_from(mut a: Attempt, g: Generation, program: &Program, harness: &Harness) -> Result<Attempt> {
    a.translate_s = g.translate_s;
    a.generation_s = g.generation_s;
    a.ttft_s = g.ttft_s;
    a.tokens_in = g.tokens_in;
    a.tokens_out = g.tokens_out;
    a.cost_usd = g.cost_usd;
    a.repair_rounds = g.repair_rounds;
    a.error = g.error.clone();
    let Some(cpp) = g.cpp else {
        a.verdict = Verdict::NoCode;
        return Ok(a);
    };
    a.code_hash = Some(store::code_hash(&cpp));
    let c = harness.check(program, &cpp)?;
    a.verdict = c.verdict;
    if c.error.is_some() {
        a.error = c.error;
    }
    a.cases_passed = c.cases.iter().filter(|c| c.ok).count() as u32;
    a.case_results = serde_json::to_string(&c.cases)?;
    a.compile_s = c.compile_s;
    a.python_s = c.python_s;
    a.cpp_s = c.cpp_s;
    a.speedup = c.speedup;
    Ok(a)
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

/// Translates and compiles every program at once, a thread per core, so that the sequential timing
/// loop finds each executable in the build cache; returns each program's compile time (`None` when
/// it did not translate or compile, and the loop reports why).
fn compile_all(files: &[(PathBuf, String)], opts: &RunOptions, scratch: &std::path::Path) -> BTreeMap<String, Option<f64>> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let out = Mutex::new(BTreeMap::new());
    let jobs = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).min(files.len()).max(1);
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some((f, text)) = files.get(i) else { return };
                let name = f.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                let t = pipeline::translate(&f.display().to_string(), text);
                let compiled = t.cpp.and_then(|cpp| {
                    let cpp_path = scratch.join(format!("{i}-{name}.cpp"));
                    std::fs::write(&cpp_path, cpp).ok()?;
                    let exe = scratch.join(format!("{i}-{name}.exe"));
                    let c = pipeline::compile(&opts.cxx, &opts.cxxflags, &cpp_path, &exe, &pipeline::compile_limits()).ok()?;
                    c.ok.then(|| c.duration.as_secs_f64())
                });
                out.lock().unwrap_or_else(|e| e.into_inner()).insert(name, compiled);
            });
        }
    });
    out.into_inner().unwrap_or_else(|e| e.into_inner())
}

/// The quick benchmark (no suite): one row per program, nothing stored.
fn run_quick(args: BenchArgs) -> Result<ExitCode> {
    let files = programs(&args.paths)?;
    let python = pyport_exec::find_python(None)?;
    let cxx = pyport_exec::find_cxx(None)?;
    let timeout = super::seconds("--timeout", args.timeout.unwrap_or(300.0), false)?;
    let limits = Limits { wall: timeout, cpu: timeout, ..Limits::default() };
    let mut opts = RunOptions {
        python,
        cxx,
        cxxflags: pyport_exec::cxxflags(None),
        args: vec![],
        stdin: None,
        verify: VerifyOptions::default(),
        limits,
        timing_budget: super::seconds("--timing-budget", args.timing_budget, true)?,
        max_runs: 20,
        input_files: Vec::new(),
        find_inputs: true,
    };
    // Removed on every way out, errors included.
    let scratch = pipeline::tempfile_dir()?;
    let prebuilt = compile_all(&files, &opts, scratch.path());
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
        let mut r = pipeline::build_and_run(f, &cpp_path, &opts)?;
        // The build cache served this compile: show what the parallel build took.
        if let Some(Some(s)) = prebuilt.get(&name) {
            r.compile_s = *s;
        }
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
