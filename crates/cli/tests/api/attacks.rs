//! Attacks on the server as an outsider and as its own users would make them,
//! each pinned by a test named after the attack (issue 13): what the attacker
//! tried must be refused with a named error and nothing written.

use serde_json::json;

use crate::helpers::{TestApp, extra_user, form_body, password, spawn_app};

async fn app_with_torkham() -> TestApp {
    let app = spawn_app(false).await;
    let (status, body) = app.command(json!({"type": "register_crossing_point", "code": "torkham", "name": "Torkham"})).await;
    assert_eq!(status, 201, "{body}");
    app
}

/// A border officer's hand-made crossing: an unknown document, "no findings",
/// backdated to 2020.
fn forged_crossing() -> serde_json::Value {
    json!({"type": "record_crossing", "document_id": "JP-FORGED-0001", "crossing_point": "torkham", "direction": "entry",
        "crossed_at": "2020-01-01T00:00:00Z",
        "presented": {"issuer": "Government of Khyber Pakhtunkhwa", "crossing_points": ["torkham"], "max_entries": 9}})
}

#[tokio::test]
async fn forged_crossing_with_caller_supplied_findings_is_refused_on_the_api_the_form_and_the_engine() {
    let app = app_with_torkham().await;
    let before = app.event_count();

    let (status, body) = app.command_as("border", forged_crossing()).await;
    assert_eq!((status, body["code"].as_str()), (422, Some("verified_document_required")), "{body}");

    let form = [
        ("type", "record_crossing"),
        ("document_id", "JP-FORGED-0001"),
        ("crossing_point", "torkham"),
        ("direction", "entry"),
        ("crossed_at", "2020-01-01T00:00:00Z"),
        ("presented.issuer", "KP"),
        ("presented.crossing_points[]", "torkham"),
        ("presented.max_entries:n", "9"),
    ];
    // The form is a well-formed command, so what refuses it is the rule.
    let pairs: Vec<(String, String)> = form.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let json = jirga_web::forms::to_json(&pairs).unwrap();
    assert!(jirga_web::api::parse_command(json.to_string().as_bytes()).is_ok(), "{json}");
    let (status, page, _) = app.post_form_as("border", &form).await;
    assert_eq!(status, 422, "{page}");

    // `jirga apply` and every other in-process caller go through `execute`/`execute_all`.
    let command = jirga_web::api::parse_command(forged_crossing().to_string().as_bytes()).unwrap();
    let border = app.accounts.principal("border").unwrap();
    let refused = app.engine.execute(&border, command.clone()).await.unwrap_err();
    assert!(matches!(refused, jirga_engine::ExecError::Rule(jirga_core::RuleError::VerifiedDocumentRequired)), "{refused}");
    assert!(app.engine.execute_all(&border, vec![command]).await.is_err());

    assert_eq!(app.event_count(), before, "nothing was written");
    assert!(app.engine.read(|s| s.crossings.is_empty()));
}

#[tokio::test]
async fn only_a_border_officer_records_a_crossing_at_the_border_post() {
    let app = app_with_torkham().await;
    let (_, issued) = app.post_json_as("passes", "/api/v1/passes", &crate::passes::application(&["torkham"])).await;
    let request = json!({"text": issued["document"], "crossing_point": "torkham", "direction": "entry"});
    let before = app.event_count();
    for user in ["saif", "approver", "member", "analyst", "passes", "auditor", "admin", "consul"] {
        let (status, body) = app.post_json_as(user, "/api/v1/crossings", &request).await;
        assert_eq!((status, body["code"].as_str()), (403, Some("not_authorized")), "{user}: {body}");
    }
    assert_eq!(app.event_count(), before);
    assert_eq!(app.post_json_as("border", "/api/v1/crossings", &request).await.0, 201);
}

#[tokio::test]
async fn a_crossing_is_recorded_at_the_servers_time_whatever_the_request_says() {
    let app = app_with_torkham().await;
    let (status, issued) = app.post_json_as("passes", "/api/v1/passes", &crate::passes::application(&["torkham"])).await;
    assert_eq!(status, 201, "{issued}");
    let before = jiff::Timestamp::now();
    let request =
        json!({"text": issued["document"], "crossing_point": "torkham", "direction": "entry", "crossed_at": "2020-01-01T00:00:00Z"});
    let (status, body) = app.post_json_as("border", "/api/v1/crossings", &request).await;
    // An unknown field is refused rather than silently ignored.
    assert_eq!(status, 422, "{body}");
    let request = json!({"text": issued["document"], "crossing_point": "torkham", "direction": "entry"});
    let (status, body) = app.post_json_as("border", "/api/v1/crossings", &request).await;
    assert_eq!(status, 201, "{body}");
    let at = app.engine.read(|s| s.crossings.values().next().unwrap().crossed_at);
    assert!(at >= before && at <= jiff::Timestamp::now(), "recorded at {at}");
}

/// POST the login form with `next` as given (already percent-encoded).
async fn login_with_next(app: &TestApp, next_encoded: &str) -> reqwest::Response {
    let (login_cookie, token) = app.login_form().await;
    let body = format!("{}&next={next_encoded}", form_body(&[("username", "saif"), ("password", &password("saif")), ("_csrf", &token)]));
    app.client
        .post(format!("{}/login", app.base))
        .header("cookie", format!("jirga_login={login_cookie}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn open_redirect_after_login_through_control_characters_is_refused() {
    let app = spawn_app(true).await;
    for next in [
        "%2F%09%2Fevil.example",
        "%2F%0A%2Fx",
        "%2F%0D%2Fx",
        "%2F%2Fevil.example",
        "%2F%5Cevil.example",
        "https%3A%2F%2Fevil.example",
        "%2F%00",
        "%2Finitiatives%2F..%2F..%2F%2Fevil",
        "%2Fnot-a-page",
    ] {
        let response = login_with_next(&app, next).await;
        assert_eq!(response.status().as_u16(), 303, "login with next={next}");
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        assert_eq!(location, "/", "next={next} must not lead elsewhere");
    }
    // One of our pages, with its filters, is kept.
    let response = login_with_next(&app, "%2Finitiatives%2Fini-1%2Fcommitments%3Fstatus%3Dproposed").await;
    assert_eq!(response.headers()["location"], "/initiatives/ini-1/commitments?status=proposed");
    let response = login_with_next(&app, "%2Fincidents%3Fdistrict%3DKhyber%252C%2520KP").await;
    assert_eq!(response.headers()["location"], "/incidents?district=Khyber%2C%20KP");
}

#[tokio::test]
async fn pages_and_api_answers_carry_the_security_headers_and_are_not_cached() {
    let app = spawn_app(true).await;
    let (cookie, _) = app.session("passes").await;
    for path in ["/login", "/", "/passes/pas-1", "/api/v1/me", "/api/v1/no-such-thing"] {
        let response =
            app.client.get(format!("{}{path}", app.base)).header("cookie", format!("jirga_session={cookie}")).send().await.unwrap();
        let h = response.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["referrer-policy"], "no-referrer", "{path}");
        assert!(h["cache-control"].to_str().unwrap().contains("no-store"), "{path}");
    }
    // Our own stylesheets may be cached; they hold nothing personal.
    let css = app.client.get(format!("{}/assets/jirga.css", app.base)).send().await.unwrap();
    assert_eq!(css.status().as_u16(), 200);
    assert!(css.headers()["cache-control"].to_str().unwrap().starts_with("public"));
    // No page carries an inline script or style the policy would block.
    let (_, page) = app.page_as("passes", "/passes/pas-1/card").await;
    assert!(!page.contains("onclick") && !page.contains("<style"), "the card page has inline code");
}

#[tokio::test]
async fn forwarding_headers_from_anyone_but_a_trusted_proxy_are_ignored() {
    let app = spawn_app(false).await;
    let form = app.client.get(format!("{}/login", app.base)).header("x-forwarded-proto", "https").send().await.unwrap();
    assert!(!form.headers()["set-cookie"].to_str().unwrap().contains("Secure"), "a client's own X-Forwarded-Proto is not believed");
    // A new X-Forwarded-For per guess does not make a new client of the attacker.
    let (login_cookie, token) = app.login_form().await;
    let mut codes = Vec::new();
    for n in 0..6 {
        let response = app
            .client
            .post(format!("{}/login", app.base))
            .header("cookie", format!("jirga_login={login_cookie}"))
            .header("x-forwarded-for", format!("198.51.100.{n}"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form_body(&[("username", "approver"), ("password", "not the password"), ("_csrf", &token)]))
            .send()
            .await
            .unwrap();
        codes.push(response.status().as_u16());
    }
    assert_eq!(codes, [401, 401, 401, 401, 429, 429], "the fifth failure locks, whatever the header says");
}

async fn login_from(app: &TestApp, user: &str, password: &str, address: &str) -> u16 {
    let (login_cookie, token) = app.login_form().await;
    app.client
        .post(format!("{}/login", app.base))
        .header("cookie", format!("jirga_login={login_cookie}"))
        .header("x-forwarded-for", address)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form_body(&[("username", user), ("password", password), ("_csrf", &token)]))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn five_anonymous_failures_do_not_lock_the_federal_approver_out_of_their_own_desk() {
    let app = crate::helpers::spawn_app_with(false, |state| state.trusted_proxies = vec!["127.0.0.1".parse().unwrap()]).await;
    for _ in 0..5 {
        login_from(&app, "approver", "guessing from outside", "203.0.113.66").await;
    }
    assert_eq!(login_from(&app, "approver", &password("approver"), "203.0.113.66").await, 429, "the attacker's address is locked");
    assert_eq!(login_from(&app, "approver", &password("approver"), "10.20.0.7").await, 303, "the approver signs in at their desk");
}

#[tokio::test]
async fn a_flood_of_logins_is_answered_at_once_beyond_the_queue_of_password_checks() {
    let app = crate::helpers::spawn_app_with(false, |state| state.login_gate = jirga_web::edge::LoginGate::new(1, 2)).await;
    let (login_cookie, token) = app.login_form().await;
    let attempts: Vec<_> = (0..24)
        .map(|n| {
            let request = app
                .client
                .post(format!("{}/login", app.base))
                .header("cookie", format!("jirga_login={login_cookie}"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(form_body(&[("username", &format!("nobody{n}")), ("password", "whatever it is"), ("_csrf", &token)]));
            tokio::spawn(async move {
                let response = request.send().await.unwrap();
                (response.status().as_u16(), response.headers().contains_key("retry-after"))
            })
        })
        .collect();
    let mut answers = Vec::new();
    for attempt in attempts {
        answers.push(attempt.await.unwrap());
    }
    assert!(answers.iter().all(|(status, _)| [401, 429, 503].contains(status)), "no other answer: {answers:?}");
    assert!(
        answers.iter().any(|&(status, retry)| status == 503 && retry),
        "beyond one check and two waiting, logins are turned away at once: {answers:?}"
    );
}

/// A guardrail that panics on one kind of command: the writer thread dies.
struct PanicsOnNotes;

impl jirga_engine::Guardrail for PanicsOnNotes {
    fn assess(&self, command: &jirga_core::Command, _: &jirga_core::State) -> Option<jirga_core::model::Assessment> {
        assert!(!matches!(command, jirga_core::Command::AddNote { .. }), "a bug in the write path");
        None
    }
}

#[tokio::test]
async fn a_dead_writer_makes_the_server_not_ready_while_it_stays_alive() {
    let dir = tempfile::tempdir().unwrap();
    let hooks =
        jirga_engine::Hooks { authorizer: std::sync::Arc::new(jirga_engine::AllowAll), guardrail: std::sync::Arc::new(PanicsOnNotes) };
    let engine = std::sync::Arc::new(jirga_service::open::sqlite(dir.path(), hooks).unwrap());
    let accounts = std::sync::Arc::new(jirga_auth::Accounts::open(dir.path()).unwrap());
    let server = jirga_web::Server::bind("127.0.0.1:0", jirga_web::AppState::new(engine.clone(), accounts)).await.unwrap();
    let base = format!("http://{}", server.local_addr());
    tokio::spawn(server.run(std::future::pending()));
    let get = |path: &'static str| {
        let url = format!("{base}{path}");
        async move {
            let response = reqwest::get(url).await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    assert_eq!(get("/readyz").await.0, 200);
    let someone = jirga_core::Principal {
        actor: jirga_core::Actor { user: "x".into(), name: "X".into(), organization: "org".into() },
        org_kind: jirga_core::model::OrgKind::ProvincialGovernment,
        roles: vec![jirga_core::model::UserRole::ProvincialCoordinator],
        person: None,
        posts: vec![],
    };
    let party = jirga_web::api::parse_command(
        br#"{"type":"register_party","name":"Government of Khyber Pakhtunkhwa","kind":"provincial_government"}"#,
    )
    .unwrap();
    engine.execute(&someone, party).await.unwrap();
    let note = jirga_web::api::parse_command(br#"{"type":"add_note","record":"par-1","text":"This note kills the writer."}"#).unwrap();
    assert!(engine.execute(&someone, note).await.is_err(), "the writer died on it");
    for _ in 0..50 {
        if !engine.writer_alive() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(get("/healthz").await.0, 200, "alive");
    let (status, body) = get("/readyz").await;
    assert_eq!(status, 503, "not ready: {body}");
    assert!(body.contains("the writer has stopped"), "{body}");
}

/// A server with tight connection limits on a fresh record with the demo's
/// accounts; returns its address, a token of the coordinator's, and the record.
async fn server_with_limits(limits: jirga_web::ConnectionLimits) -> (std::net::SocketAddr, String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let engine = std::sync::Arc::new(jirga_service::open::sqlite(dir.path(), jirga_policy::Policies::shipped().hooks()).unwrap());
    let accounts = std::sync::Arc::new(jirga_auth::Accounts::open(dir.path()).unwrap());
    jirga_auth::demo::seed(&accounts, password).unwrap();
    let token = accounts.create_token("saif", "tests").unwrap().1;
    let server = jirga_web::Server::bind_with("127.0.0.1:0", jirga_web::AppState::new(engine, accounts), limits).await.unwrap();
    let addr = server.local_addr();
    tokio::spawn(server.run(std::future::pending()));
    (addr, token, dir)
}

/// Read what the server sends until it closes the connection (or `within` passes).
async fn read_until_closed(stream: &mut tokio::net::TcpStream, within: std::time::Duration) -> Option<String> {
    use tokio::io::AsyncReadExt;
    let mut answer = Vec::new();
    match tokio::time::timeout(within, stream.read_to_end(&mut answer)).await {
        Ok(_) => Some(String::from_utf8_lossy(&answer).into_owned()),
        Err(_) => None,
    }
}

#[tokio::test]
async fn slowloris_half_sent_headers_are_cut_off_and_other_clients_are_served() {
    use tokio::io::AsyncWriteExt;
    let limits =
        jirga_web::ConnectionLimits { header_read_timeout: std::time::Duration::from_secs(1), max_connections: 16, ..Default::default() };
    let (addr, _, _dir) = server_with_limits(limits).await;
    // The attack: many connections, each sending a header line now and then, never the end.
    let mut held = Vec::new();
    for _ in 0..48 {
        let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        stream.write_all(b"GET /healthz HTTP/1.1\r\nHost: jirga\r\nX-Slow: 1\r\n").await.unwrap();
        held.push(stream);
    }
    // Everyone else is still served (the held ones are dropped after a second).
    let answer = tokio::time::timeout(std::time::Duration::from_secs(15), reqwest::get(format!("http://{addr}/healthz"))).await;
    assert_eq!(answer.expect("healthz answered while the attack lasted").unwrap().status().as_u16(), 200);
    // And the attacker's connections were closed by the server.
    let first = &mut held[0];
    assert!(read_until_closed(first, std::time::Duration::from_secs(5)).await.is_some(), "a half-sent request is not kept open");
}

#[tokio::test]
async fn a_body_that_never_arrives_is_answered_with_408() {
    use tokio::io::AsyncWriteExt;
    let limits = jirga_web::ConnectionLimits { body_read_timeout: std::time::Duration::from_secs(1), ..Default::default() };
    let (addr, token, _dir) = server_with_limits(limits).await;
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST /api/v1/commands HTTP/1.1\r\nHost: jirga\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"type\":"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let answer = read_until_closed(&mut stream, std::time::Duration::from_secs(10)).await.expect("the server answers, not waits");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
}

/// The keyring is made when the edge opens the pass office (as `jirga serve`
/// does), so a refused caller could at most change it or get something signed:
/// neither happens, and nothing is recorded.
#[tokio::test]
async fn a_refused_pass_is_neither_signed_nor_touches_the_keys() {
    let app = app_with_torkham().await;
    let keys = app.data_dir().join("pass-keys.json");
    let keyring_before = std::fs::read(&keys).expect("the edge opened the pass office with its keyring");
    let before = app.event_count();
    for user in ["border", "saif", "auditor", "consul"] {
        let (status, body) = app.post_json_as(user, "/api/v1/passes", &crate::passes::application(&["torkham"])).await;
        assert_eq!((status, body["code"].as_str()), (403, Some("not_authorized")), "{user}: {body}");
        assert!(body.get("document").is_none());
    }
    assert_eq!(std::fs::read(&keys).unwrap(), keyring_before, "a refused caller changed the authority's keyring");
    assert_eq!(app.event_count(), before, "a refused pass was recorded");
}

async fn post_with_key(app: &TestApp, key: &str, body: &serde_json::Value) -> (u16, serde_json::Value) {
    let response = app
        .client
        .post(format!("{}/api/v1/commands", app.base))
        .bearer_auth(&app.tokens["saif"])
        .header("idempotency-key", key)
        .json(body)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

#[tokio::test]
async fn a_retried_command_with_its_idempotency_key_is_recorded_once() {
    let app = spawn_app(true).await;
    let note = json!({"type": "add_note", "record": "ini-1", "text": "Sent twice by a client that lost the answer."});
    let before = app.event_count();
    let (status, first) = post_with_key(&app, "retry-7f3a", &note).await;
    assert_eq!(status, 201, "{first}");
    // The client retries, and retries in parallel.
    let (status, again) = post_with_key(&app, "retry-7f3a", &note).await;
    assert_eq!((status, &again), (201, &first), "the original answer");
    let parallel = futures_join(&app, "parallel-key", &note, 8).await;
    assert!(parallel.iter().all(|answer| answer == &parallel[0]), "{parallel:?}");
    assert_eq!(app.event_count(), before + 2, "two commands, each recorded once");
    // The same key with another command is not a retry.
    let other = json!({"type": "add_note", "record": "ini-1", "text": "Another note."});
    let (status, body) = post_with_key(&app, "retry-7f3a", &other).await;
    assert_eq!((status, body["code"].as_str()), (409, Some("idempotency_key_reused")), "{body}");
    // Keys are the user's own: another user's same key is a new command.
    assert_eq!(app.event_count(), before + 2);
    let (status, _) = post_with_key(&app, "bad key with spaces", &note).await;
    assert_eq!(status, 400);
}

async fn futures_join(app: &TestApp, key: &str, body: &serde_json::Value, n: usize) -> Vec<serde_json::Value> {
    let tasks: Vec<_> = (0..n)
        .map(|_| {
            let request = app
                .client
                .post(format!("{}/api/v1/commands", app.base))
                .bearer_auth(&app.tokens["saif"])
                .header("idempotency-key", key)
                .json(body);
            tokio::spawn(async move { request.send().await.unwrap().json::<serde_json::Value>().await.unwrap() })
        })
        .collect();
    let mut out = Vec::new();
    for task in tasks {
        out.push(task.await.unwrap());
    }
    out
}

/// `count` notes on ini-1 ("{prefix} 0." …), recorded at once.
async fn add_notes(app: &TestApp, count: usize, prefix: &str) {
    let notes: Vec<jirga_core::Command> = (0..count)
        .map(|n| {
            let note = json!({"type": "add_note", "record": "ini-1", "text": format!("{prefix} {n}.")});
            jirga_web::api::parse_command(note.to_string().as_bytes()).unwrap()
        })
        .collect();
    app.engine.execute_all(&app.accounts.principal("saif").unwrap(), notes).await.unwrap();
}

#[tokio::test]
async fn a_huge_list_is_served_a_page_at_a_time_and_bad_queries_are_json() {
    let app = spawn_app(true).await;
    add_notes(&app, 250, "Note").await;
    let (status, first) = app.get("/api/v1/notes").await;
    assert_eq!(status, 200);
    assert_eq!(first["items"].as_array().unwrap().len(), 100, "a default page, not every note");
    let mut seen = first["items"].as_array().unwrap().len();
    let mut next = first["next"].as_str().map(str::to_owned);
    while let Some(after) = next {
        let (_, page) = app.get(&format!("/api/v1/notes?limit=100&after={after}")).await;
        seen += page["items"].as_array().unwrap().len();
        next = page["next"].as_str().map(str::to_owned);
    }
    let total = app.engine.read(|s| s.notes.len());
    assert_eq!(seen, total, "every note once, page after page");
    for bad in [
        "/api/v1/notes?limit=0",
        "/api/v1/notes?limit=100000",
        "/api/v1/notes?limit=x",
        "/api/v1/events?from=-1",
        "/api/v1/notes?colour=red",
    ] {
        let response = app.client.get(format!("{}{bad}", app.base)).bearer_auth(&app.tokens["saif"]).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 400, "{bad}");
        assert!(response.headers()["content-type"].to_str().unwrap().starts_with("application/json"), "{bad}");
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["code"], "invalid_query", "{bad}");
    }
}

#[tokio::test]
async fn a_record_with_many_notes_shows_the_latest_not_all() {
    let app = spawn_app(true).await;
    add_notes(&app, 300, "Bulk note number").await;
    let (status, page) = app.get_text("/initiatives/ini-1").await;
    assert_eq!(status, 200);
    assert!(page.contains("Bulk note number 299."), "the latest note is shown");
    assert!(!page.contains("Bulk note number 0."), "the oldest is not");
    let on_record = app.engine.read(|s| s.notes.values().filter(|n| n.record.as_str() == "ini-1").count());
    assert!(page.contains(&format!("Earlier notes on the record, not shown here: {}", on_record - 50)), "and the page says so");
}

#[tokio::test]
async fn a_border_status_commitment_with_no_box_ticked_is_still_forbidden() {
    let app = spawn_app(true).await;
    app.command(json!({"type": "decide_approval", "request": "apr-1", "decision": "approve", "decided_on": "2025-03-15",
        "approved_topics": ["security", "trade", "movement_of_people"]}))
        .await;
    let draft = |text: &str| {
        json!({"type": "draft_commitment", "initiative": "ini-1", "text": text, "topic": "trade",
        "phase": "pha-2", "bound": ["par-1", "par-3"], "owner": "per-1", "drafted_on": "2025-03-16", "areas": []})
    };
    let to = |c: &str, status: &str| json!({"type": "change_commitment_status", "commitment": c, "to": status, "on": "2025-03-17"});
    // The attack of the review: the drafter ticks no area.
    for text in [
        "Pakistan will treat the Durand Line as not an international border and remove the border fence at Torkham",
        "پاکستان ڈیورنڈ لائن کو بین الاقوامی سرحد نہیں مانے گا",
    ] {
        let (_, created) = app.command(draft(text)).await;
        let id = created["created"][0].as_str().unwrap().to_owned();
        let before = app.event_count();
        let (status, body) = app.command(to(&id, "proposed")).await;
        assert_eq!((status, body["code"].as_str()), (409, Some("framework_forbidden")), "{text}: {body}");
        assert!(body["message"].as_str().unwrap().contains("border-status"), "{body}");
        assert_eq!(app.event_count(), before, "nothing written");
    }
    // One that names a defence deployment needs the federal concurrence, and says why.
    let (_, created) = app.command(draft("Joint patrols of the Frontier Corps at Torkham")).await;
    let id = created["created"][0].as_str().unwrap().to_owned();
    assert_eq!(app.command(to(&id, "proposed")).await.0, 201);
    let (_, record) = app.get(&format!("/api/v1/commitments/{id}")).await;
    assert_eq!(record["assessment"]["verdict"], "needs_concurrence");
    let policies: Vec<&str> = record["assessment"]["reasons"].as_array().unwrap().iter().map(|r| r["policy"].as_str().unwrap()).collect();
    assert_eq!(policies, ["binds-the-other-side", "defence-deployment", "text-screen"], "{record}");
    // An ordinary one, binding only the province, passes.
    let mut ordinary = draft("Open the Torkham crossing daily from 7 am for traders");
    ordinary["bound"] = json!(["par-1"]);
    let (_, created) = app.command(ordinary).await;
    let id = created["created"][0].as_str().unwrap().to_owned();
    assert_eq!(app.command(to(&id, "proposed")).await.0, 201);
    assert_eq!(app.get(&format!("/api/v1/commitments/{id}")).await.1["assessment"]["verdict"], "allowed");
}

/// The attack: bind the other side through a party that is not labelled the
/// counterpart (a body registered as "other", with no declared side), so that
/// no federal eye confirms what the commitment asks of Kabul.
#[tokio::test]
async fn a_commitment_binding_the_other_side_under_another_label_still_needs_the_federal_side() {
    let app = spawn_app(true).await;
    app.command(json!({"type": "decide_approval", "request": "apr-1", "decision": "approve", "decided_on": "2025-03-15",
        "approved_topics": ["security", "trade", "movement_of_people"]}))
        .await;
    let (status, body) = app.command(json!({"type": "register_party", "name": "Nangarhar traders' shura", "kind": "other"})).await;
    assert_eq!(status, 201, "{body}");
    let shura = body["created"][0].clone();
    let (_, created) = app
        .command(json!({"type": "draft_commitment", "initiative": "ini-1", "text": "The shura keeps the Torkham road open to trucks.",
            "topic": "trade", "phase": "pha-1", "bound": ["par-1", shura], "owner": "per-1", "drafted_on": "2025-03-16"}))
        .await;
    let id = created["created"][0].as_str().unwrap().to_owned();
    let (status, body) =
        app.command(json!({"type": "change_commitment_status", "commitment": id, "to": "proposed", "on": "2025-03-17"})).await;
    assert_eq!(status, 201, "{body}");
    let (_, record) = app.get(&format!("/api/v1/commitments/{id}")).await;
    assert_eq!(record["assessment"]["verdict"], "needs_concurrence", "{record}");
    assert_eq!(record["assessment"]["reasons"][0]["policy"], "binds-the-other-side", "{record}");
    // Nor can it be agreed before the federal side confirms it, whatever else is in place.
    let before = app.event_count();
    let (status, body) =
        app.command(json!({"type": "change_commitment_status", "commitment": id, "to": "agreed", "on": "2025-03-18"})).await;
    assert_eq!((status, body["code"].as_str()), (409, Some("concurrence_required")), "{body}");
    assert_eq!(app.event_count(), before, "nothing written");
}

#[tokio::test]
async fn a_meeting_dated_years_ahead_is_not_recorded_as_held() {
    let app = spawn_app(true).await;
    let before = app.event_count();
    let (status, body) = app
        .command(json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2031-01-01", "place": "Peshawar", "participants": ["per-1", "per-2"]}))
        .await;
    assert_eq!((status, body["code"].as_str(), body["field"].as_str()), (422, Some("date_in_future"), Some("held_on")), "{body}");
    assert_eq!(app.event_count(), before);
}

#[tokio::test]
async fn metrics_count_requests_commits_refusals_and_logins_for_log_readers_only() {
    let app = spawn_app(true).await;
    app.command(json!({"type": "add_note", "record": "ini-1", "text": "Counted."})).await;
    app.command(json!({"type": "record_travel", "visit": "vis-1", "travelled_on": "2025-03-20"})).await;
    app.login("saif", "not the password").await;
    assert_eq!(app.get_anonymous("/metrics").await.0, 401);
    assert_eq!(app.get_as("consul", "/metrics").await.0, 403, "the counterpart may not read the log, nor these");
    let response = app.client.get(format!("{}/metrics", app.base)).bearer_auth(&app.tokens["auditor"]).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let text = response.text().await.unwrap();
    for line in [
        "jirga_commits_total ",
        "jirga_refusals_total{code=\"not_approved\"} 1",
        // (process-wide: other tests of this binary fail logins too)
        "jirga_logins_total{outcome=\"bad_credentials\"}",
        "jirga_writer_up 1",
        "jirga_http_requests_total{method=\"POST\",route=\"/api/v1/commands\",status=\"201\"}",
        "jirga_commit_seconds_bucket",
        "jirga_resident_memory_bytes ",
    ] {
        assert!(text.contains(line), "{line} missing from:\n{text}");
    }
}

#[tokio::test]
async fn dates_the_parser_would_take_but_the_schema_does_not_are_refused_on_every_route() {
    let app = spawn_app(true).await;
    let before = app.event_count();
    for day in ["-009999-01-01", "0000-01-01", "20250301", "2025-3-1", "+02025-03-01", "0999-12-31"] {
        let (status, body) = app.command(json!({"type": "add_phase", "initiative": "ini-1", "title": "x", "topics": ["trade"]})).await;
        assert_eq!(status, 201, "{body}");
        let (status, body) = app
            .command(json!({"type": "record_meeting", "initiative": "ini-1", "held_on": day, "place": "Peshawar", "participants": ["per-1", "per-2"]}))
            .await;
        assert_eq!((status, body["field"].as_str()), (422, Some("held_on")), "{day}: {body}");
        let mut application = crate::passes::application(&["torkham"]);
        application["holder"]["date_of_birth"] = json!(day);
        let (status, body) = app.post_json_as("passes", "/api/v1/passes", &application).await;
        assert_eq!((status, body["field"].as_str()), (422, Some("holder.date_of_birth")), "{day}: {body}");
    }
    assert_eq!(app.event_count(), before + 6, "only the six phases were recorded");
}

#[tokio::test]
async fn thousands_of_claims_do_not_make_one_endless_page() {
    let app = spawn_app(true).await;
    let before = app.engine.read(|s| s.claims.len());
    for n in 0..(2 * jirga_web::html::layout::ROWS_PER_PAGE) {
        let claim =
            json!({"type": "state_claim", "initiative": "ini-1", "topic": "security", "proposition": format!("Flood claim number {n}")});
        assert_eq!(app.command(claim).await.0, 201);
    }
    let total = before + 2 * jirga_web::html::layout::ROWS_PER_PAGE;
    let (status, first) = app.page_as("saif", "/initiatives/ini-1/claims").await;
    assert_eq!(status, 200);
    let shown = |page: &str| page.matches("class=\"panel claim\"").count();
    assert_eq!(shown(&first), jirga_web::html::layout::ROWS_PER_PAGE, "one page of claims, not all {total}");
    assert!(first.contains(&format!("1–100 of {total}")), "the page says where it is");
    assert!(first.contains("href=\"/initiatives/ini-1/claims?page=2\""), "and links to the next");
    // The pages together hold every claim once.
    let ids = |page: &str| -> Vec<String> {
        page.split("class=\"panel claim\" id=\"").skip(1).map(|rest| rest.split('"').next().unwrap().to_owned()).collect()
    };
    let (_, second) = app.page_as("saif", "/initiatives/ini-1/claims?page=2").await;
    let (_, last) = app.page_as("saif", "/initiatives/ini-1/claims?page=3").await;
    assert_eq!(shown(&last), total - 2 * jirga_web::html::layout::ROWS_PER_PAGE);
    let mut all: Vec<String> = [ids(&first), ids(&second), ids(&last)].concat();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), total, "no claim on two pages, none on no page");
    // Past the end shows the last page, not an empty one.
    let (status, beyond) = app.page_as("saif", "/initiatives/ini-1/claims?page=99").await;
    assert_eq!((status, shown(&beyond)), (200, shown(&last)));
}

#[tokio::test]
async fn the_province_cannot_answer_its_own_request_to_relax_a_rule() {
    let app = spawn_app(true).await;
    let ask = json!({"type": "request_waiver", "initiative": "ini-1", "rule": "phase_order", "requested_on": "2025-03-12",
        "reason": "Trade talks cannot wait."});
    // The federal side does not ask itself; the province asks.
    assert_eq!(app.command_as("approver", ask.clone()).await.0, 403);
    let (status, body) = app.command_as("saif", ask).await;
    assert_eq!(status, 201, "{body}");
    // The province cannot refuse, nor grant by waiving: both are the federal side's.
    let before = app.event_count();
    let refuse =
        json!({"type": "refuse_waiver", "initiative": "ini-1", "rule": "phase_order", "refused_on": "2025-03-13", "reason": "No."});
    assert_eq!(app.command_as("saif", refuse.clone()).await.0, 403);
    let waive = json!({"type": "waive_phase_order", "initiative": "ini-1", "waived_on": "2025-03-13", "reason": "Self-granted."});
    assert_eq!(app.command_as("saif", waive).await.0, 403);
    assert_eq!(app.event_count(), before, "nothing written");
    let (_, ini) = app.get("/api/v1/initiatives/ini-1").await;
    assert!(ini["waiver_requests"][0]["answer"].is_null(), "still waiting: {ini}");
    // The federal approver answers it.
    let (status, body) = app.command_as("approver", refuse).await;
    assert_eq!(status, 201, "{body}");
    let (_, ini) = app.get("/api/v1/initiatives/ini-1").await;
    assert_eq!(ini["waiver_requests"][0]["answer"]["granted"], false, "{ini}");
}

#[tokio::test]
async fn a_meeting_recorded_as_a_breach_is_told_to_the_federal_side_not_only_shown() {
    let (url, received) = crate::incidents::webhook_receiver().await;
    let app = crate::helpers::spawn_app_with(true, |state| state.breach_webhook = Some(url)).await;
    // The province records a meeting with the consul before any approval, as what it is.
    let meeting = json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-05", "place": "Peshawar",
        "participants": ["per-2", "per-8"], "agenda_items": ["age-1"], "as_breach": true});
    let (status, body) = app.command(meeting).await;
    assert_eq!(status, 201, "{body}");
    let request = tokio::time::timeout(std::time::Duration::from_secs(10), received).await.expect("the federal desk is called").unwrap();
    let notice: serde_json::Value = serde_json::from_str(request.split_once("\n\n").unwrap().1).unwrap();
    assert_eq!(notice["kind"], "breach");
    assert_eq!(notice["seq"], body["seq"]);
    assert_eq!(notice["change"], "record_meeting");
    assert_eq!(notice["records"], body["created"]);
    assert_eq!(notice["rules"][0]["code"], "not_approved", "{notice}");
    assert_eq!(notice["recorded_by"], "saif");
}

#[tokio::test]
async fn the_dashboard_shows_a_few_of_each_list_however_long_it_grows() {
    let app = spawn_app(true).await;
    let open_before = app.engine.read(|s| s.commitments.values().filter(|c| c.is_open()).count());
    for n in 0..15 {
        let draft = json!({"type": "draft_commitment", "initiative": "ini-1", "text": format!("Open Torkham gate {n} daily."),
            "topic": "trade", "phase": "pha-2", "bound": ["par-1"], "owner": "per-1", "drafted_on": "2025-03-10"});
        assert_eq!(app.command(draft).await.0, 201);
    }
    let open = open_before + 15;
    let (status, page) = app.page_as("saif", "/initiatives/ini-1").await;
    assert_eq!(status, 200);
    let section = page.split("id=\"open-commitments\"").nth(1).unwrap().split("</section>").next().unwrap();
    assert_eq!(section.matches("<li>").count(), 10, "ten of {open}");
    assert!(section.contains(&format!("({open})")), "the heading counts them all");
    assert!(section.contains(&format!("{} more: see them all", open - 10)) && section.contains("href=\"/initiatives/ini-1/commitments\""));
}

/// The attack of the review: the province's administrator rewrites
/// `forbidden.cedar` (dropping the border-status rule) and then agrees a
/// border-status commitment. The rewrite is only a proposal until the federal
/// side approves it; nobody approves a change their own organization proposed.
#[tokio::test]
async fn the_province_cannot_relax_the_national_framework_by_rewriting_its_policies() {
    let app = spawn_app(true).await;
    app.command(json!({"type": "decide_approval", "request": "apr-1", "decision": "approve", "decided_on": "2025-03-15",
        "approved_topics": ["security", "trade", "movement_of_people"]}))
        .await;
    let forbidden = jirga_policy::Sources::shipped().forbidden;
    let relaxed = forbidden.replace("when { resource.areas.contains(\"border_status\") }", "when { false }");
    assert_ne!(relaxed, forbidden);
    let (status, body) = app
        .command_as(
            "admin",
            json!({"type": "change_policies", "policy_set": "forbidden", "previous": forbidden, "text": relaxed,
            "reason": "Border questions are the province's to settle."}),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    let proposal = body["created"][0].as_str().unwrap().to_owned();
    // Not in force: a border-status commitment is still forbidden.
    let (_, created) = app
        .command(json!({"type": "draft_commitment", "initiative": "ini-1", "text": "Remove the border fence at Torkham.", "topic": "trade",
            "phase": "pha-1", "bound": ["par-1"], "owner": "per-1", "drafted_on": "2025-03-16"}))
        .await;
    let fence = created["created"][0].as_str().unwrap().to_owned();
    let propose = json!({"type": "change_commitment_status", "commitment": fence, "to": "proposed", "on": "2025-03-17"});
    let (status, body) = app.command(propose.clone()).await;
    assert_eq!((status, body["code"].as_str()), (409, Some("framework_forbidden")), "{body}");
    // The province cannot approve its own proposal, whatever role it holds.
    for user in ["admin", "saif"] {
        let (status, body) =
            app.command_as(user, json!({"type": "approve_policy_change", "version": proposal, "approved_on": "2025-03-17"})).await;
        assert_eq!((status, body["code"].as_str()), (403, Some("not_authorized")), "{user}: {body}");
    }
    // Nor does a federal approver posted in the proposing organization.
    let token =
        extra_user(&app, "kp-approver", "A federal approver posted in Peshawar", "org-kp", jirga_core::model::UserRole::FederalApprover);
    let approve = json!({"type": "approve_policy_change", "version": proposal, "approved_on": "2025-03-17"});
    let response = app.client.post(format!("{}/api/v1/commands", app.base)).bearer_auth(token).json(&approve).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 403);
    let before = app.event_count();
    assert_eq!(app.command(propose.clone()).await.0, 409, "still forbidden");
    assert_eq!(app.event_count(), before, "nothing written");
    // The federal side refuses it, on the record.
    let (status, body) =
        app.command_as("approver", json!({"type": "refuse_policy_change", "version": proposal, "refused_on": "2025-03-17", "reason": "The border is not the province's."})).await;
    assert_eq!(status, 201, "{body}");
    let (status, body) = app.command_as("approver", approve).await;
    assert_eq!((status, body["code"].as_str()), (409, Some("already_decided")), "{body}");
}

/// The attack: press "record entry" for a pass that is not valid (a revoked
/// one), by posting the page's form without its refused-presentation flag.
/// Refused, nothing written; recorded only as the refused presentation it was.
#[tokio::test]
async fn a_pass_that_is_not_valid_is_never_recorded_through_the_entry_button() {
    let app = app_with_torkham().await;
    let (_, issued) = app.post_json_as("passes", "/api/v1/passes", &crate::passes::application(&["torkham"])).await;
    let document = issued["document"].as_str().unwrap().to_owned();
    let pass = app.engine.read(|s| s.passes.keys().next().unwrap().to_string());
    let today = jiff::Zoned::now().date();
    let (status, body) = app.command(json!({"type": "revoke_pass", "pass": pass, "revoked_on": today, "reason": "Reported stolen."})).await;
    assert_eq!(status, 201, "{body}");
    let (cookie, csrf) = app.session("border").await;
    let post = |refused: bool| {
        let mut pairs = vec![("_csrf", csrf.as_str()), ("text", document.as_str()), ("crossing_point", "torkham"), ("direction", "entry")];
        if refused {
            pairs.push(("refused", "true"));
        }
        app.client
            .post(format!("{}/border/record", app.base))
            .header("cookie", format!("jirga_session={cookie}"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form_body(&pairs))
            .send()
    };
    let before = app.event_count();
    let response = post(false).await.unwrap();
    assert_eq!(response.status().as_u16(), 422);
    assert!(response.text().await.unwrap().contains("record it as a refused presentation"));
    assert_eq!(app.event_count(), before, "nothing written");
    let response = post(true).await.unwrap();
    assert_eq!(response.status().as_u16(), 303);
    let anomalies = app.engine.read(|s| s.crossings.values().next().unwrap().anomalies.clone());
    assert!(anomalies.contains(&jirga_core::model::Anomaly::Revoked), "{anomalies:?}");
}

/// "Trojan Source" in the record: a right-to-left override (U+202E) or an
/// isolate makes a name or a statement display other than it reads. Refused
/// naming the field on the API, the form and an import alike; nothing written.
#[tokio::test]
async fn text_disguised_with_direction_controls_is_refused_on_every_route() {
    let app = app_with_torkham().await;
    let before = app.event_count();
    // The API: a crossing point whose name would show reversed.
    let (status, body) = app.command(json!({"type": "register_crossing_point", "code": "chaman", "name": "Chaman \u{202E}lanimret"})).await;
    assert_eq!((status, body["code"].as_str(), body["field"].as_str()), (422, Some("invalid_field"), Some("name")), "{body}");
    assert!(body["message"].as_str().unwrap().contains("direction controls"), "{body}");
    // A form: the same command posted as a page's form would, with an isolate hiding its words' order.
    let (status, page, _) = app
        .post_form_as(
            "saif",
            &[
                ("type", "register_party"),
                ("_form", "register_party-new"),
                ("_return_to", "/registers"),
                ("kind", "other"),
                ("name", "Traders' shura \u{2067}not\u{2069}"),
            ],
        )
        .await;
    assert_eq!(status, 422, "refused on the form");
    assert!(page.contains("direction controls") && page.contains("field-error"), "the rule is named beside the field");
    // The marks Urdu, Pashto and Dari typists use are not direction controls.
    let (status, body) = app.command(json!({"type": "register_crossing_point", "code": "ghulam-khan", "name": "غلام خان\u{200F}"})).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(app.event_count(), before + 1, "only the honest name was recorded");
}
