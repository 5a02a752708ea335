//! `jirga ledger …` (needs the data directory) and `jirga audit …` (needs nothing
//! but its arguments: an auditor runs these without the server or the database).
//!
//! Audit exit codes: 0 the proof verifies, 1 it does not (reason on stderr),
//! 2 usage error (including arguments that are not base64).

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use jirga_engine::audit::{VerifyError, verify_store};
use jirga_ledger::bundle::{Bundle, FORMAT};
use jirga_ledger::tree::{decode_b64, decode_b64_list, verify_consistency_bytes, verify_inclusion_bytes};
use jirga_store::EventReader;

fn usage(message: String) -> ExitCode {
    eprintln!("usage error: {message}");
    ExitCode::from(2)
}

fn verdict(result: Result<(), impl std::fmt::Display>) -> ExitCode {
    match result {
        Ok(()) => {
            println!("OK: the proof verifies");
            ExitCode::SUCCESS
        }
        Err(reason) => {
            eprintln!("FAIL: {reason}");
            ExitCode::from(1)
        }
    }
}

pub fn verify_inclusion(leaf_hash: &str, index: u64, size: u64, root: &str, proof: &str) -> ExitCode {
    let (leaf, root, proof) = match (decode_b64(leaf_hash), decode_b64(root), decode_b64_list(proof)) {
        (Ok(l), Ok(r), Ok(p)) => (l, r, p),
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => return usage(e.to_string()),
    };
    verdict(verify_inclusion_bytes(&leaf, index, size, &root, &proof))
}

pub fn verify_consistency(size1: u64, size2: u64, root1: &str, root2: &str, proof: &str) -> ExitCode {
    let (root1, root2, proof) = match (decode_b64(root1), decode_b64(root2), decode_b64_list(proof)) {
        (Ok(a), Ok(b), Ok(p)) => (a, b, p),
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => return usage(e.to_string()),
    };
    verdict(verify_consistency_bytes(size1, size2, &root1, &root2, &proof))
}

/// The `--witness-key`s parsed and the `--quorum` (default: every witness
/// given), or the usage error that says which is wrong.
fn witnesses_and_quorum(
    keys: &[String],
    quorum: Option<usize>,
) -> Result<(Vec<jirga_ledger::cosignature::CosignatureVerifier>, usize), ExitCode> {
    let witnesses = keys
        .iter()
        .map(|key| jirga_ledger::cosignature::CosignatureVerifier::from_vkey(key).map_err(|e| usage(format!("--witness-key {key}: {e}"))))
        .collect::<Result<Vec<_>, _>>()?;
    let quorum = quorum.unwrap_or(witnesses.len());
    if quorum > witnesses.len() {
        return Err(usage(format!("a quorum of {quorum} needs at least {quorum} --witness-key")));
    }
    Ok((witnesses, quorum))
}

/// Check a bundle: each entry is the event at its own position, and the entries
/// give every signed checkpoint's root. With witness keys, the newest
/// checkpoint a quorum of them cosigned is named; none is a failure.
pub fn verify_bundle(file: &Path, witness_keys: &[String], quorum: Option<usize>) -> ExitCode {
    let (witnesses, quorum) = match witnesses_and_quorum(witness_keys, quorum) {
        Ok(given) => given,
        Err(code) => return code,
    };
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => return usage(format!("cannot read {}: {e}", file.display())),
    };
    let bundle: Bundle = match serde_json::from_str(&text) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("FAIL: {} is not a ledger bundle: {e}", file.display());
            return ExitCode::from(1);
        }
    };
    let fail = |index: Option<u64>, reason: String| {
        match index {
            Some(i) => eprintln!("FAIL: first bad index {i}: {reason}"),
            None => eprintln!("FAIL: {reason}"),
        }
        ExitCode::from(1)
    };
    let entries = match bundle.entry_bytes() {
        Ok(e) => e,
        Err(e) => return fail(e.first_bad_index(), e.to_string()),
    };
    for (i, bytes) in entries.iter().enumerate() {
        match jirga_core::EventRecord::decode(bytes) {
            Ok(record) if record.seq == i as u64 => {}
            Ok(record) => {
                return fail(Some(i as u64), format!("the entry is event {} (deleted, inserted or reordered entries)", record.seq));
            }
            Err(e) => return fail(Some(i as u64), format!("the entry is not an event: {e}")),
        }
    }
    match bundle.verify() {
        Ok(report) if witnesses.is_empty() => {
            println!("OK: {} entries, {} signed checkpoints verify with key {}", report.entries, report.checkpoints, bundle.public_key);
            ExitCode::SUCCESS
        }
        Ok(report) => {
            let witnessed = bundle
                .checkpoints
                .iter()
                .filter_map(|note| jirga_ledger::witnessed::verify_witnessed(note, &bundle.public_key, &witnesses, quorum).ok())
                .max_by_key(|w| w.checkpoint.size);
            match witnessed {
                Some(w) => {
                    println!(
                        "OK: {} entries, {} signed checkpoints verify with key {}; witnessed up to size {} by {} of {} witness(es) (quorum {quorum}){}",
                        report.entries,
                        report.checkpoints,
                        bundle.public_key,
                        w.checkpoint.size,
                        w.cosigned.len(),
                        witnesses.len(),
                        if w.checkpoint.size < report.entries {
                            format!("; entries from {} on rest on the log's signature alone", w.checkpoint.size)
                        } else {
                            String::new()
                        }
                    );
                    ExitCode::SUCCESS
                }
                None => fail(None, format!("no checkpoint in the bundle carries {quorum} valid witness cosignature(s)")),
            }
        }
        Err(e) => fail(e.first_bad_index(), e.to_string()),
    }
}

fn key(data_dir: &Path) -> Result<String> {
    let key = jirga_service::open::load_or_create_key(data_dir, crate::config::current().ledger_origin())
        .context("cannot read the ledger key")?;
    Ok(key.public_key().to_owned())
}

pub fn print_key(data_dir: &Path) -> Result<()> {
    println!("{}", key(data_dir)?);
    Ok(())
}

pub fn export(data_dir: &Path, output: Option<&Path>) -> Result<()> {
    let public_key = key(data_dir)?;
    let mut store = jirga_store_sqlite::SqliteStore::open(data_dir)?;
    let mut entries = Vec::new();
    let mut from = 0;
    loop {
        let page = store.events(from, 10_000)?;
        let Some(last) = page.last() else { break };
        from = last.seq + 1;
        entries.extend(page.iter().map(|e| STANDARD.encode(&e.bytes)));
    }
    let mut checkpoints = Vec::new();
    let mut from = 0;
    loop {
        let page = store.checkpoints(from, 10_000)?;
        let Some(last) = page.last() else { break };
        from = last.size + 1;
        checkpoints.extend(page.into_iter().map(|c| (c.size, c.note)));
    }
    // Each checkpoint with the witnesses' cosignatures kept for it, if any.
    let received = match jirga_witness::received::Received::open_existing(data_dir)? {
        Some(r) => r.all()?,
        None => vec![],
    };
    let checkpoints: Vec<String> =
        checkpoints.into_iter().map(|(size, note)| jirga_witness::received::with_cosignatures(&note, size, &received)).collect();
    let origin = public_key.split('+').next().unwrap_or_default().to_owned();
    let bundle = Bundle { format: FORMAT.into(), origin, public_key, entries, checkpoints };
    let json = serde_json::to_string(&bundle)?;
    match output {
        Some(path) => std::fs::write(path, json).with_context(|| format!("cannot write {}", path.display()))?,
        None => println!("{json}"),
    }
    Ok(())
}

pub fn verify(data_dir: &Path) -> Result<ExitCode> {
    let public_key = key(data_dir)?;
    let mut store = jirga_store_sqlite::SqliteStore::open(data_dir)?;
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} events ({per_sec})")
            .expect("valid template")
            .progress_chars("=> "),
    );
    bar.set_message("reading events");
    let started = std::time::Instant::now();
    let result = verify_store(&mut store, &public_key, &mut |done, total| {
        bar.set_length(total);
        bar.set_position(done);
    });
    bar.finish_and_clear();
    match result {
        Ok(report) => {
            let secs = started.elapsed().as_secs_f64();
            println!(
                "OK: {} events and {} signed checkpoints verify ({:.0} events/s)",
                report.events,
                report.checkpoints,
                report.events as f64 / secs.max(1e-9)
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(VerifyError::Fault(fault)) => {
            eprintln!("FAIL: {fault}");
            Ok(ExitCode::from(1))
        }
        Err(e) => Err(e.into()),
    }
}

/// Read a note from a file, or from standard input for "-".
fn read_note(path: &Path) -> std::io::Result<String> {
    if path.as_os_str() == "-" {
        return std::io::read_to_string(std::io::stdin());
    }
    std::fs::read_to_string(path)
}

/// `jirga audit verify-checkpoint`: the log's signature and a quorum of cosignatures.
pub fn verify_witnessed_checkpoint(note: &Path, log_key: &str, witness_keys: &[String], quorum: Option<usize>) -> ExitCode {
    let text = match read_note(note) {
        Ok(t) => t,
        Err(e) => return usage(format!("cannot read {}: {e}", note.display())),
    };
    let (witnesses, quorum) = match witnesses_and_quorum(witness_keys, quorum) {
        Ok(given) => given,
        Err(code) => return code,
    };
    match jirga_ledger::witnessed::verify_witnessed(&text, log_key, &witnesses, quorum) {
        Ok(w) => {
            let names: Vec<String> = w.cosigned.iter().map(|c| format!("{} (at {})", c.witness, c.timestamp)).collect();
            println!(
                "OK: {} at size {} (root {}), signed by the log and cosigned by {} of {} witness(es) (quorum {quorum}){}{}",
                w.checkpoint.origin,
                w.checkpoint.size,
                jirga_ledger::tree::b64(&w.checkpoint.root),
                w.cosigned.len(),
                witnesses.len(),
                if names.is_empty() { "" } else { ": " },
                names.join(", ")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("FAIL: {e}");
            ExitCode::from(1)
        }
    }
}

/// `jirga audit compare`: signed checkpoints of one log that cannot all be true.
pub fn compare(paths: &[std::path::PathBuf], log_key: &str, proof: Option<&str>) -> ExitCode {
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for path in paths {
        if path.is_dir() {
            let Ok(entries) = std::fs::read_dir(path) else { return usage(format!("cannot read {}", path.display())) };
            let mut inside: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect();
            inside.sort();
            files.extend(inside);
        } else {
            files.push(path.clone());
        }
    }
    if files.len() < 2 {
        return usage("give two checkpoint files, or a directory holding at least two".into());
    }
    let proof = match proof.map(jirga_ledger::tree::parse_proof).transpose() {
        Ok(p) => p,
        Err(e) => return usage(format!("--proof: {e}")),
    };
    if proof.is_some() && files.len() != 2 {
        return usage("--proof compares exactly two checkpoints".into());
    }
    let mut checkpoints = Vec::new();
    for file in &files {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => return usage(format!("cannot read {}: {e}", file.display())),
        };
        match jirga_ledger::checkpoint::verify_checkpoint(&text, log_key) {
            Ok(c) => checkpoints.push((file, text, c)),
            // Only what the log signed can be evidence against it.
            Err(e) => eprintln!("skipped {}: {e}", file.display()),
        }
    }
    let mut undecided = 0;
    for (i, (file_a, note_a, a)) in checkpoints.iter().enumerate() {
        for (file_b, note_b, b) in &checkpoints[i + 1..] {
            match jirga_ledger::witnessed::compare(a, b, proof.as_deref()) {
                jirga_ledger::witnessed::Comparison::SplitView { reason } => {
                    println!("SPLIT VIEW of {}: {reason}", a.origin);
                    println!("--- {}\n{note_a}--- {}\n{note_b}", file_a.display(), file_b.display());
                    return ExitCode::from(1);
                }
                jirga_ledger::witnessed::Comparison::Undecided => undecided += 1,
                jirga_ledger::witnessed::Comparison::Consistent => {}
            }
        }
    }
    println!(
        "OK: no split view among {} signed checkpoints{}",
        checkpoints.len(),
        if undecided > 0 {
            format!(" ({undecided} pair(s) of different sizes not checked: give --proof, or witness cosignatures)")
        } else {
            String::new()
        }
    );
    ExitCode::SUCCESS
}
