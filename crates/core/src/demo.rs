//! The demo scenario from the two news reports in `shared/context/`: Khyber
//! Pakhtunkhwa's initiative awaiting federal approval, its two delegations with
//! Muhammad Ali Saif as focal person on both, the two phases, the accusation /
//! denial / UN-report claim, and the attacks that motivated the talks.
//!
//! The scenario is a list of ordinary commands, applied to an empty record through
//! the same write path as anything else; ids below are the ones a fresh record
//! allocates. People the reports do not name are described by their role.

use serde_json::json;

use crate::command::Command;

/// The scenario's commands, in order.
pub fn scenario() -> Vec<Command> {
    let arab_news = |title: &str| json!({"publisher": "Arab News", "title": title, "published_on": "2025-03-09"});
    let report_one = |title: &str| json!({"publisher": "News report (shared/context/000)", "title": title, "published_on": "2025-03-01"});
    let commands = vec![
        json!({"type": "register_party", "name": "Government of Khyber Pakhtunkhwa", "kind": "provincial_government", "short_name": "KP"}),
        json!({"type": "register_party", "name": "Federal Government of Pakistan", "kind": "federal_government", "short_name": "Islamabad"}),
        json!({"type": "register_party", "name": "Afghan Taliban authorities (Kabul)", "kind": "counterpart_government", "short_name": "Kabul"}),
        json!({"type": "register_party", "name": "Tehrik-i-Taliban Pakistan", "kind": "non_state_group", "short_name": "TTP"}),
        json!({"type": "register_party", "name": "United Nations Security Council", "kind": "international_body", "short_name": "UNSC"}),
        json!({"type": "register_person", "name_latin": "Muhammad Ali Saif", "name_arabic": "محمد علی سیف", "party": "par-1", "title": "KP government spokesman"}),
        json!({"type": "register_person", "name_latin": "Ali Amin Gandapur", "name_arabic": "علی امین گنڈاپور", "party": "par-1", "title": "Chief Minister of Khyber Pakhtunkhwa"}),
        json!({"type": "register_person", "name_latin": "Nisar Khan", "name_arabic": "نثار خان", "party": "par-1", "title": "Official, KP information department"}),
        json!({"type": "register_person", "name_latin": "Senior KP government official", "party": "par-1", "title": "Named when the delegation travels"}),
        json!({"type": "register_person", "name_latin": "Tribal elder (Khyber)", "party": "par-1", "title": "Tribal elder"}),
        json!({"type": "register_person", "name_latin": "Religious scholar (Peshawar)", "party": "par-1", "title": "Religious scholar"}),
        json!({"type": "register_person", "name_latin": "Political leader (KP)", "party": "par-1", "title": "Political leader"}),
        json!({"type": "register_person", "name_latin": "Taliban consul in Peshawar", "party": "par-3", "title": "Consul"}),
        json!({"type": "launch_initiative", "title": "KP–Afghanistan engagement", "province": "par-1", "federal": "par-2", "counterpart": "par-3",
            "topics": ["security", "trade", "refugees", "health", "education", "livelihoods", "movement_of_people", "cultural_exchange"],
            "focal_person": "per-1", "launched_on": "2025-03-01"}),
        json!({"type": "request_approval", "initiative": "ini-1", "topics": ["security", "trade", "refugees", "health", "education", "livelihoods", "movement_of_people", "cultural_exchange"],
            "planned_delegations": 2, "requested_on": "2025-03-02",
            "note": "A jirga has been formed at the provincial level to negotiate with the Afghan government; once the terms are finalized, the jirga will travel to Afghanistan."}),
        json!({"type": "request_guidance", "initiative": "ini-1", "asked_on": "2025-03-03",
            "question": "What terms and conditions will the federal government set for the talks with the Afghan authorities?"}),
        json!({"type": "form_delegation", "initiative": "ini-1", "name": "First delegation (groundwork)", "purpose": "groundwork", "formed_on": "2025-03-09",
            "members": [{"person": "per-1", "role": "focal_person"}, {"person": "per-5", "role": "tribal_elder"}, {"person": "per-4", "role": "government_official"}]}),
        json!({"type": "form_delegation", "initiative": "ini-1", "name": "Second delegation (substantive)", "purpose": "substantive", "formed_on": "2025-03-09",
            "members": [{"person": "per-1", "role": "focal_person"}, {"person": "per-5", "role": "tribal_elder"}, {"person": "per-6", "role": "religious_scholar"}, {"person": "per-7", "role": "political_leader"}]}),
        json!({"type": "plan_visit", "delegation": "del-1", "destination": "Kabul", "planned_for": "2025-03-20"}),
        json!({"type": "add_agenda_item", "phase": "pha-1", "title": "TTP sanctuaries and cross-border attacks", "topic": "security"}),
        json!({"type": "add_agenda_item", "phase": "pha-1", "title": "Cooperation in monitoring and preventing militant movements across the border", "topic": "security"}),
        json!({"type": "add_agenda_item", "phase": "pha-2", "title": "Trade between border regions", "topic": "trade"}),
        json!({"type": "add_agenda_item", "phase": "pha-2", "title": "Afghan refugees residing in Pakistan", "topic": "refugees"}),
        json!({"type": "add_agenda_item", "phase": "pha-2", "title": "Movement of people for medical treatment and business", "topic": "movement_of_people"}),
        json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-08", "place": "Peshawar",
            "participants": ["per-2", "per-1"],
            "minutes": "Consultative meeting 'National Unity Against Terrorism' with representatives of religious and political parties. The Chief Minister said the security situation in the province is directly linked to developments in neighbouring Afghanistan."}),
        // The first article: the Chief Minister "recently met with the Taliban's
        // consul in Peshawar", before any federal approval. It happened, so it is
        // on the record, as a breach the federal side is shown until it
        // acknowledges it (the report gives no day: that of the report).
        json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-01", "place": "Peshawar",
            "participants": ["per-2", "per-8"], "as_breach": true,
            "minutes": "As reported: the Chief Minister met the Taliban's consul in Peshawar and emphasized that deteriorating security is a challenge for both Pakistan and the Taliban; he said the jirga waits for federal approval."}),
        json!({"type": "state_claim", "initiative": "ini-1", "topic": "security", "proposition": "Militants use Afghan territory to launch attacks in Pakistan."}),
        json!({"type": "record_position", "claim": "clm-1", "party": "par-2", "stance": "asserts", "stated_on": "2025-03-01",
            "statement": "Pakistan's military and political leadership blame the surge in violence on TTP militants launching cross-border attacks from Afghanistan, accusing Kabul of harbouring and facilitating them.",
            "source": arab_news("KP to send two delegations to Afghanistan for talks")}),
        json!({"type": "record_position", "claim": "clm-1", "party": "par-3", "stance": "denies", "stated_on": "2025-03-01",
            "statement": "Afghanistan denies the allegation and says Pakistan's security is an internal matter of Islamabad.",
            "source": arab_news("KP to send two delegations to Afghanistan for talks")}),
        json!({"type": "record_position", "claim": "clm-1", "party": "par-5", "stance": "asserts", "stated_on": "2025-02-15",
            "statement": "The TTP continues to get financial and logistical support from Kabul; over 600 attacks from July till December 2024. Afghanistan under Taliban rule has become a safe haven for the group.",
            "source": {"publisher": "United Nations Security Council", "title": "Monitoring team report on the Taliban (as reported)", "published_on": "2025-02-15"}}),
        json!({"type": "record_position", "claim": "clm-1", "party": "par-1", "stance": "asserts", "stated_on": "2025-03-08",
            "statement": "The security situation in the province is directly linked to developments in neighbouring Afghanistan.",
            "source": arab_news("KP to send two delegations to Afghanistan for talks")}),
        json!({"type": "state_claim", "initiative": "ini-1", "topic": "security", "proposition": "A suicide bombing at Darul Uloom Haqqania in Akora Khattak killed Maulana Hamidul Haq Haqqani; two suicide bombings struck KP in four days."}),
        json!({"type": "record_position", "claim": "clm-2", "party": "par-1", "stance": "asserts", "stated_on": "2025-03-01",
            "statement": "Following the suicide bombing at Darul Uloom Haqqania, the provincial government called for immediate dialogue with the Taliban.",
            "source": report_one("KP awaits federal approval for talks with the Taliban")}),
        json!({"type": "state_claim", "initiative": "ini-1", "topic": "security", "proposition": "Advanced American weapons left behind after the U.S. withdrawal are used by militant groups operating in Pakistan."}),
        json!({"type": "record_position", "claim": "clm-3", "party": "par-2", "stance": "asserts", "stated_on": "2025-03-01",
            "statement": "The Foreign Ministry expressed concern over the use of advanced American weapons by militant groups operating in Pakistan.",
            "source": report_one("KP awaits federal approval for talks with the Taliban")}),
        json!({"type": "draft_commitment", "initiative": "ini-1", "topic": "movement_of_people", "phase": "pha-2", "bound": ["par-1", "par-3"], "owner": "per-1",
            "drafted_on": "2025-03-09", "due_on": "2025-12-31",
            "text": "Establish a mechanism for the movement of people of both countries for medical treatment and business."}),
        json!({"type": "draft_commitment", "initiative": "ini-1", "topic": "security", "phase": "pha-1", "bound": ["par-1", "par-3"], "owner": "per-1",
            "drafted_on": "2025-03-09",
            "text": "Cooperate in monitoring and preventing the movement of the TTP and other militant groups across the border."}),
        json!({"type": "draft_commitment", "initiative": "ini-1", "topic": "trade", "phase": "pha-2", "bound": ["par-1"], "owner": "per-1",
            "drafted_on": "2025-03-09", "areas": ["financial_liability"], "financial_amount": 120_000_000u64,
            "text": "Fund a joint trade facilitation centre for traders of the border regions."}),
        // The crossing points passes may name (configurable; these five in the demo).
        json!({"type": "register_crossing_point", "code": "torkham", "name": "Torkham", "name_arabic": "تورخم"}),
        json!({"type": "register_crossing_point", "code": "chaman", "name": "Chaman", "name_arabic": "چمن"}),
        json!({"type": "register_crossing_point", "code": "ghulam-khan", "name": "Ghulam Khan", "name_arabic": "غلام خان"}),
        json!({"type": "register_crossing_point", "code": "angoor-adda", "name": "Angoor Adda", "name_arabic": "انگور اډه"}),
        json!({"type": "register_crossing_point", "code": "kharlachi", "name": "Kharlachi", "name_arabic": "خرلاچی"}),
        // The articles' other voices: a body within the federal government, a
        // commentator speaking for himself, the province's accusation of the
        // centre, and the context they all refer to.
        json!({"type": "register_party", "name": "Ministry of Foreign Affairs", "kind": "federal_government", "short_name": "MoFA", "within": "par-2"}),
        json!({"type": "record_position", "claim": "clm-1", "party": "par-6", "stance": "asserts", "stated_on": "2025-03-01",
            "statement": "The Foreign Ministry has remained silent on the possibility of negotiations, but acknowledged that TTP sanctuaries in Afghanistan are straining relations between Islamabad and Kabul.",
            "source": report_one("KP awaits federal approval for talks with the Taliban")}),
        json!({"type": "state_claim", "initiative": "ini-1", "topic": "security", "proposition": "Islamabad politicizes the issue of terrorism rather than taking decisive action."}),
        json!({"type": "record_position", "claim": "clm-4", "party": "par-1", "stance": "asserts", "stated_on": "2025-03-01",
            "statement": "Provincial officials have accused Islamabad of politicizing the issue of terrorism rather than taking decisive action.",
            "source": report_one("KP awaits federal approval for talks with the Taliban")}),
        json!({"type": "register_party", "name": "University of Peshawar", "kind": "other"}),
        json!({"type": "register_person", "name_latin": "Aamer Raza", "party": "par-7", "title": "Lecturer of political science, University of Peshawar"}),
        json!({"type": "state_claim", "initiative": "ini-1", "topic": "security", "proposition": "The talks can bring immediate and tangible results."}),
        json!({"type": "record_position", "claim": "clm-5", "party": "par-7", "person": "per-9", "stance": "denies", "stated_on": "2025-03-09",
            "statement": "It would be too early to expect immediate and tangible results from the intended talks, but the engagements would help build confidence between the two sides.",
            "source": arab_news("KP to send two delegations to Afghanistan for talks")}),
        json!({"type": "add_note", "record": "ini-1",
            "text": "Context (Arab News, 2025-03-09): Pakistan has struggled to contain a surge in militancy in KP since a fragile truce between the TTP and Islamabad broke down in November 2022."}),
        // The second article's tribal dimension: communities astride the
        // Khyber–Nangarhar border "share the same language, tradition and social
        // norms". The communities are real; their elders here are illustrative
        // people described by their standing (the reports name none), and so
        // are the grievances, the milestone and the score.
        json!({"type": "register_community", "name_latin": "Shinwari", "name_arabic": "شینواري", "kind": "tribe", "districts": ["khyber", "nangarhar"]}),
        json!({"type": "register_community", "name_latin": "Mohmand", "name_arabic": "مومند", "kind": "tribe", "districts": ["mohmand", "nangarhar", "kunar"],
            "neighbours": ["cmy-1"]}),
        json!({"type": "register_community", "name_latin": "Afridi", "name_arabic": "اپريدي", "kind": "tribe", "districts": ["khyber"], "neighbours": ["cmy-1"]}),
        json!({"type": "register_community", "name_latin": "Shinwari of Landi Kotal", "name_arabic": "د لنډي کوتل شینواري", "kind": "locality",
            "districts": ["khyber"], "part_of": "cmy-1"}),
        json!({"type": "register_person", "name_latin": "Malik of the Shinwari (Landi Kotal)", "title": "Malik"}),
        json!({"type": "register_person", "name_latin": "Shinwari elder (Achin, Nangarhar)", "title": "Tribal elder"}),
        json!({"type": "register_person", "name_latin": "Afridi elder (Bara)", "title": "Tribal elder"}),
        json!({"type": "register_person", "name_latin": "Women's representative (Landi Kotal)", "title": "Community health worker"}),
        json!({"type": "add_elder", "community": "cmy-1", "person": "per-10", "standing": "malik", "since": "2025-03-01"}),
        json!({"type": "add_elder", "community": "cmy-4", "person": "per-10", "standing": "malik", "since": "2025-03-01"}),
        json!({"type": "add_elder", "community": "cmy-1", "person": "per-11", "standing": "elder", "since": "2025-03-01"}),
        json!({"type": "add_elder", "community": "cmy-3", "person": "per-12", "standing": "elder", "since": "2025-03-01"}),
        json!({"type": "add_elder", "community": "cmy-4", "person": "per-13", "standing": "womens_representative", "since": "2025-03-01"}),
        // A jirga with the Afridi elders, who live on Pakistan's side only: a
        // meeting of the province with its own communities, needing no approval.
        json!({"type": "record_meeting", "initiative": "ini-1", "held_on": "2025-03-07", "place": "Bara, Khyber", "participants": ["per-1", "per-12"],
            "minutes": "Consultation with the Afridi elders before the delegations travel: movement for medical treatment and the closures of Torkham come first."}),
        json!({"type": "raise_grievance", "community": "cmy-1", "raised_by": "per-10", "topic": "movement", "district": "khyber", "place": "Torkham",
            "raised_on": "2025-03-07", "agenda_items": ["age-5"], "commitments": ["com-1"],
            "text": "Patients from Nangarhar with appointments at Peshawar's hospitals are turned back at Torkham for want of documents; families wait for days at the crossing.",
            "source": {"publisher": "Demo: jirga with the Shinwari elders (illustrative)", "title": "Grievances heard at Landi Kotal", "published_on": "2025-03-07"}}),
        json!({"type": "advance_grievance", "grievance": "grv-1", "to": "acknowledged", "on": "2025-03-08",
            "note": "Put on the agenda of phase 2 (movement of people for medical treatment and business)."}),
        json!({"type": "raise_grievance", "community": "cmy-3", "sensitive": true, "topic": "security_operations", "district": "khyber", "place": "Tirah valley",
            "raised_on": "2025-03-07",
            "text": "Houses damaged during a search operation; the families ask for compensation. The elder who raised it asked not to be named.",
            "source": {"publisher": "Demo: jirga with the Afridi elders (illustrative)", "title": "Grievances heard at Bara", "published_on": "2025-03-07"}}),
        json!({"type": "raise_grievance", "community": "cmy-4", "raised_by": "per-13", "topic": "health", "district": "khyber", "place": "Landi Kotal",
            "raised_on": "2025-03-07",
            "text": "Women of Landi Kotal need an escort to cross for treatment; a pass for a patient should allow an attendant.",
            "source": {"publisher": "Demo: jirga with the Shinwari elders (illustrative)", "title": "Grievances heard at Landi Kotal", "published_on": "2025-03-07"}}),
        json!({"type": "mark_confidence_building", "commitment": "com-1", "communities": ["cmy-1", "cmy-2"], "parties": ["par-1", "par-3"], "marked_on": "2025-03-09"}),
        json!({"type": "add_milestone", "commitment": "com-1", "title": "A medical-pass desk at Torkham issues passes to patients with hospital appointments",
            "due_on": "2025-06-30", "indicator": "Medical passes issued per month", "target": 200}),
        json!({"type": "add_milestone", "commitment": "com-1", "title": "Torkham open for patients every day of the week", "due_on": "2026-12-31",
            "indicator": "Torkham open days per week", "target": 7}),
        json!({"type": "report_milestone", "commitment": "com-1", "milestone": 2, "on": "2025-03-09", "value": 5,
            "note": "Open five days a week, closed for days at a time after incidents."}),
        json!({"type": "score_implementation", "commitment": "com-1", "score": 0, "scored_on": "2025-03-09",
            "evidence": {"kind": "report", "description": "No pass for medical treatment has been issued yet; the desk is planned for the pass office at Torkham."}}),
    ];
    commands.into_iter().map(|c| serde_json::from_value(c).expect("demo commands are valid")).collect()
}

/// Passes the demo's pass officer issues: one for medical treatment, one for
/// business, the two purposes the articles name. The holders are illustrative
/// (the reports name none); the hospital and the chamber are real institutions.
/// Their validity starts on `today` (the day the demo runs).
pub fn pass_applications(today: jiff::civil::Date) -> Vec<crate::pass::PassApplication> {
    let day = |n: i64| today.checked_add(jiff::Span::new().days(n)).expect("demo dates are in range").to_string();
    let applications = vec![
        json!({
            "holder": {"name_latin": "Gul Rahman", "name_arabic": "ګل رحمان", "document_type": "tazkira", "document_number": "1401-0101-23456",
                "date_of_birth": "1968-04-12", "sex": "male", "nationality": "AFG"},
            "purpose": {"kind": "medical", "hospital": "Lady Reading Hospital, Peshawar", "appointment_on": day(9), "attendant_allowed": true},
            "sponsor": "Lady Reading Hospital, Peshawar",
            "crossing_points": ["torkham"],
            "valid_from": day(0), "valid_until": day(30),
            "entries": {"kind": "single"}
        }),
        json!({
            "holder": {"name_latin": "Haji Abdul Wahid", "name_arabic": "حاجی عبدالواحد", "document_type": "cnic", "document_number": "17301-1234567-1",
                "date_of_birth": "1975-09-30", "sex": "male", "nationality": "PAK"},
            "purpose": {"kind": "business", "organization": "Sarhad Chamber of Commerce and Industry"},
            "sponsor": "Sarhad Chamber of Commerce and Industry",
            "crossing_points": ["torkham", "chaman"],
            "valid_from": day(0), "valid_until": day(180),
            "entries": {"kind": "multiple", "max": 12}
        }),
    ];
    applications.into_iter().map(|a| serde_json::from_value(a).expect("demo applications are valid")).collect()
}

/// The incidents the articles name, as an analyst enters them by hand (ACLED
/// rows): the suicide bombing at Darul Uloom Haqqania in Akora Khattak, and the
/// second of "two suicide bombings in the past four days", whose place and day
/// the report does not give (so: known to the week and to the province). A third
/// row enters the Akora Khattak bombing again, as a later report would, so the
/// demo shows the duplicate check; it is marked as the demo's own.
pub const ARTICLE_INCIDENTS: &str = "\
PAKJ1,2025-02-28,2025,1,Political violence,Explosions/Remote violence,Suicide bomb,Unidentified Armed Group (Pakistan),,2,Civilians (Pakistan),,7,27,Civilian targeting,586,Southern Asia,Pakistan,Khyber Pakhtunkhwa,Nowshera,,Akora Khattak,34.0167,72.1333,1,News report (shared/context/000),National,\"Suicide bombing at Darul Uloom Haqqania in Akora Khattak; it killed Maulana Hamidul Haq Haqqani, a prominent pro-Taliban cleric. Fatalities: the report names one.\",1,,0
PAKJ2,2025-02-26,2025,2,Political violence,Explosions/Remote violence,Suicide bomb,Unidentified Armed Group (Pakistan),,2,,,,20,,586,Southern Asia,Pakistan,Khyber Pakhtunkhwa,,,Khyber Pakhtunkhwa,34.0000,71.5000,3,News report (shared/context/000),National,\"The other of 'two suicide bombings in the past four days' in Khyber Pakhtunkhwa; the report gives neither the place nor the day nor the toll.\",0,,0
PAKJ3,2025-03-01,2025,1,Political violence,Explosions/Remote violence,Suicide bomb,Unidentified Armed Group (Pakistan),,2,Civilians (Pakistan),,7,27,Civilian targeting,586,Southern Asia,Pakistan,Khyber Pakhtunkhwa,Nowshera,,Darul Uloom Haqqania,34.0210,72.1210,1,Demo: a later report of the same attack,National,\"Entered again from a later report (the demo's own example of a duplicate).\",1,,0
";

/// The source reports of [`ARTICLE_INCIDENTS`]: (incident, publisher, date, excerpt).
pub const ARTICLE_REPORTS: &[(&str, &str, &str, &str)] = &[
    (
        "PAKJ1",
        "News report (shared/context/000)",
        "2025-03-01",
        "The provincial government also called for immediate dialogue with the Taliban following a suicide bombing at Darul Uloom Haqqania in Akora Khattak that killed Maulana Hamidul Haq Haqqani, a prominent pro-Taliban cleric.",
    ),
    (
        "PAKJ2",
        "News report (shared/context/000)",
        "2025-03-01",
        "Pakistan has faced increasing instability in recent weeks, particularly in Khyber Pakhtunkhwa, which has witnessed two suicide bombings in the past four days.",
    ),
];

/// The demo's incident commands after the hand entries: the movement the
/// articles report, and the two bombings cited on the security agenda.
pub fn incident_follow_ups() -> Vec<Command> {
    let commands = vec![
        json!({"type": "report_movement", "border_stretch": "Khyber Pakhtunkhwa–Afghanistan border", "observed_on": "2025-03-09",
            "direction": "into_pakistan", "group": "Tehrik-i-Taliban Pakistan (TTP)",
            "source": {"publisher": "Arab News", "title": "KP to send two delegations to Afghanistan", "published_on": "2025-03-09"},
            "description": "Pakistan's military and political leadership blame the surge in violence on TTP militants launching cross-border attacks from Afghanistan (Afghanistan denies it).",
            "incidents": ["PAKJ1", "PAKJ2"]}),
        json!({"type": "cite_evidence", "record": "age-1", "incidents": ["PAKJ1", "PAKJ2"],
            "note": "The two suicide bombings in four days that the province cites for urgent talks."}),
    ];
    commands.into_iter().map(|c| serde_json::from_value(c).expect("demo commands are valid")).collect()
}
