//! The server's configuration, read once at start: a TOML file (`--config
//! FILE` or `JIRGA_CONFIG`), then `JIRGA_*` environment variables over it,
//! then command-line flags over both. One typed value is passed down; nothing
//! below the CLI reads the environment for these settings. A setting that may
//! carry a secret (the webhook's URL, with its credentials) is a [`Secret`],
//! which never prints.
//!
//! ```toml
//! listen = "0.0.0.0:8080"
//! secure_cookies = true
//! trusted_proxies = ["10.0.0.2"]
//! alert_webhook = "http://user:pass@alerts.internal/jirga"
//! breach_webhook = "http://user:pass@federal-desk.internal/jirga"
//! policy_dir = "/etc/jirga/policies"
//! financial_threshold = 50000000
//! log = "info"
//! log_format = "json"
//! [limits]
//! header_read_timeout_secs = 10
//! body_read_timeout_secs = 30
//! request_timeout_secs = 300
//! max_connections = 4096
//! ```

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;

/// A value that must not reach a log or an error message.
#[derive(Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Address to listen on (`serve`, `demo`).
    pub listen: Option<String>,
    /// Mark cookies `Secure` (served over TLS).
    #[serde(default)]
    pub secure_cookies: bool,
    /// Proxies whose forwarding headers are believed.
    #[serde(default)]
    pub trusted_proxies: Vec<IpAddr>,
    /// Where incident alerts are POSTed.
    pub alert_webhook: Option<Secret>,
    /// Where facts recorded as breaches are POSTed: the federal side's desk.
    pub breach_webhook: Option<Secret>,
    /// A deployment's own policy files (the shipped ones otherwise).
    pub policy_dir: Option<PathBuf>,
    /// The national framework's financial threshold, PKR.
    pub financial_threshold: Option<u64>,
    /// The name in a new ledger key and its checkpoints (`jirga.local/record` otherwise).
    pub ledger_origin: Option<String>,
    /// The issuing authority of a new pass keyring (`Government of Khyber Pakhtunkhwa` otherwise).
    pub pass_authority: Option<String>,
    /// Log filter (`info`, `debug`, `jirga::request=warn`...).
    pub log: Option<String>,
    /// `text` (default) or `json`.
    pub log_format: Option<String>,
    #[serde(default)]
    pub limits: Limits,
}

/// Connection limits, in seconds and connections (see `jirga_web::ConnectionLimits`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    pub header_read_timeout_secs: Option<u64>,
    pub body_read_timeout_secs: Option<u64>,
    pub request_timeout_secs: Option<u64>,
    pub max_connections: Option<usize>,
}

/// The configuration this process started with (set once in `main`).
static CURRENT: std::sync::OnceLock<Config> = std::sync::OnceLock::new();

pub fn set_current(config: Config) {
    let _ = CURRENT.set(config);
}

/// The configuration this process started with (the defaults and the
/// environment when `main` did not set one: the CLI's own tests).
pub fn current() -> &'static Config {
    CURRENT.get_or_init(|| Config::load(None).unwrap_or_default())
}

impl Config {
    /// The file (if any: `file`, else `JIRGA_CONFIG`), then the environment over it.
    pub fn load(file: Option<&Path>) -> Result<Config> {
        let file = file.map(Path::to_owned).or_else(|| std::env::var_os("JIRGA_CONFIG").map(PathBuf::from));
        let mut config = match &file {
            Some(path) => {
                let text = std::fs::read_to_string(path).with_context(|| format!("cannot read the configuration {}", path.display()))?;
                toml::from_str(&text).with_context(|| format!("the configuration {} is not valid", path.display()))?
            }
            None => Config::default(),
        };
        config.override_from(|name| std::env::var(name).ok())?;
        Ok(config)
    }

    /// Apply `JIRGA_*` overrides, looked up by `var`.
    pub fn override_from(&mut self, var: impl Fn(&str) -> Option<String>) -> Result<()> {
        let set = |name: &str| var(name).filter(|v| !v.trim().is_empty());
        if let Some(v) = set("JIRGA_LISTEN") {
            self.listen = Some(v);
        }
        if let Some(v) = set("JIRGA_SECURE_COOKIES") {
            self.secure_cookies = v == "1" || v == "true";
        }
        if let Some(v) = set("JIRGA_TRUSTED_PROXIES") {
            self.trusted_proxies = v
                .split(',')
                .map(|s| s.trim().parse().with_context(|| format!("JIRGA_TRUSTED_PROXIES: '{}' is not an IP address", s.trim())))
                .collect::<Result<_>>()?;
        }
        if let Some(v) = set("JIRGA_ALERT_WEBHOOK") {
            self.alert_webhook = Some(Secret(v));
        }
        if let Some(v) = set("JIRGA_BREACH_WEBHOOK") {
            self.breach_webhook = Some(Secret(v));
        }
        if let Some(v) = set("JIRGA_POLICY_DIR") {
            self.policy_dir = Some(v.into());
        }
        if let Some(v) = set("JIRGA_FINANCIAL_THRESHOLD") {
            let Ok(amount) = v.trim().parse() else { bail!("JIRGA_FINANCIAL_THRESHOLD: '{v}' is not an amount") };
            self.financial_threshold = Some(amount);
        }
        if let Some(v) = set("JIRGA_LEDGER_ORIGIN") {
            self.ledger_origin = Some(v);
        }
        if let Some(v) = set("JIRGA_PASS_AUTHORITY") {
            self.pass_authority = Some(v);
        }
        if let Some(v) = set("JIRGA_LOG") {
            self.log = Some(v);
        }
        if let Some(v) = set("JIRGA_LOG_FORMAT") {
            self.log_format = Some(v);
        }
        Ok(())
    }

    /// The web server's part.
    pub fn web(&self) -> jirga_web::WebConfig {
        let d = jirga_web::ConnectionLimits::default();
        let secs = |v: Option<u64>, default: std::time::Duration| v.map_or(default, std::time::Duration::from_secs);
        jirga_web::WebConfig {
            secure_cookies: self.secure_cookies,
            trusted_proxies: self.trusted_proxies.clone(),
            alert_webhook: self.alert_webhook.as_ref().map(|s| s.expose().to_owned()),
            breach_webhook: self.breach_webhook.as_ref().map(|s| s.expose().to_owned()),
            limits: jirga_web::ConnectionLimits {
                header_read_timeout: secs(self.limits.header_read_timeout_secs, d.header_read_timeout),
                body_read_timeout: secs(self.limits.body_read_timeout_secs, d.body_read_timeout),
                request_timeout: secs(self.limits.request_timeout_secs, d.request_timeout),
                max_connections: self.limits.max_connections.unwrap_or(d.max_connections),
            },
        }
    }

    /// The name of a new ledger key.
    pub fn ledger_origin(&self) -> &str {
        self.ledger_origin.as_deref().unwrap_or(jirga_service::open::DEFAULT_ORIGIN)
    }

    /// The authority of a new pass keyring.
    pub fn pass_authority(&self) -> String {
        self.pass_authority.clone().unwrap_or_else(|| jirga_passes::keyring::DEFAULT_AUTHORITY.to_owned())
    }

    /// The policies this configuration names.
    pub fn policies(&self) -> Result<jirga_policy::Policies> {
        let sources = match &self.policy_dir {
            Some(dir) => jirga_policy::Sources::from_dir(dir)?,
            None => jirga_policy::Sources::shipped(),
        };
        Ok(jirga_policy::Policies::load(&sources, self.financial_threshold.unwrap_or(jirga_policy::DEFAULT_FINANCIAL_THRESHOLD))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_overrides_the_file_and_secrets_never_print() {
        let mut config: Config = toml::from_str(
            "listen = \"127.0.0.1:9000\"\nalert_webhook = \"http://relay:hunter2@alerts.internal/x\"\ntrusted_proxies = [\"10.0.0.2\"]\n[limits]\nmax_connections = 10\n",
        )
        .unwrap();
        config
            .override_from(|name| match name {
                "JIRGA_LISTEN" => Some("0.0.0.0:8443".to_owned()),
                "JIRGA_BREACH_WEBHOOK" => Some("http://desk:s3cret@federal.internal/breaches".to_owned()),
                _ => None,
            })
            .unwrap();
        assert_eq!(config.listen.as_deref(), Some("0.0.0.0:8443"));
        assert_eq!(config.web().breach_webhook.as_deref(), Some("http://desk:s3cret@federal.internal/breaches"));
        assert!(!format!("{config:?}").contains("s3cret"), "{config:?}");
        assert_eq!(config.web().limits.max_connections, 10);
        assert_eq!(config.web().trusted_proxies, vec!["10.0.0.2".parse::<IpAddr>().unwrap()]);
        assert!(!format!("{config:?}").contains("hunter2"), "{config:?}");
    }

    #[test]
    fn an_unknown_or_bad_setting_is_refused_by_name() {
        let err = toml::from_str::<Config>("lissen = \"x\"\n").unwrap_err().to_string();
        assert!(err.contains("lissen"), "{err}");
        let mut config = Config::default();
        let err = config.override_from(|name| (name == "JIRGA_TRUSTED_PROXIES").then(|| "10.0.0.1, proxy".to_owned())).unwrap_err();
        assert!(err.to_string().contains("'proxy' is not an IP address"), "{err}");
    }
}
