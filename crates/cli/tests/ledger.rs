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
            "audit",
            "verify-inclusion",
            "--leaf-hash",
            v["leafHash"].as_str().unwrap(),
            "--index",
            &v["leafIdx"].to_string(),
            "--size",
            &v["treeSize"].to_string(),
            "--root",
            v["root"].as_str().unwrap(),
            "--proof",
            &proof_arg(&v["proof"]),
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
            "audit",
            "verify-consistency",
            "--size1",
            &v["size1"].to_string(),
            "--size2",
            &v["size2"].to_string(),
            "--root1",
            v["root1"].as_str().unwrap(),
            "--root2",
            v["root2"].as_str().unwrap(),
            "--proof",
            &proof_arg(&v["proof"]),
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
    let bad =
        jirga(&["audit", "verify-inclusion", "--leaf-hash", "not base64!", "--index", "0", "--size", "1", "--root", "AA==", "--proof", ""]);
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
    tamper(
        &data,
        "UPDATE events SET seq = 100000 WHERE seq = 4; UPDATE events SET seq = 4 WHERE seq = 10; UPDATE events SET seq = 10 WHERE seq = 100000;",
    );
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

/// The store with the ledger tables' append-only triggers dropped, as an
/// attacker with file access would.
fn ledger_opened_for_tampering(data: &str) -> jirga_store_sqlite::SqliteStore {
    let store = jirga_store_sqlite::SqliteStore::open(Path::new(data)).unwrap();
    store
        .connection()
        .execute_batch(
            "DROP TRIGGER ledger_hashes_no_update; DROP TRIGGER ledger_hashes_no_delete;
             DROP TRIGGER checkpoints_no_update; DROP TRIGGER checkpoints_no_delete;",
        )
        .unwrap();
    store
}

fn tamper_ledger(data: &str, sql: &str) {
    ledger_opened_for_tampering(data).connection().execute_batch(sql).unwrap();
}

/// `jirga apply` of one command line as the focal person.
fn apply_as_saif(data: &str, line: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_jirga"))
        .args(["apply", "--data-dir", data, "--user", "saif", "-"])
        .env_remove("JIRGA_DATA_DIR")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(line.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// `jirga serve` on the store: it must exit at once, refusing to start.
fn serve_refuses(data: &str, what: &str) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jirga"))
        .args(["serve", "--data-dir", data, "--listen", "127.0.0.1:0"])
        .env_remove("JIRGA_DATA_DIR")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            child.kill().unwrap();
            panic!("{what}: the server started on a store that does not verify");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{what}: {}", stderr(&out));
    assert!(stderr(&out).contains("does not verify against its ledger"), "{what}: {}", stderr(&out));
    // Nor does any other command act on it.
    let status = jirga(&["status", "--data-dir", data]);
    assert_eq!(status.status.code(), Some(1), "{what}: status on a store that does not verify");
}

#[test]
fn the_server_refuses_to_start_on_a_modified_event() {
    let (_dir, data) = seeded();
    tamper(&data, "UPDATE events SET bytes = CAST(replace(CAST(bytes AS TEXT), 'Gandapur', 'Gandapor') AS BLOB) WHERE seq = 6;");
    serve_refuses(&data, "modified event");
}

#[test]
fn the_server_refuses_to_start_on_a_deleted_row() {
    let (_dir, data) = seeded();
    tamper(&data, "DELETE FROM events WHERE seq = (SELECT MAX(seq) FROM events);");
    serve_refuses(&data, "deleted last row");
}

#[test]
fn the_server_refuses_to_start_on_swapped_rows_and_names_them_reordered() {
    let (_dir, data) = seeded();
    tamper(
        &data,
        "UPDATE events SET seq = 100000 WHERE seq = 4; UPDATE events SET seq = 4 WHERE seq = 5; UPDATE events SET seq = 5 WHERE seq = 100000;",
    );
    serve_refuses(&data, "swapped rows");
    verify_fails_at(&data, 4, "reordered");
}

#[test]
fn the_server_refuses_to_start_on_a_flipped_stored_hash_and_blames_the_hash_not_the_event() {
    let (_dir, data) = seeded();
    // The first commit's row holds the stored hashes from index 0: flip a bit of the first.
    let store = ledger_opened_for_tampering(&data);
    let mut hashes: Vec<u8> = store.connection().query_row("SELECT hashes FROM ledger_hashes WHERE start = 0", [], |r| r.get(0)).unwrap();
    hashes[0] ^= 1;
    store.connection().execute("UPDATE ledger_hashes SET hashes = ?1 WHERE start = 0", [hashes]).unwrap();
    drop(store);
    serve_refuses(&data, "flipped stored hash");
    verify_fails_at(&data, 0, "stored hash");
}

#[test]
fn a_flipped_interior_tree_hash_is_named_by_verify_not_only_at_start() {
    let (_dir, data) = seeded();
    // Stored index 2 is the node over leaves 0 and 1 (level 1): proofs read
    // it, but neither the leaves nor the signed root do.
    let store = ledger_opened_for_tampering(&data);
    let (start, mut hashes): (i64, Vec<u8>) = store
        .connection()
        .query_row("SELECT start, hashes FROM ledger_hashes WHERE start <= 2 ORDER BY start DESC LIMIT 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    hashes[(2 - start as usize) * 32] ^= 1;
    store.connection().execute("UPDATE ledger_hashes SET hashes = ?1 WHERE start = ?2", (hashes, start)).unwrap();
    drop(store);
    verify_fails_at(&data, 0, "stored hash changed");
    assert!(stderr(&jirga(&["ledger", "verify", "--data-dir", &data])).contains("stored tree hash 2 (level 1)"));
    serve_refuses(&data, "flipped interior hash");
}

#[test]
fn the_server_refuses_to_start_on_a_forged_checkpoint_signature() {
    let (_dir, data) = seeded();
    tamper_ledger(
        &data,
        "UPDATE checkpoints SET note = substr(note, 1, length(note) - 6) || CASE WHEN substr(note, -6, 1) = 'A' THEN 'B' ELSE 'A' END || substr(note, -5) \
         WHERE size = (SELECT MAX(size) FROM checkpoints);",
    );
    serve_refuses(&data, "forged checkpoint signature");
}

#[test]
fn a_forged_approval_in_the_read_tables_is_not_believed() {
    let (_dir, data) = seeded();
    // The attack: one UPDATE of the read table forges a federal approval.
    let store = jirga_store_sqlite::SqliteStore::open(Path::new(&data)).unwrap();
    store
        .connection()
        .execute_batch(
            "UPDATE records SET body = json_set(body, '$.decision', json_object('decision', 'approve', 'decided_on', '2025-03-01', \
             'terms', NULL, 'valid_until', NULL, 'approved_topics', json_extract(body, '$.topics'))) WHERE id = 'apr-1';",
        )
        .unwrap();
    drop(store);
    let out = apply_as_saif(&data, r#"{"type":"record_travel","visit":"vis-1","travelled_on":"2025-03-20"}"#);
    assert_eq!(out.status.code(), Some(1), "travel without a real approval was recorded: {}", String::from_utf8_lossy(&out.stdout));
    assert!(stderr(&out).contains("not_approved"), "{}", stderr(&out));
    assert!(stderr(&out).contains("READ TABLES DIFFER"), "the forgery is reported: {}", stderr(&out));
    // And the read table was rewritten from the events.
    let store = jirga_store_sqlite::SqliteStore::open(Path::new(&data)).unwrap();
    let decision: Option<String> =
        store.connection().query_row("SELECT json_extract(body, '$.decision') FROM records WHERE id = 'apr-1'", [], |r| r.get(0)).unwrap();
    assert_eq!(decision, None);
}

#[test]
fn a_second_writer_on_the_same_data_directory_is_refused() {
    let (_dir, data) = seeded();
    let mut server = Command::new(env!("CARGO_BIN_EXE_jirga"))
        .args(["serve", "--data-dir", &data, "--listen", "127.0.0.1:0"])
        .env_remove("JIRGA_DATA_DIR")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until it serves.
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(server.stdout.as_mut().unwrap()), &mut line).unwrap();
    assert!(line.contains("serving on"), "{line}");
    let second = jirga(&["serve", "--data-dir", &data, "--listen", "127.0.0.1:0"]);
    let apply = apply_as_saif(&data, r#"{"type":"add_note","record":"apr-1","text":"From the side."}"#);
    // Reading beside the server still works.
    let status = jirga(&["status", "--data-dir", &data]);
    server.kill().unwrap();
    server.wait().unwrap();
    for (what, out) in [("serve", &second), ("apply", &apply)] {
        assert_eq!(out.status.code(), Some(1), "{what}");
        assert!(stderr(out).contains("another jirga process") && stderr(out).contains("is writing to"), "{what}: {}", stderr(out));
    }
    assert!(status.status.success(), "{}", stderr(&status));
}
