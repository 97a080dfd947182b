//! Checks the core C++ runtime (runtime/pyport/*.hpp besides numfmt): compiles
//! runtime_tests/core_test.cpp, runs its unit checks, compares its `--cases` output with
//! CPython 3.11 running runtime_tests/core_cases.py, and runs program-entry scenarios.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

mod common;
use common::{run, show};

/// Builds core_test once per test binary run.
fn core_test() -> &'static Path {
    static EXE: OnceLock<PathBuf> = OnceLock::new();
    EXE.get_or_init(|| common::build_test("core", &[]))
}

#[test]
fn core_unit_checks_pass() {
    common::assert_unit_checks_pass(core_test());
}

#[test]
fn core_cases_match_cpython() {
    common::assert_cases_match_cpython(core_test(), "core_cases.py", |out| out.lines().count() > 30_000);
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
        "pyport: error: integer overflow on line 12: the result of `sum()` does not fit in 64 bits (pyport \
         computes this value in 64 bits)\npyport: the program stopped at a limit of the builtin engine where CPython \
         would have continued; `--engine auto` can hand the program to an LLM\n"
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
