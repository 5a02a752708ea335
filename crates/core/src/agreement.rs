//! Agreements both sides sign: a commitment agreed between them, put in one
//! canonical text (a C2SP signed-note body naming the record, the ledger index
//! of the event that made it, the parties and the text), which each side's
//! representative signs with their own Ed25519 key — on their own instance or
//! offline (`jirga cosign`), so that the counterpart never hands its key to the
//! province's server. A signature is recorded only once it verifies against a
//! key registered for one of the parties bound (`register_signing_key`).

use signed_note::{Note, Signature, StandardVerifier, VerifierList};

use crate::error::RuleError;
use crate::ids::CommitmentId;
use crate::model::CommitmentStatus;
use crate::state::State;

/// The first line of every agreement text: what it is and its format's version.
pub const HEADER: &str = "jirga agreement v1";

/// The canonical text of an agreed commitment: every line non-empty and
/// newline-terminated (a signed-note body), the commitment's own text quoted
/// line by line after `> `.
pub fn text(state: &State, id: &CommitmentId) -> Result<String, RuleError> {
    let c = state.commitments.get(id).ok_or_else(|| RuleError::not_found("commitment", id))?;
    if !matches!(c.status, CommitmentStatus::Agreed | CommitmentStatus::InProgress | CommitmentStatus::Fulfilled) {
        return Err(RuleError::NotAgreed { status: c.status });
    }
    let index = c.history.first().map_or(0, |s| s.seq);
    let mut out = format!("{HEADER}\ncommitment {id}\nindex {index}\n");
    for party in &c.bound {
        let name = state.parties.get(party).map_or_else(|| party.to_string(), |p| p.name.to_string());
        out.push_str(&format!("party {party} {name}\n"));
    }
    for line in c.text.as_str().lines() {
        let line = line.trim_end();
        out.push_str(if line.is_empty() { ">\n" } else { "> " });
        if !line.is_empty() {
            out.push_str(line);
            out.push('\n');
        }
    }
    Ok(out)
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
