//! The server's log as an operator reads it: one line per request, and
//! nothing secret or personal in any line, whatever the requests carried.

use std::io::{BufRead, Write};
use std::process::{Command, Stdio};

fn jirga(args: &[&str], input: Option<&str>) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jirga"))
        .args(args)
        .env_remove("JIRGA_DATA_DIR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.unwrap_or_default().as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[tokio::test]
async fn no_secret_or_personal_data_reaches_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    assert!(jirga(&["demo", "--seed-only", "--data-dir", data], None).status.success());
    let password = "Unguessable-Pa55word-in-the-log?";
    assert!(jirga(&["admin", "password", "--data-dir", data, "passes"], Some(&format!("{password}\n"))).status.success());
    let token_out = jirga(&["admin", "create-token", "--data-dir", data, "--user", "passes", "--label", "log-test"], None);
    let token = String::from_utf8(token_out.stdout).unwrap().lines().last().unwrap().trim().to_owned();
    let log_file = dir.path().join("server.log");
    let mut server = Command::new(env!("CARGO_BIN_EXE_jirga"))
        .args(["serve", "--data-dir", data, "--listen", "127.0.0.1:0"])
        .env_remove("JIRGA_DATA_DIR")
        .env("JIRGA_LOG", "debug")
        .env("JIRGA_LOG_FORMAT", "json")
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log_file).unwrap())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(server.stdout.as_mut().unwrap()).read_line(&mut line).unwrap();
    let base = line.trim().rsplit(' ').next().unwrap().trim_end_matches('/').to_owned();
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();

    // A pass for a named holder, searched for by name, and logins right and wrong.
    let today = jiff::Zoned::now().date();
    let holder = "Zarmina Wardaki-Loggedname";
    let application = serde_json::json!({
        "holder": {"name_latin": holder, "document_type": "tazkira", "document_number": "1400-7777-31337", "date_of_birth": "1971-07-07",
            "sex": "female", "nationality": "AFG"},
        "purpose": {"kind": "business", "organization": "Sarhad Chamber of Commerce"},
        "sponsor": "Sarhad Chamber of Commerce", "crossing_points": ["torkham"],
        "valid_from": today, "valid_until": today.checked_add(jiff::Span::new().days(10)).unwrap(), "entries": {"kind": "single"}});
    let issued = client.post(format!("{base}/api/v1/passes")).bearer_auth(&token).json(&application).send().await.unwrap();
    assert_eq!(issued.status().as_u16(), 201);
    let searched = client.get(format!("{base}/passes?q={}", holder.replace(' ', "+"))).bearer_auth(&token).send().await.unwrap();
    let request_id = searched.headers().get("x-request-id").map(|v| v.to_str().unwrap().to_owned());
    let form = client.get(format!("{base}/login")).send().await.unwrap();
    let cookie = form.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    let page = form.text().await.unwrap();
    let csrf = page.split("name=\"_csrf\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    for attempt in [password, "wrong-password-in-the-log"] {
        let body = format!("username=passes&password={}&_csrf={csrf}&next=%2F", attempt.replace('?', "%3F"));
        client
            .post(format!("{base}/login"))
            .header("cookie", &cookie)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
    }
    server.kill().unwrap();
    server.wait().unwrap();

    let log = std::fs::read_to_string(&log_file).unwrap();
    for secret in [
        password,
        "wrong-password-in-the-log",
        token.as_str(),
        holder,
        "Loggedname",
        "1400-7777-31337",
        "1971-07-07",
        cookie.split('=').nth(1).unwrap(),
        &csrf,
    ] {
        assert!(!log.contains(secret), "the log holds {secret:?}:\n{log}");
    }
    // One JSON line per request, with its id.
    let requests: Vec<serde_json::Value> =
        log.lines().filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()).filter(|v| v["target"] == "jirga::request").collect();
    assert!(requests.len() >= 5, "{log}");
    assert!(
        requests
            .iter()
            .any(|r| r["fields"]["path"] == "/passes" && Some(r["fields"]["request_id"].as_str().unwrap().to_owned()) == request_id),
        "{log}"
    );
}
