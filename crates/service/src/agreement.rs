//! The agreement document: an agreed commitment's canonical text with both
//! sides' signatures (a signed note), the keys they were registered with, the
//! event that recorded the text and its inclusion proof in the ledger, and the
//! checkpoint that proof is against. One file that anyone verifies offline
//! (`jirga audit verify-agreement`): the signatures over the text, the text
//! against the event, the event in the signed ledger. Built for the API, the
//! page and `jirga agreement export`; checked here too, so every route agrees.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use jirga_core::agreement::Subject;
use jirga_engine::Engine;
use jirga_ledger::tree::{b64, leaf_hash, parse_hash, verify_inclusion};
use serde::{Deserialize, Serialize};

/// The format's name, first in every document.
pub const FORMAT: &str = "jirga-agreement/v1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignerKey {
    pub party: String,
    pub person: String,
    pub key: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgreementDocument {
    pub format: String,
    /// What was agreed, as the text names it (`commitment com-1`, `meeting mtg-4 outcome 1`).
    pub subject: String,
    /// The canonical text, a blank line, and the signature lines: a signed note.
    pub note: String,
    /// The keys registered for the parties bound, with whom they belong to.
    pub keys: Vec<SignerKey>,
    /// The event that recorded the commitment's text (standard base64 of its canonical bytes).
    pub event: String,
    pub index: u64,
    pub size: u64,
    pub root: String,
    pub proof: Vec<String>,
    /// The signed checkpoint of `size` leaves with `root`.
    pub checkpoint: String,
    /// The ledger's verifier key.
    pub log_key: String,
}

/// The document of what both sides agreed, as the record holds it now.
pub fn document(engine: &Engine, subject: &Subject) -> Result<AgreementDocument, String> {
    let (text, keys, signatures, index) = engine.read(|s| -> Result<_, String> {
        let text = jirga_core::agreement::subject_text(s, subject).map_err(|e| crate::i18n::english().rule_error(&e))?;
        let keys: Vec<SignerKey> = jirga_core::agreement::parties(s, subject)
            .iter()
            .filter_map(|p| s.parties.get(p))
            .flat_map(|p| {
                p.signing_keys.iter().map(move |k| SignerKey {
                    party: p.id.to_string(),
                    person: k.person.to_string(),
                    key: k.key.to_string(),
                })
            })
            .collect();
        let (signatures, index): (String, u64) = match subject {
            Subject::Commitment(id) => {
                let c = s.commitments.get(id).ok_or("no such commitment")?;
                (c.signatures.iter().map(|g| format!("{}\n", g.signature)).collect(), c.history.first().map_or(0, |h| h.seq))
            }
            Subject::Outcome(id, n) => {
                let m = s.meetings.get(id).ok_or("no such meeting")?;
                let lines = m.signatures.iter().filter(|g| g.outcome == *n).map(|g| format!("{}\n", g.signature)).collect();
                (lines, m.history.first().map_or(0, |h| h.seq))
            }
        };
        Ok((text, keys, signatures, index))
    })?;
    let log_key = engine.public_key().ok_or("this record keeps no ledger")?.to_owned();
    let checkpoint = engine.with_reader(|s| s.latest_checkpoint()).map_err(|e| e.to_string())?.ok_or("no checkpoint yet")?;
    let proof = engine.inclusion_proof(index, Some(checkpoint.size)).map_err(|e| e.to_string())?;
    let event = engine.with_reader(|s| s.events(index, 1)).map_err(|e| e.to_string())?.pop().ok_or("the event is missing")?;
    Ok(AgreementDocument {
        format: FORMAT.into(),
        subject: subject.to_string(),
        note: format!("{text}\n{signatures}"),
        keys,
        event: STANDARD.encode(&event.bytes),
        index,
        size: proof.size,
        root: b64(&proof.root),
        proof: proof.proof.iter().map(b64).collect(),
        checkpoint: checkpoint.note,
        log_key,
    })
}

/// One check of a document and whether it held.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    pub what: String,
    pub ok: bool,
}

/// Every check of `doc`: each signature over the text (with `trusted` keys
/// when given, else the document's own), two sides signed, the text is the
/// recorded event's, the event is in the ledger the log signed (with
/// `log_key` when given, else the document's).
pub fn verify(doc: &AgreementDocument, trusted: &[String], log_key: Option<&str>) -> Vec<Check> {
    let mut checks = Vec::new();
    let mut check = |what: String, ok: bool| checks.push(Check { what, ok });
    let (text, lines) = doc.note.split_once("\n\n").map_or((doc.note.clone(), ""), |(t, l)| (format!("{t}\n"), l));
    let named = text.lines().nth(1) == Some(doc.subject.as_str());
    check(
        format!("the text is a {FORMAT} agreement on {}", doc.subject),
        doc.format == FORMAT && text.starts_with(jirga_core::agreement::HEADER) && named,
    );
    let keys: Vec<(String, String)> = if trusted.is_empty() {
        doc.keys.iter().map(|k| (k.key.clone(), k.party.clone())).collect()
    } else {
        trusted.iter().map(|k| (k.clone(), doc.keys.iter().find(|d| d.key == *k).map_or_else(|| k.clone(), |d| d.party.clone()))).collect()
    };
    let mut sides = std::collections::BTreeSet::new();
    for line in lines.lines().filter(|l| !l.trim().is_empty()) {
        let signature = jirga_core::agreement::parse_signature(line);
        let by = signature
            .as_ref()
            .and_then(|s| keys.iter().find(|(k, _)| jirga_core::agreement::key_name_and_id(k) == Some((s.name(), s.id()))));
        let ok = match (&signature, by) {
            (Some(s), Some((key, party))) => {
                let ok = jirga_core::agreement::verifies(&text, s, key);
                if ok {
                    sides.insert(party.clone());
                }
                ok
            }
            _ => false,
        };
        let name = signature.map_or_else(|| "?".to_owned(), |s| s.name().to_owned());
        check(format!("signature of {name} over the text"), ok);
    }
    check(format!("signed by both sides ({} found)", sides.len()), sides.len() >= 2);
    // The text is the one the record holds: the event that recorded it says so.
    let event = STANDARD.decode(&doc.event).ok();
    let recorded = event.as_deref().and_then(|bytes| jirga_core::EventRecord::decode(bytes).ok());
    let quoted = jirga_core::agreement::quoted(&text);
    let same = |recorded: &str| recorded.lines().map(str::trim_end).collect::<Vec<_>>().join("\n") == quoted;
    let mut words = doc.subject.split(' ');
    let same_text = recorded.as_ref().is_some_and(|r| {
        let created = r.event.created.first().map(String::as_str);
        r.seq == doc.index
            && match (words.next(), words.next(), words.next(), words.next().and_then(|n| n.parse::<usize>().ok())) {
                (Some("commitment"), Some(id), None, _) => {
                    created == Some(id)
                        && matches!(&r.event.change, jirga_core::Command::DraftCommitment { text, .. } if same(text.as_str()))
                }
                (Some("meeting"), Some(id), Some("outcome"), Some(n)) => {
                    created == Some(id)
                        && matches!(&r.event.change, jirga_core::Command::RecordMeeting { outcomes, .. }
                            if n >= 1 && outcomes.get(n - 1).is_some_and(|o| same(o.text.as_str())))
                }
                _ => false,
            }
    });
    check(format!("the text is the one recorded at ledger index {}", doc.index), same_text);
    // The event is in the ledger at that index, under a checkpoint the log signed.
    let log_key = log_key.unwrap_or(&doc.log_key);
    let signed = jirga_ledger::checkpoint::verify_checkpoint(&doc.checkpoint, log_key).ok();
    let included = (|| {
        let cp = signed.as_ref()?;
        let root = parse_hash(&doc.root).ok()?;
        let proof = doc.proof.iter().map(|p| parse_hash(p)).collect::<Result<Vec<_>, _>>().ok()?;
        (cp.size == doc.size
            && cp.root == root
            && verify_inclusion(leaf_hash(event.as_deref()?), doc.index, doc.size, root, &proof).is_ok())
        .then_some(())
    })();
    check("the checkpoint is signed by the log".into(), signed.is_some());
    check(format!("the event is included in the ledger of {} entries", doc.size), included.is_some());
    checks
}
