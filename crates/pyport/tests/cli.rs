//! CLI integration tests: the real `pyport` binary, run in temporary directories as a user would run it.
//!
//! Programs come from `tests/cli_data/` and are copied into a fresh directory per test, so written
//! files can be checked exactly. The child's `TMPDIR` is a second fresh directory, so scratch files
//! it leaves behind are visible too. Snapshots have temporary paths, timings and the compiler command
//! redacted by plain string code (insta's `filters` feature is not enabled in the workspace).
//! Every run that compiles passes `--timing-budget 0`: one timed run per side keeps the file fast.
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The default flags, as `doctor` and the compile command must show them.
const DEFAULT_FLAGS: &str = "-O3 -march=native -std=c++20 -ffp-contract=off -fno-tree-slp-vectorize";

/// What one run of `pyport` did.
struct Outcome {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Outcome {
    /// Context for assertion messages: the whole run.
    fn dump(&self) -> String {
        format!("exit {}\n--- stdout\n{}--- stderr\n{}", self.code, self.stdout, self.stderr)
    }

    /// Asserts the exit status, showing the run when it is wrong.
    #[track_caller]
    fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(self.code, code, "unexpected exit status\n{}", self.dump());
        self
    }

    /// Asserts that stderr is exactly one `pyport: error:` line and returns it.
    #[track_caller]
    fn single_error_line(&self) -> &str {
        let lines: Vec<&str> = self.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "expected one line on stderr\n{}", self.dump());
        assert!(lines[0].starts_with("pyport: error: "), "{}", self.dump());
        lines[0]
    }

    /// Stdout parsed as one JSON document.
    #[track_caller]
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("stdout is not JSON: {e}\n{}", self.dump()))
    }

    /// The first stdout line starting with `label` (a report line such as `verdict     …`).
    #[track_caller]
    fn report_line(&self, label: &str) -> &str {
        self.stdout
            .lines()
            .find(|l| l.starts_with(label))
            .unwrap_or_else(|| panic!("no `{label}` line in the report\n{}", self.dump()))
    }
}

/// A working directory for one test, plus a private `TMPDIR` for the child.
struct Sandbox {
    work: tempfile::TempDir,
    tmp: tempfile::TempDir,
}

impl Sandbox {
    /// A sandbox holding copies of the named files from `tests/cli_data/`.
    fn with(files: &[&str]) -> Sandbox {
        let sandbox = Sandbox { work: tempfile::tempdir().unwrap(), tmp: tempfile::tempdir().unwrap() };
        for name in files {
            sandbox.write(name, &data(name));
        }
        sandbox
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.work.path().join(rel)
    }

    fn write(&self, rel: &str, text: &str) {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// Every file under the working directory (hidden ones included), relative and sorted.
    fn files(&self) -> Vec<String> {
        let mut out = Vec::new();
        list_files(self.work.path(), self.work.path(), &mut out);
        out.sort();
        out
    }

    /// Whatever the child left in its `TMPDIR`.
    fn leftover_tmp(&self) -> Vec<String> {
        let mut out = Vec::new();
        list_files(self.tmp.path(), self.tmp.path(), &mut out);
        out
    }

    /// Runs `pyport ARGS` in the working directory with a predictable environment.
    fn pyport(&self, args: &[&str]) -> Outcome {
        self.pyport_env(args, &[])
    }

    /// Like `pyport`, with extra environment variables.
    fn pyport_env(&self, args: &[&str], vars: &[(&str, &str)]) -> Outcome {
        self.run_in(self.work.path(), args, vars)
    }

    /// Like `pyport`, from the folder `rel` of the working directory.
    fn pyport_in(&self, rel: &str, args: &[&str]) -> Outcome {
        self.run_in(&self.path(rel), args, &[])
    }

    fn run_in(&self, cwd: &Path, args: &[&str], vars: &[(&str, &str)]) -> Outcome {
        let output = Command::new(env!("CARGO_BIN_EXE_pyport"))
            .envs(vars.iter().copied())
            .args(args)
            .current_dir(cwd)
            .env("TMPDIR", self.tmp.path())
            // The defaults are under test: no compiler, flags or interpreter chosen by the environment.
            .env_remove("CXX")
            .env_remove("CXXFLAGS")
            .env_remove("PYPORT_PYTHON")
            .output()
            .expect("cannot run the pyport binary");
        Outcome {
            code: output.status.code().expect("pyport was killed by a signal"),
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        }
    }

    /// `text` with temporary paths, timings, speedups and the compile command replaced by placeholders.
    fn redact(&self, text: &str) -> String {
        let mut text = text.to_string();
        for (dir, name) in [(self.work.path(), "[WORK]"), (self.tmp.path(), "[TMP]")] {
            // Canonical first: it is the longer spelling when the temp dir sits behind a symlink.
            if let Ok(canonical) = dir.canonicalize() {
                text = text.replace(&canonical.display().to_string(), name);
            }
            text = text.replace(&dir.display().to_string(), name);
        }
        let mut out: String = text.lines().map(redact_line).collect::<Vec<_>>().join("\n");
        if text.ends_with('\n') {
            out.push('\n');
        }
        out
    }
}

fn list_files(root: &Path, dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            list_files(root, &path, out);
        } else {
            out.push(path.strip_prefix(root).unwrap().display().to_string());
        }
    }
}

/// The text of `tests/cli_data/NAME`.
fn data(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli_data").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// One report line with durations (`1.23 ms`, `0.004 s`) and speedups (`16.0×`) replaced;
/// the compile command (compiler path, runtime directory, scratch path) is replaced whole.
fn redact_line(line: &str) -> String {
    if line.starts_with("compiler    ") {
        return "compiler    [command]".to_string();
    }
    let is_number = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.');
    let tokens: Vec<&str> = line.split(' ').collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i];
        let next = tokens.get(i + 1).copied().unwrap_or("");
        let unit = next.trim_end_matches(',');
        if is_number(token) && (unit == "s" || unit == "ms") {
            out.push(format!("[time]{}", &next[unit.len()..]));
            i += 2;
            continue;
        }
        match token.strip_suffix('×') {
            Some(n) if is_number(n) => out.push("[n]×".to_string()),
            _ => out.push(token.to_string()),
        }
        i += 1;
    }
    out.join(" ")
}

#[test]
fn redaction_replaces_timings_and_keeps_other_numbers() {
    assert_eq!(
        redact_line("CPython     39.56 ms median, 0.040 s min (1 run)"),
        "CPython     [time] median, [time] min (1 run)"
    );
    assert_eq!(redact_line("speedup     16.0×"), "speedup     [n]×");
    assert_eq!(redact_line("compiler    /usr/bin/g++ -O3 x.cpp"), "compiler    [command]");
    assert_eq!(redact_line("  CPython   total 2997, 3 s"), "  CPython   total 2997, [time]");
}

// ---------------------------------------------------------------------------------------------
// convert: the happy path
// ---------------------------------------------------------------------------------------------

#[test]
fn convert_verifies_and_writes_cpp_next_to_the_input() {
    let sb = Sandbox::with(&[]);
    sb.write("src/sum_squares.py", &data("sum_squares.py"));
    let out = sb.pyport(&["convert", "src/sum_squares.py", "--timing-budget", "0"]);
    out.expect_code(0);

    let compiler = out.report_line("compiler    ");
    assert!(compiler.contains(DEFAULT_FLAGS), "default flags missing: {compiler}");
    assert!(compiler.contains("src/sum_squares.cpp"), "the written file is what gets compiled: {compiler}");
    assert!(out.report_line("verdict     ").starts_with("verdict     verified: "), "{}", out.dump());
    assert!(out.stderr.contains("compiling and running `src/sum_squares.py` beside CPython"), "{}", out.dump());
    insta::assert_snapshot!("convert_report", sb.redact(&out.stdout));

    assert_eq!(sb.files(), ["src/sum_squares.cpp", "src/sum_squares.py"]);
    let cpp = std::fs::read_to_string(sb.path("src/sum_squares.cpp")).unwrap();
    assert!(cpp.contains("int main("), "not a C++ program:\n{cpp}");
    assert_eq!(sb.leftover_tmp(), Vec::<String>::new(), "scratch files left behind");
}

#[test]
fn convert_json_with_output_path() {
    let sb = Sandbox::with(&["sum_squares.py"]);
    let out = sb.pyport(&["convert", "sum_squares.py", "-o", "ported.cpp", "--json", "--timing-budget", "0"]);
    out.expect_code(0);
    let report = out.json();
    assert_eq!(report["verified"], Value::Bool(true), "{report:#}");
    assert_eq!(report["engine"], "builtin");
    assert_eq!(report["input"], "sum_squares.py");
    assert_eq!(report["output"], "ported.cpp");
    assert_eq!(report["diagnostics"], Value::Array(vec![]));
    let run = &report["run"];
    assert_eq!(run["verdict"]["kind"], "verified", "{report:#}");
    assert_eq!(run["verdict"]["masked_lines"], 0);
    assert!(run["compile_command"].as_str().unwrap().contains(DEFAULT_FLAGS), "{report:#}");
    assert!(run["compile_s"].as_f64().unwrap() > 0.0);
    assert!(run["python_version"].as_str().unwrap().starts_with("3."), "{report:#}");
    for side in ["python_timing", "cpp_timing"] {
        assert!(run[side]["runs"].as_u64().unwrap() >= 1, "{side}: {report:#}");
        assert!(run[side]["median_s"].as_f64().unwrap() > 0.0, "{side}: {report:#}");
    }
    assert!(run["speedup"].as_f64().unwrap() > 0.0, "{report:#}");
    assert_eq!(run["cpp_stderr"], Value::Null);

    // `-o` replaces the default path: nothing is written next to the input.
    assert_eq!(sb.files(), ["ported.cpp", "sum_squares.py"]);
    assert_eq!(sb.leftover_tmp(), Vec::<String>::new(), "scratch files left behind");
}

#[test]
fn convert_no_run_only_translates() {
    let sb = Sandbox::with(&["sum_squares.py"]);
    let out = sb.pyport(&["convert", "sum_squares.py", "--no-run"]);
    out.expect_code(0);
    assert_eq!(out.report_line("output      "), "output      sum_squares.cpp");
    assert_duration_units(out.report_line("translate   "));
    for absent in ["verdict", "compiler", "speedup", "CPython"] {
        assert!(!out.stdout.contains(absent), "`--no-run` printed `{absent}`\n{}", out.dump());
    }
    assert_eq!(sb.files(), ["sum_squares.cpp", "sum_squares.py"]);

    let json = sb.pyport(&["convert", "sum_squares.py", "--no-run", "--json", "-o", "other.cpp"]);
    json.expect_code(0);
    let report = json.json();
    assert_eq!(report["output"], "other.cpp");
    assert_eq!(report["run"], Value::Null);
    assert_eq!(report["verified"], Value::Null);
    assert_eq!(sb.files(), ["other.cpp", "sum_squares.cpp", "sum_squares.py"]);
}

#[test]
fn convert_refuses_to_overwrite_the_input() {
    let sb = Sandbox::with(&["sum_squares.py"]);
    let out = sb.pyport(&["convert", "sum_squares.py", "-o", "sum_squares.py", "--no-run"]);
    out.expect_code(2);
    assert!(out.single_error_line().contains("is the input file"), "{}", out.dump());
    assert_eq!(std::fs::read_to_string(sb.path("sum_squares.py")).unwrap(), data("sum_squares.py"));
    assert_eq!(sb.files(), ["sum_squares.py"]);
}

/// Asserts a report duration is written as the full report writes it: milliseconds below one second.
#[track_caller]
fn assert_duration_units(line: &str) {
    let value = line.split_whitespace().nth(1).unwrap_or("");
    let unit = line.split_whitespace().nth(2).unwrap_or("");
    let value: f64 = value.parse().unwrap_or_else(|_| panic!("no duration in `{line}`"));
    match unit {
        "ms" => assert!(value < 1000.0, "`{line}`"),
        "s" => assert!(value >= 1.0, "below one second a duration is shown in ms: `{line}`"),
        _ => panic!("unknown unit in `{line}`"),
    }
}

#[test]
fn convert_refuses_the_input_under_another_spelling() {
    let sb = Sandbox::with(&["sum_squares.py"]);
    std::fs::create_dir(sb.path("src")).unwrap();
    std::os::unix::fs::symlink("sum_squares.py", sb.path("link.py")).unwrap();
    let absolute = sb.path("sum_squares.py").display().to_string();
    for output in ["./sum_squares.py", absolute.as_str(), "src/../sum_squares.py", "link.py"] {
        let out = sb.pyport(&["convert", "sum_squares.py", "-o", output, "--no-run"]);
        out.expect_code(2);
        assert_eq!(
            out.single_error_line(),
            format!("pyport: error: the output path `{output}` is the input file; choose another with `-o`"),
        );
        assert_eq!(out.stdout, "", "{}", out.dump());
        assert_eq!(std::fs::read_to_string(sb.path("sum_squares.py")).unwrap(), data("sum_squares.py"));
        assert_eq!(sb.files(), ["link.py", "sum_squares.py"], "after `-o {output}`");
    }
    // The same file named from the input side: an absolute input, a relative output.
    let out = sb.pyport(&["convert", &absolute, "-o", "sum_squares.py", "--no-run"]);
    out.expect_code(2);
    assert!(out.single_error_line().contains("is the input file"), "{}", out.dump());
    assert_eq!(std::fs::read_to_string(sb.path("sum_squares.py")).unwrap(), data("sum_squares.py"));
}

#[test]
fn output_in_a_missing_directory_names_that_path() {
    let sb = Sandbox::with(&["sum_squares.py"]);
    let out = sb.pyport(&["convert", "sum_squares.py", "-o", "missing_dir/x.cpp", "--no-run"]);
    out.expect_code(2);
    let line = out.single_error_line();
    assert!(line.starts_with("pyport: error: cannot write `missing_dir/x.cpp`: "), "{line}");
    assert!(!line.contains(".tmp"), "the temporary file is an internal detail: {line}");
    assert_eq!(sb.files(), ["sum_squares.py"]);
}

/// Writes a stand-in for CPython that records its arguments and stdin, then runs the real interpreter.
///
/// The builtin engine does not compile `sys.argv` or `input()` yet, so the programs cannot show what
/// they received; the wrapper shows it for the CPython side. It answers pyport's version probe with
/// its own path as `sys.executable`, so pyport keeps running the wrapper instead of the interpreter.
fn recording_python(sb: &Sandbox, real: &str) -> PathBuf {
    let log = sb.tmp.path().display().to_string();
    let script = format!(
        "#!/bin/sh\n\
         if [ \"$1\" = \"-c\" ]; then\n\
         \x20   '{real}' -c 'import platform; print(platform.python_version())'\n\
         \x20   echo \"$0\"\n\
         \x20   exit 0\n\
         fi\n\
         printf '%s\\n' \"$@\" > '{log}/args.txt'\n\
         cat > '{log}/stdin.txt'\n\
         exec '{real}' \"$@\" < '{log}/stdin.txt'\n"
    );
    let path = sb.path("bin/python3");
    sb.write("bin/python3", &script);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

#[test]
fn convert_passes_args_and_stdin_and_still_verifies() {
    let sb = Sandbox::with(&["sum_squares.py"]);
    sb.write("input.txt", "first line\nsecond line\n");
    let doctor = sb.pyport(&["doctor", "--json"]);
    doctor.expect_code(0);
    let real = doctor.json()["python"]["path"].as_str().expect("doctor names the Python").to_string();
    let python = recording_python(&sb, &real);

    // The recording wrapper writes outside the scratch directory, which the sandbox forbids.
    let out = sb.pyport_env(&[
        "convert",
        "sum_squares.py",
        "--python",
        python.to_str().unwrap(),
        "--stdin",
        "input.txt",
        "--timing-budget",
        "0",
        "--",
        "alpha",
        "--beta",
        "two words",
    ], &[("PYPORT_SANDBOX", "off")]);
    out.expect_code(0);
    assert!(out.stderr.contains("sandbox off"), "{}", out.dump());
    assert!(out.report_line("verdict     ").starts_with("verdict     verified: "), "{}", out.dump());
    let args = std::fs::read_to_string(sb.tmp.path().join("args.txt")).expect("the wrapper ran");
    let args: Vec<&str> = args.lines().collect();
    assert_eq!(args.len(), 4, "script path then the three arguments: {args:?}");
    assert!(args[0].ends_with("sum_squares.py"), "{args:?}");
    assert_eq!(args[1..], ["alpha", "--beta", "two words"]);
    let stdin = std::fs::read_to_string(sb.tmp.path().join("stdin.txt")).unwrap();
    assert_eq!(stdin, "first line\nsecond line\n");
}

/// Writes a stand-in for CPython whose script runs after the first are killed by SIGKILL.
///
/// The verification run succeeds, so the port verifies; the first timing repeat then fails, which
/// makes `build_and_run` return an error after it has created its scratch directory.
fn python_killed_after_first_run(sb: &Sandbox, real: &str) -> PathBuf {
    let count = sb.path("bin/runs").display().to_string();
    let script = format!(
        "#!/bin/sh\n\
         if [ \"$1\" = \"-c\" ]; then\n\
         \x20   '{real}' -c 'import platform; print(platform.python_version())'\n\
         \x20   echo \"$0\"\n\
         \x20   exit 0\n\
         fi\n\
         echo run >> '{count}'\n\
         if [ \"$(wc -l < '{count}')\" -gt 1 ]; then kill -KILL $$; fi\n\
         exec '{real}' \"$@\"\n"
    );
    let path = sb.path("bin/python3");
    sb.write("bin/python3", &script);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

#[test]
fn scratch_files_are_removed_when_a_run_fails_midway() {
    let sb = Sandbox::with(&["sum_squares.py"]);
    let doctor = sb.pyport(&["doctor", "--json"]);
    doctor.expect_code(0);
    let real = doctor.json()["python"]["path"].as_str().expect("doctor names the Python").to_string();
    let python = python_killed_after_first_run(&sb, &real);

    // The run-counting wrapper writes outside the scratch directory, which the sandbox forbids.
    let out = sb.pyport_env(
        &["convert", "sum_squares.py", "--python", python.to_str().unwrap(), "--timing-budget", "30"],
        &[("PYPORT_SANDBOX", "off")],
    );
    out.expect_code(2);
    let line = out.stderr.lines().last().unwrap_or("");
    assert!(line.starts_with("pyport: error: ") && line.contains("timing run 2"), "{}", out.dump());
    assert!(line.contains("killed by SIGKILL"), "{}", out.dump());
    assert_eq!(sb.leftover_tmp(), Vec::<String>::new(), "scratch files left behind");
}

#[test]
fn convert_with_a_missing_stdin_file_is_a_usage_error() {
    let sb = Sandbox::with(&["sum_squares.py"]);
    let out = sb.pyport(&["convert", "sum_squares.py", "--stdin", "nope.txt"]);
    out.expect_code(2);
    assert!(out.single_error_line().contains("`nope.txt`"), "{}", out.dump());
}

// ---------------------------------------------------------------------------------------------
// convert: programs that cannot be translated
// ---------------------------------------------------------------------------------------------

/// Counts `error[...]` headers and ` --> file:line:column` locations in rendered diagnostics.
fn diagnostic_counts(stderr: &str, file: &str) -> (usize, usize) {
    let headers = stderr.lines().filter(|l| l.starts_with("error[")).count();
    let located = stderr
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("--> "))
        .filter(|loc| {
            let mut parts = loc.rsplitn(3, ':');
            let (col, line, path) = (parts.next(), parts.next(), parts.next());
            path == Some(file)
                && [line, col].iter().all(|n| n.is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())))
        })
        .count();
    (headers, located)
}

#[test]
fn syntax_error_reports_every_error_and_writes_nothing() {
    let sb = Sandbox::with(&["syntax_error.py"]);
    let out = sb.pyport(&["convert", "syntax_error.py"]);
    out.expect_code(1);
    assert_eq!(out.stdout, "", "{}", out.dump());
    assert_eq!(diagnostic_counts(&out.stderr, "syntax_error.py"), (2, 2), "{}", out.dump());
    assert!(out.stderr.contains("3 |     return x /"), "code frame missing\n{}", out.dump());
    insta::assert_snapshot!("syntax_error_stderr", sb.redact(&out.stderr));
    assert_eq!(sb.files(), ["syntax_error.py"], "no C++ and no temporary file may be written");
}

#[test]
fn unsupported_constructs_are_all_reported_and_nothing_is_written() {
    let sb = Sandbox::with(&["unsupported.py"]);
    // An absolute input path: diagnostics name the file as given.
    let input = sb.path("unsupported.py").display().to_string();
    let out = sb.pyport(&["convert", &input]);
    out.expect_code(1);
    assert_eq!(diagnostic_counts(&out.stderr, &input), (3, 3), "{}", out.dump());
    insta::assert_snapshot!("unsupported_stderr", sb.redact(&out.stderr));
    assert_eq!(sb.files(), ["unsupported.py"], "no C++ and no temporary file may be written");

    let json = sb.pyport(&["convert", "unsupported.py", "--json"]);
    json.expect_code(1);
    let report = json.json();
    assert_eq!(report["output"], Value::Null);
    let diagnostics = report["diagnostics"].as_array().unwrap();
    let located: Vec<(u64, u64)> =
        diagnostics.iter().map(|d| (d["line"].as_u64().unwrap(), d["column"].as_u64().unwrap())).collect();
    assert_eq!(located, [(2, 6), (5, 10), (6, 10)], "{report:#}");
    assert!(diagnostics.iter().all(|d| d["severity"] == "error" && d["file"] == "unsupported.py"), "{report:#}");
    assert_eq!(sb.files(), ["unsupported.py"]);
}

// ---------------------------------------------------------------------------------------------
// convert: verdicts
// ---------------------------------------------------------------------------------------------

#[test]
fn int_overflow_stops_the_cpp_and_does_not_verify() {
    // Only under --int64: by default the same program is exact (int_overflow_verifies_by_default).
    let sb = Sandbox::with(&["int_overflow.py"]);
    let out = sb.pyport(&["convert", "int_overflow.py", "--int64", "--timing-budget", "0"]);
    out.expect_code(1);
    let verdict = out.report_line("verdict     ");
    assert!(verdict.contains("NOT VERIFIED"), "{}", out.dump());
    assert!(out.stdout.contains("pyport: error: integer overflow on line 3"), "{}", out.dump());
    assert!(!out.stdout.contains("speedup"), "an unverified port is not timed\n{}", out.dump());
    insta::assert_snapshot!("int_overflow_report", sb.redact(&out.stdout));
    assert_eq!(sb.leftover_tmp(), Vec::<String>::new(), "scratch files left behind");
}

#[test]
fn printing_a_base_instance_whose_subclasses_print_stops_at_a_limit() {
    // Subclasses define `__str__`, the base does not: printing a subclass object runs; printing a
    // base object stops the port (CPython prints an address that differs on every run).
    let sb = Sandbox::with(&[]);
    let classes = "class Base:\n    pass\n\n\nclass Named(Base):\n    def __str__(self):\n        return 'named'\n\n\n";
    sb.write("base.py", &format!("{classes}xs = [Named(), Base()]\nfor x in xs:\n    print(x)\n"));
    let out = sb.pyport(&["convert", "base.py", "--timing-budget", "0"]);
    out.expect_code(1);
    assert!(out.report_line("verdict     ").contains("NOT VERIFIED"), "{}", out.dump());
    assert!(out.stdout.contains("pyport: error: printing a `Base` object, whose class defines no __str__ or __repr__"), "{}", out.dump());
}

#[test]
fn int_overflow_verifies_by_default() {
    let sb = Sandbox::with(&["int_overflow.py"]);
    let out = sb.pyport(&["convert", "int_overflow.py", "--json", "--timing-budget", "0"]);
    out.expect_code(0);
    let report = out.json();
    assert_eq!(report["verified"], Value::Bool(true), "{report:#}");
}

#[test]
fn uncaught_zero_division_verifies() {
    let sb = Sandbox::with(&["zero_division.py"]);
    let out = sb.pyport(&["convert", "zero_division.py", "--json", "--timing-budget", "0"]);
    out.expect_code(0);
    let report = out.json();
    assert_eq!(report["verified"], Value::Bool(true), "{report:#}");
    assert_eq!(report["run"]["verdict"]["kind"], "verified");
}

#[test]
fn timing_lines_are_masked_unless_strict() {
    let sb = Sandbox::with(&["timing_line.py"]);
    let out = sb.pyport(&["convert", "timing_line.py", "--timing-budget", "0"]);
    out.expect_code(0);
    assert!(out.report_line("verdict     ").ends_with("(1 timing line masked)"), "{}", out.dump());

    let strict = sb.pyport(&["convert", "timing_line.py", "--strict", "--timing-budget", "0"]);
    strict.expect_code(1);
    assert_eq!(strict.report_line("verdict     "), "verdict     NOT VERIFIED: output differs at line 2");
    assert!(strict.report_line("  CPython   ").starts_with("  CPython   Execution Time: "), "{}", strict.dump());
    assert!(strict.report_line("  C++       ").starts_with("  C++       Execution Time: "), "{}", strict.dump());
}

#[test]
fn ignore_line_masks_matching_lines() {
    // The `stamp` line differs on every run and mentions no time word, so only the pattern masks it
    // (without it the verdict is NOT VERIFIED, as `--strict` shows for timing lines above).
    let sb = Sandbox::with(&["unstable_line.py"]);
    let out = sb.pyport(&["convert", "unstable_line.py", "--ignore-line", r"^stamp \d", "--timing-budget", "0"]);
    out.expect_code(0);
    assert_eq!(
        out.report_line("verdict     "),
        "verdict     verified: stdout and exit status identical to CPython (1 line ignored)",
        "an ignored line is not a masked timing line"
    );

    let json = sb.pyport(&["convert", "unstable_line.py", "--ignore-line", r"^stamp \d", "--json", "--timing-budget", "0"]);
    json.expect_code(0);
    let report = json.json();
    assert_eq!(report["run"]["verdict"]["masked_lines"], 0, "{report:#}");
    assert_eq!(report["run"]["verdict"]["ignored_lines"], 1, "{report:#}");
}

#[test]
fn masked_and_ignored_lines_are_counted_separately() {
    let sb = Sandbox::with(&["timing_and_stamp.py"]);
    let out = sb.pyport(&["convert", "timing_and_stamp.py", "--ignore-line", r"^stamp ", "--timing-budget", "0"]);
    out.expect_code(0);
    assert_eq!(
        out.report_line("verdict     "),
        "verdict     verified: stdout and exit status identical to CPython (1 timing line masked, 1 line ignored)"
    );
}

#[test]
fn timing_lines_are_not_masked_without_a_clock() {
    // `time: 5` looks like a timing line, but without `import time` it can only be program output.
    let sb = Sandbox::with(&["no_clock.py"]);
    let out = sb.pyport(&["convert", "no_clock.py", "--timing-budget", "0"]);
    out.expect_code(0);
    assert_eq!(out.report_line("verdict     "), "verdict     verified: stdout and exit status identical to CPython");

    let json = sb.pyport(&["convert", "no_clock.py", "--json", "--timing-budget", "0"]);
    json.expect_code(0);
    let report = json.json();
    assert_eq!(report["run"]["verdict"]["masked_lines"], 0, "{report:#}");
    assert_eq!(report["run"]["verdict"]["ignored_lines"], 0, "{report:#}");
}

#[test]
fn invalid_ignore_line_regex_is_a_usage_error() {
    let sb = Sandbox::with(&["sum_squares.py"]);
    let out = sb.pyport(&["convert", "sum_squares.py", "--ignore-line", "(unclosed", "--timing-budget", "0"]);
    out.expect_code(2);
    assert_eq!(
        out.single_error_line(),
        "pyport: error: invalid `--ignore-line` pattern `(unclosed`: unclosed group"
    );
    assert_eq!(out.stdout, "", "{}", out.dump());
    // Noticed before any work: nothing translated, written, compiled or run.
    assert_eq!(sb.files(), ["sum_squares.py"]);
    assert_eq!(sb.leftover_tmp(), Vec::<String>::new());

    // Checked even when nothing will be compared.
    let no_run = sb.pyport(&["convert", "sum_squares.py", "--ignore-line", "ok", "--ignore-line", "a{2", "--no-run"]);
    no_run.expect_code(2);
    assert!(no_run.single_error_line().starts_with("pyport: error: invalid `--ignore-line` pattern `a{2`: "), "{}", no_run.dump());
    assert_eq!(sb.files(), ["sum_squares.py"]);
}

// ---------------------------------------------------------------------------------------------
// convert: usage errors
// ---------------------------------------------------------------------------------------------

#[test]
fn missing_compiler_is_one_clear_line() {
    let sb = Sandbox::with(&["sum_squares.py"]);
    let out = sb.pyport(&["convert", "sum_squares.py", "--cxx", "/nonexistent/g++"]);
    out.expect_code(2);
    let line = out.single_error_line();
    assert!(line.contains("`/nonexistent/g++`") && line.contains("`--cxx`"), "{line}");
    assert_eq!(out.stdout, "");
}

#[test]
fn missing_python_is_one_clear_line() {
    let sb = Sandbox::with(&["sum_squares.py"]);
    let out = sb.pyport(&["convert", "sum_squares.py", "--python", "/nonexistent/python3"]);
    out.expect_code(2);
    let line = out.single_error_line();
    assert!(line.contains("`/nonexistent/python3`") && line.contains("`--python`"), "{line}");
    assert_eq!(out.stdout, "");
}

#[test]
fn unknown_engine_is_a_usage_error() {
    let sb = Sandbox::with(&["sum_squares.py"]);
    let out = sb.pyport(&["convert", "sum_squares.py", "--engine", "foo"]);
    out.expect_code(2);
    assert!(out.single_error_line().contains("unknown engine `foo`"), "{}", out.dump());
    assert_eq!(sb.files(), ["sum_squares.py"]);
}

#[test]
fn missing_input_file_names_the_path() {
    let sb = Sandbox::with(&[]);
    let out = sb.pyport(&["convert", "absent.py"]);
    out.expect_code(2);
    assert!(out.single_error_line().contains("`absent.py`"), "{}", out.dump());
    assert_eq!(sb.files(), Vec::<String>::new());
}

#[test]
fn directory_as_input_is_a_usage_error() {
    let sb = Sandbox::with(&[]);
    std::fs::create_dir(sb.path("progs.py")).unwrap();
    let out = sb.pyport(&["convert", "progs.py"]);
    out.expect_code(2);
    assert!(out.single_error_line().contains("`progs.py`"), "{}", out.dump());
    assert_eq!(sb.files(), Vec::<String>::new());
}

#[test]
fn bad_command_lines_exit_2_and_help_exits_0() {
    let sb = Sandbox::with(&[]);
    let no_input = sb.pyport(&["convert"]);
    no_input.expect_code(2);
    assert!(no_input.stderr.contains("Usage:"), "{}", no_input.dump());
    sb.pyport(&["convert", "x.py", "--no-such-flag"]).expect_code(2);
    sb.pyport(&["frobnicate"]).expect_code(2);
    let help = sb.pyport(&["convert", "--help"]);
    help.expect_code(0);
    assert!(help.stdout.contains("--ignore-line"), "{}", help.dump());
    let version = sb.pyport(&["--version"]);
    version.expect_code(0);
    assert!(version.stdout.starts_with("pyport "), "{}", version.dump());
}

// ---------------------------------------------------------------------------------------------
// doctor and bench
// ---------------------------------------------------------------------------------------------

#[test]
fn doctor_lists_toolchains_and_default_flags() {
    let sb = Sandbox::with(&[]);
    let out = sb.pyport(&["doctor"]);
    out.expect_code(0);
    assert!(out.report_line("python      ").contains("(CPython 3."), "{}", out.dump());
    assert!(out.stdout.lines().any(|l| l.starts_with("compiler    gcc ") && l.contains("g++")), "{}", out.dump());
    assert_eq!(out.report_line("cxxflags    "), format!("cxxflags    {DEFAULT_FLAGS}"));
    assert_eq!(out.report_line("status      "), "status      ready");

    let json = sb.pyport(&["doctor", "--json"]);
    json.expect_code(0);
    let findings = json.json();
    assert!(findings["python"]["version"].as_str().unwrap().starts_with("3."), "{findings:#}");
    let flags: Vec<&str> = findings["cxxflags"].as_array().unwrap().iter().map(|f| f.as_str().unwrap()).collect();
    assert_eq!(flags.join(" "), DEFAULT_FLAGS);
    let compilers = findings["compilers"].as_array().unwrap();
    assert!(compilers.iter().any(|c| c["kind"] == "gcc"), "{findings:#}");
    assert!(findings["selected_compiler"].is_string(), "{findings:#}");
}

#[test]
fn bench_prints_a_verified_row_and_the_geometric_mean() {
    let sb = Sandbox::with(&[]);
    sb.write("progs/sum_squares.py", &data("sum_squares.py"));
    sb.write("progs/notes.txt", "not a program\n");
    let out = sb.pyport(&["bench", "progs", "--timing-budget", "0"]);
    out.expect_code(0);
    let rows: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(rows.len(), 3, "header, one row, geometric mean\n{}", out.dump());
    assert!(rows[0].starts_with("program"), "{}", out.dump());
    let row: Vec<&str> = rows[1].split_whitespace().collect();
    assert_eq!(row.first(), Some(&"sum_squares"), "{}", out.dump());
    assert_eq!(row.last(), Some(&"verified"), "{}", out.dump());
    assert!(rows[2].starts_with("geometric mean speedup over 1 verified program: "), "{}", out.dump());
    assert_eq!(sb.files(), ["progs/notes.txt", "progs/sum_squares.py"], "bench writes nothing next to the programs");
    assert_eq!(sb.leftover_tmp(), Vec::<String>::new(), "scratch files left behind");
}

#[test]
fn bench_on_an_empty_folder_is_a_usage_error() {
    let sb = Sandbox::with(&[]);
    sb.write("empty/notes.txt", "not a program\n");
    let out = sb.pyport(&["bench", "empty", "--timing-budget", "0"]);
    out.expect_code(2);
    assert_eq!(out.single_error_line(), "pyport: error: no Python programs found in `empty`");
    assert_eq!(out.stdout, "", "{}", out.dump());
}

#[test]
fn bench_on_a_missing_folder_fails_before_the_table() {
    let sb = Sandbox::with(&[]);
    let out = sb.pyport(&["bench", "absent", "--timing-budget", "0"]);
    out.expect_code(2);
    assert!(out.single_error_line().contains("`absent`"), "{}", out.dump());
    assert_eq!(out.stdout, "", "no table header for a bench that cannot start\n{}", out.dump());
    assert_eq!(sb.leftover_tmp(), Vec::<String>::new(), "scratch files left behind");
}

#[test]
fn second_convert_of_the_same_program_comes_from_the_build_cache() {
    let sb = Sandbox::with(&[]);
    sb.write("p.py", "total = 0\nfor i in range(10):\n    total += i * i\nprint(total)\n");
    let cache = sb.tmp.path().join("cache");
    let vars = [("PYPORT_CACHE_DIR", cache.to_str().unwrap())];
    let first = sb.pyport_env(&["convert", "p.py", "--json", "--timing-budget", "0"], &vars);
    first.expect_code(0);
    assert_eq!(first.json()["run"]["compile_cached"], Value::Bool(false), "{}", first.dump());
    let second = sb.pyport_env(&["convert", "p.py", "--json", "--timing-budget", "0"], &vars);
    second.expect_code(0);
    assert_eq!(second.json()["run"]["compile_cached"], Value::Bool(true), "{}", second.dump());
    // Other flags, other executable.
    let third = sb.pyport_env(&["convert", "p.py", "--json", "--timing-budget", "0", "--cxxflags", "-O1 -std=c++20"], &vars);
    third.expect_code(0);
    assert_eq!(third.json()["run"]["compile_cached"], Value::Bool(false), "{}", third.dump());
}

#[test]
fn perf_times_pyport_against_cpython_and_the_reference_and_skips_missing_peers() {
    let sb = Sandbox::with(&[]);
    sb.write("progs/squares.py", "total = 0\nfor i in range(1000):\n    total += i * i\nprint(\"total:\", total)\n");
    sb.write("progs/cubes.py", "print(sum(i * i * i for i in range(100)))\n");
    sb.write(
        "ref/squares.cpp",
        "#include <cstdio>\nint main() { long t = 0; for (long i = 0; i < 1000; ++i) t += i * i; std::printf(\"total: %ld\\n\", t); }\n",
    );
    sb.write("ref/cubes.cpp", "#include <cstdio>\nint main() { std::puts(\"wrong\"); }\n");
    let peers = sb.tmp.path().join("no-peers");
    let cache = sb.tmp.path().join("cache");
    let vars = [("PYPORT_PEERS_DIR", peers.to_str().unwrap()), ("PYPORT_CACHE_DIR", cache.to_str().unwrap())];
    let out = sb.pyport_env(&["perf", "progs", "--peers", "cython,mypyc", "--reference", "ref", "--runs", "1"], &vars);
    out.expect_code(0);
    let header = out.stdout.lines().next().unwrap_or_default();
    for col in ["program", "CPython", "cython", "mypyc", "pyport", "C++ ref", "×CPython", "pyport/ref", "compile"] {
        assert!(header.contains(col), "no `{col}` column\n{}", out.dump());
    }
    let squares = out.stdout.lines().find(|l| l.starts_with("squares")).unwrap_or_else(|| panic!("{}", out.dump()));
    // CPython, two skipped peers, pyport, the reference, three ratios: numbers where runs were correct.
    let cells: Vec<&str> = squares.split_whitespace().collect();
    assert_eq!(&cells[2..4], ["skip", "skip"], "{}", out.dump());
    assert!(cells[4].parse::<f64>().is_ok() && cells[5].parse::<f64>().is_ok(), "{}", out.dump());
    assert!(out.stdout.contains("squares: cython skipped: not installed: run `bash bench/peers/setup.sh cython`"), "{}", out.dump());
    assert!(out.stdout.contains("cubes: C++ reference wrong: line 1: expected `24502500`, got `wrong`"), "{}", out.dump());
    assert!(out.stdout.contains("geometric means over programs pyport ran correctly"), "{}", out.dump());

    let bad = sb.pyport(&["perf", "progs", "--peers", "cpython2"]);
    bad.expect_code(2);
    assert!(bad.single_error_line().contains("unknown peer `cpython2`"), "{}", bad.dump());
    let missing = sb.pyport(&["perf", "nowhere"]);
    missing.expect_code(2);
    assert!(missing.single_error_line().contains("`nowhere` is neither a folder nor a file"), "{}", missing.dump());
}

#[test]
fn perf_runs_a_suite_programs_timing_case_with_its_arguments_and_stdin() {
    let sb = Sandbox::with(&[]);
    let prog = "# case: 2 < words.txt\n# case: 1 < words.txt\n# timing: 3 < words.txt\nimport sys\nn = int(sys.argv[1])\nwords = sys.stdin.read().split()\nprint(n, len(words) * n)\n";
    sb.write("suite/count.py", prog);
    sb.write("suite/words.txt", "a b c d\n");
    sb.write(
        "ref/count.cpp",
        "#include <cstdio>\n#include <cstdlib>\nint main(int, char** argv) { int n = std::atoi(argv[1]); int w = 0; char buf[64]; while (std::scanf(\"%63s\", buf) == 1) ++w; std::printf(\"%d %d\\n\", n, w * n); }\n",
    );
    let peers = sb.tmp.path().join("no-peers");
    let cache = sb.tmp.path().join("cache");
    let vars = [("PYPORT_PEERS_DIR", peers.to_str().unwrap()), ("PYPORT_CACHE_DIR", cache.to_str().unwrap())];
    let out = sb.pyport_env(&["perf", "suite", "--peers", "cython", "--reference", "ref", "--runs", "1"], &vars);
    out.expect_code(0);
    let row = out.stdout.lines().find(|l| l.starts_with("count")).unwrap_or_else(|| panic!("{}", out.dump()));
    let cells: Vec<&str> = row.split_whitespace().collect();
    // CPython, the skipped peer, pyport and the reference: all ran the timing case correctly.
    assert!(cells[1].parse::<f64>().is_ok() && cells[3].parse::<f64>().is_ok() && cells[4].parse::<f64>().is_ok(), "{}", out.dump());
    assert!(!out.stdout.contains("wrong"), "{}", out.dump());

    sb.write("broken/count.py", &prog.replace("words.txt", "missing.txt"));
    let bad = sb.pyport_env(&["perf", "broken", "--peers", "cython", "--runs", "1"], &vars);
    bad.expect_code(2);
    assert!(bad.stderr.lines().any(|l| l.starts_with("pyport: error: ") && l.contains("missing.txt")), "{}", bad.dump());
}

#[test]
fn out_of_range_numeric_flags_are_usage_errors_not_panics() {
    let sb = Sandbox::with(&["sum_squares.py"]);
    let cases: &[(&[&str], &str)] = &[
        (&["convert", "sum_squares.py", "--timeout", "1e30"], "`--timeout`"),
        (&["convert", "sum_squares.py", "--timing-budget", "inf"], "`--timing-budget`"),
        (&["compare", "sum_squares.py", "--engines", "builtin", "--timing-budget", "inf"], "`--timing-budget`"),
        (&["bench", "sum_squares.py", "--timeout=-1"], "`--timeout`"),
        (&["bench", "sum_squares.py", "--timing-budget=-1"], "`--timing-budget`"),
        (&["bench", "--suite", ".", "--db", "lb.db", "--timeout=nan"], "`--timeout`"),
        (&["perf", "sum_squares.py", "--timeout=-5"], "`--timeout`"),
        (&["perf", "sum_squares.py", "--runs", "0"], "`--runs`"),
        (&["serve", "--addr", "127.0.0.1:0", "--timeout", "1e30"], "`--timeout`"),
    ];
    for (args, flag) in cases {
        let out = sb.pyport(args);
        out.expect_code(2);
        let line = out.single_error_line();
        assert!(line.contains(flag) && (line.contains("number of seconds") || line.contains("at least 1")), "{args:?}\n{}", out.dump());
    }
}

#[test]
fn merge_refuses_a_foreign_input_before_creating_the_output() {
    let sb = Sandbox::with(&[]);
    sb.write("notes.db", "not a database\n");
    let out = sb.pyport(&["merge", "out.db", "notes.db"]);
    out.expect_code(2);
    let line = out.single_error_line();
    assert!(line.contains("`notes.db` is not a pyport database"), "{}", out.dump());
    assert!(!line.contains("--db"), "merge has no `--db` flag to point at\n{}", out.dump());
    assert_eq!(sb.files(), ["notes.db"], "no empty `out.db` left behind");
}

#[test]
fn llm_only_flags_with_the_builtin_engine_are_noted() {
    let sb = Sandbox::with(&["sum_squares.py"]);
    let out = sb.pyport(&["convert", "sum_squares.py", "--no-run", "--stream"]);
    out.expect_code(0);
    assert!(out.stderr.contains("`--stream` only affects LLM engines"), "{}", out.dump());
    let quiet = sb.pyport(&["convert", "sum_squares.py", "--no-run", "-o", "other.cpp"]);
    quiet.expect_code(0);
    assert!(!quiet.stderr.contains("only affect"), "{}", quiet.dump());
}

/// Pids of processes whose command line mentions `needle`.
fn processes_mentioning(needle: &str) -> Vec<u32> {
    let mut pids = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
        let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) else { continue };
        if String::from_utf8_lossy(&cmdline).contains(needle) {
            pids.push(pid);
        }
    }
    pids
}

#[test]
fn ctrl_c_stops_the_runs_and_removes_scratch_files() {
    let sb = Sandbox::with(&[]);
    // A unique name, so that the test finds this run's CPython and nobody else's.
    let name = format!("spin_{}.py", std::process::id());
    sb.write(&name, "n = 0\nfor i in range(10**10):\n    n += i\nprint(n)\n");
    let child = Command::new(env!("CARGO_BIN_EXE_pyport"))
        .args(["convert", &name])
        .current_dir(sb.work.path())
        .env("TMPDIR", sb.tmp.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait (up to 60 s, compilation included) until CPython runs the program.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let python = loop {
        // Not pyport itself, nor a child it forked that has not exec'd CPython yet (that one
        // still has pyport's command line and, briefly, its blocked signals).
        let pyport_exe = std::fs::canonicalize(env!("CARGO_BIN_EXE_pyport")).ok();
        let found: Vec<u32> = processes_mentioning(&name)
            .into_iter()
            .filter(|&pid| pid != child.id())
            .filter(|&pid| std::fs::read_link(format!("/proc/{pid}/exe")).ok() != pyport_exe)
            .collect();
        if !found.is_empty() {
            break found;
        }
        assert!(std::time::Instant::now() < deadline, "CPython never started");
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    // The run must not inherit pyport's blocked signals.
    for pid in &python {
        if let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) {
            let blocked = status.lines().find_map(|l| l.strip_prefix("SigBlk:")).unwrap_or("").trim().to_string();
            assert!(blocked.chars().all(|c| c == '0'), "the program runs with signals blocked: {blocked}");
        }
    }
    // A moment into the run, as a user's Ctrl-C would be (a signal during the spawn itself is
    // covered too: the handler waits for spawns in progress).
    std::thread::sleep(std::time::Duration::from_millis(100));
    // SAFETY: kill has no memory-safety preconditions.
    unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("pyport: interrupted; stopped "), "{stderr}");
    // SIGKILL is sent before pyport exits; give the kernel a moment to reap.
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(processes_mentioning(&name), Vec::<u32>::new(), "the program outlived pyport");
    assert_eq!(sb.leftover_tmp(), Vec::<String>::new(), "scratch files left behind");
}

#[test]
fn functions_nothing_calls_are_left_out_with_a_warning_and_a_called_one_still_fails() {
    let sb = Sandbox::with(&[]);
    let unused = "def area(r):\n    with memoryview(b'3.14') as f:\n        return float(bytes(f)) * r * r\n\n\ndef show():\n    print(area(2))\n\n\nprint('ok')\n";
    sb.write("unused.py", unused);
    let out = sb.pyport(&["convert", "unused.py", "--no-run"]);
    out.expect_code(0);
    assert!(out.stderr.contains("warning[unused-function-left-out]: function `area` is never called"), "{}", out.dump());
    assert!(out.stderr.contains("function `show` is never called and uses a function left out above"), "{}", out.dump());
    let cpp = std::fs::read_to_string(sb.path("unused.cpp")).unwrap();
    // Named only in the header comment, never defined.
    assert!(cpp.contains("// Left out (never called, so CPython never runs them): area, show\n"), "{cpp}");
    assert!(!cpp.contains("area(") && !cpp.contains("show("), "{cpp}");

    // Once something calls it, the same function is an error again.
    sb.write("called.py", &format!("{unused}show()\n"));
    let out = sb.pyport(&["convert", "called.py", "--no-run"]);
    out.expect_code(1);
    assert!(out.stderr.contains("error[unsupported-syntax]: unsupported: a `with` statement over something other than `open(...)` or an object of the program's classes"), "{}", out.dump());
    assert!(!out.stderr.contains("unused-function-left-out"), "{}", out.dump());
}

#[test]
fn a_name_nothing_binds_raises_name_error_where_cpython_does_with_a_warning() {
    let sb = Sandbox::with(&[]);
    sb.write("typo.py", "radius = 2\nprint('area')\nprint(3.14 * raduis ** 2)\nprint('never')\n");
    let out = sb.pyport(&["convert", "typo.py", "--timing-budget", "0"]);
    out.expect_code(0);
    assert!(out.stderr.contains("warning[name-error-at-run-time]: name `raduis` is not defined anywhere in the program"), "{}", out.dump());
    assert!(out.stdout.contains("verified: stdout and exit status identical to CPython"), "{}", out.dump());
    // Read after an operation that may fail or have effects: still refused.
    sb.write("late.py", "print(len('ab') + raduis)\n");
    let out = sb.pyport(&["convert", "late.py", "--no-run"]);
    out.expect_code(1);
    assert!(out.stderr.contains("error[undefined-name]: name `raduis` is not defined"), "{}", out.dump());
}

#[test]
fn methods_nothing_calls_are_left_out_unless_the_program_reaches_methods_by_a_string() {
    let sb = Sandbox::with(&[]);
    let class = "class Log:\n    def __init__(self, name):\n        self.name = name\n\n    def show(self):\n        print(self.name)\n\n    def save(self, path):\n        with memoryview(path) as f:\n            print(f)\n\n\n";
    sb.write("unused.py", &format!("{class}Log('a').show()\n"));
    let out = sb.pyport(&["convert", "unused.py", "--no-run"]);
    out.expect_code(0);
    assert!(out.stderr.contains("warning[unused-function-left-out]: method `Log.save` is never called and cannot be translated"), "{}", out.dump());
    let cpp = std::fs::read_to_string(sb.path("unused.cpp")).unwrap();
    assert!(cpp.contains("// Left out (never called, so CPython never runs them): Log.save\n"), "{cpp}");

    // `hasattr` reaches a method by its name: none is left out, and the `with` is an error again.
    sb.write("reached.py", &format!("{class}print(hasattr(Log('a'), 'save'))\n"));
    let out = sb.pyport(&["convert", "reached.py", "--no-run"]);
    out.expect_code(1);
    assert!(out.stderr.contains("unsupported: a `with` statement over something other than"), "{}", out.dump());
    assert!(!out.stderr.contains("unused-function-left-out"), "{}", out.dump());
}

// ---------------------------------------------------------------------------------------------
// files the program writes: compared as stdout is
// ---------------------------------------------------------------------------------------------

/// Writes `out.txt` in its working directory, after saying whether one was there already.
const WRITES_A_FILE: &str = "\
import os
print('out.txt there before:', os.path.exists('out.txt'))
with open('out.txt', 'w') as f:
    f.write('first\\nsecond\\n')
print('done')
";

/// A hand-written port of `WRITES_A_FILE` that writes `content` into `out.txt` (nothing when `None`).
fn port_writing(content: Option<&str>) -> String {
    let write = match content {
        Some(text) => format!(
            "    std::FILE* out = std::fopen(\"out.txt\", \"w\");\n    std::fputs(\"{}\", out);\n    std::fclose(out);\n",
            text.replace('\n', "\\n")
        ),
        None => String::new(),
    };
    format!(
        "#include <cstdio>\n\nint main() {{\n    std::FILE* before = std::fopen(\"out.txt\", \"r\");\n    std::printf(\"out.txt there before: %s\\n\", before ? \"True\" : \"False\");\n    if (before) std::fclose(before);\n{write}    std::printf(\"done\\n\");\n    return 0;\n}}\n"
    )
}

/// `convert prog.py` with an LLM engine served by a local mock that answers with `ports` in turn,
/// so that hand-written C++ goes through the real pipeline (compile, run beside CPython, verify).
fn convert_with_ports(sb: &Sandbox, ports: &[String], extra: &[&str], env: &[(&str, &str)]) -> (Outcome, pyport_llm::mock::MockServer) {
    use pyport_llm::mock::{MockServer, Protocol, Reply};
    let replies = ports.iter().map(|code| Reply::Answer(format!("Here it is:\n\n```cpp\n{code}```\n"))).collect();
    let server = MockServer::start(Protocol::OpenAI, replies).unwrap();
    sb.write("pyport.toml", &format!("[providers.openai]\nbase_url = \"{}\"\napi_key_env = \"PYPORT_E2E_KEY\"\n", server.base_url()));
    let mut args = vec!["convert", "prog.py", "--engine", "openai:gpt-4o", "--no-cache", "--timing-budget", "0"];
    args.extend(extra);
    // The ports include no runtime header: compiling them from scratch is quicker than a precompiled header.
    let mut vars = vec![("PYPORT_E2E_KEY", "sk-test"), ("PYPORT_BUILD_CACHE", "off")];
    vars.extend(env);
    (sb.pyport_env(&args, &vars), server)
}

#[test]
fn a_port_writing_another_file_content_is_not_verified_and_the_report_names_the_file() {
    let sb = Sandbox::with(&[]);
    sb.write("prog.py", WRITES_A_FILE);
    let wrong = port_writing(Some("first\nsecund\n"));
    let (out, _server) = convert_with_ports(&sb, &[wrong.clone()], &["--repair", "0"], &[]);
    out.expect_code(1);
    assert_eq!(out.report_line("verdict     "), "verdict     NOT VERIFIED: the file `out.txt` written differs at line 2", "{}", out.dump());
    assert!(out.stdout.contains("\n  CPython   second\n  C++       secund\n"), "{}", out.dump());

    let (out, _server) = convert_with_ports(&sb, &[wrong], &["--repair", "0", "--json"], &[]);
    out.expect_code(1);
    let report = out.json();
    assert_eq!(report["verified"], false, "{report:#}");
    let verdict = &report["run"]["verdict"];
    assert_eq!(verdict["kind"], "output_differs", "{report:#}");
    assert_eq!(verdict["file"], "out.txt", "{report:#}");
    assert_eq!(verdict["line"], 2, "{report:#}");
    assert_eq!((verdict["expected"].as_str(), verdict["actual"].as_str()), (Some("second"), Some("secund")), "{report:#}");
}

#[test]
fn the_same_file_verifies_and_a_missing_one_does_not() {
    let sb = Sandbox::with(&[]);
    sb.write("prog.py", WRITES_A_FILE);
    let (out, _server) = convert_with_ports(&sb, &[port_writing(Some("first\nsecond\n"))], &["--repair", "0"], &[]);
    out.expect_code(0);
    assert_eq!(
        out.report_line("verdict     "),
        "verdict     verified: stdout, exit status and the file written (`out.txt`) identical to CPython",
        "{}",
        out.dump()
    );
    let (out, _server) = convert_with_ports(&sb, &[port_writing(None)], &["--repair", "0", "--json"], &[]);
    out.expect_code(1);
    let verdict = &out.json()["run"]["verdict"];
    assert_eq!((verdict["file"].as_str(), verdict["line"].as_u64()), (Some("out.txt"), Some(1)), "{verdict:#}");
    assert_eq!((verdict["expected"].as_str(), verdict["actual"].as_str()), (Some("first"), Some("<no file>")), "{verdict:#}");
    // Nothing the runs wrote reaches the user's folder.
    assert!(!sb.path("out.txt").exists());
}

#[test]
fn the_repair_prompt_names_the_file_that_differs() {
    let sb = Sandbox::with(&[]);
    sb.write("prog.py", WRITES_A_FILE);
    let ports = [port_writing(Some("first\nsecund\n")), port_writing(Some("first\nsecond\n"))];
    let (out, server) = convert_with_ports(&sb, &ports, &[], &[]);
    out.expect_code(0);
    assert!(out.report_line("rounds      ").contains("2 (1 repair): 1 output differs, 2 verified"), "{}", out.dump());
    let second = server.received()[1].body.to_string();
    assert!(second.contains("file `out.txt`, line 2: second") && second.contains("file `out.txt`, line 2: secund"), "{second}");
}

#[test]
fn the_port_never_sees_the_files_cpython_wrote_with_or_without_the_sandbox() {
    // Without the sandbox (and without a tmpfs) both sides run in the same real directory.
    for env in [&[][..], &[("PYPORT_SANDBOX", "off")][..]] {
        let sb = Sandbox::with(&[]);
        sb.write("prog.py", WRITES_A_FILE);
        let (out, _server) = convert_with_ports(&sb, &[port_writing(Some("first\nsecond\n"))], &["--repair", "0"], env);
        out.expect_code(0);
        assert!(out.report_line("verdict     ").starts_with("verdict     verified: "), "{env:?}\n{}", out.dump());
        // A port that writes nothing must not pass on CPython's file left behind.
        let (out, _server) = convert_with_ports(&sb, &[port_writing(None)], &["--repair", "0"], env);
        out.expect_code(1);
        assert_eq!(out.report_line("verdict     "), "verdict     NOT VERIFIED: the file `out.txt` written differs at line 1", "{env:?}\n{}", out.dump());
        assert!(out.stdout.contains("\n  C++       <no file>\n"), "{env:?}\n{}", out.dump());
        assert!(!sb.path("out.txt").exists());
        assert_eq!(sb.leftover_tmp(), Vec::<String>::new(), "scratch files left behind");
    }
}

// ---------------------------------------------------------------------------------------------
// files the program reads: staged beside it for both sides
// ---------------------------------------------------------------------------------------------

/// Sums the numbers in `numbers.txt`, which a user keeps beside it.
const SUMS_NUMBERS: &str = "\
total = 0
with open('numbers.txt') as f:
    for line in f:
        total += int(line)
print('sum', total)
";

const NUMBERS: &str = "1\n2\n3\n100\n";

/// A hand-written port of `SUMS_NUMBERS` that prints `sum` without reading anything.
fn port_printing_sum(sum: u32) -> String {
    format!("#include <cstdio>\n\nint main() {{\n    std::printf(\"sum {sum}\\n\");\n    return 0;\n}}\n")
}

#[test]
fn a_program_reading_a_file_beside_it_verifies_on_that_file() {
    let sb = Sandbox::with(&[]);
    sb.write("sum.py", SUMS_NUMBERS);
    sb.write("numbers.txt", NUMBERS);
    let out = sb.pyport(&["convert", "sum.py", "--timing-budget", "0"]);
    out.expect_code(0);
    assert_eq!(out.report_line("inputs      "), "inputs      numbers.txt (staged from ./numbers.txt)", "{}", out.dump());
    // Staged and left unchanged: not a file the run wrote.
    assert_eq!(out.report_line("verdict     "), "verdict     verified: stdout and exit status identical to CPython", "{}", out.dump());
    assert!(!out.stdout.contains("\nfailed "), "{}", out.dump());

    let out = sb.pyport(&["convert", "sum.py", "--timing-budget", "0", "--json"]);
    out.expect_code(0);
    let run = &out.json()["run"];
    assert_eq!(run["inputs"], serde_json::json!([{ "name": "numbers.txt", "from": "./numbers.txt", "bytes": 10 }]), "{run:#}");
    assert_eq!(run["both_failed"], Value::Null, "{run:#}");

    // CPython printed the sum of the file: a port printing another differs on that line.
    sb.write("prog.py", SUMS_NUMBERS);
    let (out, _server) = convert_with_ports(&sb, &[port_printing_sum(105)], &["--repair", "0"], &[]);
    out.expect_code(1);
    assert!(out.stdout.contains("\n  CPython   sum 106\n  C++       sum 105\n"), "{}", out.dump());
    // The user's file is as it was, and nothing the runs wrote reaches the folder.
    assert_eq!(std::fs::read_to_string(sb.path("numbers.txt")).unwrap(), NUMBERS);
    assert_eq!(sb.files(), ["numbers.txt", "prog.cpp", "prog.py", "pyport.toml", "sum.cpp", "sum.py"]);
    assert_eq!(sb.leftover_tmp(), Vec::<String>::new(), "scratch files left behind");
}

#[test]
fn a_file_found_beside_the_program_is_staged_and_a_missing_one_fails_alike_on_both_sides() {
    let sb = Sandbox::with(&[]);
    // Not in the current folder, but beside the program, in a folder of its own.
    sb.write("aoc/sum.py", &SUMS_NUMBERS.replace("'numbers.txt'", "'data/numbers.txt'"));
    sb.write("aoc/data/numbers.txt", NUMBERS);
    let out = sb.pyport(&["convert", "aoc/sum.py", "--timing-budget", "0"]);
    out.expect_code(0);
    assert_eq!(out.report_line("inputs      "), "inputs      data/numbers.txt (staged from aoc/data/numbers.txt)", "{}", out.dump());
    assert!(!out.stdout.contains("\nfailed "), "{}", out.dump());

    // Without the file both sides fail with FileNotFoundError, and the report says so.
    std::fs::remove_file(sb.path("aoc/data/numbers.txt")).unwrap();
    let out = sb.pyport(&["convert", "aoc/sum.py", "--timing-budget", "0"]);
    out.expect_code(0);
    assert!(!out.stdout.contains("\ninputs "), "{}", out.dump());
    assert_eq!(out.report_line("failed      "), "failed      on both sides, alike: exit status 1", "{}", out.dump());
    let missing = "FileNotFoundError: [Errno 2] No such file or directory: 'data/numbers.txt'";
    assert!(out.stdout.contains(&format!("\n  CPython   {missing}\n")), "{}", out.dump());
    assert!(out.report_line("  C++       ").contains("FileNotFoundError"), "{}", out.dump());
    assert!(out.report_line("note        ").contains("--input-file"), "{}", out.dump());
    let out = sb.pyport(&["convert", "aoc/sum.py", "--timing-budget", "0", "--json"]);
    let run = &out.json()["run"];
    assert_eq!(run["both_failed"]["termination"], "exit status 1", "{run:#}");
    assert_eq!(run["both_failed"]["python"], missing, "{run:#}");
    assert_eq!(run.get("inputs"), None, "{run:#}");
}

#[test]
fn input_file_stages_a_file_the_program_names_through_a_variable() {
    let sb = Sandbox::with(&[]);
    sb.write("prog.py", "import sys\nname = 'data/values.txt'\nvalues = open(name).read().split()\nprint(len(values), 'values, last', values[-1])\n");
    sb.write("data/values.txt", "7 8\n9\n");
    let out = sb.pyport(&["convert", "prog.py", "--timing-budget", "0"]);
    assert_eq!(out.report_line("failed      "), "failed      on both sides, alike: exit status 1", "not found by itself\n{}", out.dump());
    let out = sb.pyport(&["convert", "prog.py", "--timing-budget", "0", "--input-file", "data/values.txt"]);
    out.expect_code(0);
    assert_eq!(out.report_line("inputs      "), "inputs      data/values.txt (staged from data/values.txt)", "{}", out.dump());
    assert!(!out.stdout.contains("\nfailed "), "{}", out.dump());
    // `compare` shares the option, and says what it staged once for every engine.
    let out = sb.pyport(&["compare", "prog.py", "--engines", "builtin", "--timing-budget", "0", "--input-file", "data/values.txt"]);
    out.expect_code(0);
    assert_eq!(out.report_line("inputs      "), "inputs      data/values.txt (staged from data/values.txt)", "{}", out.dump());
    // A file that is not there is a usage error before any work.
    let out = sb.pyport(&["convert", "prog.py", "--input-file", "data/nothing.txt"]);
    out.expect_code(2);
    assert!(out.single_error_line().contains("`--input-file data/nothing.txt`"), "{}", out.dump());
}

#[test]
fn a_path_out_of_the_folder_is_not_staged() {
    let sb = Sandbox::with(&[]);
    sb.write("secret.txt", "do not copy\n");
    sb.write("inner/prog.py", "print(open('../secret.txt').read())\n");
    let out = sb.pyport_in("inner", &["convert", "prog.py", "--timing-budget", "0", "--json"]);
    let run = &out.json()["run"];
    assert_eq!(run.get("inputs"), None, "{run:#}");
    assert_eq!(run["both_failed"]["python"], "FileNotFoundError: [Errno 2] No such file or directory: '../secret.txt'", "{run:#}");
}

#[test]
fn a_staged_input_the_program_rewrites_is_compared_as_a_written_file() {
    // Appends its total to the file it read: the user's copy is never touched.
    let program = format!("{SUMS_NUMBERS}with open('numbers.txt', 'a') as f:\n    f.write(str(total) + '\\n')\n");
    for env in [&[][..], &[("PYPORT_SANDBOX", "off")][..]] {
        let sb = Sandbox::with(&[]);
        sb.write("prog.py", &program);
        sb.write("numbers.txt", NUMBERS);
        let out = sb.pyport_env(&["convert", "prog.py", "--timing-budget", "0"], env);
        out.expect_code(0);
        assert_eq!(
            out.report_line("verdict     "),
            "verdict     verified: stdout, exit status and the file written (`numbers.txt`) identical to CPython",
            "{env:?}\n{}",
            out.dump()
        );
        // A port that prints the sum but leaves the file as it was does not verify: it did not
        // write the file CPython wrote.
        let (out, _server) = convert_with_ports(&sb, &[port_printing_sum(106)], &["--repair", "0"], env);
        out.expect_code(1);
        assert_eq!(out.report_line("verdict     "), "verdict     NOT VERIFIED: the file `numbers.txt` written differs at line 1", "{env:?}\n{}", out.dump());
        assert!(out.stdout.contains("\n  CPython   1\n  C++       <no file>\n"), "{env:?}\n{}", out.dump());
        assert_eq!(std::fs::read_to_string(sb.path("numbers.txt")).unwrap(), NUMBERS, "{env:?}");
        assert_eq!(sb.leftover_tmp(), Vec::<String>::new(), "scratch files left behind");
    }
}
