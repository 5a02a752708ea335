//! Start the real server on a random port with a fresh data directory.

use std::sync::Arc;

use jirga_engine::Engine;
use jirga_web::{AppState, Server};
use serde_json::Value;

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub engine: Arc<Engine>,
    _dir: tempfile::TempDir,
    _shutdown: tokio::sync::oneshot::Sender<()>,
}

/// A server on a fresh data directory; `seed` loads the demo scenario first.
pub async fn spawn_app(seed: bool) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let engine = Arc::new(Engine::open_sqlite(dir.path(), jirga_policy::hooks_from_env().unwrap()).unwrap());
    if seed {
        for command in jirga_core::demo::scenario() {
            engine.execute("seed", command).await.unwrap();
        }
    }
    let server = Server::bind("127.0.0.1:0", AppState::new(engine.clone())).await.unwrap();
    let base = format!("http://{}", server.local_addr());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(server.run(async {
        let _ = rx.await;
    }));
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    TestApp { base, client, engine, _dir: dir, _shutdown: tx }
}

impl TestApp {
    pub async fn post_command(&self, body: impl Into<reqwest::Body>) -> (u16, Value) {
        let response = self
            .client
            .post(format!("{}/api/v1/commands", self.base))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    pub async fn command(&self, body: Value) -> (u16, Value) {
        self.post_command(body.to_string()).await
    }

    pub async fn get(&self, path: &str) -> (u16, Value) {
        let response = self.client.get(format!("{}{path}", self.base)).send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let response = self.client.get(format!("{}{path}", self.base)).send().await.unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    }

    pub async fn post_form(&self, pairs: &[(&str, &str)]) -> (u16, String, Option<String>) {
        let body = pairs
            .iter()
            .map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let response = self
            .client
            .post(format!("{}/actions", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let location = response.headers().get("location").map(|l| l.to_str().unwrap().to_owned());
        (status, response.text().await.unwrap(), location)
    }

    /// Number of events in the log.
    pub fn event_count(&self) -> u64 {
        self.engine.read(|s| s.next_seq())
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
