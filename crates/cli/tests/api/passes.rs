//! Passes over HTTP: issuing through the pass office (and only there), the
//! holder's data kept out of the record, verification, crossings and their
//! anomalies, revocation taking effect at once, and who may do each.

use serde_json::{Value, json};

use jirga_core::model::UserRole;

use crate::helpers::{TestApp, base64_of, extra_user_posted, form_body, spawn_app};

pub(crate) fn application(points: &[&str]) -> Value {
    let today = jiff::Zoned::now().date();
    let day = |n: i64| today.checked_add(jiff::Span::new().days(n)).unwrap().to_string();
    json!({
        "holder": {"name_latin": "Bibi Zarghuna", "name_arabic": "بي بي زرغونه", "document_type": "tazkira",
            "document_number": "1399-0505-77777", "date_of_birth": "1980-02-02", "sex": "female", "nationality": "AFG"},
        "purpose": {"kind": "medical", "hospital": "Khyber Teaching Hospital", "appointment_on": day(3), "attendant_allowed": true},
        "sponsor": "Khyber Teaching Hospital",
        "crossing_points": points,
        "valid_from": day(0), "valid_until": day(20),
        "entries": {"kind": "multiple", "max": 2}
    })
}

async fn app_with_points() -> TestApp {
    let app = spawn_app(false).await;
    for (code, name) in [("torkham", "Torkham"), ("chaman", "Chaman")] {
        let (status, body) = app.command(json!({"type": "register_crossing_point", "code": code, "name": name})).await;
        assert_eq!(status, 201, "{body}");
    }
    app
}

#[tokio::test]
async fn a_pass_is_issued_verified_crossed_and_revoked_with_holder_data_kept_out_of_the_record() {
    let app = app_with_points().await;
    let (status, issued) = app.post_json_as("passes", "/api/v1/passes", &application(&["torkham"])).await;
    assert_eq!(status, 201, "{issued}");
    let document = issued["document"].as_str().unwrap().to_owned();
    assert!(document.starts_with("JP1:"));
    let pass = issued["pass"].as_str().unwrap().to_owned();

    // The record and its events carry a commitment, never the holder's data.
    let (_, record) = app.get_as("auditor", &format!("/api/v1/passes/{pass}")).await;
    assert_eq!(record["holder_commitment"].as_str().unwrap().len(), 64);
    let (_, events) = app.get_as("auditor", "/api/v1/events?limit=1000").await;
    let log = events.to_string();
    for secret in ["Zarghuna", "زرغونه", "1399-0505-77777", "1980-02-02", "Khyber Teaching Hospital"] {
        assert!(!log.contains(secret), "the event log leaks {secret}");
        assert!(!record.to_string().contains(secret), "the pass record leaks {secret}");
    }
    // Only pass and border officers get the signed document (it names the holder).
    assert_eq!(app.get_as("auditor", &format!("/api/v1/passes/{pass}/document")).await.0, 403);
    let (status, fetched) = app.get_as("border", &format!("/api/v1/passes/{pass}/document")).await;
    assert_eq!((status, fetched["document"].as_str()), (200, Some(document.as_str())));

    // Verified by the server's border post: valid at Torkham, not at Chaman.
    let (_, verdict) = app.post_json_as("border", "/api/v1/passes/verify", &json!({"text": document, "crossing_point": "torkham"})).await;
    assert_eq!((verdict["valid"].as_bool(), verdict["kind"].as_str()), (Some(true), Some("jirga-pass")), "{verdict}");
    assert_eq!(verdict["claims"]["nam"], "Bibi Zarghuna", "the claims as signed, in their short keys");
    let (_, verdict) = app.post_json_as("border", "/api/v1/passes/verify", &json!({"text": document, "crossing_point": "chaman"})).await;
    assert_eq!(verdict["failure"], "crossing_point");

    // Crossings: entry, entry again (inside already), exit, entry, entry (too many).
    let cross = |direction: &str, point: &str| json!({"text": document, "crossing_point": point, "direction": direction});
    let (status, first) = app.post_json_as("border", "/api/v1/crossings", &cross("entry", "torkham")).await;
    assert_eq!((status, first["anomalies"].clone()), (201, json!([])), "{first}");
    let (_, again) = app.post_json_as("border", "/api/v1/crossings", &cross("entry", "torkham")).await;
    assert_eq!(again["anomalies"], json!(["entry_while_inside"]));
    // The Torkham officer cannot record at Chaman: a crossing is recorded only
    // at the officer's posts (Cedar), and nothing is written.
    let before = app.event_count();
    let (status, refused) = app.post_json_as("border", "/api/v1/crossings", &cross("exit", "chaman")).await;
    assert_eq!((status, refused["code"].as_str()), (403, Some("not_authorized")), "{refused}");
    assert!(refused["message"].as_str().unwrap_or_default().contains("crossings-only-at-ones-posts"), "{refused}");
    assert_eq!(app.event_count(), before);
    // Chaman's officer records the holder leaving there: an anomaly, on the record.
    let chaman = extra_user_posted(&app, "chaman-officer", "Border officer, Chaman", "org-border", UserRole::BorderOfficer, &["chaman"]);
    let (_, exit) = app.post_json_with_token(&chaman, "/api/v1/crossings", &cross("exit", "chaman")).await;
    assert_eq!(exit["anomalies"], json!(["wrong_crossing_point"]), "{exit}");
    let (_, third) = app.post_json_as("border", "/api/v1/crossings", &cross("entry", "torkham")).await;
    assert_eq!(third["anomalies"], json!(["too_many_entries"]));
    // A pass officer does not record crossings; a border officer does not issue.
    assert_eq!(app.post_json_as("passes", "/api/v1/crossings", &cross("exit", "torkham")).await.0, 403);
    assert_eq!(app.post_json_as("border", "/api/v1/passes", &application(&["torkham"])).await.0, 403);

    // Revocation takes effect at the border post at once.
    let revoked_on = jiff::Zoned::now().date();
    let (status, body) = app
        .command(json!({"type": "revoke_pass", "pass": pass, "revoked_on": revoked_on, "reason": "Lost, reported by the holder."}))
        .await;
    assert_eq!(status, 201, "{body}");
    let (_, verdict) = app.post_json_as("border", "/api/v1/passes/verify", &json!({"text": document})).await;
    assert_eq!(verdict["failure"], "revoked");
    let (_, presented) = app.post_json_as("border", "/api/v1/crossings", &cross("exit", "torkham")).await;
    assert_eq!(presented["anomalies"], json!(["revoked"]));
    assert_eq!(
        app.command(json!({"type": "revoke_pass", "pass": pass, "revoked_on": revoked_on, "reason": "Again."})).await.1["code"],
        "pass_already_revoked"
    );

    // The signed revocation list names it by hash only.
    let response = app.client.get(format!("{}/api/v1/revocation-list", app.base)).bearer_auth(&app.tokens["border"]).send().await.unwrap();
    let text = response.text().await.unwrap();
    let (index, _) = jirga_hcert::lists::RevocationList::open(&text).unwrap();
    assert_eq!(index.len(), 1);
    assert!(!text.contains("Zarghuna"));
}

/// The border post's check form, as a browser posts it (multipart: a photo may come with it).
async fn border_check(app: &TestApp, cookie: &str, form: reqwest::multipart::Form) -> reqwest::Response {
    app.client
        .post(format!("{}/border/check", app.base))
        .header("cookie", format!("jirga_session={cookie}"))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_whole_number_written_with_a_fraction_is_the_integer() {
    let app = app_with_points().await;
    // JSON's 2.0 is the integer the schema's `integer` allows (schemathesis sent 371.0):
    // taken as 2, not refused as "a float where u32 was expected".
    let mut whole = application(&["torkham"]);
    whole["entries"]["max"] = json!(2.0);
    let (status, body) = app.post_json_as("passes", "/api/v1/passes", &whole).await;
    assert_eq!(status, 201, "{body}");
    let pass = body["pass"].as_str().unwrap().to_owned();
    let (_, record) = app.get(&format!("/api/v1/passes/{pass}")).await;
    assert_eq!(record["entries"], json!({"kind": "multiple", "max": 2}), "{record}");
    let mut fraction = application(&["torkham"]);
    fraction["entries"]["max"] = json!(2.5);
    let (status, body) = app.post_json_as("passes", "/api/v1/passes", &fraction).await;
    assert_eq!((status, body["field"].as_str()), (422, Some("entries")), "{body}");
}

#[tokio::test]
async fn bad_applications_are_refused_naming_the_rule_and_write_nothing() {
    let app = app_with_points().await;
    let before = app.event_count();
    let mut unknown_point = application(&["wagah"]);
    let (status, body) = app.post_json_as("passes", "/api/v1/passes", &unknown_point).await;
    assert_eq!((status, body["code"].as_str()), (422, Some("unknown_crossing_point")), "{body}");
    unknown_point["holder"]["date_of_birth"] = json!("1980-02-30");
    let (status, body) = app.post_json_as("passes", "/api/v1/passes", &unknown_point).await;
    assert_eq!((status, body["field"].as_str()), (422, Some("holder.date_of_birth")), "{body}");
    let mut long = application(&["torkham"]);
    long["valid_until"] = json!("2099-01-01");
    assert_eq!(app.post_json_as("passes", "/api/v1/passes", &long).await.1["code"], "validity_too_long");
    let mut nationality = application(&["torkham"]);
    nationality["holder"]["nationality"] = json!("Afghan");
    let (status, body) = app.post_json_as("passes", "/api/v1/passes", &nationality).await;
    assert_eq!((status, body["code"].as_str(), body["field"].as_str()), (422, Some("field_format"), Some("holder.nationality")), "{body}");
    let mut photo = application(&["torkham"]);
    photo["holder"]["photo_hash"] = json!("not-a-hash");
    assert_eq!(app.post_json_as("passes", "/api/v1/passes", &photo).await.1["field"], "holder.photo_hash");
    // A field the chosen purpose does not have is refused, not dropped.
    let mut stray = application(&["torkham"]);
    stray["purpose"]["organization"] = json!("Khyber Traders");
    let (status, body) = app.post_json_as("passes", "/api/v1/passes", &stray).await;
    assert_eq!((status, body["code"].as_str()), (422, Some("invalid_field")), "{body}");
    let mut appointment = application(&["torkham"]);
    appointment["purpose"]["appointment_on"] = json!("2000-01-01");
    assert_eq!(app.post_json_as("passes", "/api/v1/passes", &appointment).await.1["code"], "appointment_outside_validity");
    // The generic command endpoint cannot record a pass without the pass office.
    let forged = json!({"type": "issue_pass", "document_id": "JP-0000", "purpose": "medical", "crossing_points": ["torkham"],
        "valid_from": "2026-01-01", "valid_until": "2026-01-02", "entries": {"kind": "single"}, "authority": "X", "kid": "AAAAAAAAAAA=",
        "issued_on": "2026-01-01", "holder_commitment": "00"});
    let (status, body) = app.command_as("passes", forged).await;
    assert_eq!((status, body["code"].as_str()), (422, Some("holder_data_required")), "{body}");
    assert_eq!(app.event_count(), before, "a refused request writes nothing");
    assert!(app.engine.personal_all().unwrap().is_empty(), "nor any personal data");
}

#[tokio::test]
async fn the_issue_form_checks_answers_then_signs_and_the_border_page_records_an_entry() {
    let app = app_with_points().await;
    // The clock read once: two readings either side of midnight would disagree.
    let day = jiff::Zoned::now().date();
    let today = day.to_string();
    let until = day.checked_add(jiff::Span::new().days(10)).unwrap().to_string();
    // The photo as a form shown again carries it (the kept photo, base64).
    let photo = base64_of(&jirga_passes::photo::drawn_portrait([214, 226, 240]));
    let fields = [
        ("type", "issue_pass"),
        ("holder.photo", photo.as_str()),
        ("_form", "issue_pass-new"),
        ("_return_to", "/passes/new"),
        ("holder.name_latin", "Wali Khan"),
        ("holder.name_arabic", ""),
        ("holder.document_type", "cnic"),
        ("holder.document_number", "17301-7654321-3"),
        ("holder.date_of_birth", "1990-01-01"),
        ("holder.sex", "male"),
        ("holder.nationality", "PAK"),
        ("purpose.kind", "business"),
        ("purpose.hospital", ""),
        ("purpose.appointment_on", ""),
        ("purpose.attendant_allowed:b", "false"),
        ("purpose.organization", "Khyber Traders"),
        ("purpose.host", ""),
        ("purpose.event", ""),
        ("sponsor", "Khyber Traders"),
        ("crossing_points[]", ""),
        ("crossing_points[]", "torkham"),
        ("valid_from", &today),
        ("valid_until", &until),
        ("entries.kind", "single"),
        ("entries.max:n", ""),
    ];
    let (status, page, _) = app.post_form_as("passes", &fields).await;
    assert_eq!(status, 200);
    assert!(page.contains("id=\"answers\"") && page.contains("Wali Khan"), "check your answers first");
    let mut confirmed = fields.to_vec();
    confirmed.push(("_confirmed", "1"));
    let (status, _, location) = app.post_form_as("passes", &confirmed).await;
    assert_eq!(status, 303);
    let location = location.unwrap();
    assert!(location.starts_with("/passes/pas-1?done=issue_pass"), "{location}");
    let (_, pass_page) = app.page_as("passes", "/passes/pas-1").await;
    assert!(pass_page.contains("Wali Khan") && pass_page.contains("<svg"), "holder and QR on the pass page");
    assert!(pass_page.contains("id=\"holder-photo\"") && pass_page.contains("src=\"data:image/jpeg;base64,"), "the holder's photo");
    let (_, card) = app.page_as("passes", "/passes/pas-1/card").await;
    assert!(card.contains("/assets/card.css") && card.contains("Wali Khan") && card.contains("سند"), "the printable card");
    assert!(card.contains("data:image/jpeg;base64,"), "the photo printed on the card");
    let solar = card.split("id=\"card-valid-solar-hijri\"").nth(1).unwrap().split('>').nth(1).unwrap().split('<').next().unwrap();
    assert!(solar.chars().any(|c| ('\u{06F0}'..='\u{06F9}').contains(&c)), "the validity in the Solar Hijri calendar too: {solar}");
    assert!(!card.contains("onclick"), "no inline script (the Content-Security-Policy forbids it)");
    let (status, css) = app.get_anonymous("/assets/card.css").await;
    assert!(status == 200 && css.contains("size: A6"), "the card's stylesheet prints on A6");
    // The auditor sees the pass but not its holder.
    let (_, audited) = app.page_as("auditor", "/passes/pas-1").await;
    assert!(!audited.contains("Wali Khan") && audited.contains("pass and border officers only"));
    assert_eq!(app.page_as("auditor", "/passes/pas-1/card").await.0, 404);

    // A bad field comes back on the form, what was typed kept.
    let mut bad = fields.to_vec();
    bad.retain(|(k, _)| *k != "holder.date_of_birth");
    bad.push(("holder.date_of_birth", "2999-01-01"));
    bad.push(("_confirmed", "1"));
    let (status, page, _) = app.post_form_as("passes", &bad).await;
    assert_eq!(status, 422);
    assert!(page.contains("date_in_future") && page.contains("Khyber Traders"));

    // The border post: the text pasted, the verdict, entry recorded.
    let (_, doc) = app.get_as("border", "/api/v1/passes/pas-1/document").await;
    let document = doc["document"].as_str().unwrap();
    let (cookie, csrf) = app.session("border").await;
    let form =
        reqwest::multipart::Form::new().text("_csrf", csrf.clone()).text("crossing_point", "torkham").text("text", document.to_owned());
    let response = border_check(&app, &cookie, form).await;
    assert_eq!(response.status().as_u16(), 200);
    let page = response.text().await.unwrap();
    assert!(page.contains("id=\"record-entry\"") && page.contains("Wali Khan"), "verdict with the holder");
    // A photo that is no image (a phone's megabytes of it) is answered on the page, not by the body limit.
    let junk = reqwest::multipart::Part::bytes(vec![0x42u8; 3 * 1024 * 1024]).file_name("photo.png");
    let form = reqwest::multipart::Form::new().text("_csrf", csrf.clone()).text("crossing_point", "torkham").part("image", junk);
    let response = border_check(&app, &cookie, form).await;
    assert_eq!(response.status().as_u16(), 422);
    assert!(response.text().await.unwrap().contains("The image could not be read"));
    let body = form_body(&[("_csrf", &csrf), ("text", document), ("crossing_point", "torkham"), ("direction", "entry")]);
    let response = app
        .client
        .post(format!("{}/border/record", app.base))
        .header("cookie", format!("jirga_session={cookie}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 303);
    assert!(response.headers()["location"].to_str().unwrap().starts_with("/crossings/crs-1"));
    // Without the form token nothing is recorded.
    let forged = body.replace(&format!("_csrf={}", csrf), "_csrf=nope");
    let response = app
        .client
        .post(format!("{}/border/record", app.base))
        .header("cookie", format!("jirga_session={cookie}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(forged)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 403);
    assert_eq!(app.engine.read(|s| s.crossings.len()), 1);
}

/// The issue form names every unusable field at once, in words, through the
/// same route as a browser; forged values (a purpose or an entry kind not
/// offered, a nationality in lower case) are named too, and nothing is
/// signed or recorded.
#[tokio::test]
async fn the_issue_form_names_every_problem_at_once_and_records_nothing() {
    let app = app_with_points().await;
    let before = app.event_count();
    let fields = [
        ("type", "issue_pass"),
        ("_form", "issue_pass-new"),
        ("_return_to", "/passes/new"),
        ("holder.name_latin", "Wali Khan"),
        ("holder.document_type", "passport-of-atlantis"),
        ("holder.date_of_birth", "1990-13-01"),
        ("holder.sex", "male"),
        ("holder.nationality", "pak"),
        ("purpose.kind", "business"),
        ("purpose.organization", ""),
        ("crossing_points[]", ""),
        ("valid_from", "2025-03-01"),
        ("valid_until", ""),
        ("entries.kind", "unlimited"),
    ];
    let (status, page, _) = app.post_form_as("passes", &fields).await;
    assert_eq!(status, 422);
    for expected in [
        "Choose one of the listed options for “Identity document”",
        "Enter “Document number”",
        "“Date of birth” must be a real day",
        "“Nationality (ISO code, e.g. AFG, PAK)”: enter three capital letters",
        "Enter “Trade body or company”",
        "Enter “Sponsor”",
        "Choose at least one of the “Crossing points”",
        "Enter “Valid until” as a day",
        "Choose one of the listed options for “Entries”",
        "Choose the holder's photo",
    ] {
        assert!(page.contains(&expected.replace('“', "&ldquo;")) || page.contains(expected), "{expected}");
    }
    assert!(page.contains("There are 10 problems"), "one summary counts them");
    assert!(page.contains(r#"value="Wali Khan""#), "what was typed is kept");
    assert_eq!(app.event_count(), before, "nothing recorded");
    assert!(app.engine.personal_all().unwrap().is_empty(), "no holder data kept");
}

/// `POST /api/v1/passes` as multipart: the application and the holder's photo.
async fn issue_with_photo(app: &TestApp, application: &Value, photo: Vec<u8>) -> (u16, Value) {
    let form = reqwest::multipart::Form::new()
        .text("application", application.to_string())
        .part("photo", reqwest::multipart::Part::bytes(photo).file_name("holder.jpg"));
    let response =
        app.client.post(format!("{}/api/v1/passes", app.base)).bearer_auth(&app.tokens["passes"]).multipart(form).send().await.unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

/// The border post's verdict page for a document, as the border officer.
async fn border_page(app: &TestApp, document: &str) -> String {
    let (cookie, csrf) = app.session("border").await;
    let form = reqwest::multipart::Form::new().text("_csrf", csrf).text("crossing_point", "torkham").text("text", document.to_owned());
    border_check(app, &cookie, form).await.text().await.unwrap()
}

/// The holder's photo: uploaded with the application, stored as our own JPEG,
/// its fingerprint signed into the pass, shown at the border post beside the
/// verdict, and erased with the holder's data.
#[tokio::test]
async fn a_photo_uploaded_with_the_application_is_signed_shown_at_the_border_and_erased_with_the_holder() {
    let app = app_with_points().await;
    let upload = jirga_passes::photo::drawn_portrait([232, 222, 206]);
    let (status, issued) = issue_with_photo(&app, &application(&["torkham"]), upload.clone()).await;
    assert_eq!(status, 201, "{issued}");
    let document_id = issued["document_id"].as_str().unwrap().to_owned();
    let document = issued["document"].as_str().unwrap().to_owned();
    let stored = app.engine.personal(&jirga_core::pass::photo_key(&document_id)).unwrap().expect("the photo is kept");
    let jpeg = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, stored).unwrap();
    assert_ne!(jpeg, upload, "what is kept is our own encoding, not the upload");
    // The signed document carries the kept photo's fingerprint.
    let (_, verdict) = app.post_json_as("border", "/api/v1/passes/verify", &json!({"text": document})).await;
    assert_eq!(verdict["claims"]["ph"].as_str(), Some(jirga_passes::photo::fingerprint(&jpeg).as_str()), "{verdict}");
    // The holder's record (the pass list) is read without the photo row.
    let (_, list) = app.page_as("passes", "/passes").await;
    assert!(list.contains("Bibi Zarghuna"), "holders listed");
    // At the border post: the photo beside the verdict, matched to the signed fingerprint.
    let page = border_page(&app, &document).await;
    assert!(page.contains("id=\"holder-photo\"") && page.contains("data:image/jpeg;base64,"), "the face to match");
    assert!(page.contains("matching the fingerprint it was signed with"));
    // Not for those who may not see holders' data.
    let (_, audited) = app.page_as("auditor", &format!("/passes/{}", issued["pass"].as_str().unwrap())).await;
    assert!(!audited.contains("data:image/jpeg"), "no photo for the auditor");

    // Erased with the holder's data.
    let (status, body) = app
        .command_as(
            "passes",
            json!({"type": "revoke_pass", "pass": issued["pass"], "revoked_on": jiff::Zoned::now().date().to_string(), "reason": "Holder asked."}),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    let (status, body) = app
        .command_as(
            "passes",
            json!({"type": "erase_pass_holders", "passes": [issued["pass"]], "erased_on": jiff::Zoned::now().date().to_string(), "reason": "Retention ended."}),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(app.engine.personal(&jirga_core::pass::photo_key(&document_id)).unwrap(), None, "the photo is erased");
    assert!(app.engine.personal_all().unwrap().is_empty(), "nothing of the holder is left");
    let page = border_page(&app, &document).await;
    assert!(page.contains("id=\"photo-not-here\"") && !page.contains("data:image/jpeg"), "{page}");
}

/// A fingerprint typed beside an uploaded photo that is not that photo's is
/// refused, not overwritten: nothing is signed or recorded.
#[tokio::test]
async fn a_forged_photo_hash_beside_an_uploaded_photo_is_refused() {
    let app = app_with_points().await;
    let before = app.event_count();
    let mut forged = application(&["torkham"]);
    forged["holder"]["photo_hash"] = json!("ab".repeat(32));
    let (status, body) = issue_with_photo(&app, &forged, jirga_passes::photo::drawn_portrait([214, 236, 220])).await;
    assert_eq!(
        (status, body["code"].as_str(), body["field"].as_str()),
        (422, Some("photo_hash_mismatch"), Some("holder.photo_hash")),
        "{body}"
    );
    assert_eq!(app.event_count(), before, "nothing recorded");
    assert!(app.engine.personal_all().unwrap().is_empty(), "nothing kept");
}

/// What is not a usable photo is refused with its own code, naming the part,
/// and so is a multipart request with a part the route does not take.
#[tokio::test]
async fn an_unusable_photo_or_a_stray_part_is_refused_naming_it() {
    let app = app_with_points().await;
    let before = app.event_count();
    let (status, body) = issue_with_photo(&app, &application(&["torkham"]), b"GIF89a not a photo".to_vec()).await;
    assert_eq!((status, body["code"].as_str(), body["field"].as_str()), (422, Some("photo_format"), Some("photo")), "{body}");
    let mut tiny = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut tiny, 100, 120);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.write_header().unwrap().write_image_data(&[128u8; 100 * 120]).unwrap();
    }
    let (status, body) = issue_with_photo(&app, &application(&["torkham"]), tiny).await;
    assert_eq!((status, body["code"].as_str()), (422, Some("photo_too_small")), "{body}");
    assert!(body["message"].as_str().unwrap().contains("100 × 120 pixels"), "{body}");
    let form = reqwest::multipart::Form::new().text("application", application(&["torkham"]).to_string()).text("signature", "mine");
    let response =
        app.client.post(format!("{}/api/v1/passes", app.base)).bearer_auth(&app.tokens["passes"]).multipart(form).send().await.unwrap();
    let body: Value = response.json().await.unwrap();
    assert_eq!((body["code"].as_str(), body["field"].as_str()), (Some("invalid_field"), Some("signature")), "{body}");
    assert_eq!(app.event_count(), before, "nothing recorded");
}

/// A photo row swapped in the database (another face) is not shown as the
/// holder's: the border post says it does not match the signed fingerprint.
#[tokio::test]
async fn an_edited_photo_row_is_not_shown_as_the_holders() {
    let app = app_with_points().await;
    let (status, issued) = issue_with_photo(&app, &application(&["torkham"]), jirga_passes::photo::drawn_portrait([214, 226, 240])).await;
    assert_eq!(status, 201, "{issued}");
    let key = jirga_core::pass::photo_key(issued["document_id"].as_str().unwrap());
    let other = jirga_passes::photo::normalize(&jirga_passes::photo::drawn_portrait([240, 200, 200])).unwrap();
    let store = jirga_store_sqlite::SqliteStore::open(app.data_dir()).unwrap();
    let changed =
        store.connection().execute("UPDATE personal_data SET body = ?1 WHERE key = ?2", (base64_of(&other.jpeg), key.as_str())).unwrap();
    assert_eq!(changed, 1);
    let page = border_page(&app, issued["document"].as_str().unwrap()).await;
    assert!(page.contains("id=\"photo-mismatch\""), "the swap is said");
    assert!(!page.contains("data:image/jpeg"), "and the swapped face is not shown");
}

/// The issue form in a browser's encoding: the photo uploaded as a file
/// (multipart) to the form's own page; with another field refused, the photo
/// is kept (shown, carried) and not asked for again; confirmed, the pass is
/// issued with it.
#[tokio::test]
async fn the_issue_form_takes_the_photo_as_a_file_and_keeps_it_when_another_field_is_refused() {
    let app = app_with_points().await;
    let (_, csrf) = app.session("passes").await;
    let today = jiff::Zoned::now().date();
    let until = today.checked_add(jiff::Span::new().days(10)).unwrap().to_string();
    let fields = |date_of_birth: &str| {
        vec![
            ("_csrf", csrf.clone()),
            ("type", "issue_pass".to_owned()),
            ("_form", "issue_pass-new".to_owned()),
            ("_return_to", "/passes/new".to_owned()),
            ("holder.name_latin", "Gul Mina".to_owned()),
            ("holder.document_type", "tazkira".to_owned()),
            ("holder.document_number", "1400-0101-12345".to_owned()),
            ("holder.date_of_birth", date_of_birth.to_owned()),
            ("holder.sex", "female".to_owned()),
            ("holder.nationality", "AFG".to_owned()),
            ("purpose.kind", "family_visit".to_owned()),
            ("purpose.host", "Khan family, Peshawar".to_owned()),
            ("sponsor", "Khan family".to_owned()),
            ("crossing_points[]", "torkham".to_owned()),
            ("valid_from", today.to_string()),
            ("valid_until", until.clone()),
            ("entries.kind", "single".to_owned()),
        ]
    };
    let form = fields("1985-02-30").into_iter().fold(reqwest::multipart::Form::new(), |f, (k, v)| f.text(k, v));
    let form = form.part(
        "holder.photo_upload",
        reqwest::multipart::Part::bytes(jirga_passes::photo::drawn_portrait([238, 218, 226])).file_name("gul.jpg"),
    );
    let (status, page, _) = app.post_multipart_as("passes", "/passes/new", form).await;
    assert_eq!(status, 422, "the impossible date is refused");
    assert!(page.contains("must be a real day"));
    assert!(page.contains("id=\"photo-kept\"") || page.contains("class=\"photo-kept\""), "the photo is shown as kept");
    assert!(page.contains("enctype=\"multipart/form-data\""), "the form uploads");
    let kept = page.split("name=\"holder.photo\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    // Sent again with the date put right: the kept photo, no new file.
    let form =
        fields("1985-02-28").into_iter().chain([("holder.photo", kept)]).fold(reqwest::multipart::Form::new(), |f, (k, v)| f.text(k, v));
    let (status, page, _) = app.post_multipart_as("passes", "/passes/new", form).await;
    assert_eq!(status, 200, "check your answers");
    assert!(page.contains("id=\"answers\"") && page.contains("data:image/jpeg;base64,"), "the photo among the answers");
    // The confirmation form's own fields (the page has other forms: the language switcher).
    let confirm_form = page.split("id=\"confirm\"").nth(1).unwrap().split("</form>").next().unwrap();
    let mut confirmed: Vec<(String, String)> = confirm_form
        .split("<input type=\"hidden\" name=\"")
        .skip(1)
        .filter_map(|chunk| {
            let (name, rest) = chunk.split_once("\" value=\"")?;
            Some((name.to_owned(), rest.split('"').next()?.replace("&amp;", "&").replace("&quot;", "\"")))
        })
        .collect();
    confirmed.push(("_confirmed".into(), "1".into()));
    let pairs: Vec<(&str, &str)> = confirmed.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (status, _, location) = app.post_form_as("passes", &pairs).await;
    assert_eq!(status, 303, "issued");
    let location = location.unwrap();
    let (_, pass_page) = app.page_as("passes", location.split('?').next().unwrap()).await;
    assert!(pass_page.contains("Gul Mina") && pass_page.contains("matching the fingerprint"), "issued with the photo");
}

/// A Pashto pass officer's refused form says every problem in Pashto (the
/// fields' names in Pashto too), and a refusal of the rules as well.
#[tokio::test]
async fn a_pashto_officer_reads_the_problems_of_a_form_in_pashto() {
    let app = app_with_points().await;
    app.accounts.set_locale("passes", Some("ps-AF")).unwrap();
    let fields = [("type", "issue_pass"), ("_form", "issue_pass-new"), ("_return_to", "/passes/new"), ("holder.name_latin", "Wali Khan")];
    let (status, page, _) = app.post_form_as("passes", &fields).await;
    assert_eq!(status, 422);
    // Placeables are isolated (U+2068 … U+2069) in right-to-left pages.
    let page = page.replace(['\u{2068}', '\u{2069}'], "");
    assert!(page.contains("lang=\"ps-AF\""));
    assert!(page.contains("“د سند شمېره” ولیکئ") || page.contains("&ldquo;د سند شمېره&rdquo; ولیکئ"), "a problem in Pashto");
    assert!(page.contains("د لرونکي انځور وټاکئ"), "the photo's problem in Pashto");
    assert!(!page.contains("Enter “") && !page.contains("Enter &ldquo;"), "no English problem left");
}

/// Nobody uploads without a session: the issue form's large body limit is
/// not a way for an outsider to make the server read megabytes.
#[tokio::test]
async fn an_anonymous_upload_to_the_issue_form_is_sent_to_sign_in_unread() {
    let app = app_with_points().await;
    let photo = reqwest::multipart::Part::bytes(vec![0u8; 4 * 1024 * 1024]).file_name("big.jpg");
    let form = reqwest::multipart::Form::new().text("type", "issue_pass").part("holder.photo_upload", photo);
    let response = app.client.post(format!("{}/passes/new", app.base)).multipart(form).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(response.headers()["location"], "/login");
    assert!(app.engine.personal_all().unwrap().is_empty());
}
