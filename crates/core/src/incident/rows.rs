//! Incidents on the wire: ACLED CSV rows in commands and events, parsed once
//! and shared by range between the states that hold them.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use jirga_incidents::acled::Incident;

/// Incidents as ACLED CSV rows without a header: how they travel in commands and
/// events. Reading them back validates every value, as an import does.
#[derive(Debug, Clone)]
pub struct IncidentRows(pub(super) SharedRows, SharedText);

/// A range of a larger collection shared through `Arc`: an import's chunks are
/// ranges of the one `Vec` the file was read into and of the one `String` it
/// was read from (re-collecting a million incidents into chunks copied 600 MB,
/// and each chunk's text was copied twice, all on fresh pages, which this
/// machine's virtual memory makes slow to touch the first time). The text is
/// held as the `String` it was read into: an `Arc<str>` would copy it again.
#[derive(Debug, Clone)]
pub(super) struct Shared<C> {
    all: Arc<C>,
    range: std::ops::Range<usize>,
}

impl<C: std::ops::Index<std::ops::Range<usize>>> Shared<C> {
    pub(super) fn get(&self) -> &C::Output {
        &self.all[self.range.clone()]
    }
}

pub(super) type SharedRows = Shared<Vec<Incident>>;
type SharedText = Shared<String>;

impl SharedRows {
    fn whole(rows: Vec<Incident>) -> Self {
        Shared { range: 0..rows.len(), all: Arc::new(rows) }
    }
}

impl SharedText {
    fn whole(text: String) -> Self {
        Shared { range: 0..text.len(), all: Arc::new(text) }
    }
}

impl PartialEq for IncidentRows {
    fn eq(&self, other: &Self) -> bool {
        self.rows() == other.rows()
    }
}

impl IncidentRows {
    /// The rows, and their CSV text written now (by the caller's thread, not
    /// the writer's: an event's bytes are this text).
    pub fn new(incidents: Vec<Incident>) -> Self {
        let csv = Self::write(&incidents);
        IncidentRows(SharedRows::whole(incidents), SharedText::whole(csv))
    }

    /// Rows `rows` of `incidents` with the text they were read from, `text`
    /// of `input` (an import's own bytes: no need to write them again, nor to
    /// copy them). That text must read back as those rows (checked in debug
    /// builds); `None` when a range is out of bounds or `text` not on
    /// character boundaries.
    pub fn with_text(
        incidents: &Arc<Vec<Incident>>,
        rows: std::ops::Range<usize>,
        input: &Arc<String>,
        text: std::ops::Range<usize>,
    ) -> Option<Self> {
        let (slice, csv) = (incidents.get(rows.clone())?, input.get(text.clone())?);
        debug_assert!(jirga_incidents::acled::read_rows(csv.as_bytes()).is_ok_and(|back| back == slice), "the text reads back as the rows");
        Some(IncidentRows(Shared { all: incidents.clone(), range: rows }, Shared { all: input.clone(), range: text }))
    }

    /// The rows.
    pub fn rows(&self) -> &[Incident] {
        self.0.get()
    }

    fn write(incidents: &[Incident]) -> String {
        let mut buf = Vec::with_capacity(incidents.len() * 512);
        jirga_incidents::acled::write_rows(&mut buf, incidents).expect("writing to memory does not fail");
        String::from_utf8(buf).expect("every value was text")
    }

    pub fn len(&self) -> usize {
        self.rows().len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows().is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Incident> {
        self.rows().iter()
    }

    /// The rows as ACLED CSV text.
    pub fn to_csv(&self) -> &str {
        self.1.get()
    }
}

impl Serialize for IncidentRows {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.to_csv())
    }
}

impl<'de> Deserialize<'de> for IncidentRows {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(d)?;
        let rows = jirga_incidents::acled::read_rows(text.as_bytes()).map_err(serde::de::Error::custom)?;
        if rows.is_empty() {
            return Err(serde::de::Error::custom("rows: at least one ACLED row is needed"));
        }
        // The text as read is kept: re-encoding gives the same bytes back.
        Ok(IncidentRows(SharedRows::whole(rows), SharedText::whole(text.into_owned())))
    }
}

impl schemars::JsonSchema for IncidentRows {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "IncidentRows".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "minLength": 1,
            "contentMediaType": "text/csv",
            "description": "Incidents as ACLED CSV rows without the header: the 31 columns of ACLED's export, in its order."
        })
    }
}
