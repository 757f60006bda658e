//! Output formats, one file each: what a person reads at a terminal (`table`), what cron
//! mails (`plain`), and what scripts read (`json`, a contract in SPEC.md).

/// Escapes what would steer a terminal or forge a line; applied wherever user text
/// (names, notes, places, contacts) enters human output. See `text.rs`.
pub use crate::text::clean;

pub mod csv;
pub mod export;
pub mod ics;
pub mod json;
pub mod plain;
pub mod report;
pub mod table;

use crate::dates::Date;
use crate::engine::Phase;
use crate::rules::{Rule, Status, Title};
use crate::student::Track;
use chrono::Datelike;

/// A student as `due` shows it: what every row of the student repeats, kept once.
///
/// Its text — id, name, school and each contact's role and name — lives in one
/// allocation: at 100,000 students nine small strings each (with the contacts that `due`
/// shows since issue 11) were a third of `due`'s memory and as many `malloc`s.
#[derive(Clone, Debug)]
pub struct Case {
    /// id, name, school and municipality (empty when there is none), then role and name
    /// of each contact.
    text: Box<str>,
    /// Where each part of `text` ends.
    ends: Box<[u32]>,
    pub track: Track,
    has_school: bool,
    has_municipality: bool,
}

impl Case {
    /// The case of a student, as `due` and `list` keep it (`list` also shows the
    /// municipality; `due` leaves it out).
    pub fn of(s: &crate::student::Student, municipality: bool) -> Case {
        Case::new(
            &s.id,
            &s.name,
            s.track,
            s.school.as_deref(),
            s.municipality.as_deref().filter(|_| municipality),
            s.contacts.iter().map(|(r, n)| (r.as_str(), n.as_str())),
        )
    }

    pub fn new<'a>(
        id: &str,
        name: &str,
        track: Track,
        school: Option<&str>,
        municipality: Option<&str>,
        contacts: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Case {
        let mut text = String::with_capacity(id.len() + name.len() + 64);
        let mut ends = Vec::with_capacity(9);
        let mut part = |s: &str| {
            text.push_str(s);
            ends.push(u32::try_from(text.len()).unwrap_or(u32::MAX));
        };
        part(id);
        part(name);
        part(school.unwrap_or(""));
        part(municipality.unwrap_or(""));
        for (role, who) in contacts {
            part(role);
            part(who);
        }
        Case {
            text: text.into_boxed_str(),
            ends: ends.into_boxed_slice(),
            track,
            has_school: school.is_some(),
            has_municipality: municipality.is_some(),
        }
    }

    fn part(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    pub fn id(&self) -> &str {
        self.part(0)
    }

    pub fn name(&self) -> &str {
        self.part(1)
    }

    pub fn school(&self) -> Option<&str> {
        self.has_school.then(|| self.part(2))
    }

    pub fn municipality(&self) -> Option<&str> {
        self.has_municipality.then(|| self.part(3))
    }

    /// `[contacts]` (role, name), in file order.
    pub fn contacts(&self) -> impl Iterator<Item = (&str, &str)> + Clone + '_ {
        (4..self.ends.len())
            .step_by(2)
            .map(|i| (self.part(i), self.part(i + 1)))
    }

    /// The contact of a role (`""` when there is none), for a column per role.
    pub fn contact(&self, role: &str) -> &str {
        self.contacts()
            .find(|(k, _)| k.eq_ignore_ascii_case(role))
            .map_or("", |(_, v)| v)
    }

    /// The person in `[contacts]` who carries an owner's actions: the mentor for the
    /// school, the Doorstroomcoach, the Jongerenadviseur.
    pub fn contact_for(&self, owner: crate::rules::Owner) -> Option<&str> {
        let role = match owner {
            crate::rules::Owner::School => "mentor",
            crate::rules::Owner::Doorstroompunt => "doorstroomcoach",
            crate::rules::Owner::CheckIn => "jongerenadviseur",
        };
        self.contacts()
            .find(|(r, _)| r.eq_ignore_ascii_case(role))
            .map(|(_, n)| n)
    }
}

/// One open action, compact (24 bytes): the student's document is dropped once its
/// actions are made, so 100,000 students fit in a few tens of MiB.
#[derive(Clone, Copy, Debug)]
pub struct Act {
    /// Index into `rules::ALL`.
    pub rule: u8,
    pub status: Status,
    /// Tells apart instances of the rule with the same opening (`render::ics::sequence`).
    pub seq: u8,
    pub opens: Date,
    pub due: Date,
    pub title: &'static Title,
}

impl Act {
    pub fn rule(&self) -> &'static Rule {
        crate::rules::ALL[usize::from(self.rule)]
    }
}

/// The rows of `due`: every student's actions, and their order.
#[derive(Debug, Default)]
pub struct DueList {
    pub cases: Vec<Case>,
    pub acts: Vec<Box<[Act]>>,
    /// (case index, action index), sorted as SPEC.md says: by due, case, rule.
    order: Vec<(u32, u32)>,
}

/// One row: a student and one of its actions.
#[derive(Clone, Copy)]
pub struct Row<'a> {
    pub case: &'a Case,
    pub act: &'a Act,
}

/// The index of a case, or of an action of one case, as the u32 a row keeps (two to a
/// row instead of two usizes): each case takes far more than a byte of memory, so
/// there are fewer than 2^32 of them.
fn row_index(i: usize) -> u32 {
    u32::try_from(i).expect("fewer than 2^32 cases")
}

impl DueList {
    pub fn push(&mut self, case: Case, acts: Vec<Act>) {
        if !acts.is_empty() {
            self.cases.push(case);
            self.acts.push(acts.into_boxed_slice());
        }
    }

    /// Sorts by due date, then case id, then rule id, through small integer keys rather
    /// than string comparisons.
    pub fn sort(&mut self) {
        use rayon::slice::ParallelSliceMut;
        // Both sorts run on all cores; ties (a duplicate id) break on the listing order,
        // so the output is the same for every number of threads.
        let mut by_id: Vec<u32> = (0..row_index(self.cases.len())).collect();
        by_id.par_sort_unstable_by(|&a, &b| {
            (self.cases[a as usize].id(), a).cmp(&(self.cases[b as usize].id(), b))
        });
        let mut case_rank = vec![0u32; self.cases.len()];
        for (rank, &c) in by_id.iter().enumerate() {
            case_rank[c as usize] = row_index(rank);
        }
        let rule_rank = crate::rules::id_ranks();
        if self.cases.len() >= 1 << 24 {
            // More cases than the packed key below has room for: compare field by field.
            let mut order: Vec<(u32, u32)> = self
                .acts
                .iter()
                .enumerate()
                .flat_map(|(c, acts)| (0..row_index(acts.len())).map(move |a| (row_index(c), a)))
                .collect();
            order.sort_unstable_by_key(|&(c, a)| {
                let act = &self.acts[c as usize][a as usize];
                (
                    act.due,
                    case_rank[c as usize],
                    rule_rank[usize::from(act.rule)],
                    a,
                )
            });
            self.order = order;
            return;
        }
        // One integer key per row: the due day, the case's rank and the rule's rank packed
        // into a u64 (32, 24 and 8 bits), the action's index as the last tie-break: the
        // order is total, the same on every run, and sorted without string comparisons.
        let mut keyed: Vec<(u64, u32)> = Vec::with_capacity(self.acts.iter().map(|a| a.len()).sum());
        for (c, acts) in self.acts.iter().enumerate() {
            let rank = u64::from(case_rank[c]);
            for (a, act) in acts.iter().enumerate() {
                // The day moved by 2^31 into u32's order: flipping the sign bit.
                let day = u64::from(act.due.num_days_from_ce().cast_unsigned() ^ (1 << 31));
                keyed.push((
                    day << 32 | rank << 8 | u64::from(rule_rank[usize::from(act.rule)]),
                    row_index(a),
                ));
            }
        }
        keyed.par_sort_unstable();
        self.order = keyed
            .into_iter()
            .map(|(k, a)| (by_id[usize::try_from((k >> 8) & 0xFF_FFFF).expect("24 bits")], a))
            .collect();
    }

    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.order.iter().map(|&(c, a)| Row {
            case: &self.cases[c as usize],
            act: &self.acts[c as usize][a as usize],
        })
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// How many rows there are.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// The rows from `start` (up to `len` of them), in list order.
    pub fn rows_at(&self, start: usize, len: usize) -> impl Iterator<Item = Row<'_>> {
        self.order.iter().skip(start).take(len).map(|&(c, a)| Row {
            case: &self.cases[c as usize],
            act: &self.acts[c as usize][a as usize],
        })
    }

    /// The rows split into groups by `key` (groups in key order, rows in list order), for
    /// one digest per owner or per person.
    pub fn group_by(&self, key: impl Fn(Row<'_>) -> String) -> Vec<(String, DueList)> {
        let mut groups: std::collections::BTreeMap<String, DueList> = Default::default();
        for row in self.rows() {
            let g = groups.entry(key(row)).or_default();
            g.order.push((row_index(g.cases.len()), 0));
            g.cases.push(row.case.clone());
            g.acts.push(Box::new([*row.act]));
        }
        groups.into_iter().collect()
    }
}

/// One student, as `list` shows it.
#[derive(Clone, Debug)]
pub struct ListRow {
    /// Id, name, track, school, municipality and contacts, in one allocation.
    pub case: Case,
    pub phase: Phase,
    pub vsv: bool,
    pub in_region: bool,
    pub monitoring_ended: bool,
    pub next: Option<(&'static Rule, &'static Title, Date, Status)>,
}

/// The contact roles that CSV columns are made for: mentor, jongerenadviseur and
/// doorstroomcoach always (so the columns stay in place), then any other role the
/// students have, alphabetically (roles compared without case).
pub fn contact_roles<'a>(roles: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = ["mentor", "jongerenadviseur", "doorstroomcoach"]
        .map(String::from)
        .to_vec();
    let mut extra: Vec<String> = Vec::new();
    for r in roles {
        let r = r.to_lowercase();
        if !out.contains(&r) && !extra.contains(&r) {
            extra.push(r);
        }
    }
    extra.sort();
    out.extend(extra);
    out
}

/// The name in `[contacts]` for a role (compared without case), or "".
pub fn contact<'a, K: AsRef<str> + 'a, V: AsRef<str> + 'a>(pairs: &'a [(K, V)], role: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k.as_ref().eq_ignore_ascii_case(role))
        .map_or("", |(_, v)| v.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{ALL, Status};

    /// A list with one student whose name carries a terminal escape and a newline, as if
    /// it had come past the reader (which refuses both): the renderers still escape it.
    fn hostile_list() -> DueList {
        let d = crate::dates::parse_date("2026-08-01").unwrap_or_default();
        let mut list = DueList::default();
        list.push(
            Case::new(
                "sem",
                "A\u{1b}]0;pwned\u{7}B\n2026-01-01  overdue  forged",
                Track::Pro,
                None,
                None,
                [],
            ),
            vec![Act {
                rule: 0,
                status: Status::Overdue,
                seq: 0,
                opens: d,
                due: d,
                title: &ALL[0].title,
            }],
        );
        list.sort();
        list
    }

    /// Issue 10: a name with a newline forged a line in `due --format plain`, and terminal
    /// escapes reached the terminal raw.
    #[test]
    fn plain_and_table_escape_names() {
        let list = hostile_list();
        let mut plain = Vec::new();
        plain::due(&mut plain, &list).unwrap_or_default();
        let plain = String::from_utf8(plain).unwrap_or_default();
        assert_eq!(plain.lines().count(), 1, "{plain}");
        assert!(
            plain.contains("sem  A\\u{1b}]0;pwned\\u{7}B\\n2026-01-01  overdue  forged: "),
            "{plain}"
        );
        let table = table::due(&list, false, true, Some(80));
        assert!(!table.chars().any(|c| c.is_control() && c != '\n'), "{table:?}");
        assert!(
            !table.contains("\nforged") && !table.contains("\n2026-01-01  overdue"),
            "{table}"
        );
    }
}
