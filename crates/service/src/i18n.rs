//! All user-facing text, through Fluent. English ships now; a locale is one more
//! `.ftl` file in `locales/` and one more entry in [`Localizer::LOCALES`].

use std::borrow::Cow;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// One loaded locale.
pub struct Localizer {
    bundle: FluentBundle<FluentResource>,
    /// Text direction of the locale (`ltr` / `rtl`), for the `dir` attribute.
    pub dir: &'static str,
    pub lang: &'static str,
}

impl Localizer {
    /// (language tag, direction, Fluent source) of every shipped locale.
    pub const LOCALES: &'static [(&'static str, &'static str, &'static str)] = &[("en", "ltr", include_str!("../locales/en.ftl"))];

    /// Load a shipped locale; panics only if a shipped `.ftl` file is invalid,
    /// which the tests catch.
    pub fn load(lang: &str) -> Self {
        let (tag, dir, source) = Self::LOCALES.iter().find(|(tag, _, _)| *tag == lang).copied().unwrap_or(Self::LOCALES[0]);
        let id: LanguageIdentifier = tag.parse().expect("valid language tag");
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(_, errors)| {
            panic!("locales/{tag}.ftl does not parse: {errors:?}");
        });
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Bidi isolation marks would leak into JSON messages and form values; the
        // HTML layer isolates arguments itself where direction matters.
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("no duplicate message ids");
        Localizer { bundle, dir, lang: tag }
    }

    /// The message `id`; shows the id itself when missing, so a gap is visible
    /// rather than blank (and the tests look for such gaps).
    pub fn t(&self, id: &str) -> String {
        self.t_args(id, &[])
    }

    pub fn t_args(&self, id: &str, args: &[(&str, String)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
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
        self.bundle.has_message(id)
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

    fn rule_message(&self, code: &str, mut args: Vec<(&str, String)>) -> String {
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

/// The process-wide English localizer.
pub fn english() -> &'static Localizer {
    static EN: std::sync::OnceLock<Localizer> = std::sync::OnceLock::new();
    EN.get_or_init(|| Localizer::load("en"))
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
    fn a_count_selects_its_plural_and_a_code_stays_as_written() {
        let l = super::english();
        assert!(l.t_args("dashboard-conditions-unreported", &[("count", "1".into())]).contains("One condition"));
        assert!(l.t_args("dashboard-conditions-unreported", &[("count", "2".into())]).contains("2 conditions"));
        assert!(l.t_args("error-not-found", &[("kind", "x".into()), ("id", "007".into())]).contains("007"));
    }
}
