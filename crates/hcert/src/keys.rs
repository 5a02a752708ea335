//! Keys: the ones that verify (from an X.509 certificate or a public key) and
//! jirga's own Ed25519 signing keys. A kid is the first 8 bytes of the SHA-256 of
//! the certificate (EU DCC) or of the public key's SubjectPublicKeyInfo (jirga).

use ed25519_dalek::Signer as _;
use sha2::{Digest, Sha256};
use x509_cert::der::Decode;

const OID_EC_PUBLIC_KEY: &str = "1.2.840.10045.2.1";
const OID_RSA: &str = "1.2.840.113549.1.1.1";
const OID_ED25519: &str = "1.3.101.112";

/// The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the 32 key bytes follow.
const ED25519_SPKI_PREFIX: [u8; 12] = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];

/// First 8 bytes of SHA-256 of `der`.
pub fn kid_of(der: &[u8]) -> [u8; 8] {
    let digest = Sha256::digest(der);
    let mut kid = [0u8; 8];
    kid.copy_from_slice(&digest[..8]);
    kid
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("not a DER X.509 certificate: {0}")]
    Certificate(String),
    #[error("unsupported public key algorithm {0} (EdDSA, ES256 and PS256 are)")]
    Algorithm(String),
    #[error("the public key is malformed")]
    Malformed,
}

/// A public key that verifies signatures, parsed once when it is loaded (a trust
/// list is loaded once and checks many documents). Verification is aws-lc-rs:
/// the primitives dgc's ring uses, in AWS-LC's faster implementation.
#[derive(Debug, Clone)]
pub struct VerifyingKey {
    /// The COSE algorithm this key verifies: `EdDSA`, `ES256` or `PS256`.
    alg: &'static str,
    parsed: std::sync::Arc<aws_lc_rs::signature::ParsedPublicKey>,
}

impl VerifyingKey {
    /// From a DER SubjectPublicKeyInfo.
    pub fn from_spki_der(der: &[u8]) -> Result<VerifyingKey, KeyError> {
        let spki = x509_cert::spki::SubjectPublicKeyInfoOwned::from_der(der).map_err(|e| KeyError::Certificate(e.to_string()))?;
        Self::from_spki(&spki)
    }

    fn from_spki(spki: &x509_cert::spki::SubjectPublicKeyInfoOwned) -> Result<VerifyingKey, KeyError> {
        use aws_lc_rs::signature::{ECDSA_P256_SHA256_FIXED, ED25519, RSA_PSS_2048_8192_SHA256};
        let bits = spki.subject_public_key.as_bytes().ok_or(KeyError::Malformed)?;
        // EC keys: the point (0x04 ‖ x ‖ y); RSA: the DER RSAPublicKey; Ed25519: 32 bytes.
        let (alg, algorithm): (_, &'static dyn aws_lc_rs::signature::VerificationAlgorithm) = match spki.algorithm.oid.to_string().as_str()
        {
            OID_EC_PUBLIC_KEY => ("ES256", &ECDSA_P256_SHA256_FIXED),
            OID_RSA => ("PS256", &RSA_PSS_2048_8192_SHA256),
            OID_ED25519 => ("EdDSA", &ED25519),
            other => return Err(KeyError::Algorithm(other.to_owned())),
        };
        Self::parse(alg, algorithm, bits)
    }

    fn parse(
        alg: &'static str,
        algorithm: &'static dyn aws_lc_rs::signature::VerificationAlgorithm,
        bytes: &[u8],
    ) -> Result<VerifyingKey, KeyError> {
        let parsed = aws_lc_rs::signature::ParsedPublicKey::new(algorithm, bytes).map_err(|_| KeyError::Malformed)?;
        Ok(VerifyingKey { alg, parsed: std::sync::Arc::new(parsed) })
    }

    /// An Ed25519 key from its 32 bytes.
    pub fn ed25519(key: &ed25519_dalek::VerifyingKey) -> VerifyingKey {
        Self::parse("EdDSA", &aws_lc_rs::signature::ED25519, key.as_bytes()).expect("a dalek key is a valid Ed25519 key")
    }

    /// The COSE algorithm this key verifies.
    pub fn alg(&self) -> &'static str {
        self.alg
    }

    /// Does `signature` sign `message` under `alg` (the COSE header's)? A key
    /// only verifies its own algorithm: an RSA key never passes an ES256 check.
    pub fn verify(&self, alg: Option<&str>, message: &[u8], signature: &[u8]) -> bool {
        alg == Some(self.alg) && self.parsed.verify_sig(message, signature).is_ok()
    }

    /// The SubjectPublicKeyInfo (DER) of an Ed25519 public key.
    pub fn ed25519_spki(key: &ed25519_dalek::VerifyingKey) -> Vec<u8> {
        let mut der = ED25519_SPKI_PREFIX.to_vec();
        der.extend_from_slice(key.as_bytes());
        der
    }
}

/// A key a verifier trusts, with its kid and the validity of its certificate.
#[derive(Debug, Clone)]
pub struct TrustedKey {
    pub kid: Vec<u8>,
    pub key: VerifyingKey,
    /// Unix seconds; `None` when the key came without a certificate.
    pub not_before: Option<i64>,
    pub not_after: Option<i64>,
}

impl TrustedKey {
    /// From a DER X.509 certificate: kid = first 8 bytes of SHA-256 of the DER.
    pub fn from_certificate_der(der: &[u8]) -> Result<TrustedKey, KeyError> {
        let cert = x509_cert::Certificate::from_der(der).map_err(|e| KeyError::Certificate(e.to_string()))?;
        let spki = &cert.tbs_certificate.subject_public_key_info;
        let validity = &cert.tbs_certificate.validity;
        Ok(TrustedKey {
            kid: kid_of(der).to_vec(),
            key: VerifyingKey::from_spki(spki)?,
            not_before: Some(validity.not_before.to_unix_duration().as_secs() as i64),
            not_after: Some(validity.not_after.to_unix_duration().as_secs() as i64),
        })
    }

    /// From a bare Ed25519 public key: kid = first 8 bytes of SHA-256 of its SPKI.
    pub fn from_ed25519(key: ed25519_dalek::VerifyingKey) -> TrustedKey {
        let spki = VerifyingKey::ed25519_spki(&key);
        TrustedKey { kid: kid_of(&spki).to_vec(), key: VerifyingKey::ed25519(&key), not_before: None, not_after: None }
    }
}

/// jirga's signing key (Ed25519) with its kid.
pub struct SigningKey {
    key: ed25519_dalek::SigningKey,
    kid: [u8; 8],
}

impl SigningKey {
    pub fn from_bytes(secret: &[u8; 32]) -> SigningKey {
        let key = ed25519_dalek::SigningKey::from_bytes(secret);
        let kid = kid_of(&VerifyingKey::ed25519_spki(&key.verifying_key()));
        SigningKey { key, kid }
    }

    /// The 32-byte secret, to keep the key (in a file only its owner reads).
    pub fn secret_bytes(&self) -> [u8; 32] {
        self.key.to_bytes()
    }

    pub fn kid(&self) -> &[u8; 8] {
        &self.kid
    }

    pub fn verifying_key(&self) -> ed25519_dalek::VerifyingKey {
        self.key.verifying_key()
    }

    pub fn sign(&self, message: &[u8]) -> Vec<u8> {
        self.key.sign(message).to_bytes().to_vec()
    }
}
