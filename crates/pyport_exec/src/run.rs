//! Running one program under limits: its own process group, rlimits, a wall-clock
//! timeout, a scrubbed environment and capped output.
//!
//! Threads do the waiting so that nothing can deadlock: one writes stdin, two
//! drain stdout and stderr (always to the end, keeping only the first
//! `output_bytes`), and one blocks in `wait4` so the wall limit is a plain
//! channel timeout and the rusage comes with the exit status.

use std::env;
use std::ffi::OsString;
use std::fmt;
use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::files::{self, Baseline, WrittenFile, WRITTEN_BYTES_DEFAULT};
use crate::sandbox::{self, ChildPlan, Sandbox};
use crate::ExecError;

/// Environment variables passed through to the child; everything else is dropped
/// so that secrets such as API keys never reach programs under test.
const PASSED_ENV: &[&str] = &[
    "PATH",
    "LANG",
    "LC_ALL",
    "TERM",
    "TZ",
    "PYTHONIOENCODING",
];

/// `PATH` for the child when the parent has none.
const FALLBACK_PATH: &str = "/usr/local/bin:/usr/bin:/bin";

/// How long to wait for the output pipes to reach end-of-file after the process
/// group is gone; only a grandchild that left the group can keep them open.
const DRAIN_GRACE: Duration = Duration::from_secs(2);

/// How often a reader blocked on a silent pipe checks whether it was abandoned.
const READER_POLL_MS: libc::c_int = 100;

/// Resource limits for one run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Wall-clock limit; past it the whole process group is killed.
    pub wall: Duration,
    /// CPU-time limit per process (`RLIMIT_CPU`, rounded up to whole seconds).
    pub cpu: Duration,
    /// Address-space limit per process (`RLIMIT_AS`), if any.
    pub memory_bytes: Option<u64>,
    /// How much of stdout and of stderr is kept, each; the rest is read and discarded.
    pub output_bytes: usize,
    /// How many processes the program may have at once, if capped. Enforced
    /// only in a sandbox that can count per run (`RLIMIT_NPROC` under a
    /// throwaway uid as root, in a user namespace otherwise): plain
    /// `RLIMIT_NPROC` would count all processes of the user, and not at all for root.
    pub max_processes: Option<u64>,
    /// Largest file the program may write (`RLIMIT_FSIZE`), and the size of the
    /// sandbox's tmpfs scratch directory.
    pub disk_bytes: Option<u64>,
    /// Stop the program (kill its process group) as soon as stdout or stderr
    /// passes `output_bytes`, instead of discarding the rest until it ends.
    pub stop_at_output_cap: bool,
    /// How many bytes of the files a run leaves in its working directory are kept, in all
    /// (with [`RunSpec::collect_files`]); a file cut there is marked `truncated`.
    pub written_bytes: usize,
}

impl Default for Limits {
    /// Wall 60 s, CPU 60 s, memory 4 GiB, output 16 MiB (the rest discarded),
    /// 64 processes, files up to 1 GiB, 64 MiB of written files kept.
    fn default() -> Self {
        Limits {
            wall: Duration::from_secs(60),
            cpu: Duration::from_secs(60),
            memory_bytes: Some(4 << 30),
            output_bytes: 16 << 20,
            max_processes: Some(64),
            disk_bytes: Some(1 << 30),
            stop_at_output_cap: false,
            written_bytes: WRITTEN_BYTES_DEFAULT,
        }
    }
}

/// What to run, with which input, where, and under which limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunSpec {
    /// The program: a path, or a bare name looked up in `PATH`.
    pub program: PathBuf,
    /// Arguments after the program name.
    pub args: Vec<String>,
    /// Bytes for stdin; `None` means `/dev/null`.
    pub stdin: Option<Vec<u8>>,
    /// Working directory (also the child's `HOME`); `None` means ours.
    pub cwd: Option<PathBuf>,
    /// Resource limits.
    pub limits: Limits,
    /// Confinement beyond the limits (namespaces, Landlock, own uid); `None`
    /// runs in a process group under the limits only.
    pub sandbox: Option<Sandbox>,
    /// Report the files the run leaves in its working directory ([`RunOutcome::written_files`]).
    pub collect_files: bool,
}

impl RunSpec {
    /// A spec for `program` with no arguments, no stdin, our working directory and default limits.
    pub fn new(program: impl Into<PathBuf>) -> Self {
        RunSpec {
            program: program.into(),
            args: Vec::new(),
            stdin: None,
            cwd: None,
            limits: Limits::default(),
            sandbox: None,
            collect_files: false,
        }
    }
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Termination {
    /// The process exited with this status code.
    Exited(i32),
    /// The process was killed by a signal (not by our wall-clock limit).
    Signaled {
        /// The signal number.
        signal: i32,
        /// Its name, e.g. "SIGSEGV".
        name: String,
    },
    /// The wall-clock limit was reached and the process group was killed.
    TimedOut,
    /// Stdout or stderr passed the output cap and the run was stopped
    /// (only with [`Limits::stop_at_output_cap`]).
    OutputLimit {
        /// The cap, in bytes.
        bytes: usize,
    },
}

impl Termination {
    /// Whether the process exited with status 0.
    pub fn is_success(&self) -> bool {
        *self == Termination::Exited(0)
    }
}

impl fmt::Display for Termination {
    /// "exit status 0", "killed by SIGSEGV", "timed out" or "stopped: output truncated at N bytes".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Termination::Exited(code) => write!(f, "exit status {code}"),
            Termination::Signaled { name, .. } => write!(f, "killed by {name}"),
            Termination::TimedOut => f.write_str("timed out"),
            Termination::OutputLimit { bytes } => write!(f, "stopped: output truncated at {bytes} bytes"),
        }
    }
}

/// Everything observed about one run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunOutcome {
    /// How the run ended.
    pub termination: Termination,
    /// Standard output, at most `output_bytes` of it.
    pub stdout: Vec<u8>,
    /// Standard error, at most `output_bytes` of it.
    pub stderr: Vec<u8>,
    /// Whether stdout was longer than `output_bytes`.
    pub stdout_truncated: bool,
    /// Whether stderr was longer than `output_bytes`.
    pub stderr_truncated: bool,
    /// Wall-clock time of the program: from spawn to reaping, or, in a sandbox
    /// with a PID namespace, from the program's fork to its end as seen by the
    /// namespace's init (namespace setup and teardown left out).
    pub wall: Duration,
    /// User plus system CPU time of the process and its waited-for descendants (`wait4` rusage).
    pub cpu: Duration,
    /// Peak resident set size in KiB (`wait4` rusage).
    pub max_rss_kib: u64,
    /// With [`RunSpec::collect_files`], the files and links the run left in its working
    /// directory, sorted by path: every one that was not there before the run (with a tmpfs
    /// working directory: that is not an unchanged seed file), or that the run changed. At most
    /// [`Limits::written_bytes`] of content in all. Empty without `collect_files`.
    pub written_files: Vec<WrittenFile>,
}

/// Which limit stopped a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitHit {
    /// The wall-clock limit.
    Wall,
    /// The CPU-time limit (`SIGXCPU`, or `SIGKILL` at the hard limit).
    Cpu,
    /// The memory limit: an allocation failed (`std::bad_alloc`, `MemoryError`).
    Memory,
    /// The output cap.
    Output,
}

impl RunOutcome {
    /// Whether some written file was not kept whole (see [`WrittenFile::truncated`]).
    pub fn files_truncated(&self) -> bool {
        self.written_files.iter().any(|f| f.truncated)
    }

    /// The limit that ended this run under `limits`, if one did.
    ///
    /// The memory limit is an address-space rlimit, so hitting it shows as a
    /// failed allocation, not a signal: it is recognised by the runtime's
    /// message on stderr (C++ `std::bad_alloc`, Python `MemoryError`).
    pub fn limit_hit(&self, limits: &Limits) -> Option<LimitHit> {
        match &self.termination {
            Termination::TimedOut => return Some(LimitHit::Wall),
            Termination::OutputLimit { .. } => return Some(LimitHit::Output),
            Termination::Signaled { signal, .. }
                if *signal == libc::SIGXCPU || (*signal == libc::SIGKILL && self.cpu >= limits.cpu) =>
            {
                return Some(LimitHit::Cpu)
            }
            Termination::Exited(0) => return None,
            _ => {}
        }
        let stderr = String::from_utf8_lossy(&self.stderr);
        let out_of_memory = stderr.contains("std::bad_alloc")
            || stderr.lines().rev().find(|l| !l.trim().is_empty()).is_some_and(|l| l.starts_with("MemoryError"));
        (limits.memory_bytes.is_some() && out_of_memory).then_some(LimitHit::Memory)
    }
}

/// Held shared by every spawn (from fork until the child has exec'd, which is when `spawn`
/// returns) and exclusively by [`copy_executable`] while its copy is open for writing: a file
/// open for writing in a child that has not exec'd yet cannot be exec'd ("Text file busy").
static FORK_LOCK: std::sync::RwLock<()> = std::sync::RwLock::new(());

/// Copies the executable `from` to `to` (as `std::fs::copy`) so that a [`run`] of `to` on any
/// thread never fails with "Text file busy": no run is being spawned while the copy is open.
pub fn copy_executable(from: &Path, to: &Path) -> io::Result<u64> {
    let _no_spawn = FORK_LOCK.write().unwrap_or_else(|e| e.into_inner());
    std::fs::copy(from, to)
}

/// Runs `spec` to completion (or to its wall limit) and reports what happened.
///
/// Errors only when the program cannot be started or observed (with
/// `collect_files`, also when its working directory cannot be read); a crash, a
/// non-zero exit or a timeout is a normal [`RunOutcome`].
pub fn run(spec: &RunSpec) -> Result<RunOutcome, ExecError> {
    let limits = &spec.limits;
    let program_path = resolve_program(&spec.program, spec.cwd.as_deref());
    let mut cmd = Command::new(&program_path);
    cmd.args(&spec.args);
    let workdir = match &spec.cwd {
        Some(dir) => Some(absolute(dir)),
        None => env::current_dir().ok(),
    };
    if let Some(dir) = &workdir {
        cmd.current_dir(dir);
    }
    cmd.env_clear().envs(child_env(workdir.as_deref()));
    cmd.stdin(if spec.stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());

    // With a PID namespace, its init times the program (see sandbox.rs): read end, write end.
    let mut program_timing: Option<(OwnedFd, OwnedFd)> = None;
    // With a tmpfs working directory, the child sends it over this pair: our end, the child's.
    let mut workdir_socket: Option<(OwnedFd, OwnedFd)> = None;
    let collect_err = |source| {
        ExecError::io(format!("cannot read the files `{}` wrote", spec.program.display()), source)
    };
    let sandbox = match &spec.sandbox {
        Some(sandbox) => {
            let prepare_err = |source| {
                ExecError::io(format!("cannot prepare the sandbox for `{}`", spec.program.display()), source)
            };
            let mut plan = ChildPlan::new(sandbox, &find_in_path(&program_path), spec.cwd.as_ref().and(workdir.as_deref()), limits.disk_bytes)
                .map_err(prepare_err)?;
            if plan.times_program() {
                let (read, write) = timing_pipe().map_err(prepare_err)?;
                plan.report_wall_time_to(write.as_raw_fd());
                program_timing = Some((read, write));
            }
            if spec.collect_files && plan.tmpfs_workdir() {
                let (ours, theirs) = files::socket_pair().map_err(prepare_err)?;
                plan.send_workdir_to(theirs.as_raw_fd());
                workdir_socket = Some((ours, theirs));
            }
            // Scratch files, the compiler's included, go where the program may write.
            if let Some(dir) = sandbox.writable.first() {
                cmd.env("TMPDIR", dir);
            }
            Some(plan)
        }
        None => None,
    };
    // What was in the working directory before, so that only what the run writes is reported.
    let baseline = match (spec.collect_files, &workdir_socket, &workdir) {
        (false, _, _) => None,
        (true, Some(_), _) => Some(Baseline::seeds(&spec.sandbox.as_ref().map(|s| s.seed_files.clone()).unwrap_or_default())),
        (true, None, Some(dir)) => Some(Baseline::snapshot(dir).map_err(collect_err)?),
        (true, None, None) => {
            return Err(collect_err(io::Error::new(io::ErrorKind::NotFound, "the working directory is unknown")))
        }
    };
    let plan = RlimitPlan::new(limits, spec.sandbox.is_some());
    // SAFETY: the closure runs between fork and exec and only makes
    // async-signal-safe libc calls (sigprocmask, setpgid, rlimits, unshare, mount, fork,
    // wait, setuid, Landlock); it allocates nothing and takes no locks.
    unsafe {
        cmd.pre_exec(move || {
            // The signals pyport waits for (interrupt.rs) are blocked in every thread of pyport,
            // and a blocked mask survives exec: the program gets the default mask back.
            crate::interrupt::unblock_in_child()?;
            plan.apply()?;
            match &sandbox {
                Some(sandbox) => sandbox.apply(),
                None => Ok(()),
            }
        });
    }

    let start = Instant::now();
    let spawning = crate::interrupt::Spawning::begin();
    let forking = FORK_LOCK.read().unwrap_or_else(|e| e.into_inner());
    let mut child = cmd.spawn().map_err(|source| ExecError::Spawn {
        program: spec.program.clone(),
        source,
    })?;
    drop(forking);
    let pid = child.id() as libc::pid_t;
    // Only the child may hold the write end: its end-of-file is ours to see.
    let program_timing = program_timing.map(|(read, _write)| read);
    let stdin_pipe = child.stdin.take();
    let stdout_pipe = child.stdout.take().expect("stdout is piped");
    let stderr_pipe = child.stderr.take().expect("stderr is piped");
    // From here on we reap the child ourselves with wait4; `child` must not wait.
    drop(child);

    crate::interrupt::register_group(pid);
    drop(spawning);
    let mut group = GroupGuard { pid, reaped: false };
    // Sent before the program was exec'd, so it is here by now (see `ChildPlan::send_workdir_to`).
    let workdir_fd = match workdir_socket {
        Some((ours, theirs)) => {
            drop(theirs);
            let received = files::receive_fd(&ours).map_err(collect_err)?;
            Some(received.ok_or_else(|| collect_err(io::Error::other("the sandbox sent no working directory")))?)
        }
        None => None,
    };
    let abandon = Arc::new(AtomicBool::new(false));
    let overflow = Overflow {
        group: limits.stop_at_output_cap.then_some(pid),
        hit: Arc::new(AtomicBool::new(false)),
    };
    let (done_tx, done_rx) = mpsc::channel();
    let cap = limits.output_bytes;
    let program = &spec.program;
    let threads_err = |source| {
        ExecError::io(
            format!("cannot start a thread for `{}`", program.display()),
            source,
        )
    };

    let stdout_reader = spawn_reader("stdout", stdout_pipe, cap, abandon.clone(), done_tx.clone(), overflow.clone())
        .map_err(threads_err)?;
    let stderr_reader =
        spawn_reader("stderr", stderr_pipe, cap, abandon.clone(), done_tx, overflow.clone()).map_err(threads_err)?;
    if let (Some(pipe), Some(input)) = (stdin_pipe, spec.stdin.clone()) {
        // Detached: it ends when the child has read everything or the pipe breaks.
        spawn_writer(pipe, input).map_err(threads_err)?;
    }

    let (wait_tx, wait_rx) = mpsc::channel();
    thread::Builder::new()
        .name("pyport-wait".into())
        .spawn(move || {
            let result = wait4_blocking(pid);
            let _ = wait_tx.send((result, Instant::now()));
        })
        .map_err(threads_err)?;

    let mut timed_out = false;
    let (waited, end) = match wait_rx.recv_timeout(limits.wall) {
        Ok(received) => received,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            timed_out = true;
            kill_group(pid);
            wait_rx
                .recv()
                .expect("the wait thread always sends before it ends")
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            unreachable!("the wait thread always sends before it ends")
        }
    };
    let (status, usage) = waited.map_err(|source| {
        ExecError::io(format!("cannot wait for `{}`", program.display()), source)
    })?;
    group.reaped = true;
    // Grandchildren left in the group (e.g. `cmd &` in a shell) die with the run.
    drop(group);

    // The pipes reach end-of-file once every process holding them is gone.
    let grace_end = Instant::now() + DRAIN_GRACE;
    for _ in 0..2 {
        let left = grace_end.saturating_duration_since(Instant::now());
        if done_rx.recv_timeout(left).is_err() {
            break;
        }
    }
    abandon.store(true, Ordering::Relaxed);
    let (stdout, stdout_truncated) = stdout_reader.join().expect("reader thread panicked");
    let (stderr, stderr_truncated) = stderr_reader.join().expect("reader thread panicked");

    let termination = if timed_out {
        Termination::TimedOut
    } else if overflow.hit.load(Ordering::Relaxed) {
        Termination::OutputLimit { bytes: cap }
    } else if libc::WIFSIGNALED(status) {
        let signal = libc::WTERMSIG(status);
        Termination::Signaled {
            signal,
            name: signal_name(signal),
        }
    } else {
        Termination::Exited(libc::WEXITSTATUS(status))
    };
    let mut wall = end.saturating_duration_since(start);
    if let (Some(read), false) = (&program_timing, timed_out) {
        let mut ns = [0u8; 8];
        // SAFETY: reading at most 8 bytes into `ns` from a non-blocking pipe.
        if unsafe { libc::read(read.as_raw_fd(), ns.as_mut_ptr().cast(), 8) } == 8 {
            let program = Duration::from_nanos(u64::try_from(i64::from_ne_bytes(ns)).unwrap_or(0));
            wall = wall.min(program);
        }
    }
    // Everything of the run is gone: what it wrote is read now (from the tmpfs it had, or the real directory).
    let written_files = match (&baseline, workdir_fd, &workdir) {
        (Some(baseline), Some(fd), _) => files::collect(&fd, baseline, limits.written_bytes).map_err(collect_err)?,
        (Some(baseline), None, Some(dir)) => {
            let fd = files::open_dir(dir).map_err(collect_err)?;
            files::collect(&fd, baseline, limits.written_bytes).map_err(collect_err)?
        }
        _ => Vec::new(),
    };
    Ok(RunOutcome {
        termination,
        stdout,
        stderr,
        stdout_truncated,
        stderr_truncated,
        wall,
        cpu: timeval_duration(usage.ru_utime) + timeval_duration(usage.ru_stime),
        max_rss_kib: u64::try_from(usage.ru_maxrss).unwrap_or(0),
        written_files,
    })
}

/// The conventional name of a signal ("SIGSEGV"), or "signal N" for unusual ones.
pub fn signal_name(signal: i32) -> String {
    const NAMES: &[(libc::c_int, &str)] = &[
        (libc::SIGHUP, "SIGHUP"),
        (libc::SIGINT, "SIGINT"),
        (libc::SIGQUIT, "SIGQUIT"),
        (libc::SIGILL, "SIGILL"),
        (libc::SIGTRAP, "SIGTRAP"),
        (libc::SIGABRT, "SIGABRT"),
        (libc::SIGBUS, "SIGBUS"),
        (libc::SIGFPE, "SIGFPE"),
        (libc::SIGKILL, "SIGKILL"),
        (libc::SIGUSR1, "SIGUSR1"),
        (libc::SIGSEGV, "SIGSEGV"),
        (libc::SIGUSR2, "SIGUSR2"),
        (libc::SIGPIPE, "SIGPIPE"),
        (libc::SIGALRM, "SIGALRM"),
        (libc::SIGTERM, "SIGTERM"),
        (libc::SIGXCPU, "SIGXCPU"),
        (libc::SIGXFSZ, "SIGXFSZ"),
        (libc::SIGSYS, "SIGSYS"),
    ];
    NAMES
        .iter()
        .find(|(number, _)| *number == signal)
        .map(|(_, name)| name.to_string())
        .unwrap_or_else(|| format!("signal {signal}"))
}

/// The child's whole environment: the pass-through list, `PYTHONIOENCODING`
/// defaulting to utf-8, `PYTHONHASHSEED=0` (CPython's str and bytes hashes, and so its set
/// orders, are then the ones the builtin engine's runtime computes; a random seed would make
/// them differ from run to run), and `HOME` set to the working directory.
fn child_env(workdir: Option<&Path>) -> Vec<(OsString, OsString)> {
    let mut vars: Vec<(OsString, OsString)> = PASSED_ENV
        .iter()
        .filter_map(|key| env::var_os(key).map(|value| (OsString::from(key), value)))
        .collect();
    let has = |vars: &[(OsString, OsString)], key: &str| vars.iter().any(|(k, _)| k == key);
    if !has(&vars, "PATH") {
        vars.push(("PATH".into(), FALLBACK_PATH.into()));
    }
    if !has(&vars, "PYTHONIOENCODING") {
        vars.push(("PYTHONIOENCODING".into(), "utf-8".into()));
    }
    vars.push(("PYTHONHASHSEED".into(), "0".into()));
    if let Some(dir) = workdir {
        vars.push(("HOME".into(), dir.into()));
    }
    vars
}

/// A relative program path with a directory part ("./a.out", "build/prog") is
/// taken relative to our working directory, not the child's, so `cwd` does not
/// change which program runs. Bare names are left for the `PATH` lookup.
fn resolve_program(program: &Path, cwd: Option<&Path>) -> PathBuf {
    let has_dir = program.as_os_str().as_encoded_bytes().contains(&b'/');
    if cwd.is_some() && has_dir && program.is_relative() {
        absolute(program)
    } else {
        program.to_path_buf()
    }
}

/// A non-blocking pipe (read end, write end), both ends close-on-exec.
fn timing_pipe() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: pipe2 writes two descriptors into `fds`.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC | libc::O_NONBLOCK) } != 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: both descriptors were just created and are ours.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// Where a bare program name is found in `PATH` (the name itself if nowhere).
fn find_in_path(program: &Path) -> PathBuf {
    if program.as_os_str().as_encoded_bytes().contains(&b'/') {
        return program.to_path_buf();
    }
    env::var_os("PATH")
        .map(|paths| env::split_paths(&paths).map(|dir| dir.join(program)).find(|p| p.is_file()))
        .flatten()
        .unwrap_or_else(|| program.to_path_buf())
}

/// `path` made absolute against our working directory (unchanged if that is unknown).
fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        return path.to_path_buf();
    }
    env::current_dir()
        .map(|dir| dir.join(path))
        .unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(target_env = "gnu")]
type Resource = libc::__rlimit_resource_t;
#[cfg(not(target_env = "gnu"))]
type Resource = libc::c_int;

/// The rlimits to set in the child, computed before `fork` so the child only makes syscalls.
#[derive(Debug, Clone, Copy)]
struct RlimitPlan {
    cpu_seconds: libc::rlim_t,
    memory_bytes: Option<libc::rlim_t>,
    max_processes: Option<libc::rlim_t>,
    file_bytes: Option<libc::rlim_t>,
}

impl RlimitPlan {
    fn new(limits: &Limits, sandboxed: bool) -> Self {
        let round_up = u64::from(limits.cpu.subsec_nanos() > 0);
        let max_processes = if sandboxed {
            // Only a per-run count is a fair cap; our own waiting processes
            // (the sandbox's outer process and PID-namespace init) count in a
            // user namespace, not under a throwaway uid.
            let caps = sandbox::capabilities();
            let in_userns = !caps.root && caps.ns_flags & libc::CLONE_NEWUSER != 0;
            let helpers = if caps.ns_flags & libc::CLONE_NEWPID != 0 { 2 } else { 1 };
            if caps.own_uid {
                limits.max_processes
            } else if in_userns {
                limits.max_processes.map(|n| n.saturating_add(helpers))
            } else {
                None
            }
        } else {
            // Plain RLIMIT_NPROC would count every process of the user: not a per-run cap.
            None
        };
        RlimitPlan {
            cpu_seconds: limits.cpu.as_secs().saturating_add(round_up).max(1),
            memory_bytes: limits.memory_bytes,
            max_processes,
            file_bytes: limits.disk_bytes,
        }
    }

    /// Runs in the forked child before exec: own process group, then the limits.
    fn apply(&self) -> io::Result<()> {
        // SAFETY: plain syscalls on our own process.
        if unsafe { libc::setpgid(0, 0) } != 0 {
            return Err(io::Error::last_os_error());
        }
        // The hard CPU limit one second above the soft one: SIGXCPU first (a
        // clear "killed by SIGXCPU"), SIGKILL if the program ignores it.
        set_rlimit(
            libc::RLIMIT_CPU,
            self.cpu_seconds,
            self.cpu_seconds.saturating_add(1),
        )?;
        if let Some(bytes) = self.memory_bytes {
            set_rlimit(libc::RLIMIT_AS, bytes, bytes)?;
        }
        if let Some(count) = self.max_processes {
            set_rlimit(libc::RLIMIT_NPROC, count, count)?;
        }
        if let Some(bytes) = self.file_bytes {
            set_rlimit(libc::RLIMIT_FSIZE, bytes, bytes)?;
        }
        set_rlimit(libc::RLIMIT_CORE, 0, 0)
    }
}

/// Lowers a limit, never asking for more than the current hard limit (which would fail).
fn set_rlimit(resource: Resource, soft: libc::rlim_t, hard: libc::rlim_t) -> io::Result<()> {
    let mut current = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit only read and write the struct we pass.
    unsafe {
        if libc::getrlimit(resource, &mut current) != 0 {
            return Err(io::Error::last_os_error());
        }
        let hard = if current.rlim_max == libc::RLIM_INFINITY {
            hard
        } else {
            hard.min(current.rlim_max)
        };
        let wanted = libc::rlimit {
            rlim_cur: soft.min(hard),
            rlim_max: hard,
        };
        if libc::setrlimit(resource, &wanted) != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Kills the process group when dropped, and reaps the leader if nobody did:
/// whatever path `run` leaves by, no process of the run survives it.
struct GroupGuard {
    pid: libc::pid_t,
    reaped: bool,
}

impl Drop for GroupGuard {
    fn drop(&mut self) {
        kill_group(self.pid);
        if !self.reaped {
            let _ = wait4_blocking(self.pid);
        }
        crate::interrupt::unregister_group(self.pid);
    }
}

/// Sends SIGKILL to the whole process group led by `pid` (ESRCH, "already gone", is fine).
fn kill_group(pid: libc::pid_t) {
    // SAFETY: killpg has no memory-safety preconditions.
    unsafe {
        libc::killpg(pid, libc::SIGKILL);
    }
}

/// Blocks until `pid` ends; returns its wait status and resource usage.
fn wait4_blocking(pid: libc::pid_t) -> io::Result<(libc::c_int, libc::rusage)> {
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: rusage is plain old data; all-zero is a valid value.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: both pointers are valid for the duration of the call.
        let got = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if got == pid {
            return Ok((status, usage));
        }
        let err = io::Error::last_os_error();
        if err.kind() != io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
}

fn timeval_duration(tv: libc::timeval) -> Duration {
    Duration::from_secs(u64::try_from(tv.tv_sec).unwrap_or(0))
        + Duration::from_micros(u64::try_from(tv.tv_usec).unwrap_or(0))
}

/// Starts a thread that drains `pipe` to end-of-file, keeping the first `cap`
/// bytes; it signals `done` when finished and gives up once `abandon` is set.
fn spawn_reader<R>(
    label: &str,
    mut pipe: R,
    cap: usize,
    abandon: Arc<AtomicBool>,
    done: mpsc::Sender<()>,
    overflow: Overflow,
) -> io::Result<JoinHandle<(Vec<u8>, bool)>>
where
    R: Read + AsRawFd + Send + 'static,
{
    thread::Builder::new()
        .name(format!("pyport-{label}"))
        .spawn(move || {
            let mut kept = Vec::new();
            let mut truncated = false;
            let mut buf = vec![0u8; 64 * 1024];
            while !abandon.load(Ordering::Relaxed) {
                if !wait_readable(pipe.as_raw_fd(), READER_POLL_MS) {
                    continue;
                }
                match pipe.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => {
                        let room = cap.saturating_sub(kept.len());
                        kept.extend_from_slice(&buf[..n.min(room)]);
                        if n > room && !truncated {
                            truncated = true;
                            if let Some(group) = overflow.group {
                                overflow.hit.store(true, Ordering::Relaxed);
                                kill_group(group);
                            }
                        }
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(_) => break,
                }
            }
            let _ = done.send(());
            (kept, truncated)
        })
}

/// Whether passing the output cap stops the run (the process group to kill), and whether it did.
#[derive(Clone)]
struct Overflow {
    group: Option<libc::pid_t>,
    hit: Arc<AtomicBool>,
}

/// Waits up to `timeout_ms` for `fd` to be readable or hung up; false on timeout.
fn wait_readable(fd: libc::c_int, timeout_ms: libc::c_int) -> bool {
    let mut pollfd = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd.
    let ready = unsafe { libc::poll(&mut pollfd, 1, timeout_ms) };
    // Any other poll error (a bad descriptor) will show up again in `read`.
    ready > 0 || (ready < 0 && io::Error::last_os_error().kind() != io::ErrorKind::Interrupted)
}

/// Starts a detached thread that writes `input` to the child's stdin and closes it.
fn spawn_writer<W: Write + Send + 'static>(mut pipe: W, input: Vec<u8>) -> io::Result<()> {
    thread::Builder::new()
        .name("pyport-stdin".into())
        .spawn(move || {
            // A child that exits without reading makes the write fail with EPIPE.
            // Block SIGPIPE in this thread so that failure cannot kill us even if
            // the host program restored the default SIGPIPE action.
            // SAFETY: manipulating this thread's own signal mask.
            unsafe {
                let mut set: libc::sigset_t = std::mem::zeroed();
                libc::sigemptyset(&mut set);
                libc::sigaddset(&mut set, libc::SIGPIPE);
                libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
            }
            let _ = pipe.write_all(&input);
        })
        .map(drop)
}
