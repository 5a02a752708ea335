//! Which side of the border a thing is on, judged by what it is rather than by
//! a label the person subject to the rule chose. A meeting is "with the other
//! side" — and so needs the federal approval and its topics — when anyone in it
//! is not of the province's or the federal government's party or a body within
//! one (a person of the counterpart, of another group, or of no declared side:
//! an unknown side is never taken for ours), or when it is held across the border.
//!
//! A person of no party who speaks for communities (an elder) has the side of
//! the places those communities live in: ours only when every one of them
//! lives on Pakistan's side alone. An elder of a community astride the border
//! (the Shinwari of Khyber and Nangarhar) is the other side, whatever else
//! they are an elder of.

use crate::RuleError;
use crate::state::{Initiative, State};

/// Places across the border, as a meeting's place names them: Afghanistan,
/// its 34 provinces and their capitals, and the border towns on its side.
/// A safety net with known limits (a place spelled otherwise is not caught);
/// the participants' sides are the rule's main input.
const ACROSS_THE_BORDER: &[&str] = &[
    "afghanistan",
    "kabul",
    "kandahar",
    "herat",
    "mazar-i-sharif",
    "mazar-e-sharif",
    "jalalabad",
    "nangarhar",
    "kunar",
    "asadabad",
    "khost",
    "paktia",
    "gardez",
    "paktika",
    "sharana",
    "laghman",
    "mehtarlam",
    "nuristan",
    "parun",
    "logar",
    "pul-i-alam",
    "wardak",
    "maidan shahr",
    "ghazni",
    "zabul",
    "qalat",
    "helmand",
    "lashkar gah",
    "nimroz",
    "zaranj",
    "farah",
    "badghis",
    "qala-i-naw",
    "ghor",
    "chaghcharan",
    "daykundi",
    "nili",
    "uruzgan",
    "tarinkot",
    "bamyan",
    "parwan",
    "charikar",
    "kapisa",
    "mahmud-i-raqi",
    "panjshir",
    "bazarak",
    "baghlan",
    "puli khumri",
    "kunduz",
    "takhar",
    "taloqan",
    "badakhshan",
    "fayzabad",
    "faizabad",
    "balkh",
    "samangan",
    "aybak",
    "sar-e pol",
    "sar-i-pul",
    "jowzjan",
    "sheberghan",
    "faryab",
    "maymana",
    "spin boldak",
    "dand-e-patan",
    "kafghan",
    // In Pashto and Dari script.
    "افغانستان",
    "کابل",
    "کندهار",
    "ننگرهار",
    "جلال‌آباد",
    "جلال آباد",
    "خوست",
    "کنر",
    "پکتیا",
    "پکتیکا",
    "هرات",
];

/// Is `place` across the border (in Afghanistan)?
pub fn across_the_border(place: &str) -> bool {
    let place = place.to_lowercase();
    let words: Vec<&str> = place.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\u{200c}')).filter(|w| !w.is_empty()).collect();
    ACROSS_THE_BORDER.iter().any(|name| if name.contains(' ') { place.contains(name) } else { words.iter().any(|w| w == name) })
}

/// Is `party` the province's or the federal government's, or a body within
/// one of them (the Foreign Ministry within the federal government)?
pub fn of_our_side(state: &State, initiative: &Initiative, party: &crate::ids::PartyId) -> bool {
    let mut at = Some(party);
    // A chain of bodies within bodies; bounded, whatever the record holds.
    for _ in 0..8 {
        let Some(p) = at else { return false };
        if *p == initiative.province || *p == initiative.federal {
            return true;
        }
        at = state.parties.get(p).and_then(|p| p.within.as_ref());
    }
    false
}

/// Is the person an elder of at least one community, and are all their
/// communities on Pakistan's side of the border only?
fn elder_of_our_side_only(state: &State, person: &crate::ids::PersonId) -> bool {
    let mut communities = state.communities_of(person).peekable();
    communities.peek().is_some() && communities.all(|c| !c.lives_on(crate::model::Side::Afghanistan))
}

/// Is a meeting of `participants` at `place` one with the other side?
pub fn with_the_other_side(
    state: &State,
    initiative: &Initiative,
    participants: &[crate::ids::PersonId],
    place: &str,
) -> Result<bool, RuleError> {
    let mut other_side = across_the_border(place);
    for id in participants {
        let person = state.people.get(id).ok_or_else(|| RuleError::not_found("person", id))?;
        let ours = match &person.party {
            Some(party) => of_our_side(state, initiative, party),
            None => elder_of_our_side_only(state, id),
        };
        other_side |= !ours;
    }
    Ok(other_side)
}
