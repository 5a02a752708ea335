//! The conformance suite: every backend runs these against a fresh store
//! (`jirga_store::conformance::run_all(|| make_fresh_store())`).

use crate::{EventStore, LedgerAppend, PersonalOp, ReadTables, RecordRow, StoreError, StoredCheckpoint, StoredEvent};

fn ev(seq: u64) -> StoredEvent {
    StoredEvent { seq, bytes: format!("{{\"seq\":{seq}}}").into_bytes() }
}

fn row(id: &str, body: &str) -> RecordRow {
    RecordRow { id: id.into(), kind: "party".into(), body: body.into() }
}

/// Runs every conformance check, each on a fresh store from `fresh`.
pub fn run_all<S: EventStore>(fresh: impl Fn() -> S) {
    empty_store_has_no_head(fresh());
    appends_continue_the_log(fresh());
    gaps_and_rewrites_are_refused_and_write_nothing(fresh());
    read_rows_follow_their_events(fresh());
    read_tables_can_be_replaced(fresh());
    events_page_in_order(fresh());
    ledger_hashes_and_checkpoints_commit_with_events(fresh());
    large_ledger_commits_read_back(fresh());
    personal_rows_commit_with_events_and_erase(fresh());
}

fn personal_rows_commit_with_events_and_erase(mut s: impl EventStore) {
    let put = |key: &str, body: &str| PersonalOp::Put { key: key.into(), body: body.into() };
    s.commit_with_personal(&[ev(0)], &[], &[put("JP-A", "{\"name\":\"A\"}"), put("JP-B", "{}")], 0, None).unwrap();
    assert_eq!(s.personal("JP-A").unwrap().as_deref(), Some("{\"name\":\"A\"}"));
    // A refused commit writes no personal row either.
    assert!(s.commit_with_personal(&[ev(5)], &[], &[put("JP-C", "{}")], 5, None).is_err());
    assert_eq!(s.personal("JP-C").unwrap(), None);
    s.commit_with_personal(&[ev(1)], &[], &[PersonalOp::Erase { key: "JP-A".into() }], 1, None).unwrap();
    assert_eq!(s.personal("JP-A").unwrap(), None);
    assert_eq!(s.personal_all().unwrap(), vec![("JP-B".to_owned(), "{}".to_owned())]);
    // The log is untouched by erasure.
    assert_eq!(s.events(0, 10).unwrap(), vec![ev(0), ev(1)]);
}

fn empty_store_has_no_head(mut s: impl EventStore) {
    assert_eq!(s.head().unwrap(), None);
    assert_eq!(s.read_tables().unwrap(), ReadTables::default());
    assert!(s.events(0, 10).unwrap().is_empty());
}

fn appends_continue_the_log(mut s: impl EventStore) {
    s.commit(&[ev(0), ev(1)], &[], 1, None).unwrap();
    s.commit(&[ev(2)], &[], 2, None).unwrap();
    assert_eq!(s.head().unwrap(), Some(2));
    assert_eq!(s.events(0, 10).unwrap(), vec![ev(0), ev(1), ev(2)]);
}

fn gaps_and_rewrites_are_refused_and_write_nothing(mut s: impl EventStore) {
    s.commit(&[ev(0)], &[row("par-1", "{}")], 0, None).unwrap();
    let gap = s.commit(&[ev(2)], &[row("par-2", "{}")], 2, None);
    assert!(matches!(gap, Err(StoreError::OutOfSequence { expected: 1, got: 2 })), "{gap:?}");
    let rewrite = s.commit(&[ev(0)], &[], 0, None);
    assert!(rewrite.is_err());
    // A batch whose second event breaks the sequence leaves no trace of its first.
    let torn = s.commit(&[ev(1), ev(3)], &[row("par-3", "{}")], 3, None);
    assert!(torn.is_err());
    assert_eq!(s.head().unwrap(), Some(0));
    let tables = s.read_tables().unwrap();
    assert_eq!(tables.rows, vec![row("par-1", "{}")]);
    assert_eq!(tables.last_seq, Some(0));
}

fn read_rows_follow_their_events(mut s: impl EventStore) {
    s.commit(&[ev(0)], &[row("par-1", "{\"v\":1}")], 0, None).unwrap();
    s.commit(&[ev(1)], &[row("par-1", "{\"v\":2}"), row("par-2", "{}")], 1, None).unwrap();
    let tables = s.read_tables().unwrap();
    assert_eq!(tables.last_seq, Some(1));
    assert_eq!(tables.rows, vec![row("par-1", "{\"v\":2}"), row("par-2", "{}")]);
}

fn read_tables_can_be_replaced(mut s: impl EventStore) {
    s.commit(&[ev(0)], &[row("par-1", "{\"stale\":true}")], 0, None).unwrap();
    let fresh = ReadTables { last_seq: Some(0), rows: vec![row("par-1", "{}"), row("par-2", "{}")] };
    s.replace_read_tables(&fresh).unwrap();
    assert_eq!(s.read_tables().unwrap(), fresh);
    assert_eq!(s.events(0, 10).unwrap(), vec![ev(0)], "events untouched by a rebuild");
}

fn events_page_in_order(mut s: impl EventStore) {
    let batch: Vec<_> = (0..25).map(ev).collect();
    s.commit(&batch, &[], 24, None).unwrap();
    assert_eq!(s.events(10, 5).unwrap(), (10..15).map(ev).collect::<Vec<_>>());
    assert_eq!(s.events(24, 5).unwrap(), vec![ev(24)]);
    assert!(s.events(25, 5).unwrap().is_empty());
    let mut scanned = vec![];
    s.scan_events(20, &mut |seq, bytes| scanned.push(StoredEvent { seq, bytes: bytes.to_vec() })).unwrap();
    assert_eq!(scanned, (20..25).map(ev).collect::<Vec<_>>());
}

fn ledger_hashes_and_checkpoints_commit_with_events(mut s: impl EventStore) {
    let h = |b: u8| [b; 32];
    let first = LedgerAppend { first_index: 0, hashes: vec![h(1)], size: 1, checkpoint: "cp1".into() };
    s.commit(&[ev(0)], &[], 0, Some(&first)).unwrap();
    let second = LedgerAppend { first_index: 1, hashes: vec![h(2), h(3)], size: 2, checkpoint: "cp2".into() };
    // (Backends may split a commit's hashes into several rows; reads must not care.)
    s.commit(&[ev(1)], &[], 1, Some(&second)).unwrap();
    assert_eq!(s.ledger_hashes(&[2, 0, 1]).unwrap(), vec![h(3), h(1), h(2)]);
    assert!(s.ledger_hashes(&[3]).is_err(), "beyond the stored hashes");
    let mut seen = vec![];
    s.scan_ledger_hashes(1, &mut |i, x| seen.push((i, *x))).unwrap();
    assert_eq!(seen, vec![(1, h(2)), (2, h(3))]);
    assert_eq!(s.latest_checkpoint().unwrap(), Some(StoredCheckpoint { size: 2, note: "cp2".into() }));
    assert_eq!(s.checkpoints(0, 10).unwrap().len(), 2);
    // A failed commit leaves no hash and no checkpoint behind.
    let third = LedgerAppend { first_index: 3, hashes: vec![h(4)], size: 3, checkpoint: "cp3".into() };
    assert!(s.commit(&[ev(5)], &[], 5, Some(&third)).is_err());
    assert!(s.ledger_hashes(&[3]).is_err());
    assert_eq!(s.latest_checkpoint().unwrap().unwrap().size, 2);
    // Hashes must continue the stored ones.
    let gap = LedgerAppend { first_index: 7, hashes: vec![h(4)], size: 3, checkpoint: "cp3".into() };
    assert!(s.commit(&[ev(2)], &[], 2, Some(&gap)).is_err());
}

/// Hashes of a large commit read back one by one and by scan.
pub fn large_ledger_commits_read_back<S: EventStore>(mut s: S) {
    let hashes: Vec<[u8; 32]> = (0..1000u32)
        .map(|i| {
            let mut h = [0u8; 32];
            h[..4].copy_from_slice(&i.to_le_bytes());
            h
        })
        .collect();
    let append = LedgerAppend { first_index: 0, hashes: hashes.clone(), size: 500, checkpoint: "cp".into() };
    s.commit(&[], &[], 0, Some(&append)).unwrap();
    let picks = [0u64, 63, 64, 65, 511, 999];
    let got = s.ledger_hashes(&picks).unwrap();
    assert_eq!(got, picks.iter().map(|&i| hashes[i as usize]).collect::<Vec<_>>());
    let mut all = vec![];
    s.scan_ledger_hashes(0, &mut |_, h| all.push(*h)).unwrap();
    assert_eq!(all, hashes);
}
