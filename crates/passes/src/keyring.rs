//! An issuing authority's keys, kept in the data directory (`pass-keys.json`,
//! mode 0600; like the ledger key, never in the record).
//!
//! Each pass key has a kid (first 8 bytes of SHA-256 of its public key's SPKI)
//! and an issuing window: from its creation until it is retired by a rotation.
//! The newest key signs new passes; a retired key no longer signs but stays on
//! the trust list with its window, so the passes it signed verify until they
//! expire. A separate key signs the authority's trust and revocation lists.

use std::path::{Path, PathBuf};

use base64::Engine as _;
use jirga_hcert::{SigningKey, TrustedKey};
use serde::{Deserialize, Serialize};

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

/// File name of the keyring inside the data directory.
pub const KEYRING_FILE: &str = "pass-keys.json";

/// The authority a data directory issues for when none was set up
/// (`jirga pass keys init --authority` or the configuration's `pass_authority`).
pub const DEFAULT_AUTHORITY: &str = "Government of Khyber Pakhtunkhwa";

#[derive(Debug, thiserror::Error)]
pub enum KeyringError {
    #[error("{path}: {reason}")]
    File { path: PathBuf, reason: String },
    #[error("a keyring already exists in {0}")]
    Exists(PathBuf),
}

#[derive(Serialize, Deserialize)]
struct KeyFile {
    authority: String,
    /// base64 of the 32-byte Ed25519 secret that signs the lists.
    list_key: String,
    keys: Vec<StoredKey>,
}

#[derive(Clone, Serialize, Deserialize)]
struct StoredKey {
    secret: String,
    /// Unix seconds.
    created_at: i64,
    retired_at: Option<i64>,
}

/// One pass key as the authority's trust list describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyInfo {
    pub kid: [u8; 8],
    pub spki: Vec<u8>,
    pub created_at: i64,
    pub retired_at: Option<i64>,
}

/// The loaded keyring.
pub struct Keyring {
    path: PathBuf,
    authority: String,
    list_key: SigningKey,
    keys: Vec<(SigningKey, StoredKey)>,
}

fn secret_of(b64: &str) -> Option<SigningKey> {
    let bytes: [u8; 32] = B64.decode(b64).ok()?.try_into().ok()?;
    Some(SigningKey::from_bytes(&bytes))
}

impl Keyring {
    /// Create a keyring for `authority` with its first key; refuses to replace one.
    pub fn init(data_dir: &Path, authority: &str, now: i64) -> Result<Keyring, KeyringError> {
        let path = data_dir.join(KEYRING_FILE);
        if path.exists() {
            return Err(KeyringError::Exists(path));
        }
        std::fs::create_dir_all(data_dir).map_err(|e| KeyringError::File { path: data_dir.to_owned(), reason: e.to_string() })?;
        let file = KeyFile {
            authority: authority.to_owned(),
            list_key: B64.encode(crate::random_bytes::<32>()),
            keys: vec![StoredKey { secret: B64.encode(crate::random_bytes::<32>()), created_at: now, retired_at: None }],
        };
        write(&path, &file)?;
        Self::open(data_dir)
    }

    /// The data directory's keyring, created on first use for
    /// `authority_if_new` (the configured authority, else [`DEFAULT_AUTHORITY`]).
    pub fn load_or_create(data_dir: &Path, authority_if_new: &str, now: i64) -> Result<Keyring, KeyringError> {
        if data_dir.join(KEYRING_FILE).exists() {
            return Self::open(data_dir);
        }
        Self::init(data_dir, authority_if_new, now)
    }

    pub fn open(data_dir: &Path) -> Result<Keyring, KeyringError> {
        let path = data_dir.join(KEYRING_FILE);
        let bad = |reason: String| KeyringError::File { path: path.clone(), reason };
        let text = std::fs::read_to_string(&path).map_err(|e| bad(e.to_string()))?;
        let file: KeyFile = serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?;
        let list_key = secret_of(&file.list_key).ok_or_else(|| bad("the list key is not a 32-byte secret".into()))?;
        let keys = file
            .keys
            .iter()
            .map(|k| secret_of(&k.secret).map(|s| (s, k.clone())).ok_or_else(|| bad("a pass key is not a 32-byte secret".into())))
            .collect::<Result<Vec<_>, _>>()?;
        if !keys.iter().any(|(_, k)| k.retired_at.is_none()) {
            return Err(bad("no current key".into()));
        }
        Ok(Keyring { path, authority: file.authority, list_key, keys })
    }

    pub fn authority(&self) -> &str {
        &self.authority
    }

    /// The key new passes are signed with.
    pub fn current(&self) -> &SigningKey {
        &self.keys.iter().rev().find(|(_, k)| k.retired_at.is_none()).expect("checked at open").0
    }

    /// The key that signs this authority's trust and revocation lists.
    pub fn list_key(&self) -> &SigningKey {
        &self.list_key
    }

    /// Every pass key, oldest first.
    pub fn keys(&self) -> Vec<KeyInfo> {
        self.keys
            .iter()
            .map(|(key, stored)| KeyInfo {
                kid: *key.kid(),
                spki: jirga_hcert::VerifyingKey::ed25519_spki(&key.verifying_key()),
                created_at: stored.created_at,
                retired_at: stored.retired_at,
            })
            .collect()
    }

    /// The keys as a verifier trusts them (each within its issuing window).
    pub fn trusted_keys(&self) -> Vec<TrustedKey> {
        self.keys
            .iter()
            .map(|(key, stored)| TrustedKey {
                not_before: Some(stored.created_at),
                not_after: stored.retired_at,
                ..TrustedKey::from_ed25519(key.verifying_key())
            })
            .collect()
    }

    /// Retire the current key and make a new one current. Returns the new kid.
    pub fn rotate(&mut self, now: i64) -> Result<[u8; 8], KeyringError> {
        for (_, stored) in &mut self.keys {
            stored.retired_at.get_or_insert(now);
        }
        let stored = StoredKey { secret: B64.encode(crate::random_bytes::<32>()), created_at: now, retired_at: None };
        let key = secret_of(&stored.secret).expect("a fresh secret");
        let kid = *key.kid();
        self.keys.push((key, stored));
        let file = KeyFile {
            authority: self.authority.clone(),
            list_key: B64.encode(self.list_key.secret_bytes()),
            keys: self.keys.iter().map(|(_, k)| k.clone()).collect(),
        };
        write(&self.path, &file)?;
        Ok(kid)
    }
}

/// Write the keyring whole (a temporary file renamed over the old one), mode 0600.
fn write(path: &Path, file: &KeyFile) -> Result<(), KeyringError> {
    use std::io::Write;
    let bad = |e: std::io::Error| KeyringError::File { path: path.to_owned(), reason: e.to_string() };
    let tmp = path.with_extension("json.tmp");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut out = options.open(&tmp).map_err(bad)?;
    out.write_all(serde_json::to_string_pretty(file).expect("serializes").as_bytes()).map_err(bad)?;
    out.sync_all().map_err(bad)?;
    std::fs::rename(&tmp, path).map_err(bad)
}
