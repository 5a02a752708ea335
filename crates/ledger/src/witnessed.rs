//! What an auditor checks offline with witnesses: a checkpoint counts only
//! with the log's signature and a quorum of valid witness cosignatures, and
//! two signed checkpoints of one log that cannot both be true are a split view.

use tlog_tiles::Hash;

use crate::checkpoint::{CheckpointError, VerifiedCheckpoint, verify_checkpoint};
use crate::cosignature::{CosignatureVerifier, Cosigned, valid_cosignatures};
use crate::tree::verify_consistency;

#[derive(Debug, thiserror::Error)]
pub enum WitnessedError {
    #[error("the log's signature: {0}")]
    Log(#[from] CheckpointError),
    #[error("{valid} valid witness cosignature(s), {quorum} required")]
    NoQuorum { valid: usize, quorum: usize, cosigned: Vec<Cosigned> },
}

/// A checkpoint with the log's signature and its valid cosignatures.
#[derive(Debug, Clone, PartialEq)]
pub struct Witnessed {
    pub checkpoint: VerifiedCheckpoint,
    pub cosigned: Vec<Cosigned>,
}

/// Check `note` against the log's key and the witnesses': the log's signature,
/// then at least `quorum` valid cosignatures of distinct witnesses.
pub fn verify_witnessed(note: &str, log_key: &str, witnesses: &[CosignatureVerifier], quorum: usize) -> Result<Witnessed, WitnessedError> {
    let checkpoint = verify_checkpoint(note, log_key)?;
    let cosigned = valid_cosignatures(note, witnesses);
    if cosigned.len() < quorum {
        return Err(WitnessedError::NoQuorum { valid: cosigned.len(), quorum, cosigned });
    }
    Ok(Witnessed { checkpoint, cosigned })
}

/// What two signed checkpoints of one log say together.
#[derive(Debug, Clone, PartialEq)]
pub enum Comparison {
    /// They can both be true: the same tree, or the smaller is a prefix of the
    /// larger by the proof given.
    Consistent,
    /// They cannot both be true: evidence that the log showed two views.
    SplitView { reason: String },
    /// Different sizes and no proof to decide with.
    Undecided,
}

/// Compare two checkpoints verified with the log's key (`a` and `b` in any
/// order); `proof` is a consistency proof from the smaller to the larger.
pub fn compare(a: &VerifiedCheckpoint, b: &VerifiedCheckpoint, proof: Option<&[Hash]>) -> Comparison {
    let (small, large) = if a.size <= b.size { (a, b) } else { (b, a) };
    if small.size == large.size {
        return if small.root == large.root {
            Comparison::Consistent
        } else {
            Comparison::SplitView { reason: format!("two different roots for the same size {}", small.size) }
        };
    }
    if small.size == 0 {
        return Comparison::Consistent;
    }
    match proof {
        None => Comparison::Undecided,
        Some(proof) => match verify_consistency(small.size, large.size, small.root, large.root, proof) {
            Ok(()) => Comparison::Consistent,
            Err(_) => Comparison::SplitView {
                reason: format!(
                    "the tree of size {} is not a prefix of the tree of size {} (the consistency proof fails)",
                    small.size, large.size
                ),
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use ed25519_dalek::SigningKey;

    use super::*;
    use crate::checkpoint::LedgerKey;
    use crate::cosignature::CosignatureSigner;
    use crate::tree::{Frontier, leaf_hash};

    #[test]
    fn a_checkpoint_counts_only_with_the_logs_signature_and_a_quorum() {
        let (log, _) = LedgerKey::generate("log.test/a");
        let note = log.sign(3, Hash([3; 32]));
        let body = note.split("\n\n").next().unwrap().to_owned() + "\n";
        let w1 = CosignatureSigner::new("w.test/1", SigningKey::from_bytes(&[1; 32]), 100);
        let w2 = CosignatureSigner::new("w.test/2", SigningKey::from_bytes(&[2; 32]), 100);
        let keys: Vec<CosignatureVerifier> = [&w1, &w2].iter().map(|w| CosignatureVerifier::from_vkey(&w.vkey()).unwrap()).collect();
        let once = format!("{note}{}", w1.line(body.as_bytes()));
        assert_eq!(verify_witnessed(&once, log.public_key(), &keys, 1).unwrap().cosigned.len(), 1);
        assert!(matches!(verify_witnessed(&once, log.public_key(), &keys, 2), Err(WitnessedError::NoQuorum { valid: 1, quorum: 2, .. })));
        // The same witness twice is one cosignature.
        let twice = format!("{once}{}", w1.line(body.as_bytes()));
        assert!(verify_witnessed(&twice, log.public_key(), &keys, 2).is_err());
        let both = format!("{once}{}", w2.line(body.as_bytes()));
        assert_eq!(verify_witnessed(&both, log.public_key(), &keys, 2).unwrap().cosigned.len(), 2);
        // Without the log's own signature nothing counts.
        let (other, _) = LedgerKey::generate("log.test/a");
        assert!(matches!(verify_witnessed(&both, other.public_key(), &keys, 0), Err(WitnessedError::Log(_))));
    }

    #[test]
    fn two_views_of_one_log_are_told_apart_from_growth() {
        let mut frontier = Frontier::default();
        let mut stored = Vec::new();
        let mut roots = vec![Hash([0; 32])];
        for i in 0..8u8 {
            stored.extend(frontier.append(leaf_hash(&[i])));
            roots.push(frontier.root());
        }
        struct Stored(Vec<Hash>);
        impl tlog_tiles::HashReader for Stored {
            fn read_hashes(&self, indexes: &[u64]) -> Result<Vec<Hash>, tlog_tiles::Error> {
                indexes.iter().map(|i| self.0.get(*i as usize).copied().ok_or(tlog_tiles::Error::IndexesNotInTree)).collect()
            }
        }
        let proof = crate::tree::consistency_proof(3, 8, &Stored(stored)).unwrap();
        let at = |size: u64, root: Hash| VerifiedCheckpoint { origin: "log".into(), size, root };
        assert_eq!(compare(&at(3, roots[3]), &at(8, roots[8]), Some(&proof)), Comparison::Consistent);
        assert_eq!(compare(&at(8, roots[8]), &at(3, roots[3]), Some(&proof)), Comparison::Consistent, "in either order");
        assert!(matches!(compare(&at(3, Hash([9; 32])), &at(8, roots[8]), Some(&proof)), Comparison::SplitView { .. }));
        assert!(matches!(compare(&at(8, roots[8]), &at(8, roots[7]), None), Comparison::SplitView { .. }));
        assert_eq!(compare(&at(3, roots[3]), &at(8, roots[8]), None), Comparison::Undecided);
    }
}
