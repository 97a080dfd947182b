//! Ctrl-C, `kill` and a closed terminal: every run pyport started ends and its scratch files go.
//!
//! Runs live in process groups of their own (so a terminal's Ctrl-C never reaches a program
//! halfway through being timed), which means nobody else stops them when pyport dies. A binary
//! that calls [`install`] first thing in `main` gets a thread that waits for SIGINT, SIGTERM and
//! SIGHUP; on one it kills every live run's process group, removes every registered scratch
//! path, says so on stderr and exits with 128 + the signal number, as a shell would report.
//!
//! [`run()`](crate::run()) registers its process groups itself; whoever creates a scratch
//! directory holds a [`Scratch`] for as long as it exists.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicUsize, Ordering};
use std::sync::Mutex;

/// Live process groups (leader pids) and scratch paths, under one lock so that a run registered
/// while the handler works is either killed by the handler or kills itself.
struct Registry {
    groups: Vec<libc::pid_t>,
    scratch: Vec<(u64, PathBuf)>,
    next_scratch: u64,
}

static REGISTRY: Mutex<Registry> = Mutex::new(Registry { groups: Vec::new(), scratch: Vec::new(), next_scratch: 0 });
static INTERRUPTED: AtomicBool = AtomicBool::new(false);
/// The status the signal thread exits with, set once its cleanup is done (0 until then).
static EXIT_STATUS: AtomicI32 = AtomicI32::new(0);
/// Runs between `spawn` and [`register_group`]: the handler waits for them, so that a signal
/// arriving in that window still stops the new run.
static SPAWNING: AtomicUsize = AtomicUsize::new(0);

/// Held by a thread from before it spawns a run until the run's group is registered.
pub(crate) struct Spawning(());

impl Spawning {
    pub(crate) fn begin() -> Spawning {
        SPAWNING.fetch_add(1, Ordering::SeqCst);
        Spawning(())
    }
}

impl Drop for Spawning {
    fn drop(&mut self) {
        SPAWNING.fetch_sub(1, Ordering::SeqCst);
    }
}

fn registry() -> std::sync::MutexGuard<'static, Registry> {
    // A panic while holding the lock leaves plain data behind; keep using it.
    REGISTRY.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Whether a termination signal has arrived (the process is about to exit).
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Records a live process group; if pyport is already being interrupted, kills it at once.
pub(crate) fn register_group(pid: libc::pid_t) {
    let mut reg = registry();
    reg.groups.push(pid);
    if interrupted() {
        // SAFETY: killpg has no memory-safety preconditions.
        unsafe { libc::killpg(pid, libc::SIGKILL) };
    }
}

/// Forgets a process group once it is reaped.
pub(crate) fn unregister_group(pid: libc::pid_t) {
    let mut reg = registry();
    if let Some(i) = reg.groups.iter().position(|&g| g == pid) {
        reg.groups.swap_remove(i);
    }
}

/// A path (file or directory) removed if pyport is interrupted while this value lives. Dropping
/// it only forgets the path: removing it on the normal path stays the owner's job.
#[derive(Debug)]
pub struct Scratch {
    id: u64,
}

impl Scratch {
    /// Registers `path` for removal on interrupt.
    pub fn register(path: &Path) -> Scratch {
        let mut reg = registry();
        let id = reg.next_scratch;
        reg.next_scratch += 1;
        reg.scratch.push((id, path.to_path_buf()));
        Scratch { id }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let mut reg = registry();
        if let Some(i) = reg.scratch.iter().position(|(id, _)| *id == self.id) {
            reg.scratch.swap_remove(i);
        }
    }
}

const SIGNALS: [libc::c_int; 3] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP];

fn signal_set() -> libc::sigset_t {
    // SAFETY: sigset_t is plain data, initialised by sigemptyset before use.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        for sig in SIGNALS {
            libc::sigaddset(&mut set, sig);
        }
        set
    }
}

/// Blocks SIGINT, SIGTERM and SIGHUP in the calling thread (and so in every thread it starts
/// later) and starts the thread that waits for them. Call it first in `main`, before any other
/// thread exists. Programs started by [`run()`](crate::run()) get an empty mask back before exec.
pub fn install() -> io::Result<()> {
    let set = signal_set();
    // SAFETY: `set` is a valid, initialised signal set.
    let rc = unsafe { libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut()) };
    if rc != 0 {
        return Err(io::Error::from_raw_os_error(rc));
    }
    std::thread::Builder::new().name("pyport-signals".into()).spawn(move || loop {
        let mut sig: libc::c_int = 0;
        // SAFETY: both pointers are valid; the signals in `set` are blocked in every thread.
        if unsafe { libc::sigwait(&set, &mut sig) } == 0 {
            stop_everything(sig);
        }
    })?;
    Ok(())
}

/// For a thread already inside `exit` (an `atexit` hook, see build_cache.rs) when pyport is
/// interrupted: waits for the signal thread's cleanup and ends the process with its status, so
/// that the normal exit neither reports success nor races the cleanup (two threads in `exit` at
/// once is undefined; a newer glibc blocks the second forever).
pub(crate) fn exit_as_interrupted() -> ! {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let status = EXIT_STATUS.load(Ordering::SeqCst);
        if status != 0 || std::time::Instant::now() > deadline {
            // SAFETY: _exit ends the process at once; nothing is left to clean up.
            unsafe { libc::_exit(if status != 0 { status } else { 128 + libc::SIGINT }) };
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// Empties the signal mask; for a forked child before exec (async-signal-safe, allocates nothing).
pub(crate) fn unblock_in_child() -> io::Result<()> {
    // SAFETY: sigemptyset and pthread_sigmask only touch the local set and this thread's mask.
    let rc = unsafe {
        let mut empty: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut empty);
        libc::pthread_sigmask(libc::SIG_SETMASK, &empty, std::ptr::null_mut())
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::from_raw_os_error(rc))
    }
}

/// Kills every live run, removes every scratch path, and exits with 128 + `sig`.
fn stop_everything(sig: libc::c_int) -> ! {
    INTERRUPTED.store(true, Ordering::SeqCst);
    // A run being spawned registers (and, seeing the flag, kills) itself within moments.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    while SPAWNING.load(Ordering::SeqCst) > 0 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let (runs, paths) = {
        let reg = registry();
        for &pid in &reg.groups {
            // SAFETY: killpg has no memory-safety preconditions.
            unsafe { libc::killpg(pid, libc::SIGKILL) };
        }
        (reg.groups.len(), reg.scratch.iter().map(|(_, p)| p.clone()).collect::<Vec<_>>())
    };
    for path in &paths {
        let _ = std::fs::remove_dir_all(path).or_else(|_| std::fs::remove_file(path));
    }
    let name = match sig {
        libc::SIGINT => "interrupted",
        libc::SIGTERM => "terminated",
        _ => "hung up",
    };
    let mut what = Vec::new();
    if runs > 0 {
        what.push(format!("stopped {runs} running program{}", if runs == 1 { "" } else { "s" }));
    }
    if !paths.is_empty() {
        what.push("removed its scratch files".to_string());
    }
    if what.is_empty() {
        eprintln!("\npyport: {name}");
    } else {
        eprintln!("\npyport: {name}; {}", what.join(" and "));
    }
    EXIT_STATUS.store(128 + sig, Ordering::SeqCst);
    std::process::exit(128 + sig);
}
