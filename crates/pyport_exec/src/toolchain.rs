//! Finding the toolchains: a CPython 3 interpreter, a C++ compiler, a Rust compiler, and the compiler flags.
//!
//! Detection runs the tools themselves (`python -c ...`, `g++ --version`) with
//! `std::process::Command` directly: they are trusted and quick, unlike the
//! programs under test, which go through [`crate::run()`].

use std::env;
use std::ffi::OsStr;
use std::fmt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Serialize;

use crate::ExecError;

/// Compiler flags used when neither `--cxxflags` nor `$CXXFLAGS` is given.
///
/// `-ffp-contract=off` keeps every IEEE operation rounded on its own, as CPython's are. g++ 12's
/// straight-line vectorizer still fuses `x*c - y*s` beside `x*s + y*c` (its complex-arithmetic
/// patterns) into one instruction that rounds differently, so it is turned off too
/// (`-fno-tree-slp-vectorize`; no measurable cost on `examples/`).
pub const DEFAULT_CXXFLAGS: &[&str] = &["-O3", "-march=native", "-std=c++20", "-ffp-contract=off", "-fno-tree-slp-vectorize"];

/// A CPython 3 interpreter that answered a version probe.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PythonInfo {
    /// The interpreter's own executable (`sys.executable`), so wrappers such as
    /// pyenv shims are not part of measured run times.
    pub path: PathBuf,
    /// The version, e.g. "3.11.7".
    pub version: String,
}

/// The family of a C++ compiler.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CompilerKind {
    /// GNU g++.
    Gcc,
    /// LLVM clang++.
    Clang,
}

impl fmt::Display for CompilerKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CompilerKind::Gcc => "gcc",
            CompilerKind::Clang => "clang",
        })
    }
}

/// A C++ compiler that answered `--version`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CompilerInfo {
    /// Which compiler family it is.
    pub kind: CompilerKind,
    /// The compiler executable as found (not canonicalized: `c++` may be a
    /// symlink chosen by the system's alternatives).
    pub path: PathBuf,
    /// The version, e.g. "12.2.0".
    pub version: String,
}

/// Finds CPython 3: `explicit` (`--python`), else `$PYPORT_PYTHON`, else `python3`
/// or `python` on `PATH`.
///
/// An explicitly named interpreter that does not work is an error of its own;
/// it is not silently replaced by one from `PATH`.
pub fn find_python(explicit: Option<&Path>) -> Result<PythonInfo, ExecError> {
    if let Some(path) = explicit {
        return probe_named_python(path, "`--python`");
    }
    if let Some(path) = env::var_os("PYPORT_PYTHON").filter(|v| !v.is_empty()) {
        return probe_named_python(Path::new(&path), "`$PYPORT_PYTHON`");
    }
    ["python3", "python"]
        .iter()
        .filter_map(|name| which(OsStr::new(name)))
        .find_map(|path| probe_python(&path).ok())
        .ok_or(ExecError::NoPython)
}

/// Finds a C++ compiler: `explicit` (`--cxx`), else `$CXX`, else `g++`, `clang++`,
/// then `c++` on `PATH`.
///
/// An explicitly named compiler that does not work is an error of its own.
pub fn find_cxx(explicit: Option<&str>) -> Result<CompilerInfo, ExecError> {
    if let Some(name) = explicit {
        return probe_named_cxx(name, "`--cxx`");
    }
    if let Ok(name) = env::var("CXX") {
        if !name.trim().is_empty() {
            return probe_named_cxx(name.trim(), "`$CXX`");
        }
    }
    ["g++", "clang++", "c++"]
        .iter()
        .filter_map(|name| which(OsStr::new(name)))
        .find_map(|path| probe_cxx(&path).ok())
        .ok_or(ExecError::NoCompiler)
}

/// Every working `g++` and `clang++` on `PATH`, in that order (for `pyport doctor`).
pub fn detect_compilers() -> Vec<CompilerInfo> {
    ["g++", "clang++"]
        .iter()
        .filter_map(|name| which(OsStr::new(name)))
        .filter_map(|path| probe_cxx(&path).ok())
        .collect()
}

/// The compiler flags: `explicit` (`--cxxflags`, split like a shell would; an
/// empty string means no flags), else a non-blank `$CXXFLAGS`, else
/// [`DEFAULT_CXXFLAGS`].
pub fn cxxflags(explicit: Option<&str>) -> Vec<String> {
    if let Some(flags) = explicit {
        return split_shell_words(flags);
    }
    match env::var("CXXFLAGS") {
        Ok(flags) if !flags.trim().is_empty() => split_shell_words(&flags),
        _ => DEFAULT_CXXFLAGS.iter().map(|f| f.to_string()).collect(),
    }
}

/// Splits a string into words the way a POSIX shell would, without expansions:
/// whitespace separates, quotes group, backslash escapes. An unterminated quote
/// runs to the end of the string.
pub fn split_shell_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            '\\' => {
                in_word = true;
                if let Some(next) = chars.next() {
                    word.push(next);
                }
            }
            '\'' => {
                in_word = true;
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    word.push(c);
                }
            }
            '"' => {
                in_word = true;
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => match chars.next() {
                            Some(next @ ('"' | '\\' | '$' | '`')) => word.push(next),
                            Some(next) => {
                                word.push('\\');
                                word.push(next);
                            }
                            None => word.push('\\'),
                        },
                        c => word.push(c),
                    }
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// Flags of every Rust compile (`--target rust`); the source and `-o exe` follow them.
pub const DEFAULT_RUSTFLAGS: &[&str] = &["--edition", "2021", "-C", "opt-level=3", "-C", "target-cpu=native"];

/// A Rust compiler that answered `-vV`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RustcInfo {
    /// The compiler itself (`<sysroot>/bin/rustc`), not a rustup proxy: the proxy needs
    /// rustup's home directory, which the compile sandbox does not show it.
    pub path: PathBuf,
    /// The release, e.g. "1.95.0".
    pub version: String,
    /// The first line of `rustc -vV`, e.g. "rustc 1.95.0 (59807616e 2026-04-14)".
    pub version_line: String,
    /// The sysroot (standard library and `librustc_driver`), which the compiler must be able to read.
    pub sysroot: PathBuf,
}

/// Finds rustc: `$RUSTC`, else `rustc` on `PATH`.
///
/// A `$RUSTC` that does not work is an error of its own.
pub fn find_rustc() -> Result<RustcInfo, ExecError> {
    let (name, origin) = match env::var("RUSTC") {
        Ok(name) if !name.trim().is_empty() => (name.trim().to_string(), "`$RUSTC`"),
        _ => ("rustc".to_string(), "`PATH`"),
    };
    let unusable = |reason: String| ExecError::RustcUnusable { name: name.clone(), origin: origin.to_string(), reason };
    let Some(resolved) = which(OsStr::new(&name)) else {
        return Err(if origin == "`PATH`" {
            ExecError::NoRustc
        } else {
            unusable("no such executable file or program on `PATH`; install rustc (https://rustup.rs)".to_string())
        });
    };
    probe_rustc(&resolved).map_err(unusable)
}

/// Asks `path` for its version (`-vV`) and sysroot, and resolves a rustup proxy to the real compiler.
fn probe_rustc(path: &Path) -> Result<RustcInfo, String> {
    let ask = |args: &[&str]| -> Result<String, String> {
        let output = Command::new(path)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run it: {e}"))?;
        if !output.status.success() {
            return Err(format!(
                "`{}` failed ({}): {}",
                args.join(" "),
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    };
    let verbose = ask(&["-vV"])?;
    let version_line = verbose.lines().next().unwrap_or("").trim().to_string();
    if !version_line.starts_with("rustc ") {
        return Err(format!("`{version_line}` is not rustc; install rustc (https://rustup.rs)"));
    }
    let version = verbose
        .lines()
        .find_map(|l| l.strip_prefix("release:"))
        .map(|v| v.trim().to_string())
        .or_else(|| version_line.split_whitespace().nth(1).map(str::to_string))
        .unwrap_or_else(|| "unknown".to_string());
    let sysroot = PathBuf::from(ask(&["--print", "sysroot"])?.trim());
    let real = sysroot.join("bin/rustc");
    let path = if is_executable(&real) { real } else { path.to_path_buf() };
    Ok(RustcInfo { path, version, version_line, sysroot })
}

/// Probes an interpreter the user named, reporting failures against its origin.
fn probe_named_python(path: &Path, origin: &str) -> Result<PythonInfo, ExecError> {
    let unusable = |reason: String| ExecError::PythonUnusable {
        path: path.to_path_buf(),
        origin: origin.to_string(),
        reason,
    };
    let resolved = which(path.as_os_str())
        .ok_or_else(|| unusable("no such executable file or program on `PATH`".to_string()))?;
    probe_python(&resolved).map_err(unusable)
}

/// Asks an interpreter for its version and real executable; it must be Python 3.
fn probe_python(path: &Path) -> Result<PythonInfo, String> {
    // `print(x)` with one argument also parses on Python 2, so an old `python`
    // gets a clear "not Python 3" instead of a syntax error.
    let output = Command::new(path)
        .args([
            "-c",
            "import platform, sys; print(platform.python_version()); print(sys.executable)",
        ])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run it: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "version probe failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut lines = stdout.lines();
    let version = lines.next().unwrap_or("").trim().to_string();
    if !version.starts_with("3.") {
        return Err(format!(
            "it is Python `{version}`, but CPython 3 is required (e.g. `apt-get install python3`)"
        ));
    }
    let executable = PathBuf::from(lines.next().unwrap_or("").trim());
    let path = if executable.is_absolute() && is_executable(&executable) {
        executable
    } else {
        path.to_path_buf()
    };
    Ok(PythonInfo { path, version })
}

/// Probes a compiler the user named, reporting failures against its origin.
fn probe_named_cxx(name: &str, origin: &str) -> Result<CompilerInfo, ExecError> {
    let unusable = |reason: String| ExecError::CompilerUnusable {
        name: name.to_string(),
        origin: origin.to_string(),
        reason,
    };
    let resolved = which(OsStr::new(name)).ok_or_else(|| {
        unusable(
            "no such executable file or program on `PATH`; install g++ or clang++ \
             (e.g. `apt-get install g++`)"
                .to_string(),
        )
    })?;
    probe_cxx(&resolved).map_err(unusable)
}

/// Runs `<path> --version` and recognises g++ or clang++ from its answer.
fn probe_cxx(path: &Path) -> Result<CompilerInfo, String> {
    let output = Command::new(path)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run it: {e}"))?;
    if !output.status.success() {
        return Err(format!("`--version` failed ({})", output.status));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let first_line = text.lines().next().unwrap_or("").trim();
    let kind = if text.to_lowercase().contains("clang") {
        CompilerKind::Clang
    } else if text.contains("Free Software Foundation")
        || first_line.contains("g++")
        || first_line.contains("GCC")
    {
        CompilerKind::Gcc
    } else {
        return Err(format!(
            "`{first_line}` is neither g++ nor clang++; install one (e.g. `apt-get install g++`)"
        ));
    };
    Ok(CompilerInfo {
        kind,
        path: path.to_path_buf(),
        version: parse_compiler_version(first_line, kind),
    })
}

/// Extracts "12.2.0" from the first line of `--version`, e.g.
/// "g++ (Debian 12.2.0-14+deb12u1) 12.2.0" or "Ubuntu clang version 14.0.0-1ubuntu1".
fn parse_compiler_version(first_line: &str, kind: CompilerKind) -> String {
    let preferred = match kind {
        // "clang version X ...": the word after "version".
        CompilerKind::Clang => first_line
            .split_whitespace()
            .skip_while(|t| *t != "version")
            .nth(1)
            .and_then(leading_version),
        // "g++ (PKGVERSION) X [DATE]": the first version after the parenthesis.
        CompilerKind::Gcc => first_line.find(')').and_then(|i| {
            first_line[i + 1..]
                .split_whitespace()
                .find_map(leading_version)
        }),
    };
    preferred
        .or_else(|| {
            first_line
                .split_whitespace()
                .rev()
                .find_map(leading_version)
        })
        .unwrap_or_else(|| "unknown".to_string())
}

/// The leading "digits and dots" of a token, if it looks like a version ("14.0.0-1" → "14.0.0").
fn leading_version(token: &str) -> Option<String> {
    let end = token
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(token.len());
    let version = token[..end].trim_end_matches('.');
    (version.starts_with(|c: char| c.is_ascii_digit()) && version.contains('.'))
        .then(|| version.to_string())
}

/// Resolves a program name like a shell: a name with a `/` is a path, anything
/// else is looked up in `$PATH`.
fn which(name: &OsStr) -> Option<PathBuf> {
    let as_path = Path::new(name);
    if name.as_encoded_bytes().contains(&b'/') {
        return is_executable(as_path).then(|| as_path.to_path_buf());
    }
    let path_var = env::var_os("PATH")?;
    env::split_paths(&path_var)
        .filter(|dir| !dir.as_os_str().is_empty())
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

/// Whether `path` is a regular file (after symlinks) with an execute bit set.
fn is_executable(path: &Path) -> bool {
    path.metadata()
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_a_shell() {
        assert_eq!(
            split_shell_words(r#" -O2  -DNAME="a b" 'x y'z \-q "q\"" "#),
            vec!["-O2", "-DNAME=a b", "x yz", "-q", "q\""]
        );
        assert!(split_shell_words("   ").is_empty());
        assert_eq!(split_shell_words("''"), vec![""]);
    }

    #[test]
    fn parses_compiler_versions() {
        let gcc = CompilerKind::Gcc;
        let clang = CompilerKind::Clang;
        assert_eq!(
            parse_compiler_version("g++ (Debian 12.2.0-14+deb12u1) 12.2.0", gcc),
            "12.2.0"
        );
        assert_eq!(
            parse_compiler_version("g++ (GCC) 13.2.1 20231011 (Red Hat 13.2.1-4)", gcc),
            "13.2.1"
        );
        assert_eq!(
            parse_compiler_version("Ubuntu clang version 14.0.0-1ubuntu1.1", clang),
            "14.0.0"
        );
        assert_eq!(
            parse_compiler_version("clang version 17.0.6 (https://github.com/llvm)", clang),
            "17.0.6"
        );
        assert_eq!(parse_compiler_version("weird", gcc), "unknown");
    }
}
