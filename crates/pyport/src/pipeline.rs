//! Orchestrates the stages: the pure translation, then building, running, verifying and timing through pyport_exec.
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use pyport_exec::{
    compile_cxx, compile_rust, run, time_repeated, BuildCache, CompileOutcome, verify, CompilerInfo, LimitHit, Limits, PythonInfo, RunOutcome, RunSpec, Sandbox,
    Termination, Verdict, VerifyOptions, RustcInfo,
};
use pyport_syntax::{Diagnostic, Examples, Severity, SourceFile};
use serde::Serialize;

/// The result of translating one Python file with the builtin engine.
pub struct Translation {
    pub file: SourceFile,
    /// The C++ text, present only when there were no errors.
    pub cpp: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
    pub duration: Duration,
    /// Whether the program reads a clock (imports `time`): only then can its output vary by timing.
    pub uses_clock: bool,
    /// The C++ runs the docstring examples of a `doctest.testmod()` statement (when the C++ does
    /// not compile, [`translate_without_examples`] is the fallback).
    pub runs_examples: bool,
}

impl Translation {
    /// All diagnostics rendered with code frames.
    pub fn render_diagnostics(&self) -> String {
        let mut out = String::new();
        for d in &self.diagnostics {
            out.push_str(&d.render(&self.file));
            out.push('\n');
        }
        let errors = self.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
        if errors > 0 {
            out.push_str(&format!(
                "pyport: {errors} error{} in `{}`; no C++ was written\n",
                if errors == 1 { "" } else { "s" },
                self.file.path
            ));
            let beyond_builtin =
                self.diagnostics.iter().any(|d| d.severity == Severity::Error && (d.code.starts_with("unsupported") || d.code == "type-conflict"));
            if beyond_builtin {
                out.push_str("pyport: `--engine auto` hands what the builtin engine cannot compile to an LLM (`default_model` in pyport.toml)\n");
            }
        }
        out
    }
}

/// Parses, infers and emits. Pure: no I/O.
///
/// Runs on its own thread with a large stack: the stages recurse over the syntax tree, and
/// deeply nested (but accepted) programs must not overflow a small caller stack (e.g. a test thread).
pub fn translate(path: &str, text: &str) -> Translation {
    translate_with(path, text, pyport_cpp::IntMode::Exact)
}

/// [`translate`] with a chosen representation of Python ints (`--int64` gives [`pyport_cpp::IntMode::Int64`]).
pub fn translate_with(path: &str, text: &str, ints: pyport_cpp::IntMode) -> Translation {
    let (path_owned, text_owned) = (path.to_string(), text.to_string());
    let worker = std::thread::Builder::new()
        .name("pyport-translate".into())
        .stack_size(256 << 20)
        .spawn(move || translate_here(&path_owned, &text_owned, ints));
    match worker.map(|h| h.join()) {
        Ok(Ok(t)) => t,
        // Spawning failed (no memory for a stack): translate on this thread instead.
        Err(_) => translate_here(path, text, ints),
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
    }
}

/// [`translate_with`] leaving the docstring examples of a `doctest.testmod()` statement out, for
/// the reason `why` (a `doctest-left-out` warning): the fallback when the C++ that runs them does
/// not compile.
pub fn translate_without_examples(path: &str, text: &str, ints: pyport_cpp::IntMode, why: &str) -> Translation {
    let (path_owned, text_owned, why) = (path.to_string(), text.to_string(), why.to_string());
    let here = move || {
        let start = Instant::now();
        let file = SourceFile::new(&path_owned, text_owned.as_str());
        let (cpp, diagnostics, uses_clock, _) = translate_program(&file, ints, &Examples::LeftOut(Some(why.clone())));
        Translation { file, cpp, diagnostics, duration: start.elapsed(), uses_clock, runs_examples: false }
    };
    let worker = std::thread::Builder::new().name("pyport-translate".into()).stack_size(256 << 20).spawn(here);
    match worker.map(|h| h.join()) {
        Ok(Ok(t)) => t,
        Err(_) => {
            let file = SourceFile::new(path, text);
            let (cpp, diagnostics, uses_clock, _) = translate_program(&file, ints, &Examples::LeftOut(None));
            Translation { file, cpp, diagnostics, duration: Duration::ZERO, uses_clock, runs_examples: false }
        }
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
    }
}

fn translate_here(path: &str, text: &str, ints: pyport_cpp::IntMode) -> Translation {
    let start = Instant::now();
    let file = SourceFile::new(path, text);
    let (mut cpp, mut diagnostics, uses_clock, mut ran_examples) = translate_program(&file, ints, &Examples::Run);
    if cpp.is_none() && ran_examples {
        // The docstring examples `doctest.testmod()` runs could not be compiled in (they use what
        // the port does not support, or make types conflict): translate without them, as a
        // program whose examples the port leaves out, saying why.
        let errors = || diagnostics.iter().filter(|d| d.severity == Severity::Error);
        let in_example = errors().find(|d| d.message.starts_with("in a docstring example"));
        let why = match in_example.or_else(|| errors().next()) {
            Some(d) if d.message.starts_with("in a docstring example") => format!("with them the program cannot be translated ({})", d.message),
            Some(d) => format!("with them the program cannot be translated ({} at line {})", d.message, file.line(d.span().start)),
            None => "with them the program cannot be translated".to_string(),
        };
        let (c, d, _, _) = translate_program(&file, ints, &Examples::LeftOut(Some(why)));
        (cpp, diagnostics, ran_examples) = (c, d, false);
    }
    Translation { file, cpp, diagnostics, duration: start.elapsed(), uses_clock, runs_examples: ran_examples }
}

/// Translates `file` with its docstring examples as `examples` says: the C++ (when there was no
/// error), the diagnostics, whether the program reads the clock and whether its examples are run.
fn translate_program(file: &SourceFile, ints: pyport_cpp::IntMode, examples: &Examples) -> (Option<String>, Vec<Diagnostic>, bool, bool) {
    let (mut cpp, mut diagnostics, uses_clock, ran_examples) = translate_leaving_out(file, &[], ints, examples);
    if cpp.is_none() && !diagnostics.iter().any(|d| d.code == "syntax-error") {
        // CPython never runs a function nothing calls: while every error lies in such functions,
        // translate the program without them (leaving one out may make another's call to it an
        // error in turn), and say so.
        let unused = pyport_syntax::unused_functions_with(file, examples);
        let within = |d: &Diagnostic| unused.iter().position(|u| u.span.start <= d.span().start && d.span().end <= u.span.end);
        let mut left_out: Vec<usize> = Vec::new();
        let mut notes = Vec::new();
        loop {
            let errors: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.severity == Severity::Error).collect();
            if errors.is_empty() || !errors.iter().all(|d| within(d).is_some()) {
                break;
            }
            for d in errors {
                let f = within(d).expect("checked above");
                if !left_out.contains(&f) {
                    left_out.push(f);
                    let name = &unused[f].name;
                    let what = if unused[f].is_method { "method" } else { "function" };
                    let reaches_left_out = d.code == "undefined-name"
                        && left_out.iter().any(|&g| d.message == format!("name `{}` is not defined", unused[g].name));
                    let message = if reaches_left_out {
                        format!("{what} `{name}` is never called and uses a function left out above: it is left out of the C++ too")
                    } else {
                        format!("{what} `{name}` is never called and cannot be translated ({}): it is left out of the C++", d.message)
                    };
                    let mut note = Diagnostic::error("unused-function-left-out", message, d.span())
                    .with_help("CPython never runs it either, so the program's output does not depend on it");
                    note.severity = Severity::Warning;
                    notes.push(note);
                }
            }
            let spans: Vec<_> = left_out.iter().map(|&f| unused[f].span).collect();
            (cpp, diagnostics, _, _) = translate_leaving_out(file, &spans, ints, examples);
        }
        if !notes.is_empty() {
            diagnostics = notes.into_iter().chain(diagnostics).collect();
        }
    }
    if cpp.is_some() {
        cpp = cpp.map(|c| without_dead_functions(file, c, ints, examples));
    }
    (cpp, diagnostics, uses_clock, ran_examples)
}

/// The C++ of the program without the module-level functions nothing calls, when it has any: they
/// could only be typed from their annotations (a `def f(xs: list)` that only its docstring's
/// examples call), and the C++ of such guesses need not compile. CPython never runs them; the
/// C++ names them in a comment. `cpp` (the whole program's) when the translation without them
/// fails.
fn without_dead_functions(file: &SourceFile, cpp: String, ints: pyport_cpp::IntMode, examples: &Examples) -> String {
    let unused = pyport_syntax::unused_functions_with(file, examples);
    if unused.is_empty() {
        return cpp;
    }
    let spans: Vec<_> = unused.iter().map(|u| u.span).collect();
    let (Some(lean), _, _, _) = translate_leaving_out(file, &spans, ints, examples) else { return cpp };
    let names: Vec<&str> = unused.iter().map(|u| u.name.as_str()).collect();
    let note = format!("// Left out (never called, so CPython never runs them): {}\n", names.join(", "));
    match lean.find('\n') {
        Some(end) => format!("{}{note}{}", &lean[..=end], &lean[end + 1..]),
        None => lean,
    }
}

/// Parses (without the module-level statements at `leave_out`), infers and emits: the C++ when
/// there was no error, every diagnostic, whether the program reads the clock and whether it runs
/// its docstring examples.
fn translate_leaving_out(
    file: &SourceFile,
    leave_out: &[pyport_syntax::Span],
    ints: pyport_cpp::IntMode,
    examples: &Examples,
) -> (Option<String>, Vec<Diagnostic>, bool, bool) {
    let parsed = pyport_syntax::parse_with_leaving_out(file, leave_out, examples);
    let ran = parsed.runs_examples;
    let examples_at = |mut d: Diagnostic| {
        // The examples' code lies past the end of the file: point at the `testmod()` statement.
        if let Some(at) = ran {
            if d.labels.iter().any(|l| l.span.start as usize > file.text.len()) {
                for l in &mut d.labels {
                    if l.span.start as usize > file.text.len() {
                        l.span = at;
                    }
                }
                d.message = format!("in a docstring example this statement runs: {}", d.message);
            }
        }
        d
    };
    let uses_clock = parsed.program.module_imports.iter().any(|m| m.1 == "time")
        || parsed.program.from_imports.iter().any(|m| m.1 == "time");
    let mut diagnostics: Vec<Diagnostic> = parsed.diagnostics.iter().cloned().map(examples_at).collect();
    if !parsed.is_ok() {
        return (None, diagnostics, uses_clock, ran.is_some());
    }
    // A name reused for unrelated values becomes several variables, each with its own type.
    let (program, typed, aliases) = pyport_types::infer_splitting(&parsed.program);
    diagnostics.extend(typed.diagnostics.iter().cloned().map(|mut d| {
        // Speak of variables by their Python names, not the split ones.
        for (new, old) in &aliases {
            d.message = d.message.replace(&format!("`{new}`"), &format!("`{old}`"));
        }
        examples_at(d)
    }));
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return (None, diagnostics, uses_clock, ran.is_some());
    }
    let emitted = pyport_cpp::emit_with(&program, &typed, file, ints);
    diagnostics.extend(emitted.diagnostics.into_iter().map(examples_at));
    let ok = !diagnostics.iter().any(|d| d.severity == Severity::Error);
    (ok.then_some(emitted.cpp), diagnostics, uses_clock, ran.is_some())
}

/// pyport's cache directory: `$PYPORT_CACHE_DIR`, else `$XDG_CACHE_HOME/pyport`, else `~/.cache/pyport`.
pub fn cache_dir() -> PathBuf {
    std::env::var_os("PYPORT_CACHE_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("XDG_CACHE_HOME").map(|d| PathBuf::from(d).join("pyport")))
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/pyport")))
        .unwrap_or_else(|| std::env::temp_dir().join("pyport-cache"))
}

/// Compiles generated C++ against the runtime: through the build cache (`<cache>/builds`, keyed by
/// the C++ text, compiler and flags) with the runtime's precompiled header and prebuilt object,
/// unless `$PYPORT_BUILD_CACHE` is `off`, which compiles from scratch every time. When those are
/// missing and nobody is building them, the program is compiled with the whole runtime and they
/// are built in the background for later compiles (awaited when the process exits), unless
/// `$PYPORT_RUNTIME_BUILD` is `wait`: then they are built first and used.
pub fn compile(cxx: &CompilerInfo, flags: &[String], cpp_path: &Path, exe: &Path, limits: &Limits) -> Result<CompileOutcome> {
    let include = runtime_include_dir()?;
    let outcome = if std::env::var_os("PYPORT_BUILD_CACHE").is_some_and(|v| v == "off") {
        compile_cxx(cxx, flags, &[include], cpp_path, exe, limits)
    } else {
        let header = include.join("pyport/runtime.hpp");
        let cache = BuildCache::new(cache_dir().join("builds")).with_pch(header).with_prebuilt_object();
        let cache = if std::env::var_os("PYPORT_RUNTIME_BUILD").is_some_and(|v| v == "wait") { cache } else { cache.with_background_runtime_build() };
        cache.compile(cxx, flags, &[include], cpp_path, exe, limits)
    };
    outcome.context("running the C++ compiler")
}

/// Writes the embedded runtime headers once per runtime version and returns the include directory.
pub fn runtime_include_dir() -> Result<PathBuf> {
    let base = cache_dir();
    let dir = base.join(format!("runtime-{:016x}", pyport_cpp::runtime_hash()));
    let marker = dir.join(".complete");
    if marker.exists() {
        // Marks the runtime as in use, so `prune_stale_runtimes` keeps it.
        let _ = std::fs::File::options().write(true).open(&marker).and_then(|f| f.set_modified(std::time::SystemTime::now()));
        return Ok(dir);
    }
    // Write into a private directory, then rename: concurrent pyport processes never see half a runtime.
    std::fs::create_dir_all(&base).with_context(|| format!("cannot create cache directory `{}`", base.display()))?;
    // Unique per process *and* per call: threads of one process may install the runtime at the same time.
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let staging = base.join(format!(".staging-{}-{n}-{}", std::process::id(), pyport_cpp::runtime_hash()));
    let _ = std::fs::remove_dir_all(&staging);
    let _on_interrupt = pyport_exec::interrupt::Scratch::register(&staging);
    for (rel, text) in pyport_cpp::RUNTIME_FILES {
        let path = staging.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).with_context(|| format!("cannot create `{}`", parent.display()))?;
        }
        std::fs::write(&path, text).with_context(|| format!("cannot write `{}`", path.display()))?;
    }
    std::fs::write(staging.join(".complete"), b"").context("cannot write the runtime marker")?;
    match std::fs::rename(&staging, &dir) {
        Ok(()) => prune_stale_runtimes(&base, &dir, STALE_RUNTIME_AGE),
        Err(_) if marker.exists() => {
            let _ = std::fs::remove_dir_all(&staging);
        }
        Err(e) => return Err(e).with_context(|| format!("cannot move the runtime into `{}`", dir.display())),
    }
    Ok(dir)
}

/// How long a runtime of another pyport version may go unused before a new one removes it.
const STALE_RUNTIME_AGE: std::time::Duration = std::time::Duration::from_secs(3 * 24 * 3600);

/// Removes the runtimes of other pyport versions under `base` (with their precompiled headers,
/// 100+ MB each) that no run has used for `max_age`, so upgrades do not fill the disk; a runtime
/// still in use is touched on every run. Best effort: what cannot be removed stays.
fn prune_stale_runtimes(base: &Path, keep: &Path, max_age: std::time::Duration) {
    let Ok(entries) = std::fs::read_dir(base) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let is_runtime = entry.file_name().to_str().is_some_and(|n| n.starts_with("runtime-"));
        if !is_runtime || path == keep {
            continue;
        }
        let last_use = std::fs::metadata(path.join(".complete")).and_then(|m| m.modified()).or_else(|_| entry.metadata().and_then(|m| m.modified()));
        if last_use.is_ok_and(|t| t.elapsed().is_ok_and(|age| age > max_age)) {
            let _ = std::fs::remove_dir_all(&path);
        }
    }
}

/// Writes `text` to `path` atomically (temporary file in the same directory, then rename).
///
/// Errors name `path`, never the temporary file: that one is an implementation detail.
pub fn write_atomic(path: &Path, text: &str) -> Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::write(&tmp, text).and_then(|()| std::fs::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written.with_context(|| format!("cannot write `{}`", path.display()))
}

/// Everything `convert` needs besides the translation.
pub struct RunOptions {
    pub python: PythonInfo,
    pub cxx: CompilerInfo,
    pub cxxflags: Vec<String>,
    pub args: Vec<String>,
    pub stdin: Option<Vec<u8>>,
    pub verify: VerifyOptions,
    pub limits: Limits,
    /// Total time spent on repeated timing runs per side.
    pub timing_budget: Duration,
    pub max_runs: usize,
    /// Files to stage beside the program besides those it opens by a literal name (`--input-file`).
    pub input_files: Vec<PathBuf>,
    /// Whether to stage the files the program opens by a literal name at all (not for programs
    /// sent to `serve`, whose names must not reach the server's files).
    pub find_inputs: bool,
}

/// Timing of one side.
#[derive(Clone, Debug, Serialize)]
pub struct SideTiming {
    pub runs: usize,
    pub median_s: f64,
    pub min_s: f64,
}

/// The verdict in report form.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum VerdictReport {
    /// `masked_lines`: timing lines whose numbers were masked; `ignored_lines`: lines skipped by `--ignore-line`
    /// (both over stdout and the written files); `files`: the files both sides wrote, identical.
    Verified {
        masked_lines: usize,
        ignored_lines: usize,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        files: Vec<String>,
    },
    /// Stdout differs, or, with `file`, a file written in the working directory (`expected` or
    /// `actual` is `<no file>` for the side that did not write it).
    OutputDiffers {
        #[serde(skip_serializing_if = "Option::is_none")]
        file: Option<String>,
        line: usize,
        expected: String,
        actual: String,
        masked_lines: usize,
        ignored_lines: usize,
    },
    ExitStatusDiffers { expected: String, actual: String },
    CompileError { stderr: String },
    CompileTimeout,
    PythonFailed { termination: String, stderr: String },
    /// The C++ program was killed by a signal, or exited non-zero where CPython exited 0.
    RuntimeError { termination: String },
    /// The C++ program passed a time limit; `limit` says which, e.g. "wall-clock limit of 2 s".
    Timeout { limit: String },
    /// An allocation of the C++ program failed at the memory limit.
    MemoryLimit { limit_bytes: u64 },
    /// The C++ program printed more than the output cap and was stopped.
    OutputLimit { bytes: usize },
}

/// The verdict for a run that cannot verify whatever the reference printed: a
/// limit it hit or a crash. `reference` is how CPython's run ended: a non-zero
/// exit is a runtime error only where CPython exited 0 (otherwise the exit
/// statuses are compared by [`verify`]).
pub fn failure_verdict(actual: &RunOutcome, limits: &Limits, reference: &Termination) -> Option<VerdictReport> {
    let secs = |d: Duration| format!("{} s", d.as_secs_f64());
    match actual.limit_hit(limits) {
        Some(LimitHit::Wall) => return Some(VerdictReport::Timeout { limit: format!("wall-clock limit of {}", secs(limits.wall)) }),
        Some(LimitHit::Cpu) => return Some(VerdictReport::Timeout { limit: format!("CPU-time limit of {}", secs(limits.cpu)) }),
        Some(LimitHit::Memory) => {
            return Some(VerdictReport::MemoryLimit { limit_bytes: limits.memory_bytes.unwrap_or(0) });
        }
        Some(LimitHit::Output) => return Some(VerdictReport::OutputLimit { bytes: limits.output_bytes }),
        None => {}
    }
    match &actual.termination {
        Termination::Signaled { .. } => Some(VerdictReport::RuntimeError { termination: actual.termination.to_string() }),
        Termination::Exited(code) if *code != 0 && reference.is_success() => {
            Some(VerdictReport::RuntimeError { termination: actual.termination.to_string() })
        }
        _ => None,
    }
}

/// The report form of a comparison's verdict.
pub fn verdict_report(verdict: Verdict) -> VerdictReport {
    match verdict {
        Verdict::Identical { masked_lines, ignored_lines, files } => VerdictReport::Verified { masked_lines, ignored_lines, files },
        Verdict::OutputDiffers { file, line, expected, actual, masked_lines, ignored_lines } => {
            VerdictReport::OutputDiffers { file, line, expected, actual, masked_lines, ignored_lines }
        }
        Verdict::ExitStatusDiffers { expected, actual } => VerdictReport::ExitStatusDiffers { expected, actual },
    }
}

/// Where an output difference is, for one-line messages: "line 3" of stdout, or "file `out.txt`, line 3".
pub fn difference_place(file: Option<&str>, line: usize) -> String {
    match file {
        Some(file) => format!("file `{file}`, line {line}"),
        None => format!("line {line}"),
    }
}

/// Prints, once per process, which protections the sandbox lacks on this machine.
fn warn_about_sandbox() {
    static WARNED: std::sync::Once = std::sync::Once::new();
    WARNED.call_once(|| {
        if sandbox_disabled() {
            eprintln!("pyport: warning: sandbox off (`PYPORT_SANDBOX=off`): programs run under time, memory and output limits only");
        } else if let Some(w) = pyport_exec::capabilities().warning() {
            eprintln!("pyport: warning: {w}");
        }
    });
}

/// The language of a compiled port.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Cpp,
    Rust,
}

impl Language {
    /// The name in prose: `C++`, `Rust`.
    pub fn name(self) -> &'static str {
        match self {
            Language::Cpp => "C++",
            Language::Rust => "Rust",
        }
    }
}

/// How both sides failed alike: the exit status and the last line each wrote on stderr (the
/// exception, for CPython).
#[derive(Clone, Debug, Serialize)]
pub struct BothFailed {
    pub termination: String,
    pub python: String,
    pub port: String,
}

/// The outcome of building, running, verifying and timing.
#[derive(Clone, Debug, Serialize)]
pub struct RunReport {
    /// The language of the compiled program (`cpp` or `rust`); the `cpp_*` fields below hold its numbers either way.
    pub language: Language,
    pub compiler: String,
    pub compiler_version: String,
    pub compile_command: String,
    pub compile_s: f64,
    /// Whether the executable came from the build cache (then `compile_s` is the lookup time).
    pub compile_cached: bool,
    pub python: String,
    pub python_version: String,
    /// The files staged into the run directory of both sides before each run.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub inputs: Vec<StagedInput>,
    /// Input files left out at the cap on their total size (where they were read from).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub inputs_over_cap: Vec<String>,
    pub verdict: VerdictReport,
    /// When CPython ended with a non-zero exit status and the port with the same (a program
    /// that failed the same way on both sides, e.g. on an input file that is not there).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub both_failed: Option<BothFailed>,
    pub python_timing: Option<SideTiming>,
    pub cpp_timing: Option<SideTiming>,
    pub speedup: Option<f64>,
    /// Last lines of the C++ program's stderr when it failed.
    pub cpp_stderr: Option<String>,
    /// CPython's stdout on the checked run (for side-by-side displays; not in the JSON report).
    #[serde(skip)]
    pub python_stdout: Option<String>,
    /// The C++ program's stdout on the checked run (not in the JSON report).
    #[serde(skip)]
    pub cpp_stdout: Option<String>,
}

impl RunReport {
    /// True when stdout and exit status matched CPython.
    pub fn verified(&self) -> bool {
        matches!(self.verdict, VerdictReport::Verified { .. })
    }
}

fn tail(bytes: &[u8], lines: usize) -> String {
    let s = String::from_utf8_lossy(bytes);
    let v: Vec<&str> = s.lines().collect();
    v[v.len().saturating_sub(lines)..].join("\n")
}

/// How pyport runs untrusted code (CPython on the user's program, or a compiled port):
/// working directory `run_dir` (also its only writable place), sandboxed, stopped at the output cap.
/// `readable` are paths outside the usual system folders that it needs (its executable or script).
pub fn untrusted_spec(
    program: &Path,
    args: Vec<String>,
    stdin: Option<Vec<u8>>,
    run_dir: &Path,
    readable: Vec<PathBuf>,
    limits: &Limits,
) -> RunSpec {
    RunSpec {
        program: program.to_path_buf(),
        args,
        stdin,
        cwd: Some(run_dir.to_path_buf()),
        limits: Limits { stop_at_output_cap: true, ..limits.clone() },
        sandbox: (!sandbox_disabled()).then(|| Sandbox { readable, ..Sandbox::program(run_dir) }),
        collect_files: false,
    }
}

/// `PYPORT_SANDBOX=off`: run untrusted code under the limits only (no namespaces, Landlock or
/// own user), e.g. with an interpreter wrapper that must write outside the scratch directory.
fn sandbox_disabled() -> bool {
    std::env::var_os("PYPORT_SANDBOX").is_some_and(|v| v == "off")
}

/// Copies the Python program into `run_dir`, CPython's working directory, for CPython to run
/// by its bare file name, so that `sys.argv[0]` reads as in the port (which cannot know the
/// path a user would type). Returns that argument and the file to seed a tmpfs working
/// directory with (see `Sandbox::seed_files`). The original's folder may be a home directory,
/// closed to the sandbox.
pub fn stage_python(run_dir: &Path, py_path: &Path) -> Result<(String, (String, Vec<u8>))> {
    let name = py_path.file_name().unwrap_or(std::ffi::OsStr::new("prog.py")).to_string_lossy().into_owned();
    let source = std::fs::read(py_path).with_context(|| format!("cannot read `{}`", py_path.display()))?;
    let copy = run_dir.join(&name);
    std::fs::write(&copy, &source).with_context(|| format!("cannot write `{}`", copy.display()))?;
    // A name such as `-x.py` would read as an option.
    let arg = if name.starts_with('-') { format!("./{name}") } else { name.clone() };
    Ok((arg, (name, source)))
}

/// Empties the scratch directory `run_dir` and writes `seeds` (name, content) into it again, so
/// that a run finds only them: never what an earlier run (CPython's, or a port's) left there.
/// Runs in a tmpfs of their own leave nothing in `run_dir`; without one (no mount namespace,
/// `PYPORT_SANDBOX=off`) they write into it. A folder the program made unreadable is opened up
/// first.
pub fn reset_run_dir(run_dir: &Path, seeds: &[(String, Vec<u8>)]) -> Result<()> {
    fn remove_all(path: &Path) -> std::io::Result<()> {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::symlink_metadata(path)?;
        if !meta.is_dir() {
            return std::fs::remove_file(path);
        }
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700))?;
        for entry in std::fs::read_dir(path)? {
            remove_all(&entry?.path())?;
        }
        std::fs::remove_dir(path)
    }
    let entries = std::fs::read_dir(run_dir).with_context(|| format!("cannot read the scratch directory `{}`", run_dir.display()))?;
    for entry in entries {
        let path = entry.with_context(|| format!("cannot read the scratch directory `{}`", run_dir.display()))?.path();
        remove_all(&path).with_context(|| format!("cannot remove `{}` from the scratch directory", path.display()))?;
    }
    for (name, content) in seeds {
        let path = run_dir.join(name);
        if let Some(parent) = path.parent().filter(|p| *p != run_dir) {
            std::fs::create_dir_all(parent).with_context(|| format!("cannot create `{}`", parent.display()))?;
        }
        std::fs::write(&path, content).with_context(|| format!("cannot write `{}`", path.display()))?;
    }
    Ok(())
}

/// At most this many bytes of input files are staged for a run, in all: 64 MiB.
pub const INPUT_BYTES_CAP: u64 = 64 << 20;

/// A file staged into the run directory of both sides (CPython's and the port's) before each run:
/// a file the program opens for reading, or one given with `--input-file`.
#[derive(Clone, Debug, Serialize)]
pub struct StagedInput {
    /// Its path in the run directory: relative, `/`-separated (`data.txt`, `data/in.txt`).
    pub name: String,
    /// Where it was read from, as the user would write it (`./data.txt`, `examples/data.txt`).
    pub from: String,
    /// Its size.
    pub bytes: u64,
    /// Its content.
    #[serde(skip)]
    pub content: Vec<u8>,
}

/// The files to stage for a program, and those left out.
#[derive(Clone, Debug, Default)]
pub struct Inputs {
    pub staged: Vec<StagedInput>,
    /// Files that would have passed [`INPUT_BYTES_CAP`] in all (their `from`), not staged.
    pub over_cap: Vec<String>,
}

impl Inputs {
    /// The seed files (name, content) for [`reset_run_dir`] and `Sandbox::seed_files`.
    pub fn seeds(&self) -> impl Iterator<Item = (String, Vec<u8>)> + '_ {
        self.staged.iter().map(|i| (i.name.clone(), i.content.clone()))
    }

    /// Prints, once per process and set of files, which files the cap left out.
    pub fn warn_over_cap(&self) {
        static WARNED: std::sync::Mutex<Vec<Vec<String>>> = std::sync::Mutex::new(Vec::new());
        if self.over_cap.is_empty() {
            return;
        }
        let mut warned = WARNED.lock().unwrap_or_else(|e| e.into_inner());
        if !warned.contains(&self.over_cap) {
            warned.push(self.over_cap.clone());
            eprintln!(
                "pyport: warning: not staged for the runs (over {} MiB of input files in all): {}",
                INPUT_BYTES_CAP >> 20,
                self.over_cap.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ")
            );
        }
    }
}

/// Rejects an `--input-file` that is missing or not a regular file, in one line naming it.
pub fn check_input_file(path: &Path) -> Result<()> {
    check_input_file_at(path, path)
}

/// [`check_input_file`] of `path` (as the user wrote it), found at `at`.
fn check_input_file_at(path: &Path, at: &Path) -> Result<()> {
    match std::fs::metadata(at) {
        Ok(m) if m.is_file() => Ok(()),
        Ok(_) => anyhow::bail!("`--input-file {}`: not a regular file", path.display()),
        Err(e) => anyhow::bail!("`--input-file {}`: {e}", path.display()),
    }
}

/// The path `p` as a name in the run directory: its components joined by `/`, without `.`
/// components; `None` for an absolute path, one with `..`, or an empty one.
fn run_dir_name(p: &Path) -> Option<String> {
    use std::path::Component;
    let mut parts = Vec::new();
    for c in p.components() {
        match c {
            Component::Normal(n) => parts.push(n.to_str()?.to_string()),
            Component::CurDir => {}
            Component::ParentDir | Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// The files to stage for the program `py_path` (its text `source`): first each of `extra`
/// (`--input-file`; a relative path without `..` keeps it as its name, any other its file
/// name), then each literal file name the program opens for reading
/// ([`pyport_syntax::opened_file_literals`]) that is a relative path without `..` naming a
/// regular file, looked for where CPython would find it, relative to the current directory,
/// then relative to the program's own directory. A name already staged (the program itself
/// included) is not staged again; files past [`INPUT_BYTES_CAP`] in all are left out.
pub fn find_inputs(py_path: &Path, source: &str, extra: &[PathBuf]) -> Result<Inputs> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    find_inputs_from(&cwd, py_path, source, extra)
}

/// [`find_inputs`] from the current directory `cwd` (`py_path` and `extra` may be relative to it).
fn find_inputs_from(cwd: &Path, py_path: &Path, source: &str, extra: &[PathBuf]) -> Result<Inputs> {
    let script = py_path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut candidates: Vec<(String, PathBuf, String)> = Vec::new();
    for path in extra {
        let name = run_dir_name(path)
            .or_else(|| path.file_name().map(|n| n.to_string_lossy().into_owned()))
            .with_context(|| format!("`--input-file {}`: not a file", path.display()))?;
        check_input_file_at(path, &cwd.join(path))?;
        candidates.push((name, cwd.join(path), path.display().to_string()));
    }
    let program_dir = py_path.parent().filter(|d| !d.as_os_str().is_empty());
    for (literal, reads) in pyport_syntax::opened_file_literals(source) {
        let Some(name) = run_dir_name(Path::new(&literal)).filter(|_| reads) else { continue };
        let here = cwd.join(&literal);
        let found = if std::fs::metadata(&here).is_ok_and(|m| m.is_file()) {
            Some((here, format!("./{name}")))
        } else {
            program_dir.map(|d| cwd.join(d).join(&literal)).filter(|p| std::fs::metadata(p).is_ok_and(|m| m.is_file())).map(|p| {
                let shown = program_dir.map(|d| d.join(&name)).unwrap_or_else(|| p.clone());
                (p, shown.display().to_string())
            })
        };
        if let Some((path, from)) = found {
            candidates.push((name, path, from));
        }
    }
    // Two names clash when they are one path, or one is a folder of the other.
    let clash = |a: &str, b: &str| a == b || a.strip_prefix(b).is_some_and(|r| r.starts_with('/')) || b.strip_prefix(a).is_some_and(|r| r.starts_with('/'));
    let mut inputs = Inputs::default();
    let mut total = 0u64;
    for (name, path, from) in candidates {
        if clash(&name, &script) || inputs.staged.iter().any(|i| clash(&i.name, &name)) || inputs.over_cap.contains(&from) {
            continue;
        }
        let size = std::fs::metadata(&path).with_context(|| format!("cannot read `{from}`"))?.len();
        let content = if total + size > INPUT_BYTES_CAP { None } else { Some(std::fs::read(&path).with_context(|| format!("cannot read `{from}`"))?) };
        match content.filter(|c| total + c.len() as u64 <= INPUT_BYTES_CAP) {
            Some(content) => {
                total += content.len() as u64;
                inputs.staged.push(StagedInput { name, from, bytes: content.len() as u64, content });
            }
            None => inputs.over_cap.push(from),
        }
    }
    Ok(inputs)
}

/// Limits for the C++ compiler: 300 s of wall and CPU time, the default memory and output caps.
pub fn compile_limits() -> Limits {
    Limits { wall: Duration::from_secs(300), cpu: Duration::from_secs(300), ..Limits::default() }
}

/// Compiles `cpp_path`, runs it beside CPython on `py_path`, verifies and times both.
pub fn build_and_run(py_path: &Path, cpp_path: &Path, opts: &RunOptions) -> Result<RunReport> {
    warn_about_sandbox();
    // Removed when this function returns, whichever way it returns.
    let scratch = tempfile_dir()?;
    let exe = scratch.path().join("prog");
    let compile_limits = compile_limits();
    let compiled = compile(&opts.cxx, &opts.cxxflags, cpp_path, &exe, &compile_limits)?;
    run_compiled(py_path, &exe, &scratch, compiled, Language::Cpp, (&opts.cxx.path, &opts.cxx.version), opts)
}

/// Limits for rustc: as for the C++ compiler, with 8 GiB of address space, since rustc and LLVM
/// reserve more than g++ does.
pub fn rust_compile_limits() -> Limits {
    Limits { memory_bytes: Some(8 << 30), ..compile_limits() }
}

/// Compiles the Rust file `rs_path` with `rustc` ([`pyport_exec::DEFAULT_RUSTFLAGS`]), runs it beside
/// CPython on `py_path`, verifies and times both: the same path as C++, but no build cache.
pub fn build_and_run_rust(py_path: &Path, rs_path: &Path, rustc: &RustcInfo, opts: &RunOptions) -> Result<RunReport> {
    warn_about_sandbox();
    let scratch = tempfile_dir()?;
    let exe = scratch.path().join("prog");
    let flags: Vec<String> = pyport_exec::DEFAULT_RUSTFLAGS.iter().map(|f| f.to_string()).collect();
    let compiled = compile_rust(rustc, &flags, rs_path, &exe, &rust_compile_limits()).context("running the Rust compiler")?;
    run_compiled(py_path, &exe, &scratch, compiled, Language::Rust, (&rustc.path, &rustc.version), opts)
}

/// Writes Rust text from an LLM engine to `rs_path` and puts it through [`build_and_run_rust`].
pub fn check_rust(py_path: &Path, code: &str, rs_path: &Path, rustc: &RustcInfo, opts: &RunOptions) -> Result<RunReport> {
    write_atomic(rs_path, code)?;
    build_and_run_rust(py_path, rs_path, rustc, opts)
}

/// After compiling (`compiled`, into `exe`, by `compiler`: path and version): runs the executable
/// beside CPython in `scratch`, verifies and times both.
fn run_compiled(
    py_path: &Path,
    exe: &Path,
    scratch: &ScratchDir,
    compiled: CompileOutcome,
    language: Language,
    compiler: (&Path, &str),
    opts: &RunOptions,
) -> Result<RunReport> {
    let mut report = RunReport {
        language,
        compiler: compiler.0.display().to_string(),
        compiler_version: compiler.1.to_string(),
        compile_command: compiled.command_line.clone(),
        compile_s: compiled.duration.as_secs_f64(),
        compile_cached: compiled.cached,
        python: opts.python.path.display().to_string(),
        python_version: opts.python.version.clone(),
        inputs: Vec::new(),
        inputs_over_cap: Vec::new(),
        verdict: VerdictReport::CompileTimeout,
        both_failed: None,
        python_timing: None,
        cpp_timing: None,
        speedup: None,
        cpp_stderr: None,
        python_stdout: None,
        cpp_stdout: None,
    };
    let exe = exe.to_path_buf();
    if compiled.timed_out {
        return Ok(report);
    }
    if !compiled.ok {
        report.verdict = VerdictReport::CompileError { stderr: compiled.stderr };
        return Ok(report);
    }
    let run_dir = scratch.path().join("run");
    std::fs::create_dir_all(&run_dir).context("cannot create the scratch directory")?;
    let (py_arg, seed) = stage_python(&run_dir, py_path)?;
    // The files the program reads, as in the user's folder: the same on both sides, and an
    // unchanged one is not a file the run wrote.
    let source = String::from_utf8_lossy(&seed.1).into_owned();
    let inputs = find_inputs(py_path, if opts.find_inputs { &source } else { "" }, &opts.input_files)?;
    inputs.warn_over_cap();
    let seeds: Vec<(String, Vec<u8>)> = std::iter::once(seed).chain(inputs.seeds()).collect();
    reset_run_dir(&run_dir, &seeds)?;
    report.inputs = inputs.staged;
    report.inputs_over_cap = inputs.over_cap;
    let mut py_args = vec![py_arg];
    py_args.extend(opts.args.iter().cloned());
    let limits = opts.limits.clone();
    // Both sides report the files they write in `run_dir`: they are compared as stdout is.
    let mut py_spec = untrusted_spec(&opts.python.path, py_args, opts.stdin.clone(), &run_dir, vec![], &limits);
    py_spec.collect_files = true;
    if let Some(sandbox) = py_spec.sandbox.as_mut() {
        sandbox.seed_files = seeds.clone();
    }
    let mut cpp_spec = untrusted_spec(&exe, opts.args.clone(), opts.stdin.clone(), &run_dir, vec![exe.clone()], &limits);
    cpp_spec.collect_files = true;
    if let Some(sandbox) = cpp_spec.sandbox.as_mut() {
        // The input files, not the script: the port never needed it.
        sandbox.seed_files = seeds[1..].to_vec();
    }
    let limits = py_spec.limits.clone();
    let expected = run(&py_spec).context("running CPython")?;
    // Without a tmpfs of its own, CPython wrote into `run_dir` itself: the port must neither
    // find its files there (nor read them), so each side starts from the staged script alone.
    reset_run_dir(&run_dir, &seeds)?;
    report.python_stdout = Some(String::from_utf8_lossy(&expected.stdout).into_owned());
    let python_limit = expected.limit_hit(&limits);
    if python_limit.is_some() || matches!(expected.termination, Termination::Signaled { .. }) {
        let termination = match python_limit {
            Some(LimitHit::Memory) => "memory limit (MemoryError)".to_string(),
            _ => expected.termination.to_string(),
        };
        report.verdict = VerdictReport::PythonFailed {
            termination,
            stderr: tail(&expected.stderr, 5),
        };
        return Ok(report);
    }
    let actual: RunOutcome = run(&cpp_spec).context("running the compiled program")?;
    report.cpp_stdout = Some(String::from_utf8_lossy(&actual.stdout).into_owned());
    if let Some(verdict) = failure_verdict(&actual, &limits, &expected.termination) {
        report.verdict = verdict;
        let t = tail(&actual.stderr, 5);
        report.cpp_stderr = (!t.is_empty()).then_some(t);
        return Ok(report);
    }
    let verdict = verify(&expected, &actual, &opts.verify)?;
    report.verdict = verdict_report(verdict);
    if !expected.termination.is_success() && expected.termination == actual.termination {
        report.both_failed =
            Some(BothFailed { termination: expected.termination.to_string(), python: tail(&expected.stderr, 1), port: tail(&actual.stderr, 1) });
    }
    if !report.verified() {
        let t = tail(&actual.stderr, 5);
        report.cpp_stderr = (!t.is_empty()).then_some(t);
        return Ok(report);
    }
    // A runtime build a cold compile left running in the background would slow the timed runs.
    pyport_exec::wait_background();
    reset_run_dir(&run_dir, &seeds)?;
    let py_t = time_repeated(&py_spec, expected.wall, opts.timing_budget, opts.max_runs)?;
    reset_run_dir(&run_dir, &seeds)?;
    let cpp_t = time_repeated(&cpp_spec, actual.wall, opts.timing_budget, opts.max_runs)?;
    let side = |t: &pyport_exec::Timing| SideTiming {
        runs: t.runs,
        median_s: t.median.as_secs_f64(),
        min_s: t.min.as_secs_f64(),
    };
    report.python_timing = Some(side(&py_t));
    report.cpp_timing = Some(side(&cpp_t));
    let cpp_median = cpp_t.median.as_secs_f64().max(1e-6);
    report.speedup = Some(py_t.median.as_secs_f64() / cpp_median);
    Ok(report)
}

/// A private scratch directory, removed with its contents when dropped, so that an early
/// return through `?` cleans up as surely as the normal path.
pub struct ScratchDir {
    path: PathBuf,
    /// Removes the directory if pyport is interrupted (destructors do not run then).
    _on_interrupt: pyport_exec::interrupt::Scratch,
}

impl ScratchDir {
    /// Where the directory is.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// Creates a fresh scratch directory under the system temporary directory (`$TMPDIR`).
pub fn tempfile_dir() -> Result<ScratchDir> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
    let base = std::env::temp_dir();
    let dir = base.join(format!("pyport-{}-{n}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&base).with_context(|| format!("cannot create `{}`", base.display()))?;
    // `create_dir`, not `create_dir_all`: the guard deletes the directory, so it must be ours alone.
    std::fs::create_dir(&dir).with_context(|| format!("cannot create `{}`", dir.display()))?;
    let _on_interrupt = pyport_exec::interrupt::Scratch::register(&dir);
    Ok(ScratchDir { path: dir, _on_interrupt })
}

/// Whether a program reads a clock (imports `time`), decided without translating it: for C++ that
/// came from another engine, timing lines are masked under the same rule as for the builtin's.
pub fn reads_clock(text: &str) -> bool {
    text.lines().map(str::trim_start).any(|l| {
        let words: Vec<&str> = l.split(|c: char| c.is_whitespace() || c == ',' || c == '.').filter(|w| !w.is_empty()).collect();
        match words.first() {
            Some(&"import") => words[1..].contains(&"time"),
            Some(&"from") => words.get(1) == Some(&"time"),
            _ => false,
        }
    })
}

/// Writes C++ text from any engine to `cpp_path` and puts it through the same compile, run, verify
/// and time path as the builtin engine's output.
pub fn check_cpp(py_path: &Path, cpp: &str, cpp_path: &Path, opts: &RunOptions) -> Result<RunReport> {
    write_atomic(cpp_path, cpp)?;
    build_and_run(py_path, cpp_path, opts)
}

#[cfg(test)]
mod input_tests {
    use super::{find_inputs_from, INPUT_BYTES_CAP};
    use std::path::{Path, PathBuf};

    fn write(dir: &Path, rel: &str, content: &str) {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }

    /// (name, from, content) of each staged file.
    fn staged(cwd: &Path, py: &str, source: &str, extra: &[&str]) -> Vec<(String, String, String)> {
        let extra: Vec<PathBuf> = extra.iter().map(PathBuf::from).collect();
        let found = find_inputs_from(cwd, Path::new(py), source, &extra).unwrap();
        assert!(found.over_cap.is_empty());
        found.staged.into_iter().map(|i| (i.name, i.from, String::from_utf8(i.content).unwrap())).collect()
    }

    fn s(name: &str, from: &str, content: &str) -> (String, String, String) {
        (name.into(), from.into(), content.into())
    }

    #[test]
    fn literals_read_are_found_in_the_current_folder_first_then_beside_the_program() {
        let tmp = tempfile::tempdir().unwrap();
        let cwd = tmp.path();
        write(cwd, "a.txt", "cwd a");
        write(cwd, "aoc/a.txt", "program's a");
        write(cwd, "aoc/data/b.txt", "b");
        write(cwd, "aoc/c.txt", "c");
        write(cwd, "secret.txt", "s");
        std::fs::create_dir_all(cwd.join("aoc/folder")).unwrap();
        let source = "open('a.txt'); open('./data/b.txt', 'r'); open('c.txt', 'w'); open('missing.txt');\n\
                      open('../secret.txt'); open('/etc/hostname'); open('folder'); open('sum.py'); open('a.txt')\n";
        assert_eq!(
            staged(cwd, "aoc/sum.py", source, &[]),
            [s("a.txt", "./a.txt", "cwd a"), s("data/b.txt", "aoc/data/b.txt", "b")],
            "written-only, missing, `..`, absolute, folder, the program itself and repeats are not staged"
        );
        // A program in the current folder; a source that does not parse names nothing.
        assert_eq!(staged(&cwd.join("aoc"), "sum.py", "open('c.txt')", &[]), [s("c.txt", "./c.txt", "c")]);
        assert_eq!(staged(cwd, "aoc/sum.py", "open('a.txt'\n", &[]), []);
    }

    #[test]
    fn input_files_keep_their_relative_name_and_come_first() {
        let tmp = tempfile::tempdir().unwrap();
        let cwd = tmp.path().join("work");
        write(&cwd, "data/x.txt", "x");
        write(tmp.path(), "up.txt", "up");
        let abs = tmp.path().join("up.txt");
        assert_eq!(
            staged(&cwd, "prog.py", "open('data/x.txt')", &["./data/x.txt", "../up.txt"]),
            [s("data/x.txt", "./data/x.txt", "x"), s("up.txt", "../up.txt", "up")]
        );
        assert_eq!(staged(&cwd, "prog.py", "", &[abs.to_str().unwrap()]), [s("up.txt", &abs.display().to_string(), "up")]);
        // A name that is a folder of another staged name cannot be staged beside it.
        write(&cwd, "d", "a file");
        write(&cwd, "p/d/e.txt", "in a folder");
        assert_eq!(staged(&cwd, "p/prog.py", "open('d/e.txt')", &["d"]), [s("d", "d", "a file")]);
        let err = find_inputs_from(&cwd, Path::new("prog.py"), "", &[PathBuf::from("nothing.txt")]).unwrap_err();
        assert!(err.to_string().contains("`--input-file nothing.txt`"), "{err}");
    }

    #[test]
    fn files_past_the_cap_in_all_are_left_out_and_named() {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "small.txt", "1\n");
        // Sparse: the cap is decided by the size, before reading.
        std::fs::File::create(tmp.path().join("huge.bin")).unwrap().set_len(INPUT_BYTES_CAP).unwrap();
        let found = find_inputs_from(tmp.path(), Path::new("prog.py"), "open('small.txt'); open('huge.bin', 'rb')", &[]).unwrap();
        assert_eq!(found.staged.iter().map(|i| i.name.as_str()).collect::<Vec<_>>(), ["small.txt"]);
        assert_eq!(found.over_cap, ["./huge.bin"]);
    }
}

#[cfg(test)]
mod reads_clock_tests {
    use super::reads_clock;

    #[test]
    fn only_imports_of_time_count() {
        assert!(reads_clock("import time\nprint(time.time())\n"));
        assert!(reads_clock("import sys, time\n"));
        assert!(reads_clock("from time import perf_counter\n"));
        assert!(reads_clock("    import time as t\n"));
        assert!(!reads_clock("import timeit\nprint('time')\n"));
        assert!(!reads_clock("from datetime import time\n"));
        assert!(!reads_clock("x = 1  # import time\n"));
    }
}

#[cfg(test)]
mod prune_tests {
    use super::prune_stale_runtimes;
    use std::time::{Duration, SystemTime};

    fn runtime(base: &std::path::Path, name: &str, age: Duration) -> std::path::PathBuf {
        let dir = base.join(name);
        std::fs::create_dir_all(dir.join("pyport/runtime.hpp.gch")).unwrap();
        let marker = std::fs::File::create(dir.join(".complete")).unwrap();
        marker.set_modified(SystemTime::now() - age).unwrap();
        dir
    }

    #[test]
    fn removes_only_other_runtimes_unused_for_long() {
        let tmp = tempfile::tempdir().unwrap();
        let day = Duration::from_secs(24 * 3600);
        let current = runtime(tmp.path(), "runtime-aaaa", 30 * day);
        let old = runtime(tmp.path(), "runtime-bbbb", 10 * day);
        let recent = runtime(tmp.path(), "runtime-cccc", Duration::from_secs(60));
        let builds = tmp.path().join("builds");
        std::fs::create_dir_all(&builds).unwrap();
        prune_stale_runtimes(tmp.path(), &current, 3 * day);
        assert!(current.exists(), "the runtime in use stays, however old its marker");
        assert!(!old.exists(), "another version's runtime unused for 10 days goes");
        assert!(recent.exists(), "another version's runtime used a minute ago stays");
        assert!(builds.exists(), "only runtime-* folders are considered");
    }
}
