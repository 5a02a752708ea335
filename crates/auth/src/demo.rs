//! The demo's organizations and users: one login per role, over the scenario of
//! the news reports (`jirga_core::demo`). The person ids refer to that scenario.

use jirga_core::Command;
use jirga_core::model::{OrgKind, UserRole};
use jirga_core::pass::PointCode;

use crate::{AccountError, Accounts, NewUser};

pub const ORGANIZATIONS: &[(&str, &str, OrgKind)] = &[
    ("org-kp", "Government of Khyber Pakhtunkhwa", OrgKind::ProvincialGovernment),
    ("org-mofa", "Ministry of Foreign Affairs, Islamabad", OrgKind::FederalMinistry),
    ("org-afg", "Afghan Consulate, Peshawar", OrgKind::CounterpartAuthority),
    ("org-border", "Torkham Border Administration", OrgKind::BorderAdministration),
    ("org-agp", "Auditor-General of Pakistan", OrgKind::Auditor),
];

/// (username, name, organization, role, person)
pub const USERS: &[(&str, &str, &str, UserRole, Option<&str>)] = &[
    ("saif", "Muhammad Ali Saif", "org-kp", UserRole::ProvincialCoordinator, Some("per-1")),
    ("approver", "Federal approver, MoFA", "org-mofa", UserRole::FederalApprover, None),
    ("member", "Nisar Khan", "org-kp", UserRole::DelegationMember, Some("per-3")),
    ("analyst", "Security analyst, KP CTD", "org-kp", UserRole::SecurityAnalyst, None),
    ("passes", "Pass officer, Torkham", "org-border", UserRole::PassOfficer, None),
    ("border", "Border officer, Torkham", "org-border", UserRole::BorderOfficer, None),
    ("auditor", "Audit officer, AGP", "org-agp", UserRole::Auditor, None),
    ("admin", "System administrator, KP IT Board", "org-kp", UserRole::Administrator, None),
    ("consul", "Taliban consul in Peshawar", "org-afg", UserRole::DelegationMember, Some("per-8")),
];

/// Create the demo's organizations and users; `password` gives each user's
/// password. Returns (username, role, password) per user.
pub fn seed(accounts: &Accounts, password: impl Fn(&str) -> String) -> Result<Vec<(String, UserRole, String)>, AccountError> {
    for (id, name, kind) in ORGANIZATIONS {
        accounts.create_organization(id, name, *kind)?;
    }
    let mut logins = Vec::new();
    for (username, name, organization, role, person) in USERS {
        let pw = password(username);
        accounts.create_user(&NewUser {
            username: (*username).into(),
            name: (*name).into(),
            organization: (*organization).into(),
            roles: vec![*role],
            person: person.map(|p| p.parse().expect("the demo's people are well-formed ids")),
            // The demo's border officer is posted at Torkham, as their name says.
            posts: if *role == UserRole::BorderOfficer { vec![PointCode::parse("torkham").expect("a point code")] } else { vec![] },
            password: pw.clone(),
        })?;
        logins.push(((*username).to_owned(), *role, pw));
    }
    Ok(logins)
}

/// The demo user who issues a command of the scenario: the federal approver for
/// federal decisions, the administrator for policy changes, the focal person for
/// everything else.
pub fn issuer(command: &Command) -> &'static str {
    issuer_of(command.name())
}

/// [`issuer`] by the command's name (its JSON `type`).
pub fn issuer_of(command: &str) -> &'static str {
    match command {
        "decide_approval"
        | "concur_with_commitment"
        | "acknowledge_notification"
        | "answer_guidance"
        | "waive_phase_order"
        | "suspend_approval"
        | "reinstate_approval"
        | "withdraw_approval"
        | "acknowledge_breach"
        | "acknowledge_travel_breach"
        | "approve_policy_change"
        | "refuse_policy_change"
        | "refuse_waiver"
        | "change_initiative_settings" => "approver",
        "change_policies" | "register_crossing_point" => "admin",
        "issue_pass" | "revoke_pass" | "erase_pass_holders" => "passes",
        "record_crossing" => "border",
        "accept_commitment" => "consul",
        "record_incidents"
        | "amend_incident"
        | "add_incident_report"
        | "resolve_duplicate"
        | "report_movement"
        | "set_duplicate_tolerance" => "analyst",
        _ => "saif",
    }
}
