//! What every request passes through before its handler, and every answer
//! after: who the client is (its address, proxy headers believed only from
//! configured proxies), one log line per request, the security headers, and
//! the bound on concurrent password checks.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::extract::{ConnectInfo, Request, State};
use axum::http::header::{self, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

use crate::AppState;

/// The address of the client a request comes from: the peer's, or, when the
/// peer is a configured proxy, the nearest address it reports that is not
/// itself one of our proxies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddress(pub Option<IpAddr>);

impl ClientAddress {
    /// The key login failures are counted under.
    pub fn key(&self) -> String {
        self.0.map_or_else(|| "unknown".to_owned(), |ip| ip.to_string())
    }
}

const FORWARDED_FOR: HeaderName = HeaderName::from_static("x-forwarded-for");
const FORWARDED_PROTO: HeaderName = HeaderName::from_static("x-forwarded-proto");

/// Settle the client's address, and drop proxy headers no trusted proxy set.
pub async fn client_address(State(app): State<AppState>, mut request: Request, next: Next) -> Response {
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    let from_proxy = peer.is_some_and(|ip| app.trusted_proxies.contains(&ip));
    let client = if from_proxy {
        let forwarded = request.headers().get_all(&FORWARDED_FOR).iter().filter_map(|v| v.to_str().ok()).collect::<Vec<_>>().join(",");
        // The right-most address is the one our proxy saw; further left is what
        // the client (or other proxies) claimed.
        forwarded.rsplit(',').filter_map(|s| s.trim().parse::<IpAddr>().ok()).find(|ip| !app.trusted_proxies.contains(ip)).or(peer)
    } else {
        request.headers_mut().remove(&FORWARDED_FOR);
        request.headers_mut().remove(&FORWARDED_PROTO);
        peer
    };
    request.extensions_mut().insert(ClientAddress(client));
    next.run(request).await
}

/// One log line per request (target `jirga::request`): method, path (never
/// the query string, which may hold a holder's name searched for), status,
/// latency and a request id, also sent back as `X-Request-Id` so a user's
/// report can be found in the log. Nothing a request carries in its headers
/// or body is logged.
pub async fn request_log(request: Request, next: Next) -> Response {
    static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let started = std::time::Instant::now();
    let id = format!("{:x}-{:x}", std::process::id(), NEXT_ID.fetch_add(1, Ordering::Relaxed));
    let method = request.method().clone();
    let path: String = request.uri().path().chars().take(200).collect();
    let mut response = next.run(request).await;
    let status = response.status().as_u16();
    crate::metrics::request(method.as_str(), &path, status, started.elapsed().as_secs_f64());
    let latency_ms = started.elapsed().as_secs_f64() * 1000.0;
    tracing::info!(target: "jirga::request", %method, %path, status, latency_ms = format!("{latency_ms:.1}"), request_id = %id, "request");
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(HeaderName::from_static("x-request-id"), value);
    }
    response
}

/// The Content-Security-Policy of every answer: our own scripts, styles,
/// fonts and images only, no inline script, never framed.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/// Security headers on every answer; `Cache-Control: no-store` unless the
/// handler chose caching (static assets), since pages and API answers carry
/// what only the signed-in reader may see (holders' personal data among it).
pub async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let set = |headers: &mut axum::http::HeaderMap, name: HeaderName, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    set(headers, header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY);
    set(headers, header::X_FRAME_OPTIONS, "DENY");
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(headers, header::REFERRER_POLICY, "no-referrer");
    set(headers, HeaderName::from_static("cross-origin-opener-policy"), "same-origin");
    if !headers.contains_key(header::CACHE_CONTROL) {
        set(headers, header::CACHE_CONTROL, "no-store");
    }
    response
}

/// At most one argon2 check per core at a time, and a bounded queue behind
/// them: argon2id with OWASP's parameters takes ~19 MiB and tens of
/// milliseconds of a core, so unbounded parallel logins (for unknown users,
/// say) pin the machine and its memory. Beyond the queue, logins are answered
/// at once with 503 and `Retry-After`.
pub struct LoginGate {
    checks: tokio::sync::Semaphore,
    queued: AtomicUsize,
    max_queued: usize,
}

/// A place in the login queue, given back when dropped (also when the client
/// goes away while waiting).
struct Queued<'a>(&'a LoginGate);

impl Drop for Queued<'_> {
    fn drop(&mut self) {
        self.0.queued.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The right to run one password check now.
pub struct LoginTurn<'a> {
    _queued: Queued<'a>,
    _permit: tokio::sync::SemaphorePermit<'a>,
}

impl LoginGate {
    pub fn new(parallel: usize, max_queued: usize) -> Arc<Self> {
        Arc::new(LoginGate { checks: tokio::sync::Semaphore::new(parallel.max(1)), queued: AtomicUsize::new(0), max_queued })
    }

    /// One check per core, 64 waiting.
    pub fn for_this_machine() -> Arc<Self> {
        Self::new(std::thread::available_parallelism().map_or(2, |n| n.get()), 64)
    }

    /// Wait for a turn, or `None` at once if the queue is full.
    pub async fn turn(&self) -> Option<LoginTurn<'_>> {
        let queued = Queued(self);
        if self.queued.fetch_add(1, Ordering::SeqCst) >= self.max_queued {
            return None;
        }
        let permit = self.checks.acquire().await.expect("the gate's semaphore is never closed");
        Some(LoginTurn { _queued: queued, _permit: permit })
    }
}
