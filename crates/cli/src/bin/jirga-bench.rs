//! `jirga-bench`: throughput of the write path and a server for HTTP benchmarks.
//!
//! - `jirga-bench write --clients 64 --commands 50000`: commands/s through the whole
//!   write path (authorize → decide → one durable SQLite transaction per group),
//!   each command acknowledged only once durable; compared with one client at a time.
//! - `jirga-bench serve`: the jirga server on the demo record and, in the same
//!   process, a bare axum handler (the framework ceiling), for `wrk` (see
//!   `bench/http.sh`).

use std::sync::Arc;
use std::time::Instant;

use clap::{Parser, Subcommand};
use jirga_core::Command;
use jirga_engine::{Engine, Hooks};

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    mode: Mode,
}

#[derive(Subcommand)]
enum Mode {
    /// Durable commands per second through the write path.
    Write {
        /// Concurrent clients.
        #[arg(long, default_value_t = 64)]
        clients: usize,
        /// Commands in all.
        #[arg(long, default_value_t = 50_000)]
        commands: usize,
        /// Also measure one client issuing this many commands sequentially.
        #[arg(long, default_value_t = 2_000)]
        sequential: usize,
    },
    /// Serve the demo record and a bare axum handler for HTTP benchmarks.
    Serve {
        #[arg(long, default_value = "127.0.0.1:8081")]
        listen: String,
        #[arg(long, default_value = "127.0.0.1:8082")]
        bare: String,
    },
}

/// The i-th command of the benchmark mix: each creates a record, as the busiest
/// real traffic (positions, liaison, meetings) does.
fn command(i: usize) -> Command {
    let v = match i % 4 {
        0 => serde_json::json!({"type": "register_person", "name_latin": format!("Delegate {i}"), "party": "par-1"}),
        1 => serde_json::json!({"type": "state_claim", "initiative": "ini-1", "topic": "trade", "proposition": format!("Claim number {i} on border trade volumes.")}),
        2 => serde_json::json!({"type": "request_guidance", "initiative": "ini-1", "question": format!("Question {i} for the federal government?"), "asked_on": "2025-03-20"}),
        _ => serde_json::json!({"type": "notify_federal_government", "initiative": "ini-1", "subject": format!("Update {i}"), "body": "Progress of the engagement.", "sent_on": "2025-03-20"}),
    };
    serde_json::from_value(v).expect("valid bench command")
}

async fn seeded(dir: &std::path::Path) -> Arc<Engine> {
    let engine = Engine::open_sqlite(dir, Hooks::default()).expect("open");
    for c in jirga_core::demo::scenario() {
        engine.execute("bench", c).await.expect("seed");
    }
    Arc::new(engine)
}

async fn write(clients: usize, commands: usize, sequential: usize) {
    let dir = tempfile_dir();
    let engine = seeded(&dir).await;

    let start = Instant::now();
    for i in 0..sequential {
        engine.execute("bench", command(i)).await.expect("command");
    }
    let seq_rate = sequential as f64 / start.elapsed().as_secs_f64();

    let per_client = commands / clients;
    let start = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..clients {
        let engine = engine.clone();
        tasks.push(tokio::spawn(async move {
            for k in 0..per_client {
                engine.execute("bench", command(sequential + c * per_client + k)).await.expect("command");
            }
        }));
    }
    for t in tasks {
        t.await.expect("client");
    }
    let elapsed = start.elapsed().as_secs_f64();
    let total = per_client * clients;
    let rate = total as f64 / elapsed;
    println!("write path, SQLite WAL synchronous=FULL, every command acknowledged once durable");
    println!("  1 client, sequential:   {sequential:>7} commands  {seq_rate:>10.0} commands/s");
    println!("  {clients} clients, concurrent: {total:>7} commands  {rate:>10.0} commands/s  ({elapsed:.2} s)");
    println!("  group commit gain: {:.1}x", rate / seq_rate);
    std::fs::remove_dir_all(&dir).ok();
}

fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("jirga-bench-{}-{}", std::process::id(), jiff::Timestamp::now().as_millisecond()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

async fn serve(listen: &str, bare: &str) {
    let dir = tempfile_dir();
    let engine = seeded(&dir).await;
    let server = jirga_web::Server::bind(listen, jirga_web::AppState::new(engine)).await.expect("bind");
    println!("jirga http://{}/", server.local_addr());
    let bare_router = axum::Router::new().route("/bare", axum::routing::get(|| async { axum::Json(serde_json::json!({"ok": true})) }));
    let bare_listener = tokio::net::TcpListener::bind(bare).await.expect("bind bare");
    println!("bare http://{}/bare", bare_listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(bare_listener, bare_router).await });
    server.run(async { let _ = tokio::signal::ctrl_c().await; }).await.expect("serve");
    std::fs::remove_dir_all(&dir).ok();
}

fn main() {
    let cli = Cli::parse();
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    rt.block_on(async {
        match cli.mode {
            Mode::Write { clients, commands, sequential } => write(clients, commands, sequential).await,
            Mode::Serve { listen, bare } => serve(&listen, &bare).await,
        }
    });
}
