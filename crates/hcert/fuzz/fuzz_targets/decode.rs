//! The whole decode path from text: prefix, base45, zlib, COSE, CWT claims, and
//! on success the signature check and the time check. No input may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let key = jirga_hcert::TrustedKey::from_ed25519(jirga_hcert::SigningKey::from_bytes(&[7; 32]).verifying_key());
    // As text behind our prefix and the EU's, and raw.
    let text = String::from_utf8_lossy(data);
    for candidate in [text.to_string(), format!("HC1:{text}")] {
        if let Ok(doc) = jirga_hcert::decode(&candidate) {
            let _ = doc.verify(std::slice::from_ref(&key));
            let _ = doc.check_time(1_750_000_000);
            let _ = doc.alg();
            let _ = doc.claims.hcert.as_ref().map(jirga_hcert::json::cbor_to_json);
        }
    }
    // The bytes as the compressed stream itself (past base45).
    let wrapped = format!("HC1:{}", base45::encode(data));
    let _ = jirga_hcert::decode(&wrapped);
});
