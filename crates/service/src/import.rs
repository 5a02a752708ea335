//! An import's commands: the incidents of a file cut into chunks of
//! [`CHUNK_ROWS`], one `record_incidents` command each. Here and not in
//! `jirga-core`, which spawns nothing: writing the chunks' CSV runs on every core.

use std::sync::Arc;

use jirga_core::Command;
use jirga_core::incident::{CHUNK_ROWS, Incident, IncidentFormat, IncidentRows};
use jirga_core::text::Name;

/// The commands that record an import's incidents, chunk by chunk, in the
/// file's order (so an export gives the rows back in that order).
/// The commands of an ACLED file's import: each chunk carries the file's own
/// text for its rows (a range of `input`, shared, not copied) when they are
/// consecutive in it (no refused row between), else the rows written anew.
pub fn import_commands_from(source: &Name, import: jirga_incidents::acled::Import, input: &Arc<String>) -> Vec<Command> {
    let count = import.incidents.len();
    let texts: Vec<Option<std::ops::Range<usize>>> =
        (0..count).step_by(CHUNK_ROWS).map(|start| import.range_of(start..(start + CHUNK_ROWS).min(count))).collect();
    let incidents = Arc::new(import.incidents);
    texts
        .into_iter()
        .enumerate()
        .map(|(k, text)| {
            let rows = k * CHUNK_ROWS..((k + 1) * CHUNK_ROWS).min(count);
            let rows = text
                .and_then(|text| IncidentRows::with_text(&incidents, rows.clone(), input, text))
                .unwrap_or_else(|| IncidentRows::new(incidents[rows].to_vec()));
            Command::RecordIncidents { source: source.clone(), format: IncidentFormat::Acled, rows }
        })
        .collect()
}

/// The chunks' CSV text is written on every core (this is pure work on owned
/// data; the writer thread then only stores it).
pub fn import_commands(source: &Name, format: IncidentFormat, incidents: Vec<Incident>) -> Vec<Command> {
    let mut chunks: Vec<Vec<Incident>> = Vec::with_capacity(incidents.len().div_ceil(CHUNK_ROWS));
    let mut rest = incidents.into_iter().peekable();
    while rest.peek().is_some() {
        chunks.push(rest.by_ref().take(CHUNK_ROWS).collect());
    }
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(chunks.len().max(1));
    let per_thread = chunks.len().div_ceil(threads.max(1)).max(1);
    let mut groups: Vec<Vec<Vec<Incident>>> = Vec::new();
    while !chunks.is_empty() {
        let rest = chunks.split_off(per_thread.min(chunks.len()));
        groups.push(std::mem::replace(&mut chunks, rest));
    }
    let rows: Vec<IncidentRows> = std::thread::scope(|scope| {
        let handles: Vec<_> =
            groups.into_iter().map(|g| scope.spawn(move || g.into_iter().map(IncidentRows::new).collect::<Vec<_>>())).collect();
        handles.into_iter().flat_map(|h| h.join().expect("writing CSV does not panic")).collect()
    });
    rows.into_iter().map(|rows| Command::RecordIncidents { source: source.clone(), format, rows }).collect()
}
