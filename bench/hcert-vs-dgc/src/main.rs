//! Side by side on the same EU DCC test vectors, same run, one core: full
//! verifications per second (text → verdict, keys already loaded) by jirga-hcert
//! and by the `dgc` crate. Only vectors both accept are timed.

use std::path::{Path, PathBuf};
use std::time::Instant;

use base64::Engine as _;

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

struct Case {
    text: String,
    alg: String,
    ours: Vec<jirga_hcert::TrustedKey>,
    theirs: dgc::TrustList,
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "../../../shared/vectors/hcert".into());
    let rounds: usize = std::env::args().nth(2).and_then(|r| r.parse().ok()).unwrap_or(20);
    let mut paths = Vec::new();
    files(Path::new(&dir), &mut paths);
    paths.sort();
    let mut cases = Vec::new();
    for path in &paths {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(path).unwrap()) else { continue };
        let (Some(text), Some(cert)) = (v["PREFIX"].as_str(), v["TESTCTX"]["CERTIFICATE"].as_str()) else { continue };
        let Ok(der) = base64::engine::general_purpose::STANDARD.decode(cert.trim()) else { continue };
        let Ok(key) = jirga_hcert::TrustedKey::from_certificate_der(&der) else { continue };
        let Ok(doc) = jirga_hcert::decode(text) else { continue };
        let ours = vec![key];
        if doc.verify(&ours).is_err() {
            continue;
        }
        let mut theirs = dgc::TrustList::default();
        if theirs.add_key_from_certificate(cert.trim()).is_err() {
            continue;
        }
        match dgc::validate(text, &theirs) {
            Ok((_, validity)) if validity.is_valid() => {}
            _ => continue,
        }
        cases.push(Case { text: text.to_owned(), alg: doc.alg().unwrap_or_default(), ours, theirs });
    }
    for alg in ["ES256", "PS256"] {
        let set: Vec<&Case> = cases.iter().filter(|c| c.alg == alg).collect();
        if set.is_empty() {
            continue;
        }
        let n = set.len() * rounds;
        let start = Instant::now();
        for _ in 0..rounds {
            for c in &set {
                let doc = jirga_hcert::decode(&c.text).expect("decodes");
                assert!(doc.verify(&c.ours).is_ok());
                std::hint::black_box(&doc);
            }
        }
        let ours = n as f64 / start.elapsed().as_secs_f64();
        let start = Instant::now();
        for _ in 0..rounds {
            for c in &set {
                let (container, validity) = dgc::validate(&c.text, &c.theirs).expect("decodes");
                assert!(validity.is_valid());
                std::hint::black_box(&container);
            }
        }
        let theirs = n as f64 / start.elapsed().as_secs_f64();
        println!("{alg}: {} vectors × {rounds}: jirga-hcert {ours:.0}/s, dgc {theirs:.0}/s, ratio {:.2}", set.len(), ours / theirs);
    }
}
