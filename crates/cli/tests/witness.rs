//! Witnesses end to end, as processes: two witnesses (`jirga witness init`,
//! `add-log`, `serve`) and a record (`jirga serve --witness … --witness-quorum 2`).
//! The record submits its checkpoints off the write path; the API serves the
//! checkpoint both cosigned, which `jirga audit verify-checkpoint` accepts with
//! their keys and refuses when tampered with or short of the quorum; a second
//! record signing with the same key is caught as a split view.

use std::io::BufRead;
use std::process::{Child, Command, Output, Stdio};

fn jirga(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jirga")).args(args).env_remove("JIRGA_DATA_DIR").output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A server process and the URL it prints on its first line.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve(args: &[&str]) -> (Server, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jirga"))
        .args(args)
        .env_remove("JIRGA_DATA_DIR")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.as_mut().unwrap()).read_line(&mut line).unwrap();
    let url = line.trim().rsplit(' ').next().unwrap().trim_end_matches('/').to_owned();
    assert!(url.starts_with("http://"), "{line}");
    (Server(child), url)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_witnesses_cosign_the_records_checkpoints_and_an_auditor_checks_them_offline() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();
    let data = path("record");
    assert!(jirga(&["demo", "--seed-only", "--data-dir", &data]).status.success());
    let log_key = text(&jirga(&["ledger", "key", "--data-dir", &data]).stdout).trim().to_owned();
    let origin = log_key.split('+').next().unwrap().to_owned();
    let mut witnesses = Vec::new();
    for name in ["witness.mofa.test/1", "observer.test/w"] {
        let wdir = path(name.replace('/', "_").as_str());
        let init = jirga(&["witness", "init", "--data-dir", &wdir, "--name", name]);
        assert!(init.status.success(), "{}", text(&init.stderr));
        let vkey = text(&init.stdout).trim().to_owned();
        assert!(vkey.starts_with(&format!("{name}+")), "{vkey}");
        let added = jirga(&["witness", "add-log", "--data-dir", &wdir, "--origin", &origin, "--key", &log_key]);
        assert!(added.status.success(), "{}", text(&added.stderr));
        let (server, url) = serve(&["witness", "serve", "--data-dir", &wdir, "--listen", "127.0.0.1:0"]);
        witnesses.push((server, url, vkey));
    }
    let args: Vec<String> = witnesses.iter().flat_map(|(_, url, vkey)| ["--witness".to_owned(), format!("{url}={vkey}")]).collect();
    let mut serve_args = vec!["serve", "--data-dir", &data, "--listen", "127.0.0.1:0", "--witness-quorum", "2"];
    serve_args.extend(args.iter().map(String::as_str));
    let (record, base) = serve(&serve_args);

    // Within a few rounds (every 2 s) both witnesses cosign the newest checkpoint.
    let client = reqwest::Client::new();
    let mut note = String::new();
    for _ in 0..40 {
        note = client.get(format!("{base}/api/v1/ledger/checkpoint")).send().await.unwrap().text().await.unwrap();
        if note.matches('\u{2014}').count() >= 3 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
    assert_eq!(note.matches('\u{2014}').count(), 3, "the log's signature and two cosignatures: {note}");
    let file = path("checkpoint.txt");
    std::fs::write(&file, &note).unwrap();
    let check = |extra: &[&str], file: &str| {
        let mut args = vec!["audit", "verify-checkpoint", file, "--log-key", &log_key];
        args.extend_from_slice(extra);
        jirga(&args)
    };
    let (w1, w2) = (witnesses[0].2.clone(), witnesses[1].2.clone());
    let ok = check(&["--witness-key", &w1, "--witness-key", &w2], &file);
    assert!(ok.status.success(), "{}{}", text(&ok.stdout), text(&ok.stderr));
    assert!(text(&ok.stdout).contains("cosigned by 2 of 2"), "{}", text(&ok.stdout));
    // A witness the auditor does not trust does not count towards the quorum.
    let (_, stranger) = {
        let out = jirga(&["witness", "init", "--data-dir", &path("stranger"), "--name", "stranger.test/w"]);
        ((), text(&out.stdout).trim().to_owned())
    };
    assert_eq!(check(&["--witness-key", &w1, "--witness-key", &stranger], &file).status.code(), Some(1));
    assert_eq!(check(&["--witness-key", &w1, "--witness-key", &stranger, "--quorum", "1"], &file).status.code(), Some(0));
    // A tampered checkpoint breaks the log's signature and every cosignature.
    let lines: Vec<&str> = note.lines().collect();
    let tampered = note.replacen(&format!("\n{}\n", lines[1]), &format!("\n{}\n", lines[1].parse::<u64>().unwrap() + 1), 1);
    std::fs::write(path("tampered.txt"), &tampered).unwrap();
    assert_eq!(check(&["--witness-key", &w1, "--witness-key", &w2], &path("tampered.txt")).status.code(), Some(1));
    assert_eq!(
        check(&["--quorum", "3", "--witness-key", &w1], &file).status.code(),
        Some(2),
        "a quorum larger than the keys is a usage error"
    );

    // A new change is witnessed in its turn; the audit page shows both witnesses.
    let token = text(&jirga(&["admin", "create-token", "--data-dir", &data, "--user", "saif", "--label", "t"]).stdout);
    let token = token.lines().last().unwrap().trim().to_owned();
    let before: u64 = lines[1].parse().unwrap();
    let posted = client
        .post(format!("{base}/api/v1/commands"))
        .bearer_auth(&token)
        .json(&serde_json::json!({"type": "add_note", "record": "ini-1", "text": "Witnessed."}))
        .send()
        .await
        .unwrap();
    assert_eq!(posted.status().as_u16(), 201);
    let mut grown = false;
    for _ in 0..40 {
        let now = client.get(format!("{base}/api/v1/ledger/checkpoint")).send().await.unwrap().text().await.unwrap();
        if now.lines().nth(1).and_then(|s| s.parse::<u64>().ok()).is_some_and(|s| s > before) && now.matches('\u{2014}').count() == 3 {
            grown = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
    assert!(grown, "the witnesses cosigned the larger tree (a consistency proof from the size they held)");
    let monitors: serde_json::Value = client.get(format!("{}/logs", witnesses[0].1)).send().await.unwrap().json().await.unwrap();
    assert_eq!(monitors["logs"][0]["origin"], origin.as_str());
    assert!(monitors["logs"][0]["size"].as_u64().unwrap() > before);

    // The record keeps what was cosigned beside its checkpoints: the exported
    // bundle carries the cosignatures, and an auditor requires the quorum.
    drop(record);
    let bundle = path("bundle.json");
    assert!(jirga(&["ledger", "export", "--data-dir", &data, "--output", &bundle]).status.success());
    let verified = jirga(&["audit", "verify-bundle", &bundle, "--witness-key", &w1, "--witness-key", &w2]);
    assert!(verified.status.success(), "{}{}", text(&verified.stdout), text(&verified.stderr));
    assert!(text(&verified.stdout).contains("witnessed up to size"), "{}", text(&verified.stdout));
    let strangers = jirga(&["audit", "verify-bundle", &bundle, "--witness-key", &stranger]);
    assert_eq!(strangers.status.code(), Some(1), "{}", text(&strangers.stderr));
    // Restarted, the record serves the cosigned checkpoint at once from what it kept.
    let (_again, base) = serve(&serve_args);
    let note = client.get(format!("{base}/api/v1/ledger/checkpoint")).send().await.unwrap().text().await.unwrap();
    assert_eq!(note.matches('\u{2014}').count(), 3, "{note}");
}

#[test]
fn compare_finds_a_split_view_between_two_histories_signed_with_one_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();
    // One record copied whole, then a different change in each copy: the same
    // log key signing two histories from one point on.
    let (a, b) = (path("a"), path("b"));
    assert!(jirga(&["demo", "--seed-only", "--data-dir", &a]).status.success());
    std::fs::create_dir_all(&b).unwrap();
    for entry in std::fs::read_dir(&a).unwrap() {
        let entry = entry.unwrap();
        if entry.file_name() != "jirga.lock" {
            std::fs::copy(entry.path(), std::path::Path::new(&b).join(entry.file_name())).unwrap();
        }
    }
    let apply = |data: &str, note: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_jirga"))
            .args(["apply", "--data-dir", data, "--user", "saif", "-"])
            .env_remove("JIRGA_DATA_DIR")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        let line = serde_json::json!({"type": "add_note", "record": "ini-1", "text": note}).to_string();
        child.stdin.take().unwrap().write_all(format!("{line}\n").as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
    };
    apply(&a, "What the province shows the federal side.");
    apply(&b, "What the province shows the counterpart.");
    let key = text(&jirga(&["ledger", "key", "--data-dir", &a]).stdout).trim().to_owned();
    assert_eq!(key, text(&jirga(&["ledger", "key", "--data-dir", &b]).stdout).trim(), "one log key");
    let newest = |data: &str| {
        let out = jirga(&["ledger", "export", "--data-dir", data]);
        let bundle: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        bundle["checkpoints"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_owned()).collect::<Vec<_>>()
    };
    let (all_a, all_b) = (newest(&a), newest(&b));
    std::fs::write(path("a.txt"), all_a.last().unwrap()).unwrap();
    std::fs::write(path("b.txt"), all_b.last().unwrap()).unwrap();
    let out = jirga(&["audit", "compare", &path("a.txt"), &path("b.txt"), "--log-key", &key]);
    assert_eq!(out.status.code(), Some(1), "{}{}", text(&out.stdout), text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains("SPLIT VIEW") && said.contains("two different roots for the same size"), "{said}");
    assert!(
        said.contains(all_a.last().unwrap().as_str()) && said.contains(all_b.last().unwrap().as_str()),
        "both notes are printed as evidence"
    );
    // A log's own checkpoints, collected in a directory, are no split view.
    std::fs::create_dir_all(path("collected")).unwrap();
    for (i, note) in all_a.iter().rev().take(3).enumerate() {
        std::fs::write(dir.path().join("collected").join(format!("{i}.txt")), note).unwrap();
    }
    let out = jirga(&["audit", "compare", &path("collected"), "--log-key", &key]);
    assert_eq!(out.status.code(), Some(0), "{}{}", text(&out.stdout), text(&out.stderr));
    assert_eq!(jirga(&["audit", "compare", &path("a.txt"), "--log-key", &key]).status.code(), Some(2), "one checkpoint is a usage error");
}
