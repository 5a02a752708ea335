//! Agreements both sides sign: a commitment agreed between them, put in one
//! canonical text (a C2SP signed-note body naming the record, the ledger index
//! of the event that made it, the parties and the text), which each side's
//! representative signs with their own Ed25519 key — on their own instance or
//! offline (`jirga cosign`), so that the counterpart never hands its key to the
//! province's server. A signature is recorded only once it verifies against a
//! key registered for one of the parties bound (`register_signing_key`).

use signed_note::{Note, Signature, StandardVerifier, VerifierList};

use crate::error::RuleError;
use crate::ids::{CommitmentId, MeetingId, PartyId};
use crate::model::{CommitmentStatus, OutcomeResult};
use crate::state::{Party, SigningKey, State};

/// The first line of every agreement text: what it is and its format's version.
pub const HEADER: &str = "jirga agreement v1";

/// What both sides sign: an agreed commitment, or an outcome agreed in a meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Commitment(CommitmentId),
    /// A meeting's outcome, by its number from 1.
    Outcome(MeetingId, u32),
}

impl std::fmt::Display for Subject {
    /// As the text's second line names it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Subject::Commitment(id) => write!(f, "commitment {id}"),
            Subject::Outcome(meeting, n) => write!(f, "meeting {meeting} outcome {n}"),
        }
    }
}

/// The parties a subject binds: a commitment's, or the governments of a
/// meeting's participants (of either side, in the order they took part).
pub fn parties(state: &State, subject: &Subject) -> Vec<PartyId> {
    match subject {
        Subject::Commitment(id) => state.commitments.get(id).map(|c| c.bound.clone()).unwrap_or_default(),
        Subject::Outcome(meeting, _) => {
            let mut out: Vec<PartyId> = Vec::new();
            for person in state.meetings.get(meeting).map(|m| m.participants.as_slice()).unwrap_or_default() {
                let party = state.people.get(person).and_then(|p| p.party.clone());
                if let Some(party) = party.filter(|p| crate::decide::party_side(state, p).is_some())
                    && !out.contains(&party)
                {
                    out.push(party);
                }
            }
            out
        }
    }
}

/// The canonical text of an agreed commitment: every line non-empty and
/// newline-terminated (a signed-note body), the commitment's own text quoted
/// line by line after `> `.
pub fn text(state: &State, id: &CommitmentId) -> Result<String, RuleError> {
    subject_text(state, &Subject::Commitment(id.clone()))
}

/// The canonical text of what both sides sign: its header, what it is, the
/// ledger index of the event that recorded its text, the parties, the text.
pub fn subject_text(state: &State, subject: &Subject) -> Result<String, RuleError> {
    let (index, quoted) = match subject {
        Subject::Commitment(id) => {
            let c = state.commitments.get(id).ok_or_else(|| RuleError::not_found("commitment", id))?;
            if !matches!(c.status, CommitmentStatus::Agreed | CommitmentStatus::InProgress | CommitmentStatus::Fulfilled) {
                return Err(RuleError::NotAgreed { status: c.status });
            }
            (c.history.first().map_or(0, |s| s.seq), c.text.to_string())
        }
        Subject::Outcome(id, n) => {
            let m = state.meetings.get(id).ok_or_else(|| RuleError::not_found("meeting", id))?;
            let outcome = (*n as usize)
                .checked_sub(1)
                .and_then(|i| m.outcomes.get(i))
                .ok_or(RuleError::NoSuchOutcome { outcome: *n, outcomes: m.outcomes.len() as u32 })?;
            if outcome.result != OutcomeResult::Agreed || m.breach.is_some() {
                return Err(RuleError::OutcomeNotAgreed);
            }
            (m.history.first().map_or(0, |s| s.seq), outcome.text.to_string())
        }
    };
    let mut out = format!("{HEADER}\n{subject}\nindex {index}\n");
    for party in parties(state, subject) {
        let name = state.parties.get(&party).map_or_else(|| party.to_string(), |p| p.name.to_string());
        out.push_str(&format!("party {party} {name}\n"));
    }
    for line in quoted.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            out.push_str(">\n");
        } else {
            out.push_str(&format!("> {line}\n"));
        }
    }
    Ok(out)
}

/// The lines of the text after `> ` (what was agreed, as recorded).
pub fn quoted(text: &str) -> String {
    text.lines().filter_map(|l| l.strip_prefix("> ").or_else(|| (l == ">").then_some(""))).collect::<Vec<_>>().join("\n")
}

/// The registered key (and its party) that made `signature`, among `parties`.
pub fn signer<'a>(state: &'a State, parties: &[PartyId], signature: &Signature) -> Option<(&'a Party, &'a SigningKey)> {
    parties.iter().filter_map(|p| state.parties.get(p)).find_map(|p| {
        p.signing_keys.iter().find(|k| key_name_and_id(k.key.as_str()) == Some((signature.name(), signature.id()))).map(|k| (p, k))
    })
}

/// A signature line (`— <key name> <base64>`), parsed.
pub fn parse_signature(line: &str) -> Option<Signature> {
    Signature::from_bytes(line.trim_end_matches(['\n', '\r']).as_bytes()).ok()
}

/// Does `signature` verify over `text` with the verifier key `vkey`?
pub fn verifies(text: &str, signature: &Signature, vkey: &str) -> bool {
    let Ok(verifier) = StandardVerifier::new(vkey) else { return false };
    let Ok(note) = Note::new(text.as_bytes(), std::slice::from_ref(signature)) else { return false };
    note.verify(&VerifierList::new(vec![Box::new(verifier)])).is_ok()
}

/// Is `vkey` a signed-note Ed25519 verifier key?
pub fn is_verifier_key(vkey: &str) -> bool {
    StandardVerifier::new(vkey).is_ok()
}

/// The key name and id of a verifier key (`<name>+<hex id>+…`).
pub fn key_name_and_id(vkey: &str) -> Option<(&str, u32)> {
    let mut parts = vkey.splitn(3, '+');
    let name = parts.next()?;
    let id = u32::from_str_radix(parts.next()?, 16).ok()?;
    Some((name, id))
}
