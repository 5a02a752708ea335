//! The conformance suite: every backend runs these against a fresh store
//! (`jirga_store::conformance::run_all(|| make_fresh_store())`).

use crate::{EventStore, ReadTables, RecordRow, StoreError, StoredEvent};

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
}

fn empty_store_has_no_head(mut s: impl EventStore) {
    assert_eq!(s.head().unwrap(), None);
    assert_eq!(s.read_tables().unwrap(), ReadTables::default());
    assert!(s.events(0, 10).unwrap().is_empty());
}

fn appends_continue_the_log(mut s: impl EventStore) {
    s.commit(&[ev(0), ev(1)], &[], 1).unwrap();
    s.commit(&[ev(2)], &[], 2).unwrap();
    assert_eq!(s.head().unwrap(), Some(2));
    assert_eq!(s.events(0, 10).unwrap(), vec![ev(0), ev(1), ev(2)]);
}

fn gaps_and_rewrites_are_refused_and_write_nothing(mut s: impl EventStore) {
    s.commit(&[ev(0)], &[row("par-1", "{}")], 0).unwrap();
    let gap = s.commit(&[ev(2)], &[row("par-2", "{}")], 2);
    assert!(matches!(gap, Err(StoreError::OutOfSequence { expected: 1, got: 2 })), "{gap:?}");
    let rewrite = s.commit(&[ev(0)], &[], 0);
    assert!(rewrite.is_err());
    // A batch whose second event breaks the sequence leaves no trace of its first.
    let torn = s.commit(&[ev(1), ev(3)], &[row("par-3", "{}")], 3);
    assert!(torn.is_err());
    assert_eq!(s.head().unwrap(), Some(0));
    let tables = s.read_tables().unwrap();
    assert_eq!(tables.rows, vec![row("par-1", "{}")]);
    assert_eq!(tables.last_seq, Some(0));
}

fn read_rows_follow_their_events(mut s: impl EventStore) {
    s.commit(&[ev(0)], &[row("par-1", "{\"v\":1}")], 0).unwrap();
    s.commit(&[ev(1)], &[row("par-1", "{\"v\":2}"), row("par-2", "{}")], 1).unwrap();
    let tables = s.read_tables().unwrap();
    assert_eq!(tables.last_seq, Some(1));
    assert_eq!(tables.rows, vec![row("par-1", "{\"v\":2}"), row("par-2", "{}")]);
}

fn read_tables_can_be_replaced(mut s: impl EventStore) {
    s.commit(&[ev(0)], &[row("par-1", "{\"stale\":true}")], 0).unwrap();
    let fresh = ReadTables { last_seq: Some(0), rows: vec![row("par-1", "{}"), row("par-2", "{}")] };
    s.replace_read_tables(&fresh).unwrap();
    assert_eq!(s.read_tables().unwrap(), fresh);
    assert_eq!(s.events(0, 10).unwrap(), vec![ev(0)], "events untouched by a rebuild");
}

fn events_page_in_order(mut s: impl EventStore) {
    let batch: Vec<_> = (0..25).map(ev).collect();
    s.commit(&batch, &[], 24).unwrap();
    assert_eq!(s.events(10, 5).unwrap(), (10..15).map(ev).collect::<Vec<_>>());
    assert_eq!(s.events(24, 5).unwrap(), vec![ev(24)]);
    assert!(s.events(25, 5).unwrap().is_empty());
}
