//! Integration tests for pyport_exec with real processes: runs, limits, compiling, verifying, timing.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use pyport_exec::{
    compile_cxx, cxxflags, find_cxx, find_python, run, time_repeated, verify, CompilerKind,
    ExecError, Limits, RunOutcome, RunSpec, Termination, Verdict, VerifyOptions,
};

/// A spec running `script` with `/bin/sh -c`.
fn sh(script: &str) -> RunSpec {
    RunSpec {
        args: vec!["-c".to_string(), script.to_string()],
        ..RunSpec::new("/bin/sh")
    }
}

fn stdout_text(outcome: &RunOutcome) -> String {
    String::from_utf8(outcome.stdout.clone()).expect("utf-8 stdout")
}

/// Polls `done` every 20 ms until it holds or `limit` passes; reports whether it held.
fn wait_until(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    loop {
        if done() {
            return true;
        }
        if Instant::now() > deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Whether a process group no longer has members that could still run.
///
/// `kill(-pgid, 0)` failing is the clean answer. Orphaned grandchildren are
/// reaped by PID 1, and a container's init may do that lazily; until then their
/// zombies still count for `kill`, so a group of zombies only is also gone.
fn group_is_gone(pgid: i32) -> bool {
    if unsafe { libc::kill(-pgid, 0) } != 0 {
        return true;
    }
    let live = std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|entry| std::fs::read_to_string(entry.ok()?.path().join("stat")).ok())
        .filter(|stat| {
            // "pid (comm) state ppid pgrp ..."; comm may contain spaces and parentheses.
            let rest = &stat[stat.rfind(')').unwrap() + 2..];
            let fields: Vec<&str> = rest.split_whitespace().collect();
            fields[2].parse::<i32>() == Ok(pgid) && fields[0] != "Z"
        })
        .count();
    live == 0
}

#[test]
fn exit_codes_and_stdout_are_reported() {
    let outcome = run(&sh("echo hello; echo oops >&2; exit 3")).unwrap();
    assert_eq!(outcome.termination, Termination::Exited(3));
    assert_eq!(stdout_text(&outcome), "hello\n");
    assert_eq!(outcome.stderr, b"oops\n");
    assert!(!outcome.stdout_truncated && !outcome.stderr_truncated);

    let ok = run(&sh("true")).unwrap();
    assert!(ok.termination.is_success());
    assert_eq!(ok.termination.to_string(), "exit status 0");
}

#[test]
fn signals_are_named() {
    let outcome = run(&sh("echo before; kill -SEGV $$")).unwrap();
    assert_eq!(
        outcome.termination,
        Termination::Signaled {
            signal: libc::SIGSEGV,
            name: "SIGSEGV".to_string()
        }
    );
    assert_eq!(outcome.termination.to_string(), "killed by SIGSEGV");
    assert_eq!(stdout_text(&outcome), "before\n");

    let aborted = run(&sh("kill -ABRT $$")).unwrap();
    assert_eq!(aborted.termination.to_string(), "killed by SIGABRT");
}

#[test]
fn wall_limit_kills_the_whole_process_group() {
    let mut spec = sh("echo $$; sleep 100 & sleep 100");
    spec.limits.wall = Duration::from_secs(1);
    let started = Instant::now();
    let outcome = run(&spec).unwrap();
    let elapsed = started.elapsed();

    assert_eq!(outcome.termination, Termination::TimedOut);
    assert_eq!(outcome.termination.to_string(), "timed out");
    assert!(outcome.wall >= Duration::from_secs(1), "{:?}", outcome.wall);
    assert!(elapsed < Duration::from_secs(10), "run took {elapsed:?}");

    let pgid: i32 = stdout_text(&outcome).trim().parse().unwrap();
    assert!(
        wait_until(Duration::from_secs(5), || group_is_gone(pgid)),
        "processes of group {pgid} survived the timeout"
    );
}

#[test]
fn plain_sleep_times_out() {
    let mut spec = sh("sleep 30");
    spec.limits.wall = Duration::from_secs(1);
    let started = Instant::now();
    let outcome = run(&spec).unwrap();
    assert_eq!(outcome.termination, Termination::TimedOut);
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn stray_grandchildren_are_killed_after_a_normal_exit() {
    let outcome = run(&sh("echo $$; sleep 100 >/dev/null 2>&1 &")).unwrap();
    assert_eq!(outcome.termination, Termination::Exited(0));
    let pgid: i32 = stdout_text(&outcome).trim().parse().unwrap();
    assert!(
        wait_until(Duration::from_secs(5), || group_is_gone(pgid)),
        "background process of group {pgid} survived"
    );
}

#[test]
fn a_grandchild_that_leaves_the_group_cannot_hang_the_run() {
    // The escaped `sleep` keeps stdout open; run() must give up on the pipe.
    let started = Instant::now();
    let outcome = run(&sh("setsid sleep 30 & echo $!")).unwrap();
    let elapsed = started.elapsed();
    let escaped: i32 = stdout_text(&outcome).trim().parse().unwrap();
    unsafe { libc::kill(escaped, libc::SIGKILL) };
    assert_eq!(outcome.termination, Termination::Exited(0));
    assert!(elapsed < Duration::from_secs(15), "run took {elapsed:?}");
}

#[test]
fn output_is_capped_without_blocking_the_child() {
    let mut spec = sh("yes | head -c 50M; echo done >&2");
    spec.limits.output_bytes = 1 << 20;
    let outcome = run(&spec).unwrap();
    assert_eq!(outcome.termination, Termination::Exited(0));
    assert_eq!(outcome.stdout.len(), 1 << 20);
    assert!(outcome.stdout_truncated);
    assert!(outcome.stdout.starts_with(b"y\ny\n"));
    assert_eq!(outcome.stderr, b"done\n");
    assert!(!outcome.stderr_truncated);
}

#[test]
fn stdin_is_passed_or_empty() {
    let mut spec = RunSpec::new("cat");
    spec.stdin = Some(b"hello\nworld\n".to_vec());
    assert_eq!(run(&spec).unwrap().stdout, b"hello\nworld\n");

    // More than a pipe buffer, so the writer and the readers must overlap.
    let big: Vec<u8> = (0..3_000_000u32).map(|i| b'a' + (i % 26) as u8).collect();
    spec.stdin = Some(big.clone());
    let outcome = run(&spec).unwrap();
    assert_eq!(outcome.stdout.len(), big.len());
    assert!(outcome.stdout == big);

    // A child that never reads its input must not hang or hurt us.
    let mut ignores = sh("exit 0");
    ignores.stdin = Some(big);
    assert_eq!(run(&ignores).unwrap().termination, Termination::Exited(0));

    // Without input, stdin is /dev/null: `cat` ends at once.
    assert_eq!(run(&RunSpec::new("cat")).unwrap().stdout, b"");
}

#[test]
fn environment_is_scrubbed() {
    // Edition 2021: `set_var` is safe; std serializes environment access.
    std::env::set_var("FOO_API_KEY", "secret-value");
    let dir = tempfile::tempdir().unwrap();
    let mut spec = sh(
        r#"echo "key=[$FOO_API_KEY]"; echo "home=$HOME"; echo "io=$PYTHONIOENCODING"; pwd; env"#,
    );
    spec.cwd = Some(dir.path().to_path_buf());
    let outcome = run(&spec).unwrap();
    let text = stdout_text(&outcome);
    assert!(text.contains("key=[]\n"), "{text}");
    assert!(!text.contains("secret-value"), "{text}");
    let home = format!("home={}\n", dir.path().display());
    assert!(text.contains(&home), "{text}");
    assert!(
        text.contains(&format!("{}\n", dir.path().display())),
        "{text}"
    );
    let io = std::env::var("PYTHONIOENCODING").unwrap_or_else(|_| "utf-8".to_string());
    assert!(text.contains(&format!("io={io}\n")), "{text}");
    assert!(!text.contains("PYENV_ROOT="), "{text}");
    // CPython's str hashes (and set orders) are the ones the runtime reproduces.
    assert!(text.contains("PYTHONHASHSEED=0\n"), "{text}");
}

#[test]
fn a_missing_program_is_a_spawn_error() {
    let err = run(&RunSpec::new("/nonexistent/prog")).unwrap_err();
    assert!(matches!(err, ExecError::Spawn { .. }), "{err:?}");
    assert!(err.to_string().contains("`/nonexistent/prog`"), "{err}");
}

/// An error and its sources joined by ": ", as `anyhow`'s `{:#}` prints them.
fn chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(e) = source {
        text.push_str(": ");
        text.push_str(&e.to_string());
        source = e.source();
    }
    text
}

#[test]
fn errors_print_their_reason_once() {
    let err = run(&RunSpec::new("/nonexistent/prog")).unwrap_err();
    let printed = chain(&err);
    assert!(
        printed.starts_with("cannot run `/nonexistent/prog`: "),
        "{printed}"
    );
    assert_eq!(
        printed.matches("No such file or directory").count(),
        1,
        "{printed}"
    );

    let io = ExecError::Io {
        context: "cannot wait for `prog`".to_string(),
        source: std::io::Error::other("interrupted for the test"),
    };
    assert_eq!(
        chain(&io),
        "cannot wait for `prog`: interrupted for the test"
    );

    let bad = VerifyOptions {
        ignore_line_patterns: vec!["(unclosed".to_string()],
        ..VerifyOptions::default()
    };
    let err = verify(&exited(""), &exited(""), &bad).unwrap_err();
    assert_eq!(
        chain(&err),
        "invalid ignore-line pattern `(unclosed`: unclosed group"
    );
}

#[test]
fn ignore_patterns_can_be_checked_before_any_run() {
    let ok = ["^stamp ".to_string(), r"\d+ ms$".to_string()];
    assert!(pyport_exec::verify::check_ignore_patterns(&ok).is_ok());
    let bad = ["ok".to_string(), "a{2".to_string()];
    let err = pyport_exec::verify::check_ignore_patterns(&bad).unwrap_err();
    match &err {
        ExecError::BadPattern { pattern, reason } => {
            assert_eq!(pattern, "a{2");
            assert!(!reason.is_empty() && !reason.contains('\n'), "{reason:?}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn cpu_limit_stops_a_busy_loop() {
    let mut spec = sh("while :; do :; done");
    spec.limits.cpu = Duration::from_millis(500); // rounded up to 1 s
    spec.limits.wall = Duration::from_secs(30);
    let outcome = run(&spec).unwrap();
    assert_eq!(outcome.termination.to_string(), "killed by SIGXCPU");
    // The kernel's CPU accounting is coarse: only check that the loop did burn CPU before SIGXCPU.
    assert!(
        outcome.cpu >= Duration::from_millis(300),
        "{:?}",
        outcome.cpu
    );
}

#[test]
fn memory_limit_and_rusage() {
    let python = find_python(None).unwrap();
    let mut spec = RunSpec::new(&python.path);
    spec.args = vec!["-c".into(), "x = bytearray(2 * 1024**3)".into()];
    spec.limits.memory_bytes = Some(512 << 20);
    let outcome = run(&spec).unwrap();
    assert_eq!(outcome.termination, Termination::Exited(1));
    assert!(
        String::from_utf8_lossy(&outcome.stderr).contains("MemoryError"),
        "{}",
        String::from_utf8_lossy(&outcome.stderr)
    );

    // Bytes filled with data, so the pages are really touched.
    spec.args = vec![
        "-c".into(),
        "x = b'x' * (64 * 1024**2); print(len(x))".into(),
    ];
    let outcome = run(&spec).unwrap();
    assert_eq!(stdout_text(&outcome), "67108864\n");
    assert!(outcome.max_rss_kib >= 64 * 1024, "{}", outcome.max_rss_kib);
}

#[test]
fn python_is_found() {
    let python = find_python(None).unwrap();
    assert!(python.version.starts_with("3."), "{}", python.version);
    assert!(
        python.path.is_absolute() && python.path.exists(),
        "{python:?}"
    );

    let err = find_python(Some(Path::new("/nonexistent/python3"))).unwrap_err();
    assert!(matches!(err, ExecError::PythonUnusable { .. }), "{err:?}");
    assert!(err.to_string().contains("`--python`"), "{err}");
}

#[test]
fn compiles_with_gpp() {
    let cxx = find_cxx(Some("g++")).unwrap();
    assert_eq!(cxx.kind, CompilerKind::Gcc);
    assert!(cxx.version.contains('.'), "{}", cxx.version);

    let dir = tempfile::tempdir().unwrap();
    let include = dir.path().join("include");
    std::fs::create_dir(&include).unwrap();
    std::fs::write(
        include.join("greet.hpp"),
        "#define GREETING \"hello from c++\"\n",
    )
    .unwrap();
    let source = dir.path().join("ok.cpp");
    std::fs::write(
        &source,
        "#include <cstdio>\n#include \"greet.hpp\"\nint main() { std::puts(GREETING); return 4; }\n",
    )
    .unwrap();
    let binary = dir.path().join("ok");
    let flags = cxxflags(Some("-O1 -std=c++20"));
    let outcome = compile_cxx(
        &cxx,
        &flags,
        std::slice::from_ref(&include),
        &source,
        &binary,
        &Limits::default(),
    )
    .unwrap();
    assert!(outcome.ok, "{}", outcome.stderr);
    assert!(!outcome.timed_out);
    assert!(
        outcome.command_line.contains("-std=c++20"),
        "{}",
        outcome.command_line
    );
    assert!(outcome
        .command_line
        .contains(&format!("-I{}", include.display())));
    let ran = run(&RunSpec::new(&binary)).unwrap();
    assert_eq!(stdout_text(&ran), "hello from c++\n");
    assert_eq!(ran.termination, Termination::Exited(4));

    let bad = dir.path().join("bad file.cpp");
    std::fs::write(&bad, "int main() { return undeclared_name; }\n").unwrap();
    let outcome = compile_cxx(
        &cxx,
        &flags,
        &[],
        &bad,
        &dir.path().join("bad"),
        &Limits::default(),
    )
    .unwrap();
    assert!(!outcome.ok);
    assert!(
        outcome.stderr.contains("undeclared_name"),
        "{}",
        outcome.stderr
    );
    assert!(
        outcome.command_line.contains("'"),
        "{}",
        outcome.command_line
    );
}

#[test]
fn cxxflags_default_and_explicit() {
    assert_eq!(cxxflags(Some("-O2  -g")), vec!["-O2", "-g"]);
    assert!(cxxflags(Some("")).is_empty());
    let unknown = find_cxx(Some("/nonexistent/g++")).unwrap_err();
    assert!(unknown.to_string().contains("g++"), "{unknown}");
}

fn outcome(stdout: &str, termination: Termination) -> RunOutcome {
    RunOutcome {
        termination,
        stdout: stdout.as_bytes().to_vec(),
        stderr: Vec::new(),
        stdout_truncated: false,
        stderr_truncated: false,
        wall: Duration::ZERO,
        cpu: Duration::ZERO,
        max_rss_kib: 0,
        written_files: Vec::new(),
    }
}

fn exited(stdout: &str) -> RunOutcome {
    outcome(stdout, Termination::Exited(0))
}

#[test]
fn verify_masks_timing_lines() {
    let python = exited("result 42\nExecution Time: 8.57 s\n");
    let port = exited("result 42\nExecution Time: 0.03 s\n");
    let default = VerifyOptions::default();
    assert_eq!(
        verify(&python, &port, &default).unwrap(),
        Verdict::Identical {
            files: vec![],
            masked_lines: 1,
            ignored_lines: 0
        }
    );

    let strict = VerifyOptions {
        strict: true,
        ..VerifyOptions::default()
    };
    assert_eq!(
        verify(&python, &port, &strict).unwrap(),
        Verdict::OutputDiffers {
            file: None,
            line: 2,
            expected: "Execution Time: 8.57 s".to_string(),
            actual: "Execution Time: 0.03 s".to_string(),
            masked_lines: 0,
            ignored_lines: 0,
        }
    );
}

#[test]
fn verify_masks_no_timing_lines_when_the_program_has_no_clock() {
    // A program that never reads a clock prints "time" lines as plain data: they must match.
    let python = exited("arrival time: 2 0\nend\n");
    let port = exited("arrival time: 2 1\nend\n");
    let masking = VerifyOptions::default();
    assert!(masking.mask_timing_lines, "masking is the default");
    assert_eq!(
        verify(&python, &port, &masking).unwrap(),
        Verdict::Identical {
            files: vec![],
            masked_lines: 1,
            ignored_lines: 0
        }
    );

    let no_clock = VerifyOptions {
        mask_timing_lines: false,
        ..VerifyOptions::default()
    };
    assert_eq!(
        verify(&python, &port, &no_clock).unwrap(),
        Verdict::OutputDiffers {
            file: None,
            line: 1,
            expected: "arrival time: 2 0".to_string(),
            actual: "arrival time: 2 1".to_string(),
            masked_lines: 0,
            ignored_lines: 0,
        }
    );
    assert_eq!(
        verify(&python, &python, &no_clock).unwrap(),
        Verdict::Identical {
            files: vec![],
            masked_lines: 0,
            ignored_lines: 0
        },
        "an unmasked timing line is not counted as masked"
    );

    // Ignore patterns still apply without timing masks.
    let ignoring = VerifyOptions {
        mask_timing_lines: false,
        ignore_line_patterns: vec!["^arrival ".to_string()],
        ..VerifyOptions::default()
    };
    assert_eq!(
        verify(&python, &port, &ignoring).unwrap(),
        Verdict::Identical {
            files: vec![],
            masked_lines: 0,
            ignored_lines: 1
        }
    );
    // And `strict` still compares every line, ignore patterns included.
    let strict = VerifyOptions {
        strict: true,
        ..ignoring
    };
    assert!(!verify(&python, &port, &strict).unwrap().is_identical());
}

#[test]
fn verify_counts_ignored_lines_apart_from_masked_ones() {
    let opts = VerifyOptions {
        ignore_line_patterns: vec![r"^stamp ".to_string()],
        ..VerifyOptions::default()
    };
    let verdict = verify(
        &exited("stamp 17.5\ntook 3 ms\nstamp 18.5\nresult 1\n"),
        &exited("stamp 99.5\ntook 1 ms\nstamp 98.5\nresult 2\n"),
        &opts,
    )
    .unwrap();
    assert_eq!(
        verdict,
        Verdict::OutputDiffers {
            file: None,
            line: 4,
            expected: "result 1".to_string(),
            actual: "result 2".to_string(),
            masked_lines: 1,
            ignored_lines: 2,
        }
    );
}

#[test]
fn verify_reports_the_first_differing_line() {
    let verdict = verify(
        &exited("a\nb\ntook 3 ms\nc\n"),
        &exited("a\nb\ntook 1 ms\nX\n"),
        &VerifyOptions::default(),
    )
    .unwrap();
    assert_eq!(
        verdict,
        Verdict::OutputDiffers {
            file: None,
            line: 4,
            expected: "c".to_string(),
            actual: "X".to_string(),
            masked_lines: 1,
            ignored_lines: 0,
        }
    );

    // A non-timing number is never masked.
    let verdict = verify(
        &exited("sum 41\n"),
        &exited("sum 42\n"),
        &VerifyOptions::default(),
    )
    .unwrap();
    assert!(
        matches!(verdict, Verdict::OutputDiffers { line: 1, .. }),
        "{verdict:?}"
    );
}

#[test]
fn verify_reports_end_of_output_and_missing_newline() {
    let verdict = verify(&exited("a\nb\n"), &exited("a\n"), &VerifyOptions::default()).unwrap();
    assert_eq!(
        verdict,
        Verdict::OutputDiffers {
            file: None,
            line: 2,
            expected: "b".to_string(),
            actual: "<end of output>".to_string(),
            masked_lines: 0,
            ignored_lines: 0,
        }
    );
    let verdict = verify(
        &exited("a\n"),
        &exited("a\nextra\n"),
        &VerifyOptions::default(),
    )
    .unwrap();
    assert!(
        matches!(&verdict, Verdict::OutputDiffers { line: 2, expected, .. } if expected == "<end of output>"),
        "{verdict:?}"
    );
    let verdict = verify(&exited("a\n"), &exited("a"), &VerifyOptions::default()).unwrap();
    assert!(
        matches!(&verdict, Verdict::OutputDiffers { line: 1, actual, .. } if actual.contains("no newline")),
        "{verdict:?}"
    );
}

#[test]
fn verify_compares_terminations() {
    let opts = VerifyOptions::default();
    let verdict = verify(
        &exited("x\n"),
        &outcome("x\n", Termination::Exited(1)),
        &opts,
    )
    .unwrap();
    assert_eq!(
        verdict,
        Verdict::ExitStatusDiffers {
            expected: "exit status 0".to_string(),
            actual: "exit status 1".to_string(),
        }
    );
    let segv = || Termination::Signaled {
        signal: libc::SIGSEGV,
        name: "SIGSEGV".to_string(),
    };
    let verdict = verify(&exited("x\n"), &outcome("x\n", segv()), &opts).unwrap();
    assert_eq!(
        verdict,
        Verdict::ExitStatusDiffers {
            expected: "exit status 0".to_string(),
            actual: "killed by SIGSEGV".to_string(),
        }
    );
    // Even agreeing crashes or timeouts never verify.
    assert!(!verify(&outcome("", segv()), &outcome("", segv()), &opts)
        .unwrap()
        .is_identical());
    let timed_out = outcome("", Termination::TimedOut);
    assert!(!verify(&timed_out, &timed_out, &opts)
        .unwrap()
        .is_identical());
    // Agreeing non-zero exits do verify: the Python program meant it.
    let failing = outcome("x\n", Termination::Exited(2));
    assert!(verify(&failing, &failing, &opts).unwrap().is_identical());
}

#[test]
fn verify_ignore_patterns_and_truncation() {
    let opts = VerifyOptions {
        ignore_line_patterns: vec![r"^object at 0x[0-9a-f]+$".to_string()],
        ..VerifyOptions::default()
    };
    let verdict = verify(
        &exited("object at 0x7f00aa\nend\n"),
        &exited("object at 0x55bb\nend\n"),
        &opts,
    )
    .unwrap();
    assert_eq!(
        verdict,
        Verdict::Identical {
            files: vec![],
            masked_lines: 0,
            ignored_lines: 1
        }
    );

    let bad = VerifyOptions {
        ignore_line_patterns: vec!["(unclosed".to_string()],
        ..VerifyOptions::default()
    };
    let err = verify(&exited(""), &exited(""), &bad).unwrap_err();
    assert!(matches!(err, ExecError::BadPattern { .. }), "{err:?}");
    assert!(err.to_string().contains("`(unclosed`"), "{err}");

    let mut cut = exited("y\ny\ny");
    cut.stdout_truncated = true;
    let verdict = verify(&cut, &cut.clone(), &VerifyOptions::default()).unwrap();
    assert!(!verdict.is_identical(), "{verdict:?}");
}

#[test]
fn timing_repeats_within_budget() {
    let spec = sh("true");
    let first = Duration::from_millis(5);
    let timing = time_repeated(&spec, first, Duration::from_millis(300), 5).unwrap();
    assert!((1..=5).contains(&timing.runs), "{timing:?}");
    assert!(
        timing.runs > 1,
        "a 5 ms program fits a 300 ms budget more than once"
    );
    assert!(timing.min <= timing.median);

    // Slower than the budget on its first run: not repeated.
    let slow = time_repeated(&spec, Duration::from_secs(3), Duration::from_secs(2), 20).unwrap();
    assert_eq!(slow.runs, 1);
    assert_eq!(slow.median, Duration::from_secs(3));
    assert_eq!(slow.min, Duration::from_secs(3));

    let crashing = sh("kill -SEGV $$");
    let err = time_repeated(&crashing, first, Duration::from_secs(1), 5).unwrap_err();
    assert!(
        matches!(err, ExecError::TimingRunFailed { run: 2, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("killed by SIGSEGV"), "{err}");
}

#[test]
fn relative_program_paths_ignore_cwd() {
    // A relative program path means relative to our directory, whatever `cwd` is.
    let base = Path::new(env!("CARGO_TARGET_TMPDIR")).join("relative_program");
    let child_cwd = base.join("elsewhere").join("deeper");
    std::fs::create_dir_all(&child_cwd).unwrap();
    let link = base.join("my-sh");
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink("/bin/sh", &link).unwrap();
    let relative = relative_to(&link, &std::env::current_dir().unwrap());
    assert!(relative.is_relative(), "{}", relative.display());

    let mut spec = RunSpec::new(&relative);
    spec.args = vec!["-c".into(), "pwd".into()];
    spec.cwd = Some(child_cwd.clone());
    let outcome = run(&spec).unwrap();
    assert_eq!(stdout_text(&outcome), format!("{}\n", child_cwd.display()));
}

/// `path` expressed relative to the directory `base` (both absolute).
fn relative_to(path: &Path, base: &Path) -> PathBuf {
    let path: Vec<_> = path.components().collect();
    let base: Vec<_> = base.components().collect();
    let common = path.iter().zip(&base).take_while(|(a, b)| a == b).count();
    let mut relative = PathBuf::new();
    for _ in common..base.len() {
        relative.push("..");
    }
    for component in &path[common..] {
        relative.push(component);
    }
    relative
}

#[test]
fn verify_compares_the_error_line_of_failed_runs() {
    let failed = |stdout: &str, stderr: &str| RunOutcome {
        stderr: stderr.as_bytes().to_vec(),
        ..outcome(stdout, Termination::Exited(1))
    };
    let opts = VerifyOptions::default();
    let python = failed(
        "",
        "Traceback (most recent call last):\n  File \"p.py\", line 4, in <module>\nAssertionError: limit too large\n",
    );
    // The same exception with a different traceback above it verifies.
    let same = failed(
        "",
        "Traceback (most recent call last):\n  File \"p.py\", line ?, in <module>\nAssertionError: limit too large\n",
    );
    assert!(verify(&python, &same, &opts).unwrap().is_identical());
    // Same stdout and status, but another error: not verified, and both lines are shown.
    let limit = failed("", "pyport: error: integer overflow\npyport: the program stopped\n");
    assert_eq!(
        verify(&python, &limit, &opts).unwrap(),
        Verdict::ExitStatusDiffers {
            expected: "exit status 1 and `AssertionError: limit too large`".to_string(),
            actual: "exit status 1 and `pyport: the program stopped`".to_string(),
        }
    );
    let silent = failed("", "");
    assert!(!verify(&python, &silent, &opts).unwrap().is_identical());
    // Successful runs never compare stderr.
    let mut warned = exited("x\n");
    warned.stderr = b"warning\n".to_vec();
    assert!(verify(&exited("x\n"), &warned, &opts).unwrap().is_identical());
}

/// Threads that each copy an executable and run it while the others are spawning sandboxed runs:
/// a copy still open for writing when another thread forks is inherited by that child until it
/// execs (the sandbox's setup makes that window long), and exec of the copy then fails with
/// "Text file busy" (ETXTBSY). `copy_executable` and `run` exclude each other, so it never does.
#[test]
fn executables_copied_while_other_runs_spawn_always_start() {
    const THREADS: usize = 4;
    const ROUNDS: usize = 100;
    let dir = tempfile::tempdir().unwrap();
    let truth = std::fs::canonicalize("/bin/true").unwrap();
    let barrier = std::sync::Barrier::new(THREADS);
    std::thread::scope(|s| {
        for t in 0..THREADS {
            let (dir, truth, barrier) = (dir.path(), &truth, &barrier);
            s.spawn(move || {
                barrier.wait();
                for i in 0..ROUNDS {
                    let work = dir.join(format!("w{t}-{i}"));
                    std::fs::create_dir(&work).unwrap();
                    // Beside the working directory: a tmpfs hides what is in it.
                    let exe = dir.join(format!("prog{t}-{i}"));
                    pyport_exec::copy_executable(truth, &exe).unwrap();
                    let mut spec = RunSpec::new(&exe);
                    spec.cwd = Some(work.clone());
                    spec.sandbox = Some(pyport_exec::Sandbox { readable: vec![exe.clone()], ..pyport_exec::Sandbox::program(&work) });
                    let outcome = run(&spec).unwrap_or_else(|e| panic!("thread {t}, round {i}: {e:?}"));
                    assert_eq!(outcome.termination, Termination::Exited(0), "thread {t}, round {i}");
                }
            });
        }
    });
}
