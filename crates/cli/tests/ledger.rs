//! The ledger from the outside: the audit tools against the published RFC 9162
//! vectors, tamper detection on a real SQLite store, and audit bundles.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn jirga(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jirga")).args(args).env_remove("JIRGA_DATA_DIR").output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn vector_files(kind: &str) -> Vec<Value> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/vectors/merkle").join(kind);
    let mut out = vec![];
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap());
            }
        }
    }
    out
}

fn proof_arg(v: &Value) -> String {
    v.as_array().map(|a| a.iter().map(|x| x.as_str().unwrap()).collect::<Vec<_>>().join(",")).unwrap_or_default()
}

/// A proof of one empty element (`[""]`) cannot be written on the command line:
/// `--proof ""` is the empty proof, by the tool's interface. The library checks
/// those vectors (crates/ledger/tests/vectors.rs); here they are counted apart.
fn expressible(proof: &Value) -> bool {
    proof.as_array().is_none_or(|a| a.len() != 1 || a[0] != "")
}

#[test]
fn the_audit_tools_agree_with_every_reference_vector() {
    let mut agreed = 0;
    let mut inexpressible = 0;
    for v in vector_files("inclusion") {
        if !expressible(&v["proof"]) {
            inexpressible += 1;
            continue;
        }
        let out = jirga(&[
            "audit", "verify-inclusion",
            "--leaf-hash", v["leafHash"].as_str().unwrap(),
            "--index", &v["leafIdx"].to_string(),
            "--size", &v["treeSize"].to_string(),
            "--root", v["root"].as_str().unwrap(),
            "--proof", &proof_arg(&v["proof"]),
        ]);
        let want = if v["wantErr"].as_bool().unwrap() { 1 } else { 0 };
        assert_eq!(out.status.code(), Some(want), "{}: {}", v["desc"], stderr(&out));
        agreed += 1;
    }
    for v in vector_files("consistency") {
        if !expressible(&v["proof"]) {
            inexpressible += 1;
            continue;
        }
        let out = jirga(&[
            "audit", "verify-consistency",
            "--size1", &v["size1"].to_string(),
            "--size2", &v["size2"].to_string(),
            "--root1", v["root1"].as_str().unwrap(),
            "--root2", v["root2"].as_str().unwrap(),
            "--proof", &proof_arg(&v["proof"]),
        ]);
        let want = if v["wantErr"].as_bool().unwrap() { 1 } else { 0 };
        assert_eq!(out.status.code(), Some(want), "{}: {}", v["desc"], stderr(&out));
        agreed += 1;
    }
    println!("{agreed} vectors agree through the CLI; {inexpressible} have a one-empty-element proof");
    assert_eq!(agreed + inexpressible, 196);
    assert!(inexpressible <= 10, "{inexpressible}");
}

#[test]
fn audit_usage_errors_exit_2() {
    let bad = jirga(&["audit", "verify-inclusion", "--leaf-hash", "not base64!", "--index", "0", "--size", "1", "--root", "AA==", "--proof", ""]);
    assert_eq!(bad.status.code(), Some(2));
    let missing = jirga(&["audit", "verify-consistency", "--size1", "1"]);
    assert_eq!(missing.status.code(), Some(2));
}

fn seeded() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data").to_str().unwrap().to_owned();
    let out = jirga(&["demo", "--seed-only", "--data-dir", &data]);
    assert!(out.status.success(), "{}", stderr(&out));
    (dir, data)
}

/// Tamper with the store as an attacker with file access would: drop the
/// append-only triggers, then change the events table.
fn tamper(data: &str, sql: &str) {
    let store = jirga_store_sqlite::SqliteStore::open(Path::new(data)).unwrap();
    store.connection().execute_batch("DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete;").unwrap();
    store.connection().execute_batch(sql).unwrap();
}

fn verify_fails_at(data: &str, index: u64, kind: &str) {
    let out = jirga(&["ledger", "verify", "--data-dir", data]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains(&format!("first bad index {index}: {kind}")), "expected index {index} {kind}, got: {err}");
}

#[test]
fn a_clean_store_verifies() {
    let (_dir, data) = seeded();
    let out = jirga(&["ledger", "verify", "--data-dir", &data]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("signed checkpoints verify"));
}

#[test]
fn a_modified_event_is_named() {
    let (_dir, data) = seeded();
    tamper(&data, "UPDATE events SET bytes = CAST(replace(CAST(bytes AS TEXT), 'Gandapur', 'Gandapor') AS BLOB) WHERE seq = 6;");
    verify_fails_at(&data, 6, "modified");
}

#[test]
fn a_deleted_event_is_named() {
    let (_dir, data) = seeded();
    tamper(&data, "DELETE FROM events WHERE seq = 9;");
    verify_fails_at(&data, 9, "deleted");
}

#[test]
fn a_deleted_event_with_renumbered_successors_is_named() {
    let (_dir, data) = seeded();
    tamper(&data, "DELETE FROM events WHERE seq = 9; UPDATE events SET seq = seq - 1 WHERE seq > 9;");
    verify_fails_at(&data, 9, "deleted");
}

#[test]
fn an_inserted_event_is_named() {
    let (_dir, data) = seeded();
    // Make room at 12 and slip in a forged event there.
    tamper(&data, "UPDATE events SET seq = seq + 1000 WHERE seq >= 12; UPDATE events SET seq = seq - 999 WHERE seq >= 1000;
        INSERT INTO events (seq, bytes) SELECT 12, CAST(replace(CAST(bytes AS TEXT), 'Nisar Khan', 'Forged Person') AS BLOB) FROM events WHERE seq = 7;");
    verify_fails_at(&data, 12, "inserted");
}

#[test]
fn reordered_events_are_named() {
    let (_dir, data) = seeded();
    tamper(&data, "UPDATE events SET seq = 100000 WHERE seq = 4; UPDATE events SET seq = 4 WHERE seq = 10; UPDATE events SET seq = 10 WHERE seq = 100000;");
    verify_fails_at(&data, 4, "reordered");
}

#[test]
fn bundles_verify_offline_and_name_the_first_bad_index() {
    let (dir, data) = seeded();
    let file = dir.path().join("bundle.json");
    let out = jirga(&["ledger", "export", "--data-dir", &data, "--output", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let ok = jirga(&["audit", "verify-bundle", file.to_str().unwrap()]);
    assert!(ok.status.success(), "{}", stderr(&ok));

    let mut bundle: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let entries = bundle["entries"].as_array_mut().unwrap();
    entries.swap(3, 5);
    let swapped = dir.path().join("swapped.json");
    std::fs::write(&swapped, bundle.to_string()).unwrap();
    let out = jirga(&["audit", "verify-bundle", swapped.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("first bad index 3"), "{}", stderr(&out));

    // A changed byte that keeps the event decodable is caught by the signed roots.
    let mut bundle: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD;
    let bytes = b64.decode(bundle["entries"][7].as_str().unwrap()).unwrap();
    let forged = String::from_utf8(bytes).unwrap().replace("Nisar Khan", "Nisar Kahn");
    bundle["entries"][7] = Value::String(b64.encode(forged));
    let modified = dir.path().join("modified.json");
    std::fs::write(&modified, bundle.to_string()).unwrap();
    let out = jirga(&["audit", "verify-bundle", modified.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("first bad index 7"), "{}", stderr(&out));
}
