//! `jirga incidents import|export`: ACLED and UCDP files in and out of the record.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressStyle};
use jirga_core::incident::IncidentFormat;
use jirga_core::text::Name;
use jirga_incidents::{RowError, acled, ucdp};
use jirga_service::import::{import_commands, import_commands_from};

use crate::commands::{acting_user, describe, open};

/// The formats a file may come in.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum FileFormat {
    Acled,
    Ucdp,
}

fn read(bytes: &[u8], format: FileFormat, skip_invalid: bool, progress: &ProgressBar) -> Result<acled::Import, RowError> {
    match format {
        // Read on every core: the file is cut at record boundaries.
        FileFormat::Acled => {
            let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
            let import = acled::read_in_parallel(bytes, skip_invalid, threads)?;
            progress.set_position((import.incidents.len() + import.rejects.len()) as u64);
            Ok(import)
        }
        // UCDP files are small (the Pakistan export is 6,416 rows): read whole.
        FileFormat::Ucdp => {
            let events = ucdp::read(bytes)?;
            progress.set_position(events.len() as u64);
            Ok(acled::Import { incidents: events.into_iter().map(|e| e.incident).collect(), ..Default::default() })
        }
    }
}

/// Write the rejected rows: where and why, then the cells as they were.
fn write_rejects(path: &Path, rejects: &[(RowError, Vec<String>)]) -> Result<()> {
    let file = std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
    let mut w = csv_writer(file);
    for (error, cells) in rejects {
        let mut record = vec![error.line.to_string(), error.column.clone(), error.message.clone()];
        record.extend(cells.iter().cloned());
        w.write_record(&record)?;
    }
    w.flush()?;
    Ok(())
}

fn csv_writer(file: std::fs::File) -> csv::Writer<std::fs::File> {
    csv::WriterBuilder::new().flexible(true).from_writer(file)
}

fn bar(label: &'static str) -> ProgressBar {
    let bar = ProgressBar::new_spinner();
    bar.set_style(ProgressStyle::with_template("{spinner} {msg} {pos} rows ({per_sec}, {elapsed})").expect("a valid template"));
    bar.set_message(label);
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// Import a file: every row validated; all-or-nothing unless `skip_invalid`,
/// which records the valid rows and writes the others to a rejects file.
pub async fn import(
    data_dir: &Path,
    file: &Path,
    format: FileFormat,
    skip_invalid: bool,
    rejects: Option<PathBuf>,
    user: &str,
) -> Result<()> {
    let principal = acting_user(data_dir, user)?;
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let started = Instant::now();
    let reading = bar("reading");
    let read = read(&bytes, format, skip_invalid, &reading);
    reading.finish_and_clear();
    let read = read.map_err(|e| anyhow::anyhow!("{}: {e}; nothing was recorded", file.display()))?;
    let name = file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned());
    let source = Name::parse(name).context("the file's name cannot name the source")?;
    let rows = read.incidents.len();
    if !read.rejects.is_empty() {
        let path = rejects.unwrap_or_else(|| file.with_extension("rejects.csv"));
        write_rejects(&path, &read.rejects)?;
        eprintln!("{} invalid rows set aside in {} (line, column, error, then the row's cells)", read.rejects.len(), path.display());
    }
    if rows == 0 {
        bail!("{}: no valid rows; nothing was recorded", file.display());
    }
    // ACLED chunks carry the file's own text; UCDP rows are ACLED rows written anew.
    // (The reader refused any file that is not UTF-8.)
    let commands = match (format, String::from_utf8(bytes)) {
        (FileFormat::Acled, Ok(text)) => import_commands_from(&source, read, &std::sync::Arc::new(text)),
        (FileFormat::Acled, Err(_)) => import_commands(&source, IncidentFormat::Acled, read.incidents),
        (FileFormat::Ucdp, _) => import_commands(&source, IncidentFormat::Ucdp, read.incidents),
    };
    let recording = ProgressBar::new_spinner();
    recording.set_message(format!("recording {rows} incidents in {} events", commands.len()));
    recording.enable_steady_tick(Duration::from_millis(200));
    let engine = open(data_dir)?;
    let outcome = engine.execute_all(&principal, commands).await;
    recording.finish_and_clear();
    let committed = outcome.map_err(|e| anyhow::anyhow!("{}; nothing was recorded", describe(&e)))?;
    let (first, last) = (committed.first().map_or(0, |c| c.seq), committed.last().map_or(0, |c| c.seq));
    let alerts = engine.read(|s| s.incidents.alerts().iter().filter(|a| (first..=last).contains(&a.seq)).count());
    println!(
        "recorded {rows} incidents from {} in {} events (seq {first}–{last}) in {:.1} s; {alerts} alerts raised",
        file.display(),
        committed.len(),
        started.elapsed().as_secs_f64()
    );
    engine.shutdown();
    Ok(())
}

/// Write every incident's current version as ACLED's CSV, in the order recorded.
pub fn export(data_dir: &Path, output: Option<&Path>) -> Result<()> {
    let engine = open(data_dir)?;
    let incidents: Vec<acled::Incident> = engine.read(|s| s.incidents.iter().cloned().collect());
    engine.shutdown();
    let out: Box<dyn Write> = match output {
        Some(path) => Box::new(std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?),
        None => Box::new(std::io::stdout().lock()),
    };
    acled::write(std::io::BufWriter::new(out), &incidents).or_else(quiet_pipe).context("cannot write the incidents")
}

/// Where the demo finds the real UCDP file: beside the project (`../shared`),
/// or where `JIRGA_SHARED` says.
pub fn ucdp_file() -> PathBuf {
    let shared = std::env::var_os("JIRGA_SHARED").map_or_else(|| PathBuf::from("../shared"), PathBuf::from);
    shared.join("vectors/incidents/ucdp_ged_pakistan.csv")
}

/// Write a labelled synthetic ACLED file (ids PAKSYN…, source SYNTHETIC), for load.
pub fn synthetic(rows: usize, seed: u64, output: Option<&Path>) -> Result<()> {
    let out: Box<dyn Write> = match output {
        Some(path) => Box::new(std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?),
        None => Box::new(std::io::stdout().lock()),
    };
    let set: Vec<_> = jirga_incidents::synthetic::incidents(rows, seed).collect();
    acled::write(std::io::BufWriter::new(out), &set).or_else(quiet_pipe).context("cannot write the rows")
}

/// A reader that stopped reading (`| head`) is not an error.
fn quiet_pipe(e: std::io::Error) -> std::io::Result<()> {
    if e.kind() == std::io::ErrorKind::BrokenPipe { Ok(()) } else { Err(e) }
}
