//! Accounts on a real SQLite file: passwords, lockout, sessions, tokens.

use std::time::Duration;

use jirga_auth::{Accounts, Limits, LoginError, NewUser};
use jirga_core::model::{OrgKind, UserRole};

/// The address the owner signs in from; attackers use others.
const DESK: &str = "10.0.0.5";

fn accounts(dir: &std::path::Path) -> Accounts {
    let limits = Limits {
        slow_after: 1,
        delay_step: Duration::from_millis(10),
        lock_after: 3,
        lock_for: Duration::from_secs(600),
        client_limit: 20,
    };
    let a = Accounts::open_with(dir, limits).unwrap();
    a.create_organization("org-kp", "Government of Khyber Pakhtunkhwa", OrgKind::ProvincialGovernment).unwrap();
    a.create_user(&NewUser {
        username: "saif".into(),
        name: "Barrister Dr. Saif".into(),
        organization: "org-kp".into(),
        roles: vec![UserRole::ProvincialCoordinator],
        person: Some(jirga_core::ids::PersonId::numbered(1)),
        posts: vec![],
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
    let session = a.login("saif", "correct horse battery", DESK).unwrap();
    let live = a.session(&session.token).unwrap();
    assert_eq!(live.principal.actor.user, "saif");
    assert_eq!(live.principal.roles, vec![UserRole::ProvincialCoordinator]);
    assert_eq!(live.csrf, session.csrf);
    assert_eq!(live.locale, None, "no language chosen yet: the browser's is followed");
    // A chosen language is kept with the account and comes with the session.
    a.set_locale("saif", Some("ps-AF")).unwrap();
    assert_eq!(a.session(&session.token).unwrap().locale.as_deref(), Some("ps-AF"));
    assert!(a.set_locale("nobody", Some("ps-AF")).is_err(), "no such user");
    assert!(matches!(a.login("saif", "wrong password!", DESK), Err(LoginError::BadCredentials { .. })));
    assert!(matches!(a.login("nobody", "wrong password!", DESK), Err(LoginError::BadCredentials { .. })));
}

#[test]
fn each_login_mints_a_new_session_and_logout_ends_it() {
    let dir = tempfile::tempdir().unwrap();
    let a = accounts(dir.path());
    let first = a.login("saif", "correct horse battery", DESK).unwrap();
    let second = a.login("saif", "correct horse battery", DESK).unwrap();
    assert_ne!(first.token, second.token);
    assert_ne!(first.csrf, second.csrf);
    a.logout(&first.token).unwrap();
    assert!(a.session(&first.token).is_none());
    assert!(a.session(&second.token).is_some());
    assert!(a.session("made-up").is_none());
}

#[test]
fn repeated_failures_slow_then_lock_the_account() {
    let dir = tempfile::tempdir().unwrap();
    let a = accounts(dir.path());
    let first = a.login("saif", "guess number 1", DESK).unwrap_err();
    assert_eq!(first.delay(), Duration::ZERO);
    let second = a.login("saif", "guess number 2", DESK).unwrap_err();
    assert_eq!(second.delay(), Duration::from_millis(10), "slowed from the second failure");
    let third = a.login("saif", "guess number 3", DESK).unwrap_err();
    assert!(matches!(third, LoginError::Locked { .. }), "{third:?}");
    // Locked: even the right password is refused until an administrator unlocks.
    assert!(matches!(a.login("saif", "correct horse battery", DESK), Err(LoginError::Locked { .. })));
    a.unlock("saif").unwrap();
    assert!(a.login("saif", "correct horse battery", DESK).is_ok());
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
        posts: vec![],
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
    let session = a.login("saif", "correct horse battery", DESK).unwrap();
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

fn login_code(a: &Accounts, user: &str, password: &str, client: &str) -> (&'static str, Duration) {
    match a.login(user, password, client) {
        Ok(_) => ("ok", Duration::ZERO),
        Err(e) => (e.code(), e.delay()),
    }
}

#[test]
fn parallel_guesses_are_counted_before_any_is_checked() {
    // The attack: 60 guesses at once, each read the counter before any wrote it.
    let dir = tempfile::tempdir().unwrap();
    let a = std::sync::Arc::new(accounts(dir.path()));
    let answers: Vec<&'static str> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..59)
            .map(|n| {
                let a = a.clone();
                scope.spawn(move || login_code(&a, "saif", &format!("parallel guess {n}"), "203.0.113.9").0)
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    // lock_after is 3: two guesses are answered as wrong, the third locks, and
    // the other 56 are refused without their password being checked.
    assert_eq!(answers.iter().filter(|c| **c == "bad_credentials").count(), 2, "{answers:?}");
    assert_eq!(answers.iter().filter(|c| **c == "account_locked").count(), 57, "{answers:?}");
    assert_eq!(login_code(&a, "saif", "correct horse battery", "203.0.113.9").0, "account_locked", "the right guess comes too late");
}

#[test]
fn an_attackers_failures_do_not_lock_the_owner_out_at_their_own_address() {
    let dir = tempfile::tempdir().unwrap();
    let a = accounts(dir.path());
    for n in 0..5 {
        a.login("saif", &format!("guess {n}"), "203.0.113.9").unwrap_err();
    }
    assert_eq!(login_code(&a, "saif", "correct horse battery", "203.0.113.9").0, "account_locked");
    assert_eq!(login_code(&a, "saif", "correct horse battery", DESK).0, "ok", "the owner signs in from their desk");
    assert!(a.users().unwrap()[0].locked_until.is_some(), "administrators see the lock");
}

#[test]
fn one_failure_per_window_does_not_keep_the_owner_out_forever() {
    let dir = tempfile::tempdir().unwrap();
    let limits = Limits { lock_for: Duration::from_secs(1), ..Limits::default() };
    let a = Accounts::open_with(dir.path(), limits).unwrap();
    a.create_organization("org-kp", "KP", OrgKind::ProvincialGovernment).unwrap();
    a.create_user(&NewUser {
        username: "saif".into(),
        name: "Saif".into(),
        organization: "org-kp".into(),
        roles: vec![UserRole::ProvincialCoordinator],
        person: None,
        posts: vec![],
        password: "correct horse battery".into(),
    })
    .unwrap();
    // A failure from the owner's own address once a window, ten windows running:
    // earlier failures are forgotten, so no lock ever builds up.
    for n in 0..6 {
        assert_eq!(login_code(&a, "saif", &format!("slow guess {n}"), DESK).0, "bad_credentials", "window {n}");
        std::thread::sleep(Duration::from_millis(2100));
    }
    assert_eq!(login_code(&a, "saif", "correct horse battery", DESK).0, "ok");
}

#[test]
fn unknown_usernames_are_answered_exactly_like_known_ones() {
    let dir = tempfile::tempdir().unwrap();
    let a = accounts(dir.path());
    let known: Vec<_> = (0..5).map(|n| login_code(&a, "saif", &format!("guess {n}"), "203.0.113.1")).collect();
    let unknown: Vec<_> = (0..5).map(|n| login_code(&a, "nobody", &format!("guess {n}"), "203.0.113.2")).collect();
    assert_eq!(known, unknown, "same codes and delays, attempt by attempt");
    assert_eq!(known[2].0, "account_locked");
    // A disabled account too.
    a.set_disabled("saif", true).unwrap();
    assert_eq!(
        login_code(&a, "saif", "correct horse battery", "203.0.113.3"),
        login_code(&a, "nobody", "correct horse battery", "203.0.113.4")
    );
}

#[test]
fn one_address_guessing_many_usernames_is_throttled() {
    let dir = tempfile::tempdir().unwrap();
    let a = accounts(dir.path());
    // client_limit is 20: twenty failures spread over usernames (none locking)...
    for n in 0..20 {
        assert_ne!(login_code(&a, &format!("user{}", n / 2), "guess", "203.0.113.7").0, "too_many_attempts", "attempt {n}");
    }
    // ...and this address may try nobody, not even a real account with its password.
    assert_eq!(login_code(&a, "saif", "correct horse battery", "203.0.113.7").0, "too_many_attempts");
    assert_eq!(login_code(&a, "saif", "correct horse battery", DESK).0, "ok", "other addresses are not affected");
}

/// An accounts file written by a newer jirga is not opened (and so not changed)
/// by an older one: the same migration runner as the record's.
#[test]
fn an_accounts_file_from_a_newer_binary_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    drop(accounts(dir.path()));
    let db = rusqlite::Connection::open(dir.path().join("accounts.sqlite3")).unwrap();
    db.pragma_update(None, "user_version", 99).unwrap();
    drop(db);
    let err = Accounts::open(dir.path()).err().expect("refused").to_string();
    assert!(err.contains("newer than this binary"), "{err}");
    let db = rusqlite::Connection::open(dir.path().join("accounts.sqlite3")).unwrap();
    let version: i64 = db.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    let users: i64 = db.query_row("SELECT count(*) FROM users", [], |r| r.get(0)).unwrap();
    assert_eq!((version, users), (99, 1));
}

/// A row edited outside jirga: a `posts` value that is no crossing point code
/// makes the account unreadable (named as damaged), and its session fails
/// closed; a language or calendar preference no longer known is only a
/// preference, passed on as it is for the web to ignore.
#[test]
fn a_damaged_account_row_fails_closed_and_a_stale_preference_is_passed_on() {
    let dir = tempfile::tempdir().unwrap();
    let a = accounts(dir.path());
    let session = a.login("saif", "correct horse battery", DESK).unwrap();
    let db = rusqlite::Connection::open(dir.path().join("accounts.sqlite3")).unwrap();
    db.execute("UPDATE users SET locale = 'tlh', calendar = 'julian' WHERE username = 'saif'", []).unwrap();
    let live = a.session(&session.token).expect("a stale preference does not end a session");
    assert_eq!((live.locale.as_deref(), live.calendar.as_deref()), (Some("tlh"), Some("julian")));
    db.execute("UPDATE users SET posts = 'torkham,NOT A CODE!' WHERE username = 'saif'", []).unwrap();
    match a.principal("saif") {
        Err(jirga_auth::AccountError::Damaged(user, what)) => assert_eq!((user.as_str(), what.as_str()), ("saif", "posts")),
        other => panic!("expected Damaged, got {other:?}"),
    }
    assert!(a.session(&session.token).is_none(), "a session on a damaged account fails closed");
}
