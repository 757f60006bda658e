//! Calendars: `due --format ics` and `export --format ics` read back by an independent
//! parser (the `icalendar` crate's), RFC 5545 line rules checked on the raw bytes.

use crate::harness::{Case, assert_has, sem, student};
use icalendar::parser::{Component, read_calendar, unfold};
use std::collections::HashSet;

const EXAMPLE_TODAY: &str = "2026-11-25";

fn example(args: &[&str]) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data-example");
    let c = Case::new();
    let mut full = vec!["--dir", dir];
    full.extend_from_slice(args);
    c.run_on(EXAMPLE_TODAY, &full).code(0).stdout
}

/// RFC 5545 §3.1: CRLF line ends, at most 75 octets a line; continuation lines start
/// with a space.
fn assert_lines_are_rfc5545(ics: &str) {
    assert!(ics.ends_with("\r\n"));
    for line in ics.strip_suffix("\r\n").unwrap().split("\r\n") {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare line end in {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
}

/// (component, property) → the property's value, TEXT unescaped.
fn prop(c: &Component<'_>, name: &str) -> Option<String> {
    c.find_prop(name)
        .map(|p| p.val.clone().unescape_text().as_str().to_string())
}

fn components<'a>(cal: &'a icalendar::parser::Calendar<'a>, name: &str) -> Vec<&'a Component<'a>> {
    cal.components.iter().filter(|c| c.name == name).collect()
}

/// Every action of `due --all --format json` is in the calendar on its due date, once,
/// as an all-day event (DTEND the next day), and the UIDs are unique.
#[test]
fn every_action_is_an_all_day_event_on_its_date() {
    let json: serde_json::Value =
        serde_json::from_str(&example(&["due", "--all", "--format", "json"])).unwrap();
    let rows = json.as_array().unwrap();
    let ics = example(&["due", "--all", "--format", "ics"]);
    assert_lines_are_rfc5545(&ics);
    let unfolded = unfold(&ics);
    let cal = read_calendar(&unfolded).unwrap();
    let version = cal.properties.iter().find(|p| p.name == "VERSION").unwrap();
    assert_eq!(version.val.as_str(), "2.0");
    assert!(cal.properties.iter().any(|p| p.name == "PRODID"));
    let events = components(&cal, "VEVENT");
    assert_eq!(events.len(), rows.len());
    let uids: HashSet<String> = events.iter().map(|e| prop(e, "UID").unwrap()).collect();
    assert_eq!(uids.len(), events.len(), "UIDs are unique");
    let mut used = HashSet::new();
    for r in rows {
        let (case, rule, due) = (
            r["case"].as_str().unwrap(),
            r["rule"].as_str().unwrap(),
            r["due"].as_str().unwrap(),
        );
        let day = due.replace('-', "");
        let found = events.iter().position(|e| {
            let start = e.find_prop("DTSTART").unwrap();
            start.val.as_str() == day
                && start
                    .params
                    .iter()
                    .any(|p| p.key == "VALUE" && p.val.as_ref().map(|v| v.as_str()) == Some("DATE"))
                && prop(e, "SUMMARY").unwrap() == format!("{} ({case})", r["title"].as_str().unwrap())
                && prop(e, "DESCRIPTION")
                    .unwrap()
                    .contains(&format!("\nrule: {rule}\n"))
        });
        let i = found.unwrap_or_else(|| panic!("{case} {rule} {due} not in the calendar"));
        assert!(used.insert(i), "{case} {rule}: two rows, one event");
        let e = events[i];
        let next_day = chrono::NaiveDate::parse_from_str(due, "%Y-%m-%d")
            .unwrap()
            .succ_opt()
            .unwrap();
        assert_eq!(
            e.find_prop("DTEND").unwrap().val.as_str(),
            next_day.format("%Y%m%d").to_string()
        );
        assert_eq!(prop(e, "DTSTAMP").unwrap(), "20261125T000000Z");
        // No names without --with-names.
        assert!(!prop(e, "SUMMARY").unwrap().contains(r["name"].as_str().unwrap()));
    }
}

/// The same folder and day give the same bytes; another day changes only DTSTAMP, so
/// a calendar that imports the file again updates its events.
#[test]
fn uids_are_stable_across_runs_and_days() {
    let a = example(&["due", "--all", "--format", "ics"]);
    assert_eq!(a, example(&["due", "--all", "--format", "ics"]));
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data-example");
    let b = Case::new()
        .run_on("2026-11-26", &["--dir", dir, "due", "--all", "--format", "ics"])
        .code(0)
        .stdout;
    let uids = |s: &str| -> Vec<String> {
        s.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(String::from)
            .collect()
    };
    // Overdue actions stay; none of 25 November's is due on the 25th itself.
    let (ua, ub) = (uids(&a), uids(&b));
    assert!(ub.iter().all(|u| ua.contains(u)), "a new UID the next day");
    assert!(b.contains("DTSTAMP:20261126T000000Z"));
    // The export holds every action, open and closed: its UIDs include due's.
    let export = example(&["export", "--format", "ics"]);
    let ue = uids(&export);
    assert!(
        ua.iter().all(|u| ue.contains(u)),
        "the same instance has the same UID in both"
    );
    assert_eq!(ue.len(), ue.iter().collect::<HashSet<_>>().len());
}

/// Long Dutch text with ë, commas and semicolons: escaped, folded on UTF-8 boundaries,
/// and read back exactly; the name only with --with-names.
#[test]
fn long_dutch_titles_and_names_fold_and_escape() {
    let name = "Zoë-Noëlle van 't Hooft, \"Zo\"; de Brenée-Ëlsinga van der Meulen-Berg";
    let c = Case::new().file(
        "students/zoe.toml",
        &student(
            "zoe",
            &name.replace('"', "\\\""),
            "entree",
            "2007-02-28",
            "2026-03-02",
            "Alkmaar",
            "",
        ),
    );
    for args in [
        &["--lang", "nl", "due", "--all", "--format", "ics", "--with-names"][..],
        &[
            "--lang",
            "nl",
            "due",
            "--all",
            "--format",
            "ics",
            "--with-names",
            "--todo",
        ][..],
    ] {
        let ics = c.run_on("2026-07-15", args).code(0).stdout;
        assert_lines_are_rfc5545(&ics);
        assert!(
            ics.contains("\\, \\\"Zo\\\"\\; ") || ics.replace("\r\n ", "").contains("\\, \"Zo\"\\; "),
            "escaped: {ics}"
        );
        let unfolded = unfold(&ics);
        let cal = read_calendar(&unfolded).unwrap();
        let items: Vec<&Component<'_>> = cal
            .components
            .iter()
            .filter(|c| c.name == "VEVENT" || c.name == "VTODO")
            .collect();
        assert!(!items.is_empty());
        for it in &items {
            let summary = prop(it, "SUMMARY").unwrap();
            assert!(summary.ends_with(&format!(" — {name} (zoe)")), "{summary}");
        }
        let spring = items
            .iter()
            .find(|it| prop(it, "DESCRIPTION").unwrap().contains("regel: spring-review"))
            .unwrap();
        assert_eq!(
            prop(spring, "SUMMARY").unwrap(),
            format!(
                "Uitstroomperspectief in het voorjaar bespreken met Leerplicht en Doorstroompunt — {name} (zoe)"
            )
        );
    }
}

/// --todo: VTODO with DTSTART = opens, DUE = due, STATUS; a milestone stays an event.
#[test]
fn todo_items_for_tasks() {
    let c = Case::new().file(
        "students/sem.toml",
        &sem("profile = \"work\"\n\n[[events]]\ndate = 2026-07-10\nkind = \"exit\"\ndestination = \"work\"\njob_found = true\n\n[[events]]\ndate = 2026-07-10\nkind = \"jobcoach-assessed\"\nneeded = false\n"),
    );
    let ics = c
        .run_on("2026-07-15", &["export", "--format", "ics", "--todo"])
        .code(0)
        .stdout;
    assert_lines_are_rfc5545(&ics);
    let unfolded = unfold(&ics);
    let cal = read_calendar(&unfolded).unwrap();
    let todos = components(&cal, "VTODO");
    let age = todos
        .iter()
        .find(|t| prop(t, "DESCRIPTION").unwrap().contains("rule: age-18"))
        .unwrap();
    assert_eq!(prop(age, "DTSTART").unwrap(), "20260416");
    assert_eq!(prop(age, "DUE").unwrap(), "20260514");
    assert_eq!(prop(age, "STATUS").unwrap(), "NEEDS-ACTION");
    let jobcoach = todos
        .iter()
        .find(|t| {
            prop(t, "DESCRIPTION")
                .unwrap()
                .contains("rule: jobcoach-assessment")
        })
        .unwrap();
    assert_eq!(prop(jobcoach, "STATUS").unwrap(), "COMPLETED");
    assert_eq!(prop(jobcoach, "COMPLETED").unwrap(), "20260710T000000Z");
    let events = components(&cal, "VEVENT");
    assert!(events.iter().all(
        |e| prop(e, "DESCRIPTION").unwrap().contains("rule: aftercare-end")
            || prop(e, "DESCRIPTION").unwrap().contains("rule: monitoring-end")
    ));
    assert_eq!(events.len(), 2, "the two milestones");
    // Flags that only make sense for a calendar say so.
    let out = c.run_on("2026-07-15", &["due", "--todo"]).code(2);
    assert_has(&out.stderr, "--todo is for calendars");
}
