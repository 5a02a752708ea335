//! The results tracker: an initiative's commitments as provisions, in the
//! shape of the Peace Accords Matrix (provision, date, score, evidence), with
//! what is derived on a reading day (overdue, the score then). Pure: the day is
//! an input; every page, export and API answer reads the same rows from here.

use jiff::civil::Date;
use serde::Serialize;

use crate::ids::*;
use crate::model::*;
use crate::state::{Commitment, Community, Milestone, Score, State};

/// Which provisions a reader asked for (every field narrows; none: all).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResultsFilter {
    pub phase: Option<u32>,
    pub topic: Option<Topic>,
    pub status: Option<CommitmentStatus>,
    /// Only confidence-building measures.
    pub measures_only: bool,
    /// Only what is overdue on the reading day.
    pub overdue_only: bool,
    pub community: Option<CommunityId>,
}

/// One commitment as a provision on the reading day.
#[derive(Debug, Clone, Serialize)]
pub struct Provision<'a> {
    #[serde(rename = "provision_id")]
    pub id: &'a CommitmentId,
    #[serde(rename = "provision")]
    pub text: &'a str,
    pub phase: u32,
    pub topic: Topic,
    pub status: CommitmentStatus,
    pub confidence_building: bool,
    pub communities: Vec<&'a str>,
    pub due_on: Option<Date>,
    pub overdue: bool,
    /// Numbers (from 1) of its milestones overdue on the reading day.
    pub overdue_milestones: Vec<u32>,
    /// The latest progress reported, in per cent.
    pub progress: Option<u8>,
    /// The score in force on the reading day.
    pub score: Option<&'a Score>,
    pub milestones: &'a [Milestone],
    /// Every score, oldest first: the provision's history on the PAM scale.
    pub scores: &'a [Score],
}

/// Communities a commitment concerns: those a measure names, then those whose
/// grievances it addresses.
pub fn communities_of<'a>(state: &'a State, commitment: &Commitment) -> Vec<&'a Community> {
    let mut out: Vec<&Community> = Vec::new();
    let named = commitment.cbm.iter().flat_map(|m| m.communities.iter());
    let aggrieved = state.grievances.values().filter(|g| g.commitments.contains(&commitment.id)).map(|g| &g.community);
    for id in named.chain(aggrieved) {
        if let Some(c) = state.communities.get(id)
            && !out.iter().any(|o| o.id == c.id)
        {
            out.push(c);
        }
    }
    out
}

/// The provisions of `initiative` that `filter` keeps, on `day`, in id order.
pub fn provisions<'a>(state: &'a State, initiative: &InitiativeId, day: Date, filter: &ResultsFilter) -> Vec<Provision<'a>> {
    state
        .commitments
        .values()
        .filter(|c| &c.initiative == initiative)
        .filter_map(|c| {
            let phase = state.phases.get(&c.phase).map_or(0, |p| p.number);
            let communities = communities_of(state, c);
            let overdue_milestones: Vec<u32> = if c.is_open() { c.overdue_milestones(day).map(|(n, _)| n).collect() } else { vec![] };
            let keep = filter.phase.is_none_or(|p| p == phase)
                && filter.topic.is_none_or(|t| t == c.topic)
                && filter.status.is_none_or(|s| s == c.status)
                && (!filter.measures_only || c.cbm.is_some())
                && (!filter.overdue_only || c.has_overdue(day))
                && filter.community.as_ref().is_none_or(|id| communities.iter().any(|k| &k.id == id));
            keep.then(|| Provision {
                id: &c.id,
                text: c.text.as_str(),
                phase,
                topic: c.topic,
                status: c.status,
                confidence_building: c.cbm.is_some(),
                communities: communities.iter().map(|k| k.name_latin.as_str()).collect(),
                due_on: c.due_on,
                overdue: c.overdue_on(day),
                overdue_milestones,
                progress: c.progress.iter().rev().find_map(|p| p.percent),
                score: c.score_on(day),
                milestones: &c.milestones,
                scores: &c.scores,
            })
        })
        .collect()
}

/// How many provisions stood at each PAM score (index 0–3) and unscored
/// (index 4) at the end of each month from `from` to `to`: the share of
/// commitments by score over time. Commitments count from the month they
/// were drafted.
pub fn score_shares(provisions: &[Provision<'_>], state: &State, from: Date, to: Date) -> Vec<(Date, [u32; 5])> {
    let mut out = Vec::new();
    let mut month = from.first_of_month();
    while month <= to && out.len() < 240 {
        let end = month.last_of_month().min(to);
        let mut counts = [0u32; 5];
        for p in provisions {
            let Some(c) = state.commitments.get(p.id) else { continue };
            if c.drafted_on > end {
                continue;
            }
            match c.score_on(end) {
                Some(s) => counts[usize::from(s.score.min(3))] += 1,
                None => counts[4] += 1,
            }
        }
        out.push((month, counts));
        let Ok(next) = month.checked_add(jiff::Span::new().months(1)) else { break };
        month = next;
    }
    out
}
