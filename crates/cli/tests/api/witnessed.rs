//! The record with witnesses, in process: a witness served on a port, the
//! record submitting to it (one round at a time, as the server's task does
//! every few seconds), the cosigned checkpoint on the API and on the audit page.

use std::sync::{Arc, Mutex};

use crate::helpers::spawn_app_with;

#[tokio::test]
async fn the_audit_page_shows_who_cosigned_up_to_which_size() {
    // A witness trusting this record's key, on a port of its own.
    let dir = tempfile::tempdir().unwrap();
    let (state, vkey) = jirga_witness::State::init(&dir.path().join("w"), "witness.mofa.test/1").unwrap();
    let witness = Arc::new(jirga_witness::Witness::new(state));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(axum::serve(listener, jirga_witness::server::router(Arc::clone(&witness))).into_future());
    let slot: Arc<Mutex<Option<Arc<jirga_web::witnesses::Witnesses>>>> = Arc::default();
    let kept = Arc::clone(&slot);
    let spec = jirga_web::witnesses::WitnessSpec::parse(&format!("{url}={vkey}")).unwrap();
    let app = spawn_app_with(true, move |state| {
        let witnesses = jirga_web::witnesses::Witnesses::new(vec![spec], 1, None).unwrap();
        *kept.lock().unwrap() = Some(Arc::clone(&witnesses));
        state.witnesses = Some(witnesses);
    })
    .await;
    let witnesses = slot.lock().unwrap().clone().unwrap();
    let log_key = app.engine.public_key().unwrap().to_owned();
    // Not trusted yet: the witness answers 404 and the page says so.
    witnesses.submit_newest(&app.engine).await;
    let (_, page) = app.get_text("/audit").await;
    assert!(page.contains("witness.mofa.test/1") && page.contains("404"), "the refusal is shown");
    witness.state().add_log(log_key.split('+').next().unwrap(), &log_key, 0).unwrap();
    witnesses.submit_newest(&app.engine).await;
    let size = app.engine.with_reader(|s| s.latest_checkpoint()).unwrap().unwrap().size;
    let note = app.get_text("/api/v1/ledger/checkpoint").await.1;
    let verifier = jirga_ledger::cosignature::CosignatureVerifier::from_vkey(&vkey).unwrap();
    let witnessed = jirga_ledger::witnessed::verify_witnessed(&note, &log_key, &[verifier], 1).expect("the served checkpoint is cosigned");
    assert_eq!(witnessed.checkpoint.size, size);
    let (_, page) = app.get_text("/audit").await;
    assert!(page.contains(&format!("data-size=\"{size}\"")) && page.contains("cosigned-checkpoint"), "who cosigned up to which size");
    assert!(page.contains("jirga audit verify-checkpoint checkpoint.txt --log-key"), "and how to check it offline");
    // A change later: the next round proves consistency from the size the witness holds.
    let (status, _) = app.command(serde_json::json!({"type": "add_note", "record": "ini-1", "text": "Later."})).await;
    assert_eq!(status, 201);
    witnesses.submit_newest(&app.engine).await;
    assert!(witness.latest().unwrap()[0].1.size > size);
}

#[tokio::test]
async fn the_briefing_is_made_from_the_record_and_carries_the_checkpoint_it_was_made_from() {
    let app = crate::helpers::spawn_app(true).await;
    let (status, page) = app.page_as("approver", "/initiatives/ini-1/briefing").await;
    assert_eq!(status, 200);
    for section in [
        "briefing-approval",
        "briefing-gates",
        "briefing-risks",
        "briefing-incidents",
        "briefing-agreements",
        "briefing-crossings",
        "briefing-checkpoint",
    ] {
        assert!(page.contains(&format!("id=\"{section}\"")), "{section}");
    }
    // The movement commitment is at risk (its pass-desk milestone is overdue), with its score.
    assert!(page.contains("Establish a mechanism for the movement of people") && page.contains("0 — not implemented"), "at risk, scored");
    let checkpoint = app.engine.with_reader(|s| s.latest_checkpoint()).unwrap().unwrap();
    assert!(page.contains(checkpoint.note.lines().nth(2).unwrap()), "the root it was made from");
    assert!(page.contains("<svg") && page.contains("shape-rendering=\"crispEdges\""), "the checkpoint's QR code");
    // In the reader's language.
    let (_, dari) = app
        .client
        .get(format!("{}/initiatives/ini-1/briefing", app.base))
        .header("cookie", format!("jirga_session={}; jirga_lang=fa-AF", app.session("approver").await.0))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .map(|t| (0, t))
        .unwrap();
    assert!(dari.contains("dir=\"rtl\""), "a Dari reader's briefing runs right to left");
    assert_eq!(app.get_text("/initiatives/ini-9/briefing").await.0, 404);
}
