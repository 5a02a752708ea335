//! Two instances, two sides: the province's record and the counterpart's
//! exchange their public keys (for agreements and for passes), the province
//! drafts and both agree, each side signs the agreed text with its own key —
//! the counterpart offline, never handing its key to the province's server —,
//! each verifies the other's signature, and a tampered copy is refused.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn jirga(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jirga")).args(args).env_remove("JIRGA_DATA_DIR").output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Apply JSON-lines commands to a record as a user; the output.
fn apply(data: &str, user: &str, lines: &[serde_json::Value]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jirga"))
        .args(["apply", "--data-dir", data, "--user", user, "-"])
        .env_remove("JIRGA_DATA_DIR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn two_instances_sign_an_agreement_each_with_its_own_key_and_a_tampered_copy_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();
    let (kp, kabul) = (path("kp"), path("kabul"));
    // Two records: the province's, and the counterpart's own instance.
    for data in [&kp, &kabul] {
        assert!(jirga(&["demo", "--seed-only", "--data-dir", data]).status.success());
    }
    // They exchange the signed lists of their pass keys (trust and revocations), checked by signer.
    for (from, to) in [(&kp, &kabul), (&kabul, &kp)] {
        let (trust, revocations) = (path("trust.json"), path("revocations.json"));
        assert!(jirga(&["pass", "export-trust", "--data-dir", from, "--output", &trust]).status.success());
        assert!(jirga(&["pass", "export-revocations", "--data-dir", from, "--output", &revocations]).status.success());
        let listing = text(&jirga(&["pass", "keys", "list", "--data-dir", from]).stdout);
        let signer = listing.split("list signer ").nth(1).unwrap().lines().next().unwrap().trim().to_owned();
        for list in [&trust, &revocations] {
            let out = jirga(&["pass", "import", "--data-dir", to, list, "--signer", &signer]);
            assert!(out.status.success(), "{}", text(&out.stderr));
        }
    }
    // Each side's representative makes a key on their own machine and sends only the verifier key.
    let keygen = |name: &str, file: &str| {
        let out = jirga(&["cosign-key", "--name", name, "--output", file]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout).trim().to_owned()
    };
    let (kp_key_file, kabul_key_file) = (path("saif.key"), path("consul.key"));
    let kp_key = keygen("kp.gov.pk/saif", &kp_key_file);
    let kabul_key = keygen("kabul.gov.af/consul", &kabul_key_file);
    assert!(
        jirga(&["cosign-key", "--name", "kp.gov.pk/saif", "--output", &kp_key_file]).status.code() == Some(1),
        "a key is never overwritten"
    );

    // The province drafts (the demo's com-1), the federal side approves, the counterpart accepts in a meeting, it is agreed.
    let out = apply(
        &kp,
        "approver",
        &[serde_json::json!({"type": "decide_approval", "request": "apr-1", "decision": "approve", "decided_on": "2025-03-15",
        "approved_topics": ["security", "trade", "movement_of_people"], "waive_phase_order": true})],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = apply(
        &kp,
        "saif",
        &[
            serde_json::json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-21", "place": "Kabul", "participants": ["per-1", "per-8"],
            "outcomes": [{"result": "agreed", "text": "The mechanism for medical and business travel."}]}),
            serde_json::json!({"type": "change_commitment_status", "commitment": "com-1", "to": "proposed", "on": "2025-03-21"}),
            serde_json::json!({"type": "report_acceptance", "commitment": "com-1", "meeting": "mtg-4", "accepted_on": "2025-03-21",
            "source": {"publisher": "KP delegation", "title": "Minutes signed by both sides"}}),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    // It binds the other side: the federal side concurs first.
    let out = apply(
        &kp,
        "approver",
        &[serde_json::json!({"type": "concur_with_commitment", "commitment": "com-1", "concurred_on": "2025-03-21",
        "concurred_by": "MoFA desk"})],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = apply(
        &kp,
        "saif",
        &[
            serde_json::json!({"type": "change_commitment_status", "commitment": "com-1", "to": "agreed", "on": "2025-03-21"}),
            serde_json::json!({"type": "register_signing_key", "party": "par-1", "person": "per-1", "key": kp_key, "registered_on": "2025-03-21"}),
            serde_json::json!({"type": "register_signing_key", "party": "par-3", "person": "per-8", "key": kabul_key, "registered_on": "2025-03-21"}),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));

    // The agreed text goes to both sides; each signs it with its own key.
    let document = path("agreement.json");
    let out = jirga(&["agreement", "export", "--data-dir", &kp, "--commitment", "com-1", "--output", &document]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let sign = |key: &str| {
        let out = jirga(&["cosign", &document, "--key", key]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout).trim().to_owned()
    };
    let (kp_line, kabul_line) = (sign(&kp_key_file), sign(&kabul_key_file));
    // A signature over another text is refused by name, and nothing is written.
    let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&document).unwrap()).unwrap();
    let other = path("other.txt");
    std::fs::write(&other, doc["note"].as_str().unwrap().replace("Establish a mechanism", "Establish no mechanism")).unwrap();
    let over_other = {
        let out = jirga(&["cosign", &other, "--key", &kabul_key_file]);
        text(&out.stdout).trim().to_owned()
    };
    let refused = apply(&kp, "consul", &[serde_json::json!({"type": "cosign_agreement", "commitment": "com-1", "signature": over_other})]);
    assert!(!refused.status.success() && text(&refused.stderr).contains("signature_mismatch"), "{}", text(&refused.stderr));
    // The province records its own; the counterpart's user records theirs (verified against the key registered for Kabul).
    assert!(
        apply(&kp, "saif", &[serde_json::json!({"type": "cosign_agreement", "commitment": "com-1", "signature": kp_line})])
            .status
            .success()
    );
    let out = apply(&kp, "consul", &[serde_json::json!({"type": "cosign_agreement", "commitment": "com-1", "signature": kabul_line})]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let twice = apply(&kp, "consul", &[serde_json::json!({"type": "cosign_agreement", "commitment": "com-1", "signature": kabul_line})]);
    assert!(text(&twice.stderr).contains("already_signed"), "{}", text(&twice.stderr));

    // Each side verifies the other's signature offline, trusting only the two keys it holds.
    let signed = path("signed.json");
    assert!(jirga(&["agreement", "export", "--data-dir", &kp, "--commitment", "com-1", "--output", &signed]).status.success());
    let check = |file: &str| jirga(&["audit", "verify-agreement", file, "--key", &kp_key, "--key", &kabul_key]);
    let out = check(&signed);
    assert!(out.status.success(), "{}{}", text(&out.stdout), text(&out.stderr));
    assert!(text(&out.stdout).contains("signed by both sides (2 found)"), "{}", text(&out.stdout));
    // A tampered copy: the text changed, every signature and the ledger's check fail visibly.
    let mut tampered: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&signed).unwrap()).unwrap();
    tampered["note"] = serde_json::json!(tampered["note"].as_str().unwrap().replace("medical treatment", "medical treatment only"));
    let tampered_file = path("tampered.json");
    std::fs::write(&tampered_file, tampered.to_string()).unwrap();
    let out = check(&tampered_file);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stdout);
    assert_eq!(said.matches("FAIL signature of").count(), 2, "both signatures break: {said}");
    assert!(said.contains("FAIL the text is the one recorded"), "{said}");
    // An outcome agreed in the meeting has its document too (signed the same way, with `cosign_outcome`).
    let outcome = path("outcome.json");
    let out = jirga(&["agreement", "export", "--data-dir", &kp, "--meeting", "mtg-4", "--outcome", "1", "--output", &outcome]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(std::fs::read_to_string(&outcome).unwrap().contains("\"subject\": \"meeting mtg-4 outcome 1\""));
    assert_eq!(
        jirga(&["agreement", "export", "--data-dir", &kp, "--meeting", "mtg-4"]).status.code(),
        Some(2),
        "an outcome needs its number"
    );
    // Trusting only one side's key, the agreement is not signed by both.
    assert_eq!(jirga(&["audit", "verify-agreement", &signed, "--key", &kp_key]).status.code(), Some(1));
    assert_eq!(jirga(&["audit", "verify-agreement", &signed, "--key", "not-a-key"]).status.code(), Some(2));
}
