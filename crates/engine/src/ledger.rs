//! The ledger's place in the engine: the tree's frontier at start-up and the
//! proofs the API serves. (Its key is opened at the edge: `jirga_service::open`.)

use std::cell::RefCell;

use jirga_ledger::tree::{self, TlogError};
use jirga_ledger::{Hash, HashReader};
use jirga_store::EventReader;

use crate::Engine;

/// Adapts a store to the tree math's hash reader.
pub struct StoreHashes<'a>(pub RefCell<&'a mut dyn EventReader>);

impl HashReader for StoreHashes<'_> {
    fn read_hashes(&self, indexes: &[u64]) -> Result<Vec<Hash>, TlogError> {
        let mut store = self.0.borrow_mut();
        store.ledger_hashes(indexes).map(|hashes| hashes.into_iter().map(Hash).collect()).map_err(|_| TlogError::IndexesNotInTree)
    }
}

/// An inclusion proof as the API serves it.
#[derive(Debug, Clone, PartialEq)]
pub struct InclusionProof {
    pub index: u64,
    pub size: u64,
    pub leaf_hash: Hash,
    pub root: Hash,
    pub proof: Vec<Hash>,
}

/// A consistency proof as the API serves it.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsistencyProof {
    pub size1: u64,
    pub size2: u64,
    pub root1: Hash,
    pub root2: Hash,
    pub proof: Vec<Hash>,
}

#[derive(Debug, thiserror::Error)]
pub enum LedgerQueryError {
    #[error("the ledger is off")]
    Off,
    #[error("{0}")]
    OutOfRange(String),
    #[error("ledger storage failed: {0}")]
    Store(String),
}

impl Engine {
    /// The current ledger size (leaves), from the newest checkpoint.
    pub fn ledger_size(&self) -> Result<u64, LedgerQueryError> {
        self.with_reader(|s| s.latest_checkpoint()).map(|c| c.map_or(0, |c| c.size)).map_err(|e| LedgerQueryError::Store(e.to_string()))
    }

    /// Proof that leaf `index` is in the tree of `size` leaves (default: current).
    pub fn inclusion_proof(&self, index: u64, size: Option<u64>) -> Result<InclusionProof, LedgerQueryError> {
        self.public_key().ok_or(LedgerQueryError::Off)?;
        let current = self.ledger_size()?;
        let size = size.unwrap_or(current);
        if size > current || index >= size {
            return Err(LedgerQueryError::OutOfRange(format!(
                "need index < size ≤ {current} (the current tree size), got index {index} and size {size}"
            )));
        }
        self.with_reader(|store| {
            let leaf = Hash(store.ledger_hashes(&[tree::stored_index(0, index)]).map_err(|e| LedgerQueryError::Store(e.to_string()))?[0]);
            let reader = StoreHashes(RefCell::new(store));
            let proof = tree::inclusion_proof(index, size, &reader).map_err(|e| LedgerQueryError::Store(e.to_string()))?;
            let root = tree::root(size, &reader).map_err(|e| LedgerQueryError::Store(e.to_string()))?;
            Ok(InclusionProof { index, size, leaf_hash: leaf, root, proof })
        })
    }

    /// Proof that the tree of `size2` leaves (default: current) extends the tree of `size1`.
    pub fn consistency_proof(&self, size1: u64, size2: Option<u64>) -> Result<ConsistencyProof, LedgerQueryError> {
        self.public_key().ok_or(LedgerQueryError::Off)?;
        let current = self.ledger_size()?;
        let size2 = size2.unwrap_or(current);
        if size1 == 0 || size1 > size2 || size2 > current {
            return Err(LedgerQueryError::OutOfRange(format!(
                "need 0 < size1 ≤ size2 ≤ {current} (the current tree size), got {size1} and {size2}"
            )));
        }
        self.with_reader(|store| {
            let reader = StoreHashes(RefCell::new(store));
            let err = |e: tree::TreeError| LedgerQueryError::Store(e.to_string());
            Ok(ConsistencyProof {
                size1,
                size2,
                root1: tree::root(size1, &reader).map_err(err)?,
                root2: tree::root(size2, &reader).map_err(err)?,
                proof: tree::consistency_proof(size1, size2, &reader).map_err(err)?,
            })
        })
    }
}
