//! The figures of `report` (SPEC.md, "Reports"; `contracts/report.schema.json` defines
//! each one). Pure: each student's share is computed from the student, the settings
//! and today, and shares add up in any order, so the command reads every file once, on
//! all cores, and keeps nothing of a student but its share.

use crate::dates::{self, Date};
use crate::engine::{self, Phase};
use crate::read::Named;
use crate::rules::{ActionKind, Owner, Status};
use crate::settings::Settings;
use crate::student::{Destination, Diploma, EventKind, Student, Track};
use std::collections::BTreeMap;

/// The destination groups whose "bestendigheid" is reported: paid work (`work`,
/// `sheltered-work`, `practical-learning`) and `education`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Work,
    Education,
}

impl Group {
    pub const ALL: [Group; 2] = [Group::Work, Group::Education];

    pub fn name(self) -> &'static str {
        match self {
            Group::Work => "work",
            Group::Education => "education",
        }
    }

    fn of(exit: &crate::student::Exit) -> Option<Group> {
        if exit.is_to_work_like() {
            Some(Group::Work)
        } else if exit.is_to(Destination::Education) {
            Some(Group::Education)
        } else {
            None
        }
    }
}

/// After 1 and after 2 years.
pub const AFTER_YEARS: [i32; 2] = [1, 2];

/// Leavers of one group whose exit + N years has come, and of those, the ones in place.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InPlace {
    pub known: u64,
    pub in_place: u64,
}

impl InPlace {
    fn add(&mut self, o: &InPlace) {
        self.known += o.known;
        self.in_place += o.in_place;
    }
}

/// The leavers of one school year of exit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Year {
    pub leavers: u64,
    /// Per `Track::ALL`.
    pub by_track: [u64; 3],
    /// Per `Destination::ALL`.
    pub by_destination: [u64; 6],
    /// Exits without a destination (an error `check` reports): not in `by_destination`.
    pub no_destination: u64,
    /// Per `Diploma::ALL`; an exit without `diploma` counts as `none`, as RULES.md reads
    /// it for `exit-interview` ("no `diploma` (or `diploma = "none"`)").
    pub by_diploma: [u64; 9],
    pub vsv: u64,
    /// `[after N years][group]`, N in [`AFTER_YEARS`], group in [`Group::ALL`].
    pub in_place: [[InPlace; 2]; 2],
    /// Leavers per [`Group::ALL`], known yet or not: a group without leavers has nothing
    /// to become known (shown as such, not as "not yet known").
    pub group_leavers: [u64; 2],
}

impl Year {
    fn add(&mut self, o: &Year) {
        self.leavers += o.leavers;
        add_counts(&mut self.by_track, &o.by_track);
        add_counts(&mut self.by_destination, &o.by_destination);
        self.no_destination += o.no_destination;
        add_counts(&mut self.by_diploma, &o.by_diploma);
        self.vsv += o.vsv;
        add_counts(&mut self.group_leavers, &o.group_leavers);
        for (mine, theirs) in self.in_place.iter_mut().zip(&o.in_place) {
            for (m, t) in mine.iter_mut().zip(theirs) {
                m.add(t);
            }
        }
    }
}

fn add_counts(a: &mut [u64], b: &[u64]) {
    for (x, y) in a.iter_mut().zip(b) {
        *x += y;
    }
}

/// A student out of view: the id, and the name for `--with-names`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct OutOfView {
    pub id: String,
    pub name: String,
}

/// "In beeld": of the students in the aftercare or monitoring phase, those whose last
/// event is at most `in_view_months` old.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InView {
    pub followed: u64,
    pub in_view: u64,
    /// Sorted by id once all shares are in ([`Figures::finish`]).
    pub out_of_view: Vec<OutOfView>,
}

/// One owner's open work.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Load {
    /// Tasks open or overdue (not upcoming; milestones are not tasks).
    pub open: u64,
    pub overdue: u64,
    /// The earliest due date of an overdue task.
    pub oldest_overdue: Option<Date>,
}

impl Load {
    fn add(&mut self, o: &Load) {
        self.open += o.open;
        self.overdue += o.overdue;
        self.oldest_overdue = match (self.oldest_overdue, o.oldest_overdue) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
}

/// Everything `report` shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figures {
    pub made_for: Date,
    /// Per school year of exit (the year it starts in), oldest first.
    pub years: BTreeMap<i32, Year>,
    pub in_view: InView,
    /// Per `Owner::ALL`.
    pub caseload: [Load; 3],
    /// Students in the `monitoring` phase.
    pub monitoring: u64,
}

/// What the figures are asked for.
#[derive(Clone, Copy, Debug)]
pub struct Scope<'a> {
    pub settings: &'a Settings,
    pub today: Date,
    /// Only this school year of exit (`--year`).
    pub year: Option<i32>,
}

impl Figures {
    /// No student yet. A school year is in `years` once a leaver's last exit is in it
    /// (the contract: "one object per school year of exit"), also under `--year`: a year
    /// without leavers is absent, and the table and page say "No leavers."
    pub fn new(scope: &Scope<'_>) -> Figures {
        Figures {
            made_for: scope.today,
            years: BTreeMap::new(),
            in_view: InView::default(),
            caseload: [Load::default(); 3],
            monitoring: 0,
        }
    }

    /// A student's share of the leavers' figures: the school year of the last exit,
    /// track, destination, diploma, vsv and whether still in place. Archived cases are
    /// leavers too.
    pub fn add_leaver(&mut self, s: &Student, scope: &Scope<'_>) {
        let Some((exit_event, exit)) = s.last_exit() else {
            return;
        };
        let sy = scope.settings.school_years().of(exit_event.date);
        if scope.year.is_some_and(|y| y != sy) {
            return;
        }
        let y = self.years.entry(sy).or_default();
        y.leavers += 1;
        y.by_track[index(Track::ALL, s.track)] += 1;
        match exit.destination {
            Some(d) => y.by_destination[index(Destination::ALL, d)] += 1,
            None => y.no_destination += 1,
        }
        y.by_diploma[index(Diploma::ALL, exit.diploma.unwrap_or(Diploma::None))] += 1;
        if engine::is_vsv(s) {
            y.vsv += 1;
        }
        let Some(group) = Group::of(exit) else {
            return;
        };
        y.group_leavers[group as usize] += 1;
        let left = exit_event.date;
        for (n, years) in AFTER_YEARS.into_iter().enumerate() {
            // SPEC.md: "counted only for leavers whose exit + N years is on or before
            // today"; in place "when no job-lost, dropout-risk or enrolment-missing is
            // dated in (exit, exit + N years]".
            let at = dates::add_years(left, years);
            if at > scope.today {
                continue;
            }
            let cell = &mut y.in_place[n][group as usize];
            cell.known += 1;
            let dropped = s.events.iter().any(|e| {
                matches!(
                    e.kind,
                    EventKind::JobLost | EventKind::DropoutRisk | EventKind::EnrolmentMissing
                ) && e.date > left
                    && e.date <= at
            });
            if !dropped {
                cell.in_place += 1;
            }
        }
    }

    /// A current student's share of the figures of today: in view, caseload and
    /// monitoring (and, through [`Figures::add_leaver`], the leavers).
    pub fn add_student(&mut self, s: &Student, scope: &Scope<'_>) {
        self.add_leaver(s, scope);
        let today = scope.today;
        let phase = engine::derive(s, scope.settings, today).phase;
        if matches!(phase, Phase::Aftercare | Phase::Monitoring) {
            self.in_view.followed += 1;
            // "At most `in_view_months` months old": the last event + N months is today
            // or later (RULES.md's `d + N months`).
            let last = s.events.iter().map(|e| e.date).max();
            let months = scope.settings.in_view_months;
            if last.is_some_and(|d| dates::add_months(d, months) >= today) {
                self.in_view.in_view += 1;
            } else {
                self.in_view.out_of_view.push(OutOfView {
                    id: s.id.clone(),
                    name: s.name.clone(),
                });
            }
        }
        if phase == Phase::Monitoring {
            self.monitoring += 1;
        }
        for a in engine::actions(s, scope.settings, today) {
            if a.rule.kind != ActionKind::Task {
                continue;
            }
            let status = a.status(today);
            if !matches!(status, Status::Open | Status::Overdue) {
                continue;
            }
            let load = &mut self.caseload[index(Owner::ALL, a.rule.owner)];
            load.open += 1;
            if status == Status::Overdue {
                load.overdue += 1;
                load.oldest_overdue = Some(load.oldest_overdue.map_or(a.due, |d| d.min(a.due)));
            }
        }
    }

    /// Adds another set of shares (of other students).
    pub fn merge(&mut self, o: Figures) {
        for (sy, y) in o.years {
            self.years.entry(sy).or_default().add(&y);
        }
        self.in_view.followed += o.in_view.followed;
        self.in_view.in_view += o.in_view.in_view;
        self.in_view.out_of_view.extend(o.in_view.out_of_view);
        for (mine, theirs) in self.caseload.iter_mut().zip(&o.caseload) {
            mine.add(theirs);
        }
        self.monitoring += o.monitoring;
    }

    /// Puts what depends on the order of adding in its order: out-of-view ids sorted.
    pub fn finish(&mut self) {
        self.in_view.out_of_view.sort();
    }
}

/// The place of `x` in `all` (each count map's order is its enum's).
fn index<T: PartialEq>(all: &[T], x: T) -> usize {
    all.iter().position(|v| *v == x).unwrap_or(0)
}

/// A school year by its first calendar year: `2025` is `"2025-2026"`.
pub fn school_year_name(sy: i32) -> String {
    format!("{sy}-{}", sy + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{S, date, student};

    fn figures(students: &[S], today: &str, year: Option<i32>) -> Figures {
        let settings = Settings::default();
        let scope = Scope {
            settings: &settings,
            today: date(today),
            year,
        };
        let mut f = Figures::new(&scope);
        // In two halves merged, as the command adds them up on two cores.
        let (a, b) = students.split_at(students.len() / 2);
        let mut g = Figures::new(&scope);
        for s in a {
            f.add_student(&s.parse(), &scope);
        }
        for s in b {
            g.add_student(&s.parse(), &scope);
        }
        f.merge(g);
        f.finish();
        f
    }

    const TO_WORK: &str = "kind = \"exit\"; destination = \"work\"; job_found = true";

    /// SPEC.md: "in place at exit + N years when no `job-lost`, `dropout-risk` or
    /// `enrolment-missing` is dated in (exit, exit + N years]; counted only for leavers
    /// whose exit + N years is on or before today".
    #[test]
    fn in_place_after_one_year_at_its_edges() {
        let left = || student("pro").event("2025-07-10", TO_WORK);
        let work_1y =
            |students: &[S], today: &str| figures(students, today, None).years[&2024].in_place[0][0];
        // On exit + 1 year exactly the year is known; the day before it is not.
        assert_eq!(
            work_1y(&[left()], "2026-07-09"),
            InPlace {
                known: 0,
                in_place: 0
            }
        );
        assert_eq!(
            work_1y(&[left()], "2026-07-10"),
            InPlace {
                known: 1,
                in_place: 1
            }
        );
        // A job-lost on exit + 1 year is inside (exit, exit + 1 year]; on the exit day
        // itself it is not.
        let lost_on_the_day = left().event("2026-07-10", "kind = \"job-lost\"");
        assert_eq!(
            work_1y(&[lost_on_the_day], "2026-07-10"),
            InPlace {
                known: 1,
                in_place: 0
            }
        );
        let lost_a_day_later = left().event("2026-07-11", "kind = \"job-lost\"");
        assert_eq!(
            work_1y(std::slice::from_ref(&lost_a_day_later), "2026-07-11"),
            InPlace {
                known: 1,
                in_place: 1
            }
        );
        let lost_on_exit_day = student("pro")
            .event("2025-07-10", TO_WORK)
            .event("2025-07-10", "kind = \"job-lost\"");
        assert_eq!(
            work_1y(&[lost_on_exit_day], "2026-07-10"),
            InPlace {
                known: 1,
                in_place: 1
            }
        );
        // After 2 years the later job loss counts against it.
        let f = figures(&[lost_a_day_later], "2027-07-10", None);
        assert_eq!(
            f.years[&2024].in_place[1][0],
            InPlace {
                known: 1,
                in_place: 0
            }
        );
    }

    /// 29 February + 1 year is 28 February (RULES.md, "Date arithmetic").
    #[test]
    fn leap_day_exit_is_known_on_28_february() {
        let s = student("entree").event(
            "2028-02-29",
            "kind = \"exit\"; destination = \"education\"; diploma = \"entree\"",
        );
        let f = figures(std::slice::from_ref(&s), "2029-02-27", None);
        assert_eq!(f.years[&2027].in_place[0][1].known, 0);
        let f = figures(&[s], "2029-02-28", None);
        assert_eq!(
            f.years[&2027].in_place[0][1],
            InPlace {
                known: 1,
                in_place: 1
            }
        );
    }

    /// "per school year of exit (the school year containing the last `exit`)"; a student
    /// without an exit is in no year; the groups: work-like and education only.
    #[test]
    fn leavers_by_school_year_of_the_last_exit() {
        let students = [
            // Left in July 2025 (2024-2025), came back and left again in August 2025.
            student("pro")
                .event("2025-07-10", TO_WORK)
                .event("2025-08-01", "kind = \"exit\"; destination = \"sheltered-work\""),
            student("vso").event("2025-07-31", "kind = \"exit\"; destination = \"day-activities\""),
            student("entree").event("2026-03-10", "kind = \"exit\"; destination = \"none\""),
            student("pro"),
        ];
        let f = figures(&students, "2026-07-31", None);
        assert_eq!(f.years.keys().copied().collect::<Vec<_>>(), [2024, 2025]);
        let y24 = &f.years[&2024];
        assert_eq!((y24.leavers, y24.by_track), (1, [0, 1, 0]));
        assert_eq!(y24.by_destination, [0, 0, 0, 0, 1, 0]);
        let y25 = &f.years[&2025];
        assert_eq!((y25.leavers, y25.by_track, y25.vsv), (2, [1, 0, 1], 1));
        assert_eq!(y25.by_destination, [0, 1, 0, 0, 0, 1]);
        // Neither has a diploma in the file: both count as `none`.
        assert_eq!(y25.by_diploma[0], 2);
        // The sheltered-work leaver of 2025-08-01 is not known after a year yet.
        assert_eq!(
            y25.in_place[0][0],
            InPlace {
                known: 0,
                in_place: 0
            }
        );
        let f = figures(&students, "2026-08-01", Some(2025));
        assert_eq!(f.years.keys().copied().collect::<Vec<_>>(), [2025]);
        assert_eq!(
            f.years[&2025].in_place[0][0],
            InPlace {
                known: 1,
                in_place: 1
            }
        );
        // A year asked for without leavers is no school year of exit: not there.
        let f = figures(&students, "2026-08-01", Some(2019));
        assert!(f.years.is_empty());
    }

    /// "in view: students in the `aftercare` or `monitoring` phase whose last event is at
    /// most `terms.in_view_months` (default 6) months old, and the list of those out of
    /// view".
    #[test]
    fn in_view_and_out_of_view_by_one_day() {
        let s = |last: &str| {
            student("pro")
                .event("2025-07-10", TO_WORK)
                .event(last, "kind = \"note\"")
        };
        // Today 2026-11-25: 2026-05-25 + 6 months is today, 2026-05-24 + 6 months the
        // day before.
        let f = figures(&[s("2026-05-25"), s("2026-05-24")], "2026-11-25", None);
        assert_eq!((f.in_view.followed, f.in_view.in_view), (2, 1));
        assert_eq!(f.in_view.out_of_view.len(), 1);
        // Still at school, or ended: not followed.
        let at_school = student("pro");
        let ended = student("pro").born("2000-01-01").event("2020-07-10", TO_WORK);
        let f = figures(&[at_school, ended], "2026-11-25", None);
        assert_eq!(f.in_view, InView::default());
        assert_eq!(f.monitoring, 0);
    }

    /// "caseload now: per owner, open actions, overdue actions, and the oldest overdue
    /// date; the Doorstroompunt's monitoring count (phase `monitoring`)".
    #[test]
    fn caseload_per_owner() {
        let students = [
            // Overdue: jobcoach-assessment (2025-07-10), aftercare-contact (2026-01-10),
            // age-18 (2026-05-14); the aftercare-end milestone is not a task.
            student("pro")
                .with("profile = \"education\"")
                .event("2025-07-10", TO_WORK),
            // Entree, enrolled 2026-09-01: study advice open until 2026-12-22; the spring
            // review is upcoming and not counted.
            student("entree").enrolled("2026-09-01"),
        ];
        let f = figures(&students, "2026-11-25", None);
        let school = f.caseload[0];
        assert_eq!(school.open, 4, "{:?}", f.caseload);
        assert_eq!(school.overdue, 3);
        assert_eq!(school.oldest_overdue, Some(date("2025-07-10")));
        assert_eq!(f.caseload[1], Load::default());
        assert_eq!(f.monitoring, 0);
    }
}
