//! Trust and revocation lists: signed, checked, tamper-evident; lookups in a
//! list of many entries.

use jirga_hcert::lists::{RevocationList, RevocationPartition, TrustEntry, TrustList, revocation_hash};
use jirga_hcert::{JIRGA_PREFIX, SigningKey, VerifyingKey, decode, issue};

use base64::Engine as _;
const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

fn entry(key: &SigningKey, authority: &str) -> TrustEntry {
    TrustEntry {
        kid: B64.encode(key.kid()),
        public_key: B64.encode(VerifyingKey::ed25519_spki(&key.verifying_key())),
        authority: authority.into(),
        valid_from: 1_700_000_000,
        valid_until: 1_900_000_000,
        purposes: vec!["medical".into(), "business".into()],
    }
}

#[test]
fn two_authorities_exchange_trust_lists_and_verify_each_others_passes() {
    let kp = SigningKey::from_bytes(&[1; 32]);
    let afg = SigningKey::from_bytes(&[2; 32]);
    let kp_list =
        TrustList { issuer: "KP".into(), issued_at: 1_750_000_000, keys: vec![entry(&kp, "Government of Khyber Pakhtunkhwa")] }.sign(&kp);
    let afg_list =
        TrustList { issuer: "AF".into(), issued_at: 1_750_000_000, keys: vec![entry(&afg, "Nangarhar provincial authority")] }.sign(&afg);
    // Each post loads both lists: its own and the counterpart's.
    let mut keys = Vec::new();
    for file in [&kp_list, &afg_list] {
        let (list, signer) = TrustList::open(file).unwrap();
        assert_eq!(signer.len(), 8);
        keys.extend(list.trusted_keys().unwrap());
    }
    let pass = ciborium::value::Value::Map(vec![(ciborium::value::Value::Text("id".into()), ciborium::value::Value::Text("AF-1".into()))]);
    let from_afg = issue(JIRGA_PREFIX, &afg, "AF", 1_750_000_000, 1_760_000_000, pass);
    let verified = decode(&from_afg).unwrap().verify(&keys).map(|k| k.kid.clone()).unwrap();
    assert_eq!(verified, afg.kid().to_vec());
}

#[test]
fn a_changed_list_is_refused() {
    let kp = SigningKey::from_bytes(&[1; 32]);
    let file = TrustList { issuer: "KP".into(), issued_at: 1, keys: vec![entry(&kp, "KP")] }.sign(&kp);
    let forged = file.replace("\"medical\"", "\"military\"");
    assert_ne!(forged, file);
    assert_eq!(TrustList::open(&forged).unwrap_err(), jirga_hcert::lists::ListError::Signature);
    assert!(matches!(TrustList::open("{}"), Err(jirga_hcert::lists::ListError::Format(_))));
    assert!(matches!(TrustList::open("not json"), Err(jirga_hcert::lists::ListError::Format(_))));
}

#[test]
fn revocations_take_effect_by_hash_and_kid() {
    let kp = SigningKey::from_bytes(&[1; 32]);
    let kid = B64.encode(kp.kid());
    // 200,000 revoked passes, then one that matters.
    let mut hashes: Vec<String> = (0..200_000).map(|i| B64.encode(revocation_hash(&format!("PAS-{i}")))).collect();
    hashes.push(B64.encode(revocation_hash("PAS-KP-000042")));
    let file = RevocationList { issuer: "KP".into(), issued_at: 1, partitions: vec![RevocationPartition { kid, hashes }] }.sign(&kp);
    assert!(!file.contains("PAS-KP-000042"), "the list carries hashes, not pass ids");
    let (revoked, _) = RevocationList::open(&file).unwrap();
    assert_eq!(revoked.len(), 200_001);
    assert!(revoked.is_revoked(kp.kid(), "PAS-KP-000042"));
    assert!(!revoked.is_revoked(kp.kid(), "PAS-KP-000043"));
    assert!(!revoked.is_revoked(&[0; 8], "PAS-KP-000042"), "partitioned by the signing key");
}

proptest::proptest! {
    /// No file makes the list readers panic.
    #[test]
    fn list_readers_never_panic(text in ".{0,400}") {
        let _ = TrustList::open(&text);
        let _ = RevocationList::open(&text);
        let wrapped = format!(r#"{{"list": {text}, "signer": "AAAA", "signature": "AAAA"}}"#);
        let _ = TrustList::open(&wrapped);
        let _ = RevocationList::open(&wrapped);
    }
}
