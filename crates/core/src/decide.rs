//! The rules of the process: given the state and a command, the event to record
//! or the rule it breaks. Pure: no I/O, no clock; the state is not changed.

mod tribal;

pub use tribal::party_side;

use std::collections::BTreeSet;

use jiff::civil::Date;

use crate::command::Command;
use crate::error::RuleError;
use crate::event::Event;
use crate::ids::*;
use crate::model::*;
use crate::state::*;

/// Most conditions one approval may set.
pub const MAX_CONDITIONS: u32 = 20;

/// Decide a command against the state, with no guardrail assessment.
pub fn decide(state: &State, command: &Command) -> Result<Event, RuleError> {
    decide_assessed(state, command, None)
}

/// Decide a command with the national-framework guardrail's assessment of it (an
/// input fact, like the date: the guardrail runs outside the pure domain). A
/// forbidden commitment cannot be proposed or agreed; one that needs federal
/// concurrence cannot be agreed before the federal side concurs.
pub fn decide_assessed(state: &State, command: &Command, assessment: Option<&Assessment>) -> Result<Event, RuleError> {
    decide_recorded(state, command, assessment, None)
}

/// [`decide_assessed`] on the day the command is recorded (the engine's clock,
/// passed in like every other fact): what it says was done cannot have been
/// done after that day (`date_in_future`).
pub fn decide_recorded(
    state: &State,
    command: &Command,
    assessment: Option<&Assessment>,
    recorded_on: Option<Date>,
) -> Result<Event, RuleError> {
    if let (Some(today), Some((field, done))) = (recorded_on, command.done_on())
        && done > today
    {
        return Err(RuleError::DateInFuture { field });
    }
    let created = check(state, command)?;
    let judged = matches!(command, Command::ChangeCommitmentStatus { to: CommitmentStatus::Proposed | CommitmentStatus::Agreed, .. });
    let assessment = if judged { assessment.cloned() } else { None };
    if let (Some(a), Command::ChangeCommitmentStatus { commitment, to, on, .. }) = (&assessment, command) {
        let policies = || a.reasons.iter().map(|r| r.policy.as_str()).collect::<Vec<_>>().join(", ");
        match a.verdict {
            Verdict::Forbidden => {
                // With no approval in force there are no approved topics, and
                // "outside the approved topics" would say the wrong thing:
                // say what is missing.
                if a.reasons.iter().all(|r| r.policy == "outside-approved-topics")
                    && let Some(c) = state.commitments.get(commitment)
                {
                    approval_in_force(state, &c.initiative, *on)?;
                }
                return Err(RuleError::FrameworkForbidden { reasons: policies() });
            }
            Verdict::NeedsConcurrence if *to == CommitmentStatus::Agreed => {
                let concurred = state.commitments.get(commitment).is_some_and(|c| c.concurrence.is_some());
                if !concurred {
                    return Err(RuleError::ConcurrenceRequired { reasons: policies() });
                }
            }
            _ => {}
        }
    }
    // Agreed only what the counterpart accepted in a meeting with it; asked
    // last, so that what the national framework forbids or needs concurrence
    // for is said first (accepting it would change nothing).
    if let Command::ChangeCommitmentStatus { commitment, to: CommitmentStatus::Agreed, on, .. } = command {
        let c = get(&state.commitments, commitment, "commitment")?;
        let acceptance = c.acceptance.as_ref().ok_or(RuleError::NotAccepted)?;
        not_before("on", *on, "accepted_on", acceptance.accepted_on)?;
    }
    let anomalies = match command {
        Command::RecordCrossing { document_id, crossing_point, direction, crossed_at, presented } => {
            let ours = state.pass_by_document(document_id.as_str());
            let on = crossed_at.to_zoned(jiff::tz::TimeZone::UTC).date();
            crate::pass::anomalies(&state.crossings_of(document_id.as_str()), crossing_point, *direction, presented, ours, on)
        }
        _ => vec![],
    };
    let (alerts, duplicate_candidates) = match command {
        Command::RecordIncidents { rows, format, .. } => {
            // Published exports are deduplicated by their publishers; hand
            // entries (from a news report) are where one attack arrives twice.
            let per_row: Vec<(String, Vec<String>)> = match format {
                IncidentFormat::Form => rows.iter().map(|i| (i.event_id_cnty.to_string(), state.incidents.candidates_for(i))).collect(),
                IncidentFormat::Acled | IncidentFormat::Ucdp => vec![],
            };
            let held: Vec<String> = per_row.iter().filter(|(_, c)| !c.is_empty()).map(|(id, _)| id.clone()).collect();
            (state.incidents.alerts_for(rows.iter(), &held), per_row.into_iter().flat_map(|(_, c)| c).collect())
        }
        Command::ResolveDuplicate { incident, duplicate_of, decision: DuplicateDecision::KeepApart, .. } => {
            (state.incidents.alerts_when_kept_apart(incident.as_str(), duplicate_of.as_str()), vec![])
        }
        _ => (vec![], vec![]),
    };
    let breaches = match command {
        Command::RecordMeeting { as_breach: true, .. } => {
            meeting_rules(state, command)?.iter().map(crate::event::BrokenRule::from).collect()
        }
        Command::RecordTravel { as_breach: true, .. } => travel_rules(state, command)?.iter().map(crate::event::BrokenRule::from).collect(),
        _ => vec![],
    };
    Ok(Event {
        created,
        change: command.clone(),
        assessment,
        anomalies,
        alerts,
        duplicate_candidates,
        breaches,
        idempotency: None,
        break_glass: false,
    })
}

/// A meeting's references checked (an error for a meeting that cannot be
/// recorded at all), then the process's rules it breaks, every one of them:
/// the approval (when it is with the other side, by who took part and where:
/// see `sides`), the approved topics and the phase order.
fn meeting_rules(state: &State, command: &Command) -> Result<Vec<RuleError>, RuleError> {
    let Command::RecordMeeting { initiative, held_on, place, participants, agenda_items, outcomes, .. } = command else {
        return Ok(vec![]);
    };
    let ini = get(&state.initiatives, initiative, "initiative")?;
    non_empty_unique("participants", participants)?;
    let with_counterpart = crate::sides::with_the_other_side(state, ini, participants, place.as_str())?;
    if !agenda_items.is_empty() {
        non_empty_unique("agenda_items", agenda_items)?;
    }
    not_before("held_on", *held_on, "launched_on", ini.launched_on)?;
    let mut items = Vec::with_capacity(agenda_items.len());
    for id in agenda_items {
        let item = get(&state.agenda_items, id, "agenda_item")?;
        let phase = get(&state.phases, &item.phase, "phase")?;
        if &phase.initiative != initiative {
            return Err(RuleError::WrongInitiative { field: "agenda_items" });
        }
        items.push((item, phase));
    }
    for outcome in outcomes {
        if let Some(item) = &outcome.agenda_item
            && !agenda_items.contains(item)
        {
            return Err(RuleError::NotDiscussed { item: item.to_string() });
        }
    }
    let mut broken = Vec::new();
    if with_counterpart {
        match approval_in_force(state, initiative, *held_on) {
            Ok(approval) => broken.extend(items.iter().filter_map(|(item, _)| topic_approved(approval, item.topic).err())),
            Err(rule) => broken.push(rule),
        }
    }
    broken.extend(items.iter().filter_map(|(_, phase)| phase_order(state, ini, phase, *held_on).err()));
    broken.dedup();
    Ok(broken)
}

/// A visit's references checked (an error for travel that cannot be recorded
/// at all), then the process's rules it breaks, every one of them: the
/// approval in force, the formal notification of the federal government
/// (the articles: "ensuring its alignment with national foreign and security
/// policies"), and for the substantive delegation the groundwork visit's report.
fn travel_rules(state: &State, command: &Command) -> Result<Vec<RuleError>, RuleError> {
    let Command::RecordTravel { visit, travelled_on, .. } = command else {
        return Ok(vec![]);
    };
    let v = get(&state.visits, visit, "visit")?;
    if v.travelled_on.is_some() {
        return Err(RuleError::AlreadyTravelled);
    }
    let del = get(&state.delegations, &v.delegation, "delegation")?;
    not_before("travelled_on", *travelled_on, "formed_on", del.formed_on)?;
    let ini = get(&state.initiatives, &del.initiative, "initiative")?;
    let mut broken = Vec::new();
    if let Err(rule) = approval_in_force(state, &ini.id, *travelled_on) {
        broken.push(rule);
    }
    if !state.notifications.values().any(|n| n.initiative == ini.id && n.sent_on <= *travelled_on) {
        broken.push(RuleError::NotNotified);
    }
    if del.purpose == Purpose::Substantive && ini.groundwork_first {
        let groundwork_reported = state
            .delegations
            .values()
            .filter(|d| d.initiative == ini.id && d.purpose == Purpose::Groundwork)
            .flat_map(|d| d.visits.iter().filter_map(|v| state.visits.get(v)))
            .any(|v| v.report.as_ref().is_some_and(|r| r.reported_on <= *travelled_on));
        if !groundwork_reported {
            broken.push(RuleError::GroundworkNotReported);
        }
    }
    Ok(broken)
}

/// The crossing point with this code must be registered.
fn known_point(state: &State, code: &crate::pass::PointCode) -> Result<(), RuleError> {
    if state.crossing_point(code.as_str()).is_some() { Ok(()) } else { Err(RuleError::UnknownCrossingPoint { code: code.to_string() }) }
}

fn next<T>(map: &std::collections::BTreeMap<impl Ord, T>, offset: u64) -> u64 {
    map.len() as u64 + 1 + offset
}

fn get<'a, K: Ord + std::fmt::Display, V>(
    map: &'a std::collections::BTreeMap<K, V>,
    id: &K,
    kind: &'static str,
) -> Result<&'a V, RuleError> {
    map.get(id).ok_or_else(|| RuleError::not_found(kind, id))
}

/// `date` (the command's `field`) must not be before `bound` (the record's `earlier`).
fn not_before(field: &'static str, date: Date, earlier: &'static str, bound: Date) -> Result<(), RuleError> {
    if date < bound {
        return Err(RuleError::DateOrder { field, earlier, bound });
    }
    Ok(())
}

fn non_empty_unique<T: Ord + Clone + std::fmt::Debug>(field: &'static str, items: &[T]) -> Result<(), RuleError> {
    if items.is_empty() {
        return Err(RuleError::EmptyList { field });
    }
    let mut seen = BTreeSet::new();
    for item in items {
        if !seen.insert(item.clone()) {
            return Err(RuleError::Duplicate { field, value: format!("{item:?}").trim_matches('"').to_owned() });
        }
    }
    Ok(())
}

fn party_of_kind(state: &State, field: &'static str, id: &PartyId, kind: PartyKind) -> Result<(), RuleError> {
    let party = get(&state.parties, id, "party")?;
    if party.kind != kind {
        return Err(RuleError::WrongPartyKind { field, expected: kind.as_str() });
    }
    Ok(())
}

fn topics_within(initiative: &Initiative, topics: &[Topic]) -> Result<(), RuleError> {
    match topics.iter().find(|t| !initiative.topics.contains(t)) {
        Some(topic) => Err(RuleError::TopicNotInInitiative { topic: *topic }),
        None => Ok(()),
    }
}

/// The federal approval in force for an initiative on a given day: granted
/// by then, not lapsed, and neither suspended nor withdrawn on that day.
pub fn approval_in_force<'a>(state: &'a State, initiative: &InitiativeId, on: Date) -> Result<&'a ApprovalDecision, RuleError> {
    let (request, latest) = state
        .approvals
        .values()
        .filter(|r| &r.initiative == initiative)
        .filter_map(|r| r.decision.as_ref().map(|d| (r, d)))
        .filter(|(_, d)| d.decision == Decision::Approve)
        .max_by_key(|(_, d)| d.decided_on)
        .ok_or(RuleError::NotApproved)?;
    match request.standing_on(on) {
        (Standing::InForce, _) => {}
        (Standing::Suspended, Some(change)) => {
            return Err(RuleError::ApprovalSuspended { since: change.on, reason: change.reason.to_string() });
        }
        (_, change) => {
            let (since, reason) = change.map_or((on, String::new()), |c| (c.on, c.reason.to_string()));
            return Err(RuleError::ApprovalWithdrawn { since, reason });
        }
    }
    if on < latest.decided_on {
        return Err(RuleError::ApprovalNotYetGranted { decided_on: latest.decided_on });
    }
    if let Some(valid_until) = latest.valid_until
        && on > valid_until
    {
        return Err(RuleError::ApprovalLapsed { valid_until });
    }
    Ok(latest)
}

fn topic_approved(approval: &ApprovalDecision, topic: Topic) -> Result<(), RuleError> {
    if !approval.approved_topics.contains(&topic) {
        return Err(RuleError::TopicNotApproved { topic });
    }
    Ok(())
}

/// Phase `n` may be discussed on `on` only when every earlier phase was concluded
/// by then, or the federal side waived the order.
fn phase_order(state: &State, initiative: &Initiative, phase: &Phase, on: Date) -> Result<(), RuleError> {
    if initiative.phase_order_waived.as_ref().is_some_and(|w| w.waived_on <= on) {
        return Ok(());
    }
    let earlier_open = initiative
        .phases
        .iter()
        .filter_map(|id| state.phases.get(id))
        .filter(|p| p.number < phase.number)
        .any(|p| p.conclusion.as_ref().is_none_or(|c| c.concluded_on > on));
    if earlier_open {
        return Err(RuleError::PhaseOrder { phase: phase.number });
    }
    Ok(())
}

/// Checks a command; returns the ids it will create.
fn check(state: &State, command: &Command) -> Result<Vec<String>, RuleError> {
    use Command::*;
    let none = Ok(vec![]);
    match command {
        RegisterParty { within, .. } => {
            if let Some(within) = within {
                get(&state.parties, within, "party")?;
            }
            Ok(vec![PartyId::numbered(next(&state.parties, 0)).to_string()])
        }
        RegisterPerson { party, .. } => {
            if let Some(party) = party {
                get(&state.parties, party, "party")?;
            }
            Ok(vec![PersonId::numbered(next(&state.people, 0)).to_string()])
        }
        LaunchInitiative { province, federal, counterpart, topics, focal_person, groundwork_first, .. } => {
            // Groundwork first protects the federal side: only it relaxes the
            // rule (`change_initiative_settings`, a federal decision), never the
            // province at launch.
            if !groundwork_first {
                return Err(RuleError::FederalDecisionRequired { rule: "groundwork_first" });
            }
            party_of_kind(state, "province", province, PartyKind::ProvincialGovernment)?;
            party_of_kind(state, "federal", federal, PartyKind::FederalGovernment)?;
            party_of_kind(state, "counterpart", counterpart, PartyKind::CounterpartGovernment)?;
            non_empty_unique("topics", topics)?;
            get(&state.people, focal_person, "person")?;
            Ok(vec![
                InitiativeId::numbered(next(&state.initiatives, 0)).to_string(),
                PhaseId::numbered(next(&state.phases, 0)).to_string(),
                PhaseId::numbered(next(&state.phases, 1)).to_string(),
            ])
        }
        ChangeInitiativeSettings { initiative, .. } => {
            get(&state.initiatives, initiative, "initiative")?;
            none
        }
        RequestApproval { initiative, topics, planned_delegations, requested_on, .. } => {
            let ini = get(&state.initiatives, initiative, "initiative")?;
            non_empty_unique("topics", topics)?;
            topics_within(ini, topics)?;
            if !(1..=20).contains(planned_delegations) {
                return Err(RuleError::OutOfRange { field: "planned_delegations", min: 1, max: 20 });
            }
            not_before("requested_on", *requested_on, "launched_on", ini.launched_on)?;
            if state.approvals.values().any(|r| &r.initiative == initiative && r.decision.is_none()) {
                return Err(RuleError::ApprovalPending);
            }
            Ok(vec![ApprovalId::numbered(next(&state.approvals, 0)).to_string()])
        }
        DecideApproval { request, decision, decided_on, valid_until, approved_topics, conditions, .. } => {
            let req = get(&state.approvals, request, "approval")?;
            if req.decision.is_some() {
                return Err(RuleError::AlreadyDecided);
            }
            if *decision != Decision::Approve && !conditions.is_empty() {
                return Err(RuleError::FieldFormat { field: "conditions", expected: "conditions only with an approval" });
            }
            if conditions.len() > MAX_CONDITIONS as usize {
                return Err(RuleError::OutOfRange { field: "conditions", min: 0, max: MAX_CONDITIONS });
            }
            not_before("decided_on", *decided_on, "requested_on", req.requested_on)?;
            if let Some(valid_until) = valid_until {
                not_before("valid_until", *valid_until, "decided_on", *decided_on)?;
            }
            if *decision == Decision::Approve
                && let Some(topics) = approved_topics
            {
                non_empty_unique("approved_topics", topics)?;
                if let Some(topic) = topics.iter().find(|t| !req.topics.contains(t)) {
                    return Err(RuleError::ApprovedTopicsNotRequested { topic: *topic });
                }
            }
            none
        }
        ReportOnCondition { request, condition, reported_on, .. } => {
            let req = get(&state.approvals, request, "approval")?;
            let granted = req.decision.as_ref().filter(|d| d.decision == Decision::Approve).ok_or(RuleError::NotApproved)?;
            if *condition == 0 || *condition as usize > granted.conditions.len() {
                return Err(RuleError::NoSuchCondition { condition: *condition, conditions: granted.conditions.len() as u32 });
            }
            not_before("reported_on", *reported_on, "decided_on", granted.decided_on)?;
            none
        }
        SuspendApproval { request, suspended_on: on, .. }
        | ReinstateApproval { request, reinstated_on: on, .. }
        | WithdrawApproval { request, withdrawn_on: on, .. } => {
            let req = get(&state.approvals, request, "approval")?;
            let granted = req.decision.as_ref().filter(|d| d.decision == Decision::Approve).ok_or(RuleError::NotApproved)?;
            let field = command.done_on().map_or("on", |(field, _)| field);
            not_before(field, *on, "decided_on", granted.decided_on)?;
            if let Some(last) = req.standing.last() {
                not_before(field, *on, "standing_changed_on", last.on)?;
            }
            match (command, req.current_standing()) {
                (_, Standing::Withdrawn) => {
                    let last = req.standing.last().expect("withdrawn by a change");
                    return Err(RuleError::ApprovalWithdrawn { since: last.on, reason: last.reason.to_string() });
                }
                (SuspendApproval { .. }, Standing::Suspended) => return Err(RuleError::AlreadySuspended),
                (ReinstateApproval { .. }, Standing::InForce) => return Err(RuleError::NotSuspended),
                _ => {}
            }
            none
        }
        WaivePhaseOrder { initiative, waived_on, .. } => {
            get(&state.initiatives, initiative, "initiative")?;
            approval_in_force(state, initiative, *waived_on)?;
            none
        }
        RequestWaiver { initiative, rule, requested_on, .. } => {
            let ini = get(&state.initiatives, initiative, "initiative")?;
            not_before("requested_on", *requested_on, "launched_on", ini.launched_on)?;
            if ini.relaxes(*rule) {
                return Err(RuleError::WaiverNotNeeded);
            }
            if ini.pending_waiver(*rule).is_some() {
                return Err(RuleError::WaiverPending);
            }
            none
        }
        RefuseWaiver { initiative, rule, refused_on, .. } => {
            let ini = get(&state.initiatives, initiative, "initiative")?;
            let request = ini.pending_waiver(*rule).ok_or(RuleError::NoWaiverRequest)?;
            not_before("refused_on", *refused_on, "requested_on", request.requested_on)?;
            none
        }
        NotifyFederalGovernment { initiative, sent_on, .. } => {
            let ini = get(&state.initiatives, initiative, "initiative")?;
            not_before("sent_on", *sent_on, "launched_on", ini.launched_on)?;
            Ok(vec![NotificationId::numbered(next(&state.notifications, 0)).to_string()])
        }
        AcknowledgeNotification { notification, acknowledged_on, .. } => {
            let n = get(&state.notifications, notification, "notification")?;
            if n.acknowledgement.is_some() {
                return Err(RuleError::AlreadyAcknowledged);
            }
            not_before("acknowledged_on", *acknowledged_on, "sent_on", n.sent_on)?;
            none
        }
        RequestGuidance { initiative, .. } => {
            get(&state.initiatives, initiative, "initiative")?;
            Ok(vec![LiaisonId::numbered(next(&state.liaison, 0)).to_string()])
        }
        AnswerGuidance { entry, answered_on, .. } => {
            let e = get(&state.liaison, entry, "liaison")?;
            if e.answer.is_some() {
                return Err(RuleError::AlreadyAnswered);
            }
            not_before("answered_on", *answered_on, "asked_on", e.asked_on)?;
            none
        }
        FormDelegation { initiative, members, formed_on, .. } => {
            let ini = get(&state.initiatives, initiative, "initiative")?;
            let people: Vec<&PersonId> = members.iter().map(|m| &m.person).collect();
            non_empty_unique("members", &people)?;
            for person in &people {
                get(&state.people, person, "person")?;
            }
            if !people.contains(&&ini.focal_person) {
                return Err(RuleError::FocalPersonRequired);
            }
            not_before("formed_on", *formed_on, "launched_on", ini.launched_on)?;
            Ok(vec![DelegationId::numbered(next(&state.delegations, 0)).to_string()])
        }
        AddDelegationMember { delegation, person, .. } => {
            let del = get(&state.delegations, delegation, "delegation")?;
            get(&state.people, person, "person")?;
            if del.members.iter().any(|m| &m.person == person) {
                return Err(RuleError::AlreadyMember);
            }
            none
        }
        RemoveDelegationMember { delegation, person } => {
            let del = get(&state.delegations, delegation, "delegation")?;
            if !del.members.iter().any(|m| &m.person == person) {
                return Err(RuleError::NotAMember);
            }
            let ini = get(&state.initiatives, &del.initiative, "initiative")?;
            if &ini.focal_person == person {
                return Err(RuleError::FocalPersonCannotBeRemoved);
            }
            none
        }
        PlanVisit { delegation, planned_for, .. } => {
            let del = get(&state.delegations, delegation, "delegation")?;
            not_before("planned_for", *planned_for, "formed_on", del.formed_on)?;
            Ok(vec![VisitId::numbered(next(&state.visits, 0)).to_string()])
        }
        RecordTravel { as_breach, .. } => {
            let broken = travel_rules(state, command)?;
            match (broken.first(), as_breach) {
                (Some(rule), false) => Err(rule.clone()),
                (None, true) => Err(RuleError::NotABreach),
                _ => none,
            }
        }
        AcknowledgeTravelBreach { visit, acknowledged_on, .. } => {
            let v = get(&state.visits, visit, "visit")?;
            let breach = v.breach.as_ref().ok_or(RuleError::NotABreachRecord)?;
            if breach.acknowledged.is_some() {
                return Err(RuleError::AlreadyAcknowledged);
            }
            not_before("acknowledged_on", *acknowledged_on, "travelled_on", v.travelled_on.unwrap_or(v.planned_for))?;
            none
        }
        ReportBack { visit, reported_on, .. } => {
            let v = get(&state.visits, visit, "visit")?;
            let Some(travelled_on) = v.travelled_on else {
                return Err(RuleError::NotTravelled);
            };
            if v.report.is_some() {
                return Err(RuleError::AlreadyReported);
            }
            not_before("reported_on", *reported_on, "travelled_on", travelled_on)?;
            none
        }
        AddPhase { initiative, topics, .. } => {
            let ini = get(&state.initiatives, initiative, "initiative")?;
            non_empty_unique("topics", topics)?;
            topics_within(ini, topics)?;
            Ok(vec![PhaseId::numbered(next(&state.phases, 0)).to_string()])
        }
        ConcludePhase { phase, concluded_on, .. } => {
            let p = get(&state.phases, phase, "phase")?;
            if p.conclusion.is_some() {
                return Err(RuleError::PhaseAlreadyConcluded);
            }
            // A phase of talks with the counterpart ends only under an approval
            // in force and after it was talked about: concluding it unlocks the
            // next phase, so an empty conclusion would skip the phase order.
            approval_in_force(state, &p.initiative, *concluded_on)?;
            let discussed = state
                .agenda_items
                .values()
                .filter(|item| &item.phase == phase)
                .any(|item| item.discussed_in.iter().filter_map(|m| state.meetings.get(m)).any(|m| m.held_on <= *concluded_on));
            if !discussed {
                return Err(RuleError::PhaseNotDiscussed);
            }
            none
        }
        AddAgendaItem { phase, topic, .. } => {
            let p = get(&state.phases, phase, "phase")?;
            let ini = get(&state.initiatives, &p.initiative, "initiative")?;
            topics_within(ini, &[*topic])?;
            Ok(vec![AgendaItemId::numbered(next(&state.agenda_items, 0)).to_string()])
        }
        RecordMeeting { as_breach, .. } => {
            let broken = meeting_rules(state, command)?;
            match (broken.first(), as_breach) {
                (Some(rule), false) => Err(rule.clone()),
                (None, true) => Err(RuleError::NotABreach),
                _ => Ok(vec![MeetingId::numbered(next(&state.meetings, 0)).to_string()]),
            }
        }
        AcknowledgeBreach { meeting, acknowledged_on, .. } => {
            let m = get(&state.meetings, meeting, "meeting")?;
            let breach = m.breach.as_ref().ok_or(RuleError::NotABreachRecord)?;
            if breach.acknowledged.is_some() {
                return Err(RuleError::AlreadyAcknowledged);
            }
            not_before("acknowledged_on", *acknowledged_on, "held_on", m.held_on)?;
            none
        }
        StateClaim { initiative, .. } => {
            get(&state.initiatives, initiative, "initiative")?;
            Ok(vec![ClaimId::numbered(next(&state.claims, 0)).to_string()])
        }
        RecordPosition { claim, party, person, .. } => {
            get(&state.claims, claim, "claim")?;
            get(&state.parties, party, "party")?;
            if let Some(person) = person {
                get(&state.people, person, "person")?;
            }
            none
        }
        DraftCommitment { initiative, topic, phase, bound, owner, due_on, drafted_on, .. } => {
            let ini = get(&state.initiatives, initiative, "initiative")?;
            let p = get(&state.phases, phase, "phase")?;
            if &p.initiative != initiative {
                return Err(RuleError::WrongInitiative { field: "phase" });
            }
            topics_within(ini, &[*topic])?;
            non_empty_unique("bound", bound)?;
            for party in bound {
                get(&state.parties, party, "party")?;
            }
            get(&state.people, owner, "person")?;
            if let Some(due_on) = due_on {
                not_before("due_on", *due_on, "drafted_on", *drafted_on)?;
            }
            not_before("drafted_on", *drafted_on, "launched_on", ini.launched_on)?;
            Ok(vec![CommitmentId::numbered(next(&state.commitments, 0)).to_string()])
        }
        ChangeCommitmentStatus { commitment, to, on, .. } => {
            let c = get(&state.commitments, commitment, "commitment")?;
            if c.status == CommitmentStatus::Withdrawn && *to == CommitmentStatus::Agreed {
                return Err(RuleError::CommitmentWithdrawn);
            }
            if !c.status.next().contains(to) {
                return Err(RuleError::InvalidTransition { from: c.status, to: *to });
            }
            let last = c.status_log.last().map(|s| (s.on, "last_status_change")).unwrap_or((c.drafted_on, "drafted_on"));
            not_before("on", *on, last.1, last.0)?;
            if *to == CommitmentStatus::Agreed {
                let approval = approval_in_force(state, &c.initiative, *on)?;
                topic_approved(approval, c.topic)?;
                // Agreeing has a process: within the phase order, and only
                // what the counterpart accepted in a meeting with it.
                // (The counterpart's acceptance is asked for after the
                // guardrail's verdict: see `decide_recorded`.)
                let ini = get(&state.initiatives, &c.initiative, "initiative")?;
                phase_order(state, ini, get(&state.phases, &c.phase, "phase")?, *on)?;
            }
            none
        }
        ConcurWithCommitment { commitment, concurred_on, .. } => {
            let c = get(&state.commitments, commitment, "commitment")?;
            if c.concurrence.is_some() {
                return Err(RuleError::AlreadyConcurred);
            }
            if c.assessment.as_ref().is_none_or(|a| a.verdict != Verdict::NeedsConcurrence) {
                return Err(RuleError::ConcurrenceNotNeeded);
            }
            not_before("concurred_on", *concurred_on, "drafted_on", c.drafted_on)?;
            none
        }
        AcceptCommitment { commitment, meeting, accepted_on, .. } | ReportAcceptance { commitment, meeting, accepted_on, .. } => {
            acceptance_rules(state, commitment, meeting, *accepted_on)?;
            none
        }
        ReportProgress { commitment, reported_on, percent, .. } => {
            let c = get(&state.commitments, commitment, "commitment")?;
            if !matches!(c.status, CommitmentStatus::Agreed | CommitmentStatus::InProgress) {
                return Err(RuleError::NotActive { status: c.status });
            }
            if percent.is_some_and(|p| p > 100) {
                return Err(RuleError::OutOfRange { field: "percent", min: 0, max: 100 });
            }
            not_before("reported_on", *reported_on, "drafted_on", c.drafted_on)?;
            none
        }
        AddNote { record, .. } => {
            if state.history(record.as_str()).is_none() {
                return Err(RuleError::not_found("record", record));
            }
            Ok(vec![NoteId::numbered(next(&state.notes, 0)).to_string()])
        }
        ChangePolicies { policy_set, previous, text, .. } => {
            if let Some(current) = state.recorded_policy(*policy_set)
                && current.text != *previous
            {
                return Err(RuleError::PolicyChangedMeanwhile { version: current.id.to_string() });
            }
            if previous == text {
                return Err(RuleError::PolicyUnchanged);
            }
            Ok(vec![PolicyVersionId::numbered(next(&state.policy_versions, 0)).to_string()])
        }
        ApprovePolicyChange { version, .. } | RefusePolicyChange { version, .. } => {
            let v = get(&state.policy_versions, version, "policy_version")?;
            if !v.is_pending() {
                return Err(RuleError::AlreadyDecided);
            }
            // A proposal replaces the text in force when it was made; once
            // another has taken force, approving it would undo that one unseen.
            let in_force = state.recorded_policy(v.policy_set).map(|v| v.id.clone());
            if matches!(command, ApprovePolicyChange { .. }) && in_force != v.replaces {
                let version = in_force.map_or_else(|| "the shipped files".to_owned(), |id| id.to_string());
                return Err(RuleError::PolicyChangedMeanwhile { version });
            }
            none
        }
        RegisterCrossingPoint { code, .. } => {
            if state.crossing_points.values().any(|p| &p.code == code) {
                return Err(RuleError::CrossingPointExists { code: code.to_string() });
            }
            Ok(vec![CrossingPointId::numbered(next(&state.crossing_points, 0)).to_string()])
        }
        IssuePass { document_id, crossing_points, valid_from, valid_until, entries, issued_on, .. } => {
            if state.pass_by_document(document_id.as_str()).is_some() {
                return Err(RuleError::DocumentIdTaken);
            }
            non_empty_unique("crossing_points", crossing_points)?;
            for code in crossing_points {
                known_point(state, code)?;
            }
            not_before("valid_until", *valid_until, "valid_from", *valid_from)?;
            not_before("valid_from", *valid_from, "issued_on", *issued_on)?;
            let days = valid_from.until(*valid_until).map_or(i32::MAX, |span| span.get_days());
            if days > crate::pass::MAX_VALIDITY_DAYS {
                return Err(RuleError::ValidityTooLong { max_days: crate::pass::MAX_VALIDITY_DAYS });
            }
            if let crate::pass::Entries::Multiple { max } = entries
                && !(2..=100).contains(max)
            {
                return Err(RuleError::OutOfRange { field: "entries.max", min: 2, max: 100 });
            }
            Ok(vec![PassId::numbered(next(&state.passes, 0)).to_string()])
        }
        RevokePass { pass, revoked_on, .. } => {
            let p = get(&state.passes, pass, "pass")?;
            if p.revocation.is_some() {
                return Err(RuleError::PassAlreadyRevoked);
            }
            not_before("revoked_on", *revoked_on, "issued_on", p.issued_on)?;
            none
        }
        RecordCrossing { crossing_point, .. } => {
            known_point(state, crossing_point)?;
            Ok(vec![CrossingId::numbered(next(&state.crossings, 0)).to_string()])
        }
        ErasePassHolders { passes, erased_on, .. } => {
            non_empty_unique("passes", passes)?;
            for id in passes {
                let p = get(&state.passes, id, "pass")?;
                if p.holder_erased {
                    return Err(RuleError::HolderAlreadyErased { pass: id.to_string() });
                }
                let ended = p.valid_until < *erased_on || p.revocation.as_ref().is_some_and(|r| r.revoked_on <= *erased_on);
                if !ended {
                    return Err(RuleError::RetentionNotEnded { pass: id.to_string() });
                }
            }
            none
        }
        RecordIncidents { rows, format, .. } => {
            state.incidents.check_new(rows)?;
            Ok(match format {
                IncidentFormat::Form => rows.iter().map(|i| i.event_id_cnty.to_string()).collect(),
                // A chunk's ids are in its rows; listing a thousand again says nothing.
                IncidentFormat::Acled | IncidentFormat::Ucdp => vec![],
            })
        }
        AmendIncident { incident, row, .. } => {
            state.incidents.check_live(incident.as_str())?;
            if row.len() != 1 || row.rows()[0].event_id_cnty != incident.as_str() {
                return Err(RuleError::FieldFormat { field: "row", expected: "one ACLED row with the incident's event_id_cnty" });
            }
            none
        }
        AddIncidentReport { incident, .. } => {
            state.incidents.check_live(incident.as_str())?;
            none
        }
        ResolveDuplicate { incident, duplicate_of, .. } => {
            state.incidents.check_decision(incident.as_str(), duplicate_of.as_str())?;
            none
        }
        ReportMovement { crossing_point, border_stretch, incidents, .. } => {
            match MovementPlace::of(crossing_point.as_ref(), border_stretch.as_ref()) {
                None => return Err(RuleError::FieldFormat { field: "crossing_point", expected: "a crossing point or a border stretch" }),
                Some(MovementPlace::CrossingPoint { code, .. }) => known_point(state, code)?,
                Some(MovementPlace::BorderStretch(_)) => {}
            }
            known_incidents(state, incidents)?;
            Ok(vec![MovementId::numbered(next(&state.movements, 0)).to_string()])
        }
        SetDuplicateTolerance { days, km, .. } => {
            if *days > 30 {
                return Err(RuleError::OutOfRange { field: "days", min: 0, max: 30 });
            }
            if !(1..=200).contains(km) {
                return Err(RuleError::OutOfRange { field: "km", min: 1, max: 200 });
            }
            none
        }
        CiteEvidence { record, incidents, statistic, .. } => {
            let citable = match record {
                RecordRef::AgendaItem(id) => state.agenda_items.contains_key(id),
                RecordRef::Claim(id) => state.claims.contains_key(id),
                _ => false,
            };
            if !citable {
                return Err(RuleError::NotCitable { record: record.to_string() });
            }
            if incidents.is_empty() && statistic.is_none() {
                return Err(RuleError::EmptyList { field: "incidents" });
            }
            // A statistic is one of our own views, never a link elsewhere.
            if statistic.as_ref().is_some_and(|s| !(s.as_str() == "/incidents" || s.as_str().starts_with("/incidents?"))) {
                return Err(RuleError::FieldFormat { field: "statistic", expected: "the address of an incident view (/incidents?…)" });
            }
            known_incidents(state, incidents)?;
            Ok(vec![CitationId::numbered(next(&state.citations, 0)).to_string()])
        }
        RegisterCommunity { .. }
        | AddElder { .. }
        | RaiseGrievance { .. }
        | AdvanceGrievance { .. }
        | MarkConfidenceBuilding { .. }
        | AddMilestone { .. }
        | ReportMilestone { .. }
        | ScoreImplementation { .. }
        | RegisterSigningKey { .. }
        | CosignAgreement { .. }
        | CosignOutcome { .. }
        | EraseGrievanceRaiser { .. } => tribal::check(state, command),
    }
}

/// The counterpart accepts a proposed commitment in a meeting of the same
/// initiative, held within the rules with the other side (judged by who took
/// part and where, as for every meeting), where something was agreed, on or
/// after the day the commitment was drafted.
fn acceptance_rules(state: &State, commitment: &CommitmentId, meeting: &MeetingId, accepted_on: Date) -> Result<(), RuleError> {
    let c = get(&state.commitments, commitment, "commitment")?;
    if c.status != CommitmentStatus::Proposed {
        return Err(RuleError::NotProposed { status: c.status });
    }
    if c.acceptance.is_some() {
        return Err(RuleError::AlreadyAccepted);
    }
    let m = get(&state.meetings, meeting, "meeting")?;
    if m.initiative != c.initiative {
        return Err(RuleError::WrongInitiative { field: "meeting" });
    }
    if m.breach.is_some() {
        return Err(RuleError::MeetingWasABreach);
    }
    let ini = get(&state.initiatives, &c.initiative, "initiative")?;
    if !crate::sides::with_the_other_side(state, ini, &m.participants, m.place.as_str())? {
        return Err(RuleError::MeetingNotWithCounterpart);
    }
    if !m.outcomes.iter().any(|o| o.result == OutcomeResult::Agreed) {
        return Err(RuleError::NothingAgreedInMeeting);
    }
    not_before("meeting", m.held_on, "drafted_on", c.drafted_on)?;
    not_before("accepted_on", accepted_on, "held_on", m.held_on)?;
    Ok(())
}

/// Every incident named must be on the record.
fn known_incidents(state: &State, incidents: &[crate::text::Name]) -> Result<(), RuleError> {
    match incidents.iter().find(|i| state.incidents.get(i.as_str()).is_none()) {
        Some(missing) => Err(RuleError::not_found("incident", missing)),
        None => Ok(()),
    }
}
