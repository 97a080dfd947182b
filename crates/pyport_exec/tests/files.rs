//! The files a run leaves in its working directory, with real processes: in the sandbox (a tmpfs
//! working directory where this machine gives one, read after the run through the descriptor the
//! child sent) and without one (the real directory), and how `verify` compares them.

use std::path::Path;
use std::time::{Duration, Instant};

use pyport_exec::{capabilities, run, verify, RunOutcome, RunSpec, Sandbox, Termination, Verdict, VerifyOptions, WrittenFile};

/// `script` under `/bin/sh -c` in `dir`, collecting what it writes; sandboxed (as pyport runs
/// untrusted programs) or not (as with `PYPORT_SANDBOX=off`).
fn writing(script: &str, dir: &Path, sandboxed: bool) -> RunSpec {
    let mut spec = RunSpec::new("/bin/sh");
    spec.args = vec!["-c".into(), script.into()];
    spec.cwd = Some(dir.to_path_buf());
    spec.limits.wall = Duration::from_secs(20);
    spec.collect_files = true;
    if sandboxed {
        spec.sandbox = Some(Sandbox::program(dir));
    }
    spec
}

fn ok(outcome: &RunOutcome) {
    assert_eq!(outcome.termination, Termination::Exited(0), "stderr: {}", String::from_utf8_lossy(&outcome.stderr));
}

/// The written files as (path, content as text, symlink, truncated).
fn listed(outcome: &RunOutcome) -> Vec<(String, String, bool, bool)> {
    outcome
        .written_files
        .iter()
        .map(|f| (f.path.clone(), String::from_utf8_lossy(&f.content).into_owned(), f.symlink, f.truncated))
        .collect()
}

fn file(path: &str, content: &str) -> (String, String, bool, bool) {
    (path.to_string(), content.to_string(), false, false)
}

/// Whether runs in a sandbox get a tmpfs working directory here (then nothing reaches the real one).
fn tmpfs() -> bool {
    capabilities().tmpfs
}

#[test]
fn a_written_file_is_reported_with_its_content_in_the_sandbox_and_without() {
    for sandboxed in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let outcome = run(&writing("printf 'P3\\n2 1\\n' > out.ppm; echo done", dir.path(), sandboxed)).unwrap();
        ok(&outcome);
        assert_eq!(outcome.stdout, b"done\n");
        assert_eq!(listed(&outcome), [file("out.ppm", "P3\n2 1\n")], "sandboxed: {sandboxed}");
        // With a tmpfs the file went with the run; in the real directory it stays.
        let left = dir.path().join("out.ppm").exists();
        assert_eq!(left, !(sandboxed && tmpfs()), "sandboxed: {sandboxed}, tmpfs: {}", tmpfs());
    }
}

#[test]
fn python_writing_a_file_is_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut spec = writing("", dir.path(), true);
    spec.program = pyport_exec::find_python(None).expect("CPython is needed for the tests").path;
    spec.args = vec!["-c".into(), "open('report.txt', 'w').write('total 42\\n')".into()];
    let outcome = run(&spec).unwrap();
    ok(&outcome);
    assert_eq!(listed(&outcome), [file("report.txt", "total 42\n")]);
}

#[test]
fn files_in_subdirectories_are_found_and_sorted_by_path() {
    for sandboxed in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let script = "mkdir -p out/deeper && printf b > out/deeper/b.txt && printf a > out/a.txt && printf z > z.txt && printf 0 > a.txt";
        let outcome = run(&writing(script, dir.path(), sandboxed)).unwrap();
        ok(&outcome);
        assert_eq!(
            listed(&outcome),
            [file("a.txt", "0"), file("out/a.txt", "a"), file("out/deeper/b.txt", "b"), file("z.txt", "z")],
            "sandboxed: {sandboxed}"
        );
    }
}

#[test]
fn a_run_that_writes_nothing_reports_nothing() {
    for sandboxed in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("input.txt"), "data\n").unwrap();
        let outcome = run(&writing("cat input.txt >/dev/null; mkdir empty", dir.path(), sandboxed)).unwrap();
        ok(&outcome);
        assert_eq!(listed(&outcome), [], "sandboxed: {sandboxed}");
    }
}

#[test]
fn unchanged_seed_files_are_not_reported_but_changed_ones_are() {
    for sandboxed in [true, false] {
        for (script, expected) in [
            ("cat prog.py >/dev/null", vec![]),
            // The seed belongs to root in a tmpfs: the throwaway user replaces it rather than writes it.
            ("rm -f prog.py; printf 'print(2)\\n' > prog.py", vec![file("prog.py", "print(2)\n")]),
        ] {
            let dir = tempfile::tempdir().unwrap();
            // As pyport stages a script: written into the directory, and seeded into a tmpfs.
            std::fs::write(dir.path().join("prog.py"), "print(1)\n").unwrap();
            let mut spec = writing(script, dir.path(), sandboxed);
            if let Some(sandbox) = spec.sandbox.as_mut() {
                sandbox.seed_files.push(("prog.py".into(), b"print(1)\n".to_vec()));
            }
            let outcome = run(&spec).unwrap();
            ok(&outcome);
            assert_eq!(listed(&outcome), expected, "sandboxed: {sandboxed}, script: {script}");
        }
    }
}

#[test]
fn seed_files_in_folders_are_there_and_the_program_may_rewrite_them() {
    for sandboxed in [true, false] {
        for (script, expected) in [
            ("cat data/in.txt; cat data/deeper/b.txt", vec![]),
            // Written in place (the seed is the program's own, as a user's input file is theirs),
            // and a new file beside it in the seeded folder.
            ("echo 3 >> data/in.txt && echo new > data/new.txt", vec![file("data/in.txt", "1 2\n3\n"), file("data/new.txt", "new\n")]),
        ] {
            let dir = tempfile::tempdir().unwrap();
            let seeds = [("data/in.txt", "1 2\n"), ("data/deeper/b.txt", "b\n"), ("top.txt", "t\n")];
            // As pyport stages input files: written into the directory, and seeded into a tmpfs.
            for (name, content) in seeds {
                let path = dir.path().join(name);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, content).unwrap();
            }
            let mut spec = writing(script, dir.path(), sandboxed);
            if let Some(sandbox) = spec.sandbox.as_mut() {
                sandbox.seed_files = seeds.iter().map(|(n, c)| (n.to_string(), c.as_bytes().to_vec())).collect();
            }
            let outcome = run(&spec).unwrap();
            ok(&outcome);
            if expected.is_empty() {
                assert_eq!(String::from_utf8_lossy(&outcome.stdout), "1 2\nb\n", "sandboxed: {sandboxed}");
            }
            assert_eq!(listed(&outcome), expected, "sandboxed: {sandboxed}, script: {script}");
        }
    }
}

#[test]
fn a_seed_file_out_of_the_working_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["../escape.txt", "/tmp/escape.txt", "a/../../escape.txt"] {
        let mut spec = writing("true", dir.path(), true);
        spec.sandbox.as_mut().unwrap().seed_files = vec![(name.to_string(), b"x".to_vec())];
        assert!(run(&spec).is_err(), "{name}");
    }
}

#[test]
fn what_is_kept_is_capped_and_a_cut_file_never_verifies() {
    for sandboxed in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let mut spec = writing("printf 1234 > a.txt; printf '%020d' 0 > b.txt; printf x > c.txt", dir.path(), sandboxed);
        spec.limits.written_bytes = 10;
        let outcome = run(&spec).unwrap();
        ok(&outcome);
        assert_eq!(
            listed(&outcome),
            [
                file("a.txt", "1234"),
                ("b.txt".to_string(), "000000".to_string(), false, true),
                ("c.txt".to_string(), String::new(), false, true),
            ],
            "sandboxed: {sandboxed}"
        );
        assert!(outcome.files_truncated());
        let kept: usize = outcome.written_files.iter().map(|f| f.content.len()).sum();
        assert_eq!(kept, 10);
        // The same run on both sides: everything kept agrees, but the rest was never seen.
        match verify(&outcome, &outcome.clone(), &VerifyOptions::default()).unwrap() {
            Verdict::OutputDiffers { file, line, expected, .. } => {
                assert_eq!(file.as_deref(), Some("b.txt"));
                assert_eq!(line, 1);
                assert_eq!(expected, "<file truncated after 6 bytes>");
            }
            other => panic!("a cut file verified: {other:?}"),
        }
    }
}

#[test]
fn links_are_recorded_by_their_target_and_never_followed() {
    for sandboxed in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let outcome = run(&writing("ln -s /etc/passwd secret; ln -s / root; ln -s out.txt alias; printf x > out.txt", dir.path(), sandboxed)).unwrap();
        ok(&outcome);
        assert_eq!(
            listed(&outcome),
            [
                ("alias".to_string(), "out.txt".to_string(), true, false),
                file("out.txt", "x"),
                ("root".to_string(), "/".to_string(), true, false),
                ("secret".to_string(), "/etc/passwd".to_string(), true, false),
            ],
            "sandboxed: {sandboxed}"
        );
    }
}

#[test]
fn fifos_are_passed_over_without_hanging_and_deep_folders_are_marked() {
    for sandboxed in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let deep = "d/".repeat(40);
        let script = format!("mkfifo pipe; mkdir -p {deep}; printf x > {deep}f; printf y > top.txt");
        let started = Instant::now();
        let outcome = run(&writing(&script, dir.path(), sandboxed)).unwrap();
        ok(&outcome);
        assert!(started.elapsed() < Duration::from_secs(10), "reading the files hung");
        let files = listed(&outcome);
        assert!(!files.iter().any(|f| f.0 == "pipe"), "a FIFO is no file: {files:?}");
        assert!(files.contains(&file("top.txt", "y")), "{files:?}");
        let cut: Vec<_> = files.iter().filter(|f| f.3).collect();
        assert_eq!(cut.len(), 1, "one mark where the walk stopped: {files:?}");
        assert!(cut[0].0.starts_with("d/d/") && cut[0].0.ends_with('/'), "{files:?}");
        assert!(outcome.files_truncated());
    }
}

#[test]
fn a_run_leaving_too_many_files_is_marked_where_the_reading_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let mut spec = writing("", dir.path(), true);
    spec.program = pyport_exec::find_python(None).expect("CPython is needed for the tests").path;
    spec.args = vec!["-c".into(), "for i in range(10100):\n    open('f%05d' % i, 'w').close()".into()];
    let outcome = run(&spec).unwrap();
    ok(&outcome);
    assert!(outcome.files_truncated());
    let files = &outcome.written_files;
    assert!(files.len() <= 10_001, "{} files kept", files.len());
    assert_eq!(files.iter().filter(|f| f.truncated).count(), 1, "one mark where the reading stopped");
    assert!(!verify(&outcome, &outcome.clone(), &VerifyOptions::default()).unwrap().is_identical());
}

#[test]
fn names_that_are_not_utf8_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let outcome = run(&writing("printf x > \"$(printf 'a\\377')\"", dir.path(), true)).unwrap();
    ok(&outcome);
    assert_eq!(listed(&outcome), [file("a\\xff", "x")]);
}

#[test]
fn without_collect_files_nothing_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut spec = writing("printf x > out.txt", dir.path(), true);
    spec.collect_files = false;
    let outcome = run(&spec).unwrap();
    ok(&outcome);
    assert!(outcome.written_files.is_empty());
}

#[test]
fn a_sandboxed_child_that_fails_before_the_program_starts_does_not_hang_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let mut spec = writing("", dir.path(), true);
    spec.program = dir.path().join("no-such-program");
    let started = Instant::now();
    let err = run(&spec).unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(err.to_string().contains("no-such-program"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// verify over written files
// ---------------------------------------------------------------------------------------------

fn exited_with(files: &[(&str, &[u8])]) -> RunOutcome {
    RunOutcome {
        termination: Termination::Exited(0),
        stdout: b"same\n".to_vec(),
        stderr: Vec::new(),
        stdout_truncated: false,
        stderr_truncated: false,
        wall: Duration::ZERO,
        cpu: Duration::ZERO,
        max_rss_kib: 0,
        written_files: files
            .iter()
            .map(|(path, content)| WrittenFile { path: path.to_string(), content: content.to_vec(), symlink: false, truncated: false })
            .collect(),
    }
}

/// (file, line, expected, actual) of an `OutputDiffers` verdict; panics on any other.
fn difference(expected: &RunOutcome, actual: &RunOutcome, opts: &VerifyOptions) -> (Option<String>, usize, String, String) {
    match verify(expected, actual, opts).unwrap() {
        Verdict::OutputDiffers { file, line, expected, actual, .. } => (file, line, expected, actual),
        other => panic!("expected an output difference, got {other:?}"),
    }
}

#[test]
fn verify_names_the_file_and_its_first_differing_line() {
    let opts = VerifyOptions::default();
    let python = exited_with(&[("a.txt", b"same\n"), ("out.txt", b"1\n2\n3\n")]);
    let port = exited_with(&[("a.txt", b"same\n"), ("out.txt", b"1\n2\n4\n")]);
    assert_eq!(difference(&python, &port, &opts), (Some("out.txt".into()), 3, "3".into(), "4".into()));
    // Shorter on one side: the end is marked as for stdout.
    let short = exited_with(&[("a.txt", b"same\n"), ("out.txt", b"1\n2\n")]);
    assert_eq!(difference(&python, &short, &opts), (Some("out.txt".into()), 3, "3".into(), "<end of file>".into()));
    // Identical files verify, and are listed.
    match verify(&python, &python.clone(), &opts).unwrap() {
        Verdict::Identical { files, .. } => assert_eq!(files, ["a.txt", "out.txt"]),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_file_only_one_side_wrote_does_not_verify() {
    let opts = VerifyOptions::default();
    let python = exited_with(&[("out.txt", b"hello\n")]);
    let port = exited_with(&[]);
    assert_eq!(difference(&python, &port, &opts), (Some("out.txt".into()), 1, "hello".into(), "<no file>".into()));
    let extra = exited_with(&[("debug.log", b""), ("out.txt", b"hello\n")]);
    assert_eq!(difference(&python, &extra, &opts), (Some("debug.log".into()), 1, "<no file>".into(), "<empty file>".into()));
}

#[test]
fn stdout_is_compared_before_files() {
    let opts = VerifyOptions::default();
    let python = exited_with(&[("out.txt", b"a\n")]);
    let mut port = exited_with(&[("out.txt", b"b\n")]);
    port.stdout = b"other\n".to_vec();
    assert_eq!(difference(&python, &port, &opts).0, None, "stdout's difference comes first");
}

#[test]
fn binary_files_show_the_first_differing_byte_in_hex() {
    let opts = VerifyOptions::default();
    let python = exited_with(&[("img.ppm", b"P6\n2 1\n255\n\x00\x10\x20\xff\x00\x00")]);
    let port = exited_with(&[("img.ppm", b"P6\n2 1\n255\n\x00\x10\x21\xff\x00\x00")]);
    assert_eq!(
        difference(&python, &port, &opts),
        (Some("img.ppm".into()), 4, "byte 13: 20 ff 00 00".into(), "byte 13: 21 ff 00 00".into())
    );
    let cut_short = exited_with(&[("img.ppm", b"P6\n2 1\n255\n\x00\x10")]);
    assert_eq!(difference(&python, &cut_short, &opts).3, "byte 13: <end of file>");
}

#[test]
fn timing_lines_in_files_are_masked_as_in_stdout() {
    let python = exited_with(&[("log.txt", b"result 7\nelapsed 8.5 s\n")]);
    let port = exited_with(&[("log.txt", b"result 7\nelapsed 0.01 s\n")]);
    match verify(&python, &port, &VerifyOptions::default()).unwrap() {
        Verdict::Identical { masked_lines, .. } => assert_eq!(masked_lines, 1),
        other => panic!("{other:?}"),
    }
    let strict = VerifyOptions { strict: true, ..VerifyOptions::default() };
    assert_eq!(difference(&python, &port, &strict), (Some("log.txt".into()), 2, "elapsed 8.5 s".into(), "elapsed 0.01 s".into()));
}

#[test]
fn a_link_differs_from_a_file_and_from_another_target() {
    let opts = VerifyOptions::default();
    let link = |target: &str| {
        let mut o = exited_with(&[]);
        o.written_files.push(WrittenFile { path: "out".into(), content: target.as_bytes().to_vec(), symlink: true, truncated: false });
        o
    };
    assert!(verify(&link("a"), &link("a"), &opts).unwrap().is_identical());
    assert_eq!(difference(&link("a"), &link("b"), &opts).3, "<symbolic link to `b`>");
    let plain = exited_with(&[("out", b"a")]);
    assert_eq!(difference(&link("a"), &plain, &opts).2, "<symbolic link to `a`>");
}
