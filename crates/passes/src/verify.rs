//! The border post's verdict on a presented document, offline: decode, the
//! signature against every trusted key of its kid, the key's issuing window and
//! purposes, revocation, validity at the given instant and, when the post says
//! where it is, the crossing point. The first failing step is named.

use base64::Engine as _;
use jirga_hcert::{Document, Failure};
use serde::Serialize;
use serde_json::Value;

use crate::trust::BorderTrust;

/// The verdict, as `jirga pass verify --json` prints it and the border-post page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    pub valid: bool,
    /// `None` when valid; else the failing step (`prefix`, `base45`, … `crossing_point`).
    pub failure: Option<&'static str>,
    /// `jirga-pass`, `hcert` (a foreign HCERT document, verified as a container) or `unknown`.
    pub kind: &'static str,
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

impl Verdict {
    /// The pass's document id (a jirga pass's `id`, an EU DCC's certificate id).
    pub fn document_id(&self) -> Option<String> {
        let claims = self.claims.as_ref()?;
        if let Some(id) = claims["id"].as_str() {
            return Some(id.to_owned());
        }
        ["v", "t", "r"].iter().find_map(|k| claims[k][0]["ci"].as_str().map(str::to_owned))
    }
}

fn describe(doc: Option<&Document>, failure: Option<Failure>) -> Verdict {
    let Some(doc) = doc else {
        return Verdict {
            valid: false,
            failure: failure.map(Failure::as_str),
            kind: "unknown",
            kid: None,
            alg: None,
            iss: None,
            iat: None,
            exp: None,
            claims: None,
            pass: None,
        };
    };
    let claims = doc.claims.hcert.as_ref().map(jirga_hcert::json::cbor_to_json);
    let kind = match (doc.prefix, &doc.claims.hcert) {
        (jirga_hcert::JIRGA_PREFIX, Some(_)) => "jirga-pass",
        (_, Some(_)) => "hcert",
        _ => "unknown",
    };
    let pass = claims.as_ref().filter(|_| kind == "jirga-pass").and_then(crate::document::PassDocument::from_claims);
    Verdict {
        valid: failure.is_none(),
        failure: failure.map(Failure::as_str),
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
        Err(failure) => return describe(None, Some(failure)),
    };
    let failed = |failure| describe(Some(&doc), Some(failure));
    let key = match doc.verify(&trust.keys) {
        Ok(key) => key,
        Err(failure) => return failed(failure),
    };
    if let Err(failure) = doc.check_key_window(key) {
        return failed(failure);
    }
    let mut verdict = describe(Some(&doc), None);
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
        verdict.valid = false;
        verdict.failure = Some(failure.as_str());
    }
    verdict
}
