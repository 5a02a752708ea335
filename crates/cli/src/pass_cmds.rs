//! `jirga pass …`: verify a pass (or any HCERT document) offline — no server, no
//! network; issue passes from JSON; the authority's keys (rotation), its signed
//! trust and revocation lists, importing the counterpart's; erasing holders'
//! data when its retention ends.
//!
//! `verify` exits 0 valid, 1 invalid, 2 usage error; the others 0 or 1.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use base64::Engine as _;
use jirga_hcert::TrustedKey;
use jirga_hcert::lists::{RevocationList, TrustList};
use jirga_passes::keyring::Keyring;
use jirga_passes::trust::BorderTrust;
use jirga_passes::verify::Verdict;
use jirga_service::passes::PassOffice;
use serde_json::Value;

#[derive(clap::Args)]
pub struct VerifyArgs {
    /// The document's text (`JP1:…` or `HC1:…`); read from standard input when
    /// neither this nor --image is given.
    pub text: Option<String>,
    /// A PNG or JPEG image holding the QR code (a photo of the card).
    #[arg(long)]
    pub image: Option<PathBuf>,
    /// A signer's X.509 certificate, base64 DER (repeat for several).
    #[arg(long = "certificate")]
    pub certificates: Vec<String>,
    /// A signed trust list (repeat: ours and the counterpart's).
    #[arg(long = "trust")]
    pub trust: Vec<PathBuf>,
    /// A signed revocation list (repeat for several).
    #[arg(long = "revocations")]
    pub revocations: Vec<PathBuf>,
    /// The instant to validate at (RFC 3339); default now.
    #[arg(long)]
    pub at: Option<String>,
    /// Also trust what this data directory trusts: its authority's keys, the
    /// lists imported into it, the revocations on its record.
    #[arg(long = "data-dir")]
    pub data_dir: Option<PathBuf>,
    /// The crossing point the pass is presented at (its code, e.g. `torkham`).
    #[arg(long = "crossing-point")]
    pub crossing_point: Option<String>,
    /// Print a JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

fn usage(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}

pub fn verify(args: VerifyArgs) -> ExitCode {
    let text = match (&args.text, &args.image) {
        (Some(_), Some(_)) => return usage("give the text or --image, not both"),
        (Some(text), None) => text.clone(),
        (None, Some(path)) => {
            let bytes = match std::fs::read(path) {
                Ok(b) => b,
                Err(e) => return usage(&format!("cannot read {}: {e}", path.display())),
            };
            match jirga_hcert::qr::decode_image(&bytes) {
                Ok(text) => text,
                Err(e) => return usage(&format!("{}: {e}", path.display())),
            }
        }
        (None, None) => {
            let mut input = String::new();
            if std::io::stdin().read_to_string(&mut input).is_err() || input.trim().is_empty() {
                return usage("give the document as an argument, on standard input, or with --image");
            }
            input
        }
    };
    let at = match &args.at {
        None => jiff::Timestamp::now(),
        Some(at) => match at.parse::<jiff::Timestamp>() {
            Ok(t) => t,
            Err(e) => return usage(&format!("--at {at}: not an RFC 3339 instant: {e}")),
        },
    };
    let mut trust = match &args.data_dir {
        None => BorderTrust::default(),
        Some(dir) => match data_dir_trust(dir, at.as_second()) {
            Ok(trust) => trust,
            Err(e) => return usage(&format!("--data-dir {}: {e:#}", dir.display())),
        },
    };
    let mut keys = Vec::new();
    for (i, cert) in args.certificates.iter().enumerate() {
        let der = match base64::engine::general_purpose::STANDARD.decode(cert.trim()) {
            Ok(der) => der,
            Err(e) => return usage(&format!("--certificate #{}: not base64: {e}", i + 1)),
        };
        match TrustedKey::from_certificate_der(&der) {
            Ok(key) => keys.push(key),
            Err(e) => return usage(&format!("--certificate #{}: {e}", i + 1)),
        }
    }
    let lists = match open_lists(&args.trust, "--trust", TrustList::open) {
        Ok(lists) => lists,
        Err(message) => return usage(&message),
    };
    for list in lists {
        trust.add_list(list).expect("checked when opened");
    }
    trust.keys.extend(keys);
    match open_lists(&args.revocations, "--revocations", RevocationList::open) {
        Ok(lists) => trust.revoked.extend(lists),
        Err(message) => return usage(&message),
    };
    let verdict = jirga_passes::verify::verify(&text, &trust, at.as_second(), args.crossing_point.as_deref());
    if args.json {
        println!("{}", serde_json::to_string_pretty(&verdict).expect("JSON"));
    } else {
        print_text(&verdict);
    }
    if verdict.is_valid() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

/// What a data directory's border post trusts (its record for revocations).
fn data_dir_trust(dir: &std::path::Path, now: i64) -> Result<BorderTrust> {
    let keyring = Keyring::open(dir).ok();
    let engine = crate::commands::open(dir)?;
    let trust = engine.read(|state| BorderTrust::load(dir, keyring.as_ref(), state, now));
    engine.shutdown();
    Ok(trust?)
}

/// Read and check every signed list given with `flag`; the message names the file.
fn open_lists<T>(
    paths: &[PathBuf],
    flag: &str,
    open: impl Fn(&str) -> Result<(T, Vec<u8>), jirga_hcert::lists::ListError>,
) -> Result<Vec<T>, String> {
    paths
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).map_err(|e| format!("{flag} {}: {e}", path.display()))?;
            open(&text).map(|(list, _signer)| list).map_err(|e| format!("{flag} {}: {e}", path.display()))
        })
        .collect()
}

fn print_text(v: &Verdict) {
    let when = |t: Option<i64>| t.and_then(|s| jiff::Timestamp::from_second(s).ok()).map_or("—".to_owned(), |t| t.to_string());
    match v.outcome {
        Ok(()) => println!("VALID {} signed by kid {} ({})", v.kind, v.kid.as_deref().unwrap_or(""), v.alg.as_deref().unwrap_or("")),
        Err(failure) => println!("INVALID: {failure}"),
    }
    println!("issued {} · expires {} · issuer {}", when(v.iat), when(v.exp), v.iss.as_deref().unwrap_or("—"));
    if let Some(claims) = &v.claims {
        println!("{}", serde_json::to_string_pretty(claims).expect("JSON"));
    }
}

/// `jirga pass issue FILE --user NAME`: issue a pass from a JSON application.
pub async fn issue(
    data_dir: &std::path::Path,
    file: &std::path::Path,
    user: &str,
    photo: Option<&std::path::Path>,
    qr_png: Option<&std::path::Path>,
    json: bool,
) -> Result<()> {
    let principal = crate::commands::acting_user(data_dir, user)?;
    let text = if file == std::path::Path::new("-") {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        s
    } else {
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?
    };
    let value: Value = serde_json::from_str(&text).with_context(|| format!("{}: not JSON", file.display()))?;
    let refused = |e: jirga_service::refusal::Refusal| anyhow::anyhow!("{} ({})", e.message, e.code);
    let application = jirga_service::passes::parse_application(value).map_err(refused)?;
    let photo = match photo {
        Some(path) => {
            let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            Some(jirga_service::passes::holder_photo(&bytes, "photo").map_err(|e| anyhow::anyhow!("{}: {}", path.display(), refused(e)))?)
        }
        None => None,
    };
    let engine = crate::commands::open(data_dir)?;
    let office = PassOffice::open(data_dir, &crate::config::current().pass_authority()).map_err(refused)?;
    let outcome = office.issue(&engine, &principal, &application, photo.as_ref()).await;
    let (done, document) = match outcome {
        Ok(issued) => issued,
        Err(e) => {
            engine.shutdown();
            return Err(refused(e));
        }
    };
    let pass = done.created.first().cloned().unwrap_or_default();
    let pass_id: Option<jirga_core::ids::PassId> = done.created_first();
    let document_id = engine.read(|s| pass_id.and_then(|id| s.passes.get(&id)).map(|p| p.document_id.to_string())).unwrap_or_default();
    engine.shutdown();
    if let Some(path) = qr_png {
        let png = jirga_hcert::qr::encode_png(&document, 8)?;
        std::fs::write(path, png).with_context(|| format!("cannot write {}", path.display()))?;
    }
    if json {
        println!("{}", serde_json::json!({"pass": pass, "seq": done.seq, "document_id": document_id, "document": document}));
    } else {
        println!("pass {pass} ({document_id}) issued at #{}", done.seq);
        println!("{document}");
    }
    Ok(())
}

#[derive(clap::Subcommand)]
pub enum KeysCommand {
    /// Set up this data directory's issuing authority and its first key.
    Init {
        #[command(flatten)]
        data: crate::DataDir,
        #[arg(long)]
        authority: String,
    },
    /// Retire the current signing key and make a new one (old passes stay valid).
    Rotate {
        #[command(flatten)]
        data: crate::DataDir,
    },
    /// List the pass keys with their issuing windows.
    List {
        #[command(flatten)]
        data: crate::DataDir,
    },
}

pub fn keys(command: KeysCommand) -> Result<()> {
    let now = jiff::Timestamp::now().as_second();
    let b64 = |k: &[u8]| base64::engine::general_purpose::STANDARD.encode(k);
    match command {
        KeysCommand::Init { data, authority } => {
            let keyring = Keyring::init(&data.path, &authority, now)?;
            println!("authority {authority}: key {} created", b64(keyring.current().kid()));
            println!("list signer (give this to the counterpart to check your lists): {}", b64(keyring.list_key().kid()));
        }
        KeysCommand::Rotate { data } => {
            let mut keyring = Keyring::open(&data.path)?;
            let kid = keyring.rotate(now)?;
            println!("new signing key {}; earlier keys retired (they verify the passes they signed)", b64(&kid));
        }
        KeysCommand::List { data } => {
            let keyring = Keyring::open(&data.path)?;
            println!("authority {} · list signer {}", keyring.authority(), b64(keyring.list_key().kid()));
            for key in keyring.keys() {
                let at = |s: i64| jiff::Timestamp::from_second(s).map(|t| t.to_string()).unwrap_or_default();
                println!(
                    "  {}  from {}  {}",
                    b64(&key.kid),
                    at(key.created_at),
                    key.retired_at.map_or("current".to_owned(), |r| format!("retired {}", at(r)))
                );
            }
        }
    }
    Ok(())
}

fn write_out(text: &str, output: Option<&std::path::Path>) -> Result<()> {
    match output {
        Some(path) => std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display())),
        None => {
            println!("{text}");
            Ok(())
        }
    }
}

/// `jirga pass trust export`: this authority's signed trust list.
pub fn export_trust(data_dir: &std::path::Path, output: Option<&std::path::Path>) -> Result<()> {
    let now = jiff::Timestamp::now().as_second();
    let keyring = Keyring::load_or_create(data_dir, &crate::config::current().pass_authority(), now)?;
    let list = jirga_passes::trust::own_trust_list(&keyring, now);
    write_out(&list.sign(keyring.list_key()), output)
}

/// `jirga pass revocations export`: this authority's signed revocation list.
pub fn export_revocations(data_dir: &std::path::Path, output: Option<&std::path::Path>) -> Result<()> {
    let now = jiff::Timestamp::now().as_second();
    let keyring = Keyring::load_or_create(data_dir, &crate::config::current().pass_authority(), now)?;
    let engine = crate::commands::open(data_dir)?;
    let list = engine.read(|s| jirga_passes::trust::own_revocation_list(&keyring, s, now));
    engine.shutdown();
    write_out(&list.sign(keyring.list_key()), output)
}

/// `jirga pass import FILE --signer KID`: a counterpart's signed trust or revocation list.
pub fn import(data_dir: &std::path::Path, file: &std::path::Path, signer: &str) -> Result<()> {
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let (issuer, entries, kind) =
        jirga_passes::trust::import(data_dir, &text, signer).with_context(|| format!("{} was not imported", file.display()))?;
    let what = if kind == jirga_passes::trust::TRUST_DIR { "trust list" } else { "revocation list" };
    println!("imported the {what} of {issuer} ({entries} entries), signed by {signer}");
    Ok(())
}

/// `jirga pass erase --retention-days N --user NAME`: erase the holders' data of
/// passes that expired or were revoked more than N days ago.
pub async fn erase(data_dir: &std::path::Path, retention_days: u32, user: &str) -> Result<()> {
    let principal = crate::commands::acting_user(data_dir, user)?;
    let today = jiff::Zoned::now().date();
    let cutoff = today.checked_sub(jiff::Span::new().days(i64::from(retention_days)))?;
    let engine = crate::commands::open(data_dir)?;
    let due: Vec<String> = engine.read(|s| {
        s.passes
            .values()
            .filter(|p| !p.holder_erased)
            .filter(|p| p.valid_until < cutoff || p.revocation.as_ref().is_some_and(|r| r.revoked_on <= cutoff))
            .map(|p| p.id.to_string())
            .collect()
    });
    if due.is_empty() {
        engine.shutdown();
        println!("no holder's data is past its retention of {retention_days} days");
        return Ok(());
    }
    let command = serde_json::json!({"type": "erase_pass_holders", "passes": due, "erased_on": today,
        "reason": format!("Retention of {retention_days} days after expiry or revocation ended.")});
    let command =
        jirga_service::parse::parse_command(command.to_string().as_bytes()).map_err(|e| anyhow::anyhow!("{} ({})", e.message, e.code))?;
    let outcome = engine.execute(&principal, command).await;
    engine.shutdown();
    let done = outcome.map_err(|e| anyhow::anyhow!("{}", crate::commands::describe(&e)))?;
    println!("erased the holders' data of {} pass(es) at #{}: {}", due.len(), done.seq, due.join(", "));
    Ok(())
}

/// The demo's passes: issued by its pass officer, one crossing recorded by its
/// border officer, through the same functions as the pages and the API.
pub async fn seed_demo_passes(engine: &jirga_engine::Engine, accounts: &jirga_auth::Accounts, office: &PassOffice) -> Result<()> {
    let refused = |e: jirga_service::refusal::Refusal| anyhow::anyhow!("{} ({})", e.message, e.code);
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date();
    let officer = accounts.principal(jirga_auth::demo::issuer_of("issue_pass"))?;
    let mut documents = Vec::new();
    // Each holder's "photo" a drawn figure on its own colour (no real face ships with the demo).
    let backgrounds = [[214, 226, 240], [232, 222, 206], [214, 236, 220], [238, 218, 226]];
    for (application, background) in jirga_core::demo::pass_applications(today).into_iter().zip(backgrounds.into_iter().cycle()) {
        let photo = jirga_service::passes::holder_photo(&jirga_passes::photo::drawn_portrait(background), "photo").map_err(refused)?;
        documents.push(office.issue(engine, &officer, &application, Some(&photo)).await.map_err(refused)?.1);
    }
    // The medical pass's holder enters at Torkham.
    let border = accounts.principal(jirga_auth::demo::issuer_of("record_crossing"))?;
    let torkham = jirga_core::pass::PointCode::parse("torkham").map_err(anyhow::Error::msg)?;
    let verdict = office.verify(engine, &documents[0], Some(&torkham)).map_err(refused)?;
    let crossing = jirga_service::passes::crossing_command(&verdict, &torkham, jirga_core::model::Direction::Entry, jiff::Timestamp::now())
        .map_err(refused)?;
    engine.execute_crossing(&border, crossing).await.map_err(|e| anyhow::anyhow!("{}", crate::commands::describe(&e)))?;
    Ok(())
}
