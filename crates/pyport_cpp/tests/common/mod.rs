//! What the runtime tests share: building a `runtime_tests/*_test.cpp` once per test binary,
//! running commands, and comparing a test program's `--cases` output with CPython's.
#![allow(dead_code)] // Each test binary uses its own subset.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `cmd` to completion, panicking with the command when it cannot start.
pub fn run(cmd: &mut Command) -> Output {
    cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

/// A run's status, stdout and stderr (each cut at 6000 bytes) for assertion messages.
pub fn show(out: &Output) -> String {
    format!(
        "status {}\n--- stdout (first 6000 bytes) ---\n{}\n--- stderr (first 6000 bytes) ---\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout[..out.stdout.len().min(6000)]),
        String::from_utf8_lossy(&out.stderr[..out.stderr.len().min(6000)])
    )
}

/// `$CARGO_TARGET_TMPDIR/pyport_runtime_<name>`, created.
pub fn build_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("pyport_runtime_{name}"));
    std::fs::create_dir_all(&dir).expect("create build dir");
    dir
}

/// Compiles `runtime_tests/<name>_test.cpp` warning-free with the runtime on the include path;
/// `extra` flags come before the source. Call it from a `OnceLock` so each binary builds once.
pub fn build_test(name: &str, extra: &[&str]) -> PathBuf {
    let dir = build_dir(name);
    // Build under a private name, then rename: concurrent test runs never see a partial file.
    let tmp = dir.join(format!("{name}_test.{}.tmp", std::process::id()));
    let exe = dir.join(format!("{name}_test"));
    let cxx = std::env::var("CXX").unwrap_or_else(|_| "g++".to_string());
    let out = run(Command::new(&cxx)
        .args(["-std=c++20", "-O2", "-ffp-contract=off", "-Wall", "-Wextra", "-Werror"])
        .args(extra)
        .arg("-I")
        .arg(crate_dir().join("runtime"))
        .arg(crate_dir().join(format!("runtime_tests/{name}_test.cpp")))
        .arg("-o")
        .arg(&tmp));
    assert!(out.status.success(), "compiling {name}_test.cpp failed:\n{}", show(&out));
    std::fs::rename(&tmp, &exe).unwrap_or_else(|e| panic!("cannot install {name}_test: {e}"));
    exe
}

/// Runs a test program without arguments: its unit checks must end with " passed, 0 failed".
pub fn assert_unit_checks_pass(exe: &Path) {
    let out = run(&mut Command::new(exe));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains(" passed, 0 failed"),
        "{} unit checks failed:\n{}",
        exe.display(),
        show(&out)
    );
}

/// Runs `runtime_tests/<cases_py>` under CPython and `exe --cases`, and asserts the outputs
/// are identical, showing the first 20 differing lines. `enough` guards against a vacuous pass
/// (both sides printing nothing, or the same truncated output): it sees CPython's output.
pub fn assert_cases_match_cpython(exe: &Path, cases_py: &str, enough: impl Fn(&str) -> bool) {
    // Seed 0: the str hashes the runtime computes (and the harness gives every CPython child).
    let expected = run(Command::new("python3").env("PYTHONHASHSEED", "0").arg(crate_dir().join("runtime_tests").join(cases_py)));
    assert!(expected.status.success(), "{cases_py} failed:\n{}", show(&expected));
    let actual = run(Command::new(exe).arg("--cases"));
    assert!(actual.status.success(), "{} --cases failed:\n{}", exe.display(), show(&actual));
    let want = String::from_utf8_lossy(&expected.stdout);
    assert!(enough(&want), "{cases_py} printed too little:\n{}", show(&expected));
    assert_same_output(cases_py, &expected.stdout, &actual.stdout);
}

/// Asserts that `actual` (pyport's output) is `expected` (CPython's), showing the first 20
/// differing lines.
pub fn assert_same_output(what: &str, expected: &[u8], actual: &[u8]) {
    if expected == actual {
        return;
    }
    let want = String::from_utf8_lossy(expected);
    let got = String::from_utf8_lossy(actual);
    let mut report = String::new();
    let mut shown = 0;
    for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        if w != g && shown < 20 {
            report += &format!("line {}:\n  cpython: {w}\n  pyport:  {g}\n", i + 1);
            shown += 1;
        }
    }
    panic!("{what}: the runtime differs from CPython ({} vs {} lines):\n{report}", want.lines().count(), got.lines().count());
}
