//! Property tests: the edge's parsers answer every input with a value or an error,
//! never a panic (request bodies, form fields, page paths).

use jirga_web::api::parse_command;
use jirga_web::forms::to_json;
use jirga_web::html::{Page, PageQuery};
use proptest::prelude::*;

fn command_like() -> impl Strategy<Value = String> {
    let types = prop::sample::select(vec![
        "register_party",
        "record_meeting",
        "form_delegation",
        "decide_approval",
        "record_position",
        "plan_visit",
        "nope",
    ]);
    let value = prop_oneof![
        Just("\"\"".to_owned()),
        "[a-z0-9 -]{0,12}".prop_map(|s| format!("\"{s}\"")),
        any::<i64>().prop_map(|n| n.to_string()),
        Just("null".to_owned()),
        Just("[]".to_owned()),
        Just("{}".to_owned()),
        Just("\"2025-02-30\"".to_owned()),
        Just("[{\"person\":\"per-1\",\"role\":\"x\"}]".to_owned()),
    ];
    let field = prop::sample::select(vec!["name", "kind", "initiative", "members", "held_on", "participants", "source", "decision", "x"]);
    (types, prop::collection::vec((field, value), 0..6)).prop_map(|(t, fields)| {
        let mut body = format!("{{\"type\":\"{t}\"");
        for (k, v) in fields {
            body.push_str(&format!(",\"{k}\":{v}"));
        }
        body.push('}');
        body
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn command_bodies_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = parse_command(&bytes);
    }

    #[test]
    fn command_shaped_json_never_panics(body in command_like()) {
        let _ = parse_command(body.as_bytes());
    }

    #[test]
    fn forms_never_panic(pairs in prop::collection::vec(("[a-z_.:\\[\\]0-9]{0,16}", ".{0,12}"), 0..12)) {
        if let Ok(json) = to_json(&pairs) {
            let _ = parse_command(json.to_string().as_bytes());
        }
    }

    #[test]
    fn page_paths_never_panic(path in "(/[a-z0-9-]{0,12}){0,5}", seq in any::<Option<u64>>()) {
        let _ = Page::parse(&path, &PageQuery::default());
        let _ = Page::Events(seq).href();
    }
}
