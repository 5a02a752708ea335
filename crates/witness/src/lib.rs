//! jirga-witness: a C2SP tlog-witness v1.0.0. A federal office, the counterpart
//! or an observer runs one, trusting the record's log key; for each checkpoint
//! the record submits it checks the log's signature and a consistency proof
//! from the size it cosigned last, stores the new size and root **before**
//! answering (compare-and-swap in one SQLite transaction), and answers with
//! its cosignature (C2SP tlog-cosignature v1.0, `jirga_ledger::cosignature`).
//! It never cosigns two checkpoints of one log that cannot both be true; a
//! validly signed one that is not consistent is kept as evidence.
//!
//! - [`request`]: the `add-checkpoint` body.
//! - [`state`]: the witness's own small SQLite database (its key, the logs it
//!   trusts, the latest checkpoint it cosigned for each, evidence).
//! - [`server`]: `POST /add-checkpoint` and the monitors' read (`GET /logs`).

pub mod received;
pub mod request;
pub mod server;
pub mod state;

use jirga_ledger::cosignature::CosignatureSigner;
use signed_note::{Note, StandardVerifier, VerifierList};
use tlog_tiles::{Checkpoint, Hash};

pub use request::AddCheckpoint;
pub use state::{LogState, State, StateError};

/// A refusal of `add-checkpoint`, with the status the spec gives it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// 400: the body, the note or the checkpoint is malformed, or `old` is larger than the checkpoint.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// 403: no signature on the checkpoint verifies with a key trusted for its origin.
    #[error("no signature verifies with a key trusted for this log")]
    Forbidden,
    /// 404: the witness trusts no log of this origin.
    #[error("unknown log origin")]
    UnknownOrigin,
    /// 409: `old` is not the size last cosigned (`stored`), or the same size with another root.
    #[error("the witness last cosigned size {stored}")]
    Conflict { stored: u64 },
    /// 422: the consistency proof does not verify (or is not empty from size 0).
    #[error("the consistency proof does not verify")]
    Inconsistent,
    /// 500: the witness's own storage failed.
    #[error("the witness's storage failed: {0}")]
    Storage(String),
}

impl Refusal {
    pub fn status(&self) -> u16 {
        match self {
            Refusal::BadRequest(_) => 400,
            Refusal::Forbidden => 403,
            Refusal::UnknownOrigin => 404,
            Refusal::Conflict { .. } => 409,
            Refusal::Inconsistent => 422,
            Refusal::Storage(_) => 500,
        }
    }
}

/// A witness: its name and key, and its state.
pub struct Witness {
    state: State,
}

impl Witness {
    pub fn new(state: State) -> Witness {
        Witness { state }
    }

    pub fn state(&self) -> &State {
        &self.state
    }

    /// Check a submitted checkpoint and cosign it, as of `now` (POSIX
    /// seconds): the cosignature line(s) to answer with, or the refusal.
    pub fn add_checkpoint(&self, body: &[u8], now: u64) -> Result<String, Refusal> {
        let request = AddCheckpoint::parse(body).map_err(|e| Refusal::BadRequest(e.to_string()))?;
        let note =
            Note::from_bytes(&request.checkpoint).map_err(|e| Refusal::BadRequest(format!("the checkpoint is not a signed note: {e}")))?;
        let origin = note.text().split(|b| *b == b'\n').next().and_then(|l| std::str::from_utf8(l).ok()).unwrap_or_default().to_owned();
        let keys = self.state.log_keys(&origin).map_err(|e| Refusal::Storage(e.to_string()))?;
        if keys.is_empty() {
            return Err(Refusal::UnknownOrigin);
        }
        // Several keys per log; signatures from unknown keys are ignored.
        let verifiers: Vec<Box<dyn signed_note::Verifier>> =
            keys.iter().filter_map(|k| StandardVerifier::new(k).ok()).map(|v| Box::new(v) as Box<dyn signed_note::Verifier>).collect();
        note.verify(&VerifierList::new(verifiers)).map_err(|_| Refusal::Forbidden)?;
        let checkpoint =
            Checkpoint::from_bytes(note.text()).map_err(|e| Refusal::BadRequest(format!("the checkpoint's body is malformed: {e}")))?;
        let (size, root) = (checkpoint.size(), *checkpoint.hash());
        if request.old > size {
            return Err(Refusal::BadRequest(format!("old size {} is larger than the checkpoint's {size}", request.old)));
        }
        let signer = self.state.signer(now).map_err(|e| Refusal::Storage(e.to_string()))?;
        let line = signer.line(note.text());
        // What monitors read: the checkpoint as submitted, with this cosignature added.
        let cosigned = format!("{}{line}", String::from_utf8_lossy(&note.to_bytes()));
        // The check and the update in one transaction: nothing else can move
        // the stored size between them (the spec's rollback race).
        self.state
            .compare_and_swap(&origin, |stored| {
                let stored_size = stored.as_ref().map_or(0, |s| s.size);
                if request.old != stored_size {
                    return Err(Refusal::Conflict { stored: stored_size });
                }
                match stored {
                    None => {
                        if !request.proof.is_empty() {
                            return Err(Refusal::Inconsistent);
                        }
                    }
                    Some(s) if s.size == size => {
                        if s.root != root {
                            return Err(Refusal::Conflict { stored: s.size });
                        }
                        if !request.proof.is_empty() {
                            return Err(Refusal::Inconsistent);
                        }
                    }
                    Some(s) => {
                        jirga_ledger::tree::verify_consistency(s.size, size, s.root, root, &request.proof)
                            .map_err(|_| Refusal::Inconsistent)?;
                    }
                }
                Ok(LogState { size, root, note: cosigned })
            })
            .inspect_err(|refusal| {
                // A validly signed checkpoint that cannot be true beside what
                // was cosigned is kept: it may be proof of a split view.
                // (A 409 for an `old` the witness does not hold is the protocol's
                // way to tell a client the size; only the same size with another
                // root is evidence.)
                let split = match refusal {
                    Refusal::Inconsistent => true,
                    Refusal::Conflict { stored } => *stored == request.old,
                    _ => false,
                };
                if split {
                    let _ = self.state.keep_evidence(&origin, now, &refusal.to_string(), body);
                }
            })?;
        Ok(line)
    }

    /// Its signer as of `now` (for tests and the record's own use).
    pub fn signer(&self, now: u64) -> Result<CosignatureSigner, StateError> {
        self.state.signer(now)
    }

    /// The latest cosigned checkpoint of every log (the monitors' read).
    pub fn latest(&self) -> Result<Vec<(String, LogState)>, StateError> {
        self.state.latest()
    }
}

/// Root hash of a checkpoint as the spec's base64 (for messages and the read endpoint).
pub fn b64(hash: &Hash) -> String {
    jirga_ledger::tree::b64(hash)
}
