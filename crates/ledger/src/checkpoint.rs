//! Signed checkpoints: C2SP tlog-checkpoint bodies (origin, size, base64 root)
//! signed as C2SP signed notes with Ed25519. The key name is the log's origin.

use signed_note::{Note, StandardSigner, StandardVerifier, VerifierList};
use tlog_tiles::{Checkpoint, Hash};

/// The log's signing key (secret) with its public verifier key.
pub struct LedgerKey {
    signer: StandardSigner,
    vkey: String,
    origin: String,
}

#[derive(Debug, thiserror::Error)]
pub enum CheckpointError {
    #[error("the signing key is malformed")]
    BadSigningKey,
    #[error("the public key is malformed")]
    BadPublicKey,
    #[error("the checkpoint is not a well-formed signed note")]
    BadNote,
    #[error("the checkpoint's signature does not verify with this public key")]
    BadSignature,
    #[error("the checkpoint body is malformed")]
    BadBody,
    #[error("the checkpoint is for origin '{found}', the key for '{expected}'")]
    WrongOrigin { expected: String, found: String },
}

/// A checkpoint whose signature verified.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedCheckpoint {
    pub origin: String,
    pub size: u64,
    pub root: Hash,
}

impl LedgerKey {
    /// A new random key for `origin`; returns it and its secret encoding to store.
    pub fn generate(origin: &str) -> (LedgerKey, String) {
        let (skey, vkey) = signed_note::generate_key(&mut rand_core::OsRng, origin);
        let signer = StandardSigner::new(&skey).expect("generated keys parse");
        (LedgerKey { signer, vkey, origin: origin.to_owned() }, skey)
    }

    /// The key from its secret encoding (`PRIVATE+KEY+<origin>+<id>+<base64>`).
    pub fn from_secret(skey: &str) -> Result<LedgerKey, CheckpointError> {
        let skey = skey.trim();
        let signer = StandardSigner::new(skey).map_err(|_| CheckpointError::BadSigningKey)?;
        // PRIVATE+KEY+<name>+<id>+<base64>; names hold no '+', base64 may.
        let rest = skey.strip_prefix("PRIVATE+KEY+").ok_or(CheckpointError::BadSigningKey)?;
        let (origin, rest) = rest.split_once('+').ok_or(CheckpointError::BadSigningKey)?;
        let (_id, key64) = rest.split_once('+').ok_or(CheckpointError::BadSigningKey)?;
        let origin = origin.to_owned();
        let key_bytes = base64_decode(key64).ok_or(CheckpointError::BadSigningKey)?;
        let secret: [u8; 32] = key_bytes.get(1..33).and_then(|s| s.try_into().ok()).ok_or(CheckpointError::BadSigningKey)?;
        let verifying = ed25519_dalek::SigningKey::from_bytes(&secret).verifying_key();
        let vkey = signed_note::new_ed25519_verifier_key(&origin, &verifying);
        Ok(LedgerKey { signer, vkey, origin })
    }

    /// The public verifier key (`<origin>+<id>+<base64>`), safe to publish.
    pub fn public_key(&self) -> &str {
        &self.vkey
    }

    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// A signed checkpoint of the tree of `size` leaves with `root`.
    pub fn sign(&self, size: u64, root: Hash) -> String {
        let body = Checkpoint::new(&self.origin, size, root, "").expect("origin is a valid key name").to_bytes();
        let mut note = Note::new(&body, &[]).expect("checkpoint bodies are valid note texts");
        note.add_sigs(&[&self.signer]).expect("signing with an in-memory Ed25519 key");
        String::from_utf8(note.to_bytes()).expect("notes are UTF-8")
    }
}

fn base64_decode(s: &str) -> Option<Vec<u8>> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.decode(s).ok()
}

/// Verify a signed checkpoint against a public verifier key.
pub fn verify_checkpoint(note: &str, public_key: &str) -> Result<VerifiedCheckpoint, CheckpointError> {
    let verifier = StandardVerifier::new(public_key.trim()).map_err(|_| CheckpointError::BadPublicKey)?;
    let note = Note::from_bytes(note.as_bytes()).map_err(|_| CheckpointError::BadNote)?;
    note.verify(&VerifierList::new(vec![Box::new(verifier)])).map_err(|_| CheckpointError::BadSignature)?;
    let checkpoint = Checkpoint::from_bytes(note.text()).map_err(|_| CheckpointError::BadBody)?;
    let expected = public_key.split('+').next().unwrap_or_default();
    if checkpoint.origin() != expected {
        return Err(CheckpointError::WrongOrigin { expected: expected.to_owned(), found: checkpoint.origin().to_owned() });
    }
    Ok(VerifiedCheckpoint { origin: checkpoint.origin().to_owned(), size: checkpoint.size(), root: *checkpoint.hash() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checkpoints_follow_the_c2sp_format_and_verify() {
        let (key, secret) = LedgerKey::generate("jirga.test/record");
        let note = key.sign(5, Hash([7; 32]));
        let mut lines = note.lines();
        assert_eq!(lines.next(), Some("jirga.test/record"));
        assert_eq!(lines.next(), Some("5"));
        assert_eq!(lines.next(), Some("BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc="));
        assert_eq!(lines.next(), Some(""));
        assert!(lines.next().unwrap().starts_with("— jirga.test/record "));
        let verified = verify_checkpoint(&note, key.public_key()).unwrap();
        assert_eq!((verified.size, verified.root), (5, Hash([7; 32])));
        // The stored secret gives the same key back.
        let again = LedgerKey::from_secret(&secret).unwrap();
        assert_eq!(again.public_key(), key.public_key());
        // Any change to the body breaks the signature.
        let forged = note.replacen("\n5\n", "\n6\n", 1);
        assert!(verify_checkpoint(&forged, key.public_key()).is_err());
        let (other, _) = LedgerKey::generate("jirga.test/record");
        assert!(verify_checkpoint(&note, other.public_key()).is_err());
    }
}
