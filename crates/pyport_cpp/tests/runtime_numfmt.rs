//! Checks the C++ runtime's number formatting (runtime/pyport/numfmt.hpp) against CPython 3.11:
//! generates cases with python3, compiles the C++ checker and runs it on them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{SystemTime, UNIX_EPOCH};

/// A fresh directory under the system temp dir, removed on drop (kept if the test fails, so
/// the cases and the binary can be inspected).
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let dir =
            std::env::temp_dir().join(format!("pyport_numfmt_{}_{}", std::process::id(), nanos));
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

fn run(cmd: &mut Command) -> Output {
    cmd.output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

fn check(what: &str, out: &Output) {
    assert!(
        out.status.success(),
        "{what} failed ({}):\n--- stdout ---\n{}\n--- stderr ---\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn numfmt_matches_cpython() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = TempDir::new();
    let cases = tmp.0.join("cases.txt");
    let exe = tmp.0.join("numfmt_test");

    let gen = run(Command::new("python3")
        .arg(crate_dir.join("runtime_tests/numfmt_cases.py"))
        .arg(&cases));
    check("numfmt_cases.py", &gen);

    let cxx = std::env::var("CXX").unwrap_or_else(|_| "g++".to_string());
    let build = run(Command::new(&cxx)
        .args([
            "-std=c++20",
            "-O2",
            "-Wall",
            "-Wextra",
            "-ffp-contract=off",
            "-I",
        ])
        .arg(crate_dir.join("runtime"))
        .arg(crate_dir.join("runtime_tests/numfmt_test.cpp"))
        .arg("-o")
        .arg(&exe));
    check(&format!("compiling numfmt_test.cpp with {cxx}"), &build);
    // The header must stay warning-free.
    let warnings = String::from_utf8_lossy(&build.stderr);
    assert!(
        warnings.trim().is_empty(),
        "numfmt_test.cpp compiled with warnings:\n{warnings}"
    );

    let test = run(Command::new(&exe).arg(&cases));
    check("numfmt_test (mismatches against CPython)", &test);
    let summary = String::from_utf8_lossy(&test.stdout);
    assert!(
        summary.trim_end().ends_with(" 0 failed"),
        "unexpected summary:\n{summary}"
    );
}
