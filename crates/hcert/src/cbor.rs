//! Reading a CBOR item (RFC 8949) from a byte slice into ciborium's `Value`.
//!
//! ciborium reads the claims through serde and the `Read` trait: 4.2 µs for an
//! EU DCC's ~350 bytes of claims, the largest step of the decode after the
//! signature. Reading the slice directly gives the same `Value`s in about a
//! third of the time. Writing stays with ciborium.
//!
//! Accepts what ciborium's `from_reader::<Value>` accepts, and gives the same
//! value (property-tested): definite and indefinite lengths, tags, half, single
//! and double floats, simple values false, true, null, undefined. Like
//! ciborium it refuses text that is not UTF-8, and nesting deeper than
//! [`MAX_DEPTH`], so that no input can exhaust the stack.

use ciborium::value::{Integer, Value};

/// ciborium's own recursion limit.
pub const MAX_DEPTH: usize = 256;

/// The item at the start of `bytes` and the bytes after it; `None` when they
/// hold no well-formed item.
pub fn read(bytes: &[u8]) -> Option<(Value, &[u8])> {
    let mut reader = Reader { bytes };
    let value = reader.item(MAX_DEPTH)?;
    Some((value, reader.bytes))
}

struct Reader<'a> {
    bytes: &'a [u8],
}

/// The "break" stop code that ends an indefinite-length item.
const BREAK: u8 = 0xff;

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.bytes.len() {
            return None;
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(head)
    }

    fn byte(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    /// The argument of a head whose additional information is `info`:
    /// `Some(None)` for an indefinite length (31).
    fn argument(&mut self, info: u8) -> Option<Option<u64>> {
        Some(Some(match info {
            0..=23 => u64::from(info),
            24 => u64::from(self.byte()?),
            25 => u64::from(u16::from_be_bytes(self.take(2)?.try_into().ok()?)),
            26 => u64::from(u32::from_be_bytes(self.take(4)?.try_into().ok()?)),
            27 => u64::from_be_bytes(self.take(8)?.try_into().ok()?),
            31 => return Some(None),
            _ => return None,
        }))
    }

    fn at_break(&mut self) -> bool {
        if self.bytes.first() == Some(&BREAK) {
            self.bytes = &self.bytes[1..];
            true
        } else {
            false
        }
    }

    /// A definite string's bytes, or an indefinite one's chunks joined (each
    /// chunk a definite string of the same major type; for text, each chunk
    /// UTF-8 on its own, as RFC 8949 §3.2.3 and ciborium have it).
    fn string(&mut self, major: u8, length: Option<u64>) -> Option<Vec<u8>> {
        let text = major == 3;
        let chunk = |bytes: &[u8]| (!text || std::str::from_utf8(bytes).is_ok()).then_some(());
        match length {
            Some(n) => {
                let bytes = self.take(usize::try_from(n).ok()?)?;
                chunk(bytes)?;
                Some(bytes.to_vec())
            }
            None => {
                let mut out = Vec::new();
                while !self.at_break() {
                    let head = self.byte()?;
                    if head >> 5 != major {
                        return None;
                    }
                    let n = self.argument(head & 0x1f)??;
                    let bytes = self.take(usize::try_from(n).ok()?)?;
                    chunk(bytes)?;
                    out.extend_from_slice(bytes);
                }
                Some(out)
            }
        }
    }

    /// A bignum (tag 2 or 3 around at most 16 bytes), as ciborium reads it:
    /// an integer when it fits one, else the tag around its bytes without
    /// leading zeros.
    fn bignum(&mut self, negative: bool) -> Option<Value> {
        let head = self.byte()?;
        let length = self.argument(head & 0x1f)??;
        let bytes = self.take(usize::try_from(length).ok()?)?;
        let digits = &bytes[bytes.iter().take_while(|&&b| b == 0).count()..];
        let raw = digits.iter().fold(0u128, |n, &b| (n << 8) | u128::from(b));
        let integer = if negative {
            let value = -1 - i128::try_from(raw).ok()?;
            Integer::try_from(value).ok()
        } else {
            Integer::try_from(raw).ok()
        };
        Some(match integer {
            Some(integer) => Value::Integer(integer),
            None => Value::Tag(if negative { 3 } else { 2 }, Box::new(Value::Bytes(digits.to_vec()))),
        })
    }

    /// Is the next item a definite byte string of at most 16 bytes (a bignum's digits)?
    fn bignum_digits_next(&self) -> bool {
        match self.bytes.first() {
            Some(&head) if head >> 5 == 2 => match head & 0x1f {
                0..=16 => true,
                24 => self.bytes.get(1).is_some_and(|&n| n <= 16),
                25 => self.bytes.get(1..3).is_some_and(|n| n[0] == 0 && n[1] <= 16),
                26 => self.bytes.get(1..5).is_some_and(|n| n[..3] == [0, 0, 0] && n[3] <= 16),
                27 => self.bytes.get(1..9).is_some_and(|n| n[..7] == [0; 7] && n[7] <= 16),
                _ => false,
            },
            _ => false,
        }
    }

    fn item(&mut self, depth: usize) -> Option<Value> {
        let depth = depth.checked_sub(1)?;
        let head = self.byte()?;
        let (major, info) = (head >> 5, head & 0x1f);
        if major == 7 {
            return self.simple_or_float(info);
        }
        let argument = self.argument(info)?;
        Some(match major {
            0 => Value::Integer(argument?.into()),
            1 => Value::Integer(Integer::try_from(-1 - i128::from(argument?)).ok()?),
            2 => Value::Bytes(self.string(2, argument)?),
            3 => Value::Text(String::from_utf8(self.string(3, argument)?).ok()?),
            4 => {
                let mut items = Vec::with_capacity(capacity(argument, self.bytes.len()));
                match argument {
                    Some(n) => {
                        for _ in 0..n {
                            items.push(self.item(depth)?);
                        }
                    }
                    None => {
                        while !self.at_break() {
                            items.push(self.item(depth)?);
                        }
                    }
                }
                Value::Array(items)
            }
            5 => {
                let mut entries = Vec::with_capacity(capacity(argument, self.bytes.len() / 2));
                match argument {
                    Some(n) => {
                        for _ in 0..n {
                            entries.push((self.item(depth)?, self.item(depth)?));
                        }
                    }
                    None => {
                        while !self.at_break() {
                            entries.push((self.item(depth)?, self.item(depth)?));
                        }
                    }
                }
                Value::Map(entries)
            }
            6 => match argument? {
                tag @ (2 | 3) if self.bignum_digits_next() => self.bignum(tag == 3)?,
                tag => Value::Tag(tag, Box::new(self.item(depth)?)),
            },
            _ => return None,
        })
    }

    fn simple_or_float(&mut self, info: u8) -> Option<Value> {
        let simple = match info {
            25 => return Some(Value::Float(half_to_f64(u16::from_be_bytes(self.take(2)?.try_into().ok()?)))),
            26 => return Some(Value::Float(f64::from(f32::from_be_bytes(self.take(4)?.try_into().ok()?)))),
            27 => return Some(Value::Float(f64::from_be_bytes(self.take(8)?.try_into().ok()?))),
            // A simple value in the next byte: ciborium reads 20–23 there as here.
            24 => self.byte()?,
            n => n,
        };
        Some(match simple {
            20 => Value::Bool(false),
            21 => Value::Bool(true),
            // ciborium reads `undefined` as null too.
            22 | 23 => Value::Null,
            // Other simple values, reserved ones, and a break outside an indefinite item.
            _ => return None,
        })
    }
}

/// Room to reserve for `length` items: never more than the bytes left could
/// hold (each item takes at least one), so a forged length allocates nothing big.
fn capacity(length: Option<u64>, left: usize) -> usize {
    length.map_or(0, |n| usize::try_from(n).unwrap_or(usize::MAX).min(left))
}

/// An IEEE 754 half-precision float (RFC 8949 Appendix D).
fn half_to_f64(half: u16) -> f64 {
    let exponent = (half >> 10) & 0x1f;
    let mantissa = f64::from(half & 0x3ff);
    let value = match exponent {
        0 => mantissa * 2f64.powi(-24),
        31 if mantissa == 0.0 => f64::INFINITY,
        // A NaN keeps its payload, quieted (as the `half` crate ciborium uses converts it).
        31 => return f64::from_bits((u64::from(half & 0x8000) << 48) | 0x7ff8_0000_0000_0000 | (u64::from(half & 0x3ff) << 42)),
        e => (mantissa + 1024.0) * 2f64.powi(i32::from(e) - 25),
    };
    if half & 0x8000 != 0 { -value } else { value }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn theirs(bytes: &[u8]) -> Option<Value> {
        ciborium::de::from_reader::<Value, _>(bytes).ok()
    }

    fn ours(bytes: &[u8]) -> Option<Value> {
        read(bytes).map(|(value, _)| value)
    }

    /// NaN is not equal to itself: compare through the encoding.
    fn same(a: &Option<Value>, b: &Option<Value>) -> bool {
        let encode = |v: &Value| {
            let mut out = Vec::new();
            ciborium::ser::into_writer(v, &mut out).expect("encodes");
            out
        };
        match (a, b) {
            (Some(a), Some(b)) => encode(a) == encode(b),
            (None, None) => true,
            _ => false,
        }
    }

    #[test]
    fn rfc_8949_appendix_a() {
        let cases: &[(&str, Value)] = &[
            ("00", Value::Integer(0.into())),
            ("1bffffffffffffffff", Value::Integer(u64::MAX.into())),
            ("3bffffffffffffffff", Value::Integer(Integer::try_from(-18446744073709551616i128).unwrap())),
            ("f93c00", Value::Float(1.0)),
            ("f97bff", Value::Float(65504.0)),
            ("f90001", Value::Float(5.960464477539063e-8)),
            ("f9c400", Value::Float(-4.0)),
            ("fa47c35000", Value::Float(100000.0)),
            ("f4", Value::Bool(false)),
            ("f6", Value::Null),
            ("6449455446", Value::Text("IETF".into())),
            ("7f657374726561646d696e67ff", Value::Text("streaming".into())),
            ("5f42010243030405ff", Value::Bytes(vec![1, 2, 3, 4, 5])),
            (
                "9f018202039f0405ffff",
                Value::Array(vec![
                    Value::Integer(1.into()),
                    Value::Array(vec![Value::Integer(2.into()), Value::Integer(3.into())]),
                    Value::Array(vec![Value::Integer(4.into()), Value::Integer(5.into())]),
                ]),
            ),
            (
                "a201020304",
                Value::Map(vec![
                    (Value::Integer(1.into()), Value::Integer(2.into())),
                    (Value::Integer(3.into()), Value::Integer(4.into())),
                ]),
            ),
            ("c11a514b67b0", Value::Tag(1, Box::new(Value::Integer(1363896240.into())))),
        ];
        for (hex, want) in cases {
            let bytes = hex::decode(hex).unwrap();
            assert_eq!(ours(&bytes).as_ref(), Some(want), "{hex}");
            assert!(same(&ours(&bytes), &theirs(&bytes)), "{hex}: ciborium reads {:?}", theirs(&bytes));
        }
        assert!(ours(&hex::decode("f97c00").unwrap()).is_some_and(|v| v.as_float() == Some(f64::INFINITY)));
        assert!(ours(&hex::decode("f97e00").unwrap()).is_some_and(|v| v.as_float().is_some_and(f64::is_nan)));
    }

    #[test]
    fn refuses_what_is_not_well_formed() {
        for hex in ["", "18", "62ff", "9f01", "a101", "ff", "1c", "5f01ff", "7f4100ff", "62c328", "f8ff"] {
            assert_eq!(ours(&hex::decode(hex).unwrap()), None, "{hex}");
        }
        // Deeper than the limit: refused, not a stack overflow.
        assert_eq!(ours(&vec![0x81; 100_000]), None);
        let mut nested = vec![0x81; MAX_DEPTH - 1];
        nested.push(0x00);
        assert!(ours(&nested).is_some());
    }

    fn values() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            any::<i64>().prop_map(|i| Value::Integer(i.into())),
            any::<u64>().prop_map(|i| Value::Integer(i.into())),
            any::<f64>().prop_map(Value::Float),
            any::<bool>().prop_map(Value::Bool),
            Just(Value::Null),
            ".{0,12}".prop_map(Value::Text),
            proptest::collection::vec(any::<u8>(), 0..12).prop_map(Value::Bytes),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                proptest::collection::vec((inner.clone(), inner.clone()), 0..6).prop_map(Value::Map),
                (0u64..100_000, inner).prop_map(|(t, v)| Value::Tag(t, Box::new(v))),
            ]
        })
    }

    proptest! {
        #[test]
        fn reads_what_ciborium_writes(value in values()) {
            let mut bytes = Vec::new();
            ciborium::ser::into_writer(&value, &mut bytes).unwrap();
            prop_assert!(same(&ours(&bytes), &Some(value)));
        }

        /// A well-formed item with one byte changed or cut short: the same
        /// verdict and value as ciborium (random bytes rarely get past the first head).
        #[test]
        fn agrees_with_ciborium_on_damaged_items(value in values(), at in any::<usize>(), byte in any::<u8>(), cut in any::<bool>()) {
            let mut bytes = Vec::new();
            ciborium::ser::into_writer(&value, &mut bytes).unwrap();
            let at = at % bytes.len();
            if cut { bytes.truncate(at) } else { bytes[at] = byte }
            prop_assert!(same(&ours(&bytes), &theirs(&bytes)), "{}: ours {:?}, ciborium {:?}", hex::encode(&bytes), ours(&bytes), theirs(&bytes));
        }

        /// On any bytes, the same verdict and value as ciborium.
        #[test]
        fn agrees_with_ciborium(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            prop_assert!(same(&ours(&bytes), &theirs(&bytes)), "{}: ours {:?}, ciborium {:?}", hex::encode(&bytes), ours(&bytes), theirs(&bytes));
        }
    }
}
