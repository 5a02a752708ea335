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
mod hooks;
pub mod ledger;
mod replay;

use std::sync::{Arc, Mutex, RwLock};
use std::thread::JoinHandle;

use jirga_core::{decide_assessed, Command, EventRecord, Principal, RuleError, State};
use jirga_ledger::checkpoint::LedgerKey;
use jirga_ledger::tree::{leaf_hash, stored_count, Frontier};
use jirga_store::{EventStore, LedgerAppend, PersonalOp, RecordRow, StoreError, StoredEvent};
use tokio::sync::{mpsc, oneshot};

pub use hooks::{AllowAll, Authorizer, Denied, Grant, Guardrail, NoGuardrail, Read};
pub use replay::{rebuild, replay_events, RebuildReport};

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
}

struct Job {
    principal: Principal,
    /// The authorization granted on the published state (see [`Grant`]).
    grant: Grant,
    at: jiff::Timestamp,
    command: Command,
    /// The personal-data row the command needs kept apart from its event
    /// (a pass holder's data for `issue_pass`).
    personal: Option<String>,
    reply: oneshot::Sender<Result<Committed, ExecError>>,
}

/// The running write path and its published read state.
pub struct Engine {
    jobs: mpsc::Sender<Job>,
    published: Arc<RwLock<State>>,
    reader: Mutex<Box<dyn EventStore>>,
    writer: Mutex<Option<JoinHandle<()>>>,
    /// The ledger's public verifier key; `None` when the ledger is off.
    public_key: Option<String>,
    /// The same authorizer the writer uses, for reads.
    authorizer: Arc<dyn Authorizer>,
}

/// The pluggable parts of the write path.
pub struct Hooks {
    pub authorizer: Arc<dyn Authorizer>,
    pub guardrail: Arc<dyn Guardrail>,
}

impl Default for Hooks {
    fn default() -> Self {
        Hooks { authorizer: Arc::new(AllowAll), guardrail: Arc::new(NoGuardrail) }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the stored events or read tables cannot be read: {0}")]
    Corrupt(String),
}

impl Engine {
    /// Open the embedded SQLite store in `data_dir` and start the write path.
    /// The ledger key lives in the data directory, created on first start.
    pub fn open_sqlite(data_dir: &std::path::Path, hooks: Hooks) -> Result<Self, StartError> {
        let writer = jirga_store_sqlite::SqliteStore::open(data_dir)?;
        let reader = jirga_store_sqlite::SqliteStore::open(data_dir)?;
        let key = ledger::load_or_create_key(data_dir)?;
        Self::start(Box::new(writer), Box::new(reader), hooks, Some(key))
    }

    /// The same, without the ledger (only to measure the ledger's overhead).
    pub fn open_sqlite_without_ledger(data_dir: &std::path::Path, hooks: Hooks) -> Result<Self, StartError> {
        let writer = jirga_store_sqlite::SqliteStore::open(data_dir)?;
        let reader = jirga_store_sqlite::SqliteStore::open(data_dir)?;
        Self::start(Box::new(writer), Box::new(reader), hooks, None)
    }

    /// Start the write path on a backend: `writer` is used only by the writer
    /// thread, `reader` for event reads.
    pub fn start(
        mut writer: Box<dyn EventStore>,
        reader: Box<dyn EventStore>,
        hooks: Hooks,
        key: Option<LedgerKey>,
    ) -> Result<Self, StartError> {
        let state = replay::load_state(writer.as_mut())?;
        let public_key = key.as_ref().map(|k| k.public_key().to_owned());
        let ledger = match key {
            Some(key) => Some((ledger::load_frontier(writer.as_mut(), state.next_seq())?, key)),
            None => None,
        };
        let published = Arc::new(RwLock::new(state.clone()));
        let (jobs, queue) = mpsc::channel(4 * MAX_BATCH);
        let thread_published = published.clone();
        let authorizer = hooks.authorizer.clone();
        let handle = std::thread::Builder::new()
            .name("jirga-writer".into())
            .spawn(move || Writer { store: writer, working: state, published: thread_published, hooks, ledger }.run(queue))
            .expect("spawn writer thread");
        Ok(Engine { jobs, published, reader: Mutex::new(reader), writer: Mutex::new(Some(handle)), public_key, authorizer })
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
        personal: Option<String>,
    ) -> Result<Committed, ExecError> {
        // Authorize here, on the caller's thread and the published state, so that
        // decisions of concurrent callers run in parallel; the writer only checks
        // that the grant still holds in its working state.
        let grant = {
            let state = self.published.read().unwrap_or_else(|e| e.into_inner());
            self.authorizer.authorize(principal, &command, &state).map_err(ExecError::Denied)?
        };
        let (reply, answer) = oneshot::channel();
        let job = Job { principal: principal.clone(), grant, at: jiff::Timestamp::now(), command, personal, reply };
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
        stored
            .iter()
            .map(|e| EventRecord::decode(&e.bytes).map_err(|err| StartError::Corrupt(format!("event {}: {err}", e.seq))))
            .collect()
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

    /// Run `f` with the read connection (ledger queries, exports).
    pub fn with_reader<T>(&self, f: impl FnOnce(&mut dyn EventStore) -> T) -> T {
        let mut reader = self.reader.lock().unwrap_or_else(|e| e.into_inner());
        f(reader.as_mut())
    }

    /// The ledger's public verifier key, if the ledger is on.
    pub fn public_key(&self) -> Option<&str> {
        self.public_key.as_deref()
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

struct Writer {
    store: Box<dyn EventStore>,
    /// State including the batch being decided; may run ahead of `published`.
    working: State,
    published: Arc<RwLock<State>>,
    hooks: Hooks,
    /// The tree's right edge and the signing key, when the ledger is on.
    ledger: Option<(Frontier, LedgerKey)>,
}

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
    }

    /// Decide every job of the batch, commit the accepted ones together, answer all.
    fn process(&mut self, batch: &mut Vec<Job>) {
        let mut accepted: Vec<(Job, EventRecord)> = Vec::with_capacity(batch.len());
        let mut touched: Vec<String> = Vec::new();
        let mut personal: Vec<PersonalOp> = Vec::new();
        for job in batch.drain(..) {
            match self.decide(&job).and_then(|record| Ok((personal_ops(&job, &self.working)?, record))) {
                Ok((ops, record)) => {
                    personal.extend(ops);
                    touched.extend(self.working.apply(&record));
                    accepted.push((job, record));
                }
                Err(err) => {
                    let _ = job.reply.send(Err(err));
                }
            }
        }
        if accepted.is_empty() {
            return;
        }
        touched.sort();
        touched.dedup();
        let events: Vec<StoredEvent> =
            accepted.iter().map(|(_, r)| StoredEvent { seq: r.seq, bytes: r.encode() }).collect();
        let rows: Vec<RecordRow> = touched
            .iter()
            .filter_map(|id| self.working.record_json(id).map(|(kind, body)| (id, kind, body)))
            .map(|(id, kind, body)| RecordRow { id: id.clone(), kind: kind.to_owned(), body: body.to_string() })
            .collect();
        let last_seq = accepted.last().map(|(_, r)| r.seq).expect("non-empty");
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
        match self.store.commit_with_personal(&events, &rows, &personal, last_seq, append.as_ref()) {
            Ok(()) => {
                {
                    let mut published = self.published.write().unwrap_or_else(|e| e.into_inner());
                    for (_, record) in &accepted {
                        published.apply(record);
                    }
                }
                for (job, record) in accepted {
                    let _ = job.reply.send(Ok(Committed { seq: record.seq, created: record.event.created }));
                }
            }
            Err(err) => {
                tracing::error!(error = %err, batch = accepted.len(), "commit failed; batch refused");
                self.working = self.published.read().unwrap_or_else(|e| e.into_inner()).clone();
                if let (Some((frontier, _)), Some(before)) = (self.ledger.as_mut(), before) {
                    *frontier = before;
                }
                for (job, _) in accepted {
                    let _ = job.reply.send(Err(ExecError::Storage(err.to_string())));
                }
            }
        }
    }

    fn decide(&self, job: &Job) -> Result<EventRecord, ExecError> {
        if matches!(job.command, Command::IssuePass { .. }) && job.personal.is_none() {
            return Err(ExecError::Rule(RuleError::HolderDataRequired));
        }
        let authorizer = &self.hooks.authorizer;
        if !authorizer.holds(job.grant, &job.principal, &job.command, &self.working) {
            authorizer.authorize(&job.principal, &job.command, &self.working).map_err(ExecError::Denied)?;
        }
        let assessment = self.hooks.guardrail.assess(&job.command, &self.working);
        let event = decide_assessed(&self.working, &job.command, assessment.as_ref()).map_err(ExecError::Rule)?;
        Ok(EventRecord {
            v: jirga_core::ENCODING_VERSION,
            seq: self.working.next_seq(),
            at: job.at,
            actor: job.principal.actor.clone(),
            event,
        })
    }
}

/// The personal-data changes an accepted command makes, judged on the state
/// before it: a new pass's holder row, or the rows of passes being erased.
fn personal_ops(job: &Job, state: &State) -> Result<Vec<PersonalOp>, ExecError> {
    Ok(match (&job.command, &job.personal) {
        (Command::IssuePass { document_id, .. }, Some(body)) => {
            vec![PersonalOp::Put { key: document_id.to_string(), body: body.clone() }]
        }
        (Command::ErasePassHolders { passes, .. }, None) => passes
            .iter()
            .filter_map(|id| state.passes.get(id))
            .map(|p| PersonalOp::Erase { key: p.document_id.to_string() })
            .collect(),
        (_, None) => vec![],
        // Personal data with any other command would be stored with no record to keep it.
        (_, Some(_)) => return Err(ExecError::Rule(RuleError::HolderDataRequired)),
    })
}
