//! Delivery of commitments: confidence-building measures, milestones with
//! their indicators, implementation scores on the Peace Accords Matrix scale,
//! and what is derived from them on a reading day (overdue, lapsing). The
//! domain has no clock: the day is an input, and every flag is a pure function
//! of the record and that day.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::authority::Actor;
use crate::ids::*;
use crate::model::*;
use crate::text::{Body, Name};

use super::{ApprovalRequest, Commitment};

/// How many days ahead an approval about to lapse is warned of.
pub const LAPSE_WARNING_DAYS: i32 = 14;

/// A commitment marked as a confidence-building measure between communities
/// and/or authorities that, together, are on both sides of the border.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConfidenceBuilding {
    pub communities: Vec<CommunityId>,
    pub parties: Vec<PartyId>,
    pub marked_on: Date,
}

/// A step of delivery with its due day and, optionally, an indicator measured over time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    pub title: Name,
    pub due_on: Date,
    /// What is measured ("passes issued for medical treatment per month").
    pub indicator: Option<Name>,
    /// The value that means the milestone is met.
    pub target: Option<u64>,
    pub readings: Vec<MilestoneReading>,
    /// The day a report said it was met.
    pub met_on: Option<Date>,
}

/// A report on a milestone: the indicator's value on a day, and whether it is met.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MilestoneReading {
    pub on: Date,
    pub value: Option<u64>,
    pub met: bool,
    pub note: Option<Body>,
}

impl Milestone {
    /// Due before `day` and not met by then.
    pub fn overdue_on(&self, day: Date) -> bool {
        self.due_on < day && self.met_on.is_none_or(|met| met > day)
    }
}

/// An implementation score on the Peace Accords Matrix scale, who gave it, and on what evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub score: u8,
    pub scored_on: Date,
    pub scored_by: Actor,
    pub evidence: Evidence,
}

impl Commitment {
    /// Due before `day` and neither fulfilled nor ended otherwise by then.
    pub fn overdue_on(&self, day: Date) -> bool {
        let ended_by = |day: Date| self.status_log.iter().any(|s| s.to.is_terminal() && s.on <= day);
        self.due_on.is_some_and(|due| due < day) && !ended_by(day)
    }

    /// Its milestones overdue on `day`, with their numbers (from 1).
    pub fn overdue_milestones(&self, day: Date) -> impl Iterator<Item = (u32, &Milestone)> {
        self.milestones.iter().enumerate().filter(move |(_, m)| m.overdue_on(day)).map(|(i, m)| (i as u32 + 1, m))
    }

    /// Anything about it overdue on `day`: itself or a milestone of an open commitment.
    pub fn has_overdue(&self, day: Date) -> bool {
        self.overdue_on(day) || (self.is_open() && self.overdue_milestones(day).next().is_some())
    }

    /// The latest score given on or before `day`.
    pub fn score_on(&self, day: Date) -> Option<&Score> {
        self.scores.iter().filter(|s| s.scored_on <= day).max_by_key(|s| s.scored_on)
    }
}

impl ApprovalRequest {
    /// The last day of a granted approval that lapses within the warning
    /// window after `day` (today included), if it does.
    pub fn lapsing_on(&self, day: Date) -> Option<Date> {
        let decision = self.decision.as_ref().filter(|d| d.decision == Decision::Approve)?;
        let until = decision.valid_until?;
        let horizon = day.checked_add(jiff::Span::new().days(LAPSE_WARNING_DAYS)).ok()?;
        (until >= day && until <= horizon && self.current_standing() != Standing::Withdrawn).then_some(until)
    }
}
