//! Start the real server on a random port with a fresh data directory, with the
//! demo's accounts (one per role) and an API token for each.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use jirga_auth::Accounts;
use jirga_engine::Engine;
use jirga_web::{AppState, Server};
use serde_json::Value;

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub engine: Arc<Engine>,
    pub accounts: Arc<Accounts>,
    /// API token per demo username.
    pub tokens: HashMap<String, String>,
    /// Browser session (cookie value, form token) per username, made on first use.
    sessions: Mutex<HashMap<String, (String, String)>>,
    _dir: tempfile::TempDir,
    _shutdown: tokio::sync::oneshot::Sender<()>,
}

/// Every demo user's password in tests.
pub fn password(user: &str) -> String {
    format!("{user}-test-password")
}

/// The demo user who issues a command of this type.
pub use jirga_auth::demo::issuer_of;

/// A server on a fresh data directory; `seed` loads the demo scenario first.
pub async fn spawn_app(seed: bool) -> TestApp {
    spawn_app_with(seed, |_| {}).await
}

/// The same, with the server's state changed by `configure` first (an alert
/// webhook, trusted proxies).
pub async fn spawn_app_with(seed: bool, configure: impl FnOnce(&mut AppState)) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let policies = jirga_policy::Policies::shipped();
    let engine = Arc::new(jirga_service::open::sqlite(dir.path(), policies.hooks()).unwrap());
    let accounts = Arc::new(Accounts::open(dir.path()).unwrap());
    jirga_auth::demo::seed(&accounts, password).unwrap();
    if seed {
        for command in jirga_core::demo::scenario() {
            let user = accounts.principal(jirga_auth::demo::issuer(&command)).unwrap();
            engine.execute(&user, command).await.unwrap();
        }
    }
    let tokens =
        jirga_auth::demo::USERS.iter().map(|(user, ..)| (user.to_string(), accounts.create_token(user, "tests").unwrap().1)).collect();
    let office = jirga_service::passes::PassOffice::open(dir.path(), jirga_passes::keyring::DEFAULT_AUTHORITY).unwrap();
    let mut state = AppState::new(engine.clone(), accounts.clone()).with_pass_office(office);
    configure(&mut state);
    let server = Server::bind("127.0.0.1:0", state).await.unwrap();
    let base = format!("http://{}", server.local_addr());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(server.run(async {
        let _ = rx.await;
    }));
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    TestApp { base, client, engine, accounts, tokens, sessions: Mutex::new(HashMap::new()), _dir: dir, _shutdown: tx }
}

/// The value of cookie `name` set by a response.
pub fn set_cookie(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.split(';').next()?.strip_prefix(&format!("{name}=")).map(str::to_owned))
}

/// The value of the first hidden `_csrf` field of a page.
pub fn csrf_field(page: &str) -> Option<String> {
    let at = page.find(r#"name="_csrf" value=""#)? + r#"name="_csrf" value=""#.len();
    Some(page[at..].split('"').next()?.to_owned())
}

impl TestApp {
    pub async fn post_command_as(&self, user: &str, body: impl Into<reqwest::Body>) -> (u16, Value) {
        let response = self
            .client
            .post(format!("{}/api/v1/commands", self.base))
            .header("content-type", "application/json")
            .bearer_auth(&self.tokens[user])
            .body(body)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    /// POST a raw body as the focal person.
    pub async fn post_command(&self, body: impl Into<reqwest::Body>) -> (u16, Value) {
        self.post_command_as("saif", body).await
    }

    pub async fn command_as(&self, user: &str, body: Value) -> (u16, Value) {
        self.post_command_as(user, body.to_string()).await
    }

    /// A command, issued by the demo user whose role it belongs to.
    pub async fn command(&self, body: Value) -> (u16, Value) {
        let user = issuer_of(body["type"].as_str().unwrap_or_default());
        self.command_as(user, body).await
    }

    pub async fn get_as(&self, user: &str, path: &str) -> (u16, Value) {
        let response = self.client.get(format!("{}{path}", self.base)).bearer_auth(&self.tokens[user]).send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    /// A GET as the focal person.
    pub async fn get(&self, path: &str) -> (u16, Value) {
        self.get_as("saif", path).await
    }

    /// A command with no credentials at all.
    pub async fn post_command_as_anonymous(&self, body: &Value) -> (u16, Value) {
        let response = self.client.post(format!("{}/api/v1/commands", self.base)).json(body).send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    /// A GET with no credentials at all.
    pub async fn get_anonymous(&self, path: &str) -> (u16, String) {
        let response = self.client.get(format!("{}{path}", self.base)).send().await.unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    }

    /// Open the login page: its form-token cookie and the same token in the form.
    pub async fn login_form(&self) -> (String, String) {
        let form = self.client.get(format!("{}/login", self.base)).send().await.unwrap();
        let login_cookie = set_cookie(&form, "jirga_login").unwrap();
        (login_cookie, csrf_field(&form.text().await.unwrap()).unwrap())
    }

    /// Sign in through the login form.
    pub async fn login(&self, user: &str, password: &str) -> reqwest::Response {
        let (login_cookie, token) = self.login_form().await;
        self.client
            .post(format!("{}/login", self.base))
            .header("cookie", format!("jirga_login={login_cookie}"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form_body(&[("username", user), ("password", password), ("_csrf", &token), ("next", "/")]))
            .send()
            .await
            .unwrap()
    }

    /// A browser session of `user`: (cookie value, form token).
    pub async fn session(&self, user: &str) -> (String, String) {
        if let Some(s) = self.sessions.lock().unwrap().get(user) {
            return s.clone();
        }
        let response = self.login(user, &password(user)).await;
        assert_eq!(response.status().as_u16(), 303, "login of {user}");
        let cookie = set_cookie(&response, "jirga_session").unwrap();
        let page =
            self.client.get(format!("{}/registers", self.base)).header("cookie", format!("jirga_session={cookie}")).send().await.unwrap();
        let csrf = csrf_field(&page.text().await.unwrap()).expect("a signed-in page carries the form token");
        self.sessions.lock().unwrap().insert(user.to_owned(), (cookie.clone(), csrf.clone()));
        (cookie, csrf)
    }

    /// A page as `user`, signed in in the browser.
    pub async fn page_as(&self, user: &str, path: &str) -> (u16, String) {
        let (cookie, _) = self.session(user).await;
        let response =
            self.client.get(format!("{}{path}", self.base)).header("cookie", format!("jirga_session={cookie}")).send().await.unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    }

    /// A page as the focal person.
    pub async fn get_text(&self, path: &str) -> (u16, String) {
        self.page_as("saif", path).await
    }

    /// Post a multipart form (a form that uploads a file) to `path` as `user`.
    pub async fn post_multipart_as(&self, user: &str, path: &str, form: reqwest::multipart::Form) -> (u16, String, Option<String>) {
        let (cookie, _) = self.session(user).await;
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .header("cookie", format!("jirga_session={cookie}"))
            .multipart(form)
            .send()
            .await
            .unwrap();
        page_answer(response).await
    }

    /// Post a form as `user`, with their session's form token unless `pairs` has one.
    pub async fn post_form_as(&self, user: &str, pairs: &[(&str, &str)]) -> (u16, String, Option<String>) {
        let (cookie, csrf) = self.session(user).await;
        let mut pairs = pairs.to_vec();
        if !pairs.iter().any(|(k, _)| *k == "_csrf") {
            pairs.push(("_csrf", &csrf));
        }
        let body = form_body(&pairs);
        let response = self
            .client
            .post(format!("{}/actions", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", format!("jirga_session={cookie}"))
            .body(body)
            .send()
            .await
            .unwrap();
        page_answer(response).await
    }

    /// Post a form as the demo user whose role the command belongs to.
    pub async fn post_form(&self, pairs: &[(&str, &str)]) -> (u16, String, Option<String>) {
        let command = pairs.iter().find(|(k, _)| *k == "type").map_or("", |(_, v)| *v);
        self.post_form_as(issuer_of(command), pairs).await
    }

    /// POST a JSON body to an API path as `user`.
    pub async fn post_json_as(&self, user: &str, path: &str, body: &Value) -> (u16, Value) {
        let response = self.client.post(format!("{}{path}", self.base)).bearer_auth(&self.tokens[user]).json(body).send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    /// POST a JSON body to an API path with an API token (a user made in the test).
    pub async fn post_json_with_token(&self, token: &str, path: &str, body: &Value) -> (u16, Value) {
        let response = self.client.post(format!("{}{path}", self.base)).bearer_auth(token).json(body).send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    /// The server's data directory.
    pub fn data_dir(&self) -> &std::path::Path {
        self._dir.path()
    }

    /// Number of events in the log.
    pub fn event_count(&self) -> u64 {
        self.engine.read(|s| s.next_seq())
    }
}

/// A page's answer to a form: status, body, and where it redirects.
async fn page_answer(response: reqwest::Response) -> (u16, String, Option<String>) {
    let status = response.status().as_u16();
    let location = response.headers().get("location").map(|l| l.to_str().unwrap().to_owned());
    (status, response.text().await.unwrap(), location)
}

/// Standard base64, as a form carries a file's bytes.
pub fn base64_of(bytes: &[u8]) -> String {
    base64::Engine::encode(&base64::engine::general_purpose::STANDARD, bytes)
}

pub fn form_body(pairs: &[(&str, &str)]) -> String {
    pairs.iter().map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v))).collect::<Vec<_>>().join("&")
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A user of the demo's accounts beyond its logins (a federal approver posted
/// in the province's organization, say), and an API token for them.
pub fn extra_user(app: &TestApp, username: &str, name: &str, organization: &str, role: jirga_core::model::UserRole) -> String {
    extra_user_posted(app, username, name, organization, role, &[])
}

/// [`extra_user`], posted at these crossing points.
pub fn extra_user_posted(
    app: &TestApp,
    username: &str,
    name: &str,
    organization: &str,
    role: jirga_core::model::UserRole,
    posts: &[&str],
) -> String {
    app.accounts
        .create_user(&jirga_auth::NewUser {
            username: username.into(),
            name: name.into(),
            organization: organization.into(),
            roles: vec![role],
            person: None,
            posts: posts.iter().map(|p| jirga_core::pass::PointCode::parse(p).unwrap()).collect(),
            password: format!("{username}-password"),
        })
        .unwrap();
    app.accounts.create_token(username, "test").unwrap().1
}

/// com-1 agreed (approved, proposed, accepted in a meeting, concurred), and both sides' keys registered.
pub async fn agreed_with_keys(app: &TestApp) -> [(String, String); 2] {
    for command in [
        serde_json::json!({"type": "decide_approval", "request": "apr-1", "decision": "approve", "decided_on": "2025-03-15",
            "approved_topics": ["security", "trade", "movement_of_people"], "waive_phase_order": true}),
        serde_json::json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-21", "place": "Kabul", "participants": ["per-1", "per-8"],
            "outcomes": [{"result": "agreed", "text": "The mechanism for medical and business travel."}]}),
        serde_json::json!({"type": "change_commitment_status", "commitment": "com-1", "to": "proposed", "on": "2025-03-21"}),
        serde_json::json!({"type": "report_acceptance", "commitment": "com-1", "meeting": "mtg-4", "accepted_on": "2025-03-21",
            "source": {"publisher": "KP delegation", "title": "Minutes signed by both sides"}}),
        serde_json::json!({"type": "concur_with_commitment", "commitment": "com-1", "concurred_on": "2025-03-21", "concurred_by": "MoFA desk"}),
        serde_json::json!({"type": "change_commitment_status", "commitment": "com-1", "to": "agreed", "on": "2025-03-21"}),
    ] {
        let (status, body) = app.command(command).await;
        assert_eq!(status, 201, "{body}");
    }
    let keys = [("kp.test/saif", "par-1", "per-1"), ("kabul.test/consul", "par-3", "per-8")].map(|(name, party, person)| {
        let (secret, vkey) = signed_note::generate_key(&mut rand_core::OsRng, name);
        (secret, vkey, party, person)
    });
    for (_, vkey, party, person) in &keys {
        let (status, body) =
            app.command(serde_json::json!({"type": "register_signing_key", "party": party, "person": person, "key": vkey, "registered_on": "2025-03-22"})).await;
        assert_eq!(status, 201, "{body}");
    }
    keys.map(|(secret, vkey, ..)| (secret, vkey))
}

/// The signature line of the secret key `skey` over `text`.
pub fn sign(skey: &str, text: &str) -> String {
    let mut note = signed_note::Note::new(text.as_bytes(), &[]).unwrap();
    note.add_sigs(&[&signed_note::StandardSigner::new(skey).unwrap()]).unwrap();
    String::from_utf8(note.to_bytes()).unwrap().split("\n\n").nth(1).unwrap().trim_end().to_owned()
}
