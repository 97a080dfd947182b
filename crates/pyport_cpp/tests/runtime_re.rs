//! Checks the `re` engine of the C++ runtime (runtime/pyport/re.hpp): compiles
//! runtime_tests/re_test.cpp, runs its unit checks, and compares its `--cases` output with
//! CPython 3.11 running runtime_tests/re_cases.py over the same cases (runtime_tests/re_cases.txt).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

mod common;

/// Builds re_test once per test binary run.
fn re_test() -> &'static Path {
    static EXE: OnceLock<PathBuf> = OnceLock::new();
    EXE.get_or_init(|| common::build_test("re", &[]))
}

#[test]
fn re_unit_checks_pass() {
    common::assert_unit_checks_pass(re_test());
}

#[test]
fn re_cases_match_cpython() {
    // Guard against a vacuous pass: CPython must have run every case.
    common::assert_cases_match_cpython(re_test(), "re_cases.py", |out| out.lines().count() >= 200 && out.contains("\ncase 60 "));
}
