//! The initiative's gates as a task list: federal approval → notification →
//! groundwork visit → phase 1 → substantive visit → phase 2, each with its status
//! and, when it cannot start, the rule that blocks it.

use jiff::civil::Date;
use serde::Serialize;

use crate::decide::approval_in_force;
use crate::error::RuleError;
use crate::ids::InitiativeId;
use crate::model::{Purpose, VisitStatus};
use crate::state::{Initiative, State, Visit};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GateStep {
    FederalApproval,
    Notification,
    GroundworkVisit,
    PhaseOne,
    SubstantiveVisit,
    PhaseTwo,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GateStatus {
    CannotStartYet,
    Ready,
    InProgress,
    Done,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gate {
    pub step: GateStep,
    pub status: GateStatus,
    /// Why the gate cannot start yet.
    #[serde(skip)]
    pub blocker: Option<RuleError>,
}

impl GateStep {
    pub fn fluent_id(self) -> &'static str {
        match self {
            GateStep::FederalApproval => "gate-federal-approval",
            GateStep::Notification => "gate-notification",
            GateStep::GroundworkVisit => "gate-groundwork-visit",
            GateStep::PhaseOne => "gate-phase-one",
            GateStep::SubstantiveVisit => "gate-substantive-visit",
            GateStep::PhaseTwo => "gate-phase-two",
        }
    }
}

impl GateStatus {
    pub fn fluent_id(self) -> &'static str {
        match self {
            GateStatus::CannotStartYet => "gate-status-cannot-start-yet",
            GateStatus::Ready => "gate-status-ready",
            GateStatus::InProgress => "gate-status-in-progress",
            GateStatus::Done => "gate-status-done",
        }
    }
}

fn visits_of<'a>(state: &'a State, ini: &'a Initiative, purpose: Purpose) -> impl Iterator<Item = &'a Visit> + 'a {
    state
        .delegations
        .values()
        .filter(move |d| d.initiative == ini.id && d.purpose == purpose)
        .flat_map(move |d| d.visits.iter().filter_map(|v| state.visits.get(v)))
}

fn visit_gate(state: &State, ini: &Initiative, purpose: Purpose, blocker: Option<RuleError>) -> (GateStatus, Option<RuleError>) {
    let best = visits_of(state, ini, purpose).map(|v| v.status()).max();
    match best {
        Some(VisitStatus::ReportedBack) => (GateStatus::Done, None),
        Some(VisitStatus::Travelled) => (GateStatus::InProgress, None),
        _ if blocker.is_some() => (GateStatus::CannotStartYet, blocker),
        Some(VisitStatus::Planned) => (GateStatus::InProgress, None),
        None => (GateStatus::Ready, None),
    }
}

/// The gates of an initiative as of `today`. Returns an empty list for an unknown id.
pub fn gates(state: &State, initiative: &InitiativeId, today: Date) -> Vec<Gate> {
    let Some(ini) = state.initiatives.get(initiative) else {
        return vec![];
    };
    let approval = approval_in_force(state, initiative, today);
    let approval_blocker = approval.as_ref().err().cloned();
    let mut out = Vec::new();

    let pending = state.approvals.values().any(|r| &r.initiative == initiative && r.decision.is_none());
    out.push(match (&approval, pending) {
        (Ok(_), _) => Gate { step: GateStep::FederalApproval, status: GateStatus::Done, blocker: None },
        (Err(_), true) => Gate { step: GateStep::FederalApproval, status: GateStatus::InProgress, blocker: None },
        (Err(e), false) => Gate { step: GateStep::FederalApproval, status: GateStatus::Ready, blocker: Some(e.clone()) },
    });

    let notifications: Vec<_> = state.notifications.values().filter(|n| &n.initiative == initiative).collect();
    let status = if notifications.iter().any(|n| n.acknowledgement.is_some()) {
        GateStatus::Done
    } else if notifications.is_empty() {
        GateStatus::Ready
    } else {
        GateStatus::InProgress
    };
    out.push(Gate { step: GateStep::Notification, status, blocker: None });

    let notified = !notifications.is_empty();
    let travel_blocker = approval_blocker.clone().or((!notified).then_some(RuleError::NotNotified));
    let (status, blocker) = visit_gate(state, ini, Purpose::Groundwork, travel_blocker.clone());
    out.push(Gate { step: GateStep::GroundworkVisit, status, blocker });

    let phases: Vec<_> = ini.phases.iter().filter_map(|p| state.phases.get(p)).collect();
    let phase_gate = |number: u32, blocker: Option<RuleError>| -> (GateStatus, Option<RuleError>) {
        let Some(phase) = phases.iter().find(|p| p.number == number) else {
            return (GateStatus::CannotStartYet, blocker);
        };
        let discussed = phase.agenda.iter().filter_map(|a| state.agenda_items.get(a)).any(|a| !a.discussed_in.is_empty());
        match (phase.conclusion.is_some(), discussed, blocker) {
            (true, _, _) => (GateStatus::Done, None),
            (false, true, _) => (GateStatus::InProgress, None),
            (false, false, Some(b)) => (GateStatus::CannotStartYet, Some(b)),
            (false, false, None) => (GateStatus::Ready, None),
        }
    };
    let (status, blocker) = phase_gate(1, approval_blocker.clone());
    let phase_one_done = status == GateStatus::Done;
    out.push(Gate { step: GateStep::PhaseOne, status, blocker });

    let groundwork_reported = visits_of(state, ini, Purpose::Groundwork).any(|v| v.report.is_some());
    let substantive_blocker = travel_blocker.or((ini.groundwork_first && !groundwork_reported).then_some(RuleError::GroundworkNotReported));
    let (status, blocker) = visit_gate(state, ini, Purpose::Substantive, substantive_blocker);
    out.push(Gate { step: GateStep::SubstantiveVisit, status, blocker });

    let phase_two_blocker =
        approval_blocker.or((!phase_one_done && ini.phase_order_waived.is_none()).then_some(RuleError::PhaseOrder { phase: 2 }));
    let (status, blocker) = phase_gate(2, phase_two_blocker);
    out.push(Gate { step: GateStep::PhaseTwo, status, blocker });
    out
}

/// The first gate that is not done.
pub fn next_gate(gates: &[Gate]) -> Option<&Gate> {
    gates.iter().find(|g| g.status != GateStatus::Done)
}
