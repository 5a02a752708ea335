//! The RFC 9162 vectors of shared/vectors/merkle (transparency-dev/merkle testdata),
//! read from there, and property tests of the tree against a direct transcription
//! of RFC 9162 §2.1.1's MTH definition.

use jirga_ledger::tree::{self, Frontier, leaf_hash};
use jirga_ledger::{Hash, HashReader};
use proptest::prelude::*;
use serde_json::Value;

fn vectors(kind: &str) -> Vec<(String, Value)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/vectors/merkle").join(kind);
    let mut out = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                let json: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
                out.push((path.strip_prefix(&root).unwrap().display().to_string(), json));
            }
        }
    }
    assert!(!out.is_empty(), "no vectors found under {}", root.display());
    out
}

fn bytes(v: &Value) -> Result<Vec<u8>, ()> {
    tree::decode_b64(v.as_str().ok_or(())?).map_err(|_| ())
}

fn proof_bytes(v: &Value) -> Result<Vec<Vec<u8>>, ()> {
    match v {
        Value::Null => Ok(vec![]),
        Value::Array(items) => items.iter().map(bytes).collect(),
        _ => Err(()),
    }
}

#[test]
fn inclusion_vectors() {
    let all = vectors("inclusion");
    for (name, v) in &all {
        let result = (|| {
            tree::verify_inclusion_bytes(
                &bytes(&v["leafHash"])?,
                v["leafIdx"].as_u64().ok_or(())?,
                v["treeSize"].as_u64().ok_or(())?,
                &bytes(&v["root"])?,
                &proof_bytes(&v["proof"])?,
            )
            .map_err(|_| ())
        })();
        assert_eq!(result.is_err(), v["wantErr"].as_bool().unwrap(), "{name}: {}", v["desc"]);
    }
    println!("{} inclusion vectors agree", all.len());
}

#[test]
fn consistency_vectors() {
    let all = vectors("consistency");
    for (name, v) in &all {
        let result = (|| {
            tree::verify_consistency_bytes(
                v["size1"].as_u64().ok_or(())?,
                v["size2"].as_u64().ok_or(())?,
                &bytes(&v["root1"])?,
                &bytes(&v["root2"])?,
                &proof_bytes(&v["proof"])?,
            )
            .map_err(|_| ())
        })();
        assert_eq!(result.is_err(), v["wantErr"].as_bool().unwrap(), "{name}: {}", v["desc"]);
    }
    println!("{} consistency vectors agree", all.len());
}

/// Every stored hash of a tree, in memory.
struct Stored(Vec<Hash>);

impl HashReader for Stored {
    fn read_hashes(&self, indexes: &[u64]) -> Result<Vec<Hash>, tlog_tiles::Error> {
        indexes.iter().map(|i| self.0.get(*i as usize).copied().ok_or(tlog_tiles::Error::IndexesNotInTree)).collect()
    }
}

fn build(leaves: &[Vec<u8>]) -> (Stored, Vec<Hash>) {
    let mut frontier = Frontier::default();
    let mut stored = Vec::new();
    let mut roots = vec![];
    for leaf in leaves {
        stored.extend(frontier.append(leaf_hash(leaf)));
        roots.push(frontier.root());
    }
    (Stored(stored), roots)
}

/// RFC 9162 §2.1.1, literally.
fn mth(leaves: &[Vec<u8>]) -> Hash {
    match leaves.len() {
        0 => tlog_tiles::EMPTY_HASH,
        1 => leaf_hash(&leaves[0]),
        n => {
            let k = 1 << (usize::BITS - 1 - (n - 1).leading_zeros());
            tlog_tiles::node_hash(mth(&leaves[..k]), mth(&leaves[k..]))
        }
    }
}

fn flip(h: Hash, byte: usize) -> Hash {
    let mut b = h.0;
    b[byte % 32] ^= 1;
    Hash(b)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_proof_verifies_and_any_altered_byte_fails(
        leaves in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..40), 1..70),
        pick in any::<prop::sample::Index>(),
        byte in 0usize..32,
    ) {
        let n = leaves.len() as u64;
        let (stored, roots) = build(&leaves);
        for m in 1..=n {
            prop_assert_eq!(roots[m as usize - 1], mth(&leaves[..m as usize]));
            prop_assert_eq!(tree::root(m, &stored).unwrap(), roots[m as usize - 1]);
        }
        let m = pick.index(n as usize) as u64 + 1;
        let root_m = roots[m as usize - 1];
        let root_n = roots[n as usize - 1];
        for i in 0..m {
            let leaf = leaf_hash(&leaves[i as usize]);
            let proof = tree::inclusion_proof(i, m, &stored).unwrap();
            prop_assert!(tree::verify_inclusion(leaf, i, m, root_m, &proof).is_ok());
            prop_assert!(tree::verify_inclusion(flip(leaf, byte), i, m, root_m, &proof).is_err());
            prop_assert!(tree::verify_inclusion(leaf, i, m, flip(root_m, byte), &proof).is_err());
            for j in 0..proof.len() {
                let mut bad = proof.clone();
                bad[j] = flip(bad[j], byte);
                prop_assert!(tree::verify_inclusion(leaf, i, m, root_m, &bad).is_err());
            }
        }
        let proof = tree::consistency_proof(m, n, &stored).unwrap();
        prop_assert!(tree::verify_consistency(m, n, root_m, root_n, &proof).is_ok());
        prop_assert!(tree::verify_consistency(m, n, flip(root_m, byte), root_n, &proof).is_err());
        prop_assert!(tree::verify_consistency(m, n, root_m, flip(root_n, byte), &proof).is_err());
        for j in 0..proof.len() {
            let mut bad = proof.clone();
            bad[j] = flip(bad[j], byte);
            prop_assert!(tree::verify_consistency(m, n, root_m, root_n, &bad).is_err());
        }
    }

    #[test]
    fn verifiers_never_panic_on_arbitrary_proofs(
        index in 0u64..300, size in 0u64..300, size2 in 0u64..300,
        proof in prop::collection::vec(any::<[u8; 32]>(), 0..12),
        a in any::<[u8; 32]>(), b in any::<[u8; 32]>(),
    ) {
        let proof: Vec<Hash> = proof.into_iter().map(Hash).collect();
        let _ = tree::verify_inclusion(Hash(a), index, size, Hash(b), &proof);
        let _ = tree::verify_consistency(size, size2, Hash(a), Hash(b), &proof);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn checkpoint_and_bundle_decoders_never_panic(text in ".{0,300}", key in ".{0,80}") {
        let _ = jirga_ledger::checkpoint::verify_checkpoint(&text, &key);
        let _ = jirga_ledger::checkpoint::LedgerKey::from_secret(&text);
        let _ = tree::decode_b64_list(&text);
        if let Ok(bundle) = serde_json::from_str::<jirga_ledger::bundle::Bundle>(&text) {
            let _ = bundle.verify();
        }
    }

    #[test]
    fn bundles_with_arbitrary_entries_never_panic(
        entries in prop::collection::vec("[A-Za-z0-9+/=]{0,24}", 0..6),
        sizes in prop::collection::vec(0u64..10, 0..4),
    ) {
        let (key, _) = jirga_ledger::checkpoint::LedgerKey::generate("fuzz.local/log");
        let checkpoints = sizes.iter().map(|s| key.sign(*s, Hash([0; 32]))).collect();
        let bundle = jirga_ledger::bundle::Bundle {
            format: jirga_ledger::bundle::FORMAT.into(), origin: "fuzz.local/log".into(),
            public_key: key.public_key().into(), entries, checkpoints,
        };
        let _ = bundle.verify();
    }
}
