//! jirga-web: the HTTP edge. HTML pages for people, a JSON API for scripts, both
//! over the same engine. Wire formats stay here: the domain never sees HTTP.

pub mod alerts;
pub mod api;
pub mod assets;
pub mod charts;
pub mod edge;
pub mod error;
pub mod forms;
pub mod html;
/// Fluent text lives in the service layer (the CLI speaks it too).
pub use jirga_service::i18n;
pub mod incidents;
pub mod metrics;
pub mod passes;
pub mod session;
pub mod witnesses;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;
use jirga_engine::Engine;

/// Shared by every handler.
#[derive(Clone)]
pub struct AppState {
    pub engine: Arc<Engine>,
    pub accounts: Arc<jirga_auth::Accounts>,
    /// Mark cookies `Secure` (the site is served over TLS, perhaps behind a proxy).
    pub secure_cookies: bool,
    /// The pass office and border post (their keys and lists), opened by the
    /// edge. Without it, passes cannot be issued or verified here.
    pub pass_office: Option<jirga_service::passes::PassOffice>,
    /// Where incident alerts are POSTed (the configuration's `alert_webhook`), if anywhere.
    pub alert_webhook: Option<String>,
    /// Where breaches are POSTed for the federal side (`breach_webhook`), if anywhere.
    pub breach_webhook: Option<String>,
    /// Proxies whose forwarding headers are believed (`JIRGA_TRUSTED_PROXIES`).
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// The bound on concurrent password checks.
    pub login_gate: Arc<edge::LoginGate>,
    /// The witnesses the record's checkpoints are submitted to, if any.
    pub witnesses: Option<Arc<witnesses::Witnesses>>,
    /// Where the instance holds its representatives' agreement keys
    /// (`<person>.key`, made by `jirga cosign-key --held-for`), if anywhere.
    pub agreement_keys: Option<std::path::PathBuf>,
}

/// The web server's settings, from the deployment's configuration (the CLI
/// reads it once, file then environment; this crate reads no environment).
/// No `Debug`: the webhook's URL may carry credentials.
#[derive(Clone, Default)]
pub struct WebConfig {
    pub secure_cookies: bool,
    pub trusted_proxies: Vec<std::net::IpAddr>,
    pub alert_webhook: Option<String>,
    pub breach_webhook: Option<String>,
    pub limits: ConnectionLimits,
}

impl AppState {
    /// With the default settings (no proxies, no webhook, cookies not `Secure`).
    pub fn new(engine: Arc<Engine>, accounts: Arc<jirga_auth::Accounts>) -> Self {
        Self::configured(engine, accounts, &WebConfig::default())
    }

    pub fn configured(engine: Arc<Engine>, accounts: Arc<jirga_auth::Accounts>, config: &WebConfig) -> Self {
        AppState {
            engine,
            accounts,
            secure_cookies: config.secure_cookies,
            pass_office: None,
            alert_webhook: config.alert_webhook.clone(),
            breach_webhook: config.breach_webhook.clone(),
            trusted_proxies: config.trusted_proxies.clone(),
            login_gate: edge::LoginGate::for_this_machine(),
            witnesses: None,
            agreement_keys: None,
        }
    }

    /// The same, with the witnesses the record submits its checkpoints to.
    pub fn with_witnesses(mut self, witnesses: Arc<witnesses::Witnesses>) -> Self {
        self.witnesses = Some(witnesses);
        self
    }

    /// The same, posting alerts to this URL (instead of the configuration's).
    pub fn with_alert_webhook(mut self, url: impl Into<String>) -> Self {
        self.alert_webhook = Some(url.into());
        self
    }

    /// The same, with the pass office and border post the edge opened.
    pub fn with_pass_office(mut self, office: jirga_service::passes::PassOffice) -> Self {
        self.pass_office = Some(office);
        self
    }
}

/// The whole application: API, health check, pages and form actions.
pub fn app(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics::serve))
        .route("/assets/{name}", get(assets::serve))
        .merge(html::login::router())
        .merge(api::router())
        .merge(html::router())
        .layer(DefaultBodyLimit::max(api::MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn(edge::security_headers))
        .layer(axum::middleware::from_fn(edge::request_log))
        .layer(axum::middleware::from_fn_with_state(state.clone(), edge::client_address))
        .with_state(state)
}

/// Alive: the process answers. (Whether it can do its work is `/readyz`.)
async fn healthz() -> &'static str {
    "ok"
}

/// Ready: the writer thread runs and the store answers with the head the
/// published state was derived from (the ledger was verified at start). 503
/// naming what is not, for a load balancer or supervisor.
async fn readyz(axum::extract::State(app): axum::extract::State<AppState>) -> axum::response::Response {
    use axum::response::IntoResponse;
    let published = app.engine.read(|s| s.next_seq());
    let stored = app.engine.with_reader(|store| store.head().map(|head| head.map_or(0, |h| h + 1)));
    let problem = if !app.engine.writer_alive() {
        Some("the writer has stopped".to_owned())
    } else {
        match stored {
            Err(e) => Some(format!("the store does not answer: {e}")),
            Ok(stored) if stored < published => Some(format!("the store holds {stored} events, fewer than the {published} served")),
            Ok(_) => None,
        }
    };
    match problem {
        None => (axum::http::StatusCode::OK, axum::Json(serde_json::json!({"status": "ready", "events": published}))).into_response(),
        Some(reason) => {
            tracing::error!(%reason, "not ready");
            (
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                axum::Json(serde_json::json!({"status": "not_ready", "code": "not_ready", "message": reason})),
            )
                .into_response()
        }
    }
}

/// What one anonymous client may hold of the server: how long it may take to
/// send a request's headers and body, how long a request may take in all, and
/// how many connections the server keeps open at once (the rest wait in the
/// kernel's backlog). Without them, one client holding thousands of half-open
/// connections exhausted the file descriptors and `/healthz` timed out.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    pub header_read_timeout: std::time::Duration,
    pub body_read_timeout: std::time::Duration,
    pub request_timeout: std::time::Duration,
    pub max_connections: usize,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        ConnectionLimits {
            header_read_timeout: std::time::Duration::from_secs(10),
            body_read_timeout: std::time::Duration::from_secs(30),
            // An import of a large file through the API is the longest request.
            request_timeout: std::time::Duration::from_secs(300),
            max_connections: 4096,
        }
    }
}

/// A bound server, before it runs: the address is known (port 0 allowed).
pub struct Server {
    listener: tokio::net::TcpListener,
    router: Router,
    limits: ConnectionLimits,
}

impl Server {
    pub async fn bind(addr: &str, state: AppState) -> std::io::Result<Self> {
        Self::bind_with(addr, state, ConnectionLimits::default()).await
    }

    pub async fn bind_with(addr: &str, state: AppState, limits: ConnectionLimits) -> std::io::Result<Self> {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let hooks = alerts::Webhooks { alerts: state.alert_webhook.clone(), breaches: state.breach_webhook.clone() };
        alerts::spawn_delivery(&state.engine, hooks);
        let router = app(state).layer((
            tower_http::timeout::RequestBodyTimeoutLayer::new(limits.body_read_timeout),
            tower_http::timeout::TimeoutLayer::with_status_code(axum::http::StatusCode::REQUEST_TIMEOUT, limits.request_timeout),
        ));
        Ok(Server { listener, router, limits })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().expect("bound listener has an address")
    }

    /// Serve until `shutdown` resolves, then answer the requests in flight
    /// and return.
    pub async fn run(self, shutdown: impl std::future::Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
        let Server { listener, router, limits } = self;
        let connections = Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
        let graceful = hyper_util::server::graceful::GracefulShutdown::new();
        let mut shutdown = std::pin::pin!(shutdown);
        loop {
            let permit = tokio::select! {
                () = &mut shutdown => break,
                permit = connections.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
            };
            let (stream, peer) = tokio::select! {
                () = &mut shutdown => break,
                accepted = listener.accept() => match accepted {
                    Ok(accepted) => accepted,
                    Err(err) => {
                        // Out of file descriptors, say: wait, rather than spin.
                        tracing::warn!(error = %err, "accept failed");
                        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                        continue;
                    }
                },
            };
            let service = tower::ServiceExt::map_request(router.clone(), move |mut request: axum::http::Request<hyper::body::Incoming>| {
                request.extensions_mut().insert(axum::extract::ConnectInfo(peer));
                request
            });
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder.timer(hyper_util::rt::TokioTimer::new()).header_read_timeout(limits.header_read_timeout);
            // No upgrades (no WebSockets here), so the plain connection, which
            // shuts down gracefully.
            let connection =
                builder.serve_connection(hyper_util::rt::TokioIo::new(stream), hyper_util::service::TowerToHyperService::new(service));
            let connection = graceful.watch(connection);
            tokio::spawn(async move {
                // A client that goes away or times out ends its connection; nothing to report.
                let _ = connection.await;
                drop(permit);
            });
        }
        drop(listener);
        graceful.shutdown().await;
        Ok(())
    }
}
