//! The response cache: identical (endpoint, model, messages, parameters) are answered from a local SQLite file.
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::{params, Connection, ErrorCode, OptionalExtension};
use sha2::{Digest, Sha256};

use crate::error::LlmError;

/// A cached answer with the usage of the request that produced it.
#[derive(Clone, Debug, PartialEq)]
pub struct CachedAnswer {
    pub text: String,
    pub tokens_in: Option<u64>,
    pub tokens_out: Option<u64>,
    pub ttft_s: Option<f64>,
    pub total_s: f64,
}

/// How long an open, read or write waits for other connections to the same file.
const BUSY_WAIT: Duration = Duration::from_secs(10);

/// Runs `f` again while SQLite reports the file busy or locked, for up to BUSY_WAIT in all. The busy
/// timeout already waits inside most statements; this covers the cases where SQLite returns
/// SQLITE_BUSY without waiting (a read transaction that must become a write one).
fn retry_busy<T>(mut f: impl FnMut() -> rusqlite::Result<T>) -> rusqlite::Result<T> {
    let deadline = Instant::now() + BUSY_WAIT;
    let mut pause = Duration::from_millis(1);
    loop {
        match f() {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if matches!(e.code, ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) && Instant::now() < deadline =>
            {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            other => return other,
        }
    }
}

/// An open cache file.
pub struct Cache {
    conn: Connection,
    path: PathBuf,
}

/// `$PYPORT_CACHE_DIR`, else `$XDG_CACHE_HOME/pyport`, else `~/.cache/pyport`, then `llm-cache.db`.
pub fn default_path() -> PathBuf {
    let base = std::env::var_os("PYPORT_CACHE_DIR")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("XDG_CACHE_HOME").filter(|v| !v.is_empty()).map(|d| PathBuf::from(d).join("pyport")))
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/pyport")))
        .unwrap_or_else(|| std::env::temp_dir().join("pyport-cache"));
    base.join("llm-cache.db")
}

/// The cache key: a hash over everything that shapes the answer. The key itself is never part of it.
pub fn key(base_url: &str, model: &str, messages: &[(String, String)], params: &str) -> String {
    let mut h = Sha256::new();
    for part in [base_url, model, params] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    for (role, text) in messages {
        h.update((role.len() as u64).to_le_bytes());
        h.update(role.as_bytes());
        h.update((text.len() as u64).to_le_bytes());
        h.update(text.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

impl Cache {
    /// Opens (creating if needed) the cache file at `path`.
    pub fn open(path: &Path) -> Result<Cache, LlmError> {
        let err = |reason: String| LlmError::Cache { path: path.display().to_string(), reason };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| err(format!("cannot create its directory: {e}")))?;
        }
        let conn = Connection::open(path).map_err(|e| err(e.to_string()))?;
        // Several pyport processes (or `compare` threads, or a bench run's engines) may open and
        // write at once: SQLite waits up to BUSY_WAIT for a lock the others hold.
        conn.busy_timeout(BUSY_WAIT).map_err(|e| err(e.to_string()))?;
        // Switching a new file to WAL (and creating the table) runs under a read transaction that
        // has to become a write one; there SQLite answers SQLITE_BUSY at once rather than wait
        // (two waiting readers would deadlock), so the whole setup is retried until BUSY_WAIT.
        retry_busy(|| {
            let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                conn.query_row("PRAGMA journal_mode=WAL", [], |_| Ok(()))?;
            }
            conn.execute_batch(
                "CREATE TABLE IF NOT EXISTS llm_cache (
                     key TEXT PRIMARY KEY,
                     provider TEXT NOT NULL,
                     model TEXT NOT NULL,
                     text TEXT NOT NULL,
                     tokens_in INTEGER,
                     tokens_out INTEGER,
                     ttft_s REAL,
                     total_s REAL NOT NULL,
                     created_at INTEGER NOT NULL
                 );",
            )
        })
        .map_err(|e| err(e.to_string()))?;
        Ok(Cache { conn, path: path.to_path_buf() })
    }

    fn err(&self, e: rusqlite::Error) -> LlmError {
        LlmError::Cache { path: self.path.display().to_string(), reason: e.to_string() }
    }

    /// The cached answer for `key`, if any.
    pub fn get(&self, key: &str) -> Result<Option<CachedAnswer>, LlmError> {
        retry_busy(|| {
            self.conn
                .query_row("SELECT text, tokens_in, tokens_out, ttft_s, total_s FROM llm_cache WHERE key = ?1", params![key], |r| {
                    Ok(CachedAnswer {
                        text: r.get(0)?,
                        tokens_in: r.get::<_, Option<i64>>(1)?.map(|t| t.max(0) as u64),
                        tokens_out: r.get::<_, Option<i64>>(2)?.map(|t| t.max(0) as u64),
                        ttft_s: r.get(3)?,
                        total_s: r.get(4)?,
                    })
                })
                .optional()
        })
        .map_err(|e| self.err(e))
    }

    /// Stores a complete answer.
    pub fn put(&self, key: &str, provider: &str, model: &str, a: &CachedAnswer) -> Result<(), LlmError> {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        retry_busy(|| {
            self.conn.execute(
                "INSERT OR REPLACE INTO llm_cache (key, provider, model, text, tokens_in, tokens_out, ttft_s, total_s, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![key, provider, model, a.text, a.tokens_in.map(|t| t as i64), a.tokens_out.map(|t| t as i64), a.ttft_s, a.total_s, now as i64],
            )
        })
        .map(|_| ())
        .map_err(|e| self.err(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_key_sensitivity() {
        let dir = tempfile::tempdir().unwrap();
        let c = Cache::open(&dir.path().join("sub/llm-cache.db")).unwrap();
        let m = vec![("user".to_string(), "port this".to_string())];
        let k = key("http://x/", "gpt-4o", &m, "{}");
        assert_eq!(c.get(&k).unwrap(), None);
        let a = CachedAnswer { text: "```cpp\n```".into(), tokens_in: Some(10), tokens_out: None, ttft_s: Some(0.5), total_s: 1.5 };
        c.put(&k, "openai", "gpt-4o", &a).unwrap();
        assert_eq!(c.get(&k).unwrap(), Some(a));
        assert_ne!(k, key("http://x/", "gpt-4o-mini", &m, "{}"));
        assert_ne!(k, key("http://x/", "gpt-4o", &m, "{\"temperature\":1}"));
        assert_ne!(k, key("http://y/", "gpt-4o", &m, "{}"));
        // Field boundaries are part of the key: moving text between fields changes it.
        assert_ne!(key("a", "bc", &m, ""), key("ab", "c", &m, ""));
    }

    /// Many connections opening one fresh file at once (the LLM engines of a bench run each open
    /// the cache for every port): none may fail with "database is locked". Switching a new file to
    /// WAL upgrades a read transaction to a write one, where SQLite returns SQLITE_BUSY at once
    /// instead of calling the busy handler; `open` retries that.
    #[test]
    fn concurrent_opens_of_a_fresh_file_all_succeed() {
        const THREADS: usize = 8;
        for round in 0..40 {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("llm-cache.db");
            let barrier = std::sync::Arc::new(std::sync::Barrier::new(THREADS));
            let handles: Vec<_> = (0..THREADS)
                .map(|t| {
                    let (path, barrier) = (path.clone(), barrier.clone());
                    std::thread::spawn(move || {
                        barrier.wait();
                        let c = Cache::open(&path).map_err(|e| format!("round {round}, thread {t}: open: {e}"))?;
                        let k = key("http://x/", "m", &[("user".into(), format!("{t}"))], "{}");
                        let a = CachedAnswer { text: format!("answer {t}"), tokens_in: None, tokens_out: None, ttft_s: None, total_s: 0.1 };
                        c.put(&k, "openai", "m", &a).map_err(|e| format!("round {round}, thread {t}: put: {e}"))?;
                        match c.get(&k) {
                            Ok(Some(got)) if got == a => Ok(()),
                            other => Err(format!("round {round}, thread {t}: get: {other:?}")),
                        }
                    })
                })
                .collect();
            let errors: Vec<String> = handles.into_iter().filter_map(|h| h.join().unwrap().err()).collect();
            assert!(errors.is_empty(), "{errors:#?}");
        }
    }
}
