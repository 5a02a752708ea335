//! What each subcommand does.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use jirga_core::gates::gates;
use jirga_engine::{Engine, ExecError};
use jirga_store::EventStore;
use jirga_web::i18n::english;
use jirga_web::{AppState, Server};

fn open(data_dir: &Path) -> Result<Engine> {
    let hooks = jirga_policy::hooks_from_env()?;
    Engine::open_sqlite(data_dir, hooks).with_context(|| format!("cannot open the record in {}", data_dir.display()))
}

fn describe(err: &ExecError) -> String {
    match err {
        ExecError::Rule(rule) => format!("{} ({})", english().rule_error(rule), rule.code()),
        other => other.to_string(),
    }
}

async fn shutdown_signal() {
    let _ = tokio::signal::ctrl_c().await;
}

async fn run_server(engine: Arc<Engine>, listen: &str) -> Result<()> {
    let server = Server::bind(listen, AppState::new(engine.clone()))
        .await
        .with_context(|| format!("cannot listen on {listen}"))?;
    let addr = server.local_addr();
    println!("jirga is serving on http://{addr}/");
    if let Some(key) = engine.public_key() {
        println!("ledger public key: {key}");
    }
    std::io::stdout().flush().ok();
    server.run(shutdown_signal()).await.context("server failed")?;
    if let Ok(engine) = Arc::try_unwrap(engine) {
        engine.shutdown();
    }
    Ok(())
}

pub async fn serve(data_dir: &Path, listen: &str) -> Result<()> {
    let engine = Arc::new(open(data_dir)?);
    run_server(engine, listen).await
}

pub async fn demo(data_dir: Option<PathBuf>, listen: &str, seed_only: bool) -> Result<()> {
    let data_dir = match data_dir {
        Some(dir) => {
            if dir.exists() && std::fs::read_dir(&dir)?.next().is_some() {
                bail!("the demo needs a fresh data directory, and {} is not empty", dir.display());
            }
            dir
        }
        None => {
            let dir = std::env::temp_dir().join(format!("jirga-demo-{}", jiff::Timestamp::now().as_millisecond()));
            std::fs::create_dir_all(&dir)?;
            dir
        }
    };
    let engine = open(&data_dir)?;
    for command in jirga_core::demo::scenario() {
        let name = command.name();
        engine.execute("demo", command).await.map_err(|e| anyhow::anyhow!("demo step {name}: {}", describe(&e)))?;
    }
    println!("Demo record seeded in {}", data_dir.display());
    println!("Scenario: KP's initiative awaiting federal approval (shared/context news reports).");
    if seed_only {
        engine.shutdown();
        return Ok(());
    }
    run_server(Arc::new(engine), listen).await
}

pub fn export(data_dir: &Path, output: Option<&Path>) -> Result<()> {
    let mut store = jirga_store_sqlite::SqliteStore::open(data_dir)?;
    let mut out: Box<dyn Write> = match output {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let mut from = 0;
    loop {
        let page = store.events(from, 10_000)?;
        let Some(last) = page.last() else { break };
        from = last.seq + 1;
        for event in &page {
            out.write_all(&event.bytes)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(())
}

pub fn rebuild(data_dir: &Path) -> Result<()> {
    let mut store = jirga_store_sqlite::SqliteStore::open(data_dir)?;
    let report = jirga_engine::rebuild(&mut store, |n| eprintln!("… {n} events folded"))?;
    println!("Rebuilt the read tables: {} events, {} records.", report.events, report.records);
    Ok(())
}

pub async fn apply(data_dir: &Path, file: &Path, actor: &str) -> Result<()> {
    let reader: Box<dyn BufRead> = if file == Path::new("-") {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        Box::new(std::io::BufReader::new(
            std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?,
        ))
    };
    let engine = open(data_dir)?;
    let mut applied = 0;
    for (index, line) in reader.lines().enumerate() {
        let line = line?;
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let command = jirga_web::api::parse_command(line.as_bytes())
            .map_err(|e| anyhow::anyhow!("line {number}: {} ({})", e.message, e.code))?;
        match engine.execute(actor, command).await {
            Ok(done) => {
                println!("line {number}: recorded at #{}{}", done.seq,
                    if done.created.is_empty() { String::new() } else { format!(", created {}", done.created.join(", ")) });
                applied += 1;
            }
            Err(e) => {
                engine.shutdown();
                bail!("line {number}: {} — {applied} earlier line(s) were recorded, this one and the rest were not", describe(&e));
            }
        }
    }
    engine.shutdown();
    eprintln!("{applied} command(s) recorded.");
    Ok(())
}

pub fn status(data_dir: &Path, json: bool) -> Result<()> {
    let engine = open(data_dir)?;
    let today = jiff::Zoned::now().date();
    let l = english();
    let report = engine.read(|s| {
        s.initiatives
            .values()
            .map(|ini| {
                let g = gates(s, &ini.id, today);
                (ini.id.to_string(), ini.title.to_string(), g)
            })
            .collect::<Vec<_>>()
    });
    engine.shutdown();
    if json {
        let value: Vec<_> = report
            .iter()
            .map(|(id, title, g)| serde_json::json!({"id": id, "title": title, "gates": g.iter().map(|gate| serde_json::json!({
                "step": gate.step, "status": gate.status, "blocked_by": gate.blocker.as_ref().map(|b| b.code())})).collect::<Vec<_>>()}))
            .collect();
        println!("{}", serde_json::to_string_pretty(&value)?);
        return Ok(());
    }
    if report.is_empty() {
        println!("No initiative yet.");
    }
    for (id, title, g) in report {
        println!("{title} ({id})");
        for gate in g {
            let blocker = gate.blocker.as_ref().map(|b| format!(" — {}", l.rule_error(b))).unwrap_or_default();
            println!("  {:<55} {}{}", l.t(gate.step.fluent_id()), l.t(gate.status.fluent_id()), blocker);
        }
    }
    Ok(())
}
