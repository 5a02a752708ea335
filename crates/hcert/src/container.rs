//! The pipeline from text to a decoded, not yet verified, document — and back.

use ciborium::value::Value;
use coset::{AsCborValue, CoseSign1, TaggedCborSerializable};

use crate::Failure;
use crate::keys::{SigningKey, TrustedKey};

/// The EU DCC's prefix.
pub const HC_PREFIX: &str = "HC1:";
/// jirga passes' own prefix (the container is the same).
pub const JIRGA_PREFIX: &str = "JP1:";

/// Inflated documents larger than this are refused (zip bombs); EU DCCs are
/// about 300 bytes, jirga passes under 1 KiB.
const MAX_INFLATED: u64 = 64 * 1024;

/// The CWT claims the container carries.
#[derive(Debug, Clone, PartialEq)]
pub struct Claims {
    pub issuer: Option<String>,
    /// Issued at, Unix seconds.
    pub issued_at: Option<i64>,
    /// Expires at, Unix seconds.
    pub expires_at: Option<i64>,
    /// The document under claim -260, key 1 (the EU DCC's `hcert` claim).
    pub hcert: Option<Value>,
}

/// A decoded document: its prefix, the COSE structure and its claims.
#[derive(Debug, Clone)]
pub struct Document {
    pub prefix: &'static str,
    pub cose: CoseSign1,
    pub claims: Claims,
    /// The bytes after inflation (the COSE structure as sent).
    pub cose_bytes: Vec<u8>,
}

/// Strip a known prefix: `HC1:` or jirga's `JP1:`.
pub fn unprefix(text: &str) -> Result<(&'static str, &str), Failure> {
    let text = text.trim();
    for prefix in [HC_PREFIX, JIRGA_PREFIX] {
        if let Some(rest) = text.strip_prefix(prefix) {
            return Ok((prefix, rest));
        }
    }
    Err(Failure::Prefix)
}

/// Inflate zlib data, at most [`MAX_INFLATED`] bytes. miniz_oxide's one-shot
/// call, not a streaming reader: no 32 KiB window to allocate and clear for a
/// payload of a few hundred bytes (half the decode time otherwise).
pub(crate) fn inflate(compressed: &[u8]) -> Result<Vec<u8>, Failure> {
    miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(compressed, MAX_INFLATED as usize).map_err(|_| Failure::Zlib)
}

/// Parse a COSE_Sign1: tagged (18), untagged, or a CWT tag (61) around tag 18.
pub(crate) fn parse_cose(bytes: &[u8]) -> Result<CoseSign1, Failure> {
    let inner = match bytes {
        // 0xd8 0x3d: tag 61 (CWT), then the tagged COSE_Sign1.
        [0xd8, 0x3d, rest @ ..] => rest,
        _ => bytes,
    };
    // Read by `cbor::read` (coset's own reading goes through ciborium's slower
    // one), then checked by coset; as coset's `from_slice`, nothing may follow.
    let (value, rest) = crate::cbor::read(inner).ok_or(Failure::Cose)?;
    if !rest.is_empty() {
        return Err(Failure::Cose);
    }
    let value = match value {
        Value::Tag(18, inner) => *inner,
        Value::Tag(..) => return Err(Failure::Cose),
        untagged => untagged,
    };
    CoseSign1::from_cbor_value(value).map_err(|_| Failure::Cose)
}

fn claims(payload: &[u8]) -> Result<Claims, Failure> {
    let (all, _) = crate::cbor::read(payload).ok_or(Failure::Cbor)?;
    let Value::Map(map) = all else { return Err(Failure::Cbor) };
    let is = |k: &Value, key: i64| k.as_integer().is_some_and(|i| i128::from(i) == i128::from(key));
    let int = |v: &Value| v.as_integer().and_then(|i| i64::try_from(i).ok()).or_else(|| v.as_float().map(|f| f as i64));
    let mut claims = Claims { issuer: None, issued_at: None, expires_at: None, hcert: None };
    for (key, value) in map {
        if is(&key, 1) {
            claims.issuer = value.as_text().map(str::to_owned);
        } else if is(&key, 6) {
            claims.issued_at = int(&value);
        } else if is(&key, 4) {
            claims.expires_at = int(&value);
        } else if is(&key, -260)
            && let Value::Map(inner) = value
        {
            claims.hcert = inner.into_iter().find(|(k, _)| is(k, 1)).map(|(_, v)| v);
        }
    }
    Ok(claims)
}

/// Decode `text` up to (not including) the signature check.
pub fn decode(text: &str) -> Result<Document, Failure> {
    let (prefix, rest) = unprefix(text)?;
    let compressed = crate::base45::decode(rest.as_bytes()).ok_or(Failure::Base45)?;
    let cose_bytes = inflate(&compressed)?;
    let cose = parse_cose(&cose_bytes)?;
    let payload = cose.payload.as_deref().ok_or(Failure::Cose)?;
    let claims = claims(payload)?;
    Ok(Document { prefix, cose, claims, cose_bytes })
}

impl Document {
    /// The key id: the protected header's, else the unprotected one's.
    pub fn kid(&self) -> &[u8] {
        let protected = &self.cose.protected.header.key_id;
        if protected.is_empty() { &self.cose.unprotected.key_id } else { protected }
    }

    /// The signature algorithm's name (`EdDSA`, `ES256`, `PS256`, ...).
    pub fn alg(&self) -> Option<String> {
        use coset::{Algorithm, RegisteredLabelWithPrivate, iana};
        let alg = self.cose.protected.header.alg.as_ref().or(self.cose.unprotected.alg.as_ref())?;
        Some(match alg {
            Algorithm::Assigned(iana::Algorithm::EdDSA) => "EdDSA".into(),
            Algorithm::Assigned(iana::Algorithm::ES256) => "ES256".into(),
            Algorithm::Assigned(iana::Algorithm::PS256) => "PS256".into(),
            RegisteredLabelWithPrivate::Assigned(other) => format!("{other:?}"),
            RegisteredLabelWithPrivate::PrivateUse(n) => n.to_string(),
            RegisteredLabelWithPrivate::Text(t) => t.clone(),
        })
    }

    /// Check the signature with every trusted key of the document's kid (kids can
    /// collide); the first that verifies is returned.
    pub fn verify<'k>(&self, keys: &'k [TrustedKey]) -> Result<&'k TrustedKey, Failure> {
        let kid = self.kid();
        let candidates: Vec<&TrustedKey> = keys.iter().filter(|k| k.kid == kid).collect();
        if candidates.is_empty() {
            return Err(Failure::UnknownKey);
        }
        let alg = self.alg();
        let tbs = self.cose.tbs_data(b"");
        candidates.into_iter().find(|key| key.key.verify(alg.as_deref(), &tbs, &self.cose.signature)).ok_or(Failure::Signature)
    }

    /// Was `key` valid when the document was signed? A document signer
    /// certificate's validity (the EU DCC's DSC) and a trust list entry's
    /// issuing window both bound when the key may sign; the documents it
    /// signed then stay valid until their own `exp`, also after a rotation.
    /// A key with no validity (our own keyring's, whose windows the pass
    /// office keeps) bounds nothing here.
    pub fn check_key_window(&self, key: &TrustedKey) -> Result<(), Failure> {
        match self.claims.issued_at {
            Some(iat) if key.not_before.is_some_and(|nb| iat < nb) || key.not_after.is_some_and(|na| iat > na) => Err(Failure::UnknownKey),
            _ => Ok(()),
        }
    }

    /// Is the document valid at `now` (Unix seconds)? Issued at or before, and
    /// `now` before its expiry: RFC 8392 §3.1.4 (as RFC 7519 §4.1.4) makes
    /// `exp` the time "on or after which the CWT MUST NOT be accepted", so a
    /// document is refused at exactly its `exp`.
    pub fn check_time(&self, now: i64) -> Result<(), Failure> {
        if self.claims.issued_at.is_some_and(|iat| iat > now) {
            return Err(Failure::NotYetValid);
        }
        match self.claims.expires_at {
            Some(exp) if exp > now => Ok(()),
            _ => Err(Failure::Expired),
        }
    }
}

/// Make a document: CWT claims with `document` under -260/1, signed with Ed25519,
/// compressed, base45, prefixed with `prefix`.
pub fn issue(prefix: &str, key: &SigningKey, issuer: &str, issued_at: i64, expires_at: i64, document: Value) -> String {
    use coset::{CoseSign1Builder, HeaderBuilder, iana};
    let claims = Value::Map(vec![
        (Value::Integer(1.into()), Value::Text(issuer.to_owned())),
        (Value::Integer(4.into()), Value::Integer(expires_at.into())),
        (Value::Integer(6.into()), Value::Integer(issued_at.into())),
        (Value::Integer((-260).into()), Value::Map(vec![(Value::Integer(1.into()), document)])),
    ]);
    let mut payload = Vec::new();
    ciborium::ser::into_writer(&claims, &mut payload).expect("a CBOR value always serializes");
    let protected = HeaderBuilder::new().algorithm(iana::Algorithm::EdDSA).key_id(key.kid().to_vec()).build();
    let sign1 = CoseSign1Builder::new().protected(protected).payload(payload).create_signature(b"", |tbs| key.sign(tbs)).build();
    let cose = sign1.to_tagged_vec().expect("a COSE_Sign1 always serializes");
    let mut compressed = Vec::new();
    {
        use std::io::Write;
        let mut encoder = flate2::write::ZlibEncoder::new(&mut compressed, flate2::Compression::best());
        encoder.write_all(&cose).expect("writing to memory");
        encoder.finish().expect("writing to memory");
    }
    format!("{prefix}{}", base45::encode(compressed))
}
