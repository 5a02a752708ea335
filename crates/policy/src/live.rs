//! A policy set as it stands now: the file's text until an administrator's
//! change is recorded, then the recorded text. The state is the source of truth
//! (a `change_policies` event carries the whole new text); this cache only keeps
//! the parsed set of the version in force, re-parsed once when a new version
//! appears, so every decision costs one lock read and one comparison.

use std::sync::{Arc, RwLock};

use cedar_policy::{PolicySet, Schema};
use jirga_core::State;
use jirga_core::ids::PolicyVersionId;
use jirga_core::model::PolicySetName;

use crate::{PolicyError, parse_set};

pub(crate) struct LiveSet {
    pub name: PolicySetName,
    pub file: &'static str,
    schema: Schema,
    base_text: String,
    base: Arc<PolicySet>,
    current: RwLock<(Option<PolicyVersionId>, Arc<PolicySet>)>,
}

impl LiveSet {
    pub fn new(name: PolicySetName, file: &'static str, schema: &Schema, text: &str) -> Result<LiveSet, PolicyError> {
        let base = Arc::new(parse_set(file, text, schema)?);
        Ok(LiveSet {
            name,
            file,
            schema: schema.clone(),
            base_text: text.to_owned(),
            base: base.clone(),
            current: RwLock::new((None, base)),
        })
    }

    /// The set the files define, whatever has been recorded since.
    pub fn base(&self) -> &PolicySet {
        &self.base
    }

    /// The set in force in `state`.
    pub fn in_force(&self, state: &State) -> Arc<PolicySet> {
        let recorded = state.recorded_policy(self.name);
        let version = recorded.map(|v| &v.id);
        {
            let current = self.current.read().unwrap_or_else(|e| e.into_inner());
            if current.0.as_ref() == version {
                return current.1.clone();
            }
        }
        let set = match recorded {
            None => self.base.clone(),
            // Validated when the change was decided; should the schema have
            // changed since, the files' set stays in force and the log says why.
            Some(v) => match parse_set(self.file, v.text.as_str(), &self.schema) {
                Ok(set) => Arc::new(set),
                Err(err) => {
                    tracing::error!(version = %v.id, error = %err, "recorded policy no longer validates; using the files");
                    self.base.clone()
                }
            },
        };
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = (version.cloned(), set.clone());
        set
    }

    /// The text in force in `state`.
    pub fn text_in_force<'a>(&'a self, state: &'a State) -> &'a str {
        state.recorded_policy(self.name).map_or(self.base_text.as_str(), |v| v.text.as_str())
    }

    /// Can `text` replace `previous` now? (`policy_stale`, `policy_invalid`)
    /// Returns the new set, parsed.
    pub fn check_change(&self, state: &State, previous: &str, text: &str) -> Result<PolicySet, (&'static str, String)> {
        // Command text is trimmed when parsed; the file's may end with a newline.
        if previous.trim() != self.text_in_force(state).trim() {
            return Err(("policy_stale", format!("{}: the text being replaced is not the one in force", self.file)));
        }
        parse_set(self.file, text, &self.schema).map_err(|e| ("policy_invalid", e.to_string()))
    }
}
