//! Agreements both sides sign, through the API and the pages: the document is
//! served only for an agreed commitment the reader may read, and the page
//! shows who signed for each side once signatures verify.

use serde_json::json;

use crate::helpers::{agreed_with_keys, sign, spawn_app};

#[tokio::test]
async fn the_agreement_document_is_served_once_agreed_and_checks_out() {
    let app = spawn_app(true).await;
    let (status, body) = app.get("/api/v1/commitments/com-1/agreement").await;
    assert_eq!((status, body["code"].as_str()), (409, Some("no_agreement")), "{body}");
    assert_eq!(app.get("/api/v1/commitments/com-99/agreement").await.0, 404);
    let [(kp_secret, kp_key), (kabul_secret, kabul_key)] = agreed_with_keys(&app).await;
    let (_, doc) = app.get("/api/v1/commitments/com-1/agreement").await;
    let text = doc["note"].as_str().unwrap().trim_end_matches('\n').to_owned() + "\n";
    for (user, secret) in [("saif", &kp_secret), ("consul", &kabul_secret)] {
        let (status, body) =
            app.command_as(user, json!({"type": "cosign_agreement", "commitment": "com-1", "signature": sign(secret, &text)})).await;
        assert_eq!(status, 201, "{user}: {body}");
    }
    let (_, signed) = app.get("/api/v1/commitments/com-1/agreement").await;
    let signed: jirga_service::agreement::AgreementDocument = serde_json::from_value(signed).unwrap();
    let checks = jirga_service::agreement::verify(&signed, &[kp_key, kabul_key], None);
    assert!(checks.iter().all(|c| c.ok), "{checks:?}");
    // An outcome agreed in the meeting is signed the same way, and its document holds too.
    let (status, body) = app.get("/api/v1/meetings/mtg-4/outcomes/1/agreement").await;
    assert_eq!(status, 200, "{body}");
    let outcome_text = body["note"].as_str().unwrap().trim_end_matches('\n').to_owned() + "\n";
    for (user, secret) in [("saif", &kp_secret), ("consul", &kabul_secret)] {
        let signed = json!({"type": "cosign_outcome", "meeting": "mtg-4", "outcome": 1, "signature": sign(secret, &outcome_text)});
        assert_eq!(app.command_as(user, signed).await.0, 201, "{user}");
    }
    let (_, outcome) = app.get("/api/v1/meetings/mtg-4/outcomes/1/agreement").await;
    let outcome: jirga_service::agreement::AgreementDocument = serde_json::from_value(outcome).unwrap();
    assert_eq!(outcome.subject, "meeting mtg-4 outcome 1");
    let checks = jirga_service::agreement::verify(&outcome, &[], None);
    assert!(checks.iter().all(|c| c.ok), "{checks:?}");
    let (_, meeting) = app.get_text("/meetings/mtg-4").await;
    assert!(
        meeting.contains("outcome-agreement-1") && meeting.matches(">Signed<").count() == 2,
        "the meeting's page shows both signatures"
    );
    assert_eq!(app.get("/api/v1/meetings/mtg-4/outcomes/9/agreement").await.0, 409);
    // The page says who signed for each side, and shows the signed note as a QR code.
    let (_, page) = app.get_text("/commitments/com-1").await;
    assert!(page.contains("id=\"agreement-signed\"") && page.matches(">Signed<").count() == 2, "both sides signed");
    // The counterpart, who may read the agreed commitment, gets the document too; the auditor cannot sign.
    assert_eq!(app.get_as("consul", "/api/v1/commitments/com-1/agreement").await.0, 200);
    let (status, _) =
        app.command_as("auditor", json!({"type": "cosign_agreement", "commitment": "com-1", "signature": sign(&kp_secret, &text)})).await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn the_province_signs_with_the_key_its_instance_holds_for_its_representative_only() {
    let keys = tempfile::tempdir().unwrap();
    let dir = keys.path().to_path_buf();
    let app = crate::helpers::spawn_app_with(true, move |state| state.agreement_keys = Some(dir)).await;
    let [(kp_secret, _), _] = agreed_with_keys(&app).await;
    std::fs::write(keys.path().join("per-1.key"), format!("{kp_secret}\n")).unwrap();
    let post = |user: &'static str, csrf: bool| {
        let app = &app;
        async move {
            let (cookie, token) = app.session(user).await;
            let body = if csrf { format!("_csrf={token}") } else { String::new() };
            let response = app
                .client
                .post(format!("{}/commitments/com-1/sign", app.base))
                .header("cookie", format!("jirga_session={cookie}"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body)
                .send()
                .await
                .unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    let (_, page) = app.get_text("/commitments/com-1").await;
    assert!(page.contains("id=\"sign-held\""), "the coordinator is offered the key held for him");
    let before = app.event_count();
    // A forged post without the form token, and a user the instance holds no key for.
    assert_eq!(post("saif", false).await.0, 403);
    let (status, page) = post("member", true).await;
    assert_eq!(status, 403);
    assert!(page.contains("holds no agreement key for you"), "said on the form");
    assert_eq!(app.event_count(), before, "nothing written");
    // The coordinator signs with his held key: recorded for his party, verified like any other.
    assert_eq!(post("saif", true).await.0, 303);
    let (_, record) = app.get("/api/v1/commitments/com-1").await;
    assert_eq!(record["signatures"][0]["party"], "par-1", "{record}");
    let (_, page) = app.get_text("/commitments/com-1").await;
    assert!(!page.contains("id=\"sign-held\""), "a held key signs once");
    let (status, page) = post("saif", true).await;
    assert_eq!(status, 409);
    assert!(page.contains("This key has signed the agreement already"));
}
