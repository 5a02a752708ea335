//! The witness's own state, in one small SQLite file in its data directory
//! (`witness.sqlite3`, `0600`): its name and Ed25519 key, the log keys it
//! trusts (several per origin; never removed, since re-adding a removed log
//! could let it cosign a split view), the latest checkpoint it cosigned per
//! log, and the evidence it kept.

use std::path::Path;
use std::sync::Mutex;

use ed25519_dalek::SigningKey;
use jirga_ledger::cosignature::CosignatureSigner;
use rusqlite::{Connection, OptionalExtension, params};
use tlog_tiles::Hash;

use crate::Refusal;

const FILE: &str = "witness.sqlite3";

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS witness (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL, secret BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS log_keys (origin TEXT NOT NULL, vkey TEXT NOT NULL, added_at INTEGER NOT NULL, PRIMARY KEY (origin, vkey));
CREATE TABLE IF NOT EXISTS checkpoints (origin TEXT PRIMARY KEY, size INTEGER NOT NULL, root BLOB NOT NULL, note TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS evidence (id INTEGER PRIMARY KEY, origin TEXT NOT NULL, received_at INTEGER NOT NULL, reason TEXT NOT NULL, body BLOB NOT NULL);
";

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("{0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0} is not a witness's data directory (run `jirga witness init`)")]
    NotAWitness(String),
    #[error("{0} holds a witness already")]
    AlreadyAWitness(String),
    #[error("the name must be a signed-note key name (no spaces or '+')")]
    BadName,
    #[error("the log key is not an Ed25519 signed-note verifier key: {0}")]
    BadLogKey(String),
    #[error("the log key is named '{key}', not the origin '{origin}'")]
    KeyNotForOrigin { key: String, origin: String },
    #[error("the stored witness key is damaged")]
    DamagedKey,
}

/// The latest checkpoint cosigned for a log.
#[derive(Debug, Clone, PartialEq)]
pub struct LogState {
    pub size: u64,
    pub root: Hash,
    /// The checkpoint with the log's signature(s) and the witness's cosignature.
    pub note: String,
}

pub struct State {
    db: Mutex<Connection>,
}

impl State {
    /// Create a witness in `dir` named `name`; returns its state and its verifier key.
    pub fn init(dir: &Path, name: &str) -> Result<(State, String), StateError> {
        if !signed_note::is_key_name_valid(name) {
            return Err(StateError::BadName);
        }
        jirga_store::private::create_private_dir(dir)?;
        let path = dir.join(FILE);
        if path.exists() {
            return Err(StateError::AlreadyAWitness(dir.display().to_string()));
        }
        jirga_store::private::private_database_file(&path)?;
        let db = Connection::open(&path)?;
        db.execute_batch(SCHEMA)?;
        let key = SigningKey::generate(&mut rand_core::OsRng);
        db.execute("INSERT INTO witness (id, name, secret) VALUES (1, ?1, ?2)", params![name, key.to_bytes().to_vec()])?;
        let state = State { db: Mutex::new(db) };
        let vkey = state.signer(0)?.vkey();
        Ok((state, vkey))
    }

    /// Open the witness in `dir`.
    pub fn open(dir: &Path) -> Result<State, StateError> {
        let path = dir.join(FILE);
        if !path.exists() {
            return Err(StateError::NotAWitness(dir.display().to_string()));
        }
        jirga_store::private::private_database_file(&path)?;
        let db = Connection::open(&path)?;
        db.execute_batch(SCHEMA)?;
        db.busy_timeout(std::time::Duration::from_secs(5))?;
        Ok(State { db: Mutex::new(db) })
    }

    fn db(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.db.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The witness's signer, stamping `now`.
    pub fn signer(&self, now: u64) -> Result<CosignatureSigner, StateError> {
        let (name, secret): (String, Vec<u8>) =
            self.db().query_row("SELECT name, secret FROM witness WHERE id = 1", [], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let secret: [u8; 32] = secret.try_into().map_err(|_| StateError::DamagedKey)?;
        Ok(CosignatureSigner::new(&name, SigningKey::from_bytes(&secret), now))
    }

    /// Trust `vkey` for the log `origin` (added to any keys trusted already).
    pub fn add_log(&self, origin: &str, vkey: &str, now: u64) -> Result<(), StateError> {
        let vkey = vkey.trim();
        signed_note::StandardVerifier::new(vkey).map_err(|e| StateError::BadLogKey(e.to_string()))?;
        let name = vkey.split('+').next().unwrap_or_default();
        if name != origin {
            return Err(StateError::KeyNotForOrigin { key: name.to_owned(), origin: origin.to_owned() });
        }
        self.db()
            .execute("INSERT OR IGNORE INTO log_keys (origin, vkey, added_at) VALUES (?1, ?2, ?3)", params![origin, vkey, now as i64])?;
        Ok(())
    }

    /// The keys trusted for `origin` (none: an unknown log).
    pub fn log_keys(&self, origin: &str) -> Result<Vec<String>, StateError> {
        let db = self.db();
        let mut query = db.prepare_cached("SELECT vkey FROM log_keys WHERE origin = ?1 ORDER BY added_at")?;
        let keys = query.query_map([origin], |r| r.get(0))?.collect::<Result<Vec<String>, _>>()?;
        Ok(keys)
    }

    /// Read what is stored for `origin`, let `decide` judge it, and store what
    /// it returns, in one immediate transaction: no other submission reads or
    /// writes the log's state in between (two processes on one file included).
    pub fn compare_and_swap(
        &self,
        origin: &str,
        decide: impl FnOnce(Option<LogState>) -> Result<LogState, Refusal>,
    ) -> Result<(), Refusal> {
        let storage = |e: rusqlite::Error| Refusal::Storage(e.to_string());
        let mut db = self.db();
        let tx = db.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).map_err(storage)?;
        let stored = tx
            .query_row("SELECT size, root, note FROM checkpoints WHERE origin = ?1", [origin], |r| {
                let root: Vec<u8> = r.get(1)?;
                Ok((r.get::<_, i64>(0)?, root, r.get::<_, String>(2)?))
            })
            .optional()
            .map_err(storage)?
            .map(|(size, root, note)| LogState { size: size as u64, root: Hash(root.try_into().unwrap_or([0; 32])), note });
        let new = decide(stored)?;
        tx.execute(
            "INSERT INTO checkpoints (origin, size, root, note) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (origin) DO UPDATE SET size = excluded.size, root = excluded.root, note = excluded.note",
            params![origin, new.size as i64, new.root.0.to_vec(), new.note],
        )
        .map_err(storage)?;
        tx.commit().map_err(storage)
    }

    /// Keep a validly signed request that was refused as inconsistent.
    pub fn keep_evidence(&self, origin: &str, now: u64, reason: &str, body: &[u8]) -> Result<(), StateError> {
        self.db().execute(
            "INSERT INTO evidence (origin, received_at, reason, body) VALUES (?1, ?2, ?3, ?4)",
            params![origin, now as i64, reason, body],
        )?;
        Ok(())
    }

    /// How many requests were kept as evidence.
    pub fn evidence_count(&self) -> Result<u64, StateError> {
        Ok(self.db().query_row("SELECT COUNT(*) FROM evidence", [], |r| r.get::<_, i64>(0))? as u64)
    }

    /// The latest cosigned checkpoint of every log, by origin.
    pub fn latest(&self) -> Result<Vec<(String, LogState)>, StateError> {
        let db = self.db();
        let mut query = db.prepare("SELECT origin, size, root, note FROM checkpoints ORDER BY origin")?;
        let rows = query
            .query_map([], |r| {
                let root: Vec<u8> = r.get(2)?;
                Ok((
                    r.get::<_, String>(0)?,
                    LogState { size: r.get::<_, i64>(1)? as u64, root: Hash(root.try_into().unwrap_or([0; 32])), note: r.get(3)? },
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }
}
