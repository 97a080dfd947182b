//! Suites: folders of `.py` programs whose comment header names tags, difficulty and input cases,
//! and the deterministic `--shard I/N` split.
//!
//! Header format (comment lines before the first non-comment line):
//! `# tags: a, b`, `# difficulty: easy|medium|hard`, `# case: ARGS [< FILE]` (at least two),
//! `# timing: ARGS [< FILE]` (exactly one; also a correctness case). ARGS are split like a POSIX
//! shell; FILE is read as stdin from the program's folder.
use std::path::{Path, PathBuf};

use thiserror::Error;

/// What went wrong loading a suite as a whole (a single bad program is not an error: it is
/// loaded with [`Program::problem`] set and recorded as invalid input).
#[derive(Debug, Error)]
pub enum SuiteError {
    /// The named suite was not found.
    #[error("no suite `{name}`: no folder `{name}` and no `suites/{name}` in the current folder or above it; pass a folder of `.py` files or a suite name")]
    NotFound {
        /// What the user asked for.
        name: String,
    },
    /// The folder could not be read.
    #[error("cannot read suite folder `{path}`: {source}")]
    Read {
        /// The folder.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The folder has no programs.
    #[error("no Python programs found in `{path}`")]
    Empty {
        /// The folder.
        path: String,
    },
    /// A bad `--shard` value.
    #[error("bad shard `{0}`: expected I/N with 1 ≤ I ≤ N, e.g. `--shard 2/4`")]
    BadShard(String),
}

/// One input case: command-line arguments and an optional stdin file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    /// Arguments after the program name.
    pub args: Vec<String>,
    /// Stdin file, resolved against the program's folder.
    pub stdin: Option<PathBuf>,
    /// True for the `# timing:` case, the one that is timed.
    pub timing: bool,
    /// The header text after `case:` / `timing:`, for reports.
    pub spec: String,
}

/// One suite program.
#[derive(Clone, Debug)]
pub struct Program {
    /// The file stem: the program's name in the database and reports.
    pub name: String,
    /// The file.
    pub path: PathBuf,
    /// Its text (lossily decoded when not UTF-8, which also makes it a problem).
    pub source: String,
    /// `# tags:`.
    pub tags: Vec<String>,
    /// `# difficulty:`.
    pub difficulty: Option<String>,
    /// Correctness cases then the timing case.
    pub cases: Vec<Case>,
    /// Why the program cannot be benchmarked (bad header, unreadable file…); `None` when fine.
    pub problem: Option<String>,
}

/// A loaded suite.
#[derive(Clone, Debug)]
pub struct Suite {
    /// The name given by the user (a suite name or the folder as typed).
    pub name: String,
    /// The folder, absolute.
    pub dir: PathBuf,
    /// Programs sorted by name.
    pub programs: Vec<Program>,
}

/// Resolves `--suite NAME|DIR`: an existing folder, else `suites/NAME` in `cwd` or one of its
/// ancestors.
pub fn resolve(name: &str, cwd: &Path) -> Result<PathBuf, SuiteError> {
    let direct = cwd.join(name);
    if direct.is_dir() {
        return Ok(direct);
    }
    let plain = !name.is_empty() && !name.contains(['/', '\\']) && name != "." && name != "..";
    if plain {
        for dir in cwd.ancestors() {
            let candidate = dir.join("suites").join(name);
            if candidate.is_dir() {
                return Ok(candidate);
            }
        }
    }
    Err(SuiteError::NotFound { name: name.to_string() })
}

/// Loads every `.py` file of `dir` (not recursive), sorted by file name.
pub fn load(name: &str, dir: &Path) -> Result<Suite, SuiteError> {
    let read_err = |source| SuiteError::Read { path: dir.display().to_string(), source };
    let dir = std::fs::canonicalize(dir).map_err(read_err)?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|source| SuiteError::Read { path: dir.display().to_string(), source })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py") && !p.is_dir())
        .collect();
    if files.is_empty() {
        return Err(SuiteError::Empty { path: name.to_string() });
    }
    files.sort();
    let programs = files.iter().map(|f| load_program(f)).collect();
    Ok(Suite { name: name.to_string(), dir, programs })
}

fn load_program(path: &Path) -> Program {
    let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let mut program = Program {
        name,
        path: path.to_path_buf(),
        source: String::new(),
        tags: Vec::new(),
        difficulty: None,
        cases: Vec::new(),
        problem: None,
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            program.problem = Some(format!("cannot read `{}`: {e}", path.display()));
            return program;
        }
    };
    program.source = String::from_utf8_lossy(&bytes).into_owned();
    if std::str::from_utf8(&bytes).is_err() {
        program.problem = Some("the file is not UTF-8 text".into());
        return program;
    }
    let folder = path.parent().unwrap_or(Path::new("."));
    match parse_header(&program.source, folder) {
        Ok(h) => {
            program.tags = h.tags;
            program.difficulty = h.difficulty;
            program.cases = h.cases;
        }
        Err(e) => program.problem = Some(e),
    }
    program
}

/// The parsed header of a program.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    /// `# tags:`.
    pub tags: Vec<String>,
    /// `# difficulty:`.
    pub difficulty: Option<String>,
    /// Correctness cases then the timing case.
    pub cases: Vec<Case>,
}

/// Parses the comment header; stdin files are resolved against `folder` and must exist.
/// The error says what is wrong and where.
pub fn parse_header(text: &str, folder: &Path) -> Result<Header, String> {
    let mut h = Header::default();
    let mut timing: Vec<Case> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let Some(comment) = trimmed.strip_prefix('#') else { break };
        let comment = comment.trim();
        let Some((key, value)) = comment.split_once(':') else { continue };
        let value = value.trim();
        match key.trim() {
            "tags" => h.tags = value.split(',').map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect(),
            "difficulty" => {
                if !matches!(value, "easy" | "medium" | "hard") {
                    return Err(format!("line {line_no}: difficulty `{value}` is not one of easy, medium, hard"));
                }
                h.difficulty = Some(value.to_string());
            }
            "case" => h.cases.push(parse_case(value, false, folder).map_err(|e| format!("line {line_no}: {e}"))?),
            "timing" => timing.push(parse_case(value, true, folder).map_err(|e| format!("line {line_no}: {e}"))?),
            _ => {}
        }
    }
    if h.cases.len() < 2 {
        return Err(format!("the header has {} `# case:` line(s); a suite program needs at least two", h.cases.len()));
    }
    if timing.len() != 1 {
        return Err(format!("the header has {} `# timing:` lines; a suite program needs exactly one", timing.len()));
    }
    h.cases.extend(timing);
    Ok(h)
}

fn parse_case(spec: &str, timing: bool, folder: &Path) -> Result<Case, String> {
    let words = pyport_exec::split_shell_words(spec);
    let mut args = Vec::new();
    let mut stdin = None;
    let mut it = words.into_iter();
    while let Some(w) = it.next() {
        if let Some(rest) = w.strip_prefix('<') {
            let file = if rest.is_empty() { it.next().ok_or("`<` is not followed by a file name")? } else { rest.to_string() };
            if let Some(extra) = it.next() {
                return Err(format!("`{extra}` after the stdin file; put arguments before `<`"));
            }
            let path = folder.join(&file);
            if !path.is_file() {
                return Err(format!("stdin file `{file}` not found next to the program"));
            }
            stdin = Some(path);
            break;
        }
        args.push(w);
    }
    Ok(Case { args, stdin, timing, spec: spec.to_string() })
}

/// Parses `I/N` (1-based).
pub fn parse_shard(s: &str) -> Result<(usize, usize), SuiteError> {
    let bad = || SuiteError::BadShard(s.to_string());
    let (i, n) = s.split_once('/').ok_or_else(bad)?;
    let i: usize = i.trim().parse().map_err(|_| bad())?;
    let n: usize = n.trim().parse().map_err(|_| bad())?;
    if n == 0 || i == 0 || i > n {
        return Err(bad());
    }
    Ok((i, n))
}

/// The programs of shard `i` of `n` (1-based): round-robin over the programs sorted by name, so
/// the shards are disjoint, cover the suite, and differ in size by at most one.
pub fn shard(programs: &[Program], i: usize, n: usize) -> Vec<Program> {
    let mut sorted: Vec<&Program> = programs.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    sorted.into_iter().enumerate().filter(|(k, _)| n > 0 && k % n == i - 1).map(|(_, p)| p.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_with_args_stdin_and_timing() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("small.txt"), "1 2\n").unwrap();
        let text = "# tags: numeric, recursion\n# difficulty: easy\n# case: 10\n# case: 3 'a b' < small.txt\n# case:\n# timing: 2000\nimport sys\n# case: 99\n";
        let h = parse_header(text, dir.path()).unwrap();
        assert_eq!(h.tags, ["numeric", "recursion"]);
        assert_eq!(h.difficulty.as_deref(), Some("easy"));
        let args: Vec<Vec<String>> = h.cases.iter().map(|c| c.args.clone()).collect();
        assert_eq!(args, [vec!["10".to_string()], vec!["3".into(), "a b".into()], vec![], vec!["2000".into()]]);
        assert_eq!(h.cases[1].stdin.as_deref(), Some(dir.path().join("small.txt").as_path()));
        assert_eq!(h.cases.iter().map(|c| c.timing).collect::<Vec<_>>(), [false, false, false, true]);
    }

    #[test]
    fn bad_headers_say_what_is_wrong() {
        let dir = tempfile::tempdir().unwrap();
        let e = parse_header("# case: 1\n# timing: 2\n", dir.path()).unwrap_err();
        assert!(e.contains("at least two"), "{e}");
        let e = parse_header("# case: 1\n# case: 2\n", dir.path()).unwrap_err();
        assert!(e.contains("exactly one"), "{e}");
        let e = parse_header("# case: 1 < nope.txt\n# case: 2\n# timing: 3\n", dir.path()).unwrap_err();
        assert_eq!(e, "line 1: stdin file `nope.txt` not found next to the program");
        let e = parse_header("# difficulty: trivial\n", dir.path()).unwrap_err();
        assert!(e.starts_with("line 1: difficulty `trivial`"), "{e}");
    }

    #[test]
    fn shards_are_disjoint_balanced_and_deterministic() {
        let programs: Vec<Program> = ["e", "a", "d", "b", "c", "f", "g"]
            .iter()
            .map(|n| Program {
                name: n.to_string(),
                path: PathBuf::from(format!("{n}.py")),
                source: String::new(),
                tags: vec![],
                difficulty: None,
                cases: vec![],
                problem: None,
            })
            .collect();
        let names = |v: Vec<Program>| v.into_iter().map(|p| p.name).collect::<Vec<_>>();
        assert_eq!(names(shard(&programs, 1, 3)), ["a", "d", "g"]);
        assert_eq!(names(shard(&programs, 2, 3)), ["b", "e"]);
        assert_eq!(names(shard(&programs, 3, 3)), ["c", "f"]);
        let mut all: Vec<String> = (1..=3).flat_map(|i| names(shard(&programs, i, 3))).collect();
        all.sort();
        assert_eq!(all, ["a", "b", "c", "d", "e", "f", "g"]);
        assert_eq!(parse_shard("2/4").unwrap(), (2, 4));
        for bad in ["0/2", "3/2", "1/0", "x", "1-2"] {
            assert!(parse_shard(bad).is_err(), "{bad}");
        }
    }
}
