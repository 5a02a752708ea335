//! The `jirga` binary as an operator uses it.

use std::process::{Command, Output, Stdio};

/// The shared folder beside the project (the real UCDP file the demo imports).
const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

fn jirga(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jirga")).args(args).env_remove("JIRGA_DATA_DIR").env("JIRGA_SHARED", SHARED).output().unwrap()
}

fn jirga_stdin(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_jirga"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A usage error exits before reading its input: a closed pipe is its answer, not a failure.
    if let Err(e) = child.stdin.take().unwrap().write_all(input.as_bytes()) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn help_is_everywhere() {
    for sub in ["serve", "demo", "export", "rebuild", "apply", "status"] {
        let out = jirga(&[sub, "--help"]);
        assert!(out.status.success(), "{sub}");
        assert!(text(&out.stdout).contains("--data-dir"), "{sub} takes --data-dir");
    }
    assert_eq!(jirga(&["no-such-command"]).status.code(), Some(2));
}

#[test]
fn demo_seeds_then_export_status_rebuild_and_apply_work() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    let out = jirga(&["demo", "--seed-only", "--data-dir", data]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // One login per role.
    for role in jirga_core::model::UserRole::ALL {
        assert!(text(&out.stdout).contains(role.as_str()), "{role} has a login");
    }

    // A second demo on the same directory is refused: it is not fresh.
    let again = jirga(&["demo", "--seed-only", "--data-dir", data]);
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again.stderr).contains("fresh data directory"));

    let export = jirga(&["export", "--data-dir", data]);
    let lines: Vec<String> = text(&export.stdout).lines().map(str::to_owned).collect();
    // The scenario, the demo's two passes and one crossing, then its incidents:
    // three hand entries (two with their report), the UCDP file in 7 chunks of
    // 1,000, a movement report and a citation.
    assert_eq!(lines.len(), jirga_core::demo::scenario().len() + 3 + 5 + 7 + 2);
    let first: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
    assert_eq!(first["seq"], 0);
    assert_eq!(first["event"]["change"]["type"], "register_party");

    let status = jirga(&["status", "--json", "--data-dir", data]);
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(status[0]["gates"][2]["blocked_by"], "not_approved");

    // Changes act as a named user: no --user, no change.
    let decide = r#"{"type":"decide_approval","request":"apr-1","decision":"approve","decided_on":"2025-03-15"}"#;
    assert_eq!(jirga_stdin(&["apply", "--data-dir", data, "-"], decide).status.code(), Some(2));
    let out = jirga_stdin(&["apply", "--data-dir", data, "--user", "approver", "-"], decide);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("line 1: recorded at #"));
    // Commands from a file: the first is recorded, the second breaks a rule.
    let commands = r#"{"type":"add_note","record":"apr-1","text":"Approval received by fax."}
{"type":"remove_delegation_member","delegation":"del-1","person":"per-1"}
{"type":"register_party","name":"Never reached","kind":"other"}
"#;
    let out = jirga_stdin(&["apply", "--data-dir", data, "--user", "saif", "-"], commands);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("line 1: recorded at #"));
    let err = text(&out.stderr);
    assert!(err.contains("line 2") && err.contains("focal_person_cannot_be_removed"), "{err}");
    let bad_json = jirga_stdin(&["apply", "--data-dir", data, "--user", "saif", "-"], "{\"type\":\"plan_visit\"}\n");
    assert_eq!(bad_json.status.code(), Some(1));
    assert!(text(&bad_json.stderr).contains("line 1"));

    let after = jirga(&["export", "--data-dir", data]);
    assert_eq!(text(&after.stdout).lines().count(), lines.len() + 2, "exactly two commands recorded");
    let last: serde_json::Value = serde_json::from_str(text(&after.stdout).lines().last().unwrap()).unwrap();
    assert_eq!(last["actor"], serde_json::json!({"user": "saif", "name": "Muhammad Ali Saif", "organization": "org-kp"}));

    let rebuild = jirga(&["rebuild", "--data-dir", data]);
    assert!(rebuild.status.success());
    assert!(text(&rebuild.stdout).contains(&format!("{} events", lines.len() + 2)));
}

/// The CLI's changes pass through the same authorization as the web and the API:
/// (user, command) → allowed?
#[test]
fn cli_changes_are_authorized_as_the_named_user() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("record");
    let data = data.to_str().unwrap();
    assert!(jirga(&["demo", "--seed-only", "--data-dir", data]).status.success());
    let party = r#"{"type":"register_party","name":"UNAMA","kind":"international_body"}"#;
    let note = r#"{"type":"add_note","record":"ini-1","text":"Seen."}"#;
    let decide = r#"{"type":"decide_approval","request":"apr-1","decision":"reject","decided_on":"2025-03-15"}"#;
    #[rustfmt::skip]
    let matrix: &[(&str, &str, bool)] = &[
        ("saif", party, true),      ("saif", note, true),      ("saif", decide, false),
        ("approver", party, false), ("approver", note, true),  ("approver", decide, true),
        ("member", party, false),   ("member", note, true),    ("member", decide, false),
        ("auditor", party, false),  ("auditor", note, false),  ("auditor", decide, false),
        ("border", party, false),   ("border", note, false),   ("border", decide, false),
        ("consul", party, false),   ("consul", note, false),   ("consul", decide, false),
        ("admin", party, false),    ("admin", note, false),    ("admin", decide, false),
    ];
    for (user, command, allowed) in matrix {
        let out = jirga_stdin(&["apply", "--data-dir", data, "--user", user, "-"], command);
        let err = text(&out.stderr);
        assert_eq!(out.status.success(), *allowed, "{user} {command}: {err}");
        assert_eq!(err.contains("not_authorized"), !allowed, "{user} {command}: {err}");
    }
    let unknown = jirga_stdin(&["apply", "--data-dir", data, "--user", "nobody", "-"], party);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(text(&unknown.stderr).contains("--user nobody"));
}

/// A policy change is validated, authorized (administrators only) and recorded
/// with its difference; from then on the new text is in force.
#[test]
fn policy_changes_are_recorded_events() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("record");
    let data = data.to_str().unwrap();
    assert!(jirga(&["demo", "--seed-only", "--data-dir", data]).status.success());
    let shown = jirga(&["policy", "show", "--data-dir", data, "authorization"]);
    let current = text(&shown.stdout);
    assert!(current.contains("members-add-notes"));
    // Delegation members may no longer add notes.
    let changed = current.replace("principal.roles.contains(\"delegation_member\") && principal.org_kind", "false && principal.org_kind");
    let file = dir.path().join("authorization.cedar");
    std::fs::write(&file, &changed).unwrap();
    let by_saif =
        jirga(&["policy", "change", "--data-dir", data, "authorization", file.to_str().unwrap(), "--reason", "r", "--user", "saif"]);
    assert_eq!(by_saif.status.code(), Some(1));
    assert!(text(&by_saif.stderr).contains("not_authorized"), "{}", text(&by_saif.stderr));
    let broken = dir.path().join("broken.cedar");
    std::fs::write(&broken, format!("{changed}\npermit (principal, action == Jirga::Action::\"fly\", resource);\n")).unwrap();
    let invalid =
        jirga(&["policy", "change", "--data-dir", data, "authorization", broken.to_str().unwrap(), "--reason", "r", "--user", "admin"]);
    assert_eq!(invalid.status.code(), Some(1));
    let err = text(&invalid.stderr);
    assert!(err.contains("policy_invalid") && err.contains("authorization.cedar:"), "{err}");
    let note = r#"{"type":"add_note","record":"ini-1","text":"Seen."}"#;
    assert!(jirga_stdin(&["apply", "--data-dir", data, "--user", "member", "-"], note).status.success(), "allowed before");
    let by_admin = jirga(&[
        "policy",
        "change",
        "--data-dir",
        data,
        "authorization",
        file.to_str().unwrap(),
        "--reason",
        "Notes by the coordinator only",
        "--user",
        "admin",
    ]);
    assert!(by_admin.status.success(), "{}", text(&by_admin.stderr));
    assert!(text(&by_admin.stdout).contains("-when { principal.roles.contains(\"delegation_member\")"), "{}", text(&by_admin.stdout));
    assert!(text(&by_admin.stdout).contains("+when { false"), "{}", text(&by_admin.stdout));
    // Proposed, not in force: two organizations decide a change of the rules.
    assert!(jirga_stdin(&["apply", "--data-dir", data, "--user", "member", "-"], note).status.success(), "still allowed");
    let approve = r#"{"type":"approve_policy_change","version":"pol-1","approved_on":"2025-03-10"}"#;
    let by_admin_again = jirga_stdin(&["apply", "--data-dir", data, "--user", "admin", "-"], approve);
    assert!(
        text(&by_admin_again.stderr).contains("not_authorized"),
        "the proposer's side cannot approve: {}",
        text(&by_admin_again.stderr)
    );
    let approved = jirga_stdin(&["apply", "--data-dir", data, "--user", "approver", "-"], approve);
    assert!(approved.status.success(), "{}", text(&approved.stderr));
    let refused = jirga_stdin(&["apply", "--data-dir", data, "--user", "member", "-"], note);
    assert!(text(&refused.stderr).contains("not_authorized"), "refused after: {}", text(&refused.stderr));
    let export = text(&jirga(&["export", "--data-dir", data]).stdout);
    let lines: Vec<serde_json::Value> = export.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let proposal = lines.iter().rev().find(|e| e["event"]["change"]["type"] == "change_policies").unwrap();
    assert_eq!(proposal["actor"]["user"], "admin");
    let approval = lines.iter().rev().find(|e| e["event"]["change"]["type"] == "approve_policy_change").unwrap();
    assert_eq!(approval["actor"]["user"], "approver");
}

/// An invalid policy file stops the start, naming the file and the line.
#[test]
fn an_invalid_policy_stops_the_server_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let policies = dir.path().join("policies");
    std::fs::create_dir(&policies).unwrap();
    std::fs::write(
        policies.join("forbidden.cedar"),
        "// a deployment's override\n\nforbid (principal, action, resource) when { resource.nope };\n",
    )
    .unwrap();
    let data = dir.path().join("record");
    let out = Command::new(env!("CARGO_BIN_EXE_jirga"))
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir", data.to_str().unwrap()])
        .env("JIRGA_POLICY_DIR", &policies)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("forbidden.cedar:3:"), "{err}");
    assert!(err.contains("nope"), "{err}");
}

/// `jirga pass verify` checks an EU DCC test certificate offline, from its text
/// or from its QR image, and names what fails.
#[test]
fn pass_verify_checks_an_eu_dcc_vector_offline() {
    let vector = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/vectors/hcert/AT/2DCode/raw/1.json");
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(vector).unwrap()).unwrap();
    let (prefix, cert, clock) =
        (v["PREFIX"].as_str().unwrap(), v["TESTCTX"]["CERTIFICATE"].as_str().unwrap(), v["TESTCTX"]["VALIDATIONCLOCK"].as_str().unwrap());
    let out = jirga(&["pass", "verify", prefix, "--certificate", cert, "--at", clock, "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["valid"], true);
    assert_eq!(report["failure"], serde_json::Value::Null);
    assert_eq!((report["kind"].as_str(), report["alg"].as_str()), (Some("hcert"), Some("ES256")));
    assert_eq!(report["claims"]["nam"]["gn"], "Gabriele");
    // From the QR image.
    use base64::Engine as _;
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("qr.png");
    std::fs::write(&png, base64::engine::general_purpose::STANDARD.decode(v["2DCODE"].as_str().unwrap()).unwrap()).unwrap();
    let out = jirga(&["pass", "verify", "--image", png.to_str().unwrap(), "--certificate", cert, "--at", clock]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).starts_with("VALID hcert"));
    // Without its certificate, after its expiry, garbled: each failure named, exit 1.
    let failure = |args: &[&str]| {
        let out = jirga(args);
        assert_eq!(out.status.code(), Some(1));
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["failure"].as_str().unwrap().to_owned()
    };
    assert_eq!(failure(&["pass", "verify", prefix, "--at", clock, "--json"]), "unknown_key");
    assert_eq!(failure(&["pass", "verify", prefix, "--certificate", cert, "--at", "2030-01-01T00:00:00Z", "--json"]), "expired");
    assert_eq!(failure(&["pass", "verify", &prefix.replace("HC1:", "HC1:~"), "--json"]), "base45");
    assert_eq!(failure(&["pass", "verify", "XY1:ABC", "--json"]), "prefix");
    // Usage errors: exit 2.
    assert_eq!(jirga(&["pass", "verify", prefix, "--at", "yesterday"]).status.code(), Some(2));
    assert_eq!(jirga(&["pass", "verify", prefix, "--certificate", "not base64!"]).status.code(), Some(2));
}

/// With a trust list and a revocation list, offline: a pass verifies, then is
/// refused once revoked, or when its purpose is not one its key may sign.
#[test]
fn pass_verify_uses_trust_and_revocation_lists() {
    use base64::Engine as _;
    use ciborium::value::Value as Cbor;
    use jirga_hcert::lists::{RevocationList, RevocationPartition, TrustEntry, TrustList, revocation_hash};
    let b64 = base64::engine::general_purpose::STANDARD;
    let key = jirga_hcert::SigningKey::from_bytes(&[9; 32]);
    let entry = TrustEntry {
        kid: b64.encode(key.kid()),
        public_key: b64.encode(jirga_hcert::VerifyingKey::ed25519_spki(&key.verifying_key())),
        authority: "Government of Khyber Pakhtunkhwa".into(),
        valid_from: 1_700_000_000,
        valid_until: 1_900_000_000,
        purposes: vec!["medical".into()],
    };
    let dir = tempfile::tempdir().unwrap();
    let trust = dir.path().join("kp.trust.json");
    std::fs::write(&trust, TrustList { issuer: "KP".into(), issued_at: 1_750_000_000, keys: vec![entry] }.sign(&key)).unwrap();
    let pass = |id: &str, purpose: &str| {
        let doc = Cbor::Map(vec![(Cbor::Text("id".into()), Cbor::Text(id.into())), (Cbor::Text("pu".into()), Cbor::Text(purpose.into()))]);
        jirga_hcert::issue(jirga_hcert::JIRGA_PREFIX, &key, "KP", 1_750_000_000, 1_760_000_000, doc)
    };
    let at = "2025-07-01T00:00:00Z";
    let run = |text: &str, extra: &[&str]| {
        let mut args = vec!["pass", "verify", text, "--trust", trust.to_str().unwrap(), "--at", at, "--json"];
        args.extend_from_slice(extra);
        let out = jirga(&args);
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
        (out.status.code(), report["failure"].as_str().map(str::to_owned), report["kind"].as_str().map(str::to_owned))
    };
    let medical = pass("PAS-KP-000042", "medical");
    assert_eq!(run(&medical, &[]), (Some(0), None, Some("jirga-pass".into())));
    assert_eq!(run(&pass("PAS-KP-000043", "business"), &[]).1.as_deref(), Some("purpose"));
    let revocations = dir.path().join("kp.revoked.json");
    let partition = RevocationPartition { kid: b64.encode(key.kid()), hashes: vec![b64.encode(revocation_hash("PAS-KP-000042"))] };
    std::fs::write(&revocations, RevocationList { issuer: "KP".into(), issued_at: 1_750_000_000, partitions: vec![partition] }.sign(&key))
        .unwrap();
    assert_eq!(run(&medical, &["--revocations", revocations.to_str().unwrap()]).1.as_deref(), Some("revoked"));
    // A changed list is a usage error, not a silent pass.
    let text = std::fs::read_to_string(&trust).unwrap().replace("medical", "military");
    std::fs::write(&trust, text).unwrap();
    assert_eq!(run(&medical, &[]).0, Some(2));
}

/// An organization with one user of `role` in a fresh data directory.
fn user_in(data: &str, org: (&str, &str, &str), user: &str, role: &str) {
    let out = jirga(&["admin", "create-organization", "--data-dir", data, "--id", org.0, "--name", org.1, "--kind", org.2]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = jirga_stdin(
        &["admin", "create-user", "--data-dir", data, "--username", user, "--name", user, "--organization", org.0, "--role", role],
        "a-long-test-password\n",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn two_authorities_exchange_trust_lists_and_verify_each_others_passes_offline() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();
    let (kp, kabul) = (path("kp"), path("kabul"));
    // Two data directories, two authorities, each with its own keys.
    assert!(jirga(&["pass", "keys", "init", "--data-dir", &kp, "--authority", "Government of Khyber Pakhtunkhwa"]).status.success());
    let out = jirga(&["pass", "keys", "init", "--data-dir", &kabul, "--authority", "Nangarhar Provincial Administration"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    user_in(&kp, ("org-border", "Torkham Border Administration", "border_administration"), "officer", "pass_officer");
    user_in(&kp, ("org-kp", "KP IT Board", "provincial_government"), "admin", "administrator");
    let point = r#"{"type":"register_crossing_point","code":"torkham","name":"Torkham"}"#;
    assert!(jirga_stdin(&["apply", "--data-dir", &kp, "--user", "admin", "-"], point).status.success());

    // KP issues a business pass from a JSON file.
    let today = jiff::Zoned::now().date();
    let day = |n: i64| today.checked_add(jiff::Span::new().days(n)).unwrap().to_string();
    let application = serde_json::json!({
        "holder": {"name_latin": "Noor Alam", "document_type": "cnic", "document_number": "17101-1111111-1", "date_of_birth": "1970-01-01", "sex": "male", "nationality": "PAK"},
        "purpose": {"kind": "business", "organization": "Pak-Afghan Joint Chamber of Commerce"}, "sponsor": "Pak-Afghan Joint Chamber of Commerce",
        "crossing_points": ["torkham"], "valid_from": day(0), "valid_until": day(60), "entries": {"kind": "multiple", "max": 6}});
    let file = path("application.json");
    std::fs::write(&file, application.to_string()).unwrap();
    let qr = path("pass.png");
    // With the holder's photo: kept apart, its fingerprint signed.
    let photo = path("holder.jpg");
    std::fs::write(&photo, jirga_passes::photo::drawn_portrait([214, 226, 240])).unwrap();
    let out = jirga(&["pass", "issue", "--data-dir", &kp, &file, "--user", "officer", "--photo", &photo, "--qr-png", &qr, "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let issued: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let document = issued["document"].as_str().unwrap().to_owned();
    // A file that is no photo is refused naming it, and nothing is issued.
    let not_a_photo = path("holder.txt");
    std::fs::write(&not_a_photo, "a photo").unwrap();
    let out = jirga(&["pass", "issue", "--data-dir", &kp, &file, "--user", "officer", "--photo", &not_a_photo]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("must be a JPEG or PNG") && text(&out.stderr).contains("photo_format"), "{}", text(&out.stderr));
    // Not as a user without the role.
    assert_eq!(jirga(&["pass", "issue", "--data-dir", &kp, &file, "--user", "admin"]).status.code(), Some(1));

    let verify = |extra: &[&str]| {
        let mut args = vec!["pass", "verify", "--data-dir", &kabul, "--json"];
        args.extend_from_slice(extra);
        let out = jirga(&args);
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
        (out.status.code(), report["failure"].as_str().map(str::to_owned))
    };
    // Kabul's border post does not know KP's key yet.
    assert_eq!(verify(&[&document]), (Some(1), Some("unknown_key".into())));
    // KP exports its signed trust list; Kabul imports it, checking who signed it.
    let trust = path("kp-trust.json");
    assert!(jirga(&["pass", "export-trust", "--data-dir", &kp, "--output", &trust]).status.success());
    let listing = text(&jirga(&["pass", "keys", "list", "--data-dir", &kp]).stdout);
    let signer = listing.split("list signer ").nth(1).unwrap().lines().next().unwrap().trim().to_owned();
    let wrong = jirga(&["pass", "import", "--data-dir", &kabul, &trust, "--signer", "AAAAAAAAAAA="]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(text(&wrong.stderr).contains("not by AAAAAAAAAAA="), "{}", text(&wrong.stderr));
    let tampered = path("tampered.json");
    std::fs::write(&tampered, std::fs::read_to_string(&trust).unwrap().replace("business", "military")).unwrap();
    assert_eq!(jirga(&["pass", "import", "--data-dir", &kabul, &tampered, "--signer", &signer]).status.code(), Some(1));
    let out = jirga(&["pass", "import", "--data-dir", &kabul, &trust, "--signer", &signer]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // Now Kabul verifies KP's pass, from the text and from the QR image, offline.
    assert_eq!(verify(&[&document]), (Some(0), None));
    assert_eq!(verify(&["--image", &qr, "--crossing-point", "torkham"]), (Some(0), None));
    assert_eq!(verify(&[&document, "--crossing-point", "chaman"]).1.as_deref(), Some("crossing_point"));

    // KP rotates its key: the old pass still verifies, a new pass uses the new kid.
    assert!(jirga(&["pass", "keys", "rotate", "--data-dir", &kp]).status.success());
    let out = jirga(&["pass", "issue", "--data-dir", &kp, &file, "--user", "officer", "--json"]);
    let second: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let kid = |text: &str| {
        let out = jirga(&["pass", "verify", "--data-dir", &kp, "--json", text]);
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        (out.status.code(), report["kid"].as_str().unwrap().to_owned())
    };
    let (old_ok, old_kid) = kid(&document);
    let (new_ok, new_kid) = kid(second["document"].as_str().unwrap());
    assert_eq!((old_ok, new_ok), (Some(0), Some(0)));
    assert_ne!(old_kid, new_kid);
    // Kabul needs KP's new list for the new key.
    assert_eq!(verify(&[second["document"].as_str().unwrap()]).1.as_deref(), Some("unknown_key"));

    // KP revokes the first pass; Kabul learns it from KP's signed revocation list.
    let revoke = format!(r#"{{"type":"revoke_pass","pass":"pas-1","revoked_on":"{}","reason":"Holder's business closed."}}"#, day(0));
    assert!(jirga_stdin(&["apply", "--data-dir", &kp, "--user", "officer", "-"], &revoke).status.success());
    let revoked = path("kp-revoked.json");
    assert!(jirga(&["pass", "export-revocations", "--data-dir", &kp, "--output", &revoked]).status.success());
    assert!(jirga(&["pass", "import", "--data-dir", &kabul, &revoked, "--signer", &signer]).status.success());
    assert_eq!(verify(&[&document]), (Some(1), Some("revoked".into())));

    // Retention: the revoked pass's holder data is erased; the ledger still verifies
    // and the log never held the name.
    let out = jirga(&["pass", "erase", "--data-dir", &kp, "--retention-days", "0", "--user", "officer"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("pas-1"), "{}", text(&out.stdout));
    let db = rusqlite_rows(&kp);
    assert_eq!(db, 1, "one holder row left (the second pass, without a photo): the first's record and photo are erased");
    assert!(jirga(&["ledger", "verify", "--data-dir", &kp]).status.success());
    assert!(!text(&jirga(&["export", "--data-dir", &kp]).stdout).contains("Noor Alam"));
    let bytes = std::fs::read(dir.path().join("kp/jirga.sqlite3")).unwrap();
    let name_in_file = bytes.windows(9).filter(|w| w == b"Noor Alam").count();
    assert_eq!(name_in_file, 1, "the erased holder's bytes are gone from the file; only the second pass's remain");
}

fn rusqlite_rows(data: &str) -> i64 {
    let store = jirga_store_sqlite::SqliteStore::open(std::path::Path::new(data)).unwrap();
    store.connection().query_row("SELECT COUNT(*) FROM personal_data", [], |r| r.get(0)).unwrap()
}

fn acled_header() -> String {
    jirga_incidents::acled::COLUMNS.join(",")
}

#[test]
fn incidents_import_and_export_round_trip_all_or_nothing_with_named_errors() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    assert!(jirga(&["demo", "--seed-only", "--data-dir", data]).status.success());
    let events = || text(&jirga(&["export", "--data-dir", data]).stdout).lines().count();
    // A labelled synthetic file, imported and exported byte for byte.
    let file = dir.path().join("acled.csv");
    let out = jirga(&["incidents", "synthetic", "--rows", "2500", "--output", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let before = events();
    let out = jirga(&["incidents", "import", "--data-dir", data, "--format", "acled", file.to_str().unwrap(), "--user", "analyst"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("recorded 2500 incidents"), "{}", text(&out.stdout));
    assert_eq!(events(), before + 3, "2,500 rows are three events of at most 1,000");
    let exported = dir.path().join("out.csv");
    assert!(jirga(&["incidents", "export", "--data-dir", data, "--output", exported.to_str().unwrap()]).status.success());
    let exported = std::fs::read_to_string(&exported).unwrap();
    let original = std::fs::read_to_string(&file).unwrap();
    // The demo's own incidents come first; then the file's rows exactly as they were.
    assert!(exported.starts_with(&acled_header()));
    assert!(exported.ends_with(original.strip_prefix(&format!("{}\n", acled_header())).unwrap()), "the rows round-trip byte for byte");
    assert!(jirga(&["ledger", "verify", "--data-dir", data]).status.success());

    // The same file again: every id is taken, nothing is recorded.
    let before = events();
    let again = jirga(&["incidents", "import", "--data-dir", data, "--format", "acled", file.to_str().unwrap(), "--user", "analyst"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again.stderr).contains("incident_exists") && text(&again.stderr).contains("PAKSYN0"), "{}", text(&again.stderr));
    assert_eq!(events(), before);

    // A file with one bad cell among good rows: refused whole, naming line and column.
    let mut rows: Vec<String> = original.lines().map(str::to_owned).collect();
    rows.truncate(6);
    for (k, row) in rows.iter_mut().enumerate().skip(1) {
        *row = row.replacen("PAKSYN", "PAKNEW", 1);
        if k == 4 {
            let mut cells: Vec<String> = row.split(',').map(str::to_owned).collect();
            cells[22] = "95.5".into(); // latitude
            *row = cells.join(",");
        }
    }
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, rows.join("\n") + "\n").unwrap();
    let out = jirga(&["incidents", "import", "--data-dir", data, "--format", "acled", bad.to_str().unwrap(), "--user", "analyst"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("line 5, column latitude") && err.contains("nothing was recorded"), "{err}");
    assert_eq!(events(), before);
    // With --skip-invalid the four good rows go in and the bad one to the rejects file.
    let rejects = dir.path().join("rejects.csv");
    let out = jirga(&[
        "incidents",
        "import",
        "--data-dir",
        data,
        "--format",
        "acled",
        bad.to_str().unwrap(),
        "--user",
        "analyst",
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("recorded 4 incidents"));
    let rejected = std::fs::read_to_string(&rejects).unwrap();
    assert!(rejected.starts_with("5,latitude,"), "{rejected}");
    assert!(rejected.contains("PAKNEW3"));
    // Only a security analyst imports.
    let out = jirga(&[
        "incidents",
        "import",
        "--data-dir",
        data,
        "--format",
        "acled",
        bad.to_str().unwrap(),
        "--user",
        "passes",
        "--skip-invalid",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("not_authorized") || text(&out.stderr).contains("not allowed"), "{}", text(&out.stderr));
}

#[test]
#[cfg(unix)]
fn the_data_directory_and_its_databases_are_not_readable_by_other_users() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("fresh").join("data");
    let data_str = data.to_str().unwrap();
    let out = jirga(&["demo", "--seed-only", "--data-dir", data_str]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700, "the data directory");
    for file in ["jirga.sqlite3", "accounts.sqlite3"] {
        assert_eq!(mode(&data.join(file)), 0o600, "{file}");
    }
    for entry in std::fs::read_dir(&data).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            assert_eq!(mode(&path) & 0o077, 0, "{} is readable by others", path.display());
        }
    }
    // A data directory an older version left open is narrowed when next used.
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(data.join("jirga.sqlite3"), std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = jirga(&["status", "--data-dir", data_str]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!((mode(&data), mode(&data.join("jirga.sqlite3"))), (0o700, 0o600));
}

#[test]
fn a_policy_change_that_locks_everyone_out_is_refused_and_the_operator_can_break_the_glass() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("record");
    let data = data.to_str().unwrap();
    assert!(jirga(&["demo", "--seed-only", "--data-dir", data]).status.success());
    let events = || text(&jirga(&["export", "--data-dir", data]).stdout).lines().count();
    let before = events();
    // The attack: an administrator replaces the policies with one that forbids everything.
    let brick = dir.path().join("brick.cedar");
    std::fs::write(&brick, "forbid (principal, action, resource);\n").unwrap();
    let out =
        jirga(&["policy", "change", "--data-dir", data, "authorization", brick.to_str().unwrap(), "--reason", "r", "--user", "admin"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("policy_locks_everyone_out"), "{}", text(&out.stderr));
    // Nor one that only takes away changing the policies again.
    let shown = text(&jirga(&["policy", "show", "--data-dir", data, "authorization"]).stdout);
    let no_change = dir.path().join("no-change.cedar");
    std::fs::write(&no_change, format!("{shown}\nforbid (principal, action == Jirga::Action::\"change_policies\", resource);\n")).unwrap();
    let out =
        jirga(&["policy", "change", "--data-dir", data, "authorization", no_change.to_str().unwrap(), "--reason", "r", "--user", "admin"]);
    assert!(text(&out.stderr).contains("policy_locks_everyone_out"), "{}", text(&out.stderr));
    assert_eq!(events(), before, "nothing was recorded");

    // A harmful change that still lets administrators act is recorded...
    let no_notes = dir.path().join("no-notes.cedar");
    std::fs::write(&no_notes, format!("{shown}\nforbid (principal, action == Jirga::Action::\"add_note\", resource);\n")).unwrap();
    let out =
        jirga(&["policy", "change", "--data-dir", data, "authorization", no_notes.to_str().unwrap(), "--reason", "r", "--user", "admin"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let approve = r#"{"type":"approve_policy_change","version":"pol-1","approved_on":"2025-03-10"}"#;
    assert!(jirga_stdin(&["apply", "--data-dir", data, "--user", "approver", "-"], approve).status.success());
    // ...and the operator, with only the data directory, puts the shipped set back, on the record.
    let out = jirga(&[
        "policy",
        "restore-shipped",
        "--data-dir",
        data,
        "authorization",
        "--reason",
        "Notes were forbidden to everyone by mistake.",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let restored = text(&jirga(&["policy", "show", "--data-dir", data, "authorization"]).stdout);
    assert_eq!(restored.trim(), shown.trim());
    let export = text(&jirga(&["export", "--data-dir", data]).stdout);
    let last: serde_json::Value = serde_json::from_str(export.lines().last().unwrap()).unwrap();
    assert_eq!(last["event"]["change"]["type"], "change_policies");
    assert_eq!(last["actor"]["user"], "operator");
    assert!(last["event"]["change"]["reason"].as_str().unwrap().starts_with("Break-glass"), "{last}");
    let note = r#"{"type":"add_note","record":"ini-1","text":"Seen."}"#;
    assert!(jirga_stdin(&["apply", "--data-dir", data, "--user", "member", "-"], note).status.success(), "notes allowed again");
}

#[test]
fn apply_with_an_idempotency_key_can_be_run_again_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("record");
    let data = data.to_str().unwrap();
    assert!(jirga(&["demo", "--seed-only", "--data-dir", data]).status.success());
    let count = || text(&jirga(&["export", "--data-dir", data]).stdout).lines().count();
    let before = count();
    let file = r#"{"type":"add_note","record":"ini-1","text":"First."}
{"type":"add_note","record":"ini-1","text":"Second."}
"#;
    let args = ["apply", "--data-dir", data, "--user", "saif", "--idempotency-key", "nightly-2026-12-02", "-"];
    assert!(jirga_stdin(&args, file).status.success());
    // Run again (the operator did not know whether it had finished): nothing twice.
    let again = jirga_stdin(&args, file);
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert_eq!(count(), before + 2);
}

#[test]
fn the_configuration_file_is_read_checked_and_overridden_by_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("record");
    let data = data.to_str().unwrap();
    assert!(jirga(&["demo", "--seed-only", "--data-dir", data]).status.success());
    // A misspelt setting is named, and nothing starts.
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "lissen = \"127.0.0.1:0\"\n").unwrap();
    let out = jirga(&["--config", bad.to_str().unwrap(), "status", "--data-dir", data]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("lissen"), "{}", text(&out.stderr));
    // A policy directory named in the file is the one in force (its file is invalid here: the error says so).
    let policies = dir.path().join("policies");
    std::fs::create_dir(&policies).unwrap();
    std::fs::write(policies.join("authorization.cedar"), "permit (principal, action == Jirga::Action::\"fly\", resource);\n").unwrap();
    let good = dir.path().join("jirga.toml");
    std::fs::write(&good, format!("policy_dir = \"{}\"\n", policies.display())).unwrap();
    let out = jirga(&["--config", good.to_str().unwrap(), "status", "--data-dir", data]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("authorization.cedar:"), "{}", text(&out.stderr));
    // The environment overrides the file.
    let out = Command::new(env!("CARGO_BIN_EXE_jirga"))
        .args(["--config", good.to_str().unwrap(), "status", "--data-dir", data])
        .env("JIRGA_POLICY_DIR", dir.path().join("no-such-dir"))
        .output()
        .unwrap();
    assert!(out.status.success(), "the shipped files stand in for a directory's missing ones: {}", text(&out.stderr));
    // A new record's ledger key takes the configured origin, from the file or the environment.
    let fresh = dir.path().join("fresh");
    std::fs::write(&good, "ledger_origin = \"peshawar.kp.gov.pk/jirga\"\n").unwrap();
    let out = jirga(&["--config", good.to_str().unwrap(), "demo", "--seed-only", "--data-dir", fresh.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let key = std::fs::read_to_string(fresh.join("ledger.key")).unwrap();
    assert!(key.contains("peshawar.kp.gov.pk/jirga"), "the key names the configured origin");
    let other = dir.path().join("other");
    let out = Command::new(env!("CARGO_BIN_EXE_jirga"))
        .args(["demo", "--seed-only", "--data-dir", other.to_str().unwrap()])
        .env("JIRGA_LEDGER_ORIGIN", "islamabad.gov.pk/jirga")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(std::fs::read_to_string(other.join("ledger.key")).unwrap().contains("islamabad.gov.pk/jirga"));
}

/// An operator posts a border officer at crossing points through the CLI; a
/// point code that is not one is refused by name, and `admin users` shows the posts.
#[test]
fn an_operator_posts_a_border_officer_at_crossing_points() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    user_in(data, ("org-border", "Torkham Border Administration", "border_administration"), "officer", "border_officer");
    let out = jirga(&["admin", "set-posts", "--data-dir", data, "officer", "--post", "torkham", "--post", "chaman"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("officer is posted at: torkham, chaman"));
    let out = jirga(&["admin", "users", "--data-dir", data]);
    assert!(text(&out.stdout).contains("torkham,chaman"), "{}", text(&out.stdout));
    let out = jirga(&["admin", "set-posts", "--data-dir", data, "officer", "--post", "Torkham Gate!"]);
    assert_eq!(out.status.code(), Some(2), "a bad point code is a usage error");
    let out = jirga(&["admin", "set-posts", "--data-dir", data, "nobody", "--post", "torkham"]);
    assert!(!out.status.success() && text(&out.stderr).contains("nobody"));
    let out = jirga(&["admin", "users", "--data-dir", data]);
    assert!(text(&out.stdout).contains("torkham,chaman"), "the refused calls changed nothing");
}

/// `jirga policy show … | head -1`: a reader that stops early ends the command
/// quietly (SIGPIPE, as Unix tools), not with a panic in println!.
#[test]
fn a_closed_pipe_ends_a_printing_command_quietly() {
    use std::os::unix::process::ExitStatusExt;
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_jirga"))
        .args(["policy", "show", "authorization", "--data-dir", dir.path().to_str().unwrap()])
        .env_remove("JIRGA_DATA_DIR")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away before the command has printed anything.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = text(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success() || out.status.signal() == Some(13), "{:?}", out.status);
}

#[test]
fn brief_writes_the_federal_liaisons_briefing_as_one_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    assert!(jirga(&["demo", "--seed-only", "--data-dir", data]).status.success());
    let file = dir.path().join("brief.html");
    let out = jirga(&["brief", "--data-dir", data, "--output", file.to_str().unwrap(), "--lang", "ur-PK"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.contains("lang=\"ur-PK\"") && html.contains("dir=\"rtl\""), "in the reader's language");
    assert!(html.contains("<style>") && !html.contains("<script"), "self-contained, no script");
    assert!(html.contains("jirga.local/record"), "the checkpoint it was made from");
    let bad = jirga(&["brief", "--data-dir", data, "--output", file.to_str().unwrap(), "--lang", "xx"]);
    assert_eq!(bad.status.code(), Some(1), "{}", text(&bad.stderr));
    let missing = jirga(&["brief", "--data-dir", data, "--output", file.to_str().unwrap(), "--initiative", "ini-9"]);
    assert!(!missing.status.success());
}
