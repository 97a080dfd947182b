//! Checks the container runtime (runtime/pyport/{hash,dict,set,collections}.hpp): compiles
//! runtime_tests/containers_test.cpp, runs its unit checks, and compares its `--cases` output
//! with CPython 3.11 running runtime_tests/containers_cases.py (set iteration orders, hashes,
//! dict orders, Counter/deque/heapq/bisect results and error messages).

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

/// Builds containers_test once per test binary run.
fn containers_test() -> &'static Path {
    static EXE: OnceLock<PathBuf> = OnceLock::new();
    EXE.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("pyport_runtime_containers");
        std::fs::create_dir_all(&dir).expect("create build dir");
        // Build under a private name, then rename: concurrent test runs never see a partial file.
        let tmp = dir.join(format!("containers_test.{}.tmp", std::process::id()));
        let exe = dir.join("containers_test");
        let cxx = std::env::var("CXX").unwrap_or_else(|_| "g++".to_string());
        let out = run(Command::new(&cxx)
            .args(["-std=c++20", "-O2", "-ffp-contract=off", "-Wall", "-Wextra", "-Werror"])
            .arg("-I")
            .arg(crate_dir().join("runtime"))
            .arg(crate_dir().join("runtime_tests/containers_test.cpp"))
            .arg("-o")
            .arg(&tmp));
        assert!(out.status.success(), "compiling containers_test.cpp failed:\n{}", show(&out));
        std::fs::rename(&tmp, &exe).expect("install containers_test");
        exe
    })
}

#[test]
fn containers_unit_checks_pass() {
    let out = run(&mut Command::new(containers_test()));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains(" passed, 0 failed"),
        "containers_test unit checks failed:\n{}",
        show(&out)
    );
}

#[test]
fn containers_cases_match_cpython() {
    let expected = run(Command::new("python3").arg(crate_dir().join("runtime_tests/containers_cases.py")));
    assert!(expected.status.success(), "containers_cases.py failed:\n{}", show(&expected));
    let actual = run(Command::new(containers_test()).arg("--cases"));
    assert!(actual.status.success(), "containers_test --cases failed:\n{}", show(&actual));
    let want = String::from_utf8_lossy(&expected.stdout);
    let got = String::from_utf8_lossy(&actual.stdout);
    // Guard against both sides printing nothing (or the same truncated output).
    assert!(want.lines().count() > 900, "containers_cases.py printed too little:\n{want}");
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
            "pyport containers differ from CPython ({} vs {} lines):\n{report}",
            want.lines().count(),
            got.lines().count()
        );
    }
}
