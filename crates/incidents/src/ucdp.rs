//! UCDP's Georeferenced Event Dataset (GED) CSV, mapped onto ACLED's fields.
//!
//! UCDP counts deaths as best / low / high estimates, dates an event by a range
//! (`date_start`–`date_end`) with a precision code 1–5, and places it with a
//! precision code 1–7; ACLED has one fatality count, one date with a precision of
//! day / week / month, and a geographic precision of 1–3. The mapping:
//!
//! | UCDP | ACLED |
//! |---|---|
//! | `relid` | `event_id_cnty` |
//! | `date_start` | `event_date` (the range and `date_prec` kept in [`UcdpDetail`]) |
//! | `date_prec` 1 / 2–3 / 4–5 | `time_precision` 1 / 2 / 3 |
//! | `where_prec` 1 / 2–3 / 4–7 | `geo_precision` 1 / 2 / 3 |
//! | `type_of_violence` 1, 2 (state-based, non-state) | Battles / Armed clash |
//! | `type_of_violence` 3 (one-sided) | Violence against civilians / Attack |
//! | `best` | `fatalities` (`low`, `high` kept) |
//! | `side_a`, `side_b` | `actor1`, `actor2` (a government is State forces) |
//! | `adm_1`, `adm_2` | `admin1`, `admin2`, normalized ([`crate::places`]) |
//!
//! Exports from the Humanitarian Data Exchange carry an HXL tag row after the
//! header; it is recognised and skipped.

use std::io::Read;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::acled::{Incident, Spelled};
use crate::{RowError, Text, places};

/// What UCDP says that ACLED's fields cannot hold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UcdpDetail {
    pub id: String,
    pub date_end: Date,
    /// 1 exact day … 5 more than a month.
    pub date_prec: u8,
    /// 1 exact place … 7 international waters.
    pub where_prec: u8,
    pub deaths_low: u32,
    pub deaths_high: u32,
    pub type_of_violence: u8,
    pub conflict_name: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UcdpEvent {
    pub incident: Incident,
    pub detail: UcdpDetail,
}

/// Columns the mapping reads.
const NEEDED: [&str; 21] = [
    "id",
    "relid",
    "year",
    "type_of_violence",
    "conflict_name",
    "side_a",
    "side_b",
    "source_office",
    "source_original",
    "source_headline",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "country",
    "date_prec",
    "date_start",
    "date_end",
];

/// Read a UCDP GED CSV; the first invalid row ends it with its line and column.
pub fn read(input: impl Read) -> Result<Vec<UcdpEvent>, RowError> {
    let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(input);
    let header = reader.headers().map_err(|e| RowError { line: 1, column: "-".into(), message: e.to_string() })?.clone();
    let find = |name: &str| header.iter().position(|h| h.trim_start_matches('\u{feff}') == name);
    let mut at = std::collections::HashMap::new();
    for name in NEEDED.iter().chain(&["best", "low", "high", "iso3", "region"]) {
        let index =
            find(name).ok_or_else(|| RowError { line: 1, column: (*name).into(), message: "a UCDP GED column is missing".into() })?;
        at.insert(*name, index);
    }
    let mut out = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(RowError { line: e.position().map_or(0, |p| p.line()), column: "-".into(), message: e.to_string() }),
        }
        let line = record.position().map_or(0, |p| p.line());
        if record.get(at["year"]).unwrap_or_default().starts_with('#') {
            continue; // the HXL tag row
        }
        out.push(event(&record, &at, line)?);
    }
    Ok(out)
}

fn event(record: &csv::StringRecord, at: &std::collections::HashMap<&str, usize>, line: u64) -> Result<UcdpEvent, RowError> {
    let cell = |name: &str| record.get(at[name]).unwrap_or_default();
    let bad = |column: &str, message: String| RowError { line, column: column.into(), message };
    let int = |column: &str| -> Result<i64, RowError> {
        cell(column).trim().parse::<i64>().map_err(|_| bad(column, format!("'{}' is not a whole number", cell(column))))
    };
    let date = |column: &str| -> Result<Date, RowError> {
        let text = cell(column);
        text.get(..10).and_then(|d| d.parse::<Date>().ok()).ok_or_else(|| bad(column, format!("'{text}' is not a date")))
    };
    let coordinate = |column: &str, limit: f64| -> Result<Spelled<f64>, RowError> {
        let text = cell(column).trim();
        match text.parse::<f64>() {
            Ok(v) if v.is_finite() && v.abs() <= limit => Ok(Spelled { value: v, text: text.into() }),
            _ => Err(bad(column, format!("'{text}' is not a coordinate"))),
        }
    };
    let deaths = |column: &str| -> Result<u32, RowError> {
        u32::try_from(int(column)?).map_err(|_| bad(column, "deaths cannot be negative".into()))
    };
    let start = date("date_start")?;
    let date_end = date("date_end")?;
    if date_end < start {
        return Err(bad("date_end", format!("{date_end} is before date_start {start}")));
    }
    let date_prec =
        u8::try_from(int("date_prec")?).ok().filter(|p| (1..=5).contains(p)).ok_or_else(|| bad("date_prec", "must be 1–5".into()))?;
    let where_prec =
        u8::try_from(int("where_prec")?).ok().filter(|p| (1..=7).contains(p)).ok_or_else(|| bad("where_prec", "must be 1–7".into()))?;
    let violence = u8::try_from(int("type_of_violence")?)
        .ok()
        .filter(|t| (1..=3).contains(t))
        .ok_or_else(|| bad("type_of_violence", "must be 1–3".into()))?;
    let (best, low, high) = (deaths("best")?, deaths("low")?, deaths("high")?);
    let state = |side: &str| side.starts_with("Government of");
    let (side_a, side_b) = (cell("side_a").to_owned(), cell("side_b").to_owned());
    let inter1: u8 = if state(&side_a) { 1 } else { 2 };
    let (actor2, inter2): (String, u8) = match violence {
        3 => ("Civilians (Pakistan)".into(), 7),
        _ if state(&side_b) => (side_b, 1),
        _ => (side_b, 2),
    };
    let (event_type, sub_event_type) = if violence == 3 { ("Violence against civilians", "Attack") } else { ("Battles", "Armed clash") };
    let interaction = format!("{}{}", inter1.min(inter2), inter1.max(inter2));
    let source =
        [cell("source_office"), cell("source_original")].iter().filter(|s| !s.trim().is_empty()).copied().collect::<Vec<_>>().join("; ");
    let notes = [cell("where_description"), cell("source_headline")]
        .iter()
        .filter(|s| !s.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" — ");
    let incident = Incident {
        event_id_cnty: cell("relid").into(),
        event_date: Spelled { value: start, text: start.to_string().into() },
        year: start.year(),
        time_precision: match date_prec {
            1 => 1,
            2 | 3 => 2,
            _ => 3,
        },
        disorder_type: "Political violence".into(),
        event_type: event_type.into(),
        sub_event_type: sub_event_type.into(),
        actor1: side_a.into(),
        assoc_actor_1: Text::default(),
        inter1: Spelled { value: inter1, text: inter1.to_string().into() },
        actor2: actor2.into(),
        assoc_actor_2: Text::default(),
        inter2: Spelled { value: Some(inter2), text: inter2.to_string().into() },
        interaction: interaction.into(),
        civilian_targeting: if violence == 3 { "Civilian targeting".into() } else { Text::default() },
        iso: if cell("iso3") == "PAK" { 586 } else { 0 },
        region: "South Asia".into(),
        country: cell("country").into(),
        admin1: places::admin1(cell("adm_1")).into(),
        admin2: places::admin2(cell("adm_2")).into(),
        admin3: Text::default(),
        location: cell("where_coordinates").into(),
        latitude: coordinate("latitude", 90.0)?,
        longitude: coordinate("longitude", 180.0)?,
        geo_precision: match where_prec {
            1 => 1,
            2 | 3 => 2,
            _ => 3,
        },
        source: source.into(),
        source_scale: Text::default(),
        notes: notes.into(),
        fatalities: best,
        tags: Text::default(),
        timestamp: 0,
    };
    let detail = UcdpDetail {
        id: cell("id").to_owned(),
        date_end,
        date_prec,
        where_prec,
        deaths_low: low,
        deaths_high: high,
        type_of_violence: violence,
        conflict_name: cell("conflict_name").to_owned(),
    };
    Ok(UcdpEvent { incident, detail })
}
