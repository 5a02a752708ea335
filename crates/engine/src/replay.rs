//! Folding the event log into state, and rebuilding the read tables from it.

use jirga_core::{EventRecord, State};
use jirga_store::{EventStore, ReadTables, RecordRow};

use crate::StartError;

const PAGE: usize = 10_000;

/// Fold every stored event into a fresh state, calling `progress` after each page
/// with the number of events folded so far.
pub fn replay_events(store: &mut dyn EventStore, mut progress: impl FnMut(u64)) -> Result<State, StartError> {
    let mut state = State::default();
    let mut from = 0;
    loop {
        let page = store.events(from, PAGE)?;
        let Some(last) = page.last() else { break };
        from = last.seq + 1;
        for stored in &page {
            let record = EventRecord::decode(&stored.bytes)
                .map_err(|e| StartError::Corrupt(format!("event {}: {e}", stored.seq)))?;
            if record.seq != stored.seq || record.seq != state.next_seq() {
                return Err(StartError::Corrupt(format!("event {} is out of order", stored.seq)));
            }
            state.apply(&record);
        }
        progress(from);
    }
    Ok(state)
}

fn tables_of(state: &State) -> ReadTables {
    let rows = state
        .all_record_ids()
        .into_iter()
        .filter_map(|id| {
            state.record_json(&id).map(|(kind, body)| RecordRow { id, kind: kind.to_owned(), body: body.to_string() })
        })
        .collect();
    ReadTables { last_seq: state.last_seq, rows }
}

/// What a rebuild did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RebuildReport {
    pub events: u64,
    pub records: usize,
}

/// Replace the read tables with a projection of the event log.
pub fn rebuild(store: &mut dyn EventStore, progress: impl FnMut(u64)) -> Result<RebuildReport, StartError> {
    let state = replay_events(store, progress)?;
    let tables = tables_of(&state);
    store.replace_read_tables(&tables)?;
    Ok(RebuildReport { events: state.next_seq(), records: tables.rows.len() })
}

/// The state at start-up: from the read tables when they reflect the whole log,
/// otherwise (first start after an upgrade, or a crash between versions) by
/// replaying the events and rewriting the tables.
pub(crate) fn load_state(store: &mut dyn EventStore) -> Result<State, StartError> {
    let head = store.head()?;
    let tables = store.read_tables()?;
    if tables.last_seq == head {
        let mut state = State::default();
        for row in tables.rows {
            let body = serde_json::from_str(&row.body).map_err(|e| StartError::Corrupt(format!("record {}: {e}", row.id)))?;
            state
                .restore_record(&row.kind, body)
                .map_err(|e| StartError::Corrupt(format!("record {}: {e}", row.id)))?;
        }
        state.last_seq = head;
        load_register(store, &mut state)?;
        return Ok(state);
    }
    tracing::warn!(?head, tables = ?tables.last_seq, "read tables behind the event log; rebuilding");
    let state = replay_events(store, |_| {})?;
    store.replace_read_tables(&tables_of(&state))?;
    Ok(state)
}

/// Rebuild the incident register, which has no read rows, from its events.
fn load_register(store: &mut dyn EventStore, state: &mut State) -> Result<(), StartError> {
    let mut failed = None;
    store.scan_events(0, &mut |seq, bytes| {
        if failed.is_some() || !State::changes_register(bytes) {
            return;
        }
        match EventRecord::decode(bytes) {
            Ok(record) => state.apply_to_register(&record),
            Err(e) => failed = Some(StartError::Corrupt(format!("event {seq}: {e}"))),
        }
    })?;
    failed.map_or(Ok(()), Err)
}
