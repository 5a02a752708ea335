//! The OpenAPI document says what the server accepts, no more and no less:
//! its patterns, read with a real regex engine, agree with the parsers the
//! server runs (found by schemathesis: a schema looser than the parser turns
//! well-formed requests into refusals, a stricter one hides what is accepted).

use jirga_core::text::{Body, Name};
use proptest::prelude::*;
use serde_json::{Value, json};

fn schemas() -> &'static Value {
    &jirga_web::api::openapi::document()["components"]["schemas"]
}

fn pattern_of(schema: &Value) -> regex::Regex {
    regex::Regex::new(schema["pattern"].as_str().expect("a pattern")).expect("the pattern is a regex")
}

/// Characters where the rules differ from one engine to another: controls,
/// the tab and line breaks, Unicode spaces Rust trims, a zero-width space it
/// does not, and ordinary letters in two scripts.
fn tricky_text() -> impl Strategy<Value = String> {
    let chars = prop::sample::select(vec![
        'a', 'Z', '0', 'م', 'ح', ' ', '\t', '\n', '\r', '\u{0}', '\u{1b}', '\u{7f}', '\u{85}', '\u{9b}', '\u{a0}', '\u{1680}', '\u{2003}',
        '\u{2028}', '\u{202f}', '\u{3000}', '\u{200b}', '\u{feff}',
    ]);
    prop::collection::vec(chars, 0..12).prop_map(|cs| cs.into_iter().collect())
}

proptest! {
    #[test]
    fn a_name_matches_the_schema_exactly_when_the_server_takes_it(text in tricky_text()) {
        let schema = &schemas()["Text200"];
        let by_schema = pattern_of(schema).is_match(&text) && text.chars().count() <= 200;
        prop_assert_eq!(by_schema, Name::parse(text.clone()).is_ok(), "{:?}", text);
    }

    #[test]
    fn a_body_matches_the_schema_exactly_when_the_server_takes_it(text in tricky_text()) {
        let schema = &schemas()["Text20000"];
        let by_schema = pattern_of(schema).is_match(&text) && text.chars().count() <= 20_000;
        prop_assert_eq!(by_schema, Body::parse(text.clone()).is_ok(), "{:?}", text);
    }

    #[test]
    fn a_day_matches_the_schema_exactly_when_the_server_takes_it(
        year in prop_oneof![0..=99_999i32, 1_000..=2_100i32, Just(1_900), Just(2_000), Just(2_024), Just(2_100)],
        month in 0..=13u8,
        day in 0..=32u8,
        compact in any::<bool>(),
    ) {
        let text = if compact { format!("{year:04}{month:02}{day:02}") } else { format!("{year:04}-{month:02}-{day:02}") };
        let pattern = pattern_of(&schemas()["PassApplication"]["properties"]["valid_from"]);
        let body = json!({"valid_from": text});
        let by_server = jirga_web::api::check_dates(&body).is_ok() && text.parse::<jiff::civil::Date>().is_ok();
        prop_assert_eq!(pattern.is_match(&text), by_server, "{}", text);
    }
}

#[test]
fn a_nationality_and_a_photo_fingerprint_are_constrained_as_the_pass_office_checks_them() {
    let holder = &schemas()["Holder"]["properties"];
    let nationality = pattern_of(&holder["nationality"]);
    assert!(nationality.is_match("AFG") && nationality.is_match("PAK"));
    assert!(!nationality.is_match("Afghan") && !nationality.is_match("afg") && !nationality.is_match("P"));
    let photo = pattern_of(&holder["photo_hash"]);
    assert!(photo.is_match(&"ab".repeat(32)) && !photo.is_match("not-a-hash"));
}

#[test]
fn unsigned_integers_are_bounded_as_their_rust_types_are() {
    let entries = &schemas()["Entries"]["oneOf"][1]["properties"]["max"];
    assert_eq!((entries["minimum"].as_u64(), entries["maximum"].as_u64()), (Some(0), Some(u64::from(u32::MAX))), "{entries}");
}
