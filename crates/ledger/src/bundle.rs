//! The audit bundle: everything needed to check the record offline — every entry's
//! bytes, every checkpoint the log signed, and the public key.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

use crate::checkpoint::{CheckpointError, verify_checkpoint};
use crate::tree::{Frontier, leaf_hash};

pub const FORMAT: &str = "jirga-ledger-bundle/1";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bundle {
    pub format: String,
    pub origin: String,
    /// Signed-note verifier key of the log.
    pub public_key: String,
    /// Each entry's canonical bytes, standard base64, in log order.
    pub entries: Vec<String>,
    /// Every checkpoint the log issued, oldest first.
    pub checkpoints: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error("unknown bundle format '{0}'")]
    Format(String),
    #[error("entry {index} is not base64")]
    Entry { index: u64 },
    #[error("checkpoint {position} does not verify: {source}")]
    Checkpoint { position: usize, source: CheckpointError },
    #[error("checkpoint of size {size} is beyond the {entries} entries of the bundle")]
    Truncated { size: u64, entries: u64 },
    #[error("the entries do not match the signed checkpoint of size {size}: the first bad index is in {from}..{size}")]
    Mismatch { from: u64, size: u64 },
    #[error("checkpoint sizes go backwards ({previous} then {size})")]
    Order { previous: u64, size: u64 },
}

impl BundleError {
    /// The first entry index known to be bad, where the error names one.
    pub fn first_bad_index(&self) -> Option<u64> {
        match self {
            BundleError::Entry { index } => Some(*index),
            BundleError::Mismatch { from, .. } => Some(*from),
            BundleError::Truncated { entries, .. } => Some(*entries),
            _ => None,
        }
    }
}

/// What a verified bundle holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleReport {
    pub entries: u64,
    pub checkpoints: usize,
}

impl Bundle {
    /// Decoded entry bytes.
    pub fn entry_bytes(&self) -> Result<Vec<Vec<u8>>, BundleError> {
        self.entries.iter().enumerate().map(|(i, e)| STANDARD.decode(e).map_err(|_| BundleError::Entry { index: i as u64 })).collect()
    }

    /// Check every checkpoint's signature and that the entries produce every
    /// checkpoint's root.
    pub fn verify(&self) -> Result<BundleReport, BundleError> {
        if self.format != FORMAT {
            return Err(BundleError::Format(self.format.clone()));
        }
        let entries = self.entry_bytes()?;
        let mut checkpoints = Vec::with_capacity(self.checkpoints.len());
        for (position, note) in self.checkpoints.iter().enumerate() {
            let cp = verify_checkpoint(note, &self.public_key).map_err(|source| BundleError::Checkpoint { position, source })?;
            if let Some(previous) = checkpoints.last().map(|c: &crate::checkpoint::VerifiedCheckpoint| c.size)
                && cp.size < previous
            {
                return Err(BundleError::Order { previous, size: cp.size });
            }
            if cp.size > entries.len() as u64 {
                return Err(BundleError::Truncated { size: cp.size, entries: entries.len() as u64 });
            }
            checkpoints.push(cp);
        }
        let mut frontier = Frontier::default();
        let mut last_good = 0;
        let mut next = checkpoints.iter().peekable();
        while let Some(cp) = next.next_if(|cp| cp.size == 0) {
            if cp.root != tlog_tiles::EMPTY_HASH {
                return Err(BundleError::Mismatch { from: 0, size: 0 });
            }
        }
        for bytes in &entries {
            frontier.append(leaf_hash(bytes));
            while let Some(cp) = next.peek() {
                if cp.size != frontier.size() {
                    break;
                }
                if cp.root != frontier.root() {
                    return Err(BundleError::Mismatch { from: last_good, size: cp.size });
                }
                last_good = cp.size;
                next.next();
            }
        }
        Ok(BundleReport { entries: entries.len() as u64, checkpoints: checkpoints.len() })
    }
}
