//! One module per area of the process; each renders its pages from the state.

mod agreement;
mod audit;
pub mod briefing;
mod claims;
mod commitments;
mod communities;
mod dashboard;
mod delegations;
mod delivery;
mod grievances;
pub mod incidents;
mod mandate;
pub mod passes;
mod policies;
mod profile;
mod registers;
mod results;
mod talks;

use jirga_core::EventRecord;
use jirga_engine::ledger::InclusionProof;
use maud::Markup;

use super::Page;
use super::layout::{Ctx, page};
use crate::AppState;

/// What some pages need beyond the state: the event log, the ledger.
#[derive(Default)]
pub struct Extra {
    pub events: Vec<EventRecord>,
    pub checkpoint: Option<String>,
    pub public_key: Option<String>,
    pub ledger_size: u64,
    pub proof: Option<Result<InclusionProof, String>>,
    /// Each policy set and its text in force.
    pub policies: Vec<(jirga_core::model::PolicySetName, String)>,
    /// Pass holders' data by document id, for viewers who may see it.
    pub holders: std::collections::BTreeMap<String, jirga_core::pass::HolderRecord>,
    /// The holder's photo of the pass on the page, for viewers who may see it.
    pub photo: Option<crate::passes::PhotoOnFile>,
    /// The border post's verdict on the document just presented.
    pub border: Option<BorderCheck>,
    /// Which page of a long list to show (`?page=N`, from 1).
    pub list_page: usize,
    /// Who raised the sensitive grievance on the page, for viewers who may know.
    pub raiser: Option<grievances::RaiserOnFile>,
    /// The record's witnesses: the quorum, each (name, URL, key, status), and
    /// the newest checkpoint the quorum cosigned.
    pub witnesses: Option<WitnessView>,
    /// The name of the agreement key this instance holds for the viewer, if it holds one.
    pub held_key: Option<String>,
}

/// The audit page's witnesses: quorum, (name, URL, key, status) each, the cosigned checkpoint.
pub type WitnessView = (usize, Vec<(String, String, String, crate::witnesses::WitnessStatus)>, Option<String>);

/// A document presented at the border post and what the verifier said.
pub struct BorderCheck {
    pub text: String,
    pub point: String,
    pub verdict: jirga_passes::verify::Verdict,
    /// The image or input could not be read at all.
    pub error: Option<String>,
    /// The photo kept for the presented pass, judged against its signed fingerprint.
    pub photo: crate::passes::PhotoOnFile,
}

impl BorderCheck {
    /// A verdict at `point`, with the photo kept for the pass presented.
    pub fn new(
        app: &AppState,
        principal: &jirga_core::Principal,
        text: String,
        point: String,
        verdict: jirga_passes::verify::Verdict,
        error: Option<String>,
    ) -> BorderCheck {
        let photo = match (verdict.document_id(), verdict.pass.as_ref()) {
            (Some(document_id), Some(pass)) => crate::passes::photo(app, principal, &document_id, pass.photo_hash.as_deref()),
            _ => crate::passes::PhotoOnFile::None,
        };
        BorderCheck { text, point, verdict, error, photo }
    }
}

impl Extra {
    pub fn load(app: &AppState, principal: &jirga_core::Principal, page: &Page) -> Extra {
        let mut extra = Extra::default();
        match page {
            Page::Passes(_) => extra.holders = crate::passes::holders(app, principal),
            Page::Pass(id) => {
                let document = app.engine.read(|s| s.passes.get(id).map(|p| p.document_id.to_string()));
                if let Some(document) = document
                    && let Some(holder) = crate::passes::holder(app, principal, &document)
                {
                    let signed = holder.application.holder.photo_hash.as_ref().map(|h| h.to_string());
                    extra.photo = Some(crate::passes::photo(app, principal, &document, signed.as_deref()));
                    extra.holders.insert(document, holder);
                }
            }
            Page::Events(seq) => {
                let from = seq.map_or(0, |s| s.saturating_sub(25));
                extra.events = app.engine.events(from, 200).unwrap_or_default();
            }
            Page::Event(seq) => {
                extra.events = app.engine.events(*seq, 1).unwrap_or_default();
            }
            Page::Audit | Page::Proof(_) => {
                // One read of the newest checkpoint: the page shows it, its size, and
                // a proof at exactly that size, so all three agree even while
                // commands keep arriving.
                let latest = app.engine.with_reader(|s| s.latest_checkpoint()).ok().flatten();
                extra.ledger_size = latest.as_ref().map_or(0, |c| c.size);
                extra.public_key = app.engine.public_key().map(str::to_owned);
                if let Page::Proof(index) = page {
                    let size = Some(extra.ledger_size);
                    extra.proof = Some(app.engine.inclusion_proof(*index, size).map_err(|e| e.to_string()));
                }
                extra.checkpoint = latest.map(|c| c.note);
                extra.witnesses = app.witnesses.as_ref().map(|w| (w.quorum(), w.statuses(), w.cosigned_checkpoint()));
            }
            Page::Grievance(id) => extra.raiser = Some(raiser(app, principal, id)),
            Page::Briefing(_) => extra.checkpoint = briefing_checkpoint(app),
            Page::Commitment(_) => extra.held_key = principal.person.as_ref().and_then(|p| crate::html::agreement::held_key_name(app, p)),
            Page::Policies => {
                extra.policies = jirga_core::model::PolicySetName::ALL
                    .iter()
                    .filter_map(|set| app.engine.policy_in_force(*set).map(|text| (*set, text)))
                    .collect();
            }
            _ => {}
        }
        extra
    }
}

/// The checkpoint a briefing is made from: the newest a quorum of the
/// witnesses cosigned, else the newest the log signed.
pub fn briefing_checkpoint(app: &AppState) -> Option<String> {
    app.witnesses
        .as_ref()
        .and_then(|w| w.cosigned_checkpoint())
        .or_else(|| app.engine.with_reader(|s| s.latest_checkpoint()).ok().flatten().map(|c| c.note))
}

/// Who raised a sensitive grievance, from the row kept apart, for a viewer
/// the policy lets read it; the row counts only when it matches the record's
/// commitment (an edited row is said to be one, and not shown).
fn raiser(app: &AppState, principal: &jirga_core::Principal, id: &jirga_core::ids::GrievanceId) -> grievances::RaiserOnFile {
    use grievances::RaiserOnFile;
    let commitment = app.engine.read(|s| s.grievances.get(id).and_then(|g| g.raiser_commitment.as_ref().map(|c| c.to_string())));
    let Some(commitment) = commitment else { return RaiserOnFile::None };
    if !app.engine.may_read(principal, jirga_core::hooks::Read::SensitiveRaiser) {
        return RaiserOnFile::None;
    }
    let row = app.engine.personal(&jirga_core::state::raiser_key(id.as_str())).ok().flatten();
    match row.and_then(|r| serde_json::from_str::<jirga_core::state::KeptRaiser>(&r).ok()) {
        Some(kept) if kept.matches(&commitment) => RaiserOnFile::Matches(kept.person),
        Some(_) => RaiserOnFile::Mismatch,
        None => RaiserOnFile::None,
    }
}

/// The page's markup, or `None` when it names a record that does not exist.
pub fn render(ctx: &Ctx, extra: &Extra) -> Option<Markup> {
    let (title, body) = match ctx.page {
        Page::Home => match ctx.state.initiatives.keys().next() {
            Some(first) => dashboard::dashboard(ctx, first)?,
            None => registers::initiatives(ctx),
        },
        Page::Initiatives => registers::initiatives(ctx),
        Page::Registers => registers::registers(ctx),
        Page::Events(seq) => registers::events(ctx, &extra.events, *seq),
        Page::Event(seq) => registers::event(ctx, extra.events.first().filter(|e| e.seq == *seq)?)?,
        Page::Audit => audit::audit(ctx, extra),
        Page::Proof(index) => audit::proof(ctx, extra, *index)?,
        Page::Dashboard(i) => dashboard::dashboard(ctx, i)?,
        Page::Approval(i) => mandate::approval(ctx, i)?,
        Page::Liaison(i) => mandate::liaison(ctx, i)?,
        Page::Delegations(i) => delegations::list(ctx, i)?,
        Page::Delegation(d) => delegations::one(ctx, d)?,
        Page::Phases(i) => talks::phases(ctx, i)?,
        Page::Meetings(i) => talks::meetings(ctx, i, extra.list_page)?,
        Page::Meeting(m) => talks::meeting(ctx, m)?,
        Page::Claims(i, topic) => claims::claims(ctx, i, topic.as_deref(), extra.list_page)?,
        Page::Commitments(i, status) => commitments::list(ctx, i, status.as_deref(), extra.list_page)?,
        Page::Commitment(c) => commitments::one(ctx, c, extra.held_key.as_deref())?,
        Page::Policies => policies::policies(ctx, extra),
        Page::Passes(q) => passes::list(ctx, extra, q.as_deref()),
        Page::PassNew => passes::new(ctx),
        Page::Pass(id) => passes::one(ctx, extra, id)?,
        Page::Border => passes::border(ctx, extra),
        Page::Profile => profile::profile(ctx),
        Page::Crossings(anomaly) => passes::crossings(ctx, anomaly.as_deref(), extra.list_page),
        Page::Crossing(id) => passes::crossing(ctx, id)?,
        Page::Incidents(filter) => incidents::dashboard(ctx, filter),
        Page::Incident(id) => incidents::one(ctx, id)?,
        Page::IncidentNew => incidents::new(ctx),
        Page::Alerts => incidents::alerts(ctx),
        Page::Movements => incidents::movements(ctx),
        Page::Communities => communities::list(ctx),
        Page::Community(id) => communities::one(ctx, id)?,
        Page::Grievances(filter) => grievances::list(ctx, filter),
        Page::Grievance(id) => grievances::one(ctx, id, extra.raiser.as_ref().unwrap_or(&grievances::RaiserOnFile::None))?,
        Page::Results(id, q) => results::results(ctx, id, q)?,
        Page::Briefing(id) => briefing::briefing(ctx, id, extra.checkpoint.as_deref())?,
    };
    Some(page(ctx, &title, body))
}
