//! `pyport perf`: pyport's builtin output against CPython, the other Python accelerators
//! (PyPy, Cython, Nuitka, mypyc, Pythran, Shed Skin) and hand-written C++, program by program,
//! every output checked against CPython, timed by the children's CPU time over repeated runs.
//!
//! Peers come from `bench/peers/setup.sh` (one virtualenv each under `$PYPORT_PEERS_DIR`, default
//! `~/.cache/pyport/peers`) and Debian's `pypy3`; a peer that is missing or cannot handle a
//! program is skipped with the reason. The programs are a benchmark folder you trust: peers'
//! builds and runs are limited in time and output but not sandboxed.
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::Args;
use pyport::pipeline;
use pyport_exec::{run, verify, CompilerInfo, Limits, RunOutcome, RunSpec, Termination, VerifyOptions};
use sha2::{Digest, Sha256};

/// Arguments of `pyport perf`.
#[derive(Args)]
pub struct PerfArgs {
    /// Folders of Python programs (or single files); default `examples/` and `suites/default/`.
    /// A program in the suite format (suites/README.md) runs its `# timing:` case.
    pub paths: Vec<PathBuf>,
    /// Peers to try, comma-separated (default: all of pypy,cython,nuitka,mypyc,pythran,shedskin).
    #[arg(long, value_delimiter = ',', value_name = "LIST")]
    pub peers: Option<Vec<String>>,
    /// Hand-written C++ versions: `<DIR>/<program>.cpp` (default `bench/reference`).
    #[arg(long, value_name = "DIR", default_value = "bench/reference")]
    pub reference: PathBuf,
    /// Timed runs of each side (after the checking run); the minimum CPU time is reported.
    #[arg(long, default_value_t = 3)]
    pub runs: usize,
    /// Limit for each run and each peer's build, in seconds.
    #[arg(long, default_value_t = 600.0)]
    pub timeout: f64,
    /// Translate with checked 64-bit ints (as `convert --int64`) instead of exact Python ints.
    #[arg(long)]
    pub int64: bool,
}

const ALL_PEERS: &[&str] = &["pypy", "cython", "nuitka", "mypyc", "pythran", "shedskin"];

/// How to run one built program: program, arguments, working directory.
#[derive(Clone)]
struct Runnable {
    program: PathBuf,
    args: Vec<String>,
    cwd: PathBuf,
}

/// What every side of one program is run with: a suite program's `# timing:` case (arguments and
/// stdin file, see suites/README.md), or nothing.
#[derive(Default)]
struct Input {
    args: Vec<String>,
    stdin: Option<Vec<u8>>,
}

/// The `# timing:` case of a program in the suite format; the empty input when its header has none.
fn timing_input(file: &Path, source: &str) -> Result<Input> {
    let header = source.lines().map(str::trim).take_while(|l| l.is_empty() || l.starts_with('#'));
    if !header.into_iter().any(|l| l.trim_start_matches('#').trim_start().starts_with("timing:")) {
        return Ok(Input::default());
    }
    let folder = file.parent().unwrap_or(Path::new("."));
    let h = pyport_eval::suite::parse_header(source, folder).map_err(|e| anyhow::anyhow!("`{}`: {e}", file.display()))?;
    let Some(case) = h.cases.into_iter().find(|c| c.timing) else { return Ok(Input::default()) };
    let stdin = match &case.stdin {
        Some(p) => Some(std::fs::read(p).with_context(|| format!("cannot read `{}`, the stdin of `{}`'s timing case", p.display(), file.display()))?),
        None => None,
    };
    Ok(Input { args: case.args, stdin })
}

/// One cell of the table.
enum Cell {
    /// Correct output; minimum CPU seconds over the timed runs.
    Time(f64),
    /// Not run, with the reason.
    Skipped(String),
    /// Ran but differs from CPython (or crashed), with the detail.
    Wrong(String),
}

fn peers_dir() -> PathBuf {
    std::env::var_os("PYPORT_PEERS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            std::env::var_os("XDG_CACHE_HOME")
                .map(|d| PathBuf::from(d).join("pyport"))
                .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/pyport")))
                .unwrap_or_else(|| std::env::temp_dir().join("pyport-cache"))
                .join("peers")
        })
}

fn tail(bytes: &[u8], lines: usize) -> String {
    let s = String::from_utf8_lossy(bytes);
    let v: Vec<&str> = s.lines().filter(|l| !l.trim().is_empty()).collect();
    v[v.len().saturating_sub(lines)..].join(" | ")
}

/// Runs a build step (trusted tool), `Err` with the tail of its output when it fails.
fn step(program: &Path, args: &[String], cwd: &Path, limits: &Limits) -> Result<(), String> {
    let spec = RunSpec { program: program.to_path_buf(), args: args.to_vec(), stdin: None, cwd: Some(cwd.to_path_buf()), limits: limits.clone(), sandbox: None, collect_files: false };
    let out = run(&spec).map_err(|e| format!("cannot run `{}`: {e}", program.display()))?;
    if out.termination.is_success() {
        Ok(())
    } else {
        let name = program.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut why = tail(&out.stderr, 3);
        if why.is_empty() {
            why = tail(&out.stdout, 3);
        }
        Err(format!("`{name}` failed ({}): {}", out.termination, why.chars().take(300).collect::<String>()))
    }
}

fn s(x: impl AsRef<str>) -> String {
    x.as_ref().to_string()
}

/// Builds `program` with `peer` in `dir` (a fresh folder holding a copy of the program as `prog.py`).
fn build_peer(peer: &str, source: &str, dir: &Path, python: &Path, limits: &Limits) -> Result<Runnable, String> {
    let venv = peers_dir().join(peer);
    let vbin = |tool: &str| venv.join("bin").join(tool);
    let need_venv = || {
        if vbin("python").is_file() {
            Ok(())
        } else {
            Err(format!("not installed: run `bash bench/peers/setup.sh {peer}`"))
        }
    };
    let here = |p: &str| Runnable { program: dir.join(p), args: vec![], cwd: dir.to_path_buf() };
    match peer {
        "pypy" => {
            let pypy = which("pypy3").ok_or_else(|| s("not installed: run `bash bench/peers/setup.sh pypy` (Debian's pypy3)"))?;
            Ok(Runnable { program: pypy, args: vec![s("prog.py")], cwd: dir.to_path_buf() })
        }
        "cython" => {
            need_venv()?;
            step(&vbin("cython"), &[s("-3"), s("--embed"), s("prog.py"), s("-o"), s("prog.c")], dir, limits)?;
            let (inc, lib, ver) = python_config(&vbin("python"))?;
            let args: Vec<String> = ["-O3", "-march=native", "-ffp-contract=off", "prog.c", "-o", "prog"]
                .iter()
                .map(|a| s(a))
                .chain([format!("-I{inc}"), format!("-L{lib}"), format!("-Wl,-rpath,{lib}"), format!("-lpython{ver}"), s("-lm")])
                .collect();
            step(Path::new("gcc"), &args, dir, limits)?;
            Ok(here("prog"))
        }
        "nuitka" => {
            need_venv()?;
            let args = ["-m", "nuitka", "--remove-output", "--output-dir=out", "--output-filename=prog.bin", "--assume-yes-for-downloads", "prog.py"];
            step(&vbin("python"), &args.map(s), dir, limits)?;
            Ok(here("out/prog.bin"))
        }
        "mypyc" => {
            need_venv()?;
            // A compiled module is imported, never run as `__main__`: its guard must run on import.
            let module = source.replace("if __name__ == \"__main__\":", "if True:").replace("if __name__ == '__main__':", "if True:");
            std::fs::write(dir.join("prog_mypyc.py"), module).map_err(|e| format!("cannot write: {e}"))?;
            step(&vbin("mypyc"), &[s("prog_mypyc.py")], dir, limits)?;
            Ok(Runnable { program: vbin("python"), args: vec![s("-c"), s("import prog_mypyc")], cwd: dir.to_path_buf() })
        }
        "pythran" => {
            need_venv()?;
            // Pythran compiles modules of exported, typed functions, not scripts.
            if !source.contains("#pythran export") {
                return Err(s("Pythran compiles modules of functions with `#pythran export` signatures, not scripts; the program has none"));
            }
            Err(s("programs with `#pythran export` are not wired up yet"))
        }
        "shedskin" => {
            need_venv()?;
            let _ = python;
            // Its CMake build calls `shedskin` again, so the virtualenv goes first on `PATH`.
            let path = format!("PATH={}:{}", venv.join("bin").display(), std::env::var("PATH").unwrap_or_default());
            let shedskin = vbin("shedskin").display().to_string();
            step(Path::new("/usr/bin/env"), &[path, shedskin, s("build"), s("prog.py")], dir, limits)?;
            let exe = ["build/prog", "build/dist/prog", "prog"].iter().map(|p| dir.join(p)).find(|p| p.is_file());
            exe.map(|p| Runnable { program: p, args: vec![], cwd: dir.to_path_buf() }).ok_or_else(|| s("`shedskin build` made no executable"))
        }
        other => Err(format!("unknown peer `{other}` (known: {})", ALL_PEERS.join(", "))),
    }
}

/// CPython's include directory, library directory and `LDVERSION` (as for `python3-config --embed`).
fn python_config(python: &Path) -> Result<(String, String, String), String> {
    let out = std::process::Command::new(python)
        .args(["-c", "import sysconfig as s; print(s.get_config_var('INCLUDEPY')); print(s.get_config_var('LIBDIR')); print(s.get_config_var('LDVERSION'))"])
        .output()
        .map_err(|e| format!("cannot run `{}`: {e}", python.display()))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let v: Vec<&str> = text.lines().collect();
    match v.as_slice() {
        [inc, lib, ver] => Ok((inc.to_string(), lib.to_string(), ver.to_string())),
        _ => Err(s("cannot read CPython's build configuration")),
    }
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?).map(|d| d.join(name)).find(|p| p.is_file())
}

/// A peer's build, kept in `<cache>/perf/<peer>/<sha of source>/` and reused when it finished.
fn cached_build(peer: &str, name: &str, source: &str, python: &Path, limits: &Limits) -> Result<Runnable, String> {
    let key: String = Sha256::digest(format!("{peer}\0{source}").as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect();
    let dir = pipeline::cache_dir().join("perf").join(peer).join(format!("{name}-{key}"));
    let done = dir.join(".built");
    if let Ok(text) = std::fs::read_to_string(&done) {
        let mut parts = text.split('\0').map(String::from);
        if let (Some(p), Some(a)) = (parts.next(), parts.next()) {
            let args: Vec<String> = if a.is_empty() { vec![] } else { a.split('\u{1}').map(String::from).collect() };
            return Ok(Runnable { program: PathBuf::from(p), args, cwd: dir });
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
    std::fs::write(dir.join("prog.py"), source).map_err(|e| format!("cannot write: {e}"))?;
    let r = build_peer(peer, source, &dir, python, limits)?;
    let _ = std::fs::write(&done, format!("{}\0{}", r.program.display(), r.args.join("\u{1}")));
    Ok(r)
}

/// Runs `r` with `input` once to check it against `expected` (stdout, exit status and the files it writes in
/// its working directory), then `runs` more times; the minimum CPU time.
fn measure(r: &Runnable, input: &Input, expected: Option<&RunOutcome>, opts: &VerifyOptions, runs: usize, limits: &Limits) -> Result<(Cell, RunOutcome)> {
    let args = r.args.iter().chain(&input.args).cloned().collect();
    let spec = RunSpec { program: r.program.clone(), args, stdin: input.stdin.clone(), cwd: Some(r.cwd.clone()), limits: limits.clone(), sandbox: None, collect_files: true };
    let first = run(&spec).with_context(|| format!("running `{}`", r.program.display()))?;
    let spec = RunSpec { collect_files: false, ..spec };
    if let Some(exp) = expected {
        let v = verify(exp, &first, opts)?;
        if !v.is_identical() {
            let why = match v {
                pyport_exec::Verdict::OutputDiffers { file, line, expected, actual, .. } => {
                    format!("{}: expected `{expected}`, got `{actual}`", pipeline::difference_place(file.as_deref(), line))
                }
                _ => format!("{}: {}", first.termination, tail(&first.stderr, 2)),
            };
            return Ok((Cell::Wrong(why.chars().take(200).collect()), first));
        }
    } else if first.termination != Termination::Exited(0) {
        bail!("CPython failed ({}): {}", first.termination, tail(&first.stderr, 2));
    }
    let mut best = first.cpu;
    for _ in 0..runs {
        let o = run(&spec)?;
        if o.termination != first.termination {
            return Ok((Cell::Wrong(format!("a timing run ended differently: {}", o.termination)), first));
        }
        best = best.min(o.cpu);
    }
    Ok((Cell::Time(best.as_secs_f64()), first))
}

/// The programs: `.py` files of the folders (sorted), or the files given.
fn programs(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut v: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("cannot read `{}`", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "py"))
                .collect();
            v.sort();
            out.extend(v);
        } else if p.is_file() {
            out.push(p.clone());
        } else {
            bail!("`{}` is neither a folder nor a file: give folders of Python programs or `.py` files", p.display());
        }
    }
    if out.is_empty() {
        bail!("no Python programs found in {}", paths.iter().map(|p| format!("`{}`", p.display())).collect::<Vec<_>>().join(", "));
    }
    Ok(out)
}

fn compile_reference(cxx: &CompilerInfo, flags: &[String], cpp: &Path, dir: &Path) -> Result<Runnable, String> {
    let exe = dir.join(format!("ref-{}", cpp.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()));
    let out = pyport_exec::compile_cxx(cxx, flags, &[], cpp, &exe, &pipeline::compile_limits()).map_err(|e| e.to_string())?;
    if !out.ok {
        return Err(format!("does not compile: {}", out.stderr.lines().next().unwrap_or("")));
    }
    Ok(Runnable { program: exe, args: vec![], cwd: dir.to_path_buf() })
}

fn fmt_cell(c: &Cell) -> String {
    match c {
        Cell::Time(t) => format!("{t:.3}"),
        Cell::Skipped(_) => "skip".into(),
        Cell::Wrong(_) => "WRONG".into(),
    }
}

fn geo(v: &[f64]) -> Option<f64> {
    (!v.is_empty()).then(|| (v.iter().map(|x| x.ln()).sum::<f64>() / v.len() as f64).exp())
}

/// Runs `pyport perf`.
pub fn run_perf(args: PerfArgs) -> Result<ExitCode> {
    let paths = if args.paths.is_empty() {
        ["examples", "suites/default"].iter().map(PathBuf::from).filter(|p| p.is_dir()).collect()
    } else {
        args.paths.clone()
    };
    let files = programs(&paths)?;
    let peers: Vec<String> = args.peers.clone().unwrap_or_else(|| ALL_PEERS.iter().map(|p| p.to_string()).collect());
    for p in &peers {
        if !ALL_PEERS.contains(&p.as_str()) {
            bail!("unknown peer `{p}` in `--peers`: known are {}", ALL_PEERS.join(", "));
        }
    }
    let python = pyport_exec::find_python(None)?;
    let cxx = pyport_exec::find_cxx(None)?;
    let flags = pyport_exec::cxxflags(None);
    if args.runs == 0 {
        bail!("`--runs` must be at least 1: the times are the minimum over the timed runs");
    }
    let timeout = super::seconds("--timeout", args.timeout, false)?;
    let limits = Limits { wall: timeout, cpu: timeout, ..Limits::default() };
    let scratch = pipeline::tempfile_dir()?;
    eprintln!(
        "pyport: {} program{}; peers: {}; pyport ints: {}; CPU time of the child, minimum of {} run{} after a checking run",
        files.len(),
        if files.len() == 1 { "" } else { "s" },
        peers.join(", "),
        if args.int64 { "checked 64-bit (--int64)" } else { "exact" },
        args.runs,
        if args.runs == 1 { "" } else { "s" }
    );

    let mut header = vec![s("program"), s("CPython")];
    header.extend(peers.iter().cloned());
    header.extend([s("pyport"), s("C++ ref"), s("×CPython"), s("×best peer"), s("pyport/ref"), s("translate"), s("compile")]);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    let (mut vs_py, mut vs_best, mut vs_ref) = (Vec::new(), Vec::new(), Vec::new());
    let mut all_ok = true;
    for file in &files {
        let name = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let source = std::fs::read_to_string(file).with_context(|| format!("cannot read `{}`", file.display()))?;
        let input = timing_input(file, &source)?;
        let opts = VerifyOptions { mask_timing_lines: source.lines().any(|l| l.trim_start().starts_with("import time") || l.trim_start().starts_with("from time")), ..VerifyOptions::default() };
        eprintln!("pyport: {name}");
        let work = scratch.path().join(&name);
        // CPython, pyport's port and the C++ reference each run in a folder of their own, so none
        // finds the files another wrote (their files are compared with CPython's).
        let (py_dir, pyport_dir, ref_dir) = (work.join("cpython"), work.join("pyport"), work.join("reference"));
        for dir in [&py_dir, &pyport_dir, &ref_dir] {
            std::fs::create_dir_all(dir).context("cannot create the scratch directory")?;
        }
        std::fs::write(py_dir.join("prog.py"), &source).context("cannot write the scratch directory")?;
        let cpython = Runnable { program: python.path.clone(), args: vec![s("prog.py")], cwd: py_dir };
        let (py_cell, reference) = measure(&cpython, &input, None, &opts, args.runs, &limits)?;
        let py_t = match py_cell {
            Cell::Time(t) => t,
            _ => unreachable!("the reference run is either timed or an error"),
        };
        let mut cells = vec![name.clone(), format!("{py_t:.3}")];
        let mut best_peer: Option<(f64, String)> = None;
        for peer in &peers {
            let cell = match cached_build(peer, &name, &source, &python.path, &limits) {
                Err(why) => Cell::Skipped(why),
                Ok(r) => measure(&r, &input, Some(&reference), &opts, args.runs, &limits)?.0,
            };
            match &cell {
                Cell::Time(t) if best_peer.as_ref().is_none_or(|(b, _)| t < b) => best_peer = Some((*t, peer.clone())),
                Cell::Skipped(why) => notes.push(format!("{name}: {peer} skipped: {why}")),
                Cell::Wrong(why) => notes.push(format!("{name}: {peer} wrong: {why}")),
                _ => {}
            }
            cells.push(fmt_cell(&cell));
        }
        // pyport's builtin engine: translate, compile (through the build cache), run.
        let ints = if args.int64 { pyport_cpp::IntMode::Int64 } else { pyport_cpp::IntMode::Exact };
        let t = pipeline::translate_with(&file.display().to_string(), &source, ints);
        let mut translate_s = format!("{:.3}", t.duration.as_secs_f64());
        let mut compile_s = s("-");
        let pyport_cell = match &t.cpp {
            None => Cell::Skipped(format!("not translated ({} diagnostics)", t.diagnostics.len())),
            Some(cpp) => {
                let cpp_path = work.join(format!("{name}.cpp"));
                std::fs::write(&cpp_path, cpp).context("cannot write the C++")?;
                let exe = work.join("pyport-prog");
                let started = Instant::now();
                let c = pipeline::compile(&cxx, &flags, &cpp_path, &exe, &pipeline::compile_limits())?;
                compile_s = format!("{:.2}{}", started.elapsed().as_secs_f64(), if c.cached { " (cached)" } else { "" });
                if c.ok {
                    measure(&Runnable { program: exe, args: vec![], cwd: pyport_dir }, &input, Some(&reference), &opts, args.runs, &limits)?.0
                } else {
                    Cell::Wrong(format!("does not compile: {}", c.stderr.lines().next().unwrap_or("")))
                }
            }
        };
        if t.cpp.is_none() {
            translate_s = s("-");
        }
        let ref_path = args.reference.join(format!("{name}.cpp"));
        let ref_cell = if ref_path.is_file() {
            match compile_reference(&cxx, &flags, &ref_path, &ref_dir) {
                Ok(r) => measure(&r, &input, Some(&reference), &opts, args.runs, &limits)?.0,
                Err(why) => Cell::Skipped(why),
            }
        } else {
            Cell::Skipped(s("no reference"))
        };
        match &ref_cell {
            Cell::Wrong(why) => notes.push(format!("{name}: C++ reference wrong: {why}")),
            Cell::Skipped(why) if why != "no reference" => notes.push(format!("{name}: C++ reference skipped: {why}")),
            _ => {}
        }
        cells.push(fmt_cell(&pyport_cell));
        cells.push(match &ref_cell { Cell::Skipped(_) => s("-"), c => fmt_cell(c) });
        match &pyport_cell {
            Cell::Time(p) => {
                let p = p.max(1e-4);
                cells.push(format!("{:.1}×", py_t / p));
                vs_py.push(py_t / p);
                match &best_peer {
                    Some((b, who)) => {
                        cells.push(format!("{:.2}× {who}", b / p));
                        vs_best.push(b / p);
                    }
                    None => cells.push(s("-")),
                }
                match &ref_cell {
                    Cell::Time(r) => {
                        cells.push(format!("{:.2}", p / r.max(1e-4)));
                        vs_ref.push(p / r.max(1e-4));
                    }
                    _ => cells.push(s("-")),
                }
            }
            other => {
                all_ok = false;
                if let Cell::Wrong(why) | Cell::Skipped(why) = other {
                    notes.push(format!("{name}: pyport: {why}"));
                }
                cells.extend([s("-"), s("-"), s("-")]);
            }
        }
        cells.push(translate_s);
        cells.push(compile_s);
        rows.push(cells);
    }
    print_table(&header, &rows);
    let g = |v: &[f64], f: &dyn Fn(f64) -> String| geo(v).map(f).unwrap_or_else(|| s("-"));
    println!(
        "geometric means over programs pyport ran correctly: {} CPython, {} best peer, pyport/ref {} ({} with a reference)",
        g(&vs_py, &|x| format!("{x:.1}×")),
        g(&vs_best, &|x| format!("{x:.2}×")),
        g(&vs_ref, &|x| format!("{x:.2}")),
        vs_ref.len()
    );
    println!("times: CPU seconds of the child (user + system), minimum of {} runs; ×best peer > 1 means pyport is faster", args.runs);
    for n in notes {
        println!("  {n}");
    }
    Ok(if all_ok { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn print_table(header: &[String], rows: &[Vec<String>]) {
    let mut widths: BTreeMap<usize, usize> = BTreeMap::new();
    for r in std::iter::once(header).chain(rows.iter().map(|r| r.as_slice())) {
        for (i, c) in r.iter().enumerate() {
            let w = widths.entry(i).or_default();
            *w = (*w).max(c.chars().count());
        }
    }
    for r in std::iter::once(header).chain(rows.iter().map(|r| r.as_slice())) {
        let line: Vec<String> = r
            .iter()
            .enumerate()
            .map(|(i, c)| if i == 0 { format!("{c:<w$}", w = widths[&i]) } else { format!("{c:>w$}", w = widths[&i]) })
            .collect();
        println!("{}", line.join("  ").trim_end());
    }
}
