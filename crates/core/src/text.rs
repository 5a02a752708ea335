//! Validated text: a request can only become domain text through parsing, so
//! every string in a command is trimmed, non-empty and within its documented limit.

use serde::{Deserialize, Serialize};

/// Non-empty, trimmed text of at most `MAX` characters (Unicode scalar values).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Text<const MAX: usize>(String);

/// Names, titles, places: one line.
pub type Name = Text<200>;
/// Statements, minutes, terms: free text.
pub type Body = Text<20_000>;
/// A Cedar policy file.
pub type PolicyText = Text<200_000>;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("must not be empty")]
    Empty,
    #[error("must be at most {max} characters (got {got})")]
    TooLong { max: usize, got: usize },
    #[error("must not contain control characters")]
    Control,
    #[error("must not contain Unicode direction controls (U+202A–U+202E, U+2066–U+2069): they can reverse or disguise text")]
    DirectionControl,
    #[error("must be an http:// or https:// address")]
    NotUrl,
}

impl<const MAX: usize> Text<MAX> {
    pub const MAX_CHARS: usize = MAX;
    /// Line breaks (and tabs) are fine in long text; other control characters never are.
    pub const ALLOWS_LINE_BREAKS: bool = MAX > 200;

    pub fn parse(raw: impl Into<String>) -> Result<Self, TextError> {
        let mut raw: String = raw.into();
        // Browsers send every line break of a form as CR LF: one form of text,
        // whichever way it arrived (a policy text compared with the one in force,
        // a body shown on a page).
        if raw.contains('\r') {
            raw = raw.replace("\r\n", "\n").replace('\r', "\n");
        }
        // The length as sent (before trimming), as the schema's maxLength counts it.
        let got = raw.chars().count();
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(TextError::Empty);
        }
        if got > MAX {
            return Err(TextError::TooLong { max: MAX, got });
        }
        let allow_newlines = Self::ALLOWS_LINE_BREAKS;
        if trimmed.chars().any(|c| c.is_control() && !(allow_newlines && (c == '\n' || c == '\r' || c == '\t'))) {
            return Err(TextError::Control);
        }
        if trimmed.chars().any(is_direction_control) {
            return Err(TextError::DirectionControl);
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<const MAX: usize> TryFrom<String> for Text<MAX> {
    type Error = TextError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(value)
    }
}

impl<const MAX: usize> From<Text<MAX>> for String {
    fn from(value: Text<MAX>) -> Self {
        value.0
    }
}

impl<const MAX: usize> std::fmt::Display for Text<MAX> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl<const MAX: usize> schemars::JsonSchema for Text<MAX> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("Text{MAX}").into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let pattern = if Self::ALLOWS_LINE_BREAKS { TEXT_PATTERN } else { LINE_PATTERN };
        schemars::json_schema!({ "type": "string", "minLength": 1, "maxLength": MAX, "pattern": pattern })
    }
}

/// The Unicode controls that can make text display other than it reads
/// ("Trojan Source", CVE-2021-42574): embeddings and overrides (U+202A–U+202E)
/// and isolates (U+2066–U+2069). Refused in every text, from every route
/// (forms, API, imports all parse through [`Text::parse`]). The marks U+200E,
/// U+200F and U+061C stay allowed: Urdu, Pashto and Dari keyboards type them
/// to place punctuation, and a mark cannot reverse a run of text. The pages
/// isolate recorded text themselves (`dir="auto"`, `<bdi>`).
pub fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// What [`Text::parse`] accepts, as a JSON Schema pattern (ECMA-262, Rust's
/// `regex` and Python's `re` read it alike; a test holds it to `parse`): blank
/// characters (Rust's `White_Space`, which `trim` removes), a visible one, then
/// optionally anything but a control character (`Cc`) or a direction control
/// ([`is_direction_control`]) up to a last visible one, then blanks again.
macro_rules! text_pattern {
    ($allowed:literal) => {
        concat!(
            "^[\\u0009-\\u000d \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*",
            "(?:[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028-\\u202f\\u205f\\u2066-\\u2069\\u3000]",
            "(?:",
            $allowed,
            "*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028-\\u202f\\u205f\\u2066-\\u2069\\u3000])?)",
            "[\\u0009-\\u000d \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
        )
    };
}
/// One line: no control character at all inside.
const LINE_PATTERN: &str = text_pattern!("[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]");
/// Long text: tabs and line breaks (LF, CR) allowed inside.
const TEXT_PATTERN: &str = text_pattern!("[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]");

/// An absolute http(s) URL of a source document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Url(String);

impl Url {
    pub fn parse(raw: impl Into<String>) -> Result<Self, TextError> {
        let text = Text::<2000>::parse(raw)?;
        let s = text.as_str();
        let rest = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://")).ok_or(TextError::NotUrl)?;
        if rest.is_empty() || rest.starts_with('/') || s.chars().any(char::is_whitespace) {
            return Err(TextError::NotUrl);
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Url {
    type Error = TextError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(value)
    }
}

impl From<Url> for String {
    fn from(value: Url) -> Self {
        value.0
    }
}

impl schemars::JsonSchema for Url {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Url".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "uri", "maxLength": 2000 })
    }
}

/// Lower-case hex of `bytes` (digests and salts as the record writes them).
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed_and_bounded() {
        assert_eq!(Name::parse("  Torkham ").unwrap().as_str(), "Torkham");
        assert_eq!(Name::parse("   "), Err(TextError::Empty));
        assert_eq!(Text::<3>::parse("abcd"), Err(TextError::TooLong { max: 3, got: 4 }));
        // Arabic script counts characters, not bytes.
        assert!(Text::<5>::parse("محمد").is_ok());
        assert_eq!(Name::parse("a\u{0}b"), Err(TextError::Control));
        assert!(Body::parse("line one\nline two").is_ok());
        // A form's CR LF line breaks become LF; a bare CR in a name stays refused.
        assert_eq!(Body::parse("line one\r\nline two\r").unwrap().as_str(), "line one\nline two");
        assert_eq!(Name::parse("a\rb"), Err(TextError::Control));
    }

    #[test]
    fn direction_controls_that_could_disguise_text_are_refused() {
        // "Trojan Source": an override shows `abc` reversed, an isolate hides a run's place.
        for c in ['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'] {
            assert_eq!(Name::parse(format!("Torkham {c}cba")), Err(TextError::DirectionControl), "{:04X}", c as u32);
            assert_eq!(Body::parse(format!("line\n{c}x")), Err(TextError::DirectionControl));
        }
        // The marks typists of Arabic-script languages use stay allowed.
        assert!(Name::parse("پښتو\u{200F}، English\u{200E}").is_ok());
        assert!(Name::parse("اردو\u{061C}").is_ok());
    }

    #[test]
    fn urls_must_be_http() {
        assert!(Url::parse("https://www.arabnews.com/node/1").is_ok());
        assert_eq!(Url::parse("javascript:alert(1)"), Err(TextError::NotUrl));
        assert_eq!(Url::parse("https://"), Err(TextError::NotUrl));
    }
}
