//! `jirga`: the command-line interface. Definitions and glue only; the work is
//! done by the engine and the web crates.
//!
//! Exit codes: 0 success, 1 failure (the message says why), 2 usage error.

mod admin;
mod agreement_cmds;
mod commands;
mod config;
mod incident_cmds;
mod ledger_cmds;
mod pass_cmds;
mod witness_cmds;

use std::path::PathBuf;

/// mimalloc: reading a million incidents makes some thirty million small
/// allocations, on every core; glibc's allocator spends more time on them than
/// the parsing does (measured in BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "jirga", version, about = "The record of a cross-border negotiation process")]
struct Cli {
    /// A configuration file (TOML; `JIRGA_*` variables override it, flags override both).
    #[arg(long, global = true, env = "JIRGA_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

/// Where the record lives.
#[derive(clap::Args, Clone)]
pub struct DataDir {
    /// Data directory (holds the SQLite record).
    #[arg(long = "data-dir", env = "JIRGA_DATA_DIR", default_value = "jirga-data")]
    pub path: PathBuf,
}

/// Where to listen.
#[derive(clap::Args, Clone)]
pub struct Listen {
    /// Address to listen on; port 0 picks a free port (the chosen address is
    /// printed). Default: the configuration's `listen`, else 127.0.0.1:8080.
    #[arg(long, env = "JIRGA_LISTEN")]
    pub listen: Option<String>,
}

impl Listen {
    fn resolve(&self, config: &config::Config) -> String {
        self.listen.clone().or_else(|| config.listen.clone()).unwrap_or_else(|| "127.0.0.1:8080".to_owned())
    }
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web interface and the JSON API.
    Serve {
        #[command(flatten)]
        data: DataDir,
        #[command(flatten)]
        listen: Listen,
        /// A witness to submit checkpoints to: its submission URL and its
        /// verifier key, `URL=VKEY` (repeat for several).
        #[arg(long)]
        witness: Vec<String>,
        /// How many witnesses must cosign a checkpoint before the API serves it
        /// as the record's (default: every witness given).
        #[arg(long)]
        witness_quorum: Option<usize>,
    },
    /// Seed a fresh data directory with the scenario of the news reports and serve it.
    Demo {
        /// Fresh (missing or empty) data directory; a new temporary one when omitted.
        #[arg(long = "data-dir", env = "JIRGA_DATA_DIR")]
        data_dir: Option<PathBuf>,
        #[command(flatten)]
        listen: Listen,
        /// Seed and exit without serving.
        #[arg(long)]
        seed_only: bool,
    },
    /// Write every event as JSON lines (to stdout or --output).
    Export {
        #[command(flatten)]
        data: DataDir,
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Rebuild the read tables from the event log.
    Rebuild {
        #[command(flatten)]
        data: DataDir,
    },
    /// Execute commands from a JSON-lines file ("-" for stdin), one command per line,
    /// through the same write path as the web and the API. Stops at the first refused one.
    Apply {
        #[command(flatten)]
        data: DataDir,
        /// File of commands, or "-" for standard input.
        file: PathBuf,
        /// The user these changes are made as; they are authorized as that user's.
        #[arg(long)]
        user: String,
        /// Make the run safe to repeat: line N is recorded under the idempotency
        /// key `KEY:N`, so running the same file again with the same key (after
        /// a crash, say) records only the lines that were not recorded yet.
        #[arg(long)]
        idempotency_key: Option<String>,
    },
    /// Users, organizations and API tokens.
    #[command(subcommand)]
    Admin(admin::AdminCommand),
    /// The authorization and national-framework policies.
    #[command(subcommand)]
    Policy(PolicyCommand),
    /// Movement passes.
    #[command(subcommand)]
    Pass(PassCommand),
    /// The tamper-evident ledger of this data directory.
    #[command(subcommand)]
    Ledger(LedgerCommand),
    /// Offline checks for auditors: need no server and no database.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// The incident register: ACLED and UCDP files in, ACLED out.
    #[command(subcommand)]
    Incidents(IncidentsCommand),
    /// Make a representative's key for signing agreements; prints its verifier key.
    CosignKey {
        /// The key's name (a schema-less URL naming the representative, e.g. kabul.gov.af/consul).
        #[arg(long)]
        name: String,
        /// Where the secret key is written (never overwritten).
        #[arg(long, required_unless_present = "held_for")]
        output: Option<PathBuf>,
        /// Keep the key in the province's data directory for this person (a
        /// person id), who then signs on the commitment's page with "Sign with
        /// my key"; only their own account may use it.
        #[arg(long, requires = "data_dir")]
        held_for: Option<String>,
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
    /// Sign an agreement offline: FILE is its document (or its text); prints the
    /// signature line to record (`cosign_agreement`).
    Cosign {
        file: PathBuf,
        /// The secret key file (`jirga cosign-key`).
        #[arg(long)]
        key: PathBuf,
    },
    /// Agreements both sides signed.
    #[command(subcommand)]
    Agreement(AgreementCommand),
    /// Witness another party's record: cosign its checkpoints (C2SP tlog-witness).
    #[command(subcommand)]
    Witness(witness_cmds::WitnessCommand),
    /// Write the federal liaison's briefing on an initiative as one HTML file
    /// (printable; dated; the checkpoint it was made from at its foot).
    Brief {
        #[command(flatten)]
        data: DataDir,
        #[arg(long, default_value = "ini-1")]
        initiative: String,
        /// The file to write.
        #[arg(long)]
        output: PathBuf,
        /// The reader's language: en, ps-AF, ur-PK or fa-AF.
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Where each initiative stands: its gates and what blocks them.
    Status {
        #[command(flatten)]
        data: DataDir,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum PassCommand {
    /// Check a pass or any HCERT document offline: decode, signature, validity.
    /// Exit 0 valid, 1 invalid, 2 usage error.
    Verify(pass_cmds::VerifyArgs),
    /// Issue a pass from a JSON application (the holder, purpose, sponsor,
    /// crossing points, validity, entries), as a pass officer.
    Issue {
        #[command(flatten)]
        data: DataDir,
        /// The application as JSON, or "-" for standard input.
        file: PathBuf,
        /// The pass officer issuing it.
        #[arg(long)]
        user: String,
        /// The holder's photo (JPEG or PNG): stored with the holder's data,
        /// its fingerprint signed into the pass.
        #[arg(long)]
        photo: Option<PathBuf>,
        /// Also write the QR code as a PNG image here.
        #[arg(long = "qr-png")]
        qr_png: Option<PathBuf>,
        /// Print JSON (pass, seq, document_id, document).
        #[arg(long)]
        json: bool,
    },
    /// The issuing authority's signing keys (set up, rotate, list).
    #[command(subcommand)]
    Keys(pass_cmds::KeysCommand),
    /// Write this authority's signed trust list (its public keys) for border posts.
    ExportTrust {
        #[command(flatten)]
        data: DataDir,
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Write this authority's signed revocation list.
    ExportRevocations {
        #[command(flatten)]
        data: DataDir,
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Import a counterpart's signed trust or revocation list, after checking it
    /// was signed by the list signer you were given out of band.
    Import {
        #[command(flatten)]
        data: DataDir,
        file: PathBuf,
        /// The expected signer's kid (base64), as `jirga pass keys list` shows it on the other side.
        #[arg(long)]
        signer: String,
    },
    /// Erase the holders' data of passes expired or revoked more than N days ago.
    Erase {
        #[command(flatten)]
        data: DataDir,
        #[arg(long = "retention-days")]
        retention_days: u32,
        #[arg(long)]
        user: String,
    },
}

#[derive(Subcommand)]
enum IncidentsCommand {
    /// Import an ACLED or UCDP GED CSV file, every row validated: all or nothing,
    /// unless --skip-invalid. Errors name the line and the column.
    Import {
        #[command(flatten)]
        data: DataDir,
        #[arg(long, value_enum)]
        format: incident_cmds::FileFormat,
        file: PathBuf,
        /// Record the valid rows and write the invalid ones to a rejects file.
        #[arg(long)]
        skip_invalid: bool,
        /// Where the rejects go (default: FILE with the extension .rejects.csv).
        #[arg(long)]
        rejects: Option<PathBuf>,
        /// The security analyst importing.
        #[arg(long)]
        user: String,
    },
    /// Write a clearly labelled synthetic ACLED file (ids PAKSYN…, source
    /// SYNTHETIC), for load tests: never real data.
    Synthetic {
        #[arg(long, default_value_t = 1_000_000)]
        rows: usize,
        #[arg(long, default_value_t = 2025)]
        seed: u64,
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Write every incident as ACLED's CSV (to stdout or --output).
    Export {
        #[command(flatten)]
        data: DataDir,
        /// Only acled is written.
        #[arg(long, value_enum, default_value = "acled")]
        format: ExportFormat,
        #[arg(long)]
        output: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    Acled,
}

#[derive(Subcommand)]
enum PolicyCommand {
    /// Print the text of a policy set in force.
    Show {
        #[command(flatten)]
        data: DataDir,
        /// authorization, forbidden or concurrence.
        #[arg(value_parser = parse_policy_set)]
        set: jirga_core::model::PolicySetName,
    },
    /// Replace a policy set with the text of FILE: validated, then recorded as an
    /// event (who, when, why, the difference). Administrators only.
    Change {
        #[command(flatten)]
        data: DataDir,
        #[arg(value_parser = parse_policy_set)]
        set: jirga_core::model::PolicySetName,
        file: PathBuf,
        #[arg(long)]
        reason: String,
        #[arg(long)]
        user: String,
    },
    /// Break-glass: put back the policy set shipped with this binary, when the
    /// policies in force let nobody change them. Needs no user (nobody may be
    /// able to act), only the data directory and its writer lock; recorded as a
    /// `change_policies` event under the operator's name, with the reason.
    RestoreShipped {
        #[command(flatten)]
        data: DataDir,
        #[arg(value_parser = parse_policy_set)]
        set: jirga_core::model::PolicySetName,
        #[arg(long)]
        reason: String,
    },
}

fn parse_policy_set(s: &str) -> Result<jirga_core::model::PolicySetName, String> {
    use jirga_core::model::PolicySetName;
    PolicySetName::ALL
        .iter()
        .copied()
        .find(|p| p.as_str() == s)
        .ok_or_else(|| format!("one of: {}", PolicySetName::ALL.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(", ")))
}

#[derive(Subcommand)]
enum AgreementCommand {
    /// Write an agreed commitment's agreement document: the text, both sides'
    /// signatures, their keys, the event and its inclusion proof, the checkpoint.
    Export {
        #[command(flatten)]
        data: DataDir,
        /// An agreed commitment.
        #[arg(long, required_unless_present = "meeting", conflicts_with = "meeting")]
        commitment: Option<String>,
        /// A meeting, with `--outcome N`: the outcome agreed in it.
        #[arg(long, requires = "outcome")]
        meeting: Option<String>,
        #[arg(long)]
        outcome: Option<u32>,
        #[arg(long)]
        output: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum LedgerCommand {
    /// Recompute the tree from the stored events and check it against the stored
    /// leaves and every signed checkpoint; names the first bad index.
    Verify {
        #[command(flatten)]
        data: DataDir,
    },
    /// Write a self-contained audit bundle (entries, checkpoints, public key).
    Export {
        #[command(flatten)]
        data: DataDir,
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Print the ledger's public key (signed-note verifier key).
    Key {
        #[command(flatten)]
        data: DataDir,
    },
}

#[derive(Subcommand)]
#[allow(clippy::enum_variant_names)] // the subcommands are named `verify-…` on purpose
enum AuditCommand {
    /// Check an RFC 9162 inclusion proof. Exit 0 verifies, 1 does not, 2 usage error.
    VerifyInclusion {
        /// Leaf hash, standard base64.
        #[arg(long)]
        leaf_hash: String,
        #[arg(long)]
        index: u64,
        #[arg(long)]
        size: u64,
        /// Root hash, standard base64.
        #[arg(long)]
        root: String,
        /// Proof hashes, standard base64, comma-separated ("" for an empty proof).
        #[arg(long, allow_hyphen_values = true)]
        proof: String,
    },
    /// Check an RFC 9162 consistency proof. Exit 0 verifies, 1 does not, 2 usage error.
    VerifyConsistency {
        #[arg(long)]
        size1: u64,
        #[arg(long)]
        size2: u64,
        #[arg(long)]
        root1: String,
        #[arg(long)]
        root2: String,
        /// Proof hashes, standard base64, comma-separated ("" for an empty proof).
        #[arg(long, allow_hyphen_values = true)]
        proof: String,
    },
    /// Check an exported bundle; reports the first bad index. With witness
    /// keys, also that a quorum of them cosigned a checkpoint of it.
    VerifyBundle {
        file: PathBuf,
        /// A witness's verifier key (repeat for several).
        #[arg(long)]
        witness_key: Vec<String>,
        /// How many witnesses must have cosigned (default: every one given).
        #[arg(long)]
        quorum: Option<usize>,
    },
    /// Check a signed checkpoint: the log's signature and a quorum of witness
    /// cosignatures. Exit 0 it counts, 1 it does not, 2 usage error.
    VerifyCheckpoint {
        /// The checkpoint note (a file, or "-" for standard input).
        note: PathBuf,
        /// The log's verifier key.
        #[arg(long)]
        log_key: String,
        /// A witness's verifier key (repeat for several).
        #[arg(long)]
        witness_key: Vec<String>,
        /// How many witnesses must have cosigned (default: every one given).
        #[arg(long)]
        quorum: Option<usize>,
    },
    /// Check an agreement document offline: both sides' signatures over the
    /// text, the text against the recorded event, the event in the signed
    /// ledger. Exit 0 it holds, 1 it does not, 2 usage error.
    VerifyAgreement {
        file: PathBuf,
        /// Trust only these signers' verifier keys (repeat; default: the document's).
        #[arg(long)]
        key: Vec<String>,
        /// The record's log key (default: the document's).
        #[arg(long)]
        log_key: Option<String>,
    },
    /// Look for a split view: signed checkpoints of one log (two files, or a
    /// directory of collected ones) that cannot all be true. Exit 0 none
    /// found, 1 a split view (printed with both notes), 2 usage error.
    Compare {
        /// Two checkpoint files, or one directory of them.
        #[arg(required = true)]
        notes: Vec<PathBuf>,
        #[arg(long)]
        log_key: String,
        /// A consistency proof from the smaller to the larger (two files only), comma-separated base64.
        #[arg(long, allow_hyphen_values = true)]
        proof: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // A command that prints for a pipe (`jirga status | head`) ends quietly when
    // the reader stops, as Unix tools do; Rust ignores SIGPIPE, which turns the
    // closed pipe into a panic in println!. The servers keep ignoring it: a
    // client that disconnects must not end them.
    if !matches!(cli.command, Command::Serve { .. } | Command::Demo { .. }) {
        // SAFETY: at the start of main, before any thread exists, restoring the
        // default action of one signal.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        }
    }
    let config = match config::Config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(err) => {
            eprintln!("error: {err:#}");
            return ExitCode::from(2);
        }
    };
    // `log` filters (default `info`); `log_format = "json"` writes one JSON
    // object per line for a log collector.
    let filter = config.log.clone().unwrap_or_else(|| "info,tower_http=warn".into());
    let logs = tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::new(filter)).with_writer(std::io::stderr);
    if config.log_format.as_deref() == Some("json") {
        logs.json().init();
    } else {
        logs.init();
    }
    config::set_current(config.clone());
    if let Command::Pass(PassCommand::Verify(args)) = cli.command {
        return pass_cmds::verify(args);
    }
    // Audit commands answer with their own exit codes and need no runtime.
    if let Command::Audit(audit) = &cli.command {
        return match audit {
            AuditCommand::VerifyInclusion { leaf_hash, index, size, root, proof } => {
                ledger_cmds::verify_inclusion(leaf_hash, *index, *size, root, proof)
            }
            AuditCommand::VerifyConsistency { size1, size2, root1, root2, proof } => {
                ledger_cmds::verify_consistency(*size1, *size2, root1, root2, proof)
            }
            AuditCommand::VerifyBundle { file, witness_key, quorum } => ledger_cmds::verify_bundle(file, witness_key, *quorum),
            AuditCommand::VerifyCheckpoint { note, log_key, witness_key, quorum } => {
                ledger_cmds::verify_witnessed_checkpoint(note, log_key, witness_key, *quorum)
            }
            AuditCommand::VerifyAgreement { file, key, log_key } => agreement_cmds::verify_agreement(file, key, log_key.as_deref()),
            AuditCommand::Compare { notes, log_key, proof } => ledger_cmds::compare(notes, log_key, proof.as_deref()),
        };
    }
    if let Command::Ledger(LedgerCommand::Verify { data }) = &cli.command {
        return match ledger_cmds::verify(&data.path) {
            Ok(code) => code,
            Err(err) => {
                eprintln!("error: {err:#}");
                ExitCode::FAILURE
            }
        };
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("tokio runtime");
    let result = runtime.block_on(async move {
        match cli.command {
            Command::Serve { data, listen, witness, witness_quorum } => {
                commands::serve(&data.path, &listen.resolve(&config), &config, &witness, witness_quorum).await
            }
            Command::Demo { data_dir, listen, seed_only } => commands::demo(data_dir, &listen.resolve(&config), seed_only, &config).await,
            Command::Export { data, output } => commands::export(&data.path, output.as_deref()),
            Command::Rebuild { data } => commands::rebuild(&data.path),
            Command::Apply { data, file, user, idempotency_key } => {
                commands::apply(&data.path, &file, &user, idempotency_key.as_deref()).await
            }
            Command::Admin(admin) => admin::run(admin),
            Command::Policy(PolicyCommand::Show { data, set }) => commands::policy_show(&data.path, set),
            Command::Policy(PolicyCommand::Change { data, set, file, reason, user }) => {
                commands::policy_change(&data.path, set, &file, &reason, &user).await
            }
            Command::Policy(PolicyCommand::RestoreShipped { data, set, reason }) => {
                commands::policy_restore_shipped(&data.path, set, &reason).await
            }
            Command::Status { data, json } => commands::status(&data.path, json),
            Command::Brief { data, initiative, output, lang } => commands::brief(&data.path, &initiative, &output, &lang),
            Command::Incidents(IncidentsCommand::Import { data, format, file, skip_invalid, rejects, user }) => {
                incident_cmds::import(&data.path, &file, format, skip_invalid, rejects, &user).await
            }
            Command::Incidents(IncidentsCommand::Synthetic { rows, seed, output }) => {
                incident_cmds::synthetic(rows, seed, output.as_deref())
            }
            Command::Incidents(IncidentsCommand::Export { data, format: ExportFormat::Acled, output }) => {
                incident_cmds::export(&data.path, output.as_deref())
            }
            Command::Witness(command) => witness_cmds::run(command).await,
            Command::CosignKey { name, output, held_for, data_dir } => match (output, held_for, data_dir) {
                (Some(output), None, _) => agreement_cmds::keygen(&name, &output),
                (None, Some(person), Some(data_dir)) => agreement_cmds::keygen_held(&name, &person, &data_dir),
                _ => Err(anyhow::anyhow!("give --output FILE, or --held-for PERSON --data-dir DIR")),
            },
            Command::Cosign { file, key } => agreement_cmds::cosign(&file, &key),
            Command::Agreement(AgreementCommand::Export { data, commitment, meeting, outcome, output }) => {
                let subject = match (commitment, meeting, outcome) {
                    (Some(c), _, _) => c.parse().map(jirga_core::agreement::Subject::Commitment).map_err(anyhow::Error::from),
                    (None, Some(m), Some(n)) => {
                        m.parse().map(|m| jirga_core::agreement::Subject::Outcome(m, n)).map_err(anyhow::Error::from)
                    }
                    _ => Err(anyhow::anyhow!("give --commitment ID, or --meeting ID --outcome N")),
                };
                match subject {
                    Ok(subject) => agreement_cmds::export(&data.path, subject, output.as_deref()),
                    Err(e) => Err(e),
                }
            }
            Command::Ledger(LedgerCommand::Export { data, output }) => ledger_cmds::export(&data.path, output.as_deref()),
            Command::Ledger(LedgerCommand::Key { data }) => ledger_cmds::print_key(&data.path),
            Command::Pass(PassCommand::Issue { data, file, user, photo, qr_png, json }) => {
                pass_cmds::issue(&data.path, &file, &user, photo.as_deref(), qr_png.as_deref(), json).await
            }
            Command::Pass(PassCommand::Keys(command)) => pass_cmds::keys(command),
            Command::Pass(PassCommand::ExportTrust { data, output }) => pass_cmds::export_trust(&data.path, output.as_deref()),
            Command::Pass(PassCommand::ExportRevocations { data, output }) => pass_cmds::export_revocations(&data.path, output.as_deref()),
            Command::Pass(PassCommand::Import { data, file, signer }) => pass_cmds::import(&data.path, &file, &signer),
            Command::Pass(PassCommand::Erase { data, retention_days, user }) => pass_cmds::erase(&data.path, retention_days, &user).await,
            Command::Ledger(LedgerCommand::Verify { .. }) | Command::Audit(_) | Command::Pass(PassCommand::Verify(_)) => {
                unreachable!("handled above")
            }
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
