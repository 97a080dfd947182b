//! Checks the big-integer runtime (runtime/pyport/bigint.hpp): compiles
//! runtime_tests/bigint_test.cpp warning-free, runs its unit checks, and runs it on the cases
//! CPython 3.11 computes in runtime_tests/bigint_cases.py (tens of thousands of random
//! operations on ints from 1 to ~60000 bits, plus edge values and error messages).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

mod common;
use common::{crate_dir, run, show};

/// Builds bigint_test once per test binary run; the header must compile without warnings.
fn bigint_test() -> &'static Path {
    static EXE: OnceLock<PathBuf> = OnceLock::new();
    EXE.get_or_init(|| common::build_test("bigint", &[]))
}

#[test]
fn bigint_unit_checks_pass() {
    common::assert_unit_checks_pass(bigint_test());
}

#[test]
fn bigint_cases_match_cpython() {
    let cases = common::build_dir("bigint").join(format!("cases.{}.txt", std::process::id()));
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
