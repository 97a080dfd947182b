//! Compiling generated C++ (or Rust) with the chosen compiler, sandboxed and under limits like any run.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Serialize;

use crate::build_cache::PchStatus;
use crate::run::{run, LimitHit, Limits, RunSpec, Termination};
use crate::sandbox::Sandbox;
use crate::toolchain::{CompilerInfo, RustcInfo};
use crate::ExecError;

/// How much compiler stderr is kept: the first errors are the useful ones.
pub const COMPILE_STDERR_CAP: usize = 64 * 1024;

/// The result of one compilation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CompileOutcome {
    /// Whether the compiler exited with status 0 and wrote the output file.
    pub ok: bool,
    /// The command, shell-quoted, for reports and for reproducing by hand.
    pub command_line: String,
    /// The compiler's stderr (lossy UTF-8), at most [`COMPILE_STDERR_CAP`] bytes
    /// plus a truncation note.
    pub stderr: String,
    /// Wall-clock time the compiler took.
    pub duration: Duration,
    /// Whether the wall-clock or CPU limit stopped the compiler.
    pub timed_out: bool,
    /// Whether the executable came from a [`BuildCache`](crate::BuildCache) instead of the compiler.
    pub cached: bool,
    /// Whether a precompiled runtime header was available (set by [`BuildCache`](crate::BuildCache)).
    pub pch: PchStatus,
    /// Whether the program was linked with the prebuilt runtime object (set by
    /// [`BuildCache`](crate::BuildCache); `Ready` names the object).
    pub runtime_object: PchStatus,
}

/// The compiler's arguments and the shell-quoted command line for this compile; `objects` (e.g. a
/// prebuilt runtime object) are linked after the source.
pub(crate) fn compile_cxx_with(
    cxx: &CompilerInfo,
    flags: &[String],
    include_dirs: &[PathBuf],
    source: &Path,
    objects: &[PathBuf],
    output: &Path,
) -> (Vec<String>, String) {
    let mut args: Vec<String> = flags.to_vec();
    args.extend(
        include_dirs
            .iter()
            .map(|dir| format!("-I{}", dir.display())),
    );
    args.push(source.display().to_string());
    args.extend(objects.iter().map(|o| o.display().to_string()));
    args.push("-o".to_string());
    args.push(output.display().to_string());

    let command_line = quoted_command(&cxx.path, &args);
    (args, command_line)
}

/// Compiles `source` to the executable `output`: `cxx flags -I<dir>... source -o output`.
///
/// A compiler that reports errors is a normal outcome with `ok: false`; only a
/// compiler that cannot be started is an `Err`.
pub fn compile_cxx(
    cxx: &CompilerInfo,
    flags: &[String],
    include_dirs: &[PathBuf],
    source: &Path,
    output: &Path,
    limits: &Limits,
) -> Result<CompileOutcome, ExecError> {
    compile_cxx_linking(cxx, flags, include_dirs, source, &[], output, limits)
}

/// [`compile_cxx`] that also links `objects`.
pub(crate) fn compile_cxx_linking(
    cxx: &CompilerInfo,
    flags: &[String],
    include_dirs: &[PathBuf],
    source: &Path,
    objects: &[PathBuf],
    output: &Path,
    limits: &Limits,
) -> Result<CompileOutcome, ExecError> {
    let (args, command_line) = compile_cxx_with(cxx, flags, include_dirs, source, objects, output);
    let mut readable = vec![source.to_path_buf()];
    readable.extend(include_dirs.iter().cloned());
    readable.extend(objects.iter().cloned());
    run_compiler(&cxx.path, args, command_line, readable, output, limits)
}

/// Compiles the Rust file `source` to the executable `output`:
/// `rustc flags --crate-name prog source -o output` (flags: [`DEFAULT_RUSTFLAGS`](crate::DEFAULT_RUSTFLAGS)), sandboxed like a C++ compile.
///
/// A compiler that reports errors is a normal outcome with `ok: false`; only a
/// compiler that cannot be started is an `Err`.
pub fn compile_rust(
    rustc: &RustcInfo,
    flags: &[String],
    source: &Path,
    output: &Path,
    limits: &Limits,
) -> Result<CompileOutcome, ExecError> {
    let mut args: Vec<String> = flags.to_vec();
    // rustc derives the crate name from the file name, and refuses `prog.openai_gpt-4o.rs` or `2d.rs`.
    args.extend(["--crate-name".to_string(), "prog".to_string()]);
    args.push(source.display().to_string());
    args.push("-o".to_string());
    args.push(output.display().to_string());
    let command_line = quoted_command(&rustc.path, &args);
    // The sysroot (standard library, librustc_driver) may sit in a home directory (rustup).
    let readable = vec![source.to_path_buf(), rustc.sysroot.clone()];
    run_compiler(&rustc.path, args, command_line, readable, output, limits)
}

/// Runs a compiler that may read `readable` (besides the system) and write only next to `output`.
fn run_compiler(
    compiler: &Path,
    args: Vec<String>,
    command_line: String,
    readable: Vec<PathBuf>,
    output: &Path,
    limits: &Limits,
) -> Result<CompileOutcome, ExecError> {
    // A stale binary from an earlier attempt must not pass for a fresh one.
    let _ = std::fs::remove_file(output);

    // The compiler reads the source and the headers (perhaps in a home
    // directory) and writes only next to the output.
    let out_dir = match output.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let limits = Limits {
        output_bytes: limits.output_bytes.min(COMPILE_STDERR_CAP),
        stop_at_output_cap: true,
        ..limits.clone()
    };
    let spec = RunSpec {
        program: compiler.to_path_buf(),
        args,
        stdin: None,
        cwd: None,
        limits: limits.clone(),
        sandbox: Some(Sandbox {
            writable: vec![out_dir],
            readable,
            own_user: false,
            tmpfs_workdir: false,
            seed_files: Vec::new(),
        }),
        collect_files: false,
    };
    let outcome = run(&spec)?;

    let mut stderr = String::from_utf8_lossy(&outcome.stderr).into_owned();
    if outcome.stderr_truncated {
        stderr.push_str(&format!("\n[compiler output truncated at {} bytes]\n", limits.output_bytes));
    }
    Ok(CompileOutcome {
        ok: outcome.termination == Termination::Exited(0) && output.is_file(),
        command_line,
        stderr,
        duration: outcome.wall,
        timed_out: matches!(outcome.limit_hit(&limits), Some(LimitHit::Wall | LimitHit::Cpu)),
        cached: false,
        pch: PchStatus::NotUsed,
        runtime_object: PchStatus::NotUsed,
    })
}

/// `program args...` as one shell-quoted line, for reports and for rerunning by hand.
fn quoted_command(program: &Path, args: &[String]) -> String {
    std::iter::once(program.display().to_string()).chain(args.iter().cloned()).map(|w| shell_quote(&w)).collect::<Vec<_>>().join(" ")
}

/// Quotes `word` for a POSIX shell, leaving plain words (flags, paths) readable.
pub fn shell_quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_+=/.,:@%^".contains(&b));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::shell_quote;

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(shell_quote("-O3"), "-O3");
        assert_eq!(shell_quote("/tmp/a b.cpp"), "'/tmp/a b.cpp'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(shell_quote(""), "''");
    }
}
