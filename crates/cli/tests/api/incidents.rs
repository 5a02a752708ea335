//! The incident register through the API and the forms: recording, the same
//! validation as an import, duplicates, alerts (with their webhook), reads.

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::{TestApp, spawn_app, spawn_app_with};

/// A suicide bombing in Nowshera on `date`, as one ACLED row.
fn bombing(id: &str, date: &str, lat: &str) -> String {
    format!(
        "{id},{date},{},1,Political violence,Explosions/Remote violence,Suicide bomb,Unidentified Armed Group (Pakistan),,2,Civilians (Pakistan),,7,27,\
Civilian targeting,586,Southern Asia,Pakistan,Khyber Pakhtunkhwa,Nowshera,,Akora Khattak,{lat},72.1333,1,Dawn,National,Test row.,3,,0\n",
        &date[..4]
    )
}

async fn record(app: &TestApp, rows: &str) -> (u16, Value) {
    app.command(json!({"type": "record_incidents", "source": "Hand entry", "format": "form", "rows": rows})).await
}

#[tokio::test]
async fn incidents_are_recorded_validated_like_an_import_and_read_back() {
    let app = spawn_app(true).await;
    let (status, body) = record(&app, &bombing("PAKJ90", "2025-02-28", "34.0167")).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["created"], json!(["PAKJ90"]));
    // A value ACLED's reader refuses is refused here, naming the line and column; nothing is written.
    let before = app.event_count();
    let (status, body) = record(&app, &bombing("PAKJ91", "2025-02-28", "134.0")).await;
    assert_eq!((status, body["code"].as_str()), (422, Some("invalid_field")), "{body}");
    assert_eq!(body["field"], "rows");
    assert!(body["message"].as_str().unwrap().contains("line 1, column latitude"), "{body}");
    let (status, body) = record(&app, &bombing("PAKJ90", "2025-03-01", "34.0")).await;
    assert_eq!((status, body["code"].as_str()), (409, Some("incident_exists")), "{body}");
    assert_eq!(app.event_count(), before);
    // Reads: the incident, a filtered list, ACLED CSV, statistics.
    let (status, one) = app.get_as("analyst", "/api/v1/incidents/PAKJ90").await;
    assert_eq!(status, 200, "{one}");
    assert_eq!(one["incident"]["admin2"], "Nowshera");
    assert_eq!(one["recorded"]["format"], "form");
    let (_, list) = app.get_as("analyst", "/api/v1/incidents?district=Khyber%20Pakhtunkhwa%7CNowshera&from=2025-01").await;
    assert_eq!(list["total"], 1);
    let (_, none) = app.get_as("analyst", "/api/v1/incidents?to=2024-12").await;
    assert_eq!(none["total"], 0);
    let csv =
        app.client.get(format!("{}/api/v1/incidents?format=acled", app.base)).bearer_auth(&app.tokens["analyst"]).send().await.unwrap();
    let csv = csv.text().await.unwrap();
    assert!(csv.starts_with("event_id_cnty,event_date,") && csv.contains("PAKJ90,2025-02-28"), "{csv}");
    let (_, stats) = app.get_as("analyst", "/api/v1/incidents/stats?group=district").await;
    assert_eq!(stats["items"][0], json!({"key": "Nowshera, Khyber Pakhtunkhwa", "events": 1, "fatalities": 3}));
    let (status, body) = app.get_as("analyst", "/api/v1/incidents/stats?group=planet").await;
    assert_eq!((status, body["field"].as_str()), (422, Some("group")));
    assert_eq!(app.get_as("analyst", "/api/v1/incidents/NOPE").await.0, 404);
    // The counterpart's view of the record holds no incident register.
    let (_, theirs) = app.get_as("consul", "/api/v1/incidents").await;
    assert_eq!(theirs["total"], 0);
}

#[tokio::test]
async fn a_likely_duplicate_is_offered_merged_with_its_reports_and_counts_once() {
    let app = spawn_app(true).await;
    assert_eq!(record(&app, &bombing("PAKJ90", "2025-02-28", "34.0167")).await.0, 201);
    let report = json!({"type": "add_incident_report", "incident": "PAKJ90", "publisher": "Dawn", "published_on": "2025-03-01",
        "url": "https://www.dawn.com/news/1", "excerpt": "A suicide bomber struck the seminary."});
    assert_eq!(app.command(report).await.0, 201);
    // A tolerance is set on the record, within bounds.
    let (status, body) = app.command(json!({"type": "set_duplicate_tolerance", "days": 31, "km": 10, "reason": "x"})).await;
    assert_eq!((status, body["code"].as_str(), body["field"].as_str()), (422, Some("out_of_range"), Some("days")), "{body}");
    assert_eq!(app.command(json!({"type": "set_duplicate_tolerance", "days": 1, "km": 5, "reason": "Tighter."})).await.0, 201);
    // One day and ~2.5 km away, same actors and type: a candidate. Two days later: not one.
    let (_, body) = record(&app, &bombing("PAKJ91", "2025-03-01", "34.0400")).await;
    let seq = body["seq"].as_u64().unwrap();
    let (_, far) = record(&app, &bombing("PAKJ92", "2025-03-03", "34.0167")).await;
    let (_, events) = app.get(&format!("/api/v1/events?from={seq}&limit=3")).await;
    assert_eq!(events["items"][0]["event"]["duplicate_candidates"], json!(["PAKJ90"]));
    assert!(events["items"][1]["event"].get("duplicate_candidates").is_none(), "two days apart is past the tolerance: {far}");
    // A duplicate is not a second bombing: PAKJ90 and PAKJ92 (five days apart) raised the district alert, PAKJ91 did not take part.
    let alert = &events["items"][1]["event"]["alerts"][0];
    assert_eq!(alert["rule"], "suicide_bombings_in_a_district", "{events}");
    assert_eq!(alert["incidents"], json!(["PAKJ90", "PAKJ92"]));
    // Merge; the survivor keeps both incidents' reports, the decision names who.
    let merge =
        json!({"type": "resolve_duplicate", "incident": "PAKJ91", "duplicate_of": "PAKJ90", "decision": "merge", "note": "Same attack."});
    assert_eq!(app.command(merge.clone()).await.0, 201);
    let (status, again) = app.command(merge).await;
    assert_eq!((status, again["code"].as_str()), (409, Some("incident_merged")), "{again}");
    let (_, merged) = app.get_as("analyst", "/api/v1/incidents/PAKJ91").await;
    assert_eq!(merged["merged_into"], "PAKJ90");
    assert_eq!(merged["decisions"][0]["actor"]["user"], "analyst");
    let (_, stats) = app.get_as("analyst", "/api/v1/incidents/stats?group=district").await;
    assert_eq!(stats["items"][0]["events"], 2, "the merged one no longer counts: {stats}");
}

/// A one-shot HTTP server: the first request's body, answered 204.
pub(crate) async fn webhook_receiver() -> (String, tokio::sync::oneshot::Receiver<String>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/alerts", listener.local_addr().unwrap());
    let (tx, rx) = tokio::sync::oneshot::channel();
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut request = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            let n = socket.read(&mut buf).await.unwrap();
            request.extend_from_slice(&buf[..n]);
            let text = String::from_utf8_lossy(&request).to_string();
            if let Some((head, body)) = text.split_once("\r\n\r\n") {
                let length: usize = head
                    .lines()
                    .find_map(|l| l.to_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap()))
                    .unwrap_or(0);
                if body.len() >= length {
                    socket.write_all(b"HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n").await.unwrap();
                    let _ = tx.send(format!("{head}\n\n{body}"));
                    return;
                }
            }
        }
    });
    (url, rx)
}

#[tokio::test]
async fn two_suicide_bombings_in_a_district_within_a_week_raise_an_alert_on_the_record_and_the_webhook() {
    let (url, received) = webhook_receiver().await;
    let app = spawn_app_with(true, |state| state.alert_webhook = Some(url)).await;
    // Eight days apart: no alert.
    assert_eq!(record(&app, &bombing("PAKJ90", "2025-02-20", "34.0167")).await.0, 201);
    let (_, body) = record(&app, &bombing("PAKJ91", "2025-02-28", "33.9")).await;
    let (_, alerts) = app.get_as("analyst", "/api/v1/alerts").await;
    assert_eq!(alerts["items"], json!([]), "8 days apart is outside the 7-day window: {body}");
    // Six days after the second: the district alert and the province's.
    let (_, body) = record(&app, &bombing("PAKJ92", "2025-03-05", "34.1")).await;
    let (_, alerts) = app.get_as("analyst", "/api/v1/alerts").await;
    let items = alerts["items"].as_array().unwrap();
    assert_eq!(items.len(), 2, "{alerts}");
    assert_eq!(items[0]["seq"], body["seq"]);
    assert_eq!(items[0]["incidents"], json!(["PAKJ91", "PAKJ92"]));
    assert_eq!((items[0]["from"].as_str(), items[0]["to"].as_str()), (Some("2025-02-28"), Some("2025-03-06")));
    assert_eq!(items[1]["rule"], "suicide_bombings_in_a_province");
    // The webhook got it, as JSON.
    let request = tokio::time::timeout(std::time::Duration::from_secs(10), received).await.expect("the webhook is called").unwrap();
    assert!(request.starts_with("POST /alerts"), "{request}");
    let body: Value = serde_json::from_str(request.split_once("\n\n").unwrap().1).unwrap();
    assert_eq!(body["rule"], "suicide_bombings_in_a_district");
    assert_eq!(body["admin2"], "Nowshera");
    // Within the window already alerted: no new alert.
    record(&app, &bombing("PAKJ93", "2025-03-06", "34.0")).await;
    let (_, alerts) = app.get_as("analyst", "/api/v1/alerts").await;
    assert_eq!(alerts["items"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn incident_pages_render_and_the_hand_entry_form_names_the_bad_field() {
    let app = spawn_app(true).await;
    let none = std::path::Path::new("/nonexistent/ucdp.csv");
    assert_eq!(jirga_service::demo::seed_incidents(&app.engine, &app.accounts, none).await.unwrap(), None);
    // Where an incident is cited, the record is named in words, its id only beside them.
    let (_, cited) = app.page_as("analyst", "/incidents/PAKJ1").await;
    let agenda_item = app.engine.read(|s| s.agenda_items[&"age-1".parse().unwrap()].title.to_string());
    assert!(cited.contains(&format!("{agenda_item}: The two suicide bombings")), "cited on the agenda item by its title");
    for path in [
        "/incidents",
        "/incidents?district=Khyber%20Pakhtunkhwa%7CNowshera&from=2025-01&to=2025-03",
        "/incidents/PAKJ1",
        "/incidents/PAKJ3",
        "/incidents/new",
        "/alerts",
        "/movements",
        "/incidents?event_type=Riots&actor=Nobody",
    ] {
        let (status, page) = app.page_as("analyst", path).await;
        assert_eq!(status, 200, "{path}");
        for prefix in [
            "field-",
            "error-",
            "nav-",
            "incident-",
            "incidents-",
            "alert-",
            "alerts-",
            "movement",
            "change-",
            "time-precision",
            "geo-precision",
            "duplicate-",
        ] {
            assert!(!page.contains(&format!(">{prefix}")), "{path}: untranslated {prefix}…");
        }
    }
    assert_eq!(app.page_as("analyst", "/incidents/PAKJ99").await.0, 404);
    // The form: a date that is not one is refused beside its field, nothing written.
    let before = app.event_count();
    let pairs = [
        ("type", "record_incidents"),
        ("_form", "record_incidents-new"),
        ("_return_to", "/incidents/new"),
        ("source", "Hand entry"),
        ("format", "form"),
        ("incident_row.event_id_cnty", "PAKJ20"),
        ("incident_row.event_date", "2025-02-30"),
        ("incident_row.sub_event", "Battles|Armed clash"),
        ("incident_row.actor1", "TTP"),
        ("incident_row.inter1", "2"),
        ("incident_row.latitude", "33.0"),
        ("incident_row.longitude", "70.1"),
        ("incident_row.fatalities", "2"),
        ("incident_row.time_precision", "1"),
        ("incident_row.geo_precision", "2"),
        ("incident_row.admin1", "Khyber Pakhtunkhwa"),
        ("incident_row.admin2", "Bannu"),
    ];
    let (status, page, _) = app.post_form_as("analyst", &pairs).await;
    assert_eq!(status, 422);
    assert!(page.contains("event_date") && page.contains("field-error"), "the date field carries the error");
    assert_eq!(app.event_count(), before);
    let mut fixed = pairs.to_vec();
    fixed[6] = ("incident_row.event_date", "2025-02-27");
    let (status, page, location) = app.post_form_as("analyst", &fixed).await;
    assert_eq!(status, 303, "{}", page.split("role=\"alert\"").nth(1).unwrap_or_default().chars().take(400).collect::<String>());
    assert_eq!(location.as_deref(), Some("/incidents/PAKJ20?done=record_incidents"));
    // A movement report and a citation through their forms.
    let (status, page, _) = app
        .post_form_as(
            "analyst",
            &[
                ("type", "report_movement"),
                ("_form", "report_movement-new"),
                ("_return_to", "/movements"),
                ("observed_on", "2025-03-01"),
                ("direction", "into_pakistan"),
                ("group", "TTP"),
                ("description", "Crossed at night."),
                ("source.publisher", "Dawn"),
                ("source.title", "Report"),
            ],
        )
        .await;
    assert_eq!(status, 422, "neither a crossing point nor a border stretch");
    assert!(page.contains("a crossing point or a border stretch"));
    let (status, _, _) = app
        .post_form_as(
            "analyst",
            &[
                ("type", "report_movement"),
                ("_form", "report_movement-new"),
                ("_return_to", "/movements"),
                ("crossing_point", "torkham"),
                ("observed_on", "2025-03-01"),
                ("direction", "into_pakistan"),
                ("group", "TTP"),
                ("description", "Crossed at night."),
                ("source.publisher", "Dawn"),
                ("source.title", "Report"),
                ("incidents[]", "PAKJ20"),
            ],
        )
        .await;
    assert_eq!(status, 303);
    let (_, page) = app.page_as("analyst", "/movements").await;
    assert!(page.contains("Crossed at night.") && page.contains("Torkham"));
    let (status, body) =
        app.command_as("saif", json!({"type": "cite_evidence", "record": "mtg-1", "incidents": ["PAKJ20"], "note": "x"})).await;
    assert_eq!((status, body["code"].as_str()), (422, Some("not_citable")), "{body}");
}
