//! The sandbox around every run: namespaces, an unprivileged user, Landlock, a disk cap.
//!
//! What the kernel allows is probed once per process ([`capabilities`]); each
//! run then gets every protection that is available, and [`Capabilities::warning`]
//! names the ones that are not, in one line. The mechanisms, all optional:
//!
//! - a **network namespace** (no interface but a downed loopback): no network;
//! - a **PID namespace** whose init is a tiny reaper of ours: when the program
//!   ends or the run is killed, every process it started dies with it, even one
//!   that left the process group (`setsid`);
//! - as root, a **throwaway user id** per run: `RLIMIT_NPROC` is not enforced
//!   for root, but it is for that uid, and it counts only this run's processes;
//!   without root, a **user namespace** gives the same per-run count;
//! - a **mount namespace** with a size-capped tmpfs on the scratch directory:
//!   a disk filler fills that, not the machine's disk;
//! - **Landlock**: writes only beneath the scratch directory; reads everywhere
//!   except home and temporary directories (`/home`, `/root`, `$HOME`, `/tmp`,
//!   `$TMPDIR`, `/var/tmp`, `/dev/shm`) unless named explicitly; no TCP
//!   bind/connect; no signals to processes outside the run.
//!
//! When the run's files are collected (`RunSpec::collect_files`), the child sends the
//! parent a descriptor of its tmpfs working directory, which keeps the mount readable
//! after the run's namespace is gone (see `ChildPlan::send_workdir_to`).
//!
//! Everything that allocates (paths, the Landlock ruleset) is prepared in the
//! parent; the forked child only makes syscalls (see `ChildPlan::apply`).

use std::ffi::CString;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

use serde::Serialize;

/// What to confine a run to. `RunSpec::sandbox: None` runs with rlimits and a
/// process group only.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sandbox {
    /// Directories the program may write beneath (its scratch directory).
    pub writable: Vec<PathBuf>,
    /// Paths it may read even inside a home directory (its source, include directories).
    pub readable: Vec<PathBuf>,
    /// Run as a throwaway unprivileged user when we are root, so that the
    /// process cap applies; the working directory is handed to that user.
    /// Off for the compiler, which must read the user's files as the user.
    pub own_user: bool,
    /// Mount a tmpfs of `Limits::disk_bytes` on the working directory, so that
    /// what the program writes is capped and vanishes with the run.
    pub tmpfs_workdir: bool,
    /// Files (name, content) the program finds in its working directory. The caller writes
    /// them there too; with a tmpfs they are written again inside it, before the program starts.
    /// A name may hold folders (`data/in.txt`, relative, `/`-separated, no `..`): they are made.
    /// With a throwaway user the files and those folders are its own, as a user's files are
    /// theirs: the program may rewrite them.
    pub seed_files: Vec<(String, Vec<u8>)>,
}

impl Sandbox {
    /// The sandbox for running an untrusted program whose scratch directory is `dir`.
    pub fn program(dir: impl Into<PathBuf>) -> Self {
        Sandbox {
            writable: vec![dir.into()],
            readable: Vec::new(),
            own_user: true,
            tmpfs_workdir: true,
            seed_files: Vec::new(),
        }
    }
}

/// One protection and whether this machine gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Protection {
    /// What it protects, e.g. "no network".
    pub name: &'static str,
    /// Whether runs get it.
    pub active: bool,
    /// How (when active) or why not (when inactive).
    pub how: String,
}

/// What the kernel lets this process do, probed once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Capabilities {
    /// We run as uid 0.
    pub root: bool,
    /// Namespace flags that `unshare` accepts, as one set (`CLONE_NEW*`, with
    /// `CLONE_NEWUSER` when we are not root); 0 when none work.
    #[serde(skip)]
    pub ns_flags: libc::c_int,
    /// A network namespace works.
    pub net_ns: bool,
    /// A PID namespace works.
    pub pid_ns: bool,
    /// A mount namespace with a tmpfs works.
    pub tmpfs: bool,
    /// Switching to another uid works (root only).
    pub own_uid: bool,
    /// The Landlock ABI version, if Landlock is enabled.
    pub landlock_abi: Option<u32>,
}

impl Capabilities {
    /// Every protection, active or not, in a fixed order.
    pub fn protections(&self) -> Vec<Protection> {
        let landlock = self.landlock_abi;
        let per_run_count = self.own_uid || (!self.root && self.ns_flags & libc::CLONE_NEWUSER != 0);
        vec![
            Protection {
                name: "time limits",
                active: true,
                how: "wall clock (process group killed) and RLIMIT_CPU".into(),
            },
            Protection {
                name: "memory limit",
                active: true,
                how: "RLIMIT_AS per process".into(),
            },
            Protection {
                name: "output cap",
                active: true,
                how: "stdout and stderr cut at the limit, the run stopped".into(),
            },
            Protection {
                name: "scrubbed environment",
                active: true,
                how: "only PATH, locale, TERM, TZ and PYTHON* settings pass".into(),
            },
            Protection {
                name: "process cap",
                active: per_run_count,
                how: if self.own_uid {
                    "RLIMIT_NPROC under a throwaway uid per run".into()
                } else if per_run_count {
                    "RLIMIT_NPROC counted in the run's user namespace".into()
                } else if self.root {
                    "unavailable: RLIMIT_NPROC does not apply to root and no other uid can be used".into()
                } else {
                    "unavailable: no user namespace, and RLIMIT_NPROC would count all your processes".into()
                },
            },
            Protection {
                name: "no stray processes",
                active: self.pid_ns,
                how: if self.pid_ns {
                    "PID namespace: everything the program started dies with it".into()
                } else {
                    "partial: the process group is killed; a process that leaves it survives".into()
                },
            },
            Protection {
                name: "no network",
                active: self.net_ns || landlock.is_some_and(|v| v >= 4),
                how: match (self.net_ns, landlock.is_some_and(|v| v >= 4)) {
                    (true, true) => "network namespace, and Landlock denies TCP".into(),
                    (true, false) => "network namespace".into(),
                    (false, true) => "Landlock denies TCP bind/connect (UDP still possible)".into(),
                    (false, false) => "unavailable: no network namespace and no Landlock ABI 4".into(),
                },
            },
            Protection {
                name: "writes confined to scratch",
                active: landlock.is_some(),
                how: match landlock {
                    Some(v) => format!("Landlock ABI {v}"),
                    None => "unavailable: Landlock is not enabled in this kernel".into(),
                },
            },
            Protection {
                name: "home and temp directories unreadable",
                active: landlock.is_some(),
                how: match landlock {
                    Some(_) => "Landlock: home and temporary directories are not readable outside the scratch directory".into(),
                    None => "unavailable: Landlock is not enabled in this kernel".into(),
                },
            },
            Protection {
                name: "disk cap",
                active: true,
                how: if self.tmpfs {
                    "size-capped tmpfs on the scratch directory, and RLIMIT_FSIZE".into()
                } else {
                    "RLIMIT_FSIZE per file only (no mount namespace)".into()
                },
            },
        ]
    }

    /// One line naming the protections this machine cannot give, if any.
    pub fn warning(&self) -> Option<String> {
        let missing: Vec<String> = self
            .protections()
            .into_iter()
            .filter(|p| !p.active)
            .map(|p| p.name.to_string())
            .collect();
        (!missing.is_empty()).then(|| {
            format!(
                "sandbox incomplete on this machine: no {} (run `pyport doctor` for details)",
                missing.join(", no ")
            )
        })
    }
}

/// What this machine allows, probed on first use and then cached.
pub fn capabilities() -> &'static Capabilities {
    static CAPS: OnceLock<Capabilities> = OnceLock::new();
    CAPS.get_or_init(probe)
}

fn probe() -> Capabilities {
    // SAFETY: getuid has no preconditions.
    let root = unsafe { libc::getuid() } == 0;
    let user = if root { 0 } else { libc::CLONE_NEWUSER };
    let try_flags = |flags: libc::c_int| {
        probe_in_child(move || {
            // SAFETY: unshare in a forked child that exits right after.
            unsafe { libc::unshare(flags) == 0 }
        })
    };
    let net_ns = try_flags(user | libc::CLONE_NEWNET);
    let pid_ns = try_flags(user | libc::CLONE_NEWPID);
    let mount_ns = try_flags(user | libc::CLONE_NEWNS);
    let mut ns_flags = 0;
    if net_ns {
        ns_flags |= libc::CLONE_NEWNET;
    }
    if pid_ns {
        ns_flags |= libc::CLONE_NEWPID;
    }
    if ns_flags != 0 {
        ns_flags |= user;
    }
    // A tmpfs needs a mount namespace we may mount in; as non-root the files
    // would belong to an unmapped user, so only root gets it.
    let tmpfs = root
        && mount_ns
        && probe_in_child(|| {
            // SAFETY: a forked child that exits right after; the mount is in its own namespace.
            unsafe {
                libc::unshare(libc::CLONE_NEWNS) == 0
                    && libc::mount(
                        c"none".as_ptr(),
                        c"/".as_ptr(),
                        std::ptr::null(),
                        libc::MS_REC | libc::MS_PRIVATE,
                        std::ptr::null(),
                    ) == 0
                    && libc::mount(
                        c"tmpfs".as_ptr(),
                        c"/tmp".as_ptr(),
                        c"tmpfs".as_ptr(),
                        libc::MS_NOSUID | libc::MS_NODEV,
                        c"size=1m".as_ptr().cast(),
                    ) == 0
            }
        });
    if tmpfs {
        ns_flags |= libc::CLONE_NEWNS;
    }
    let own_uid = root
        && probe_in_child(|| {
            // SAFETY: a forked child that exits right after.
            unsafe {
                let id = SANDBOX_UID_BASE;
                libc::setgroups(0, std::ptr::null()) == 0
                    && libc::setresgid(id, id, id) == 0
                    && libc::setresuid(id, id, id) == 0
            }
        });
    Capabilities {
        root,
        ns_flags,
        net_ns,
        pid_ns,
        tmpfs,
        own_uid,
        landlock_abi: landlock_abi(),
    }
}

/// Runs `test` in a forked child and reports whether it returned true.
/// `test` must only make async-signal-safe calls (the parent may have threads).
fn probe_in_child(test: impl Fn() -> bool) -> bool {
    // SAFETY: the child only runs `test` (syscalls) and `_exit`s.
    unsafe {
        let pid = libc::fork();
        if pid < 0 {
            return false;
        }
        if pid == 0 {
            libc::_exit(if test() { 0 } else { 1 });
        }
        let mut status = 0;
        while libc::waitpid(pid, &mut status, 0) < 0 {
            if io::Error::last_os_error().kind() != io::ErrorKind::Interrupted {
                return false;
            }
        }
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0
    }
}

/// Throwaway uids are taken from here up; far above any real account.
const SANDBOX_UID_BASE: libc::uid_t = 1_700_000_000;

/// A uid no other run of this machine uses right now (pid and counter based).
fn fresh_uid() -> libc::uid_t {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed) % 1024;
    let slot = (std::process::id() % 100_000) * 1024 + n;
    SANDBOX_UID_BASE + 1 + slot
}

// Landlock, through raw syscalls (x86_64 and aarch64 share these numbers).
const SYS_LANDLOCK_CREATE_RULESET: libc::c_long = 444;
const SYS_LANDLOCK_ADD_RULE: libc::c_long = 445;
const SYS_LANDLOCK_RESTRICT_SELF: libc::c_long = 446;
const LANDLOCK_CREATE_RULESET_VERSION: u32 = 1;
const LANDLOCK_RULE_PATH_BENEATH: libc::c_int = 1;

const FS_EXECUTE: u64 = 1 << 0;
const FS_WRITE_FILE: u64 = 1 << 1;
const FS_READ_FILE: u64 = 1 << 2;
const FS_READ_DIR: u64 = 1 << 3;
const FS_TRUNCATE: u64 = 1 << 14;
/// Rights that apply to a file (not only a directory) in a rule.
const FS_FILE_RIGHTS: u64 = FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | FS_TRUNCATE;
const FS_READ: u64 = FS_EXECUTE | FS_READ_FILE | FS_READ_DIR;
const NET_BIND_TCP: u64 = 1 << 0;
const NET_CONNECT_TCP: u64 = 1 << 1;
const SCOPE_ABSTRACT_UNIX_SOCKET: u64 = 1 << 0;
const SCOPE_SIGNAL: u64 = 1 << 1;

#[repr(C)]
struct RulesetAttr {
    handled_access_fs: u64,
    handled_access_net: u64,
    scoped: u64,
}

#[repr(C, packed)]
struct PathBeneathAttr {
    allowed_access: u64,
    parent_fd: i32,
}

fn landlock_abi() -> Option<u32> {
    // SAFETY: the version query takes no pointer.
    let v = unsafe {
        libc::syscall(
            SYS_LANDLOCK_CREATE_RULESET,
            std::ptr::null::<RulesetAttr>(),
            0usize,
            LANDLOCK_CREATE_RULESET_VERSION,
        )
    };
    u32::try_from(v).ok().filter(|v| *v >= 1)
}

/// Filesystem rights handled (denied unless allowed) at this ABI. Device
/// ioctls (ABI 5) are left alone: the program's terminal and pipes need them.
fn handled_fs(abi: u32) -> u64 {
    let mut rights = (1 << 13) - 1;
    if abi >= 2 {
        rights |= 1 << 13; // REFER
    }
    if abi >= 3 {
        rights |= FS_TRUNCATE;
    }
    rights
}

/// A Landlock ruleset with the read rules in place; writable paths are added
/// by the child (after a tmpfs may have been mounted on them).
struct Ruleset {
    fd: OwnedFd,
    write_rights: u64,
}

fn add_rule(ruleset: &OwnedFd, path: &Path, rights: u64) -> io::Result<()> {
    let c = CString::new(path.as_os_str().as_bytes())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "NUL in path"))?;
    // SAFETY: a valid C string; O_PATH opens nothing but a reference.
    let fd = unsafe { libc::open(c.as_ptr(), libc::O_PATH | libc::O_CLOEXEC) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: fd was just opened and is ours.
    let fd = unsafe { OwnedFd::from_raw_fd(fd) };
    let is_dir = std::fs::metadata(path).map(|m| m.is_dir()).unwrap_or(false);
    let rights = if is_dir { rights } else { rights & FS_FILE_RIGHTS };
    let attr = PathBeneathAttr {
        allowed_access: rights,
        parent_fd: fd.as_raw_fd(),
    };
    // SAFETY: attr lives across the call.
    let r = unsafe {
        libc::syscall(
            SYS_LANDLOCK_ADD_RULE,
            ruleset.as_raw_fd(),
            LANDLOCK_RULE_PATH_BENEATH,
            &attr as *const PathBeneathAttr,
            0u32,
        )
    };
    if r != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Reads are allowed everywhere but beneath `excluded`: every entry of `/` is
/// allowed, except that a directory on the way to an excluded path is entered
/// and its other entries allowed one by one.
fn allow_reads_except(ruleset: &OwnedFd, dir: &Path, excluded: &[PathBuf], rights: u64) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if excluded.iter().any(|e| *e == path) {
            continue;
        }
        if excluded.iter().any(|e| e.starts_with(&path)) && path.is_dir() {
            allow_reads_except(ruleset, &path, excluded, rights);
        } else {
            // Dangling links and files we cannot open are simply not allowed.
            let _ = add_rule(ruleset, &path, rights);
        }
    }
}

/// The installation prefix of `program` (`/root/.pyenv/versions/3.11.7` for
/// its `bin/python3`), so an interpreter installed in a home directory can
/// read its own library.
fn program_prefix(program: &Path) -> Option<PathBuf> {
    let real = std::fs::canonicalize(program).ok()?;
    let bin = real.parent()?;
    Some(if bin.file_name().is_some_and(|n| n == "bin" || n == "sbin") { bin.parent()?.to_path_buf() } else { bin.to_path_buf() })
}

fn build_ruleset(abi: u32, sandbox: &Sandbox, program: &Path) -> io::Result<Ruleset> {
    let fs = handled_fs(abi);
    let attr = RulesetAttr {
        handled_access_fs: fs,
        handled_access_net: if abi >= 4 { NET_BIND_TCP | NET_CONNECT_TCP } else { 0 },
        scoped: if abi >= 6 { SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL } else { 0 },
    };
    let size = match abi {
        1..=3 => 8,
        4 | 5 => 16,
        _ => std::mem::size_of::<RulesetAttr>(),
    };
    // SAFETY: attr outlives the call; size is at most its size.
    let fd = unsafe { libc::syscall(SYS_LANDLOCK_CREATE_RULESET, &attr as *const RulesetAttr, size, 0u32) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a new descriptor that we own (created with O_CLOEXEC by the kernel).
    let fd = unsafe { OwnedFd::from_raw_fd(fd as i32) };
    // Home directories hold secrets; temporary directories hold other runs'
    // and other programs' files. The run's own scratch is allowed below.
    let mut excluded: Vec<PathBuf> = ["/home", "/root", "/tmp", "/var/tmp", "/dev/shm"].map(PathBuf::from).into();
    for dir in [std::env::var_os("HOME").map(PathBuf::from), Some(std::env::temp_dir())].into_iter().flatten() {
        if dir.is_absolute() && dir.components().count() > 1 {
            excluded.push(std::fs::canonicalize(&dir).unwrap_or(dir));
        }
    }
    allow_reads_except(&fd, Path::new("/"), &excluded, FS_READ);
    for path in sandbox.readable.iter().chain(program_prefix(program).as_ref()) {
        add_rule(&fd, path, FS_READ)?;
    }
    for dev in ["/dev/null", "/dev/zero", "/dev/full"] {
        let _ = add_rule(&fd, Path::new(dev), FS_READ | FS_WRITE_FILE | (fs & FS_TRUNCATE));
    }
    Ok(Ruleset { fd, write_rights: fs })
}

/// Everything the child does between fork and exec, prepared by the parent.
pub(crate) struct ChildPlan {
    ns_flags: libc::c_int,
    pid_ns: bool,
    /// The working directory, and the tmpfs options for it.
    tmpfs: Option<(CString, CString)>,
    /// The throwaway uid, and the directory to give it.
    uid: Option<(libc::uid_t, Option<CString>)>,
    landlock: Option<Ruleset>,
    writable: Vec<CString>,
    /// Where the PID namespace's init reports the program's own wall time (8 bytes, ns).
    timing_fd: libc::c_int,
    /// Files to write into the tmpfs working directory (name, content).
    seeds: Vec<(CString, Vec<u8>)>,
    /// Folders to make there first for seeds in subfolders, parents before children.
    seed_dirs: Vec<CString>,
    /// The seeds (and their folders) in a working directory that is not a tmpfs, given to the
    /// throwaway user with the directory.
    chown_seeds: Vec<CString>,
    /// Where to send a descriptor of the tmpfs working directory (a Unix socket), or -1.
    workdir_socket: libc::c_int,
}

impl ChildPlan {
    /// Plans `sandbox` for running `program` (a path, or a name found in `PATH`) in `workdir`
    /// (only an explicit working directory gets a tmpfs or is handed to the throwaway user) with a disk cap of `disk_bytes`.
    pub(crate) fn new(
        sandbox: &Sandbox,
        program: &Path,
        workdir: Option<&Path>,
        disk_bytes: Option<u64>,
    ) -> io::Result<Self> {
        let caps = capabilities();
        let cstr = |p: &Path| {
            CString::new(p.as_os_str().as_bytes())
                .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "NUL in path"))
        };
        let workdir_c = workdir.map(cstr).transpose()?;
        let uid = (sandbox.own_user && caps.own_uid).then(fresh_uid);
        let tmpfs = match (&workdir_c, sandbox.tmpfs_workdir && caps.tmpfs) {
            (Some(dir), true) => {
                let size = disk_bytes.unwrap_or(256 << 20);
                let owner = uid.map(|u| format!(",uid={u},gid={u}")).unwrap_or_default();
                Some((dir.clone(), cstr(Path::new(&format!("size={size},mode=0700{owner}")))?))
            }
            _ => None,
        };
        let mut ns_flags = caps.ns_flags;
        if tmpfs.is_none() {
            ns_flags &= !libc::CLONE_NEWNS;
        }
        let landlock = caps.landlock_abi.map(|abi| build_ruleset(abi, sandbox, program)).transpose()?;
        // The folders the seeds are in, parents first (`data`, then `data/in`).
        let mut dirs: Vec<&str> = Vec::new();
        for (name, _) in &sandbox.seed_files {
            if name.starts_with('/') || name.split('/').any(|c| c == "..") {
                return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("seed file `{name}` is not a relative path below the working directory")));
            }
            for (i, _) in name.match_indices('/') {
                if !dirs.contains(&&name[..i]) {
                    dirs.push(&name[..i]);
                }
            }
        }
        let (seeds, seed_dirs, chown_seeds) = if tmpfs.is_some() {
            let seeds = sandbox
                .seed_files
                .iter()
                .map(|(name, data)| Ok((cstr(Path::new(name))?, data.clone())))
                .collect::<io::Result<_>>()?;
            (seeds, dirs.iter().map(|d| cstr(Path::new(d))).collect::<io::Result<_>>()?, Vec::new())
        } else {
            let chown = match (uid, workdir) {
                (Some(_), Some(w)) => dirs
                    .iter()
                    .copied()
                    .chain(sandbox.seed_files.iter().map(|(name, _)| name.as_str()))
                    .map(|rel| cstr(&w.join(rel)))
                    .collect::<io::Result<_>>()?,
                _ => Vec::new(),
            };
            (Vec::new(), Vec::new(), chown)
        };
        Ok(ChildPlan {
            seeds,
            seed_dirs,
            chown_seeds,
            ns_flags,
            pid_ns: ns_flags & libc::CLONE_NEWPID != 0,
            uid: uid.map(|u| (u, if tmpfs.is_none() { workdir_c.clone() } else { None })),
            tmpfs,
            writable: sandbox.writable.iter().map(|p| cstr(p)).collect::<io::Result<_>>()?,
            landlock,
            timing_fd: -1,
            workdir_socket: -1,
        })
    }

    /// Whether the program gets a tmpfs of its own on its working directory.
    pub(crate) fn tmpfs_workdir(&self) -> bool {
        self.tmpfs.is_some()
    }

    /// Makes the child send a descriptor of its tmpfs working directory over `socket` (a Unix
    /// socket), once the seed files are in it.
    ///
    /// The tmpfs lives in the run's mount namespace and goes when the run ends; an open
    /// descriptor keeps it (detached, but readable), so the parent can read what the program
    /// wrote after it is gone. The child sends it before it starts the program, and `spawn`
    /// returns only once the program has been exec'd, so the parent finds it waiting right
    /// after `spawn` (and no message at all if the child failed first): it never waits for it.
    pub(crate) fn send_workdir_to(&mut self, socket: libc::c_int) {
        self.workdir_socket = socket;
    }

    /// Whether the program will run under a PID-namespace init that times it.
    pub(crate) fn times_program(&self) -> bool {
        self.pid_ns
    }

    /// Makes init report the program's wall time on `fd` (the write end of a pipe).
    pub(crate) fn report_wall_time_to(&mut self, fd: libc::c_int) {
        self.timing_fd = fd;
    }

    /// Runs in the forked child (after `setpgid` and the rlimits), before exec.
    ///
    /// With a PID namespace this forks twice and only the innermost process
    /// returns; the other two wait and pass its exit status on.
    pub(crate) fn apply(&self) -> io::Result<()> {
        // SAFETY (whole function): only async-signal-safe syscalls on
        // pre-built data; no allocation, no locks.
        unsafe {
            if self.ns_flags != 0 && libc::unshare(self.ns_flags) != 0 {
                return Err(io::Error::last_os_error());
            }
            if let Some((dir, options)) = &self.tmpfs {
                check(libc::mount(
                    c"none".as_ptr(),
                    c"/".as_ptr(),
                    std::ptr::null(),
                    libc::MS_REC | libc::MS_PRIVATE,
                    std::ptr::null(),
                ))?;
                check(libc::mount(
                    c"tmpfs".as_ptr(),
                    dir.as_ptr(),
                    c"tmpfs".as_ptr(),
                    libc::MS_NOSUID | libc::MS_NODEV,
                    options.as_ptr().cast(),
                ))?;
                // Our working directory is the directory under the mount.
                check(libc::chdir(dir.as_ptr()))?;
                // Seeds belong to the throwaway user, as a user's input files are theirs.
                let owner = self.uid.as_ref().map(|(u, _)| *u);
                for dir in &self.seed_dirs {
                    if libc::mkdir(dir.as_ptr(), 0o755) != 0 {
                        let err = io::Error::last_os_error();
                        if err.raw_os_error() != Some(libc::EEXIST) {
                            return Err(err);
                        }
                    }
                    if let Some(u) = owner {
                        check(libc::lchown(dir.as_ptr(), u, u))?;
                    }
                }
                for (name, data) in &self.seeds {
                    let fd = libc::open(
                        name.as_ptr(),
                        libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC | libc::O_CLOEXEC | libc::O_NOFOLLOW,
                        0o644 as libc::c_uint,
                    );
                    if fd < 0 {
                        return Err(io::Error::last_os_error());
                    }
                    if let Some(u) = owner {
                        if libc::fchown(fd, u, u) != 0 {
                            let err = io::Error::last_os_error();
                            libc::close(fd);
                            return Err(err);
                        }
                    }
                    let mut left: &[u8] = data;
                    while !left.is_empty() {
                        let n = libc::write(fd, left.as_ptr().cast(), left.len());
                        if n <= 0 {
                            let err = io::Error::last_os_error();
                            libc::close(fd);
                            return Err(err);
                        }
                        left = &left[n as usize..];
                    }
                    libc::close(fd);
                }
                if self.workdir_socket >= 0 {
                    let dir = libc::open(c".".as_ptr(), libc::O_RDONLY | libc::O_DIRECTORY | libc::O_CLOEXEC);
                    if dir < 0 {
                        return Err(io::Error::last_os_error());
                    }
                    let sent = crate::files::send_fd(self.workdir_socket, dir);
                    libc::close(dir);
                    libc::close(self.workdir_socket);
                    sent?;
                }
            }
            if self.pid_ns {
                become_reaped_grandchild(self.timing_fd)?;
            }
            if let Some((uid, dir)) = &self.uid {
                if let Some(dir) = dir {
                    check(libc::chown(dir.as_ptr(), *uid, *uid))?;
                    // The seeds the caller wrote there (one the caller could not write is not there).
                    for path in &self.chown_seeds {
                        if libc::lchown(path.as_ptr(), *uid, *uid) != 0 && io::Error::last_os_error().raw_os_error() != Some(libc::ENOENT) {
                            return Err(io::Error::last_os_error());
                        }
                    }
                }
                check(libc::prctl(libc::PR_SET_KEEPCAPS, 1, 0, 0, 0))?;
                check(libc::setgroups(0, std::ptr::null()))?;
                check(libc::setresgid(*uid, *uid, *uid))?;
                check(libc::setresuid(*uid, *uid, *uid))?;
                keep_read_search()?;
            }
            if let Some(ruleset) = &self.landlock {
                for dir in &self.writable {
                    let fd = libc::open(dir.as_ptr(), libc::O_PATH | libc::O_CLOEXEC);
                    if fd < 0 {
                        continue;
                    }
                    let attr = PathBeneathAttr {
                        allowed_access: ruleset.write_rights,
                        parent_fd: fd,
                    };
                    let added = libc::syscall(
                        SYS_LANDLOCK_ADD_RULE,
                        ruleset.fd.as_raw_fd(),
                        LANDLOCK_RULE_PATH_BENEATH,
                        &attr as *const PathBeneathAttr,
                        0u32,
                    );
                    libc::close(fd);
                    if added != 0 {
                        return Err(io::Error::last_os_error());
                    }
                }
                check(libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))?;
                if libc::syscall(SYS_LANDLOCK_RESTRICT_SELF, ruleset.fd.as_raw_fd(), 0u32) != 0 {
                    return Err(io::Error::last_os_error());
                }
            }
        }
        Ok(())
    }
}

/// Keeps `CAP_DAC_READ_SEARCH` across exec for the throwaway user: the
/// interpreter may live where only we may look (`/root/.pyenv`), and Landlock,
/// not file modes, decides what the program may read. Writing still follows
/// the file modes, and this capability exempts nothing from `RLIMIT_NPROC`.
unsafe fn keep_read_search() -> io::Result<()> {
    #[repr(C)]
    struct Header {
        version: u32,
        pid: libc::c_int,
    }
    #[repr(C)]
    struct Data {
        effective: u32,
        permitted: u32,
        inheritable: u32,
    }
    const LINUX_CAPABILITY_VERSION_3: u32 = 0x2008_0522;
    const CAP_DAC_READ_SEARCH: u32 = 2;
    let bit = 1u32 << CAP_DAC_READ_SEARCH;
    let mut header = Header { version: LINUX_CAPABILITY_VERSION_3, pid: 0 };
    let data = [
        Data { effective: bit, permitted: bit, inheritable: bit },
        Data { effective: 0, permitted: 0, inheritable: 0 },
    ];
    if libc::syscall(libc::SYS_capset, &mut header as *mut Header, data.as_ptr()) != 0 {
        return Err(io::Error::last_os_error());
    }
    check(libc::prctl(
        libc::PR_CAP_AMBIENT,
        libc::PR_CAP_AMBIENT_RAISE as libc::c_ulong,
        CAP_DAC_READ_SEARCH as libc::c_ulong,
        0 as libc::c_ulong,
        0 as libc::c_ulong,
    ))
}

fn check(r: libc::c_int) -> io::Result<()> {
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

/// After `unshare(CLONE_NEWPID)`: forks the namespace's init (a reaper), which
/// forks the program. Returns only in the program's process.
///
/// The first child (our direct child, outside the namespace) waits for init
/// and ends the way the program ended, so `wait4` sees the program's status
/// and, through the chain of waits, its CPU time. Init waits for the program
/// and reaps orphans; when the program ends, init ends, and the kernel kills
/// whatever else is left in the namespace.
unsafe fn become_reaped_grandchild(timing_fd: libc::c_int) -> io::Result<()> {
    let mut fds = [0; 2];
    check(libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC))?;
    let (status_r, status_w) = (fds[0], fds[1]);
    let init = libc::fork();
    if init < 0 {
        return Err(io::Error::last_os_error());
    }
    if init > 0 {
        // The outer process: keep only the status and timing pipes, so stdout/stderr
        // and std's exec-error pipe close as soon as the program has them closed.
        libc::close(status_w);
        close_all_except(status_r, timing_fd);
        let mut st = 0;
        while libc::waitpid(init, &mut st, 0) < 0 {}
        let mut report = [0i64; 2];
        let got = libc::read(status_r, report.as_mut_ptr().cast(), 16);
        if got == 16 {
            if timing_fd >= 0 {
                libc::write(timing_fd, (&report[1] as *const i64).cast(), 8);
            }
            mirror_status(report[0] as libc::c_int);
        }
        mirror_status(st);
    }
    // Init of the new namespace. It times the program itself, from fork to
    // reaping, so that setting up and tearing down the namespaces (tens of
    // milliseconds at times) is not counted as the program's wall time.
    libc::close(status_r);
    let started = monotonic_ns();
    let program = libc::fork();
    if program < 0 {
        libc::_exit(126);
    }
    if program > 0 {
        close_all_except(status_w, -1);
        loop {
            let mut st = 0;
            let pid = libc::waitpid(-1, &mut st, 0);
            if pid == program {
                let report = [i64::from(st), monotonic_ns() - started];
                libc::write(status_w, report.as_ptr().cast(), 16);
                libc::_exit(0);
            }
            if pid < 0 && io::Error::last_os_error().raw_os_error() == Some(libc::ECHILD) {
                libc::_exit(0);
            }
        }
    }
    libc::close(status_w);
    if timing_fd >= 0 {
        libc::close(timing_fd);
    }
    Ok(())
}

fn monotonic_ns() -> i64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime is async-signal-safe and writes only `ts`.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

/// Closes every descriptor except `a` and `b` (either may be -1).
unsafe fn close_all_except(a: libc::c_int, b: libc::c_int) {
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    let mut from: libc::c_uint = 0;
    for keep in [lo, hi] {
        if keep < 0 {
            continue;
        }
        let k = keep as libc::c_uint;
        if k > from {
            libc::syscall(libc::SYS_close_range, from, k - 1, 0u32);
        }
        from = k + 1;
    }
    libc::syscall(libc::SYS_close_range, from, u32::MAX, 0u32);
}

/// Ends this process the way a process with wait status `status` ended.
unsafe fn mirror_status(status: libc::c_int) -> ! {
    if libc::WIFSIGNALED(status) {
        let sig = libc::WTERMSIG(status);
        libc::signal(sig, libc::SIG_DFL);
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, sig);
        libc::sigprocmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::kill(libc::getpid(), sig);
        libc::_exit(128 + sig);
    }
    libc::_exit(libc::WEXITSTATUS(status))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> Capabilities {
        Capabilities {
            root: true,
            ns_flags: libc::CLONE_NEWNET | libc::CLONE_NEWPID | libc::CLONE_NEWNS,
            net_ns: true,
            pid_ns: true,
            tmpfs: true,
            own_uid: true,
            landlock_abi: Some(6),
        }
    }

    #[test]
    fn a_complete_sandbox_has_no_warning() {
        assert_eq!(full().warning(), None);
        assert!(full().protections().iter().all(|p| p.active));
    }

    #[test]
    fn missing_protections_are_named_in_one_line() {
        let bare = Capabilities {
            ns_flags: 0,
            net_ns: false,
            pid_ns: false,
            tmpfs: false,
            own_uid: false,
            landlock_abi: None,
            ..full()
        };
        let warning = bare.warning().unwrap();
        assert!(!warning.contains('\n'));
        for name in ["process cap", "no stray processes", "no network", "writes confined to scratch"] {
            assert!(warning.contains(name), "{warning}");
        }
        // Landlock's TCP rules alone still keep the network out.
        let landlock_only = Capabilities { landlock_abi: Some(4), ..bare };
        assert!(!landlock_only.warning().unwrap().contains("no network"));
    }

    #[test]
    fn a_program_in_a_bin_folder_reads_its_installation() {
        let dir = tempfile::tempdir().unwrap();
        let bin = dir.path().join("py/bin");
        std::fs::create_dir_all(&bin).unwrap();
        std::fs::write(bin.join("python3"), "").unwrap();
        let prefix = program_prefix(&bin.join("python3")).unwrap();
        assert_eq!(prefix, std::fs::canonicalize(dir.path().join("py")).unwrap());
    }
}
