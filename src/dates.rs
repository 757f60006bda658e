//! Date arithmetic, defined once (RULES.md, "Date arithmetic") and used everywhere.
//!
//! All dates are calendar dates: no times, no time zones. Nothing here reads the clock.

use chrono::{Datelike, Days, Months, NaiveDate};
use std::fmt;

pub type Date = NaiveDate;

/// `d + n days`, saturating at the end of chrono's range (never panics on user data).
pub fn add_days(d: Date, n: i64) -> Date {
    let days = Days::new(n.unsigned_abs());
    if n >= 0 {
        d.checked_add_days(days).unwrap_or(Date::MAX)
    } else {
        d.checked_sub_days(days).unwrap_or(Date::MIN)
    }
}

/// `d + n weeks` = `d + 7n days`.
pub fn add_weeks(d: Date, n: i64) -> Date {
    add_days(d, 7 * n)
}

/// `d + n months`: the same day of the month, or the last day of a shorter month
/// (2026-01-31 + 1 month = 2026-02-28). chrono's `Months` clamps exactly so.
pub fn add_months(d: Date, n: i32) -> Date {
    let months = Months::new(n.unsigned_abs());
    if n >= 0 {
        d.checked_add_months(months).unwrap_or(Date::MAX)
    } else {
        d.checked_sub_months(months).unwrap_or(Date::MIN)
    }
}

/// `d + n years`: the same date, 29 February becoming 28 February in a non-leap year.
pub fn add_years(d: Date, n: i32) -> Date {
    add_months(d, n.saturating_mul(12))
}

/// The day a person born on `birth` reaches age `n`. Unlike [`add_years`], a child born
/// on 29 February reaches an age on 1 March of a non-leap year: in Dutch law the age is
/// complete at the end of 28 February, so the birthday is the day after.
pub fn birthday(birth: Date, n: i32) -> Date {
    let year = birth.year().saturating_add(n);
    Date::from_ymd_opt(year, birth.month(), birth.day())
        .or_else(|| Date::from_ymd_opt(year, 3, 1))
        .unwrap_or(Date::MAX)
}

/// Whether someone born on `birth` is younger than `n` on `d`.
pub fn younger_than(birth: Date, n: i32, d: Date) -> bool {
    d < birthday(birth, n)
}

/// A day of the year without a year (`"08-01"`), as the calendar settings give them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct MonthDay {
    pub month: u32,
    pub day: u32,
}

impl MonthDay {
    pub const fn new(month: u32, day: u32) -> MonthDay {
        MonthDay { month, day }
    }

    /// Parses `MM-DD`. 29 February is accepted (it falls on 28 February in other years).
    pub fn parse(s: &str) -> Option<MonthDay> {
        let (m, d) = s.split_once('-')?;
        if m.len() != 2 || d.len() != 2 {
            return None;
        }
        let md = MonthDay::new(m.parse().ok()?, d.parse().ok()?);
        // 2024 is a leap year, so this accepts every day that exists in some year.
        Date::from_ymd_opt(2024, md.month, md.day)?;
        Some(md)
    }

    /// This day in calendar year `year`; 29 February is 28 February in a non-leap year.
    pub fn in_year(self, year: i32) -> Date {
        Date::from_ymd_opt(year, self.month, self.day)
            .or_else(|| Date::from_ymd_opt(year, self.month, 28))
            .unwrap_or(Date::MAX)
    }

    fn of(d: Date) -> MonthDay {
        MonthDay::new(d.month(), d.day())
    }
}

impl fmt::Display for MonthDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}-{:02}", self.month, self.day)
    }
}

/// The school calendar: a school year runs from `start` to the day before the next one.
/// A school year is named by the calendar year it starts in (2025 = 2025-08-01 … 2026-07-31).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SchoolYears {
    pub start: MonthDay,
}

impl SchoolYears {
    /// `SY(d)`: the school year containing `d`.
    pub fn of(&self, d: Date) -> i32 {
        if MonthDay::of(d) >= self.start {
            d.year()
        } else {
            d.year() - 1
        }
    }

    /// `start(SY)`: the first day of school year `sy`.
    pub fn start(&self, sy: i32) -> Date {
        self.start.in_year(sy)
    }

    /// `end(SY)`: the last day of school year `sy`.
    pub fn end(&self, sy: i32) -> Date {
        add_days(self.start(sy + 1), -1)
    }

    /// The date of a calendar day (`spring_by`, `start_meeting_by`) within school year `sy`:
    /// days before the school year's start fall in the second calendar year.
    pub fn day_in(&self, sy: i32, md: MonthDay) -> Date {
        if md >= self.start {
            md.in_year(sy)
        } else {
            md.in_year(sy + 1)
        }
    }

    /// The school year in which a Pro/VSO student is in leerjaar `leerjaar`:
    /// leerjaar on d = SY(d) − SY(enrolled) + 1 + year_offset.
    pub fn of_leerjaar(&self, enrolled: Date, year_offset: i32, leerjaar: i32) -> i32 {
        self.of(enrolled) + leerjaar - 1 - year_offset
    }
}

/// Parses `YYYY-MM-DD` strictly (as the command line and `UITSTROOM_TODAY` give dates).
pub fn parse_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    Date::parse_from_str(s, "%Y-%m-%d").ok()
}

/// The first and last date the tool accepts, on the command line and in files. Every
/// date a student's case has — birth, school, 27 years of follow-up, a deferral — lies
/// far inside; a date outside is a typo (`9999-12-31`), and one kept would print as
/// `+10000-06-30` once a rule adds months to it, breaking the `YYYY-MM-DD` of the JSON
/// contracts.
pub const FIRST: Date = match Date::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => panic!("1900-01-01 is a date"),
};
pub const LAST: Date = match Date::from_ymd_opt(2199, 12, 31) {
    Some(d) => d,
    None => panic!("2199-12-31 is a date"),
};

/// Whether `d` lies in [`FIRST`]..=[`LAST`].
pub fn plausible(d: Date) -> bool {
    (FIRST..=LAST).contains(&d)
}

/// What to say about a date outside the range (the same words everywhere).
pub fn implausible(d: Date) -> String {
    crate::tr!(
        crate::i18n::messages::args::OUTSIDE_YEARS,
        date = d,
        first = FIRST.year(),
        last = LAST.year()
    )
}

/// A date argument: `YYYY-MM-DD`, an existing day, in the plausible range; the error
/// says what to write.
pub fn parse_arg(s: &str) -> Result<Date, String> {
    use crate::i18n::messages::args as m;
    let value = crate::text::clean(s);
    match parse_date(s) {
        Some(d) if plausible(d) => Ok(d),
        Some(d) => Err(crate::tr!(m::DATE_IMPLAUSIBLE, value, why = implausible(d))),
        None => Err(crate::tr!(m::DATE_INVALID, value)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    /// Issue 10: `log … --date 9999-12-31` was accepted and `due --format json` then
    /// printed `"due": "+10000-06-30"`.
    #[test]
    fn dates_are_bounded_to_a_plausible_range() {
        assert_eq!(parse_arg("1900-01-01"), Ok(d("1900-01-01")));
        assert_eq!(parse_arg("2199-12-31"), Ok(d("2199-12-31")));
        let e = parse_arg("9999-12-31").unwrap_err();
        assert_eq!(
            e,
            "`9999-12-31`: 9999-12-31 is outside the years 1900 to 2199; check the year"
        );
        assert!(parse_arg("1899-12-31").is_err());
        assert!(parse_arg("2026-02-30").unwrap_err().contains("is not a date"));
        // Whatever a rule adds to a plausible date still prints as YYYY-MM-DD.
        assert_eq!(add_years(LAST, 100).to_string().len(), 10);
    }

    /// RULES.md: "2026-01-31 + 1 month = 2026-02-28".
    #[test]
    fn month_end_clamps_to_last_day() {
        assert_eq!(add_months(d("2026-01-31"), 1), d("2026-02-28"));
        assert_eq!(add_months(d("2028-01-31"), 1), d("2028-02-29"));
        assert_eq!(add_months(d("2026-08-31"), 3), d("2026-11-30"));
        assert_eq!(add_months(d("2026-11-30"), 3), d("2027-02-28"));
        assert_eq!(add_months(d("2026-05-15"), 6), d("2026-11-15"));
    }

    #[test]
    fn weeks_are_seven_days() {
        assert_eq!(add_weeks(d("2025-08-25"), 16), d("2025-12-15"));
        assert_eq!(add_weeks(d("2027-11-15"), 16), d("2028-03-06"));
    }

    /// RULES.md: "29 February becomes 28 February in a non-leap year".
    #[test]
    fn years_from_29_february_land_on_28_february() {
        assert_eq!(add_years(d("2024-02-29"), 2), d("2026-02-28"));
        assert_eq!(add_years(d("2024-02-29"), 4), d("2028-02-29"));
        assert_eq!(add_years(d("2025-07-10"), 2), d("2027-07-10"));
    }

    /// RULES.md: "a child born on 29 February reaches it on 1 March in a non-leap year".
    #[test]
    fn leapling_reaches_an_age_on_1_march() {
        let birth = d("2008-02-29");
        assert_eq!(birthday(birth, 18), d("2026-03-01"));
        assert_eq!(birthday(birth, 16), d("2024-02-29"));
        assert_eq!(birthday(birth, 23), d("2031-03-01"));
        assert!(younger_than(birth, 18, d("2026-02-28")));
        assert!(!younger_than(birth, 18, d("2026-03-01")));
    }

    #[test]
    fn age_is_reached_on_the_birthday() {
        let birth = d("2008-05-14");
        assert_eq!(birthday(birth, 23), d("2031-05-14"));
        assert!(younger_than(birth, 23, d("2031-05-13")));
        assert!(!younger_than(birth, 23, d("2031-05-14")));
    }

    #[test]
    fn school_year_boundaries() {
        let sy = SchoolYears {
            start: MonthDay::new(8, 1),
        };
        assert_eq!(sy.of(d("2025-07-31")), 2024);
        assert_eq!(sy.of(d("2025-08-01")), 2025);
        assert_eq!(sy.start(2025), d("2025-08-01"));
        assert_eq!(sy.end(2025), d("2026-07-31"));
        assert_eq!(sy.day_in(2025, MonthDay::new(10, 1)), d("2025-10-01"));
        assert_eq!(sy.day_in(2025, MonthDay::new(3, 1)), d("2026-03-01"));
        assert_eq!(sy.day_in(2025, MonthDay::new(5, 31)), d("2026-05-31"));
    }

    #[test]
    fn school_year_with_another_start() {
        let sy = SchoolYears {
            start: MonthDay::new(9, 1),
        };
        assert_eq!(sy.of(d("2025-08-31")), 2024);
        assert_eq!(sy.end(2024), d("2025-08-31"));
    }

    /// Leerjaar = SY(d) − SY(enrolled) + 1, plus `year_offset`.
    #[test]
    fn leerjaar_school_years() {
        let sy = SchoolYears {
            start: MonthDay::new(8, 1),
        };
        assert_eq!(sy.of_leerjaar(d("2021-08-23"), 0, 3), 2023);
        assert_eq!(sy.of_leerjaar(d("2021-08-23"), 1, 3), 2022);
        // Enrolled in July belongs to the school year that began the August before.
        assert_eq!(sy.of_leerjaar(d("2022-07-15"), 0, 1), 2021);
    }

    #[test]
    fn month_day_parsing() {
        assert_eq!(MonthDay::parse("08-01"), Some(MonthDay::new(8, 1)));
        assert_eq!(MonthDay::parse("02-29"), Some(MonthDay::new(2, 29)));
        assert_eq!(MonthDay::parse("02-30"), None);
        assert_eq!(MonthDay::parse("8-1"), None);
        assert_eq!(MonthDay::new(2, 29).in_year(2026), d("2026-02-28"));
    }

    #[test]
    fn strict_date_parsing() {
        assert_eq!(parse_date("2008-02-30"), None);
        assert_eq!(parse_date("2026-1-05"), None);
        assert!(parse_date("2024-02-29").is_some());
    }
}
