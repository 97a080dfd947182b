//! The attempt store: one SQLite file (WAL) holding runs and every attempt, one transaction per
//! attempt, so an interrupted benchmark loses nothing it finished and a resumed one repeats nothing.
//!
//! Only this module knows SQL. The schema carries its version in `PRAGMA user_version` and pyport's
//! mark in `PRAGMA application_id`; older versions are migrated step by step, newer or foreign
//! databases are refused without being touched.
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{params, Connection, ErrorCode, OptionalExtension, Row};
use serde::Serialize;
use thiserror::Error;

/// `PRAGMA application_id` of pyport databases ("pypt").
pub const APPLICATION_ID: i32 = 0x7079_7074;

/// Schema steps: entry `k` takes a database from version `k` to `k + 1`.
const MIGRATIONS: &[&str] = &[
    // Version 1.
    "CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        started TEXT NOT NULL,
        finished TEXT,
        suite TEXT NOT NULL,
        suite_path TEXT NOT NULL,
        engines TEXT NOT NULL,
        samples INTEGER NOT NULL,
        shard TEXT,
        args TEXT NOT NULL,
        machine TEXT NOT NULL,
        compiler TEXT NOT NULL,
        cxxflags TEXT NOT NULL,
        origin TEXT
    );
    CREATE TABLE run_engines (
        run_id INTEGER NOT NULL REFERENCES runs(id),
        engine TEXT NOT NULL,
        status TEXT NOT NULL,
        error TEXT,
        PRIMARY KEY (run_id, engine)
    );
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id),
        engine TEXT NOT NULL,
        program TEXT NOT NULL,
        sample INTEGER NOT NULL,
        tags TEXT NOT NULL,
        difficulty TEXT,
        code_hash TEXT,
        verdict TEXT NOT NULL,
        error TEXT,
        cases_total INTEGER NOT NULL,
        cases_passed INTEGER NOT NULL,
        case_results TEXT NOT NULL,
        translate_s REAL,
        generation_s REAL,
        ttft_s REAL,
        tokens_in INTEGER,
        tokens_out INTEGER,
        cost_usd REAL,
        repair_rounds INTEGER,
        compile_s REAL,
        python_s REAL,
        cpp_s REAL,
        speedup REAL,
        compiler TEXT NOT NULL,
        cxxflags TEXT NOT NULL,
        machine TEXT NOT NULL,
        finished TEXT NOT NULL,
        UNIQUE (run_id, engine, program, sample)
    );",
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

/// Store failures, each saying what to do.
#[derive(Debug, Error)]
pub enum StoreError {
    /// Another process holds the lock longer than the busy timeout.
    #[error("database `{path}` is locked by another process (another `pyport bench`?): wait for it to finish, or use another `--db`")]
    Locked {
        /// The database file.
        path: String,
    },
    /// The disk (or quota) is full.
    #[error("disk full while writing `{path}`: finished attempts are safe; free some space, then continue with `pyport bench --resume RUN`")]
    Full {
        /// The database file.
        path: String,
    },
    /// The file is from a newer pyport.
    #[error("database `{path}` has schema version {found}, newer than this pyport understands ({supported}): upgrade pyport, or use another `--db`")]
    TooNew {
        /// The database file.
        path: String,
        /// Its version.
        found: i32,
        /// Ours.
        supported: i32,
    },
    /// The file is some other program's database, or not a database at all.
    #[error("`{path}` is not a pyport database: choose another `--db` (pyport never modifies a database it did not create)")]
    Foreign {
        /// The file.
        path: String,
    },
    /// The file or its folder cannot be written.
    #[error("database `{path}` is read-only: check the file's permissions, or use another `--db`")]
    ReadOnly {
        /// The database file.
        path: String,
    },
    /// The file does not exist (reading commands only).
    #[error("no database at `{path}`: run `pyport bench --suite …` first, or pass `--db PATH`")]
    Missing {
        /// The database file.
        path: String,
    },
    /// A run id that is not in the database.
    #[error("no run {id} in `{path}`: `pyport leaderboard --list-runs --db {path}` lists the runs")]
    NoRun {
        /// The id asked for.
        id: i64,
        /// The database file.
        path: String,
    },
    /// Anything else SQLite reported.
    #[error("database `{path}`: {message}")]
    Other {
        /// The database file.
        path: String,
        /// SQLite's message.
        message: String,
    },
}

/// How an attempt ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Compiled and matched CPython on every case.
    Verified,
    /// Ran, exited like CPython, but printed something else on some case.
    WrongOutput,
    /// The C++ program's exit status differed from CPython's (crash, uncaught error…).
    RuntimeError,
    /// The C++ program exceeded the time limit on some case.
    Timeout,
    /// The C++ did not compile.
    CompileError,
    /// The compiler exceeded its time limit.
    CompileTimeout,
    /// The engine produced no C++ (e.g. the builtin engine rejected the program).
    NoCode,
    /// The engine itself failed (no key, no server, unknown engine).
    EngineFailed,
    /// The suite program is not valid Python or has a bad header.
    InvalidInput,
    /// CPython itself timed out or was killed on a case: no reference to compare with.
    ReferenceFailed,
}

impl Verdict {
    /// All verdicts, in report order.
    pub const ALL: [Verdict; 10] = [
        Verdict::Verified,
        Verdict::WrongOutput,
        Verdict::RuntimeError,
        Verdict::Timeout,
        Verdict::CompileError,
        Verdict::CompileTimeout,
        Verdict::NoCode,
        Verdict::EngineFailed,
        Verdict::InvalidInput,
        Verdict::ReferenceFailed,
    ];

    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Verified => "verified",
            Verdict::WrongOutput => "wrong_output",
            Verdict::RuntimeError => "runtime_error",
            Verdict::Timeout => "timeout",
            Verdict::CompileError => "compile_error",
            Verdict::CompileTimeout => "compile_timeout",
            Verdict::NoCode => "no_code",
            Verdict::EngineFailed => "engine_failed",
            Verdict::InvalidInput => "invalid_input",
            Verdict::ReferenceFailed => "reference_failed",
        }
    }

    /// Parses the stored spelling.
    pub fn parse(s: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// True when the C++ compiled (whatever it did next).
    pub fn compiled(self) -> bool {
        matches!(self, Verdict::Verified | Verdict::WrongOutput | Verdict::RuntimeError | Verdict::Timeout)
    }
}

/// One stored attempt: an engine's port of one program (one sample), with everything measured.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Attempt {
    /// The run it belongs to.
    pub run_id: i64,
    /// Engine name (`builtin`, `openai:gpt-4o`…).
    pub engine: String,
    /// Program name (file stem).
    pub program: String,
    /// Sample index, from 0.
    pub sample: u32,
    /// The program's tags, comma-separated.
    pub tags: String,
    /// The program's difficulty.
    pub difficulty: Option<String>,
    /// Hash of the generated C++ (`fnv1a64:…`), when there was any.
    pub code_hash: Option<String>,
    /// How it ended.
    pub verdict: Verdict,
    /// Compile or run error, diagnostics, or engine failure (trimmed).
    pub error: Option<String>,
    /// Number of cases.
    pub cases_total: u32,
    /// Cases that matched CPython.
    pub cases_passed: u32,
    /// Per-case results as JSON.
    pub case_results: String,
    /// Builtin translation time, seconds.
    pub translate_s: Option<f64>,
    /// LLM generation time (all rounds), seconds.
    pub generation_s: Option<f64>,
    /// LLM time to first token, seconds.
    pub ttft_s: Option<f64>,
    /// Input tokens.
    pub tokens_in: Option<u64>,
    /// Output tokens.
    pub tokens_out: Option<u64>,
    /// Cost in US dollars.
    pub cost_usd: Option<f64>,
    /// Repair rounds used (0 = first answer).
    pub repair_rounds: Option<u32>,
    /// C++ compile time, seconds.
    pub compile_s: Option<f64>,
    /// CPython median on the timing case, seconds.
    pub python_s: Option<f64>,
    /// C++ median on the timing case, seconds.
    pub cpp_s: Option<f64>,
    /// `python_s / cpp_s`, for verified attempts.
    pub speedup: Option<f64>,
    /// Compiler and version.
    pub compiler: String,
    /// Compiler flags.
    pub cxxflags: String,
    /// Machine description.
    pub machine: String,
    /// When the attempt finished (UTC, RFC 3339).
    pub finished: String,
}

/// A run: one `pyport bench` invocation (continued by `--resume`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Run {
    /// Id, unique within one database.
    pub id: i64,
    /// Globally unique id, kept by `merge` so a run is never merged twice.
    pub uid: String,
    /// Start time (UTC, RFC 3339).
    pub started: String,
    /// End time, `None` while running or when interrupted.
    pub finished: Option<String>,
    /// Suite name as given.
    pub suite: String,
    /// Suite folder, absolute.
    pub suite_path: String,
    /// Engines, in the order given.
    pub engines: Vec<String>,
    /// Samples per program for LLM engines.
    pub samples: u32,
    /// `I/N` when sharded.
    pub shard: Option<String>,
    /// The command-line arguments, as JSON.
    pub args: String,
    /// Machine description.
    pub machine: String,
    /// Compiler and version.
    pub compiler: String,
    /// Compiler flags.
    pub cxxflags: String,
    /// For merged runs: the database and id it came from.
    pub origin: Option<String>,
}

/// The status of one engine in a run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EngineStatus {
    /// Engine name.
    pub engine: String,
    /// `ok` or `failed`.
    pub status: String,
    /// Why it failed.
    pub error: Option<String>,
}

/// What `merge` did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeSummary {
    /// Runs copied.
    pub runs: usize,
    /// Runs skipped because the output already had them (same uid).
    pub skipped_runs: usize,
    /// Attempts copied.
    pub attempts: usize,
}

/// An open pyport database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) and migrates the database at `path`.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Self::open_inner(path, true)
    }

    /// Opens an existing database for reading (and migrates it if it is older).
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing { path: path.display().to_string() });
        }
        Self::open_inner(path, false)
    }

    fn open_inner(path: &Path, _create: bool) -> Result<Store, StoreError> {
        let p = path.display().to_string();
        let conn = Connection::open(path).map_err(|e| map_err(&p, e))?;
        let busy_ms = std::env::var("PYPORT_DB_BUSY_TIMEOUT_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(5000);
        conn.busy_timeout(Duration::from_millis(busy_ms)).map_err(|e| map_err(&p, e))?;
        let store = Store { conn, path: path.to_path_buf() };
        store.migrate()?;
        Ok(store)
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn err(&self, e: rusqlite::Error) -> StoreError {
        map_err(&self.path.display().to_string(), e)
    }

    fn migrate(&self) -> Result<(), StoreError> {
        let p = self.path.display().to_string();
        let version: i32 = self.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| self.err(e))?;
        let app: i32 = self.conn.query_row("PRAGMA application_id", [], |r| r.get(0)).map_err(|e| self.err(e))?;
        let tables: i64 = self
            .conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        let fresh = version == 0 && app == 0 && tables == 0;
        if !fresh && app != APPLICATION_ID {
            return Err(StoreError::Foreign { path: p });
        }
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew { path: p, found: version, supported: SCHEMA_VERSION });
        }
        // WAL: readers never block the writer, and a crash leaves only whole transactions.
        let mode: String =
            self.conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0)).map_err(|e| self.err(e))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Other { path: p, message: format!("cannot switch to WAL journal (got `{mode}`)") });
        }
        self.conn.execute_batch("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;").map_err(|e| self.err(e))?;
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        // Every step and the version bump commit together, or not at all.
        let tx = self.conn.unchecked_transaction().map_err(|e| self.err(e))?;
        for step in &MIGRATIONS[version as usize..] {
            tx.execute_batch(step).map_err(|e| self.err(e))?;
        }
        tx.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {SCHEMA_VERSION};"))
            .map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))
    }

    /// Records a new run and returns its id.
    pub fn create_run(&self, run: &Run) -> Result<i64, StoreError> {
        self.conn
            .execute(
                "INSERT INTO runs (uid, started, finished, suite, suite_path, engines, samples, shard, args, machine, compiler, cxxflags, origin)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                params![
                    run.uid,
                    run.started,
                    run.finished,
                    run.suite,
                    run.suite_path,
                    serde_json::to_string(&run.engines).unwrap_or_default(),
                    run.samples,
                    run.shard,
                    run.args,
                    run.machine,
                    run.compiler,
                    run.cxxflags,
                    run.origin
                ],
            )
            .map_err(|e| self.err(e))?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Marks a run finished (or clears the mark when resuming).
    pub fn set_finished(&self, run_id: i64, finished: Option<&str>) -> Result<(), StoreError> {
        self.conn.execute("UPDATE runs SET finished = ?1 WHERE id = ?2", params![finished, run_id]).map_err(|e| self.err(e))?;
        Ok(())
    }

    /// One run.
    pub fn run(&self, id: i64) -> Result<Run, StoreError> {
        self.conn
            .query_row(&format!("SELECT {RUN_COLUMNS} FROM runs WHERE id = ?1"), [id], run_from_row)
            .optional()
            .map_err(|e| self.err(e))?
            .ok_or_else(|| StoreError::NoRun { id, path: self.path.display().to_string() })
    }

    /// Every run, oldest first.
    pub fn runs(&self) -> Result<Vec<Run>, StoreError> {
        let mut stmt = self.conn.prepare(&format!("SELECT {RUN_COLUMNS} FROM runs ORDER BY id")).map_err(|e| self.err(e))?;
        let rows = stmt.query_map([], run_from_row).map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }

    /// Records the status of an engine in a run (replacing an earlier one).
    pub fn set_engine_status(&self, run_id: i64, s: &EngineStatus) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT OR REPLACE INTO run_engines (run_id, engine, status, error) VALUES (?1, ?2, ?3, ?4)",
                params![run_id, s.engine, s.status, s.error],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Engine statuses of the given runs, sorted by engine then run.
    pub fn engine_statuses(&self, run_ids: &[i64]) -> Result<Vec<EngineStatus>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT engine, status, error FROM run_engines WHERE run_id = ?1 ORDER BY engine")
            .map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        for id in run_ids {
            let rows = stmt
                .query_map([id], |r| Ok(EngineStatus { engine: r.get(0)?, status: r.get(1)?, error: r.get(2)? }))
                .map_err(|e| self.err(e))?;
            for r in rows {
                out.push(r.map_err(|e| self.err(e))?);
            }
        }
        Ok(out)
    }

    /// The (engine, program, sample) keys already stored for a run.
    pub fn done(&self, run_id: i64) -> Result<BTreeSet<(String, String, u32)>, StoreError> {
        let mut stmt =
            self.conn.prepare("SELECT engine, program, sample FROM attempts WHERE run_id = ?1").map_err(|e| self.err(e))?;
        let rows = stmt.query_map([run_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Stores one attempt in its own transaction. Returns false (and changes nothing) when the
    /// run already has an attempt with the same engine, program and sample.
    pub fn insert_attempt(&self, a: &Attempt) -> Result<bool, StoreError> {
        insert_attempt(&self.conn, a, a.run_id).map_err(|e| self.err(e))
    }

    /// Attempts of the given runs, sorted by engine, program, sample, run.
    pub fn attempts(&self, run_ids: &[i64]) -> Result<Vec<Attempt>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE run_id = ?1"))
            .map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        for id in run_ids {
            let rows = stmt.query_map([id], attempt_from_row).map_err(|e| self.err(e))?;
            for r in rows {
                out.push(r.map_err(|e| self.err(e))?);
            }
        }
        out.sort_by(|a, b| (&a.engine, &a.program, a.sample, a.run_id).cmp(&(&b.engine, &b.program, b.sample, b.run_id)));
        Ok(out)
    }

    /// Copies every run (and its attempts) of `sources` into this database, under new ids. A run
    /// already present (same uid) is skipped, so merging twice changes nothing. Each source is
    /// copied in one transaction: a failure leaves this database as it was before that source.
    pub fn merge_from(&self, sources: &[PathBuf]) -> Result<MergeSummary, StoreError> {
        let mut summary = MergeSummary::default();
        for src in sources {
            let from = Store::open_existing(src)?;
            let runs = from.runs()?;
            let tx = self.conn.unchecked_transaction().map_err(|e| self.err(e))?;
            for run in runs {
                let exists: Option<i64> = tx
                    .query_row("SELECT id FROM runs WHERE uid = ?1", [&run.uid], |r| r.get(0))
                    .optional()
                    .map_err(|e| self.err(e))?;
                if exists.is_some() {
                    summary.skipped_runs += 1;
                    continue;
                }
                let mut copy = run.clone();
                copy.origin = Some(run.origin.clone().unwrap_or_else(|| format!("{} run {}", src.display(), run.id)));
                let new_id = self.create_run(&copy)?;
                for s in from.engine_statuses(&[run.id])? {
                    self.set_engine_status(new_id, &s)?;
                }
                for a in from.attempts(&[run.id])? {
                    if insert_attempt(&tx, &a, new_id).map_err(|e| self.err(e))? {
                        summary.attempts += 1;
                    }
                }
                summary.runs += 1;
            }
            tx.commit().map_err(|e| self.err(e))?;
        }
        Ok(summary)
    }
}

const RUN_COLUMNS: &str =
    "id, uid, started, finished, suite, suite_path, engines, samples, shard, args, machine, compiler, cxxflags, origin";

fn run_from_row(r: &Row) -> rusqlite::Result<Run> {
    let engines: String = r.get(6)?;
    Ok(Run {
        id: r.get(0)?,
        uid: r.get(1)?,
        started: r.get(2)?,
        finished: r.get(3)?,
        suite: r.get(4)?,
        suite_path: r.get(5)?,
        engines: serde_json::from_str(&engines).unwrap_or_default(),
        samples: r.get(7)?,
        shard: r.get(8)?,
        args: r.get(9)?,
        machine: r.get(10)?,
        compiler: r.get(11)?,
        cxxflags: r.get(12)?,
        origin: r.get(13)?,
    })
}

const ATTEMPT_COLUMNS: &str = "run_id, engine, program, sample, tags, difficulty, code_hash, verdict, error, cases_total, \
    cases_passed, case_results, translate_s, generation_s, ttft_s, tokens_in, tokens_out, cost_usd, repair_rounds, compile_s, \
    python_s, cpp_s, speedup, compiler, cxxflags, machine, finished";

fn attempt_from_row(r: &Row) -> rusqlite::Result<Attempt> {
    let verdict: String = r.get(7)?;
    Ok(Attempt {
        run_id: r.get(0)?,
        engine: r.get(1)?,
        program: r.get(2)?,
        sample: r.get(3)?,
        tags: r.get(4)?,
        difficulty: r.get(5)?,
        code_hash: r.get(6)?,
        verdict: Verdict::parse(&verdict).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(7, rusqlite::types::Type::Text, format!("unknown verdict `{verdict}`").into())
        })?,
        error: r.get(8)?,
        cases_total: r.get(9)?,
        cases_passed: r.get(10)?,
        case_results: r.get(11)?,
        translate_s: r.get(12)?,
        generation_s: r.get(13)?,
        ttft_s: r.get(14)?,
        tokens_in: r.get(15)?,
        tokens_out: r.get(16)?,
        cost_usd: r.get(17)?,
        repair_rounds: r.get(18)?,
        compile_s: r.get(19)?,
        python_s: r.get(20)?,
        cpp_s: r.get(21)?,
        speedup: r.get(22)?,
        compiler: r.get(23)?,
        cxxflags: r.get(24)?,
        machine: r.get(25)?,
        finished: r.get(26)?,
    })
}

fn insert_attempt(conn: &Connection, a: &Attempt, run_id: i64) -> rusqlite::Result<bool> {
    let n = conn.execute(
        &format!(
            "INSERT OR IGNORE INTO attempts ({ATTEMPT_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, \
             ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)"
        ),
        params![
            run_id,
            a.engine,
            a.program,
            a.sample,
            a.tags,
            a.difficulty,
            a.code_hash,
            a.verdict.as_str(),
            a.error,
            a.cases_total,
            a.cases_passed,
            a.case_results,
            a.translate_s,
            a.generation_s,
            a.ttft_s,
            a.tokens_in,
            a.tokens_out,
            a.cost_usd,
            a.repair_rounds,
            a.compile_s,
            a.python_s,
            a.cpp_s,
            a.speedup,
            a.compiler,
            a.cxxflags,
            a.machine,
            a.finished
        ],
    )?;
    Ok(n == 1)
}

/// Turns a SQLite error into one that says what to do.
fn map_err(path: &str, e: rusqlite::Error) -> StoreError {
    let path = path.to_string();
    if let rusqlite::Error::SqliteFailure(f, _) = &e {
        match f.code {
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => return StoreError::Locked { path },
            ErrorCode::DiskFull => return StoreError::Full { path },
            ErrorCode::NotADatabase => return StoreError::Foreign { path },
            ErrorCode::ReadOnly => return StoreError::ReadOnly { path },
            ErrorCode::CannotOpen => {
                return StoreError::Other {
                    path,
                    message: "cannot open the file: check that its folder exists and is writable".into(),
                }
            }
            _ => {}
        }
    }
    StoreError::Other { path, message: e.to_string() }
}

/// Hash of generated code as stored (`fnv1a64:` + 16 hex digits): enough to tell ports apart.
pub fn code_hash(code: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in code.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("fnv1a64:{h:016x}")
}

/// Now, in UTC, as RFC 3339 with seconds (`2026-11-28T20:09:33Z`).
pub fn now_utc() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    format_utc(secs as i64)
}

/// Seconds since the epoch as RFC 3339 UTC (civil-from-days, Howard Hinnant's algorithm).
pub fn format_utc(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn run(uid: &str) -> Run {
        Run {
            id: 0,
            uid: uid.into(),
            started: "2026-01-01T00:00:00Z".into(),
            finished: None,
            suite: "tiny".into(),
            suite_path: "/suites/tiny".into(),
            engines: vec!["builtin".into()],
            samples: 1,
            shard: None,
            args: "[]".into(),
            machine: "test".into(),
            compiler: "g++ 12".into(),
            cxxflags: "-O3".into(),
            origin: None,
        }
    }

    pub(crate) fn attempt(run_id: i64, engine: &str, program: &str, sample: u32, verdict: Verdict) -> Attempt {
        Attempt {
            run_id,
            engine: engine.into(),
            program: program.into(),
            sample,
            tags: "numeric".into(),
            difficulty: Some("easy".into()),
            code_hash: Some(code_hash(program)),
            verdict,
            error: None,
            cases_total: 3,
            cases_passed: if verdict == Verdict::Verified { 3 } else { 1 },
            case_results: "[]".into(),
            translate_s: Some(0.01),
            generation_s: None,
            ttft_s: None,
            tokens_in: None,
            tokens_out: None,
            cost_usd: None,
            repair_rounds: None,
            compile_s: Some(1.0),
            python_s: Some(0.5),
            cpp_s: Some(0.01),
            speedup: (verdict == Verdict::Verified).then_some(50.0),
            compiler: "g++ 12".into(),
            cxxflags: "-O3".into(),
            machine: "test".into(),
            finished: "2026-01-01T00:00:01Z".into(),
        }
    }

    #[test]
    fn attempts_round_trip_and_are_never_stored_twice() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("a.db")).unwrap();
        let id = store.create_run(&run("u1")).unwrap();
        let a = attempt(id, "builtin", "fib", 0, Verdict::Verified);
        assert!(store.insert_attempt(&a).unwrap());
        let mut again = a.clone();
        again.verdict = Verdict::WrongOutput;
        assert!(!store.insert_attempt(&again).unwrap(), "same run, engine, program, sample");
        assert_eq!(store.attempts(&[id]).unwrap(), vec![a]);
        assert_eq!(store.done(id).unwrap().into_iter().collect::<Vec<_>>(), [("builtin".into(), "fib".into(), 0)]);
        let read = store.run(id).unwrap();
        assert_eq!(read.engines, ["builtin"]);
        assert!(matches!(store.run(99), Err(StoreError::NoRun { id: 99, .. })));
    }

    #[test]
    fn schema_version_and_wal_are_set_and_reopening_is_harmless() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.db");
        drop(Store::open(&path).unwrap());
        let store = Store::open(&path).unwrap();
        let v: i32 = store.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        let mode: String = store.conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
        assert_eq!((v, mode.as_str()), (SCHEMA_VERSION, "wal"));
    }

    #[test]
    fn newer_and_foreign_databases_are_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let newer = dir.path().join("newer.db");
        drop(Store::open(&newer).unwrap());
        Connection::open(&newer).unwrap().execute_batch("PRAGMA user_version = 99;").unwrap();
        let e = Store::open(&newer).err().unwrap();
        assert!(matches!(e, StoreError::TooNew { found: 99, supported: SCHEMA_VERSION, .. }), "{e}");
        assert!(e.to_string().contains("upgrade pyport"), "{e}");

        let foreign = dir.path().join("foreign.db");
        Connection::open(&foreign).unwrap().execute_batch("CREATE TABLE notes (x TEXT);").unwrap();
        let e = Store::open(&foreign).err().unwrap();
        assert!(matches!(e, StoreError::Foreign { .. }), "{e}");
        let c = Connection::open(&foreign).unwrap();
        let tables: i64 = c.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0)).unwrap();
        let v: i32 = c.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!((tables, v), (1, 0), "the foreign database was not modified");

        let text = dir.path().join("text.db");
        std::fs::write(&text, "this is not sqlite at all, just some text that is long enough to have a header").unwrap();
        assert!(matches!(Store::open(&text), Err(StoreError::Foreign { .. })));
    }

    #[test]
    fn a_locked_database_gives_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.db");
        let store = Store::open(&path).unwrap();
        let id = store.create_run(&run("u1")).unwrap();
        let other = Connection::open(&path).unwrap();
        other.execute_batch("BEGIN EXCLUSIVE;").unwrap();
        store.conn.busy_timeout(Duration::from_millis(50)).unwrap();
        let e = store.insert_attempt(&attempt(id, "builtin", "fib", 0, Verdict::Verified)).unwrap_err();
        assert!(matches!(e, StoreError::Locked { .. }), "{e}");
        assert!(e.to_string().contains("is locked by another process"), "{e}");
        other.execute_batch("ROLLBACK;").unwrap();
        assert!(store.insert_attempt(&attempt(id, "builtin", "fib", 0, Verdict::Verified)).unwrap());
    }

    #[test]
    fn a_full_disk_gives_a_clear_error_and_keeps_finished_attempts() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("a.db")).unwrap();
        let id = store.create_run(&run("u1")).unwrap();
        assert!(store.insert_attempt(&attempt(id, "builtin", "kept", 0, Verdict::Verified)).unwrap());
        // SQLite reports SQLITE_FULL when the page limit is reached, as it does on a full disk.
        let pages: i64 = store.conn.query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
        store.conn.execute_batch(&format!("PRAGMA max_page_count = {pages};")).unwrap();
        let mut big = attempt(id, "builtin", "big", 0, Verdict::CompileError);
        big.error = Some("x".repeat(1 << 20));
        let e = store.insert_attempt(&big).unwrap_err();
        assert!(matches!(e, StoreError::Full { .. }), "{e}");
        assert!(e.to_string().contains("free some space, then continue with `pyport bench --resume RUN`"), "{e}");
        let kept: Vec<String> = store.attempts(&[id]).unwrap().into_iter().map(|a| a.program).collect();
        assert_eq!(kept, ["kept"], "nothing half-written, nothing lost");
    }

    #[test]
    fn merge_renumbers_runs_and_is_idempotent() {
        let dir = tempfile::tempdir().unwrap();
        let (pa, pb, out) = (dir.path().join("a.db"), dir.path().join("b.db"), dir.path().join("out.db"));
        for (p, uid, prog) in [(&pa, "ua", "fib"), (&pb, "ub", "sieve")] {
            let s = Store::open(p).unwrap();
            let id = s.create_run(&run(uid)).unwrap();
            s.insert_attempt(&attempt(id, "builtin", prog, 0, Verdict::Verified)).unwrap();
            s.set_engine_status(id, &EngineStatus { engine: "builtin".into(), status: "ok".into(), error: None }).unwrap();
        }
        let o = Store::open(&out).unwrap();
        let s = o.merge_from(&[pa.clone(), pb.clone()]).unwrap();
        assert_eq!(s, MergeSummary { runs: 2, skipped_runs: 0, attempts: 2 });
        let again = o.merge_from(&[pa, pb]).unwrap();
        assert_eq!(again, MergeSummary { runs: 0, skipped_runs: 2, attempts: 0 });
        let runs = o.runs().unwrap();
        assert_eq!(runs.iter().map(|r| r.id).collect::<Vec<_>>(), [1, 2]);
        assert!(runs[1].origin.as_deref().unwrap().ends_with("b.db run 1"), "{:?}", runs[1].origin);
        let progs: Vec<String> = o.attempts(&[1, 2]).unwrap().into_iter().map(|a| a.program).collect();
        assert_eq!(progs, ["fib", "sieve"]);
        assert_eq!(o.engine_statuses(&[2]).unwrap().len(), 1);
        assert!(matches!(o.merge_from(&[dir.path().join("none.db")]), Err(StoreError::Missing { .. })));
    }

    #[test]
    fn utc_formatting() {
        assert_eq!(format_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_utc(1_795_900_173), "2026-11-28T21:09:33Z");
        assert_eq!(format_utc(951_782_400), "2000-02-29T00:00:00Z");
    }
}
