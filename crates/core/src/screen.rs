//! The guardrail's screen of a commitment's text: the words the national
//! framework names (the border's status — the Durand Line, the border fence —,
//! defence and security forces, extradition and handing over persons,
//! recognition, financial liability), in English, Urdu, Pashto and Dari
//! spellings. What it finds joins the areas the drafter declared, so the
//! framework's Cedar policies decide on what the text says, not only on the
//! boxes ticked. A safety net with known limits: a paraphrase it has no word
//! for passes, and a word in a harmless sense is flagged (the federal side's
//! concurrence settles both).

use crate::model::FrameworkArea;

/// One finding: the area and the term that named it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Finding {
    pub area: FrameworkArea,
    pub term: &'static str,
}

/// The terms of each area, lowercase. Latin-script terms match whole words
/// (a multi-word term as a phrase); Arabic-script ones anywhere in the text.
const TERMS: &[(FrameworkArea, &[&str])] = &[
    (
        FrameworkArea::BorderStatus,
        &[
            "durand",
            "international border",
            "border status",
            "status of the border",
            "border fence",
            "fence",
            "fencing",
            "demarcation",
            "demarcate",
            "boundary",
            "sovereignty",
            "disputed territory",
            // Urdu, Pashto, Dari: Durand (three spellings), the fence, the border line.
            "ڈیورنڈ",
            "ډیورنډ",
            "دیورند",
            "باڑ",
            "کرښه",
            "خط مرزی",
            "سرحدی لکیر",
        ],
    ),
    (
        FrameworkArea::DefenceDeployment,
        &[
            "troops",
            "soldiers",
            "army",
            "armed forces",
            "military",
            "security forces",
            "frontier corps",
            "deploy",
            "deployment",
            "joint patrol",
            "joint patrols",
            "military base",
            "فوج",
            "افواج",
            "پوځ",
            "عسکر",
            "قوای مسلح",
            "نظامی",
        ],
    ),
    (
        FrameworkArea::Extradition,
        &[
            "extradite",
            "extradition",
            "hand over",
            "handover",
            "handing over",
            "hand them over",
            "surrender",
            "deport",
            "deportation",
            "حوالگی",
            "حوالے",
            "سپارل",
            "استرداد",
            "تحویل",
        ],
    ),
    (
        FrameworkArea::Recognition,
        &[
            "recognize",
            "recognise",
            "recognition",
            "recognizes",
            "recognises",
            "diplomatic relations",
            "legitimate government",
            "تسلیم",
            "رسمیت",
            "پیژندنه",
        ],
    ),
    (
        FrameworkArea::FinancialLiability,
        &["loan", "guarantee", "compensation", "indemnity", "reparations", "قرض", "ضمانت", "معاوضہ", "غرامت", "تاوان"],
    ),
];

/// Every area `text` names, with the first term found for each.
pub fn screen(text: &str) -> Vec<Finding> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let latin_phrase = |term: &str| {
        let parts: Vec<&str> = term.split(' ').collect();
        words.windows(parts.len()).any(|w| w == parts.as_slice())
    };
    TERMS
        .iter()
        .filter_map(|(area, terms)| {
            let term = terms.iter().find(|t| if t.is_ascii() { latin_phrase(t) } else { lower.contains(*t) })?;
            Some(Finding { area: *area, term })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn areas(text: &str) -> Vec<&'static str> {
        screen(text).into_iter().map(|f| f.area.as_str()).collect()
    }

    #[test]
    fn the_framework_is_found_in_the_words_whatever_the_boxes_say() {
        let attack = "Pakistan will treat the Durand Line as not an international border and remove the border fence at Torkham";
        assert_eq!(areas(attack), ["border_status"]);
        assert_eq!(screen(attack)[0].term, "durand");
        assert_eq!(areas("د ډیورنډ کرښه به په رسمیت ونه پیژندل شي"), ["border_status", "recognition"]);
        assert_eq!(areas("KP will hand over the suspects to Kabul"), ["extradition"]);
        assert_eq!(areas("Joint patrols of the Frontier Corps along the crossing"), ["defence_deployment"]);
        assert_eq!(areas("The province will guarantee a loan to the traders"), ["financial_liability"]);
    }

    #[test]
    fn ordinary_commitments_pass_the_screen() {
        for text in [
            "Open the Torkham crossing daily from 7 am for medical and business travel",
            "Exchange lists of concerns before the next meeting",
            "Reopen the border market at Ghulam Khan for fruit traders",
            "Defenceless civilians will be given safe passage to hospitals",
        ] {
            assert!(areas(text).is_empty(), "{text}: {:?}", screen(text));
        }
    }
}
