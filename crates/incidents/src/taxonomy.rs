//! ACLED's taxonomy (ACLED Codebook, 2023–2024): disorder types, the six event
//! types and their sub-event types, and the actor-type codes of `inter1`/`inter2`.

/// Every event type with its sub-event types.
pub const EVENT_TYPES: &[(&str, &[&str])] = &[
    ("Battles", &["Armed clash", "Government regains territory", "Non-state actor overtakes territory"]),
    (
        "Explosions/Remote violence",
        &[
            "Chemical weapon",
            "Air/drone strike",
            "Suicide bomb",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Grenade",
        ],
    ),
    ("Violence against civilians", &["Sexual violence", "Attack", "Abduction/forced disappearance"]),
    ("Protests", &["Peaceful protest", "Protest with intervention", "Excessive force against protesters"]),
    ("Riots", &["Violent demonstration", "Mob violence"]),
    (
        "Strategic developments",
        &[
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other",
        ],
    ),
];

pub const DISORDER_TYPES: &[&str] =
    &["Political violence", "Demonstrations", "Strategic developments", "Political violence; Demonstrations"];

/// ACLED's actor-type codes, as `inter1`/`inter2` carry them in numeric exports.
pub const ACTOR_TYPES: &[(u8, &str)] = &[
    (0, "No actor"),
    (1, "State forces"),
    (2, "Rebel groups"),
    (3, "Political militias"),
    (4, "Identity militias"),
    (5, "Rioters"),
    (6, "Protesters"),
    (7, "Civilians"),
    (8, "External/Other forces"),
];

/// Is `sub` a sub-event type of `event`?
pub fn is_sub_event_of(event: &str, sub: &str) -> bool {
    EVENT_TYPES.iter().any(|(e, subs)| *e == event && subs.contains(&sub))
}

pub fn is_event_type(event: &str) -> bool {
    EVENT_TYPES.iter().any(|(e, _)| *e == event)
}

/// An actor type given as a number (`2`) or as text (`Rebel groups`, any case,
/// singular or plural): its code.
pub fn actor_type_code(value: &str) -> Option<u8> {
    let v = value.trim();
    if let Ok(n) = v.parse::<u8>() {
        return ACTOR_TYPES.iter().any(|(c, _)| *c == n).then_some(n);
    }
    let lower = v.to_lowercase();
    ACTOR_TYPES.iter().find_map(|(code, name)| {
        let name = name.to_lowercase();
        (lower == name || lower == name.trim_end_matches('s') || format!("{lower}s") == name).then_some(*code)
    })
}
