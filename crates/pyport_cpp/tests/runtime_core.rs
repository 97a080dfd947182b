//! Checks the core C++ runtime (runtime/pyport/*.hpp besides numfmt): compiles
//! runtime_tests/core_test.cpp, runs its unit checks, compares its `--cases` output with
//! CPython 3.11 running runtime_tests/core_cases.py, and runs program-entry scenarios.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
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

/// Builds core_test once per test binary run.
fn core_test() -> &'static Path {
    static EXE: OnceLock<PathBuf> = OnceLock::new();
    EXE.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("pyport_runtime_core");
        std::fs::create_dir_all(&dir).expect("create build dir");
        // Build under a private name, then rename: concurrent test runs never see a partial file.
        let tmp = dir.join(format!("core_test.{}.tmp", std::process::id()));
        let exe = dir.join("core_test");
        let cxx = std::env::var("CXX").unwrap_or_else(|_| "g++".to_string());
        let out = run(Command::new(&cxx)
            .args(["-std=c++20", "-O2", "-ffp-contract=off", "-Wall", "-Wextra", "-Werror"])
            .arg("-I")
            .arg(crate_dir().join("runtime"))
            .arg(crate_dir().join("runtime_tests/core_test.cpp"))
            .arg("-o")
            .arg(&tmp));
        assert!(out.status.success(), "compiling core_test.cpp failed:\n{}", show(&out));
        std::fs::rename(&tmp, &exe).expect("install core_test");
        exe
    })
}

#[test]
fn core_unit_checks_pass() {
    let out = run(&mut Command::new(core_test()));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains(" passed, 0 failed"),
        "core_test unit checks failed:\n{}",
        show(&out)
    );
}

#[test]
fn core_cases_match_cpython() {
    let expected = run(Command::new("python3").arg(crate_dir().join("runtime_tests/core_cases.py")));
    assert!(expected.status.success(), "core_cases.py failed:\n{}", show(&expected));
    let actual = run(Command::new(core_test()).arg("--cases"));
    assert!(actual.status.success(), "core_test --cases failed:\n{}", show(&actual));
    if expected.stdout != actual.stdout {
        let want = String::from_utf8_lossy(&expected.stdout);
        let got = String::from_utf8_lossy(&actual.stdout);
        let mut report = String::new();
        let mut shown = 0;
        for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
            if w != g && shown < 20 {
                report += &format!("line {}:\n  cpython: {w}\n  pyport:  {g}\n", i + 1);
                shown += 1;
            }
        }
        panic!(
            "pyport runtime differs from CPython ({} vs {} lines):\n{report}",
            want.lines().count(),
            got.lines().count()
        );
    }
}

fn scenario(name: &str, args: &[&str]) -> Output {
    run(Command::new(core_test()).args(["--run", name]).args(args))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn run_main_normal_exit() {
    let out = scenario("ok", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", show(&out));
    assert_eq!(text(&out.stdout), "hello 1 2.5\na-b!\n");
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn run_main_traceback() {
    let out = scenario("exc", &[]);
    assert_eq!(out.status.code(), Some(1), "{}", show(&out));
    assert_eq!(text(&out.stdout), "before\n");
    assert_eq!(
        text(&out.stderr),
        "Traceback (most recent call last):\n  File \"prog.py\", line ?, in <module>\nValueError: bad value\n"
    );
    let out = scenario("exc_empty", &[]);
    assert_eq!(out.status.code(), Some(1), "{}", show(&out));
    assert!(text(&out.stderr).ends_with("in <module>\nIndexError\n"), "{}", show(&out));
    let out = scenario("memory", &[]);
    assert_eq!(out.status.code(), Some(1), "{}", show(&out));
    assert!(text(&out.stderr).ends_with("in <module>\nMemoryError\n"), "{}", show(&out));
}

#[test]
fn run_main_limit() {
    let out = scenario("limit", &[]);
    assert_eq!(out.status.code(), Some(1), "{}", show(&out));
    assert_eq!(text(&out.stdout), "partial\n");
    assert_eq!(
        text(&out.stderr),
        "pyport: error: integer overflow on line 12: the result of `+` does not fit in 64 bits (big integers \
         are not supported yet)\npyport: the program stopped because a value left what the builtin engine can \
         represent exactly; CPython would have continued\n"
    );
}

#[test]
fn run_main_sys_exit_argv_stderr() {
    let out = scenario("exit3", &[]);
    assert_eq!(out.status.code(), Some(3), "{}", show(&out));
    assert_eq!(text(&out.stdout), "x\n");
    let out = scenario("argv", &["a", "b c"]);
    assert_eq!(out.status.code(), Some(0), "{}", show(&out));
    assert_eq!(text(&out.stdout), "['prog.py', 'a', 'b c']\n");
    let out = scenario("stderr", &[]);
    assert_eq!(text(&out.stdout), "out\n");
    assert_eq!(text(&out.stderr), "err 1\n");
}

#[test]
fn run_main_deep_recursion_and_big_output() {
    let out = scenario("deep", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", show(&out));
    assert_eq!(text(&out.stdout), "3000000\n");
    let out = scenario("big", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", show(&out));
    let s = text(&out.stdout);
    assert_eq!(s.lines().count(), 1_000_000);
    assert!(s.starts_with("0 line\n1 line\n") && s.ends_with("\n999999 line\n"));
}

#[test]
fn run_main_broken_pipe_is_quiet() {
    let mut child = Command::new(core_test())
        .args(["--run", "big"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn core_test");
    let mut stdout = child.stdout.take().unwrap();
    let mut buf = [0u8; 100];
    stdout.read_exact(&mut buf).expect("read some output");
    drop(stdout);
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(1), "{}", show(&out));
    assert_eq!(text(&out.stderr), "");
}
