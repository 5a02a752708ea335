//! jirga-passes: the pass office and the border post, over `jirga-hcert`.
//!
//! - [`keyring`]: an issuing authority's Ed25519 signing keys in the data
//!   directory, with rotation (new passes use the newest key; retired keys stay
//!   trusted for the passes they signed), and the key that signs its lists.
//! - [`issue`]: a [`jirga_core::pass::PassApplication`] becomes a signed
//!   document, the holder's personal-data row and the `issue_pass` command that
//!   carries only a salted commitment to it.
//! - [`trust`]: the authority's own trust list and revocation list, and the
//!   signed lists imported from the counterpart (mutual recognition).
//! - [`verify`]: the border post's check of a presented document against all of
//!   that, offline, with the verdict named step by step.

pub mod document;
pub mod issue;
pub mod keyring;
pub mod photo;
pub mod trust;
pub mod verify;

/// `n` random bytes from the operating system.
pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::getrandom(&mut bytes).expect("the operating system's random source works");
    bytes
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
