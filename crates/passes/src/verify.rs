//! The border post's verdict on a presented document, offline: decode, the
//! signature against every trusted key of its kid, the key's issuing window and
//! purposes, revocation, validity at the given instant and, when the post says
//! where it is, the crossing point. The first failing step is named.

use base64::Engine as _;
use jirga_hcert::Document;
pub use jirga_hcert::Failure;
use serde::Serialize;
use serde_json::Value;

use crate::trust::BorderTrust;

/// What a presented document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    /// One of the passes jirga issues (`JP1:`).
    JirgaPass,
    /// A foreign HCERT document (an EU DCC, …), verified as a container.
    Hcert,
    /// Not decoded far enough to say.
    Unknown,
}

impl DocumentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::JirgaPass => "jirga-pass",
            DocumentKind::Hcert => "hcert",
            DocumentKind::Unknown => "unknown",
        }
    }
}

impl std::fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The verdict, as `jirga pass verify --json` prints it and the border-post page
/// shows it: valid, or the first step that failed. On the wire (`--json`) it is
/// `valid` and `failure` (`prefix`, `base45`, … `crossing_point`, or null).
#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    #[serde(flatten, serialize_with = "outcome_fields")]
    pub outcome: Result<(), Failure>,
    pub kind: DocumentKind,
    pub kid: Option<String>,
    pub alg: Option<String>,
    pub iss: Option<String>,
    pub iat: Option<i64>,
    pub exp: Option<i64>,
    /// The decoded document (a jirga pass's fields, an EU DCC's `v`/`t`/`r`, …).
    pub claims: Option<Value>,
    /// A jirga pass's fields, read from the claims (the JSON shows the claims as signed).
    #[serde(skip)]
    pub pass: Option<crate::document::PassDocument>,
}

fn outcome_fields<S: serde::Serializer>(outcome: &Result<(), Failure>, serializer: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(2))?;
    map.serialize_entry("valid", &outcome.is_ok())?;
    map.serialize_entry("failure", &outcome.err().map(Failure::as_str))?;
    map.end()
}

impl Verdict {
    pub fn is_valid(&self) -> bool {
        self.outcome.is_ok()
    }

    /// The failing step, when the document failed.
    pub fn failure(&self) -> Option<Failure> {
        self.outcome.err()
    }

    /// The pass's document id (a jirga pass's `id`, an EU DCC's certificate id).
    pub fn document_id(&self) -> Option<String> {
        let claims = self.claims.as_ref()?;
        if let Some(id) = claims["id"].as_str() {
            return Some(id.to_owned());
        }
        ["v", "t", "r"].iter().find_map(|k| claims[k][0]["ci"].as_str().map(str::to_owned))
    }
}

/// A text that did not decode as a document: only the failing step is known.
fn undecoded(failure: Failure) -> Verdict {
    Verdict {
        outcome: Err(failure),
        kind: DocumentKind::Unknown,
        kid: None,
        alg: None,
        iss: None,
        iat: None,
        exp: None,
        claims: None,
        pass: None,
    }
}

/// A decoded document, with the step it failed at (if it failed).
fn describe(doc: &Document, failure: Option<Failure>) -> Verdict {
    let claims = doc.claims.hcert.as_ref().map(jirga_hcert::json::cbor_to_json);
    let kind = match (doc.prefix, &doc.claims.hcert) {
        (jirga_hcert::JIRGA_PREFIX, Some(_)) => DocumentKind::JirgaPass,
        (_, Some(_)) => DocumentKind::Hcert,
        _ => DocumentKind::Unknown,
    };
    let pass = claims.as_ref().filter(|_| kind == DocumentKind::JirgaPass).and_then(crate::document::PassDocument::from_claims);
    Verdict {
        outcome: failure.map_or(Ok(()), Err),
        kind,
        kid: Some(base64::engine::general_purpose::STANDARD.encode(doc.kid())),
        alg: doc.alg(),
        iss: doc.claims.issuer.clone(),
        iat: doc.claims.issued_at,
        exp: doc.claims.expires_at,
        claims,
        pass,
    }
}

/// Check `text` at `now` (Unix seconds); `at_point` is the crossing point code of
/// the post, when the document must allow it.
pub fn verify(text: &str, trust: &BorderTrust, now: i64, at_point: Option<&str>) -> Verdict {
    let doc = match jirga_hcert::decode(text.trim()) {
        Ok(doc) => doc,
        Err(failure) => return undecoded(failure),
    };
    let failed = |failure| describe(&doc, Some(failure));
    let key = match doc.verify(&trust.keys) {
        Ok(key) => key,
        Err(failure) => return failed(failure),
    };
    if let Err(failure) = doc.check_key_window(key) {
        return failed(failure);
    }
    let mut verdict = describe(&doc, None);
    let failure = (|| {
        // A key from a trust list: only within its issuing window and for its purposes.
        if let Some(entry) = trust.lists.iter().find_map(|l| l.entry_for(&key.kid)) {
            if doc.claims.issued_at.is_some_and(|iat| iat < entry.valid_from || iat > entry.valid_until) {
                return Some(Failure::UnknownKey);
            }
            if let Some(purpose) = verdict.claims.as_ref().and_then(|c| c["pu"].as_str())
                && !entry.purposes.iter().any(|p| p == purpose)
            {
                return Some(Failure::Purpose);
            }
        }
        if let Some(id) = verdict.document_id()
            && trust.revoked.iter().any(|r| r.is_revoked(&key.kid, &id))
        {
            return Some(Failure::Revoked);
        }
        if let Err(failure) = doc.check_time(now) {
            return Some(failure);
        }
        match (at_point, &verdict.pass) {
            (Some(point), Some(pass)) if !pass.crossing_points.iter().any(|p| p == point) => Some(Failure::CrossingPoint),
            _ => None,
        }
    })();
    if let Some(failure) = failure {
        verdict.outcome = Err(failure);
    }
    verdict
}
