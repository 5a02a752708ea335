//! The pass office and the border post, for every interface (the pages, the
//! JSON API, the CLI): issue a pass (sign, keep the holder's data apart,
//! record), verify a presented document against a data directory's trust,
//! build the crossing command from a document verified here and now.

use std::path::{Path, PathBuf};

use jirga_core::Principal;
use jirga_core::model::Direction;
use jirga_core::pass::{PassApplication, PointCode, Presented, VerifiedCrossing};
use jirga_core::text::Name;
use jirga_engine::{Committed, Engine};
use jirga_passes::keyring::Keyring;
use jirga_passes::photo::{Photo, PhotoError};
use jirga_passes::trust::BorderTrust;
use jirga_passes::verify::{Failure, Verdict};
use serde_json::Value;

use crate::i18n::{Localizer, english};
use crate::refusal::{Kind, Refusal};

/// The pass office cannot work (its keys or lists cannot be read): the
/// cause is logged, the caller told what failed.
pub fn unavailable(what: &str, err: impl std::fmt::Display) -> Refusal {
    tracing::error!(error = %err, "{what}");
    Refusal::say(Kind::Unavailable, "pass_office_unavailable", "error-pass-office", &[("reason", err.to_string())])
}

/// The pass office's and the border post's files in a data directory: the
/// authority's keyring (`pass-keys.json`) and the trust and revocation lists
/// imported into `trust/` and `revocations/`. Opened once at the edge (the
/// CLI, when it opens the record) and handed to whoever issues or verifies, so
/// no layer below finds its own files. The keyring itself is read afresh on
/// each use: a rotation by `jirga pass keys rotate` takes effect on the next
/// pass without restarting the server.
#[derive(Debug, Clone)]
pub struct PassOffice {
    dir: PathBuf,
    authority: String,
}

impl PassOffice {
    /// The office of `data_dir`; its keyring is made now, for `authority_if_new`,
    /// if the directory has none (so a damaged or unreadable keyring is found
    /// at start, not by the first officer).
    pub fn open(data_dir: &Path, authority_if_new: &str) -> Result<Self, Refusal> {
        let office = PassOffice { dir: data_dir.to_owned(), authority: authority_if_new.to_owned() };
        office.keyring()?;
        Ok(office)
    }

    /// The authority's keyring as it is now.
    pub fn keyring(&self) -> Result<Keyring, Refusal> {
        Keyring::load_or_create(&self.dir, &self.authority, jiff::Timestamp::now().as_second()).map_err(|e| unavailable("pass keys", e))
    }

    /// Issue a pass: check the application, bind it to the holder's photo
    /// (already made the stored photo by [`jirga_passes::photo::normalize`]),
    /// sign it with the authority's current key, and record it with the
    /// holder's data and photo kept apart (one transaction). Returns what was
    /// committed and the signed document.
    pub async fn issue(
        &self,
        engine: &Engine,
        principal: &Principal,
        application: &PassApplication,
        photo: Option<&Photo>,
    ) -> Result<(Committed, String), Refusal> {
        // Authorized before anything is signed: a refused caller leaves no
        // signature behind (the command itself is authorized again in full
        // on the write path).
        if !may_issue(engine, principal) {
            return Err(Refusal::say(Kind::Forbidden, "not_authorized", "error-may-not-issue", &[]));
        }
        let now = jiff::Timestamp::now();
        let today = now.to_zoned(jiff::tz::TimeZone::UTC).date();
        let rule = |e| Refusal::from(jirga_engine::ExecError::Rule(e));
        let mut application = application.clone();
        if let Some(photo) = photo {
            jirga_passes::issue::bind_photo(&mut application, photo).map_err(rule)?;
        }
        jirga_passes::issue::check_application(&application, today).map_err(rule)?;
        let keyring = self.keyring()?;
        let prepared = jirga_passes::issue::prepare(&application, photo, &keyring, now);
        let committed = engine.execute_with_personal(principal, prepared.command, Some(prepared.personal)).await?;
        Ok((committed, prepared.document))
    }

    /// What the border post trusts now: its authority's keys, the revocations
    /// on its record, and every list imported into the directory.
    pub fn border_trust(&self, engine: &Engine) -> Result<BorderTrust, Refusal> {
        let now = jiff::Timestamp::now().as_second();
        let keyring = self.keyring()?;
        engine.read(|state| BorderTrust::load(&self.dir, Some(&keyring), state, now)).map_err(|e| unavailable("trust lists", e))
    }

    /// Verify a presented document now, at `point` when given.
    pub fn verify(&self, engine: &Engine, text: &str, point: Option<&PointCode>) -> Result<Verdict, Refusal> {
        let trust = self.border_trust(engine)?;
        Ok(jirga_passes::verify::verify(text, &trust, jiff::Timestamp::now().as_second(), point.map(PointCode::as_str)))
    }
}

/// Why an upload cannot be the holder's photo, in words the pass officer can
/// act on (the form's problem beside the photo field, the API's message).
pub fn photo_problem(err: &PhotoError, l: &Localizer) -> String {
    let id = format!("problem-{}", err.code().replace('_', "-"));
    match err {
        PhotoError::TooLarge { max, .. } => l.t_args(&id, &[("max", (max / (1024 * 1024)).to_string())]),
        PhotoError::TooManyPixels { max } => l.t_args(&id, &[("max", (max / 1_000_000).to_string())]),
        PhotoError::TooSmall { width, height, min_width, min_height } => l.t_args(
            &id,
            &[
                ("width", width.to_string()),
                ("height", height.to_string()),
                ("min_width", min_width.to_string()),
                ("min_height", min_height.to_string()),
            ],
        ),
        PhotoError::Empty | PhotoError::Format | PhotoError::Unreadable(_) => l.t(&id),
    }
}

/// An upload made the holder's stored photo, or refused naming `field`.
pub fn holder_photo(upload: &[u8], field: &str) -> Result<Photo, Refusal> {
    jirga_passes::photo::normalize(upload).map_err(|e| {
        let mut refusal = Refusal::new(Kind::Invalid, e.code(), photo_problem(&e, english()));
        refusal.field = Some(field.to_owned());
        refusal
    })
}

/// Every field of a pass application (as a form posts it, in JSON) that cannot
/// be used, each with what to do, in plain words: the issue form shows them all
/// at once, beside their fields (serde stops at the first). Empty when each
/// field on its own is usable; [`parse_application`] and the office's checks
/// then judge the whole.
pub fn application_problems(json: &Value, l: &Localizer) -> Vec<(String, String)> {
    let at = |path: &str| path.split('.').try_fold(json, |v, key| v.get(key)).filter(|v| !v.is_null());
    let label = |path: &str| l.t(&format!("field-{}", path.replace(['_', '.'], "-")));
    let mut problems: Vec<(String, String)> = Vec::new();
    let mut problem = |path: &str, id: &str| problems.push((path.to_owned(), l.t_args(id, &[("field", label(path))])));
    let text = |path: &str, required: bool, problem: &mut dyn FnMut(&str, &str)| match at(path).and_then(Value::as_str) {
        None | Some("") if required => problem(path, "problem-enter"),
        Some(value) if !value.is_empty() && Name::parse(value).is_err() => problem(path, "problem-text"),
        _ => {}
    };
    let day = |path: &str, problem: &mut dyn FnMut(&str, &str)| match at(path).and_then(Value::as_str) {
        None | Some("") => problem(path, "problem-enter-day"),
        Some(value) if crate::parse::parse_day(value).is_none() => problem(path, "problem-day"),
        _ => {}
    };
    let choice = |path: &str, allowed: &[&str], problem: &mut dyn FnMut(&str, &str)| match at(path).and_then(Value::as_str) {
        None | Some("") => problem(path, "problem-choose"),
        Some(value) if !allowed.contains(&value) => problem(path, "problem-choose-listed"),
        _ => {}
    };
    use jirga_core::model::{DocumentType, PassPurpose, Sex};
    text("holder.name_latin", true, &mut problem);
    text("holder.name_arabic", false, &mut problem);
    choice("holder.document_type", &DocumentType::ALL.iter().map(|d| d.as_str()).collect::<Vec<_>>(), &mut problem);
    text("holder.document_number", true, &mut problem);
    day("holder.date_of_birth", &mut problem);
    choice("holder.sex", &Sex::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(), &mut problem);
    match at("holder.nationality").and_then(Value::as_str) {
        None | Some("") => problem("holder.nationality", "problem-enter"),
        Some(n) if !jirga_passes::issue::is_nationality(n) => problem("holder.nationality", "problem-nationality"),
        _ => {}
    }
    if let Some(hash) = at("holder.photo_hash").and_then(Value::as_str)
        && !hash.is_empty()
        && !jirga_passes::issue::is_photo_hash(hash)
    {
        problem("holder.photo_hash", "problem-photo-hash");
    }
    choice("purpose.kind", &PassPurpose::ALL.iter().map(|p| p.as_str()).collect::<Vec<_>>(), &mut problem);
    match at("purpose.kind").and_then(Value::as_str) {
        Some("medical") => {
            text("purpose.hospital", true, &mut problem);
            day("purpose.appointment_on", &mut problem);
        }
        Some("business") => text("purpose.organization", true, &mut problem),
        Some("family_visit") => text("purpose.host", true, &mut problem),
        Some("cultural_exchange") => text("purpose.event", true, &mut problem),
        _ => {}
    }
    text("sponsor", true, &mut problem);
    if at("crossing_points").and_then(Value::as_array).is_none_or(|points| points.is_empty()) {
        problem("crossing_points", "problem-choose-one-or-more");
    }
    day("valid_from", &mut problem);
    day("valid_until", &mut problem);
    choice("entries.kind", &["single", "multiple"], &mut problem);
    if at("entries.kind").and_then(Value::as_str) == Some("multiple") && at("entries.max").and_then(Value::as_u64).is_none() {
        problem("entries.max", "problem-enter-number");
    }
    problems
}

/// A pass application from JSON (API body, CLI file or form), with errors naming
/// the field; a field the purpose or entry kind does not have is refused.
pub fn parse_application(mut json: Value) -> Result<PassApplication, Refusal> {
    crate::parse::check_dates(&json)?;
    crate::parse::integral_numbers_as_integers(&mut json);
    let text = json.to_string();
    let mut de = serde_json::Deserializer::from_str(&text);
    serde_path_to_error::deserialize::<_, PassApplication>(&mut de).map_err(Refusal::invalid_body)
}

/// May `principal` issue passes at all?
pub fn may_issue(engine: &Engine, principal: &Principal) -> bool {
    engine.read(|s| engine.authorizer().may(principal, "issue_pass", None, s))
}

/// The `record_crossing` command for a verified document: the verifier's
/// findings (failure, issuer, allowed points and entries), never the officer's say-so.
pub fn crossing_command(
    verdict: &Verdict,
    point: &PointCode,
    direction: Direction,
    at: jiff::Timestamp,
) -> Result<VerifiedCrossing, Refusal> {
    let not_a_pass = || {
        let failure = verdict.failure().map_or("unknown", Failure::as_str).to_owned();
        Refusal::say(Kind::Invalid, "not_a_pass", "error-not-a-pass", &[("failure", failure)])
    };
    let name = |s: &str| Name::parse(s.chars().take(200).collect::<String>()).ok();
    let document_id = verdict.document_id().and_then(|id| name(&id)).ok_or_else(not_a_pass)?;
    let pass = verdict.pass.as_ref();
    let presented = Presented {
        failure: verdict.failure().and_then(|f| name(f.as_str())),
        issuer: verdict.iss.as_deref().and_then(name).unwrap_or_else(|| name("unknown").expect("valid")),
        crossing_points: pass.map(|p| p.crossing_points.iter().filter_map(|c| PointCode::parse(c).ok()).collect()).unwrap_or_default(),
        max_entries: pass.map_or(1, |p| p.max_entries),
    };
    Ok(VerifiedCrossing::from_verifier(document_id, point.clone(), direction, at, presented))
}
