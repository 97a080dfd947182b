//! Stored benchmarks end to end: the real `pyport bench --suite`, `leaderboard` and `merge` on the
//! tiny suite in `tests/bench_suite/` (small programs the builtin engine ports, one it rejects, one
//! that is not valid Python), each test with its own database in a temporary folder.
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use rusqlite::Connection;

fn suite_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bench_suite")
}

/// A temporary folder for databases and reports, and a private `TMPDIR` for the child.
struct Sandbox {
    dir: tempfile::TempDir,
    tmp: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        Sandbox { dir: tempfile::tempdir().unwrap(), tmp: tempfile::tempdir().unwrap() }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_pyport"));
        c.args(args)
            .current_dir(self.dir.path())
            .env("TMPDIR", self.tmp.path())
            // Never touch the user's real database, whatever a test forgets to pass.
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env_remove("CXX")
            .env_remove("CXXFLAGS")
            .env_remove("PYPORT_PYTHON");
        c
    }

    fn pyport(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("cannot run pyport")
    }

    /// A copy of the test suite with only the named programs (and the stdin file).
    fn suite(&self, name: &str, programs: &[&str]) -> String {
        let dir = self.path(name);
        std::fs::create_dir_all(&dir).unwrap();
        for p in programs {
            std::fs::copy(suite_dir().join(p), dir.join(p)).unwrap();
        }
        std::fs::copy(suite_dir().join("seed.txt"), dir.join("seed.txt")).unwrap();
        dir.display().to_string()
    }
}

fn dump(o: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}--- stderr\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[track_caller]
fn expect_code(o: &Output, code: i32) {
    assert_eq!(o.status.code(), Some(code), "{}", dump(o));
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// (engine, program, sample, verdict, finished) of every stored attempt, sorted.
fn attempts(db: &Path) -> Vec<(String, String, u32, String, String)> {
    let c = Connection::open(db).unwrap();
    let mut s = c
        .prepare("SELECT engine, program, sample, verdict, finished FROM attempts ORDER BY engine, program, sample")
        .unwrap();
    let rows = s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))).unwrap();
    rows.map(|r| r.unwrap()).collect()
}

fn count(db: &Path) -> i64 {
    // The table may not exist yet while the child is creating the schema.
    Connection::open(db)
        .and_then(|c| c.query_row("SELECT count(*) FROM attempts", [], |r| r.get(0)))
        .unwrap_or(0)
}

const ALL: [&str; 4] = ["argv_sum.py", "broken.py", "collatz.py", "squares.py"];

#[test]
fn a_run_killed_mid_way_resumes_without_losing_or_repeating_attempts() {
    let sb = Sandbox::new();
    let suite = sb.suite("suite", &ALL);
    let db = sb.path("bench.db");
    let db_s = db.display().to_string();
    let mut child = sb
        .command(&["bench", "--suite", &suite, "--db", &db_s, "--timing-budget", "0", "--jobs", "1"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The invalid program and the rejected one are stored without compiling; kill while the first
    // program that compiles is being checked.
    let start = Instant::now();
    while count(&db) < 2 {
        assert!(start.elapsed() < Duration::from_secs(300), "no attempt stored in time");
        assert!(child.try_wait().unwrap().is_none(), "bench ended before it could be killed");
        std::thread::sleep(Duration::from_millis(10));
    }
    unsafe {
        libc_kill(child.id() as i32, 9);
    }
    child.wait().unwrap();
    let before = attempts(&db);
    assert!(before.len() >= 2 && before.len() < 4, "killed after {} attempts: {before:?}", before.len());
    let c = Connection::open(&db).unwrap();
    let finished: Option<String> = c.query_row("SELECT finished FROM runs WHERE id = 1", [], |r| r.get(0)).unwrap();
    assert_eq!(finished, None, "a killed run is not marked finished");
    drop(c);

    let resumed = sb.pyport(&["bench", "--resume", "1", "--db", &db_s, "--timing-budget", "0"]);
    expect_code(&resumed, 0);
    let todo = 4 - before.len();
    assert!(
        stderr(&resumed).contains(&format!("{} attempts stored already, {todo} to do", before.len())),
        "{}",
        dump(&resumed)
    );
    let after = attempts(&db);
    let keys: Vec<(&str, &str, u32)> = after.iter().map(|a| (a.0.as_str(), a.1.as_str(), a.2)).collect();
    assert_eq!(
        keys,
        [("builtin", "argv_sum", 0), ("builtin", "broken", 0), ("builtin", "collatz", 0), ("builtin", "squares", 0)],
        "every attempt exactly once"
    );
    for a in &before {
        assert!(after.contains(a), "attempt stored before the kill was kept as it was: {a:?}");
    }
    let verdicts: Vec<&str> = after.iter().map(|a| a.3.as_str()).collect();
    assert_eq!(verdicts, ["no_code", "invalid_input", "verified", "verified"]);
    let c = Connection::open(&db).unwrap();
    let finished: Option<String> = c.query_row("SELECT finished FROM runs WHERE id = 1", [], |r| r.get(0)).unwrap();
    assert!(finished.is_some(), "the resumed run is finished");

    // A second resume has nothing to do.
    let again = sb.pyport(&["bench", "--resume", "1", "--db", &db_s, "--timing-budget", "0"]);
    expect_code(&again, 0);
    assert!(stderr(&again).contains("4 attempts stored already, 0 to do"), "{}", dump(&again));
    assert_eq!(attempts(&db), after);

    // The leaderboard of a stored run is the same every time, in every format.
    for format in ["table", "json", "csv", "md", "html"] {
        let a = sb.pyport(&["leaderboard", "--db", &db_s, "--format", format]);
        let b = sb.pyport(&["leaderboard", "--db", &db_s, "--format", format, "--run", "1"]);
        expect_code(&a, 0);
        assert_eq!(a.stdout, b.stdout, "{format} differs between two renderings");
        assert!(!a.stdout.is_empty());
    }
    let json: serde_json::Value =
        serde_json::from_slice(&sb.pyport(&["leaderboard", "--db", &db_s, "--format", "json"]).stdout).unwrap();
    assert_eq!(json["programs"], serde_json::json!(["argv_sum", "collatz", "squares"]));
    assert_eq!(json["invalid_programs"][0]["program"], "broken");
    assert_eq!(json["invalid_programs"][0]["verdict"], "invalid_input");
    let builtin = &json["engines"][0];
    assert_eq!(builtin["engine"], "builtin");
    assert!((builtin["pass_at_1"].as_f64().unwrap() - 2.0 / 3.0).abs() < 1e-12, "{builtin}");

    let html_path = sb.path("report.html");
    let out = sb.pyport(&["leaderboard", "--db", &db_s, "--format", "html", "-o", &html_path.display().to_string()]);
    expect_code(&out, 0);
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert!(html.contains("<svg") && html.contains("Find your best model"), "chart present");
    assert!(!html.contains("<script") && !html.contains("https://"), "self-contained");
}

extern "C" {
    #[link_name = "kill"]
    fn libc_kill(pid: i32, sig: i32) -> i32;
}

#[test]
fn shards_merge_into_one_leaderboard() {
    let sb = Sandbox::new();
    let suite = sb.suite("suite", &["argv_sum.py", "broken.py", "squares.py"]);
    for (shard, db) in [("1/2", "a.db"), ("2/2", "b.db")] {
        let out = sb.pyport(&["bench", "--suite", &suite, "--db", db, "--shard", shard, "--timing-budget", "0"]);
        expect_code(&out, 0);
    }
    // Round-robin over sorted names: shard 1 has argv_sum and squares, shard 2 has broken.
    assert_eq!(attempts(&sb.path("a.db")).iter().map(|a| a.1.as_str()).collect::<Vec<_>>(), ["argv_sum", "squares"]);
    assert_eq!(attempts(&sb.path("b.db")).iter().map(|a| a.1.as_str()).collect::<Vec<_>>(), ["broken"]);

    let out = sb.pyport(&["merge", "all.db", "a.db", "b.db"]);
    expect_code(&out, 0);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "merged 2 runs (3 attempts) into `all.db`\n");
    let again = sb.pyport(&["merge", "all.db", "a.db"]);
    expect_code(&again, 0);
    assert!(String::from_utf8_lossy(&again.stdout).contains("merged 0 runs (0 attempts)"), "{}", dump(&again));
    assert_eq!(attempts(&sb.path("all.db")).len(), 3);

    // The default leaderboard covers both shards of the benchmark.
    let lb = sb.pyport(&["leaderboard", "--db", "all.db", "--format", "json"]);
    expect_code(&lb, 0);
    let json: serde_json::Value = serde_json::from_slice(&lb.stdout).unwrap();
    assert_eq!(json["runs"].as_array().unwrap().len(), 2, "{json}");
    assert_eq!(json["programs"], serde_json::json!(["argv_sum", "squares"]));
    assert_eq!(json["invalid_programs"][0]["program"], "broken");

    let same = sb.pyport(&["merge", "a.db", "a.db"]);
    expect_code(&same, 2);
    assert!(stderr(&same).contains("is both the output and an input"), "{}", dump(&same));
}

#[test]
fn an_unknown_engine_is_reported_once_and_the_others_continue() {
    let sb = Sandbox::new();
    let suite = sb.suite("suite", &["broken.py", "argv_sum.py"]);
    let out = sb.pyport(&["bench", "--suite", &suite, "--db", "x.db", "--engines", "nosuch:model,builtin"]);
    expect_code(&out, 1);
    let err = stderr(&out);
    assert_eq!(err.matches("engine `nosuch:model` failed").count(), 1, "{}", dump(&out));
    let stored = attempts(&sb.path("x.db"));
    assert_eq!(stored.iter().map(|a| (a.0.as_str(), a.1.as_str())).collect::<Vec<_>>(), [("builtin", "argv_sum"), ("builtin", "broken")]);
    let c = Connection::open(sb.path("x.db")).unwrap();
    let status: String =
        c.query_row("SELECT status FROM run_engines WHERE engine = 'nosuch:model'", [], |r| r.get(0)).unwrap();
    assert_eq!(status, "failed");
    let table = sb.pyport(&["leaderboard", "--db", "x.db"]);
    expect_code(&table, 0);
    assert!(String::from_utf8_lossy(&table.stdout).contains("failed: unknown engine `nosuch:model`: no provider `nosuch`"), "{}", dump(&table));
}

/// `builtin-int64` is the builtin compiler with checked 64-bit ints: a result past 64 bits
/// stops its port, while `builtin` (exact ints) verifies; both rank under provider `builtin`.
#[test]
fn builtin_int64_is_an_engine_of_its_own() {
    let sb = Sandbox::new();
    let suite = sb.suite("suite", &["powers.py"]);
    let out = sb.pyport(&["bench", "--suite", &suite, "--db", "x.db", "--engines", "builtin,builtin-int64", "--timing-budget", "0"]);
    expect_code(&out, 0);
    let stored = attempts(&sb.path("x.db"));
    let got: Vec<_> = stored.iter().map(|a| (a.0.as_str(), a.3.as_str())).collect();
    assert_eq!(got, [("builtin", "verified"), ("builtin-int64", "runtime_error")], "{}", dump(&out));
    let lb = sb.pyport(&["leaderboard", "--db", "x.db", "--format", "json"]);
    expect_code(&lb, 0);
    let json: serde_json::Value = serde_json::from_slice(&lb.stdout).unwrap();
    let engines = json["engines"].as_array().unwrap();
    assert_eq!(engines.len(), 2, "{json}");
    assert!(engines.iter().all(|e| e["provider"] == "builtin"), "{json}");
}

#[test]
fn a_suite_program_reads_the_file_beside_it() {
    let sb = Sandbox::new();
    let dir = sb.path("suite");
    std::fs::create_dir_all(&dir).unwrap();
    // Without its input the reference never finishes: only a staged file lets it verify.
    let program = "# tags: strings\n# difficulty: easy\n# case: 1\n# case: 3\n# timing: 2\nimport sys\n\
                   n = int(sys.argv[1])\nwords = []\ntry:\n    words = open('words.txt').read().split()\n\
                   except FileNotFoundError:\n    while True:\n        pass\nprint(len(words) * n, words[-1])\n";
    std::fs::write(dir.join("count.py"), program).unwrap();
    std::fs::write(dir.join("words.txt"), "a b\nc\n").unwrap();
    let suite = sb.path("suite").display().to_string();
    let out = sb.pyport(&["bench", "--suite", &suite, "--db", "x.db", "--timing-budget", "0", "--timeout", "5"]);
    expect_code(&out, 0);
    let got: Vec<_> = attempts(&sb.path("x.db")).into_iter().map(|a| (a.0, a.1, a.3)).collect();
    assert_eq!(got, [("builtin".to_string(), "count".to_string(), "verified".to_string())], "{}", dump(&out));
}

#[test]
fn foreign_and_newer_databases_are_refused_clearly_and_left_alone() {
    let sb = Sandbox::new();
    let foreign = sb.path("foreign.db");
    Connection::open(&foreign).unwrap().execute_batch("CREATE TABLE notes (x TEXT);").unwrap();
    let before = std::fs::read(&foreign).unwrap();
    let out = sb.pyport(&["leaderboard", "--db", "foreign.db"]);
    expect_code(&out, 2);
    assert_eq!(
        stderr(&out),
        "pyport: error: `foreign.db` is not a pyport database: choose another `--db` (pyport never modifies a database it did not create)\n"
    );
    assert_eq!(std::fs::read(&foreign).unwrap(), before, "not modified");

    let suite = sb.suite("suite", &["broken.py"]);
    let out = sb.pyport(&["bench", "--suite", &suite, "--db", "new.db"]);
    expect_code(&out, 0);
    Connection::open(sb.path("new.db")).unwrap().execute_batch("PRAGMA user_version = 7;").unwrap();
    let out = sb.pyport(&["bench", "--suite", &suite, "--db", "new.db"]);
    expect_code(&out, 2);
    assert!(
        stderr(&out).contains("database `new.db` has schema version 7, newer than this pyport understands (1): upgrade pyport"),
        "{}",
        dump(&out)
    );
    let missing = sb.pyport(&["leaderboard", "--db", "none.db"]);
    expect_code(&missing, 2);
    assert!(stderr(&missing).contains("no database at `none.db`"), "{}", dump(&missing));
}

#[test]
fn a_locked_database_gives_a_clear_error() {
    let sb = Sandbox::new();
    let suite = sb.suite("suite", &["broken.py"]);
    let out = sb.pyport(&["bench", "--suite", &suite, "--db", "l.db"]);
    expect_code(&out, 0);
    let holder = Connection::open(sb.path("l.db")).unwrap();
    holder.execute_batch("BEGIN EXCLUSIVE;").unwrap();
    let out = sb.command(&["bench", "--suite", &suite, "--db", "l.db"]).env("PYPORT_DB_BUSY_TIMEOUT_MS", "200").output().unwrap();
    expect_code(&out, 2);
    assert!(
        stderr(&out).contains("database `l.db` is locked by another process (another `pyport bench`?): wait for it to finish, or use another `--db`"),
        "{}",
        dump(&out)
    );
    holder.execute_batch("ROLLBACK;").unwrap();
    drop(holder);
    assert_eq!(attempts(&sb.path("l.db")).len(), 1, "the first run's attempt is intact");
}

#[test]
fn bad_bench_arguments_are_usage_errors() {
    let sb = Sandbox::new();
    let suite = sb.suite("suite", &["broken.py"]);
    let cases: [(&[&str], &str); 4] = [
        (&["bench", "--engines", "builtin"], "`--engines` needs `--suite NAME|DIR`"),
        (&["bench", "--suite", &suite, "--shard", "3/2", "--db", "s.db"], "bad shard `3/2`"),
        (&["bench", "--suite", "no-such-suite", "--db", "s.db"], "no suite `no-such-suite`"),
        (&["leaderboard", "--db", "s.db", "--run", "x"], "bad run `x`"),
    ];
    sb.pyport(&["bench", "--suite", &suite, "--db", "s.db"]);
    for (args, expected) in cases {
        let out = sb.pyport(args);
        expect_code(&out, 2);
        assert!(stderr(&out).contains(expected), "{args:?}\n{}", dump(&out));
    }
}

#[test]
fn a_refused_run_creates_no_database() {
    let sb = Sandbox::new();
    let db = sb.path("new.db");
    let db_arg = db.display().to_string();
    let suite = sb.suite("suite", &["squares.py"]);
    for (args, why) in [
        (vec!["bench", "--suite", "no_such_suite", "--db", &db_arg], "no suite"),
        (vec!["bench", "--suite", &suite, "--engines", "builtin,builtin", "--db", &db_arg], "named twice"),
        (vec!["bench", "--suite", &suite, "--samples", "0", "--db", &db_arg], "at least 1"),
    ] {
        let out = sb.pyport(&args);
        expect_code(&out, 2);
        assert!(String::from_utf8_lossy(&out.stderr).contains(why), "{}", dump(&out));
        assert!(!db.exists(), "`pyport {}` created the database\n{}", args.join(" "), dump(&out));
    }
}
