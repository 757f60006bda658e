//! The text the tool writes: a new student file (keys in the order of SPEC.md) and an
//! `[[events]]` block to append. Used by `new`, `log`/`done`/`defer`/`waive`, and the
//! benchmark generator, so that generated folders are what users have.

use crate::dates::Date;
use crate::layout::{self, Layout};
use crate::student::{Kind, Profile, Track};
use std::fmt::Write as _;

/// A string as a TOML basic string, quoted and escaped.
pub fn toml_string(s: &str) -> String {
    toml_value(&toml_edit::Value::from(s))
}

/// A value as the TOML library writes it, without the spacing around it.
pub fn toml_value(v: &toml_edit::Value) -> String {
    v.to_string().trim().to_string()
}

/// The top-level fields of a new student file.
#[derive(Clone, Debug)]
pub struct NewStudent<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub birth_date: Date,
    pub municipality: Option<&'a str>,
    pub school: Option<&'a str>,
    pub track: Track,
    pub profile: Option<Profile>,
    pub enrolled: Date,
    pub planned_exit: Option<Date>,
    pub year_offset: Option<u8>,
}

impl NewStudent<'_> {
    /// The file's text, keys in SPEC.md's order.
    pub fn text(&self) -> String {
        let mut t = String::from("schema = 1\n");
        let _ = writeln!(t, "id = {}", toml_string(self.id));
        let _ = writeln!(t, "name = {}", toml_string(self.name));
        let _ = writeln!(t, "birth_date = {}", self.birth_date);
        if let Some(m) = self.municipality {
            let _ = writeln!(t, "municipality = {}", toml_string(m));
        }
        if let Some(s) = self.school {
            let _ = writeln!(t, "school = {}", toml_string(s));
        }
        let _ = writeln!(t, "track = \"{}\"", self.track.name());
        if let Some(p) = self.profile {
            let _ = writeln!(t, "profile = \"{}\"", p.name());
        }
        let _ = writeln!(t, "enrolled = {}", self.enrolled);
        if let Some(p) = self.planned_exit {
            let _ = writeln!(t, "planned_exit = {p}");
        }
        if let Some(y) = self.year_offset {
            let _ = writeln!(t, "year_offset = {y}");
        }
        t
    }
}

/// The `[[events]]` block of an event; `fields` are (key, value as TOML) pairs.
pub fn event_block(date: Date, kind: Kind, fields: &[(String, String)], note: Option<&str>) -> String {
    let mut b = format!("[[events]]\ndate = {date}\nkind = \"{kind}\"\n");
    for (k, v) in fields {
        let _ = writeln!(b, "{k} = {v}");
    }
    if let Some(n) = note {
        let _ = writeln!(b, "note = {}", toml_string(n));
    }
    b
}

/// Appends a block (an `[[events]]` table) at the end of a file's text, leaving every
/// existing byte as it is, separated by a blank line.
pub fn append_block(src: &str, block: &str) -> String {
    // A file saved on Windows keeps its CRLF line ends.
    let eol = layout::eol_of(src);
    let mut out = String::with_capacity(src.len() + block.len() * 2 + 4);
    out.push_str(src);
    if !src.is_empty() && !src.ends_with('\n') {
        out.push_str(eol);
    }
    if !src.is_empty() {
        out.push_str(eol);
    }
    out.push_str(&layout::with_eol(block, eol));
    out
}

/// Adds the event of `block`, dated `date`, to a file whose events (in file order) are
/// dated `dates`, keeping the events in date order (SPEC.md, "Writes"): after the last
/// event dated on or before it, so that events of one date keep the order in which they
/// were written. Every other byte stays as it was. The common case, an event dated on
/// or after the last one, is appended at the end of the file.
///
/// `None` when the file's layout does not show where its events are (then nothing can
/// be placed by date without rewriting the file).
pub fn add_event(src: &str, block: &str, date: Date, dates: &[Date]) -> Option<String> {
    let latest = dates.last().is_none_or(|&last| last <= date);
    let layout = if latest { None } else { Some(Layout::parse(src)?) };
    if layout.as_ref().is_some_and(Layout::inline_events) || (latest && inline_array(src)) {
        let at = layout::place_after(dates.iter().copied(), date).map_or(0, |i| i + 1);
        return insert_inline(src, block, at);
    }
    let Some(layout) = layout else {
        return Some(append_block(src, block));
    };
    // The layout must show the very events the student file holds.
    let found: Vec<Date> = layout.events.iter().map(|b| b.date).collect();
    if found != dates {
        return None;
    }
    let block = layout::with_eol(block, layout.eol);
    Some(match layout::place_after(found.into_iter(), date) {
        Some(i) => layout::insert_after(src, layout.events[i].span.end, &block, layout.eol),
        None => layout::insert_before(src, layout.events[0].span.start, &block, layout.eol),
    })
}

/// Whether a file keeps its events as an inline array (`events = [ … ]`), where an
/// appended `[[events]]` table would be a duplicate key.
fn inline_array(src: &str) -> bool {
    src.parse::<toml_edit::DocumentMut>()
        .ok()
        .and_then(|doc| doc.get("events").map(toml_edit::Item::is_array))
        .unwrap_or(false)
}

/// Adds the event of an `[[events]]` block to a file that keeps its events as an inline
/// array (`events = [{ … }]`), as element `at`, laid out like its neighbours. `None`
/// when the file has no such array.
pub fn insert_inline(src: &str, block: &str, at: usize) -> Option<String> {
    let mut doc: toml_edit::DocumentMut = src.parse().ok()?;
    let event: toml_edit::DocumentMut = block.parse().ok()?;
    let table = event.get("events")?.as_array_of_tables()?.get(0)?.clone();
    let array = doc.get_mut("events")?.as_value_mut()?.as_array_mut()?;
    if at > array.len() {
        return None;
    }
    let mut value = toml_edit::Value::InlineTable(table.into_inline_table());
    if at < array.len() {
        // The new element takes the place of the one it goes before, with what precedes
        // it (a comment after the comma stays after the comma); that one moves on with
        // only the line break and indentation.
        let here = array.get(at)?.decor().clone();
        let prefix = here.prefix().and_then(|p| p.as_str()).unwrap_or("").to_string();
        let indent = match prefix.rfind('\n') {
            Some(i) => format!("\n{}", &prefix[i + 1..]),
            None => " ".to_string(),
        };
        *value.decor_mut() = here;
        array.insert_formatted(at, value);
        array.get_mut(at + 1)?.decor_mut().set_prefix(indent);
    } else {
        array.push(value);
    }
    // toml_edit writes LF and drops a byte order mark: give the file back its own.
    Some(keep_form(src, doc.to_string()))
}

/// The line-end of a file: CRLF when it has any (a file saved on Windows), else LF.
pub fn line_end(src: &str) -> &'static str {
    if src.contains("\r\n") { "\r\n" } else { "\n" }
}

/// Gives `new` — the text of `original` after an edit through a TOML library — the line
/// ends and byte order mark of `original`, which such a library does not keep.
pub fn keep_form(original: &str, new: String) -> String {
    let mut out = new;
    if line_end(original) == "\r\n" {
        let lf_only = out.replace("\r\n", "\n");
        out = lf_only.replace('\n', "\r\n");
    }
    if original.starts_with('\u{feff}') && !out.starts_with('\u{feff}') {
        out.insert(0, '\u{feff}');
    }
    out
}

/// Sets (or, with `None`, removes) the top-level key `field` of a student file, as text:
/// only the value's bytes change (the comment on its line, the file's line ends, a byte
/// order mark and everything else stay); a removed key takes its line with it; a new key
/// gets its own line after the nearest key before it in SPEC.md's order. `value` is
/// TOML (`"Heiloo"`, `2026-07-10`). `None` when the file is not valid TOML.
pub fn set_field(src: &str, field: &str, value: Option<&str>) -> Option<String> {
    let doc = toml::de::DeTable::parse(src).ok()?;
    let root = doc.get_ref();
    let line_start = |at: usize| src[..at].rfind('\n').map_or(0, |i| i + 1);
    // Just past the line that holds byte `at` (its line end included).
    let next_line = |at: usize| src[at..].find('\n').map_or(src.len(), |i| at + i + 1);
    let found = root.iter().find(|(k, _)| k.get_ref() == field);
    Some(match (found, value) {
        (Some((_, v)), Some(new)) => {
            let span = v.span();
            format!("{}{new}{}", &src[..span.start], &src[span.end..])
        }
        (Some((k, v)), None) => {
            let (start, end) = (line_start(k.span().start), next_line(v.span().end));
            format!("{}{}", &src[..start], &src[end..])
        }
        (None, None) => src.to_string(),
        (None, Some(new)) => {
            let rank = |key: &str| crate::fields::STUDENT.iter().position(|f| f.name == key);
            let rank = |key: &str| match key {
                "schema" | "id" => Some(0),
                k => rank(k).map(|r| r + 1),
            };
            let me = rank(field)?;
            let after = root
                .iter()
                .filter_map(|(k, v)| rank(k.get_ref()).filter(|r| *r < me).map(|r| (r, v.span().end)))
                .max()?
                .1;
            let at = next_line(after);
            let eol = line_end(src);
            let sep = if at == src.len() && !src.ends_with('\n') {
                eol
            } else {
                ""
            };
            format!("{}{sep}{field} = {new}{eol}{}", &src[..at], &src[at..])
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::parse_date;

    #[test]
    fn append_keeps_every_byte_and_separates_with_a_blank_line() {
        assert_eq!(
            append_block("a = 1 # c\n", "[[events]]\n"),
            "a = 1 # c\n\n[[events]]\n"
        );
        assert_eq!(append_block("a = 1", "[[events]]\n"), "a = 1\n\n[[events]]\n");
        assert_eq!(
            append_block("a = 1\r\n", "[[events]]\nx = 1\n"),
            "a = 1\r\n\r\n[[events]]\r\nx = 1\r\n"
        );
    }

    #[test]
    fn inline_event_lists_get_the_event_inline() {
        let src = "events = [{date = 2025-09-15, kind = \"start-meeting\"}]  # kort\n";
        let block = event_block(parse_date("2026-07-10").unwrap(), Kind::Note, &[], Some("x"));
        let out = insert_inline(src, &block, 1).unwrap();
        let doc: toml::Table = toml::from_str(&out).unwrap();
        assert_eq!(doc["events"].as_array().unwrap().len(), 2);
        assert_eq!(doc["events"][1]["note"].as_str(), Some("x"));
        assert!(out.contains("# kort"), "{out}");
        assert_eq!(insert_inline("a = 1\n", &block, 0), None);
    }

    /// Issue 10: `set` on a CRLF file turned every line end into LF and dropped a BOM.
    #[test]
    fn set_changes_only_the_value_and_keeps_line_ends_and_bom() {
        let src = "\u{feff}schema = 1\r\nid = \"a\"\r\nname = 'Sem'   # roepnaam\r\nbirth_date = 2008-05-14\r\ntrack = \"pro\"\r\nenrolled = 2021-08-23\r\n\r\n[contacts]\r\nmentor = \"J\"\r\n";
        assert_eq!(
            set_field(src, "name", Some("\"Sem de Vries\"")).unwrap(),
            src.replace("'Sem'", "\"Sem de Vries\"")
        );
        // A new key after the nearest one before it in SPEC.md's order, with the file's line end.
        assert_eq!(
            set_field(src, "school", Some("\"Focus\"")).unwrap(),
            src.replace("track =", "school = \"Focus\"\r\ntrack =")
        );
        assert_eq!(
            set_field(src, "year_offset", Some("1")).unwrap(),
            src.replace("2021-08-23\r\n", "2021-08-23\r\nyear_offset = 1\r\n")
        );
        // Removing takes the line and its comment.
        assert_eq!(
            set_field(src, "name", None).unwrap(),
            src.replace("name = 'Sem'   # roepnaam\r\n", "")
        );
        // The last line without a line end.
        assert_eq!(
            set_field("schema = 1\nid = \"a\"", "name", Some("\"X\"")).unwrap(),
            "schema = 1\nid = \"a\"\nname = \"X\"\n"
        );
        assert_eq!(set_field("a = ", "name", None), None);
    }

    #[test]
    fn keep_form_restores_crlf_and_bom() {
        let original = "\u{feff}a = 1\r\n";
        assert_eq!(
            keep_form(original, "a = 1\nb = 2\n".into()),
            "\u{feff}a = 1\r\nb = 2\r\n"
        );
        assert_eq!(keep_form("a = 1\n", "a = 1\nb = 2\n".into()), "a = 1\nb = 2\n");
    }

    #[test]
    fn notes_are_escaped() {
        let b = event_block(
            parse_date("2026-07-10").unwrap(),
            Kind::Note,
            &[],
            Some("zei: \"ok\"\nnieuwe regel"),
        );
        let doc: toml::Table = toml::from_str(&b).unwrap();
        assert_eq!(
            doc["events"][0]["note"].as_str(),
            Some("zei: \"ok\"\nnieuwe regel")
        );
    }

    #[test]
    fn new_file_is_a_valid_student_in_spec_order() {
        let s = NewStudent {
            id: "focus-2022-0137",
            name: "Sem \"de\" Vries",
            birth_date: parse_date("2008-05-14").unwrap(),
            municipality: Some("Heiloo"),
            school: Some("Praktijkschool Focus"),
            track: Track::Pro,
            profile: Some(Profile::Work),
            enrolled: parse_date("2021-08-23").unwrap(),
            planned_exit: parse_date("2026-07-10"),
            year_offset: Some(0),
        };
        let text = s.text();
        let keys: Vec<&str> = text.lines().map(|l| l.split(' ').next().unwrap()).collect();
        let written = crate::student::TOP_KEYS.len() - 2; // all but the tables
        assert_eq!(keys, crate::student::TOP_KEYS[..written]);
        let parsed = crate::student::parse(&text, std::path::Path::new("focus-2022-0137.toml")).unwrap();
        assert_eq!(parsed.name, "Sem \"de\" Vries");
    }

    fn d(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    /// A hand-kept file: comments above and inside events, a note that spans lines.
    const KEPT: &str = "schema = 1 # v1\nid = \"sem\"\n\n# eerste gesprek\n[[events]]\ndate = 2025-09-15\nkind = \"start-meeting\"\n\n[[events]]   # mei\ndate = 2026-05-01\nkind = \"note\"\nnote = \"\"\"\ntwee\nregels\"\"\"\n# nabellen\n\n[[events]]\ndate = 2026-07-10\nkind = \"note\"\n";

    fn note(date: &str) -> String {
        event_block(d(date), Kind::Note, &[], Some("nieuw"))
    }

    fn dates_of(src: &str) -> Vec<Date> {
        crate::layout::Layout::parse(src)
            .unwrap()
            .events
            .iter()
            .map(|b| b.date)
            .collect()
    }

    /// SPEC.md, "Writes": "A write whose event is dated before the file's last event
    /// inserts its block after the last event dated on or before it, as text, leaving
    /// every other byte as it was."
    #[test]
    fn an_earlier_event_goes_after_the_last_one_on_or_before_its_date() {
        let dates = dates_of(KEPT);
        let out = add_event(KEPT, &note("2026-06-01"), d("2026-06-01"), &dates).unwrap();
        let want = KEPT.replace(
            "# nabellen\n\n[[events]]",
            "# nabellen\n\n[[events]]\ndate = 2026-06-01\nkind = \"note\"\nnote = \"nieuw\"\n\n[[events]]",
        );
        assert_eq!(out, want);
        // On the date of an existing event: after it (events of one date keep the order
        // they were written in).
        let out = add_event(KEPT, &note("2025-09-15"), d("2025-09-15"), &dates).unwrap();
        let want = KEPT.replace(
            "kind = \"start-meeting\"\n\n",
            "kind = \"start-meeting\"\n\n[[events]]\ndate = 2025-09-15\nkind = \"note\"\nnote = \"nieuw\"\n\n",
        );
        assert_eq!(out, want);
    }

    #[test]
    fn an_event_before_all_others_goes_before_the_first_with_its_comment() {
        let dates = dates_of(KEPT);
        let out = add_event(KEPT, &note("2024-01-01"), d("2024-01-01"), &dates).unwrap();
        let want = KEPT.replace(
            "\n# eerste gesprek\n",
            "\n[[events]]\ndate = 2024-01-01\nkind = \"note\"\nnote = \"nieuw\"\n\n# eerste gesprek\n",
        );
        assert_eq!(out, want);
    }

    #[test]
    fn the_latest_event_is_appended_at_the_end() {
        let dates = dates_of(KEPT);
        let out = add_event(KEPT, &note("2026-07-10"), d("2026-07-10"), &dates).unwrap();
        assert_eq!(out, format!("{KEPT}\n{}", note("2026-07-10")));
    }

    #[test]
    fn crlf_and_byte_order_mark_stay() {
        let src = format!("\u{feff}{}", KEPT.replace('\n', "\r\n"));
        let out = add_event(&src, &note("2026-06-01"), d("2026-06-01"), &dates_of(&src)).unwrap();
        let want = src.replace(
            "# nabellen\r\n\r\n[[events]]",
            "# nabellen\r\n\r\n[[events]]\r\ndate = 2026-06-01\r\nkind = \"note\"\r\nnote = \"nieuw\"\r\n\r\n[[events]]",
        );
        assert_eq!(out, want);
    }

    #[test]
    fn a_file_without_a_final_line_end_gets_one_before_the_block() {
        let src = "schema = 1\n\n[[events]]\ndate = 2025-01-01\nkind = \"note\"\n\n[[events]]\ndate = 2025-03-01\nkind = \"note\"";
        let out = add_event(src, &note("2025-02-01"), d("2025-02-01"), &dates_of(src)).unwrap();
        assert_eq!(
            out,
            "schema = 1\n\n[[events]]\ndate = 2025-01-01\nkind = \"note\"\n\n[[events]]\ndate = 2025-02-01\nkind = \"note\"\nnote = \"nieuw\"\n\n[[events]]\ndate = 2025-03-01\nkind = \"note\""
        );
    }

    #[test]
    fn inline_event_lists_get_the_event_in_date_order() {
        let src = "schema = 1\nevents = [\n  { date = 2025-09-15, kind = \"start-meeting\" },  # eerste\n  { date = 2026-07-10, kind = \"note\" },\n]\n";
        let dates = [d("2025-09-15"), d("2026-07-10")];
        let out = add_event(src, &note("2026-01-01"), d("2026-01-01"), &dates).unwrap();
        assert_eq!(
            out,
            "schema = 1\nevents = [\n  { date = 2025-09-15, kind = \"start-meeting\" },  # eerste\n  { date = 2026-01-01, kind = \"note\", note = \"nieuw\" },\n  { date = 2026-07-10, kind = \"note\" },\n]\n"
        );
        let src = "schema = 1\nevents = [{ date = 2025-09-15, kind = \"note\" }]\n";
        let out = add_event(src, &note("2025-01-01"), d("2025-01-01"), &[d("2025-09-15")]).unwrap();
        assert_eq!(
            out,
            "schema = 1\nevents = [{ date = 2025-01-01, kind = \"note\", note = \"nieuw\" }, { date = 2025-09-15, kind = \"note\" }]\n"
        );
        let out = add_event(src, &note("2026-01-01"), d("2026-01-01"), &[d("2025-09-15")]).unwrap();
        assert_eq!(
            out,
            "schema = 1\nevents = [{ date = 2025-09-15, kind = \"note\" }, { date = 2026-01-01, kind = \"note\", note = \"nieuw\" }]\n"
        );
    }

    #[test]
    fn a_layout_that_hides_its_events_is_refused_not_guessed() {
        // The student says there are two events; the text shows another count.
        let src = "schema = 1\n\n[[events]]\ndate = 2025-03-01\nkind = \"note\"\n";
        assert_eq!(
            add_event(
                src,
                &note("2025-02-01"),
                d("2025-02-01"),
                &[d("2025-01-01"), d("2025-03-01")]
            ),
            None
        );
    }

    mod property {
        use super::*;
        use proptest::prelude::*;

        fn date_strategy() -> impl Strategy<Value = Date> {
            (0i64..900).prop_map(|n| crate::dates::add_days(d("2024-01-01"), n))
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(300))]

            /// Whatever the file and the date: the result reads, its events are in date
            /// order, the new one is the last of its date, and taking its text out again
            /// gives the original, byte for byte.
            #[test]
            fn insertion_keeps_order_and_every_other_byte(
                mut dates in proptest::collection::vec(date_strategy(), 0..8),
                comments in proptest::collection::vec(any::<bool>(), 8),
                crlf in any::<bool>(),
                bom in any::<bool>(),
                new in date_strategy(),
            ) {
                dates.sort();
                let mut src = String::from(if bom { "\u{feff}" } else { "" });
                src.push_str("schema = 1\nid = \"p\"\nname = \"P\"\nbirth_date = 2008-05-14\ntrack = \"pro\"\nenrolled = 2021-08-23\n");
                for (i, date) in dates.iter().enumerate() {
                    src.push('\n');
                    if comments[i] {
                        src.push_str("# over dit gesprek\n");
                    }
                    src.push_str(&event_block(*date, Kind::Note, &[], Some(&format!("e{i}"))));
                    if comments[7 - i] {
                        src.push_str("# daarna\n");
                    }
                }
                if crlf {
                    src = src.replace('\n', "\r\n");
                }
                let block = event_block(new, Kind::Note, &[], Some("nieuw"));
                let out = add_event(&src, &block, new, &dates).unwrap();
                let s = crate::student::parse(&out, std::path::Path::new("p.toml")).unwrap();
                let got: Vec<Date> = s.events.iter().map(|e| e.date).collect();
                prop_assert!(got.windows(2).all(|w| w[0] <= w[1]), "{got:?}");
                let at = s.events.iter().position(|e| e.note.as_deref() == Some("nieuw")).unwrap();
                prop_assert_eq!(at, dates.iter().filter(|&&x| x <= new).count());
                let eol = if crlf { "\r\n" } else { "\n" };
                let text = crate::layout::with_eol(&block, eol);
                let pos = out.find(&text).unwrap();
                let mut back = format!("{}{}", &out[..pos], &out[pos + text.len()..]);
                // The blank line that separated the block goes too.
                let sep = if dates.is_empty() || new >= *dates.last().unwrap() {
                    pos - eol.len()..pos
                } else {
                    pos..pos + eol.len()
                };
                back.replace_range(sep, "");
                prop_assert_eq!(back, src);
            }
        }
    }
}
