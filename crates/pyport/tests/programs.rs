//! The program harness: every `tests/programs/*.py` is translated, compiled, run beside CPython and compared.
//!
//! Adding a case = adding a file. The generated C++ of each program is also snapshotted (`snapshots/`).
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use pyport::pipeline::{self, RunOptions, VerdictReport};
use pyport_exec::{Limits, VerifyOptions};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repo root")
}

fn python_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    v.sort();
    v
}

fn rel(p: &Path) -> String {
    p.strip_prefix(repo_root()).unwrap_or(p).display().to_string()
}

/// One checked run per side with the machine's CPython and C++ compiler, 60 s limits.
fn run_options() -> RunOptions {
    RunOptions {
        python: pyport_exec::find_python(None).expect("CPython is needed for the tests"),
        cxx: pyport_exec::find_cxx(None).expect("a C++ compiler is needed for the tests"),
        cxxflags: pyport_exec::cxxflags(None),
        args: vec![],
        stdin: None,
        verify: VerifyOptions::default(),
        limits: Limits { wall: Duration::from_secs(60), cpu: Duration::from_secs(60), ..Limits::default() },
        timing_budget: Duration::ZERO,
        max_runs: 1,
        // Hermetic: a program reads only the files it writes itself.
        input_files: Vec::new(),
        find_inputs: false,
    }
}

#[test]
fn programs_match_cpython() {
    let root = repo_root();
    let files = python_files(&root.join("tests/programs"));
    assert!(files.len() >= 30, "expected at least 30 test programs, found {}", files.len());
    let opts = run_options();
    let scratch = std::env::temp_dir().join(format!("pyport-test-programs-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let failures = Mutex::new(Vec::new());
    let next = Mutex::new(0usize);
    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).min(8);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = {
                    let mut n = next.lock().unwrap();
                    *n += 1;
                    *n - 1
                };
                let Some(f) = files.get(i) else { break };
                let name = rel(f);
                let text = std::fs::read_to_string(f).unwrap();
                let t = pipeline::translate(&name, &text);
                let Some(cpp) = &t.cpp else {
                    failures.lock().unwrap().push(format!("{name}: not translated\n{}", t.render_diagnostics()));
                    continue;
                };
                let cpp_path = scratch.join(f.file_stem().unwrap()).with_extension("cpp");
                std::fs::write(&cpp_path, cpp).unwrap();
                match pipeline::build_and_run(f, &cpp_path, &opts) {
                    Ok(r) if r.verified() => {}
                    Ok(r) => {
                        let detail = match &r.verdict {
                            VerdictReport::CompileError { stderr } => {
                                format!("C++ compile error:\n{}", stderr.lines().take(25).collect::<Vec<_>>().join("\n"))
                            }
                            other => format!("{other:?}\nC++ stderr: {}", r.cpp_stderr.clone().unwrap_or_default()),
                        };
                        failures.lock().unwrap().push(format!("{name}: {detail}\n(C++ kept at {})", cpp_path.display()));
                    }
                    Err(e) => failures.lock().unwrap().push(format!("{name}: error: {e:#}")),
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    if failures.is_empty() {
        let _ = std::fs::remove_dir_all(&scratch);
    }
    assert!(failures.is_empty(), "{} of {} programs failed:\n\n{}", failures.len(), files.len(), failures.join("\n\n"));
}

/// `--int64` mode: int-heavy programs still verify, and a result past int64 stops the program
/// with pyport's overflow message (where the default mode prints the exact value).
#[test]
fn int64_mode() {
    let root = repo_root();
    let opts = run_options();
    let scratch = std::env::temp_dir().join(format!("pyport-test-int64-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let run = |f: &Path, mode: pyport_cpp::IntMode| {
        let name = rel(f);
        let text = std::fs::read_to_string(f).unwrap();
        let t = pipeline::translate_with(&name, &text, mode);
        let cpp = t.cpp.unwrap_or_else(|| panic!("{name} not translated"));
        assert_eq!(cpp.contains("#define PYPORT_INT64 1\n"), mode == pyport_cpp::IntMode::Int64, "{name}");
        let stem = f.file_stem().unwrap().to_string_lossy();
        let cpp_path = scratch.join(format!("{stem}-{mode:?}.cpp"));
        std::fs::write(&cpp_path, cpp).unwrap();
        pipeline::build_and_run(f, &cpp_path, &opts).unwrap_or_else(|e| panic!("{name}: {e:#}"))
    };
    for p in ["tests/programs/int_bits_fsum.py", "tests/programs/conditional_expression.py", "tests/programs/int_float_exact_edges.py"] {
        let r = run(&root.join(p), pyport_cpp::IntMode::Int64);
        assert!(r.verified(), "{p} in --int64 mode: {:?}\n{:?}", r.verdict, r.cpp_stderr);
    }
    let overflow = root.join("tests/int64/overflow.py");
    let r = run(&overflow, pyport_cpp::IntMode::Int64);
    assert!(matches!(r.verdict, VerdictReport::RuntimeError { .. }), "{:?}", r.verdict);
    let stderr = r.cpp_stderr.clone().unwrap_or_default();
    assert!(
        stderr.contains("integer overflow on line 4: the result of `*` does not fit in 64 bits"),
        "unexpected stderr: {stderr}"
    );
    // The message names the mode's limit, not a missing feature.
    assert!(stderr.contains("(--int64 limits Python ints to 64 bits"), "unexpected stderr: {stderr}");
    assert!(!stderr.contains("not supported yet"), "unexpected stderr: {stderr}");
    let r = run(&overflow, pyport_cpp::IntMode::Exact);
    assert!(r.verified(), "default mode: {:?}", r.verdict);
    let _ = std::fs::remove_dir_all(&scratch);
}

/// Programs whose stderr is part of what they do (logging's records): the port writes the same
/// bytes to stderr as CPython (the verdict compares stdout and the exit status only).
#[test]
fn stderr_matches_cpython() {
    let root = repo_root();
    let include = pipeline::runtime_include_dir().unwrap();
    let scratch = std::env::temp_dir().join(format!("pyport-test-stderr-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    for p in ["tests/programs/logging_root_logger.py", "tests/programs/logging_basic_config.py"] {
        let f = root.join(p);
        let t = pipeline::translate(p, &std::fs::read_to_string(&f).unwrap());
        let cpp = t.cpp.clone().unwrap_or_else(|| panic!("{p} not translated:\n{}", t.render_diagnostics()));
        let stem = f.file_stem().unwrap().to_string_lossy().into_owned();
        let cpp_path = scratch.join(format!("{stem}.cpp"));
        let exe = scratch.join(&stem);
        std::fs::write(&cpp_path, cpp).unwrap();
        let built = std::process::Command::new("g++")
            .args(["-O1", "-std=c++20", "-w", "-I"])
            .arg(&include)
            .arg(&cpp_path)
            .arg("-o")
            .arg(&exe)
            .output()
            .unwrap();
        assert!(built.status.success(), "{p}: {}", String::from_utf8_lossy(&built.stderr));
        let cpp_run = std::process::Command::new(&exe).output().unwrap();
        let py_run = std::process::Command::new("python3").arg(&f).output().unwrap();
        assert!(py_run.status.success() && cpp_run.status.success(), "{p}: {py_run:?}\n{cpp_run:?}");
        assert!(!py_run.stderr.is_empty(), "{p}: CPython wrote nothing to stderr");
        assert_eq!(String::from_utf8_lossy(&cpp_run.stderr), String::from_utf8_lossy(&py_run.stderr), "{p}: stderr differs");
        assert_eq!(cpp_run.stdout, py_run.stdout, "{p}: stdout differs");
    }
    let _ = std::fs::remove_dir_all(&scratch);
}

#[test]
fn generated_cpp_snapshots() {
    let root = repo_root();
    for f in python_files(&root.join("tests/programs")).into_iter().chain(python_files(&root.join("examples"))) {
        let name = rel(&f);
        let text = std::fs::read_to_string(&f).unwrap();
        let t = pipeline::translate(&name, &text);
        let cpp = t.cpp.clone().unwrap_or_else(|| format!("NOT TRANSLATED\n{}", t.render_diagnostics()));
        let snap = name.replace(['/', '.'], "_");
        insta::assert_snapshot!(snap, cpp);
    }
}

#[test]
fn diagnostics_snapshots() {
    let root = repo_root();
    let files = python_files(&root.join("tests/diagnostics"));
    assert!(!files.is_empty());
    for f in files {
        let name = rel(&f);
        let text = std::fs::read_to_string(&f).unwrap();
        let t = pipeline::translate(&name, &text);
        assert!(t.cpp.is_none(), "{name} should be rejected with diagnostics");
        let snap = format!("diag_{}", f.file_stem().unwrap().to_string_lossy());
        insta::assert_snapshot!(snap, t.render_diagnostics());
    }
}
