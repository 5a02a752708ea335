//! Accounts on a real SQLite file: passwords, lockout, sessions, tokens.

use std::time::Duration;

use jirga_auth::{Accounts, Limits, LoginError, NewUser};
use jirga_core::model::{OrgKind, UserRole};

fn accounts(dir: &std::path::Path) -> Accounts {
    let limits = Limits { slow_after: 1, delay_step: Duration::from_millis(10), lock_after: 3, lock_for: Duration::from_secs(600) };
    let a = Accounts::open_with(dir, limits).unwrap();
    a.create_organization("org-kp", "Government of Khyber Pakhtunkhwa", OrgKind::ProvincialGovernment).unwrap();
    a.create_user(&NewUser {
        username: "saif".into(),
        name: "Barrister Dr. Saif".into(),
        organization: "org-kp".into(),
        roles: vec![UserRole::ProvincialCoordinator],
        person: Some("per-1".into()),
        password: "correct horse battery".into(),
    })
    .unwrap();
    a
}

#[test]
fn password_is_stored_as_argon2id_and_checked() {
    let dir = tempfile::tempdir().unwrap();
    let a = accounts(dir.path());
    let db = rusqlite::Connection::open(dir.path().join("accounts.sqlite3")).unwrap();
    let hash: String = db.query_row("SELECT password_hash FROM users", [], |r| r.get(0)).unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(!hash.contains("correct horse"));
    let session = a.login("saif", "correct horse battery").unwrap();
    let (principal, csrf) = a.session(&session.token).unwrap();
    assert_eq!(principal.actor.user, "saif");
    assert_eq!(principal.roles, vec![UserRole::ProvincialCoordinator]);
    assert_eq!(csrf, session.csrf);
    assert!(matches!(a.login("saif", "wrong password!"), Err(LoginError::BadCredentials { .. })));
    assert!(matches!(a.login("nobody", "wrong password!"), Err(LoginError::BadCredentials { .. })));
}

#[test]
fn each_login_mints_a_new_session_and_logout_ends_it() {
    let dir = tempfile::tempdir().unwrap();
    let a = accounts(dir.path());
    let first = a.login("saif", "correct horse battery").unwrap();
    let second = a.login("saif", "correct horse battery").unwrap();
    assert_ne!(first.token, second.token);
    assert_ne!(first.csrf, second.csrf);
    a.logout(&first.token);
    assert!(a.session(&first.token).is_none());
    assert!(a.session(&second.token).is_some());
    assert!(a.session("made-up").is_none());
}

#[test]
fn repeated_failures_slow_then_lock_the_account() {
    let dir = tempfile::tempdir().unwrap();
    let a = accounts(dir.path());
    let first = a.login("saif", "guess number 1").unwrap_err();
    assert_eq!(first.delay(), Duration::ZERO);
    let second = a.login("saif", "guess number 2").unwrap_err();
    assert_eq!(second.delay(), Duration::from_millis(10), "slowed from the second failure");
    let third = a.login("saif", "guess number 3").unwrap_err();
    assert!(matches!(third, LoginError::Locked { .. }), "{third:?}");
    // Locked: even the right password is refused until an administrator unlocks.
    assert!(matches!(a.login("saif", "correct horse battery"), Err(LoginError::Locked { .. })));
    a.unlock("saif").unwrap();
    assert!(a.login("saif", "correct horse battery").is_ok());
}

#[test]
fn api_tokens_are_hashed_and_revocable() {
    let dir = tempfile::tempdir().unwrap();
    let a = accounts(dir.path());
    let (id, token) = a.create_token("saif", "nightly import").unwrap();
    assert_eq!(a.bearer(&token).unwrap().actor.user, "saif");
    let db = rusqlite::Connection::open(dir.path().join("accounts.sqlite3")).unwrap();
    let stored: Vec<u8> = db.query_row("SELECT secret_hash FROM api_tokens", [], |r| r.get(0)).unwrap();
    assert_eq!(stored.len(), 32);
    assert!(!token.as_bytes().windows(32).any(|w| w == stored.as_slice()));
    // A token with one character changed is refused.
    let mut forged = token.clone();
    let last = forged.pop().unwrap();
    forged.push(if last == 'A' { 'B' } else { 'A' });
    assert!(a.bearer(&forged).is_none());
    a.revoke_token(&id).unwrap();
    assert!(a.bearer(&token).is_none());
    assert!(a.tokens().unwrap()[0].revoked_at.is_some());
}

#[test]
fn bad_accounts_are_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let a = accounts(dir.path());
    let user = |username: &str, org: &str, password: &str, roles: Vec<UserRole>| NewUser {
        username: username.into(),
        name: "X".into(),
        organization: org.into(),
        roles,
        person: None,
        password: password.into(),
    };
    let r = vec![UserRole::Auditor];
    assert!(matches!(a.create_user(&user("saif", "org-kp", "long enough pw", r.clone())), Err(jirga_auth::AccountError::UserExists(_))));
    assert!(matches!(a.create_user(&user("x y", "org-kp", "long enough pw", r.clone())), Err(jirga_auth::AccountError::BadUsername)));
    assert!(matches!(a.create_user(&user("aud", "org-kp", "short", r.clone())), Err(jirga_auth::AccountError::WeakPassword)));
    assert!(matches!(a.create_user(&user("aud", "org-none", "long enough pw", r)), Err(jirga_auth::AccountError::NoSuchOrganization(_))));
    assert!(matches!(a.create_user(&user("aud", "org-kp", "long enough pw", vec![])), Err(jirga_auth::AccountError::NoRoles)));
}

#[test]
fn a_change_by_another_process_is_seen_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let a = accounts(dir.path());
    let (id, token) = a.create_token("saif", "script").unwrap();
    let session = a.login("saif", "correct horse battery").unwrap();
    // Remembered after the first look-up...
    assert!(a.bearer(&token).is_some());
    assert!(a.session(&session.token).is_some());
    // ...until another connection (`jirga admin` in another process) changes the database.
    let other = Accounts::open(dir.path()).unwrap();
    other.revoke_token(&id).unwrap();
    other.set_disabled("saif", true).unwrap();
    assert!(a.bearer(&token).is_none(), "revoked elsewhere: refused here");
    assert!(a.session(&session.token).is_none(), "disabled elsewhere: session ended here");
}
