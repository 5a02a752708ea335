//! The `add-checkpoint` request body, exactly as C2SP tlog-witness v1 says: an
//! `old N` line, at most 63 consistency-proof lines (one base64 hash each),
//! an empty line, then the checkpoint note. Every line ends in `\n`.

use base64::Engine as _;
use tlog_tiles::Hash;

/// The most consistency-proof lines a client may send.
pub const MAX_PROOF_LINES: usize = 63;

/// The largest body read (a checkpoint note and 63 hashes are a few KB).
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// A parsed `add-checkpoint` body.
#[derive(Debug, Clone, PartialEq)]
pub struct AddCheckpoint {
    pub old: u64,
    pub proof: Vec<Hash>,
    /// The checkpoint as a signed note (its text and signature lines).
    pub checkpoint: Vec<u8>,
}

/// Why a body is not an `add-checkpoint` request (answered 400).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RequestError {
    #[error("the body is larger than {MAX_BODY_BYTES} bytes")]
    TooLarge,
    #[error("the first line must be `old <size>`, the size in decimal without leading zeroes")]
    OldLine,
    #[error("a consistency-proof line is not one base64 SHA-256 hash")]
    ProofLine,
    #[error("more than {MAX_PROOF_LINES} consistency-proof lines")]
    TooManyProofLines,
    #[error("the proof lines must end with an empty line before the checkpoint")]
    NoBlankLine,
}

/// A decimal without leading zeroes (`0` for zero), as the spec writes sizes.
pub fn parse_size(text: &str) -> Option<u64> {
    let canonical = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) && (text == "0" || !text.starts_with('0'));
    canonical.then(|| text.parse().ok()).flatten()
}

impl AddCheckpoint {
    pub fn parse(body: &[u8]) -> Result<AddCheckpoint, RequestError> {
        if body.len() > MAX_BODY_BYTES {
            return Err(RequestError::TooLarge);
        }
        let mut rest = body;
        let mut next_line = || -> Option<&[u8]> {
            let end = rest.iter().position(|b| *b == b'\n')?;
            let (line, tail) = rest.split_at(end);
            rest = &tail[1..];
            Some(line)
        };
        let old = next_line()
            .and_then(|l| std::str::from_utf8(l).ok())
            .and_then(|l| l.strip_prefix("old "))
            .and_then(parse_size)
            .ok_or(RequestError::OldLine)?;
        let mut proof = Vec::new();
        loop {
            let line = next_line().ok_or(RequestError::NoBlankLine)?;
            if line.is_empty() {
                break;
            }
            if proof.len() == MAX_PROOF_LINES {
                return Err(RequestError::TooManyProofLines);
            }
            let bytes = base64::engine::general_purpose::STANDARD.decode(line).map_err(|_| RequestError::ProofLine)?;
            proof.push(Hash(bytes.try_into().map_err(|_| RequestError::ProofLine)?));
        }
        Ok(AddCheckpoint { old, proof, checkpoint: rest.to_vec() })
    }

    /// The body a client sends (the log's side).
    pub fn to_body(&self) -> Vec<u8> {
        let mut out = format!("old {}\n", self.old).into_bytes();
        for hash in &self.proof {
            out.extend(base64::engine::general_purpose::STANDARD.encode(hash.0).into_bytes());
            out.push(b'\n');
        }
        out.push(b'\n');
        out.extend(&self.checkpoint);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The spec's example request body.
    const EXAMPLE: &str = "old 20852014
PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=
jrJZDmY8Y7SyJE0MWLpLozkIVMSMZcD5kvuKxPC3swk=
5+pKlUdi2LeF/BcMHBn+Ku6yhPGNCswZZD1X/6QgPd8=
/6WVhPs2CwSsb5rYBH5cjHV/wSmA79abXAwhXw3Kj/0=

example.com/behind-the-sofa
20852163
CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=

— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=
— example.com/behind-the-sofa opLqBQsREYCgu6xQkYQwJr9fo45a62DN9EdmHXnZdXNqlcVGlCum2Wks+49/V6267UEjw6QUXTS5Rovnzv++qbSzm9Q=
";

    #[test]
    fn the_specs_example_request_parses_and_writes_back_byte_for_byte() {
        let request = AddCheckpoint::parse(EXAMPLE.as_bytes()).unwrap();
        assert_eq!(request.old, 20852014);
        assert_eq!(request.proof.len(), 4);
        assert!(request.checkpoint.starts_with(b"example.com/behind-the-sofa\n20852163\n"));
        assert_eq!(request.to_body(), EXAMPLE.as_bytes());
    }

    #[test]
    fn every_malformed_request_is_refused_by_name() {
        let cases: &[(&str, RequestError)] = &[
            ("", RequestError::OldLine),
            ("old 01\n\n", RequestError::OldLine),
            ("old -1\n\n", RequestError::OldLine),
            ("old 1 \n\n", RequestError::OldLine),
            ("new 1\n\n", RequestError::OldLine),
            ("old 18446744073709551616\n\n", RequestError::OldLine),
            ("old 1\n", RequestError::NoBlankLine),
            ("old 1\nAAAA\n\n", RequestError::ProofLine),
            ("old 1\nnot base64!\n\n", RequestError::ProofLine),
            ("old 1\r\n\n", RequestError::OldLine),
        ];
        for (body, expected) in cases {
            assert_eq!(AddCheckpoint::parse(body.as_bytes()).unwrap_err(), *expected, "{body:?}");
        }
        let line = format!("{}\n", base64::engine::general_purpose::STANDARD.encode([0u8; 32]));
        let too_many = format!("old 1\n{}\n", line.repeat(64));
        assert_eq!(AddCheckpoint::parse(too_many.as_bytes()).unwrap_err(), RequestError::TooManyProofLines);
        let enough = format!("old 1\n{}\n", line.repeat(63));
        assert_eq!(AddCheckpoint::parse(enough.as_bytes()).unwrap().proof.len(), 63);
        assert_eq!(AddCheckpoint::parse(&vec![b'a'; MAX_BODY_BYTES + 1]).unwrap_err(), RequestError::TooLarge);
        assert_eq!(parse_size("0"), Some(0));
    }
}
