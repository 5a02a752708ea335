//! The pass office and the border post as a library: issue, verify, rotate,
//! revoke, and what the signed document carries.

use jirga_passes::keyring::Keyring;
use jirga_passes::trust::{BorderTrust, own_trust_list};
use jirga_passes::verify::{Failure, verify};

fn today() -> jiff::civil::Date {
    jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date()
}

#[test]
fn an_issued_pass_verifies_until_it_expires_and_carries_no_sponsor() {
    let dir = tempfile::tempdir().unwrap();
    let now = jiff::Timestamp::now();
    let keyring = Keyring::init(dir.path(), "Government of Khyber Pakhtunkhwa", now.as_second() - 10).unwrap();
    let mut app = jirga_core::demo::pass_applications(today()).remove(1);
    app.sponsor = jirga_core::text::Name::parse("Haji Gul Traders, guarantor").unwrap();
    // The holder's photo: its fingerprint is what the pass is signed with.
    let photo = jirga_passes::photo::normalize(&jirga_passes::photo::drawn_portrait([214, 226, 240])).unwrap();
    jirga_passes::issue::bind_photo(&mut app, &photo).unwrap();
    let app = &app;
    let prepared = jirga_passes::issue::prepare(app, Some(&photo), &keyring, now);
    let mut trust = BorderTrust::default();
    trust.add_list(own_trust_list(&keyring, now.as_second())).unwrap();
    let verdict = verify(&prepared.document, &trust, now.as_second(), Some("chaman"));
    assert!(verdict.is_valid(), "{verdict:?}");
    let pass = verdict.pass.clone().expect("a jirga pass");
    assert_eq!((pass.name.as_str(), pass.max_entries, pass.crossing_points.len()), ("Haji Abdul Wahid", 12, 2));
    assert!(!verdict.claims.clone().unwrap().to_string().contains("guarantor"), "the sponsor stays at the office");
    assert_eq!(pass.photo_hash, Some(photo.fingerprint()), "the photo's fingerprint is signed");
    let kept = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, prepared.personal.photo.as_deref().unwrap()).unwrap();
    assert_eq!(kept, photo.jpeg, "the photo is kept as signed");
    // Another photo's fingerprint typed beside it is refused, not overwritten.
    let mut other = app.clone();
    other.holder.photo_hash = Some(jirga_core::text::Name::parse("ab".repeat(32)).unwrap());
    assert_eq!(jirga_passes::issue::bind_photo(&mut other, &photo), Err(jirga_core::RuleError::PhotoHashMismatch));
    // The personal row holds the salt that opens the command's commitment.
    let record: jirga_core::pass::HolderRecord = serde_json::from_str(&prepared.personal.record).unwrap();
    let salt: Vec<u8> = (0..record.salt.len()).step_by(2).map(|i| u8::from_str_radix(&record.salt[i..i + 2], 16).unwrap()).collect();
    let commitment = jirga_core::pass::holder_commitment(&salt, &app.holder, &app.purpose, &app.sponsor);
    match &prepared.command {
        jirga_core::Command::IssuePass { holder_commitment, .. } => assert_eq!(holder_commitment.as_str(), commitment),
        other => panic!("{other:?}"),
    }
    // Valid through its last day, expired after.
    let after = app.valid_until.tomorrow().unwrap().tomorrow().unwrap().to_zoned(jiff::tz::TimeZone::UTC).unwrap().timestamp();
    assert_eq!(verify(&prepared.document, &trust, after.as_second(), None).failure(), Some(Failure::Expired));
    assert_eq!(verify(&prepared.document, &BorderTrust::default(), now.as_second(), None).failure(), Some(Failure::UnknownKey));
}

#[test]
fn rotation_signs_new_passes_with_the_new_key_and_keeps_old_ones_valid() {
    let dir = tempfile::tempdir().unwrap();
    let now = jiff::Timestamp::now();
    let mut keyring = Keyring::init(dir.path(), "KP", now.as_second() - 100).unwrap();
    let app = &jirga_core::demo::pass_applications(today())[0];
    let old = jirga_passes::issue::prepare(app, None, &keyring, now);
    let old_kid = *keyring.current().kid();
    let new_kid = keyring.rotate(now.as_second() + 1).unwrap();
    assert_ne!(old_kid, new_kid);
    let reopened = Keyring::open(dir.path()).unwrap();
    assert_eq!(reopened.current().kid(), &new_kid, "the rotation is kept");
    let later = now.checked_add(jiff::SignedDuration::from_secs(5)).unwrap();
    let new = jirga_passes::issue::prepare(app, None, &reopened, later);
    let mut trust = BorderTrust::default();
    trust.add_list(own_trust_list(&reopened, later.as_second())).unwrap();
    assert!(verify(&old.document, &trust, later.as_second(), None).is_valid(), "an old pass verifies until it expires");
    let verdict = verify(&new.document, &trust, later.as_second(), None);
    assert!(verdict.is_valid());
    assert_eq!(verdict.kid.unwrap(), base64::Engine::encode(&base64::engine::general_purpose::STANDARD, new_kid));
    // A pass signed with the retired key after its retirement is refused.
    let forged = jirga_hcert::issue(
        jirga_hcert::JIRGA_PREFIX,
        keyring_key(dir.path(), 0).as_ref().unwrap(),
        "KP",
        later.as_second(),
        later.as_second() + 1000,
        ciborium::value::Value::Map(vec![]),
    );
    assert_eq!(verify(&forged, &trust, later.as_second(), None).failure(), Some(Failure::UnknownKey));
}

/// The `index`-th pass key of a keyring file, as an attacker who stole a retired key would have it.
fn keyring_key(dir: &std::path::Path, index: usize) -> Option<jirga_hcert::SigningKey> {
    let file: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join("pass-keys.json")).ok()?).ok()?;
    let secret = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, file["keys"][index]["secret"].as_str()?).ok()?;
    Some(jirga_hcert::SigningKey::from_bytes(&secret.try_into().ok()?))
}
