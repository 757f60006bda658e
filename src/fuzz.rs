//! Fuzz-style test (issue 10, item 6): mutated valid student files — bits flipped,
//! bytes replaced, cut short, TOML punctuation and hostile values inserted, lines
//! duplicated, dropped and swapped; dates moved, event kinds swapped, event blocks
//! duplicated and dropped — go through both readers (the fast scanner and the
//! full parser) and the engine (`engine::actions`, `engine::derive`, `check_student`).
//! Nothing may panic or hang; the two readers must agree on every file; every
//! diagnostic points into the file; every date the engine computes prints as
//! YYYY-MM-DD.
//!
//! Deterministic (a fixed seed per run). `cargo test fuzz` runs 4,000 inputs (about a
//! second in a debug build); the full run of 100,000 is
//! `cargo test --release fuzz -- --ignored`.

use crate::dates::{self, Date};
use crate::diag::Diagnostic;
use crate::settings::Settings;
use crate::student::{self, Student};
use std::path::Path;
use std::time::{Duration, Instant};

/// xorshift64*: small, fast and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).expect("less than n, a usize")
    }

    /// A day from 1900 to about 2200, past `dates::LAST`.
    fn date(&mut self) -> Date {
        let days = self.below(110_000);
        dates::add_days(dates::FIRST, i64::try_from(days).expect("below 110,000"))
    }
}

/// What an attacker or a slip of the keyboard puts into a file.
const INSERTS: &[&str] = &[
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "=",
    "\"",
    "'",
    "\"\"\"",
    "'''",
    ",",
    ".",
    "#",
    "\n",
    "\r\n",
    "\r",
    "\\",
    "\\u",
    "\\u001b",
    "\\U0010FFFF",
    "-",
    "+",
    ":",
    "T",
    "Z",
    " ",
    "\t",
    "0",
    "_",
    "9999-12-31",
    "0000-01-01",
    "2026-02-30",
    "2024-02-29",
    "1899-12-31",
    "2200-01-01",
    "07:32:00",
    "1979-05-27T07:32:00Z",
    "1e400",
    "-0",
    "0x7f",
    "nan",
    "inf",
    "true",
    "false",
    "99999999999999999999",
    "\u{0}",
    "\u{1b}",
    "\u{7f}",
    "\u{85}",
    "\u{202e}",
    "é",
    "\u{feff}",
    "events",
    "kind",
    "date",
    "note",
    "rule",
    "until",
    "contacts",
    "schema",
    "id",
    "name",
    "[[events]]\n",
    "[contacts]\n",
    "[events]\n",
    "events = []\n",
    "x.y = 1\n",
    "\"k\" = 1\n",
    "kind = \"exit\"\n",
    "kind = \"done\"\nrule = \"age-18\"\n",
    "destination = \"work\"\n",
    "<<<<<<< ours\n",
    "=======\n",
    ">>>>>>> theirs\n",
    "schema = 2\n",
];

/// Valid files to start from: the example folder (every rule and event kind), and the
/// same files in other shapes the readers must take (CRLF, a byte order mark, events
/// as an inline array).
fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data-example/students");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    let mut seeds: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    assert!(seeds.len() >= 15, "data-example/students is the fuzz corpus");
    let first = seeds[0].clone();
    seeds.push(first.replace('\n', "\r\n"));
    seeds.push(format!("\u{feff}{first}"));
    seeds.push(
        "schema = 1\nid = \"x\"\nname = 'X'\nbirth_date = 2008-05-14\ntrack = \"vso\"\nenrolled = 2021-08-23\nmunicipality = \"Bergen\"\ncontacts = { mentor = \"M\" }\nevents = [\n  { date = 2026-07-10, kind = \"exit\", destination = \"day-activities\", benefit = false, indication_until = 2027-07-10 },\n  { date = 2026-08-01, kind = \"deferred\", rule = \"simple-switch-check\", until = 2026-09-01, reason = \"\"\"later\nagain\"\"\" },\n]\n"
            .to_string(),
    );
    seeds
}

/// Changes that keep a file valid TOML more often than not, so that the engine sees
/// many students it has never seen: dates moved anywhere in the range, event kinds
/// swapped, event blocks duplicated or dropped.
fn mutate_meaning(rng: &mut Rng, src: &str) -> String {
    let mut out = src.to_string();
    for _ in 0..=rng.below(6) {
        let b = out.as_bytes();
        let dates: Vec<usize> = (0..b.len().saturating_sub(9))
            .filter(|&i| {
                b[i..i + 10].iter().enumerate().all(|(j, c)| {
                    if j == 4 || j == 7 {
                        *c == b'-'
                    } else {
                        c.is_ascii_digit()
                    }
                })
            })
            .collect();
        match rng.below(4) {
            0 | 1 if !dates.is_empty() => {
                let at = dates[rng.below(dates.len())];
                let d = rng.date();
                out.replace_range(at..at + 10, &d.to_string());
            }
            2 => {
                if let Some(at) = out
                    .match_indices("kind = \"")
                    .map(|(i, _)| i + 8)
                    .nth(rng.below(8))
                {
                    let end = out[at..].find('"').map_or(at, |e| at + e);
                    let kinds = <student::Kind as crate::read::Named>::names();
                    out.replace_range(at..end, kinds[rng.below(kinds.len())]);
                }
            }
            _ => {
                let blocks: Vec<usize> = out.match_indices("[[events]]").map(|(i, _)| i).collect();
                if blocks.is_empty() {
                    continue;
                }
                let i = rng.below(blocks.len());
                let end = blocks.get(i + 1).copied().unwrap_or(out.len());
                let block = out[blocks[i]..end].to_string();
                if rng.below(2) == 0 {
                    out.push_str(&block);
                } else {
                    out.replace_range(blocks[i]..end, "");
                }
            }
        }
    }
    out
}

fn mutate(rng: &mut Rng, src: &str) -> Vec<u8> {
    if rng.below(2) == 0 {
        let meant = mutate_meaning(rng, src);
        // Now and then a byte-level change on top.
        return if rng.below(4) == 0 {
            mutate_bytes(rng, &meant)
        } else {
            meant.into_bytes()
        };
    }
    mutate_bytes(rng, src)
}

fn mutate_bytes(rng: &mut Rng, src: &str) -> Vec<u8> {
    let mut b = src.as_bytes().to_vec();
    for _ in 0..=rng.below(4) {
        let len = b.len();
        let at = rng.below(len + 1);
        match rng.below(10) {
            0 if len > 0 => b[at.min(len - 1)] ^= 1 << rng.below(8),
            1 if len > 0 => b[at.min(len - 1)] = rng.next().to_le_bytes()[0],
            2 => b.truncate(at),
            3 | 4 => {
                let ins = INSERTS[rng.below(INSERTS.len())].as_bytes();
                b.splice(at..at, ins.iter().copied());
            }
            5 => {
                let end = (at + 1 + rng.below(16)).min(len);
                b.drain(at..end);
            }
            6..=8 => {
                let mut lines: Vec<Vec<u8>> =
                    b.split_inclusive(|&c| c == b'\n').map(<[u8]>::to_vec).collect();
                if lines.is_empty() {
                    continue;
                }
                let (i, j) = (rng.below(lines.len()), rng.below(lines.len()));
                match rng.below(3) {
                    0 => {
                        let l = lines[i].clone();
                        lines.insert(j, l);
                    }
                    1 => {
                        lines.remove(i);
                    }
                    _ => lines.swap(i, j),
                }
                b = lines.concat();
            }
            _ => {
                // A number grown past every bound.
                if let Some(p) = b.iter().skip(at).position(u8::is_ascii_digit) {
                    let p = at + p;
                    b.splice(p..p, b"99999999999".iter().copied());
                }
            }
        }
    }
    b
}

/// Every diagnostic names the file and a place inside it.
fn assert_places(src: &str, diags: &[Diagnostic]) {
    let lines = src.split('\n').count();
    assert!(!diags.is_empty(), "an error without a diagnostic");
    for d in diags {
        assert!(d.line >= 1 && d.line <= lines, "line {} of {lines}: {d}", d.line);
        assert!(d.col >= 1, "{d}");
        assert!(!d.message.is_empty());
    }
}

fn plausible_print(d: Date) {
    let s = d.to_string();
    assert!(s.len() == 10 && s.as_bytes()[4] == b'-', "date printed as {s}");
}

/// One input through everything that reads a file.
fn exercise(bytes: &[u8], settings: &Settings, todays: &[Date]) -> Option<Student> {
    // The store refuses text that is not UTF-8 before any reader sees it.
    let src = std::str::from_utf8(bytes).ok()?;
    let path = Path::new("students/fuzz.toml");
    let _ = crate::fastscan::scan(src);
    let parsed = crate::store::parse_student(src, path);
    let full = student::parse_full(src, path);
    match (&parsed, &full) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "the readers disagree on\n{src}"),
        (Err(d), Err(_)) => assert_places(src, d),
        _ => panic!(
            "one reader accepts what the other refuses:\n{src}\nfast: {:?}\nfull: {:?}",
            parsed.as_ref().err(),
            full.as_ref().err()
        ),
    }
    let s = parsed.ok()?;
    for &today in todays {
        let actions = crate::engine::actions(&s, settings, today);
        for a in &actions {
            plausible_print(a.opens);
            plausible_print(a.due);
            assert!(a.opens <= a.due);
        }
        let _ = crate::engine::derive(&s, settings, today);
        for d in crate::commands::check::check_student(path, src, &s, settings, today) {
            assert!(d.line >= 1);
        }
        let _ = crate::render::clean(&s.name);
    }
    Some(s)
}

/// Runs `n` mutated inputs; returns how many parsed as students.
fn run(n: usize, seed: u64) -> usize {
    let seeds = seeds();
    let settings = Settings::default();
    let todays = [dates::FIRST, dates::LAST];
    let mut rng = Rng(seed);
    let (mut valid, mut slowest) = (0, Duration::ZERO);
    for i in 0..n {
        let src = &seeds[i % seeds.len()];
        let input = mutate(&mut rng, src);
        let today = rng.date();
        let start = Instant::now();
        let result = std::panic::catch_unwind(|| exercise(&input, &settings, &[today, todays[i % 2]]));
        let took = start.elapsed();
        slowest = slowest.max(took);
        match result {
            Ok(s) => valid += usize::from(s.is_some()),
            Err(_) => panic!(
                "input {i} (seed {seed:#x}) panicked:\n{}",
                String::from_utf8_lossy(&input)
            ),
        }
        // No hang: a file of a few KiB takes milliseconds even in a debug build.
        assert!(
            took < Duration::from_secs(2),
            "input {i} took {took:?}:\n{}",
            String::from_utf8_lossy(&input)
        );
    }
    eprintln!("fuzz: {n} inputs, {valid} read as students, slowest {slowest:?}");
    valid
}

#[test]
fn mutated_files_never_panic_or_hang() {
    let valid = run(4_000, 0x5EED_0001);
    // The mutations leave many files valid, so the engine is fuzzed too.
    assert!(valid > 1_000, "{valid}");
}

#[test]
#[ignore = "the full run: cargo test --release fuzz -- --ignored"]
fn mutated_files_never_panic_or_hang_full_run() {
    run(100_000, 0x5EED_0002);
}
