//! The tribal dimension: communities astride the border, their elders, and the
//! grievances they raise. A community's sides are derived from its districts
//! (a closed list of places), never typed, so no label decides what a rule sees.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::ids::*;
use crate::model::*;
use crate::text::{Body, Name};

use super::{Source, Stamp, State};

/// A tribe, sub-tribe or a locality's community, on one side of the border or both.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Community {
    pub id: CommunityId,
    pub name_latin: Name,
    pub name_arabic: Option<Name>,
    pub kind: CommunityKind,
    pub districts: Vec<BorderDistrict>,
    /// The tribe a sub-tribe or a locality's community is part of.
    pub part_of: Option<CommunityId>,
    /// Communities it neighbours (across the border or beside it).
    pub neighbours: Vec<CommunityId>,
    /// Its elders and representatives, in the order they were recorded.
    pub elders: Vec<Elder>,
    pub history: Vec<Stamp>,
}

/// A person who speaks for a community, and their standing in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Elder {
    pub person: PersonId,
    pub standing: ElderStanding,
    pub since: Date,
}

impl Community {
    /// The sides of the border it lives on, from its districts (Pakistan first).
    pub fn sides(&self) -> Vec<Side> {
        Side::ALL.iter().copied().filter(|side| self.districts.iter().any(|d| d.side() == *side)).collect()
    }

    /// Does it live on `side`?
    pub fn lives_on(&self, side: Side) -> bool {
        self.districts.iter().any(|d| d.side() == side)
    }

    /// The elder record of `person`, when they speak for this community.
    pub fn elder(&self, person: &PersonId) -> Option<&Elder> {
        self.elders.iter().find(|e| &e.person == person)
    }
}

/// A grievance a community raised (or an elder on its behalf), and every step
/// taken on it. Nothing is deleted: a grievance ends resolved or closed, with
/// the reason on the record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Grievance {
    pub id: GrievanceId,
    pub community: CommunityId,
    /// The elder who raised it, when it is not sensitive (a sensitive one's
    /// raiser is kept apart, like a pass holder's data: see `raiser_commitment`).
    pub raised_by: Option<PersonId>,
    /// Hex SHA-256 of the salt and the raiser kept apart, for a sensitive
    /// grievance raised by a named elder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raiser_commitment: Option<Name>,
    /// The raiser kept apart was erased (`erase_grievance_raiser`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub raiser_erased: bool,
    pub sensitive: bool,
    pub topic: GrievanceTopic,
    pub district: Option<BorderDistrict>,
    pub place: Option<Name>,
    pub raised_on: Date,
    pub text: Body,
    pub source: Source,
    /// Agenda items it was put on, and commitments or measures that address it.
    pub agenda_items: Vec<AgendaItemId>,
    pub commitments: Vec<CommitmentId>,
    pub steps: Vec<GrievanceStep>,
    pub history: Vec<Stamp>,
}

/// One step on a grievance: acknowledged, referred (to whom), addressed (by
/// which commitment), resolved or closed (why).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GrievanceStep {
    pub to: GrievanceStatus,
    pub on: Date,
    pub note: Option<Body>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referred_to: Option<PartyId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commitment: Option<CommitmentId>,
}

impl Grievance {
    pub fn status(&self) -> GrievanceStatus {
        self.steps.last().map_or(GrievanceStatus::Raised, |s| s.to)
    }

    pub fn is_open(&self) -> bool {
        !self.status().is_terminal()
    }

    /// The day of its latest step (the day it was raised when none).
    pub fn last_on(&self) -> Date {
        self.steps.last().map_or(self.raised_on, |s| s.on)
    }
}

/// A sensitive grievance's raiser as kept apart from the record: the person
/// and the salt of the event's commitment. Erasing the row leaves the
/// commitment revealing nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeptRaiser {
    pub person: PersonId,
    /// Hex of the salt.
    pub salt: String,
}

/// The commitment a sensitive grievance's event carries to its raiser: hex
/// SHA-256 of the salt bytes followed by the person's id.
pub fn raiser_commitment(salt: &[u8], person: &PersonId) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    hasher.update(salt);
    hasher.update(person.as_str().as_bytes());
    crate::text::hex(&hasher.finalize())
}

impl KeptRaiser {
    /// Does this row match the commitment the event carries?
    pub fn matches(&self, commitment: &str) -> bool {
        let salt: Option<Vec<u8>> =
            (0..self.salt.len()).step_by(2).map(|i| self.salt.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok())).collect();
        salt.is_some_and(|salt| raiser_commitment(&salt, &self.person) == commitment)
    }
}

/// A sensitive grievance raised by a named elder, as a client sends it, made
/// into what the record keeps: the command without the raiser, committing to
/// it with `salt`, and the row kept apart. Any other command is unchanged.
pub fn keep_raiser_apart(mut command: crate::Command, salt: &[u8]) -> (crate::Command, Option<KeptRaiser>) {
    if let crate::Command::RaiseGrievance { raised_by, raiser_commitment: raiser_commitment @ None, sensitive: true, .. } = &mut command
        && let Some(person) = raised_by.take()
    {
        *raiser_commitment = Some(Name::parse(self::raiser_commitment(salt, &person)).expect("64 hex digits are a name"));
        return (command, Some(KeptRaiser { person, salt: crate::text::hex(salt) }));
    }
    (command, None)
}

/// The personal-data key of a sensitive grievance's raiser.
pub fn raiser_key(grievance: &str) -> String {
    format!("{grievance}/raiser")
}

impl State {
    /// The party and representative whose registered key made `signature`,
    /// among the parties `subject` binds.
    pub fn signer_of(&self, subject: &crate::agreement::Subject, signature: &str) -> Option<(PartyId, PersonId)> {
        let sig = crate::agreement::parse_signature(signature)?;
        let parties = crate::agreement::parties(self, subject);
        crate::agreement::signer(self, &parties, &sig).map(|(p, k)| (p.id.clone(), k.person.clone()))
    }

    /// The communities a person speaks for.
    pub fn communities_of(&self, person: &PersonId) -> impl Iterator<Item = &Community> {
        self.communities.values().filter(move |c| c.elder(person).is_some())
    }

    /// Meetings in which an elder of the community took part: its engagements.
    pub fn engagements_of<'a>(&'a self, community: &'a Community) -> impl Iterator<Item = &'a super::Meeting> + 'a {
        self.meetings.values().filter(move |m| m.participants.iter().any(|p| community.elder(p).is_some()))
    }

    /// The communities a meeting engaged (an elder of each took part).
    pub fn communities_in<'a>(&'a self, meeting: &'a super::Meeting) -> impl Iterator<Item = &'a Community> + 'a {
        self.communities.values().filter(move |c| meeting.participants.iter().any(|p| c.elder(p).is_some()))
    }

    /// Commitments that concern a community: measures naming it and those that address its grievances.
    pub fn commitments_concerning(&self, community: &CommunityId) -> Vec<&super::Commitment> {
        self.commitments
            .values()
            .filter(|c| {
                c.cbm.as_ref().is_some_and(|m| m.communities.contains(community))
                    || self.grievances.values().any(|g| &g.community == community && g.commitments.contains(&c.id))
            })
            .collect()
    }
}
