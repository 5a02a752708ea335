//! All user-facing text, through Fluent, in every locale jirga ships: English
//! (`en`), Pashto (`ps-AF`, served to `ps-PK` too), Urdu (`ur-PK`) and Dari
//! (`fa-AF`). A locale is one `.ftl` file in `locales/` and one row of
//! [`LOCALES`]; it is *offered* (negotiated, in the language switcher) once
//! every English message has its translation, which the tests check
//! (`tests/locales.rs`). Until then its file grows and its pages are not served.
//!
//! Choosing a locale: a person's stored preference, else their cookie, else
//! the browser's `Accept-Language` with its q-weights honoured (see
//! [`negotiate`]); Dari and Pashto's other tags (`prs`, `pbu`, `pus`) are
//! canonicalised first, so a Dari reader is never served English by accident.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A shipped locale.
#[derive(Debug)]
pub struct LocaleInfo {
    /// The tag it is served as (`<html lang>`, the cookie, the preference).
    pub tag: &'static str,
    /// Its text direction (`ltr` / `rtl`), for `<html dir>`.
    pub dir: &'static str,
    /// Its name in itself, for the language switcher.
    pub native_name: &'static str,
    /// Its Fluent source (`locales/<tag>.ftl`).
    pub source: &'static str,
    /// Served: every message is translated (the tests hold an offered locale to that).
    pub offered: bool,
}

/// Every shipped locale, English first (the fallback).
pub const LOCALES: &[LocaleInfo] = &[
    LocaleInfo { tag: "en", dir: "ltr", native_name: "English", source: include_str!("../locales/en.ftl"), offered: true },
    LocaleInfo { tag: "ps-AF", dir: "rtl", native_name: "پښتو", source: include_str!("../locales/ps-AF.ftl"), offered: true },
    LocaleInfo { tag: "ur-PK", dir: "rtl", native_name: "اردو", source: include_str!("../locales/ur-PK.ftl"), offered: true },
    LocaleInfo { tag: "fa-AF", dir: "rtl", native_name: "دری", source: include_str!("../locales/fa-AF.ftl"), offered: true },
];

/// The shipped locale `tag` names, canonicalised: any case, `_` for `-`,
/// Dari's `prs`/`prs-AF` as `fa-AF`, Pashto's `pbu`/`pus` and any region as
/// `ps-AF`, Urdu's any region as `ur-PK`. `None` for a tag we do not ship (or
/// garbage), whether or not it is offered yet.
pub fn canonical(tag: &str) -> Option<&'static LocaleInfo> {
    let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
    let language = tag.split('-').next().unwrap_or_default();
    let served = match language {
        "en" => "en",
        "ps" | "pbu" | "pus" | "pst" => "ps-AF",
        "ur" => "ur-PK",
        // Persian: Afghanistan's Dari (fa-AF, prs) is what we ship; Iranian
        // Persian (fa, fa-IR) reads it, in a different calendar habit.
        "prs" | "fa" => "fa-AF",
        _ => return None,
    };
    LOCALES.iter().find(|l| l.tag == served)
}

/// The offered locale for `tag` (see [`canonical`]), if it is offered.
pub fn offered(tag: &str) -> Option<&'static LocaleInfo> {
    canonical(tag).filter(|l| l.offered)
}

/// The best offered locale for an `Accept-Language` header: its tags in order
/// of their q-weights (highest first, the header's order among equals; `q=0`
/// means "not this"), each canonicalised, the first offered one wins; English
/// when none is (or the header is garbage). Written here because
/// `fluent-langneg`'s parser drops the weights.
pub fn negotiate(accept_language: &str) -> &'static str {
    let mut ranges: Vec<(u16, usize, &str)> = accept_language
        .split(',')
        .enumerate()
        .filter_map(|(position, range)| {
            let mut parts = range.split(';');
            let tag = parts.next()?.trim();
            let q = parts.find_map(|p| p.trim().strip_prefix("q=").or_else(|| p.trim().strip_prefix("Q="))).map_or(Some(1000), |q| {
                q.trim().parse::<f32>().ok().filter(|q| (0.0..=1.0).contains(q)).map(|q| (q * 1000.0).round() as u16)
            })?;
            (!tag.is_empty() && q > 0).then_some((q, position, tag))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.iter().find_map(|(_, _, tag)| offered(tag)).map_or("en", |l| l.tag)
}

/// A number argument of a message in the digits of `LOCALES[L]`, digit for
/// digit and without grouping: a count reads ۱۲, and a number a person typed
/// (a year, a document number caught by the digit rule of `t_args`) stays the
/// same number. Fluent's formatter hook is a plain function: one per locale.
fn numbers_in<const L: usize>(value: &FluentValue, _: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => {
            Some(jirga_dates::LocaleFormats::of(LOCALES[L].tag).digits(&(n.value as i64).to_string()))
        }
        _ => None,
    }
}

/// One loaded locale.
pub struct Localizer {
    bundle: FluentBundle<FluentResource>,
    /// English, for a message an unoffered locale has not translated yet.
    fallback: Option<&'static Localizer>,
    /// Text direction of the locale (`ltr` / `rtl`), for the `dir` attribute.
    pub dir: &'static str,
    pub lang: &'static str,
    /// How many of its messages await a native speaker's review (`# status: unreviewed`).
    pub unreviewed: usize,
}

impl Localizer {
    /// Load a shipped locale; panics only if a shipped `.ftl` file is invalid,
    /// which the tests catch. `isolating`: Fluent's bidi isolation of
    /// placeables, on for pages in a right-to-left locale (a Latin id inside
    /// Pashto text keeps its place), off for text that leaves as data (JSON
    /// messages, form values, English pages, which isolate where needed).
    fn load(info: &'static LocaleInfo, isolating: bool) -> Self {
        let id: LanguageIdentifier = info.tag.parse().expect("valid language tag");
        let resource = FluentResource::try_new(info.source.to_owned()).unwrap_or_else(|(_, errors)| {
            panic!("locales/{}.ftl does not parse: {errors:?}", info.tag);
        });
        // English is the source: its few status lines are about the Pashto half of the card's labels.
        let unreviewed =
            if info.tag == "en" { 0 } else { info.source.lines().filter(|line| line.starts_with("# status: unreviewed")).count() };
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(isolating);
        // Numbers in messages (counts, limits, positions) in the locale's
        // digits, as the pages' own numbers are; English keeps Fluent's.
        bundle.set_formatter(match info.tag {
            "ps-AF" => Some(numbers_in::<1>),
            "ur-PK" => Some(numbers_in::<2>),
            "fa-AF" => Some(numbers_in::<3>),
            _ => None,
        });
        bundle.add_resource(resource).expect("no duplicate message ids");
        let fallback = (info.tag != "en").then(english);
        Localizer { bundle, fallback, dir: info.dir, lang: info.tag, unreviewed }
    }

    /// The message `id`; shows the id itself when missing, so a gap is visible
    /// rather than blank (and the tests look for such gaps).
    pub fn t(&self, id: &str) -> String {
        self.t_args(id, &[])
    }

    pub fn t_args(&self, id: &str, args: &[(&str, String)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return match self.fallback {
                Some(english) => english.t_args(id, args),
                None => id.to_owned(),
            };
        };
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            // A count is a number, so plural variants (`[one]`) select on it;
            // digits with a leading zero (a code) stay text as written.
            let count = (v.len() <= 15 && v.bytes().all(|b| b.is_ascii_digit()) && (v == "0" || !v.starts_with('0')))
                .then(|| v.parse::<u64>().ok())
                .flatten();
            match count {
                Some(n) => fluent_args.set(*k, FluentValue::from(n)),
                None => fluent_args.set(*k, FluentValue::String(Cow::Owned(v.clone()))),
            }
        }
        let mut errors = vec![];
        self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id) || self.fallback.is_some_and(|english| english.has(id))
    }

    /// The human message of a rule error (`error-<code>` with its arguments).
    pub fn rule_error(&self, err: &jirga_core::RuleError) -> String {
        self.rule_message(err.code(), err.args())
    }

    /// The message of a rule a recorded breach broke, as the event keeps it.
    pub fn broken_rule(&self, rule: &jirga_core::BrokenRule) -> String {
        let args: Vec<(&str, String)> = rule.args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        self.rule_message(&rule.code, args)
    }

    /// The message of rule `code` with its arguments, closed vocabularies named in words.
    pub fn rule_message(&self, code: &str, mut args: Vec<(&str, String)>) -> String {
        // Name values of closed vocabularies in words, not codes.
        for (k, v) in args.iter_mut() {
            if *k == "topic" {
                *v = self.t(&format!("topic-{}", v.replace('_', "-")));
            } else if *k == "field" || *k == "earlier" {
                let id = format!("field-{}", v.replace('_', "-"));
                if self.has(&id) {
                    *v = self.t(&id);
                }
            } else if *k == "kind" {
                *v = self.t(&format!("kind-{}", v.replace('_', "-")));
            }
        }
        self.t_args(&format!("error-{}", code.replace('_', "-")), &args)
    }
}

/// The process-wide English localizer (for data: no bidi isolation).
pub fn english() -> &'static Localizer {
    static EN: OnceLock<Localizer> = OnceLock::new();
    EN.get_or_init(|| Localizer::load(&LOCALES[0], false))
}

/// The localizer of a shipped locale for pages (`tag` as [`canonical`] gives
/// it; English for any other), loaded once per process: formatters are built
/// once, not per request.
pub fn for_pages(tag: &str) -> &'static Localizer {
    static LOADED: [OnceLock<Localizer>; 8] = [const { OnceLock::new() }; 8];
    match LOCALES.iter().position(|l| l.tag == tag) {
        Some(0) | None => english(),
        Some(i) => LOADED[i].get_or_init(|| Localizer::load(&LOCALES[i], LOCALES[i].dir == "rtl")),
    }
}

#[cfg(test)]
mod tests {
    /// A change on a record's history is named in words: every command has its text.
    #[test]
    fn every_command_has_its_fluent_text() {
        let l = super::english();
        let missing: Vec<&str> =
            jirga_core::Command::NAMES.iter().copied().filter(|name| !l.has(&format!("change-{}", name.replace('_', "-")))).collect();
        assert!(missing.is_empty(), "commands with no `change-…` message in locales/en.ftl: {missing:?}");
    }

    #[test]
    fn negotiation_honours_q_weights_and_canonicalises_dari_and_pashto() {
        use super::{canonical, negotiate};
        // Whatever is offered now: each canonical tag serves its locale once offered.
        assert_eq!(canonical("prs-AF").map(|l| l.tag), Some("fa-AF"));
        assert_eq!(canonical("prs").map(|l| l.tag), Some("fa-AF"));
        assert_eq!(canonical("pbu").map(|l| l.tag), Some("ps-AF"));
        assert_eq!(canonical("ps_PK").map(|l| l.tag), Some("ps-AF"));
        assert_eq!(canonical("UR-in").map(|l| l.tag), Some("ur-PK"));
        assert_eq!(canonical("de-DE").map(|l| l.tag), None);
        assert_eq!(canonical("").map(|l| l.tag), None);
        let served = |tag: &'static str| super::offered(tag).map_or("en", |l| l.tag);
        assert_eq!(negotiate("prs-AF,prs;q=0.9,en;q=0.5"), served("fa-AF"));
        assert_eq!(negotiate("en-US;q=0.1,ur;q=0.9"), served("ur-PK"));
        assert_eq!(negotiate("en;q=0.2,pbu;q=0.8,de"), served("ps-AF"), "de first (q=1, not shipped), then pbu, then en");
        assert_eq!(negotiate("ps;q=0,en"), "en", "q=0 is a refusal");
        for garbage in ["", ";;;", "q=1", "xx-ÿÿ;q=abc", "ps;q=2", ",,,", "*"] {
            assert_eq!(negotiate(garbage), "en", "{garbage}");
        }
        assert_eq!(negotiate("*;q=abc"), "en");
    }

    #[test]
    fn a_locale_is_loaded_once_and_a_missing_id_shows_itself() {
        let ps = super::for_pages("ps-AF");
        assert_eq!(ps.dir, "rtl");
        assert!(!ps.t("app-name").is_empty());
        assert_eq!(ps.t("no-such-message-id"), "no-such-message-id");
        assert!(std::ptr::eq(super::for_pages("de"), super::english()));
    }

    #[test]
    fn counts_in_messages_take_the_locales_digits() {
        let dari = super::for_pages("fa-AF");
        let text = dari.t_args("form-error-count", &[("count", "12".into())]);
        assert!(text.contains("۱۲") && !text.contains("12"), "{text}");
        // A number typed by a person stays that number: no grouping added.
        let typed = dari.t_args("error-page-limit", &[("limit", "2999".into()), ("max", "1000".into())]);
        assert!(typed.contains("۲۹۹۹") && typed.contains("۱۰۰۰"), "{typed}");
        let english = super::english().t_args("form-error-count", &[("count", "12".into())]);
        assert!(english.contains("12"), "{english}");
    }

    #[test]
    fn a_count_selects_its_plural_and_a_code_stays_as_written() {
        let l = super::english();
        assert!(l.t_args("dashboard-conditions-unreported", &[("count", "1".into())]).contains("One condition"));
        assert!(l.t_args("dashboard-conditions-unreported", &[("count", "2".into())]).contains("2 conditions"));
        assert!(l.t_args("error-not-found", &[("kind", "x".into()), ("id", "007".into())]).contains("007"));
    }
}

#[cfg(test)]
mod plural_tests {
    /// Dari's CLDR category `one` covers 0 as well as 1 ("i = 0 or n = 1"):
    /// a count of zero must not read "one message".
    #[test]
    fn dari_says_zero_as_zero_not_as_one() {
        let dari = super::for_pages("fa-AF");
        let zero = dari.t_args("form-error-count", &[("count", "0".into())]);
        let one = dari.t_args("form-error-count", &[("count", "1".into())]);
        assert!(zero.contains("ندارد") && !zero.contains("یک"), "{zero}");
        assert!(one.contains("یک"), "{one}");
    }
}
