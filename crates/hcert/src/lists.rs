//! Signed lists a border post loads: the **trust list** (the public keys whose
//! passes it accepts, ours and the counterpart's) and the **revocation list**
//! (passes withdrawn before their expiry).
//!
//! Both are JSON files `{"list": {...}, "signer": <SPKI, base64>, "signature":
//! <Ed25519 over the list's canonical JSON bytes, base64>}`. The list's bytes are
//! canonical because they are serialized from structs (fields in declaration
//! order, no maps). Checking a file proves it is whole and who signed it; whether
//! to trust that signer is the importing operator's decision, and the verifier
//! shows the signer's kid.
//!
//! Revocations follow the EU DCC revocation design: entries are the first 16
//! bytes of SHA-256 of the pass id (never the holder's data), partitioned by the
//! signing key's kid; lookups are hash-set probes, flat in the list's size.

use std::collections::{HashMap, HashSet};

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::keys::{SigningKey, TrustedKey, VerifyingKey, kid_of};

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ListError {
    #[error("not a signed list: {0}")]
    Format(String),
    #[error("the list's signature does not verify: it was changed or not signed by the key it names")]
    Signature,
    #[error("key {kid} in the list: {reason}")]
    Key { kid: String, reason: String },
}

/// A signed file, as stored and exchanged.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Signed<T> {
    list: T,
    /// The signer's Ed25519 SubjectPublicKeyInfo, base64 DER.
    signer: String,
    signature: String,
}

fn sign<T: Serialize>(list: T, key: &SigningKey) -> String {
    let bytes = serde_json::to_vec(&list).expect("lists serialize");
    let signer = B64.encode(VerifyingKey::ed25519_spki(&key.verifying_key()));
    let signature = B64.encode(key.sign(&bytes));
    serde_json::to_string_pretty(&Signed { list, signer, signature }).expect("lists serialize")
}

/// Parse and check a signed file; returns the list and the signer's kid.
fn open<T: Serialize + for<'de> Deserialize<'de>>(text: &str) -> Result<(T, Vec<u8>), ListError> {
    let signed: Signed<T> = serde_json::from_str(text).map_err(|e| ListError::Format(e.to_string()))?;
    let spki = B64.decode(&signed.signer).map_err(|e| ListError::Format(format!("signer: {e}")))?;
    let key = VerifyingKey::from_spki_der(&spki).map_err(|e| ListError::Format(format!("signer: {e}")))?;
    let signature = B64.decode(&signed.signature).map_err(|e| ListError::Format(format!("signature: {e}")))?;
    let bytes = serde_json::to_vec(&signed.list).expect("lists serialize");
    if !key.verify(Some("EdDSA"), &bytes, &signature) {
        return Err(ListError::Signature);
    }
    Ok((signed.list, kid_of(&spki).to_vec()))
}

/// One key a border post accepts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrustEntry {
    /// base64 of the 8-byte kid.
    pub kid: String,
    /// base64 DER SubjectPublicKeyInfo.
    pub public_key: String,
    /// Who issues with this key (e.g. "Government of Khyber Pakhtunkhwa").
    pub authority: String,
    /// Unix seconds; passes issued outside the window are not accepted.
    pub valid_from: i64,
    pub valid_until: i64,
    /// Purposes the key may sign passes for (`medical`, `business`, ...).
    pub purposes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrustList {
    /// The authority that publishes the list.
    pub issuer: String,
    /// Unix seconds.
    pub issued_at: i64,
    pub keys: Vec<TrustEntry>,
}

impl TrustList {
    /// The signed file.
    pub fn sign(&self, key: &SigningKey) -> String {
        sign(self.clone(), key)
    }

    /// Parse and check a signed file; returns the list and its signer's kid.
    pub fn open(text: &str) -> Result<(TrustList, Vec<u8>), ListError> {
        let (list, signer): (TrustList, _) = open(text)?;
        list.trusted_keys()?;
        Ok((list, signer))
    }

    /// The keys, ready to verify with (their validity window is the entry's).
    pub fn trusted_keys(&self) -> Result<Vec<TrustedKey>, ListError> {
        self.keys
            .iter()
            .map(|entry| {
                let bad = |reason: String| ListError::Key { kid: entry.kid.clone(), reason };
                let spki = B64.decode(&entry.public_key).map_err(|e| bad(e.to_string()))?;
                let key = VerifyingKey::from_spki_der(&spki).map_err(|e| bad(e.to_string()))?;
                let kid = B64.decode(&entry.kid).map_err(|e| bad(e.to_string()))?;
                Ok(TrustedKey { kid, key, not_before: Some(entry.valid_from), not_after: Some(entry.valid_until) })
            })
            .collect()
    }

    /// The entry for a key that verified a pass.
    pub fn entry_for(&self, kid: &[u8]) -> Option<&TrustEntry> {
        let kid = B64.encode(kid);
        self.keys.iter().find(|e| e.kid == kid)
    }
}

/// The revocation entry of a pass id: the first 16 bytes of its SHA-256.
pub fn revocation_hash(pass_id: &str) -> [u8; 16] {
    let digest = Sha256::digest(pass_id.as_bytes());
    let mut out = [0u8; 16];
    out.copy_from_slice(&digest[..16]);
    out
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevocationPartition {
    /// base64 of the signing key's kid the revoked passes were signed with.
    pub kid: String,
    /// base64 of each revoked pass's [`revocation_hash`].
    pub hashes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevocationList {
    pub issuer: String,
    pub issued_at: i64,
    pub partitions: Vec<RevocationPartition>,
}

impl RevocationList {
    pub fn sign(&self, key: &SigningKey) -> String {
        sign(self.clone(), key)
    }

    /// Parse and check a signed file, and index it for lookups.
    pub fn open(text: &str) -> Result<(Revocations, Vec<u8>), ListError> {
        let (list, signer) = Self::open_list(text)?;
        Ok((list.index()?, signer))
    }

    /// Parse and check a signed file; the list as it is (issuer, partitions) and its signer's kid.
    pub fn open_list(text: &str) -> Result<(RevocationList, Vec<u8>), ListError> {
        let (list, signer): (RevocationList, _) = open(text)?;
        list.index()?;
        Ok((list, signer))
    }

    /// Index the list for lookups (a list one made oneself needs no signature check).
    pub fn index(&self) -> Result<Revocations, ListError> {
        let mut index: HashMap<Vec<u8>, HashSet<[u8; 16]>> = HashMap::new();
        for partition in &self.partitions {
            let kid = B64.decode(&partition.kid).map_err(|e| ListError::Format(format!("partition kid: {e}")))?;
            let set = index.entry(kid).or_default();
            set.reserve(partition.hashes.len());
            for hash in &partition.hashes {
                let bytes = B64.decode(hash).map_err(|e| ListError::Format(format!("revocation entry: {e}")))?;
                let entry: [u8; 16] = bytes.try_into().map_err(|_| ListError::Format("a revocation entry is 16 bytes".into()))?;
                set.insert(entry);
            }
        }
        Ok(Revocations { index })
    }
}

/// A loaded revocation list.
#[derive(Debug, Default)]
pub struct Revocations {
    index: HashMap<Vec<u8>, HashSet<[u8; 16]>>,
}

impl Revocations {
    /// Is the pass `pass_id`, signed with `kid`, revoked?
    pub fn is_revoked(&self, kid: &[u8], pass_id: &str) -> bool {
        self.index.get(kid).is_some_and(|set| set.contains(&revocation_hash(pass_id)))
    }

    pub fn len(&self) -> usize {
        self.index.values().map(HashSet::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
