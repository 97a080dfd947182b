//! Hostile programs (`tests/hostile/*.py`, `*.cpp`) through the real sandboxed runner.
//!
//! Each file's first line says the verdict it must get (`# expect: timeout`,
//! `// expect: runtime_error killed by SIGSEGV`). Every program gets the same
//! arguments: a secret file outside its scratch directory, the port of a TCP
//! listener on the host, and a directory outside scratch it may try to write.
//! After each run the test checks that the machine is as before: no process
//! of the run left, nothing written outside scratch, the secret not printed,
//! no connection reached the listener.
//!
//! Protections this machine cannot give (see `pyport doctor`) are reported and
//! their checks skipped; on a machine with all of them every check runs.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use pyport::pipeline::{self, failure_verdict, VerdictReport};
use pyport_exec::{compile_cxx, find_cxx, find_python, run, Limits, Termination};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The limits hostile programs run under: short, so the suite stays quick.
fn limits() -> Limits {
    Limits {
        wall: Duration::from_secs(10),
        cpu: Duration::from_secs(3),
        memory_bytes: Some(1 << 30),
        output_bytes: 1 << 20,
        max_processes: Some(32),
        disk_bytes: Some(32 << 20),
        stop_at_output_cap: true,
        written_bytes: pyport_exec::WRITTEN_BYTES_DEFAULT,
    }
}

/// The verdict name and detail as written after `expect:`.
fn expectation(text: &str) -> String {
    let first = text.lines().next().unwrap_or_default();
    let at = first.find("expect:").unwrap_or_else(|| panic!("first line has no `expect:`: {first}"));
    first[at + "expect:".len()..].trim().to_string()
}

/// A verdict in the form of an expectation: its kind, and for runtime errors how the program ended.
fn describe(verdict: &VerdictReport) -> String {
    let kind = serde_json::to_value(verdict).unwrap()["kind"].as_str().unwrap().to_string();
    match verdict {
        VerdictReport::RuntimeError { termination } => format!("{kind} {termination}"),
        _ => kind,
    }
}

/// Processes whose command line mentions `needle` (ours excluded) and are not zombies.
fn processes_mentioning(needle: &str) -> Vec<i32> {
    let me = std::process::id() as i32;
    std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| *pid != me)
        .filter(|pid| {
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            let zombie = stat.rfind(')').is_some_and(|i| stat[i + 1..].trim_start().starts_with('Z'));
            !zombie && String::from_utf8_lossy(&cmdline).contains(needle)
        })
        .collect()
}

/// Everything beneath `dir`, as relative paths.
fn listing(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p.clone());
            }
            out.push(p.strip_prefix(dir).unwrap().to_path_buf());
        }
    }
    out.sort();
    out
}

#[test]
fn hostile_programs_are_contained() {
    let caps = pyport_exec::capabilities();
    for p in caps.protections().iter().filter(|p| !p.active) {
        eprintln!("note: `{}` is not available here, its checks are skipped: {}", p.name, p.how);
    }
    let landlock = caps.landlock_abi.is_some();
    let no_network = caps.net_ns || caps.landlock_abi.is_some_and(|v| v >= 4);

    let python = find_python(None).expect("CPython is needed for this test");
    let cxx = find_cxx(None).expect("a C++ compiler is needed for this test");
    let outside = tempfile::tempdir().unwrap();
    let secret_dir = outside.path().join("secret");
    let escape_dir = outside.path().join("escape");
    std::fs::create_dir_all(&secret_dir).unwrap();
    std::fs::create_dir_all(&escape_dir).unwrap();
    let token = format!("pyport-secret-{}-{:?}", std::process::id(), Instant::now());
    let secret = secret_dir.join("api_key.txt");
    std::fs::write(&secret, &token).unwrap();
    // World-writable, so that only the sandbox (not file modes) keeps writes out.
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&escape_dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    }
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();

    let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join("tests/hostile"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "py" || x == "cpp"))
        .collect();
    files.sort();
    assert!(files.len() >= 21, "expected the 21 hostile programs, found {}", files.len());

    let mut failures = Vec::new();
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(file).unwrap();
        let expected = expectation(&text);
        let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
        // Without these protections the program would do real harm (or its verdict cannot hold): skip it.
        let needs = match stem.as_str() {
            "fork_bomb" => Some("process cap"),
            "disk_filler" => caps.tmpfs.then_some("disk cap").or(Some("tmpfs scratch")),
            "read_secret" => Some("home and temp directories unreadable"),
            "tcp_connect" => Some("no network"),
            _ => None,
        };
        if let Some(need) = needs {
            if !caps.protections().iter().any(|p| p.name == need && p.active) {
                eprintln!("{name:<22} skipped: `{need}` is not available on this machine");
                continue;
            }
        }
        let scratch = pipeline::tempfile_dir().unwrap();
        let scratch_text = scratch.path().display().to_string();
        let run_dir = scratch.path().join("run");
        std::fs::create_dir_all(&run_dir).unwrap();
        let args = vec![secret.display().to_string(), port.to_string(), escape_dir.display().to_string()];
        let limits = limits();

        let (verdict, outcome) = if name.ends_with(".py") {
            let (py_arg, seed) = pipeline::stage_python(&run_dir, file).unwrap();
            let mut py_args = vec![py_arg];
            py_args.extend(args.clone());
            let mut spec = pipeline::untrusted_spec(&python.path, py_args, None, &run_dir, vec![], &limits);
            if let Some(sandbox) = spec.sandbox.as_mut() {
                sandbox.seed_files.push(seed);
            }
            let outcome = run(&spec).unwrap();
            (failure_verdict(&outcome, &spec.limits, &Termination::Exited(0)), Some(outcome))
        } else {
            let exe = scratch.path().join("prog");
            let compile_limits = Limits { wall: Duration::from_secs(8), cpu: Duration::from_secs(8), ..Limits::default() };
            let flags = vec!["-O1".to_string(), "-std=c++20".to_string()];
            let compiled = compile_cxx(&cxx, &flags, &[], file, &exe, &compile_limits).unwrap();
            if compiled.timed_out {
                (Some(VerdictReport::CompileTimeout), None)
            } else if !compiled.ok {
                (Some(VerdictReport::CompileError { stderr: compiled.stderr }), None)
            } else {
                let spec = pipeline::untrusted_spec(&exe, args.clone(), None, &run_dir, vec![exe.clone()], &limits);
                let outcome = run(&spec).unwrap();
                (failure_verdict(&outcome, &spec.limits, &Termination::Exited(0)), Some(outcome))
            }
        };
        let got = verdict.as_ref().map(describe).unwrap_or_else(|| "verified (no failure)".into());
        let mut problems = Vec::new();
        if got != expected {
            let stderr = outcome.as_ref().map(|o| String::from_utf8_lossy(&o.stderr).into_owned()).unwrap_or_default();
            let tail: String = stderr.lines().rev().take(3).collect::<Vec<_>>().join(" | ");
            problems.push(format!("verdict `{got}`, expected `{expected}` (stderr: {tail})"));
        }
        if let Some(o) = &outcome {
            let printed = [&o.stdout[..], &o.stderr[..]].concat();
            if landlock && String::from_utf8_lossy(&printed).contains(&token) {
                problems.push("the secret was printed".into());
            }
            if o.stdout.len() > limits.output_bytes || o.stderr.len() > limits.output_bytes {
                problems.push("more output kept than the cap".into());
            }
        }
        // Everything the run started is gone (the PID namespace takes it down with the program).
        let needles = [scratch_text.clone(), file.display().to_string()];
        let gone = (0..100).any(|_| {
            let left: usize = needles.iter().map(|n| processes_mentioning(n).len()).sum();
            left == 0 || {
                std::thread::sleep(Duration::from_millis(50));
                false
            }
        });
        if !gone {
            let left: Vec<i32> = needles.iter().flat_map(|n| processes_mentioning(n)).collect();
            problems.push(format!("processes left after the run: {left:?}"));
            for pid in left {
                unsafe { libc::kill(pid, libc::SIGKILL) };
            }
        }
        if landlock {
            let escaped = listing(&escape_dir);
            if !escaped.is_empty() {
                problems.push(format!("files written outside scratch: {escaped:?}"));
                for p in escaped {
                    let _ = std::fs::remove_file(escape_dir.join(p));
                }
            }
        }
        // The scratch directory holds at most the disk cap (and with a tmpfs, nothing: it left with the run).
        let written: u64 = listing(&run_dir)
            .iter()
            .filter_map(|p| std::fs::metadata(run_dir.join(p)).ok())
            .map(|m| m.len())
            .sum();
        if written > limits.disk_bytes.unwrap() {
            problems.push(format!("{written} bytes left in scratch, more than the disk cap"));
        }
        if no_network && listener.accept().is_ok() {
            problems.push("a connection reached the host's listener".into());
        }
        eprintln!("{name:<22} {got}{}", if problems.is_empty() { "" } else { "  <- FAILED" });
        failures.extend(problems.into_iter().map(|p| format!("{name}: {p}")));
    }
    assert!(failures.is_empty(), "hostile programs escaped or were misjudged:\n{}", failures.join("\n"));
}
