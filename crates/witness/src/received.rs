//! The log's side: the cosignatures a record received from its witnesses,
//! kept beside its checkpoints in the record's data directory
//! (`witnessed.sqlite3`, `0600`), by checkpoint size. Written by the server's
//! witness task (off the write path: the event store never waits for a
//! witness), read back at start and by `jirga ledger export`, whose bundle
//! carries each checkpoint with its cosignatures.

use std::path::Path;
use std::sync::Mutex;

use rusqlite::{Connection, params};

use crate::state::StateError;

/// The file in a record's data directory.
pub const FILE: &str = "witnessed.sqlite3";

pub struct Received {
    db: Mutex<Connection>,
}

/// One cosignature line a witness gave a checkpoint of this size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedCosignature {
    pub size: u64,
    /// The checkpoint it covers, as the log signed it.
    pub note: String,
    pub witness: String,
    pub line: String,
}

impl Received {
    /// Open (creating) the record's file in `data_dir`.
    pub fn open(data_dir: &Path) -> Result<Received, StateError> {
        let path = data_dir.join(FILE);
        jirga_store::private::private_database_file(&path)?;
        let db = Connection::open(path)?;
        db.execute_batch(
            "CREATE TABLE IF NOT EXISTS cosignatures (size INTEGER NOT NULL, witness TEXT NOT NULL, note TEXT NOT NULL, line TEXT NOT NULL,
               PRIMARY KEY (size, witness));",
        )?;
        db.busy_timeout(std::time::Duration::from_secs(5))?;
        Ok(Received { db: Mutex::new(db) })
    }

    /// Open it only if the record has one (a reader never creates it).
    pub fn open_existing(data_dir: &Path) -> Result<Option<Received>, StateError> {
        if data_dir.join(FILE).exists() { Received::open(data_dir).map(Some) } else { Ok(None) }
    }

    /// Keep a witness's (checked) cosignature of the checkpoint `note` of `size`.
    pub fn put(&self, cosignature: &ReceivedCosignature) -> Result<(), StateError> {
        let c = cosignature;
        self.db.lock().unwrap_or_else(|e| e.into_inner()).execute(
            "INSERT OR REPLACE INTO cosignatures (size, witness, note, line) VALUES (?1, ?2, ?3, ?4)",
            params![c.size as i64, c.witness, c.note, c.line],
        )?;
        Ok(())
    }

    /// Every cosignature kept, by size then witness.
    pub fn all(&self) -> Result<Vec<ReceivedCosignature>, StateError> {
        let db = self.db.lock().unwrap_or_else(|e| e.into_inner());
        let mut query = db.prepare("SELECT size, witness, note, line FROM cosignatures ORDER BY size, witness")?;
        let rows = query
            .query_map([], |r| {
                Ok(ReceivedCosignature { size: r.get::<_, i64>(0)? as u64, witness: r.get(1)?, note: r.get(2)?, line: r.get(3)? })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// The newest cosignature of each witness.
    pub fn latest_by_witness(&self) -> Result<Vec<ReceivedCosignature>, StateError> {
        let mut out: Vec<ReceivedCosignature> = Vec::new();
        for c in self.all()? {
            match out.iter_mut().find(|o| o.witness == c.witness) {
                Some(o) if o.size <= c.size => *o = c,
                Some(_) => {}
                None => out.push(c),
            }
        }
        Ok(out)
    }
}

/// `note` with the cosignature lines kept for it appended (those of the same checkpoint only).
pub fn with_cosignatures(note: &str, size: u64, received: &[ReceivedCosignature]) -> String {
    let lines: String = received.iter().filter(|c| c.size == size && c.note == note).map(|c| c.line.as_str()).collect();
    format!("{note}{lines}")
}
