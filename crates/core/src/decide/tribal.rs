//! The rules of the tribal dimension and of delivery: communities and their
//! elders, grievances, confidence-building measures, milestones and scores.

use std::collections::BTreeSet;

use crate::command::Command;
use crate::error::RuleError;
use crate::ids::*;
use crate::model::*;
use crate::state::*;

use super::{get, next, non_empty_unique, not_before};

/// The side of the border a party is on, from its own kind or the kind of
/// the body it is within (bounded, whatever the record holds). Groups and
/// international bodies are on neither.
pub fn party_side(state: &State, party: &PartyId) -> Option<Side> {
    let mut at = state.parties.get(party);
    for _ in 0..8 {
        let p = at?;
        match p.kind {
            PartyKind::ProvincialGovernment | PartyKind::FederalGovernment => return Some(Side::Pakistan),
            PartyKind::CounterpartGovernment => return Some(Side::Afghanistan),
            _ => at = p.within.as_ref().and_then(|w| state.parties.get(w)),
        }
    }
    None
}

/// Is the party a government (of either side) or a body within one?
fn of_a_government(state: &State, party: &PartyId) -> bool {
    party_side(state, party).is_some()
}

/// Every id in `items` exists (`kind`) and none is named twice.
fn known_unique<K: Ord + Clone + std::fmt::Debug + std::fmt::Display, V>(
    map: &std::collections::BTreeMap<K, V>,
    field: &'static str,
    kind: &'static str,
    items: &[K],
) -> Result<(), RuleError> {
    if !items.is_empty() {
        non_empty_unique(field, items)?;
    }
    items.iter().try_for_each(|id| get(map, id, kind).map(|_| ()))
}

fn stray(field: &'static str, expected: &'static str) -> RuleError {
    RuleError::FieldFormat { field, expected }
}

/// A signature of `subject`'s canonical text: by a key registered for a party
/// it binds, over exactly that text, and not by a key that signed it before.
fn check_signature(
    state: &State,
    subject: &crate::agreement::Subject,
    signature: &str,
    before: Vec<&str>,
) -> Result<Vec<String>, RuleError> {
    let text = crate::agreement::subject_text(state, subject)?;
    let sig =
        crate::agreement::parse_signature(signature).ok_or(stray("signature", "a signed-note signature line (— <key name> <base64>)"))?;
    let parties = crate::agreement::parties(state, subject);
    let (_, key) = crate::agreement::signer(state, &parties, &sig).ok_or(RuleError::UnknownSigningKey)?;
    if !crate::agreement::verifies(&text, &sig, key.key.as_str()) {
        return Err(RuleError::SignatureMismatch);
    }
    let signed_before =
        before.iter().filter_map(|s| crate::agreement::parse_signature(s)).any(|s| (s.name(), s.id()) == (sig.name(), sig.id()));
    if signed_before {
        return Err(RuleError::AlreadySigned);
    }
    Ok(vec![])
}

/// Checks one of this module's commands; returns the ids it will create.
pub(super) fn check(state: &State, command: &Command) -> Result<Vec<String>, RuleError> {
    use Command::*;
    let none = Ok(vec![]);
    match command {
        RegisterCommunity { districts, part_of, neighbours, .. } => {
            non_empty_unique("districts", districts)?;
            if let Some(tribe) = part_of {
                get(&state.communities, tribe, "community")?;
            }
            known_unique(&state.communities, "neighbours", "community", neighbours)?;
            Ok(vec![CommunityId::numbered(next(&state.communities, 0)).to_string()])
        }
        AddElder { community, person, .. } => {
            let c = get(&state.communities, community, "community")?;
            let p = get(&state.people, person, "person")?;
            if c.elder(person).is_some() {
                return Err(RuleError::AlreadyAnElder);
            }
            // An elder speaks for a community: a government's official on
            // its roll would make a government meeting look like a jirga.
            if p.party.as_ref().is_some_and(|party| of_a_government(state, party)) {
                return Err(RuleError::ElderOfAGovernment);
            }
            none
        }
        RaiseGrievance { community, raised_by, raiser_commitment, sensitive, agenda_items, commitments, .. } => {
            let c = get(&state.communities, community, "community")?;
            match (sensitive, raised_by, raiser_commitment) {
                (true, Some(_), _) => return Err(RuleError::SensitiveRaiserInTheOpen),
                (false, _, Some(_)) => return Err(stray("raiser_commitment", "a raiser kept apart only for a sensitive grievance")),
                (false, Some(person), None) => {
                    get(&state.people, person, "person")?;
                    if c.elder(person).is_none() {
                        return Err(RuleError::NotAnElder);
                    }
                }
                _ => {}
            }
            if let Some(commitment) = raiser_commitment
                && !(commitment.as_str().len() == 64 && commitment.as_str().bytes().all(|b| b.is_ascii_hexdigit()))
            {
                return Err(stray("raiser_commitment", "64 hexadecimal digits (SHA-256)"));
            }
            known_unique(&state.agenda_items, "agenda_items", "agenda_item", agenda_items)?;
            known_unique(&state.commitments, "commitments", "commitment", commitments)?;
            Ok(vec![GrievanceId::numbered(next(&state.grievances, 0)).to_string()])
        }
        AdvanceGrievance { grievance, to, on, note, referred_to, commitment } => {
            let g = get(&state.grievances, grievance, "grievance")?;
            let from = g.status();
            if !from.next().contains(to) {
                return Err(RuleError::InvalidGrievanceStep { from, to: *to });
            }
            let earlier = if g.steps.is_empty() { "raised_on" } else { "last_step_on" };
            not_before("on", *on, earlier, g.last_on())?;
            match (to, referred_to) {
                (GrievanceStatus::Referred, None) => return Err(RuleError::StepIncomplete { field: "referred_to" }),
                (GrievanceStatus::Referred, Some(party)) => {
                    get(&state.parties, party, "party")?;
                }
                (_, Some(_)) => return Err(stray("referred_to", "an authority only when the grievance is referred")),
                _ => {}
            }
            match (to, commitment) {
                (GrievanceStatus::Addressed, None) => return Err(RuleError::StepIncomplete { field: "commitment" }),
                (GrievanceStatus::Addressed, Some(c)) => {
                    get(&state.commitments, c, "commitment")?;
                }
                (_, Some(_)) => return Err(stray("commitment", "a commitment only when the grievance is addressed")),
                _ => {}
            }
            if to.is_terminal() && note.is_none() {
                return Err(RuleError::ReasonRequired);
            }
            none
        }
        EraseGrievanceRaiser { grievance, erased_on, .. } => {
            let g = get(&state.grievances, grievance, "grievance")?;
            if g.raiser_commitment.is_none() || g.raiser_erased {
                return Err(RuleError::NoRaiserKept);
            }
            if g.is_open() {
                return Err(RuleError::GrievanceStillOpen);
            }
            not_before("erased_on", *erased_on, "last_step_on", g.last_on())?;
            none
        }
        MarkConfidenceBuilding { commitment, communities, parties, marked_on } => {
            let c = get(&state.commitments, commitment, "commitment")?;
            if c.cbm.is_some() {
                return Err(RuleError::AlreadyAMeasure);
            }
            if c.status == CommitmentStatus::Withdrawn {
                return Err(RuleError::CommitmentWithdrawn);
            }
            known_unique(&state.communities, "communities", "community", communities)?;
            known_unique(&state.parties, "parties", "party", parties)?;
            // Both sides, judged by the places communities live in and the
            // governments parties belong to, never by a label.
            let mut sides: BTreeSet<Side> = communities.iter().filter_map(|id| state.communities.get(id)).flat_map(|c| c.sides()).collect();
            sides.extend(parties.iter().filter_map(|p| party_side(state, p)));
            if sides.len() < Side::ALL.len() {
                return Err(RuleError::MeasureOneSided);
            }
            not_before("marked_on", *marked_on, "drafted_on", c.drafted_on)?;
            none
        }
        AddMilestone { commitment, due_on, .. } => {
            let c = get(&state.commitments, commitment, "commitment")?;
            if c.status.is_terminal() {
                return Err(RuleError::NotActive { status: c.status });
            }
            not_before("due_on", *due_on, "drafted_on", c.drafted_on)?;
            none
        }
        ReportMilestone { commitment, milestone, on, value, met, note } => {
            let c = get(&state.commitments, commitment, "commitment")?;
            if c.status.is_terminal() {
                return Err(RuleError::NotActive { status: c.status });
            }
            let m = (*milestone as usize)
                .checked_sub(1)
                .and_then(|i| c.milestones.get(i))
                .ok_or(RuleError::NoSuchMilestone { milestone: *milestone, milestones: c.milestones.len() as u32 })?;
            if m.met_on.is_some() {
                return Err(RuleError::MilestoneAlreadyMet);
            }
            if value.is_none() && !met && note.is_none() {
                return Err(RuleError::StepIncomplete { field: "value" });
            }
            not_before("on", *on, "drafted_on", c.drafted_on)?;
            if let Some(last) = m.readings.last() {
                not_before("on", *on, "last_reading_on", last.on)?;
            }
            none
        }
        ScoreImplementation { commitment, score, scored_on, evidence } => {
            let c = get(&state.commitments, commitment, "commitment")?;
            if !PAM_SCORES.contains(score) {
                return Err(RuleError::OutOfRange { field: "score", min: *PAM_SCORES.start() as u32, max: *PAM_SCORES.end() as u32 });
            }
            if evidence.is_none() {
                return Err(RuleError::EvidenceRequired);
            }
            // A province may start delivering before the counterpart agrees
            // (a pass desk opened early): scored whatever its status, except
            // a commitment withdrawn, which has nothing left to implement.
            if c.status == CommitmentStatus::Withdrawn {
                return Err(RuleError::CommitmentWithdrawn);
            }
            not_before("scored_on", *scored_on, "drafted_on", c.drafted_on)?;
            none
        }
        RegisterSigningKey { party, person, key, .. } => {
            let p = get(&state.parties, party, "party")?;
            if party_side(state, party).is_none() {
                return Err(RuleError::WrongPartyKind { field: "party", expected: "a government of either side" });
            }
            let who = get(&state.people, person, "person")?;
            if who.party.as_ref() != Some(&p.id) {
                return Err(stray("person", "a person of that party"));
            }
            if !crate::agreement::is_verifier_key(key.as_str()) {
                return Err(stray("key", "a signed-note Ed25519 verifier key (name+id+base64)"));
            }
            let taken = state
                .parties
                .values()
                .flat_map(|p| &p.signing_keys)
                .any(|k| crate::agreement::key_name_and_id(k.key.as_str()) == crate::agreement::key_name_and_id(key.as_str()));
            if taken {
                return Err(RuleError::Duplicate { field: "key", value: key.to_string() });
            }
            none
        }
        CosignAgreement { commitment, signature } => {
            let subject = crate::agreement::Subject::Commitment(commitment.clone());
            let before = get(&state.commitments, commitment, "commitment")?.signatures.iter().map(|s| s.signature.as_str());
            check_signature(state, &subject, signature.as_str(), before.collect())
        }
        CosignOutcome { meeting, outcome, signature } => {
            let subject = crate::agreement::Subject::Outcome(meeting.clone(), *outcome);
            let m = get(&state.meetings, meeting, "meeting")?;
            let before = m.signatures.iter().filter(|s| s.outcome == *outcome).map(|s| s.signature.as_str());
            check_signature(state, &subject, signature.as_str(), before.collect())
        }
        _ => unreachable!("only the tribal and delivery commands are checked here"),
    }
}
