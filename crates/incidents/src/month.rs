//! Calendar months (`YYYY-MM`): the unit the statistics count in, the charts
//! draw and the incident views filter by. One type, so month arithmetic is
//! written once.

use std::fmt;
use std::str::FromStr;

/// A month of a year (Gregorian, as the register's dates are).
///
/// Ordered by year, then month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: i16,
    month: i8,
}

/// Offset that makes every year a `jiff` date can hold non-negative in [`YearMonth::index`].
const YEAR_OFFSET: i32 = 10_000;

impl YearMonth {
    /// `None` unless `month` is 1–12.
    pub fn new(year: i16, month: i8) -> Option<Self> {
        (1..=12).contains(&month).then_some(YearMonth { year, month })
    }

    /// The month a day falls in.
    pub fn of(date: jiff::civil::Date) -> Self {
        YearMonth { year: date.year(), month: date.month() }
    }

    pub fn year(self) -> i16 {
        self.year
    }

    pub fn month(self) -> i8 {
        self.month
    }

    /// A number per month, consecutive across years (for dense tables and
    /// counting): `index(m.plus(1)) == index(m) + 1`.
    pub fn index(self) -> u32 {
        ((i32::from(self.year) + YEAR_OFFSET) * 12 + i32::from(self.month) - 1) as u32
    }

    /// The month of an [`YearMonth::index`].
    pub fn from_index(index: u32) -> Self {
        let n = index as i32;
        YearMonth { year: (n / 12 - YEAR_OFFSET) as i16, month: (n % 12 + 1) as i8 }
    }

    /// The month `k` months later (earlier for a negative `k`).
    pub fn plus(self, k: i32) -> Self {
        Self::from_index((self.index() as i32 + k) as u32)
    }

    /// Months from `self` to `later` (negative when `later` is earlier).
    pub fn months_until(self, later: YearMonth) -> i32 {
        later.index() as i32 - self.index() as i32
    }

    /// The months before `from..=to` of the same length: what a period is compared with.
    pub fn previous_period(from: YearMonth, to: YearMonth) -> (YearMonth, YearMonth) {
        let len = from.months_until(to) + 1;
        (from.plus(-len), from.plus(-1))
    }
}

/// `YYYY-MM` (surrounding spaces allowed): what a filter's `from`/`to` and a
/// statistic's month keys are written as.
impl FromStr for YearMonth {
    type Err = ();

    fn from_str(text: &str) -> Result<Self, ()> {
        let (y, m) = text.trim().split_once('-').ok_or(())?;
        let (year, month) = (y.parse().map_err(drop)?, m.parse().map_err(drop)?);
        YearMonth::new(year, month).ok_or(())
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

#[cfg(test)]
mod tests {
    use super::YearMonth;

    fn ym(text: &str) -> YearMonth {
        text.parse().unwrap()
    }

    #[test]
    fn months_cross_years_both_ways() {
        assert_eq!(ym("2024-12").plus(1), ym("2025-01"));
        assert_eq!(ym("2025-01").plus(-1), ym("2024-12"));
        assert_eq!(ym("2025-03").plus(-27), ym("2022-12"));
        assert_eq!(ym("2024-11").months_until(ym("2025-02")), 3);
        assert_eq!(YearMonth::from_index(ym("1989-01").index()), ym("1989-01"));
        assert_eq!(ym("0000-01").plus(-1).to_string(), "-001-12");
    }

    #[test]
    fn a_period_is_compared_with_the_one_before_it() {
        assert_eq!(YearMonth::previous_period(ym("2025-01"), ym("2025-03")), (ym("2024-10"), ym("2024-12")));
        assert_eq!(YearMonth::previous_period(ym("2025-01"), ym("2025-01")), (ym("2024-12"), ym("2024-12")));
    }

    #[test]
    fn only_a_real_month_parses() {
        for bad in ["", "2025", "2025-13", "2025-00", "2025-1x", "x-01", "2025/01"] {
            assert!(bad.parse::<YearMonth>().is_err(), "{bad:?}");
        }
        assert_eq!(ym(" 2025-3 ").to_string(), "2025-03");
        assert!(ym("2024-12") < ym("2025-01"));
    }
}
