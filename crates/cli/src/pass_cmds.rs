//! `jirga pass verify`: check a pass (or any HCERT document) offline — no server,
//! no network. Exit 0 valid, 1 invalid, 2 usage error.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use base64::Engine as _;
use jirga_hcert::lists::{RevocationList, Revocations, TrustList};
use jirga_hcert::{Failure, TrustedKey};
use serde_json::{json, Value};

#[derive(clap::Args)]
pub struct VerifyArgs {
    /// The document's text (`JP1:…` or `HC1:…`); read from standard input when
    /// neither this nor --image is given.
    pub text: Option<String>,
    /// A PNG image holding the QR code.
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
            match jirga_hcert::qr::decode_png(&bytes) {
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
    for list in &lists {
        keys.extend(list.trusted_keys().expect("checked when opened"));
    }
    let revoked = match open_lists(&args.revocations, "--revocations", RevocationList::open) {
        Ok(lists) => lists,
        Err(message) => return usage(&message),
    };
    let at = match &args.at {
        None => jiff::Timestamp::now(),
        Some(at) => match at.parse::<jiff::Timestamp>() {
            Ok(t) => t,
            Err(e) => return usage(&format!("--at {at}: not an RFC 3339 instant: {e}")),
        },
    };
    let report = check(text.trim(), &Trust { keys, lists, revoked }, at.as_second());
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report).expect("JSON"));
    } else {
        print_text(&report);
    }
    if report["valid"] == Value::Bool(true) { ExitCode::SUCCESS } else { ExitCode::FAILURE }
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

/// What the verifier trusts: keys (from certificates and trust lists), the trust
/// lists' entries (authority, purposes), revocations.
struct Trust {
    keys: Vec<TrustedKey>,
    lists: Vec<TrustList>,
    revoked: Vec<Revocations>,
}

/// The document's id, for revocation: a pass's `id`, an EU DCC's certificate id.
fn document_id(claims: &Value) -> Option<String> {
    if let Some(id) = claims["id"].as_str() {
        return Some(id.to_owned());
    }
    ["v", "t", "r"].iter().find_map(|k| claims[k][0]["ci"].as_str().map(str::to_owned))
}

/// The verdict as the `--json` object.
fn check(text: &str, trust: &Trust, now: i64) -> Value {
    let keys = &trust.keys;
    let failed = |failure: Failure, doc: Option<&jirga_hcert::Document>| {
        let mut out = describe(doc);
        out["valid"] = json!(false);
        out["failure"] = json!(failure.as_str());
        out
    };
    let doc = match jirga_hcert::decode(text) {
        Ok(doc) => doc,
        Err(failure) => return failed(failure, None),
    };
    let key = match doc.verify(keys) {
        Ok(key) => key,
        Err(failure) => return failed(failure, Some(&doc)),
    };
    // A key from a trust list: only within its window and for its purposes.
    let claims = doc.claims.hcert.as_ref().map(jirga_hcert::json::cbor_to_json).unwrap_or(Value::Null);
    if let Some(entry) = trust.lists.iter().find_map(|l| l.entry_for(&key.kid)) {
        if doc.claims.issued_at.is_some_and(|iat| iat < entry.valid_from || iat > entry.valid_until) {
            return failed(Failure::UnknownKey, Some(&doc));
        }
        if let Some(purpose) = claims["purpose"].as_str()
            && !entry.purposes.iter().any(|p| p == purpose)
        {
            return failed(Failure::Purpose, Some(&doc));
        }
    }
    if let Some(id) = document_id(&claims)
        && trust.revoked.iter().any(|r| r.is_revoked(&key.kid, &id))
    {
        return failed(Failure::Revoked, Some(&doc));
    }
    if let Err(failure) = doc.check_time(now) {
        return failed(failure, Some(&doc));
    }
    let mut out = describe(Some(&doc));
    out["valid"] = json!(true);
    out["failure"] = Value::Null;
    out
}

fn describe(doc: Option<&jirga_hcert::Document>) -> Value {
    let Some(doc) = doc else {
        return json!({"kind": "unknown", "kid": null, "alg": null, "iat": null, "exp": null, "claims": null});
    };
    let kind = match (doc.prefix, &doc.claims.hcert) {
        (jirga_hcert::JIRGA_PREFIX, Some(_)) => "jirga-pass",
        (_, Some(_)) => "hcert",
        _ => "unknown",
    };
    json!({
        "kind": kind,
        "kid": base64::engine::general_purpose::STANDARD.encode(doc.kid()),
        "alg": doc.alg(),
        "iss": doc.claims.issuer,
        "iat": doc.claims.issued_at,
        "exp": doc.claims.expires_at,
        "claims": doc.claims.hcert.as_ref().map(jirga_hcert::json::cbor_to_json),
    })
}

fn print_text(report: &Value) {
    let when = |v: &Value| v.as_i64().and_then(|s| jiff::Timestamp::from_second(s).ok()).map_or("—".to_owned(), |t| t.to_string());
    if report["valid"] == Value::Bool(true) {
        println!("VALID {} signed by kid {} ({})", report["kind"].as_str().unwrap_or(""), report["kid"].as_str().unwrap_or(""), report["alg"].as_str().unwrap_or(""));
    } else {
        println!("INVALID: {}", report["failure"].as_str().unwrap_or(""));
    }
    println!("issued {} · expires {} · issuer {}", when(&report["iat"]), when(&report["exp"]), report["iss"].as_str().unwrap_or("—"));
    if !report["claims"].is_null() {
        println!("{}", serde_json::to_string_pretty(&report["claims"]).expect("JSON"));
    }
}
