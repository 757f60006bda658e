//! Time stays linear in the events of one file (issue 10, item 6: "time grows with the
//! square of the events in one file (100,000 events: over 10 s)"). Reading, the engine,
//! `check`, `due`, `list` and `show` on a file of 100,000 events; the timing itself is
//! the ignored `events_scale_linearly`, run in release mode.

use crate::harness::Case;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A Pro student who left for work on 2018-01-01 and then has `n` more events, ten kinds
/// in turn, 40 a day: every job loss opens a `ww-check` and a `job-loss-contact`, which a
/// `done` and a `waived` close; every `enrolment-missing` opens a follow-up that a `done`
/// closes; a deferral finds nothing open. So each rule has thousands of instances and
/// thousands of events to match.
fn many_events(n: usize) -> String {
    let mut s = String::from(
        "schema = 1\nid = \"many\"\nname = \"Veel Gebeurtenissen\"\nbirth_date = 2004-03-01\nmunicipality = \"Alkmaar\"\ntrack = \"pro\"\nenrolled = 2016-08-22\n\n[[events]]\ndate = 2018-01-01\nkind = \"exit\"\ndestination = \"work\"\ndiploma = \"pro\"\njob_found = true\n",
    );
    let start = uitstroom::dates::parse_date("2018-01-01").unwrap();
    for i in 0..n {
        let d = uitstroom::dates::add_days(start, i64::try_from(i / 40).unwrap());
        let body = match i % 10 {
            0 => "kind = \"job-lost\"".to_string(),
            1 => "kind = \"done\"\nrule = \"ww-check\"".to_string(),
            2 => "kind = \"enrolment-missing\"".to_string(),
            3 => "kind = \"aftercare-contact\"".to_string(),
            4 => "kind = \"note\"\nnote = \"gebeld\"".to_string(),
            5 => "kind = \"dropout-risk\"".to_string(),
            6 => format!(
                "kind = \"deferred\"\nrule = \"ww-check\"\nuntil = {}\nreason = \"later\"",
                uitstroom::dates::add_days(d, 30)
            ),
            7 => "kind = \"waived\"\nrule = \"job-loss-contact\"\nreason = \"zelf gevonden\"".to_string(),
            8 => "kind = \"register-discussed\"".to_string(),
            _ => "kind = \"done\"\nrule = \"enrolment-follow-up\"".to_string(),
        };
        s.push_str(&format!("\n[[events]]\ndate = {d}\n{body}\n"));
    }
    s
}

/// Runs `uitstroom ARGS` and kills it after `limit`: a quadratic run (hours at this
/// size) fails here instead of hanging the suite.
fn run_within(c: &Case, limit: Duration, args: &[&str]) -> (i32, String) {
    let mut child = Command::new(crate::harness::BIN)
        .env_clear()
        .env("LANG", "C.UTF-8")
        .env("HOME", c.path("home"))
        .arg("--dir")
        .arg(c.path(""))
        .args(["--today", "2026-11-25"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Read stdout on a thread, so a full pipe never blocks the child.
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).unwrap();
        s
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > limit {
            child.kill().unwrap();
            panic!("uitstroom {args:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    (status.code().unwrap_or(-1), reader.join().unwrap())
}

/// 100,000 events in one file: every command finishes (in well under a second in a
/// release build; the limit allows for a debug build on a busy machine) and the
/// matching is right — each of the 10,000 job losses has its `ww-check` done and its
/// `job-loss-contact` waived, each `enrolment-missing` its follow-up done.
#[test]
fn one_hundred_thousand_events_in_one_file() {
    let c = Case::new().file("students/many.toml", &many_events(100_000));
    let limit = Duration::from_secs(90);
    let (code, out) = run_within(&c, limit, &["check"]);
    assert_eq!((code, out.as_str()), (0, ""));
    let (code, out) = run_within(&c, limit, &["due", "--all", "--format", "json"]);
    assert_eq!(code, 0);
    let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
    let rules: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule"].as_str().unwrap())
        .collect();
    assert!(
        !rules
            .iter()
            .any(|r| matches!(*r, "ww-check" | "job-loss-contact" | "enrolment-follow-up")),
        "{rules:?}"
    );
    let (code, _) = run_within(&c, limit, &["list", "--format", "json"]);
    assert_eq!(code, 0);
    let (code, out) = run_within(&c, limit, &["show", "many", "--format", "json"]);
    assert_eq!(code, 0);
    let show: serde_json::Value = serde_json::from_str(&out).unwrap();
    let count = |rule: &str, status: &str| {
        show["actions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["rule"] == rule && a["status"] == status)
            .count()
    };
    assert_eq!(show["events"].as_array().unwrap().len(), 100_001);
    assert_eq!(count("ww-check", "done"), 10_000);
    assert_eq!(count("job-loss-contact", "waived"), 10_000);
    assert_eq!(count("enrolment-follow-up", "done"), 10_000);
}

/// The measurement: `cargo test --release --test cli -- --ignored events_scale_linearly
/// --nocapture`. Times `due --all --format json` and `check` at 25,000 to 200,000 events
/// (best of three each) and fails when eight times the events take more than 16 times
/// as long (linear: about 8; quadratic: 64).
#[test]
#[ignore = "a measurement: run in release mode"]
fn events_scale_linearly() {
    for args in [&["due", "--all", "--format", "json"][..], &["check"][..]] {
        let mut times = Vec::new();
        for n in [25_000, 50_000, 100_000, 200_000] {
            let c = Case::new().file("students/many.toml", &many_events(n));
            let best = (0..3)
                .map(|_| {
                    let t = Instant::now();
                    let (code, _) = run_within(&c, Duration::from_secs(600), args);
                    assert!(code == 0, "{args:?} at {n}");
                    t.elapsed()
                })
                .min()
                .unwrap();
            eprintln!("{args:?}: {n} events in {best:?}");
            times.push(best);
        }
        let ratio = times[3].as_secs_f64() / times[0].as_secs_f64();
        eprintln!("{args:?}: 200,000 / 25,000 events = {ratio:.1}× the time");
        assert!(ratio < 16.0, "{args:?} grows faster than linear: {ratio:.1}×");
    }
}
