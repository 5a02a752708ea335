//! Folding the event log into state, and rebuilding the read tables from it.

use jirga_core::{EventRecord, State};
use jirga_ledger::Hash;
use jirga_ledger::checkpoint::verify_checkpoint;
use jirga_ledger::tree::{EMPTY_ROOT, Frontier, leaf_hash};
use jirga_store::{EventReader, EventStore, ReadTables, RecordRow};

use crate::StartError;

/// How often a replay reports progress, in events.
const PAGE: u64 = 10_000;

/// Fold every stored event into a fresh state, calling `progress` every
/// [`PAGE`] events (and at the end) with the number folded so far.
pub fn replay_events(store: &mut dyn EventReader, mut progress: impl FnMut(u64)) -> Result<State, StartError> {
    let state = fold(store, &mut |seq, _| {
        if (seq + 1).is_multiple_of(PAGE) {
            progress(seq + 1);
        }
    })?;
    progress(state.next_seq());
    Ok(state)
}

/// Every stored event decoded, checked to continue the log, and applied to a
/// fresh state; `each` sees every event's position and bytes once applied.
fn fold(store: &mut dyn EventReader, each: &mut dyn FnMut(u64, &[u8])) -> Result<State, StartError> {
    let mut state = State::default();
    let mut failed = None;
    store.scan_events(0, &mut |seq, bytes| {
        if failed.is_some() {
            return;
        }
        match EventRecord::decode(bytes) {
            Ok(record) if record.seq == seq && seq == state.next_seq() => {
                state.apply(&record);
                each(seq, bytes);
            }
            Ok(_) => failed = Some(format!("event {seq} is out of order")),
            Err(e) => failed = Some(format!("event {seq}: {e}")),
        }
    })?;
    failed.map_or(Ok(state), |problem| Err(StartError::Corrupt(problem)))
}

fn tables_of(state: &State) -> ReadTables {
    let rows = state
        .all_record_ids()
        .into_iter()
        .filter_map(|id| state.record_json(&id).map(|(kind, body)| RecordRow { id, kind: kind.to_owned(), body: body.to_string() }))
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

/// The state the server enforces rules on at start, derived from the events
/// themselves (never from the read tables, which no ledger covers), and, with
/// the ledger on, the events held against it: every stored tree hash recomputed
/// from the events' bytes, the latest checkpoint's signature checked and its
/// root compared with the events' root. A store that does not verify is
/// refused ([`StartError::Unverified`], naming what was done where). Read
/// tables that differ from the events are reported loudly and, when `repair`,
/// rewritten from them by the writer before its first command
/// ([`check_read_tables`]: reads are served meanwhile). Returns the state and
/// the tree's frontier, recomputed.
pub(crate) fn load_verified(store: &mut dyn EventReader, public_key: Option<&str>) -> Result<(State, Frontier), StartError> {
    let started = std::time::Instant::now();
    let mut frontier = Frontier::default();
    // The stored hashes the events call for, in stored-index order.
    let mut expected: Vec<Hash> = Vec::new();
    let folded = fold(store, &mut |_, bytes| {
        if public_key.is_some() {
            expected.extend(frontier.append(leaf_hash(bytes)));
        }
    });
    let replayed = started.elapsed();
    let state = match (folded, public_key) {
        (Ok(state), None) => state,
        (Err(err), None) => return Err(err),
        (folded, Some(public_key)) => {
            let problem = match &folded {
                Err(StartError::Corrupt(problem)) => Some(problem.clone()),
                Err(_) => None,
                Ok(_) => ledger_problem(store, public_key, &frontier, &expected)?,
            };
            if let Some(problem) = problem {
                return Err(unverified(store, public_key, problem));
            }
            folded?
        }
    };
    tracing::info!(
        events = state.next_seq(),
        replayed_s = replayed.as_secs_f64(),
        ledger_checked_s = (started.elapsed() - replayed).as_secs_f64(),
        "the state was derived from the verified events"
    );
    Ok((state, frontier))
}

/// What is wrong between the events (as `frontier` and `expected` hold them)
/// and the stored ledger, if anything.
fn ledger_problem(
    store: &mut dyn EventReader,
    public_key: &str,
    frontier: &Frontier,
    expected: &[Hash],
) -> Result<Option<String>, StartError> {
    match store.latest_checkpoint()? {
        None if frontier.size() > 0 => return Ok(Some(format!("{} events but no signed checkpoint", frontier.size()))),
        None => {}
        Some(checkpoint) => match verify_checkpoint(&checkpoint.note, public_key) {
            Err(e) => return Ok(Some(format!("the latest checkpoint (size {}) does not verify: {e}", checkpoint.size))),
            Ok(signed) if signed.size != frontier.size() || signed.size != checkpoint.size => {
                return Ok(Some(format!("the latest checkpoint signs {} entries, the log holds {} events", signed.size, frontier.size())));
            }
            Ok(signed) => {
                let root = if signed.size == 0 { EMPTY_ROOT } else { frontier.root() };
                if root != signed.root {
                    return Ok(Some(format!("the events do not give the root signed at size {}", signed.size)));
                }
            }
        },
    }
    let mut stored = 0usize;
    let mut differs = None;
    store.scan_ledger_hashes(0, &mut |index, hash| {
        if differs.is_none() && expected.get(index as usize).is_none_or(|want| want.0 != *hash) {
            differs = Some(index);
        }
        stored += 1;
    })?;
    if let Some(index) = differs {
        return Ok(Some(format!("stored tree hash {index} differs from the one recomputed from the events")));
    }
    if stored != expected.len() {
        return Ok(Some(format!("{stored} stored tree hashes, the events call for {}", expected.len())));
    }
    Ok(None)
}

/// The refusal, naming the fault as `jirga ledger verify` classifies it.
fn unverified(store: &mut dyn EventReader, public_key: &str, problem: String) -> StartError {
    let named = match crate::audit::verify_store(store, public_key, &mut |_, _| {}) {
        Err(crate::audit::VerifyError::Fault(fault)) => fault.to_string(),
        _ => problem,
    };
    StartError::Unverified(named)
}

fn rows_by_id(rows: &[RecordRow]) -> std::collections::HashMap<&str, (&str, &str)> {
    rows.iter().map(|r| (r.id.as_str(), (r.kind.as_str(), r.body.as_str()))).collect()
}

/// Read tables are a projection for `rebuild` and outside readers; when they
/// differ from the events someone changed them (or a crash left them behind).
/// Nothing the server decides rests on them, so the writer checks them after
/// the start (5.6 s for a million records here, more than the replay), before
/// its first command.
pub(crate) fn check_read_tables(store: &mut dyn EventStore, state: &State) -> Result<(), StartError> {
    let started = std::time::Instant::now();
    repair_read_tables(store, state)?;
    tracing::info!(checked_s = started.elapsed().as_secs_f64(), "the read tables were checked against the events");
    Ok(())
}

/// Compare the stored read tables with those the events give, and rewrite
/// them from the events where they differ.
fn repair_read_tables(store: &mut dyn EventStore, state: &State) -> Result<(), StartError> {
    let derived = tables_of(state);
    let stored = store.read_tables()?;
    let (stored_rows, derived_rows) = (rows_by_id(&stored.rows), rows_by_id(&derived.rows));
    let mut differing: Vec<&str> = derived_rows
        .iter()
        .filter(|(id, row)| stored_rows.get(*id) != Some(row))
        .map(|(id, _)| *id)
        .chain(stored_rows.keys().filter(|id| !derived_rows.contains_key(*id)).copied())
        .collect();
    if stored.last_seq == derived.last_seq && differing.is_empty() {
        return Ok(());
    }
    differing.sort_unstable();
    differing.truncate(10);
    tracing::warn!(
        records = ?differing,
        stored_last_seq = ?stored.last_seq,
        events_last_seq = ?derived.last_seq,
        "THE READ TABLES DIFFER FROM THE EVENTS: the server uses the state derived from the verified events, and rewrites the read tables from them"
    );
    store.replace_read_tables(&derived)?;
    Ok(())
}
