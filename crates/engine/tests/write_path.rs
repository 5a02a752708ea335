//! The write path on a real SQLite store: commands become durable events and read
//! rows; refused commands write nothing; restart and rebuild give the same state.

use jirga_core::model::{OrgKind, UserRole};
use jirga_core::{Actor, Command, Principal, demo};
use jirga_engine::{Engine, ExecError, Hooks};
use jirga_store::{EventReader, EventStore};
use jirga_store_sqlite::SqliteStore;

async fn seeded(dir: &std::path::Path) -> Engine {
    let engine = jirga_service::open::sqlite(dir, Hooks::default()).unwrap();
    for command in demo::scenario() {
        engine.execute(&who("seed"), command).await.unwrap();
    }
    engine
}

/// A user the allow-all authorizer lets do anything.
fn who(user: &str) -> Principal {
    Principal {
        actor: Actor { user: user.into(), name: format!("Test user {user}"), organization: "org-test".into() },
        org_kind: OrgKind::ProvincialGovernment,
        roles: vec![UserRole::ProvincialCoordinator],
        person: None,
        posts: vec![],
    }
}

fn cmd(v: serde_json::Value) -> Command {
    serde_json::from_value(v).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_commands_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let engine = seeded(dir.path()).await;
    let head = SqliteStore::open(dir.path()).unwrap().head().unwrap();
    let err = engine
        .execute(&who("t"), cmd(serde_json::json!({"type": "record_travel", "visit": "vis-1", "travelled_on": "2025-03-20"})))
        .await
        .unwrap_err();
    assert!(matches!(err, ExecError::Rule(ref e) if e.code() == "not_approved"), "{err:?}");
    assert_eq!(SqliteStore::open(dir.path()).unwrap().head().unwrap(), head);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_commands_are_grouped_and_all_durable() {
    let dir = tempfile::tempdir().unwrap();
    let engine = std::sync::Arc::new(seeded(dir.path()).await);
    let before = engine.read(|s| s.next_seq());
    let mut tasks = Vec::new();
    for i in 0..200 {
        let engine = engine.clone();
        tasks.push(tokio::spawn(async move {
            engine
                .execute(&who("t"), cmd(serde_json::json!({"type": "register_person", "name_latin": format!("Elder {i}")})))
                .await
                .unwrap()
        }));
    }
    let mut seqs = Vec::new();
    for t in tasks {
        seqs.push(t.await.unwrap().seq);
    }
    seqs.sort();
    assert_eq!(seqs, (before..before + 200).collect::<Vec<_>>(), "gapless, each once");
    let mut store = SqliteStore::open(dir.path()).unwrap();
    assert_eq!(store.head().unwrap(), Some(before + 199));
    let tables = store.read_tables().unwrap();
    assert_eq!(tables.last_seq, Some(before + 199));
    let demo_people = demo::scenario().iter().filter(|c| matches!(c, Command::RegisterPerson { .. })).count();
    assert_eq!(tables.rows.iter().filter(|r| r.kind == "person").count(), demo_people + 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restart_and_rebuild_give_the_same_state() {
    let dir = tempfile::tempdir().unwrap();
    let engine = seeded(dir.path()).await;
    engine
        .execute(
            &who("t"),
            cmd(serde_json::json!({"type": "decide_approval", "request": "apr-1", "decision": "approve", "decided_on": "2025-03-15"})),
        )
        .await
        .unwrap();
    let live = engine.read(|s| s.clone());
    engine.shutdown();

    let restarted = jirga_service::open::sqlite(dir.path(), Hooks::default()).unwrap();
    assert_eq!(restarted.read(|s| s.clone()), live, "start-up from the read tables");
    restarted.shutdown();

    let mut store = SqliteStore::open(dir.path()).unwrap();
    store.connection().execute("UPDATE records SET body = '{}' WHERE id = 'ini-1'", []).unwrap();
    let report = jirga_engine::rebuild(&mut store, |_| {}).unwrap();
    assert_eq!(report.events, live.next_seq());
    drop(store);
    let rebuilt = jirga_service::open::sqlite(dir.path(), Hooks::default()).unwrap();
    assert_eq!(rebuilt.read(|s| s.clone()), live, "rebuild from the events");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_read_back_in_order_with_actor() {
    let dir = tempfile::tempdir().unwrap();
    let engine = seeded(dir.path()).await;
    let events = engine.events(0, 3).unwrap();
    assert_eq!(events.iter().map(|e| e.seq).collect::<Vec<_>>(), vec![0, 1, 2]);
    assert_eq!(events[0].actor.user, "seed");
    assert_eq!(events[0].actor.name, "Test user seed");
    assert_eq!(events[0].event.created, vec!["par-1"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_event_is_a_leaf_with_proofs_that_verify_across_restarts() {
    use jirga_ledger::checkpoint::verify_checkpoint;
    use jirga_ledger::tree::{leaf_hash, verify_consistency, verify_inclusion};

    let dir = tempfile::tempdir().unwrap();
    let engine = seeded(dir.path()).await;
    let key = engine.public_key().unwrap().to_owned();
    let size1 = engine.ledger_size().unwrap();
    assert_eq!(size1, engine.read(|s| s.next_seq()));
    let events = engine.events(0, 1000).unwrap();
    let proof = engine.inclusion_proof(3, None).unwrap();
    assert_eq!(proof.leaf_hash, leaf_hash(&events[3].encode()));
    verify_inclusion(proof.leaf_hash, 3, size1, proof.root, &proof.proof).unwrap();
    let latest = engine.with_reader(|s| s.latest_checkpoint()).unwrap().unwrap();
    let signed = verify_checkpoint(&latest.note, &key).unwrap();
    assert_eq!((signed.size, signed.root), (size1, proof.root));
    assert!(engine.inclusion_proof(size1, None).is_err(), "index beyond the tree");
    engine.shutdown();

    // After a restart the tree continues where it stopped, with the same key.
    let engine = jirga_service::open::sqlite(dir.path(), Hooks::default()).unwrap();
    assert_eq!(engine.public_key().unwrap(), key);
    engine
        .execute(&who("t"), cmd(serde_json::json!({"type": "register_party", "name": "UNAMA", "kind": "international_body"})))
        .await
        .unwrap();
    let c = engine.consistency_proof(size1, None).unwrap();
    assert_eq!(c.size2, size1 + 1);
    verify_consistency(size1, c.size2, c.root1, c.root2, &c.proof).unwrap();
    assert_eq!(c.root1, proof.root);
    let report = engine.with_reader(|s| jirga_engine::audit::verify_store(s, &key, &mut |_, _| {})).unwrap();
    assert_eq!(report.events, size1 + 1);
}

/// `count` labelled synthetic incidents as `record_incidents` commands of 1,000.
fn import(count: usize, seed: u64) -> Vec<Command> {
    let rows: Vec<_> = jirga_incidents::synthetic::incidents(count, seed).collect();
    let source = jirga_core::text::Name::parse("synthetic.csv").unwrap();
    jirga_service::import::import_commands(&source, jirga_core::incident::IncidentFormat::Acled, rows)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_is_recorded_all_or_nothing_and_its_register_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let engine = seeded(dir.path()).await;
    let head = engine.read(|s| s.next_seq());
    // The third chunk repeats an id of the first: nothing of the import is recorded.
    let mut commands = import(3_000, 1);
    let repeated = import(1_000, 1).remove(0);
    commands.insert(2, repeated);
    let err = engine.execute_all(&who("analyst"), commands).await.unwrap_err();
    assert!(matches!(&err, ExecError::Rule(r) if r.code() == "incident_exists"), "{err}");
    assert_eq!(engine.read(|s| (s.next_seq(), s.incidents.len())), (head, 0));
    assert_eq!(SqliteStore::open(dir.path()).unwrap().head().unwrap(), Some(head - 1));
    // The writer's own state was taken back too: the same import now goes in whole,
    // large enough that the published state copies the register instead of applying it.
    let committed = engine.execute_all(&who("analyst"), import(25_000, 2)).await.unwrap();
    assert_eq!(committed.len(), 25);
    assert_eq!(committed[0].seq, head, "no gap where the refused import was");
    let live = engine.read(|s| s.incidents.clone());
    assert_eq!(live.len(), 25_000);
    // A small one after it applies as usual, on both states.
    engine
        .execute_all(
            &who("analyst"),
            import(10, 3)
                .into_iter()
                .map(|c| match c {
                    Command::RecordIncidents { rows, format, .. } => {
                        let renamed: Vec<_> = rows
                            .iter()
                            .cloned()
                            .map(|mut i| {
                                i.event_id_cnty = format!("X{}", i.event_id_cnty).into();
                                i
                            })
                            .collect();
                        Command::RecordIncidents {
                            source: jirga_core::text::Name::parse("later.csv").unwrap(),
                            format,
                            rows: jirga_core::incident::IncidentRows::new(renamed),
                        }
                    }
                    other => other,
                })
                .collect(),
        )
        .await
        .unwrap();
    let live = engine.read(|s| s.incidents.clone());
    assert_eq!(live.len(), 25_010);
    engine.shutdown();
    // Restarted, the register is rebuilt from the events: the same incidents, imports and alerts.
    let engine = jirga_service::open::sqlite(dir.path(), Hooks::default()).unwrap();
    let rebuilt = engine.read(|s| s.incidents.clone());
    assert!(rebuilt == live, "the register rebuilt from the events equals the live one");
    assert!(!rebuilt.alerts().is_empty(), "synthetic suicide bombings raised alerts");
    assert_eq!(rebuilt.columns().monthly_by_district(), live.columns().monthly_by_district());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_retry_after_a_restart_is_answered_with_the_first_recording() {
    let dir = tempfile::tempdir().unwrap();
    let engine = seeded(dir.path()).await;
    let note = || cmd(serde_json::json!({"type": "add_note", "record": "ini-1", "text": "The answer to this was lost."}));
    let first = engine.execute_idempotent(&who("client"), note(), "k-1").await.unwrap();
    engine.shutdown();
    // The server died before the client saw the answer; it comes back and the client retries.
    let engine = jirga_service::open::sqlite(dir.path(), Hooks::default()).unwrap();
    let events = engine.read(|s| s.next_seq());
    let again = engine.execute_idempotent(&who("client"), note(), "k-1").await.unwrap();
    assert_eq!(again, first);
    assert_eq!(engine.read(|s| s.next_seq()), events, "nothing recorded twice");
    // Another user's key of the same spelling is theirs.
    assert_ne!(engine.execute_idempotent(&who("other"), note(), "k-1").await.unwrap().seq, first.seq);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_engine_on_the_same_data_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let engine = seeded(dir.path()).await;
    let second = jirga_service::open::sqlite(dir.path(), Hooks::default());
    assert!(matches!(second, Err(jirga_engine::StartError::Store(jirga_store::StoreError::Busy { .. }))), "{:?}", second.err());
    // Reading beside it is allowed, writing through the reader is not.
    let reader = jirga_service::open::sqlite_read_only(dir.path(), Hooks::default()).unwrap();
    assert_eq!(reader.read(|s| s.next_seq()), engine.read(|s| s.next_seq()));
    assert!(matches!(
        reader.execute(&who("t"), cmd(serde_json::json!({"type": "add_note", "record": "ini-1", "text": "x"}))).await,
        Err(ExecError::ReadOnly)
    ));
    engine.shutdown();
    assert!(jirga_service::open::sqlite(dir.path(), Hooks::default()).is_ok(), "free once the first has stopped");
}

/// A store whose commits fail, as a full disk or a lost connection would make
/// them, while `failing` is set: the transaction is refused and nothing of it
/// is written. Everything else goes to the real SQLite store.
struct FaultyStore {
    inner: SqliteStore,
    failing: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl EventReader for FaultyStore {
    fn personal(&mut self, key: &str) -> Result<Option<String>, jirga_store::StoreError> {
        self.inner.personal(key)
    }
    fn personal_all(&mut self) -> Result<Vec<(String, String)>, jirga_store::StoreError> {
        self.inner.personal_all()
    }
    fn ledger_hashes(&mut self, indexes: &[u64]) -> Result<Vec<[u8; 32]>, jirga_store::StoreError> {
        self.inner.ledger_hashes(indexes)
    }
    fn scan_ledger_hashes(&mut self, from: u64, visit: &mut dyn FnMut(u64, &[u8; 32])) -> Result<(), jirga_store::StoreError> {
        self.inner.scan_ledger_hashes(from, visit)
    }
    fn checkpoints(&mut self, from_size: u64, limit: usize) -> Result<Vec<jirga_store::StoredCheckpoint>, jirga_store::StoreError> {
        self.inner.checkpoints(from_size, limit)
    }
    fn latest_checkpoint(&mut self) -> Result<Option<jirga_store::StoredCheckpoint>, jirga_store::StoreError> {
        self.inner.latest_checkpoint()
    }
    fn head(&mut self) -> Result<Option<u64>, jirga_store::StoreError> {
        self.inner.head()
    }
    fn events(&mut self, from: u64, limit: usize) -> Result<Vec<jirga_store::StoredEvent>, jirga_store::StoreError> {
        self.inner.events(from, limit)
    }
    fn scan_events(&mut self, from: u64, visit: &mut dyn FnMut(u64, &[u8])) -> Result<(), jirga_store::StoreError> {
        self.inner.scan_events(from, visit)
    }
    fn read_tables(&mut self) -> Result<jirga_store::ReadTables, jirga_store::StoreError> {
        self.inner.read_tables()
    }
}

impl EventStore for FaultyStore {
    fn commit_with_personal(
        &mut self,
        events: &[jirga_store::StoredEvent],
        rows: &[jirga_store::RecordRow],
        personal: &[jirga_store::PersonalOp],
        last_seq: u64,
        ledger: Option<&jirga_store::LedgerAppend>,
    ) -> Result<(), jirga_store::StoreError> {
        if self.failing.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(jirga_store::StoreError::Backend("injected: the disk is full".into()));
        }
        self.inner.commit_with_personal(events, rows, personal, last_seq, ledger)
    }
    fn replace_read_tables(&mut self, tables: &jirga_store::ReadTables) -> Result<(), jirga_store::StoreError> {
        self.inner.replace_read_tables(tables)
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_commit_leaves_nothing_behind_and_the_next_one_continues_the_log() {
    let dir = tempfile::tempdir().unwrap();
    drop(seeded(dir.path()).await);
    let failing = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = FaultyStore { inner: SqliteStore::open(dir.path()).unwrap(), failing: failing.clone() };
    let reader = SqliteStore::open(dir.path()).unwrap();
    let key = jirga_service::open::load_or_create_key(dir.path(), jirga_service::open::DEFAULT_ORIGIN).unwrap();
    let engine = Engine::start(Box::new(writer), Box::new(reader), Hooks::default(), Some(key)).unwrap();
    let state_before = engine.read(|s| s.clone());
    let person = |name: &str| cmd(serde_json::json!({"type": "register_person", "name_latin": name}));

    failing.store(true, std::sync::atomic::Ordering::SeqCst);
    let err = engine.execute(&who("t"), person("Lost to the full disk")).await.unwrap_err();
    assert!(matches!(err, ExecError::Storage(_)), "{err:?}");
    assert_eq!(engine.read(|s| s.clone()), state_before, "readers never see what was not made durable");

    failing.store(false, std::sync::atomic::Ordering::SeqCst);
    let done = engine.execute(&who("t"), person("After the disk was freed")).await.unwrap();
    assert_eq!(done.seq, state_before.next_seq(), "the log continues where it was: no gap, no ghost");
    assert!(engine.read(|s| s.people.values().all(|p| p.name_latin.as_str() != "Lost to the full disk")));
    drop(engine);

    // On disk: the ledger verifies, and a restart gives what was answered.
    let mut store = SqliteStore::open(dir.path()).unwrap();
    let key = jirga_service::open::load_or_create_key(dir.path(), jirga_service::open::DEFAULT_ORIGIN).unwrap();
    jirga_engine::audit::verify_store(&mut store, key.public_key(), &mut |_, _| {}).expect("the ledger verifies");
    drop(store);
    let restarted = jirga_service::open::sqlite(dir.path(), Hooks::default()).unwrap();
    assert_eq!(restarted.read(|s| s.next_seq()), done.seq + 1);
    assert!(restarted.read(|s| s.people.values().any(|p| p.name_latin.as_str() == "After the disk was freed")));
}
