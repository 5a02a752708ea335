//! `jirga witness …`: run a witness of someone else's record (a federal
//! office, the counterpart, an observer). Its data directory is its own: a
//! key and a small SQLite state, nothing of any record.

use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::Subcommand;
use jirga_witness::{State, Witness};

#[derive(Subcommand)]
pub enum WitnessCommand {
    /// Create a witness: its Ed25519 key and its state. Prints its verifier key
    /// (signed-note vkey) for the logs it will witness.
    Init {
        #[arg(long)]
        data_dir: std::path::PathBuf,
        /// The witness's name (a schema-less URL, e.g. witness.mofa.gov.pk/1).
        #[arg(long)]
        name: String,
    },
    /// Trust a log's key (several keys per log may be trusted). There is no
    /// removal: re-adding a removed log could let the witness cosign a split view.
    AddLog {
        #[arg(long)]
        data_dir: std::path::PathBuf,
        /// The log's origin (its checkpoints' first line).
        #[arg(long)]
        origin: String,
        /// The log's verifier key (`jirga ledger key` prints a record's).
        #[arg(long)]
        key: String,
    },
    /// Serve `POST /add-checkpoint` (C2SP tlog-witness v1) and `GET /logs`.
    Serve {
        #[arg(long)]
        data_dir: std::path::PathBuf,
        #[arg(long, default_value = "127.0.0.1:8090")]
        listen: String,
    },
}

fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

pub async fn run(command: WitnessCommand) -> Result<()> {
    match command {
        WitnessCommand::Init { data_dir, name } => {
            let (_, vkey) = State::init(&data_dir, &name).with_context(|| format!("cannot create a witness in {}", data_dir.display()))?;
            eprintln!("Witness {name} created in {}. Its verifier key:", data_dir.display());
            println!("{vkey}");
            Ok(())
        }
        WitnessCommand::AddLog { data_dir, origin, key } => {
            open(&data_dir)?.add_log(&origin, &key, now())?;
            println!("Trusting {key} for the log {origin}.");
            Ok(())
        }
        WitnessCommand::Serve { data_dir, listen } => {
            let witness = Arc::new(Witness::new(open(&data_dir)?));
            let listener = tokio::net::TcpListener::bind(&listen).await.with_context(|| format!("cannot listen on {listen}"))?;
            let address = listener.local_addr()?;
            println!("Witness {} listening on http://{address}", witness.signer(0)?.vkey());
            axum::serve(listener, jirga_witness::server::router(witness))
                .with_graceful_shutdown(async {
                    let _ = tokio::signal::ctrl_c().await;
                })
                .await?;
            Ok(())
        }
    }
}

fn open(data_dir: &Path) -> Result<State> {
    State::open(data_dir).with_context(|| format!("cannot open the witness in {}", data_dir.display()))
}
