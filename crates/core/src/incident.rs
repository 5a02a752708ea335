//! The incident register on the record: security incidents from ACLED and UCDP
//! exports and from analysts' hand entry, their source reports, duplicate
//! decisions, and the alerts their rules raise.
//!
//! Incidents travel in commands and events as ACLED CSV rows ([`IncidentRows`]),
//! so an import's events *are* the ACLED export, chunk by chunk, and a third
//! party checking the ledger reads the incidents in a format it knows. An import
//! is one event per chunk (the CLI sends 1,000 rows each), not one per incident:
//! a million incidents are a thousand leaves.
//!
//! The register is not a table of read rows: it lives in memory beside the state
//! (the parsed chunks shared, through `Arc`, between the writer's working state
//! and the published one), with a columnar projection
//! ([`jirga_incidents::stats::Columns`]) that statistics read. It is rebuilt from
//! the events at start.

use std::collections::BTreeMap;
use std::hash::BuildHasher;
use std::sync::Arc;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::authority::Actor;
use crate::error::RuleError;
pub use crate::model::{DuplicateDecision, IncidentFormat};
pub use jirga_incidents::acled::Incident;
use jirga_incidents::duplicates::{Tolerance, is_candidate};
use jirga_incidents::stats::Columns;

/// Hash maps keyed by ids and places: foldhash, not SipHash (no untrusted
/// keys choose buckets here that a flood could exploit more than any other
/// input, and a million-row import hashes every id twice).
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
type HashSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

/// Incidents as ACLED CSV rows without a header: how they travel in commands and
/// events. Reading them back validates every value, as an import does.
#[derive(Debug, Clone)]
pub struct IncidentRows(SharedRows, SharedText);

/// A range of a larger collection shared through `Arc`: an import's chunks are
/// ranges of the one `Vec` the file was read into and of the one `String` it
/// was read from (re-collecting a million incidents into chunks copied 600 MB,
/// and each chunk's text was copied twice, all on fresh pages, which this
/// machine's virtual memory makes slow to touch the first time). The text is
/// held as the `String` it was read into: an `Arc<str>` would copy it again.
#[derive(Debug, Clone)]
struct Shared<C> {
    all: Arc<C>,
    range: std::ops::Range<usize>,
}

impl<C: std::ops::Index<std::ops::Range<usize>>> Shared<C> {
    fn get(&self) -> &C::Output {
        &self.all[self.range.clone()]
    }
}

type SharedRows = Shared<Vec<Incident>>;
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

/// A rule that raises an alert: `at_least` incidents of `sub_event_type` in one
/// district (or, `province_wide`, one province) within `within_days` days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlertRule {
    pub code: &'static str,
    pub sub_event_type: &'static str,
    pub at_least: usize,
    pub within_days: i32,
    pub province_wide: bool,
}

/// The rules in force. "Two suicide bombings in the past four days" in Khyber
/// Pakhtunkhwa (the articles) is what the province-wide rule catches.
pub const ALERT_RULES: &[AlertRule] = &[
    AlertRule { code: "suicide_bombings_in_a_district", sub_event_type: "Suicide bomb", at_least: 2, within_days: 7, province_wide: false },
    AlertRule { code: "suicide_bombings_in_a_province", sub_event_type: "Suicide bomb", at_least: 2, within_days: 7, province_wide: true },
];

impl AlertRule {
    /// The place an incident counts in for this rule: (admin1, admin2 or "").
    fn place(&self, i: &Incident) -> (String, String) {
        (i.admin1.to_string(), if self.province_wide { String::new() } else { i.admin2.to_string() })
    }
}

/// What an alert rule found, carried in the event that recorded the last incident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alert {
    pub rule: String,
    pub admin1: String,
    pub admin2: String,
    /// The window the incidents fall in.
    pub from: Date,
    pub to: Date,
    /// The incidents (`event_id_cnty`), oldest first.
    pub incidents: Vec<String>,
}

/// An alert as recorded: its event and when.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RaisedAlert {
    pub seq: u64,
    pub at: jiff::Timestamp,
    #[serde(flatten)]
    pub alert: Alert,
}

/// One source report of an incident.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub seq: u64,
    pub at: jiff::Timestamp,
    pub actor: Actor,
    pub publisher: String,
    pub published_on: Date,
    pub url: Option<String>,
    pub excerpt: String,
}

/// A chunk of incidents recorded by one event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Import {
    pub seq: u64,
    pub at: jiff::Timestamp,
    pub actor: Actor,
    pub source: String,
    pub format: IncidentFormat,
    pub count: usize,
}

/// A version of an incident that a later amendment replaced.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Amendment {
    pub seq: u64,
    pub at: jiff::Timestamp,
    pub actor: Actor,
    pub reason: String,
    /// What the incident read before this amendment.
    pub before: Incident,
}

/// An analyst's decision on two incidents.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    pub seq: u64,
    pub at: jiff::Timestamp,
    pub actor: Actor,
    pub incident: String,
    pub other: String,
    pub decision: DuplicateDecision,
    pub note: Option<String>,
}

/// Everything the record holds about one incident, for its page.
#[derive(Debug, Clone)]
pub struct IncidentView<'a> {
    pub incident: &'a Incident,
    /// The event that first recorded it.
    pub recorded: &'a Import,
    /// Earlier versions, oldest first.
    pub amendments: &'a [Amendment],
    pub reports: &'a [Report],
    /// Likely duplicates found when it was entered, not yet decided.
    pub candidates: Vec<&'a Incident>,
    pub decisions: Vec<&'a Decision>,
    /// The incident it was merged into.
    pub merged_into: Option<&'a str>,
}

/// Where an incident's current version is: (chunk, row).
type Slot = (u32, u32);

/// The incidents on the record, and what analysts decided about them.
#[derive(Debug, Clone, Default)]
pub struct IncidentRegister {
    /// Every version ever recorded, chunk by chunk (shared, never changed).
    chunks: Vec<SharedRows>,
    /// Incident number → its current version.
    current: Vec<Slot>,
    /// Incident number → the import (index in `imports`) that recorded it.
    recorded_by: Vec<u32>,
    /// (hash of `event_id_cnty`, incident number): recording an incident
    /// allocates no key, and growing the table reads no incident.
    by_id: hashbrown::HashTable<(u64, u32)>,
    ids: foldhash::fast::FixedState,
    /// Incident numbers by event date (duplicate candidates look days around).
    by_date: BTreeMap<Date, Vec<u32>>,
    columns: Columns,
    imports: Vec<Import>,
    amendments: HashMap<u32, Vec<Amendment>>,
    reports: HashMap<u32, Vec<Report>>,
    candidates: HashMap<u32, Vec<u32>>,
    decisions: Vec<Decision>,
    merged_into: HashMap<u32, u32>,
    alerts: Vec<RaisedAlert>,
    /// Per alert rule and district: the dates and ids of its kind of incident.
    watched: HashMap<(usize, String, String), BTreeMap<Date, Vec<String>>>,
    /// Hand entries with undecided duplicate candidates: they count towards no
    /// alert until an analyst keeps them apart (a duplicate is not a second attack).
    held_back: HashSet<u32>,
    /// How far apart two reports of one incident may be (`None`: the default).
    tolerance: Option<Tolerance>,
    /// Per alert rule and district: the last day of the latest alert raised.
    alerted_until: HashMap<(usize, String, String), Date>,
}

impl PartialEq for IncidentRegister {
    /// Two registers are equal when they hold the same incidents, versions,
    /// reports, duplicate candidates and decisions, merges, alerts and settings
    /// (the indexes — by id, by date, the columns, the watched districts —
    /// follow from those). Everything a restart must rebuild is compared, so a
    /// test that a register survives a restart proves it whole.
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len()
            && self.iter().zip(other.iter()).all(|(a, b)| a == b)
            && self.imports == other.imports
            && self.recorded_by == other.recorded_by
            && self.decisions == other.decisions
            && self.alerts == other.alerts
            && self.reports == other.reports
            && self.amendments == other.amendments
            && self.candidates == other.candidates
            && self.merged_into == other.merged_into
            && self.held_back == other.held_back
            && self.tolerance == other.tolerance
            && self.alerted_until == other.alerted_until
    }
}

/// The tolerance hand-entered incidents are compared with until an analyst
/// sets another (`set_duplicate_tolerance`).
pub const DUPLICATE_TOLERANCE: Tolerance = Tolerance { days: 1, km: 10.0 };

impl IncidentRegister {
    pub fn len(&self) -> usize {
        self.current.len()
    }

    pub fn is_empty(&self) -> bool {
        self.current.is_empty()
    }

    fn at(&self, (chunk, row): Slot) -> &Incident {
        &self.chunks[chunk as usize].get()[row as usize]
    }

    fn number(&self, id: &str) -> Option<u32> {
        let hash = self.ids.hash_one(id);
        self.by_id.find(hash, |&(h, n)| h == hash && self.at(self.current[n as usize]).event_id_cnty == id).map(|&(_, n)| n)
    }

    /// The current version of an incident, by `event_id_cnty`.
    pub fn get(&self, id: &str) -> Option<&Incident> {
        self.number(id).map(|n| self.at(self.current[n as usize]))
    }

    /// Every incident's current version, in the order recorded.
    pub fn iter(&self) -> impl Iterator<Item = &Incident> {
        self.current.iter().map(|&slot| self.at(slot))
    }

    /// Whether an incident was merged into another (it no longer counts).
    pub fn is_merged(&self, id: &str) -> bool {
        !self.merged_into.is_empty() && self.number(id).is_some_and(|n| self.merged_into.contains_key(&n))
    }

    /// The columnar projection statistics read.
    pub fn columns(&self) -> &Columns {
        &self.columns
    }

    pub fn imports(&self) -> &[Import] {
        &self.imports
    }

    pub fn alerts(&self) -> &[RaisedAlert] {
        &self.alerts
    }

    /// The duplicate tolerance in force.
    pub fn tolerance(&self) -> Tolerance {
        self.tolerance.unwrap_or(DUPLICATE_TOLERANCE)
    }

    pub(crate) fn set_tolerance(&mut self, tolerance: Tolerance) {
        self.tolerance = Some(tolerance);
    }

    pub fn decisions(&self) -> &[Decision] {
        &self.decisions
    }

    /// Incidents with undecided duplicate candidates, with them.
    pub fn open_candidates(&self) -> Vec<(&Incident, Vec<&Incident>)> {
        let mut out: Vec<_> = self
            .candidates
            .iter()
            .filter(|(_, c)| !c.is_empty())
            .map(|(&n, c)| (self.at(self.current[n as usize]), c.iter().map(|&m| self.at(self.current[m as usize])).collect()))
            .collect();
        out.sort_by(|a: &(&Incident, Vec<&Incident>), b| a.0.event_id_cnty.cmp(&b.0.event_id_cnty));
        out
    }

    /// Everything about one incident.
    pub fn view(&self, id: &str) -> Option<IncidentView<'_>> {
        let n = self.number(id)?;
        let by_number = |m: u32| self.at(self.current[m as usize]);
        Some(IncidentView {
            incident: by_number(n),
            recorded: &self.imports[self.recorded_by[n as usize] as usize],
            amendments: self.amendments.get(&n).map_or(&[], Vec::as_slice),
            reports: self.reports.get(&n).map_or(&[], Vec::as_slice),
            candidates: self.candidates.get(&n).map_or(vec![], |c| c.iter().map(|&m| by_number(m)).collect()),
            decisions: self.decisions.iter().filter(|d| d.incident == id || d.other == id).collect(),
            merged_into: self.merged_into.get(&n).map(|&m| by_number(m).event_id_cnty.as_str()),
        })
    }

    /// A suggested id for a hand-entered incident (ACLED's style, with a J).
    pub fn next_hand_id(&self) -> String {
        let taken = self.imports.iter().filter(|i| i.format == IncidentFormat::Form).map(|i| i.count).sum::<usize>();
        (taken + 1..).map(|k| format!("PAKJ{k}")).find(|id| self.number(id).is_none()).expect("an unused number exists")
    }

    // ── Deciding ────────────────────────────────────────────────────────

    /// The rows must be new incidents, each once.
    pub(crate) fn check_new(&self, rows: &IncidentRows) -> Result<(), RuleError> {
        if rows.is_empty() {
            return Err(RuleError::EmptyList { field: "rows" });
        }
        let mut seen = HashSet::with_capacity_and_hasher(rows.len(), Default::default());
        for i in rows.iter() {
            if !seen.insert(i.event_id_cnty.as_str()) || self.number(&i.event_id_cnty).is_some() {
                return Err(RuleError::IncidentExists { id: i.event_id_cnty.to_string() });
            }
        }
        Ok(())
    }

    /// The incident must exist and not be merged into another.
    pub(crate) fn check_live(&self, id: &str) -> Result<u32, RuleError> {
        let n = self.number(id).ok_or_else(|| RuleError::not_found("incident", id))?;
        if let Some(&into) = self.merged_into.get(&n) {
            let into = self.at(self.current[into as usize]).event_id_cnty.to_string();
            return Err(RuleError::IncidentMerged { id: id.to_owned(), into });
        }
        Ok(n)
    }

    pub(crate) fn check_decision(&self, incident: &str, other: &str) -> Result<(), RuleError> {
        if incident == other {
            return Err(RuleError::FieldFormat { field: "duplicate_of", expected: "another incident" });
        }
        self.check_live(incident)?;
        self.check_live(other)?;
        let pair = |d: &&Decision| (d.incident == incident && d.other == other) || (d.incident == other && d.other == incident);
        if self.decisions.iter().any(|d| pair(&d)) {
            return Err(RuleError::AlreadyDecided);
        }
        Ok(())
    }

    /// The alerts that recording `rows` raises: per rule and district, once the
    /// window ending at an incident holds enough of its kind, unless an alert
    /// for that district already covers the window.
    /// `held` are rows that count for nothing yet (likely duplicates).
    pub(crate) fn alerts_for<'a>(&self, rows: impl IntoIterator<Item = &'a Incident>, held: &[String]) -> Vec<Alert> {
        let mut added: HashMap<(usize, String, String), BTreeMap<Date, Vec<String>>> = HashMap::default();
        let mut alerted: HashMap<(usize, String, String), Date> = HashMap::default();
        let mut out = Vec::new();
        for i in rows.into_iter().filter(|i| !held.iter().any(|h| *h == i.event_id_cnty)) {
            for (r, rule) in ALERT_RULES.iter().enumerate() {
                if i.sub_event_type != rule.sub_event_type {
                    continue;
                }
                let (admin1, admin2) = rule.place(i);
                let key = (r, admin1, admin2);
                let day = i.event_date.value;
                let start = day.saturating_sub(jiff::Span::new().days(rule.within_days as i64 - 1));
                let end = day.saturating_add(jiff::Span::new().days(rule.within_days as i64 - 1));
                added.entry(key.clone()).or_default().entry(day).or_default().push(i.event_id_cnty.to_string());
                // Those of its kind within `within_days` of this one, both sides, by date.
                let mut near: Vec<(Date, &String)> = Vec::new();
                for dates in self.watched.get(&key).into_iter().chain(added.get(&key)) {
                    near.extend(dates.range(start..=end).flat_map(|(d, ids)| ids.iter().map(move |id| (*d, id))));
                }
                near.sort();
                // The window of `within_days` days holding the most of them,
                // among those that contain this incident.
                let best = near
                    .iter()
                    .map(|(from, _)| {
                        let to = from.saturating_add(jiff::Span::new().days(rule.within_days as i64 - 1));
                        (near.iter().filter(|(d, _)| d >= from && d <= &to).count(), *from, to)
                    })
                    .filter(|(_, from, to)| *from <= day && day <= *to)
                    .max_by_key(|(count, from, _)| (*count, std::cmp::Reverse(*from)));
                let Some((count, from, to)) = best else { continue };
                let covered = alerted.get(&key).or_else(|| self.alerted_until.get(&key)).is_some_and(|until| *until >= from);
                if count >= rule.at_least && !covered {
                    let incidents = near.iter().filter(|(d, _)| *d >= from && *d <= to).map(|(_, id)| (*id).clone()).collect();
                    out.push(Alert { rule: rule.code.into(), admin1: key.1.clone(), admin2: key.2.clone(), from, to, incidents });
                    alerted.insert(key, to);
                }
            }
        }
        out
    }

    /// The alerts keeping `incident` apart from its candidate raises, once it has
    /// no undecided candidate left and so counts.
    pub(crate) fn alerts_when_kept_apart(&self, incident: &str, other: &str) -> Vec<Alert> {
        let (Some(a), Some(b)) = (self.number(incident), self.number(other)) else { return vec![] };
        let mut out = Vec::new();
        for (x, y) in [(a, b), (b, a)] {
            let left = self.candidates.get(&x).map_or(0, |c| c.iter().filter(|&&m| m != y).count());
            if self.held_back.contains(&x) && left == 0 {
                out.extend(self.alerts_for([self.at(self.current[x as usize])], &[]));
            }
        }
        out
    }

    /// Registered incidents a hand-entered one likely duplicates.
    pub(crate) fn candidates_for(&self, new: &Incident) -> Vec<String> {
        let day = new.event_date.value;
        let tolerance = self.tolerance();
        let span = jiff::Span::new().days(tolerance.days as i64);
        let range = day.saturating_sub(span)..=day.saturating_add(span);
        self.by_date
            .range(range)
            .flat_map(|(_, numbers)| numbers)
            .filter(|n| !self.merged_into.contains_key(n))
            .map(|&n| self.at(self.current[n as usize]))
            .filter(|old| old.event_id_cnty != new.event_id_cnty && is_candidate(old, new, tolerance))
            .map(|old| old.event_id_cnty.to_string())
            .collect()
    }

    // ── Applying ────────────────────────────────────────────────────────

    /// Record a chunk of new incidents (decided: their ids are new).
    pub(crate) fn record(
        &mut self,
        stamp: (u64, jiff::Timestamp, &Actor),
        source: String,
        format: IncidentFormat,
        rows: &IncidentRows,
        alerts: &[Alert],
        candidates: &[String],
    ) {
        let (seq, at, actor) = stamp;
        // Which rows have candidates, judged (as `decide` did) before any is added.
        let held: Vec<Vec<String>> = match format {
            IncidentFormat::Form if !candidates.is_empty() => rows.iter().map(|i| self.candidates_for(i)).collect(),
            _ => vec![],
        };
        let chunk = self.chunks.len() as u32;
        let import = self.imports.len() as u32;
        self.chunks.push(rows.0.clone());
        self.imports.push(Import { seq, at, actor: actor.clone(), source, format, count: rows.len() });
        self.by_id.reserve(rows.len(), |&(hash, _)| hash);
        for (row, i) in rows.iter().enumerate() {
            let n = self.current.len() as u32;
            self.current.push((chunk, row as u32));
            self.recorded_by.push(import);
            let hash = self.ids.hash_one(&i.event_id_cnty);
            self.by_id.insert_unique(hash, (hash, n), |&(hash, _)| hash);
            self.by_date.entry(i.event_date.value).or_default().push(n);
            self.columns.push(i);
            match held.get(row).filter(|c| !c.is_empty()) {
                Some(mine) => {
                    let mine = mine.iter().filter_map(|id| self.number(id)).collect();
                    self.candidates.insert(n, mine);
                    self.held_back.insert(n);
                }
                None => self.watch(i),
            }
        }
        self.raise(seq, at, alerts);
    }

    /// Count an incident towards the alert rules of its kind.
    fn watch(&mut self, i: &Incident) {
        for (r, rule) in ALERT_RULES.iter().enumerate() {
            if i.sub_event_type == rule.sub_event_type {
                let (admin1, admin2) = rule.place(i);
                self.watched
                    .entry((r, admin1, admin2))
                    .or_default()
                    .entry(i.event_date.value)
                    .or_default()
                    .push(i.event_id_cnty.to_string());
            }
        }
    }

    fn raise(&mut self, seq: u64, at: jiff::Timestamp, alerts: &[Alert]) {
        for alert in alerts {
            if let Some(r) = ALERT_RULES.iter().position(|rule| rule.code == alert.rule) {
                let key = (r, alert.admin1.clone(), alert.admin2.clone());
                let until = self.alerted_until.entry(key).or_insert(alert.to);
                *until = (*until).max(alert.to);
            }
            self.alerts.push(RaisedAlert { seq, at, alert: alert.clone() });
        }
    }

    /// A new version of an incident (decided: it exists, same id).
    pub(crate) fn amend(&mut self, stamp: (u64, jiff::Timestamp, &Actor), row: &IncidentRows, reason: String) {
        let (seq, at, actor) = stamp;
        let now = &row.rows()[0];
        let n = self.number(&now.event_id_cnty).expect("decided: the incident exists");
        let before = self.at(self.current[n as usize]).clone();
        let chunk = self.chunks.len() as u32;
        self.chunks.push(row.0.clone());
        self.current[n as usize] = (chunk, 0);
        if let Some(dates) = self.by_date.get_mut(&before.event_date.value) {
            dates.retain(|&m| m != n);
        }
        self.by_date.entry(now.event_date.value).or_default().push(n);
        self.columns.replace(n as usize, &before, now);
        self.amendments.entry(n).or_default().push(Amendment { seq, at, actor: actor.clone(), reason, before });
    }

    pub(crate) fn add_report(&mut self, id: &str, report: Report) {
        let n = self.number(id).expect("decided: the incident exists");
        self.reports.entry(n).or_default().push(report);
    }

    pub(crate) fn decide(&mut self, decision: Decision, alerts: &[Alert]) {
        let (a, b) = (self.number(&decision.incident).expect("decided"), self.number(&decision.other).expect("decided"));
        for (x, y) in [(a, b), (b, a)] {
            if let Some(open) = self.candidates.get_mut(&x) {
                open.retain(|&m| m != y);
            }
            let decided = self.candidates.get(&x).is_none_or(Vec::is_empty);
            if decision.decision == DuplicateDecision::KeepApart && decided && self.held_back.remove(&x) {
                let it = self.at(self.current[x as usize]).clone();
                self.watch(&it);
            }
        }
        if decision.decision == DuplicateDecision::Merge {
            // The merged one never counts; the survivor counts if nothing holds it back.
            self.held_back.remove(&a);
        }
        self.raise(decision.seq, decision.at, alerts);
        if decision.decision == DuplicateDecision::Merge {
            let it = self.at(self.current[a as usize]).clone();
            self.columns.exclude(a as usize, &it);
            self.merged_into.insert(a, b);
            // The merged incident's reports are the survivor's too: nothing is lost.
            if let Some(reports) = self.reports.get(&a).cloned() {
                self.reports.entry(b).or_default().extend(reports);
            }
        }
        self.decisions.push(decision);
    }
}

/// Rows per `record_incidents` event of an import: a leaf of the ledger per
/// thousand incidents keeps a million-row import to a thousand events, and an
/// event to about half a megabyte.
pub const CHUNK_ROWS: usize = 1_000;
