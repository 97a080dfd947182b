//! Checks the big-integer runtime (runtime/pyport/bigint.hpp): compiles
//! runtime_tests/bigint_test.cpp warning-free, runs its unit checks, and runs it on the cases
//! CPython 3.11 computes in runtime_tests/bigint_cases.py (tens of thousands of random
//! operations on ints from 1 to ~60000 bits, plus edge values and error messages).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(cmd: &mut Command) -> Output {
    cmd.output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

fn show(out: &Output) -> String {
    format!(
        "status {}\n--- stdout (first 6000 bytes) ---\n{}\n--- stderr (first 6000 bytes) ---\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout[..out.stdout.len().min(6000)]),
        String::from_utf8_lossy(&out.stderr[..out.stderr.len().min(6000)])
    )
}

fn build_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("pyport_runtime_bigint");
    std::fs::create_dir_all(&dir).expect("create build dir");
    dir
}

/// Builds bigint_test once per test binary run; the header must compile without warnings.
fn bigint_test() -> &'static Path {
    static EXE: OnceLock<PathBuf> = OnceLock::new();
    EXE.get_or_init(|| {
        let dir = build_dir();
        // Build under a private name, then rename: concurrent test runs never see a partial file.
        let tmp = dir.join(format!("bigint_test.{}.tmp", std::process::id()));
        let exe = dir.join("bigint_test");
        let cxx = std::env::var("CXX").unwrap_or_else(|_| "g++".to_string());
        let out = run(Command::new(&cxx)
            .args(["-std=c++20", "-O2", "-ffp-contract=off", "-Wall", "-Wextra", "-Werror"])
            .arg("-I")
            .arg(crate_dir().join("runtime"))
            .arg(crate_dir().join("runtime_tests/bigint_test.cpp"))
            .arg("-o")
            .arg(&tmp));
        assert!(out.status.success(), "compiling bigint_test.cpp failed:\n{}", show(&out));
        std::fs::rename(&tmp, &exe).expect("install bigint_test");
        exe
    })
}

#[test]
fn bigint_unit_checks_pass() {
    let out = run(&mut Command::new(bigint_test()));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains(" passed, 0 failed"),
        "bigint_test unit checks failed:\n{}",
        show(&out)
    );
}

#[test]
fn bigint_cases_match_cpython() {
    let cases = build_dir().join(format!("cases.{}.txt", std::process::id()));
    let gen = run(Command::new("python3")
        .arg(crate_dir().join("runtime_tests/bigint_cases.py"))
        .arg(&cases));
    assert!(gen.status.success(), "bigint_cases.py failed:\n{}", show(&gen));
    let out = run(Command::new(bigint_test()).arg("--cases").arg(&cases));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let summary = stdout.lines().last().unwrap_or("");
    assert!(
        out.status.success() && summary.ends_with(" passed, 0 failed"),
        "py::Int differs from CPython (cases kept in {}):\n{}",
        cases.display(),
        show(&out)
    );
    // A vacuous run (an empty or truncated case file) must not pass.
    let passed: usize = summary
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(passed > 40_000, "too few cases ran: {summary}");
    let _ = std::fs::remove_file(&cases);
}
