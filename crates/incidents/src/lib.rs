//! jirga-incidents: the incident register's formats, as pure codecs.
//!
//! - [`acled`]: ACLED's CSV export, read and written back exactly (the same
//!   columns, rows and values); `inter1`/`inter2`/`interaction` arrive as numbers
//!   or as text and are kept as they came.
//! - [`ucdp`]: UCDP GED's CSV, read and mapped onto the ACLED fields (precision
//!   codes, date ranges, best/low/high deaths kept beside).
//! - [`taxonomy`]: ACLED's event types and sub-event types.
//! - [`duplicates`]: duplicate candidates by ACLED's rule (same day, place,
//!   actors, activity), with a tolerance of days and kilometres.
//! - [`stats`]: incidents and fatalities by month and district.
//! - [`synthetic`]: a labelled synthetic set in ACLED's shape, for load.
//! - [`places`]: place names normalized through an alias table (NWFP, KPK, … →
//!   Khyber Pakhtunkhwa; FATA agencies and frontier regions → their merged districts).
//!
//! Every row is validated; an error names the line and the column. Nothing here
//! touches the record: the engine turns incidents into events.

pub mod acled;
pub mod duplicates;
pub mod month;
pub mod places;
pub mod stats;
pub mod synthetic;
pub mod taxonomy;
pub mod ucdp;

/// An incident's text values: inline up to 23 bytes (most of ACLED's values:
/// dates, coordinates, codes, places), shared beyond. A million-row import
/// allocated ~22 strings a row as `String`s.
pub type Text = smol_str::SmolStr;

/// A row that could not be read: where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}, column {column}: {message}")]
pub struct RowError {
    /// 1-based line of the file where the record starts (the header is line 1).
    pub line: u64,
    /// The column's name (`event_date`, …), or `-` when the row itself is malformed.
    pub column: String,
    pub message: String,
}
