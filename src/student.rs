//! The student file, schema 1 (SPEC.md "The student file"): the model and its reader.

use crate::dates::Date;
use crate::diag::{Diagnostic, Problem, did_you_mean, suggest};
use crate::fields::{self, Values};
use crate::i18n::messages::read as m;
use crate::read::{Named, Reader, Table, Value, named_enum};
use crate::text::Lines::One;
use crate::tr;
use std::path::Path;

pub const SCHEMA: i64 = 1;

named_enum! {
    pub enum Track ("track", "onderwijssoort") { Pro = "pro", Vso = "vso", Entree = "entree" }
}

named_enum! {
    pub enum Profile ("profile", "uitstroomprofiel") { Work = "work", Education = "education", DayActivities = "day-activities" }
}

named_enum! {
    pub enum Destination ("destination", "bestemming") {
        Work = "work",
        ShelteredWork = "sheltered-work",
        PracticalLearning = "practical-learning",
        Education = "education",
        DayActivities = "day-activities",
        None = "none",
    }
}

named_enum! {
    pub enum Diploma ("diploma", "diploma") {
        None = "none", Pro = "pro", Vso = "vso", Entree = "entree",
        Mbo2 = "mbo-2", Mbo3 = "mbo-3", Mbo4 = "mbo-4", Havo = "havo", Vwo = "vwo",
    }
}

named_enum! {
    pub enum Level ("qualification level", "kwalificatieniveau") {
        Mbo2 = "mbo-2", Mbo3 = "mbo-3", Mbo4 = "mbo-4", Havo = "havo", Vwo = "vwo",
    }
}

named_enum! {
    pub enum HandoverTo ("handover target", "overdrachtspartij") {
        CheckIn = "check-in", Doorstroompunt = "doorstroompunt", School = "school",
        DayActivities = "day-activities",
    }
}

named_enum! {
    pub enum Outcome ("study advice outcome", "uitkomst van het studieadvies") { Continue = "continue", Stop = "stop" }
}

named_enum! {
    /// The kind of an event, without its fields.
    pub enum Kind ("event kind", "soort gebeurtenis") {
        StartMeeting = "start-meeting",
        RegisterDiscussed = "register-discussed",
        AbaSubmitted = "aba-submitted",
        RegisterIndication = "register-indication",
        LeerplichtConsulted = "leerplicht-consulted",
        StudyAdvice = "study-advice",
        SpringReview = "spring-review",
        DropoutRisk = "dropout-risk",
        Exit = "exit",
        JobcoachAssessed = "jobcoach-assessed",
        Handover = "handover",
        CheckInExtended = "check-in-extended",
        CheckInClosed = "check-in-closed",
        EnrolmentConfirmed = "enrolment-confirmed",
        EnrolmentMissing = "enrolment-missing",
        JobLost = "job-lost",
        Qualification = "qualification",
        ExitInterview = "exit-interview",
        AftercareContact = "aftercare-contact",
        Done = "done",
        Deferred = "deferred",
        Waived = "waived",
        Note = "note",
    }
}

impl Diploma {
    /// A startkwalificatie: mbo-2 or higher, havo, vwo. Entree, Pro and VSO are not.
    pub fn is_startkwalificatie(self) -> bool {
        matches!(
            self,
            Diploma::Mbo2 | Diploma::Mbo3 | Diploma::Mbo4 | Diploma::Havo | Diploma::Vwo
        )
    }
}

impl Kind {
    /// The fields an event of this kind may have besides `date`, `kind` and `note`,
    /// with their types (`fields::event`, the one table).
    pub const fn fields(self) -> &'static [crate::fields::Field] {
        crate::fields::event(self)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Exit {
    pub destination: Option<Destination>,
    pub diploma: Option<Diploma>,
    pub job_found: Option<bool>,
    pub wage_subsidy: Option<bool>,
    pub hours_per_week: Option<f64>,
    pub programme: Option<String>,
    pub programme_start: Option<Date>,
    pub benefit: Option<bool>,
    pub indication_until: Option<Date>,
}

impl Exit {
    /// To work, sheltered work or practical learning: the "Uitstroom Arbeid" guidelines,
    /// which 000 applies to Praktijkleren too.
    pub fn is_to_work_like(&self) -> bool {
        matches!(
            self.destination,
            Some(Destination::Work | Destination::ShelteredWork | Destination::PracticalLearning)
        )
    }

    pub fn is_to(&self, d: Destination) -> bool {
        self.destination == Some(d)
    }

    /// Left without a diploma (`diploma` absent or `"none"`).
    pub fn without_diploma(&self) -> bool {
        matches!(self.diploma, None | Some(Diploma::None))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum EventKind {
    StartMeeting,
    RegisterDiscussed,
    AbaSubmitted,
    RegisterIndication,
    LeerplichtConsulted,
    StudyAdvice {
        outcome: Outcome,
    },
    SpringReview,
    DropoutRisk,
    Exit(Box<Exit>),
    JobcoachAssessed {
        needed: Option<bool>,
    },
    Handover {
        to: HandoverTo,
        support_question: bool,
    },
    CheckInExtended {
        until: Option<Date>,
    },
    CheckInClosed,
    EnrolmentConfirmed,
    EnrolmentMissing,
    JobLost,
    Qualification {
        level: Level,
    },
    ExitInterview,
    AftercareContact,
    Done {
        rule: &'static str,
    },
    Deferred {
        rule: &'static str,
        until: Date,
        reason: String,
    },
    Waived {
        rule: &'static str,
        reason: String,
    },
    Note,
}

impl EventKind {
    pub fn kind(&self) -> Kind {
        match self {
            EventKind::StartMeeting => Kind::StartMeeting,
            EventKind::RegisterDiscussed => Kind::RegisterDiscussed,
            EventKind::AbaSubmitted => Kind::AbaSubmitted,
            EventKind::RegisterIndication => Kind::RegisterIndication,
            EventKind::LeerplichtConsulted => Kind::LeerplichtConsulted,
            EventKind::StudyAdvice { .. } => Kind::StudyAdvice,
            EventKind::SpringReview => Kind::SpringReview,
            EventKind::DropoutRisk => Kind::DropoutRisk,
            EventKind::Exit(_) => Kind::Exit,
            EventKind::JobcoachAssessed { .. } => Kind::JobcoachAssessed,
            EventKind::Handover { .. } => Kind::Handover,
            EventKind::CheckInExtended { .. } => Kind::CheckInExtended,
            EventKind::CheckInClosed => Kind::CheckInClosed,
            EventKind::EnrolmentConfirmed => Kind::EnrolmentConfirmed,
            EventKind::EnrolmentMissing => Kind::EnrolmentMissing,
            EventKind::JobLost => Kind::JobLost,
            EventKind::Qualification { .. } => Kind::Qualification,
            EventKind::ExitInterview => Kind::ExitInterview,
            EventKind::AftercareContact => Kind::AftercareContact,
            EventKind::Done { .. } => Kind::Done,
            EventKind::Deferred { .. } => Kind::Deferred,
            EventKind::Waived { .. } => Kind::Waived,
            EventKind::Note => Kind::Note,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub date: Date,
    pub kind: EventKind,
    pub note: Option<String>,
    /// Byte offset of the event's `kind` value in the file, for diagnostics.
    pub offset: u32,
}

impl Event {
    pub fn exit(&self) -> Option<&Exit> {
        match &self.kind {
            EventKind::Exit(x) => Some(x),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Student {
    pub id: String,
    pub name: String,
    pub birth_date: Date,
    pub municipality: Option<String>,
    pub school: Option<String>,
    pub track: Track,
    pub profile: Option<Profile>,
    pub enrolled: Date,
    pub planned_exit: Option<Date>,
    pub year_offset: i32,
    pub contacts: Vec<(String, String)>,
    /// In file order, which `check` requires to be date order.
    pub events: Vec<Event>,
    /// Byte offsets of top-level values, for diagnostics about them.
    pub offsets: Offsets,
}

/// A byte offset into a student file, or an index of its events or actions, as the u32
/// that `Offsets`, `Event::offset` and the actions keep (half a usize): a file is read
/// only up to `store::MAX_FILE_BYTES` (checked below to be under 2^32), and has fewer
/// events, and actions, than bytes.
pub fn compact(n: usize) -> u32 {
    u32::try_from(n).expect("a student file is at most store::MAX_FILE_BYTES")
}

const _: () = assert!(crate::store::MAX_FILE_BYTES < 1 << 32);

/// Where some top-level values stand in the file (byte offsets; 0 when absent).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Offsets {
    pub id: u32,
    pub birth_date: u32,
    pub municipality: u32,
    pub enrolled: u32,
    pub planned_exit: u32,
}

impl Student {
    pub fn is_pro_vso(&self) -> bool {
        matches!(self.track, Track::Pro | Track::Vso)
    }

    /// The exit events with their index, in file order.
    pub fn exits(&self) -> impl Iterator<Item = (usize, &Event, &Exit)> {
        self.events
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.exit().map(|x| (i, e, x)))
    }

    /// The latest exit (the student's current status).
    pub fn last_exit(&self) -> Option<(&Event, &Exit)> {
        self.events.iter().rev().find_map(|e| e.exit().map(|x| (e, x)))
    }

    /// Events of one kind, with their index.
    pub fn events_of(&self, kind: Kind) -> impl Iterator<Item = (usize, &Event)> {
        self.events
            .iter()
            .enumerate()
            .filter(move |(_, e)| e.kind.kind() == kind)
    }
}

/// Whether `id` is a valid case id: `[a-z0-9][a-z0-9._-]{0,63}`.
pub fn valid_id(id: &str) -> bool {
    let b = id.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'_' | b'-'))
}

/// Every top-level key, in the order the tool writes a new file (SPEC.md).
pub const TOP_KEYS: &[&str] = &[
    "schema",
    "id",
    "name",
    "birth_date",
    "municipality",
    "school",
    "track",
    "profile",
    "enrolled",
    "planned_exit",
    "year_offset",
    "contacts",
    "events",
];

/// Every key an event may have, whatever its kind (for suggestions).
fn all_event_keys() -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = fields::EVENT_COMMON.iter().map(|f| f.name).collect();
    for k in Kind::ALL {
        for f in k.fields() {
            if !keys.contains(&f.name) {
                keys.push(f.name);
            }
        }
    }
    keys
}

/// Reads a student file. All problems of the file are returned, not only the first; in
/// a file with git's conflict markers, those markers (and not the TOML errors they
/// cause).
pub fn parse(src: &str, path: &Path) -> Result<Student, Vec<Diagnostic>> {
    parse_text(src, path).map_err(|d| crate::merge::conflict_diagnostics(src, path).unwrap_or(d))
}

fn parse_text(src: &str, path: &Path) -> Result<Student, Vec<Diagnostic>> {
    // The layout the tool writes (and most people keep) is read by a fast scanner; a
    // file it does not fully understand, or one with any problem, goes through the
    // full TOML parser, which also gives the diagnostics.
    if let Some(doc) = crate::fastscan::scan(src) {
        let mut r = Reader::new(src, path);
        if let Some(s) = from_doc(&mut r, &doc)
            && r.diags.is_empty()
        {
            return Ok(s);
        }
    }
    parse_full(src, path)
}

/// Reads a student file with the full TOML parser (what [`parse`] falls back to).
pub(crate) fn parse_full(src: &str, path: &Path) -> Result<Student, Vec<Diagnostic>> {
    let mut r = Reader::new(src, path);
    let student = r.parse().and_then(|doc| from_doc(&mut r, &doc));
    // A misspelt key (`naam`) is reported once, with its suggestion, not again as the
    // key that is missing (`name`).
    let suggested: std::collections::BTreeSet<String> = r
        .diags
        .iter()
        .filter_map(|d| match &d.problem {
            Problem::UnknownKey { suggestion } => suggestion.clone(),
            _ => None,
        })
        .collect();
    r.diags
        .retain(|d| !matches!(&d.problem, Problem::MissingKey(k) if suggested.contains(k)));
    match student {
        Some(s) if r.diags.is_empty() => Ok(s),
        _ => Err(r.diags),
    }
}

/// Reads a student from a parsed document (of either front end).
fn from_doc(r: &mut Reader<'_>, doc: &Value<'_>) -> Option<Student> {
    let root = doc.get_ref().as_table()?;
    let root_span = doc.span();

    // The schema first: a newer file must not be misread field by field.
    match root.get("schema") {
        Some(v) => {
            let n = r.int("schema", v, 0..i64::MAX)?;
            if n > SCHEMA {
                r.error(
                    &v.span(),
                    Problem::Schema,
                    tr!(m::SCHEMA_NEWER, n, known = SCHEMA),
                    Some(m::HINT_UPGRADE.text().into()),
                );
                return None;
            }
            if n != SCHEMA {
                r.error(
                    &v.span(),
                    Problem::Schema,
                    tr!(m::SCHEMA_UNKNOWN, n),
                    Some(m::HINT_SCHEMA.text().into()),
                );
            }
        }
        None => r.missing(&root_span, "schema", "1"),
    }
    r.unknown_keys(root, TOP_KEYS, m::IN_STUDENT_FILE.text());

    let at = |key: &str| root.get(key).map_or(0, |v| compact(v.span().start));
    let offsets = Offsets {
        id: at("id"),
        birth_date: at("birth_date"),
        municipality: at("municipality"),
        enrolled: at("enrolled"),
        planned_exit: at("planned_exit"),
    };
    let id = req(r, root, &root_span, "id", "\"focus-2022-0137\"", |r, v| {
        let id = r.str("id", v)?;
        if !valid_id(&id) {
            r.error(
                &v.span(),
                Problem::Other,
                tr!(m::INVALID_ID, id),
                Some(m::HINT_ID.text().into()),
            );
            return None;
        }
        Some(id)
    });
    // The fields and their types come from one table (`fields::STUDENT`), which `set`
    // and the manual read too.
    let top = Values {
        spec: fields::STUDENT,
        table: root,
    };
    let name = top.req(r, &root_span, "name", Values::text);
    let birth_date = top.req(r, &root_span, "birth_date", Values::date);
    let track = top.req(r, &root_span, "track", Values::choice::<Track>);
    let enrolled = top.req(r, &root_span, "enrolled", Values::date);
    let municipality = top.text(r, "municipality");
    let school = top.text(r, "school");
    let profile = top.choice::<Profile>(r, "profile");
    let planned_exit = top.date(r, "planned_exit");
    let year_offset = top.int(r, "year_offset").unwrap_or(0);

    let mut contacts = Vec::new();
    if let Some(v) = root.get("contacts")
        && let Some(t) = r.table("contacts", v)
    {
        for (k, v) in t.iter() {
            let key = format!("contacts.{}", k.get_ref());
            if let Some(c) = crate::text::control_in(k.get_ref(), One) {
                r.error(
                    &k.span(),
                    Problem::ControlCharacter,
                    tr!(m::ROLE_CONTAINS, what = crate::read::control_character(c)),
                    Some(m::HINT_ROLE.text().into()),
                );
                continue;
            }
            if let Some(s) = r.text(&key, v, One) {
                contacts.push((k.get_ref().to_string(), s));
            }
        }
    }

    let mut events = Vec::new();
    if let Some(v) = root.get("events") {
        match v.get_ref().as_array() {
            Some(items) => {
                events.reserve(items.len());
                for item in items {
                    if let Some(e) = parse_event(r, item) {
                        events.push(e);
                    }
                }
            }
            None => r.error(
                &v.span(),
                Problem::WrongType,
                m::EVENTS_NOT_A_LIST.text(),
                Some(m::HINT_EVENT_SECTION.text().into()),
            ),
        }
    }

    Some(Student {
        id: id?,
        name: name?,
        birth_date: birth_date?,
        municipality,
        school,
        track: track?,
        profile,
        enrolled: enrolled?,
        planned_exit,
        // `top.int` keeps it to the field's range, 0 to 9.
        year_offset: i32::try_from(year_offset).expect("year_offset is from 0 to 9"),
        contacts,
        events,
        offsets,
    })
}

fn req<T>(
    r: &mut Reader<'_>,
    t: &Table<'_>,
    span: &std::ops::Range<usize>,
    key: &str,
    example: &str,
    f: impl FnOnce(&mut Reader<'_>, &Value<'_>) -> Option<T>,
) -> Option<T> {
    match t.get(key) {
        Some(v) => f(r, v),
        None => {
            r.missing(span, key, example);
            None
        }
    }
}

fn opt<T>(
    r: &mut Reader<'_>,
    t: &Table<'_>,
    key: &str,
    f: impl FnOnce(&mut Reader<'_>, &Value<'_>) -> Option<T>,
) -> Option<T> {
    t.get(key).and_then(|v| f(r, v))
}

fn parse_event(r: &mut Reader<'_>, item: &Value<'_>) -> Option<Event> {
    let span = item.span();
    let Some(t) = item.get_ref().as_table() else {
        r.error(
            &span,
            Problem::WrongType,
            m::EVENT_NOT_A_TABLE.text(),
            Some(m::HINT_EVENT_SECTION.text().into()),
        );
        return None;
    };
    let kind_v = t.get("kind");
    let kind = match kind_v {
        Some(v) => r.enumeration::<Kind>("kind", v),
        None => {
            r.missing(&span, "kind", "\"note\"");
            None
        }
    };
    let common = Values {
        spec: fields::EVENT_COMMON,
        table: t,
    };
    let date = common.req(r, &span, "date", Values::date);
    let note = common.text(r, "note");

    // Keys: the common ones, then those of this kind; a key of another kind says so.
    let own: Vec<&str> = match kind {
        Some(k) => fields::EVENT_COMMON
            .iter()
            .chain(k.fields())
            .map(|f| f.name)
            .collect(),
        None => all_event_keys(),
    };
    for (k, _) in t.iter() {
        let name = k.get_ref();
        if own.contains(&name) {
            continue;
        }
        let all = all_event_keys();
        match kind {
            Some(kind) if all.contains(&name) => {
                let fields: Vec<String> = kind.fields().iter().map(|f| format!("`{}`", f.name)).collect();
                let hint = if fields.is_empty() {
                    tr!(m::EVENT_HAS_ONLY, kind)
                } else {
                    tr!(m::EVENT_HAS, kind, fields = fields.join(", "))
                };
                r.error(
                    &k.span(),
                    Problem::UnknownKey { suggestion: None },
                    tr!(m::NOT_A_FIELD_OF, name, kind),
                    Some(hint),
                );
            }
            _ => {
                let suggestion = suggest(name, own.iter().copied()).map(String::from);
                let hint = did_you_mean(name, &own);
                r.error(
                    &k.span(),
                    Problem::UnknownKey { suggestion },
                    tr!(m::UNKNOWN_KEY, name, context = m::IN_AN_EVENT.text()),
                    Some(hint),
                );
            }
        }
    }
    let kind = kind?;
    for f in kind.fields() {
        if f.required && !t.contains_key(f.name) {
            r.error(
                &(span.start..span.start),
                Problem::MissingField,
                tr!(m::EVENT_NEEDS, kind, field = f.name),
                Some(tr!(m::HINT_ADD, key = f.name, example = f.example)),
            );
        }
    }
    // Each field is read by its type in the kind's table (`fields::event`).
    let v = Values {
        spec: kind.fields(),
        table: t,
    };
    let rule = |r: &mut Reader<'_>| opt(r, t, "rule", rule_id);
    let ek = match kind {
        Kind::StartMeeting => EventKind::StartMeeting,
        Kind::RegisterDiscussed => EventKind::RegisterDiscussed,
        Kind::AbaSubmitted => EventKind::AbaSubmitted,
        Kind::RegisterIndication => EventKind::RegisterIndication,
        Kind::LeerplichtConsulted => EventKind::LeerplichtConsulted,
        Kind::StudyAdvice => EventKind::StudyAdvice {
            outcome: v.choice(r, "outcome")?,
        },
        Kind::SpringReview => EventKind::SpringReview,
        Kind::DropoutRisk => EventKind::DropoutRisk,
        Kind::Exit => EventKind::Exit(Box::new(Exit {
            destination: v.choice(r, "destination"),
            diploma: v.choice(r, "diploma"),
            job_found: v.bool(r, "job_found"),
            wage_subsidy: v.bool(r, "wage_subsidy"),
            hours_per_week: v.number(r, "hours_per_week"),
            programme: v.text(r, "programme"),
            programme_start: v.date(r, "programme_start"),
            benefit: v.bool(r, "benefit"),
            indication_until: v.date(r, "indication_until"),
        })),
        Kind::JobcoachAssessed => EventKind::JobcoachAssessed {
            needed: v.bool(r, "needed"),
        },
        Kind::Handover => EventKind::Handover {
            to: v.choice(r, "to")?,
            support_question: v.bool(r, "support_question").unwrap_or(false),
        },
        Kind::CheckInExtended => EventKind::CheckInExtended {
            until: v.date(r, "until"),
        },
        Kind::CheckInClosed => EventKind::CheckInClosed,
        Kind::EnrolmentConfirmed => EventKind::EnrolmentConfirmed,
        Kind::EnrolmentMissing => EventKind::EnrolmentMissing,
        Kind::JobLost => EventKind::JobLost,
        Kind::Qualification => EventKind::Qualification {
            level: v.choice(r, "level")?,
        },
        Kind::ExitInterview => EventKind::ExitInterview,
        Kind::AftercareContact => EventKind::AftercareContact,
        Kind::Done => EventKind::Done { rule: rule(r)? },
        Kind::Deferred => EventKind::Deferred {
            rule: rule(r)?,
            until: v.date(r, "until")?,
            reason: v.text(r, "reason")?,
        },
        Kind::Waived => EventKind::Waived {
            rule: rule(r)?,
            reason: v.text(r, "reason")?,
        },
        Kind::Note => EventKind::Note,
    };
    Some(Event {
        date: date?,
        kind: ek,
        note,
        offset: compact(kind_v.map_or(span.start, |v| v.span().start)),
    })
}

fn rule_id(r: &mut Reader<'_>, v: &Value<'_>) -> Option<&'static str> {
    let s = r.str("rule", v)?;
    match crate::rules::by_id(&s) {
        Some(rule) => Some(rule.id),
        None => {
            let ids = crate::rules::ids();
            let suggestion = suggest(&s, ids.iter().copied()).map(String::from);
            r.error(
                &v.span(),
                Problem::UnknownName { suggestion },
                tr!(m::NOT_ONE_OF, what = m::WHAT_RULE.text(), value = s),
                Some(did_you_mean(&s, &ids)),
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast scanner and the full parser read the same student from every file of
    /// `data-example/`, and the scanner accepts them all (they are in the plain layout).
    #[test]
    fn both_front_ends_agree_on_the_example_folder() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data-example/students");
        let mut n = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let src = std::fs::read_to_string(&path).unwrap();
            assert!(
                crate::fastscan::scan(&src).is_some(),
                "{} not in the plain layout",
                path.display()
            );
            assert_eq!(parse(&src, &path), parse_full(&src, &path), "{}", path.display());
            n += 1;
        }
        assert!(n >= 15);
    }

    /// The same over any folder: `UITSTROOM_DIFF_DIR=bench/cache/100000 cargo test --release
    /// -- --ignored front_ends_agree_on_a_folder` (used on the generated benchmark folders).
    #[test]
    #[ignore = "needs a folder in UITSTROOM_DIFF_DIR"]
    fn front_ends_agree_on_a_folder() {
        let dir = Path::new(&std::env::var("UITSTROOM_DIFF_DIR").unwrap()).join("students");
        let (mut fast, mut n) = (0, 0);
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let src = std::fs::read_to_string(&path).unwrap();
            fast += usize::from(crate::fastscan::scan(&src).is_some());
            n += 1;
            assert_eq!(parse(&src, &path), parse_full(&src, &path), "{}", path.display());
        }
        eprintln!("{n} files, {fast} in the plain layout");
    }

    /// The keys the tool writes are the field table's, between `id` and the tables.
    #[test]
    fn top_keys_follow_the_field_table() {
        let names: Vec<&str> = crate::fields::STUDENT.iter().map(|f| f.name).collect();
        assert_eq!(TOP_KEYS[..2], ["schema", "id"]);
        assert_eq!(TOP_KEYS[2..TOP_KEYS.len() - 2], names[..]);
        assert_eq!(TOP_KEYS[TOP_KEYS.len() - 2..], ["contacts", "events"]);
    }

    /// A value outside its field's range is an error with its place and a hint.
    #[test]
    fn values_out_of_range_are_reported() {
        let src = "schema = 1\nid = \"a\"\nname = \"A\"\nbirth_date = 2008-05-14\ntrack = \"pro\"\nenrolled = 2021-08-23\nyear_offset = 12\n\n[[events]]\ndate = 2026-07-10\nkind = \"exit\"\nhours_per_week = 200\n";
        let d = parse(src, Path::new("a.toml")).unwrap_err();
        let shown: Vec<String> = d.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            shown,
            [
                "a.toml:7:15: error: `year_offset` is 12; it must be from 0 to 9\n  hint: write a whole number from 0 to 9",
                "a.toml:12:18: error: `hours_per_week` is 200; it must be from 0 to 168\n  hint: write a number from 0 to 168",
            ]
        );
    }

    /// Issue 10 item 9: the misspelt key that hides a missing one is found by the kind of
    /// problem, not by the words of its message; a key missing with no suggestion for it
    /// is still reported.
    #[test]
    fn a_misspelt_key_is_reported_once_by_its_kind() {
        let src = "schema = 1\nid = \"a\"\nnaam = \"A\"\nbirth_date = 2008-05-14\ntrack = \"pro\"\n";
        let d = parse_full(src, Path::new("a.toml")).unwrap_err();
        let problems: Vec<&Problem> = d.iter().map(|d| &d.problem).collect();
        assert_eq!(
            problems,
            [
                &Problem::UnknownKey {
                    suggestion: Some("name".into())
                },
                &Problem::MissingKey("enrolled".into()),
            ]
        );
    }

    /// A file the scanner declines is still read, by the full parser.
    #[test]
    fn escapes_fall_back_to_the_full_parser() {
        let src = "schema = 1\nid = \"a\"\nname = \"Sem \\\"de\\\" Vries\"\nbirth_date = 2008-05-14\ntrack = \"pro\"\nenrolled = 2021-08-23\n";
        assert!(crate::fastscan::scan(src).is_none());
        assert_eq!(parse(src, Path::new("a.toml")).unwrap().name, "Sem \"de\" Vries");
    }
}
