//! One student, many layouts (issue 10, item 6): the common layout has a fast reader of
//! its own (`fastscan.rs`), so a property test writes each generated student in many
//! valid TOML layouts — comments and odd whitespace, CRLF and a byte order mark, quoted
//! keys, literal and multi-line strings, escapes, `[contacts]` as an inline table, as
//! dotted keys or after the events, events as an inline array, reordered keys, spaced
//! headers, other spellings of numbers — and proves that every layout reads to the
//! same `Student` (byte offsets aside). One suite runs over both readers, as
//! taskchampion runs one suite over every storage backend: `student::parse` (the
//! scanner first) and `student::parse_full` (the TOML parser).

use crate::dates::{self, Date};
use crate::diag::Diagnostic;
use crate::read::Named;
use crate::student::{self, Kind, Offsets, Student};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::fmt::Write as _;
use std::path::Path;

/// A field value as generated, before it is spelled in one layout or another.
#[derive(Clone, Debug)]
enum V {
    Str(String),
    Date(Date),
    Bool(bool),
    Int(i64),
    /// Quarters, so that every spelling of the number is exact.
    Quarters(u32),
}

#[derive(Clone, Debug)]
struct Spec {
    /// Top-level fields in SPEC.md's order.
    fields: Vec<(&'static str, V)>,
    contacts: Vec<(String, String)>,
    events: Vec<Vec<(&'static str, V)>>,
    /// Drives the choices inside a layout (which keys are quoted, which comments).
    seed: u64,
}

/// One-line text as people write it: mostly plain (which the fast scanner reads), now
/// and then with quotes, backslashes and characters outside the BMP.
fn line_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-Z0-9 éëüçßØ#=.,:-]{1,16}",
        1 => "[a-zA-Z0-9 éëüçßØ漢😀'\"\\\\#=\\[\\]{}.,:-]{1,16}",
    ]
    .prop_filter("not blank", |s| !s.trim().is_empty())
}

/// A note or reason: may have line breaks and tabs.
fn note_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => line_text(),
        1 => (line_text(), line_text()).prop_map(|(a, b)| format!("{a}\n{b}\tx")),
    ]
}

fn date() -> impl Strategy<Value = Date> {
    (0..109_500i64).prop_map(|n| dates::add_days(dates::FIRST, n))
}

fn one_of(names: Vec<&'static str>) -> impl Strategy<Value = V> {
    prop::sample::select(names).prop_map(|s| V::Str(s.to_string()))
}

/// The value of an event field, by its name (the field types of SPEC.md).
fn field_value(key: &'static str) -> BoxedStrategy<V> {
    use crate::student::{Destination, Diploma, HandoverTo, Level, Outcome};
    match key {
        "outcome" => one_of(Outcome::names()).boxed(),
        "destination" => one_of(Destination::names()).boxed(),
        "diploma" => one_of(Diploma::names()).boxed(),
        "to" => one_of(HandoverTo::names()).boxed(),
        "level" => one_of(Level::names()).boxed(),
        "rule" => one_of(crate::rules::ids()).boxed(),
        "job_found" | "wage_subsidy" | "benefit" | "support_question" | "needed" => {
            any::<bool>().prop_map(V::Bool).boxed()
        }
        "hours_per_week" => (0..160u32).prop_map(V::Quarters).boxed(),
        "programme_start" | "indication_until" | "until" => date().prop_map(V::Date).boxed(),
        "reason" => note_text().prop_map(V::Str).boxed(),
        _ => line_text().prop_map(V::Str).boxed(),
    }
}

fn event() -> impl Strategy<Value = Vec<(&'static str, V)>> {
    (
        prop::sample::select(Kind::ALL.to_vec()),
        date(),
        proptest::option::of(note_text()),
    )
        .prop_flat_map(|(kind, d, note)| {
            let fields: Vec<BoxedStrategy<Option<(&'static str, V)>>> = kind
                .fields()
                .iter()
                .map(|f| {
                    let key = f.name;
                    let v = field_value(key).prop_map(move |v| Some((key, v)));
                    if f.required {
                        v.boxed()
                    } else {
                        prop_oneof![Just(None), v].boxed()
                    }
                })
                .collect();
            fields.prop_map(move |fs| {
                let mut e = vec![("date", V::Date(d)), ("kind", V::Str(kind.name().to_string()))];
                e.extend(fs.into_iter().flatten());
                if let Some(n) = &note {
                    e.push(("note", V::Str(n.clone())));
                }
                e
            })
        })
}

fn spec() -> impl Strategy<Value = Spec> {
    let id = "[a-z0-9][a-z0-9._-]{0,20}";
    (
        (
            id,
            line_text(),
            date(),
            prop::sample::select(vec!["pro", "vso", "entree"]),
            date(),
        ),
        (
            proptest::option::of(line_text()),
            proptest::option::of(line_text()),
            proptest::option::of(prop::sample::select(vec!["work", "education", "day-activities"])),
            proptest::option::of(date()),
            proptest::option::of(0..10i64),
        ),
        prop::collection::vec(
            (
                prop_oneof![3 => "[a-z][a-z_-]{0,10}", 1 => "[a-z][a-z_ -]{0,10}"],
                line_text(),
            ),
            0..4,
        ),
        prop::collection::vec(event(), 0..6),
        any::<u64>(),
    )
        .prop_map(
            |(
                (id, name, birth, track, enrolled),
                (municipality, school, profile, planned, offset),
                contacts,
                events,
                seed,
            )| {
                let mut fields = vec![
                    ("schema", V::Int(1)),
                    ("id", V::Str(id)),
                    ("name", V::Str(name)),
                    ("birth_date", V::Date(birth)),
                ];
                if let Some(m) = municipality {
                    fields.push(("municipality", V::Str(m)));
                }
                if let Some(s) = school {
                    fields.push(("school", V::Str(s)));
                }
                fields.push(("track", V::Str(track.into())));
                if let Some(p) = profile {
                    fields.push(("profile", V::Str(p.into())));
                }
                fields.push(("enrolled", V::Date(enrolled)));
                if let Some(p) = planned {
                    fields.push(("planned_exit", V::Date(p)));
                }
                if let Some(o) = offset {
                    fields.push(("year_offset", V::Int(o)));
                }
                // Roles are keys: one each.
                let mut seen = std::collections::HashSet::new();
                let contacts = contacts
                    .into_iter()
                    .filter(|(r, _)| seen.insert(r.clone()))
                    .collect();
                Spec {
                    fields,
                    contacts,
                    events,
                    seed,
                }
            },
        )
}

/// xorshift for the choices inside a layout.
struct Rng(u64);

impl Rng {
    fn coin(&mut self) -> bool {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 & 1 == 1
    }
}

/// How strings, numbers, keys and lines are spelled in one layout.
#[derive(Clone, Copy, Default)]
struct Style {
    /// Literal `'…'` strings where the text allows.
    literal: bool,
    /// Multi-line strings (`"""…"""`, `'''…'''`).
    multiline: bool,
    /// Every character escaped that can be (`\u00e9`, `\U0001F600`, even `\u0041`).
    escapes: bool,
    /// Keys quoted (`"name"`, `'kind'`), by coin.
    quoted_keys: bool,
    /// Comments after values and between lines, blank lines, indentation, spaces.
    decorated: bool,
    /// Numbers in other spellings (`+1`, `1_0`, `1.225e1`).
    numbers: bool,
}

fn basic(s: &str, escapes: bool) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if escapes && (c as u32) > 0xFFFF => {
                let _ = write!(out, "\\U{:08X}", c as u32);
            }
            c if escapes && (!c.is_ascii() || c.is_ascii_alphabetic()) => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn string(s: &str, st: Style, rng: &mut Rng) -> String {
    if st.escapes {
        return basic(s, true);
    }
    if st.multiline && rng.coin() {
        // The newline right after the opening quotes is not part of the text.
        if !s.contains('\'') && rng.coin() {
            return format!("'''\n{s}'''");
        }
        let mut body = String::new();
        for c in s.chars() {
            match c {
                '"' => body.push_str("\\\""),
                '\\' => body.push_str("\\\\"),
                c => body.push(c),
            }
        }
        return format!("\"\"\"\n{body}\"\"\"");
    }
    if st.literal && !s.contains(['\'', '\n']) {
        return format!("'{s}'");
    }
    basic(s, false)
}

fn value(v: &V, st: Style, rng: &mut Rng) -> String {
    match v {
        V::Str(s) => string(s, st, rng),
        V::Date(d) => d.to_string(),
        V::Bool(b) => b.to_string(),
        V::Int(n) if st.numbers && *n >= 10 => format!("+{}_{}", n / 10, n % 10),
        V::Int(n) if st.numbers => format!("+{n}"),
        V::Int(n) => n.to_string(),
        V::Quarters(q) if st.numbers && q % 4 == 0 && rng.coin() => (q / 4).to_string(),
        V::Quarters(q) if st.numbers => format!("{}e-2", q * 25),
        V::Quarters(q) => format!("{}", f64::from(*q) / 4.0),
    }
}

fn key(k: &str, st: Style, rng: &mut Rng) -> String {
    let bare = !k.is_empty()
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if !bare || (st.quoted_keys && rng.coin()) {
        if rng.coin() && !k.contains('\'') {
            return format!("'{k}'");
        }
        return basic(k, false);
    }
    k.to_string()
}

/// `key = value` as one line, decorated or not.
fn line(out: &mut String, k: &str, v: &V, st: Style, rng: &mut Rng) {
    let (k, v) = (key(k, st, rng), value(v, st, rng));
    if st.decorated {
        let indent = if rng.coin() { "  " } else { "\t" };
        let _ = write!(out, "{indent}{k}\t=   {v}");
        if rng.coin() {
            out.push_str("   # ], \"note\" = 1 [[events]]");
        }
        out.push('\n');
        if rng.coin() {
            out.push_str("\n# a comment line\n");
        }
    } else {
        let _ = writeln!(out, "{k} = {v}");
    }
}

fn inline_table(pairs: &[(&str, &V)], st: Style, rng: &mut Rng) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{} = {}", key(k, st, rng), value(v, st, rng)))
        .collect();
    format!("{{ {} }}", parts.join(", "))
}

/// Where `[contacts]` goes.
#[derive(Clone, Copy, PartialEq)]
enum Contacts {
    Table,
    AfterEvents,
    Inline,
    Dotted,
}

/// The whole file in one layout.
fn write(spec: &Spec, st: Style, contacts: Contacts, inline_events: bool, shuffle: bool) -> String {
    let mut rng = Rng(spec.seed | 1);
    let mut out = String::new();
    if st.decorated {
        out.push_str("# leerling — bijgehouden door de mentor\n\n");
    }
    let mut fields: Vec<&(&str, V)> = spec.fields.iter().collect();
    if shuffle {
        fields.reverse();
        let n = fields.len();
        fields.swap(0, n / 2);
    }
    for (k, v) in fields {
        line(&mut out, k, v, st, &mut rng);
    }
    let contact_values: Vec<(String, V)> = spec
        .contacts
        .iter()
        .map(|(r, n)| (r.clone(), V::Str(n.clone())))
        .collect();
    if !spec.contacts.is_empty() {
        match contacts {
            Contacts::Inline => {
                let pairs: Vec<(&str, &V)> = contact_values.iter().map(|(r, v)| (r.as_str(), v)).collect();
                let _ = writeln!(out, "contacts = {}", inline_table(&pairs, st, &mut rng));
            }
            Contacts::Dotted => {
                for (r, v) in &contact_values {
                    let _ = writeln!(
                        out,
                        "contacts.{} = {}",
                        key(r, st, &mut rng),
                        value(v, st, &mut rng)
                    );
                }
            }
            Contacts::Table | Contacts::AfterEvents => {}
        }
    }
    let events: Vec<Vec<&(&str, V)>> = spec
        .events
        .iter()
        .map(|e| {
            let mut e: Vec<_> = e.iter().collect();
            if shuffle {
                e.reverse();
            }
            e
        })
        .collect();
    if inline_events && !events.is_empty() {
        out.push_str("events = [\n");
        for e in &events {
            let pairs: Vec<(&str, &V)> = e.iter().map(|(k, v)| (*k, v)).collect();
            let _ = write!(out, "  {},", inline_table(&pairs, st, &mut rng));
            out.push_str(if st.decorated { "  # event\n" } else { "\n" });
        }
        out.push_str("]\n");
    }
    let contacts_table = |out: &mut String, rng: &mut Rng| {
        if spec.contacts.is_empty() {
            return;
        }
        out.push_str(if st.decorated {
            "\n[ contacts ]  # who\n"
        } else {
            "\n[contacts]\n"
        });
        for (r, v) in &contact_values {
            line(out, r, v, st, rng);
        }
    };
    if contacts == Contacts::Table {
        contacts_table(&mut out, &mut rng);
    }
    if !inline_events {
        for e in &events {
            out.push_str(if st.decorated {
                "\n[[ events ]]   # one more\n"
            } else {
                "\n[[events]]\n"
            });
            for (k, v) in e {
                line(&mut out, k, v, st, &mut rng);
            }
        }
    }
    if contacts == Contacts::AfterEvents {
        contacts_table(&mut out, &mut rng);
    }
    out
}

/// Every layout of a student, by name.
fn layouts(spec: &Spec) -> Vec<(&'static str, String)> {
    let plain = Style::default();
    let deco = Style {
        decorated: true,
        ..plain
    };
    let every = Style {
        literal: true,
        multiline: true,
        quoted_keys: true,
        decorated: true,
        numbers: true,
        escapes: false,
    };
    let crlf = |s: String| s.replace('\n', "\r\n");
    let canonical = write(spec, plain, Contacts::Table, false, false);
    vec![
        ("bom", format!("\u{feff}{canonical}")),
        (
            "comments and whitespace",
            write(spec, deco, Contacts::Table, false, false),
        ),
        // Line ends only outside strings: a line break inside a multi-line string is text.
        ("crlf", crlf(write(spec, deco, Contacts::Table, false, false))),
        (
            "quoted keys",
            write(
                spec,
                Style {
                    quoted_keys: true,
                    ..plain
                },
                Contacts::Table,
                false,
                false,
            ),
        ),
        (
            "literal strings",
            write(
                spec,
                Style {
                    literal: true,
                    ..plain
                },
                Contacts::Table,
                false,
                false,
            ),
        ),
        (
            "multi-line strings",
            write(
                spec,
                Style {
                    multiline: true,
                    ..plain
                },
                Contacts::Table,
                false,
                false,
            ),
        ),
        (
            "escapes",
            write(
                spec,
                Style {
                    escapes: true,
                    ..plain
                },
                Contacts::Table,
                false,
                false,
            ),
        ),
        (
            "numbers",
            write(
                spec,
                Style {
                    numbers: true,
                    ..plain
                },
                Contacts::Table,
                false,
                false,
            ),
        ),
        (
            "inline contacts",
            write(spec, plain, Contacts::Inline, false, false),
        ),
        (
            "dotted contacts",
            write(spec, deco, Contacts::Dotted, false, false),
        ),
        (
            "contacts after events",
            write(spec, plain, Contacts::AfterEvents, false, false),
        ),
        ("inline events", write(spec, plain, Contacts::Table, true, false)),
        ("reordered keys", write(spec, plain, Contacts::Table, false, true)),
        (
            "everything at once",
            write(spec, every, Contacts::AfterEvents, false, true),
        ),
        (
            "everything, inline",
            write(spec, every, Contacts::Inline, true, true),
        ),
        ("canonical", canonical),
    ]
}

/// A reader under test (taskchampion's storage suite, here over readers).
trait Front {
    const NAME: &'static str;
    fn read(src: &str, path: &Path) -> Result<Student, Vec<Diagnostic>>;
}

struct Fast;
struct Full;

impl Front for Fast {
    const NAME: &'static str = "student::parse (fast scanner first)";
    fn read(src: &str, path: &Path) -> Result<Student, Vec<Diagnostic>> {
        student::parse(src, path)
    }
}

impl Front for Full {
    const NAME: &'static str = "student::parse_full";
    fn read(src: &str, path: &Path) -> Result<Student, Vec<Diagnostic>> {
        student::parse_full(src, path)
    }
}

/// The student without byte offsets, which differ between layouts by design.
fn without_offsets(mut s: Student) -> Student {
    s.offsets = Offsets::default();
    for e in &mut s.events {
        e.offset = 0;
    }
    s
}

/// The suite: every layout of every generated student reads to the student that the
/// tool's own layout reads to, which itself holds what was generated.
fn suite<R: Front>(cases: u32) -> (usize, usize) {
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let counts = std::cell::Cell::new((0usize, 0usize));
    let path = Path::new("students/layout.toml");
    let result = runner.run(&spec(), |spec| {
        let all = layouts(&spec);
        let reference = match R::read(&all[all.len() - 1].1, path) {
            Ok(s) => without_offsets(s),
            Err(d) => panic!(
                "{}: the canonical layout does not read: {d:?}\n{}",
                R::NAME,
                all[all.len() - 1].1
            ),
        };
        // The reference holds what was generated.
        prop_assert_eq!(reference.events.len(), spec.events.len());
        prop_assert_eq!(&reference.contacts, &spec.contacts);
        if let Some((_, V::Str(name))) = spec.fields.iter().find(|(k, _)| *k == "name") {
            prop_assert_eq!(&reference.name, name);
        }
        for (e, want) in reference.events.iter().zip(&spec.events) {
            let note = want.iter().find(|(k, _)| *k == "note").map(|(_, v)| v);
            match note {
                Some(V::Str(n)) => prop_assert_eq!(e.note.as_deref(), Some(n.as_str())),
                _ => prop_assert_eq!(e.note.as_deref(), None),
            }
        }
        let (mut layouts_read, mut scanned) = counts.get();
        for (name, src) in &all {
            let got = match R::read(src, path) {
                Ok(s) => without_offsets(s),
                Err(d) => panic!("{}: layout `{}` does not read: {d:?}\n{}", R::NAME, name, src),
            };
            prop_assert_eq!(&got, &reference, "{}: layout `{}`\n{}", R::NAME, name, src);
            layouts_read += 1;
            scanned += usize::from(crate::fastscan::scan(src).is_some());
        }
        counts.set((layouts_read, scanned));
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    counts.get()
}

const CASES: u32 = 200;

#[test]
fn every_layout_reads_the_same_with_the_fast_reader() {
    let (n, scanned) = suite::<Fast>(CASES);
    eprintln!(
        "layouts, {}: {CASES} students × {} layouts = {n} files, {scanned} of them taken by the scanner",
        Fast::NAME,
        n / CASES as usize
    );
    // The scanner takes many plain layouts and leaves the rest to the parser.
    assert!(scanned >= CASES as usize / 4 && scanned < n, "{scanned} of {n}");
}

#[test]
fn every_layout_reads_the_same_with_the_full_parser() {
    let (n, _) = suite::<Full>(CASES);
    eprintln!("layouts, {}: {CASES} students, {n} files", Full::NAME);
    assert_eq!(n, CASES as usize * 16);
}
