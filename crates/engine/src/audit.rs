//! `jirga ledger verify`: recompute the tree from the stored events and hold it
//! against the stored leaf hashes and every signed checkpoint. Names the first bad
//! index and what happened there (modified, deleted, inserted, reordered).

use std::collections::HashMap;

use jirga_ledger::Hash;
use jirga_ledger::checkpoint::verify_checkpoint;
use jirga_ledger::tree::{Frontier, leaf_hash};
use jirga_store::EventReader;

/// What was done to the log at the first bad index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaultKind {
    /// The event at this index has other bytes than the ledger recorded.
    Modified,
    /// The event the ledger recorded at this index is gone.
    Deleted,
    /// An event the ledger never recorded sits at this index.
    Inserted,
    /// An event the ledger recorded elsewhere sits at this index.
    Reordered,
    /// The events match the stored leaves, but not the signed checkpoint.
    CheckpointMismatch,
    /// A checkpoint's signature does not verify.
    BadSignature,
    /// A stored tree hash was changed: the events give the signed root, the
    /// stored hash at this index does not match them.
    StoredHashChanged,
}

impl FaultKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FaultKind::Modified => "modified",
            FaultKind::Deleted => "deleted",
            FaultKind::Inserted => "inserted",
            FaultKind::Reordered => "reordered",
            FaultKind::CheckpointMismatch => "checkpoint mismatch",
            FaultKind::BadSignature => "bad checkpoint signature",
            FaultKind::StoredHashChanged => "stored hash changed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("first bad index {index}: {} ({detail})", kind.as_str())]
pub struct Fault {
    pub index: u64,
    pub kind: FaultKind,
    pub detail: String,
}

/// A clean result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    pub events: u64,
    pub checkpoints: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error(transparent)]
    Fault(#[from] Fault),
    #[error("cannot read the store: {0}")]
    Store(#[from] jirga_store::StoreError),
}

const PAGE: usize = 20_000;

/// Verify the store against its ledger and checkpoints. `progress(done, total)` is
/// called as events are read.
pub fn verify_store(
    store: &mut dyn EventReader,
    public_key: &str,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<VerifyReport, VerifyError> {
    // The leaves the ledger recorded (level-0 stored hashes, in order).
    let mut recorded: Vec<Hash> = Vec::new();
    store.scan_ledger_hashes(0, &mut |index, hash| {
        let (level, _) = jirga_ledger::tree::split(index);
        if level == 0 {
            recorded.push(Hash(*hash));
        }
    })?;
    let total = store.head()?.map_or(0, |h| h + 1).max(recorded.len() as u64);

    // Every event row: its position in the table and the hash of its bytes.
    let mut rows: Vec<(u64, Hash)> = Vec::with_capacity(recorded.len());
    store.scan_events(0, &mut |seq, bytes| {
        rows.push((seq, leaf_hash(bytes)));
        if (rows.len() as u64).is_multiple_of(PAGE as u64) {
            progress(rows.len() as u64, total);
        }
    })?;
    progress(rows.len() as u64, total);

    if let Some(fault) = first_row_fault(&rows, &recorded) {
        // An event whose bytes match no recorded leaf: either the event or the
        // stored leaf was changed. The signed root tells which.
        if fault.kind == FaultKind::Modified && rows.len() == recorded.len() && events_give_the_signed_root(store, public_key, &rows)? {
            return Err(Fault {
                index: fault.index,
                kind: FaultKind::StoredHashChanged,
                detail: "the events give the signed root; the stored leaf hash differs from its event".into(),
            }
            .into());
        }
        return Err(fault.into());
    }

    // The events match the recorded leaves; now the signed checkpoints.
    let mut frontier = Frontier::default();
    let mut last_good = 0;
    let mut checked = 0;
    let mut next_size = 0;
    loop {
        let checkpoints = store.checkpoints(next_size, PAGE)?;
        let Some(last) = checkpoints.last() else { break };
        next_size = last.size + 1;
        for cp in checkpoints {
            let verified = verify_checkpoint(&cp.note, public_key).map_err(|e| Fault {
                index: cp.size.saturating_sub(1),
                kind: FaultKind::BadSignature,
                detail: format!("checkpoint of size {}: {e}", cp.size),
            })?;
            if verified.size != cp.size || cp.size > rows.len() as u64 {
                return Err(Fault {
                    index: cp.size.min(rows.len() as u64),
                    kind: FaultKind::Deleted,
                    detail: format!("a checkpoint covers {} entries, the log has {}", cp.size, rows.len()),
                }
                .into());
            }
            while frontier.size() < cp.size {
                frontier.append(rows[frontier.size() as usize].1);
            }
            let root = if cp.size == 0 { jirga_ledger::tree::EMPTY_ROOT } else { frontier.root() };
            if root != verified.root {
                return Err(Fault {
                    index: last_good,
                    kind: FaultKind::CheckpointMismatch,
                    detail: format!("entries {last_good}..{} do not give the root signed at size {}", cp.size, cp.size),
                }
                .into());
            }
            last_good = cp.size;
            checked += 1;
        }
    }
    if last_good != rows.len() as u64 {
        return Err(Fault { index: last_good, kind: FaultKind::Inserted, detail: "events after the last signed checkpoint".into() }.into());
    }
    if let Some(fault) = first_interior_fault(store, &rows)? {
        return Err(fault.into());
    }
    Ok(VerifyReport { events: rows.len() as u64, checkpoints: checked })
}

/// The first stored tree hash above the leaves that differs from the one the
/// events give. Proofs are served from these hashes, so a changed interior
/// hash would hand auditors a proof that fails while the leaves and the
/// signed roots are intact: `verify` must name it, as the start does.
fn first_interior_fault(store: &mut dyn EventReader, rows: &[(u64, Hash)]) -> Result<Option<Fault>, VerifyError> {
    let mut frontier = Frontier::default();
    let mut expected: Vec<Hash> = Vec::with_capacity(rows.len() * 2);
    for (_, hash) in rows {
        expected.extend(frontier.append(*hash));
    }
    let mut fault = None;
    let mut stored = 0u64;
    store.scan_ledger_hashes(0, &mut |index, hash| {
        stored += 1;
        if fault.is_some() || expected.get(index as usize).is_some_and(|want| want.0 == *hash) {
            return;
        }
        let (level, n) = jirga_ledger::tree::split(index);
        fault = Some(Fault {
            index: n << level,
            kind: FaultKind::StoredHashChanged,
            detail: format!("stored tree hash {index} (level {level}) differs from the one the events give"),
        });
    })?;
    if fault.is_none() && stored != expected.len() as u64 {
        let index = rows.len() as u64;
        let detail = format!("{stored} stored tree hashes, the events call for {}", expected.len());
        fault = Some(Fault { index, kind: FaultKind::StoredHashChanged, detail });
    }
    Ok(fault)
}

/// Do the events, as they are, give the root of the latest checkpoint (whose
/// signature verifies)?
fn events_give_the_signed_root(store: &mut dyn EventReader, public_key: &str, rows: &[(u64, Hash)]) -> Result<bool, VerifyError> {
    let Some(latest) = store.latest_checkpoint()? else { return Ok(false) };
    let Ok(signed) = verify_checkpoint(&latest.note, public_key) else { return Ok(false) };
    if signed.size != rows.len() as u64 || signed.size == 0 {
        return Ok(false);
    }
    let mut frontier = Frontier::default();
    for (_, hash) in rows {
        frontier.append(*hash);
    }
    Ok(frontier.root() == signed.root)
}

/// The first index where the event rows disagree with the recorded leaves.
fn first_row_fault(rows: &[(u64, Hash)], recorded: &[Hash]) -> Option<Fault> {
    let mut elsewhere: Option<HashMap<[u8; 32], u64>> = None;
    let n = rows.len().max(recorded.len());
    for i in 0..n {
        let index = i as u64;
        let fault = |kind, detail: String| Some(Fault { index, kind, detail });
        let Some(&(seq, hash)) = rows.get(i) else {
            return fault(FaultKind::Deleted, format!("the ledger records {} events, the log holds {}", recorded.len(), rows.len()));
        };
        let Some(&want) = recorded.get(i) else {
            return fault(FaultKind::Inserted, format!("the log holds {} events, the ledger records {}", rows.len(), recorded.len()));
        };
        if seq != index {
            return fault(FaultKind::Deleted, format!("no event row at position {index} (next row is {seq})"));
        }
        if hash == want {
            continue;
        }
        // Two neighbours changed places.
        if rows.get(i + 1).is_some_and(|r| r.1 == want) && recorded.get(i + 1) == Some(&hash) {
            return fault(FaultKind::Reordered, format!("this event was recorded at index {}, and the next one here", i + 1));
        }
        if rows.get(i + 1).is_some_and(|r| r.1 == want) {
            return fault(FaultKind::Inserted, "the recorded event follows an unrecorded one".into());
        }
        if recorded.get(i + 1) == Some(&hash) {
            return fault(FaultKind::Deleted, "the recorded event is missing; later events moved up".into());
        }
        let map = elsewhere.get_or_insert_with(|| recorded.iter().enumerate().map(|(j, h)| (h.0, j as u64)).collect());
        if let Some(j) = map.get(&hash.0) {
            return fault(FaultKind::Reordered, format!("this event was recorded at index {j}"));
        }
        return fault(FaultKind::Modified, "its bytes differ from the recorded leaf".into());
    }
    None
}
