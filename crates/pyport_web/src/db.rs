//! The web UI's tables (stored conversions for permalinks, arena battles and votes), kept in the
//! same SQLite file as the bench runs so one database holds every result.
use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

/// The web tables of one database file.
pub struct WebDb {
    conn: Connection,
}

/// A stored battle.
#[derive(Clone, Debug)]
pub struct BattleRow {
    pub id: String,
    pub engine_a: String,
    pub engine_b: String,
    pub python: String,
    /// The sides' results as JSON, once the battle finished.
    pub result: Option<String>,
    /// `a`, `b`, `tie` or `bad`, once voted.
    pub vote: Option<String>,
}

/// What a vote attempt found.
#[derive(Debug, PartialEq, Eq)]
pub enum VoteOutcome {
    Recorded,
    NoSuchBattle,
    AlreadyVoted,
    NotFinished,
}

impl WebDb {
    /// Opens the database at `path` and creates the web tables if needed.
    pub fn open(path: &Path) -> rusqlite::Result<WebDb> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS web_conversions (
                 id TEXT PRIMARY KEY,
                 created TEXT NOT NULL,
                 python TEXT NOT NULL,
                 results TEXT NOT NULL
             );
             CREATE TABLE IF NOT EXISTS web_battles (
                 id TEXT PRIMARY KEY,
                 created TEXT NOT NULL,
                 python TEXT NOT NULL,
                 engine_a TEXT NOT NULL,
                 engine_b TEXT NOT NULL,
                 result TEXT,
                 vote TEXT CHECK (vote IN ('a','b','tie','bad')),
                 voted TEXT
             );",
        )?;
        Ok(WebDb { conn })
    }

    /// Stores a finished conversion under `id`.
    pub fn insert_conversion(&self, id: &str, python: &str, results: &str) -> rusqlite::Result<()> {
        self.conn.execute(
            "INSERT INTO web_conversions (id, created, python, results) VALUES (?1, ?2, ?3, ?4)",
            params![id, pyport_eval::store::now_utc(), python, results],
        )?;
        Ok(())
    }

    /// A stored conversion: the Python and the results JSON.
    pub fn conversion(&self, id: &str) -> rusqlite::Result<Option<(String, String)>> {
        self.conn
            .query_row("SELECT python, results FROM web_conversions WHERE id = ?1", params![id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
    }

    /// Number of stored conversions.
    pub fn conversion_count(&self) -> rusqlite::Result<i64> {
        self.conn.query_row("SELECT COUNT(*) FROM web_conversions", [], |r| r.get(0))
    }

    /// Creates a battle before either side runs.
    pub fn insert_battle(&self, id: &str, python: &str, a: &str, b: &str) -> rusqlite::Result<()> {
        self.conn.execute(
            "INSERT INTO web_battles (id, created, python, engine_a, engine_b) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, pyport_eval::store::now_utc(), python, a, b],
        )?;
        Ok(())
    }

    /// Records both sides' results.
    pub fn finish_battle(&self, id: &str, result: &str) -> rusqlite::Result<()> {
        self.conn.execute("UPDATE web_battles SET result = ?2 WHERE id = ?1", params![id, result])?;
        Ok(())
    }

    /// One battle.
    pub fn battle(&self, id: &str) -> rusqlite::Result<Option<BattleRow>> {
        self.conn
            .query_row(
                "SELECT id, engine_a, engine_b, python, result, vote FROM web_battles WHERE id = ?1",
                params![id],
                |r| {
                    Ok(BattleRow {
                        id: r.get(0)?,
                        engine_a: r.get(1)?,
                        engine_b: r.get(2)?,
                        python: r.get(3)?,
                        result: r.get(4)?,
                        vote: r.get(5)?,
                    })
                },
            )
            .optional()
    }

    /// Records `vote` if the battle exists, finished and has no vote yet; a single statement, so
    /// two racing votes cannot both succeed.
    pub fn vote(&self, id: &str, vote: &str) -> rusqlite::Result<VoteOutcome> {
        let changed = self.conn.execute(
            "UPDATE web_battles SET vote = ?2, voted = ?3 WHERE id = ?1 AND vote IS NULL AND result IS NOT NULL",
            params![id, vote, pyport_eval::store::now_utc()],
        )?;
        if changed == 1 {
            return Ok(VoteOutcome::Recorded);
        }
        Ok(match self.battle(id)? {
            None => VoteOutcome::NoSuchBattle,
            Some(b) if b.vote.is_some() => VoteOutcome::AlreadyVoted,
            Some(_) => VoteOutcome::NotFinished,
        })
    }

    /// Every voted battle: (engine A, engine B, vote), oldest first.
    pub fn votes(&self) -> rusqlite::Result<Vec<(String, String, String)>> {
        let mut st = self.conn.prepare(
            "SELECT engine_a, engine_b, vote FROM web_battles WHERE vote IS NOT NULL ORDER BY voted, id",
        )?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        rows.collect()
    }

    /// Number of battles, voted or not.
    pub fn battle_count(&self) -> rusqlite::Result<i64> {
        self.conn.query_row("SELECT COUNT(*) FROM web_battles", [], |r| r.get(0))
    }
}
