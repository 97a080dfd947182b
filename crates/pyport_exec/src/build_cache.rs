//! Fast rebuilds: a precompiled runtime header per (compiler, flags) and a cache of executables
//! keyed by (C++ text, compiler, flags, include directories).
//!
//! Both live in directories that several pyport processes (and threads) share, so every write
//! goes to a private file first and is renamed into place; readers check what they read (an
//! executable's SHA-256 against the digest stored beside it) and ignore anything that does not
//! check out. A precompiled header that cannot be built is remembered and compiles go on without
//! it: the cache only ever makes a build faster, never makes one fail.
//!
//! With [`BuildCache::with_background_runtime_build`], a compile that finds the runtime object
//! missing and nobody building it does not wait for it: the program is compiled with the whole
//! runtime as one translation unit, and the object and the precompiled header are built for later
//! compiles by a background thread at low priority, which [`wait_background`] (also run when the
//! process exits) waits for.

use std::fs::File;
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, Once};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use crate::compile::{compile_cxx_with, CompileOutcome};
use crate::run::{run, Limits, RunSpec, Termination};
use crate::sandbox::Sandbox;
use crate::toolchain::{CompilerInfo, CompilerKind};
use crate::ExecError;

/// A compile cache in one directory (created on first use).
#[derive(Debug, Clone)]
pub struct BuildCache {
    dir: PathBuf,
    pch_header: Option<PathBuf>,
    prebuilt_object: bool,
    background: bool,
}

/// What the precompiled header did for one compile.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum PchStatus {
    /// No header to precompile was configured, the compiler is not g++ (clang only uses a
    /// precompiled header named on its command line), or this compile did not use it (a program
    /// compiled with the whole runtime while the runtime object is built in the background).
    NotUsed,
    /// The precompiled header at `path` was available to the compiler.
    Ready {
        /// The `.gch` file.
        path: PathBuf,
    },
    /// Building it failed (now or in an earlier run); compiles go on without it.
    Failed {
        /// The compiler's complaint, shortened.
        reason: String,
    },
    /// It was not ready and this compile did not wait for it: the program was compiled with the
    /// whole runtime as one translation unit, and a background thread builds it for later
    /// compiles (see [`BuildCache::with_background_runtime_build`]).
    BuildingInBackground,
}

static NEXT: AtomicU64 = AtomicU64::new(0);

/// A name no other process or thread uses at the same time.
fn unique(prefix: &str) -> String {
    format!("{prefix}-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The identity of a compiler and its flags: what a cached build depends on besides its input.
fn toolchain_key(cxx: &CompilerInfo, flags: &[String]) -> Sha256 {
    let mut h = Sha256::new();
    for part in [cxx.kind.to_string(), cxx.path.display().to_string(), cxx.version.clone()] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    h.update([1]);
    for f in flags {
        h.update(f.as_bytes());
        h.update([0]);
    }
    h
}

/// SHA-256 of a file's contents, or `None` when it cannot be read.
fn file_digest(path: &Path) -> Option<String> {
    let mut f = File::open(path).ok()?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = f.read(&mut buf).ok()?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Some(hex(&h.finalize()))
}

/// An exclusive `flock` on `path`, released when dropped (or when the process dies).
struct Lock(File);

impl Lock {
    fn acquire(path: &Path) -> Option<Lock> {
        let f = File::options().create(true).truncate(false).write(true).open(path).ok()?;
        // SAFETY: flock on a descriptor we own; it blocks until the lock is ours.
        let rc = unsafe { libc::flock(f.as_raw_fd(), libc::LOCK_EX) };
        (rc == 0).then_some(Lock(f))
    }

    /// The lock if nobody holds it now, without waiting.
    fn try_acquire(path: &Path) -> Option<Lock> {
        let f = File::options().create(true).truncate(false).write(true).open(path).ok()?;
        // SAFETY: flock on a descriptor we own; LOCK_NB returns at once when it is held.
        let rc = unsafe { libc::flock(f.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
        (rc == 0).then_some(Lock(f))
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // SAFETY: unlocking a descriptor we own.
        unsafe { libc::flock(self.0.as_raw_fd(), libc::LOCK_UN) };
    }
}

impl BuildCache {
    /// A cache of executables in `dir`; nothing is precompiled.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        BuildCache { dir: dir.into(), pch_header: None, prebuilt_object: false, background: false }
    }

    /// Also precompiles `header` (e.g. `<include>/pyport/runtime.hpp`) for g++: the `.gch` goes into
    /// the directory `<header>.gch/`, one file per (compiler, flags), which g++ searches by itself
    /// when the source includes the header first.
    pub fn with_pch(mut self, header: impl Into<PathBuf>) -> Self {
        self.pch_header = Some(header.into());
        self
    }

    /// Also compiles the header's cold code once into an object that programs link (g++ only, with
    /// [`with_pch`](Self::with_pch)): the header, compiled as a translation unit with
    /// `-DPYPORT_LIBRARY=1`, defines the functions it marks cold (see the runtime's `prebuilt.hpp`),
    /// and a program compiled with `-DPYPORT_PREBUILT=1` sees only their declarations. The object goes
    /// into `<header>.o/`, one per (compiler, flags, leading `#define`s), built next to the
    /// precompiled header (in parallel, the first time). When it cannot be built, the program is
    /// compiled header-only, as without this option.
    pub fn with_prebuilt_object(mut self) -> Self {
        self.prebuilt_object = true;
        self
    }

    /// With [`with_prebuilt_object`](Self::with_prebuilt_object): when the runtime object for this
    /// compile is missing and nobody is building it (its lock is free), compiles the program at once
    /// with the whole runtime as one translation unit (no object, no `-DPYPORT_PREBUILT`; quicker
    /// than building the object first) and builds the object, then the precompiled header, in a
    /// background thread at the lowest CPU priority, for later compiles. When someone else is
    /// building them, waits and uses them, as without this option (what parallel compiles want).
    /// The background work is finished by [`wait_background`], which also runs when the process
    /// exits; until then, and when interrupted, nothing partial is left in place.
    pub fn with_background_runtime_build(mut self) -> Self {
        self.background = true;
        self
    }

    /// Where the cached executables are.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The cache key of a build: SHA-256 over the toolchain, the flags, the include directories
    /// (by path: their contents are taken as fixed, as pyport's runtime directory is named by the
    /// runtime's hash) and the source text.
    pub fn key(cxx: &CompilerInfo, flags: &[String], include_dirs: &[PathBuf], source_text: &[u8]) -> String {
        let mut h = toolchain_key(cxx, flags);
        h.update([2]);
        for d in include_dirs {
            h.update(d.display().to_string().as_bytes());
            h.update([0]);
        }
        h.update([3]);
        h.update(source_text);
        hex(&h.finalize())
    }

    /// Compiles `source` to `output` like [`crate::compile_cxx`], reusing a cached executable when
    /// the same text was built with the same compiler, flags and include directories. The outcome
    /// says whether it came from the cache (`cached`) and whether a precompiled header was there.
    pub fn compile(
        &self,
        cxx: &CompilerInfo,
        flags: &[String],
        include_dirs: &[PathBuf],
        source: &Path,
        output: &Path,
        limits: &Limits,
    ) -> Result<CompileOutcome, ExecError> {
        let start = Instant::now();
        let text = std::fs::read(source)
            .map_err(|e| ExecError::io(format!("cannot read `{}`", source.display()), e))?;
        let key = Self::key(cxx, flags, include_dirs, &text);
        let exe_dir = self.dir.join("exe");
        let entry = exe_dir.join(&key);
        if let Some(mut hit) = self.lookup(&entry, output) {
            hit.command_line = compile_cxx_with(cxx, flags, include_dirs, source, &[], output).1;
            hit.duration = start.elapsed();
            return Ok(hit);
        }
        // `#define NAME 1` lines before the first `#include` (e.g. PYPORT_INT64, which picks the
        // runtime's int type) change the header: its precompiled form and its object are built with
        // `-DNAME=1` (g++ only uses a .gch whose macros match, so each variant gets its own).
        let mut variant = flags.to_vec();
        variant.extend(leading_defines(&text).into_iter().map(|m| format!("-D{m}=1")));
        let (pch, runtime_object, program_flags) = match &self.pch_header {
            Some(header) if self.prebuilt_object && cxx.kind == CompilerKind::Gcc => {
                let with = |define: &str| [variant.as_slice(), &[define.to_string()]].concat();
                let runtime = Runtime {
                    cxx,
                    object_flags: with("-DPYPORT_LIBRARY=1"),
                    pch_flags: with("-DPYPORT_PREBUILT=1"),
                    header_only_flags: variant.clone(),
                    include_dirs,
                    header,
                };
                match self.background.then(|| start_background(&runtime)).flatten() {
                    // The whole runtime goes into this compile: no object, and no use for the
                    // precompiled header made for programs that link it.
                    Some(pch) => (pch, PchStatus::BuildingInBackground, flags.to_vec()),
                    None => {
                        let (object, pch) = runtime.wait_for_both();
                        if matches!(object, PchStatus::Ready { .. }) {
                            (pch, object, [flags, &["-DPYPORT_PREBUILT=1".to_string()]].concat())
                        } else {
                            (ensure_pch(cxx, &variant, include_dirs, header), object, flags.to_vec())
                        }
                    }
                }
            }
            Some(header) => (ensure_pch(cxx, &variant, include_dirs, header), PchStatus::NotUsed, flags.to_vec()),
            None => (PchStatus::NotUsed, PchStatus::NotUsed, flags.to_vec()),
        };
        let objects: Vec<PathBuf> = match &runtime_object {
            PchStatus::Ready { path } => vec![path.clone()],
            _ => Vec::new(),
        };
        let mut outcome = crate::compile::compile_cxx_linking(cxx, &program_flags, include_dirs, source, &objects, output, limits)?;
        outcome.pch = pch;
        outcome.runtime_object = runtime_object;
        outcome.duration = start.elapsed();
        if outcome.ok {
            // A cache that cannot be written only costs a later rebuild. The entry's key leaves out
            // whether the runtime object was used: the executable behaves the same either way.
            let _ = self.store(&exe_dir, &entry, output);
        }
        Ok(outcome)
    }

    /// Copies a checked cache entry to `output`; `None` (and the entry removed) when it is missing,
    /// partial or corrupt.
    fn lookup(&self, entry: &Path, output: &Path) -> Option<CompileOutcome> {
        let digest_file = entry.with_extension("sha256");
        let want = std::fs::read_to_string(&digest_file).ok()?;
        let got = file_digest(entry);
        if got.as_deref() != Some(want.trim()) {
            let _ = std::fs::remove_file(entry);
            let _ = std::fs::remove_file(&digest_file);
            return None;
        }
        let _ = std::fs::remove_file(output);
        crate::copy_executable(entry, output).ok()?;
        // The copy may have raced with a replacement of the entry: check what was copied.
        if file_digest(output).as_deref() != Some(want.trim()) {
            let _ = std::fs::remove_file(output);
            return None;
        }
        Some(CompileOutcome {
            ok: true,
            command_line: String::new(),
            stderr: String::new(),
            duration: Duration::ZERO,
            timed_out: false,
            cached: true,
            pch: PchStatus::NotUsed,
            runtime_object: PchStatus::NotUsed,
        })
    }

    /// Puts `output` into the cache as `entry`, atomically.
    fn store(&self, exe_dir: &Path, entry: &Path, output: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(exe_dir)?;
        let digest = file_digest(output).ok_or_else(|| std::io::Error::other("cannot read the executable"))?;
        let tmp = exe_dir.join(unique(".tmp"));
        let tmp_digest = exe_dir.join(unique(".tmp"));
        let _on_interrupt = (crate::interrupt::Scratch::register(&tmp), crate::interrupt::Scratch::register(&tmp_digest));
        let result = (|| {
            std::fs::copy(output, &tmp)?;
            std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o755))?;
            std::fs::write(&tmp_digest, &digest)?;
            std::fs::rename(&tmp, entry)?;
            std::fs::rename(&tmp_digest, entry.with_extension("sha256"))
        })();
        let _ = std::fs::remove_file(&tmp);
        let _ = std::fs::remove_file(&tmp_digest);
        result
    }
}

/// The macros a source defines as `1` (`#define NAME 1`) before its first `#include`.
fn leading_defines(text: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    for line in String::from_utf8_lossy(text).lines() {
        let line = line.trim();
        if line.starts_with("#include") {
            break;
        }
        if let Some(rest) = line.strip_prefix("#define ") {
            let mut parts = rest.split_whitespace();
            if let (Some(name), Some("1"), None) = (parts.next(), parts.next(), parts.next()) {
                if name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    out.push(name.to_string());
                }
            }
        }
    }
    out
}

/// The precompiled form of `header` for this compiler and these flags, built if missing.
///
/// Built at most once at a time per (header, compiler, flags) across processes (an `flock`), into
/// a private directory, then renamed into `<header>.gch/`; a failure is remembered in
/// `<header>.gch-failed/<key>` so that later compiles do not retry it (delete that to retry).
pub fn ensure_pch(cxx: &CompilerInfo, flags: &[String], include_dirs: &[PathBuf], header: &Path) -> PchStatus {
    if cxx.kind != CompilerKind::Gcc {
        return PchStatus::NotUsed;
    }
    ensure_artifact(cxx, flags, header, "gch", pch_builder(cxx, flags, include_dirs, header))
}

/// The prebuilt object of `header`'s cold code for this compiler and these flags (which include
/// `-DPYPORT_LIBRARY=1`), built if missing: `cxx flags -include header -x c++ /dev/null -c`, kept in
/// `<header>.o/`, with the same locking and failure memory as [`ensure_pch`].
pub fn ensure_runtime_object(cxx: &CompilerInfo, flags: &[String], include_dirs: &[PathBuf], header: &Path) -> PchStatus {
    ensure_artifact(cxx, flags, header, "o", object_builder(cxx, flags, include_dirs, header))
}

/// Why an artifact was not built, and whether to remember it.
struct BuildFailure {
    reason: String,
    /// False when the compiler did not fail by itself (a time limit on a busy machine, a signal):
    /// the next compile tries again.
    remember: bool,
}

impl From<String> for BuildFailure {
    fn from(reason: String) -> Self {
        BuildFailure { reason, remember: true }
    }
}

/// Builds the precompiled header into the staging directory it is given.
fn pch_builder<'a>(
    cxx: &'a CompilerInfo,
    flags: &'a [String],
    include_dirs: &'a [PathBuf],
    header: &'a Path,
) -> impl FnOnce(&Path) -> Result<PathBuf, BuildFailure> + 'a {
    move |staging| {
        let out = staging.join("h.gch");
        let args = ["-x", "c++-header", &header.display().to_string(), "-o", &out.display().to_string()].map(String::from);
        run_builder(cxx, flags, include_dirs, header, &args, staging).map(|()| out)
    }
}

/// Builds the runtime object into the staging directory it is given.
fn object_builder<'a>(
    cxx: &'a CompilerInfo,
    flags: &'a [String],
    include_dirs: &'a [PathBuf],
    header: &'a Path,
) -> impl FnOnce(&Path) -> Result<PathBuf, BuildFailure> + 'a {
    move |staging| {
        let out = staging.join("runtime.o");
        let args = ["-include", &header.display().to_string(), "-x", "c++", "/dev/null", "-c", "-o", &out.display().to_string()]
            .map(String::from);
        run_builder(cxx, flags, include_dirs, header, &args, staging).map(|()| out)
    }
}

/// Where one artifact of a header lives for one compiler and set of flags: `<header>.<ext>/<key>.<ext>`,
/// its failure memory `<header>.<ext>-failed/<key>` and its lock `.<header>.<ext>-<key>.lock`.
struct Artifact {
    /// The header's directory, where staging directories go.
    home: PathBuf,
    ext: String,
    dir: PathBuf,
    path: PathBuf,
    failed_dir: PathBuf,
    failed: PathBuf,
    lock: PathBuf,
}

impl Artifact {
    fn of(cxx: &CompilerInfo, flags: &[String], header: &Path, ext: &str) -> Option<Artifact> {
        let (Some(home), Some(name)) = (header.parent(), header.file_name()) else {
            return None;
        };
        let name = name.to_string_lossy();
        let key = hex(&toolchain_key(cxx, flags).finalize()[..12]);
        let dir = home.join(format!("{name}.{ext}"));
        let failed_dir = home.join(format!("{name}.{ext}-failed"));
        Some(Artifact {
            path: dir.join(format!("{key}.{ext}")),
            dir,
            failed: failed_dir.join(&key),
            failed_dir,
            lock: home.join(format!(".{name}.{ext}-{key}.lock")),
            home: home.to_path_buf(),
            ext: ext.to_string(),
        })
    }

    /// `Ready` or a remembered `Failed`; `None` when it still has to be built.
    fn status(&self) -> Option<PchStatus> {
        if self.path.is_file() {
            Some(PchStatus::Ready { path: self.path.clone() })
        } else {
            std::fs::read_to_string(&self.failed).ok().map(|reason| PchStatus::Failed { reason })
        }
    }

    /// Builds it with `build` (into a private staging directory, then renamed into place), the
    /// caller holding its lock; a failure is remembered unless it was not the compiler's doing.
    fn build(&self, build: impl FnOnce(&Path) -> Result<PathBuf, BuildFailure>) -> PchStatus {
        let staging = self.home.join(unique(&format!(".{}-staging", self.ext)));
        let _on_interrupt = crate::interrupt::Scratch::register(&staging);
        let result = std::fs::create_dir_all(&staging)
            .map_err(|e| BuildFailure::from(format!("cannot create `{}`: {e}", staging.display())))
            .and_then(|()| build(&staging))
            .and_then(|built| {
                std::fs::create_dir_all(&self.dir).map_err(|e| format!("cannot create `{}`: {e}", self.dir.display()))?;
                std::fs::rename(&built, &self.path).map_err(|e| format!("cannot move `{}` into place: {e}", built.display()).into())
            });
        let _ = std::fs::remove_dir_all(&staging);
        match result {
            Ok(()) => PchStatus::Ready { path: self.path.clone() },
            Err(BuildFailure { reason, remember }) => {
                // A build killed because pyport is being interrupted says nothing about the header.
                if remember && !crate::interrupt::interrupted() {
                    let _ = std::fs::create_dir_all(&self.failed_dir);
                    let tmp = self.failed_dir.join(unique(".tmp"));
                    if std::fs::write(&tmp, &reason).is_ok() {
                        let _ = std::fs::rename(&tmp, &self.failed);
                    }
                }
                PchStatus::Failed { reason }
            }
        }
    }
}

/// `<header>.<ext>/<key>.<ext>` for this compiler and flags, made by `build` (into a staging
/// directory it is given) under an `flock` unless it already exists or failed before.
fn ensure_artifact(
    cxx: &CompilerInfo,
    flags: &[String],
    header: &Path,
    ext: &str,
    build: impl FnOnce(&Path) -> Result<PathBuf, BuildFailure>,
) -> PchStatus {
    let Some(artifact) = Artifact::of(cxx, flags, header, ext) else {
        return PchStatus::NotUsed;
    };
    if let Some(s) = artifact.status() {
        return s;
    }
    // Without a lock to be had (a read-only folder, say) it is built anyway, as a lone process would.
    let _lock = Lock::acquire(&artifact.lock);
    // Someone else may have built it while we waited for the lock.
    if let Some(s) = artifact.status() {
        return s;
    }
    artifact.build(build)
}

/// The runtime's two artifacts for one compile (g++ with a prebuilt object): the object, the
/// precompiled header for programs that link it, and the flags of the header-only build used when
/// the object cannot be built.
struct Runtime<'a> {
    cxx: &'a CompilerInfo,
    object_flags: Vec<String>,
    pch_flags: Vec<String>,
    header_only_flags: Vec<String>,
    include_dirs: &'a [PathBuf],
    header: &'a Path,
}

impl Runtime<'_> {
    /// The object and the precompiled header, each built (side by side) if missing, or waited
    /// for if someone else is building it.
    fn wait_for_both(&self) -> (PchStatus, PchStatus) {
        std::thread::scope(|scope| {
            let object = scope.spawn(|| ensure_runtime_object(self.cxx, &self.object_flags, self.include_dirs, self.header));
            let pch = ensure_pch(self.cxx, &self.pch_flags, self.include_dirs, self.header);
            let object = object.join().unwrap_or_else(|_| PchStatus::Failed { reason: "the build thread panicked".into() });
            (object, pch)
        })
    }
}

/// When the runtime object is missing and its lock is free: takes the lock and starts a
/// background thread that builds the object, then the precompiled header for programs that link
/// it (or, if the object failed, the header-only one), and returns what this compile reports for
/// the precompiled header. `None` (nothing started) when the object is ready, failed before, is
/// being built by someone else, or no thread can be started: the caller then waits as before.
fn start_background(runtime: &Runtime) -> Option<PchStatus> {
    let object = Artifact::of(runtime.cxx, &runtime.object_flags, runtime.header, "o")?;
    if object.status().is_some() {
        return None;
    }
    let lock = Lock::try_acquire(&object.lock)?;
    // It may have been finished between the look and the lock.
    if object.status().is_some() {
        return None;
    }
    let pch = match Artifact::of(runtime.cxx, &runtime.pch_flags, runtime.header, "gch").and_then(|a| a.status()) {
        // Made for programs compiled with `-DPYPORT_PREBUILT=1`; g++ rejects it for this one.
        Some(PchStatus::Ready { .. }) => PchStatus::NotUsed,
        Some(failed) => failed,
        None => PchStatus::BuildingInBackground,
    };
    let cxx = runtime.cxx.clone();
    let (object_flags, pch_flags, header_only_flags) =
        (runtime.object_flags.clone(), runtime.pch_flags.clone(), runtime.header_only_flags.clone());
    let include_dirs = runtime.include_dirs.to_vec();
    let header = runtime.header.to_path_buf();
    let job = Background::begin();
    let spawned = std::thread::Builder::new().name("pyport-runtime-build".into()).spawn(move || {
        let _job = job;
        lower_priority();
        let built = object.build(object_builder(&cxx, &object_flags, &include_dirs, &header));
        drop(lock);
        let pch_flags = if matches!(built, PchStatus::Ready { .. }) { pch_flags } else { header_only_flags };
        ensure_pch(&cxx, &pch_flags, &include_dirs, &header);
    });
    // A thread that cannot start drops its closure, and with it the lock and the job.
    spawned.ok().map(|_detached| pch)
}

/// Gives the calling thread, and the processes it starts, the lowest CPU priority (nice 19): on
/// Linux the nice value is per thread and a child inherits its forking thread's.
fn lower_priority() {
    // SAFETY: setpriority on this thread's own id; no memory is involved.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, libc::gettid() as libc::id_t, 19);
    }
}

/// How many background builds are running, and the condition [`wait_background`] waits on.
static BACKGROUND: (Mutex<usize>, Condvar) = (Mutex::new(0), Condvar::new());
static WAIT_AT_EXIT: Once = Once::new();

/// One running background build, counted from before its thread starts until its last file
/// operation is over (dropped at the end of the thread, or with a closure that never ran).
struct Background(());

impl Background {
    fn begin() -> Background {
        WAIT_AT_EXIT.call_once(|| {
            // SAFETY: registers a plain `extern "C"` function; failing to register only loses the wait.
            unsafe { libc::atexit(wait_at_exit) };
        });
        *BACKGROUND.0.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        Background(())
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        *BACKGROUND.0.lock().unwrap_or_else(|e| e.into_inner()) -= 1;
        BACKGROUND.1.notify_all();
    }
}

/// Run by `exit` (a return from `main` included): the runtime build must not be cut short, or the
/// next compile pays for it again. On an interrupt, whose handler kills the builds and removes
/// their staging, the process ends with the handler's status instead.
extern "C" fn wait_at_exit() {
    wait_background();
    if crate::interrupt::interrupted() {
        crate::interrupt::exit_as_interrupted();
    }
}

/// Waits until every background runtime build of this process has finished (see
/// [`BuildCache::with_background_runtime_build`]), saying so on stderr when that takes more than a
/// second. Returns at once when there is none, or when pyport is being interrupted.
pub fn wait_background() {
    let mut running = BACKGROUND.0.lock().unwrap_or_else(|e| e.into_inner());
    let start = Instant::now();
    let mut told = false;
    while *running > 0 && !crate::interrupt::interrupted() {
        if !told && start.elapsed() >= Duration::from_secs(1) {
            eprintln!("pyport: finishing the runtime build for later compiles…");
            told = true;
        }
        running = BACKGROUND.1.wait_timeout(running, Duration::from_millis(100)).unwrap_or_else(|e| e.into_inner()).0;
    }
}

/// Runs `cxx flags -I... args` (which writes into `staging`), sandboxed like a compile: it may read
/// the header's directory and the include directories and write only `staging`.
fn run_builder(cxx: &CompilerInfo, flags: &[String], include_dirs: &[PathBuf], header: &Path, extra: &[String], staging: &Path) -> Result<(), BuildFailure> {
    let mut args: Vec<String> = flags.to_vec();
    args.extend(include_dirs.iter().map(|d| format!("-I{}", d.display())));
    args.extend(extra.iter().cloned());
    let mut readable = vec![header.to_path_buf()];
    readable.extend(include_dirs.iter().cloned());
    if let Some(d) = header.parent() {
        readable.push(d.to_path_buf());
    }
    let limits = Limits { wall: Duration::from_secs(300), cpu: Duration::from_secs(300), stop_at_output_cap: true, ..Limits::default() };
    let spec = RunSpec {
        program: cxx.path.clone(),
        args,
        stdin: None,
        cwd: None,
        limits,
        sandbox: Some(Sandbox { writable: vec![staging.to_path_buf()], readable, own_user: false, tmpfs_workdir: false, seed_files: Vec::new() }),
        collect_files: false,
    };
    let outcome = run(&spec).map_err(|e| format!("cannot run the compiler: {e}"))?;
    if outcome.termination == Termination::Exited(0) {
        Ok(())
    } else {
        let stderr = String::from_utf8_lossy(&outcome.stderr);
        let short: String = stderr.chars().take(2000).collect();
        // The wall-clock limit says more about a busy machine than about the header (a background
        // build runs at the lowest priority): that build is tried again next time.
        let remember = outcome.termination != Termination::TimedOut;
        Err(BuildFailure { reason: format!("{} building from `{}`: {short}", outcome.termination, header.display()), remember })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gxx() -> CompilerInfo {
        crate::find_cxx(Some("g++")).expect("g++ is needed by these tests")
    }

    #[test]
    fn a_runtime_object_someone_is_building_is_waited_for_not_built_in_the_background() {
        let dir = tempfile::tempdir().unwrap();
        let header = dir.path().join("lib.hpp");
        std::fs::write(&header, "#pragma once\ninline int one() { return 1; }\n").unwrap();
        let cxx = gxx();
        let runtime = Runtime {
            cxx: &cxx,
            object_flags: vec!["-O1".into(), "-DPYPORT_LIBRARY=1".into()],
            pch_flags: vec!["-O1".into(), "-DPYPORT_PREBUILT=1".into()],
            header_only_flags: vec!["-O1".into()],
            include_dirs: &[],
            header: &header,
        };
        let object = Artifact::of(&cxx, &runtime.object_flags, &header, "o").unwrap();
        let held = Lock::acquire(&object.lock).unwrap();
        assert_eq!(start_background(&runtime), None);
        drop(held);
        assert_eq!(start_background(&runtime), Some(PchStatus::BuildingInBackground));
        wait_background();
        assert!(matches!(object.status(), Some(PchStatus::Ready { .. })), "{:?}", object.status());
        let pch = Artifact::of(&cxx, &runtime.pch_flags, &header, "gch").unwrap();
        assert!(matches!(pch.status(), Some(PchStatus::Ready { .. })), "{:?}", pch.status());
        // Both ready: nothing to start.
        assert_eq!(start_background(&runtime), None);
    }

    #[test]
    fn a_lowered_thread_starts_programs_at_nice_19() {
        let nice_of_child = std::thread::spawn(|| {
            lower_priority();
            let mut spec = RunSpec::new("/bin/sh");
            spec.args = vec!["-c".into(), "cut -d ' ' -f 19 /proc/self/stat".into()];
            String::from_utf8(run(&spec).unwrap().stdout).unwrap()
        })
        .join()
        .unwrap();
        assert_eq!(nice_of_child.trim(), "19");
        // Only that thread was lowered.
        // SAFETY: getpriority of this thread; no memory is involved.
        let here = unsafe { libc::getpriority(libc::PRIO_PROCESS, libc::gettid() as libc::id_t) };
        assert_ne!(here, 19);
    }
}
