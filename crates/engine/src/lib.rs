//! jirga-engine: the one write path, and the read side it keeps current.
//!
//! ```text
//! command ─▶ authorize ─▶ guardrail ─▶ decide (pure) ─▶ commit (one durable transaction)
//! ```
//!
//! A single writer thread owns the store's write connection. Commands queue to it;
//! it takes every command waiting (group commit), decides each against its working
//! state, and commits the whole batch's events and refreshed read rows in one
//! transaction. Only when that transaction is durable are the callers answered and
//! the events applied to the published state that every read sees. A reader
//! therefore never sees a change that could still be lost.

pub mod audit;
pub mod ledger;
pub mod metrics;
mod replay;

use std::sync::{Arc, Mutex, RwLock};
use std::thread::JoinHandle;

use jirga_core::pass::{HolderData, photo_key};
use jirga_core::{Command, EventRecord, Principal, RuleError, State, decide_recorded};
use jirga_ledger::checkpoint::LedgerKey;
use jirga_ledger::tree::{Frontier, leaf_hash, stored_count};
use jirga_store::{EventReader, EventStore, LedgerAppend, PersonalOp, RecordRow, StoreError, StoredEvent};
use tokio::sync::{mpsc, oneshot};

// The hooks are the domain's (`jirga_core::hooks`), so that `jirga-policy`
// implements them without depending on the engine.
pub use jirga_core::hooks::{AllowAll, Authorizer, Denied, Grant, Guardrail, Hooks, NoGuardrail, Read};
pub use replay::{RebuildReport, rebuild, replay_events};

/// Most commands folded into one transaction.
const MAX_BATCH: usize = 1024;

/// What a caller gets back once its command is durable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Committed {
    /// The event's position in the log (its future ledger index).
    pub seq: u64,
    /// Ids of the records the command created.
    pub created: Vec<String>,
}

impl Committed {
    /// The first record the command created, as an id of the kind the caller
    /// knows the command makes (`None` if it made none of that kind).
    pub fn created_first<Id: std::str::FromStr>(&self) -> Option<Id> {
        self.created.first().and_then(|id| id.parse().ok())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExecError {
    #[error("not allowed: {0}")]
    Denied(Denied),
    #[error("{0}")]
    Rule(RuleError),
    #[error("storage failed; nothing was recorded: {0}")]
    Storage(String),
    #[error("the engine is shutting down")]
    ShuttingDown,
    #[error("the record was opened to read only; nothing was recorded")]
    ReadOnly,
}

struct Job {
    principal: Principal,
    at: jiff::Timestamp,
    /// Usually one; several (an import's chunks) are recorded all or none.
    /// Each with the authorization granted on the published state (see [`Grant`]).
    commands: Vec<(Command, Grant)>,
    /// The personal data the command needs kept apart from its event
    /// (a pass holder's record and photo for `issue_pass`).
    personal: Option<HolderData>,
    /// Recorded without authorization: the operator's break-glass (see
    /// [`Engine::execute_break_glass`]).
    break_glass: bool,
    /// The client's idempotency key (see [`Engine::execute_idempotent`]).
    idempotency: Option<jirga_core::IdempotencyMark>,
    reply: oneshot::Sender<Result<Vec<Committed>, ExecError>>,
}

/// The running write path and its published read state.
pub struct Engine {
    jobs: mpsc::Sender<Job>,
    published: Arc<RwLock<State>>,
    reader: Mutex<Box<dyn EventReader>>,
    writer: Mutex<Option<JoinHandle<()>>>,
    /// The ledger's public verifier key; `None` when the ledger is off.
    public_key: Option<String>,
    /// The same authorizer the writer uses, for reads.
    authorizer: Arc<dyn Authorizer>,
    /// Every committed batch's events, for whoever listens (alert webhooks).
    committed: tokio::sync::broadcast::Sender<Arc<Vec<EventRecord>>>,
    /// Opened to read beside another writer: every command is refused.
    read_only: bool,
    /// Whatever the edge asked the engine to keep while it runs (the data
    /// directory's writer lock).
    guard: Option<Box<dyn std::any::Any + Send + Sync>>,
    /// The write path's measures (shared with the writer thread).
    metrics: metrics::WriteMetrics,
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the stored events or read tables cannot be read: {0}")]
    Corrupt(String),
    /// The events, the stored tree hashes and the signed checkpoints disagree:
    /// someone changed the store. The server does not enforce rules on it.
    #[error("the record does not verify against its ledger ({0}); nothing was started. `jirga ledger verify` names what was changed")]
    Unverified(String),
}

impl Engine {
    /// Start the write path on a backend to read beside a running writer
    /// (`jirga status`, `jirga policy show`): verified like any start against
    /// `public_key`, but every command is refused ([`ExecError::ReadOnly`]).
    pub fn start_read_only(
        mut writer: Box<dyn EventStore>,
        reader: Box<dyn EventReader>,
        hooks: Hooks,
        public_key: &str,
    ) -> Result<Self, StartError> {
        let (state, _) = replay::load_verified(writer.as_mut(), Some(public_key))?;
        let mut engine = Self::start_with(writer, reader, hooks, None, state, Default::default(), false)?;
        engine.public_key = Some(public_key.to_owned());
        engine.read_only = true;
        Ok(engine)
    }

    /// Keep `guard` (the data directory's writer lock) as long as the engine
    /// runs. The engine does not know what it guards: the edge that opened the
    /// backend does.
    pub fn holding(mut self, guard: impl std::any::Any + Send + Sync) -> Self {
        self.guard = Some(Box::new(guard));
        self
    }

    /// Start the write path on a backend: `writer` is used only by the writer
    /// thread, `reader` for event reads.
    pub fn start(
        mut writer: Box<dyn EventStore>,
        reader: Box<dyn EventReader>,
        hooks: Hooks,
        key: Option<LedgerKey>,
    ) -> Result<Self, StartError> {
        let public_key = key.as_ref().map(|k| k.public_key().to_owned());
        let (state, frontier) = replay::load_verified(writer.as_mut(), public_key.as_deref())?;
        Self::start_with(writer, reader, hooks, key, state, frontier, true)
    }

    fn start_with(
        writer: Box<dyn EventStore>,
        reader: Box<dyn EventReader>,
        hooks: Hooks,
        key: Option<LedgerKey>,
        state: State,
        frontier: Frontier,
        check_read_tables: bool,
    ) -> Result<Self, StartError> {
        let public_key = key.as_ref().map(|k| k.public_key().to_owned());
        let ledger = key.map(|key| (frontier, key));
        let write_metrics = metrics::WriteMetrics::default();
        let thread_metrics = write_metrics.clone();
        let published = Arc::new(RwLock::new(state.clone()));
        let (jobs, queue) = mpsc::channel(4 * MAX_BATCH);
        let thread_published = published.clone();
        let authorizer = hooks.authorizer.clone();
        let (committed, _) = tokio::sync::broadcast::channel(256);
        let notify = committed.clone();
        let handle = std::thread::Builder::new()
            .name("jirga-writer".into())
            .spawn(move || {
                let mut writer = Writer {
                    store: writer,
                    working: state,
                    published: thread_published,
                    hooks,
                    ledger,
                    committed: notify,
                    since_upkeep: 0,
                    metrics: thread_metrics,
                };
                if check_read_tables && let Err(err) = replay::check_read_tables(writer.store.as_mut(), &writer.working) {
                    tracing::error!(error = %err, "the read tables could not be checked");
                }
                writer.run(queue)
            })
            .expect("spawn writer thread");
        Ok(Engine {
            jobs,
            published,
            reader: Mutex::new(reader),
            writer: Mutex::new(Some(handle)),
            public_key,
            authorizer,
            committed,
            read_only: false,
            guard: None,
            metrics: write_metrics,
        })
    }

    /// Submit a command and wait until it is durable (or refused).
    pub async fn execute(&self, principal: &Principal, command: Command) -> Result<Committed, ExecError> {
        self.execute_with_personal(principal, command, None).await
    }

    /// Submit a command with the personal data it keeps apart from its event
    /// (`issue_pass` and the holder's data); both commit in one transaction, or
    /// neither does.
    pub async fn execute_with_personal(
        &self,
        principal: &Principal,
        command: Command,
        personal: Option<HolderData>,
    ) -> Result<Committed, ExecError> {
        // Authorize here, on the caller's thread and the published state, so that
        // decisions of concurrent callers run in parallel; the writer only checks
        // that the grant still holds in its working state.
        refuse_server_built(&command)?;
        let (command, personal) = match personal {
            None => keep_raiser_apart(command),
            given => (command, given),
        };
        let mut committed = self.submit(principal, vec![command], personal).await?;
        Ok(committed.pop().expect("one command, one event"))
    }

    /// Record a crossing the border post verified itself (see
    /// [`jirga_core::pass::VerifiedCrossing`]); the only way a `record_crossing`
    /// reaches the record.
    pub async fn execute_crossing(
        &self,
        principal: &Principal,
        crossing: jirga_core::pass::VerifiedCrossing,
    ) -> Result<Committed, ExecError> {
        let mut committed = self.submit(principal, vec![crossing.into_command()], None).await?;
        Ok(committed.pop().expect("one command, one event"))
    }

    /// Submit a command under the client's idempotency key: recorded once; a
    /// retry with the same key (after a lost answer, a restart) is answered
    /// with what was recorded the first time and records nothing; the same key
    /// with another command is refused (`idempotency_key_reused`).
    pub async fn execute_idempotent(&self, principal: &Principal, command: Command, key: &str) -> Result<Committed, ExecError> {
        refuse_server_built(&command)?;
        let mark = jirga_core::IdempotencyMark::new(&principal.actor.user, key, &command);
        let (command, personal) = keep_raiser_apart(command);
        let granted = self.authorized(principal, vec![command])?;
        let mut committed = self.submit_marked(principal, granted, personal, false, Some(mark)).await?;
        Ok(committed.pop().expect("one command, one event"))
    }

    /// Submit several commands to be recorded together: every one is decided in
    /// order (each sees the ones before it), and all commit in one transaction,
    /// or, if any is refused, none does. For imports: a million incidents in a
    /// thousand chunks are one all-or-nothing change.
    pub async fn execute_all(&self, principal: &Principal, commands: Vec<Command>) -> Result<Vec<Committed>, ExecError> {
        if commands.is_empty() {
            return Ok(vec![]);
        }
        commands.iter().try_for_each(refuse_server_built)?;
        self.submit(principal, commands, None).await
    }

    /// Break-glass: record a policy change without authorization, for the
    /// operator who holds the data directory when the policies in force let
    /// nobody change them back (`jirga policy restore-shipped`). Only a
    /// `change_policies` is taken; it is an event like any other, under the
    /// operator's name, so the record shows that the glass was broken.
    pub async fn execute_break_glass(&self, operator: &Principal, command: Command) -> Result<Committed, ExecError> {
        if !matches!(command, Command::ChangePolicies { .. }) {
            return Err(ExecError::Denied(Denied {
                user: operator.actor.user.clone(),
                command: command.name(),
                code: "not_authorized",
                reason: "break-glass records only a change of the policies".into(),
            }));
        }
        let mut committed = self.submit_job(operator, vec![(command, Grant(0))], None, true).await?;
        Ok(committed.pop().expect("one command, one event"))
    }

    async fn submit(
        &self,
        principal: &Principal,
        commands: Vec<Command>,
        personal: Option<HolderData>,
    ) -> Result<Vec<Committed>, ExecError> {
        let granted = self.authorized(principal, commands)?;
        self.submit_job(principal, granted, personal, false).await
    }

    /// Authorize each command here, on the caller's thread and the published
    /// state, so that decisions of concurrent callers run in parallel; the
    /// writer only checks that each grant still holds in its working state.
    fn authorized(&self, principal: &Principal, commands: Vec<Command>) -> Result<Vec<(Command, Grant)>, ExecError> {
        let state = self.published.read().unwrap_or_else(|e| e.into_inner());
        commands
            .into_iter()
            .map(|command| match self.authorizer.authorize(principal, &command, &state) {
                Ok(grant) => Ok((command, grant)),
                Err(denied) => {
                    self.metrics.denials.inc();
                    Err(ExecError::Denied(denied))
                }
            })
            .collect()
    }

    async fn submit_job(
        &self,
        principal: &Principal,
        commands: Vec<(Command, Grant)>,
        personal: Option<HolderData>,
        break_glass: bool,
    ) -> Result<Vec<Committed>, ExecError> {
        self.submit_marked(principal, commands, personal, break_glass, None).await
    }

    async fn submit_marked(
        &self,
        principal: &Principal,
        commands: Vec<(Command, Grant)>,
        personal: Option<HolderData>,
        break_glass: bool,
        idempotency: Option<jirga_core::IdempotencyMark>,
    ) -> Result<Vec<Committed>, ExecError> {
        if self.read_only {
            return Err(ExecError::ReadOnly);
        }
        let (reply, answer) = oneshot::channel();
        let job = Job { principal: principal.clone(), at: jiff::Timestamp::now(), commands, personal, break_glass, idempotency, reply };
        self.jobs.send(job).await.map_err(|_| ExecError::ShuttingDown)?;
        answer.await.map_err(|_| ExecError::ShuttingDown)?
    }

    /// Read the published state (everything committed so far), unfiltered: for
    /// the system itself (exports, status); people's reads go through [`Engine::read_as`].
    pub fn read<T>(&self, f: impl FnOnce(&State) -> T) -> T {
        let state = self.published.read().unwrap_or_else(|e| e.into_inner());
        f(&state)
    }

    /// Read what `principal` may see. A user allowed to read everything reads the
    /// published state itself (one authorization call); anyone else reads a copy
    /// holding only the records each allowed by its own call.
    pub fn read_as<T>(&self, principal: &Principal, f: impl FnOnce(&State) -> T) -> T {
        let state = self.published.read().unwrap_or_else(|e| e.into_inner());
        if self.authorizer.may_read(principal, Read::Everything, &state) {
            return f(&state);
        }
        let visible = state.filtered(|id| self.authorizer.may_read(principal, Read::Record(id), &state));
        drop(state);
        f(&visible)
    }

    /// Listen to every batch of events once it is durable and published (a
    /// listener that falls behind misses batches and is told so).
    pub fn subscribe(&self) -> tokio::sync::broadcast::Receiver<Arc<Vec<EventRecord>>> {
        self.committed.subscribe()
    }

    /// The authorizer, to ask it questions about a state already being read.
    pub fn authorizer(&self) -> &dyn Authorizer {
        self.authorizer.as_ref()
    }

    /// The text of a policy set in force now.
    pub fn policy_in_force(&self, set: jirga_core::model::PolicySetName) -> Option<String> {
        let state = self.published.read().unwrap_or_else(|e| e.into_inner());
        self.authorizer.policy_in_force(set, &state)
    }

    /// May `principal` read `what`?
    pub fn may_read(&self, principal: &Principal, what: Read<'_>) -> bool {
        let state = self.published.read().unwrap_or_else(|e| e.into_inner());
        self.authorizer.may_read(principal, what, &state)
    }

    /// Stored events from `from` on, decoded.
    pub fn events(&self, from: u64, limit: usize) -> Result<Vec<EventRecord>, StartError> {
        let mut reader = self.reader.lock().unwrap_or_else(|e| e.into_inner());
        let stored = reader.events(from, limit)?;
        stored.iter().map(|e| EventRecord::decode(&e.bytes).map_err(|err| StartError::Corrupt(format!("event {}: {err}", e.seq)))).collect()
    }

    /// One personal-data row (a pass holder's data, by the pass's document id).
    /// Callers check that the reader may see personal data.
    pub fn personal(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.with_reader(|s| s.personal(key))
    }

    /// Every personal-data row, by key.
    pub fn personal_all(&self) -> Result<Vec<(String, String)>, StoreError> {
        self.with_reader(|s| s.personal_all())
    }

    /// Run `f` with the read connection (ledger queries, exports): it can read,
    /// never commit (only the writer thread holds an [`EventStore`]).
    pub fn with_reader<T>(&self, f: impl FnOnce(&mut dyn EventReader) -> T) -> T {
        let mut reader = self.reader.lock().unwrap_or_else(|e| e.into_inner());
        f(reader.as_mut())
    }

    /// The ledger's public verifier key, if the ledger is on.
    pub fn public_key(&self) -> Option<&str> {
        self.public_key.as_deref()
    }

    /// The write path's measures (Prometheus metrics; clones share the values).
    pub fn metrics(&self) -> &metrics::WriteMetrics {
        &self.metrics
    }

    /// Jobs waiting for the writer now.
    pub fn queue_depth(&self) -> usize {
        self.jobs.max_capacity() - self.jobs.capacity()
    }

    /// Is the writer thread still running? (It stops only by a panic, or at shutdown.)
    pub fn writer_alive(&self) -> bool {
        self.writer.lock().unwrap_or_else(|e| e.into_inner()).as_ref().is_some_and(|h| !h.is_finished())
    }

    /// Stop accepting commands and wait for the writer to finish what it has.
    pub fn shutdown(self) {
        let Engine { jobs, writer, .. } = self;
        drop(jobs);
        if let Some(handle) = writer.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = handle.join();
        }
    }
}

/// A command the server builds from its own verification may not come from a
/// caller as it is (a client's "findings" would be taken on trust).
fn refuse_server_built(command: &Command) -> Result<(), ExecError> {
    if command.built_by_server() {
        return Err(ExecError::Rule(RuleError::VerifiedDocumentRequired));
    }
    Ok(())
}

struct Writer {
    store: Box<dyn EventStore>,
    /// State including the batch being decided; may run ahead of `published`.
    working: State,
    published: Arc<RwLock<State>>,
    hooks: Hooks,
    /// The tree's right edge and the signing key, when the ledger is on.
    ledger: Option<(Frontier, LedgerKey)>,
    committed: tokio::sync::broadcast::Sender<Arc<Vec<EventRecord>>>,
    /// Bytes committed since the store's last upkeep.
    since_upkeep: usize,
    metrics: metrics::WriteMetrics,
}

/// A batch whose events come to at least this many bytes is encoded on every
/// core; a group commit of small commands is not worth the threads.
const ENCODE_IN_PARALLEL_FROM: usize = 4 << 20;

/// The records' bytes, in order. Encoding is pure work on immutable records, so
/// a large batch (an import: a thousand events of ~350 KB of CSV each, 0.7–1.7 s
/// on the writer alone) is split over the cores while the writer waits.
fn encode_all(records: Vec<&EventRecord>) -> Vec<StoredEvent> {
    let encode = |r: &&EventRecord| StoredEvent { seq: r.seq, bytes: r.encode() };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let bytes: usize = records.iter().map(|r| r.encoded_size_hint()).sum();
    if bytes < ENCODE_IN_PARALLEL_FROM || threads < 2 || records.len() < 2 {
        return records.iter().map(encode).collect();
    }
    let per_thread = records.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let parts: Vec<_> =
            records.chunks(per_thread).map(|part| scope.spawn(move || part.iter().map(encode).collect::<Vec<_>>())).collect();
        parts.into_iter().flat_map(|part| part.join().expect("encoding does not panic")).collect()
    })
}

/// A batch recording this many incidents hands its register to the published
/// state as a copy instead of applying them again.
const COPY_REGISTER_FROM: usize = 20_000;

/// Upkeep (a WAL checkpoint) after this many bytes of events.
const UPKEEP_BYTES: usize = 4 << 20;

impl Writer {
    fn run(mut self, mut queue: mpsc::Receiver<Job>) {
        let mut batch = Vec::with_capacity(MAX_BATCH);
        while let Some(first) = queue.blocking_recv() {
            batch.push(first);
            while batch.len() < MAX_BATCH {
                match queue.try_recv() {
                    Ok(job) => batch.push(job),
                    Err(_) => break,
                }
            }
            self.process(&mut batch);
        }
        let _ = self.store.maintain();
    }

    /// Decide every job of the batch, commit the accepted ones together, answer all.
    fn process(&mut self, batch: &mut Vec<Job>) {
        let started = std::time::Instant::now();
        let mut accepted: Vec<(Job, Vec<EventRecord>)> = Vec::with_capacity(batch.len());
        let mut touched: Vec<String> = Vec::new();
        let mut personal: Vec<PersonalOp> = Vec::new();
        // Retries of a command recorded earlier in this same batch: answered
        // once the batch is durable.
        let mut retries: Vec<(Job, Committed)> = Vec::new();
        for job in batch.drain(..) {
            if let Some(mark) = &job.idempotency
                && let Some(answer) = self.working.idempotency.get(&mark.key)
            {
                let answer_now = if answer.command != mark.command {
                    Some(Err(ExecError::Rule(RuleError::IdempotencyKeyReused)))
                } else {
                    let committed = Committed { seq: answer.seq, created: answer.created.clone() };
                    let durable = self.published.read().unwrap_or_else(|e| e.into_inner()).idempotency.contains_key(&mark.key);
                    if durable {
                        Some(Ok(vec![committed]))
                    } else {
                        retries.push((job, committed));
                        continue;
                    }
                };
                if let Some(answer) = answer_now {
                    let _ = job.reply.send(answer);
                }
                continue;
            }
            let mut records = Vec::with_capacity(job.commands.len());
            let mut ops = Vec::new();
            let mut refused = None;
            for (command, grant) in &job.commands {
                match self.decide(&job, command, *grant).and_then(|record| Ok((personal_ops(&job, &record, &self.working)?, record))) {
                    Ok((more, record)) => {
                        ops.extend(more);
                        touched.extend(self.working.apply(&record));
                        records.push(record);
                    }
                    Err(err) => {
                        refused = Some(err);
                        break;
                    }
                }
            }
            match refused {
                None => {
                    personal.extend(ops);
                    accepted.push((job, records));
                }
                Some(err) => {
                    if !records.is_empty() {
                        // Part of an all-or-nothing job was applied: take the
                        // working state back to the published one and the jobs
                        // accepted before it.
                        let mut working = self.published.read().unwrap_or_else(|e| e.into_inner()).clone();
                        for record in accepted.iter().flat_map(|(_, rs)| rs) {
                            working.apply(record);
                        }
                        self.working = working;
                    }
                    self.metrics.refused(&err);
                    let _ = job.reply.send(Err(err));
                }
            }
        }
        if accepted.is_empty() {
            // (Cannot hold retries: their original is in this batch.)
            for (job, committed) in retries {
                let _ = job.reply.send(Ok(vec![committed]));
            }
            return;
        }
        touched.sort();
        touched.dedup();
        let events = encode_all(accepted.iter().flat_map(|(_, rs)| rs).collect());
        let rows: Vec<RecordRow> = touched
            .iter()
            .filter_map(|id| self.working.record_json(id).map(|(kind, body)| (id, kind, body)))
            .map(|(id, kind, body)| RecordRow { id: id.clone(), kind: kind.to_owned(), body: body.to_string() })
            .collect();
        let last_seq = events.last().map(|e| e.seq).expect("non-empty");
        // Each event's bytes become a leaf; one checkpoint is signed per commit.
        let before = self.ledger.as_ref().map(|(frontier, _)| frontier.clone());
        let append = self.ledger.as_mut().map(|(frontier, key)| {
            let first_index = stored_count(frontier.size());
            let mut hashes = Vec::with_capacity(events.len() * 2);
            for event in &events {
                hashes.extend(frontier.append(leaf_hash(&event.bytes)).into_iter().map(|h| h.0));
            }
            LedgerAppend { first_index, hashes, size: frontier.size(), checkpoint: key.sign(frontier.size(), frontier.root()) }
        });
        let outcome = self.store.commit_with_personal(&events, &rows, &personal, last_seq, append.as_ref());
        if outcome.is_ok() {
            self.metrics.commits.inc();
            self.metrics.events.inc_by(events.len() as u64);
            self.metrics.commands_per_commit.observe(accepted.len() as f64);
            self.metrics.commit_seconds.observe(started.elapsed().as_secs_f64());
        }
        match outcome {
            Ok(()) => {
                // After a large import the published state takes a copy of the
                // working state's register (the same events applied, so the same
                // register): tens of milliseconds instead of recording every
                // incident a second time.
                let incidents: usize = accepted
                    .iter()
                    .flat_map(|(_, rs)| rs)
                    .map(|r| match &r.event.change {
                        Command::RecordIncidents { rows, .. } => rows.len(),
                        _ => 0,
                    })
                    .sum();
                let register = (incidents >= COPY_REGISTER_FROM).then(|| self.working.incidents.clone());
                {
                    let mut published = self.published.write().unwrap_or_else(|e| e.into_inner());
                    for record in accepted.iter().flat_map(|(_, rs)| rs) {
                        match register {
                            Some(_) => published.apply_leaving_register(record),
                            None => published.apply(record),
                        };
                    }
                    if let Some(register) = register {
                        published.incidents = register;
                    }
                }
                if self.committed.receiver_count() > 0 {
                    let all: Vec<EventRecord> = accepted.iter().flat_map(|(_, rs)| rs.iter().cloned()).collect();
                    let _ = self.committed.send(Arc::new(all));
                }
                for (job, records) in accepted {
                    let committed = records.into_iter().map(|r| Committed { seq: r.seq, created: r.event.created }).collect();
                    let _ = job.reply.send(Ok(committed));
                }
                for (job, committed) in retries {
                    let _ = job.reply.send(Ok(vec![committed]));
                }
                // Everyone is answered: now the store's upkeep, when due.
                self.since_upkeep += events.iter().map(|e| e.bytes.len() + 64).sum::<usize>();
                if self.since_upkeep >= UPKEEP_BYTES {
                    self.since_upkeep = 0;
                    if let Err(err) = self.store.maintain() {
                        tracing::warn!(error = %err, "store upkeep failed; it is retried after the next commits");
                    }
                }
            }
            Err(err) => {
                tracing::error!(error = %err, batch = accepted.len(), "commit failed; batch refused");
                self.working = self.published.read().unwrap_or_else(|e| e.into_inner()).clone();
                if let (Some((frontier, _)), Some(before)) = (self.ledger.as_mut(), before) {
                    *frontier = before;
                }
                for job in accepted.into_iter().map(|(job, _)| job).chain(retries.into_iter().map(|(job, _)| job)) {
                    let _ = job.reply.send(Err(ExecError::Storage(err.to_string())));
                }
            }
        }
    }

    fn decide(&self, job: &Job, command: &Command, grant: Grant) -> Result<EventRecord, ExecError> {
        if matches!(command, Command::IssuePass { .. }) && job.personal.is_none() {
            return Err(ExecError::Rule(RuleError::HolderDataRequired));
        }
        // A sensitive grievance's raiser is committed to in the event and kept
        // apart; a commitment to nothing kept would be a claim nobody can check.
        if let Command::RaiseGrievance { community, raiser_commitment: Some(commitment), .. } = command {
            // The kept row must be the one committed to, and its raiser an
            // elder of the community, as for a grievance raised in the open.
            let kept = job.personal.as_ref().and_then(|p| serde_json::from_str::<jirga_core::state::KeptRaiser>(&p.record).ok());
            let kept = kept.filter(|k| k.matches(commitment.as_str())).ok_or(ExecError::Rule(RuleError::RaiserDataRequired))?;
            if self.working.communities.get(community).is_some_and(|c| c.elder(&kept.person).is_none()) {
                return Err(ExecError::Rule(RuleError::NotAnElder));
            }
        }
        let authorizer = &self.hooks.authorizer;
        if !job.break_glass && !authorizer.holds(grant, &job.principal, command, &self.working) {
            authorizer.authorize(&job.principal, command, &self.working).map_err(ExecError::Denied)?;
        }
        let assessment = self.hooks.guardrail.assess(command, &self.working);
        let recorded_on = jirga_core::event::recording_day(job.at);
        let mut event = decide_recorded(&self.working, command, assessment.as_ref(), Some(recorded_on)).map_err(ExecError::Rule)?;
        event.idempotency = job.idempotency.clone();
        event.break_glass = job.break_glass;
        Ok(EventRecord {
            v: jirga_core::ENCODING_VERSION,
            seq: self.working.next_seq(),
            at: job.at,
            actor: job.principal.actor.clone(),
            event,
        })
    }
}

/// A sensitive grievance's named raiser, taken out of the command into a row
/// kept apart (with a fresh salt): every interface goes through here, so none
/// can put the raiser of a sensitive grievance in the log.
fn keep_raiser_apart(command: Command) -> (Command, Option<HolderData>) {
    let mut salt = [0u8; 16];
    getrandom::getrandom(&mut salt).expect("the operating system's random source works");
    let (command, kept) = jirga_core::state::keep_raiser_apart(command, &salt);
    let personal = kept.map(|k| HolderData { record: serde_json::to_string(&k).expect("serializes"), photo: None });
    (command, personal)
}

/// The personal-data changes an accepted command makes, judged on the state
/// before it: a new pass's holder row, the rows of passes being erased, or a
/// sensitive grievance's raiser (under the id the event created).
fn personal_ops(job: &Job, record: &EventRecord, state: &State) -> Result<Vec<PersonalOp>, ExecError> {
    let command = &record.event.change;
    Ok(match (command, &job.personal) {
        (Command::RaiseGrievance { raiser_commitment: Some(_), .. }, Some(data)) if data.photo.is_none() => {
            let id = record.event.created.first().expect("a grievance's id");
            vec![PersonalOp::Put { key: jirga_core::state::raiser_key(id), body: data.record.clone() }]
        }
        (Command::IssuePass { document_id, .. }, Some(data)) => {
            let mut ops = vec![PersonalOp::Put { key: document_id.to_string(), body: data.record.clone() }];
            if let Some(photo) = &data.photo {
                ops.push(PersonalOp::Put { key: photo_key(document_id.as_str()), body: photo.clone() });
            }
            ops
        }
        (Command::ErasePassHolders { passes, .. }, None) => passes
            .iter()
            .filter_map(|id| state.passes.get(id))
            .flat_map(|p| [p.document_id.to_string(), photo_key(p.document_id.as_str())])
            .map(|key| PersonalOp::Erase { key })
            .collect(),
        (Command::EraseGrievanceRaiser { grievance, .. }, None) => {
            vec![PersonalOp::Erase { key: jirga_core::state::raiser_key(grievance.as_str()) }]
        }
        (_, None) => vec![],
        // Personal data with any other command would be stored with no record to keep it.
        (_, Some(_)) => return Err(ExecError::Rule(RuleError::HolderDataRequired)),
    })
}
