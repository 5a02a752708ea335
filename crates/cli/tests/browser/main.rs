//! Browser tests: headless Chromium (Debian's chromium + chromedriver) drives the
//! real server through the demo scenario, as a person would.
//!
//! The test command in README.md installs Chromium where it is missing; here a
//! missing chromedriver fails the test loudly rather than skipping it.

#[path = "../api/helpers.rs"]
#[allow(dead_code)]
mod helpers;

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};

struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    /// Chromedriver runs in its own process group; ending the group also ends the
    /// Chromium processes it started, so no browser outlives the test.
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", "--", &format!("-{}", self.child.id())]).status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

async fn start_driver() -> Driver {
    let binary = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
    assert!(
        std::path::Path::new(&binary).exists(),
        "chromedriver not found at {binary}: install Debian's chromium and chromium-driver (the README's test command does)"
    );
    use std::os::unix::process::CommandExt;
    // A free port can be taken by another test between our finding it and
    // chromedriver binding it: then chromedriver exits, and we try another.
    for _ in 0..5 {
        let port = free_port();
        let child = Command::new(&binary)
            .arg(format!("--port={port}"))
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let mut driver = Driver { child, port };
        for _ in 0..100 {
            if driver.child.try_wait().ok().flatten().is_some() {
                break;
            }
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                return driver;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    panic!("chromedriver did not start");
}

async fn browser(driver: &Driver) -> Client {
    let profile = tempfile::tempdir().unwrap().keep();
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1800", format!("--user-data-dir={}", profile.display())]
        }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("connect to chromedriver")
}

/// Save a screenshot under target/screenshots for a person to look at.
async fn screenshot(c: &Client, name: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let png = c.screenshot().await.unwrap();
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
}

async fn gate_status(c: &Client, step: &str) -> String {
    c.find(Locator::Css(&format!("li.task[data-step='{step}']"))).await.unwrap().attr("data-status").await.unwrap().unwrap()
}

/// Submit a form and wait until the next page has replaced the current one.
async fn submit(c: &Client, form: fantoccini::elements::Form) -> Result<(), fantoccini::error::CmdError> {
    c.execute("document.body.dataset.stale = '1'", vec![]).await?;
    // The form's own button (a form with "add another" rows has other buttons first).
    if form.submit_with(Locator::Css("button.form-submit")).await.is_err() {
        form.submit().await?;
    }
    wait_new_page(c).await
}

/// Press a button that posts its form (e.g. "Add another") and wait for the page.
async fn press(c: &Client, css: &str) -> Result<(), fantoccini::error::CmdError> {
    c.execute("document.body.dataset.stale = '1'", vec![]).await?;
    c.find(Locator::Css(css)).await?.click().await?;
    wait_new_page(c).await
}

/// Click a link and wait for the next page.
async fn follow(c: &Client, link: &str) -> Result<(), fantoccini::error::CmdError> {
    c.execute("document.body.dataset.stale = '1'", vec![]).await?;
    c.find(Locator::LinkText(link)).await?.click().await?;
    wait_new_page(c).await
}

async fn wait_new_page(c: &Client) -> Result<(), fantoccini::error::CmdError> {
    for _ in 0..100 {
        let stale = c.execute("return document.readyState === 'complete' && document.body && !document.body.dataset.stale", vec![]).await?;
        if stale == serde_json::Value::Bool(true) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the next page did not load");
}

/// On a check-your-answers page: the answers show, then confirm.
async fn confirm(c: &Client, expect: &str) -> Result<(), fantoccini::error::CmdError> {
    assert_eq!(text(c, "h1").await, "Check your answers before recording");
    assert!(text(c, "#answers").await.contains(expect), "answers lack {expect}");
    let form = c.form(Locator::Css("#confirm")).await?;
    c.execute("document.body.dataset.stale = '1'", vec![]).await?;
    form.submit_with(Locator::Css("button[name='_confirmed']")).await?;
    wait_new_page(c).await
}

/// Sign in through the login form as a demo user; lands on the dashboard.
async fn sign_in(c: &Client, base: &str, user: &str) -> Result<(), fantoccini::error::CmdError> {
    if !c.current_url().await?.path().starts_with("/login") {
        c.goto(&format!("{base}/login")).await?;
    }
    let form = c.form(Locator::Css("#login")).await?;
    form.set_by_name("username", user).await?;
    form.set_by_name("password", &helpers::password(user)).await?;
    submit(c, form).await?;
    assert!(text(c, "#signed-in-as").await.len() > 2, "{user} is signed in");
    Ok(())
}

/// The "Sign out" button in the header.
async fn sign_out(c: &Client) -> Result<(), fantoccini::error::CmdError> {
    c.execute("document.body.dataset.stale = '1'", vec![]).await?;
    c.find(Locator::Css("form.signed-in button")).await?.click().await?;
    wait_new_page(c).await?;
    assert!(c.find(Locator::Css("form#login")).await.is_ok(), "back on the sign-in page");
    Ok(())
}

async fn text(c: &Client, css: &str) -> String {
    c.find(Locator::Css(css)).await.unwrap_or_else(|_| panic!("no {css}")).text().await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn walk_the_demo_in_a_browser() {
    let app = helpers::spawn_app(true).await;
    let driver = start_driver().await;
    let c = browser(&driver).await;
    let result = walk(&c, &app.base).await;
    c.close().await.ok();
    result.unwrap();
}

async fn walk(c: &Client, base: &str) -> Result<(), fantoccini::error::CmdError> {
    // Nothing without signing in: the site sends a stranger to the login page.
    c.goto(&format!("{base}/initiatives/ini-1")).await?;
    assert_eq!(c.current_url().await?.path(), "/login");
    screenshot(c, "00-login").await;
    // A wrong password is refused on the form.
    let form = c.form(Locator::Css("#login")).await?;
    form.set_by_name("username", "approver").await?;
    form.set_by_name("password", "not the password").await?;
    submit(c, form).await?;
    assert!(text(c, "#login .error-summary").await.contains("Wrong username or password"));

    // The federal approver signs in: the dashboard, approval awaited, the
    // groundwork visit blocked by it.
    sign_in(c, base, "approver").await?;
    assert!(text(c, "#signed-in-as").await.contains("Federal approver"));
    screenshot(c, "01-dashboard").await;
    assert_eq!(text(c, "h1").await, "KP–Afghanistan engagement");
    assert_eq!(gate_status(c, "federal_approval").await, "in_progress");
    assert_eq!(gate_status(c, "groundwork_visit").await, "cannot_start_yet");
    assert!(text(c, "li.task[data-step='groundwork_visit']").await.contains("no federal approval"));

    // Record the federal approval through its form.
    follow(c, "Go to federal approval").await?;
    // A day is typed as its hint shows it (not the browser's mm/dd/yyyy picker),
    // and the hint is read with the field.
    let day = c.find(Locator::Css("#decide_approval-apr-1 input[name=decided_on]")).await?;
    assert_eq!(day.attr("type").await?.as_deref(), Some("text"));
    let hint_id = day.attr("aria-describedby").await?.expect("the hint is tied to the field");
    assert!(text(c, &format!("#{hint_id}")).await.contains("2025-03-15"));
    let form = c.form(Locator::Css("#decide_approval-apr-1")).await?;
    form.set_by_name("decision", "approve").await?;
    form.set_by_name("decided_on", "2025-03-15").await?;
    form.set_by_name("terms", "No commitment may override the national security framework or diplomatic stance.").await?;
    submit(c, form).await?;
    screenshot(c, "02-check-your-answers").await;
    // Change an answer: the form comes back filled in; then confirm.
    let form = c.form(Locator::Css("#confirm")).await?;
    c.execute("document.body.dataset.stale = '1'", vec![]).await?;
    form.submit_with(Locator::Css("button[name='_change']")).await?;
    wait_new_page(c).await?;
    let form = c.form(Locator::Css("#decide_approval-apr-1")).await?;
    assert_eq!(
        c.find(Locator::Css("#decide_approval-apr-1 select[name='decision']")).await?.prop("value").await?.as_deref(),
        Some("approve")
    );
    form.set_by_name("valid_until", "2026-12-31").await?;
    // Trade may be agreed beside the security talks: the federal side waives the phase order.
    c.find(Locator::Css("#decide_approval-apr-1 input[name='waive_phase_order:b'][type='checkbox']")).await?.click().await?;
    submit(c, form).await?;
    assert!(text(c, "#answers").await.contains("2026-12-31"));
    confirm(c, "Approve with terms and conditions").await?;
    assert!(text(c, ".flash").await.contains("federal decision recorded"));
    assert!(text(c, "section.history").await.contains("Federal approver, MoFA"), "the record names who decided");
    screenshot(c, "02-approval-recorded").await;

    // The focal person takes over.
    sign_out(c).await?;
    sign_in(c, base, "saif").await?;

    // The blocked gate has opened.
    follow(c, "Dashboard").await?;
    assert_eq!(gate_status(c, "federal_approval").await, "done");
    // The approval no longer blocks the visit; the formal notification now does.
    assert!(!text(c, "li.task[data-step='groundwork_visit']").await.contains("no federal approval"));
    assert!(text(c, "li.task[data-step='groundwork_visit']").await.contains("formally notifies"));
    screenshot(c, "03-gate-open").await;

    // Add a member to the first delegation.
    follow(c, "First delegation (groundwork)").await?;
    let form = c.form(Locator::Css("#add_delegation_member-del-1")).await?;
    form.set_by_name("person", "per-6").await?;
    form.set_by_name("role", "religious_scholar").await?;
    submit(c, form).await?;
    assert!(text(c, ".flash").await.contains("member added"));
    assert!(text(c, "#members").await.contains("Religious scholar (Peshawar)"));
    screenshot(c, "04-delegation").await;

    // A rule broken on a form: the message shows on the form, nothing is recorded.
    c.goto(&format!("{base}/initiatives/ini-1/delegations")).await?;
    let form = c.form(Locator::Css("#form_delegation-ini-1")).await?;
    form.set_by_name("name", "Third delegation").await?;
    form.set_by_name("purpose", "groundwork").await?;
    form.set_by_name("members.0.person", "per-5").await?;
    form.set_by_name("members.0.role", "tribal_elder").await?;
    submit(c, form).await?;
    assert!(text(c, "#form_delegation-ini-1 .error-summary").await.contains("focal person must be a member of every delegation"));
    screenshot(c, "05-rule-on-form").await;

    // Record a meeting with the counterpart, now that the approval is in force.
    c.goto(&format!("{base}/initiatives/ini-1/meetings")).await?;
    let form = c.form(Locator::Css("#record_meeting-ini-1")).await?;
    form.set_by_name("held_on", "2025-03-21").await?;
    form.set_by_name("place", "Kabul").await?;
    for (css, _) in [
        ("input[name='participants[]'][value='per-1']", ()),
        ("input[name='participants[]'][value='per-8']", ()),
        ("input[name='agenda_items[]'][value='age-1']", ()),
    ] {
        c.find(Locator::Css(css)).await?.click().await?;
    }
    form.set_by_name("minutes", "Both sides discussed TTP sanctuaries and agreed to meet again.").await?;
    form.set_by_name("outcomes.0.agenda_item", "age-1").await?;
    form.set_by_name("outcomes.0.result", "agreed").await?;
    form.set_by_name("outcomes.0.text", "Exchange lists of concerns before the next meeting.").await?;
    // As many outcomes as the meeting had, without JavaScript: add two rows,
    // then remove the middle one; what was typed stays, the last row moves up.
    for _ in 0..2 {
        press(c, "#record_meeting-ini-1 button[name='_add_row']").await?;
    }
    assert_eq!(c.current_url().await?.path(), "/initiatives/ini-1/meetings");
    let form = c.form(Locator::Css("#record_meeting-ini-1")).await?;
    form.set_by_name("outcomes.1.text", "A row added by mistake.").await?;
    form.set_by_name("outcomes.2.agenda_item", "age-1").await?;
    form.set_by_name("outcomes.2.result", "agreed").await?;
    form.set_by_name("outcomes.2.text", "Open a hotline between the border commanders.").await?;
    press(c, "#record_meeting-ini-1 button[name='_remove_row'][value='outcomes.1']").await?;
    let kept = c.find(Locator::Css("#record_meeting-ini-1 input[name='outcomes.1.text']")).await?.prop("value").await?;
    assert_eq!(kept.as_deref(), Some("Open a hotline between the border commanders."));
    assert!(c.find(Locator::Css("#record_meeting-ini-1 input[name='outcomes.2.text']")).await.is_err(), "two rows left");
    assert_eq!(
        c.find(Locator::Css("#record_meeting-ini-1 textarea[name='minutes']")).await?.prop("value").await?.as_deref(),
        Some("Both sides discussed TTP sanctuaries and agreed to meet again.")
    );
    screenshot(c, "06a-meeting-outcomes").await;
    let form = c.form(Locator::Css("#record_meeting-ini-1")).await?;
    submit(c, form).await?;
    assert!(text(c, "h1").await.contains("Kabul"), "lands on the meeting's page");
    assert!(text(c, "main").await.contains("Open a hotline between the border commanders."));
    assert!(!text(c, "main").await.contains("added by mistake"));
    assert!(text(c, ".flash").await.contains("meeting recorded"));
    assert!(text(c, "main").await.contains("Taliban consul in Peshawar"));
    screenshot(c, "06-meeting").await;

    // The national framework sends a costly commitment to the federal side.
    c.goto(&format!("{base}/commitments/com-3")).await?;
    let form = c.form(Locator::Css("#change_commitment_status-com-3")).await?;
    form.set_by_name("to", "proposed").await?;
    form.set_by_name("on", "2025-03-20").await?;
    submit(c, form).await?;
    assert!(text(c, "#guardrail").await.to_lowercase().contains("needs federal concurrence"));
    assert!(text(c, "#guardrail").await.contains("financial-liability"));
    let form = c.form(Locator::Css("#change_commitment_status-com-3")).await?;
    form.set_by_name("to", "agreed").await?;
    form.set_by_name("on", "2025-03-21").await?;
    submit(c, form).await?;
    confirm(c, "Agreed").await?;
    assert!(text(c, "#change_commitment_status-com-3 .error-summary").await.contains("needs the federal government's concurrence"));
    // Only a federal approver concurs: the focal person has no such form.
    assert!(c.find(Locator::Css("#concur_with_commitment-com-3")).await.is_err());
    sign_out(c).await?;
    sign_in(c, base, "approver").await?;
    c.goto(&format!("{base}/commitments/com-3")).await?;
    let form = c.form(Locator::Css("#concur_with_commitment-com-3")).await?;
    form.set_by_name("concurred_on", "2025-03-21").await?;
    form.set_by_name("concurred_by", "Ministry of Finance").await?;
    submit(c, form).await?;
    confirm(c, "Ministry of Finance").await?;
    // Agreed only once the counterpart accepted it: the consul records that, in the Kabul meeting.
    sign_out(c).await?;
    sign_in(c, base, "consul").await?;
    c.goto(&format!("{base}/commitments/com-3")).await?;
    assert!(text(c, "#acceptance").await.contains("has not accepted"), "{}", text(c, "#acceptance").await);
    assert!(c.find(Locator::Css("#report_acceptance-com-3")).await.is_err(), "reporting is the delegation's, not the counterpart's");
    let form = c.form(Locator::Css("#accept_commitment-com-3")).await?;
    // The meetings offered are those where something was agreed: the Kabul meeting.
    let option = c.find(Locator::Css("#accept_commitment-com-3 select[name='meeting'] option:not([value=''])")).await?;
    assert_eq!(option.text().await?, "Kabul, 2025-03-21");
    form.set_by_name("meeting", &option.attr("value").await?.unwrap()).await?;
    form.set_by_name("accepted_on", "2025-03-21").await?;
    form.set_by_name("note", "Accepted for the Islamic Emirate's side.").await?;
    submit(c, form).await?;
    assert!(text(c, ".flash").await.contains("accepted by the counterpart"), "{}", text(c, "main").await);
    assert!(
        text(c, "#acceptance").await.contains("Accepted by the counterpart on 2025-03-21 (meeting: Kabul, 2025-03-21)"),
        "{}",
        text(c, "#acceptance").await
    );
    screenshot(c, "07b-accepted-by-the-counterpart").await;
    sign_out(c).await?;
    sign_in(c, base, "saif").await?;
    c.goto(&format!("{base}/commitments/com-3")).await?;
    assert!(c.find(Locator::Css("#accept_commitment-com-3")).await.is_err(), "the province cannot accept for the counterpart");
    let form = c.form(Locator::Css("#change_commitment_status-com-3")).await?;
    form.set_by_name("to", "agreed").await?;
    form.set_by_name("on", "2025-03-22").await?;
    submit(c, form).await?;
    confirm(c, "Agreed").await?;
    assert!(text(c, ".flash").await.contains("commitment status changed"));
    assert!(text(c, "main > p .tag").await.to_lowercase().contains("agreed"));
    screenshot(c, "07-guardrail").await;

    // Phase 1 is now in progress on the dashboard.
    c.goto(&format!("{base}/initiatives/ini-1")).await?;
    assert_eq!(gate_status(c, "phase_one").await, "in_progress");

    // The record proves itself: from the dashboard to the proof of the initiative.
    follow(c, "Proof of inclusion").await?;
    assert!(text(c, "h1").await.contains("Proof of inclusion of entry #13"));
    assert!(text(c, "#verify-command").await.starts_with("jirga audit verify-inclusion --leaf-hash "));
    screenshot(c, "08-proof").await;
    follow(c, "Audit").await?;
    assert!(text(c, "#checkpoint").await.starts_with("jirga.local/record"));
    assert!(text(c, "#public-key").await.starts_with("jirga.local/record+"));
    screenshot(c, "09-audit").await;
    // Each entry of the event log opens the event's own page: its records
    // linked, its proof, its JSON.
    c.goto(&format!("{base}/events")).await?;
    c.find(Locator::Css("#e13 a[href='/events/13']")).await?.click().await?;
    assert!(text(c, "h1").await.contains("13"));
    assert!(text(c, "#event-body").await.contains("\"seq\": 13"));
    assert_eq!(c.find(Locator::Css("#event-proof")).await?.attr("href").await?.as_deref(), Some("/audit/proof/13"));
    screenshot(c, "09b-event").await;

    // The counterpart's consul sees what is shared with the Afghan side: the
    // meeting he attended and the agreed commitment, nothing else.
    sign_out(c).await?;
    sign_in(c, base, "consul").await?;
    let shared = text(c, "#shared").await;
    assert!(shared.contains("Kabul"), "{shared}");
    assert!(shared.to_lowercase().contains("agreed"), "{shared}");
    assert!(!shared.contains("militant groups"), "unagreed commitments stay internal: {shared}");
    assert!(shared.contains("joint trade facilitation centre"), "{shared}");
    screenshot(c, "10-counterpart").await;
    c.goto(&format!("{base}/initiatives/ini-1")).await?;
    assert_eq!(text(c, "h1").await, "Page not found");
    c.goto(&format!("{base}/events")).await?;
    assert_eq!(text(c, "h1").await, "Not available to you");

    // A delegation member reads the record and adds a note; he decides nothing.
    sign_out(c).await?;
    sign_in(c, base, "member").await?;
    c.goto(&format!("{base}/commitments/com-3")).await?;
    assert!(c.find(Locator::Css("#change_commitment_status-com-3")).await.is_err(), "no status form for a member");
    let form = c.form(Locator::Css("#add_note-com-3")).await?;
    form.set_by_name("text", "The traders' association asks when the centre opens.").await?;
    submit(c, form).await?;
    assert!(text(c, ".flash").await.contains("note added"));
    let notes = text(c, "#notes-com-3").await;
    assert!(notes.contains("The traders' association asks when the centre opens.") && notes.contains("Nisar Khan"), "{notes}");
    screenshot(c, "10b-note").await;

    // The administrator sees the policies and may change them.
    sign_out(c).await?;
    sign_in(c, base, "admin").await?;
    c.goto(&format!("{base}/policies")).await?;
    assert!(text(c, "#set-authorization").await.contains("Authorization"));
    // Each policy in words above its Cedar text.
    assert!(text(c, "#policy-federal-approver-decides").await.contains("Only a federal approver"));
    assert!(text(c, "#set-concurrence #policy-extradition").await.contains("Needs federal concurrence"));
    // A policy that does not validate is refused on the form, with file and line.
    let form = c.form(Locator::Css("#change_policies-concurrence")).await?;
    form.set_by_name("text", "permit (principal, action, resource) when { resource.colour == \"red\" };").await?;
    form.set_by_name("reason", "Trying a colour.").await?;
    submit(c, form).await?;
    let error = text(c, "#change_policies-concurrence .error-summary").await;
    assert!(error.contains("concurrence.cedar:1:") && error.contains("policy_invalid"), "{error}");
    assert_eq!(c.current_url().await?.path(), "/policies", "a refused form comes back at its own page's address");
    screenshot(c, "11-policies").await;
    // A valid change, edited in the text box as the browser sends it (CR LF line breaks).
    c.goto(&format!("{base}/policies")).await?;
    let in_force = c.find(Locator::Css("#change_policies-concurrence textarea[name='text']")).await?.prop("value").await?.unwrap();
    let edited = in_force.replace("Extradition needs federal concurrence.", "Extradition always needs federal concurrence.");
    assert_ne!(edited, in_force);
    let form = c.form(Locator::Css("#change_policies-concurrence")).await?;
    form.set_by_name("text", &edited).await?;
    form.set_by_name("reason", "Wording agreed with the Ministry of Interior.").await?;
    submit(c, form).await?;
    // Before it is recorded: what it changes, policy by policy, and the difference.
    assert!(text(c, "#policy-changes").await.contains("Changed extradition"), "{}", text(c, "#policy-changes").await);
    assert!(text(c, "#policy-diff").await.contains("+@reason(\"Extradition always needs federal concurrence.\")"));
    screenshot(c, "11a-policy-change-preview").await;
    confirm(c, "Wording agreed with the Ministry of Interior.").await?;
    assert!(text(c, ".flash").await.contains("policy change proposed"));
    assert!(text(c, "#set-concurrence .pending .diff").await.contains("+@reason(\"Extradition always needs federal concurrence.\")"));
    assert!(
        text(c, "#set-concurrence .in-force").await.contains("shipped policies are in force"),
        "not in force before the federal side approves"
    );
    assert!(c.find(Locator::Css("#approve_policy_change-pol-1")).await.is_err(), "the administrator's side cannot approve its own change");
    // The federal side approves it: two organizations, two people, both on the record.
    sign_out(c).await?;
    sign_in(c, base, "approver").await?;
    c.goto(&format!("{base}/policies")).await?;
    let form = c.form(Locator::Css("#approve_policy_change-pol-1")).await?;
    form.set_by_name("note", "Agreed with the Ministry of Interior.").await?;
    submit(c, form).await?;
    assert!(text(c, ".flash").await.contains("policy change approved by the federal side"));
    let in_force = text(c, "#set-concurrence .in-force").await;
    assert!(in_force.contains("Proposed by System administrator") && in_force.contains("Approved by Federal approver, MoFA"), "{in_force}");
    c.execute("document.getElementById('set-concurrence').scrollIntoView()", vec![]).await?;
    screenshot(c, "11b-policy-approved").await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_a_pass_print_it_and_cross_the_border_in_a_browser() {
    let app = helpers::spawn_app(true).await;
    let driver = start_driver().await;
    let c = browser(&driver).await;
    let result = walk_a_pass(&c, &app).await;
    c.close().await.ok();
    result.unwrap();
}

async fn walk_a_pass(c: &Client, app: &helpers::TestApp) -> Result<(), fantoccini::error::CmdError> {
    let base = &app.base;
    let today = jiff::Zoned::now().date();
    let day = |n: i64| today.checked_add(jiff::Span::new().days(n)).unwrap().to_string();
    // The pass officer issues a medical pass through the form.
    c.goto(&format!("{base}/login")).await?;
    sign_in(c, base, "passes").await?;
    c.goto(&format!("{base}/passes/new")).await?;
    // Sent half filled: every problem at once, in words, each beside its field,
    // and what was typed kept.
    let form = c.form(Locator::Css("#issue_pass-new")).await?;
    form.set_by_name("holder.name_latin", "Shah Mahmood").await?;
    form.set_by_name("holder.date_of_birth", "1959-02-30").await?;
    form.set_by_name("purpose.kind", "medical").await?;
    // The holder's photo, chosen as a file (a drawn figure standing in for a camera's picture).
    let portrait = tempfile::Builder::new().suffix(".jpg").tempfile().unwrap().keep().unwrap().1;
    std::fs::write(&portrait, jirga_passes::photo::drawn_portrait([214, 226, 240])).unwrap();
    c.find(Locator::Css("#issue_pass-new input[name='holder.photo_upload']")).await?.send_keys(portrait.to_str().unwrap()).await?;
    submit(c, form).await?;
    assert_eq!(c.current_url().await?.path(), "/passes/new");
    let summary = text(c, "#issue_pass-new .error-summary").await;
    assert!(summary.contains("There are") && summary.contains("problems"), "{summary}");
    for expected in [
        "Enter “Document number”",
        "“Date of birth” must be a real day",
        "Enter “Hospital”",
        "Choose at least one of the “Crossing points”",
    ] {
        assert!(summary.contains(expected), "{expected} in {summary}");
    }
    assert!(!summary.contains("missing field"), "no serde words: {summary}");
    assert!(text(c, "#issue_pass-new .field-error").await.contains("Enter “Document number”") || summary.contains("Document number"));
    let kept = c.find(Locator::Css("#issue_pass-new input[name='holder.name_latin']")).await?.prop("value").await?;
    assert_eq!(kept.as_deref(), Some("Shah Mahmood"));
    // The photo is kept too, shown, and not asked for again.
    assert!(c.find(Locator::Css("#issue_pass-new .photo-kept img")).await.is_ok(), "the chosen photo is kept");
    assert!(!summary.contains("photo"), "the photo was usable: {summary}");
    screenshot(c, "20a-issue-pass-problems").await;
    let form = c.form(Locator::Css("#issue_pass-new")).await?;
    for (name, value) in [
        ("holder.name_latin", "Shah Mahmood"),
        ("holder.name_arabic", "شاه محمود"),
        ("holder.document_type", "tazkira"),
        ("holder.document_number", "1400-2222-33333"),
        ("holder.date_of_birth", "1959-07-01"),
        ("holder.sex", "male"),
        ("holder.nationality", "AFG"),
        ("purpose.kind", "medical"),
        ("purpose.hospital", "Rehman Medical Institute, Peshawar"),
        ("purpose.appointment_on", &day(5)),
        ("sponsor", "Rehman Medical Institute"),
        ("valid_from", &day(0)),
        ("valid_until", &day(30)),
    ] {
        form.set_by_name(name, value).await?;
    }
    c.find(Locator::Css("input[name='crossing_points[]'][value='torkham']")).await?.click().await?;
    c.find(Locator::Css("input[name='purpose.attendant_allowed:b'][type='checkbox']")).await?.click().await?;
    screenshot(c, "20-issue-pass-form").await;
    submit(c, form).await?;
    screenshot(c, "21-issue-pass-check").await;
    confirm(c, "Shah Mahmood").await?;
    assert!(text(c, ".flash").await.contains("pass issued"));
    assert!(text(c, "#holder").await.contains("1400-2222-33333"));
    assert!(c.find(Locator::Css("figure.qr svg")).await.is_ok(), "the QR code is on the pass's page");
    assert!(c.find(Locator::Css("#holder-photo img")).await.is_ok(), "the holder's photo is on the pass's page");
    screenshot(c, "22-pass").await;

    // Its printable card: A6, both languages, the QR code.
    follow(c, "Print the card (A6)").await?;
    let card = text(c, "#card").await;
    assert!(card.contains("Shah Mahmood") && card.contains("Medical treatment · درملنه") && card.contains("Torkham"), "{card}");
    assert!(c.find(Locator::Css("#card .qr svg")).await.is_ok());
    assert!(c.find(Locator::Css("#card .photo img")).await.is_ok(), "the photo printed on the card");
    // The appointment the medical pass exists for, on the card.
    assert!(card.contains(&format!("Rehman Medical Institute, Peshawar, {}", day(5))) && card.contains("May be accompanied"), "{card}");
    screenshot(c, "23-pass-card").await;

    // The QR image, as a phone photo of the card would give it.
    let cookie = c.get_named_cookie("jirga_session").await?;
    let png = app
        .client
        .get(format!("{base}/passes/pas-1/qr.png"))
        .header("cookie", format!("jirga_session={}", cookie.value()))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let photo = tempfile::Builder::new().suffix(".png").tempfile().unwrap().keep().unwrap().1;
    std::fs::write(&photo, &png).unwrap();

    // The border officer at Torkham uploads it, sees the verdict, records the entry.
    c.goto(&format!("{base}/passes")).await?;
    sign_out(c).await?;
    sign_in(c, base, "border").await?;
    // The officer's post is on their account: Torkham is the one offered, preselected.
    c.goto(&format!("{base}/border")).await?;
    let mut offered = Vec::new();
    for option in c.find_all(Locator::Css("#crossing_point option")).await? {
        offered.push((option.attr("value").await?.unwrap_or_default(), option.prop("selected").await?.as_deref() == Some("true")));
    }
    assert_eq!(offered, [("torkham".to_owned(), true)]);
    for round in 0..2 {
        c.goto(&format!("{base}/border")).await?;
        let form = c.form(Locator::Css("#border-check")).await?;
        c.find(Locator::Id("image")).await?.send_keys(photo.to_str().unwrap()).await?;
        submit(c, form).await?;
        let verdict = text(c, "#verdict").await;
        assert!(verdict.to_lowercase().contains("valid") && verdict.contains("Shah Mahmood") && verdict.contains("شاه محمود"), "{verdict}");
        if round == 0 {
            // The face to match, beside the verdict.
            assert!(c.find(Locator::Css("#verdict #holder-photo img")).await.is_ok(), "the photo at the border post");
            assert!(text(c, "#holder-photo").await.contains("matching the fingerprint"));
            screenshot(c, "24-border-verdict").await;
        }
        c.execute("document.body.dataset.stale = '1'", vec![]).await?;
        c.find(Locator::Id("record-entry")).await?.click().await?;
        wait_new_page(c).await?;
        assert!(text(c, ".flash").await.contains("crossing recorded"));
        let anomalies = text(c, "#anomalies").await;
        if round == 0 {
            assert!(anomalies.to_lowercase().contains("no anomaly"), "{anomalies}");
        } else {
            // Presented again for entry without having left: flagged.
            assert!(anomalies.contains("Entry while already inside"), "{anomalies}");
            screenshot(c, "25-crossing-anomaly").await;
        }
    }
    // A phone's JPEG photo of another authority's pass, whose key this post has
    // not imported: read, and refused by name.
    c.goto(&format!("{base}/border")).await?;
    let form = c.form(Locator::Css("#border-check")).await?;
    let jpeg = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../hcert/tests/data/photo-of-a-pass.jpg");
    c.find(Locator::Id("image")).await?.send_keys(jpeg.canonicalize().unwrap().to_str().unwrap()).await?;
    submit(c, form).await?;
    let verdict = text(c, "#verdict").await;
    assert!(verdict.contains("unknown_key") && verdict.contains("signed by a key this post does not trust"), "{verdict}");
    assert!(text(c, "#unverified").await.contains("may be forged"), "unverified details are marked as such");
    // In words, what to do; the code only as a reference for the issuing office.
    assert!(text(c, "#failure-action").await.starts_with("Refuse"), "{}", text(c, "#failure-action").await);
    assert!(text(c, "#failure-code").await.contains("unknown_key"));
    assert!(!text(c, "#verdict h2").await.contains("unknown_key"), "no raw code in the headline");
    // Not valid: no entry button, only the deliberate, separate action.
    assert!(c.find(Locator::Id("record-entry")).await.is_err(), "entry is not offered for a pass that is not valid");
    screenshot(c, "27-border-unknown-key").await;
    c.execute("document.body.dataset.stale = '1'", vec![]).await?;
    c.find(Locator::Id("record-refused-entry")).await?.click().await?;
    wait_new_page(c).await?;
    assert!(text(c, ".flash").await.contains("crossing recorded"));
    let recorded = text(c, "main").await;
    assert!(recorded.contains("signed by a key this post does not trust") && recorded.contains("(unknown_key)"), "{recorded}");
    screenshot(c, "28-refused-presentation").await;

    // The crossing log lists it under its anomaly, and counts the day.
    c.goto(&format!("{base}/crossings?anomaly=any")).await?;
    assert!(text(c, "table.crossings").await.to_lowercase().contains("entry while already inside"));
    assert!(text(c, "#daily").await.contains("Torkham"));
    screenshot(c, "26-crossings").await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_incidents_on_the_dashboard_record_one_and_merge_a_duplicate_in_a_browser() {
    let app = helpers::spawn_app(true).await;
    let ucdp = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/vectors/incidents/ucdp_ged_pakistan.csv");
    let imported = jirga_service::demo::seed_incidents(&app.engine, &app.accounts, &ucdp).await.unwrap();
    assert_eq!(imported, Some(6416), "the real UCDP file is read from ../shared");
    let driver = start_driver().await;
    let c = browser(&driver).await;
    // What the page must total: the register as the engine holds it, not a figure copied from the fixture.
    let total = app.engine.read(|s| s.incidents.len());
    let result = walk_incidents(&c, &app.base, total).await;
    c.close().await.ok();
    result.unwrap();
}

async fn count(c: &Client, css: &str) -> usize {
    c.find_all(Locator::Css(css)).await.unwrap().len()
}

async fn walk_incidents(c: &Client, base: &str, total: usize) -> Result<(), fantoccini::error::CmdError> {
    c.goto(&format!("{base}/login")).await?;
    sign_in(c, base, "analyst").await?;
    follow(c, "Incidents").await?;
    assert_eq!(text(c, "h1").await, "Security incidents");
    // 6,416 UCDP events and the articles' three hand entries (one of them a duplicate).
    assert_eq!(total, 6419);
    assert_eq!(text(c, "#total-events").await, total.to_string());
    // The data's last twelve months are the articles' three hand entries: the
    // page says the register's bulk ends earlier, and offers that period.
    let quiet = text(c, "#period-quiet").await;
    assert!(quiet.contains("almost nothing") && quiet.contains("2021-12"), "{quiet}");
    c.execute("document.getElementById('period-comparison').scrollIntoView()", vec![]).await?;
    screenshot(c, "30d-incident-period-quiet").await;
    c.find(Locator::Css("#period-quiet a")).await?.click().await?;
    wait_new_page(c).await?;
    let period = text(c, "#period-comparison").await;
    assert!(period.contains("2021-01–2021-12"), "{period}");
    assert!(c.find(Locator::Id("period-quiet")).await.is_err(), "a period chosen: no such note");
    c.goto(&format!("{base}/incidents")).await?;
    // The chart: one bar per month with incidents, each with its key and value.
    let bars = c.execute("return document.querySelectorAll('svg.chart-months rect.bar').length", vec![]).await?.as_u64().unwrap() as usize;
    let first = c.find(Locator::Css("svg.chart-months rect.bar")).await?.attr("data-key").await?.unwrap();
    let (y, m): (i32, i32) = (first[..4].parse().unwrap(), first[5..].parse().unwrap());
    assert_eq!(bars as i32, (2025 - y) * 12 + (3 - m) + 1, "a bar for every month from {first} to 2025-03, quiet months included");
    let quiet = c.find(Locator::Css("svg.chart-months rect.bar[data-key='2024-06']")).await?;
    assert_eq!(quiet.attr("data-value").await?.as_deref(), Some("0"), "a month without incidents is a zero, not a gap");
    let last = c.find(Locator::Css("svg.chart-months rect.bar:last-of-type")).await?;
    assert_eq!(last.attr("data-key").await?.as_deref(), Some("2025-03"));
    // The map: both countries' provinces, and the districts as circles.
    assert!(count(c, "svg.map path.province[data-province='N.W.F.P.']").await == 1);
    assert!(count(c, "svg.map path.country").await == 2, "Pakistan and Afghanistan outlined");
    assert!(count(c, "svg.map circle.district").await > 20, "districts drawn");
    let nowshera = c.find(Locator::Css("svg.map circle.district[data-district='Nowshera']")).await?;
    assert!(nowshera.attr("data-events").await?.unwrap().parse::<u32>().unwrap() >= 2);
    // The articles' two bombings in four days raised the province-wide alert.
    let alerts = text(c, "#alerts").await;
    assert!(alerts.contains("Suicide bombings in one province"), "{alerts}");
    assert!(!alerts.contains("one district"), "a likely duplicate (PAKJ3) is not a second bombing: {alerts}");
    screenshot(c, "30-incident-dashboard").await;
    c.execute("document.querySelector('svg.map').scrollIntoView()", vec![]).await?;
    screenshot(c, "30b-incident-map").await;
    c.execute("document.querySelector('svg.chart-bars').scrollIntoView()", vec![]).await?;
    screenshot(c, "30c-incident-bars").await;

    // Filter by district and period: the URL carries it, the list and totals follow.
    let form = c.form(Locator::Css("#incident-filters")).await?;
    form.set_by_name("district", "Khyber Pakhtunkhwa|Nowshera").await?;
    form.set_by_name("from", "2025-01").await?;
    form.set_by_name("to", "2025-03").await?;
    submit(c, form).await?;
    assert!(c.current_url().await?.query().unwrap_or_default().contains("district=Khyber"));
    assert_eq!(text(c, "#total-events").await, "2");
    assert!(text(c, "#incident-list").await.contains("PAKJ1"));
    assert!(text(c, "#period-comparison").await.contains("2024-10"), "compared with the three months before");
    let months = c
        .execute(
            "return [...document.querySelectorAll('svg.chart-months rect.bar')].map(r => r.dataset.key + '=' + r.dataset.value).join(' ')",
            vec![],
        )
        .await?;
    assert_eq!(months.as_str(), Some("2025-01=0 2025-02=1 2025-03=1"), "the chosen months, January a zero");
    screenshot(c, "31-incidents-filtered").await;

    // Record by hand: a wrong coordinate is refused naming the column, nothing recorded.
    follow(c, "Record an incident").await?;
    let fill = |lat: &'static str| async move {
        let form = c.form(Locator::Css("#record_incidents-new")).await?;
        for (name, value) in [
            ("incident_row.event_id_cnty", "PAKJ10"),
            ("incident_row.event_date", "2025-02-28"),
            ("incident_row.sub_event", "Explosions/Remote violence|Suicide bomb"),
            ("incident_row.actor1", "Unidentified Armed Group (Pakistan)"),
            ("incident_row.inter1", "2"),
            ("incident_row.actor2", "Civilians (Pakistan)"),
            ("incident_row.inter2", "7"),
            ("incident_row.admin2", "Nowshera"),
            ("incident_row.location", "Akora Khattak"),
            ("incident_row.latitude", lat),
            ("incident_row.longitude", "72.1300"),
            ("incident_row.fatalities", "6"),
            ("incident_row.source", "Dawn"),
            ("report.publisher", "Dawn"),
            ("report.published_on", "2025-03-01"),
            ("report.excerpt", "A suicide bomber struck the seminary after Friday prayers."),
        ] {
            form.set_by_name(name, value).await?;
        }
        submit(c, form).await
    };
    fill("134.02").await?;
    assert!(text(c, ".error-summary").await.contains("latitude"), "the refused column is named");
    screenshot(c, "32-incident-form-refused").await;
    fill("34.0200").await?;
    assert_eq!(text(c, "h1").await, "Incident PAKJ10");
    assert!(text(c, ".flash").await.contains("incidents recorded"));
    assert!(text(c, ".report").await.contains("after Friday prayers"));
    // Within a day and 10 km of PAKJ1, same actors and type: offered as a duplicate.
    assert!(text(c, "#candidates").await.contains("PAKJ1"));
    screenshot(c, "33-incident-candidates").await;
    let merge = c.form(Locator::Css("#resolve_duplicate-PAKJ1-merge")).await?;
    merge.set_by_name("note", "Same attack, reported by Dawn.").await?;
    submit(c, merge).await?;
    assert!(text(c, "#merged").await.contains("PAKJ1"));
    assert!(text(c, "#decisions").await.contains("Security analyst"), "who decided is kept");
    screenshot(c, "34-incident-merged").await;
    // The survivor holds both reports; nothing was deleted.
    c.goto(&format!("{base}/incidents/PAKJ1")).await?;
    let reports = text(c, "main").await;
    assert!(reports.contains("after Friday prayers") && reports.contains("Darul Uloom Haqqania"));

    // A further report, a correction and a citation, each through its form on the incident's page.
    let form = c.form(Locator::Css("#add_incident_report-PAKJ1")).await?;
    form.set_by_name("publisher", "The Express Tribune").await?;
    form.set_by_name("published_on", "2025-03-02").await?;
    form.set_by_name("excerpt", "The seminary's chancellor was among the dead.").await?;
    submit(c, form).await?;
    assert!(text(c, "main").await.contains("The seminary's chancellor was among the dead."));
    let form = c.form(Locator::Css("#amend_incident-PAKJ1")).await?;
    form.set_by_name("incident_row.fatalities", "8").await?;
    form.set_by_name("reason", "Toll updated from later reports.").await?;
    submit(c, form).await?;
    assert_eq!(text(c, "#fatalities").await, "8");
    assert!(text(c, "details.version").await.contains("Toll updated from later reports."), "the replaced version is kept");
    let form = c.form(Locator::Css("#cite_evidence-PAKJ1")).await?;
    form.set_by_name("record", "age-1").await?;
    form.set_by_name("note", "The bombing that started the talks.").await?;
    submit(c, form).await?;
    c.goto(&format!("{base}/initiatives/ini-1/phases")).await?;
    assert!(text(c, "#age-1 .evidence").await.contains("PAKJ1"), "the citation shows on the agenda item");

    // Movement across the border: refused without a place, recorded with one.
    c.goto(&format!("{base}/movements")).await?;
    let fill = |point: &'static str| async move {
        let form = c.form(Locator::Css("#report_movement-new")).await?;
        for (name, value) in [
            ("crossing_point", point),
            ("observed_on", "2025-03-03"),
            ("direction", "into_pakistan"),
            ("group", "TTP"),
            ("description", "About thirty fighters crossed near the Kurram border at night."),
            ("source.publisher", "Dawn"),
            ("source.title", "Militants cross into Kurram"),
            ("incidents[]", "PAKJ1"),
        ] {
            form.set_by_name(name, value).await?;
        }
        submit(c, form).await
    };
    fill("").await?;
    assert!(text(c, ".error-summary").await.contains("a crossing point or a border stretch"));
    fill("kharlachi").await?;
    assert!(text(c, "#movement-list").await.contains("About thirty fighters"));
    screenshot(c, "35-movements").await;
    // The alerts page lists the articles' alert with its rule.
    follow(c, "Incidents").await?;
    follow(c, "Alerts").await?;
    assert!(text(c, "#alert-list").await.contains("Suicide bombings in one province"));
    screenshot(c, "36-alerts").await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_federal_side_waives_the_phase_order_and_suspends_an_approval_in_a_browser() {
    let app = helpers::spawn_app(true).await;
    let (status, body) = app
        .command(serde_json::json!({"type": "decide_approval", "request": "apr-1", "decision": "approve", "decided_on": "2025-03-15",
            "terms": "Within the national framework.", "conditions": ["Brief the Foreign Office after each visit."]}))
        .await;
    assert_eq!(status, 201, "{body}");
    let driver = start_driver().await;
    let c = browser(&driver).await;
    let result = federal_controls(&c, &app.base).await;
    c.close().await.ok();
    result.unwrap();
}

async fn federal_controls(c: &Client, base: &str) -> Result<(), fantoccini::error::CmdError> {
    // The province cannot relax the federal side's rules: no such forms for it.
    sign_in(c, base, "saif").await?;
    c.goto(&format!("{base}/initiatives/ini-1/approval")).await?;
    for form in ["#waive_phase_order-ini-1", "#change_initiative_settings-ini-1", "#suspend_approval-apr-1"] {
        assert!(c.find(Locator::Css(form)).await.is_err(), "the coordinator is offered {form}");
    }
    // The approval's condition waits for the province's report, on the dashboard too.
    c.goto(&format!("{base}/initiatives/ini-1")).await?;
    assert!(text(c, "#conditions-unreported").await.contains("One condition"), "{}", text(c, "#approval").await);
    c.goto(&format!("{base}/initiatives/ini-1/approval")).await?;
    assert!(text(c, "#conditions-apr-1").await.to_lowercase().contains("no report yet"));
    let form = c.form(Locator::Css("#report_on_condition-apr-1")).await?;
    form.set_by_name("condition:n", "1").await?;
    form.set_by_name("report", "The focal person briefed the Foreign Office on 16 March.").await?;
    submit(c, form).await?;
    assert!(text(c, ".flash").await.contains("report on a condition of the approval"));
    assert!(text(c, "#conditions-apr-1").await.contains("briefed the Foreign Office"), "{}", text(c, "#conditions-apr-1").await);
    c.execute("document.getElementById('conditions-apr-1').scrollIntoView()", vec![]).await?;
    screenshot(c, "45-condition-reported").await;
    c.goto(&format!("{base}/initiatives/ini-1")).await?;
    assert!(c.find(Locator::Css("#conditions-unreported")).await.is_err(), "reported: no longer on the dashboard");
    c.goto(&format!("{base}/initiatives/ini-1/approval")).await?;
    // A meeting on phase 2 before phase 1 ended is refused as a meeting...
    let record_meeting = |as_breach: bool| async move {
        c.goto(&format!("{base}/initiatives/ini-1/meetings")).await?;
        let form = c.form(Locator::Css("#record_meeting-ini-1")).await?;
        form.set_by_name("held_on", "2025-03-15").await?;
        form.set_by_name("place", "Peshawar").await?;
        for css in [
            "input[name='participants[]'][value='per-1']",
            "input[name='participants[]'][value='per-8']",
            "input[name='agenda_items[]'][value='age-3']",
        ] {
            c.find(Locator::Css(css)).await?.click().await?;
        }
        form.set_by_name("minutes", "Trade at Torkham was discussed with the consul.").await?;
        if as_breach {
            c.find(Locator::Css("input[name='as_breach:b'][type='checkbox']")).await?.click().await?;
        }
        submit(c, form).await
    };
    record_meeting(false).await?;
    assert!(
        text(c, "#record_meeting-ini-1 .error-summary").await.contains("Phase 2"),
        "{}",
        text(c, "#record_meeting-ini-1 .error-summary").await
    );
    // ...and recorded as what it is, a breach.
    record_meeting(true).await?;
    assert!(text(c, "#breach").await.contains("Recorded as a breach"));
    assert!(text(c, "#breach .breach-rules").await.contains("Phase 2"));
    screenshot(c, "42-breach-recorded").await;
    // The coordinator may only ask for the phase order to be waived; the request waits.
    c.goto(&format!("{base}/initiatives/ini-1/approval")).await?;
    let form = c.form(Locator::Css("#request_waiver-ini-1")).await?;
    form.set_by_name("rule", "phase_order").await?;
    form.set_by_name("reason", "The trade items cannot wait for the security talks.").await?;
    submit(c, form).await?;
    assert!(text(c, ".flash").await.contains("request to relax a rule sent"));
    assert!(text(c, "#waiver-requests").await.to_lowercase().contains("waiting for the federal side"));
    assert!(c.find(Locator::Css("#refuse_waiver-ini-1-phase_order")).await.is_err(), "the province cannot answer its own request");
    c.execute("document.getElementById('waiver-requests').scrollIntoView()", vec![]).await?;
    screenshot(c, "44-waiver-requested").await;
    sign_out(c).await?;

    // The federal approver waives the phase order, with a reason.
    sign_in(c, base, "approver").await?;
    c.goto(&format!("{base}/initiatives/ini-1/approval")).await?;
    let form = c.form(Locator::Css("#waive_phase_order-ini-1")).await?;
    form.set_by_name("waived_on", "2025-03-16").await?;
    form.set_by_name("reason", "Trade talks may run beside the security talks.").await?;
    assert!(c.find(Locator::Css("#refuse_waiver-ini-1-phase_order")).await.is_ok(), "the federal side may refuse it instead");
    submit(c, form).await?;
    assert!(text(c, ".flash").await.contains("phase order waived"));
    assert!(text(c, "#waiver-requests").await.to_lowercase().contains("granted"), "waiving answers the province's request");

    // And suspends the approval: a binding decision, so its answers are checked first.
    let form = c.form(Locator::Css("#suspend_approval-apr-1")).await?;
    form.set_by_name("suspended_on", "2025-03-20").await?;
    form.set_by_name("reason", "The formal notification promised in the terms was not sent.").await?;
    submit(c, form).await?;
    confirm(c, "The formal notification promised in the terms was not sent.").await?;
    assert!(text(c, ".flash").await.contains("approval suspended"));
    assert!(text(c, "dd.standing").await.to_lowercase().contains("suspended"), "the approval page says where it stands");
    assert!(c.find(Locator::Css("#reinstate_approval-apr-1")).await.is_ok(), "and offers to reinstate it");
    screenshot(c, "40-approval-suspended").await;

    // The dashboard says why the gates are closed, and shows the open breaches:
    // the Chief Minister's meeting with the consul (the demo's) and today's.
    c.goto(&format!("{base}/initiatives/ini-1")).await?;
    assert!(
        text(c, "li.task[data-step='groundwork_visit']").await.contains("suspended"),
        "{}",
        text(c, "li.task[data-step='groundwork_visit']").await
    );
    assert!(text(c, "#open-breaches h2").await.contains("(2)"), "{}", text(c, "#open-breaches").await);
    screenshot(c, "41-dashboard-suspended").await;
    // The federal side acknowledges one.
    c.find(Locator::Css("#open-breaches li a")).await?.click().await?;
    wait_new_page(c).await?;
    let form = c.form(Locator::Css("form[id^='acknowledge_breach-']")).await?;
    form.set_by_name("acknowledged_on", "2025-03-16").await?;
    form.set_by_name("note", "Raised with the Chief Minister's office.").await?;
    submit(c, form).await?;
    assert!(text(c, ".flash").await.contains("breach acknowledged"));
    assert!(text(c, "#breach").await.contains("Acknowledged by the federal side"));
    c.goto(&format!("{base}/initiatives/ini-1")).await?;
    assert!(text(c, "#open-breaches h2").await.contains("(1)"));

    // A delegation that travelled before the formal notification: refused as a
    // plan, recorded as the breach it was, acknowledged by the federal side.
    sign_out(c).await?;
    sign_in(c, base, "saif").await?;
    let record_travel = |as_breach: bool| async move {
        c.goto(&format!("{base}/delegations/del-1")).await?;
        let form = c.form(Locator::Css("#record_travel-vis-1")).await?;
        form.set_by_name("travelled_on", "2025-03-17").await?;
        if as_breach {
            c.find(Locator::Css("#record_travel-vis-1 input[name='as_breach:b'][type='checkbox']")).await?.click().await?;
        }
        submit(c, form).await
    };
    record_travel(false).await?;
    assert!(text(c, "#record_travel-vis-1 .error-summary").await.contains("formally notif"), "{}", text(c, "main").await);
    record_travel(true).await?;
    assert!(text(c, "#breach-vis-1").await.contains("Recorded as a breach"), "{}", text(c, "main").await);
    assert!(text(c, "#breach-vis-1 .breach-rules").await.contains("formally notif"));
    assert!(c.find(Locator::Css("#acknowledge_travel_breach-vis-1")).await.is_err(), "the province does not acknowledge its own breach");
    sign_out(c).await?;
    sign_in(c, base, "approver").await?;
    c.goto(&format!("{base}/initiatives/ini-1")).await?;
    assert!(text(c, "#open-breaches h2").await.contains("(2)"), "{}", text(c, "#open-breaches").await);
    assert!(text(c, "#open-breaches").await.contains("Visit to"), "{}", text(c, "#open-breaches").await);
    c.goto(&format!("{base}/delegations/del-1")).await?;
    let form = c.form(Locator::Css("#acknowledge_travel_breach-vis-1")).await?;
    form.set_by_name("note", "The notification has since been sent.").await?;
    submit(c, form).await?;
    assert!(text(c, ".flash").await.contains("breach acknowledged"));
    assert!(text(c, "#breach-vis-1").await.contains("Acknowledged by the federal side"));
    c.execute("document.getElementById('breach-vis-1').scrollIntoView()", vec![]).await?;
    screenshot(c, "46-travel-breach-acknowledged").await;
    c.goto(&format!("{base}/initiatives/ini-1")).await?;
    assert!(text(c, "#open-breaches h2").await.contains("(1)"));

    // The articles' other voices: a commentator's own position, a ministry within the federal government.
    c.goto(&format!("{base}/initiatives/ini-1/claims")).await?;
    let claims = text(c, "main").await;
    assert!(claims.contains("Aamer Raza — University of Peshawar"), "a person's own position");
    assert!(claims.contains("MoFA") && claims.contains("TTP sanctuaries in Afghanistan are straining relations"), "the Foreign Ministry's");
    screenshot(c, "43-claims-voices").await;
    Ok(())
}

#[tokio::test]
async fn page_through_a_long_list_of_claims_in_a_browser() {
    let app = helpers::spawn_app(true).await;
    for n in 0..130 {
        let claim = serde_json::json!({"type": "state_claim", "initiative": "ini-1", "topic": "trade",
            "proposition": format!("Trucks wait at Torkham, report {n}")});
        assert_eq!(app.command(claim).await.0, 201);
    }
    let claims = app.engine.read(|s| s.claims.len());
    let driver = start_driver().await;
    let c = browser(&driver).await;
    let result = page_through_claims(&c, &app.base, claims).await;
    c.close().await.ok();
    result.unwrap();
}

async fn page_through_claims(c: &Client, base: &str, claims: usize) -> Result<(), fantoccini::error::CmdError> {
    sign_in(c, base, "member").await?;
    c.goto(&format!("{base}/initiatives/ini-1/claims")).await?;
    assert_eq!(count(c, "section.panel.claim").await, 100, "the first hundred of {claims}");
    let position = text(c, "nav.pager").await;
    assert!(position.contains(&format!("1–100 of {claims}")), "{position}");
    follow(c, "Next page →").await?;
    assert!(c.current_url().await?.as_str().ends_with("/initiatives/ini-1/claims?page=2"));
    assert_eq!(count(c, "section.panel.claim").await, claims - 100, "the rest");
    assert!(text(c, "nav.pager").await.contains(&format!("101–{claims} of {claims}")));
    screenshot(c, "50-claims-page-2").await;
    follow(c, "← Previous page").await?;
    assert_eq!(count(c, "section.panel.claim").await, 100);
    // An address no link makes gets a page that says so.
    c.goto(&format!("{base}/initiatives/ini-1/claims?page=abc")).await?;
    assert!(text(c, "h1").await.contains("This address cannot be read"));
    Ok(())
}

/// A Pashto reader: chooses پښتو on the login page (before signing in), signs
/// in and reads the dashboard, the passes and the border post right to left,
/// in Pashto, in the Naskh face jirga serves; the choice is kept on their
/// account, so it follows them after signing out and in again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pashto_reader_uses_jirga_right_to_left() {
    let app = helpers::spawn_app(true).await;
    let driver = start_driver().await;
    let c = browser(&driver).await;
    let result = walk_in_pashto(&c, &app).await;
    c.close().await.ok();
    result.unwrap();
}

/// English words left in the masthead of a Pashto page: none but names and
/// codes (the brand, the switcher's "English", the signed-in person's name
/// and organization, which are data).
async fn english_words_in_masthead(c: &Client) -> Vec<String> {
    let masthead = text(c, "header.masthead").await;
    let data = text(c, "#signed-in-as").await;
    let allowed = ["jirga", "English"];
    masthead
        .replace(&data, "")
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .filter(|w| w.len() > 2 && !allowed.contains(w))
        .map(str::to_owned)
        .collect()
}

async fn walk_in_pashto(c: &Client, app: &helpers::TestApp) -> Result<(), fantoccini::error::CmdError> {
    let base = &app.base;
    c.goto(&format!("{base}/login")).await?;
    assert_eq!(c.find(Locator::Css("html")).await?.attr("lang").await?.as_deref(), Some("en"));
    // The switcher names each language in itself.
    let switcher = text(c, "#language-switcher").await;
    assert!(switcher.contains("English") && switcher.contains("پښتو"), "{switcher}");
    c.execute("document.body.dataset.stale = '1'", vec![]).await?;
    c.find(Locator::Css("#language-switcher button[value='ps-AF']")).await?.click().await?;
    wait_new_page(c).await?;
    let html = c.find(Locator::Css("html")).await?;
    assert_eq!((html.attr("lang").await?.as_deref(), html.attr("dir").await?.as_deref()), (Some("ps-AF"), Some("rtl")));
    assert_eq!(text(c, "h1").await, "ننوتل", "the login page in Pashto");
    screenshot(c, "40-ps-login").await;
    sign_in(c, base, "saif").await?;
    let html = c.find(Locator::Css("html")).await?;
    assert_eq!(html.attr("dir").await?.as_deref(), Some("rtl"));
    let nav = text(c, "nav.nav").await;
    assert!(nav.contains("لنډه کتنه") && nav.contains("ژمنې") && nav.contains("اجازه‌لیکونه"), "{nav}");
    let english: Vec<String> = nav.split(|ch: char| !ch.is_ascii_alphabetic()).filter(|w| w.len() > 2).map(str::to_owned).collect();
    assert!(english.is_empty(), "English left in the Pashto navigation: {english:?}");
    let left = english_words_in_masthead(c).await;
    assert!(left.is_empty(), "English in the masthead: {left:?}");
    // The page is set in the Naskh face jirga serves, and the browser loaded it.
    let family: String =
        c.execute("return getComputedStyle(document.body).fontFamily", vec![]).await?.as_str().unwrap_or_default().to_owned();
    assert!(family.contains("Noto Naskh Arabic"), "{family}");
    let loaded = c
        .execute_async(
            "const done = arguments[0]; document.fonts.load('19px \"Noto Naskh Arabic\"', 'ټځڅډړږښګڼۍې').then(f => done(f.length > 0));",
            vec![],
        )
        .await?;
    assert_eq!(loaded.as_bool(), Some(true), "the Pashto letters are in the served face");
    // The layout mirrors: the navigation starts at the right.
    let (nav_right, first_link_right): (f64, f64) = {
        let rects = c
            .execute(
                "const n = document.querySelector('nav.nav').getBoundingClientRect(); const a = document.querySelector('nav.nav a').getBoundingClientRect(); return [n.right, a.right];",
                vec![],
            )
            .await?;
        (rects[0].as_f64().unwrap(), rects[1].as_f64().unwrap())
    };
    assert!(nav_right - first_link_right < 40.0, "the first link sits at the right edge: {nav_right} vs {first_link_right}");
    screenshot(c, "41-ps-dashboard").await;
    c.goto(&format!("{base}/passes")).await?;
    assert_eq!(text(c, "h1").await, "د تګ راتګ اجازه‌لیکونه");
    screenshot(c, "42-ps-passes").await;
    // Their profile, reached from their name: language and calendar.
    c.find(Locator::Css("#signed-in-as")).await?.click().await?;
    wait_new_page(c).await?;
    assert_eq!(c.current_url().await?.path(), "/profile");
    assert!(c.find(Locator::Css("#calendar-hijri")).await.is_ok() && c.find(Locator::Css("#locale-ps-AF:checked")).await.is_ok());
    assert!(text(c, "#calendar-example").await.contains("۱۴"), "today in the Solar Hijri calendar");
    screenshot(c, "43-ps-profile").await;
    // The translation's review status is said, discreetly.
    assert!(text(c, "#translation-status").await.contains("کتنې ته انتظار"), "unreviewed messages are said to be so");

    // Kept on the account: signed out, the cookie cleared, signed in again: still Pashto.
    sign_out(c).await?;
    c.delete_cookie("jirga_lang").await?;
    c.goto(&format!("{base}/login")).await?;
    assert_eq!(c.find(Locator::Css("html")).await?.attr("lang").await?.as_deref(), Some("en"), "no cookie: the browser's English");
    sign_in(c, base, "saif").await?;
    assert_eq!(c.find(Locator::Css("html")).await?.attr("lang").await?.as_deref(), Some("ps-AF"), "the preference on the account");
    // And back to English with the switcher.
    c.execute("document.body.dataset.stale = '1'", vec![]).await?;
    c.find(Locator::Css("#language-switcher button[value='en']")).await?.click().await?;
    wait_new_page(c).await?;
    assert_eq!(c.find(Locator::Css("html")).await?.attr("dir").await?.as_deref(), Some("ltr"));
    Ok(())
}

/// Every locale's pages: `lang` and `dir` from the locale, the navigation
/// without English left, each script's letters drawn by the face jirga
/// serves for it (Pashto's ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ ې in Naskh, Urdu's ٹ ڈ ڑ ں ھ ہ ے in
/// Nastaliq), and a screenshot of each dashboard.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_locale_renders_its_pages_in_its_own_script_and_direction() {
    let app = helpers::spawn_app(true).await;
    let driver = start_driver().await;
    let c = browser(&driver).await;
    let result = walk_every_locale(&c, &app).await;
    c.close().await.ok();
    result.unwrap();
}

async fn walk_every_locale(c: &Client, app: &helpers::TestApp) -> Result<(), fantoccini::error::CmdError> {
    let base = &app.base;
    c.goto(&format!("{base}/login")).await?;
    sign_in(c, base, "saif").await?;
    // (locale, dir, face, letters to draw, the dashboard's "Gates" heading)
    let locales = [
        ("en", "ltr", "system-ui", "Gates", "Gates"),
        ("ps-AF", "rtl", "Noto Naskh Arabic", "ټځڅډړږښګڼۍې", "ګامونه"),
        ("ur-PK", "rtl", "Noto Nastaliq Urdu", "ٹڈڑںھہے", "قدم"),
        ("fa-AF", "rtl", "Noto Naskh Arabic", "پچژگ", "گام‌ها"),
    ];
    for (tag, dir, face, letters, gates) in locales {
        c.goto(&format!("{base}/")).await?;
        c.execute("document.body.dataset.stale = '1'", vec![]).await?;
        c.find(Locator::Css(&format!("#language-switcher button[value='{tag}']"))).await?.click().await?;
        wait_new_page(c).await?;
        let html = c.find(Locator::Css("html")).await?;
        assert_eq!((html.attr("lang").await?.as_deref(), html.attr("dir").await?.as_deref()), (Some(tag), Some(dir)));
        let nav = text(c, "nav.nav").await;
        if tag != "en" {
            let english: Vec<&str> = nav.split(|ch: char| !ch.is_ascii_alphabetic()).filter(|w| w.len() > 2).collect();
            assert!(english.is_empty(), "{tag}: English left in the navigation: {english:?}");
        }
        let headings: Vec<String> = {
            let mut all = Vec::new();
            for h in c.find_all(Locator::Css("h2")).await? {
                all.push(h.text().await?);
            }
            all
        };
        assert!(headings.iter().any(|h| h == gates), "{tag}: {headings:?}");
        if tag != "en" {
            let family: String =
                c.execute("return getComputedStyle(document.body).fontFamily", vec![]).await?.as_str().unwrap_or_default().to_owned();
            assert!(family.starts_with(&format!("\"{face}\"")), "{tag}: {family}");
            let loaded = c
                .execute_async(
                    &format!(
                        "const done = arguments[0]; document.fonts.load('19px \"{face}\"', '{letters}').then(f => done(f.length > 0));"
                    ),
                    vec![],
                )
                .await?;
            assert_eq!(loaded.as_bool(), Some(true), "{tag}: the served face draws {letters}");
            assert!(c.find(Locator::Css("#translation-status")).await.is_ok(), "{tag}: the review status is said");
        }
        screenshot(c, &format!("50-dashboard-{tag}")).await;
        // The incidents: counts in the locale's digits, charts read in its direction.
        c.goto(&format!("{base}/incidents")).await?;
        for chart in c.find_all(Locator::Css("svg.chart")).await? {
            assert_eq!(chart.attr("direction").await?.as_deref(), Some(dir), "{tag}: the chart's direction");
        }
        let total = text(c, "#total-events").await;
        let extended = total.chars().all(|ch| ('\u{06F0}'..='\u{06F9}').contains(&ch) || ch == '\u{066C}');
        match tag {
            "ps-AF" | "fa-AF" => assert!(extended, "{tag}: Extended Arabic-Indic digits: {total}"),
            _ => assert!(total.chars().all(|ch| ch.is_ascii_digit() || ch == ','), "{tag}: {total}"),
        }
        if tag == "fa-AF" {
            screenshot(c, "51-incidents-fa-AF").await;
        }
    }
    Ok(())
}

/// axe-core, from npm (`scripts/test.sh` installs it; `AXE_CORE` names another copy).
fn axe_source() -> String {
    let path = std::env::var("AXE_CORE").unwrap_or_else(|_| "/var/cache/jirga/axe/node_modules/axe-core/axe.min.js".into());
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("axe-core is missing at {path} ({e}): run scripts/test.sh, which installs it"))
}

/// The serious and critical WCAG 2.0/2.1/2.2 A and AA violations axe finds on
/// the page shown, each with the elements it names. axe cannot judge colour
/// contrast on Arabic-script text, so contrast is checked on English pages
/// only (the colours are the same in every locale).
async fn axe_violations(c: &Client, axe: &str, english: bool) -> Result<Vec<String>, fantoccini::error::CmdError> {
    c.execute(axe, vec![]).await?;
    let script = format!(
        "const done = arguments[arguments.length - 1];
         axe.run(document, {{ runOnly: {{ type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }},
                             rules: {{ 'color-contrast': {{ enabled: {english} }} }} }})
           .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
             .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' @ ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
           .catch(e => done(['axe failed: ' + e]));"
    );
    let found = c.execute_async(&script, vec![]).await?;
    Ok(found.as_array().map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect()).unwrap_or_default())
}

/// Switch the pages to `tag` with the switcher (kept as the account's preference when signed in).
async fn choose_language(c: &Client, tag: &str) -> Result<(), fantoccini::error::CmdError> {
    c.execute("document.body.dataset.stale = '1'", vec![]).await?;
    c.find(Locator::Css(&format!("#language-switcher button[value='{tag}']"))).await?.click().await?;
    wait_new_page(c).await
}

/// The main pages in every locale, as the people who use them, pass axe-core
/// with no serious or critical violation: sign-in, dashboard, approval,
/// delegations, a meeting, claims, commitments, the passes, the issue form
/// with its problems, the border post with a verdict, incidents, alerts, audit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_main_pages_pass_axe_in_every_locale() {
    let app = helpers::spawn_app(true).await;
    let driver = start_driver().await;
    let c = browser(&driver).await;
    let result = axe_walk(&c, &app).await;
    c.close().await.ok();
    let problems = result.unwrap();
    assert!(problems.is_empty(), "{} pages with serious or critical violations:\n{}", problems.len(), problems.join("\n"));
}

async fn axe_walk(c: &Client, app: &helpers::TestApp) -> Result<Vec<String>, fantoccini::error::CmdError> {
    let base = &app.base;
    let axe = axe_source();
    // The check can fail: an image without a text alternative is found.
    c.goto(&format!("{base}/login")).await?;
    c.execute("const i = document.createElement('img'); i.src = '/assets/none.png'; document.querySelector('main').append(i);", vec![])
        .await?;
    let planted = axe_violations(c, &axe, true).await?;
    assert!(planted.iter().any(|v| v.starts_with("image-alt")), "axe finds a planted violation: {planted:?}");
    let mut problems = Vec::new();
    for tag in ["en", "ps-AF", "ur-PK", "fa-AF"] {
        let english = tag == "en";
        let mut check = async |c: &Client, what: &str| -> Result<(), fantoccini::error::CmdError> {
            let found = axe_violations(c, &axe, english).await?;
            if !found.is_empty() {
                problems.push(format!("[{tag}] {what}: {}", found.join("; ")));
            }
            Ok(())
        };
        c.goto(&format!("{base}/login")).await?;
        choose_language(c, tag).await?;
        check(c, "sign-in").await?;
        sign_in(c, base, "saif").await?;
        for path in [
            "/initiatives/ini-1",
            "/initiatives/ini-1/approval",
            "/initiatives/ini-1/delegations",
            "/meetings/mtg-1",
            "/initiatives/ini-1/claims",
            "/initiatives/ini-1/commitments",
            "/commitments/com-1",
            "/initiatives/ini-1/results",
            "/communities/cmy-1",
            "/grievances",
            "/incidents",
            "/alerts",
            "/audit",
        ] {
            c.goto(&format!("{base}{path}")).await?;
            check(c, path).await?;
        }
        sign_out(c).await?;
        sign_in(c, base, "passes").await?;
        c.goto(&format!("{base}/passes")).await?;
        check(c, "/passes").await?;
        c.goto(&format!("{base}/passes/new")).await?;
        let form = c.form(Locator::Css("#issue_pass-new")).await?;
        submit(c, form).await?;
        check(c, "/passes/new with its problems").await?;
        sign_out(c).await?;
        sign_in(c, base, "border").await?;
        c.goto(&format!("{base}/border")).await?;
        let form = c.form(Locator::Css("#border-check")).await?;
        form.set_by_name("text", "JP1:NOT-A-PASS").await?;
        submit(c, form).await?;
        check(c, "/border with a verdict").await?;
        sign_out(c).await?;
    }
    Ok(problems)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prepare_a_jirga_with_tribal_elders_and_track_what_was_delivered_in_a_browser() {
    let app = helpers::spawn_app(true).await;
    let driver = start_driver().await;
    let c = browser(&driver).await;
    let result = walk_tribal(&c, &app.base).await;
    c.close().await.ok();
    result.unwrap();
}

async fn walk_tribal(c: &Client, base: &str) -> Result<(), fantoccini::error::CmdError> {
    // A delegation member reads the community before the jirga and records
    // what its elders raise, a sensitive complaint among it.
    sign_in(c, base, "member").await?;
    c.goto(&format!("{base}/communities")).await?;
    assert!(text(c, "#communities").await.contains("Khyber"), "{}", text(c, "#communities").await);
    screenshot(c, "60-communities").await;
    press(c, "#communities a[href='/communities/cmy-1']").await?;
    assert!(text(c, "#sides").await.contains("Afghanistan"));
    assert!(text(c, "#approval-note").await.contains("federal approval"));
    assert!(text(c, "#elders").await.contains("Malik of the Shinwari"));
    assert!(text(c, "#measures").await.contains("Establish a mechanism"));
    screenshot(c, "61-community").await;
    let form = c.form(Locator::Css("#raise_grievance-cmy-1")).await?;
    form.set_by_name("raised_by", "per-11").await?;
    form.set_by_name("topic", "security_operations").await?;
    form.set_by_name("raised_on", "2025-03-12").await?;
    form.set_by_name("text", "A cordon-and-search in Achin kept traders from the road for a week.").await?;
    form.set_by_name("source.publisher", "Jirga at Landi Kotal").await?;
    form.set_by_name("source.title", "Minutes").await?;
    c.find(Locator::Css("#raise_grievance-cmy-1 input[type='checkbox'][name='sensitive:b']")).await?.click().await?;
    submit(c, form).await?;
    assert!(text(c, ".flash").await.contains("grievance raised"), "{}", text(c, "main").await);
    sign_out(c).await?;

    // The coordinator sees who raised it (kept apart from the record) and takes it a step further.
    sign_in(c, base, "saif").await?;
    c.goto(&format!("{base}/grievances?status=open")).await?;
    screenshot(c, "62-grievances").await;
    c.goto(&format!("{base}/grievances/grv-4")).await?;
    assert!(text(c, "#raiser").await.contains("Shinwari elder (Achin, Nangarhar)"), "{}", text(c, "#raiser").await);
    let form = c.form(Locator::Css("#advance_grievance-grv-4")).await?;
    form.set_by_name("to", "acknowledged").await?;
    form.set_by_name("on", "2025-03-13").await?;
    submit(c, form).await?;
    assert!(text(c, "#steps").await.contains("Acknowledged"));
    screenshot(c, "63-grievance").await;
    // Closed with its reason, then who raised it is erased: the row kept apart goes.
    assert!(c.find(Locator::Css("#erase_grievance_raiser-grv-4")).await.is_err(), "not while it is open");
    let form = c.form(Locator::Css("#advance_grievance-grv-4")).await?;
    form.set_by_name("to", "closed").await?;
    form.set_by_name("on", "2025-03-14").await?;
    form.set_by_name("note", "The traders' road reopened.").await?;
    submit(c, form).await?;
    let form = c.form(Locator::Css("#erase_grievance_raiser-grv-4")).await?;
    form.set_by_name("erased_on", "2025-03-15").await?;
    form.set_by_name("reason", "Closed; the raiser's identity is no longer needed.").await?;
    submit(c, form).await?;
    assert!(text(c, "#raiser").await.contains("no longer kept anywhere"), "{}", text(c, "#raiser").await);

    // The movement-of-people measure: a milestone, a report on it, a score with its evidence.
    c.goto(&format!("{base}/commitments/com-1")).await?;
    assert!(text(c, "#measure").await.contains("Shinwari"));
    let form = c.form(Locator::Css("#report_milestone-com-1")).await?;
    form.set_by_name("milestone:n", "2").await?;
    form.set_by_name("on", "2025-03-20").await?;
    form.set_by_name("value:n", "6").await?;
    submit(c, form).await?;
    assert!(text(c, "#milestone-2").await.contains("closed for days"), "the earlier report stays");
    let form = c.form(Locator::Css("#score_implementation-com-1")).await?;
    form.set_by_name("score:n", "1").await?;
    form.set_by_name("scored_on", "2025-03-20").await?;
    form.set_by_name("evidence.kind", "crossings").await?;
    form.set_by_name("evidence.description", "Crossings recorded at Torkham since the desk opened.").await?;
    submit(c, form).await?;
    assert!(text(c, "#scores").await.contains("1 — minimal"), "{}", text(c, "#scores").await);
    c.execute("document.getElementById('delivery').scrollIntoView()", vec![]).await?;
    screenshot(c, "64-delivery").await;

    // The results tracker, filtered in the URL, with its exports.
    c.goto(&format!("{base}/initiatives/ini-1/results")).await?;
    assert_eq!(count(c, "#results tr.provision").await, 3);
    assert!(c.find(Locator::Css("#score-chart rect.bar")).await.is_ok(), "the chart draws the scores");
    screenshot(c, "65-results").await;
    follow(c, "Confidence-building measures").await?;
    assert_eq!(count(c, "#results tr.provision").await, 1);
    assert!(c.current_url().await?.query().unwrap_or_default().contains("cbm=true"));
    let csv = c.find(Locator::LinkText("Export as CSV (PAM shape)")).await?.attr("href").await?.unwrap_or_default();
    assert!(csv.contains("format=csv") && csv.contains("cbm=true"), "{csv}");
    // A Dari reader: the same results, right to left, the chart mirrored.
    choose_language(c, "fa-AF").await?;
    assert_eq!(c.find(Locator::Css("html")).await?.attr("dir").await?.as_deref(), Some("rtl"));
    assert!(text(c, "h1").await.contains("نتایج"));
    screenshot(c, "66-results-dari").await;
    c.goto(&format!("{base}/communities/cmy-1")).await?;
    screenshot(c, "67-community-dari").await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_federal_liaison_reads_the_witnessed_audit_page_and_the_briefing_in_a_browser() {
    // A witness of the federal side, in process, trusting the record's key.
    let dir = tempfile::tempdir().unwrap();
    let (state, vkey) = jirga_witness::State::init(&dir.path().join("w"), "witness.mofa.test/1").unwrap();
    let witness = std::sync::Arc::new(jirga_witness::Witness::new(state));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(axum::serve(listener, jirga_witness::server::router(std::sync::Arc::clone(&witness))).into_future());
    let slot: std::sync::Arc<std::sync::Mutex<Option<std::sync::Arc<jirga_web::witnesses::Witnesses>>>> = Default::default();
    let kept = std::sync::Arc::clone(&slot);
    let spec = jirga_web::witnesses::WitnessSpec::parse(&format!("{url}={vkey}")).unwrap();
    let app = helpers::spawn_app_with(true, move |state| {
        let witnesses = jirga_web::witnesses::Witnesses::new(vec![spec], 1, None).unwrap();
        *kept.lock().unwrap() = Some(std::sync::Arc::clone(&witnesses));
        state.witnesses = Some(witnesses);
    })
    .await;
    let log_key = app.engine.public_key().unwrap().to_owned();
    witness.state().add_log(log_key.split('+').next().unwrap(), &log_key, 0).unwrap();
    let witnesses = slot.lock().unwrap().clone().unwrap();
    witnesses.submit_newest(&app.engine).await;
    let driver = start_driver().await;
    let c = browser(&driver).await;
    let result = walk_briefing(&c, &app.base).await;
    c.close().await.ok();
    result.unwrap();
}

async fn walk_briefing(c: &Client, base: &str) -> Result<(), fantoccini::error::CmdError> {
    sign_in(c, base, "approver").await?;
    c.goto(&format!("{base}/audit")).await?;
    let row = text(c, "#witnesses tbody tr").await;
    assert!(row.contains("witness.mofa.test/1"), "{row}");
    assert!(text(c, "#cosigned-checkpoint").await.contains("— witness.mofa.test/1 "), "the cosigned checkpoint is shown");
    c.execute("document.getElementById('witnesses').scrollIntoView()", vec![]).await?;
    screenshot(c, "71-audit-witnessed").await;
    c.goto(&format!("{base}/initiatives/ini-1")).await?;
    follow(c, "Briefing for the federal liaison").await?;
    assert!(text(c, "#briefing-risks").await.contains("Establish a mechanism"), "{}", text(c, "#briefing-risks").await);
    assert!(text(c, "#briefing-checkpoint").await.contains("witness.mofa.test/1"), "made from the witnessed checkpoint");
    assert!(c.find(Locator::Css("#briefing-checkpoint .qr svg")).await.is_ok(), "with its QR code");
    screenshot(c, "72-briefing").await;
    // Printed, the page is the briefing alone: no menus, no forms.
    c.execute("document.querySelectorAll('link[rel=stylesheet]').forEach(l => l.media = 'all')", vec![]).await?;
    let hidden = c
        .execute(
            "const m = window.matchMedia; return [...document.styleSheets].some(s => [...s.cssRules].some(r => r.media && r.media.mediaText === 'print'))",
            vec![],
        )
        .await?;
    assert_eq!(hidden, serde_json::Value::Bool(true), "the stylesheet has print rules");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_sides_sign_an_agreement_and_the_page_shows_it_in_a_browser() {
    // The province's instance holds its representative's key; the counterpart signs offline.
    let keys = tempfile::tempdir().unwrap();
    let dir = keys.path().to_path_buf();
    let app = helpers::spawn_app_with(true, move |state| state.agreement_keys = Some(dir)).await;
    let [(kp_secret, _), (kabul_secret, _)] = helpers::agreed_with_keys(&app).await;
    std::fs::write(keys.path().join("per-1.key"), &kp_secret).unwrap();
    let driver = start_driver().await;
    let c = browser(&driver).await;
    let result = walk_cosigning(&c, &app.base, &kp_secret, &kabul_secret).await;
    c.close().await.ok();
    result.unwrap();
}

async fn walk_cosigning(c: &Client, base: &str, kp_secret: &str, kabul_secret: &str) -> Result<(), fantoccini::error::CmdError> {
    // (kp_secret signs a wrong text below only: the right one is signed with the held key.)
    sign_in(c, base, "saif").await?;
    c.goto(&format!("{base}/commitments/com-1")).await?;
    let agreed_text = text(c, "#agreement-text").await + "\n";
    assert!(agreed_text.starts_with("jirga agreement v1"), "{agreed_text}");
    // A signature over another text is refused on the form, by name.
    let other = agreed_text.replace("Establish a mechanism", "Establish no mechanism");
    let form = c.form(Locator::Css("#cosign_agreement-com-1")).await?;
    form.set_by_name("signature", &helpers::sign(kp_secret, &other)).await?;
    submit(c, form).await?;
    assert!(text(c, ".error-summary").await.contains("does not verify over this agreement"), "{}", text(c, ".error-summary").await);
    // The province's representative signs with the key the instance holds for him.
    press(c, "#sign-held button").await?;
    assert!(text(c, ".flash").await.contains("agreement signed"), "{}", text(c, "main").await);
    assert!(c.find(Locator::Css("#sign-held")).await.is_err(), "a held key signs once");
    // The counterpart's signature, made offline on its side, pasted as its line.
    let form = c.form(Locator::Css("#cosign_agreement-com-1")).await?;
    form.set_by_name("signature", &helpers::sign(kabul_secret, &agreed_text)).await?;
    submit(c, form).await?;
    assert!(text(c, ".flash").await.contains("agreement signed"), "{}", text(c, "main").await);
    let sides = text(c, "#agreement-sides").await;
    assert_eq!(sides.to_lowercase().matches("signed ").count(), 2, "{sides}");
    assert!(c.find(Locator::Css("#agreement .qr svg")).await.is_ok(), "the signed agreement as a QR code");
    c.execute("document.getElementById('agreement').scrollIntoView()", vec![]).await?;
    screenshot(c, "73-agreement-signed").await;
    // The outcome agreed in that meeting is signed the same way, on the meeting's page.
    c.goto(&format!("{base}/meetings/mtg-4")).await?;
    let outcome_text = text(c, "#outcome-agreement-1 pre").await + "\n";
    for secret in [kp_secret, kabul_secret] {
        let form = c.form(Locator::Css("#cosign_outcome-mtg-4-1")).await?;
        form.set_by_name("signature", &helpers::sign(secret, &outcome_text)).await?;
        submit(c, form).await?;
        assert!(text(c, ".flash").await.contains("outcome signed"), "{}", text(c, "main").await);
    }
    assert_eq!(count(c, "#outcome-agreement-1 li .tag-green").await, 2, "both sides signed the outcome");
    Ok(())
}
