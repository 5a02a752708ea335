//! jirga-hcert: the HCERT container of the EU Digital COVID Certificate, which
//! jirga's movement passes use as it is.
//!
//! ```text
//! text ── prefix ── base45 ── zlib ── COSE_Sign1 (tag 18, untagged, or 61 around 18)
//!                                       └─ payload: CWT claims {1 iss, 4 exp, 6 iat, -260 {1: document}}
//! ```
//!
//! [`decode`] walks the pipeline and names the first step that fails
//! ([`Failure`]); [`Document::verify`] checks the signature against trusted keys
//! (EdDSA, ES256, PS256), trying every key with the document's kid, since kids
//! can collide; [`issue`] makes a document signed with Ed25519. Nothing here
//! panics on any input: every length is checked and inflation is bounded.

mod base45;
mod cbor;
mod container;
pub mod json;
mod keys;
pub mod lists;
pub mod qr;

pub use container::{Claims, Document, HC_PREFIX, JIRGA_PREFIX, decode, issue, unprefix};
pub use keys::{KeyError, SigningKey, TrustedKey, VerifyingKey, kid_of};

/// The step at which a document failed, as the verifier reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Failure {
    Prefix,
    Base45,
    Zlib,
    Cbor,
    Cose,
    UnknownKey,
    Signature,
    NotYetValid,
    Expired,
    /// On a revocation list the verifier loaded.
    Revoked,
    /// The signing key may not sign passes for this purpose.
    Purpose,
    /// Presented at a crossing point the pass does not allow.
    CrossingPoint,
}

impl Failure {
    pub fn as_str(self) -> &'static str {
        match self {
            Failure::Prefix => "prefix",
            Failure::Base45 => "base45",
            Failure::Zlib => "zlib",
            Failure::Cbor => "cbor",
            Failure::Cose => "cose",
            Failure::UnknownKey => "unknown_key",
            Failure::Signature => "signature",
            Failure::NotYetValid => "not_yet_valid",
            Failure::Expired => "expired",
            Failure::Revoked => "revoked",
            Failure::Purpose => "purpose",
            Failure::CrossingPoint => "crossing_point",
        }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
