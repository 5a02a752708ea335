//! Dates and numbers as each locale's readers read them. The record keeps
//! every date as it is (ISO 8601, Gregorian); only what a page shows and what
//! a person types go through here:
//!
//! - `fa-AF` and `ps-AF`: the Solar Hijri date (۱ حمل ۱۴۰۴), the calendar of
//!   Afghanistan's civil life, with the Gregorian date beside it, in the
//!   Extended Arabic-Indic digits CLDR gives those locales;
//! - `ur-PK`: the Gregorian date in Urdu (Pakistan's civil calendar), digits as
//!   CLDR gives Urdu in Pakistan (Latin);
//! - `en`: the ISO date, as the record and every English page have always shown it.
//!
//! ICU4X formats, from CLDR's compiled data; the formatters are built once per
//! locale and kept (a page shows many dates). A date typed in `fa-AF` or
//! `ps-AF` may be a Solar Hijri date in either digit set (`۱۴۰۴/۰۱/۰۱`,
//! `1404-01-01`), converted by ICU4X's Persian calendar.

use std::sync::OnceLock;

use icu_calendar::Date;
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale;

/// The calendar a person reads dates in, over their locale's default: since
/// 2022 Afghan official letters are dated in the lunar Hijri calendar, and a
/// reader in Pakistan may want the Hijri date beside the Gregorian.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Calendar {
    /// The locale's own (Solar Hijri in Dari and Pashto, Gregorian elsewhere).
    #[default]
    LocaleDefault,
    Gregorian,
    SolarHijri,
    /// The tabular (computed) Hijri calendar: the months people keep follow
    /// moon sighting and can differ by a day, so pages say it is computed.
    Hijri,
}

impl Calendar {
    pub const ALL: [Calendar; 4] = [Calendar::LocaleDefault, Calendar::Gregorian, Calendar::SolarHijri, Calendar::Hijri];

    /// Its stable name (the stored preference, the form's value).
    pub fn as_str(self) -> &'static str {
        match self {
            Calendar::LocaleDefault => "locale",
            Calendar::Gregorian => "gregorian",
            Calendar::SolarHijri => "solar_hijri",
            Calendar::Hijri => "hijri",
        }
    }

    pub fn parse(text: &str) -> Option<Calendar> {
        Calendar::ALL.into_iter().find(|c| c.as_str() == text)
    }

    fn index(self) -> usize {
        Calendar::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }
}

/// How dates read in one locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// ISO 8601 as stored (English).
    Iso,
    /// The locale's Gregorian date (Urdu).
    Gregorian,
    /// The Solar Hijri date, the ISO date beside it (Dari, Pashto).
    SolarHijriWithGregorian,
    /// Another calendar's date (a person's choice), the ISO date beside it.
    OtherWithGregorian,
}

/// A locale's date and number formatters.
pub struct LocaleFormats {
    style: Style,
    dates: Option<DateTimeFormatter<YMD>>,
    numbers: DecimalFormatter,
    /// The locale's zero digit (`۰` in Dari), `None` for ASCII digits.
    zero: Option<char>,
}

impl std::fmt::Debug for LocaleFormats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocaleFormats").field("style", &self.style).finish_non_exhaustive()
    }
}

/// The locales with formats of their own, by the tag pages are served in, with
/// the ICU locale (calendar chosen explicitly) and the style.
const LOCALES: [(&str, &str, Style); 4] = [
    ("en", "en", Style::Iso),
    ("ps-AF", "ps-AF-u-ca-persian", Style::SolarHijriWithGregorian),
    ("ur-PK", "ur-PK", Style::Gregorian),
    ("fa-AF", "fa-AF-u-ca-persian", Style::SolarHijriWithGregorian),
];

impl LocaleFormats {
    /// The formats of `tag` (a locale jirga serves; English for any other),
    /// built on first use and kept for the process.
    pub fn of(tag: &str) -> &'static LocaleFormats {
        Self::of_with(tag, Calendar::LocaleDefault)
    }

    /// The formats of `tag` with dates in `calendar` (see [`Calendar`]).
    pub fn of_with(tag: &str, calendar: Calendar) -> &'static LocaleFormats {
        static BUILT: [OnceLock<LocaleFormats>; 16] = [const { OnceLock::new() }; 16];
        let index = LOCALES.iter().position(|(t, ..)| *t == tag).unwrap_or(0);
        let (served, icu_tag, default_style) = LOCALES[index];
        BUILT[index * 4 + calendar.index()].get_or_init(|| {
            let language = served.split('-').next().unwrap_or("en");
            let region = served.split('-').nth(1).map(|r| format!("-{r}")).unwrap_or_default();
            match calendar {
                Calendar::LocaleDefault => LocaleFormats::build(icu_tag, default_style),
                Calendar::Gregorian if default_style == Style::Iso => LocaleFormats::build(icu_tag, Style::Iso),
                Calendar::Gregorian => LocaleFormats::build(&format!("{language}{region}-u-ca-gregory"), Style::Gregorian),
                Calendar::SolarHijri => LocaleFormats::build(&format!("{language}{region}-u-ca-persian"), Style::SolarHijriWithGregorian),
                Calendar::Hijri => LocaleFormats::build(&format!("{language}{region}-u-ca-islamic-civil"), Style::OtherWithGregorian),
            }
        })
    }

    fn build(icu_tag: &str, style: Style) -> LocaleFormats {
        let locale: Locale = icu_tag.parse().expect("a valid locale");
        // CLDR has data for every locale listed above: a failure is a bug of
        // this list, caught by the tests, and falls back to ISO dates.
        let dates = (style != Style::Iso).then(|| DateTimeFormatter::try_new((&locale).into(), YMD::long()).ok()).flatten();
        let numbers = DecimalFormatter::try_new((&locale).into(), Default::default())
            .unwrap_or_else(|_| DecimalFormatter::try_new(Default::default(), Default::default()).expect("root number formats"));
        let zero = numbers.format(&Decimal::from(0)).to_string().chars().next().filter(|z| *z != '0');
        LocaleFormats { style: if dates.is_some() { style } else { Style::Iso }, dates, numbers, zero }
    }

    /// A day as this locale's readers read it (see the module's text).
    /// Remembered per thread: a record's days are few and pages show them
    /// over and over (a Dari dashboard renders at ≥ 0.9× the English one).
    pub fn day(&self, day: jiff::civil::Date) -> String {
        use std::cell::RefCell;
        use std::collections::HashMap;
        thread_local! {
            static SEEN: RefCell<HashMap<(usize, jiff::civil::Date), String>> = RefCell::new(HashMap::new());
        }
        if self.style == Style::Iso {
            return day.to_string();
        }
        let key = (self as *const LocaleFormats as usize, day);
        if let Some(known) = SEEN.with(|seen| seen.borrow().get(&key).cloned()) {
            return known;
        }
        let formatted = self.format_day(day);
        SEEN.with(|seen| {
            let mut seen = seen.borrow_mut();
            if seen.len() >= 4096 {
                seen.clear();
            }
            seen.insert(key, formatted.clone());
        });
        formatted
    }

    fn format_day(&self, day: jiff::civil::Date) -> String {
        let iso = day.to_string();
        let Some(formatter) = &self.dates else { return iso };
        let Ok(date) = Date::try_new_iso(i32::from(day.year()), day.month() as u8, day.day() as u8) else { return iso };
        let local = formatter.format(&date).to_string();
        match self.style {
            Style::Iso => iso,
            Style::Gregorian => local,
            Style::SolarHijriWithGregorian | Style::OtherWithGregorian => format!("{local} ({})", self.digits(&iso)),
        }
    }

    /// A day in this locale's own calendar only (no Gregorian beside it): where
    /// the Gregorian is already shown, as on the bilingual pass card.
    pub fn own_calendar_day(&self, day: jiff::civil::Date) -> String {
        let Some(formatter) = &self.dates else { return day.to_string() };
        match Date::try_new_iso(i32::from(day.year()), day.month() as u8, day.day() as u8) {
            Ok(date) => formatter.format(&date).to_string(),
            Err(_) => day.to_string(),
        }
    }

    /// A whole number in this locale's digits and grouping (۱۲٬۳۴۵ in Dari);
    /// in English as the pages have always shown it (12345).
    pub fn number(&self, n: i64) -> String {
        if self.style == Style::Iso {
            return n.to_string();
        }
        self.numbers.format(&Decimal::from(n)).to_string()
    }

    /// `text` with its ASCII digits in this locale's (codes and ISO dates
    /// shown beside a local date read in the same digits).
    pub fn digits(&self, text: &str) -> String {
        let Some(zero) = self.zero else { return text.to_owned() };
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => char::from_u32(zero as u32 + d).unwrap_or(c),
                _ => c,
            })
            .collect()
    }

    /// Does this locale read dates in the Solar Hijri calendar first (so a
    /// typed date may be one)?
    pub fn solar_hijri(&self) -> bool {
        self.style == Style::SolarHijriWithGregorian
    }

    /// Are its dates in the computed (tabular) Hijri calendar?
    pub fn computed_hijri(&self) -> bool {
        self.style == Style::OtherWithGregorian
    }
}

/// `text` with Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits as
/// ASCII, and the Arabic date separator and slashes as `-`.
pub fn ascii_digits(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '/' | '\u{060D}' | '.' => '-',
            other => other,
        })
        .collect()
}

/// A day typed by a reader of `tag`: `YYYY-MM-DD` in any digits; in `fa-AF` and
/// `ps-AF` a year before 1700 is a Solar Hijri year (`1404-01-01` is 21 March
/// 2025), converted by ICU4X's Persian calendar. `None` for what is not a real day.
pub fn parse_day(text: &str, tag: &str) -> Option<jiff::civil::Date> {
    let ascii = ascii_digits(text);
    let mut parts = ascii.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || ![year, month, day].iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    if year.len() != 4 || month.len() > 2 || day.len() > 2 {
        return None;
    }
    let (year, month, day): (i32, u8, u8) = (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    if year < 1700 && LocaleFormats::of(tag).solar_hijri() {
        let persian = Date::try_new_persian(year, month, day).ok()?;
        let iso = persian.to_calendar(icu_calendar::Iso);
        let year = i16::try_from(iso.year().extended_year()).ok()?;
        return jiff::civil::Date::new(year, iso.month().ordinal as i8, iso.day_of_month().0 as i8).ok();
    }
    jiff::civil::Date::new(i16::try_from(year).ok()?, month as i8, day as i8).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> jiff::civil::Date {
        s.parse().unwrap()
    }

    #[test]
    fn nowruz_is_the_first_of_hamal_in_dari_and_pashto() {
        // 21 March 2025 is 1 Hamal 1404 (Nowruz); 20 March 2025 the last day of 1403.
        let dari = LocaleFormats::of("fa-AF").day(day("2025-03-21"));
        assert!(dari.contains("۱۴۰۴") && dari.contains("حمل") && dari.contains("۱"), "{dari}");
        assert!(dari.contains("(۲۰۲۵-۰۳-۲۱)"), "the Gregorian beside it: {dari}");
        let before = LocaleFormats::of("fa-AF").day(day("2025-03-20"));
        assert!(before.contains("۱۴۰۳") && before.contains("حوت"), "{before}");
        let pashto = LocaleFormats::of("ps-AF").day(day("2025-03-21"));
        assert!(pashto.contains("۱۴۰۴"), "{pashto}");
        let own = LocaleFormats::of("ps-AF").own_calendar_day(day("2025-03-21"));
        assert!(own.contains("۱۴۰۴") && !own.contains("۲۰۲۵"), "the Solar Hijri day alone: {own}");
    }

    #[test]
    fn english_keeps_iso_and_urdu_reads_the_gregorian_in_urdu() {
        assert_eq!(LocaleFormats::of("en").day(day("2025-03-15")), "2025-03-15");
        assert_eq!(LocaleFormats::of("de").day(day("2025-03-15")), "2025-03-15", "unknown: English");
        let urdu = LocaleFormats::of("ur-PK").day(day("2025-03-15"));
        assert!(urdu.contains("مارچ") && urdu.contains("2025"), "{urdu}");
    }

    #[test]
    fn a_person_may_read_dates_in_another_calendar() {
        // 1 Ramadan 1446 was 1 March 2025 by the tabular calendar (28 February
        // by sighting in some places: hence "computed").
        let hijri = LocaleFormats::of_with("ur-PK", Calendar::Hijri).day(day("2025-03-01"));
        assert!(hijri.contains("1446") && hijri.contains("(2025-03-01)"), "{hijri}");
        let gregorian_dari = LocaleFormats::of_with("fa-AF", Calendar::Gregorian).day(day("2025-03-21"));
        assert!(gregorian_dari.contains("۲۰۲۵") && !gregorian_dari.contains("۱۴۰۴"), "{gregorian_dari}");
        let solar_english = LocaleFormats::of_with("en", Calendar::SolarHijri).day(day("2025-03-21"));
        assert!(solar_english.contains("1404") && solar_english.contains("(2025-03-21)"), "{solar_english}");
        assert_eq!(LocaleFormats::of_with("en", Calendar::Gregorian).day(day("2025-03-21")), "2025-03-21");
        assert_eq!(Calendar::parse("hijri"), Some(Calendar::Hijri));
        assert_eq!(Calendar::parse("julian"), None);
    }

    #[test]
    fn numbers_take_the_locales_digits() {
        assert_eq!(LocaleFormats::of("en").number(12345), "12345", "English pages as they were");
        assert_eq!(LocaleFormats::of("fa-AF").number(12345), "۱۲٬۳۴۵");
        assert_eq!(LocaleFormats::of("fa-AF").digits("2025-03-21"), "۲۰۲۵-۰۳-۲۱");
        assert_eq!(LocaleFormats::of("en").digits("2025"), "2025");
    }

    #[test]
    fn a_solar_hijri_date_is_typed_in_either_digit_set() {
        let nowruz = Some(day("2025-03-21"));
        assert_eq!(parse_day("۱۴۰۴/۰۱/۰۱", "fa-AF"), nowruz);
        assert_eq!(parse_day("1404-01-01", "fa-AF"), nowruz);
        assert_eq!(parse_day("1404-1-1", "ps-AF"), nowruz);
        // The year's last day: Esfand/Hoot 1403 has 30 days (a leap year), 1404's 29.
        assert_eq!(parse_day("1403-12-30", "fa-AF"), Some(day("2025-03-20")));
        assert_eq!(parse_day("1404-12-30", "fa-AF"), None, "1404 is not a leap year");
        // Gregorian dates stay Gregorian, in any digits, in every locale.
        assert_eq!(parse_day("۲۰۲۵-۰۳-۲۱", "fa-AF"), nowruz);
        assert_eq!(parse_day("2025-03-21", "en"), nowruz);
        // A Solar Hijri year means nothing in English: not a day.
        assert_eq!(parse_day("1404-01-01", "en"), Some(day("1404-01-01")), "a Gregorian year 1404 in English");
        for bad in ["", "1404", "1404-13-01", "1404-00-10", "2025-02-30", "abcd-ef-gh", "20250-01-01", "1404-01-01-01", "۱۴۰۴/۱۳/۰۱"]
        {
            assert_eq!(parse_day(bad, "fa-AF"), None, "{bad}");
        }
    }
}
