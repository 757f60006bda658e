//! The folder settings, `uitstroom.toml` (SPEC.md), with their defaults.

use crate::dates::{MonthDay, SchoolYears};
use crate::diag::{Diagnostic, Problem};
use crate::i18n::messages::read as m;
use crate::read::Reader;
use crate::tr;
use std::path::Path;

#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub region_name: String,
    pub municipalities: Vec<String>,
    pub school_year_start: MonthDay,
    pub summer_start: MonthDay,
    pub start_meeting_by: MonthDay,
    pub spring_from: MonthDay,
    pub spring_by: MonthDay,
    pub follow_up_days: i64,
    pub aftercare_interval_months: i32,
    /// `report`: a student is "in view" while the last event is at most this many months
    /// old.
    pub in_view_months: i32,
    /// `uitstroom retention` lists archived cases whose last event is older than this.
    pub retention_years: i32,
    pub auto_commit: bool,
}

/// Former municipalities and the one they merged into: a student file written before a
/// merger still counts (RULES.md, "Scope and region").
pub const FORMER_MUNICIPALITIES: &[(&str, &str, &str)] = &[
    ("Heerhugowaard", "Dijk en Waard", "1 January 2022"),
    ("Langedijk", "Dijk en Waard", "1 January 2022"),
    ("Graft-De Rijp", "Alkmaar", "1 January 2015"),
    ("Schermer", "Alkmaar", "1 January 2015"),
];

/// The dates of [`FORMER_MUNICIPALITIES`] in Dutch, in the same order.
const MERGED_SINCE_NL: &[&str] = &[
    "1 januari 2022",
    "1 januari 2022",
    "1 januari 2015",
    "1 januari 2015",
];

impl Default for Settings {
    fn default() -> Self {
        Settings {
            region_name: "Noord-Kennemerland".into(),
            municipalities: [
                "Alkmaar",
                "Dijk en Waard",
                "Bergen",
                "Uitgeest",
                "Castricum",
                "Heiloo",
            ]
            .map(String::from)
            .to_vec(),
            school_year_start: MonthDay::new(8, 1),
            summer_start: MonthDay::new(7, 1),
            start_meeting_by: MonthDay::new(10, 1),
            spring_from: MonthDay::new(3, 1),
            spring_by: MonthDay::new(5, 31),
            follow_up_days: 14,
            aftercare_interval_months: 6,
            in_view_months: 6,
            retention_years: 5,
            auto_commit: true,
        }
    }
}

/// Compares municipality names as people type them: case and surrounding space ignored,
/// `-` and space alike ("Dijk-en-Waard").
fn same_name(a: &str, b: &str) -> bool {
    // Compared character by character, without building the normalised names: every
    // student's municipality is compared with the region's list on every read.
    fn norm(s: &str) -> impl Iterator<Item = char> + '_ {
        s.trim().chars().map(|c| {
            if c == '-' {
                ' '
            } else {
                c.to_lowercase().next().unwrap_or(c)
            }
        })
    }
    norm(a).eq(norm(b))
}

impl Settings {
    pub fn school_years(&self) -> SchoolYears {
        SchoolYears {
            start: self.school_year_start,
        }
    }

    /// The current name of a former municipality, if `name` is one, and since when
    /// (in the language of this run: "1 januari 2022").
    pub fn current_name(name: &str) -> Option<(&'static str, &'static str)> {
        let i = FORMER_MUNICIPALITIES
            .iter()
            .position(|(old, _, _)| same_name(old, name))?;
        let (_, new, since) = FORMER_MUNICIPALITIES[i];
        match crate::i18n::lang() {
            crate::Lang::En => Some((new, since)),
            crate::Lang::Nl => Some((new, MERGED_SINCE_NL[i])),
        }
    }

    /// Whether a student living in `municipality` falls under Route Arbeid.
    pub fn in_region(&self, municipality: Option<&str>) -> bool {
        let Some(m) = municipality else { return false };
        let current = Self::current_name(m).map_or(m, |(new, _)| new);
        self.municipalities
            .iter()
            .any(|r| same_name(r, current) || same_name(r, m))
    }

    /// Reads `uitstroom.toml`; an empty file means all defaults.
    pub fn parse(src: &str, path: &Path) -> Result<Settings, Vec<Diagnostic>> {
        let mut r = Reader::new(src, path);
        let mut s = Settings::default();
        if let Some(doc) = r.parse()
            && let Some(t) = doc.get_ref().as_table()
        {
            read_into(&mut r, t, &mut s);
        }
        if r.diags.is_empty() { Ok(s) } else { Err(r.diags) }
    }
}

fn read_into(r: &mut Reader<'_>, root: &crate::read::Table<'_>, s: &mut Settings) {
    let section = |section: &str| tr!(m::IN_SECTION, section);
    r.unknown_keys(
        root,
        &["region", "calendar", "terms", "privacy", "git"],
        m::IN_SETTINGS.text(),
    );
    if let Some(v) = root.get("region")
        && let Some(t) = r.table("region", v)
    {
        r.unknown_keys(t, &["name", "municipalities"], &section("region"));
        if let Some(v) = t.get("name")
            && let Some(n) = r.str("region.name", v)
        {
            s.region_name = n;
        }
        if let Some(v) = t.get("municipalities") {
            match v.get_ref().as_array() {
                Some(items) => {
                    s.municipalities = items
                        .iter()
                        .filter_map(|i| r.str("region.municipalities", i))
                        .collect();
                }
                None => r.error(
                    &v.span(),
                    Problem::WrongType,
                    m::MUNICIPALITIES_NOT_A_LIST.text(),
                    Some(m::HINT_MUNICIPALITIES.text().into()),
                ),
            }
        }
    }
    if let Some(v) = root.get("calendar")
        && let Some(t) = r.table("calendar", v)
    {
        let keys = [
            "school_year_start",
            "summer_start",
            "start_meeting_by",
            "spring_from",
            "spring_by",
        ];
        r.unknown_keys(t, &keys, &section("calendar"));
        for (k, v) in t.iter() {
            let key = k.get_ref();
            let field = match key {
                "school_year_start" => &mut s.school_year_start,
                "summer_start" => &mut s.summer_start,
                "start_meeting_by" => &mut s.start_meeting_by,
                "spring_from" => &mut s.spring_from,
                "spring_by" => &mut s.spring_by,
                _ => continue,
            };
            match v.get_ref().as_str().and_then(MonthDay::parse) {
                Some(md) => *field = md,
                None => r.error(
                    &v.span(),
                    Problem::WrongType,
                    tr!(m::NOT_A_DAY_OF_YEAR, key),
                    Some(tr!(m::HINT_WRITE_AS, key, example = format!("\"{field}\""))),
                ),
            }
        }
    }
    if let Some(v) = root.get("terms")
        && let Some(t) = r.table("terms", v)
    {
        r.unknown_keys(
            t,
            &["follow_up_days", "aftercare_interval_months", "in_view_months"],
            &section("terms"),
        );
        if let Some(v) = t.get("follow_up_days")
            && let Some(n) = r.int("terms.follow_up_days", v, 0..3661)
        {
            s.follow_up_days = n;
        }
        if let Some(v) = t.get("aftercare_interval_months")
            && let Some(n) = r.int("terms.aftercare_interval_months", v, 0..121)
        {
            s.aftercare_interval_months = i32::try_from(n).expect("r.int keeps it to 0..=120");
        }
        if let Some(v) = t.get("in_view_months")
            && let Some(n) = r.int("terms.in_view_months", v, 1..121)
        {
            s.in_view_months = i32::try_from(n).expect("r.int keeps it to 1..=120");
        }
    }
    if let Some(v) = root.get("privacy")
        && let Some(t) = r.table("privacy", v)
    {
        r.unknown_keys(t, &["retention_years"], &section("privacy"));
        if let Some(v) = t.get("retention_years")
            && let Some(n) = r.int("privacy.retention_years", v, 1..101)
        {
            s.retention_years = i32::try_from(n).expect("r.int keeps it to 1..=100");
        }
    }
    if let Some(v) = root.get("git")
        && let Some(t) = r.table("git", v)
    {
        r.unknown_keys(t, &["auto_commit"], &section("git"));
        if let Some(v) = t.get("auto_commit")
            && let Some(b) = r.bool("git.auto_commit", v)
        {
            s.auto_commit = b;
        }
    }
}

/// What each setting means, for the manual (`uitstroom.5`, which takes the defaults from
/// [`INIT_TEMPLATE`]). A test holds every key of the template to an entry here.
pub const DOCS: &[(&str, &str)] = &[
    (
        "region.name",
        "The name of the region, as `show` and `check` print it.",
    ),
    (
        "region.municipalities",
        "Route Arbeid applies only to students living in these municipalities; for others only the school's own duties are computed. Former names (Heerhugowaard, Langedijk, Graft-De Rijp, Schermer) count as the municipality they merged into.",
    ),
    (
        "calendar.school_year_start",
        "The first day of the school year (MM-DD).",
    ),
    (
        "calendar.summer_start",
        "The summer enrolment check opens on this day.",
    ),
    (
        "calendar.start_meeting_by",
        "The start meeting is due by this day.",
    ),
    (
        "calendar.spring_from",
        "The Entree spring review opens on this day.",
    ),
    (
        "calendar.spring_by",
        "The Entree spring review is due by this day.",
    ),
    (
        "terms.follow_up_days",
        "Days to follow up a signal (enrolment missing, job lost, a stop advice, …).",
    ),
    (
        "terms.aftercare_interval_months",
        "Months between the school's aftercare contacts; 0 turns them off.",
    ),
    (
        "terms.in_view_months",
        "`report`: a student in aftercare or monitoring is in view while the last event is at most this many months old.",
    ),
    (
        "privacy.retention_years",
        "`uitstroom retention` lists the archived cases whose last event is older than this many years, so that they can be deleted.",
    ),
    (
        "git.auto_commit",
        "Commit each change when the folder is in a git work tree.",
    ),
];

/// The settings file `init` writes: every default written out, with comments.
pub const INIT_TEMPLATE: &str = r#"# uitstroom folder settings. Every value below is the default; change what differs
# for your region. An empty file means the same as this one.

[region]
# Route Arbeid applies only to students living in these municipalities; for others
# only the school's own duties are computed. Former names (Heerhugowaard, Langedijk,
# Graft-De Rijp, Schermer) count as the municipality they merged into.
name = "Noord-Kennemerland"
municipalities = ["Alkmaar", "Dijk en Waard", "Bergen", "Uitgeest", "Castricum", "Heiloo"]

[calendar]
school_year_start = "08-01"   # first day of the school year (MM-DD)
summer_start = "07-01"        # the summer enrolment check opens on this day
start_meeting_by = "10-01"    # the start meeting is due by this day
spring_from = "03-01"         # the Entree spring review opens ...
spring_by = "05-31"           # ... and is due by this day

[terms]
follow_up_days = 14             # days to follow up a signal (enrolment missing, job lost, ...)
aftercare_interval_months = 6   # months between aftercare contacts; 0 turns them off
in_view_months = 6              # report: "in view" while the last event is at most this old

[privacy]
retention_years = 5   # `uitstroom retention` lists archived cases whose last event is older

[git]
auto_commit = true    # commit each change when the folder is a git work tree
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_file_means_defaults() {
        assert_eq!(
            Settings::parse("", Path::new("u.toml")).unwrap(),
            Settings::default()
        );
    }

    /// Every setting is documented for the manual, and only settings are.
    #[test]
    fn every_setting_has_its_docs() {
        let doc: toml::Table = toml::from_str(INIT_TEMPLATE).unwrap();
        let mut keys = Vec::new();
        for (table, t) in &doc {
            for key in t.as_table().unwrap().keys() {
                keys.push(format!("{table}.{key}"));
            }
        }
        let mut documented: Vec<String> = DOCS.iter().map(|(k, _)| k.to_string()).collect();
        documented.sort();
        assert_eq!(keys, documented);
    }

    #[test]
    fn init_template_is_the_defaults() {
        assert_eq!(
            Settings::parse(INIT_TEMPLATE, Path::new("u.toml")).unwrap(),
            Settings::default()
        );
    }

    #[test]
    fn every_merger_has_its_dutch_date() {
        assert_eq!(MERGED_SINCE_NL.len(), FORMER_MUNICIPALITIES.len());
        for ((_, _, en), nl) in FORMER_MUNICIPALITIES.iter().zip(MERGED_SINCE_NL) {
            assert_eq!(en.replace("January", "januari"), *nl);
        }
    }

    /// RULES.md: "Graft-De Rijp and Schermer (Alkmaar since 1 January 2015)",
    /// "Heerhugowaard and Langedijk (Dijk en Waard since 1 January 2022)".
    #[test]
    fn former_municipalities_count_as_their_successor() {
        let s = Settings::default();
        for m in [
            "Heerhugowaard",
            "Langedijk",
            "Graft-De Rijp",
            "Schermer",
            "heiloo",
            " Dijk-en-Waard ",
        ] {
            assert!(s.in_region(Some(m)), "{m}");
        }
        for m in ["Hoorn", "Zaanstad", ""] {
            assert!(!s.in_region(Some(m)), "{m}");
        }
        assert!(!s.in_region(None));
    }

    #[test]
    fn unknown_setting_is_reported_with_suggestion() {
        let src = "[terms]\nfollow_up_dayz = 10\n";
        let errs = Settings::parse(src, Path::new("uitstroom.toml")).unwrap_err();
        assert_eq!(
            errs[0].to_string(),
            "uitstroom.toml:2:1: error: unknown key `follow_up_dayz` in [terms]\n  hint: did you mean `follow_up_days`?"
        );
    }

    #[test]
    fn non_default_values_are_read() {
        let src = "[calendar]\nschool_year_start = \"09-01\"\n[terms]\nfollow_up_days = 7\nin_view_months = 3\n[region]\nmunicipalities = [\"Hoorn\"]\n[privacy]\nretention_years = 7\n";
        let s = Settings::parse(src, Path::new("u.toml")).unwrap();
        assert_eq!(s.retention_years, 7);
        assert_eq!(s.school_year_start, MonthDay::new(9, 1));
        assert_eq!(s.follow_up_days, 7);
        assert_eq!(s.in_view_months, 3);
        assert!(s.in_region(Some("Hoorn")));
        assert!(!s.in_region(Some("Alkmaar")));
    }
}
