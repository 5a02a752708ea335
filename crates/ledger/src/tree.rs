//! RFC 9162 §2.1 Merkle tree: leaf = SHA-256(0x00 ‖ data), node = SHA-256(0x01 ‖ l ‖ r).
//!
//! Stored hashes follow Go's tlog layout: every complete subtree's hash has a
//! stored index ([`stored_index`]); appending leaf n writes the leaf hash and the
//! hashes of the subtrees it completes. The [`Frontier`] keeps, per level, the last
//! complete subtree hash: exactly what an append and the current root need.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use tlog_tiles::{Hash, HashReader};

/// The tree math's error type (for [`HashReader`] implementations).
pub use tlog_tiles::Error as TlogError;

/// Hash of a leaf's bytes.
pub fn leaf_hash(bytes: &[u8]) -> Hash {
    tlog_tiles::record_hash(bytes)
}

/// Stored index of the hash of the `n`-th complete subtree at `level`.
pub fn stored_index(level: u8, n: u64) -> u64 {
    tlog_tiles::stored_hash_index(level, n)
}

/// (level, n) of a stored index: the inverse of [`stored_index`].
pub fn split(index: u64) -> (u8, u64) {
    tlog_tiles::split_stored_hash_index(index)
}

/// Root of the empty tree, SHA-256("").
pub const EMPTY_ROOT: Hash = tlog_tiles::EMPTY_HASH;

/// Number of stored hashes for a tree of `n` leaves.
pub fn stored_count(n: u64) -> u64 {
    tlog_tiles::stored_hash_count(n)
}

/// The right edge of the tree: the complete subtrees whose sizes add up to the
/// tree's size (largest, leftmost first). Appends and the root need nothing else,
/// so the writer never reads stored hashes back.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Frontier {
    size: u64,
    subtrees: Vec<Hash>,
}

#[derive(Debug, thiserror::Error)]
#[error("the stored hashes cannot be read: {0}")]
pub struct TreeError(pub String);

impl Frontier {
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The frontier of a stored tree of `size` leaves.
    pub fn load(size: u64, reader: &impl HashReader) -> Result<Self, TreeError> {
        let indexes: Vec<u64> =
            (0..64u8).rev().filter(|level| size >> level & 1 == 1).map(|level| stored_index(level, (size >> level) - 1)).collect();
        let subtrees = reader.read_hashes(&indexes).map_err(|e| TreeError(e.to_string()))?;
        if subtrees.len() != indexes.len() {
            return Err(TreeError("short read".into()));
        }
        Ok(Frontier { size, subtrees })
    }

    /// Append a leaf by its hash; returns the stored hashes it adds (the leaf, then
    /// each subtree it completes), which start at stored index `stored_count(size before)`.
    pub fn append(&mut self, leaf: Hash) -> Vec<Hash> {
        let mut added = Vec::with_capacity(1 + self.size.trailing_ones() as usize);
        let mut hash = leaf;
        added.push(hash);
        // Each trailing 1 bit of the old size is a complete left sibling to merge with.
        for _ in 0..self.size.trailing_ones() {
            let left = self.subtrees.pop().expect("one subtree per set bit of the size");
            hash = tlog_tiles::node_hash(left, hash);
            added.push(hash);
        }
        self.subtrees.push(hash);
        self.size += 1;
        added
    }

    /// Root hash of the tree so far (RFC 9162 MTH).
    pub fn root(&self) -> Hash {
        let mut subtrees = self.subtrees.iter().rev();
        let Some(&last) = subtrees.next() else {
            return tlog_tiles::EMPTY_HASH;
        };
        subtrees.fold(last, |right, &left| tlog_tiles::node_hash(left, right))
    }
}

/// Root of the tree of `size` leaves.
pub fn root(size: u64, reader: &impl HashReader) -> Result<Hash, TreeError> {
    tlog_tiles::tree_hash(size, reader).map_err(|e| TreeError(e.to_string()))
}

/// Inclusion proof of leaf `index` in the tree of `size` leaves (sibling first).
pub fn inclusion_proof(index: u64, size: u64, reader: &impl HashReader) -> Result<Vec<Hash>, TreeError> {
    if index >= size {
        return Err(TreeError(format!("index {index} is not below size {size}")));
    }
    tlog_tiles::prove_record(size, index, reader).map_err(|e| TreeError(e.to_string()))
}

/// Consistency proof from the tree of `size1` leaves to the tree of `size2`.
pub fn consistency_proof(size1: u64, size2: u64, reader: &impl HashReader) -> Result<Vec<Hash>, TreeError> {
    if size1 == 0 || size1 > size2 {
        return Err(TreeError(format!("need 0 < size1 ≤ size2, got {size1} and {size2}")));
    }
    if size1 == size2 {
        return Ok(vec![]);
    }
    tlog_tiles::prove_tree(size2, size1, reader).map_err(|e| TreeError(e.to_string()))
}

/// Why a proof does not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofError {
    #[error("leaf index {index} is not below tree size {size}")]
    IndexOutOfRange { index: u64, size: u64 },
    #[error("the old size must be at least 1 and at most the new size")]
    SizeOrder,
    #[error("the proof does not lead to the given root")]
    Mismatch,
    #[error("{what} must be 32 bytes, got {len}")]
    BadLength { what: &'static str, len: usize },
}

fn to_hash(what: &'static str, bytes: &[u8]) -> Result<Hash, ProofError> {
    bytes.try_into().map(Hash).map_err(|_| ProofError::BadLength { what, len: bytes.len() })
}

/// [`verify_inclusion`] on raw bytes, as an auditor's tool receives them: every
/// hash must be 32 bytes.
pub fn verify_inclusion_bytes(leaf: &[u8], index: u64, size: u64, root: &[u8], proof: &[Vec<u8>]) -> Result<(), ProofError> {
    let proof = proof.iter().map(|p| to_hash("a proof hash", p)).collect::<Result<Vec<_>, _>>()?;
    verify_inclusion(to_hash("the leaf hash", leaf)?, index, size, to_hash("the root", root)?, &proof)
}

/// [`verify_consistency`] on raw bytes. Equal sizes need an empty proof and equal
/// roots, compared as opaque bytes (RFC 9162 §2.1.4.2 and the reference vectors).
pub fn verify_consistency_bytes(size1: u64, size2: u64, root1: &[u8], root2: &[u8], proof: &[Vec<u8>]) -> Result<(), ProofError> {
    if size1 == 0 || size1 > size2 {
        return Err(ProofError::SizeOrder);
    }
    if size1 == size2 {
        return if proof.is_empty() && root1 == root2 { Ok(()) } else { Err(ProofError::Mismatch) };
    }
    let proof = proof.iter().map(|p| to_hash("a proof hash", p)).collect::<Result<Vec<_>, _>>()?;
    verify_consistency(size1, size2, to_hash("root1", root1)?, to_hash("root2", root2)?, &proof)
}

/// Decode standard base64.
pub fn decode_b64(s: &str) -> Result<Vec<u8>, HashParseError> {
    STANDARD.decode(s.trim()).map_err(|_| HashParseError::Base64(s.to_owned()))
}

/// Decode a comma-separated list of standard-base64 strings; "" is the empty list.
pub fn decode_b64_list(s: &str) -> Result<Vec<Vec<u8>>, HashParseError> {
    if s.trim().is_empty() {
        return Ok(vec![]);
    }
    s.split(',').map(decode_b64).collect()
}

/// Check that `leaf` is at `index` in the tree of `size` leaves with `root`.
pub fn verify_inclusion(leaf: Hash, index: u64, size: u64, root: Hash, proof: &[Hash]) -> Result<(), ProofError> {
    if index >= size {
        return Err(ProofError::IndexOutOfRange { index, size });
    }
    tlog_tiles::check_record(&proof.to_vec(), size, root, index, leaf).map_err(|_| ProofError::Mismatch)
}

/// Check that the tree of `size2` leaves with `root2` extends the tree of `size1`
/// leaves with `root1`.
pub fn verify_consistency(size1: u64, size2: u64, root1: Hash, root2: Hash, proof: &[Hash]) -> Result<(), ProofError> {
    if size1 == 0 || size1 > size2 {
        return Err(ProofError::SizeOrder);
    }
    if size1 == size2 {
        return if proof.is_empty() && root1 == root2 { Ok(()) } else { Err(ProofError::Mismatch) };
    }
    tlog_tiles::check_tree(&proof.to_vec(), size2, root2, size1, root1).map_err(|_| ProofError::Mismatch)
}

/// Standard base64 of a hash.
pub fn b64(hash: &Hash) -> String {
    STANDARD.encode(hash.0)
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HashParseError {
    #[error("'{0}' is not standard base64")]
    Base64(String),
    #[error("a hash is 32 bytes, '{0}' decodes to {1}")]
    Length(String, usize),
}

/// Parse one standard-base64 hash.
pub fn parse_hash(s: &str) -> Result<Hash, HashParseError> {
    let bytes = STANDARD.decode(s.trim()).map_err(|_| HashParseError::Base64(s.to_owned()))?;
    let array: [u8; 32] = bytes.as_slice().try_into().map_err(|_| HashParseError::Length(s.to_owned(), bytes.len()))?;
    Ok(Hash(array))
}

/// Parse a comma-separated proof; the empty string is the empty proof.
pub fn parse_proof(s: &str) -> Result<Vec<Hash>, HashParseError> {
    if s.trim().is_empty() {
        return Ok(vec![]);
    }
    s.split(',').map(parse_hash).collect()
}
