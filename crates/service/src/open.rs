//! Opening a data directory: its SQLite store (a writer and a reader), its
//! writer lock, its ledger key; then the engine on them.

use std::path::Path;

use jirga_core::hooks::Hooks;
use jirga_engine::{Engine, StartError};
use jirga_ledger::checkpoint::LedgerKey;
use jirga_store_sqlite::{DataDirLock, SqliteStore};

/// File (in the data directory) holding the ledger's secret signing key.
pub const KEY_FILE: &str = "ledger.key";
/// Default origin (the checkpoint's first line and the key's name).
pub const DEFAULT_ORIGIN: &str = "jirga.local/record";

/// Read the signing key, or create it (mode 0600) on first start, named
/// `origin_if_new` (the deployment's configured origin; the engine's own opens
/// pass [`DEFAULT_ORIGIN`], so the CLI creates the key first when configured).
pub fn load_or_create_key(data_dir: &Path, origin_if_new: &str) -> Result<LedgerKey, StartError> {
    let path = data_dir.join(KEY_FILE);
    match std::fs::read_to_string(&path) {
        Ok(secret) => LedgerKey::from_secret(&secret).map_err(|e| StartError::Corrupt(format!("{}: {e}", path.display()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let (key, secret) = LedgerKey::generate(origin_if_new);
            write_secret(&path, &secret).map_err(|e| StartError::Corrupt(format!("cannot write {}: {e}", path.display())))?;
            Ok(key)
        }
        Err(e) => Err(StartError::Corrupt(format!("cannot read {}: {e}", path.display()))),
    }
}

fn write_secret(path: &Path, secret: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(secret.as_bytes())?;
    file.write_all(b"\n")?;
    file.sync_all()
}

/// Open the embedded SQLite store in `data_dir` and start the write path.
/// The ledger key lives in the data directory, created on first start.
/// Holds the data directory's writer lock while it runs: a second writer on
/// the same directory is refused (`StoreError::Busy`, naming the holder).
pub fn sqlite(data_dir: &Path, hooks: Hooks) -> Result<Engine, StartError> {
    let lock = DataDirLock::acquire(data_dir)?;
    let writer = SqliteStore::open(data_dir)?;
    let reader = SqliteStore::open(data_dir)?;
    let key = load_or_create_key(data_dir, DEFAULT_ORIGIN)?;
    Ok(Engine::start(Box::new(writer), Box::new(reader), hooks, Some(key))?.holding(lock))
}

/// Open the record to read it beside a running server (`jirga status`,
/// `jirga policy show`): verified like any start, but without the writer
/// lock, and every command is refused.
pub fn sqlite_read_only(data_dir: &Path, hooks: Hooks) -> Result<Engine, StartError> {
    let writer = SqliteStore::open(data_dir)?;
    let reader = SqliteStore::open(data_dir)?;
    let key = load_or_create_key(data_dir, DEFAULT_ORIGIN)?;
    Engine::start_read_only(Box::new(writer), Box::new(reader), hooks, key.public_key())
}

/// The same as [`sqlite`], without the ledger (only to measure the ledger's overhead).
pub fn sqlite_without_ledger(data_dir: &Path, hooks: Hooks) -> Result<Engine, StartError> {
    let lock = DataDirLock::acquire(data_dir)?;
    let writer = SqliteStore::open(data_dir)?;
    let reader = SqliteStore::open(data_dir)?;
    Ok(Engine::start(Box::new(writer), Box::new(reader), hooks, None)?.holding(lock))
}
