//! Typed identifiers. Every record kind has its own id type so that a meeting id
//! can never be passed where a delegation id is expected.
//!
//! Ids are allocated by [`crate::decide`] from counters in the state
//! (`del-1`, `del-2`, ...), so allocation stays deterministic and pure.

use serde::{Deserialize, Serialize};

/// The most digits a record number has (10^18 records is beyond any record).
const MAX_DIGITS: usize = 18;

/// Is `text` an id of the kind with `prefix`: `prefix-N`, N from 1 without a leading zero?
fn is_id(text: &str, prefix: &str) -> bool {
    text.strip_prefix(prefix).and_then(|rest| rest.strip_prefix('-')).is_some_and(|digits| {
        (1..=MAX_DIGITS).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) && !digits.starts_with('0')
    })
}

/// A text that is not an id of the kind expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected an id like {prefix}-1 ({prefix}, a dash and the record's number)")]
pub struct IdError {
    pub prefix: &'static str,
}

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        /// Parsed at the edge: an id is its kind's prefix, a dash and a record
        /// number (from 1, no leading zero), whatever interface it came through.
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }

        impl std::str::FromStr for $name {
            type Err = IdError;

            fn from_str(text: &str) -> Result<Self, IdError> {
                if is_id(text, $prefix) {
                    Ok(Self(text.to_owned()))
                } else {
                    Err(IdError { prefix: $prefix })
                }
            }
        }

        // In the order the records were made: `clm-9` before `clm-10`. Ids are
        // the prefix and a number without leading zeros (only parsed ids
        // exist), so the shorter is the earlier and the text breaks ties.
        impl Ord for $name {
            fn cmp(&self, other: &Self) -> std::cmp::Ordering {
                self.0.len().cmp(&other.0.len()).then_with(|| self.0.cmp(&other.0))
            }
        }

        impl PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }

        impl $name {
            /// The prefix every id of this kind starts with.
            pub const PREFIX: &'static str = $prefix;

            /// The id allocated for the `n`-th record of this kind.
            pub fn numbered(n: u64) -> Self {
                Self(format!("{}-{}", $prefix, n))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "pattern": concat!("^", $prefix, "-[1-9][0-9]{0,17}$"),
                    "examples": [concat!($prefix, "-1")]
                })
            }
        }
    };
}

typed_id!(/// A government body, group or international body.
    PartyId, "par");
typed_id!(/// A named person acting in the process.
    PersonId, "per");
typed_id!(/// An engagement initiative (e.g. "KP–Afghanistan engagement").
    InitiativeId, "ini");
typed_id!(/// A request for federal approval.
    ApprovalId, "apr");
typed_id!(/// A formal notification to the federal government.
    NotificationId, "not");
typed_id!(/// A request for guidance in the liaison log.
    LiaisonId, "lia");
typed_id!(/// A delegation of the jirga.
    DelegationId, "del");
typed_id!(/// A visit of a delegation across the border.
    VisitId, "vis");
typed_id!(/// A phase of the talks.
    PhaseId, "pha");
typed_id!(/// An agenda item within a phase.
    AgendaItemId, "age");
typed_id!(/// A meeting between the parties.
    MeetingId, "mtg");
typed_id!(/// A claim (proposition) the parties take positions on.
    ClaimId, "clm");
typed_id!(/// A commitment and its delivery.
    CommitmentId, "com");
typed_id!(/// A note added to a record.
    NoteId, "nte");
typed_id!(/// A recorded version of one of the policy sets.
    PolicyVersionId, "pol");
typed_id!(/// A border crossing point.
    CrossingPointId, "xpt");
typed_id!(/// A movement pass (its public half; the holder's data is kept apart).
    PassId, "pas");
typed_id!(/// A crossing recorded at a border post.
    CrossingId, "crs");
typed_id!(/// A report of militant movement across the border.
    MovementId, "mov");
typed_id!(/// Incidents or a statistic cited as evidence on an agenda item or a claim.
    CitationId, "cit");
typed_id!(/// A community (tribe, sub-tribe or a locality's community) on either side of the border.
    CommunityId, "cmy");
typed_id!(/// A grievance a community raised.
    GrievanceId, "grv");

#[cfg(test)]
mod tests {
    use super::ClaimId;

    #[test]
    fn ids_sort_in_the_order_they_were_made() {
        let mut ids: Vec<ClaimId> = [10, 2, 100, 1, 9].into_iter().map(ClaimId::numbered).collect();
        ids.sort();
        assert_eq!(ids, [1, 2, 9, 10, 100].map(ClaimId::numbered));
    }

    #[test]
    fn an_id_is_parsed_at_the_edge() {
        for good in ["clm-1", "clm-10", "clm-999999999999999999"] {
            assert_eq!(good.parse::<ClaimId>().unwrap().as_str(), good);
            assert!(serde_json::from_value::<ClaimId>(serde_json::json!(good)).is_ok());
        }
        for bad in
            ["", "clm", "clm-", "clm-0", "clm-01", "clm-1x", "com-1", "CLM-1", " clm-1", "clm-1000000000000000000", "clm--1", "clm-١"]
        {
            assert!(bad.parse::<ClaimId>().is_err(), "{bad:?}");
            let err = serde_json::from_value::<ClaimId>(serde_json::json!(bad)).unwrap_err().to_string();
            assert!(err.contains("expected an id like clm-1"), "{bad:?}: {err}");
        }
    }
}
