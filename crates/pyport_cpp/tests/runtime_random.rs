//! Checks the `random` module of the C++ runtime (runtime/pyport/random.hpp): compiles
//! runtime_tests/random_test.cpp, runs its unit checks, and compares its `--cases` output with
//! CPython 3.11 running runtime_tests/random_cases.py (same seeds, same calls, same order).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

mod common;

/// Builds random_test once per test binary run.
fn random_test() -> &'static Path {
    static EXE: OnceLock<PathBuf> = OnceLock::new();
    EXE.get_or_init(|| common::build_test("random", &[]))
}

#[test]
fn random_unit_checks_pass() {
    common::assert_unit_checks_pass(random_test());
}

#[test]
fn random_cases_match_cpython() {
    // Guard against a vacuous pass: CPython must have run the whole script.
    common::assert_cases_match_cpython(random_test(), "random_cases.py", |out| out.lines().count() > 1000 && out.contains("\nerror after errors ok "));
}
