//! The witness against the spec, path by path: each refusal with its status,
//! nothing stored by a refused request, evidence kept for an inconsistent but
//! validly signed one, and two concurrent submissions from one size.

use std::sync::Arc;

use jirga_ledger::checkpoint::LedgerKey;
use jirga_ledger::cosignature::{CosignatureVerifier, valid_cosignatures};
use jirga_ledger::tree::{Frontier, consistency_proof, leaf_hash};
use jirga_witness::{AddCheckpoint, Refusal, State, Witness};
use tlog_tiles::{Hash, HashReader};

const ORIGIN: &str = "jirga.test/record";
const NOW: u64 = 1_764_000_000;

/// A log: its key, its stored hashes and the root at every size.
struct Log {
    key: LedgerKey,
    secret: String,
    stored: Vec<Hash>,
    roots: Vec<Hash>,
}

impl HashReader for Log {
    fn read_hashes(&self, indexes: &[u64]) -> Result<Vec<Hash>, tlog_tiles::Error> {
        indexes.iter().map(|i| self.stored.get(*i as usize).copied().ok_or(tlog_tiles::Error::IndexesNotInTree)).collect()
    }
}

impl Log {
    fn new(leaves: usize, tag: u8) -> Log {
        let (_, secret) = LedgerKey::generate(ORIGIN);
        Log::signed_with(&secret, leaves, tag)
    }

    /// A tree of `leaves` leaves tagged `tag`, its checkpoints signed with the key `secret`.
    fn signed_with(secret: &str, leaves: usize, tag: u8) -> Log {
        let key = LedgerKey::from_secret(secret).unwrap();
        let mut log = Log { key, secret: secret.to_owned(), stored: vec![], roots: vec![Hash([0; 32])] };
        let mut frontier = Frontier::default();
        for i in 0..leaves {
            log.stored.extend(frontier.append(leaf_hash(&[tag, i as u8])));
            log.roots.push(frontier.root());
        }
        log
    }

    fn checkpoint(&self, size: u64) -> String {
        self.key.sign(size, self.roots[size as usize])
    }

    /// The request from `old` to `size`, with its consistency proof.
    fn request(&self, old: u64, size: u64) -> Vec<u8> {
        let proof = if old == 0 || old == size { vec![] } else { consistency_proof(old, size, self).unwrap() };
        AddCheckpoint { old, proof, checkpoint: self.checkpoint(size).into_bytes() }.to_body()
    }
}

fn witness(log: &Log) -> (tempfile::TempDir, Witness, CosignatureVerifier) {
    let dir = tempfile::tempdir().unwrap();
    let (state, vkey) = State::init(&dir.path().join("w"), "witness.test/w1").unwrap();
    state.add_log(ORIGIN, log.key.public_key(), NOW).unwrap();
    (dir, Witness::new(state), CosignatureVerifier::from_vkey(&vkey).unwrap())
}

fn stored_size(w: &Witness) -> u64 {
    w.latest().unwrap().first().map_or(0, |(_, s)| s.size)
}

#[test]
fn a_consistent_checkpoint_is_cosigned_and_the_cosignature_verifies() {
    let log = Log::new(10, 1);
    let (_dir, w, verifier) = witness(&log);
    let line = w.add_checkpoint(&log.request(0, 4), NOW).unwrap();
    assert!(line.starts_with("\u{2014} witness.test/w1 ") && line.ends_with('\n'), "{line}");
    let cosigned = format!("{}{line}", log.checkpoint(4));
    assert_eq!(valid_cosignatures(&cosigned, std::slice::from_ref(&verifier)).len(), 1);
    // Then from 4 to 10 with the proof; the same size again is cosigned afresh.
    w.add_checkpoint(&log.request(4, 10), NOW + 1).unwrap();
    w.add_checkpoint(&log.request(10, 10), NOW + 2).unwrap();
    assert_eq!(stored_size(&w), 10);
    // Monitors read the latest cosigned checkpoint, with the log's signature and the cosignature.
    let (origin, latest) = w.latest().unwrap().remove(0);
    assert_eq!(origin, ORIGIN);
    assert!(jirga_ledger::checkpoint::verify_checkpoint(&latest.note, log.key.public_key()).is_ok());
    assert_eq!(valid_cosignatures(&latest.note, &[verifier])[0].timestamp, NOW + 2);
}

#[test]
fn every_refusal_has_the_specs_status_and_stores_nothing() {
    let log = Log::new(10, 1);
    let (_dir, w, _) = witness(&log);
    w.add_checkpoint(&log.request(0, 4), NOW).unwrap();
    let status = |body: Vec<u8>| w.add_checkpoint(&body, NOW).unwrap_err().status();
    // 400: a malformed body; old larger than the checkpoint.
    assert_eq!(status(b"old 4\n".to_vec()), 400);
    assert_eq!(status(b"old 4\n\nnot a note".to_vec()), 400);
    assert_eq!(status(AddCheckpoint { old: 11, proof: vec![], checkpoint: log.checkpoint(10).into_bytes() }.to_body()), 400);
    // 404: a log the witness does not know.
    let (stranger, _) = LedgerKey::generate("someone.else/log");
    let unknown = AddCheckpoint { old: 0, proof: vec![], checkpoint: stranger.sign(1, Hash([1; 32])).into_bytes() };
    assert_eq!(status(unknown.to_body()), 404);
    // 403: the right origin signed by another key (a forged checkpoint).
    let (forger, _) = LedgerKey::generate(ORIGIN);
    let forged = AddCheckpoint { old: 4, proof: vec![], checkpoint: forger.sign(10, log.roots[10]).into_bytes() };
    assert_eq!(status(forged.to_body()), 403);
    // 409: old is not what the witness holds, with the stored size in the body.
    assert_eq!(w.add_checkpoint(&log.request(0, 10), NOW).unwrap_err(), Refusal::Conflict { stored: 4 });
    assert_eq!(status(log.request(3, 10)), 409);
    // 422: a proof that does not verify.
    let mut bad = AddCheckpoint::parse(&log.request(4, 10)).unwrap();
    bad.proof[0] = Hash([9; 32]);
    assert_eq!(status(bad.to_body()), 422);
    assert_eq!(stored_size(&w), 4, "no refusal moved the stored size");
    assert_eq!(w.state().evidence_count().unwrap(), 1, "only the inconsistent, validly signed request is evidence");
}

#[test]
fn a_fresh_log_takes_no_proof_from_zero() {
    let log = Log::new(10, 1);
    let (_dir, w, _) = witness(&log);
    let mut with_proof = AddCheckpoint::parse(&log.request(0, 4)).unwrap();
    with_proof.proof = vec![Hash([1; 32])];
    assert_eq!(w.add_checkpoint(&with_proof.to_body(), NOW).unwrap_err(), Refusal::Inconsistent);
    assert_eq!(stored_size(&w), 0);
}

#[test]
fn a_split_view_is_refused_and_kept_as_evidence() {
    // The same log key signs two different trees: the witness cosigns the
    // first and refuses the other, at the same size or later.
    let honest = Log::new(10, 1);
    let (_dir, w, _) = witness(&honest);
    w.add_checkpoint(&honest.request(0, 6), NOW).unwrap();
    let other = Log::signed_with(&honest.secret, 10, 2);
    let same_size = AddCheckpoint { old: 6, proof: vec![], checkpoint: other.checkpoint(6).into_bytes() };
    assert_eq!(w.add_checkpoint(&same_size.to_body(), NOW).unwrap_err(), Refusal::Conflict { stored: 6 });
    let later = AddCheckpoint { old: 6, proof: consistency_proof(6, 10, &other).unwrap(), checkpoint: other.checkpoint(10).into_bytes() };
    assert_eq!(w.add_checkpoint(&later.to_body(), NOW).unwrap_err(), Refusal::Inconsistent);
    assert_eq!(w.state().evidence_count().unwrap(), 2, "both signed requests are kept");
    assert_eq!(stored_size(&w), 6);
}

#[test]
fn two_concurrent_submissions_from_one_size_cosign_one() {
    let log = Arc::new(Log::new(20, 1));
    let (_dir, w, _) = witness(&log);
    w.add_checkpoint(&log.request(0, 5), NOW).unwrap();
    let w = Arc::new(w);
    let threads: Vec<_> = [12u64, 20]
        .into_iter()
        .map(|size| {
            let (w, log) = (Arc::clone(&w), Arc::clone(&log));
            std::thread::spawn(move || w.add_checkpoint(&log.request(5, size), NOW).map(|_| size))
        })
        .collect();
    let answers: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    let won: Vec<u64> = answers.iter().filter_map(|a| a.as_ref().ok().copied()).collect();
    assert_eq!(won.len(), 1, "{answers:?}");
    assert!(answers.iter().any(|a| matches!(a, Err(Refusal::Conflict { stored }) if *stored == won[0])), "{answers:?}");
    assert_eq!(stored_size(&w), won[0], "never rolled back");
}

#[test]
fn the_state_survives_a_restart_and_logs_are_never_removed() {
    let log = Log::new(10, 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w");
    let (state, vkey) = State::init(&path, "witness.test/w1").unwrap();
    assert!(State::init(&path, "witness.test/w1").is_err(), "init twice is refused");
    state.add_log(ORIGIN, log.key.public_key(), NOW).unwrap();
    assert!(state.add_log("another/origin", log.key.public_key(), NOW).is_err(), "a key names its origin");
    Witness::new(state).add_checkpoint(&log.request(0, 7), NOW).unwrap();
    let reopened = Witness::new(State::open(&path).unwrap());
    assert_eq!(stored_size(&reopened), 7);
    assert_eq!(reopened.signer(0).unwrap().vkey(), vkey);
    assert_eq!(reopened.add_checkpoint(&log.request(0, 8), NOW).unwrap_err(), Refusal::Conflict { stored: 7 });
}
