//! The `jirga` binary as an operator uses it.

use std::process::{Command, Output, Stdio};

fn jirga(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jirga")).args(args).env_remove("JIRGA_DATA_DIR").output().unwrap()
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
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
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

    // A second demo on the same directory is refused: it is not fresh.
    let again = jirga(&["demo", "--seed-only", "--data-dir", data]);
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again.stderr).contains("fresh data directory"));

    let export = jirga(&["export", "--data-dir", data]);
    let lines: Vec<String> = text(&export.stdout).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), jirga_core::demo::scenario().len());
    let first: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
    assert_eq!(first["seq"], 0);
    assert_eq!(first["event"]["change"]["type"], "register_party");

    let status = jirga(&["status", "--json", "--data-dir", data]);
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(status[0]["gates"][2]["blocked_by"], "not_approved");

    // Commands from a file: the first is recorded, the second breaks a rule.
    let commands = r#"{"type":"decide_approval","request":"apr-1","decision":"approve","decided_on":"2025-03-15"}
{"type":"remove_delegation_member","delegation":"del-1","person":"per-1"}
{"type":"register_party","name":"Never reached","kind":"other"}
"#;
    let out = jirga_stdin(&["apply", "--data-dir", data, "-"], commands);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("line 1: recorded at #"));
    let err = text(&out.stderr);
    assert!(err.contains("line 2") && err.contains("focal_person_cannot_be_removed"), "{err}");
    let bad_json = jirga_stdin(&["apply", "--data-dir", data, "-"], "{\"type\":\"plan_visit\"}\n");
    assert_eq!(bad_json.status.code(), Some(1));
    assert!(text(&bad_json.stderr).contains("line 1"));

    let after = jirga(&["export", "--data-dir", data]);
    assert_eq!(text(&after.stdout).lines().count(), lines.len() + 1, "exactly one command recorded");

    let rebuild = jirga(&["rebuild", "--data-dir", data]);
    assert!(rebuild.status.success());
    assert!(text(&rebuild.stdout).contains(&format!("{} events", lines.len() + 1)));
}
