//! Place names as sources spell them → the names of today's administrative map.
//!
//! Khyber Pakhtunkhwa has been spelled NWFP, N.W.F.P., KPK, Khyber Pakhtunkwa (as
//! UCDP does); the Federally Administered Tribal Areas merged into it in 2018, each
//! agency becoming a district of the same name and each frontier region part of
//! the settled district beside it.

/// (alias, name) for first-level divisions; matched case-insensitively, ignoring
/// dots and a trailing "province".
const ADMIN1: &[(&str, &str)] = &[
    ("nwfp", "Khyber Pakhtunkhwa"),
    ("north west frontier province", "Khyber Pakhtunkhwa"),
    ("north-west frontier province", "Khyber Pakhtunkhwa"),
    ("kpk", "Khyber Pakhtunkhwa"),
    ("kp", "Khyber Pakhtunkhwa"),
    ("khyber pakhtunkwa", "Khyber Pakhtunkhwa"),
    ("khyber pakhtoonkhwa", "Khyber Pakhtunkhwa"),
    ("khyber pakhtunkhwa", "Khyber Pakhtunkhwa"),
    ("fata", "Khyber Pakhtunkhwa"),
    ("federally administered tribal areas", "Khyber Pakhtunkhwa"),
    ("balochistan", "Balochistan"),
    ("baluchistan", "Balochistan"),
    ("sindh", "Sindh"),
    ("punjab", "Punjab"),
    ("islamabad capital territory", "Islamabad Capital Territory"),
    ("ict", "Islamabad Capital Territory"),
    ("azad jammu & kashmir", "Azad Jammu and Kashmir"),
    ("azad jammu and kashmir", "Azad Jammu and Kashmir"),
    ("ajk", "Azad Jammu and Kashmir"),
    ("gilgit-baltistan", "Gilgit-Baltistan"),
];

/// (alias, district) for second-level divisions: the tribal agencies and frontier regions.
const ADMIN2: &[(&str, &str)] = &[
    ("khyber agency", "Khyber"),
    ("mohmand agency", "Mohmand"),
    ("bajaur agency", "Bajaur"),
    ("kurram agency", "Kurram"),
    ("orakzai agency", "Orakzai"),
    ("north waziristan agency", "North Waziristan"),
    ("south waziristan agency", "South Waziristan"),
    ("fr kohat", "Kohat"),
    ("fr peshawar", "Peshawar"),
    ("fr bannu", "Bannu"),
    ("fr bannu - mir ali", "Bannu"),
    ("fr lakki marwat", "Lakki Marwat"),
    ("fr tank", "Tank"),
    ("fr tank - jandola", "Tank"),
    ("fr dera ismail khan", "Dera Ismail Khan"),
    ("fr d.i. khan", "Dera Ismail Khan"),
];

fn key(raw: &str) -> String {
    let lower = raw.trim().to_lowercase().replace('.', "");
    let lower = lower.strip_suffix(" province").unwrap_or(&lower).trim().to_owned();
    lower.strip_suffix(" district").unwrap_or(&lower).trim().to_owned()
}

/// The first-level division's name today (unknown names are kept, trimmed).
pub fn admin1(raw: &str) -> String {
    let k = key(raw);
    ADMIN1.iter().find(|(alias, _)| key(alias) == k).map_or_else(|| raw.trim().to_owned(), |(_, name)| (*name).to_owned())
}

/// The district's name today (agencies and frontier regions → their districts;
/// "X district" → "X").
pub fn admin2(raw: &str) -> String {
    let k = raw.trim().to_lowercase();
    if let Some((_, name)) = ADMIN2.iter().find(|(alias, _)| *alias == k) {
        return (*name).to_owned();
    }
    let trimmed = raw.trim();
    trimmed.strip_suffix(" district").or_else(|| trimmed.strip_suffix(" District")).unwrap_or(trimmed).to_owned()
}
