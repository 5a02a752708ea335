//! The record's witnesses (`jirga serve --witness URL=VKEY … --witness-quorum K`):
//! off the write path, a task submits the newest signed checkpoint to each
//! witness at most every few seconds (C2SP tlog-witness `add-checkpoint`),
//! with a consistency proof from the size the witness holds — learnt from its
//! 409 answer when not known (after a restart, say: so what the witnesses
//! cosigned needs no storage here, the witnesses hold it) — checks each
//! cosignature it gets back and keeps it beside the checkpoint it covers.
//! `/api/v1/ledger/checkpoint` serves the newest checkpoint a quorum cosigned;
//! the audit page shows who cosigned up to which size.

use std::sync::{Arc, RwLock};
use std::time::Duration;

use jirga_engine::Engine;
use jirga_ledger::cosignature::{CosignatureVerifier, valid_cosignatures};
use jirga_witness::AddCheckpoint;

/// One witness the record submits to.
pub struct WitnessSpec {
    /// The submission prefix (`POST <url>/add-checkpoint`).
    pub url: String,
    pub verifier: CosignatureVerifier,
    pub vkey: String,
}

impl WitnessSpec {
    /// `URL=VKEY`, as `--witness` takes it.
    pub fn parse(arg: &str) -> Result<WitnessSpec, String> {
        let (url, vkey) = arg.split_once('=').ok_or("a witness is URL=VKEY (its submission prefix and its verifier key)")?;
        let url = url.trim_end_matches('/').to_owned();
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(format!("{url}: a witness's URL starts with http:// or https://"));
        }
        let verifier = CosignatureVerifier::from_vkey(vkey).map_err(|e| format!("{vkey}: {e}"))?;
        Ok(WitnessSpec { url, verifier, vkey: vkey.trim().to_owned() })
    }

    pub fn name(&self) -> &str {
        signed_note::Verifier::name(&self.verifier)
    }
}

/// What one witness has cosigned, as last heard from it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WitnessStatus {
    /// The size it holds (from its cosignature or its 409).
    pub size: u64,
    /// The checkpoint (as the log signed it) it cosigned last, and its cosignature line.
    pub cosigned: Option<(String, String)>,
    /// When it cosigned (its timestamp).
    pub at: Option<u64>,
    /// Why the last submission failed, if it did.
    pub error: Option<String>,
}

pub struct Witnesses {
    specs: Vec<WitnessSpec>,
    quorum: usize,
    status: RwLock<Vec<WitnessStatus>>,
    client: reqwest::Client,
    /// Where the cosignatures received are kept beside the checkpoints (the data directory's `witnessed.sqlite3`).
    received: Option<jirga_witness::received::Received>,
}

impl Witnesses {
    /// The record's witnesses; with `received`, what they cosigned is kept
    /// there and read back now (each line checked again with its witness's key).
    pub fn new(
        specs: Vec<WitnessSpec>,
        quorum: usize,
        received: Option<jirga_witness::received::Received>,
    ) -> Result<Arc<Witnesses>, String> {
        if quorum > specs.len() {
            return Err(format!("a quorum of {quorum} needs at least {quorum} witnesses"));
        }
        let client = reqwest::Client::builder().timeout(Duration::from_secs(5)).build().map_err(|e| e.to_string())?;
        let mut status = vec![WitnessStatus::default(); specs.len()];
        let kept = received.as_ref().map(|r| r.latest_by_witness()).transpose().map_err(|e| e.to_string())?.unwrap_or_default();
        for (spec, status) in specs.iter().zip(status.iter_mut()) {
            let Some(c) = kept.iter().find(|c| c.witness == spec.name()) else { continue };
            if let Some(valid) = valid_cosignatures(&format!("{}{}", c.note, c.line), std::slice::from_ref(&spec.verifier)).first() {
                *status = WitnessStatus {
                    size: c.size,
                    cosigned: Some((c.note.clone(), c.line.clone())),
                    at: Some(valid.timestamp),
                    error: None,
                };
            }
        }
        Ok(Arc::new(Witnesses { specs, quorum, status: RwLock::new(status), client, received }))
    }

    pub fn quorum(&self) -> usize {
        self.quorum
    }

    /// Each witness (name, URL, verifier key) with its status.
    pub fn statuses(&self) -> Vec<(String, String, String, WitnessStatus)> {
        let status = self.status.read().unwrap_or_else(|e| e.into_inner()).clone();
        self.specs.iter().zip(status).map(|(s, st)| (s.name().to_owned(), s.url.clone(), s.vkey.clone(), st)).collect()
    }

    /// The newest checkpoint a quorum cosigned, with their cosignatures (none
    /// while no checkpoint has reached the quorum).
    pub fn cosigned_checkpoint(&self) -> Option<String> {
        let status = self.status.read().unwrap_or_else(|e| e.into_inner());
        let mut best: Option<(u64, &str)> = None;
        for s in status.iter() {
            let Some((note, _)) = &s.cosigned else { continue };
            let lines = status.iter().filter(|o| o.cosigned.as_ref().is_some_and(|(n, _)| n == note)).count();
            if lines >= self.quorum.max(1) && best.is_none_or(|(size, _)| s.size > size) {
                best = Some((s.size, note));
            }
        }
        let (_, note) = best?;
        let lines: String = status.iter().filter_map(|o| o.cosigned.as_ref().filter(|(n, _)| n == note).map(|(_, l)| l.as_str())).collect();
        Some(format!("{note}{lines}"))
    }

    /// Submit the newest checkpoint to every witness every `every`, until the process ends.
    pub async fn run(self: Arc<Self>, engine: Arc<Engine>, every: Duration) {
        let mut tick = tokio::time::interval(every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            self.submit_newest(&engine).await;
        }
    }

    /// One round: the newest checkpoint to every witness that has not cosigned it.
    pub async fn submit_newest(&self, engine: &Arc<Engine>) {
        let Ok(Some(checkpoint)) = engine.with_reader(|s| s.latest_checkpoint()) else { return };
        let mut round = tokio::task::JoinSet::new();
        for i in 0..self.specs.len() {
            let done =
                self.status.read().unwrap_or_else(|e| e.into_inner())[i].cosigned.as_ref().is_some_and(|(n, _)| *n == checkpoint.note);
            if done {
                continue;
            }
            let (engine, note, size) = (Arc::clone(engine), checkpoint.note.clone(), checkpoint.size);
            let known = self.status.read().unwrap_or_else(|e| e.into_inner())[i].size;
            let (url, verifier, client) = (self.specs[i].url.clone(), self.specs[i].verifier.clone(), self.client.clone());
            round.spawn(async move { (i, submit(&client, &url, &verifier, &engine, &note, size, known).await) });
        }
        while let Some(Ok((i, outcome))) = round.join_next().await {
            if let (Ok((size, note, line, _)), Some(received)) = (&outcome, &self.received) {
                let kept = jirga_witness::received::ReceivedCosignature {
                    size: *size,
                    note: note.clone(),
                    witness: self.specs[i].name().to_owned(),
                    line: line.clone(),
                };
                if let Err(error) = received.put(&kept) {
                    tracing::error!(%error, "keeping a witness's cosignature");
                }
            }
            let mut status = self.status.write().unwrap_or_else(|e| e.into_inner());
            match outcome {
                Ok((size, note, line, at)) => status[i] = WitnessStatus { size, cosigned: Some((note, line)), at: Some(at), error: None },
                Err((size, error)) => {
                    tracing::warn!(witness = self.specs[i].name(), %error, "witness submission");
                    if let Some(size) = size {
                        status[i].size = size;
                    }
                    status[i].error = Some(error);
                }
            }
        }
    }
}

/// What a submission brought back: (size, checkpoint, cosignature line, its time),
/// or (the size the witness holds, if it said, and why it failed).
type Outcome = Result<(u64, String, String, u64), (Option<u64>, String)>;

/// Submit `note` (size `size`) to one witness, from the size it is known to
/// hold; on a 409 once more from the size it says it holds.
async fn submit(
    client: &reqwest::Client,
    url: &str,
    verifier: &CosignatureVerifier,
    engine: &Engine,
    note: &str,
    size: u64,
    known: u64,
) -> Outcome {
    let mut old = known;
    for _ in 0..2 {
        if old > size {
            return Err((Some(old), format!("the witness holds size {old}, larger than this record's {size}")));
        }
        let proof = if old == 0 || old == size {
            vec![]
        } else {
            engine.consistency_proof(old, Some(size)).map_err(|e| (Some(old), e.to_string()))?.proof
        };
        let body = AddCheckpoint { old, proof, checkpoint: note.as_bytes().to_vec() }.to_body();
        let response = client.post(format!("{url}/add-checkpoint")).body(body).send().await.map_err(|e| (None, e.to_string()))?;
        let status = response.status().as_u16();
        let text = response.text().await.map_err(|e| (None, e.to_string()))?;
        match status {
            200 => {
                // Only a cosignature of this witness on this checkpoint is kept.
                let line: String = text.lines().filter(|l| l.starts_with('\u{2014}')).map(|l| format!("{l}\n")).collect();
                let found = valid_cosignatures(&format!("{note}{line}"), std::slice::from_ref(verifier));
                let Some(cosigned) = found.first() else {
                    return Err((None, "the witness answered without a valid cosignature of its key".into()));
                };
                return Ok((size, note.to_owned(), line, cosigned.timestamp));
            }
            409 => match jirga_witness::request::parse_size(text.trim_end_matches('\n')) {
                Some(held) if held != old => old = held,
                _ => return Err((Some(old), format!("409: {}", text.trim()))),
            },
            _ => return Err((Some(old), format!("{status}: {}", text.trim()))),
        }
    }
    Err((Some(old), "the witness's size kept changing".into()))
}
