//! The response cache: identical (endpoint, model, messages, parameters) are answered from a local SQLite file.
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension};
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
        // Several pyport processes (or `compare` threads) may write at once.
        conn.busy_timeout(std::time::Duration::from_secs(10)).map_err(|e| err(e.to_string()))?;
        conn.execute_batch(
            "PRAGMA journal_mode=WAL;
             CREATE TABLE IF NOT EXISTS llm_cache (
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
        .map_err(|e| err(e.to_string()))?;
        Ok(Cache { conn, path: path.to_path_buf() })
    }

    fn err(&self, e: rusqlite::Error) -> LlmError {
        LlmError::Cache { path: self.path.display().to_string(), reason: e.to_string() }
    }

    /// The cached answer for `key`, if any.
    pub fn get(&self, key: &str) -> Result<Option<CachedAnswer>, LlmError> {
        self.conn
            .query_row(
                "SELECT text, tokens_in, tokens_out, ttft_s, total_s FROM llm_cache WHERE key = ?1",
                params![key],
                |r| {
                    Ok(CachedAnswer {
                        text: r.get(0)?,
                        tokens_in: r.get::<_, Option<i64>>(1)?.map(|t| t.max(0) as u64),
                        tokens_out: r.get::<_, Option<i64>>(2)?.map(|t| t.max(0) as u64),
                        ttft_s: r.get(3)?,
                        total_s: r.get(4)?,
                    })
                },
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Stores a complete answer.
    pub fn put(&self, key: &str, provider: &str, model: &str, a: &CachedAnswer) -> Result<(), LlmError> {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        self.conn
            .execute(
                "INSERT OR REPLACE INTO llm_cache (key, provider, model, text, tokens_in, tokens_out, ttft_s, total_s, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![key, provider, model, a.text, a.tokens_in.map(|t| t as i64), a.tokens_out.map(|t| t as i64), a.ttft_s, a.total_s, now as i64],
            )
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
}
