//! Communities, grievances and the results tracker through the real HTTP API
//! and pages: a sensitive grievance's raiser kept out of the log, the results
//! export in the PAM shape, overdue flags derived on a reading day.

use serde_json::{Value, json};

use crate::helpers::spawn_app;

fn sensitive(raised_by: Value) -> Value {
    json!({"type": "raise_grievance", "community": "cmy-3", "raised_by": raised_by, "sensitive": true, "topic": "detention",
        "district": "khyber", "raised_on": "2025-03-10", "text": "Young men of Bara held without charge.",
        "source": {"publisher": "Jirga at Bara", "title": "Minutes"}})
}

#[tokio::test]
async fn a_sensitive_grievances_raiser_never_reaches_the_log_the_counterpart_or_the_auditor() {
    let app = spawn_app(true).await;
    let (status, body) = app.command(sensitive(json!("per-12"))).await;
    assert_eq!(status, 201, "{body}");
    let id = body["created"][0].as_str().unwrap().to_owned();
    // The record and the log carry a commitment, not the person.
    let (_, record) = app.get(&format!("/api/v1/grievances/{id}")).await;
    assert_eq!(record["raised_by"], Value::Null, "{record}");
    assert_eq!(record["raiser_commitment"].as_str().map(str::len), Some(64), "{record}");
    let seq = body["seq"].as_u64().unwrap();
    let (_, events) = app.get(&format!("/api/v1/events?from={seq}&limit=1")).await;
    let logged = events["items"][0].to_string();
    assert!(logged.contains("raiser_commitment") && !logged.contains("per-12"), "{logged}");
    // The coordinator reads who raised it; the auditor and the counterpart do not.
    let (_, page) = app.get_text(&format!("/grievances/{id}")).await;
    assert!(page.contains("Afridi elder (Bara)"), "the coordinator sees the raiser");
    let (status, page) = app.page_as("auditor", &format!("/grievances/{id}")).await;
    assert_eq!(status, 200);
    assert!(!page.contains("Afridi elder (Bara)") && page.contains("Kept apart from the record"), "the auditor sees a commitment only");
    assert_eq!(app.get_as("consul", &format!("/api/v1/grievances/{id}")).await.0, 404);
    // The holder rows of the data directory hold it, apart from the record.
    let kept = app.engine.personal(&jirga_core::state::raiser_key(&id)).unwrap().expect("kept apart");
    assert!(kept.contains("per-12"));
}

#[tokio::test]
async fn a_forged_raiser_commitment_or_a_stranger_as_raiser_is_refused_and_nothing_written() {
    let app = spawn_app(true).await;
    let before = app.event_count();
    let mut forged = sensitive(Value::Null);
    forged["raiser_commitment"] = json!("ab".repeat(32));
    let (status, body) = app.command(forged).await;
    assert_eq!((status, body["code"].as_str()), (422, Some("raiser_data_required")), "{body}");
    // per-10 is an elder of the Shinwari, not of the Afridi (cmy-3).
    let (status, body) = app.command(sensitive(json!("per-10"))).await;
    assert_eq!((status, body["code"].as_str()), (409, Some("not_an_elder")), "{body}");
    assert_eq!(app.event_count(), before, "nothing written");
}

#[tokio::test]
async fn the_results_export_is_in_the_pam_shape_and_flags_what_is_overdue_on_the_reading_day() {
    let app = spawn_app(true).await;
    let (status, body) = app.get("/api/v1/initiatives/ini-1/results?on=2025-07-01").await;
    assert_eq!(status, 200, "{body}");
    let provisions = body["provisions"].as_array().unwrap();
    assert_eq!(provisions.len(), 3);
    let movement = &provisions[0];
    assert_eq!(movement["provision_id"], "com-1");
    assert_eq!(movement["confidence_building"], true);
    assert_eq!(movement["communities"], json!(["Shinwari", "Mohmand"]));
    assert_eq!(movement["overdue_milestones"], json!([1]), "the pass desk was due on 2025-06-30");
    assert_eq!(movement["overdue"], false, "the commitment itself is due on 2025-12-31");
    assert_eq!(movement["score"]["score"], 0);
    // Filters narrow, and a day before the milestone's due date flags nothing.
    let (_, only) = app.get("/api/v1/initiatives/ini-1/results?on=2025-07-01&overdue=true").await;
    assert_eq!(only["provisions"].as_array().unwrap().len(), 1);
    let (_, early) = app.get("/api/v1/initiatives/ini-1/results?on=2025-06-30&overdue=true").await;
    assert_eq!(early["provisions"], json!([]));
    let (_, measures) = app.get("/api/v1/initiatives/ini-1/results?cbm=true&topic=movement_of_people").await;
    assert_eq!(measures["provisions"].as_array().unwrap().len(), 1);
    // CSV: a row per provision and score, the PAM columns first.
    let csv = app.get_text("/api/v1/initiatives/ini-1/results?format=csv&on=2025-07-01").await.1;
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("provision_id,provision,phase,topic,status,confidence_building,communities,due_on,overdue,date,score")
    );
    let first = lines.next().unwrap();
    assert!(first.starts_with("com-1,") && first.contains(",true,") && first.contains(",2025-03-09,0,report,"), "{first}");
    assert_eq!(csv.lines().count(), 4, "three provisions, one score: {csv}");
    // Bad input is refused by name.
    assert_eq!(app.get("/api/v1/initiatives/ini-1/results?topic=weather").await.1["code"], "invalid_query");
    assert_eq!(app.get("/api/v1/initiatives/ini-1/results?format=xml").await.1["code"], "invalid_field");
    assert_eq!(app.get("/api/v1/initiatives/ini-9/results").await.0, 404);
    // A commitment's record carries what is derived from it today.
    let (_, record) = app.get("/api/v1/commitments/com-1").await;
    assert_eq!(record["derived"]["overdue_milestones"].as_array().map(Vec::len), Some(1), "{record}");
}

#[tokio::test]
async fn the_tribal_pages_render_and_a_grievance_is_recorded_and_advanced_through_the_forms() {
    let app = spawn_app(true).await;
    for (path, shows) in [
        ("/communities", "Shinwari"),
        ("/communities/cmy-1", "Malik of the Shinwari (Landi Kotal)"),
        ("/communities/cmy-3", "Bara, Khyber"),
        ("/grievances?status=open&topic=movement", "Patients from Nangarhar"),
        ("/grievances/grv-1", "Put on the agenda of phase 2"),
        ("/initiatives/ini-1/results", "Confidence-building measure"),
        ("/initiatives/ini-1/results?cbm=true&overdue=true", "Establish a mechanism"),
        ("/commitments/com-1", "Medical passes issued per month"),
        ("/commitments/com-1", "Grievances it addresses"),
        ("/meetings/mtg-3", "Communities engaged"),
        ("/initiatives/ini-1", "Open grievances by community and subject"),
    ] {
        let (status, page) = app.get_text(path).await;
        assert_eq!(status, 200, "{path}");
        assert!(page.contains(shows), "{path} does not show “{shows}”");
        for prefix in ["field-", "error-", "nav-", "change-", "kind-", "district-", "pam-", "grievance-", "cbm-", "results-"] {
            assert!(!page.contains(&format!(">{prefix}")), "{path}: untranslated {prefix}…");
        }
    }
    for path in ["/communities/cmy-99", "/grievances/grv-99", "/initiatives/ini-9/results"] {
        assert_eq!(app.get_text(path).await.0, 404, "{path}");
    }
    // Shinwari live on both sides: the page says a jirga with them needs the approval.
    assert!(app.get_text("/communities/cmy-1").await.1.contains("approval-note"));
    assert!(!app.get_text("/communities/cmy-3").await.1.contains("approval-note"));
    let (status, _, location) = app
        .post_form(&[
            ("type", "raise_grievance"),
            ("_form", "raise_grievance-cmy-1"),
            ("_return_to", "/communities/cmy-1"),
            ("community", "cmy-1"),
            ("raised_by", "per-11"),
            ("sensitive:b", "false"),
            ("topic", "trade"),
            ("raised_on", "2025-03-12"),
            ("text", "Traders of Achin wait days for goods at Torkham."),
            ("source.publisher", "Jirga at Landi Kotal"),
            ("source.title", "Minutes"),
        ])
        .await;
    assert_eq!(status, 303, "{location:?}");
    // Resolving without a reason comes back to the page with the rule's message beside the field.
    let (status, page, _) = app
        .post_form(&[
            ("type", "advance_grievance"),
            ("_form", "advance_grievance-grv-4"),
            ("_return_to", "/grievances/grv-4"),
            ("grievance", "grv-4"),
            ("to", "closed"),
            ("on", "2025-03-13"),
        ])
        .await;
    assert_eq!(status, 422);
    assert!(page.contains("a grievance is resolved or closed only with the reason"), "the reason is asked for");
    let (status, _, _) = app
        .post_form(&[
            ("type", "advance_grievance"),
            ("_form", "advance_grievance-grv-4"),
            ("_return_to", "/grievances/grv-4"),
            ("grievance", "grv-4"),
            ("to", "acknowledged"),
            ("on", "2025-03-13"),
        ])
        .await;
    assert_eq!(status, 303);
    assert_eq!(app.get("/api/v1/grievances/grv-4").await.1["steps"][0]["to"], "acknowledged");
}

#[tokio::test]
async fn a_sensitive_raiser_is_erased_once_the_grievance_ends_and_never_before() {
    let app = spawn_app(true).await;
    let (_, body) = app.command(sensitive(json!("per-12"))).await;
    let id = body["created"][0].as_str().unwrap().to_owned();
    let erase = json!({"type": "erase_grievance_raiser", "grievance": id, "erased_on": "2025-03-20", "reason": "Retention ended."});
    let (status, body) = app.command(erase.clone()).await;
    assert_eq!((status, body["code"].as_str()), (409, Some("grievance_still_open")), "{body}");
    // The demo's other sensitive grievance names nobody: nothing to erase.
    let (status, body) =
        app.command(json!({"type": "erase_grievance_raiser", "grievance": "grv-2", "erased_on": "2025-03-20", "reason": "x"})).await;
    assert_eq!(body["code"], "no_raiser_kept", "{status} {body}");
    for step in ["acknowledged", "closed"] {
        let (status, body) = app
            .command(json!({"type": "advance_grievance", "grievance": id, "to": step, "on": "2025-03-15", "note": "Compensation paid."}))
            .await;
        assert_eq!(status, 201, "{body}");
    }
    assert!(app.engine.personal(&jirga_core::state::raiser_key(&id)).unwrap().is_some());
    let (status, body) = app.command(erase.clone()).await;
    assert_eq!(status, 201, "{body}");
    assert!(app.engine.personal(&jirga_core::state::raiser_key(&id)).unwrap().is_none(), "the row is gone");
    let (_, page) = app.get_text(&format!("/grievances/{id}")).await;
    assert!(page.contains("no longer kept anywhere") && !page.contains("Afridi elder (Bara)"));
    assert_eq!(app.command(erase).await.1["code"], "no_raiser_kept", "erased once");
}

/// One hand-entered incident as an ACLED row: id, day, district (`admin2` as a source spells it).
fn incident(id: &str, day: &str, admin2: &str) -> String {
    format!(
        "{id},{day},{},1,Political violence,Explosions/Remote violence,Remote explosive/landmine/IED,Unidentified Armed Group (Pakistan),,2,Civilians (Pakistan),,7,27,Civilian targeting,586,Southern Asia,Pakistan,Khyber Pakhtunkhwa,{admin2},,A village,34.0,71.0,1,Dawn,National,An IED by the road.,1,,0\n",
        &day[..4]
    )
}

#[tokio::test]
async fn a_communitys_incidents_and_the_briefings_trend_are_counted_from_the_register() {
    let app = spawn_app(true).await;
    let rows = [incident("PAKJ70", "2024-11-05", "Khyber Agency"), incident("PAKJ71", "2025-03-02", "Nowshera")].concat();
    let (status, body) = app.command(json!({"type": "record_incidents", "source": "Hand entry", "format": "form", "rows": rows})).await;
    assert_eq!(status, 201, "{body}");
    // The Afridi live in Khyber: the agency's old name counts as the district; Nowshera does not.
    let (_, page) = app.get_text("/communities/cmy-3").await;
    assert!(page.contains(r#"data-key="2024" data-value="1""#), "Khyber's incident by year");
    assert!(!page.contains(r#"data-key="2025""#), "Nowshera's is not the Afridi's");
    // The briefing: the twelve months up to the newest incident, quiet months as zeros.
    let (_, briefing) = app.get_text("/initiatives/ini-1/briefing").await;
    for (month, count) in [("2024-04", 0), ("2024-11", 1), ("2025-01", 0), ("2025-03", 1)] {
        assert!(briefing.contains(&format!(r#"data-key="{month}" data-value="{count}""#)), "{month}: {count}");
    }
    assert!(!briefing.contains(r#"data-key="2024-03""#), "twelve months, not thirteen");
}
