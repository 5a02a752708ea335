//! Agreements both sides sign, from the command line: a representative's key
//! (`jirga cosign-key`), a signature made offline with it (`jirga cosign`: the
//! counterpart never hands its key to the province's server), the agreement
//! document (`jirga agreement export`) and its offline check (`jirga audit
//! verify-agreement`: exit 0 it holds, 1 it does not, 2 usage error).

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use jirga_service::agreement::{AgreementDocument, document, verify};

/// Make a key for `name`; the secret goes to `output` (0600), the verifier key to stdout.
pub fn keygen(name: &str, output: &Path) -> Result<()> {
    if !signed_note::is_key_name_valid(name) {
        bail!("--name {name}: a key name has no spaces or '+'");
    }
    if output.exists() {
        bail!("{} exists: a key is never overwritten", output.display());
    }
    let (skey, vkey) = signed_note::generate_key(&mut rand_core::OsRng, name);
    jirga_store::private::private_database_file(output)?;
    std::fs::write(output, format!("{skey}\n")).with_context(|| format!("cannot write {}", output.display()))?;
    eprintln!("The secret key is in {} (keep it; never send it). The verifier key to register:", output.display());
    println!("{vkey}");
    Ok(())
}

/// The directory of a data directory holding its representatives' agreement keys.
pub fn held_keys_dir(data_dir: &Path) -> std::path::PathBuf {
    data_dir.join("agreement-keys")
}

/// Make a key for `name` held in `data_dir` for `person` (who signs with it on the page).
pub fn keygen_held(name: &str, person: &str, data_dir: &Path) -> Result<()> {
    let person: jirga_core::ids::PersonId = person.parse().with_context(|| format!("--held-for {person}"))?;
    let dir = held_keys_dir(data_dir);
    jirga_store::private::create_private_dir(&dir)?;
    keygen(name, &dir.join(format!("{person}.key")))
}

/// The agreement text in `file` (a document's note, or the text itself).
fn agreement_text(file: &Path) -> Result<String> {
    let content = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let note = match serde_json::from_str::<AgreementDocument>(&content) {
        Ok(doc) => doc.note,
        Err(_) => content,
    };
    let text = note.split_once("\n\n").map_or(note.clone(), |(t, _)| format!("{t}\n"));
    if !text.starts_with(jirga_core::agreement::HEADER) {
        bail!("{} holds no agreement text (it starts with \"{}\")", file.display(), jirga_core::agreement::HEADER);
    }
    Ok(text)
}

/// Sign the agreement in `file` with the secret key in `key`; prints the signature line.
pub fn cosign(file: &Path, key: &Path) -> Result<()> {
    let text = agreement_text(file)?;
    let skey = std::fs::read_to_string(key).with_context(|| format!("cannot read {}", key.display()))?;
    let signer = signed_note::StandardSigner::new(skey.trim()).map_err(|e| anyhow::anyhow!("{}: not a signing key: {e}", key.display()))?;
    let mut note = signed_note::Note::new(text.as_bytes(), &[]).map_err(|e| anyhow::anyhow!("the agreement text is not a note: {e}"))?;
    note.add_sigs(&[&signer]).map_err(|e| anyhow::anyhow!("cannot sign: {e}"))?;
    let signed = String::from_utf8(note.to_bytes())?;
    let line = signed.split_once("\n\n").map(|(_, l)| l.trim_end()).unwrap_or_default();
    eprintln!("Signed the agreement on {}; record this line (cosign_agreement):", text.lines().nth(1).unwrap_or_default());
    println!("{line}");
    Ok(())
}

/// Write the agreement document of a commitment, or of a meeting's outcome.
pub fn export(data_dir: &Path, subject: jirga_core::agreement::Subject, output: Option<&Path>) -> Result<()> {
    let engine = crate::commands::open_to_read(data_dir)?;
    let doc = document(&engine, &subject).map_err(anyhow::Error::msg)?;
    let json = serde_json::to_string_pretty(&doc)?;
    match output {
        Some(path) => std::fs::write(path, json).with_context(|| format!("cannot write {}", path.display()))?,
        None => println!("{json}"),
    }
    Ok(())
}

/// `jirga audit verify-agreement`.
pub fn verify_agreement(file: &Path, keys: &[String], log_key: Option<&str>) -> ExitCode {
    let doc = match std::fs::read_to_string(file).map(|t| serde_json::from_str::<AgreementDocument>(&t)) {
        Ok(Ok(doc)) => doc,
        Ok(Err(e)) => {
            eprintln!("FAIL: {} is not an agreement document: {e}", file.display());
            return ExitCode::from(1);
        }
        Err(e) => {
            eprintln!("usage error: cannot read {}: {e}", file.display());
            return ExitCode::from(2);
        }
    };
    if let Some(bad) = keys.iter().find(|k| !jirga_core::agreement::is_verifier_key(k)) {
        eprintln!("usage error: --key {bad}: not a signed-note Ed25519 verifier key");
        return ExitCode::from(2);
    }
    let checks = verify(&doc, keys, log_key);
    for c in &checks {
        println!("{} {}", if c.ok { "ok  " } else { "FAIL" }, c.what);
    }
    if checks.iter().all(|c| c.ok) {
        println!("OK: the agreement on {} holds", doc.subject);
        ExitCode::SUCCESS
    } else {
        eprintln!("FAIL: the agreement on {} does not hold (see above)", doc.subject);
        ExitCode::from(1)
    }
}
