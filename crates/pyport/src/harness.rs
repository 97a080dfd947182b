//! The bench harness: checks one engine's C++ for one suite program the same way for every
//! engine — compile once, run beside CPython on every case, verify, time the timing case — and
//! the builtin engine behind the `pyport_eval::engine::Engine` seam.
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, Result};
use pyport_eval::engine::{Engine, EngineError, Generation};
use pyport_eval::store::Verdict;
use pyport_eval::suite::{Case, Program};
use pyport_exec::{
    run, time_repeated, verify, CompilerInfo, Limits, PythonInfo, RunOutcome, RunSpec, Termination,
    VerifyOptions,
};
use serde::Serialize;

use crate::pipeline;

/// At most this many characters of an error are stored.
const ERROR_CHARS: usize = 2000;

/// Keeps the first `ERROR_CHARS` characters (compiler errors lead with the useful ones).
pub fn trim_error(s: &str) -> String {
    let s = s.trim();
    if s.chars().count() <= ERROR_CHARS {
        return s.to_string();
    }
    let mut out: String = s.chars().take(ERROR_CHARS).collect();
    out.push_str("\n… (trimmed)");
    out
}

/// CPython's outcome on every case of a program, or why there is none.
type Reference = Arc<Result<Vec<RunOutcome>, String>>;

/// Files (name, content) put in the run directory of both sides.
type Seeds = Arc<Vec<(String, Vec<u8>)>>;

/// The toolchain and limits every check uses.
pub struct Harness {
    /// CPython.
    pub python: PythonInfo,
    /// The C++ compiler.
    pub cxx: CompilerInfo,
    /// Its flags.
    pub cxxflags: Vec<String>,
    /// Limits of each run of either side.
    pub limits: Limits,
    /// Time budget for repeated timing runs per side.
    pub timing_budget: Duration,
    /// Cap on timing runs per side.
    pub max_runs: usize,
    /// CPython's outcomes per program and case: the reference does not depend on the engine.
    references: Mutex<BTreeMap<String, Reference>>,
    /// The input files staged for each program (`pipeline::find_inputs`), found once.
    inputs: Mutex<BTreeMap<String, Seeds>>,
    /// Checks running now, and how many may run at once (`--jobs`): engines that wait on a remote
    /// model run beside the checks, but compiling, running and timing share the cores.
    checks: (Mutex<usize>, std::sync::Condvar),
    jobs: usize,
    /// First measured compile time per code hash.
    compile_times: Mutex<BTreeMap<String, f64>>,
}

/// Holds one of the harness's check slots until dropped.
struct Slot<'a>(&'a Harness);

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        *self.0.checks.0.lock().unwrap_or_else(|e| e.into_inner()) -= 1;
        self.0.checks.1.notify_one();
    }
}

/// One case's result, stored as JSON with the attempt.
#[derive(Clone, Debug, Serialize)]
pub struct CaseResult {
    /// The header text of the case.
    pub case: String,
    /// Whether the port matched CPython.
    pub ok: bool,
    /// What differed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// The outcome of checking one port.
#[derive(Clone, Debug)]
pub struct Check {
    /// How it ended.
    pub verdict: Verdict,
    /// Compile or run error, trimmed.
    pub error: Option<String>,
    /// Per case.
    pub cases: Vec<CaseResult>,
    /// Compile time, seconds.
    pub compile_s: Option<f64>,
    /// CPython median on the timing case.
    pub python_s: Option<f64>,
    /// C++ median on the timing case.
    pub cpp_s: Option<f64>,
    /// `python_s / cpp_s` when verified.
    pub speedup: Option<f64>,
    /// On wrong output: the case and the first differing line, as CPython printed it and as the port did.
    pub difference: Option<(String, String)>,
}

impl Check {
    fn failed(verdict: Verdict, error: Option<String>) -> Check {
        Check { verdict, error, cases: Vec::new(), compile_s: None, python_s: None, cpp_s: None, speedup: None, difference: None }
    }
}

/// Whether a program reads a clock: only then may its output legitimately differ in timing lines.
fn uses_clock(source: &str) -> bool {
    source.lines().any(|l| {
        let l = l.trim_start();
        (l.starts_with("import ") && l.split([' ', ',']).any(|w| w == "time")) || l.starts_with("from time ")
    })
}

fn tail(bytes: &[u8], lines: usize) -> String {
    let s = String::from_utf8_lossy(bytes);
    let v: Vec<&str> = s.lines().collect();
    v[v.len().saturating_sub(lines)..].join("\n")
}

impl Harness {
    /// A harness over the given toolchain.
    pub fn new(python: PythonInfo, cxx: CompilerInfo, cxxflags: Vec<String>, limits: Limits, timing_budget: Duration) -> Self {
        let jobs = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        Harness {
            python,
            cxx,
            cxxflags,
            limits,
            timing_budget,
            max_runs: 20,
            references: Mutex::new(BTreeMap::new()),
            inputs: Mutex::new(BTreeMap::new()),
            checks: (Mutex::new(0), std::sync::Condvar::new()),
            jobs,
            compile_times: Mutex::new(BTreeMap::new()),
        }
    }

    /// At most `jobs` checks run at once (default: the number of cores).
    pub fn set_jobs(&mut self, jobs: usize) {
        self.jobs = jobs.max(1);
    }

    fn slot(&self) -> Slot<'_> {
        let mut running = self.checks.0.lock().unwrap_or_else(|e| e.into_inner());
        while *running >= self.jobs {
            running = self.checks.1.wait(running).unwrap_or_else(|e| e.into_inner());
        }
        *running += 1;
        Slot(self)
    }

    /// `None` when CPython accepts the program's syntax, else the reason (last line of its error).
    pub fn python_syntax_problem(&self, program: &Program) -> Result<Option<String>> {
        let spec = RunSpec {
            program: self.python.path.clone(),
            args: vec![
                "-c".into(),
                "import ast, sys; ast.parse(open(sys.argv[1], 'rb').read(), sys.argv[1])".into(),
                program.path.display().to_string(),
            ],
            stdin: None,
            cwd: None,
            limits: Limits { wall: Duration::from_secs(30), cpu: Duration::from_secs(30), ..Limits::default() },
            // Only parses the file (never runs it).
            sandbox: None,
            collect_files: false,
        };
        let out = run(&spec).context("running CPython to check the program's syntax")?;
        Ok((!out.termination.is_success()).then(|| {
            let t = tail(&out.stderr, 1);
            format!("not valid Python: {}", if t.is_empty() { out.termination.to_string() } else { t })
        }))
    }

    fn spec(&self, program: &Path, args: Vec<String>, case: &Case, cwd: &Path) -> Result<RunSpec> {
        let stdin = match &case.stdin {
            Some(f) => Some(std::fs::read(f).with_context(|| format!("cannot read stdin file `{}`", f.display()))?),
            None => None,
        };
        let mut all = args;
        all.extend(case.args.iter().cloned());
        // The program (a compiled port, or CPython and its script) may read itself and the files named in its arguments.
        let mut readable = vec![program.to_path_buf()];
        readable.extend(all.iter().map(PathBuf::from).filter(|p| p.is_absolute() && p.exists()));
        // Checked runs report the files they write: those are compared too (timing runs skip them).
        Ok(RunSpec { collect_files: true, ..pipeline::untrusted_spec(program, all, stdin, cwd, readable, &self.limits) })
    }

    /// The files the program reads, staged beside it for both sides (as `convert` does: found
    /// relative to the current directory, then the program's; see `pipeline::find_inputs`).
    fn inputs(&self, program: &Program) -> Result<Seeds> {
        if let Some(s) = self.inputs.lock().unwrap_or_else(|e| e.into_inner()).get(&program.name) {
            return Ok(s.clone());
        }
        let found = pipeline::find_inputs(&program.path, &program.source, &[])?;
        found.warn_over_cap();
        let seeds: Seeds = Arc::new(found.seeds().collect());
        self.inputs.lock().unwrap_or_else(|e| e.into_inner()).insert(program.name.clone(), seeds.clone());
        Ok(seeds)
    }

    /// CPython on a copy of the program in `cwd` (see `pipeline::stage_python`), emptied first:
    /// every run starts from the staged script and input files alone, never from files an
    /// earlier run left there.
    fn python_spec(&self, program: &Program, case: &Case, cwd: &Path) -> Result<RunSpec> {
        let inputs = self.inputs(program)?;
        pipeline::reset_run_dir(cwd, &inputs)?;
        let (arg, seed) = pipeline::stage_python(cwd, &program.path)?;
        let mut spec = self.spec(&self.python.path, vec![arg], case, cwd)?;
        if let Some(sandbox) = spec.sandbox.as_mut() {
            sandbox.seed_files = std::iter::once(seed).chain(inputs.iter().cloned()).collect();
        }
        Ok(spec)
    }

    /// CPython's outcome on every case (computed once per program), or why there is no reference.
    fn reference(&self, program: &Program, cwd: &Path) -> Result<Reference> {
        if let Some(r) = self.references.lock().unwrap_or_else(|e| e.into_inner()).get(&program.name) {
            return Ok(r.clone());
        }
        let mut outs = Vec::new();
        let mut problem = None;
        for case in &program.cases {
            let out = run(&self.python_spec(program, case, cwd)?).context("running CPython")?;
            if matches!(out.termination, Termination::TimedOut | Termination::Signaled { .. }) {
                problem = Some(format!("CPython {} on case `{}`: {}", out.termination, case.spec, tail(&out.stderr, 3)));
                break;
            }
            outs.push(out);
        }
        let r = Arc::new(match problem {
            Some(p) => Err(p),
            None => Ok(outs),
        });
        self.references.lock().unwrap_or_else(|e| e.into_inner()).insert(program.name.clone(), r.clone());
        Ok(r)
    }

    /// Compiles `cpp` and checks it against CPython on every case of `program`; the first failing
    /// case decides the verdict. Errors only when a tool cannot be started.
    pub fn check(&self, program: &Program, cpp: &str) -> Result<Check> {
        self.check_with(program, cpp, true)
    }

    /// As [`Harness::check`]; with `time` false a verified port is not timed (the repair loop's
    /// rounds need the verdict only; the stored attempt is checked and timed again).
    pub fn check_with(&self, program: &Program, cpp: &str, time: bool) -> Result<Check> {
        let _slot = self.slot();
        let scratch = pipeline::tempfile_dir()?;
        let run_dir = scratch.path().join("run");
        std::fs::create_dir_all(&run_dir).context("cannot create the scratch directory")?;
        let reference = self.reference(program, &run_dir)?;
        let expected = match reference.as_ref() {
            Ok(v) => v,
            Err(p) => return Ok(Check::failed(Verdict::ReferenceFailed, Some(trim_error(p)))),
        };
        let cpp_path = scratch.path().join(format!("{}.cpp", program.name));
        std::fs::write(&cpp_path, cpp).with_context(|| format!("cannot write `{}`", cpp_path.display()))?;
        let exe = scratch.path().join("prog");
        let compile_limits = Limits { wall: Duration::from_secs(300), cpu: Duration::from_secs(300), ..Limits::default() };
        let compiled = pipeline::compile(&self.cxx, &self.cxxflags, &cpp_path, &exe, &compile_limits)?;
        // A port checked again (an LLM's last round, stored after the repair loop) is served by the
        // build cache: its compile time is the one measured when it was first compiled.
        let compile_s = Some(
            *self
                .compile_times
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .entry(pyport_eval::store::code_hash(cpp))
                .or_insert(compiled.duration.as_secs_f64()),
        );
        if compiled.timed_out || !compiled.ok {
            let (verdict, error) = if compiled.timed_out {
                (Verdict::CompileTimeout, "the C++ compiler timed out".to_string())
            } else {
                (Verdict::CompileError, compiled.stderr.replace(&scratch.path().display().to_string(), "[scratch]"))
            };
            return Ok(Check { compile_s, ..Check::failed(verdict, Some(trim_error(&error))) });
        }
        let opts = VerifyOptions { mask_timing_lines: uses_clock(&program.source), ..VerifyOptions::default() };
        let mut cases = Vec::new();
        let mut timing = None;
        // The port finds what CPython found: the staged script and input files, and nothing an
        // earlier run wrote.
        let inputs = self.inputs(program)?;
        let fresh = |run_dir: &Path| -> Result<()> {
            pipeline::reset_run_dir(run_dir, &inputs)?;
            pipeline::stage_python(run_dir, &program.path).map(drop)
        };
        for (case, exp) in program.cases.iter().zip(expected) {
            fresh(&run_dir)?;
            let mut cpp_spec = self.spec(&exe, vec![], case, &run_dir)?;
            if let Some(sandbox) = cpp_spec.sandbox.as_mut() {
                sandbox.seed_files = inputs.to_vec();
            }
            let actual = run(&cpp_spec).context("running the compiled program")?;
            let v = verify(exp, &actual, &opts)?;
            if v.is_identical() {
                cases.push(CaseResult { case: case.spec.clone(), ok: true, detail: None });
                if case.timing {
                    timing = Some((cpp_spec, exp.wall, actual.wall));
                }
                continue;
            }
            let mut difference = None;
            let (verdict, detail) = match &v {
                pyport_exec::Verdict::OutputDiffers { file, line, expected, actual, .. } => {
                    let place = pipeline::difference_place(file.as_deref(), *line);
                    let at = format!("with input `{}`, {place}", case.spec);
                    difference = Some((format!("{at}: {expected}"), format!("{at}: {actual}")));
                    (Verdict::WrongOutput, format!("{place}: expected `{expected}`, got `{actual}`"))
                }
                _ if actual.termination == Termination::TimedOut => (Verdict::Timeout, "timed out".to_string()),
                _ => (
                    Verdict::RuntimeError,
                    format!("expected {}, got {}: {}", exp.termination, actual.termination, tail(&actual.stderr, 5)),
                ),
            };
            cases.push(CaseResult { case: case.spec.clone(), ok: false, detail: Some(trim_error(&detail)) });
            let error = format!("case `{}`: {detail}", case.spec);
            return Ok(Check { verdict, error: Some(trim_error(&error)), cases, compile_s, python_s: None, cpp_s: None, speedup: None, difference });
        }
        let (mut python_s, mut cpp_s, mut speedup) = (None, None, None);
        if let Some((cpp_spec, py_first, cpp_first)) = timing.filter(|_| time) {
            let case = program.cases.iter().find(|c| c.timing).expect("a timing case was run");
            let py_spec = self.python_spec(program, case, &run_dir)?;
            // A runtime build a cold compile left running in the background would slow the timed runs.
            pyport_exec::wait_background();
            let timed = match time_repeated(&py_spec, py_first, self.timing_budget, self.max_runs) {
                Ok(py) => {
                    fresh(&run_dir)?;
                    time_repeated(&cpp_spec, cpp_first, self.timing_budget, self.max_runs).map(|cpp| (py, cpp))
                }
                Err(e) => Err(e),
            };
            let (py_t, cpp_t) = match timed {
                Ok(t) => t,
                // A repeat that times out or crashes (flaky or load-dependent) fails this attempt, not the run.
                Err(e @ pyport_exec::ExecError::TimingRunFailed { .. }) => {
                    let error = format!("timing case `{}`: {e}", case.spec);
                    return Ok(Check { verdict: Verdict::Timeout, error: Some(trim_error(&error)), cases, compile_s, python_s: None, cpp_s: None, speedup: None, difference: None });
                }
                Err(e) => return Err(e.into()),
            };
            python_s = Some(py_t.median.as_secs_f64());
            cpp_s = Some(cpp_t.median.as_secs_f64());
            speedup = Some(py_t.median.as_secs_f64() / cpp_t.median.as_secs_f64().max(1e-6));
        }
        Ok(Check { verdict: Verdict::Verified, error: None, cases, compile_s, python_s, cpp_s, speedup, difference: None })
    }
}

/// pyport's own compiler as a bench engine: deterministic, free, one sample per program.
/// `builtin` has exact Python ints; `builtin-int64` the checked 64-bit ints of `convert --int64`.
pub struct BuiltinEngine {
    ints: pyport_cpp::IntMode,
}

/// The names of pyport's own compiler as an engine.
pub const BUILTIN_ENGINES: [&str; 2] = ["builtin", "builtin-int64"];

/// Whether `name` is pyport's own compiler (in either int mode) rather than an LLM engine.
pub fn is_builtin(name: &str) -> bool {
    BUILTIN_ENGINES.contains(&name)
}

impl Engine for BuiltinEngine {
    fn name(&self) -> &str {
        match self.ints {
            pyport_cpp::IntMode::Exact => BUILTIN_ENGINES[0],
            pyport_cpp::IntMode::Int64 => BUILTIN_ENGINES[1],
        }
    }

    fn samples(&self, _requested: u32) -> u32 {
        1
    }

    fn max_concurrency(&self) -> usize {
        usize::MAX
    }

    fn port(&self, program: &Program, _sample: u32) -> Result<Generation, EngineError> {
        let t = pipeline::translate_with(&program.path.display().to_string(), &program.source, self.ints);
        let diagnostics = t.render_diagnostics();
        Ok(Generation {
            error: (t.cpp.is_none() && !diagnostics.is_empty()).then(|| trim_error(&diagnostics)),
            cpp: t.cpp,
            translate_s: Some(t.duration.as_secs_f64()),
            cost_usd: Some(0.0),
            ..Generation::default()
        })
    }
}

/// The engine named `name`, or why it is not available: `builtin` (`builtin-int64`), or an LLM engine
/// (`provider:model`, resolved against `pyport.toml` and checked through `harness`).
pub fn engine(name: &str, harness: &Arc<Harness>, llm: &crate::llm_engine::LlmSettings) -> Result<Box<dyn Engine>, String> {
    match name {
        "builtin" => Ok(Box::new(BuiltinEngine { ints: pyport_cpp::IntMode::Exact })),
        "builtin-int64" => Ok(Box::new(BuiltinEngine { ints: pyport_cpp::IntMode::Int64 })),
        n if n.contains(':') => crate::llm_engine::LlmEngine::new(n, harness.clone(), llm).map(|e| Box::new(e) as Box<dyn Engine>),
        n => Err(format!("unknown engine `{n}`: use `builtin`, `builtin-int64` or `provider:model` (e.g. `openai:gpt-4o`)")),
    }
}
