//! Checks the `random` module of the C++ runtime (runtime/pyport/random.hpp): compiles
//! runtime_tests/random_test.cpp, runs its unit checks, and compares its `--cases` output with
//! CPython 3.11 running runtime_tests/random_cases.py (same seeds, same calls, same order).

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
        "status {}\n--- stdout (first 4000 bytes) ---\n{}\n--- stderr ---\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout[..out.stdout.len().min(4000)]),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Builds random_test once per test binary run.
fn random_test() -> &'static Path {
    static EXE: OnceLock<PathBuf> = OnceLock::new();
    EXE.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("pyport_runtime_random");
        std::fs::create_dir_all(&dir).expect("create build dir");
        // Build under a private name, then rename: concurrent test runs never see a partial file.
        let tmp = dir.join(format!("random_test.{}.tmp", std::process::id()));
        let exe = dir.join("random_test");
        let cxx = std::env::var("CXX").unwrap_or_else(|_| "g++".to_string());
        let out = run(Command::new(&cxx)
            .args(["-std=c++20", "-O2", "-ffp-contract=off", "-Wall", "-Wextra", "-Werror"])
            .arg("-I")
            .arg(crate_dir().join("runtime"))
            .arg(crate_dir().join("runtime_tests/random_test.cpp"))
            .arg("-o")
            .arg(&tmp));
        assert!(out.status.success(), "compiling random_test.cpp failed:\n{}", show(&out));
        std::fs::rename(&tmp, &exe).expect("install random_test");
        exe
    })
}

#[test]
fn random_unit_checks_pass() {
    let out = run(&mut Command::new(random_test()));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains(" passed, 0 failed"),
        "random_test unit checks failed:\n{}",
        show(&out)
    );
}

#[test]
fn random_cases_match_cpython() {
    let expected = run(Command::new("python3").arg(crate_dir().join("runtime_tests/random_cases.py")));
    assert!(expected.status.success(), "random_cases.py failed:\n{}", show(&expected));
    let actual = run(Command::new(random_test()).arg("--cases"));
    assert!(actual.status.success(), "random_test --cases failed:\n{}", show(&actual));
    let want = String::from_utf8_lossy(&expected.stdout);
    let got = String::from_utf8_lossy(&actual.stdout);
    // Guard against a vacuous pass: both sides must have run the whole script.
    assert!(
        want.lines().count() > 1000 && want.contains("\nerror after errors ok "),
        "random_cases.py printed too little:\n{}",
        show(&expected)
    );
    if expected.stdout != actual.stdout {
        let mut report = String::new();
        let mut shown = 0;
        for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
            if w != g && shown < 20 {
                report += &format!("line {}:\n  cpython: {w}\n  pyport:  {g}\n", i + 1);
                shown += 1;
            }
        }
        panic!(
            "pyport's random differs from CPython ({} vs {} lines):\n{report}",
            want.lines().count(),
            got.lines().count()
        );
    }
}
