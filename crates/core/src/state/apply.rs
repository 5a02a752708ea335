//! The fold: one event applied to the state ([`State::apply`]), and what an
//! event does to the incident register.

use crate::command::{Command, MemberSpec};
use crate::event::EventRecord;
use crate::ids::*;
use crate::model::*;
use crate::pass::{Crossing, CrossingPoint, Pass, Revocation};
use crate::text::{Body, Name};

use super::*;

impl State {
    pub fn next_seq(&self) -> u64 {
        self.last_seq.map_or(0, |s| s + 1)
    }

    /// Fold one event into the state. Returns the ids of every record it touched,
    /// so the store can refresh their read rows. Events are facts: applying never
    /// fails; `decide` has checked everything beforehand.
    pub fn apply(&mut self, record: &EventRecord) -> Vec<String> {
        self.apply_inner(record, true)
    }

    /// [`State::apply`] without the incident register, for a state that takes
    /// its register from another that applied the same events (the engine's
    /// published state after a large import: copying the register is faster
    /// than recording a million incidents twice).
    pub fn apply_leaving_register(&mut self, record: &EventRecord) -> Vec<String> {
        self.apply_inner(record, false)
    }

    fn apply_inner(&mut self, record: &EventRecord, register: bool) -> Vec<String> {
        if let Some(mark) = &record.event.idempotency {
            let answer = IdempotentAnswer { command: mark.command.clone(), seq: record.seq, created: record.event.created.clone() };
            self.idempotency.insert(mark.key.clone(), answer);
        }
        let created = &record.event.created;
        // The ids `decide` allocated for this event, parsed back into their kinds.
        fn id_at<Id: std::str::FromStr>(created: &[String], i: usize) -> Id {
            created.get(i).and_then(|text| text.parse().ok()).expect("decide allocated a well-formed id of this kind")
        }
        let mut touched: Vec<String> = created.clone();
        match record.event.change.clone() {
            Command::RegisterParty { name, kind, short_name, within } => {
                let id = id_at::<PartyId>(created, 0);
                self.parties.insert(id.clone(), Party { id, name, kind, short_name, within, signing_keys: vec![], history: vec![] });
            }
            Command::RegisterPerson { name_latin, name_arabic, party, title } => {
                let id = id_at::<PersonId>(created, 0);
                self.people.insert(id.clone(), Person { id, name_latin, name_arabic, party, title, history: vec![] });
            }
            Command::LaunchInitiative { title, province, federal, counterpart, topics, focal_person, launched_on, groundwork_first } => {
                let id = id_at::<InitiativeId>(created, 0);
                let mut phases = vec![];
                for (i, (phase_title, phase_topics)) in default_phases().into_iter().enumerate() {
                    let phase_id = id_at::<PhaseId>(created, i + 1);
                    phases.push(phase_id.clone());
                    self.phases.insert(
                        phase_id.clone(),
                        Phase {
                            id: phase_id,
                            initiative: id.clone(),
                            number: i as u32 + 1,
                            title: Name::parse(phase_title).expect("default phase titles are valid"),
                            topics: phase_topics.to_vec(),
                            conclusion: None,
                            agenda: vec![],
                            history: vec![],
                        },
                    );
                }
                self.initiatives.insert(
                    id.clone(),
                    Initiative {
                        id,
                        title,
                        province,
                        federal,
                        counterpart,
                        topics,
                        focal_person,
                        launched_on,
                        groundwork_first,
                        phase_order_waived: None,
                        phases,
                        waiver_requests: vec![],
                        history: vec![],
                    },
                );
            }
            Command::ChangeInitiativeSettings { initiative, groundwork_first } => {
                let ini = self.initiatives.get_mut(&initiative).expect("decided");
                ini.groundwork_first = groundwork_first;
                if !groundwork_first {
                    let reason = Body::parse("Relaxed by the federal side").expect("valid");
                    ini.answer_waiver(WaivableRule::GroundworkFirst, WaiverAnswer { granted: true, on: record.day(), reason });
                }
                touched.push(initiative.to_string());
            }
            Command::RequestWaiver { initiative, rule, requested_on, reason } => {
                let ini = self.initiatives.get_mut(&initiative).expect("decided");
                ini.waiver_requests.push(WaiverRequest { rule, requested_on, reason, answer: None });
                touched.push(initiative.to_string());
            }
            Command::RefuseWaiver { initiative, rule, refused_on, reason } => {
                let ini = self.initiatives.get_mut(&initiative).expect("decided");
                ini.answer_waiver(rule, WaiverAnswer { granted: false, on: refused_on, reason });
                touched.push(initiative.to_string());
            }
            Command::RequestApproval { initiative, topics, planned_delegations, requested_on, note } => {
                let id = id_at::<ApprovalId>(created, 0);
                self.approvals.insert(
                    id.clone(),
                    ApprovalRequest {
                        id,
                        initiative: initiative.clone(),
                        topics,
                        planned_delegations,
                        requested_on,
                        note,
                        decision: None,
                        standing: vec![],
                        history: vec![],
                    },
                );
                touched.push(initiative.to_string());
            }
            Command::DecideApproval {
                request,
                decision,
                decided_on,
                terms,
                valid_until,
                approved_topics,
                waive_phase_order,
                conditions,
            } => {
                let req = self.approvals.get_mut(&request).expect("decided");
                let approved_topics = match decision {
                    Decision::Approve => approved_topics.unwrap_or_else(|| req.topics.clone()),
                    _ => vec![],
                };
                let conditions = conditions.into_iter().map(|text| Condition { text, reports: vec![] }).collect();
                req.decision =
                    Some(ApprovalDecision { decision, decided_on, terms: terms.clone(), valid_until, approved_topics, conditions });
                let initiative = req.initiative.clone();
                if decision == Decision::Approve && waive_phase_order {
                    let reason = terms.unwrap_or_else(|| Body::parse("Waived with the approval").expect("valid"));
                    let ini = self.initiatives.get_mut(&initiative).expect("decided");
                    ini.answer_waiver(WaivableRule::PhaseOrder, WaiverAnswer { granted: true, on: decided_on, reason: reason.clone() });
                    ini.phase_order_waived = Some(Waiver { waived_on: decided_on, reason });
                }
                touched.push(request.to_string());
                touched.push(initiative.to_string());
            }
            Command::ReportOnCondition { request, condition, reported_on, report } => {
                let req = self.approvals.get_mut(&request).expect("decided");
                let decision = req.decision.as_mut().expect("decided");
                decision.conditions[condition as usize - 1].reports.push(Report { reported_on, report });
                touched.push(request.to_string());
                touched.push(req.initiative.to_string());
            }
            Command::SuspendApproval { request, suspended_on: on, reason }
            | Command::ReinstateApproval { request, reinstated_on: on, reason }
            | Command::WithdrawApproval { request, withdrawn_on: on, reason } => {
                let standing = match record.event.change {
                    Command::SuspendApproval { .. } => Standing::Suspended,
                    Command::ReinstateApproval { .. } => Standing::InForce,
                    _ => Standing::Withdrawn,
                };
                let req = self.approvals.get_mut(&request).expect("decided");
                req.standing.push(StandingChange { standing, on, reason });
                touched.push(request.to_string());
                touched.push(req.initiative.to_string());
            }
            Command::WaivePhaseOrder { initiative, waived_on, reason } => {
                let ini = self.initiatives.get_mut(&initiative).expect("decided");
                ini.answer_waiver(WaivableRule::PhaseOrder, WaiverAnswer { granted: true, on: waived_on, reason: reason.clone() });
                ini.phase_order_waived = Some(Waiver { waived_on, reason });
                touched.push(initiative.to_string());
            }
            Command::NotifyFederalGovernment { initiative, subject, body, sent_on } => {
                let id = id_at::<NotificationId>(created, 0);
                self.notifications
                    .insert(id.clone(), Notification { id, initiative, subject, body, sent_on, acknowledgement: None, history: vec![] });
            }
            Command::AcknowledgeNotification { notification, acknowledged_on, acknowledged_by } => {
                self.notifications.get_mut(&notification).expect("decided").acknowledgement =
                    Some(Acknowledgement { acknowledged_on, acknowledged_by });
                touched.push(notification.to_string());
            }
            Command::RequestGuidance { initiative, question, asked_on } => {
                let id = id_at::<LiaisonId>(created, 0);
                self.liaison.insert(id.clone(), LiaisonEntry { id, initiative, question, asked_on, answer: None, history: vec![] });
            }
            Command::AnswerGuidance { entry, answer, answered_on } => {
                self.liaison.get_mut(&entry).expect("decided").answer = Some(Answer { answer, answered_on });
                touched.push(entry.to_string());
            }
            Command::FormDelegation { initiative, name, purpose, members, formed_on } => {
                let id = id_at::<DelegationId>(created, 0);
                self.delegations
                    .insert(id.clone(), Delegation { id, initiative, name, purpose, members, formed_on, visits: vec![], history: vec![] });
            }
            Command::AddDelegationMember { delegation, person, role } => {
                self.delegations.get_mut(&delegation).expect("decided").members.push(MemberSpec { person, role });
                touched.push(delegation.to_string());
            }
            Command::RemoveDelegationMember { delegation, person } => {
                self.delegations.get_mut(&delegation).expect("decided").members.retain(|m| m.person != person);
                touched.push(delegation.to_string());
            }
            Command::PlanVisit { delegation, destination, planned_for } => {
                let id = id_at::<VisitId>(created, 0);
                self.delegations.get_mut(&delegation).expect("decided").visits.push(id.clone());
                self.visits.insert(
                    id.clone(),
                    Visit {
                        id,
                        delegation: delegation.clone(),
                        destination,
                        planned_for,
                        travelled_on: None,
                        report: None,
                        breach: None,
                        history: vec![],
                    },
                );
                touched.push(delegation.to_string());
            }
            Command::RecordTravel { visit, travelled_on, as_breach } => {
                let v = self.visits.get_mut(&visit).expect("decided");
                v.travelled_on = Some(travelled_on);
                v.breach = as_breach.then(|| Breach { rules: record.event.breaches.clone(), acknowledged: None });
                touched.push(visit.to_string());
                touched.push(v.delegation.to_string());
            }
            Command::AcknowledgeTravelBreach { visit, acknowledged_on, note } => {
                let v = self.visits.get_mut(&visit).expect("decided");
                if let Some(breach) = v.breach.as_mut() {
                    breach.acknowledged = Some(BreachAcknowledgement { on: acknowledged_on, note });
                }
                touched.push(visit.to_string());
            }
            Command::ReportBack { visit, reported_on, report } => {
                self.visits.get_mut(&visit).expect("decided").report = Some(Report { reported_on, report });
                touched.push(visit.to_string());
            }
            Command::AddPhase { initiative, title, topics } => {
                let id = id_at::<PhaseId>(created, 0);
                let ini = self.initiatives.get_mut(&initiative).expect("decided");
                ini.phases.push(id.clone());
                let number = ini.phases.len() as u32;
                self.phases.insert(
                    id.clone(),
                    Phase { id, initiative: initiative.clone(), number, title, topics, conclusion: None, agenda: vec![], history: vec![] },
                );
                touched.push(initiative.to_string());
            }
            Command::ConcludePhase { phase, concluded_on, summary } => {
                self.phases.get_mut(&phase).expect("decided").conclusion = Some(Conclusion { concluded_on, summary });
                touched.push(phase.to_string());
            }
            Command::AddAgendaItem { phase, title, topic } => {
                let id = id_at::<AgendaItemId>(created, 0);
                self.phases.get_mut(&phase).expect("decided").agenda.push(id.clone());
                self.agenda_items
                    .insert(id.clone(), AgendaItem { id, phase: phase.clone(), title, topic, discussed_in: vec![], history: vec![] });
                touched.push(phase.to_string());
            }
            Command::RecordMeeting { initiative, held_on, place, participants, agenda_items, minutes, outcomes, as_breach } => {
                let id = id_at::<MeetingId>(created, 0);
                for item in &agenda_items {
                    self.agenda_items.get_mut(item).expect("decided").discussed_in.push(id.clone());
                    touched.push(item.to_string());
                }
                let breach = as_breach.then(|| Breach { rules: record.event.breaches.clone(), acknowledged: None });
                touched.push(initiative.to_string());
                self.meetings.insert(
                    id.clone(),
                    Meeting {
                        id,
                        initiative,
                        held_on,
                        place,
                        participants,
                        agenda_items,
                        minutes,
                        outcomes,
                        breach,
                        signatures: vec![],
                        history: vec![],
                    },
                );
            }
            Command::AcknowledgeBreach { meeting, acknowledged_on, note } => {
                let m = self.meetings.get_mut(&meeting).expect("decided");
                if let Some(breach) = m.breach.as_mut() {
                    breach.acknowledged = Some(BreachAcknowledgement { on: acknowledged_on, note });
                }
                touched.push(meeting.to_string());
                touched.push(m.initiative.to_string());
            }
            Command::StateClaim { initiative, topic, proposition } => {
                let id = id_at::<ClaimId>(created, 0);
                self.claims.insert(id.clone(), Claim { id, initiative, topic, proposition, positions: vec![], history: vec![] });
            }
            Command::RecordPosition { claim, party, person, stance, statement, stated_on, source } => {
                self.claims.get_mut(&claim).expect("decided").positions.push(Position {
                    party,
                    person,
                    stance,
                    statement,
                    stated_on,
                    source,
                });
                touched.push(claim.to_string());
            }
            Command::DraftCommitment { initiative, text, topic, phase, bound, owner, due_on, drafted_on, areas, financial_amount } => {
                let id = id_at::<CommitmentId>(created, 0);
                self.commitments.insert(
                    id.clone(),
                    Commitment {
                        id,
                        initiative,
                        text,
                        topic,
                        phase,
                        bound,
                        owner,
                        due_on,
                        drafted_on,
                        status: CommitmentStatus::Draft,
                        status_log: vec![],
                        progress: vec![],
                        areas,
                        financial_amount,
                        assessment: None,
                        concurrence: None,
                        acceptance: None,
                        cbm: None,
                        milestones: vec![],
                        scores: vec![],
                        signatures: vec![],
                        history: vec![],
                    },
                );
            }
            Command::ConcurWithCommitment { commitment, concurred_on, concurred_by, note } => {
                self.commitments.get_mut(&commitment).expect("decided").concurrence =
                    Some(Concurrence { concurred_on, concurred_by, note });
                touched.push(commitment.to_string());
            }
            Command::ChangeCommitmentStatus { commitment, to, on, note } => {
                let c = self.commitments.get_mut(&commitment).expect("decided");
                c.status = to;
                c.status_log.push(StatusChange { to, on, note });
                // Sent back to draft, it is no longer the proposal the counterpart accepted.
                if to == CommitmentStatus::Draft {
                    c.acceptance = None;
                }
                if let Some(assessment) = &record.event.assessment {
                    c.assessment = Some(assessment.clone());
                }
                touched.push(commitment.to_string());
            }
            Command::AcceptCommitment { commitment, meeting, accepted_on, note } => {
                self.commitments.get_mut(&commitment).expect("decided").acceptance =
                    Some(Acceptance { meeting, accepted_on, reported: None, note });
                touched.push(commitment.to_string());
            }
            Command::ReportAcceptance { commitment, meeting, accepted_on, source } => {
                self.commitments.get_mut(&commitment).expect("decided").acceptance =
                    Some(Acceptance { meeting, accepted_on, reported: Some(source), note: None });
                touched.push(commitment.to_string());
            }
            Command::ReportProgress { commitment, reported_on, note, percent } => {
                self.commitments.get_mut(&commitment).expect("decided").progress.push(Progress { reported_on, note, percent });
                touched.push(commitment.to_string());
            }
            Command::AddNote { record: target, text } => {
                let id = id_at::<NoteId>(created, 0);
                self.notes.insert(id.clone(), Note { id, record: target, text, history: vec![] });
            }
            Command::ChangePolicies { policy_set, previous, text, reason } => {
                let id = id_at::<PolicyVersionId>(created, 0);
                let diff = PolicyVersion::diff_of(previous.as_str(), text.as_str());
                let replaces = self.recorded_policy(policy_set).map(|v| v.id.clone());
                let break_glass = record.event.break_glass;
                // Before v3 an administrator's change took force when recorded
                // (see `ENCODING_VERSION`): an old record keeps its rules.
                let in_force_from = (break_glass || record.v < 3).then_some(record.seq);
                self.policy_versions.insert(
                    id.clone(),
                    PolicyVersion {
                        id,
                        policy_set,
                        text,
                        reason,
                        diff,
                        replaces,
                        decision: None,
                        break_glass,
                        in_force_from,
                        history: vec![],
                    },
                );
            }
            Command::ApprovePolicyChange { version, approved_on: on, note } => {
                let v = self.policy_versions.get_mut(&version).expect("decided");
                v.decision = Some(PolicyDecision { approved: true, on, note, by: record.actor.clone() });
                v.in_force_from = Some(record.seq);
                touched.push(version.to_string());
            }
            Command::RefusePolicyChange { version, refused_on: on, reason } => {
                let v = self.policy_versions.get_mut(&version).expect("decided");
                v.decision = Some(PolicyDecision { approved: false, on, note: Some(reason), by: record.actor.clone() });
                touched.push(version.to_string());
            }
            Command::RegisterCrossingPoint { code, name, name_arabic } => {
                let id = id_at::<CrossingPointId>(created, 0);
                self.crossing_points.insert(id.clone(), CrossingPoint { id, code, name, name_arabic, history: vec![] });
            }
            Command::IssuePass {
                document_id,
                purpose,
                crossing_points,
                valid_from,
                valid_until,
                entries,
                authority,
                kid,
                issued_on,
                holder_commitment,
            } => {
                let id = id_at::<PassId>(created, 0);
                self.passes.insert(
                    id.clone(),
                    Pass {
                        id,
                        document_id,
                        purpose,
                        crossing_points,
                        valid_from,
                        valid_until,
                        entries,
                        authority,
                        kid,
                        issued_on,
                        holder_commitment,
                        revocation: None,
                        holder_erased: false,
                        crossings: vec![],
                        history: vec![],
                    },
                );
            }
            Command::RevokePass { pass, revoked_on, reason } => {
                self.passes.get_mut(&pass).expect("decided").revocation = Some(Revocation { revoked_on, reason });
                touched.push(pass.to_string());
            }
            Command::RecordCrossing { document_id, crossing_point, direction, crossed_at, presented } => {
                let id = id_at::<CrossingId>(created, 0);
                let pass = self.pass_by_document(document_id.as_str()).map(|p| p.id.clone());
                if let Some(pass) = &pass {
                    self.passes.get_mut(pass).expect("found").crossings.push(id.clone());
                    touched.push(pass.to_string());
                }
                let anomalies = record.event.anomalies.clone();
                self.crossings.insert(
                    id.clone(),
                    Crossing { id, document_id, pass, crossing_point, direction, crossed_at, presented, anomalies, history: vec![] },
                );
            }
            Command::RecordIncidents { .. }
            | Command::AmendIncident { .. }
            | Command::AddIncidentReport { .. }
            | Command::ResolveDuplicate { .. }
            | Command::SetDuplicateTolerance { .. } => {
                if register {
                    self.apply_to_register(record)
                }
            }
            Command::ReportMovement {
                crossing_point,
                border_stretch,
                observed_on,
                direction,
                group,
                people,
                source,
                description,
                incidents,
            } => {
                let id = id_at::<MovementId>(created, 0);
                self.movements.insert(
                    id.clone(),
                    MovementReport {
                        id,
                        crossing_point,
                        border_stretch,
                        observed_on,
                        direction,
                        group,
                        people,
                        source,
                        description,
                        incidents,
                        history: vec![],
                    },
                );
            }
            Command::CiteEvidence { record: target, incidents, statistic, note } => {
                let id = id_at::<CitationId>(created, 0);
                touched.push(target.to_string());
                self.citations.insert(id.clone(), Citation { id, record: target, incidents, statistic, note, history: vec![] });
            }
            Command::RegisterCommunity { name_latin, name_arabic, kind, districts, part_of, neighbours } => {
                let id = id_at::<CommunityId>(created, 0);
                let community = Community {
                    id: id.clone(),
                    name_latin,
                    name_arabic,
                    kind,
                    districts,
                    part_of,
                    neighbours,
                    elders: vec![],
                    history: vec![],
                };
                self.communities.insert(id, community);
            }
            Command::AddElder { community, person, standing, since } => {
                self.communities.get_mut(&community).expect("decided").elders.push(Elder { person: person.clone(), standing, since });
                touched.extend([community.to_string(), person.to_string()]);
            }
            Command::RaiseGrievance {
                community,
                raised_by,
                raiser_commitment,
                sensitive,
                topic,
                district,
                place,
                raised_on,
                text,
                source,
                agenda_items,
                commitments,
            } => {
                let id = id_at::<GrievanceId>(created, 0);
                touched.push(community.to_string());
                let grievance = Grievance {
                    id: id.clone(),
                    community,
                    raised_by,
                    raiser_commitment,
                    raiser_erased: false,
                    sensitive,
                    topic,
                    district,
                    place,
                    raised_on,
                    text,
                    source,
                    agenda_items,
                    commitments,
                    steps: vec![],
                    history: vec![],
                };
                self.grievances.insert(id, grievance);
            }
            Command::AdvanceGrievance { grievance, to, on, note, referred_to, commitment } => {
                let g = self.grievances.get_mut(&grievance).expect("decided");
                if let Some(c) = &commitment
                    && !g.commitments.contains(c)
                {
                    g.commitments.push(c.clone());
                }
                g.steps.push(GrievanceStep { to, on, note, referred_to, commitment });
                touched.push(grievance.to_string());
            }
            Command::EraseGrievanceRaiser { grievance, .. } => {
                self.grievances.get_mut(&grievance).expect("decided").raiser_erased = true;
                touched.push(grievance.to_string());
            }
            Command::MarkConfidenceBuilding { commitment, communities, parties, marked_on } => {
                self.commitments.get_mut(&commitment).expect("decided").cbm = Some(ConfidenceBuilding { communities, parties, marked_on });
                touched.push(commitment.to_string());
            }
            Command::AddMilestone { commitment, title, due_on, indicator, target } => {
                let milestone = Milestone { title, due_on, indicator, target, readings: vec![], met_on: None };
                self.commitments.get_mut(&commitment).expect("decided").milestones.push(milestone);
                touched.push(commitment.to_string());
            }
            Command::ReportMilestone { commitment, milestone, on, value, met, note } => {
                let m = &mut self.commitments.get_mut(&commitment).expect("decided").milestones[milestone as usize - 1];
                m.readings.push(MilestoneReading { on, value, met, note });
                if met {
                    m.met_on = Some(on);
                }
                touched.push(commitment.to_string());
            }
            Command::ScoreImplementation { commitment, score, scored_on, evidence } => {
                let evidence = evidence.expect("decided: a score has evidence");
                let scored = Score { score, scored_on, scored_by: record.actor.clone(), evidence };
                self.commitments.get_mut(&commitment).expect("decided").scores.push(scored);
                touched.push(commitment.to_string());
            }
            Command::RegisterSigningKey { party, person, key, registered_on } => {
                self.parties.get_mut(&party).expect("decided").signing_keys.push(SigningKey { person, key, registered_on });
                touched.push(party.to_string());
            }
            Command::CosignOutcome { meeting, outcome, signature } => {
                let subject = crate::agreement::Subject::Outcome(meeting.clone(), outcome);
                let (party, person) = self.signer_of(&subject, signature.as_str()).expect("decided: a registered key");
                let signed = OutcomeSignature { outcome, party, person, signature };
                self.meetings.get_mut(&meeting).expect("decided").signatures.push(signed);
                touched.push(meeting.to_string());
            }
            Command::CosignAgreement { commitment, signature } => {
                let subject = crate::agreement::Subject::Commitment(commitment.clone());
                let (party, person) = self.signer_of(&subject, signature.as_str()).expect("decided: a registered key");
                let signed = AgreementSignature { party, person, signature };
                self.commitments.get_mut(&commitment).expect("decided").signatures.push(signed);
                touched.push(commitment.to_string());
            }
            Command::ErasePassHolders { passes, .. } => {
                for pass in passes {
                    self.passes.get_mut(&pass).expect("decided").holder_erased = true;
                    touched.push(pass.to_string());
                }
            }
        }
        touched.dedup();
        let stamp = Stamp { seq: record.seq, at: record.at, actor: record.actor.clone(), change: record.event.change.name().to_owned() };
        for id in &touched {
            if let Some(history) = self.history_mut(id) {
                history.push(stamp.clone());
            }
        }
        self.last_seq = Some(record.seq);
        touched
    }

    /// Fold an incident event into the register (at start, the register is
    /// rebuilt from these events alone: it has no read rows).
    pub fn apply_to_register(&mut self, record: &EventRecord) {
        match &record.event.change {
            Command::RecordIncidents { source, format, rows } => {
                let e = &record.event;
                self.incidents.record(
                    (record.seq, record.at, &record.actor),
                    source.to_string(),
                    *format,
                    rows,
                    &e.alerts,
                    &e.duplicate_candidates,
                );
            }
            Command::AmendIncident { row, reason, .. } => {
                self.incidents.amend((record.seq, record.at, &record.actor), row, reason.to_string());
            }
            Command::AddIncidentReport { incident, publisher, published_on, url, excerpt } => {
                let report = crate::incident::Report {
                    seq: record.seq,
                    at: record.at,
                    actor: record.actor.clone(),
                    publisher: publisher.to_string(),
                    published_on: *published_on,
                    url: url.as_ref().map(|u| u.as_str().to_owned()),
                    excerpt: excerpt.to_string(),
                };
                self.incidents.add_report(incident.as_str(), report);
            }
            Command::ResolveDuplicate { incident, duplicate_of, decision, note } => {
                self.incidents.decide(
                    crate::incident::Decision {
                        seq: record.seq,
                        at: record.at,
                        actor: record.actor.clone(),
                        incident: incident.to_string(),
                        other: duplicate_of.to_string(),
                        decision: *decision,
                        note: note.as_ref().map(|n| n.to_string()),
                    },
                    &record.event.alerts,
                );
            }
            Command::SetDuplicateTolerance { days, km, .. } => {
                self.incidents.set_tolerance(jirga_incidents::duplicates::Tolerance { days: i32::from(*days), km: f64::from(*km) });
            }
            _ => {}
        }
    }

    /// Does the encoded event change the incident register? Read off the
    /// command's name near the start of the bytes, without decoding them.
    pub fn changes_register(bytes: &[u8]) -> bool {
        const TAG: &[u8] = br#""change":{"type":""#;
        let head = &bytes[..bytes.len().min(4096)];
        head.windows(TAG.len()).position(|w| w == TAG).is_some_and(|at| {
            let name = &head[at + TAG.len()..];
            ["record_incidents", "amend_incident", "add_incident_report", "resolve_duplicate", "set_duplicate_tolerance"]
                .iter()
                .any(|n| name.starts_with(n.as_bytes()) && name.get(n.len()) == Some(&b'"'))
        })
    }
}
