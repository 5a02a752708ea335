//! Why a request was refused, in terms every interface renders: the web as an
//! HTTP status and `{"code", "message", "field"}`, the CLI as a message and
//! a non-zero exit. The code is stable (the API's `code`, the Fluent id
//! `error-<code>`); the message is English text from Fluent.

use jirga_core::error::ErrorClass;
use jirga_engine::ExecError;

use crate::i18n::{Localizer, english};

/// What kind of refusal it is (the web's status follows from it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The request is not well-formed (400).
    Malformed,
    /// A field is unusable, or the request contradicts itself (422).
    Invalid,
    /// The caller may not do this (403).
    Forbidden,
    /// A record it names does not exist (404).
    NotFound,
    /// The process forbids it now (409).
    Conflict,
    /// A part of the service is not available now (503).
    Unavailable,
    /// A failure of ours, logged with its cause (500).
    Internal,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} ({code})")]
pub struct Refusal {
    pub kind: Kind,
    pub code: String,
    /// In English (the API's default, the CLI's, the log's).
    pub message: String,
    /// The field the refusal is about, when known (forms put the message beside it).
    pub field: Option<String>,
    /// How to say it again in the reader's language (see [`Refusal::message_in`]);
    /// boxed, so a `Result<_, Refusal>` stays small.
    pub wording: Option<Box<Wording>>,
}

/// A refusal's message as Fluent knows it, to say it in any locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wording {
    /// A message and its arguments.
    Message { id: String, args: Vec<(String, String)> },
    /// A rule of the domain (`error-<code>`), its arguments named in words
    /// ([`crate::i18n::Localizer::rule_error`]).
    Rule { code: String, args: Vec<(String, String)> },
}

impl Wording {
    fn say(&self, l: &Localizer) -> String {
        fn borrowed(args: &[(String, String)]) -> Vec<(&str, String)> {
            args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect()
        }
        match self {
            Wording::Message { id, args } => l.t_args(id, &borrowed(args)),
            Wording::Rule { code, args } => l.rule_message(code, borrowed(args)),
        }
    }
}

impl Refusal {
    /// A refusal whose message is already text (in English): said the same in every locale.
    pub fn new(kind: Kind, code: &str, message: impl Into<String>) -> Self {
        Refusal { kind, code: code.to_owned(), message: message.into(), field: None, wording: None }
    }

    /// A refusal saying Fluent message `id` with `args`: in English now, and in
    /// the reader's language where a page or the API knows it.
    pub fn say(kind: Kind, code: &str, id: &str, args: &[(&str, String)]) -> Self {
        let wording = Wording::Message { id: id.to_owned(), args: args.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect() };
        Refusal { kind, code: code.to_owned(), message: wording.say(english()), field: None, wording: Some(Box::new(wording)) }
    }

    /// The message in `l`'s language (English text when it has no wording).
    pub fn message_in(&self, l: &Localizer) -> String {
        self.wording.as_ref().map_or_else(|| self.message.clone(), |w| w.say(l))
    }

    /// `invalid_field`: the field `field` (a command's or a form's path,
    /// `holder.name_latin`) could not be read, for `reason`; the message
    /// names both.
    pub fn invalid_field(field: &str, reason: impl Into<String>) -> Self {
        let mut refusal =
            Refusal::say(Kind::Invalid, "invalid_field", "error-invalid-field", &[("field", field.to_owned()), ("reason", reason.into())]);
        refusal.field = (!field.is_empty() && field != "." && field != "?").then(|| field.to_owned());
        refusal
    }

    /// A JSON body that parsed but is not the request it should be: the
    /// failing field's path named (`serde_path_to_error`), or the whole body.
    pub fn invalid_body(err: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let field = err.path().to_string();
        let reason = err.into_inner().to_string();
        match field.as_str() {
            "." | "?" => Refusal::say(Kind::Invalid, "invalid_field", "error-invalid-command", &[("reason", reason)]),
            _ => Self::invalid_field(&field, reason),
        }
    }

    /// A request body that could not become a command: malformed JSON (400)
    /// or a field that is not what it must be (422).
    pub fn from_parse(err: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let path = err.path().to_string();
        let inner = err.into_inner();
        if inner.classify() == serde_json::error::Category::Data {
            let field = (path != "." && path != "?").then_some(path);
            return match field {
                Some(field) => Self::invalid_field(&field, inner.to_string()),
                None => Refusal::say(Kind::Invalid, "invalid_field", "error-malformed-json", &[("reason", inner.to_string())]),
            };
        }
        Refusal::say(Kind::Malformed, "malformed_json", "error-malformed-json", &[("reason", inner.to_string())])
    }

    /// A failure of ours: its cause (and the chain of causes) goes to the
    /// log, never to the client, who gets a generic message.
    pub fn internal(what: &str, cause: &(dyn std::error::Error + 'static)) -> Self {
        let mut chain = cause.to_string();
        let mut source = cause.source();
        while let Some(inner) = source {
            chain.push_str(": ");
            chain.push_str(&inner.to_string());
            source = inner.source();
        }
        tracing::error!(what, cause = %chain, "internal failure");
        Refusal::say(Kind::Internal, "internal", "error-internal", &[])
    }

    pub fn not_found(kind: &str, id: &str) -> Self {
        Self::from(ExecError::Rule(jirga_core::RuleError::NotFound { kind: static_kind(kind), id: id.to_owned() }))
    }
}

fn static_kind(kind: &str) -> &'static str {
    // Kinds come from a closed set; map to static names without leaking memory.
    jirga_core::state::RECORD_KINDS.iter().map(|(_, k)| *k).chain(["event", "collection"]).find(|k| *k == kind).unwrap_or("record")
}

impl From<ExecError> for Refusal {
    fn from(err: ExecError) -> Self {
        match err {
            ExecError::Rule(rule) => Refusal {
                kind: match rule.class() {
                    ErrorClass::NotFound => Kind::NotFound,
                    ErrorClass::Conflict => Kind::Conflict,
                    ErrorClass::Invalid => Kind::Invalid,
                },
                code: rule.code().to_owned(),
                message: english().rule_error(&rule),
                field: rule.field().map(str::to_owned),
                wording: Some(Box::new(Wording::Rule {
                    code: rule.code().to_owned(),
                    args: rule.args().into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
                })),
            },
            ExecError::Denied(denied) => {
                let kind = match denied.code {
                    "policy_invalid" | "policy_locks_everyone_out" => Kind::Invalid,
                    "policy_stale" => Kind::Conflict,
                    _ => Kind::Forbidden,
                };
                let args = [("user", denied.user.clone()), ("command", denied.command.to_owned()), ("reason", denied.reason.clone())];
                let mut refusal = Refusal::say(kind, denied.code, "error-denied", &args);
                refusal.field = (denied.code != "not_authorized").then(|| "text".to_owned());
                refusal
            }
            ExecError::Storage(cause) => {
                tracing::error!(%cause, "storage failure");
                Refusal::say(Kind::Unavailable, "storage_unavailable", "error-storage", &[])
            }
            ExecError::ReadOnly => Refusal::say(Kind::Unavailable, "read_only", "error-read-only", &[]),
            ExecError::ShuttingDown => Refusal::say(Kind::Unavailable, "shutting_down", "error-shutting-down", &[]),
        }
    }
}
