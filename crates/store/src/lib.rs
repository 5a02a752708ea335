//! jirga-store: the one interface every storage backend implements, and the
//! conformance suite every backend must pass.
//!
//! A backend keeps two things: the append-only event log (canonical event bytes by
//! sequence number) and the read tables (one JSON row per record, refreshed in the
//! same transaction as the events that changed it). It knows nothing of the rules
//! of the process; it only refuses to break the log's own invariants.

pub mod conformance;
pub mod private;

/// One event as stored: its position and its canonical bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEvent {
    pub seq: u64,
    pub bytes: Vec<u8>,
}

/// The read row of one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordRow {
    pub id: String,
    pub kind: String,
    /// The record as JSON.
    pub body: String,
}

/// What the ledger adds to a commit: the tree's new stored hashes (RFC 9162
/// complete-subtree hashes, in stored-index order) and the checkpoint signed over
/// the new size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerAppend {
    /// Stored index of the first hash.
    pub first_index: u64,
    pub hashes: Vec<[u8; 32]>,
    /// Tree size (number of leaves) after this commit.
    pub size: u64,
    /// The signed checkpoint note for `size`.
    pub checkpoint: String,
}

/// A change to the personal-data table, committed with the events that call for
/// it. The table holds what must never enter an event (a pass holder's names,
/// documents, medical details) and can be erased without touching the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersonalOp {
    Put {
        key: String,
        body: String,
    },
    /// Remove the row and overwrite its bytes on disk.
    Erase {
        key: String,
    },
}

/// A signed checkpoint as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCheckpoint {
    pub size: u64,
    pub note: String,
}

/// The read tables as loaded at start-up.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadTables {
    /// The last event folded into the rows; `None` when no event was.
    pub last_seq: Option<u64>,
    pub rows: Vec<RecordRow>,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The batch does not continue the log (another writer, or a bug).
    #[error("events must continue the log at seq {expected}, got {got}")]
    OutOfSequence { expected: u64, got: u64 },
    #[error("storage failed: {0}")]
    Backend(String),
    #[error("the data directory's schema version {found} is newer than this binary's {supported}")]
    SchemaTooNew { found: i64, supported: i64 },
    /// Another process holds the data directory's writer lock.
    #[error(
        "another jirga process ({holder}) is writing to {dir}; stop it first, or send the commands through its API (POST /api/v1/commands)"
    )]
    Busy { dir: String, holder: String },
}

/// A storage backend's reading side. One value is used by one thread at a time;
/// the engine holds one for its queries beside the writer's [`EventStore`].
pub trait EventReader: Send {
    /// One personal-data row.
    fn personal(&mut self, key: &str) -> Result<Option<String>, StoreError>;

    /// Every personal-data row, by key.
    fn personal_all(&mut self) -> Result<Vec<(String, String)>, StoreError>;

    /// The stored ledger hashes at these stored indexes.
    fn ledger_hashes(&mut self, indexes: &[u64]) -> Result<Vec<[u8; 32]>, StoreError>;

    /// Every stored ledger hash from stored index `from` on, in order, passed to
    /// `visit` (streaming: the ledger of a large log does not fit a Vec comfortably).
    fn scan_ledger_hashes(&mut self, from: u64, visit: &mut dyn FnMut(u64, &[u8; 32])) -> Result<(), StoreError>;

    /// Checkpoints with size ≥ `from_size`, oldest first, at most `limit`.
    fn checkpoints(&mut self, from_size: u64, limit: usize) -> Result<Vec<StoredCheckpoint>, StoreError>;

    /// The newest checkpoint.
    fn latest_checkpoint(&mut self) -> Result<Option<StoredCheckpoint>, StoreError>;

    /// The sequence number of the last event, if any.
    fn head(&mut self) -> Result<Option<u64>, StoreError>;

    /// Up to `limit` events from `from` on, in order.
    fn events(&mut self, from: u64, limit: usize) -> Result<Vec<StoredEvent>, StoreError>;

    /// Every event from `from` on, in order, passed to `visit` without copying
    /// (for whole-log checks).
    fn scan_events(&mut self, from: u64, visit: &mut dyn FnMut(u64, &[u8])) -> Result<(), StoreError>;

    /// Every read row, and the event they reflect.
    fn read_tables(&mut self) -> Result<ReadTables, StoreError>;
}

/// A storage backend's writing side: the only way to change the log. The
/// engine holds exactly one, on its writer thread (the single-writer rule is in
/// the types: readers are handed an [`EventReader`], which cannot commit).
pub trait EventStore: EventReader {
    /// Append `events` (which must continue the log without gaps) and upsert
    /// `rows`, as one transaction that is durable when this returns.
    /// With `ledger`, its hashes and checkpoint join the same transaction.
    fn commit(
        &mut self,
        events: &[StoredEvent],
        rows: &[RecordRow],
        last_seq: u64,
        ledger: Option<&LedgerAppend>,
    ) -> Result<(), StoreError> {
        self.commit_with_personal(events, rows, &[], last_seq, ledger)
    }

    /// [`EventStore::commit`], with changes to the personal-data table in the
    /// same transaction.
    fn commit_with_personal(
        &mut self,
        events: &[StoredEvent],
        rows: &[RecordRow],
        personal: &[PersonalOp],
        last_seq: u64,
        ledger: Option<&LedgerAppend>,
    ) -> Result<(), StoreError>;

    /// Background upkeep after a commit has been answered (SQLite: fold the
    /// write-ahead log into the database file). Never needed for durability.
    fn maintain(&mut self) -> Result<(), StoreError> {
        Ok(())
    }

    /// Replace every read row at once (rebuild from the events).
    fn replace_read_tables(&mut self, tables: &ReadTables) -> Result<(), StoreError>;
}
