//! jirga-store-sqlite: the embedded default backend.
//!
//! One SQLite file (`jirga.sqlite3`) in the data directory, in WAL mode with
//! `synchronous=FULL`, so a commit has reached the disk when [`EventStore::commit`]
//! returns. Migrations are compiled in and applied at open.

use std::path::{Path, PathBuf};

use jirga_store::{EventReader, EventStore, LedgerAppend, PersonalOp, ReadTables, RecordRow, StoreError, StoredCheckpoint, StoredEvent};
use rusqlite::{Connection, OptionalExtension, params};

/// The migrations, in order; index + 1 is the schema version.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_event_log.sql"),
    include_str!("../migrations/0002_ledger.sql"),
    include_str!("../migrations/0003_personal_data.sql"),
];

/// Most hashes in one `ledger_hashes` row: a row stays within one 4 KiB page, so
/// a proof's point reads never touch overflow pages.
const HASHES_PER_ROW: usize = 64;

/// File name of the database inside the data directory.
pub const DB_FILE: &str = "jirga.sqlite3";

pub struct SqliteStore {
    conn: Connection,
}

fn backend(e: rusqlite::Error) -> StoreError {
    StoreError::Backend(e.to_string())
}

/// The data directory's writer lock (`jirga.lock`, an advisory lock on an open
/// file): held by the one process that writes the record, for as long as it
/// runs, and let go by the system when that process ends however it ends. A
/// second writer (another `serve`, `jirga apply` beside a running server) would
/// otherwise interleave its commits with the first's and break its sequence.
#[derive(Debug)]
pub struct DataDirLock {
    _file: std::fs::File,
}

impl DataDirLock {
    pub fn acquire(data_dir: &Path) -> Result<Self, StoreError> {
        use std::io::{Read, Seek, Write};
        jirga_store::private::create_private_dir(data_dir)
            .map_err(|e| StoreError::Backend(format!("cannot create data directory {}: {e}", data_dir.display())))?;
        let path = data_dir.join("jirga.lock");
        let mut options = std::fs::OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&path).map_err(|e| StoreError::Backend(format!("cannot open {}: {e}", path.display())))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                let mut holder = String::new();
                let _ = file.read_to_string(&mut holder);
                let holder = if holder.trim().is_empty() { "unknown pid".to_owned() } else { format!("pid {}", holder.trim()) };
                return Err(StoreError::Busy { dir: data_dir.display().to_string(), holder });
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(StoreError::Backend(format!("cannot lock {}: {e}", path.display()))),
        }
        // Who holds it, for the next one's message.
        let _ = file.set_len(0).and_then(|()| file.rewind()).and_then(|()| write!(file, "{}", std::process::id()));
        Ok(DataDirLock { _file: file })
    }
}

impl SqliteStore {
    /// Open (creating if needed) the store in `data_dir`, applying migrations.
    pub fn open(data_dir: &Path) -> Result<Self, StoreError> {
        jirga_store::private::create_private_dir(data_dir)
            .map_err(|e| StoreError::Backend(format!("cannot create data directory {}: {e}", data_dir.display())))?;
        jirga_store::private::private_database_file(&Self::path(data_dir))
            .map_err(|e| StoreError::Backend(format!("cannot make {} private: {e}", Self::path(data_dir).display())))?;
        let conn = Connection::open(Self::path(data_dir)).map_err(backend)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;
             PRAGMA secure_delete = ON;
             PRAGMA busy_timeout = 5000;
             PRAGMA wal_autocheckpoint = 0;",
        )
        .map_err(backend)?;
        let mut store = SqliteStore { conn };
        store.migrate()?;
        Ok(store)
    }

    pub fn path(data_dir: &Path) -> PathBuf {
        data_dir.join(DB_FILE)
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        migrate(&mut self.conn, MIGRATIONS).map_err(|e| match e {
            MigrationError::TooNew { found, supported } => StoreError::SchemaTooNew { found, supported },
            MigrationError::Sqlite(e) => backend(e),
        })
    }

    /// Direct access for tests that must tamper with the file as an attacker would.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// A database file's schema could not be brought to this binary's version.
#[derive(Debug, thiserror::Error)]
pub enum MigrationError {
    /// The file was written by a newer binary: opening it could lose what it holds.
    #[error("the database's schema version {found} is newer than this binary's {supported}")]
    TooNew { found: i64, supported: i64 },
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

/// Bring the database to the last of `migrations` (numbered from 1 in SQLite's
/// `user_version`), each in its own transaction with its version number, so a
/// crash leaves the file at a whole migration. Every jirga database file (the
/// record, the accounts) is migrated by this one runner.
pub fn migrate(conn: &mut Connection, migrations: &[&str]) -> Result<(), MigrationError> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let supported = migrations.len() as i64;
    if version > supported {
        return Err(MigrationError::TooNew { found: version, supported });
    }
    for (i, sql) in migrations.iter().enumerate().skip(version.max(0) as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

impl EventReader for SqliteStore {
    fn personal(&mut self, key: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .prepare_cached("SELECT body FROM personal_data WHERE key = ?1")
            .and_then(|mut s| s.query_row(params![key], |r| r.get(0)).optional())
            .map_err(backend)
    }

    fn personal_all(&mut self) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self.conn.prepare_cached("SELECT key, body FROM personal_data ORDER BY key").map_err(backend)?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).map_err(backend)?;
        rows.collect::<Result<_, _>>().map_err(backend)
    }

    fn ledger_hashes(&mut self, indexes: &[u64]) -> Result<Vec<[u8; 32]>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT start, hashes FROM ledger_hashes WHERE start <= ?1 ORDER BY start DESC LIMIT 1")
            .map_err(backend)?;
        indexes
            .iter()
            .map(|&index| {
                let (start, blob): (i64, Vec<u8>) =
                    stmt.query_row(params![index as i64], |r| Ok((r.get(0)?, r.get(1)?))).map_err(backend)?;
                let offset = (index - start as u64) as usize * 32;
                blob.get(offset..offset + 32)
                    .and_then(|s| s.try_into().ok())
                    .ok_or_else(|| StoreError::Backend(format!("ledger hash {index} is not stored")))
            })
            .collect()
    }

    fn scan_ledger_hashes(&mut self, from: u64, visit: &mut dyn FnMut(u64, &[u8; 32])) -> Result<(), StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT start, hashes FROM ledger_hashes WHERE start + length(hashes) / 32 > ?1 ORDER BY start")
            .map_err(backend)?;
        let mut rows = stmt.query(params![from as i64]).map_err(backend)?;
        while let Some(row) = rows.next().map_err(backend)? {
            let start: i64 = row.get(0).map_err(backend)?;
            let blob = row.get_ref(1).map_err(backend)?.as_blob().map_err(|e| StoreError::Backend(e.to_string()))?;
            for (i, chunk) in blob.chunks_exact(32).enumerate() {
                let index = start as u64 + i as u64;
                if index >= from {
                    visit(index, chunk.try_into().expect("32-byte chunk"));
                }
            }
        }
        Ok(())
    }

    fn checkpoints(&mut self, from_size: u64, limit: usize) -> Result<Vec<StoredCheckpoint>, StoreError> {
        let mut stmt =
            self.conn.prepare_cached("SELECT size, note FROM checkpoints WHERE size >= ?1 ORDER BY size LIMIT ?2").map_err(backend)?;
        let rows = stmt
            .query_map(params![from_size as i64, limit as i64], |r| {
                Ok(StoredCheckpoint { size: r.get::<_, i64>(0)? as u64, note: r.get(1)? })
            })
            .map_err(backend)?;
        rows.collect::<Result<_, _>>().map_err(backend)
    }

    fn latest_checkpoint(&mut self) -> Result<Option<StoredCheckpoint>, StoreError> {
        self.conn
            .query_row("SELECT size, note FROM checkpoints ORDER BY size DESC LIMIT 1", [], |r| {
                Ok(StoredCheckpoint { size: r.get::<_, i64>(0)? as u64, note: r.get(1)? })
            })
            .optional()
            .map_err(backend)
    }

    fn head(&mut self) -> Result<Option<u64>, StoreError> {
        let head: Option<i64> = self.conn.query_row("SELECT MAX(seq) FROM events", [], |r| r.get(0)).map_err(backend)?;
        Ok(head.map(|h| h as u64))
    }

    fn events(&mut self, from: u64, limit: usize) -> Result<Vec<StoredEvent>, StoreError> {
        let mut stmt = self.conn.prepare_cached("SELECT seq, bytes FROM events WHERE seq >= ?1 ORDER BY seq LIMIT ?2").map_err(backend)?;
        let rows = stmt
            .query_map(params![from as i64, limit as i64], |r| Ok(StoredEvent { seq: r.get::<_, i64>(0)? as u64, bytes: r.get(1)? }))
            .map_err(backend)?;
        rows.collect::<Result<_, _>>().map_err(backend)
    }

    fn scan_events(&mut self, from: u64, visit: &mut dyn FnMut(u64, &[u8])) -> Result<(), StoreError> {
        let mut stmt = self.conn.prepare("SELECT seq, bytes FROM events WHERE seq >= ?1 ORDER BY seq").map_err(backend)?;
        let mut rows = stmt.query(params![from as i64]).map_err(backend)?;
        while let Some(row) = rows.next().map_err(backend)? {
            let seq: i64 = row.get(0).map_err(backend)?;
            let bytes = row.get_ref(1).map_err(backend)?.as_blob().map_err(|e| StoreError::Backend(e.to_string()))?;
            visit(seq as u64, bytes);
        }
        Ok(())
    }

    fn read_tables(&mut self) -> Result<ReadTables, StoreError> {
        let last_seq: Option<i64> =
            self.conn.query_row("SELECT last_seq FROM read_tables_meta", [], |r| r.get(0)).optional().map_err(backend)?.flatten();
        let mut stmt = self.conn.prepare("SELECT id, kind, body FROM records ORDER BY rowid").map_err(backend)?;
        let rows = stmt
            .query_map([], |r| Ok(RecordRow { id: r.get(0)?, kind: r.get(1)?, body: r.get(2)? }))
            .map_err(backend)?
            .collect::<Result<_, _>>()
            .map_err(backend)?;
        Ok(ReadTables { last_seq: last_seq.map(|s| s as u64), rows })
    }
}

impl EventStore for SqliteStore {
    /// Checkpoints run here, after the writer has answered, not inside a
    /// commit (SQLite's automatic checkpoint would copy a large import's log
    /// into the database before the import is answered).
    fn maintain(&mut self) -> Result<(), StoreError> {
        self.conn.execute_batch("PRAGMA wal_checkpoint(PASSIVE);").map_err(backend)
    }

    fn commit_with_personal(
        &mut self,
        events: &[StoredEvent],
        rows: &[RecordRow],
        personal: &[PersonalOp],
        last_seq: u64,
        ledger: Option<&LedgerAppend>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction().map_err(backend)?;
        let head: Option<i64> = tx.query_row("SELECT MAX(seq) FROM events", [], |r| r.get(0)).map_err(backend)?;
        let mut expected = head.map_or(0, |h| h as u64 + 1);
        {
            let mut insert = tx.prepare_cached("INSERT INTO events (seq, bytes) VALUES (?1, ?2)").map_err(backend)?;
            for event in events {
                if event.seq != expected {
                    return Err(StoreError::OutOfSequence { expected, got: event.seq });
                }
                insert.execute(params![event.seq as i64, event.bytes]).map_err(backend)?;
                expected += 1;
            }
            let mut upsert = tx
                .prepare_cached(
                    "INSERT INTO records (id, kind, body) VALUES (?1, ?2, ?3)
                     ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, body = excluded.body",
                )
                .map_err(backend)?;
            for row in rows {
                upsert.execute(params![row.id, row.kind, row.body]).map_err(backend)?;
            }
            for op in personal {
                match op {
                    PersonalOp::Put { key, body } => tx
                        .prepare_cached("INSERT INTO personal_data (key, body) VALUES (?1, ?2)")
                        .and_then(|mut s| s.execute(params![key, body])),
                    PersonalOp::Erase { key } => {
                        tx.prepare_cached("DELETE FROM personal_data WHERE key = ?1").and_then(|mut s| s.execute(params![key]))
                    }
                }
                .map_err(backend)?;
            }
        }
        tx.execute("UPDATE read_tables_meta SET last_seq = ?1", params![last_seq as i64]).map_err(backend)?;
        if let Some(ledger) = ledger {
            let stored: Option<i64> = tx
                .query_row("SELECT MAX(start) + length(hashes) / 32 FROM ledger_hashes", [], |r| r.get(0))
                .optional()
                .map_err(backend)?
                .flatten();
            let expected = stored.unwrap_or(0) as u64;
            if ledger.first_index != expected {
                return Err(StoreError::OutOfSequence { expected, got: ledger.first_index });
            }
            let mut insert = tx.prepare_cached("INSERT INTO ledger_hashes (start, hashes) VALUES (?1, ?2)").map_err(backend)?;
            for (i, chunk) in ledger.hashes.chunks(HASHES_PER_ROW).enumerate() {
                let blob: Vec<u8> = chunk.iter().flatten().copied().collect();
                let start = ledger.first_index + (i * HASHES_PER_ROW) as u64;
                insert.execute(params![start as i64, blob]).map_err(backend)?;
            }
            drop(insert);
            tx.prepare_cached("INSERT INTO checkpoints (size, note) VALUES (?1, ?2)")
                .and_then(|mut s| s.execute(params![ledger.size as i64, ledger.checkpoint]))
                .map_err(backend)?;
        }
        tx.commit().map_err(backend)?;
        if personal.iter().any(|op| matches!(op, PersonalOp::Erase { .. })) {
            // secure_delete zeroes the freed pages; checkpointing moves that into the
            // main file and empties the WAL, so no old copy of an erased row remains.
            self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);").map_err(backend)?;
        }
        Ok(())
    }

    fn replace_read_tables(&mut self, tables: &ReadTables) -> Result<(), StoreError> {
        let tx = self.conn.transaction().map_err(backend)?;
        tx.execute("DELETE FROM records", []).map_err(backend)?;
        {
            let mut insert = tx.prepare("INSERT INTO records (id, kind, body) VALUES (?1, ?2, ?3)").map_err(backend)?;
            for row in &tables.rows {
                insert.execute(params![row.id, row.kind, row.body]).map_err(backend)?;
            }
        }
        tx.execute("UPDATE read_tables_meta SET last_seq = ?1", params![tables.last_seq.map(|s| s as i64)]).map_err(backend)?;
        tx.commit().map_err(backend)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_passes_the_conformance_suite() {
        let dirs = std::cell::RefCell::new(Vec::new());
        jirga_store::conformance::run_all(|| {
            let dir = tempfile::tempdir().unwrap();
            let store = SqliteStore::open(dir.path()).unwrap();
            dirs.borrow_mut().push(dir);
            store
        });
    }

    #[test]
    fn events_cannot_be_updated_or_deleted_even_by_sql() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = SqliteStore::open(dir.path()).unwrap();
        store.commit(&[StoredEvent { seq: 0, bytes: b"{}".to_vec() }], &[], 0, None).unwrap();
        let update = store.connection().execute("UPDATE events SET bytes = x'00'", []);
        assert!(update.unwrap_err().to_string().contains("append-only"));
        let delete = store.connection().execute("DELETE FROM events", []);
        assert!(delete.unwrap_err().to_string().contains("append-only"));
    }

    #[test]
    fn reopening_keeps_the_log_and_uses_wal() {
        let dir = tempfile::tempdir().unwrap();
        {
            let mut store = SqliteStore::open(dir.path()).unwrap();
            store.commit(&[StoredEvent { seq: 0, bytes: b"{}".to_vec() }], &[], 0, None).unwrap();
        }
        let mut store = SqliteStore::open(dir.path()).unwrap();
        assert_eq!(store.head().unwrap(), Some(0));
        let mode: String = store.connection().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
    }
}
