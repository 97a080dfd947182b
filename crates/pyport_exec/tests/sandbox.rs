//! The sandbox with real processes: process cap (also as root), stray processes,
//! writes, reads, network, disk cap and the output stop.
//!
//! A protection this machine cannot give is skipped with a note on stderr
//! (`pyport doctor` lists them); where it is available, its test must hold.

use std::path::Path;
use std::time::Duration;

use pyport_exec::{capabilities, run, LimitHit, RunOutcome, RunSpec, Sandbox, Termination};

/// `script` under `/bin/sh -c`, sandboxed in `dir`.
fn sandboxed(script: &str, dir: &Path) -> RunSpec {
    let mut spec = RunSpec::new("/bin/sh");
    spec.args = vec!["-c".into(), script.into()];
    spec.cwd = Some(dir.to_path_buf());
    spec.sandbox = Some(Sandbox::program(dir));
    spec.limits.wall = Duration::from_secs(20);
    spec
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn skip(what: &str) -> bool {
    let p = capabilities().protections().into_iter().find(|p| p.name == what).unwrap();
    if !p.active {
        eprintln!("note: skipped, `{what}` is not available here: {}", p.how);
    }
    !p.active
}

fn ok(outcome: &RunOutcome) {
    assert_eq!(outcome.termination, Termination::Exited(0), "stderr: {}", text(&outcome.stderr));
}

#[test]
fn the_process_cap_holds_even_as_root() {
    if skip("process cap") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // Children that stay alive until the parent has tried 40 forks.
    let mut counting = sandboxed(
        "python3 -c \"\nimport os, time\nkids = 0\ntry:\n    for _ in range(40):\n        if os.fork() == 0:\n            time.sleep(2); os._exit(0)\n        kids += 1\nexcept OSError:\n    pass\nprint(kids)\n\"",
        dir.path(),
    );
    counting.limits.max_processes = Some(10);
    let outcome = run(&counting).unwrap();
    ok(&outcome);
    let kids: u64 = text(&outcome.stdout).trim().parse().unwrap();
    assert!(kids < 10, "{kids} children started under a cap of 10");
    assert!(kids >= 5, "only {kids} children started under a cap of 10");
}

#[test]
fn a_process_that_leaves_the_group_dies_with_the_run() {
    if skip("no stray processes") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let marker = format!("{}.{}", 3000 + std::process::id() % 1000, std::process::id());
    let outcome = run(&sandboxed(&format!("setsid sleep {marker} >/dev/null 2>&1 & exit 0"), dir.path())).unwrap();
    ok(&outcome);
    let alive = || {
        std::fs::read_dir("/proc").unwrap().flatten().any(|e| {
            let cmd = std::fs::read(e.path().join("cmdline")).unwrap_or_default();
            let stat = std::fs::read_to_string(e.path().join("stat")).unwrap_or_default();
            let zombie = stat.rfind(')').is_some_and(|i| stat[i + 1..].trim_start().starts_with('Z'));
            !zombie && text(&cmd).contains(&marker)
        })
    };
    let gone = (0..100).any(|_| !alive() || {
        std::thread::sleep(Duration::from_millis(50));
        false
    });
    assert!(gone, "`sleep {marker}` outlived its run");
}

#[test]
fn writes_stay_in_scratch_and_temp_and_home_are_unreadable() {
    if skip("writes confined to scratch") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let scratch = dir.path().join("scratch");
    std::fs::create_dir(&scratch).unwrap();
    let outside = dir.path().join("outside.txt");
    std::fs::write(&outside, "secret").unwrap();
    let script = format!(
        "echo in > inside.txt && cat inside.txt; echo out > {o}; cat {o}; echo x > /var/tmp/pyport-escape-$$; ls /root >/dev/null",
        o = outside.display()
    );
    let outcome = run(&sandboxed(&script, &scratch)).unwrap();
    assert_eq!(text(&outcome.stdout), "in\n", "stderr: {}", text(&outcome.stderr));
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), "secret");
    let stderr = text(&outcome.stderr);
    assert_eq!(stderr.matches("Permission denied").count(), 4, "stderr: {stderr}");
}

#[test]
fn there_is_no_network() {
    if skip("no network") {
        return;
    }
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let dir = tempfile::tempdir().unwrap();
    let script = format!(
        "python3 -c \"import socket; socket.create_connection(('127.0.0.1', {port}), timeout=3); print('connected')\""
    );
    let outcome = run(&sandboxed(&script, dir.path())).unwrap();
    assert_eq!(outcome.termination, Termination::Exited(1), "stdout: {}", text(&outcome.stdout));
    assert!(listener.accept().is_err(), "a connection reached the host");
}

#[test]
fn the_disk_cap_stops_a_filler() {
    let dir = tempfile::tempdir().unwrap();
    let mut spec = sandboxed(
        "i=0; while [ $i -lt 64 ]; do head -c 1048576 /dev/zero > f$i || exit 7; i=$((i+1)); done",
        dir.path(),
    );
    spec.limits.disk_bytes = Some(8 << 20);
    let outcome = run(&spec).unwrap();
    // With a tmpfs the filesystem fills up; without one, each file is still capped.
    if capabilities().tmpfs {
        assert_eq!(outcome.termination, Termination::Exited(7), "stderr: {}", text(&outcome.stderr));
        assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none(), "the tmpfs files leaked");
    } else {
        eprintln!("note: no tmpfs scratch here; only RLIMIT_FSIZE caps the disk");
    }
}

#[test]
fn passing_the_output_cap_stops_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let mut spec = sandboxed("while :; do echo flood; done", dir.path());
    spec.limits.output_bytes = 64 << 10;
    spec.limits.stop_at_output_cap = true;
    let outcome = run(&spec).unwrap();
    assert_eq!(outcome.termination, Termination::OutputLimit { bytes: 64 << 10 });
    assert_eq!(outcome.termination.to_string(), "stopped: output truncated at 65536 bytes");
    assert_eq!(outcome.limit_hit(&spec.limits), Some(LimitHit::Output));
    assert_eq!(outcome.stdout.len(), 64 << 10);
}

#[test]
fn exit_status_and_signals_pass_through_the_sandbox() {
    let dir = tempfile::tempdir().unwrap();
    let outcome = run(&sandboxed("echo hi; exit 3", dir.path())).unwrap();
    assert_eq!((outcome.termination, text(&outcome.stdout)), (Termination::Exited(3), "hi\n".to_string()));
    let outcome = run(&sandboxed("kill -SEGV $$", dir.path())).unwrap();
    assert_eq!(outcome.termination.to_string(), "killed by SIGSEGV");
    let mut spec = sandboxed("while :; do :; done", dir.path());
    spec.limits.cpu = Duration::from_secs(1);
    let outcome = run(&spec).unwrap();
    assert_eq!(outcome.limit_hit(&spec.limits), Some(LimitHit::Cpu), "{}", outcome.termination);
    assert!(outcome.cpu >= Duration::from_millis(900), "CPU time not passed through: {:?}", outcome.cpu);
}

#[test]
fn a_missing_program_is_an_error_not_a_hang() {
    let dir = tempfile::tempdir().unwrap();
    let mut spec = RunSpec::new("/nonexistent/prog");
    spec.cwd = Some(dir.path().to_path_buf());
    spec.sandbox = Some(Sandbox::program(dir.path()));
    let err = run(&spec).unwrap_err();
    assert!(err.to_string().contains("/nonexistent/prog"), "{err}");
}

#[test]
fn without_a_working_directory_ours_is_left_alone() {
    use std::os::unix::fs::MetadataExt;
    let before = std::fs::metadata(".").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut spec = sandboxed("pwd", dir.path());
    spec.cwd = None;
    let outcome = run(&spec).unwrap();
    ok(&outcome);
    let here = std::env::current_dir().unwrap();
    assert_eq!(text(&outcome.stdout).trim(), here.display().to_string());
    let after = std::fs::metadata(".").unwrap();
    assert_eq!((after.uid(), after.gid(), after.mode()), (before.uid(), before.gid(), before.mode()));
}

#[test]
fn seeded_files_are_in_the_working_directory() {
    let dir = tempfile::tempdir().unwrap();
    let content = b"print('seeded')\n".to_vec();
    // Without a tmpfs the program sees the directory itself, so callers write the file there
    // too; with one, only the seed can make it appear.
    if !capabilities().tmpfs {
        eprintln!("note: no tmpfs scratch here; the seed is not needed");
        std::fs::write(dir.path().join("prog.py"), &content).unwrap();
    }
    let mut spec = sandboxed("cat prog.py; ls", dir.path());
    spec.sandbox.as_mut().unwrap().seed_files.push(("prog.py".into(), content));
    let outcome = run(&spec).unwrap();
    ok(&outcome);
    assert_eq!(text(&outcome.stdout), "print('seeded')\nprog.py\n");
}
