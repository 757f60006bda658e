//! Benchmark data: a realistic case folder of N students (issue 7).
//!
//! ```text
//! cargo run --release --example gen-cases -- N DIR [--seed S]
//! ```
//!
//! Writes `DIR/uitstroom.toml` (the defaults, as `init` writes them), `DIR/students/`
//! with `gen-000000.toml` … and an empty `DIR/archive/`. Every file is made with the
//! project's own writer (`uitstroom::writer`), so the benchmark reads what users have.
//! The same seed gives the same bytes: each student has its own random stream, derived
//! from the seed and its number, so the files can be written in parallel and a folder of
//! 1,000 is the first 1,000 files of a folder of 100,000.
//!
//! The data is "lived": a student's events follow a life through school, exit and
//! aftercare in date order, and respect what `check` enforces (RULES.md, "What `check`
//! must catch"), so `uitstroom check` reports no errors; the only warnings are the
//! deliberate ones (students living outside the region, former municipality names).
// A developer's tool, not the program: printing straight to stdout is fine here.
#![allow(clippy::disallowed_macros)]

use anyhow::{Context, Result, bail};
use chrono::Datelike;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use uitstroom::dates::{self, Date, SchoolYears};
use uitstroom::settings::{INIT_TEMPLATE, Settings};
use uitstroom::student::{Kind, Profile, Track};
use uitstroom::writer::{NewStudent, append_block, event_block, toml_string};

/// The "today" the data is generated for: no event is later, so `check --today
/// 2026-11-25` sees no event in the future.
const TODAY: (i32, u32, u32) = (2026, 11, 25);

/// At most this many events per student (issue 7: "0–25 events each").
const MAX_EVENTS: usize = 25;

const USAGE: &str = "usage: gen-cases N DIR [--seed S]";

fn main() -> ExitCode {
    let (n, dir, seed) = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(msg) => {
            eprintln!("gen-cases: {msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match generate(n, &dir, seed) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen-cases: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// A file readable by its owner only, as the tool writes them (`check` warns about any
/// other: a generated folder is what users have).
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o.open(path)?.write_all(text.as_bytes())
}

fn create_private_dir(path: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(path)
}

fn generate(n: u64, dir: &Path, seed: u64) -> Result<()> {
    let started = Instant::now();
    let students = dir.join("students");
    // Refuse to mix with an earlier folder: stale files would make N a lie.
    if std::fs::read_dir(&students).is_ok_and(|mut d| d.next().is_some()) {
        bail!("{} is not empty; remove it first", students.display());
    }
    for d in [dir, &students, &dir.join("archive")] {
        create_private_dir(d).with_context(|| format!("creating {}", d.display()))?;
    }
    let settings = dir.join("uitstroom.toml");
    write_private(&settings, INIT_TEMPLATE).with_context(|| format!("writing {}", settings.display()))?;

    let generator = Generator::new();
    let (bytes, events) = (0..n)
        .into_par_iter()
        .map(|i| -> Result<(u64, u64)> {
            let (id, text, events) = generator.student(seed, i);
            let path = students.join(format!("{id}.toml"));
            write_private(&path, &text).with_context(|| format!("writing {}", path.display()))?;
            Ok((text.len() as u64, events as u64))
        })
        .try_reduce(|| (0, 0), |a, b| Ok((a.0 + b.0, a.1 + b.1)))?;

    println!(
        "gen-cases: {n} students, {events} events, {:.1} MB in {} (seed {seed}, {:.2} s)",
        bytes as f64 / 1e6,
        dir.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// N, DIR and the seed (default 1); a usage error is a message.
fn parse_args(mut args: impl Iterator<Item = String>) -> Result<(u64, PathBuf, u64), String> {
    let mut positional = Vec::new();
    let mut seed = 1;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--seed" => {
                let s = args.next().ok_or("--seed needs a number")?;
                seed = s.parse().map_err(|_| format!("--seed {s}: not a number"))?;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            _ if a.starts_with("--") => return Err(format!("unknown option {a}")),
            _ => positional.push(a),
        }
    }
    let [n, dir] = <[String; 2]>::try_from(positional).map_err(|_| "expected N and DIR".to_string())?;
    let n = n.parse().map_err(|_| format!("N = {n}: not a number"))?;
    Ok((n, PathBuf::from(dir), seed))
}

/// splitmix64: tiny, fast and good enough to make test data; no new crate needed.
struct Rng(u64);

impl Rng {
    /// One independent stream per (seed, student), so parallel writing stays deterministic.
    fn for_student(seed: u64, i: u64) -> Rng {
        let mut r = Rng(seed ^ i.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next();
        r
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        let span = (hi - lo).unsigned_abs() + 1;
        lo + i64::try_from(self.next() % span).expect("less than hi - lo + 1")
    }

    /// Uniform in `lo..=hi`, as the type the value goes into (a year, a month, a day).
    fn within<T: TryFrom<i64>>(&mut self, lo: i64, hi: i64) -> T {
        T::try_from(self.range(lo, hi))
            .map_err(|_| ())
            .expect("lo..=hi fits the type")
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        let last = i64::try_from(xs.len()).expect("a short list") - 1;
        xs[self.within::<usize>(0, last)]
    }

    /// A choice by weight: `xs` are (weight, value).
    fn weighted<T: Copy>(&mut self, xs: &[(u32, T)]) -> T {
        let total: u32 = xs.iter().map(|x| x.0).sum();
        let mut r: u32 = self.within(0, i64::from(total) - 1);
        for &(w, v) in xs {
            if r < w {
                return v;
            }
            r -= w;
        }
        xs[xs.len() - 1].1
    }

    /// A day in `from..=to` (`from` when the range is empty).
    fn date(&mut self, from: Date, to: Date) -> Date {
        dates::add_days(from, self.range(0, (to - from).num_days()))
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd_opt(y, m, d).expect("generator dates use days 1–28 or fixed valid days")
}

/// One event before it is written: sorted by date, then cut to what happened by today.
struct Ev {
    date: Date,
    kind: Kind,
    fields: Vec<(String, String)>,
    note: Option<&'static str>,
    /// A TOML comment line above the event, as coordinators write them.
    comment: Option<&'static str>,
}

/// The fixed pieces: settings-derived calendars and today.
struct Generator {
    sy: SchoolYears,
    today: Date,
}

/// What happened at the exit, for the aftercare that follows it.
struct ExitFacts {
    date: Date,
    destination: &'static str,
    job_found: bool,
    wage_subsidy: bool,
    diploma: &'static str,
    programme_start: Option<Date>,
}

/// One student's life, gathered as events.
struct Life<'g> {
    g: &'g Generator,
    r: Rng,
    birth: Date,
    enrolled: Date,
    events: Vec<Ev>,
    /// Some cases take much more work than others: many more notes.
    busy: bool,
    /// The notes that fit the phase: school, or after the exit.
    notes: &'static [&'static str],
}

impl Generator {
    fn new() -> Generator {
        Generator {
            sy: Settings::default().school_years(),
            today: ymd(TODAY.0, TODAY.1, TODAY.2),
        }
    }

    /// The id, the file's text and its number of events.
    fn student(&self, seed: u64, i: u64) -> (String, String, usize) {
        let mut r = Rng::for_student(seed, i);
        let id = format!("gen-{i:06}");
        let track = r.weighted(&[(45, Track::Pro), (30, Track::Vso), (25, Track::Entree)]);
        let name = dutch_name(&mut r);
        let municipality = r.weighted(&[(83, 0), (7, 1), (10, 2)]);
        let municipality = r.pick(match municipality {
            0 => REGION,
            1 => FORMER,
            _ => OUTSIDE,
        });
        let school = r.pick(match track {
            Track::Pro => PRO_SCHOOLS,
            Track::Vso => VSO_SCHOOLS,
            Track::Entree => ENTREE_SCHOOLS,
        });

        // Entree students start at 16 to 20, so the youngest birth years cannot be in it yet.
        let last_birth_year = if track == Track::Entree { 2010 } else { 2012 };
        let birth = ymd(
            r.within::<i32>(1999, last_birth_year),
            r.within::<u32>(1, 12),
            r.within::<u32>(1, 28),
        );
        let (enrolled, year_offset, planned_exit) = self.school_career(&mut r, track, birth);
        let profile = match track {
            Track::Pro => r.weighted(&[
                (55, Some(Profile::Work)),
                (20, Some(Profile::Education)),
                (15, Some(Profile::DayActivities)),
                (10, None),
            ]),
            Track::Vso => r.weighted(&[
                (35, Some(Profile::Work)),
                (25, Some(Profile::Education)),
                (30, Some(Profile::DayActivities)),
                (10, None),
            ]),
            Track::Entree => r.weighted(&[
                (45, Some(Profile::Work)),
                (45, Some(Profile::Education)),
                (10, None),
            ]),
        };

        let mut text = String::with_capacity(1400);
        if r.chance(0.08) {
            text.push_str(r.pick(TOP_COMMENTS));
            text.push('\n');
        }
        text.push_str(
            &NewStudent {
                id: &id,
                name: &name,
                birth_date: birth,
                municipality: Some(municipality),
                school: Some(school),
                track,
                profile,
                enrolled,
                planned_exit,
                year_offset,
            }
            .text(),
        );
        if r.chance(0.5) {
            text = append_block(&text, &contacts(&mut r));
        }

        let busy = r.chance(0.12);
        let mut life = Life {
            g: self,
            r,
            birth,
            enrolled,
            events: Vec::new(),
            busy,
            notes: SCHOOL_NOTES,
        };
        match track {
            Track::Pro | Track::Vso => life.pro_vso(track, profile, planned_exit, year_offset.unwrap_or(0)),
            Track::Entree => life.entree(profile, planned_exit),
        }
        let events = life.finish();
        let count = events.len();
        for e in events {
            let block = event_block(e.date, e.kind, &e.fields, e.note);
            text = match e.comment {
                Some(c) => append_block(&text, &format!("{c}\n{block}")),
                None => append_block(&text, &block),
            };
        }
        (id, text, count)
    }

    /// When the student started at this school, the `year_offset` of a late entry, and
    /// the planned exit (not always known).
    fn school_career(&self, r: &mut Rng, track: Track, birth: Date) -> (Date, Option<u8>, Option<Date>) {
        // Dutch children born from 1 October on start secondary school a year later.
        let cohort = birth.year() + i32::from(birth.month() >= 10);
        match track {
            Track::Pro | Track::Vso => {
                let first_sy = cohort + 12;
                // Some come from another school in a later leerjaar.
                let late = if r.chance(0.15) { r.within::<i32>(1, 3) } else { 0 };
                let mut sy = first_sy + late;
                let mut enrolled = if late == 0 {
                    ymd(sy, 8, r.within::<u32>(18, 31))
                } else {
                    r.date(ymd(sy, 8, 20), ymd(sy + 1, 6, 30))
                };
                if enrolled > self.today {
                    sy = first_sy;
                    enrolled = ymd(sy, 8, r.within::<u32>(18, 31));
                }
                let offset = sy - first_sy;
                let years = if track == Track::Pro {
                    r.weighted(&[(20, 4), (45, 5), (30, 6), (5, 7)])
                } else {
                    r.weighted(&[(15, 4), (30, 5), (30, 6), (15, 7), (10, 8)])
                };
                let exit_sy = (first_sy + years - 1).max(sy);
                let planned = if r.chance(0.8) {
                    Some(ymd(exit_sy + 1, 7, r.within::<u32>(1, 17)))
                } else {
                    None
                };
                let year_offset = if offset > 0 || r.chance(0.05) {
                    Some(u8::try_from(offset).expect("a late start of 1 to 3 years"))
                } else {
                    None
                };
                (enrolled, year_offset, planned)
            }
            Track::Entree => {
                let mut sy = cohort + 16 + r.weighted(&[(40, 0), (30, 1), (15, 2), (10, 3), (5, 4)]);
                let february = r.chance(0.2);
                let start = |sy: i32, r: &mut Rng| {
                    if february {
                        ymd(sy + 1, 2, r.within::<u32>(1, 14))
                    } else {
                        r.date(ymd(sy, 8, 25), ymd(sy, 9, 8))
                    }
                };
                let mut enrolled = start(sy, r);
                while enrolled > self.today {
                    sy -= 1;
                    enrolled = start(sy, r);
                }
                let planned = r
                    .chance(0.7)
                    .then(|| ymd(sy + 1 + i32::from(february), 7, r.within::<u32>(1, 15)));
                (enrolled, None, planned)
            }
        }
    }
}

impl Life<'_> {
    fn push(&mut self, date: Date, kind: Kind, fields: Vec<(String, String)>, note: Option<&'static str>) {
        // A comment above about one event in twenty: some files have one, most none.
        let comment = self.r.chance(0.05).then(|| self.r.pick(EVENT_COMMENTS));
        self.events.push(Ev {
            date,
            kind,
            fields,
            note,
            comment,
        });
    }

    fn plain(&mut self, date: Date, kind: Kind) {
        let note = self.r.chance(0.45).then(|| self.r.pick(self.notes));
        self.push(date, kind, Vec::new(), note);
    }

    fn done(&mut self, date: Date, rule: &str) {
        self.push(date, Kind::Done, vec![field("rule", toml_string(rule))], None);
    }

    /// Free notes, spread over a period.
    fn free_notes(&mut self, from: Date, to: Date, max: i64) {
        let extra = if self.busy { self.r.range(3, 8) } else { 0 };
        for _ in 0..self.r.range(0, max) + extra {
            let d = self.r.date(from, to);
            let note = Some(self.r.pick(self.notes));
            self.push(d, Kind::Note, Vec::new(), note);
        }
    }

    fn days_after(&mut self, d: Date, lo: i64, hi: i64) -> Date {
        dates::add_days(d, self.r.range(lo, hi))
    }

    fn age_between(&self, d: Date, from: i32, until: i32) -> bool {
        d >= dates::birthday(self.birth, from) && d < dates::birthday(self.birth, until)
    }

    fn pro_vso(
        &mut self,
        track: Track,
        profile: Option<Profile>,
        planned_exit: Option<Date>,
        year_offset: u8,
    ) {
        let sy = self.g.sy;
        let today = self.g.today;
        let enrolled = self.enrolled;
        let sy0 = sy.of(enrolled) - i32::from(year_offset);

        // Leave as planned, or (rarely) earlier; a few stay on past the planned date.
        let exit_date = match planned_exit {
            Some(p) if self.r.chance(0.92) => Some(dates::add_days(p, self.r.range(-4, 3)).max(enrolled)),
            _ if self.r.chance(0.04) => {
                let from = dates::add_days(enrolled, 200).max(dates::birthday(self.birth, 16));
                Some(self.r.date(from, dates::add_years(from, 3)))
            }
            _ => None,
        };
        let at_school_until = exit_date.unwrap_or(today).min(today);
        self.free_notes(enrolled, at_school_until, 4);

        if profile == Some(Profile::Work) {
            // Leerjaar 3 or 4: the doelgroepregister is discussed.
            let y = sy0 + self.r.within::<i32>(2, 3);
            if self.r.chance(0.7) {
                let d = self.r.date(sy.start(y).max(enrolled), sy.end(y));
                self.plain(d, Kind::RegisterDiscussed);
                if self.r.chance(0.25) {
                    let aba = dates::add_days(d, self.r.range(10, 60));
                    self.plain(aba, Kind::AbaSubmitted);
                    if self.r.chance(0.6) {
                        let ind = dates::add_days(aba, self.r.range(40, 120));
                        self.plain(ind, Kind::RegisterIndication);
                    }
                }
            }
        }
        if let Some(p) = planned_exit {
            let y = sy.of(p);
            if self.r.chance(0.85) {
                let d = self.r.date(ymd(y, 8, 25), ymd(y, 10, 10)).max(enrolled);
                self.plain(d, Kind::StartMeeting);
            }
            if dates::younger_than(self.birth, 18, p) && self.r.chance(0.7) {
                let d = self.r.date(ymd(y, 9, 1), dates::add_days(p, -7)).max(enrolled);
                self.plain(d, Kind::LeerplichtConsulted);
            }
        }
        if self.r.chance(0.05) {
            let d = self.r.date(enrolled, at_school_until);
            self.plain(d, Kind::DropoutRisk);
        }
        let b18 = dates::birthday(self.birth, 18);
        if b18 >= enrolled && exit_date.is_none_or(|x| x > b18) && self.r.chance(0.3) {
            let d = dates::add_days(b18, self.r.range(-20, 10));
            self.done(d.max(enrolled), "age-18");
        }

        // An exit that has not happened by today is not in the file, nor what follows it.
        let Some(date) = exit_date.filter(|d| *d <= today) else {
            return;
        };
        let destination = match profile {
            Some(Profile::Work) => self.r.weighted(&[
                (60, "work"),
                (20, "sheltered-work"),
                (15, "practical-learning"),
                (5, "none"),
            ]),
            Some(Profile::Education) => self.r.weighted(&[(85, "education"), (10, "work"), (5, "none")]),
            Some(Profile::DayActivities) => {
                self.r.weighted(&[(85, "day-activities"), (15, "sheltered-work")])
            }
            None => self.r.weighted(&[
                (40, "work"),
                (30, "education"),
                (20, "day-activities"),
                (10, "none"),
            ]),
        };
        // Without a diploma only after the school year in which the student turns 16
        // (the end of full-time leerplicht; `check` warns otherwise).
        let end_16 = sy.end(sy.of(dates::birthday(self.birth, 16)));
        let school_diploma = if track == Track::Pro { "pro" } else { "vso" };
        let diploma = if date >= end_16 && self.r.chance(0.25) {
            "none"
        } else {
            school_diploma
        };
        let facts = self.exit(date, destination, diploma);
        self.after_exit(&facts, true);
    }

    fn entree(&mut self, profile: Option<Profile>, planned_exit: Option<Date>) {
        let sy = self.g.sy;
        let today = self.g.today;
        let enrolled = self.enrolled;
        // A one-year programme: a February intake leaves in the July after next.
        let end = planned_exit.unwrap_or_else(|| ymd(sy.of(dates::add_days(enrolled, 300)) + 1, 7, 10));

        // Studieadvies after 16 weeks; "stop" often ends the programme early.
        let mut early_exit = None;
        if self.r.chance(0.85) {
            let d = dates::add_days(enrolled, self.r.range(100, 120));
            let stop = self.r.chance(0.15);
            let note = self.r.chance(0.3).then(|| self.r.pick(self.notes));
            let outcome = if stop { "stop" } else { "continue" };
            self.push(
                d,
                Kind::StudyAdvice,
                vec![field("outcome", toml_string(outcome))],
                note,
            );
            if stop && self.r.chance(0.6) {
                early_exit = Some(dates::add_days(d, self.r.range(20, 90)));
            }
        } else if self.r.chance(0.3) {
            let d = dates::add_days(enrolled, self.r.range(90, 110));
            let until = dates::add_days(enrolled, self.r.range(125, 140));
            let reason =
                toml_string(
                    self.r
                        .pick(&["student ziek", "stageplek gewisseld", "ouders niet bereikbaar"]),
                );
            self.push(
                d,
                Kind::Deferred,
                vec![
                    field("rule", toml_string("study-advice")),
                    field("until", until.to_string()),
                    field("reason", reason),
                ],
                None,
            );
        }
        let exit_date = early_exit.or_else(|| {
            self.r
                .chance(0.9)
                .then(|| dates::add_days(end, self.r.range(-5, 5)))
        });
        let at_school_until = exit_date.unwrap_or(today).min(today);
        self.free_notes(enrolled, at_school_until, 4);

        // Spring review in each school year the student was there.
        for y in sy.of(enrolled)..=sy.of(at_school_until) {
            let d = self.r.date(ymd(y + 1, 3, 1), ymd(y + 1, 5, 31));
            if d >= enrolled && d <= at_school_until && self.r.chance(0.75) {
                self.plain(d, Kind::SpringReview);
            }
        }
        if self.r.chance(0.1) {
            let d = self.r.date(enrolled, at_school_until);
            self.plain(d, Kind::DropoutRisk);
            if self.r.chance(0.5) {
                let meeting = self.days_after(d, 3, 14);
                self.done(meeting, "advice-meeting");
            }
        }

        let Some(date) = exit_date.filter(|d| *d <= today) else {
            return;
        };
        let diploma = if early_exit.is_some() || self.r.chance(0.25) {
            "none"
        } else {
            "entree"
        };
        let destination = match (diploma, profile) {
            ("entree", Some(Profile::Education)) => self.r.weighted(&[(85, "education"), (15, "work")]),
            ("entree", _) => self.r.weighted(&[
                (45, "education"),
                (45, "work"),
                (5, "none"),
                (5, "day-activities"),
            ]),
            _ => self.r.weighted(&[
                (40, "work"),
                (30, "none"),
                (20, "education"),
                (10, "day-activities"),
            ]),
        };
        let facts = self.exit(date, destination, diploma);
        self.after_exit(&facts, false);
    }

    /// The exit event and what is done around the exit date.
    fn exit(&mut self, date: Date, destination: &'static str, diploma: &'static str) -> ExitFacts {
        let mut f = vec![field("destination", toml_string(destination))];
        // "none" is written out by some, left away by others: both mean no diploma.
        if diploma != "none" || self.r.chance(0.6) {
            f.push(field("diploma", toml_string(diploma)));
        }
        let (mut job_found, mut wage_subsidy, mut programme_start) = (false, false, None);
        match destination {
            "work" | "sheltered-work" | "practical-learning" => {
                job_found = self.r.chance(0.7);
                wage_subsidy = self.r.chance(0.3);
                f.push(field("job_found", job_found.to_string()));
                f.push(field("wage_subsidy", wage_subsidy.to_string()));
                if job_found {
                    f.push(field(
                        "hours_per_week",
                        self.r.pick(&[8, 12, 16, 20, 24, 28, 32, 36]).to_string(),
                    ));
                }
            }
            "education" => {
                f.push(field("programme", toml_string(self.r.pick(PROGRAMMES))));
                if self.r.chance(0.7) {
                    let y = self.g.sy.of(date) + 1;
                    let start = self.r.date(ymd(y, 8, 25), ymd(y, 9, 7)).max(date);
                    f.push(field("programme_start", start.to_string()));
                    programme_start = Some(start);
                }
            }
            "day-activities" => {
                let benefit = self.r.chance(0.6);
                f.push(field("benefit", benefit.to_string()));
                if !benefit {
                    let until = dates::add_years(date, self.r.within::<i32>(1, 5));
                    f.push(field("indication_until", until.to_string()));
                }
            }
            _ => {}
        }
        let note = self.r.chance(0.3).then(|| self.r.pick(self.notes));
        self.push(date, Kind::Exit, f, note);
        self.notes = AFTER_NOTES;
        ExitFacts {
            date,
            destination,
            job_found,
            wage_subsidy,
            diploma,
            programme_start,
        }
    }

    fn after_exit(&mut self, x: &ExitFacts, pro_vso: bool) {
        let date = x.date;
        let work_like = matches!(x.destination, "work" | "sheltered-work" | "practical-learning");
        if pro_vso && work_like && self.r.chance(0.8) {
            let needed = self.r.chance(0.4);
            let d = dates::add_days(date, -self.r.range(0, 10)).max(self.enrolled);
            self.push(
                d,
                Kind::JobcoachAssessed,
                vec![field("needed", needed.to_string())],
                None,
            );
        }
        if x.diploma == "none" && self.r.chance(0.7) {
            self.plain(date, Kind::ExitInterview);
        }

        // A warm handover to Check-In, which serves young people from 16 until 27.
        let to_check_in = work_like && (!x.job_found || x.wage_subsidy) || x.destination == "none";
        let handover_on = dates::add_days(date, self.r.range(0, 10));
        if to_check_in && self.age_between(handover_on, 16, 27) && self.r.chance(0.8) {
            let support = self.r.chance(0.8);
            let note = self.r.chance(0.3).then(|| self.r.pick(self.notes));
            self.push(
                handover_on,
                Kind::Handover,
                vec![
                    field("to", toml_string("check-in")),
                    field("support_question", support.to_string()),
                ],
                note,
            );
            if support {
                self.check_in_review(handover_on);
            }
        }
        match x.destination {
            "education" => self.education_follow_up(x, pro_vso),
            "day-activities" => {
                if self.r.chance(0.5) {
                    self.push(
                        date,
                        Kind::Handover,
                        vec![field("to", toml_string("day-activities"))],
                        None,
                    );
                }
                if pro_vso && self.r.chance(0.6) {
                    let d = self.days_after(date, 1, 14);
                    self.done(d, "simple-switch-check");
                }
            }
            "work" if x.job_found && self.r.chance(0.1) => {
                let d = dates::add_days(date, self.r.range(30, 540));
                self.plain(d, Kind::JobLost);
                if self.r.chance(0.6) {
                    let contact = self.days_after(d, 1, 14);
                    self.done(contact, "job-loss-contact");
                }
            }
            _ => {}
        }
        if pro_vso {
            // Nazorg: about every six months, for two years.
            let mut d = date;
            loop {
                d = dates::add_days(d, self.r.range(150, 200));
                if d > dates::add_years(date, 2) {
                    break;
                }
                if self.r.chance(0.75) {
                    self.plain(d, Kind::AftercareContact);
                }
            }
        }
        self.free_notes(date, dates::add_years(date, 3), 4);
    }

    /// Check-In stays at least 3 months, sometimes longer; `check` warns on an earlier close.
    fn check_in_review(&mut self, handover: Date) {
        let mut at = dates::add_months(handover, 3);
        for _ in 0..3 {
            let d = dates::add_days(at, self.r.range(0, 20));
            match self.r.weighted(&[(50, 0), (30, 1), (20, 2)]) {
                0 => {
                    self.plain(d, Kind::CheckInClosed);
                    return;
                }
                1 => {
                    let until = dates::add_months(d, self.r.within::<i32>(2, 6));
                    let f = if self.r.chance(0.8) {
                        vec![field("until", until.to_string())]
                    } else {
                        Vec::new()
                    };
                    let note = self.r.chance(0.4).then(|| self.r.pick(self.notes));
                    self.push(d, Kind::CheckInExtended, f, note);
                    at = until;
                }
                _ => return, // still open
            }
        }
    }

    fn education_follow_up(&mut self, x: &ExitFacts, pro_vso: bool) {
        let date = x.date;
        if !pro_vso && x.diploma == "entree" && self.r.chance(0.75) {
            let support = self.r.chance(0.3);
            self.push(
                date,
                Kind::Handover,
                vec![
                    field("to", toml_string("school")),
                    field("support_question", support.to_string()),
                ],
                None,
            );
        }
        // The summer enrolment check, in the summer before the programme starts.
        let start = x
            .programme_start
            .unwrap_or_else(|| self.g.sy.start(self.g.sy.of(date) + 1));
        let from = ymd(start.year(), 7, 1).max(date);
        if self.r.chance(0.8) {
            let d = self.r.date(from, dates::add_days(start, 10));
            if self.r.chance(0.85) {
                self.plain(d, Kind::EnrolmentConfirmed);
            } else {
                self.plain(d, Kind::EnrolmentMissing);
                if self.r.chance(0.5) {
                    let later = self.days_after(d, 3, 20);
                    self.plain(later, Kind::EnrolmentConfirmed);
                }
            }
        }
        if self.r.chance(0.1) {
            let d = dates::add_days(start, self.r.range(60, 400));
            self.plain(d, Kind::DropoutRisk);
        } else if self.r.chance(0.3) {
            let d = dates::add_days(start, self.r.range(600, 1100));
            let level = self.r.weighted(&[(80, "mbo-2"), (15, "mbo-3"), (5, "mbo-4")]);
            self.push(
                d,
                Kind::Qualification,
                vec![field("level", toml_string(level))],
                None,
            );
        }
    }

    /// The events in date order (generation order within a day), as they stand today:
    /// nothing after today, at most `MAX_EVENTS`. Cutting a date-ordered list keeps every
    /// "only after" relation intact (a close stays after its handover).
    fn finish(mut self) -> Vec<Ev> {
        let (enrolled, today) = (self.enrolled, self.g.today);
        self.events.retain(|e| e.date >= enrolled && e.date <= today);
        self.events.sort_by_key(|e| e.date);
        self.events.truncate(MAX_EVENTS);
        self.events
    }
}

fn field(key: &str, value: String) -> (String, String) {
    (key.to_string(), value)
}

fn dutch_name(r: &mut Rng) -> String {
    let first = r.pick(FIRST_NAMES);
    let last = r.pick(LAST_NAMES);
    // A tussenvoegsel, unless the surname has one already ("de Vries").
    if !last.contains(' ') && r.chance(0.3) {
        format!(
            "{first} {} {last}",
            r.pick(&["de", "van", "van der", "van den", "de", "van de", "ter"])
        )
    } else {
        format!("{first} {last}")
    }
}

fn contacts(r: &mut Rng) -> String {
    let mut t = String::from("[contacts]\n");
    for role in ["mentor", "jongerenadviseur", "doorstroomcoach"] {
        if r.chance(0.7) {
            let initial = char::from(b'A' + r.within::<u8>(0, 25));
            t.push_str(&format!(
                "{role} = {}\n",
                toml_string(&format!("{initial}. {}", r.pick(LAST_NAMES)))
            ));
        }
    }
    t
}

const REGION: &[&str] = &[
    "Alkmaar",
    "Alkmaar",
    "Alkmaar",
    "Dijk en Waard",
    "Dijk en Waard",
    "Bergen",
    "Uitgeest",
    "Castricum",
    "Heiloo",
];
const FORMER: &[&str] = &["Heerhugowaard", "Langedijk", "Schermer", "Graft-De Rijp"];
const OUTSIDE: &[&str] = &[
    "Hoorn",
    "Zaanstad",
    "Purmerend",
    "Den Helder",
    "Schagen",
    "Hollands Kroon",
    "Koggenland",
    "Beverwijk",
    "Amsterdam",
];

const PRO_SCHOOLS: &[&str] = &[
    "Praktijkschool Focus",
    "Praktijkcollege De Linie",
    "Praktijkschool Het Duin",
    "Praktijkonderwijs Kennemerland",
];
const VSO_SCHOOLS: &[&str] = &["VSO De Bolder", "VSO Het Baken", "De Ruimte VSO", "VSO Aurum"];
const ENTREE_SCHOOLS: &[&str] = &[
    "ROC Noord-Kennemerland Entree",
    "Entreecollege Alkmaar",
    "MBO Kennemerland, Entree",
];
const PROGRAMMES: &[&str] = &[
    "Entree",
    "MBO 2 Logistiek",
    "MBO 2 Zorg en welzijn",
    "MBO 2 Horeca",
    "MBO 2 Bouw en infra",
    "MBO 2 Groen",
    "MBO 2 Retail",
    "MBO 2 Facilitair",
    "MBO 2 Motorvoertuigen",
];

const FIRST_NAMES: &[&str] = &[
    "Sem", "Daan", "Luuk", "Milan", "Levi", "Noah", "Finn", "Jesse", "Bram", "Thijs", "Ruben", "Lars", "Tim",
    "Stijn", "Joey", "Kevin", "Mohamed", "Yusuf", "Ilias", "Mehmet", "Dylan", "Ryan", "Emma", "Julia",
    "Sophie", "Lotte", "Fleur", "Sanne", "Lisa", "Anouk", "Demi", "Britt", "Naomi", "Romy", "Iris", "Eva",
    "Noor", "Fatima", "Aya", "Yasmina", "Esra", "Chantal", "Kim", "Jill", "Bo", "Tess",
];
#[rustfmt::skip]
const LAST_NAMES: &[&str] = &[
    "de Vries", "Jansen", "de Jong", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos",
    "Vos", "Peters", "Hendriks", "Dekker", "Brouwer", "Dijkstra", "Kok", "Vermeulen", "Schouten", "Groen",
    "Kramer", "Zwart", "Schipper", "Koster", "Yilmaz", "El Amrani", "Kaya", "Bouzid", "Ramdin", "Nguyen",
    "Kuiper", "Veenstra", "Prins", "Blom", "Huisman", "Pronk", "Tromp", "Beentjes", "Kaandorp", "Groot",
    "Zeeman", "Appel",
];

const SCHOOL_NOTES: &[&str] = &[
    "Gesprek met ouders en mentor gehad.",
    "Stage bij hoveniersbedrijf loopt goed.",
    "Stageplek gevonden bij de supermarkt in de buurt.",
    "Wil graag in de techniek aan de slag.",
    "Moeder gebeld, afspraak volgt na de vakantie.",
    "Jongerenadviseur aangesloten bij het gesprek.",
    "Leerling was niet aanwezig, nieuwe afspraak gepland.",
    "Twijfelt tussen werk en MBO 2; volgende maand opnieuw bespreken.",
    "Veel verzuim in de afgelopen periode, Leerplicht is op de hoogte.",
    "Rijbewijs gehaald, kan nu ook verder weg stage lopen.",
    "Snuffelstage bij de dagbesteding, sluit goed aan.",
    "Mentor gewisseld na de herfstvakantie.",
];
const AFTER_NOTES: &[&str] = &[
    "Werkgever tevreden, contract verlengd.",
    "Heeft hulp nodig bij het aanvragen van zorgtoeslag.",
    "Overgedragen met een duidelijke ondersteuningsvraag.",
    "Gaat verhuizen, nieuwe adres volgt.",
    "Zit goed op zijn plek bij de dagbesteding.",
    "Telefonisch contact: \"het gaat prima\".",
    "Niet bereikbaar, bericht achtergelaten via WhatsApp.",
    "Jobcoach twee uur per week ingezet.",
    "Opleiding loopt goed, eerste stage voldoende.",
    "Werkt nu 24 uur per week in de groenvoorziening.",
];
const TOP_COMMENTS: &[&str] = &[
    "# Dossier overgenomen uit het leerlingvolgsysteem.",
    "# Let op: contact via vader, moeder is niet bereikbaar.",
    "# Zie ook het dossier van de broer.",
];
const EVENT_COMMENTS: &[&str] = &[
    "# ingevoerd door de mentor",
    "# datum geschat, stond in de agenda",
    "# na overleg met Leerplicht",
    "# TODO: verslag toevoegen",
];
