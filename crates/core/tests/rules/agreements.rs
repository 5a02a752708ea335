//! Agreements both sides sign: keys registered for a side, signatures over the
//! canonical text verified before they are recorded, each refusal named.

use jirga_core::agreement;
use jirga_core::ids::{CommitmentId, MeetingId};
use serde_json::json;
use signed_note::{Note, StandardSigner};

use super::World;

/// A key pair for `name`: (secret, verifier key).
fn keys(name: &str) -> (String, String) {
    signed_note::generate_key(&mut rand_core::OsRng, name)
}

/// The signature line of `skey` over `text`.
fn sign(skey: &str, text: &str) -> String {
    let mut note = Note::new(text.as_bytes(), &[]).unwrap();
    note.add_sigs(&[&StandardSigner::new(skey).unwrap()]).unwrap();
    let bytes = String::from_utf8(note.to_bytes()).unwrap();
    bytes.split("\n\n").nth(1).unwrap().trim_end().to_owned()
}

/// The demo with com-1 agreed: approved, proposed, accepted in a meeting with the counterpart.
fn agreed() -> World {
    let mut w = World::demo();
    w.approve(json!({"approved_topics": ["security", "trade", "movement_of_people"], "waive_phase_order": true}));
    w.run(json!({"type": "change_commitment_status", "commitment": "com-1", "to": "proposed", "on": "2025-03-16"})).unwrap();
    w.accepted("com-1", "2025-03-21");
    w.run(json!({"type": "change_commitment_status", "commitment": "com-1", "to": "agreed", "on": "2025-03-21"})).unwrap();
    w
}

#[test]
fn a_signing_key_belongs_to_a_government_side_and_its_own_person_once() {
    let mut w = World::demo();
    let (_, vkey) = keys("kp.test/saif");
    let register = |party: &str, person: &str, key: &str| json!({"type": "register_signing_key", "party": party, "person": person, "key": key, "registered_on": "2025-03-10"});
    w.refused(register("par-4", "per-1", &vkey), "wrong_party_kind");
    w.refused(register("par-3", "per-1", &vkey), "field_format");
    w.refused(register("par-1", "per-1", "kp.test/saif+00000000+AAAA"), "field_format");
    w.run(register("par-1", "per-1", &vkey)).unwrap();
    w.refused(register("par-1", "per-2", &vkey), "duplicate");
}

#[test]
fn each_side_signs_the_canonical_text_once_with_its_registered_key() {
    let mut w = agreed();
    let (kp_secret, kp_key) = keys("kp.test/saif");
    let (kabul_secret, kabul_key) = keys("kabul.test/consul");
    let (stranger_secret, _) = keys("stranger.test/x");
    for (party, person, key) in [("par-1", "per-1", &kp_key), ("par-3", "per-8", &kabul_key)] {
        w.run(json!({"type": "register_signing_key", "party": party, "person": person, "key": key, "registered_on": "2025-03-22"}))
            .unwrap();
    }
    let text = agreement::text(&w.state, &CommitmentId::numbered(1)).unwrap();
    assert!(text.starts_with("jirga agreement v1\ncommitment com-1\nindex "), "{text}");
    assert!(text.contains("\nparty par-3 Afghan Taliban authorities (Kabul)\n") && text.contains("\n> Establish a mechanism"), "{text}");
    let cosign = |signature: String| json!({"type": "cosign_agreement", "commitment": "com-1", "signature": signature});
    // An unknown key, a signature over another text, a line that is no signature.
    w.refused(cosign(sign(&stranger_secret, &text)), "unknown_signing_key");
    let other = text.replace("Establish a mechanism", "Establish no mechanism");
    w.refused(cosign(sign(&kp_secret, &other)), "signature_mismatch");
    w.refused(cosign("not a signature".into()), "field_format");
    w.run(cosign(sign(&kp_secret, &text))).unwrap();
    w.refused(cosign(sign(&kp_secret, &text)), "already_signed");
    w.run(cosign(sign(&kabul_secret, &text))).unwrap();
    let c = &w.state.commitments[&CommitmentId::numbered(1)];
    let sides: Vec<&str> = c.signatures.iter().map(|s| s.party.as_str()).collect();
    assert_eq!(sides, ["par-1", "par-3"]);
    // Both signatures verify over the text, and neither over a changed one.
    for s in &c.signatures {
        let sig = agreement::parse_signature(s.signature.as_str()).unwrap();
        let key = if s.party.as_str() == "par-1" { &kp_key } else { &kabul_key };
        assert!(agreement::verifies(&text, &sig, key));
        assert!(!agreement::verifies(&other, &sig, key));
    }
}

#[test]
fn only_an_agreed_commitment_is_signed() {
    let mut w = World::demo();
    let (secret, vkey) = keys("kp.test/saif");
    w.run(json!({"type": "register_signing_key", "party": "par-1", "person": "per-1", "key": vkey, "registered_on": "2025-03-10"}))
        .unwrap();
    assert_eq!(agreement::text(&w.state, &CommitmentId::numbered(1)).unwrap_err().code(), "not_agreed");
    let draft = "jirga agreement v1\ncommitment com-1\n";
    w.refused(json!({"type": "cosign_agreement", "commitment": "com-1", "signature": sign(&secret, draft)}), "not_agreed");
}

#[test]
fn an_outcome_agreed_in_a_meeting_is_signed_by_both_sides_too() {
    let mut w = agreed();
    let (kp_secret, kp_key) = keys("kp.test/saif");
    let (kabul_secret, kabul_key) = keys("kabul.test/consul");
    for (party, person, key) in [("par-1", "per-1", &kp_key), ("par-3", "per-8", &kabul_key)] {
        w.run(json!({"type": "register_signing_key", "party": party, "person": person, "key": key, "registered_on": "2025-03-22"}))
            .unwrap();
    }
    // The meeting `agreed()` recorded with the counterpart, outcome 1 agreed.
    let meeting = w.state.meetings.values().last().unwrap().id.clone();
    let subject = agreement::Subject::Outcome(meeting.clone(), 1);
    let text = agreement::subject_text(&w.state, &subject).unwrap();
    assert!(text.contains(&format!("\nmeeting {meeting} outcome 1\n")) && text.contains("\nparty par-3 "), "{text}");
    let cosign = |n: u32, signature: String| json!({"type": "cosign_outcome", "meeting": meeting, "outcome": n, "signature": signature});
    w.refused(cosign(2, sign(&kp_secret, &text)), "no_such_outcome");
    w.refused(cosign(1, sign(&kp_secret, &text.replace("Agreed as proposed", "Refused"))), "signature_mismatch");
    w.run(cosign(1, sign(&kp_secret, &text))).unwrap();
    w.refused(cosign(1, sign(&kp_secret, &text)), "already_signed");
    w.run(cosign(1, sign(&kabul_secret, &text))).unwrap();
    assert_eq!(w.state.meetings[&meeting].signatures.len(), 2);
    // A meeting on the record as a breach (the demo's mtg-2) agreed nothing to sign.
    let breach = agreement::Subject::Outcome(MeetingId::numbered(2), 1);
    assert!(agreement::subject_text(&w.state, &breach).is_err());
}
