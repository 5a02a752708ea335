//! ACLED's CSV export: its 31 columns, read with every value validated and
//! written back exactly as read.
//!
//! Values whose spelling varies between exports keep the spelling they came in:
//! `event_date` (`2024-12-31` or `31 December 2024`), `latitude`/`longitude`
//! (their decimals), `inter1`/`inter2`/`interaction` (numbers or text). Each is
//! parsed for use and validated, and the text is what is written, so a file read
//! and written again is the same file.

use std::io::{Read, Write};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::taxonomy;
use crate::{RowError, Text};

/// The columns of ACLED's export, in order.
pub const COLUMNS: [&str; 31] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

/// A value read from text: what it means, and how it was written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Spelled<T> {
    pub value: T,
    pub text: Text,
}

/// One incident, with ACLED's fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Incident {
    pub event_id_cnty: Text,
    pub event_date: Spelled<Date>,
    pub year: i16,
    /// 1 the day is known, 2 the week, 3 the month.
    pub time_precision: u8,
    pub disorder_type: Text,
    pub event_type: Text,
    pub sub_event_type: Text,
    pub actor1: Text,
    pub assoc_actor_1: Text,
    /// ACLED's actor-type code (0–8).
    pub inter1: Spelled<u8>,
    pub actor2: Text,
    pub assoc_actor_2: Text,
    pub inter2: Spelled<Option<u8>>,
    /// Numeric (`17`) or text (`Rebel groups-Civilians`), as the export has it.
    pub interaction: Text,
    pub civilian_targeting: Text,
    pub iso: u16,
    pub region: Text,
    pub country: Text,
    pub admin1: Text,
    pub admin2: Text,
    pub admin3: Text,
    pub location: Text,
    pub latitude: Spelled<f64>,
    pub longitude: Spelled<f64>,
    /// 1 the town itself, 2 near it or part of a region, 3 a larger region.
    pub geo_precision: u8,
    pub source: Text,
    pub source_scale: Text,
    pub notes: Text,
    pub fatalities: u32,
    pub tags: Text,
    /// Unix seconds of ACLED's last change to the row.
    pub timestamp: i64,
}

/// What an import read: the incidents, and (with `skip_invalid`) the rows refused.
#[derive(Debug, Default)]
pub struct Import {
    pub incidents: Vec<Incident>,
    /// Each refused row's error and its cells as they were.
    pub rejects: Vec<(RowError, Vec<String>)>,
    /// Where each incident's record is in the input: from its first byte to the
    /// next record's. Reading those bytes again gives the incident again.
    pub spans: Vec<std::ops::Range<usize>>,
}

impl Import {
    /// The input's text of incidents `rows` (consecutive in the input: no
    /// refused row between them), to carry in an event unchanged.
    pub fn text_of<'a>(&self, input: &'a [u8], rows: std::ops::Range<usize>) -> Option<&'a str> {
        std::str::from_utf8(input.get(self.range_of(rows)?)?).ok()
    }

    /// Where the text of incidents `rows` is in the input, when they are
    /// consecutive in it.
    pub fn range_of(&self, rows: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
        let spans = self.spans.get(rows)?;
        let (first, last) = (spans.first()?, spans.last()?);
        spans.windows(2).all(|w| w[0].end == w[1].start).then_some(first.start..last.end)
    }
}

fn date_of(text: &str) -> Option<Date> {
    let t = text.trim();
    t.parse::<Date>().ok().or_else(|| jiff::fmt::strtime::parse("%d %B %Y", t).ok()?.to_date().ok())
}

/// Read an ACLED CSV. Every row is validated; the first invalid one ends the
/// import with its line and column, unless `skip_invalid`, which sets it aside.
/// `progress` is called with the number of rows read, every 65,536 rows.
pub fn read(input: impl Read, skip_invalid: bool, progress: impl FnMut(u64)) -> Result<Import, RowError> {
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(input);
    let header = reader.headers().map_err(|e| RowError { line: 1, ..csv_error(&e) })?.clone();
    for (i, expected) in COLUMNS.iter().enumerate() {
        match header.get(i) {
            Some(found) if found.trim_start_matches('\u{feff}') == *expected => {}
            found => {
                let message = match found {
                    Some(found) => format!("column {} must be {expected}, found {found}", i + 1),
                    None => format!("column {} ({expected}) is missing", i + 1),
                };
                return Err(RowError { line: 1, column: (*expected).into(), message });
            }
        }
    }
    if header.len() > COLUMNS.len() {
        return Err(RowError { line: 1, column: header[COLUMNS.len()].to_owned(), message: "an unexpected extra column".into() });
    }
    read_records(reader, skip_invalid, 0, progress)
}

/// Read an ACLED file held in memory on `threads` cores: the rows are cut at
/// record boundaries (a newline outside quotes) into one part per thread, each
/// part read as [`read`] reads, the parts joined in order. The result, errors
/// and their line numbers included, is what [`read`] gives.
pub fn read_in_parallel(bytes: &[u8], skip_invalid: bool, threads: usize) -> Result<Import, RowError> {
    if let Some(line) = overlong_line(bytes) {
        let message = format!("the line is longer than {} KiB; no ACLED row is", MAX_LINE_BYTES >> 10);
        return Err(RowError { line, column: "-".into(), message });
    }
    let header_end = record_end(bytes, 0);
    // The header alone, checked as `read` checks it.
    read(&bytes[..header_end], false, |_| {})?;
    let body = &bytes[header_end..];
    let threads = threads.clamp(1, 16).min(body.len() / (1 << 20) + 1);
    let mut cuts = vec![0];
    for k in 1..threads {
        let at = record_end(body, (body.len() * k / threads).max(*cuts.last().expect("a cut")));
        cuts.push(at);
    }
    cuts.push(body.len());
    cuts.dedup();
    // Room for each part's rows made once, from the rows' length at the start
    // of the file (a little more: reserved and untouched memory costs
    // nothing), and the first part's room for all, since the others are
    // appended to it: a million incidents grown by doubling, then appended,
    // touched 2 GB of fresh memory for 600 MB of rows, and fresh memory is
    // what this machine is slowest at (about 1 GB/s).
    // No valid row is shorter than 64 bytes (31 cells, the required ones
    // filled), which bounds the reservation whatever the sample holds.
    let sample = &body[..body.len().min(1 << 16)];
    let row_length = (sample.len() / sample.iter().filter(|&&b| b == b'\n').count().max(1)).max(64);
    let rows_in = |bytes: usize| bytes / row_length * 11 / 10 + 16;
    let parts: Vec<Result<Import, RowError>> = std::thread::scope(|scope| {
        let handles: Vec<_> = cuts
            .windows(2)
            .enumerate()
            .map(|(k, w)| {
                let part = &body[w[0]..w[1]];
                let room = rows_in(if k == 0 { body.len() } else { part.len() });
                scope.spawn(move || {
                    let reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(part);
                    read_records(reader, skip_invalid, room, |_| {})
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("reading does not panic")).collect()
    });
    // A part counts its lines from 1: move them to the file's lines.
    let lines_before = |k: usize| -> u64 {
        let start = header_end + cuts[k];
        bytes[..start].iter().filter(|&&b| b == b'\n').count() as u64
    };
    // The first part's vectors become the whole's, room made once for the
    // others: a million incidents are 600 MB, not to be copied twice.
    let mut out = Import::default();
    let total = |f: fn(&Import) -> usize| parts.iter().map(|p| p.as_ref().map_or(0, f)).sum::<usize>();
    let (incidents, rejects, spans) = (total(|i| i.incidents.len()), total(|i| i.rejects.len()), total(|i| i.spans.len()));
    for (k, part) in parts.into_iter().enumerate() {
        match part {
            Ok(mut import) => {
                let base = header_end + cuts[k];
                for span in &mut import.spans {
                    *span = span.start + base..span.end + base;
                }
                if !import.rejects.is_empty() {
                    let offset = lines_before(k);
                    for (error, _) in &mut import.rejects {
                        error.line += offset;
                    }
                }
                if k == 0 {
                    out = import;
                    out.incidents.reserve(incidents - out.incidents.len());
                    out.rejects.reserve(rejects - out.rejects.len());
                    out.spans.reserve(spans - out.spans.len());
                } else {
                    out.incidents.append(&mut import.incidents);
                    out.rejects.append(&mut import.rejects);
                    out.spans.append(&mut import.spans);
                }
            }
            Err(mut error) => {
                error.line += lines_before(k);
                return Err(error);
            }
        }
    }
    // Each part checked its own rows; an id in two parts is found here.
    if cuts.len() > 2 {
        let mut seen: std::collections::HashMap<&str, usize, foldhash::fast::RandomState> = Default::default();
        seen.reserve(out.incidents.len());
        for (i, incident) in out.incidents.iter().enumerate() {
            if let Some(first) = seen.insert(incident.event_id_cnty.as_str(), i) {
                let line_at = |row: usize| memchr::memchr_iter(b'\n', &bytes[..out.spans[row].start]).count() as u64 + 1;
                return Err(duplicate_id(&incident.event_id_cnty, line_at(i), line_at(first)));
            }
        }
    }
    Ok(out)
}

/// The longest line a file may have: ACLED rows are a few hundred bytes, the
/// longest notes a few KiB. Checked before reading, since a 1 GiB line took
/// 7.4 GB of memory to be found invalid.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// The number of the first line longer than [`MAX_LINE_BYTES`], if any.
fn overlong_line(bytes: &[u8]) -> Option<u64> {
    let mut start = 0;
    for (line, end) in (1..).zip(memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len()))) {
        if end - start > MAX_LINE_BYTES {
            return Some(line);
        }
        start = end + 1;
    }
    None
}

/// The end (after its newline) of the record that holds byte `from`, or the
/// next one's start when `from` begins a record: the first newline at or after
/// `from` with an even number of quotes before it.
fn record_end(bytes: &[u8], from: usize) -> usize {
    let mut quotes = bytes[..from].iter().filter(|&&b| b == b'"').count();
    for (i, &b) in bytes[from..].iter().enumerate() {
        match b {
            b'"' => quotes += 1,
            b'\n' if quotes.is_multiple_of(2) => return from + i + 1,
            _ => {}
        }
    }
    bytes.len()
}

/// Read ACLED rows without a header (how incidents travel inside the record's
/// events: the chunk's rows, written by [`write_rows`]). Lines count from 1.
pub fn read_rows(input: impl Read) -> Result<Vec<Incident>, RowError> {
    let reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(input);
    Ok(read_records(reader, false, 0, |_| {})?.incidents)
}

/// `room`: the rows expected, to reserve for.
fn read_records<R: Read>(
    mut reader: csv::Reader<R>,
    skip_invalid: bool,
    room: usize,
    mut progress: impl FnMut(u64),
) -> Result<Import, RowError> {
    let mut out = Import { incidents: Vec::with_capacity(room), rejects: Vec::new(), spans: Vec::with_capacity(room) };
    let mut record = csv::StringRecord::new();
    let mut interner = Interner::default();
    let mut rows = 0u64;
    // Each id once in a file: the line of its first row, for the message.
    let mut seen: std::collections::HashMap<Text, u64, foldhash::fast::RandomState> = Default::default();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(csv_error(&e)),
        }
        rows += 1;
        if rows.is_multiple_of(65_536) {
            progress(rows);
        }
        let line = record.position().map_or(0, |p| p.line());
        let start = record.position().map_or(0, |p| p.byte()) as usize;
        let parsed = parse_row(&record, line, &mut interner).and_then(|incident| match seen.insert(incident.event_id_cnty.clone(), line) {
            Some(first) => Err(duplicate_id(&incident.event_id_cnty, line, first)),
            None => Ok(incident),
        });
        match parsed {
            Ok(incident) => {
                out.incidents.push(incident);
                out.spans.push(start..reader.position().byte() as usize);
            }
            Err(error) if skip_invalid => out.rejects.push((error, record.iter().map(str::to_owned).collect())),
            Err(error) => return Err(error),
        }
    }
    progress(rows);
    Ok(out)
}

/// A row the CSV reader could not read, in our words: the csv crate's own
/// message carries its record and line numbers, which for a part read on
/// another core count from the part's start and contradict the line we name.
fn csv_error(e: &csv::Error) -> RowError {
    let line = e.position().map_or(0, |p| p.line());
    match e.kind() {
        csv::ErrorKind::Utf8 { err, .. } => RowError {
            line,
            column: COLUMNS.get(err.field()).map_or_else(|| format!("cell {}", err.field() + 1), |c| (*c).to_owned()),
            message: format!(
                "the cell is not UTF-8 text (its byte {} starts an invalid sequence); save the file as UTF-8",
                err.valid_up_to() + 1
            ),
        },
        csv::ErrorKind::Io(io) => RowError { line, column: "-".into(), message: format!("the file could not be read: {io}") },
        _ => RowError { line, column: "-".into(), message: "the row is not valid CSV".into() },
    }
}

fn duplicate_id(id: &str, line: u64, first: u64) -> RowError {
    RowError { line, column: "event_id_cnty".into(), message: format!("{id} is already on line {first} of this file") }
}

/// The values longer than [`Text`] holds inline, one shared copy each
/// (actors, sources, event types repeat from row to row), up to a bound.
#[derive(Default)]
struct Interner(std::collections::HashSet<Text, foldhash::fast::RandomState>);

impl Interner {
    const MAX: usize = 4096;

    fn text(&mut self, s: &str) -> Text {
        if s.len() <= Text::INLINE_CAP {
            return Text::new(s);
        }
        if let Some(shared) = self.0.get(s) {
            return shared.clone();
        }
        let text = Text::new(s);
        if self.0.len() < Self::MAX {
            self.0.insert(text.clone());
        }
        text
    }
}

fn parse_row(r: &csv::StringRecord, line: u64, interner: &mut Interner) -> Result<Incident, RowError> {
    if r.len() != COLUMNS.len() {
        return Err(RowError { line, column: "-".into(), message: format!("{} cells where the header has {}", r.len(), COLUMNS.len()) });
    }
    let cell = |i: usize| r.get(i).unwrap_or_default();
    let bad = |i: usize, message: String| RowError { line, column: COLUMNS[i].into(), message };
    // The rule of the API's long texts, on every route: no control characters
    // but line breaks and tabs (published exports carry line breaks in their
    // notes and sources).
    for (i, value) in r.iter().enumerate() {
        if let Some(c) = value.chars().find(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
            return Err(bad(i, format!("contains a control character (U+{:04X})", c as u32)));
        }
    }
    let number = |i: usize| -> Result<i64, RowError> {
        cell(i).trim().parse::<i64>().map_err(|_| bad(i, format!("'{}' is not a whole number", cell(i))))
    };
    let in_range = |i: usize, min: i64, max: i64| -> Result<i64, RowError> {
        let n = number(i)?;
        if (min..=max).contains(&n) { Ok(n) } else { Err(bad(i, format!("{n} is outside {min}–{max}"))) }
    };
    let required = |i: usize| -> Result<&str, RowError> {
        let v = cell(i);
        if v.trim().is_empty() { Err(bad(i, "must not be empty".into())) } else { Ok(v) }
    };
    let coordinate = |i: usize, limit: f64| -> Result<Spelled<f64>, RowError> {
        let text = cell(i);
        match text.trim().parse::<f64>() {
            Ok(v) if v.is_finite() && v.abs() <= limit => Ok(Spelled { value: v, text: Text::new(text) }),
            _ => Err(bad(i, format!("'{text}' is not a coordinate within ±{limit}"))),
        }
    };
    let event_id_cnty = required(0)?;
    let date_text = cell(1);
    let date = date_of(date_text).ok_or_else(|| bad(1, format!("'{date_text}' is not a date (2024-12-31 or 31 December 2024)")))?;
    let year = in_range(2, 1900, 2200)? as i16;
    if year != date.year() {
        return Err(bad(2, format!("{year} is not the year of event_date {date}")));
    }
    let time_precision = in_range(3, 1, 3)? as u8;
    let event_type = required(5)?;
    if !taxonomy::is_event_type(event_type) {
        return Err(bad(5, format!("'{event_type}' is not one of ACLED's event types")));
    }
    let sub_event_type = required(6)?;
    if !taxonomy::is_sub_event_of(event_type, sub_event_type) {
        return Err(bad(6, format!("'{sub_event_type}' is not a sub-event type of {event_type}")));
    }
    let actor_type = |i: usize| {
        taxonomy::actor_type_code(cell(i)).ok_or_else(|| bad(i, format!("'{}' is not an actor type (0–8 or its name)", cell(i))))
    };
    let inter1 = Spelled { value: actor_type(9)?, text: Text::new(cell(9)) };
    let inter2 = Spelled { value: if cell(12).trim().is_empty() { None } else { Some(actor_type(12)?) }, text: Text::new(cell(12)) };
    let iso = in_range(15, 0, 999)? as u16;
    let latitude = coordinate(22, 90.0)?;
    let longitude = coordinate(23, 180.0)?;
    let geo_precision = in_range(24, 1, 3)? as u8;
    let fatalities = in_range(28, 0, 1_000_000)? as u32;
    let timestamp = if cell(30).trim().is_empty() { 0 } else { number(30)? };
    let actor1 = required(7)?;
    let country = required(17)?;
    let mut text = |s: &str| interner.text(s);
    Ok(Incident {
        event_id_cnty: Text::new(event_id_cnty),
        event_date: Spelled { value: date, text: Text::new(date_text) },
        year,
        time_precision,
        disorder_type: text(cell(4)),
        event_type: text(event_type),
        sub_event_type: text(sub_event_type),
        actor1: text(actor1),
        assoc_actor_1: text(cell(8)),
        inter1,
        actor2: text(cell(10)),
        assoc_actor_2: text(cell(11)),
        inter2,
        interaction: text(cell(13)),
        civilian_targeting: text(cell(14)),
        iso,
        region: text(cell(16)),
        country: text(country),
        admin1: text(cell(18)),
        admin2: text(cell(19)),
        admin3: text(cell(20)),
        location: text(cell(21)),
        latitude,
        longitude,
        geo_precision,
        source: text(cell(25)),
        source_scale: text(cell(26)),
        notes: Text::new(cell(27)),
        fatalities,
        tags: text(cell(29)),
        timestamp,
    })
}

/// Write incidents as ACLED's CSV for people to open: the header, then one row
/// each, every value spelled as it was read, except that a text cell a
/// spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return) is prefixed with `'`, as OWASP's CSV-injection
/// guidance says. Numbers, dates and coordinates are never touched.
pub fn write(output: impl Write, incidents: &[Incident]) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(output);
    w.write_record(COLUMNS)?;
    write_records(&mut w, incidents, Cells::ForSpreadsheets)
}

/// Write the rows alone, without the header, exactly as read (see
/// [`read_rows`]): the record's own bytes, which the ledger hashes.
pub fn write_rows(output: impl Write, incidents: &[Incident]) -> std::io::Result<()> {
    write_records(&mut csv::Writer::from_writer(output), incidents, Cells::Exact)
}

#[derive(Clone, Copy, PartialEq)]
enum Cells {
    Exact,
    ForSpreadsheets,
}

/// `text` as a spreadsheet will not run it.
fn neutralized(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}").into() } else { text.into() }
}

fn write_records<W: Write>(w: &mut csv::Writer<W>, incidents: &[Incident], cells: Cells) -> std::io::Result<()> {
    let mut numbers = itoa::Buffer::new();
    let mut w = TextCells { w, cells };
    for i in incidents {
        w.write_text(&i.event_id_cnty)?;
        w.value(&i.event_date.text)?;
        w.value(numbers.format(i.year))?;
        w.value(numbers.format(i.time_precision))?;
        for text in [&i.disorder_type, &i.event_type, &i.sub_event_type, &i.actor1, &i.assoc_actor_1] {
            w.write_text(text)?;
        }
        w.value(&i.inter1.text)?;
        for text in [&i.actor2, &i.assoc_actor_2] {
            w.write_text(text)?;
        }
        w.value(&i.inter2.text)?;
        for text in [&i.interaction, &i.civilian_targeting] {
            w.write_text(text)?;
        }
        w.value(numbers.format(i.iso))?;
        for text in [&i.region, &i.country, &i.admin1, &i.admin2, &i.admin3, &i.location] {
            w.write_text(text)?;
        }
        w.value(&i.latitude.text)?;
        w.value(&i.longitude.text)?;
        w.value(numbers.format(i.geo_precision))?;
        for text in [&i.source, &i.source_scale, &i.notes] {
            w.write_text(text)?;
        }
        w.value(numbers.format(i.fatalities))?;
        w.write_text(&i.tags)?;
        w.value(numbers.format(i.timestamp))?;
        w.w.write_record(None::<&[u8]>)?;
    }
    w.w.flush()
}

/// The writer of one row's cells: values as they are, text neutralized for
/// spreadsheets when asked.
struct TextCells<'a, W: Write> {
    w: &'a mut csv::Writer<W>,
    cells: Cells,
}

impl<W: Write> TextCells<'_, W> {
    fn value(&mut self, v: &str) -> csv::Result<()> {
        self.w.write_field(v)
    }

    fn write_text(&mut self, text: &str) -> csv::Result<()> {
        match self.cells {
            Cells::Exact => self.w.write_field(text),
            Cells::ForSpreadsheets => self.w.write_field(neutralized(text).as_ref()),
        }
    }
}
