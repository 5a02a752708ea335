//! `jirga admin`: organizations, users and API tokens, on the data directory's
//! accounts database. Whoever can run this can read the data directory, so these
//! commands need no login; they are the way to create the first administrator.

use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result, bail};
use clap::Subcommand;
use jirga_auth::{Accounts, NewUser};
use jirga_core::model::{OrgKind, UserRole};

use crate::DataDir;

#[derive(Subcommand)]
pub enum AdminCommand {
    /// Add an organization.
    CreateOrganization {
        #[command(flatten)]
        data: DataDir,
        /// Short id, e.g. org-kp.
        #[arg(long)]
        id: String,
        #[arg(long)]
        name: String,
        #[arg(long, value_parser = parse_kind)]
        kind: OrgKind,
    },
    /// Add a user. The password is read from standard input (first line), or
    /// generated and printed once when --generate-password is given.
    CreateUser {
        #[command(flatten)]
        data: DataDir,
        #[arg(long)]
        username: String,
        /// The user's name as it appears on the record.
        #[arg(long)]
        name: String,
        #[arg(long)]
        organization: String,
        /// A role (repeat for several).
        #[arg(long = "role", required = true, value_parser = parse_role)]
        roles: Vec<UserRole>,
        /// The person record this user is (per-N), if any.
        #[arg(long)]
        person: Option<jirga_core::ids::PersonId>,
        /// A crossing point (its code) a border officer is posted at, where
        /// alone they may record crossings (repeat for several).
        #[arg(long = "post", value_parser = parse_point)]
        posts: Vec<jirga_core::pass::PointCode>,
        #[arg(long)]
        generate_password: bool,
    },
    /// Post a user at crossing points (replacing their posts; none: no post).
    SetPosts {
        #[command(flatten)]
        data: DataDir,
        username: String,
        /// A crossing point's code (repeat for several).
        #[arg(long = "post", value_parser = parse_point)]
        posts: Vec<jirga_core::pass::PointCode>,
    },
    /// Set a user's language for the pages: a locale jirga ships (en, ps-AF,
    /// ur-PK, fa-AF; other tags such as prs or pbu are canonicalised), or
    /// "browser" to follow their browser's. The translations are the
    /// `crates/service/locales/*.ftl` files.
    SetLocale {
        #[command(flatten)]
        data: DataDir,
        username: String,
        locale: String,
    },
    /// List users, their roles and whether they are locked.
    Users {
        #[command(flatten)]
        data: DataDir,
    },
    /// Set a user's password (read from standard input).
    Password {
        #[command(flatten)]
        data: DataDir,
        username: String,
    },
    /// Lift a lock after repeated failed logins.
    Unlock {
        #[command(flatten)]
        data: DataDir,
        username: String,
    },
    /// Disable an account (ends its sessions; its tokens stop working).
    Disable {
        #[command(flatten)]
        data: DataDir,
        username: String,
    },
    /// Issue an API token for a user; printed once.
    CreateToken {
        #[command(flatten)]
        data: DataDir,
        #[arg(long)]
        user: String,
        #[arg(long)]
        label: String,
    },
    /// Revoke an API token by its id.
    RevokeToken {
        #[command(flatten)]
        data: DataDir,
        id: String,
    },
    /// List API tokens (ids, owners, labels; never the secrets).
    Tokens {
        #[command(flatten)]
        data: DataDir,
    },
}

fn parse_kind(s: &str) -> Result<OrgKind, String> {
    OrgKind::ALL
        .iter()
        .copied()
        .find(|k| k.as_str() == s)
        .ok_or_else(|| format!("one of: {}", OrgKind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", ")))
}

fn parse_role(s: &str) -> Result<UserRole, String> {
    UserRole::ALL
        .iter()
        .copied()
        .find(|r| r.as_str() == s)
        .ok_or_else(|| format!("one of: {}", UserRole::ALL.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", ")))
}

pub fn open_accounts(data_dir: &Path) -> Result<Accounts> {
    jirga_store::private::create_private_dir(data_dir).with_context(|| format!("cannot create {}", data_dir.display()))?;
    Accounts::open(data_dir).with_context(|| format!("cannot open the accounts in {}", data_dir.display()))
}

fn read_password() -> Result<String> {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input)?;
    let password = input.lines().next().unwrap_or_default().to_owned();
    if password.is_empty() {
        bail!("give the password on standard input (or use --generate-password)");
    }
    Ok(password)
}

pub fn run(command: AdminCommand) -> Result<()> {
    match command {
        AdminCommand::CreateOrganization { data, id, name, kind } => {
            open_accounts(&data.path)?.create_organization(&id, &name, kind)?;
            println!("organization {id} created");
        }
        AdminCommand::CreateUser { data, username, name, organization, roles, person, posts, generate_password } => {
            let accounts = open_accounts(&data.path)?;
            let password = if generate_password { jirga_auth::secret::token() } else { read_password()? };
            accounts.create_user(&NewUser {
                username: username.clone(),
                name,
                organization,
                roles,
                person,
                posts,
                password: password.clone(),
            })?;
            println!("user {username} created");
            if generate_password {
                println!("password: {password}");
            }
        }
        AdminCommand::Users { data } => {
            for user in open_accounts(&data.path)?.users()? {
                let p = &user.principal;
                let roles = p.roles.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(",");
                let state = match (user.disabled, user.locked_until) {
                    (true, _) => "disabled".to_owned(),
                    (false, Some(until)) => format!("locked until {until}"),
                    (false, None) => "active".to_owned(),
                };
                println!("{}\t{}\t{}\t{roles}\t{state}\t{}", p.actor.user, p.actor.name, p.actor.organization, p.posts.join(","));
            }
        }
        AdminCommand::SetPosts { data, username, posts } => {
            open_accounts(&data.path)?.set_posts(&username, &posts)?;
            let list = posts.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(", ");
            println!("{username} is posted at: {}", if list.is_empty() { "no crossing point" } else { &list });
        }
        AdminCommand::SetLocale { data, username, locale } => {
            let chosen = match locale.as_str() {
                "browser" => None,
                tag => Some(jirga_service::i18n::offered(tag).ok_or_else(|| {
                    let offered: Vec<&str> = jirga_service::i18n::LOCALES.iter().filter(|l| l.offered).map(|l| l.tag).collect();
                    anyhow::anyhow!("{tag}: not a language offered here (offered: {}, or \"browser\")", offered.join(", "))
                })?),
            };
            open_accounts(&data.path)?.set_locale(&username, chosen.map(|l| l.tag))?;
            println!(
                "{username}'s pages: {}",
                chosen.map_or("in their browser's language".to_owned(), |l| format!("{} ({})", l.native_name, l.tag))
            );
        }
        AdminCommand::Password { data, username } => {
            open_accounts(&data.path)?.set_password(&username, &read_password()?)?;
            println!("password of {username} changed; their sessions are ended");
        }
        AdminCommand::Unlock { data, username } => {
            open_accounts(&data.path)?.unlock(&username)?;
            println!("{username} unlocked");
        }
        AdminCommand::Disable { data, username } => {
            open_accounts(&data.path)?.set_disabled(&username, true)?;
            println!("{username} disabled");
        }
        AdminCommand::CreateToken { data, user, label } => {
            let (id, token) = open_accounts(&data.path)?.create_token(&user, &label)?;
            println!("token {id} for {user} (shown once; send as 'Authorization: Bearer …'):");
            println!("{token}");
        }
        AdminCommand::RevokeToken { data, id } => {
            open_accounts(&data.path)?.revoke_token(&id)?;
            println!("token {id} revoked");
        }
        AdminCommand::Tokens { data } => {
            for t in open_accounts(&data.path)?.tokens()? {
                let state = t.revoked_at.map_or("active".to_owned(), |at| format!("revoked {at}"));
                println!("{}\t{}\t{}\t{}\t{state}", t.id, t.username, t.label, t.created_at);
            }
        }
    }
    Ok(())
}

fn parse_point(text: &str) -> Result<jirga_core::pass::PointCode, String> {
    jirga_core::pass::PointCode::parse(text).map_err(|e| e.to_string())
}
