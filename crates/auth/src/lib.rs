//! jirga-auth: who may sign in, and as whom.
//!
//! Organizations, users with their roles, argon2id password hashes, browser
//! sessions and API tokens, kept in `accounts.sqlite3` in the data directory.
//! What a signed-in user may *do* is not decided here: this crate turns a
//! cookie, a bearer token or a `--user` name into a [`Principal`], and the
//! authorization policies (Cedar, `jirga-policy`) judge that principal.
//!
//! Failed logins are counted per username *and client address*, within a
//! window of [`Limits::lock_for`]: from the [`Limits::slow_after`]-th the answer
//! is delayed (the web layer sleeps [`LoginError::delay`]), and after
//! [`Limits::lock_after`] that client may not try that username again until the
//! window ends. So five requests from an attacker's address do not lock the
//! federal approver out at their own desk, and failures older than the window
//! are forgotten (one failure every quarter hour keeps nobody out). Each client
//! address may fail at most [`Limits::client_limit`] times per window, whatever
//! the usernames (OWASP ASVS 4.0 V2.2.1). An attempt is counted *before* its
//! password is checked, in one step under the database lock, so parallel
//! guesses cannot all be evaluated before the first failure is written. An
//! unknown username is counted, delayed, locked and answered exactly like a
//! known one, and costs the same argon2 check (no enumeration, V2.2.2 / V3.2).

pub mod demo;
pub mod password;
pub mod secret;

use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use jirga_core::ids::PersonId;
use jirga_core::model::{OrgKind, UserRole};
use jirga_core::pass::PointCode;
use jirga_core::{Actor, Principal};
use rusqlite::{Connection, OptionalExtension, params};

const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_accounts.sql"),
    include_str!("../migrations/0002_login_failures.sql"),
    include_str!("../migrations/0003_posts.sql"),
    include_str!("../migrations/0004_locale.sql"),
    include_str!("../migrations/0005_calendar.sql"),
];

/// How long a browser session lasts.
pub const SESSION_LIFETIME: Duration = Duration::from_secs(12 * 3600);

/// Login throttling.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Failures after which each answer is delayed.
    pub slow_after: u32,
    /// Delay per failure beyond `slow_after` (capped at two seconds).
    pub delay_step: Duration,
    /// Failures that lock the account.
    pub lock_after: u32,
    /// The window failures are counted in, and how long a lock lasts.
    pub lock_for: Duration,
    /// Failures one client address may make in the window, over all usernames.
    pub client_limit: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            slow_after: 2,
            delay_step: Duration::from_millis(250),
            lock_after: 5,
            lock_for: Duration::from_secs(15 * 60),
            client_limit: 20,
        }
    }
}

/// The longest username key counted (usernames are at most 64 characters; a
/// longer one typed is counted by its first 64).
const USERNAME_KEY_CHARS: usize = 64;

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("accounts database: {0}")]
    Db(#[from] rusqlite::Error),
    #[error("no organization {0}")]
    NoSuchOrganization(String),
    #[error("no user {0}")]
    NoSuchUser(String),
    #[error("user {0} exists already")]
    UserExists(String),
    #[error("organization {0} exists already")]
    OrganizationExists(String),
    #[error("a password needs at least {min} characters", min = password::MIN_LENGTH)]
    WeakPassword,
    #[error("a username is 2–64 characters of a–z, 0–9, '.', '_' or '-'")]
    BadUsername,
    #[error("a user needs at least one role")]
    NoRoles,
    #[error("no API token {0}")]
    NoSuchToken(String),
    #[error("{0}: {1}")]
    File(String, String),
    #[error("the stored account {0} is damaged: {1}")]
    Damaged(String, String),
}

/// Why a login failed. The message never says whether the username exists.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoginError {
    #[error("wrong username or password")]
    BadCredentials { delay: Duration },
    #[error("the account is locked after repeated failed logins; try again after {until}")]
    Locked { until: jiff::Timestamp, delay: Duration },
    /// This client address failed too often, whatever the usernames.
    #[error("too many failed logins from this address; try again after {until}")]
    TooManyAttempts { until: jiff::Timestamp, delay: Duration },
}

impl LoginError {
    /// How long to hold the answer back (slowing down guessing).
    pub fn delay(&self) -> Duration {
        match self {
            LoginError::BadCredentials { delay } | LoginError::Locked { delay, .. } | LoginError::TooManyAttempts { delay, .. } => *delay,
        }
    }
    pub fn code(&self) -> &'static str {
        match self {
            LoginError::BadCredentials { .. } => "bad_credentials",
            LoginError::Locked { .. } => "account_locked",
            LoginError::TooManyAttempts { .. } => "too_many_attempts",
        }
    }
}

/// A user to create.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub username: String,
    pub name: String,
    pub organization: String,
    pub roles: Vec<UserRole>,
    pub person: Option<PersonId>,
    /// The crossing points (codes) a border officer is posted at.
    pub posts: Vec<PointCode>,
    pub password: String,
}

/// A user as listed to administrators (no secrets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserSummary {
    pub principal: Principal,
    pub locked_until: Option<jiff::Timestamp>,
    pub disabled: bool,
}

/// A new browser session: the cookie value and the form token that goes with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub token: String,
    pub csrf: String,
}

/// An API token as listed (the secret is shown once, at creation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenSummary {
    pub id: String,
    pub username: String,
    pub label: String,
    pub created_at: jiff::Timestamp,
    pub revoked_at: Option<jiff::Timestamp>,
}

pub struct Accounts {
    db: Mutex<Connection>,
    limits: Limits,
    /// Who recent credentials stood for, valid while the database is unchanged.
    memo: Mutex<Memo>,
}

/// Every request presents a credential; looking it up costs two queries on the
/// one connection. The answers are remembered until the accounts database
/// changes at all — through this connection (its change counter) or another
/// process's, such as `jirga admin revoke-token` (SQLite's `data_version`) — so a
/// revocation, a disabled account or a logout takes effect on the next request.
#[derive(Default)]
struct Memo {
    stamp: (i64, u64),
    bearer: std::collections::HashMap<Vec<u8>, Principal>,
    sessions: std::collections::HashMap<Vec<u8>, (LiveSession, i64)>,
}

/// A live browser session: who, its form token, and their language preference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveSession {
    pub principal: Principal,
    /// The form token (CSRF) of this session.
    pub csrf: String,
    /// The locale tag the person chose, if any (see [`Accounts::set_locale`]).
    pub locale: Option<String>,
    /// The calendar the person chose, if any (see [`Accounts::set_calendar`]).
    pub calendar: Option<String>,
}

/// The database's change stamp: other connections' commits, then this one's changes.
fn stamp(db: &Connection) -> (i64, u64) {
    let data_version = db.pragma_query_value(None, "data_version", |r| r.get(0)).unwrap_or(-1);
    (data_version, db.total_changes())
}

fn now_secs() -> i64 {
    jiff::Timestamp::now().as_second()
}

fn ts(secs: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_second(secs).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
}

/// An update that changed no row named no existing user.
fn user_changed(changed: usize, username: &str) -> Result<(), AccountError> {
    if changed == 0 {
        return Err(AccountError::NoSuchUser(username.to_owned()));
    }
    Ok(())
}

/// Posts as the column holds them: point codes, comma-separated (a code has no comma).
fn posts_text(posts: &[PointCode]) -> String {
    posts.iter().map(PointCode::as_str).collect::<Vec<_>>().join(",")
}

fn valid_username(u: &str) -> bool {
    (2..=64).contains(&u.len()) && u.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
}

/// The columns [`principal_from_row`] reads, in order, and the join they come from.
const PRINCIPAL_COLUMNS: &str = "u.username, u.name, u.organization, o.kind, u.roles, u.person, u.posts";
const USERS: &str = "users u JOIN organizations o ON o.id = u.organization";

fn principal_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Result<Principal, AccountError>> {
    let username: String = row.get(0)?;
    let kind: String = row.get(3)?;
    let roles: String = row.get(4)?;
    let person: Option<String> = row.get(5)?;
    let damaged = |what: &str| AccountError::Damaged(username.clone(), what.to_owned());
    let person = match person.map(|p| p.parse::<PersonId>()).transpose() {
        Ok(person) => person,
        Err(_) => return Ok(Err(damaged("person"))),
    };
    let posts: String = row.get(6)?;
    let Ok(posts) = posts.split(',').filter(|p| !p.is_empty()).map(PointCode::parse).collect::<Result<Vec<_>, _>>() else {
        return Ok(Err(damaged("posts")));
    };
    let Some(org_kind) = OrgKind::ALL.iter().copied().find(|k| k.as_str() == kind) else {
        return Ok(Err(damaged("organization kind")));
    };
    let mut parsed = Vec::new();
    for role in roles.split(',').filter(|r| !r.is_empty()) {
        match UserRole::ALL.iter().copied().find(|r| r.as_str() == role) {
            Some(r) => parsed.push(r),
            None => return Ok(Err(damaged("role"))),
        }
    }
    Ok(Ok(Principal {
        actor: Actor { user: username.clone(), name: row.get(1)?, organization: row.get(2)? },
        org_kind,
        roles: parsed,
        person,
        posts: posts.iter().map(|p| p.to_string()).collect(),
    }))
}

impl Accounts {
    pub fn open(data_dir: &Path) -> Result<Accounts, AccountError> {
        Self::open_with(data_dir, Limits::default())
    }

    pub fn open_with(data_dir: &Path, limits: Limits) -> Result<Accounts, AccountError> {
        let path = data_dir.join("accounts.sqlite3");
        jirga_store::private::create_private_dir(data_dir)
            .map_err(|e| AccountError::File(data_dir.display().to_string(), e.to_string()))?;
        jirga_store::private::private_database_file(&path).map_err(|e| AccountError::File(path.display().to_string(), e.to_string()))?;
        let mut db = Connection::open(&path)?;
        db.pragma_update(None, "journal_mode", "WAL")?;
        db.pragma_update(None, "foreign_keys", "ON")?;
        db.busy_timeout(Duration::from_secs(5))?;
        jirga_store_sqlite::migrate(&mut db, MIGRATIONS).map_err(|e| match e {
            jirga_store_sqlite::MigrationError::Sqlite(e) => AccountError::Db(e),
            too_new => AccountError::File(path.display().to_string(), too_new.to_string()),
        })?;
        Ok(Accounts { db: Mutex::new(db), limits, memo: Mutex::new(Memo::default()) })
    }

    fn db(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.db.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The memo, emptied first if the database changed since it was filled.
    fn memo(&self, db: &Connection) -> std::sync::MutexGuard<'_, Memo> {
        let now = stamp(db);
        let mut memo = self.memo.lock().unwrap_or_else(|e| e.into_inner());
        if memo.stamp != now {
            *memo = Memo { stamp: now, ..Memo::default() };
        }
        memo
    }

    pub fn create_organization(&self, id: &str, name: &str, kind: OrgKind) -> Result<(), AccountError> {
        let db = self.db();
        let inserted = db.execute(
            "INSERT INTO organizations (id, name, kind) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
            params![id, name, kind.as_str()],
        )?;
        if inserted == 0 {
            return Err(AccountError::OrganizationExists(id.to_owned()));
        }
        Ok(())
    }

    pub fn create_user(&self, user: &NewUser) -> Result<Principal, AccountError> {
        if !valid_username(&user.username) {
            return Err(AccountError::BadUsername);
        }
        if user.password.chars().count() < password::MIN_LENGTH {
            return Err(AccountError::WeakPassword);
        }
        if user.roles.is_empty() {
            return Err(AccountError::NoRoles);
        }
        let hash = password::hash(&user.password);
        let roles = user.roles.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(",");
        {
            let db = self.db();
            let org: Option<String> =
                db.query_row("SELECT id FROM organizations WHERE id = ?1", [&user.organization], |r| r.get(0)).optional()?;
            if org.is_none() {
                return Err(AccountError::NoSuchOrganization(user.organization.clone()));
            }
            let inserted = db.execute(
                "INSERT INTO users (username, name, organization, roles, person, posts, password_hash, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING",
                params![
                    user.username,
                    user.name,
                    user.organization,
                    roles,
                    user.person.as_ref().map(|p| p.as_str()),
                    posts_text(&user.posts),
                    hash,
                    now_secs()
                ],
            )?;
            if inserted == 0 {
                return Err(AccountError::UserExists(user.username.clone()));
            }
        }
        self.principal(&user.username)
    }

    /// Post a user at these crossing points (replacing where they were posted).
    pub fn set_posts(&self, username: &str, posts: &[PointCode]) -> Result<(), AccountError> {
        let changed = self.db().execute("UPDATE users SET posts = ?1 WHERE username = ?2", params![posts_text(posts), username])?;
        user_changed(changed, username)
    }

    pub fn set_password(&self, username: &str, new_password: &str) -> Result<(), AccountError> {
        if new_password.chars().count() < password::MIN_LENGTH {
            return Err(AccountError::WeakPassword);
        }
        let hash = password::hash(new_password);
        let db = self.db();
        user_changed(db.execute("UPDATE users SET password_hash = ?2 WHERE username = ?1", params![username, hash])?, username)?;
        // A new password ends every session of the old one.
        db.execute("DELETE FROM sessions WHERE username = ?1", [username])?;
        Ok(())
    }

    /// Lift a lock and forget past failures (from every address).
    pub fn unlock(&self, username: &str) -> Result<(), AccountError> {
        let db = self.db();
        let exists = db.query_row("SELECT 1 FROM users WHERE username = ?1", [username], |_| Ok(())).optional()?.is_some();
        user_changed(usize::from(exists), username)?;
        db.execute("DELETE FROM login_failures WHERE username = ?1", [username])?;
        Ok(())
    }

    /// Disable (or enable) an account; disabling ends its sessions and its tokens stop working.
    pub fn set_disabled(&self, username: &str, disabled: bool) -> Result<(), AccountError> {
        let db = self.db();
        user_changed(db.execute("UPDATE users SET disabled = ?2 WHERE username = ?1", params![username, disabled])?, username)?;
        db.execute("DELETE FROM sessions WHERE username = ?1", [username])?;
        Ok(())
    }

    /// The principal of an enabled user (the CLI's `--user`).
    pub fn principal(&self, username: &str) -> Result<Principal, AccountError> {
        let db = self.db();
        let sql = format!("SELECT {PRINCIPAL_COLUMNS} FROM {USERS} WHERE u.username = ?1 AND u.disabled = 0");
        db.query_row(&sql, [username], principal_from_row).optional()?.ok_or_else(|| AccountError::NoSuchUser(username.to_owned()))?
    }

    pub fn users(&self) -> Result<Vec<UserSummary>, AccountError> {
        let db = self.db();
        let sql = format!(
            "SELECT {PRINCIPAL_COLUMNS}, (SELECT MAX(f.locked_until) FROM login_failures f WHERE f.username = u.username), u.disabled \
             FROM {USERS} ORDER BY u.username"
        );
        let mut stmt = db.prepare(&sql)?;
        let rows = stmt.query_map([], |r| {
            let principal = principal_from_row(r)?;
            let locked: Option<i64> = r.get(7)?;
            let disabled: bool = r.get(8)?;
            Ok(principal.map(|principal| UserSummary { principal, locked_until: locked.filter(|l| *l > now_secs()).map(ts), disabled }))
        })?;
        rows.map(|r| r?).collect()
    }

    /// Check a password and open a new session, for a request from `client`
    /// (its address). A session id presented before login is never reused:
    /// every login mints a fresh one (no fixation). See the module's text for
    /// how failures are counted.
    pub fn login(&self, username: &str, password: &str, client: &str) -> Result<Session, LoginError> {
        let key: String = username.chars().take(USERNAME_KEY_CHARS).collect();
        let (hash, disabled, failures) = self.reserve_attempt(&key, client)?;
        // The argon2 check runs outside the database lock, for known and unknown
        // usernames alike (the decoy costs what a real hash costs).
        let matches = password::verify(password, hash.as_deref().unwrap_or_else(|| password::decoy()));
        if !matches || disabled || hash.is_none() {
            let delay = self.delay(failures);
            if failures >= self.limits.lock_after {
                let until = now_secs() + self.limits.lock_for.as_secs() as i64;
                // The failure is already counted; a lock that could not be
                // written still leaves the counter refusing further tries.
                if let Err(e) = self
                    .db()
                    .execute("UPDATE login_failures SET locked_until = ?3 WHERE username = ?1 AND client = ?2", params![key, client, until])
                {
                    tracing::error!(error = %e, "accounts database: the lock could not be recorded");
                }
                return Err(LoginError::Locked { until: ts(until), delay });
            }
            return Err(LoginError::BadCredentials { delay });
        }
        let now = now_secs();
        let session = Session { token: secret::token(), csrf: secret::token() };
        let db = self.db();
        // Housekeeping: a failure here keeps stale rows (counted failures,
        // expired sessions that no lookup accepts), so it is logged, not fatal.
        for (what, result) in [
            (
                "clearing the failed logins",
                db.execute("DELETE FROM login_failures WHERE username = ?1 AND client = ?2", params![key, client]),
            ),
            ("removing expired sessions", db.execute("DELETE FROM sessions WHERE expires_at <= ?1", [now])),
        ] {
            if let Err(e) = result {
                tracing::error!(error = %e, what, "accounts database");
            }
        }
        db.execute(
            "INSERT INTO sessions (token_hash, username, csrf, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![secret::digest(&session.token), key, session.csrf, now, now + SESSION_LIFETIME.as_secs() as i64],
        )
        .map_err(|e| {
            tracing::error!(error = %e, "accounts database: the session could not be stored");
            LoginError::BadCredentials { delay: Duration::ZERO }
        })?;
        Ok(session)
    }

    /// Count this attempt as a failure before its password is checked (a
    /// success takes it back), in one transaction under the connection's lock:
    /// refused at once when the client address or this username from this
    /// address is over its limit. Returns the user's hash (`None`: no such
    /// user), whether the account is disabled, and the failures counted so far
    /// including this attempt.
    fn reserve_attempt(&self, key: &str, client: &str) -> Result<(Option<String>, bool, u32), LoginError> {
        let now = now_secs();
        let window_start = now - self.limits.lock_for.as_secs() as i64;
        let mut db = self.db();
        let storage = |_: rusqlite::Error| LoginError::BadCredentials { delay: Duration::ZERO };
        let tx = db.transaction().map_err(storage)?;
        // Failures older than the window are forgotten, unless they locked.
        tx.execute(
            "DELETE FROM login_failures WHERE first_at <= ?1 AND (locked_until IS NULL OR locked_until <= ?2)",
            params![window_start, now],
        )
        .map_err(storage)?;
        let (client_failures, client_since): (u32, Option<i64>) = tx
            .query_row("SELECT COALESCE(SUM(failures), 0), MIN(first_at) FROM login_failures WHERE client = ?1", [client], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .map_err(storage)?;
        if client_failures >= self.limits.client_limit {
            let until = client_since.unwrap_or(now) + self.limits.lock_for.as_secs() as i64;
            return Err(LoginError::TooManyAttempts { until: ts(until), delay: self.delay(client_failures) });
        }
        let row: Option<(u32, Option<i64>)> = tx
            .query_row("SELECT failures, locked_until FROM login_failures WHERE username = ?1 AND client = ?2", params![key, client], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
            .map_err(storage)?;
        let failures = row.map_or(0, |(f, _)| f) + 1;
        if let Some(until) = row.and_then(|(_, locked)| locked).filter(|u| *u > now) {
            return Err(LoginError::Locked { until: ts(until), delay: self.delay(failures) });
        }
        // Attempts beyond the limit whose lock is not written yet (the attempt
        // that reached it is still being checked) are refused all the same.
        if failures > self.limits.lock_after {
            let until = now + self.limits.lock_for.as_secs() as i64;
            return Err(LoginError::Locked { until: ts(until), delay: self.delay(failures) });
        }
        tx.execute(
            "INSERT INTO login_failures (username, client, failures, first_at) VALUES (?1, ?2, 1, ?3) \
             ON CONFLICT (username, client) DO UPDATE SET failures = failures + 1",
            params![key, client, now],
        )
        .map_err(storage)?;
        let user: Option<(String, bool)> = tx
            .query_row("SELECT password_hash, disabled FROM users WHERE username = ?1", [key], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
            .map_err(storage)?;
        tx.commit().map_err(storage)?;
        let (hash, disabled) = user.map_or((None, false), |(h, d)| (Some(h), d));
        Ok((hash, disabled, failures))
    }

    fn delay(&self, failures: u32) -> Duration {
        let over = failures.saturating_sub(self.limits.slow_after);
        (self.limits.delay_step * over).min(Duration::from_secs(2))
    }

    /// The user, form token and language preference of a live session.
    pub fn session(&self, token: &str) -> Option<LiveSession> {
        let digest = secret::digest(token);
        let db = self.db();
        if let Some((session, expires)) = self.memo(&db).sessions.get(&digest) {
            return (*expires > now_secs()).then(|| session.clone());
        }
        // One query: the user, the form token, the preference and when the session ends.
        let sql = format!(
            "SELECT {PRINCIPAL_COLUMNS}, s.csrf, s.expires_at, u.locale, u.calendar FROM {USERS} JOIN sessions s ON s.username = u.username
             WHERE s.token_hash = ?1 AND s.expires_at > ?2 AND u.disabled = 0"
        );
        let row = db
            .query_row(&sql, params![digest, now_secs()], |r| {
                Ok(principal_from_row(r)?.ok().map(|p| {
                    let preference = |i| r.get::<_, Option<String>>(i).ok().flatten();
                    (p, r.get::<_, String>(7), r.get::<_, i64>(8), (preference(9), preference(10)))
                }))
            })
            .optional()
            // Fail closed: a session that cannot be read is no session.
            .unwrap_or_else(|e| {
                tracing::error!(error = %e, "accounts database: a session could not be read");
                None
            })
            .flatten();
        let session = match row {
            Some((principal, Ok(csrf), Ok(expires), (locale, calendar))) => (LiveSession { principal, csrf, locale, calendar }, expires),
            _ => return None,
        };
        self.memo(&db).sessions.insert(digest, session.clone());
        Some(session.0)
    }

    /// Keep `username`'s calendar preference (`None`: their language's own).
    /// The caller checks that it is a calendar jirga knows.
    pub fn set_calendar(&self, username: &str, calendar: Option<&str>) -> Result<(), AccountError> {
        let changed = self.db().execute("UPDATE users SET calendar = ?1 WHERE username = ?2", params![calendar, username])?;
        user_changed(changed, username)
    }

    /// Keep `username`'s language preference (`None`: follow the browser).
    /// The caller checks that it is a locale jirga ships.
    pub fn set_locale(&self, username: &str, locale: Option<&str>) -> Result<(), AccountError> {
        let changed = self.db().execute("UPDATE users SET locale = ?1 WHERE username = ?2", params![locale, username])?;
        user_changed(changed, username)
    }

    /// End the session. An error means it could not be deleted and still
    /// stands: the caller must say so rather than claim it ended.
    pub fn logout(&self, token: &str) -> Result<(), AccountError> {
        let digest = secret::digest(token);
        let db = self.db();
        db.execute("DELETE FROM sessions WHERE token_hash = ?1", [&digest])?;
        self.memo(&db).sessions.remove(&digest);
        Ok(())
    }

    /// A new API token for `username`: `jirga_<id>_<secret>`, returned once.
    pub fn create_token(&self, username: &str, label: &str) -> Result<(String, String), AccountError> {
        self.principal(username)?;
        let id = secret::short_id();
        let secret = secret::token();
        self.db().execute(
            "INSERT INTO api_tokens (id, secret_hash, username, label, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, secret::digest(&secret), username, label, now_secs()],
        )?;
        Ok((id.clone(), format!("jirga_{id}_{secret}")))
    }

    pub fn revoke_token(&self, id: &str) -> Result<(), AccountError> {
        let changed =
            self.db().execute("UPDATE api_tokens SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL", params![id, now_secs()])?;
        if changed == 0 {
            return Err(AccountError::NoSuchToken(id.to_owned()));
        }
        Ok(())
    }

    pub fn tokens(&self) -> Result<Vec<TokenSummary>, AccountError> {
        let db = self.db();
        let mut stmt = db.prepare("SELECT id, username, label, created_at, revoked_at FROM api_tokens ORDER BY created_at, id")?;
        let rows = stmt.query_map([], |r| {
            Ok(TokenSummary {
                id: r.get(0)?,
                username: r.get(1)?,
                label: r.get(2)?,
                created_at: ts(r.get(3)?),
                revoked_at: r.get::<_, Option<i64>>(4)?.map(ts),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The user a bearer token stands for, unless it is unknown or revoked.
    pub fn bearer(&self, token: &str) -> Option<Principal> {
        // Token ids are base64url, which has '_' in its alphabet: split at the
        // fixed id length instead of at underscores.
        let rest = token.strip_prefix("jirga_")?;
        let (id, secret) = (rest.get(..12)?, rest.get(12..)?.strip_prefix('_')?);
        let digest = secret::digest(secret);
        // The memo is keyed by the whole token, id and secret.
        let memo_key = secret::digest(token);
        let db = self.db();
        if let Some(principal) = self.memo(&db).bearer.get(&memo_key) {
            return Some(principal.clone());
        }
        let (hash, username): (Vec<u8>, String) = db
            .query_row("SELECT secret_hash, username FROM api_tokens WHERE id = ?1 AND revoked_at IS NULL", [id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
            .unwrap_or_else(|e| {
                tracing::error!(error = %e, "accounts database: a token could not be read");
                None
            })?;
        if !secret::same(&hash, &digest) {
            return None;
        }
        drop(db);
        let principal = self.principal(&username).ok()?;
        let db = self.db();
        self.memo(&db).bearer.insert(memo_key, principal.clone());
        Some(principal)
    }
}
