//! jirga-ledger: the tamper-evident ledger's math, with no I/O, so auditors and
//! border posts can use it without the server.
//!
//! - [`tree`]: RFC 9162 §2.1 Merkle tree hashing, appends, inclusion and
//!   consistency proofs and their verification.
//! - [`checkpoint`]: signed checkpoints in the C2SP tlog-checkpoint / signed-note
//!   format, Ed25519.
//! - [`cosignature`]: witnesses' cosignatures (C2SP tlog-cosignature v1.0, Ed25519).
//! - [`witnessed`]: a checkpoint with a quorum of cosignatures; split views.
//! - [`bundle`]: the self-contained export an auditor verifies offline.
//!
//! The tree math is `tlog_tiles` (Cloudflare's port of Go's `golang.org/x/mod/sumdb/tlog`,
//! which stores the 2n−1 "stored hashes" of complete subtrees so any proof needs
//! O(log n) reads) and the notes are `signed_note` from the same project; both pass
//! the RFC 9162 vectors in `shared/vectors/merkle` (see `tests/vectors.rs`).

pub mod bundle;
pub mod checkpoint;
pub mod cosignature;
pub mod tree;
pub mod witnessed;

pub use tlog_tiles::{Hash, HashReader};
