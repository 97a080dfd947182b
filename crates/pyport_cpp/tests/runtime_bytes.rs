//! Checks the bytes/bytearray runtime (runtime/pyport/bytes.hpp): compiles
//! runtime_tests/bytes_test.cpp, runs its unit checks, and compares its `--cases` output with
//! CPython 3.11 running runtime_tests/bytes_cases.py (reprs, codec errors, int.to_bytes/from_bytes).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

mod common;

/// Builds bytes_test once per test binary run.
fn bytes_test() -> &'static Path {
    static EXE: OnceLock<PathBuf> = OnceLock::new();
    EXE.get_or_init(|| common::build_test("bytes", &[]))
}

#[test]
fn bytes_unit_checks_pass() {
    common::assert_unit_checks_pass(bytes_test());
}

#[test]
fn bytes_cases_match_cpython() {
    // Guard against a vacuous pass: CPython must have run the whole script.
    common::assert_cases_match_cpython(bytes_test(), "bytes_cases.py", |out| out.lines().count() > 8000);
}
