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
    /// The signed bytes (COSE Sig_structure), the signature and the signer's
    /// public key (SubjectPublicKeyInfo bits), for the bare checks.
    tbs: Vec<u8>,
    signature: Vec<u8>,
    public_key: Vec<u8>,
}

fn public_key_of(der: &[u8]) -> Vec<u8> {
    use x509_cert::der::Decode;
    let cert = x509_cert::Certificate::from_der(der).expect("a certificate");
    cert.tbs_certificate.subject_public_key_info.subject_public_key.raw_bytes().to_vec()
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
        let (tbs, signature) = (doc.cose.tbs_data(b""), doc.cose.signature.clone());
        cases.push(Case { text: text.to_owned(), alg: doc.alg().unwrap_or_default(), ours, theirs, tbs, signature, public_key: public_key_of(&der) });
    }
    // The machine's speed drifts within a run: the measurements alternate,
    // `REPEATS` times, and each figure is the median of its repeats.
    const REPEATS: usize = 5;
    let median = |mut xs: Vec<f64>| {
        xs.sort_by(f64::total_cmp);
        xs[xs.len() / 2]
    };
    for alg in ["ES256", "PS256"] {
        let set: Vec<&Case> = cases.iter().filter(|c| c.alg == alg).collect();
        if set.is_empty() {
            continue;
        }
        let n = set.len() * rounds;
        let timed = |f: &mut dyn FnMut(&Case)| {
            let start = Instant::now();
            for _ in 0..rounds {
                for c in &set {
                    f(c);
                }
            }
            n as f64 / start.elapsed().as_secs_f64()
        };
        // ring 0.17 keys (dgc's ring is 0.16), parsed once as ours are.
        let ring_alg: &'static dyn ring::signature::VerificationAlgorithm =
            if alg == "ES256" { &ring::signature::ECDSA_P256_SHA256_FIXED } else { &ring::signature::RSA_PSS_2048_8192_SHA256 };
        let (mut ours, mut theirs, mut aws_lc, mut ring) = (vec![], vec![], vec![], vec![]);
        for _ in 0..REPEATS {
            ours.push(timed(&mut |c| {
                let doc = jirga_hcert::decode(&c.text).expect("decodes");
                assert!(doc.verify(&c.ours).is_ok());
                std::hint::black_box(&doc);
            }));
            theirs.push(timed(&mut |c| {
                let (container, validity) = dgc::validate(&c.text, &c.theirs).expect("decodes");
                assert!(validity.is_valid());
                std::hint::black_box(&container);
            }));
            // The ceiling: the signature check alone. No pipeline is faster.
            aws_lc.push(timed(&mut |c| assert!(c.ours[0].key.verify(Some(alg), &c.tbs, &c.signature))));
            ring.push(timed(&mut |c| {
                let key = ring::signature::UnparsedPublicKey::new(ring_alg, c.public_key.as_slice());
                assert!(key.verify(&c.tbs, &c.signature).is_ok());
            }));
        }
        let ratios: Vec<f64> = ours.iter().zip(&theirs).map(|(a, b)| a / b).collect();
        let (ratio_min, ratio_max) = (ratios.iter().cloned().fold(f64::MAX, f64::min), ratios.iter().cloned().fold(0.0, f64::max));
        let (ours, theirs, aws_lc, ring) = (median(ours), median(theirs), median(aws_lc), median(ring));
        println!(
            "{alg}: {} vectors × {rounds}, medians of {REPEATS}: jirga-hcert {ours:.0}/s, dgc {theirs:.0}/s, ratio {:.2} (runs {ratio_min:.2}–{ratio_max:.2})",
            set.len(),
            median(ratios)
        );
        println!(
            "{alg}: the signature check alone: AWS-LC {aws_lc:.0}/s, ring 0.17 {ring:.0}/s (jirga's decode overhead {:.2}×); \
             a pipeline costing nothing but the check would be {:.2}× dgc (AWS-LC), {:.2}× (ring)",
            aws_lc / ours,
            aws_lc / theirs,
            ring / theirs
        );
    }
}
