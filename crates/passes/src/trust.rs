//! What a border post trusts: its own authority's keys, the trust lists it
//! imported from the counterpart (mutual recognition), and the revocations of
//! both. Imported lists are kept as the signed files they arrived as, in the
//! data directory (`trust/`, `revocations/`), and checked again at every load.

use std::path::{Path, PathBuf};

use base64::Engine as _;
use jirga_core::State;
use jirga_core::model::PassPurpose;
use jirga_hcert::TrustedKey;
use jirga_hcert::lists::{ListError, RevocationList, RevocationPartition, Revocations, TrustEntry, TrustList, revocation_hash};

use crate::keyring::Keyring;

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

/// How long a current key's issuing window runs on a published trust list; the
/// authority publishes a new list at each rotation, long before.
const CURRENT_KEY_WINDOW: i64 = 5 * 366 * 86_400;

/// Folder of imported trust lists in the data directory.
pub const TRUST_DIR: &str = "trust";
/// Folder of imported revocation lists.
pub const REVOCATIONS_DIR: &str = "revocations";

#[derive(Debug, thiserror::Error)]
pub enum TrustError {
    #[error(transparent)]
    List(#[from] ListError),
    #[error("the list is signed by {found}, not by {expected} as expected: it is not the list you meant to import")]
    WrongSigner { expected: String, found: String },
    #[error("{path}: {reason}")]
    File { path: PathBuf, reason: String },
}

/// The authority's own trust list: every pass key, each with its issuing window.
pub fn own_trust_list(keyring: &Keyring, now: i64) -> TrustList {
    let purposes: Vec<String> = PassPurpose::ALL.iter().map(|p| p.as_str().to_owned()).collect();
    TrustList {
        issuer: keyring.authority().to_owned(),
        issued_at: now,
        keys: keyring
            .keys()
            .into_iter()
            .map(|k| TrustEntry {
                kid: B64.encode(k.kid),
                public_key: B64.encode(&k.spki),
                authority: keyring.authority().to_owned(),
                valid_from: k.created_at,
                valid_until: k.retired_at.unwrap_or(k.created_at + CURRENT_KEY_WINDOW),
                purposes: purposes.clone(),
            })
            .collect(),
    }
}

/// The authority's revocation list, from the record: every revoked pass's
/// document id hashed, partitioned by the kid it was signed with.
pub fn own_revocation_list(keyring: &Keyring, state: &State, now: i64) -> RevocationList {
    let mut partitions: Vec<RevocationPartition> = Vec::new();
    for pass in state.passes.values().filter(|p| p.revocation.is_some()) {
        let hash = B64.encode(revocation_hash(pass.document_id.as_str()));
        match partitions.iter_mut().find(|p| p.kid == pass.kid.as_str()) {
            Some(partition) => partition.hashes.push(hash),
            None => partitions.push(RevocationPartition { kid: pass.kid.to_string(), hashes: vec![hash] }),
        }
    }
    RevocationList { issuer: keyring.authority().to_owned(), issued_at: now, partitions }
}

/// The kid of a list signer, as operators compare it out of band (base64).
pub fn signer_id(kid: &[u8]) -> String {
    B64.encode(kid)
}

/// Import a signed list into the data directory after checking its signature
/// and that `expected_signer` signed it. Replaces an earlier list of that signer.
/// Returns the list's issuer and how many entries it holds.
pub fn import(data_dir: &Path, text: &str, expected_signer: &str) -> Result<(String, usize, &'static str), TrustError> {
    let (folder, issuer, entries, signer) = match TrustList::open(text) {
        Ok((list, signer)) => (TRUST_DIR, list.issuer.clone(), list.keys.len(), signer),
        Err(ListError::Format(_)) => {
            let (list, signer) = RevocationList::open_list(text)?;
            (REVOCATIONS_DIR, list.issuer, list.partitions.iter().map(|p| p.hashes.len()).sum(), signer)
        }
        Err(e) => return Err(e.into()),
    };
    let found = signer_id(&signer);
    if found != expected_signer.trim() {
        return Err(TrustError::WrongSigner { expected: expected_signer.trim().to_owned(), found });
    }
    let dir = data_dir.join(folder);
    let file = |e: std::io::Error| TrustError::File { path: dir.clone(), reason: e.to_string() };
    std::fs::create_dir_all(&dir).map_err(file)?;
    let name = format!("{}.json", crate::hex(&signer));
    std::fs::write(dir.join(name), text).map_err(file)?;
    Ok((issuer, entries, folder))
}

/// Everything a border post checks a document against.
#[derive(Default)]
pub struct BorderTrust {
    pub keys: Vec<TrustedKey>,
    /// Own and imported trust lists (their entries give windows and purposes).
    pub lists: Vec<TrustList>,
    pub revoked: Vec<Revocations>,
}

impl BorderTrust {
    /// Own keys and revocations (from the record, in force the moment a pass is
    /// revoked) and every list imported into `data_dir`.
    pub fn load(data_dir: &Path, keyring: Option<&Keyring>, state: &State, now: i64) -> Result<BorderTrust, TrustError> {
        let mut trust = BorderTrust::default();
        if let Some(keyring) = keyring {
            trust.add_list(own_trust_list(keyring, now))?;
            trust.revoked.push(own_revocation_list(keyring, state, now).index()?);
        }
        for text in read_folder(&data_dir.join(TRUST_DIR))? {
            trust.add_list(TrustList::open(&text)?.0)?;
        }
        for text in read_folder(&data_dir.join(REVOCATIONS_DIR))? {
            trust.revoked.push(RevocationList::open(&text)?.0);
        }
        Ok(trust)
    }

    pub fn add_list(&mut self, list: TrustList) -> Result<(), TrustError> {
        self.keys.extend(list.trusted_keys()?);
        self.lists.push(list);
        Ok(())
    }
}

fn read_folder(dir: &Path) -> Result<Vec<String>, TrustError> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(vec![]) };
    let mut paths: Vec<PathBuf> =
        entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "json")).collect();
    paths.sort();
    paths.into_iter().map(|path| std::fs::read_to_string(&path).map_err(|e| TrustError::File { path, reason: e.to_string() })).collect()
}
