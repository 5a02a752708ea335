//! Witness cosignatures, C2SP tlog-cosignature v1.0 (the Ed25519 type,
//! `cosignature/v1`): the part `signed_note` lacks, written here and kept small.
//!
//! - key ID: `SHA-256(name || "\n" || 0x04 || public key)[:4]`;
//! - signature: `timestamp (u64, big-endian) || Ed25519(message)`, where the
//!   message is `cosignature/v1\ntime <timestamp>\n` followed by the
//!   checkpoint's note body (its text, ending in a newline, no signature lines);
//! - verifier key (signed-note `vkey`): `<name>+<hex key ID>+base64(0x04 || key)`.
//!
//! [`CosignatureSigner`] and [`CosignatureVerifier`] implement `signed_note`'s
//! `Signer` and `Verifier`, so a cosignature is added to and checked on a note
//! with the same machinery as the log's own signature.

use base64::Engine as _;
use ed25519_dalek::{Signer as _, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

/// The signature type byte of Ed25519 cosignatures.
pub const COSIGNATURE_V1: u8 = 0x04;

/// The latest timestamp a cosignature may carry (2^63 − 1).
pub const MAX_TIMESTAMP: u64 = i64::MAX as u64;

/// `SHA-256(name || "\n" || 0x04 || key)[:4]` as a big-endian number.
pub fn key_id(name: &str, key: &VerifyingKey) -> u32 {
    let mut hasher = Sha256::new();
    hasher.update(name.as_bytes());
    hasher.update(b"\n");
    hasher.update([COSIGNATURE_V1]);
    hasher.update(key.as_bytes());
    u32::from_be_bytes(hasher.finalize()[..4].try_into().expect("four bytes"))
}

/// The message a cosignature signs: the header, the time, the note body.
pub fn message(timestamp: u64, body: &[u8]) -> Vec<u8> {
    let mut out = format!("cosignature/v1\ntime {timestamp}\n").into_bytes();
    out.extend_from_slice(body);
    out
}

/// The verifier key (`vkey`) of a cosigner.
pub fn vkey(name: &str, key: &VerifyingKey) -> String {
    let mut material = vec![COSIGNATURE_V1];
    material.extend_from_slice(key.as_bytes());
    format!("{name}+{:08x}+{}", key_id(name, key), base64::engine::general_purpose::STANDARD.encode(material))
}

/// Why a verifier key is not a cosigner's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VkeyError {
    #[error("a verifier key is <name>+<8 hex digits>+<base64>")]
    Format,
    #[error("the key is not a cosignature/v1 (0x04) Ed25519 key")]
    NotCosignature,
    #[error("the key id does not match the name and the key")]
    KeyId,
}

/// Checks one cosignature/v1 signature of a cosigner on a note body.
#[derive(Debug, Clone)]
pub struct CosignatureVerifier {
    name: String,
    id: u32,
    key: VerifyingKey,
}

impl CosignatureVerifier {
    /// A verifier from the cosigner's `vkey`.
    pub fn from_vkey(vkey: &str) -> Result<Self, VkeyError> {
        let mut parts = vkey.trim().splitn(3, '+');
        let (Some(name), Some(id), Some(material)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(VkeyError::Format);
        };
        if !signed_note::is_key_name_valid(name) || id.len() != 8 {
            return Err(VkeyError::Format);
        }
        let id = u32::from_str_radix(id, 16).map_err(|_| VkeyError::Format)?;
        let material = base64::engine::general_purpose::STANDARD.decode(material).map_err(|_| VkeyError::Format)?;
        let (kind, key) = material.split_first().ok_or(VkeyError::Format)?;
        if *kind != COSIGNATURE_V1 {
            return Err(VkeyError::NotCosignature);
        }
        let key = VerifyingKey::from_bytes(key.try_into().map_err(|_| VkeyError::Format)?).map_err(|_| VkeyError::Format)?;
        if key_id(name, &key) != id {
            return Err(VkeyError::KeyId);
        }
        Ok(CosignatureVerifier { name: name.to_owned(), id, key })
    }

    /// The time a verified signature says it was made (`None`: it does not verify).
    pub fn verified_time(&self, body: &[u8], sig: &[u8]) -> Option<u64> {
        if sig.len() != 8 + 64 {
            return None;
        }
        let timestamp = u64::from_be_bytes(sig[..8].try_into().ok()?);
        if timestamp > MAX_TIMESTAMP {
            return None;
        }
        let signature = ed25519_dalek::Signature::from_bytes(sig[8..].try_into().ok()?);
        self.key.verify_strict(&message(timestamp, body), &signature).ok().map(|_| timestamp)
    }
}

impl signed_note::Verifier for CosignatureVerifier {
    fn name(&self) -> &str {
        &self.name
    }

    fn key_id(&self) -> u32 {
        self.id
    }

    fn verify(&self, msg: &[u8], sig: &[u8]) -> bool {
        self.verified_time(msg, sig).is_some()
    }
}

/// Makes cosignature/v1 signatures as of a given time.
pub struct CosignatureSigner {
    name: String,
    key: SigningKey,
    timestamp: u64,
}

impl CosignatureSigner {
    /// A signer for `name` with `key`, stamping `timestamp` (POSIX seconds).
    pub fn new(name: &str, key: SigningKey, timestamp: u64) -> Self {
        CosignatureSigner { name: name.to_owned(), key, timestamp: timestamp.min(MAX_TIMESTAMP) }
    }

    pub fn vkey(&self) -> String {
        vkey(&self.name, &self.key.verifying_key())
    }

    /// The note signature line (`— <name> <base64>\n`) over a checkpoint body.
    pub fn line(&self, body: &[u8]) -> String {
        let sig = self.signature(body);
        let mut bytes = self.id().to_be_bytes().to_vec();
        bytes.extend(sig);
        format!("\u{2014} {} {}\n", self.name, base64::engine::general_purpose::STANDARD.encode(bytes))
    }

    fn id(&self) -> u32 {
        key_id(&self.name, &self.key.verifying_key())
    }

    fn signature(&self, body: &[u8]) -> Vec<u8> {
        let mut out = self.timestamp.to_be_bytes().to_vec();
        out.extend(self.key.sign(&message(self.timestamp, body)).to_bytes());
        out
    }
}

impl signed_note::Signer for CosignatureSigner {
    fn name(&self) -> &str {
        &self.name
    }

    fn key_id(&self) -> u32 {
        self.id()
    }

    fn sign(&self, msg: &[u8]) -> Result<Vec<u8>, ed25519_dalek::SignatureError> {
        Ok(self.signature(msg))
    }
}

/// One witness's cosignature found valid on a checkpoint, and its time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cosigned {
    pub witness: String,
    pub timestamp: u64,
}

/// The cosignatures on `note` (a checkpoint with its signature lines) that
/// verify with one of `witnesses`, one per witness; lines of unknown keys are
/// ignored and a line of a known key that does not verify is not counted.
pub fn valid_cosignatures(note: &str, witnesses: &[CosignatureVerifier]) -> Vec<Cosigned> {
    let Some((body, signatures)) = note.split_once("\n\n") else { return vec![] };
    let body = format!("{body}\n");
    let mut out: Vec<Cosigned> = Vec::new();
    for line in signatures.lines() {
        let Some(rest) = line.strip_prefix("\u{2014} ") else { continue };
        let Some((name, sig64)) = rest.split_once(' ') else { continue };
        let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(sig64) else { continue };
        let Some((id, sig)) = bytes.split_first_chunk::<4>() else { continue };
        let id = u32::from_be_bytes(*id);
        for w in witnesses.iter().filter(|w| w.name == name && w.id == id) {
            if let Some(timestamp) = w.verified_time(body.as_bytes(), sig)
                && !out.iter().any(|c| c.witness == w.name)
            {
                out.push(Cosigned { witness: w.name.clone(), timestamp });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The spec's example checkpoint body and time (tlog-cosignature, "Ed25519 signed message").
    const BODY: &str = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

    #[test]
    fn the_signed_message_is_the_specs_example_byte_for_byte() {
        assert_eq!(
            message(1679315147, BODY.as_bytes()),
            b"cosignature/v1\ntime 1679315147\nexample.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
        );
    }

    #[test]
    fn the_specs_example_cosignature_carries_its_key_id_and_the_examples_time() {
        // "— witness.example.com/w1 jWbPPwAAAABkGFDL…": 4 bytes of key id, 8 of time, 64 of signature.
        let line = "jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==";
        let bytes = base64::engine::general_purpose::STANDARD.decode(line).unwrap();
        assert_eq!(bytes.len(), 4 + 8 + 64);
        assert_eq!(u64::from_be_bytes(bytes[4..12].try_into().unwrap()), 1679315147, "the time of the spec's signed message");
    }

    #[test]
    fn the_key_id_hashes_name_newline_type_and_key() {
        let key = SigningKey::from_bytes(&[7; 32]).verifying_key();
        let mut expected = Sha256::new();
        expected.update(b"witness.example/w1\n\x04");
        expected.update(key.as_bytes());
        assert_eq!(key_id("witness.example/w1", &key).to_be_bytes(), expected.finalize()[..4]);
        // Not the log signature's id (type 0x01): the two never collide for one key.
        assert_ne!(key_id("witness.example/w1", &key), signed_note::key_id("witness.example/w1", &[&[1u8][..], key.as_bytes()].concat()));
    }

    #[test]
    fn a_cosignature_verifies_through_the_note_machinery_and_any_change_breaks_it() {
        let signer = CosignatureSigner::new("witness.example/w1", SigningKey::from_bytes(&[9; 32]), 1679315147);
        let verifier = CosignatureVerifier::from_vkey(&signer.vkey()).unwrap();
        let note = format!("{BODY}\n{}", signer.line(BODY.as_bytes()));
        let parsed = signed_note::Note::from_bytes(note.as_bytes()).unwrap();
        let (verified, _) = parsed.verify(&signed_note::VerifierList::new(vec![Box::new(verifier.clone())])).unwrap();
        assert_eq!(verified.len(), 1);
        assert_eq!(
            valid_cosignatures(&note, std::slice::from_ref(&verifier)),
            [Cosigned { witness: "witness.example/w1".into(), timestamp: 1679315147 }]
        );
        let forged = note.replacen("20852163", "20852164", 1);
        assert!(valid_cosignatures(&forged, std::slice::from_ref(&verifier)).is_empty());
        let later = note.replacen("1679315147", "1679315148", 1);
        assert!(valid_cosignatures(&later, &[verifier]).len() == 1, "the time is in the signature, not the body");
    }

    #[test]
    fn a_vkey_that_is_not_a_cosigners_is_refused_by_name() {
        let signer = CosignatureSigner::new("w.example/1", SigningKey::from_bytes(&[1; 32]), 1);
        let vkey = signer.vkey();
        assert!(CosignatureVerifier::from_vkey(&vkey).is_ok());
        assert_eq!(CosignatureVerifier::from_vkey(&vkey.replacen("w.example/1", "w.example/2", 1)).unwrap_err(), VkeyError::KeyId);
        let (_, log_vkey) = signed_note::generate_key(&mut rand_core::OsRng, "log.example");
        assert_eq!(CosignatureVerifier::from_vkey(&log_vkey).unwrap_err(), VkeyError::NotCosignature);
        for bad in ["", "name", "name+zz+AA==", "name+00000000+!!!"] {
            assert!(CosignatureVerifier::from_vkey(bad).is_err(), "{bad}");
        }
    }
}
