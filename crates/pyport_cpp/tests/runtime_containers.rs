//! Checks the container runtime (runtime/pyport/{hash,dict,set,collections}.hpp): compiles
//! runtime_tests/containers_test.cpp, runs its unit checks, and compares its `--cases` output
//! with CPython 3.11 running runtime_tests/containers_cases.py (set iteration orders, hashes,
//! dict orders, Counter/deque/heapq/bisect results and error messages).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

mod common;

/// Builds containers_test once per test binary run.
fn containers_test() -> &'static Path {
    static EXE: OnceLock<PathBuf> = OnceLock::new();
    EXE.get_or_init(|| common::build_test("containers", &[]))
}

#[test]
fn containers_unit_checks_pass() {
    common::assert_unit_checks_pass(containers_test());
}

#[test]
fn containers_cases_match_cpython() {
    // Guard against a vacuous pass: CPython must have run the whole script.
    common::assert_cases_match_cpython(containers_test(), "containers_cases.py", |out| out.lines().count() > 900);
}
