//! The translations against the English source, parsed with `fluent-syntax`:
//! no message or attribute missing from an offered locale, none that English
//! does not have, the same placeables as English (a translation that drops
//! `{ $count }` or invents `{ $cuont }` is wrong however it reads), no
//! translation identical to English but names and codes, and every message
//! with its review status stamped against the English it translates (the
//! rule of `scripts/ftl-stamp.py`: a changed English message makes its
//! translations stale until stamped again, which flags them unreviewed).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use jirga_service::i18n::LOCALES;
use sha2::{Digest, Sha256};

/// Messages whose translation may be the English text: names and codes
/// (jirga, the datasets' names) and patterns of placeables only.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &["app-name", "incident-format-acled", "incident-format-ucdp", "signed-in-as", "pam-score"];

/// The variables, messages and terms a pattern refers to.
fn references(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_references(expression, out);
        }
    }
}

fn expression_references(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_references(inline, out),
        Expression::Select { selector, variants } => {
            inline_references(selector, out);
            for variant in variants {
                references(&variant.value, out);
            }
        }
    }
}

fn inline_references(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(format!("${}", id.name));
        }
        InlineExpression::MessageReference { id, .. } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::TermReference { id, .. } => {
            out.insert(format!("-{}", id.name));
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_references(argument, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_references(expression, out),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

/// The plain text of a pattern, a selector's variants included (for
/// "identical to English").
fn text(pattern: &Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .map(|e| match e {
            PatternElement::TextElement { value } => (*value).to_owned(),
            PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                variants.iter().map(|v| format!("[{}]", text(&v.value))).collect()
            }
            PatternElement::Placeable { .. } => "{}".to_owned(),
        })
        .collect()
}

struct Message {
    value: Option<(String, BTreeSet<String>)>,
    attributes: BTreeMap<String, BTreeSet<String>>,
    comment: Option<String>,
}

fn messages(tag: &str, source: &str) -> BTreeMap<String, Message> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("locales/{tag}.ftl: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let value = m.value.as_ref().map(|p| {
                let mut refs = BTreeSet::new();
                references(p, &mut refs);
                (text(p), refs)
            });
            let attributes = m
                .attributes
                .iter()
                .map(|a| {
                    let mut refs = BTreeSet::new();
                    references(&a.value, &mut refs);
                    (a.id.name.to_owned(), refs)
                })
                .collect();
            let comment = m.comment.as_ref().map(|c| c.content.join("\n"));
            out.insert(m.id.name.to_owned(), Message { value, attributes, comment });
        }
    }
    out
}

/// The English hash a translation is stamped with (see `scripts/ftl-stamp.py`).
fn english_hashes(source: &str) -> BTreeMap<String, String> {
    let lines: Vec<&str> = source.split('\n').collect();
    let starts = |line: &str| {
        let id: String = line.chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-').collect();
        (!id.is_empty() && line[id.len()..].starts_with(" =") && line.starts_with(|c: char| c.is_ascii_lowercase())).then_some(id)
    };
    let mut out = BTreeMap::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(id) = starts(lines[i]) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < lines.len() && lines[j].starts_with([' ', '\t']) && !lines[j].trim().is_empty() {
            j += 1;
        }
        let block: Vec<&str> = lines[i..j].iter().map(|l| l.trim_end()).collect();
        out.insert(id, format!("{:x}", Sha256::digest(block.join("\n").as_bytes()))[..12].to_owned());
        i = j;
    }
    out
}

#[test]
fn every_translation_matches_the_english_it_translates() {
    let english_source = LOCALES[0].source;
    let english = messages("en", english_source);
    let hashes = english_hashes(english_source);
    assert_eq!(hashes.len(), english.len(), "the hash rule finds every English message");
    let mut problems = Vec::new();
    for locale in &LOCALES[1..] {
        let tag = locale.tag;
        let translated = messages(tag, locale.source);
        for (id, m) in &translated {
            let Some(en) = english.get(id) else {
                problems.push(format!("{tag}: `{id}` is not an English message"));
                continue;
            };
            match (&m.value, &en.value) {
                (Some((text, refs)), Some((en_text, en_refs))) => {
                    if refs != en_refs {
                        problems.push(format!("{tag}: `{id}` refers to {refs:?}, English to {en_refs:?}"));
                    }
                    if text == en_text && !SAME_IN_EVERY_LANGUAGE.contains(&id.as_str()) {
                        problems.push(format!("{tag}: `{id}` is the English text, not a translation"));
                    }
                }
                (None, None) => {}
                _ => problems.push(format!("{tag}: `{id}` has a value where English has none, or none where it has one")),
            }
            if m.attributes != en.attributes {
                problems.push(format!("{tag}: `{id}`'s attributes differ from English's"));
            }
            let stamp = m.comment.as_deref().and_then(|c| c.lines().find_map(|l| l.strip_prefix("status: ")));
            match stamp.and_then(|s| s.split_once(" · en: ")) {
                Some(("reviewed" | "unreviewed", hash)) if Some(hash) == hashes.get(id).map(String::as_str) => {}
                Some((_, _)) => problems.push(format!(
                    "{tag}: `{id}` was translated from an older English text: run scripts/ftl-stamp.py (it is flagged unreviewed) and check the translation"
                )),
                None => problems.push(format!("{tag}: `{id}` has no `# status:` line (run scripts/ftl-stamp.py)")),
            }
        }
        if locale.offered {
            let missing: Vec<&String> = english.keys().filter(|id| !translated.contains_key(*id)).collect();
            if !missing.is_empty() {
                problems.push(format!(
                    "{tag} is offered but lacks {} messages, first {:?}",
                    missing.len(),
                    &missing[..missing.len().min(10)]
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// A translation test must be able to fail: a dropped placeable, a stale
/// stamp and an English copy are each caught.
#[test]
fn the_checks_catch_what_they_are_for() {
    let english = messages("en", "greeting = Hello { $name }\nfarewell = Goodbye\n");
    let translated = messages("xx", "# status: unreviewed · en: 000000000000\ngreeting = سلام\nfarewell = Goodbye\n");
    assert_ne!(translated["greeting"].value.as_ref().unwrap().1, english["greeting"].value.as_ref().unwrap().1, "placeable dropped");
    assert_eq!(translated["farewell"].value.as_ref().unwrap().0, english["farewell"].value.as_ref().unwrap().0, "English copy");
    let hashes = english_hashes("greeting = Hello { $name }\n");
    assert_ne!(hashes["greeting"], "000000000000", "stale stamp");
}
