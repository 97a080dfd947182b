//! Fast rebuilds: a precompiled runtime header per (compiler, flags) and a cache of executables
//! keyed by (C++ text, compiler, flags, include directories).
//!
//! Both live in directories that several pyport processes (and threads) share, so every write
//! goes to a private file first and is renamed into place; readers check what they read (an
//! executable's SHA-256 against the digest stored beside it) and ignore anything that does not
//! check out. A precompiled header that cannot be built is remembered and compiles go on without
//! it: the cache only ever makes a build faster, never makes one fail.

use std::fs::File;
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
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
}

/// What the precompiled header did for one compile.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum PchStatus {
    /// No header to precompile was configured, or the compiler is not g++ (clang only uses a
    /// precompiled header named on its command line).
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
        BuildCache { dir: dir.into(), pch_header: None, prebuilt_object: false }
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
                let (object, pch) = std::thread::scope(|scope| {
                    let object = scope.spawn(|| ensure_runtime_object(cxx, &with("-DPYPORT_LIBRARY=1"), include_dirs, header));
                    let pch = ensure_pch(cxx, &with("-DPYPORT_PREBUILT=1"), include_dirs, header);
                    let object = object.join().unwrap_or_else(|_| PchStatus::Failed { reason: "the build thread panicked".into() });
                    (object, pch)
                });
                if matches!(object, PchStatus::Ready { .. }) {
                    (pch, object, [flags, &["-DPYPORT_PREBUILT=1".to_string()]].concat())
                } else {
                    (ensure_pch(cxx, &variant, include_dirs, header), object, flags.to_vec())
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
    ensure_artifact(cxx, flags, header, "gch", |staging| {
        let out = staging.join("h.gch");
        let args = ["-x", "c++-header", &header.display().to_string(), "-o", &out.display().to_string()].map(String::from);
        run_builder(cxx, flags, include_dirs, header, &args, staging).map(|()| out)
    })
}

/// The prebuilt object of `header`'s cold code for this compiler and these flags (which include
/// `-DPYPORT_LIBRARY=1`), built if missing: `cxx flags -include header -x c++ /dev/null -c`, kept in
/// `<header>.o/`, with the same locking and failure memory as [`ensure_pch`].
pub fn ensure_runtime_object(cxx: &CompilerInfo, flags: &[String], include_dirs: &[PathBuf], header: &Path) -> PchStatus {
    ensure_artifact(cxx, flags, header, "o", |staging| {
        let out = staging.join("runtime.o");
        let args = ["-include", &header.display().to_string(), "-x", "c++", "/dev/null", "-c", "-o", &out.display().to_string()]
            .map(String::from);
        run_builder(cxx, flags, include_dirs, header, &args, staging).map(|()| out)
    })
}

/// `<header>.<ext>/<key>.<ext>` for this compiler and flags, made by `build` (into a staging
/// directory it is given) under an `flock` unless it already exists or failed before.
fn ensure_artifact(
    cxx: &CompilerInfo,
    flags: &[String],
    header: &Path,
    ext: &str,
    build: impl FnOnce(&Path) -> Result<PathBuf, String>,
) -> PchStatus {
    let (Some(dir), Some(name)) = (header.parent(), header.file_name()) else {
        return PchStatus::NotUsed;
    };
    let name = name.to_string_lossy();
    let key = hex(&toolchain_key(cxx, flags).finalize()[..12]);
    let artifact_dir = dir.join(format!("{name}.{ext}"));
    let artifact = artifact_dir.join(format!("{key}.{ext}"));
    let failed_dir = dir.join(format!("{name}.{ext}-failed"));
    let failed = failed_dir.join(&key);
    let check = || {
        if artifact.is_file() {
            Some(PchStatus::Ready { path: artifact.clone() })
        } else {
            std::fs::read_to_string(&failed).ok().map(|reason| PchStatus::Failed { reason })
        }
    };
    if let Some(s) = check() {
        return s;
    }
    let _lock = Lock::acquire(&dir.join(format!(".{name}.{ext}-{key}.lock")));
    // Someone else may have built it while we waited for the lock.
    if let Some(s) = check() {
        return s;
    }
    let staging = dir.join(unique(&format!(".{ext}-staging")));
    let _on_interrupt = crate::interrupt::Scratch::register(&staging);
    let result = std::fs::create_dir_all(&staging)
        .map_err(|e| format!("cannot create `{}`: {e}", staging.display()))
        .and_then(|()| build(&staging))
        .and_then(|built| {
            std::fs::create_dir_all(&artifact_dir).map_err(|e| format!("cannot create `{}`: {e}", artifact_dir.display()))?;
            std::fs::rename(&built, &artifact).map_err(|e| format!("cannot move `{}` into place: {e}", built.display()))
        });
    let _ = std::fs::remove_dir_all(&staging);
    match result {
        Ok(()) => PchStatus::Ready { path: artifact },
        Err(reason) => {
            let _ = std::fs::create_dir_all(&failed_dir);
            let tmp = failed_dir.join(unique(".tmp"));
            if std::fs::write(&tmp, &reason).is_ok() {
                let _ = std::fs::rename(&tmp, &failed);
            }
            PchStatus::Failed { reason }
        }
    }
}

/// Runs `cxx flags -I... args` (which writes into `staging`), sandboxed like a compile: it may read
/// the header's directory and the include directories and write only `staging`.
fn run_builder(cxx: &CompilerInfo, flags: &[String], include_dirs: &[PathBuf], header: &Path, extra: &[String], staging: &Path) -> Result<(), String> {
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
        Err(format!("{} building from `{}`: {short}", outcome.termination, header.display()))
    }
}
