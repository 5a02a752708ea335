//! The register: incidents with their reports, versions, duplicate decisions
//! and alerts, and its columnar projection for statistics.

use std::collections::BTreeMap;
use std::hash::BuildHasher;

use jiff::civil::Date;
use serde::Serialize;

use crate::authority::Actor;
use crate::error::RuleError;
use crate::model::{DuplicateDecision, IncidentFormat};
use jirga_incidents::acled::Incident;
use jirga_incidents::duplicates::{Tolerance, is_candidate};
use jirga_incidents::stats::Columns;

use super::{HashMap, HashSet};

use super::rows::SharedRows;
use super::*;

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
