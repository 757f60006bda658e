//! The text the tool writes: a new student file (keys in the order of SPEC.md) and an
//! `[[events]]` block to append. Used by `new`, `log`/`done`/`defer`/`waive`, and the
//! benchmark generator, so that generated folders are what users have.

use crate::dates::Date;
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
    let eol = if src.contains("\r\n") { "\r\n" } else { "\n" };
    let mut out = String::with_capacity(src.len() + block.len() * 2 + 4);
    out.push_str(src);
    if !src.is_empty() && !src.ends_with('\n') {
        out.push_str(eol);
    }
    if !src.is_empty() {
        out.push_str(eol);
    }
    out.push_str(&block.replace('\n', eol));
    out
}

/// Adds the event of an `[[events]]` block to a file that keeps its events as an inline
/// array (`events = [{ … }]`), where appending a table would be a duplicate key.
/// `None` when the file has no such array.
pub fn append_inline(src: &str, block: &str) -> Option<String> {
    let mut doc: toml_edit::DocumentMut = src.parse().ok()?;
    let event: toml_edit::DocumentMut = block.parse().ok()?;
    let table = event.get("events")?.as_array_of_tables()?.get(0)?.clone();
    let array = doc.get_mut("events")?.as_value_mut()?.as_array_mut()?;
    array.push(table.into_inline_table());
    Some(doc.to_string())
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
        let out = append_inline(src, &block).unwrap();
        let doc: toml::Table = toml::from_str(&out).unwrap();
        assert_eq!(doc["events"].as_array().unwrap().len(), 2);
        assert_eq!(doc["events"][1]["note"].as_str(), Some("x"));
        assert!(out.contains("# kort"), "{out}");
        assert_eq!(append_inline("a = 1\n", &block), None);
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
}
