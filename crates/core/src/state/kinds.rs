//! Every record kind, once ([`record_kinds!`]), and what is generated from the
//! list: finding a record by id, its history and JSON row, paging a kind,
//! restoring from read rows, and [`RecordRef`].

use serde::{Deserialize, Serialize};

use crate::ids::*;
use crate::pass::{Crossing, CrossingPoint, Pass};

use super::*;

/// A text that names no record kind's id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected a record's id, like clm-1 (a kind's prefix, a dash and the record's number)")]
pub struct RecordRefError;

impl std::fmt::Display for RecordRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RecordRef {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RecordRef {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Every record kind, once: its id prefix, the state's map, id type, record type
/// and kind name. The functions that find a record by id or walk every record are
/// generated from this list, so a new kind is added here and nowhere else.
macro_rules! record_kinds {
    ($(($prefix:literal, $map:ident, $id:ident, $record:ident, $kind:literal, $collection:literal)),* $(,)?) => {
        /// Id prefix and kind of every record kind.
        pub const RECORD_KINDS: &[(&str, &str)] = &[$(($prefix, $kind)),*];

        /// The API's collection (`/api/v1/<collection>`) of every record kind, and the kind.
        pub const RECORD_COLLECTIONS: &[(&str, &str)] = &[$(($collection, $kind)),*];

        /// A reference to a record of any kind (a note's or a citation's
        /// subject), parsed at the edge: its prefix names a kind and the rest
        /// is a record number, as each kind's own id. On the wire it is the id.
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum RecordRef {
            $($record($id),)*
        }

        impl RecordRef {
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$record(id) => id.as_str(),)*
                }
            }

            /// The record's kind (`"claim"`, `"agenda_item"`, ...).
            pub fn kind(&self) -> &'static str {
                match self {
                    $(Self::$record(_) => $kind,)*
                }
            }
        }

        impl std::str::FromStr for RecordRef {
            type Err = RecordRefError;

            fn from_str(text: &str) -> Result<Self, RecordRefError> {
                match text.split('-').next().unwrap_or_default() {
                    $($prefix => text.parse().map(Self::$record).map_err(|_| RecordRefError),)*
                    _ => Err(RecordRefError),
                }
            }
        }

        impl schemars::JsonSchema for RecordRef {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                "RecordRef".into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let prefixes = [$($prefix),*].join("|");
                schemars::json_schema!({
                    "type": "string",
                    "pattern": format!("^({prefixes})-[1-9][0-9]{{0,17}}$"),
                    "examples": ["clm-1"]
                })
            }
        }

        impl State {
            pub(super) fn history_mut(&mut self, id: &str) -> Option<&mut Vec<Stamp>> {
                match id.split('-').next().unwrap_or_default() {
                    $($prefix => id.parse::<$id>().ok().and_then(|id| self.$map.get_mut(&id)).map(|r| &mut r.history),)*
                    _ => None,
                }
            }

            /// The history of one record (`None` for an unknown id); its first
            /// stamp is the change that created it.
            pub fn history(&self, id: &str) -> Option<&[Stamp]> {
                match id.split('-').next().unwrap_or_default() {
                    $($prefix => id.parse::<$id>().ok().and_then(|id| self.$map.get(&id)).map(|r| r.history.as_slice()),)*
                    _ => None,
                }
            }

            /// The JSON read row of one record (`None` for an unknown id).
            pub fn record_json(&self, id: &str) -> Option<(&'static str, serde_json::Value)> {
                match id.split('-').next().unwrap_or_default() {
                    $($prefix => id.parse::<$id>().ok().and_then(|id| self.$map.get(&id)).map(|r| ($kind, serde_json::to_value(r).expect("records serialize"))),)*
                    _ => None,
                }
            }

            /// One page of the records of a kind as JSON, in id order: at most
            /// `limit` of those after the id `after` that `keep` accepts, and the
            /// cursor of the next page when more follow. Only the page is
            /// serialized, so a list of half a million notes costs one page.
            /// An `after` that is not an id of the kind is refused.
            pub fn records_json_page(
                &self,
                kind: &str,
                after: Option<&str>,
                limit: usize,
                keep: &dyn Fn(&serde_json::Value) -> bool,
            ) -> Result<(Vec<serde_json::Value>, Option<String>), IdError> {
                use std::ops::Bound::{Excluded, Unbounded};
                match kind {
                    $($kind => {
                        let records: Box<dyn Iterator<Item = (&$id, &$record)>> = match after {
                            Some(after) => Box::new(self.$map.range((Excluded(after.parse::<$id>()?), Unbounded))),
                            None => Box::new(self.$map.iter()),
                        };
                        let mut page = Vec::new();
                        for (_, record) in records {
                            let json = serde_json::to_value(record).expect("records serialize");
                            if !keep(&json) {
                                continue;
                            }
                            if page.len() == limit {
                                let last = page.last().and_then(|v: &serde_json::Value| v.get("id")).and_then(|v| v.as_str()).map(str::to_owned);
                                return Ok((page, last));
                            }
                            page.push(json);
                        }
                        Ok((page, None))
                    })*
                    _ => Ok((vec![], None)),
                }
            }

            /// Put a record read back from its read row into the state (start-up
            /// from the read tables instead of replaying every event).
            pub fn restore_record(&mut self, kind: &str, json: serde_json::Value) -> Result<(), serde_json::Error> {
                match kind {
                    $($kind => {
                        let r: $record = serde_json::from_value(json)?;
                        self.$map.insert(r.id.clone(), r);
                    })*
                    other => return Err(serde::de::Error::custom(format!("unknown record kind {other}"))),
                }
                Ok(())
            }

            /// A copy holding only the records `keep` accepts (what one reader may see).
            pub fn filtered(&self, keep: impl Fn(&str) -> bool) -> State {
                let mut out = State { last_seq: self.last_seq, ..State::default() };
                $(out.$map = self.$map.iter().filter(|(k, _)| keep(k.as_str())).map(|(k, v)| (k.clone(), v.clone())).collect();)*
                out
            }

            /// Every record of one kind as JSON, in id order (empty for an unknown kind).
            pub fn records_json(&self, kind: &str) -> Vec<serde_json::Value> {
                match kind {
                    $($kind => self.$map.values().map(|r| serde_json::to_value(r).expect("records serialize")).collect(),)*
                    _ => vec![],
                }
            }

            /// Every record id, in a stable order (for rebuilding the read tables).
            pub fn all_record_ids(&self) -> Vec<String> {
                let mut ids = Vec::new();
                $(ids.extend(self.$map.keys().map(|k| k.to_string()));)*
                ids
            }
        }
    };
}

record_kinds! {
    ("par", parties, PartyId, Party, "party", "parties"),
    ("per", people, PersonId, Person, "person", "people"),
    ("ini", initiatives, InitiativeId, Initiative, "initiative", "initiatives"),
    ("apr", approvals, ApprovalId, ApprovalRequest, "approval", "approvals"),
    ("not", notifications, NotificationId, Notification, "notification", "notifications"),
    ("lia", liaison, LiaisonId, LiaisonEntry, "liaison", "liaison"),
    ("del", delegations, DelegationId, Delegation, "delegation", "delegations"),
    ("vis", visits, VisitId, Visit, "visit", "visits"),
    ("pha", phases, PhaseId, Phase, "phase", "phases"),
    ("age", agenda_items, AgendaItemId, AgendaItem, "agenda_item", "agenda-items"),
    ("mtg", meetings, MeetingId, Meeting, "meeting", "meetings"),
    ("clm", claims, ClaimId, Claim, "claim", "claims"),
    ("com", commitments, CommitmentId, Commitment, "commitment", "commitments"),
    ("nte", notes, NoteId, Note, "note", "notes"),
    ("pol", policy_versions, PolicyVersionId, PolicyVersion, "policy_version", "policy-versions"),
    ("xpt", crossing_points, CrossingPointId, CrossingPoint, "crossing_point", "crossing-points"),
    ("pas", passes, PassId, Pass, "pass", "passes"),
    ("crs", crossings, CrossingId, Crossing, "crossing", "crossings"),
    ("mov", movements, MovementId, MovementReport, "movement", "movements"),
    ("cit", citations, CitationId, Citation, "citation", "citations"),
    ("cmy", communities, CommunityId, Community, "community", "communities"),
    ("grv", grievances, GrievanceId, Grievance, "grievance", "grievances"),
}

#[cfg(test)]
mod record_ref_tests {
    use super::RecordRef;
    use crate::ids::{ClaimId, InitiativeId};

    #[test]
    fn a_record_reference_names_its_kind() {
        assert_eq!("clm-3".parse::<RecordRef>(), Ok(RecordRef::Claim(ClaimId::numbered(3))));
        assert_eq!("ini-1".parse::<RecordRef>().map(|r| r.kind()), Ok("initiative"));
        let json = serde_json::to_value(RecordRef::Initiative(InitiativeId::numbered(12))).unwrap();
        assert_eq!(json, serde_json::json!("ini-12"));
        assert_eq!(serde_json::from_value::<RecordRef>(json).unwrap().as_str(), "ini-12");
    }

    #[test]
    fn the_schema_says_what_the_parser_takes() {
        let schema = serde_json::to_value(schemars::schema_for!(RecordRef)).unwrap();
        let pattern = schema["pattern"].as_str().unwrap();
        assert!(pattern.starts_with("^(par|per|ini|") && pattern.ends_with("|grv)-[1-9][0-9]{0,17}$"), "{pattern}");
        assert!(!pattern.contains("||") && !pattern.contains("|)"), "no empty alternative: {pattern}");
    }

    #[test]
    fn another_label_for_a_record_is_not_a_reference() {
        for bad in ["", "clm", "clm-0", "clm-01", "Claim-1", "xyz-1", "clm-1 ", "clm-1x", "-1"] {
            assert!(bad.parse::<RecordRef>().is_err(), "{bad:?}");
            assert!(serde_json::from_value::<RecordRef>(serde_json::json!(bad)).is_err(), "{bad:?}");
        }
    }
}
