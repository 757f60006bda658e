//! The manual, generated from the program itself so that it cannot drift from it:
//! `uitstroom.1` and a page per command (from the command line definition),
//! `uitstroom.5` (the folder, the student file from the field table in `fields.rs`, the
//! settings from `settings.rs`) and `uitstroom-rules.7` (the rule catalogue from
//! `rules::ALL`). `examples/gen-man.rs` writes them to `man/`; a test fails when a
//! committed page is out of date.

use crate::fields::{self, Field};
use crate::names::Named;
use crate::rules::{self, ActionKind, Owner, Scope};
use crate::student::Kind;
use roff::{Inline, Roff, bold, italic, roman};
use std::io;

/// Every page: (file name, contents).
pub fn pages() -> io::Result<Vec<(String, Vec<u8>)>> {
    let mut pages = command_pages()?;
    pages.push(("uitstroom.5".into(), format_page().into_bytes()));
    pages.push(("uitstroom-rules.7".into(), rules_page().into_bytes()));
    Ok(pages)
}

/// The man pages of the commands: `uitstroom.1` and `uitstroom-<command>.1`.
pub fn command_pages() -> io::Result<Vec<(String, Vec<u8>)>> {
    use clap::CommandFactory;
    let mut cmd = crate::cli::Cli::command();
    cmd.build();
    let version = cmd.get_version().unwrap_or_default().to_string();
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .filter(|n| n != "help")
        .collect();
    let mut pages = Vec::new();
    let mut see_also: Vec<String> = subs.iter().map(|n| format!("uitstroom-{n}(1)")).collect();
    see_also.extend(["uitstroom(5)".into(), "uitstroom-rules(7)".into()]);
    // The top page without clap's `help` subcommand, which has no page of its own.
    let top = crate::cli::Cli::command().disable_help_subcommand(true);
    pages.push(("uitstroom.1".to_string(), command_page(top, &version, &see_also)?));
    for name in &subs {
        let Some(sub) = cmd.find_subcommand(name) else {
            continue;
        };
        let page = format!("uitstroom-{name}");
        let sub = sub
            .clone()
            .name(page.clone())
            .bin_name(format!("uitstroom {name}"));
        let see_also = ["uitstroom(1)", "uitstroom(5)", "uitstroom-rules(7)"].map(String::from);
        pages.push((format!("{page}.1"), command_page(sub, &version, &see_also)?));
    }
    Ok(pages)
}

/// One command's page: clap_mangen's sections, then the text after the options as
/// NOTES, the examples as EXAMPLES (each on its own line, not filled into a
/// paragraph), SEE ALSO and VERSION.
fn command_page(cmd: clap::Command, version: &str, see_also: &[String]) -> io::Result<Vec<u8>> {
    let after = cmd
        .get_after_long_help()
        .or_else(|| cmd.get_after_help())
        .map(|s| s.to_string())
        .unwrap_or_default();
    let bare = cmd
        .after_help(None::<&str>)
        .after_long_help(None::<&str>)
        .version(None::<&str>);
    let mut out = Vec::new();
    clap_mangen::Man::new(bare).render(&mut out)?;

    let mut r = Roff::new();
    let (examples, notes): (Vec<&str>, Vec<&str>) = after
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .partition(|p| p.starts_with("Example"));
    if !notes.is_empty() {
        r.control("SH", ["NOTES"]);
        for p in notes {
            paragraph(&mut r, &p.replace('\n', " "));
        }
    }
    if !examples.is_empty() {
        r.control("SH", ["EXAMPLES"]);
        for p in examples {
            // A heading with more to say than "Example:" ("Example (as git runs it):").
            let heading = p.lines().next().unwrap_or_default();
            if let Some(more) = heading.split_once(" (").map(|(_, m)| m.trim_end_matches(':')) {
                r.control("PP", [])
                    .text(inline(&capitalised(more.trim_end_matches(')'))));
            }
            r.control("nf", []).control("RS", ["4"]);
            for line in p.lines().skip(1) {
                r.text([roman(line.trim_start())]);
            }
            r.control("RE", []).control("fi", []);
        }
    }
    see_also_section(&mut r, see_also);
    r.control("SH", ["VERSION"]).text([roman(format!("v{version}"))]);
    out.extend(r.to_roff().into_bytes());
    Ok(out)
}

fn see_also_section(r: &mut Roff, pages: &[String]) {
    r.control("SH", ["SEE ALSO"]);
    let mut line = Vec::new();
    for (i, p) in pages.iter().enumerate() {
        if i > 0 {
            line.push(roman(", "));
        }
        let (name, section) = p.split_once('(').unwrap_or((p, ""));
        line.push(bold(name));
        line.push(roman(format!("({section}")));
    }
    r.text(line);
}

/// Text with `code` spans set in bold.
fn inline(text: &str) -> Vec<Inline> {
    text.split('`')
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(i, part)| if i % 2 == 1 { bold(part) } else { roman(part) })
        .collect()
}

fn paragraph(r: &mut Roff, text: &str) {
    r.control("PP", []).text(inline(text));
}

/// A tagged paragraph: the tag on its own line, the text indented below it.
fn tagged(r: &mut Roff, tag: Vec<Inline>, text: &str) {
    r.control("TP", []).text(tag).text(inline(text));
}

/// Lines shown as they are (a file, a command), indented.
fn verbatim(r: &mut Roff, text: &str) {
    r.control("PP", []).control("nf", []).control("RS", ["4"]);
    for line in text.lines() {
        r.text([roman(line)]);
    }
    r.control("RE", []).control("fi", []);
}

fn title(r: &mut Roff, name: &str, what: &str) {
    r.control("SH", ["NAME"])
        .text([roman(format!("{} - {what}", name.to_lowercase()))]);
}

/// The rendered page with its `.TH` line: name, section, no date (so that the page
/// only changes with the program), the version and the manual's name. Written here
/// because `roff` drops an empty argument, which would shift the others.
fn with_title(page: String, name: &str, section: &str) -> String {
    let th = format!(
        ".TH {name} {section} \"\" \"uitstroom {}\" \"uitstroom manual\"\n",
        env!("CARGO_PKG_VERSION")
    );
    match page.find(".SH NAME") {
        Some(at) => format!("{}{th}{}", &page[..at], &page[at..]),
        None => th + &page,
    }
}

fn field_tag(f: &Field) -> Vec<Inline> {
    let what = match f.name {
        // Two dozen names: they are the sections below.
        "kind" => "one of the kinds below".to_string(),
        _ => f.ty.describe(),
    };
    let mut tag = vec![bold(f.name), roman(" = "), italic(what)];
    if f.required {
        tag.push(roman(" (required)"));
    }
    tag
}

fn field_text(f: &Field) -> String {
    let mut text = capitalised(f.doc);
    text.push_str(&format!(". Example: `{} = {}`.", f.name, f.example));
    text
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The student file of SPEC.md, as an example.
const EXAMPLE_FILE: &str = r#"schema = 1
id = "focus-2022-0137"
name = "Sem de Vries"
birth_date = 2008-05-14
municipality = "Heiloo"
school = "Praktijkschool Focus"
track = "pro"
profile = "work"
enrolled = 2021-08-23
planned_exit = 2026-07-10

[contacts]
mentor = "J. Bakker"
doorstroomcoach = "M. Peters"

[[events]]
date = 2025-09-15
kind = "start-meeting"
note = "Uitstroom arbeid in juli; stage bij hoveniersbedrijf."

[[events]]
date = 2026-07-10
kind = "exit"
destination = "work"
job_found = false"#;

/// `uitstroom.5`: the folder, the student file, every event kind and field, the
/// settings and the user config.
pub fn format_page() -> String {
    let mut r = Roff::new();
    title(
        &mut r,
        "UITSTROOM",
        "the case folder, the student file and the settings of uitstroom",
    );
    r.control("SH", ["SYNOPSIS"]);
    verbatim(
        &mut r,
        "uitstroom.toml        settings of the folder\nstudents/ID.toml      one file per student\narchive/ID.toml       closed cases, still valid files",
    );

    r.control("SH", ["DESCRIPTION"]);
    paragraph(
        &mut r,
        "A case folder holds one small TOML file per student. `uitstroom` computes every due action from these files and the rules (see `uitstroom-rules`(7)); nothing it computes is stored. The folder is found like git finds a repository: `--dir DIR`, else `UITSTROOM_DIR`, else the nearest folder above the working directory that holds `uitstroom.toml`, else `dir` in the user config.",
    );
    paragraph(
        &mut r,
        "Edit the files by hand as you like. The tool appends events as text and changes single values in place, so comments and layout stay; every write is atomic and taken under a lock on `uitstroom.toml`. Files the tool makes are readable by their owner only (0600, folders 0700). In a git work tree each change is one commit of exactly the files written, naming the command, the case and the event, never a name or a note.",
    );

    r.control("SH", ["THE STUDENT FILE"]);
    paragraph(
        &mut r,
        "TOML, UTF-8. Dates are TOML local dates, unquoted (`2026-07-10`). The tool writes the keys in the order below; on edits it keeps the user's order, comments and formatting.",
    );
    tagged(
        &mut r,
        vec![bold("schema"), roman(" = "), italic("1"), roman(" (required)")],
        "The version of the format. A newer number is refused with a message to upgrade uitstroom.",
    );
    tagged(
        &mut r,
        vec![bold("id"), roman(" = "), italic("text"), roman(" (required)")],
        "The case id: the file name without `.toml`. Lower-case letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Example: `id = \"focus-2022-0137\"`.",
    );
    for f in fields::STUDENT {
        tagged(&mut r, field_tag(f), &field_text(f));
    }
    tagged(
        &mut r,
        vec![bold("[contacts]")],
        "Optional, free text: the people around the student by role. `due --group-by contact` makes one list per person: the `mentor` for the school's actions, the `doorstroomcoach` for the Doorstroompunt's, the `jongerenadviseur` for Jongerenpunt Check-In's. Other roles may be added.",
    );
    tagged(
        &mut r,
        vec![bold("[[events]]")],
        "The case's history, one table per event, in date order (events of the same date keep the order in which they were written). Events are appended and never rewritten.",
    );
    paragraph(
        &mut r,
        "Unknown keys and kinds are errors that name the file, line and column and suggest the nearest known name (`uitstroom check` lists them all).",
    );
    r.control("SS", ["Example"]);
    verbatim(&mut r, EXAMPLE_FILE);

    r.control("SH", ["EVENTS"]);
    paragraph(&mut r, "Every event has these fields:");
    for f in fields::EVENT_COMMON {
        tagged(&mut r, field_tag(f), &field_text(f));
    }
    paragraph(
        &mut r,
        "Each kind records one thing that happened, and may have fields of its own. `uitstroom log ID KIND KEY=VALUE …` writes them; the rules that an event completes or triggers are in `uitstroom-rules`(7).",
    );
    for kind in Kind::ALL {
        r.control("SS", [kind.name()]);
        r.text(inline(&format!("{}.", capitalised(fields::meaning(*kind)))));
        for f in kind.fields() {
            tagged(&mut r, field_tag(f), &field_text(f));
        }
    }

    r.control("SH", ["THE SETTINGS FILE"]);
    paragraph(
        &mut r,
        "`uitstroom.toml` holds the settings of the folder: the region where Route Arbeid applies, the school calendar and the terms. Every key is optional; an empty file means all defaults. `uitstroom init` writes the defaults out, with comments. The defaults:",
    );
    settings_section(&mut r);

    r.control("SH", ["THE USER CONFIG"]);
    paragraph(
        &mut r,
        "`config.toml` in the platform's config folder (on Linux `~/.config/uitstroom/config.toml`; `uitstroom config` shows where) holds the user's own defaults. An unknown key draws a warning with its place and the nearest known key.",
    );
    for key in crate::folder::USER_CONFIG_KEYS {
        let (tag, text) = match *key {
            "dir" => (
                "text",
                "The case folder, used when none is found otherwise. Example: `dir = \"/srv/uitstroom\"`.",
            ),
            "lang" => (
                "nl or en",
                "The language of what uitstroom prints, after `--lang`, `UITSTROOM_LANG` and the locale. Example: `lang = \"nl\"`.",
            ),
            _ => ("", ""),
        };
        tagged(&mut r, vec![bold(*key), roman(" = "), italic(tag)], text);
    }

    r.control("SH", ["FILES"]);
    tagged(
        &mut r,
        vec![bold("uitstroom.toml")],
        "The settings; also the lock that serialises writers.",
    );
    tagged(
        &mut r,
        vec![bold("students/")],
        "One file per student, `ID.toml`.",
    );
    tagged(
        &mut r,
        vec![bold("archive/")],
        "Closed cases, moved by `uitstroom archive`.",
    );
    see_also_section(&mut r, &["uitstroom(1)".into(), "uitstroom-rules(7)".into()]);
    with_title(r.render(), "UITSTROOM", "5")
}

/// The settings with their defaults, from the file `init` writes
/// (`settings::INIT_TEMPLATE`, which a test holds equal to the defaults), and what each
/// means (`settings::DOCS`).
fn settings_section(r: &mut Roff) {
    let Ok(doc) = crate::settings::INIT_TEMPLATE.parse::<toml_edit::DocumentMut>() else {
        return;
    };
    for (name, item) in doc.iter() {
        let Some(table) = item.as_table() else {
            continue;
        };
        r.control("SS", [format!("[{name}]").as_str()]);
        for (key, value) in table {
            let Some(value) = value.as_value() else {
                continue;
            };
            let full = format!("{name}.{key}");
            let text = crate::settings::DOCS
                .iter()
                .find(|(k, _)| *k == full)
                .map_or("", |(_, d)| d);
            let default = value.clone().decorated("", "").to_string();
            tagged(r, vec![bold(full), roman(" = "), roman(default)], text);
        }
    }
}

/// `uitstroom-rules.7`: the rule catalogue, from `rules::ALL`.
pub fn rules_page() -> String {
    let mut r = Roff::new();
    title(
        &mut r,
        "UITSTROOM-RULES",
        "the rules of the route from school to work, education or dagbesteding",
    );

    r.control("SH", ["DESCRIPTION"]);
    paragraph(
        &mut r,
        "Every due action uitstroom computes comes from one rule below. A rule has a stable id (used in `due --format json`, in `uitstroom done ID RULE` and in `uitstroom why ID RULE`), an owner who carries its actions, a scope, the students and events it applies to, when its window opens, when it is due, and what completes it. This page is generated from the rules in the program, so it is the catalogue the program follows.",
    );
    paragraph(
        &mut r,
        "An action's status on a day: `done` (a completing event exists), `waived`, `overdue` (due before today), `open` (it has opened and is not yet due) or `upcoming` (it opens later). A task is to be done; a milestone is information: it is listed while its date is today or later, and needs no `done`.",
    );

    r.control("SH", ["SOURCES"]);
    paragraph(
        &mut r,
        "Each rule names the seed document and the section it implements, with the Dutch line it comes from. There are two seed documents:",
    );
    tagged(
        &mut r,
        vec![bold("000")],
        "\"Route naar succes!\", Route Arbeid Noord-Kennemerland: the agreements of the region's schools with Jongerenpunt Check-In and the Doorstroompunt on guiding students from school to work, further education or dagbesteding. It has two routes. The Pro/VSO route has Leerjaar 1 t/m 3; Leerjaar 4, 5 (en 6); the orientation sections (Oriëntatie Arbeid, Onderwijs, Dagbesteding, Praktijkleren); and three steps: \"Stap A fase: Oriëntatie\", \"Stap B: fase Uitstroom\" (the student leaves school: Uitstroom Arbeid, Doorstroom Onderwijs, Uitstroom Dagbesteding, Uitstroom Praktijkleren) and \"Stap C: fase Nazorg\" (Nazorg Arbeid, Nazorg Onderwijs, Nazorg Dagbesteding). The MBO Entree route has Start, Studieadvies, Aanvraag ABA, Uitstroomperspectief (Diplomeren en uitstroom naar werk; Diplomeren en doorstroom naar MBO 2; Stoppen met de opleiding zonder diploma) and Stap 5 (Uitstroom naar werk; Doorstroom naar mbo 2).",
    );
    tagged(
        &mut r,
        vec![bold("002")],
        "The brochure of Praktijkschool Focus for school leavers and their parents: the exit options (§1 arbeidsmatige dagbesteding; §2 work, with §2.1 beschut werk, §2.4 doelgroepregister, §2.5 simpel switchen, §2.6 praktijkleren; §3 Entree) and §4 after school (§4.1 Jongerenpunt Check-In, Route Arbeid and the Doorstroompunt; §4.2 \"18? En wat nu?\").",
    );
    paragraph(
        &mut r,
        "So \"000 Stap B\" means the section \"Stap B: fase Uitstroom\" of the Pro/VSO route in \"Route naar succes!\", and \"000 Stap B, Uitstroom Arbeid\" its part on leaving school for work; \"000 Stap C\" is the aftercare step (Nazorg) of that route, and \"000 Entree …\" a section of the MBO Entree route.",
    );

    r.control("SH", ["DATE ARITHMETIC"]);
    paragraph(
        &mut r,
        "One definition, used by every rule. All dates are calendar dates, without times or time zones; \"today\" is the local date, or `--today YYYY-MM-DD` (also `UITSTROOM_TODAY`).",
    );
    tagged(&mut r, vec![italic("d"), roman(" + N weeks")], "`d` + 7N days.");
    tagged(
        &mut r,
        vec![italic("d"), roman(" + N months")],
        "The same day of the month N months later; where that day does not exist, the last day of that month: 2026-01-31 + 1 month = 2026-02-28.",
    );
    tagged(
        &mut r,
        vec![italic("d"), roman(" + N years")],
        "The same date N years later; 29 February becomes 28 February in a year that is not a leap year.",
    );
    tagged(
        &mut r,
        vec![roman("Age")],
        "A student reaches age N on the N-th birthday. Someone born on 29 February reaches it on 1 March in a year that is not a leap year: in Dutch law the age is complete at the end of 28 February. This differs from `d + N years`, and matters for `age-18`, the age-23 end of monitoring and the Check-In age limit of 27. Born 2008-02-29: 18 on 2026-03-01.",
    );
    tagged(
        &mut r,
        vec![roman("School year")],
        "From `calendar.school_year_start` (default 1 August) to the day before the next one. The school year of a date is the one that contains it.",
    );
    tagged(
        &mut r,
        vec![roman("Leerjaar")],
        "Pro and VSO: the school years since the school year of `enrolled`, plus 1, plus `year_offset` for a student who entered in a later year.",
    );

    r.control("SH", ["OWNERS"]);
    for owner in Owner::ALL {
        let text = match owner {
            Owner::School => "The school: the mentor and the uitstroomcoördinator.",
            Owner::Doorstroompunt => {
                "The Doorstroomcoach of the Doorstroompunt (RMC), who monitors young people without a startkwalificatie until 23."
            }
            Owner::CheckIn => {
                "The Jongerenadviseur of Jongerenpunt Check-In, who serves young people from 16 until their 27th birthday."
            }
        };
        tagged(&mut r, vec![bold(owner.name())], text);
    }
    paragraph(
        &mut r,
        "Leerplicht is a party the school informs (see `leerplicht-consult` and `exit-interview`), not an owner of actions.",
    );

    r.control("SH", ["SCOPE AND REGION"]);
    for scope in Scope::ALL {
        let text = match scope {
            Scope::School => "A duty of the school itself, wherever the student lives.",
            Scope::Route => {
                "An agreement of Route Arbeid, involving Jongerenpunt Check-In or the Doorstroompunt: only for students living in the region."
            }
        };
        tagged(&mut r, vec![bold(scope.name())], text);
    }
    let settings = crate::settings::Settings::default();
    let former: Vec<String> = crate::settings::FORMER_MUNICIPALITIES
        .iter()
        .map(|(old, new, since)| format!("{old} ({new} since {since})"))
        .collect();
    paragraph(
        &mut r,
        &format!(
            "The region is `region.municipalities` in `uitstroom.toml`; by default {} ({}). For a student living elsewhere only the school's rules apply, and `show` and `check` say so. Former municipalities count as the one they merged into, and `check` suggests the current name: {}.",
            settings.region_name,
            settings.municipalities.join(", "),
            former.join(", ")
        ),
    );

    r.control("SH", ["COMPLETION"]);
    paragraph(
        &mut r,
        "Every action can be completed with `uitstroom done ID RULE`, which appends a `done` event dated today (or `--date`). The events named under each rule complete its actions too, so a coordinator who logs a `study-advice` need not also say `done`. A completing event counts when it is dated on or after the day the action opens, with one exception: an action that an `exit` triggers is completed by an event dated after the previous exit (or any date, for a first exit), because a warm handover or a jobcoach assessment is often arranged in the days before the student leaves.",
    );
    paragraph(
        &mut r,
        "`done` completes the earliest open instance of its rule; a domain event completes the earliest open instance of each rule it counts for (two `enrolment-missing` events need two contacts). An event dated before an instance opens never touches it (the exit exception aside); this holds for `done`, `waive` and `defer` alike.",
    );
    paragraph(
        &mut r,
        "`uitstroom waive ID RULE --reason …` closes the earliest open instance the same way, but as waived: the action does not apply (the student moved away, the family declined). For a repeating rule (`aftercare-contact`, `check-in-review`) a waive ends the series. `uitstroom defer ID RULE --until D --reason …` keeps the instance open and makes D its due date (and its opening date, if that was later).",
    );
    paragraph(
        &mut r,
        "When a formula gives an opening date later than the due date, the action is listed with its opening equal to its due date; completing events still count from the formula's opening.",
    );

    r.control("SH", ["THE CUTOFF"]);
    paragraph(
        &mut r,
        "The Doorstroompunt monitors a student without a startkwalificatie until the 23rd birthday. A `qualification` event (mbo-2, mbo-3, mbo-4, havo or vwo; an Entree, Pro or VSO diploma is not one) ends monitoring on its date. No action owned by the Doorstroompunt is produced when today is on or after the cutoff, nor when its due date is. Actions owned by Jongerenpunt Check-In stop at the 27th birthday in the same way.",
    );

    r.control("SH", ["RULES"]);
    paragraph(
        &mut r,
        &format!(
            "{} rules, in the order of the catalogue: first Pro and VSO, then MBO Entree, then after the exit for all tracks.",
            rules::ALL.len()
        ),
    );
    for rule in rules::ALL {
        r.control("SS", [rule.id]);
        r.text(inline(&format!("{}.", rule.title.en)));
        r.control("br", []);
        r.text([italic(format!("{}.", rule.title.nl))]);
        let kind = match rule.kind {
            ActionKind::Task => "task",
            ActionKind::Milestone => "milestone (information; nothing to complete)",
        };
        tagged(
            &mut r,
            vec![roman("Owner")],
            &format!("`{}`; scope `{}`; {kind}.", rule.owner.name(), rule.scope.name()),
        );
        tagged(
            &mut r,
            vec![roman("Applies to")],
            &format!("{}.", capitalised(rule.when.applies.en)),
        );
        tagged(
            &mut r,
            vec![roman("Opens")],
            &format!("{}.", capitalised(rule.when.opens.en)),
        );
        tagged(
            &mut r,
            vec![roman("Due")],
            &format!("{}.", capitalised(rule.when.due.en)),
        );
        tagged(
            &mut r,
            vec![roman("Completed by")],
            &format!("{}.", capitalised(rule.completed_by.en)),
        );
        tagged(&mut r, vec![roman("Source")], rule.source);
    }

    r.control("SH", ["DERIVED STATUS"]);
    tagged(
        &mut r,
        vec![bold("phase")],
        "The first that holds: `school` (not left), `aftercare` (Pro and VSO, left less than 2 years ago), `monitoring` (before the cutoff), `ended`.",
    );
    tagged(
        &mut r,
        vec![bold("vsv")],
        "Voortijdig schoolverlater: an Entree student who left younger than 23, without a startkwalificatie, and is not in education, unless with an Entree diploma and work of at least 12 hours a week (000 Entree, \"Diplomeren en uitstroom naar werk\"). Pro and VSO students are never marked vsv.",
    );
    tagged(
        &mut r,
        vec![bold("in_region")],
        "The municipality is in the region (former names count).",
    );
    see_also_section(
        &mut r,
        &[
            "uitstroom(1)".into(),
            "uitstroom-why(1)".into(),
            "uitstroom(5)".into(),
        ],
    );
    with_title(r.render(), "UITSTROOM-RULES", "7")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The format page names every event kind and every field of the one table, with
    /// the values a choice allows.
    #[test]
    fn the_format_page_has_every_kind_and_field() {
        let page = format_page();
        for kind in Kind::ALL {
            assert!(page.contains(&format!(".SS {}\n", kind.name())), "{kind}");
            for f in kind.fields() {
                let name = f.name.replace('-', "\\-");
                assert!(page.contains(&format!("\\fB{name}\\fR = ")), "{kind}: {}", f.name);
            }
        }
        for f in fields::STUDENT {
            assert!(page.contains(&format!("\\fB{}\\fR = ", f.name)), "{}", f.name);
        }
        assert!(page.contains(
            "one of work, sheltered\\-work, practical\\-learning, education, day\\-activities, none"
        ));
    }

    /// Every setting `init` writes is on the page with its default, from settings.rs.
    #[test]
    fn the_format_page_has_every_setting_with_its_default() {
        let page = format_page();
        let doc: toml::Table = toml::from_str(crate::settings::INIT_TEMPLATE).unwrap();
        let mut n = 0;
        for (table, keys) in &doc {
            for (key, value) in keys.as_table().unwrap() {
                let line = format!("\\fB{table}.{key}\\fR = {value}").replace('-', "\\-");
                assert!(page.contains(&line), "{line}");
                n += 1;
            }
        }
        assert!(n >= 10);
        assert!(page.contains("\\fBterms.follow_up_days\\fR = 14\n"), "{page}");
    }

    /// The rules page has every rule with its owner, window, due date, completion and
    /// source, and says what "000 Stap B" is.
    #[test]
    fn the_rules_page_has_every_rule() {
        let page = rules_page();
        for rule in rules::ALL {
            let id = rule.id;
            let at = page
                .find(&format!(".SS {id}\n"))
                .unwrap_or_else(|| panic!("{id}"));
            let section = &page[at..];
            let section = &section[..section[4..].find(".SS ").map_or(section.len(), |i| i + 4)];
            for label in ["Owner", "Applies to", "Opens", "Due", "Completed by", "Source"] {
                assert!(section.contains(&format!(".TP\n{label}\n")), "{id}: {label}");
            }
            assert!(
                section.contains(&format!("\\fB{}\\fR", rule.owner.name().replace('-', "\\-"))),
                "{id}"
            );
        }
        assert!(
            page.contains(
                "So \"000 Stap B\" means the section \"Stap B: fase Uitstroom\" of the Pro/VSO route"
            )
        );
        assert!(page.contains("Born 2008\\-02\\-29: 18 on 2026\\-03\\-01."));
    }

    /// The manual's example of the 29 February birthday is what the program computes.
    #[test]
    fn the_29_february_example_is_the_programs() {
        let born = crate::dates::parse_date("2008-02-29").unwrap();
        assert_eq!(crate::dates::birthday(born, 18).to_string(), "2026-03-01");
    }

    /// The example student file on the page is a valid student file.
    #[test]
    fn the_example_file_reads() {
        crate::student::parse(EXAMPLE_FILE, std::path::Path::new("focus-2022-0137.toml")).unwrap();
    }
}
