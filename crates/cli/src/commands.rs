//! What each subcommand does.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use jirga_core::gates::gates;
use jirga_core::model::PolicySetName;
use jirga_engine::{Engine, ExecError};
use jirga_service::i18n::english;
use jirga_store::EventReader;
use jirga_web::{AppState, Server};

/// Open the record to write it (holding the data directory's writer lock).
pub(crate) fn open(data_dir: &Path) -> Result<Engine> {
    let config = crate::config::current();
    let policies = config.policies()?;
    // A new data directory's ledger key takes the configured origin (the engine finds it made).
    jirga_store::private::create_private_dir(data_dir).with_context(|| format!("cannot create {}", data_dir.display()))?;
    jirga_service::open::load_or_create_key(data_dir, config.ledger_origin()).context("cannot read the ledger key")?;
    jirga_service::open::sqlite(data_dir, policies.hooks()).with_context(|| format!("cannot open the record in {}", data_dir.display()))
}

/// Open the record to read it, also beside a running server.
pub(crate) fn open_to_read(data_dir: &Path) -> Result<Engine> {
    let policies = crate::config::current().policies()?;
    jirga_service::open::sqlite_read_only(data_dir, policies.hooks())
        .with_context(|| format!("cannot open the record in {}", data_dir.display()))
}

/// The principal a CLI command acts as (`--user`): an enabled account of this data directory.
pub(crate) fn acting_user(data_dir: &Path, username: &str) -> Result<jirga_core::Principal> {
    let accounts = crate::admin::open_accounts(data_dir)?;
    accounts.principal(username).with_context(|| format!("--user {username}: no such enabled user in {}", data_dir.display()))
}

pub(crate) fn describe(err: &ExecError) -> String {
    match err {
        ExecError::Rule(rule) => format!("{} ({})", english().rule_error(rule), rule.code()),
        ExecError::Denied(denied) => format!("not allowed: {} ({})", denied.reason, denied.code),
        other => other.to_string(),
    }
}

/// Ctrl-C or SIGTERM (what a supervisor sends): stop taking requests, answer
/// the ones in flight, then exit.
async fn shutdown_signal() {
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).expect("a SIGTERM handler");
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
}

/// Resolves when the writer thread has stopped (a panic): a server whose
/// writer is dead answers every write with 503, so it stops instead and exits
/// non-zero for its supervisor to restart it.
async fn writer_stopped(engine: Arc<Engine>) {
    while engine.writer_alive() {
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
}

/// How often the newest checkpoint is offered to the witnesses (off the write path).
const WITNESS_EVERY: std::time::Duration = std::time::Duration::from_secs(2);

async fn run_server(
    engine: Arc<Engine>,
    data_dir: &Path,
    listen: &str,
    config: &crate::config::Config,
    witnesses: Option<Arc<jirga_web::witnesses::Witnesses>>,
) -> Result<()> {
    let accounts = Arc::new(crate::admin::open_accounts(data_dir)?);
    if accounts.users()?.is_empty() {
        eprintln!("note: no users yet; create the first administrator with `jirga admin create-user --role administrator ...`");
    }
    // The pass office's keys and lists, opened here with the configured
    // authority (made now if the directory has none) and handed to the web.
    let office = jirga_service::passes::PassOffice::open(data_dir, &config.pass_authority())
        .map_err(|e| anyhow::anyhow!("cannot open the pass office: {}", e.message))?;
    let web = config.web();
    let limits = web.limits;
    let mut state = AppState::configured(engine.clone(), accounts, &web).with_pass_office(office);
    state.agreement_keys = Some(crate::agreement_cmds::held_keys_dir(data_dir));
    if let Some(witnesses) = witnesses {
        tokio::spawn(Arc::clone(&witnesses).run(engine.clone(), WITNESS_EVERY));
        state = state.with_witnesses(witnesses);
    }
    let server = Server::bind_with(listen, state, limits).await.with_context(|| format!("cannot listen on {listen}"))?;
    let addr = server.local_addr();
    println!("jirga is serving on http://{addr}/");
    if let Some(key) = engine.public_key() {
        println!("ledger public key: {key}");
    }
    std::io::stdout().flush().ok();
    let (stop, stopped) = tokio::sync::oneshot::channel::<bool>();
    let watched = engine.clone();
    tokio::spawn(async move {
        let writer_died = tokio::select! {
            _ = shutdown_signal() => false,
            _ = writer_stopped(watched) => true,
        };
        let _ = stop.send(writer_died);
    });
    let (died_tx, died_rx) = tokio::sync::oneshot::channel::<bool>();
    server
        .run(async move {
            let writer_died = stopped.await.unwrap_or(false);
            let _ = died_tx.send(writer_died);
        })
        .await
        .context("server failed")?;
    if died_rx.await.unwrap_or(false) {
        bail!("the record's writer stopped; the server stopped with it (see the log above), so that it can be restarted");
    }
    if let Ok(engine) = Arc::try_unwrap(engine) {
        engine.shutdown();
    }
    Ok(())
}

pub async fn serve(
    data_dir: &Path,
    listen: &str,
    config: &crate::config::Config,
    witness: &[String],
    witness_quorum: Option<usize>,
) -> Result<()> {
    let witnesses = if witness.is_empty() {
        if witness_quorum.is_some_and(|q| q > 0) {
            bail!("--witness-quorum needs --witness");
        }
        None
    } else {
        let specs = witness
            .iter()
            .map(|w| jirga_web::witnesses::WitnessSpec::parse(w))
            .collect::<Result<Vec<_>, _>>()
            .map_err(anyhow::Error::msg)?;
        let quorum = witness_quorum.unwrap_or(specs.len());
        jirga_store::private::create_private_dir(data_dir)?;
        let received = jirga_witness::received::Received::open(data_dir).context("cannot open the witnessed checkpoints")?;
        Some(jirga_web::witnesses::Witnesses::new(specs, quorum, Some(received)).map_err(anyhow::Error::msg)?)
    };
    let engine = Arc::new(open(data_dir)?);
    run_server(engine, data_dir, listen, config, witnesses).await
}

pub async fn demo(data_dir: Option<PathBuf>, listen: &str, seed_only: bool, config: &crate::config::Config) -> Result<()> {
    let data_dir = match data_dir {
        Some(dir) => {
            if dir.exists() && std::fs::read_dir(&dir)?.next().is_some() {
                bail!("the demo needs a fresh data directory, and {} is not empty", dir.display());
            }
            dir
        }
        None => {
            let dir = std::env::temp_dir().join(format!("jirga-demo-{}", jiff::Timestamp::now().as_millisecond()));
            jirga_store::private::create_private_dir(&dir)?;
            dir
        }
    };
    let engine = open(&data_dir)?;
    let accounts = crate::admin::open_accounts(&data_dir)?;
    // Fresh random passwords each run, printed once: the demo is not a backdoor.
    let logins = jirga_auth::demo::seed(&accounts, |_| jirga_auth::secret::token()[..16].to_owned())?;
    // Every step of the scenario is issued by the user whose role it belongs to,
    // through the same authorization as the web and the API.
    let scenario = jirga_core::demo::scenario();
    eprintln!("Seeding the demo record in {}: the scenario ({} steps)…", data_dir.display(), scenario.len());
    for command in scenario {
        let name = command.name();
        let user = accounts.principal(jirga_auth::demo::issuer(&command))?;
        engine.execute(&user, command).await.map_err(|e| anyhow::anyhow!("demo step {name}: {}", describe(&e)))?;
    }
    eprintln!("… the crossing points' passes…");
    let office = jirga_service::passes::PassOffice::open(&data_dir, &config.pass_authority())
        .map_err(|e| anyhow::anyhow!("cannot open the pass office: {}", e.message))?;
    crate::pass_cmds::seed_demo_passes(&engine, &accounts, &office).await.context("demo passes")?;
    let ucdp_file = crate::incident_cmds::ucdp_file();
    eprintln!("… the incidents (the articles' and the UCDP export, some seconds)…");
    let ucdp = match jirga_service::demo::seed_incidents(&engine, &accounts, &ucdp_file).await.map_err(anyhow::Error::msg)? {
        Some(n) => format!("{n} real events from the UCDP Georeferenced Event Dataset (Pakistan, 1989–2021; {})", ucdp_file.display()),
        None => format!("no UCDP file at {} (set JIRGA_SHARED to the folder holding vectors/)", ucdp_file.display()),
    };
    drop(accounts);
    println!("Demo record seeded in {}", data_dir.display());
    println!("Scenario: KP's initiative awaiting federal approval (shared/context news reports).");
    println!("Incidents: the articles' suicide bombings (hand entry), and {ucdp}.");
    println!("Load: `jirga incidents synthetic --rows N` writes a labelled synthetic ACLED file to import.");
    println!("Logins (one per role; the passwords are new on every run):");
    for (username, role, password) in &logins {
        println!("  {:<24} {username:<10} {password}", role.as_str());
    }
    // What a script needs to start: the ids of the scenario's records and a token line for this directory.
    println!("Ids: initiative ini-1, federal approval request apr-1, delegations del-1 (groundwork) and del-2,");
    println!("     phases pha-1 and pha-2, commitments com-1 to com-3, crossing points torkham, chaman, ...");
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "jirga".into());
    println!("API token for a script (then `Authorization: Bearer $TOKEN`; the API is described at /api/v1/openapi.json):");
    println!("  TOKEN=$({exe} admin create-token --data-dir {} --user approver --label script | tail -1)", data_dir.display());
    if seed_only {
        engine.shutdown();
        return Ok(());
    }
    run_server(Arc::new(engine), &data_dir, listen, config, None).await
}

pub fn export(data_dir: &Path, output: Option<&Path>) -> Result<()> {
    let mut store = jirga_store_sqlite::SqliteStore::open(data_dir)?;
    let mut out: Box<dyn Write> = match output {
        Some(path) => {
            Box::new(std::io::BufWriter::new(std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?))
        }
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
    let _writing = jirga_store_sqlite::DataDirLock::acquire(data_dir)?;
    let mut store = jirga_store_sqlite::SqliteStore::open(data_dir)?;
    let report = jirga_engine::rebuild(&mut store, |n| eprintln!("… {n} events folded"))?;
    println!("Rebuilt the read tables: {} events, {} records.", report.events, report.records);
    Ok(())
}

pub async fn apply(data_dir: &Path, file: &Path, user: &str, idempotency_key: Option<&str>) -> Result<()> {
    let principal = acting_user(data_dir, user)?;
    let reader: Box<dyn BufRead> = if file == Path::new("-") {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        Box::new(std::io::BufReader::new(std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?))
    };
    let engine = open(data_dir)?;
    let mut applied = 0;
    for (index, line) in reader.lines().enumerate() {
        let line = line?;
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let command = jirga_service::parse::parse_command(line.as_bytes())
            .map_err(|e| anyhow::anyhow!("line {number}: {} ({})", e.message, e.code))?;
        let outcome = match idempotency_key {
            Some(key) => engine.execute_idempotent(&principal, command, &format!("{key}:{number}")).await,
            None => engine.execute(&principal, command).await,
        };
        match outcome {
            Ok(done) => {
                println!(
                    "line {number}: recorded at #{}{}",
                    done.seq,
                    if done.created.is_empty() { String::new() } else { format!(", created {}", done.created.join(", ")) }
                );
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
    let engine = open_to_read(data_dir)?;
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
            .map(|(id, title, g)| {
                serde_json::json!({"id": id, "title": title, "gates": g.iter().map(|gate| serde_json::json!({
                "step": gate.step, "status": gate.status, "blocked_by": gate.blocker.as_ref().map(|b| b.code())})).collect::<Vec<_>>()})
            })
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

/// `jirga policy show`: the text of a policy set in force.
pub fn policy_show(data_dir: &Path, set: PolicySetName) -> Result<()> {
    let engine = open_to_read(data_dir)?;
    let text = engine.policy_in_force(set).context("the policy set is not loaded")?;
    print!("{text}");
    if !text.ends_with('\n') {
        println!();
    }
    engine.shutdown();
    Ok(())
}

/// `jirga policy change`: propose to replace a policy set, as a recorded event.
/// The proposal is authorized (administrators only) and validated; it takes
/// force when the federal side approves it (`approve_policy_change`).
pub async fn policy_change(data_dir: &Path, set: PolicySetName, file: &Path, reason: &str, user: &str) -> Result<()> {
    let principal = acting_user(data_dir, user)?;
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let engine = open(data_dir)?;
    let previous = engine.policy_in_force(set).context("the policy set is not loaded")?;
    let command = serde_json::json!({"type": "change_policies", "policy_set": set, "previous": previous, "text": text, "reason": reason});
    let command =
        jirga_service::parse::parse_command(command.to_string().as_bytes()).map_err(|e| anyhow::anyhow!("{} ({})", e.message, e.code))?;
    let outcome = engine.execute(&principal, command).await;
    let diff = outcome.as_ref().ok().and_then(|done| {
        let id: jirga_core::ids::PolicyVersionId = done.created_first()?;
        engine.read(|s| s.policy_versions.get(&id).map(|v| v.diff.clone()))
    });
    engine.shutdown();
    let done = outcome.map_err(|e| anyhow::anyhow!("{}", describe(&e)))?;
    println!(
        "policy set {set}: change proposed at #{} ({}); it takes force when a federal approver approves it (approve_policy_change)",
        done.seq,
        done.created.join(", ")
    );
    print!("{}", diff.unwrap_or_default());
    Ok(())
}

/// `jirga policy restore-shipped`: the break-glass. Records the shipped text of
/// `set` as a policy change by the operator, without asking the policies in
/// force (which may let nobody act).
pub async fn policy_restore_shipped(data_dir: &Path, set: PolicySetName, reason: &str) -> Result<()> {
    let shipped = jirga_policy::Sources::shipped();
    let text = match set {
        PolicySetName::Authorization => shipped.authorization,
        PolicySetName::Forbidden => shipped.forbidden,
        PolicySetName::Concurrence => shipped.concurrence,
    };
    let engine = open(data_dir)?;
    let previous = engine.policy_in_force(set).context("the policy set is not loaded")?;
    let command = serde_json::json!({"type": "change_policies", "policy_set": set, "previous": previous, "text": text,
        "reason": format!("Break-glass by the operator of the data directory: {reason}")});
    let command =
        jirga_service::parse::parse_command(command.to_string().as_bytes()).map_err(|e| anyhow::anyhow!("{} ({})", e.message, e.code))?;
    let os_user = std::env::var("USER").or_else(|_| std::env::var("LOGNAME")).unwrap_or_else(|_| "unknown".into());
    let operator = jirga_core::Principal {
        actor: jirga_core::Actor {
            user: "operator".into(),
            name: format!("Operator of the data directory (system user {os_user}), break-glass"),
            organization: "data-directory".into(),
        },
        // Not judged by any policy (break-glass); the event records the actor only.
        org_kind: jirga_core::model::OrgKind::ALL[0],
        roles: vec![jirga_core::model::UserRole::Administrator],
        person: None,
        posts: vec![],
    };
    let outcome = engine.execute_break_glass(&operator, command).await;
    engine.shutdown();
    let done = outcome.map_err(|e| anyhow::anyhow!("{}", describe(&e)))?;
    println!(
        "policy set {set} restored to the shipped text at #{} ({}), recorded as a break-glass by the operator",
        done.seq,
        done.created.join(", ")
    );
    Ok(())
}

/// `jirga brief`: the federal liaison's briefing from the record beside a
/// running server (read-only), with the newest checkpoint and the witnesses'
/// cosignatures kept for it.
pub fn brief(data_dir: &Path, initiative: &str, output: &Path, lang: &str) -> Result<()> {
    let Some(tag) = jirga_service::i18n::canonical(lang) else {
        bail!("--lang {lang}: one of en, ps-AF, ur-PK, fa-AF");
    };
    let id: jirga_core::ids::InitiativeId = initiative.parse().with_context(|| format!("--initiative {initiative}"))?;
    let engine = open_to_read(data_dir)?;
    let checkpoint = engine.with_reader(|s| s.latest_checkpoint())?.map(|c| {
        let received =
            jirga_witness::received::Received::open_existing(data_dir).ok().flatten().and_then(|r| r.all().ok()).unwrap_or_default();
        jirga_witness::received::with_cosignatures(&c.note, c.size, &received)
    });
    let l = jirga_service::i18n::for_pages(tag.tag);
    let today = jiff::Zoned::now().date();
    let html = engine
        .read(|s| jirga_web::html::briefing_document(l, s, &id, checkpoint.as_deref(), today))
        .with_context(|| format!("no initiative {initiative} on the record"))?;
    std::fs::write(output, html).with_context(|| format!("cannot write {}", output.display()))?;
    println!("Briefing on {initiative} as of {today} written to {}", output.display());
    Ok(())
}
