//! `jirga-bench`: throughput of the write path and a server for HTTP benchmarks.
//!
//! - `jirga-bench write --clients 64 --commands 50000`: commands/s through the whole
//!   write path (authorize → decide → one durable SQLite transaction per group),
//!   each command acknowledged only once durable; compared with one client at a time.
//! - `jirga-bench write --compare cedar`: the same with Cedar authorization of every
//!   command versus allow-all (the ratio is the authorization's cost on writes).
//! - `jirga-bench authz --extra-policies 1000`: latency of one authorization decision.
//! - `jirga-bench incidents --rows 1000000 --csv FILE`: ACLED CSV rows parsed and
//!   validated per second, on a labelled synthetic file (see `bench/incidents-vs-duckdb.sh`).
//! - `jirga-bench witness --samples 2000`: a witness's add-checkpoint latency
//!   on loopback against a bare axum handler; `write --compare witnesses`: the
//!   write path with two witnesses cosigning against none.
//! - `jirga-bench serve`: the jirga server on the demo record and, in the same
//!   process, a bare axum handler (the framework ceiling), for `wrk` (see
//!   `bench/http.sh`).

use std::sync::Arc;

/// mimalloc: reading a million incidents makes some thirty million small
/// allocations, on every core; glibc's allocator spends more time on them than
/// the parsing does (measured in BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::time::Instant;

use clap::{Parser, Subcommand};
use jirga_core::model::{OrgKind, UserRole};
use jirga_core::{Actor, Command, Principal};
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
        /// Rounds per mode, alternating without / with; medians are compared.
        #[arg(long, default_value_t = 3)]
        rounds: usize,
        /// What to compare: `ledger` (no ledger vs ledger, both allow-all),
        /// `cedar` (ledger with allow-all vs ledger with Cedar authorization and guardrail)
        /// or `witnesses` (ledger vs ledger submitting to two witnesses on loopback).
        #[arg(long, default_value = "ledger")]
        compare: String,
    },
    /// Latency of one authorization decision (entities and request built each
    /// time) over a mix of users and commands on the demo record.
    Authz {
        #[arg(long, default_value_t = 50_000)]
        samples: usize,
        /// Generated policies added to the shipped authorization policies.
        #[arg(long, default_value_t = 0)]
        extra_policies: usize,
    },
    /// ACLED CSV import speed (parse and validate every value), on a generated,
    /// labelled synthetic file (written to `csv` first if it does not exist).
    Incidents {
        #[arg(long, default_value_t = 1_000_000)]
        rows: usize,
        #[arg(long)]
        csv: std::path::PathBuf,
        /// Only the whole import onto the record (not the reader alone first).
        #[arg(long)]
        import_only: bool,
    },
    /// Inclusion-proof latency on a ledger of `leaves` leaves (stored in SQLite).
    Proofs {
        #[arg(long, default_value_t = 1_000_000)]
        leaves: u64,
        #[arg(long, default_value_t = 5_000)]
        samples: usize,
    },
    /// `jirga ledger verify` throughput on a store of `events` small events.
    Verify {
        #[arg(long, default_value_t = 1_000_000)]
        events: u64,
        /// Events per commit (one signed checkpoint each).
        #[arg(long, default_value_t = 64)]
        batch: u64,
    },
    /// Latency of one national-framework guardrail assessment (two Cedar policy
    /// sets, request and entities built each time).
    Guardrail {
        #[arg(long, default_value_t = 20_000)]
        samples: usize,
    },
    /// HCERT verification: full pipeline (text → verdict, key loaded) for EdDSA
    /// (our passes) and ES256 (the EU DCC vectors), against the bare signature check.
    Hcert {
        #[arg(long, default_value_t = 20_000)]
        iterations: usize,
    },
    /// A witness's `add-checkpoint` latency over loopback HTTP (each request
    /// a bigger tree with its consistency proof), against a bare axum handler
    /// answering the same bodies (the ceiling).
    Witness {
        #[arg(long, default_value_t = 2_000)]
        samples: usize,
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
        1 => {
            serde_json::json!({"type": "state_claim", "initiative": "ini-1", "topic": "trade", "proposition": format!("Claim number {i} on border trade volumes.")})
        }
        2 => {
            serde_json::json!({"type": "request_guidance", "initiative": "ini-1", "question": format!("Question {i} for the federal government?"), "asked_on": "2025-03-20"})
        }
        _ => {
            serde_json::json!({"type": "notify_federal_government", "initiative": "ini-1", "subject": format!("Update {i}"), "body": "Progress of the engagement.", "sent_on": "2025-03-20"})
        }
    };
    serde_json::from_value(v).expect("valid bench command")
}

/// The benchmark's user: a provincial coordinator, who may issue every command of the mix.
fn coordinator() -> Principal {
    Principal {
        actor: Actor { user: "bench".into(), name: "Bench coordinator".into(), organization: "org-kp".into() },
        org_kind: OrgKind::ProvincialGovernment,
        roles: vec![UserRole::ProvincialCoordinator],
        person: Some(jirga_core::ids::PersonId::numbered(1)),
        posts: vec![],
    }
}

/// The demo's federal approver, who decides approvals and concurs.
fn approver() -> Principal {
    Principal {
        actor: Actor { user: "approver".into(), name: "Federal approver".into(), organization: "org-mofa".into() },
        org_kind: OrgKind::FederalMinistry,
        roles: vec![UserRole::FederalApprover],
        person: None,
        posts: vec![],
    }
}

/// The demo scenario, issued by the demo users' principals (federal decisions by
/// the approver), so Cedar authorization accepts it.
async fn seed(engine: &Engine) {
    for c in jirga_core::demo::scenario() {
        let who = match jirga_auth::demo::issuer(&c) {
            "approver" => approver(),
            "admin" => administrator(),
            _ => coordinator(),
        };
        engine.execute(&who, c).await.expect("seed");
    }
}

/// The demo's administrator, who configures the crossing points.
fn administrator() -> Principal {
    Principal {
        actor: Actor { user: "admin".into(), name: "System administrator".into(), organization: "org-kp".into() },
        org_kind: OrgKind::ProvincialGovernment,
        roles: vec![UserRole::Administrator],
        person: None,
        posts: vec![],
    }
}

async fn seeded(dir: &std::path::Path) -> Arc<Engine> {
    let engine = jirga_service::open::sqlite(dir, jirga_policy::Policies::shipped().hooks()).expect("open");
    seed(&engine).await;
    Arc::new(engine)
}

/// Which write path a round measures.
#[derive(Clone, Copy, PartialEq)]
enum Setup {
    NoLedger,
    Ledger,
    LedgerAndCedar,
    /// The ledger, with two witnesses on loopback cosigning its checkpoints as `jirga serve --witness` does.
    LedgerWitnessed,
}

async fn write(clients: usize, commands: usize, sequential: usize, rounds: usize, compare: &str) {
    println!("write path, SQLite WAL synchronous=FULL, every command acknowledged once durable");
    let (base, variant, what) = match compare {
        "cedar" => (Setup::Ledger, Setup::LedgerAndCedar, "Cedar authorization"),
        "witnesses" => (Setup::Ledger, Setup::LedgerWitnessed, "two witnesses"),
        _ => (Setup::NoLedger, Setup::Ledger, "the ledger"),
    };
    let (mut without, mut with) = (Vec::new(), Vec::new());
    for _ in 0..rounds.max(1) {
        without.push(write_once(clients, commands, sequential, base).await);
        with.push(write_once(clients, commands, sequential, variant).await);
    }
    let median = |v: &[f64]| {
        let mut v = v.to_vec();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    // Adjacent rounds share the disk's mood; their ratios are steadier than the
    // ratio of overall medians when fsync latency drifts during the run.
    let ratios: Vec<f64> = without.iter().zip(&with).map(|(a, b)| a / b).collect();
    println!("  medians: {:.0} commands/s without {what}, {:.0} with it", median(&without), median(&with));
    println!(
        "  overhead of {what}, median of paired rounds (without ÷ with): {:.3}x  (pairs: {}); with/without = {:.3}",
        median(&ratios),
        ratios.iter().map(|r| format!("{r:.2}")).collect::<Vec<_>>().join(" "),
        1.0 / median(&ratios)
    );
}

/// One measurement; returns the concurrent rate.
async fn write_once(clients: usize, commands: usize, sequential: usize, setup: Setup) -> f64 {
    let dir = tempfile_dir();
    let engine = match setup {
        Setup::NoLedger => jirga_service::open::sqlite_without_ledger(&dir, Hooks::default()).expect("open"),
        Setup::Ledger | Setup::LedgerWitnessed => jirga_service::open::sqlite(&dir, Hooks::default()).expect("open"),
        Setup::LedgerAndCedar => jirga_service::open::sqlite(&dir, jirga_policy::Policies::shipped().hooks()).expect("open"),
    };
    seed(&engine).await;
    let engine = Arc::new(engine);
    let user = coordinator();
    // Two witnesses trusting this record, and the server's submission task
    // (every WITNESS_EVERY, as `jirga serve` runs it), for the whole round.
    let witnessing = if setup == Setup::LedgerWitnessed { Some(start_witnesses(&engine, &dir).await) } else { None };

    let start = Instant::now();
    for i in 0..sequential {
        engine.execute(&user, command(i)).await.expect("command");
    }
    let seq_rate = sequential as f64 / start.elapsed().as_secs_f64();

    let per_client = commands / clients;
    let start = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..clients {
        let engine = engine.clone();
        let user = user.clone();
        tasks.push(tokio::spawn(async move {
            for k in 0..per_client {
                engine.execute(&user, command(sequential + c * per_client + k)).await.expect("command");
            }
        }));
    }
    for t in tasks {
        t.await.expect("client");
    }
    let elapsed = start.elapsed().as_secs_f64();
    let total = per_client * clients;
    let rate = total as f64 / elapsed;
    let label = match setup {
        Setup::NoLedger => "no ledger",
        Setup::Ledger => "ledger",
        Setup::LedgerAndCedar => "ledger+cedar",
        Setup::LedgerWitnessed => "ledger+2 witnesses",
    };
    if let Some((task, witnesses)) = witnessing {
        task.abort();
        let cosigned = witnesses.statuses().iter().map(|(_, _, _, s)| s.size.to_string()).collect::<Vec<_>>().join(", ");
        println!("  [{label}] witnesses cosigned up to sizes {cosigned}");
    }
    println!("  [{label}] 1 client, sequential:   {sequential:>7} commands  {seq_rate:>10.0} commands/s");
    println!(
        "  [{label}] {clients} clients, concurrent: {total:>7} commands  {rate:>10.0} commands/s  ({elapsed:.2} s, group commit gain {:.1}x)",
        rate / seq_rate
    );
    std::fs::remove_dir_all(&dir).ok();
    rate
}

/// How often the record offers its newest checkpoint to its witnesses (as `jirga serve`).
const WITNESS_EVERY: std::time::Duration = std::time::Duration::from_secs(2);

/// Two witnesses on loopback trusting `engine`'s log, and the record's submission task.
async fn start_witnesses(
    engine: &Arc<Engine>,
    dir: &std::path::Path,
) -> (tokio::task::JoinHandle<()>, Arc<jirga_web::witnesses::Witnesses>) {
    let key = engine.public_key().expect("a ledger").to_owned();
    let origin = key.split('+').next().unwrap_or_default().to_owned();
    let mut specs = Vec::new();
    for name in ["witness.bench/1", "witness.bench/2"] {
        let (state, vkey) = jirga_witness::State::init(&dir.join(name.replace('/', "_")), name).expect("witness");
        state.add_log(&origin, &key, 0).expect("trust");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        let router = jirga_witness::server::router(Arc::new(jirga_witness::Witness::new(state)));
        tokio::spawn(async move { axum::serve(listener, router).await.ok() });
        specs.push(jirga_web::witnesses::WitnessSpec::parse(&format!("{url}={vkey}")).expect("spec"));
    }
    let witnesses = jirga_web::witnesses::Witnesses::new(specs, 2, None).expect("witnesses");
    let task = tokio::spawn(Arc::clone(&witnesses).run(Arc::clone(engine), WITNESS_EVERY));
    (task, witnesses)
}

/// `add-checkpoint` round trips on loopback: each request grows the tree by
/// a few leaves and carries the consistency proof from the last size.
async fn witness(samples: usize) {
    use jirga_ledger::tree::{Frontier, consistency_proof, leaf_hash};
    let dir = tempfile_dir();
    let (key, _) = jirga_ledger::checkpoint::LedgerKey::generate("bench.test/log");
    let (state, _) = jirga_witness::State::init(&dir.join("w"), "witness.bench/1").expect("witness");
    state.add_log("bench.test/log", key.public_key(), 0).expect("trust");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}/add-checkpoint", listener.local_addr().expect("address"));
    let router = jirga_witness::server::router(Arc::new(jirga_witness::Witness::new(state)));
    tokio::spawn(async move { axum::serve(listener, router).await.ok() });
    // The ceiling: a bare handler on loopback reading the same body and answering a line.
    let bare = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let bare_url = format!("http://{}/add-checkpoint", bare.local_addr().expect("address"));
    let echo = axum::Router::new()
        .route("/add-checkpoint", axum::routing::post(|body: axum::body::Bytes| async move { format!("{}\n", body.len()) }));
    tokio::spawn(async move { axum::serve(bare, echo).await.ok() });

    // Every request's body, prepared first: size grows by 1–4 leaves per request.
    struct Stored(Vec<tlog_tiles::Hash>);
    impl tlog_tiles::HashReader for Stored {
        fn read_hashes(&self, indexes: &[u64]) -> Result<Vec<tlog_tiles::Hash>, tlog_tiles::Error> {
            indexes.iter().map(|i| self.0.get(*i as usize).copied().ok_or(tlog_tiles::Error::IndexesNotInTree)).collect()
        }
    }
    let mut frontier = Frontier::default();
    let mut stored = Stored(Vec::new());
    let mut bodies = Vec::with_capacity(samples);
    let mut old = 0u64;
    for n in 0..samples {
        for k in 0..(1 + n % 4) {
            stored.0.extend(frontier.append(leaf_hash(format!("event {n}.{k}").as_bytes())));
        }
        let size = frontier.size();
        let proof = if old == 0 { vec![] } else { consistency_proof(old, size, &stored).expect("proof") };
        let checkpoint = key.sign(size, frontier.root()).into_bytes();
        bodies.push(jirga_witness::AddCheckpoint { old, proof, checkpoint }.to_body());
        old = size;
    }
    let client = reqwest::Client::new();
    let timings = |url: String, bodies: Vec<Vec<u8>>| {
        let client = client.clone();
        async move {
            let mut took = Vec::with_capacity(bodies.len());
            for body in bodies {
                let start = Instant::now();
                let response = client.post(&url).body(body).send().await.expect("request");
                assert_eq!(response.status().as_u16(), 200, "{}", response.text().await.unwrap_or_default());
                response.bytes().await.expect("body");
                took.push(start.elapsed().as_secs_f64() * 1e3);
            }
            took.sort_by(f64::total_cmp);
            took
        }
    };
    let witnessed = timings(url, bodies.clone()).await;
    let ceiling = timings(bare_url, bodies).await;
    let pct = |v: &[f64], p: f64| v[((v.len() as f64 * p) as usize).min(v.len() - 1)];
    println!(
        "witness add-checkpoint on loopback, {samples} requests (keep-alive; each verifies the log's Ed25519 signature and a consistency proof, commits to SQLite, cosigns)"
    );
    println!(
        "  witness: p50 {:.3} ms  p99 {:.3} ms  max {:.3} ms",
        pct(&witnessed, 0.5),
        pct(&witnessed, 0.99),
        witnessed[witnessed.len() - 1]
    );
    println!("  bare axum (ceiling): p50 {:.3} ms  p99 {:.3} ms", pct(&ceiling, 0.5), pct(&ceiling, 0.99));
    println!("  p99 ratio witness ÷ bare: {:.1}x", pct(&witnessed, 0.99) / pct(&ceiling, 0.99));
    std::fs::remove_dir_all(&dir).ok();
}

/// A store holding only ledger hashes for `leaves` synthetic leaves.
fn build_ledger(dir: &std::path::Path, leaves: u64) -> jirga_store_sqlite::SqliteStore {
    use jirga_ledger::tree::{Frontier, leaf_hash, stored_count};
    use jirga_store::{EventStore, LedgerAppend};
    let mut store = jirga_store_sqlite::SqliteStore::open(dir).expect("open");
    let (key, _) = jirga_ledger::checkpoint::LedgerKey::generate("bench.local/ledger");
    let mut frontier = Frontier::default();
    let chunk = 100_000;
    let start = Instant::now();
    while frontier.size() < leaves {
        let first_index = stored_count(frontier.size());
        let mut hashes = Vec::with_capacity(2 * chunk as usize);
        for _ in 0..chunk.min(leaves - frontier.size()) {
            let leaf = leaf_hash(format!("{{\"leaf\":{}}}", frontier.size()).as_bytes());
            hashes.extend(frontier.append(leaf).into_iter().map(|h| h.0));
        }
        let append = LedgerAppend { first_index, hashes, size: frontier.size(), checkpoint: key.sign(frontier.size(), frontier.root()) };
        store.commit(&[], &[], 0, Some(&append)).expect("commit");
    }
    eprintln!("built a ledger of {leaves} leaves in {:.1} s", start.elapsed().as_secs_f64());
    store
}

fn guardrail(samples: usize) {
    let policies = jirga_policy::Policies::shipped();
    let framework = &policies.framework;
    let cases = [
        (vec![], 0, "trade"),
        (vec!["border_status".to_owned()], 0, "trade"),
        (vec!["extradition".to_owned()], 0, "security"),
        (vec!["financial_liability".to_owned()], 120_000_000, "trade"),
    ];
    let mut times = Vec::with_capacity(samples);
    for i in 0..samples {
        let (areas, amount, topic) = &cases[i % cases.len()];
        let facts = jirga_policy::CommitmentFacts {
            topic: topic.to_string(),
            areas: areas.clone(),
            financial_amount: *amount,
            bound: vec!["par-1".into(), "par-3".into()],
            binds_other_side: true,
            approved_topics: vec!["security".into(), "trade".into()],
        };
        let start = Instant::now();
        let assessment = framework.assess_facts(&facts);
        times.push(start.elapsed());
        std::hint::black_box(assessment);
    }
    times.sort();
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p) as usize].as_secs_f64() * 1e6;
    println!(
        "guardrail assessment (two Cedar evaluations incl. entities and request), {samples} samples: p50 {:.1} µs, p99 {:.1} µs",
        pct(0.5),
        pct(0.99)
    );
}

/// `n` generated policies, each permitting one made-up role one action on one
/// made-up kind of record: they never match the benchmark's users, so every
/// decision still has to evaluate them.
fn generated_policies(n: usize) -> String {
    (0..n)
        .map(|i| {
            let action = Command::NAMES[i % Command::NAMES.len()];
            format!(
                "@id(\"generated-{i}\")\npermit (principal, action == Jirga::Action::\"{action}\", resource)\n\
                 when {{ principal.roles.contains(\"role-{i}\") && resource.kind == \"kind-{i}\" }};\n"
            )
        })
        .collect()
}

async fn authz(samples: usize, extra: usize) {
    let dir = tempfile_dir();
    let state = seeded(&dir).await.read(|s| s.clone());
    let mut sources = jirga_policy::Sources::shipped();
    sources.authorization.push_str(&generated_policies(extra));
    let policies = jirga_policy::Policies::load(&sources, jirga_policy::DEFAULT_FINANCIAL_THRESHOLD).expect("policies validate");
    let consul = Principal {
        actor: Actor { user: "consul".into(), name: "Consul".into(), organization: "org-afg".into() },
        org_kind: OrgKind::CounterpartAuthority,
        roles: vec![UserRole::DelegationMember],
        person: Some(jirga_core::ids::PersonId::numbered(8)),
        posts: vec![],
    };
    let cases: Vec<(Principal, &str, Option<&str>)> = vec![
        (coordinator(), "record_meeting", Some("ini-1")),
        (coordinator(), "decide_approval", Some("apr-1")),
        (approver(), "decide_approval", Some("apr-1")),
        (approver(), "concur_with_commitment", Some("com-3")),
        (consul.clone(), "read", Some("mtg-1")),
        (consul, "read", Some("com-1")),
        (coordinator(), "read_everything", None),
    ];
    let authz = &policies.authorization;
    let count = authz.policy_count();
    // Cedar's own work, every time; then as the write path asks (decisions remembered).
    for (label, remembered) in [("evaluated by Cedar", false), ("as served (remembered)", true)] {
        let mut times = Vec::with_capacity(samples);
        let mut allowed = 0;
        for i in 0..samples {
            let (who, action, target) = &cases[i % cases.len()];
            let start = Instant::now();
            let decision =
                if remembered { authz.decide(who, action, *target, &state) } else { authz.evaluate_in(who, action, *target, &state) };
            times.push(start.elapsed());
            allowed += usize::from(decision.is_ok());
        }
        times.sort();
        let pct = |p: f64| times[((times.len() as f64 - 1.0) * p) as usize].as_secs_f64() * 1e6;
        println!(
            "authorization decision, {label}, {count} policies (shipped + {extra} generated), {samples} samples, {allowed} allowed: p50 {:.1} µs, p99 {:.1} µs",
            pct(0.5),
            pct(0.99)
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// Rate of `f` over `n` runs, per second, on this thread.
fn rate(n: usize, mut f: impl FnMut() -> bool) -> f64 {
    let start = Instant::now();
    let mut ok = 0;
    for _ in 0..n {
        ok += usize::from(std::hint::black_box(f()));
    }
    assert_eq!(ok, n, "every run verifies");
    n as f64 / start.elapsed().as_secs_f64()
}

/// `full` and `bare` measured alternately, five times each (this machine's
/// speed drifts within seconds): their median rates and the median of the
/// five paired ratios bare/full (the pipeline's overhead over the bare check).
fn paired(n: usize, mut full: impl FnMut() -> bool, mut bare: impl FnMut() -> bool) -> (f64, f64, f64) {
    let (mut fulls, mut bares, mut ratios) = (vec![], vec![], vec![]);
    for _ in 0..5 {
        let (f, b) = (rate(n / 5, &mut full), rate(n / 5, &mut bare));
        fulls.push(f);
        bares.push(b);
        ratios.push(b / f);
    }
    let median = |mut xs: Vec<f64>| {
        xs.sort_by(f64::total_cmp);
        xs[2]
    };
    (median(fulls), median(bares), median(ratios))
}

fn hcert(iterations: usize) {
    use jirga_hcert::{JIRGA_PREFIX, SigningKey, TrustedKey, decode, issue};
    // EdDSA: one of our passes.
    let signer = SigningKey::from_bytes(&[7; 32]);
    let pass = ciborium::value::Value::Map(vec![(ciborium::value::Value::Text("id".into()), ciborium::value::Value::Text("PAS-1".into()))]);
    let text = issue(JIRGA_PREFIX, &signer, "PK-KP", 1_740_000_000, 1_900_000_000, pass.clone());
    let keys = [TrustedKey::from_ed25519(signer.verifying_key())];
    let doc = decode(&text).expect("decodes");
    let tbs = doc.cose.tbs_data(b"");
    let (full, bare, overhead) = paired(
        iterations,
        || decode(&text).is_ok_and(|d| d.verify(&keys).is_ok() && d.check_time(1_800_000_000).is_ok()),
        || keys[0].key.verify(Some("EdDSA"), &tbs, &doc.cose.signature),
    );
    println!("EdDSA  full pipeline {full:>9.0}/s   bare signature {bare:>9.0}/s   overhead {overhead:.2}x (medians of 5, alternating)");
    {
        // The same check with ed25519-dalek (curve25519-dalek's backend chosen at run time).
        use ed25519_dalek::Verifier as _;
        let key = signer.verifying_key();
        let signature = ed25519_dalek::Signature::from_slice(&doc.cose.signature).expect("64 bytes");
        let dalek = rate(iterations, || key.verify(&tbs, &signature).is_ok());
        let strict = rate(iterations, || key.verify_strict(&tbs, &signature).is_ok());
        println!("EdDSA  bare signature with ed25519-dalek {dalek:>9.0}/s (verify_strict {strict:.0}/s)");
    }
    // ES256: an EU DCC test certificate with its own signer's certificate.
    let vector: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/vectors/hcert/AT/2DCode/raw/1.json"),
        )
        .expect("../shared/vectors beside the project"),
    )
    .expect("JSON");
    use base64::Engine as _;
    let der = base64::engine::general_purpose::STANDARD.decode(vector["TESTCTX"]["CERTIFICATE"].as_str().unwrap()).unwrap();
    let keys = [TrustedKey::from_certificate_der(&der).expect("certificate")];
    let text = vector["PREFIX"].as_str().unwrap().to_owned();
    let doc = decode(&text).expect("decodes");
    let tbs = doc.cose.tbs_data(b"");
    let at = doc.claims.issued_at.unwrap();
    let (full, bare, overhead) = paired(
        iterations / 2,
        || decode(&text).is_ok_and(|d| d.verify(&keys).is_ok() && d.check_time(at).is_ok()),
        || keys[0].key.verify(Some("ES256"), &tbs, &doc.cose.signature),
    );
    let decoding = rate(iterations / 4, || decode(&text).is_ok());
    println!(
        "ES256  full pipeline {full:>9.0}/s   bare signature {bare:>9.0}/s   overhead {overhead:.2}x (medians of 5, alternating)   decode alone {decoding:.0}/s"
    );
    let start = Instant::now();
    for _ in 0..iterations / 4 {
        std::hint::black_box(issue(JIRGA_PREFIX, &signer, "PK-KP", 1_740_000_000, 1_900_000_000, pass.clone()));
    }
    println!("issuance (EdDSA, CBOR, zlib, base45) {:.0}/s", (iterations / 4) as f64 / start.elapsed().as_secs_f64());
    real_passes(iterations);
    // A revocation list of a million passes: load once, then look up.
    {
        use jirga_hcert::lists::{RevocationList, RevocationPartition, revocation_hash};
        let b64 = base64::engine::general_purpose::STANDARD;
        let hashes: Vec<String> = (0..1_000_000).map(|i| b64.encode(revocation_hash(&format!("PAS-{i}")))).collect();
        let partition = RevocationPartition { kid: b64.encode(signer.kid()), hashes };
        let file = RevocationList { issuer: "KP".into(), issued_at: 0, partitions: vec![partition] }.sign(&signer);
        let start = Instant::now();
        let (revoked, _) = RevocationList::open(&file).expect("opens");
        let load = start.elapsed();
        let lookups = 1_000_000;
        let start = Instant::now();
        let mut hits = 0;
        for i in 0..lookups {
            hits += usize::from(revoked.is_revoked(signer.kid(), &format!("PAS-{}", i * 2)));
        }
        let per = start.elapsed().as_secs_f64() * 1e9 / lookups as f64;
        println!(
            "revocations: 1,000,000 entries ({:.1} MB signed JSON) checked and loaded in {:.2} s; lookup {per:.0} ns ({hits} hits)",
            file.len() as f64 / 1e6,
            load.as_secs_f64()
        );
    }
    let start = Instant::now();
    let n = 200;
    for _ in 0..n {
        std::hint::black_box(jirga_hcert::qr::encode_png(&text, 4).expect("fits"));
    }
    println!("QR rendering (PNG, 4 px per module): {:.2} ms each", start.elapsed().as_secs_f64() * 1e3 / n as f64);
}

/// A real pass (the demo's business pass, holder and all) through the pass
/// office and the border post: issuance as `jirga pass issue` does it (salt,
/// commitment, signature, personal row) and the border post's whole verdict
/// (decode, signature, key window and purpose, revocations, validity, crossing
/// point) with its trust already loaded.
fn real_passes(iterations: usize) {
    let dir = tempfile_dir();
    let now = jiff::Timestamp::now();
    let keyring = jirga_passes::keyring::Keyring::init(&dir, "Government of Khyber Pakhtunkhwa", now.as_second() - 60).expect("keyring");
    let today = now.to_zoned(jiff::tz::TimeZone::UTC).date();
    let application = jirga_core::demo::pass_applications(today).remove(1);
    let start = Instant::now();
    let n = iterations / 4;
    let mut document = String::new();
    for _ in 0..n {
        document = jirga_passes::issue::prepare(&application, None, &keyring, now).document;
    }
    println!(
        "real pass issuance (application → signed document, commitment, personal row) {:.0}/s; {} characters, QR {}",
        n as f64 / start.elapsed().as_secs_f64(),
        document.len(),
        jirga_hcert::qr::modules(&document).map_or("too long".into(), |(_, w)| format!("{w}×{w} modules"))
    );
    let mut trust = jirga_passes::trust::BorderTrust::default();
    trust.add_list(jirga_passes::trust::own_trust_list(&keyring, now.as_second())).expect("own list");
    let full = rate(iterations, || jirga_passes::verify::verify(&document, &trust, now.as_second(), Some("torkham")).is_valid());
    println!("real pass, border-post verdict (EdDSA) {full:>9.0}/s");
}

fn incidents(rows: usize, csv: &std::path::Path) {
    if !csv.exists() {
        let start = Instant::now();
        let set: Vec<_> = jirga_incidents::synthetic::incidents(rows, 2025).collect();
        let file = std::io::BufWriter::new(std::fs::File::create(csv).expect("create the CSV"));
        jirga_incidents::acled::write(file, &set).expect("write the CSV");
        println!("generated {rows} synthetic rows into {} in {:.1} s", csv.display(), start.elapsed().as_secs_f64());
    }
    let bytes = std::fs::read(csv).expect("read the CSV");
    let mut incidents = Vec::new();
    for round in 1..=3 {
        let start = Instant::now();
        let import = jirga_incidents::acled::read(bytes.as_slice(), false, |_| {}).expect("valid");
        let secs = start.elapsed().as_secs_f64();
        println!(
            "round {round}: {} rows parsed and validated in {:.3} s: {:.0} rows/s ({:.0} MB/s)",
            import.incidents.len(),
            secs,
            import.incidents.len() as f64 / secs,
            bytes.len() as f64 / 1e6 / secs
        );
        incidents = import.incidents;
    }
    // Monthly by district, over the incidents in memory (the pages' statistic).
    let mut times = Vec::new();
    let mut cells = 0;
    for _ in 0..7 {
        let start = Instant::now();
        cells = std::hint::black_box(jirga_incidents::stats::monthly_by_district(&incidents)).len();
        times.push(start.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "monthly by district, row-wise: {cells} cells, median {:.1} ms (min {:.1}, max {:.1}) over 7 runs",
        times[3], times[0], times[6]
    );
    let start = Instant::now();
    let columns: jirga_incidents::stats::Columns = incidents.iter().collect();
    println!("columns built in {:.0} ms", start.elapsed().as_secs_f64() * 1e3);
    let mut times = Vec::new();
    for _ in 0..7 {
        let start = Instant::now();
        cells = std::hint::black_box(columns.monthly_by_district()).len();
        times.push(start.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "monthly by district, columns: {cells} cells, median {:.1} ms (min {:.1}, max {:.1}) over 7 runs",
        times[3], times[0], times[6]
    );
}

/// A security analyst of the province, who keeps the incident register.
fn analyst() -> Principal {
    Principal {
        actor: Actor { user: "analyst".into(), name: "Security analyst".into(), organization: "org-kp".into() },
        org_kind: OrgKind::ProvincialGovernment,
        roles: vec![UserRole::SecurityAnalyst],
        person: None,
        posts: vec![],
    }
}

/// The whole import as `jirga incidents import` does it (reading on every
/// core, each chunk carrying the file's own text, then the writer), into a fresh record
/// with the ledger and Cedar on: read and validate every row, then record
/// every incident (a `record_incidents` event per 1,000, one transaction, a
/// leaf each, a signed checkpoint); then the statistic over the register.
async fn import_to_record(csv: &std::path::Path) {
    let source = jirga_core::text::Name::parse("synthetic.csv").expect("a name");
    for round in 1..=2 {
        let dir = tempfile_dir();
        let engine = jirga_service::open::sqlite(&dir, jirga_policy::Policies::shipped().hooks()).expect("engine");
        // The file in the page cache first, as for DuckDB's runs: this machine's
        // memory manager (DAMON) evicts it within seconds, and reading it back
        // from the virtual disk (~65 MB/s) would time the disk, not the import.
        drop(std::hint::black_box(std::fs::read(csv).expect("read the CSV")));
        let start = Instant::now();
        let bytes = std::fs::read(csv).expect("read the CSV");
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let import = jirga_incidents::acled::read_in_parallel(bytes.as_slice(), false, threads).expect("valid");
        let parsed = start.elapsed().as_secs_f64();
        let rows = import.incidents.len();
        let text = std::sync::Arc::new(String::from_utf8(bytes).expect("UTF-8"));
        let commands = jirga_service::import::import_commands_from(&source, import, &text);
        let events = engine.execute_all(&analyst(), commands).await.expect("recorded").len();
        let secs = start.elapsed().as_secs_f64();
        println!(
            "import round {round}: {rows} rows read, validated and recorded in {events} events in {secs:.3} s \
             (reading {parsed:.3} s, recording {:.3} s): {:.0} rows/s",
            secs - parsed,
            rows as f64 / secs
        );
        if round == 2 {
            let mut times = Vec::new();
            let mut cells = 0;
            for _ in 0..7 {
                let start = Instant::now();
                cells = engine.read(|s| std::hint::black_box(s.incidents.columns().monthly_by_district()).len());
                times.push(start.elapsed().as_secs_f64() * 1e3);
            }
            times.sort_by(f64::total_cmp);
            println!(
                "monthly by district, on the record's register: {cells} cells, median {:.1} ms (min {:.1}, max {:.1}) over 7 runs",
                times[3], times[0], times[6]
            );
            let start = Instant::now();
            drop(engine);
            let engine = jirga_service::open::sqlite(&dir, jirga_policy::Policies::shipped().hooks()).expect("engine");
            println!(
                "restart: register of {} incidents rebuilt from the events in {:.2} s",
                engine.read(|s| s.incidents.len()),
                start.elapsed().as_secs_f64()
            );
            engine.shutdown();
        } else {
            engine.shutdown();
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}

fn proofs(leaves: u64, samples: usize) {
    use jirga_engine::ledger::StoreHashes;
    use jirga_ledger::tree;
    let dir = tempfile_dir();
    let mut store = build_ledger(&dir, leaves);
    let reader = StoreHashes(std::cell::RefCell::new(&mut store));
    let root = tree::root(leaves, &reader).expect("root");
    // A cheap deterministic spread of indexes (no rand dependency for this).
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut times = Vec::with_capacity(samples);
    for _ in 0..samples {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let index = x % leaves;
        let start = Instant::now();
        let proof = tree::inclusion_proof(index, leaves, &reader).expect("proof");
        let leaf = reader.0.borrow_mut().ledger_hashes(&[tree::stored_index(0, index)]).expect("leaf")[0];
        times.push(start.elapsed());
        tree::verify_inclusion(jirga_ledger::Hash(leaf), index, leaves, root, &proof).expect("proof verifies");
    }
    times.sort();
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p) as usize].as_secs_f64() * 1e6;
    println!(
        "inclusion proof from SQLite, {leaves} leaves, {samples} random indexes: p50 {:.1} µs, p99 {:.1} µs, max {:.1} µs",
        pct(0.5),
        pct(0.99),
        pct(1.0)
    );
    drop(store);
    std::fs::remove_dir_all(&dir).ok();
}

fn verify(events: u64, batch: u64) {
    use jirga_ledger::tree::{Frontier, leaf_hash, stored_count};
    use jirga_store::{EventReader, EventStore, LedgerAppend, StoredEvent};
    let dir = tempfile_dir();
    let key = jirga_service::open::load_or_create_key(&dir, jirga_service::open::DEFAULT_ORIGIN).expect("key");
    let mut store = jirga_store_sqlite::SqliteStore::open(&dir).expect("open");
    let mut frontier = Frontier::default();
    let start = Instant::now();
    let mut seq = 0;
    while seq < events {
        let first_index = stored_count(frontier.size());
        let mut stored = Vec::with_capacity(batch as usize);
        let mut hashes = Vec::with_capacity(2 * batch as usize);
        for _ in 0..batch.min(events - seq) {
            let record = jirga_core::EventRecord {
                v: jirga_core::ENCODING_VERSION,
                seq,
                at: jiff::Timestamp::UNIX_EPOCH,
                actor: coordinator().actor,
                event: jirga_core::Event {
                    created: vec![format!("per-{seq}")],
                    change: command(0),
                    assessment: None,
                    anomalies: vec![],
                    alerts: vec![],
                    duplicate_candidates: vec![],
                    breaches: vec![],
                    idempotency: None,
                    break_glass: false,
                },
            };
            let bytes = record.encode();
            hashes.extend(frontier.append(leaf_hash(&bytes)).into_iter().map(|h| h.0));
            stored.push(StoredEvent { seq, bytes });
            seq += 1;
        }
        let append = LedgerAppend { first_index, hashes, size: frontier.size(), checkpoint: key.sign(frontier.size(), frontier.root()) };
        store.commit(&stored, &[], seq - 1, Some(&append)).expect("commit");
    }
    eprintln!("built {events} events in {:.1} s", start.elapsed().as_secs_f64());
    let bytes: usize = store.events(0, 1).expect("read")[0].bytes.len();
    let start = Instant::now();
    let report = jirga_engine::audit::verify_store(&mut store, key.public_key(), &mut |_, _| {}).expect("verifies");
    let secs = start.elapsed().as_secs_f64();
    println!(
        "ledger verify: {} events (~{bytes} bytes each), {} checkpoints in {secs:.2} s = {:.0} events/s (one thread)",
        report.events,
        report.checkpoints,
        report.events as f64 / secs
    );
    // The ceiling of a verified start: reading every event's bytes once.
    let start = Instant::now();
    let mut read = 0usize;
    store.scan_events(0, &mut |_, b| read += b.len()).expect("scan");
    let scan = start.elapsed().as_secs_f64();
    drop(store);
    println!("  reading every event's bytes (the floor): {scan:.2} s ({} MB)", read >> 20);
    // A server's start: the state replayed from the verified events, every stored
    // hash recomputed, the latest checkpoint checked. The first start also
    // rewrites the read tables (this store was built without them).
    // Reads are served from the end of `open`; the writer checks the read tables
    // before its first command (measured up to the end of `shutdown`).
    for round in ["first start (read tables rewritten)", "restart", "restart"] {
        let start = Instant::now();
        let engine = jirga_service::open::sqlite(&dir, Hooks::default()).expect("a verified start");
        let secs = start.elapsed().as_secs_f64();
        engine.shutdown();
        let with_tables = start.elapsed().as_secs_f64();
        println!(
            "  {round}: serving after {secs:.2} s = {:.0} events/s, {:.1}x the floor; writing after {with_tables:.2} s (read tables checked)",
            events as f64 / secs,
            secs / scan
        );
    }
    if std::env::var_os("JIRGA_BENCH_KEEP").is_some() {
        println!("  kept the store in {} (JIRGA_BENCH_KEEP)", dir.display());
        return;
    }
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
    let accounts = Arc::new(jirga_auth::Accounts::open(&dir).expect("accounts"));
    let password = jirga_auth::secret::token();
    jirga_auth::demo::seed(&accounts, |_| password.clone()).expect("demo accounts");
    let (_, token) = accounts.create_token("saif", "benchmark").expect("token");
    let session = accounts.login("saif", &password, "bench").expect("login");
    // bench/http.sh reads the credentials from these files: the token for the
    // API, the session cookie for the pages.
    std::fs::write(std::env::temp_dir().join("jirga-bench-token"), &token).expect("token file");
    std::fs::write(std::env::temp_dir().join("jirga-bench-session"), &session.token).expect("session file");
    let server = jirga_web::Server::bind(listen, jirga_web::AppState::new(engine, accounts)).await.expect("bind");
    println!("jirga http://{}/", server.local_addr());
    let bare_router = axum::Router::new().route("/bare", axum::routing::get(|| async { axum::Json(serde_json::json!({"ok": true})) }));
    let bare_listener = tokio::net::TcpListener::bind(bare).await.expect("bind bare");
    println!("bare http://{}/bare", bare_listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(bare_listener, bare_router).await });
    server
        .run(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .expect("serve");
    std::fs::remove_dir_all(&dir).ok();
}

fn main() {
    // The engine's own timings (a start's phases) at JIRGA_LOG=info.
    if let Ok(filter) = std::env::var("JIRGA_LOG") {
        tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::new(filter)).with_writer(std::io::stderr).init();
    }
    let cli = Cli::parse();
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    rt.block_on(async {
        match cli.mode {
            Mode::Write { clients, commands, sequential, rounds, compare } => write(clients, commands, sequential, rounds, &compare).await,
            Mode::Authz { samples, extra_policies } => authz(samples, extra_policies).await,
            Mode::Hcert { iterations } => hcert(iterations),
            Mode::Incidents { rows, csv, import_only } => {
                if !import_only || !csv.exists() {
                    incidents(rows, &csv);
                }
                import_to_record(&csv).await;
            }
            Mode::Serve { listen, bare } => serve(&listen, &bare).await,
            Mode::Witness { samples } => witness(samples).await,
            Mode::Proofs { leaves, samples } => proofs(leaves, samples),
            Mode::Guardrail { samples } => guardrail(samples),
            Mode::Verify { events, batch } => verify(events, batch),
        }
    });
}
