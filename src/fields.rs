//! The fields of a student file and of each event kind, with their types: one table that
//! reading (`student.rs`), `log KEY=VALUE` and `set FIELD VALUE` share, and that the
//! manual (`uitstroom.5`) is written from. A value from the command line is checked
//! against its field's type here and turned into a TOML value by the TOML library, so
//! what the tool writes always reads back.

use crate::dates::{Date, parse_date};
use crate::i18n::messages::read as m;
use crate::names::Named;
use crate::read::{Reader, Table, Value};
use crate::student::{Destination, Diploma, HandoverTo, Kind, Level, Outcome, Profile, Track};
use crate::tr;

/// The type of a field's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Type {
    /// One line of text (a TOML string): no line breaks or other control characters.
    Text,
    /// Text that may have line breaks and tabs (a note, a reason), no other control
    /// characters.
    Note,
    /// A calendar date (a TOML local date, unquoted).
    Date,
    /// `true` or `false`.
    Bool,
    /// A number from 0 to `max`, whole or not (`12`, `12.5`).
    Number { max: f64 },
    /// A whole number from `min` to `max`.
    Int { min: i64, max: i64 },
    /// One of a fixed list of names (a TOML string).
    Choice {
        /// What a value is called, in English and in Dutch ("track", "onderwijssoort").
        what: (&'static str, &'static str),
        names: &'static [&'static str],
    },
    /// The id of a rule of the catalogue (a TOML string).
    Rule,
}

impl Type {
    const fn choice<T: Named>() -> Type {
        Type::Choice {
            what: (T::WHAT, T::WHAT_NL),
            names: T::NAMES,
        }
    }

    /// Whether text of this type may have line breaks.
    fn lines(self) -> crate::text::Lines {
        match self {
            Type::Note => crate::text::Lines::Many,
            _ => crate::text::Lines::One,
        }
    }

    /// What a value of this type is, in words (in the language of this run): for hints
    /// and the manual.
    pub fn describe(self) -> String {
        match self {
            Type::Text => m::TAKES_TEXT.text().into(),
            Type::Note => m::TAKES_NOTE.text().into(),
            Type::Date => m::TAKES_DATE.text().into(),
            Type::Bool => m::TAKES_BOOL.text().into(),
            Type::Number { max } => tr!(m::TAKES_NUMBER, max),
            Type::Int { min, max } => tr!(m::TAKES_INT, min, max),
            Type::Choice { names, .. } => {
                let names = names
                    .iter()
                    .map(|name| tr!(m::NAME_IN_LIST, name))
                    .collect::<Vec<_>>()
                    .join(", ");
                tr!(m::TAKES_CHOICE, names)
            }
            Type::Rule => m::TAKES_RULE.text().into(),
        }
    }

    /// Checks a value given on the command line and makes it a TOML value.
    pub fn parse_arg(self, raw: &str) -> Result<toml_edit::Value, BadValue> {
        // As the value is shown in messages: control characters escaped.
        let shown = crate::text::clean(raw);
        let bad = |message: String| BadValue {
            message,
            allowed: self.describe(),
            suggestion: None,
        };
        match self {
            // One line of plain text: a control character would steer the terminal of
            // whoever lists it, or forge a line in the list cron mails (issue 10).
            Type::Text | Type::Note => match crate::text::control_in(raw, self.lines()) {
                None => Ok(toml_edit::Value::from(raw)),
                Some(c) => Err(bad(tr!(m::IT_CONTAINS, what = crate::read::control_character(c)))),
            },
            Type::Date => match parse_date(raw) {
                Some(d) if crate::dates::plausible(d) => Ok(toml_date(d)),
                Some(d) => Err(bad(crate::dates::implausible(d))),
                None => Err(bad(tr!(m::ARG_NOT_A_DATE, value = shown))),
            },
            Type::Bool => match raw.to_ascii_lowercase().as_str() {
                "true" | "yes" | "ja" => Ok(toml_edit::Value::from(true)),
                "false" | "no" | "nee" => Ok(toml_edit::Value::from(false)),
                _ => Err(bad(tr!(m::ARG_NOT_BOOL, value = shown))),
            },
            Type::Number { max } => match decimal(raw) {
                Some(n) if n <= max => {
                    // A whole number is written as one (`12`, not `12.0`); `.5`, `5.` and
                    // `05` become the TOML numbers 0.5, 5 and 5.
                    if n.fract() == 0.0 {
                        // Whole, and from 0 (`decimal` takes digits only) to `max` (a
                        // field's bound, such as 168 hours): an i64 holds it exactly.
                        #[expect(clippy::cast_possible_truncation, reason = "whole, 0 to `max`")]
                        let whole = n as i64;
                        Ok(toml_edit::Value::from(whole))
                    } else {
                        Ok(toml_edit::Value::from(n))
                    }
                }
                Some(_) => Err(bad(tr!(m::ARG_MORE_THAN, value = shown, max))),
                None => Err(bad(tr!(m::ARG_NOT_A_NUMBER, value = shown))),
            },
            Type::Int { min, max } => match raw.trim().parse::<i64>() {
                Ok(n) if (min..=max).contains(&n) => Ok(toml_edit::Value::from(n)),
                Ok(n) => Err(bad(tr!(m::ARG_OUT_OF_RANGE, n))),
                Err(_) => Err(bad(tr!(m::ARG_NOT_WHOLE, value = shown))),
            },
            Type::Choice { what, names } => {
                if names.contains(&raw) {
                    Ok(toml_edit::Value::from(raw))
                } else {
                    let what = match crate::i18n::lang() {
                        crate::Lang::En => what.0,
                        crate::Lang::Nl => what.1,
                    };
                    Err(BadValue {
                        message: tr!(m::NOT_ONE_OF, what, value = shown),
                        allowed: self.describe(),
                        suggestion: crate::diag::suggest(raw, names.iter().copied()).map(String::from),
                    })
                }
            }
            Type::Rule => match crate::rules::by_id(raw) {
                Some(r) => Ok(toml_edit::Value::from(r.id)),
                None => {
                    let ids = crate::rules::ids();
                    Err(BadValue {
                        message: tr!(m::NOT_ONE_OF, what = m::WHAT_RULE.text(), value = shown),
                        allowed: m::TAKES_RULE_LISTED.text().into(),
                        suggestion: crate::diag::suggest(raw, ids.iter().copied()).map(String::from),
                    })
                }
            },
        }
    }
}

/// A date as a TOML local date. `d` lies between `dates::FIRST` and `dates::LAST`: the
/// command line takes no other (`dates::parse_arg`, `dates::plausible`).
pub fn toml_date(d: Date) -> toml_edit::Value {
    use chrono::Datelike;
    let date = toml_edit::Date {
        year: u16::try_from(d.year()).expect("a year from 1900 to 2199"),
        month: u8::try_from(d.month()).expect("a month is 1 to 12"),
        day: u8::try_from(d.day()).expect("a day is 1 to 31"),
    };
    toml_edit::Value::from(toml_edit::Datetime {
        date: Some(date),
        time: None,
        offset: None,
    })
}

/// A plain decimal number of 0 or more as people type it: `12`, `12.5`, `.5`, `5.`,
/// `05`, and the Dutch `12,5`. No signs, exponents, `inf` or `nan`.
fn decimal(raw: &str) -> Option<f64> {
    let s = raw.trim().replacen(',', ".", 1);
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() && frac.is_empty() || !digits(int) || !digits(frac) {
        return None;
    }
    let n: f64 = format!("{}.{}", if int.is_empty() { "0" } else { int }, frac)
        .parse()
        .ok()?;
    n.is_finite().then_some(n)
}

/// A value from the command line that does not fit its field.
#[derive(Clone, Debug, PartialEq)]
pub struct BadValue {
    /// What is wrong: "unknown track `prO`", "99 is out of range".
    pub message: String,
    /// What the field takes: "one of pro, vso, entree", "a whole number from 0 to 9".
    pub allowed: String,
    /// The nearest allowed name, for a typo.
    pub suggestion: Option<String>,
}

impl BadValue {
    /// The hint: the nearest name, and what the field takes.
    pub fn hint(&self, field: &str) -> String {
        let allowed = &self.allowed;
        match &self.suggestion {
            Some(name) => tr!(m::MEAN_AND_FIELD_TAKES, name, field, allowed),
            None => tr!(m::FIELD_TAKES, field, allowed),
        }
    }
}

/// A field of the student file or of an event.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Field {
    pub name: &'static str,
    pub ty: Type,
    pub required: bool,
    /// A value as it is written in the file, for hints and the manual.
    pub example: &'static str,
    /// What it means, for the manual (which is English).
    pub doc: &'static str,
    /// The same in Dutch, for completion menus.
    pub doc_nl: &'static str,
}

const fn field(
    name: &'static str,
    ty: Type,
    example: &'static str,
    doc: (&'static str, &'static str),
) -> Field {
    Field {
        name,
        ty,
        required: false,
        example,
        doc: doc.0,
        doc_nl: doc.1,
    }
}

const fn required(
    name: &'static str,
    ty: Type,
    example: &'static str,
    doc: (&'static str, &'static str),
) -> Field {
    Field {
        required: true,
        ..field(name, ty, example, doc)
    }
}

impl Field {
    /// What the field means, in the language of this run (for completion menus).
    pub fn help(&self) -> &'static str {
        match crate::i18n::lang() {
            crate::Lang::En => self.doc,
            crate::Lang::Nl => self.doc_nl,
        }
    }
}

/// The top-level fields of a student file after `schema` and `id`, in the order the
/// tool writes them (SPEC.md); `set` changes these.
pub const STUDENT: &[Field] = &[
    required(
        "name",
        Type::Text,
        "\"Sem de Vries\"",
        ("the student's name", "de naam van de leerling"),
    ),
    required(
        "birth_date",
        Type::Date,
        "2008-05-14",
        ("date of birth", "geboortedatum"),
    ),
    field(
        "municipality",
        Type::Text,
        "\"Heiloo\"",
        (
            "where the student lives; Route Arbeid applies in the region's municipalities",
            "waar de leerling woont; Route Arbeid geldt in de gemeenten van de regio",
        ),
    ),
    field(
        "school",
        Type::Text,
        "\"Praktijkschool Focus\"",
        ("the school", "de school"),
    ),
    required(
        "track",
        Type::choice::<Track>(),
        "\"pro\"",
        (
            "Praktijkonderwijs, Voortgezet Speciaal Onderwijs or MBO Entree",
            "Praktijkonderwijs, Voortgezet Speciaal Onderwijs of MBO Entree",
        ),
    ),
    field(
        "profile",
        Type::choice::<Profile>(),
        "\"work\"",
        (
            "uitstroomprofiel (optional until set)",
            "uitstroomprofiel (mag leeg blijven tot het is vastgesteld)",
        ),
    ),
    required(
        "enrolled",
        Type::Date,
        "2021-08-23",
        (
            "start at this school, or of the Entree programme",
            "begin op deze school, of van de Entree-opleiding",
        ),
    ),
    field(
        "planned_exit",
        Type::Date,
        "2026-07-10",
        (
            "the planned date of leaving school",
            "de geplande datum van uitstroom",
        ),
    ),
    field(
        "year_offset",
        Type::Int { min: 0, max: 9 },
        "0",
        (
            "leerjaar of entry minus 1, for students who entered in a later year",
            "leerjaar van instroom min 1, voor leerlingen die later zijn ingestroomd",
        ),
    ),
];

/// The fields every event has.
pub const EVENT_COMMON: &[Field] = &[
    required(
        "date",
        Type::Date,
        "2026-07-10",
        ("the day it happened", "de dag waarop het gebeurde"),
    ),
    required(
        "kind",
        Type::choice::<Kind>(),
        "\"note\"",
        ("the event kind", "de soort gebeurtenis"),
    ),
    field("note", Type::Note, "\"…\"", ("free text", "vrije tekst")),
];

const RULE: Field = required(
    "rule",
    Type::Rule,
    "\"summer-enrolment-check\"",
    ("the rule's id", "het id van de regel"),
);
const REASON: Field = required("reason", Type::Note, "\"verhuisd\"", ("why", "waarom"));

const STUDY_ADVICE: &[Field] = &[required(
    "outcome",
    Type::choice::<Outcome>(),
    "\"continue\"",
    (
        "the advice: continue or stop",
        "het advies: doorgaan (continue) of stoppen (stop)",
    ),
)];

const EXIT: &[Field] = &[
    field(
        "destination",
        Type::choice::<Destination>(),
        "\"work\"",
        ("where the student goes", "waar de leerling naartoe gaat"),
    ),
    field(
        "diploma",
        Type::choice::<Diploma>(),
        "\"pro\"",
        ("the diploma obtained", "het behaalde diploma"),
    ),
    field(
        "job_found",
        Type::Bool,
        "true",
        (
            "the school found a job (to work)",
            "de school heeft een baan gevonden (bij werk)",
        ),
    ),
    field(
        "wage_subsidy",
        Type::Bool,
        "false",
        ("with loonkostensubsidie (wage subsidy)", "met loonkostensubsidie"),
    ),
    field(
        "hours_per_week",
        Type::Number { max: 168.0 },
        "24",
        ("hours of work per week", "uren werk per week"),
    ),
    field(
        "programme",
        Type::Text,
        "\"Entree Zorg\"",
        (
            "the programme (to education)",
            "de opleiding (bij vervolgonderwijs)",
        ),
    ),
    field(
        "programme_start",
        Type::Date,
        "2026-09-01",
        (
            "when the programme starts (to education)",
            "wanneer de opleiding begint (bij vervolgonderwijs)",
        ),
    ),
    field(
        "benefit",
        Type::Bool,
        "false",
        (
            "with a benefit (uitkering) (to day-activities)",
            "met een uitkering (bij dagbesteding)",
        ),
    ),
    field(
        "indication_until",
        Type::Date,
        "2027-07-31",
        (
            "the end of the indication for dagbesteding (to day-activities)",
            "het einde van de indicatie voor dagbesteding (bij dagbesteding)",
        ),
    ),
];

const JOBCOACH_ASSESSED: &[Field] = &[field(
    "needed",
    Type::Bool,
    "true",
    ("a jobcoach is needed", "er is een jobcoach nodig"),
)];

const HANDOVER: &[Field] = &[
    required(
        "to",
        Type::choice::<HandoverTo>(),
        "\"check-in\"",
        (
            "to whom the student is handed over",
            "aan wie de leerling wordt overgedragen",
        ),
    ),
    field(
        "support_question",
        Type::Bool,
        "true",
        (
            "with a support question (ondersteuningsvraag); default false",
            "met een ondersteuningsvraag; standaard false",
        ),
    ),
];

const CHECK_IN_EXTENDED: &[Field] = &[field(
    "until",
    Type::Date,
    "2026-12-31",
    (
        "until when Check-In stays involved",
        "tot wanneer Check-In betrokken blijft",
    ),
)];

const QUALIFICATION: &[Field] = &[required(
    "level",
    Type::choice::<Level>(),
    "\"mbo-2\"",
    ("the startkwalificatie obtained", "de behaalde startkwalificatie"),
)];

const DONE: &[Field] = &[RULE];

const DEFERRED: &[Field] = &[
    RULE,
    required(
        "until",
        Type::Date,
        "2026-09-01",
        ("the new due date", "de nieuwe uiterste datum"),
    ),
    REASON,
];

const WAIVED: &[Field] = &[RULE, REASON];

/// The fields of an event of `kind` besides `date`, `kind` and `note` (SPEC.md's table).
pub const fn event(kind: Kind) -> &'static [Field] {
    match kind {
        Kind::StudyAdvice => STUDY_ADVICE,
        Kind::Exit => EXIT,
        Kind::JobcoachAssessed => JOBCOACH_ASSESSED,
        Kind::Handover => HANDOVER,
        Kind::CheckInExtended => CHECK_IN_EXTENDED,
        Kind::Qualification => QUALIFICATION,
        Kind::Done => DONE,
        Kind::Deferred => DEFERRED,
        Kind::Waived => WAIVED,
        _ => &[],
    }
}

/// What an event of `kind` records, with the coordinators' Dutch term (SPEC.md's table):
/// for the manual and the completion of event kinds.
pub const fn meaning(kind: Kind) -> &'static str {
    match kind {
        Kind::StartMeeting => "startgesprek with the Jongerenadviseur and the Doorstroomcoach",
        Kind::RegisterDiscussed => "the doelgroepregister discussed with the student and parents",
        Kind::AbaSubmitted => "aanvraag beoordeling arbeidsvermogen (ABA) sent to UWV",
        Kind::RegisterIndication => "indicatie banenafspraak granted (in the doelgroepregister)",
        Kind::LeerplichtConsulted => "afstemming met Leerplicht",
        Kind::StudyAdvice => "studieadviesgesprek (Entree)",
        Kind::SpringReview => "uitstroomperspectief discussed with Leerplicht and the Doorstroompunt",
        Kind::DropoutRisk => "dreigende uitval",
        Kind::Exit => "uitschrijving: the student leaves school",
        Kind::JobcoachAssessed => "inzet jobcoach bekeken",
        Kind::Handover => "warme overdracht (met ondersteuningsvraag)",
        Kind::CheckInExtended => "Jongerenpunt Check-In stays involved longer",
        Kind::CheckInClosed => "Jongerenpunt Check-In's involvement ends",
        Kind::EnrolmentConfirmed => "inschrijving vervolgopleiding zichtbaar",
        Kind::EnrolmentMissing => "geen inschrijving zichtbaar",
        Kind::JobLost => "baan kwijt",
        Kind::Qualification => "startkwalificatie obtained",
        Kind::ExitInterview => "exitgesprek",
        Kind::AftercareContact => "nazorgcontact by the school",
        Kind::Done => "completes the rule's open action (written by `uitstroom done`)",
        Kind::Deferred => {
            "moves the rule's open action: its due date becomes `until` (written by `uitstroom defer`)"
        }
        Kind::Waived => {
            "the action does not apply to this student: closed, shown as waived (written by `uitstroom waive`)"
        }
        Kind::Note => "a free note",
    }
}

/// The field `name` of `fields`.
pub fn find(fields: &'static [Field], name: &str) -> Option<&'static Field> {
    fields.iter().find(|f| f.name == name)
}

/// Reads the fields of one table of a file — the student, or an event — by its field
/// table: each value is checked against its field's type (and range, and names).
pub(crate) struct Values<'t, 'i> {
    pub spec: &'static [Field],
    pub table: &'t Table<'i>,
}

impl<'t, 'i> Values<'t, 'i> {
    /// The field and its value in the file, if present. A name outside the table is a
    /// mistake in this program (the tests read every field of every table).
    fn get(&self, name: &str) -> Option<(&'static Field, &'t Value<'i>)> {
        let f = find(self.spec, name);
        debug_assert!(f.is_some(), "`{name}` is not in the field table");
        Some((f?, self.table.get(name)?))
    }

    /// A required field, reported as missing (with its example) when absent.
    pub fn req<T>(
        &self,
        r: &mut Reader<'_>,
        span: &std::ops::Range<usize>,
        name: &str,
        read: impl FnOnce(&Self, &mut Reader<'_>, &str) -> Option<T>,
    ) -> Option<T> {
        if !self.table.contains_key(name) {
            let example = find(self.spec, name).map_or("\"…\"", |f| f.example);
            r.missing(span, name, example);
            return None;
        }
        read(self, r, name)
    }

    pub fn text(&self, r: &mut Reader<'_>, name: &str) -> Option<String> {
        let (f, v) = self.get(name)?;
        debug_assert!(matches!(f.ty, Type::Text | Type::Note), "{name}");
        r.text(name, v, f.ty.lines())
    }

    pub fn date(&self, r: &mut Reader<'_>, name: &str) -> Option<Date> {
        let (f, v) = self.get(name)?;
        debug_assert_eq!(f.ty, Type::Date, "{name}");
        r.date(name, v)
    }

    pub fn bool(&self, r: &mut Reader<'_>, name: &str) -> Option<bool> {
        let (f, v) = self.get(name)?;
        debug_assert_eq!(f.ty, Type::Bool, "{name}");
        r.bool(name, v)
    }

    pub fn number(&self, r: &mut Reader<'_>, name: &str) -> Option<f64> {
        match self.get(name)? {
            (
                Field {
                    ty: Type::Number { max },
                    ..
                },
                v,
            ) => r.number(name, v, *max),
            _ => None,
        }
    }

    pub fn int(&self, r: &mut Reader<'_>, name: &str) -> Option<i64> {
        match self.get(name)? {
            (
                Field {
                    ty: Type::Int { min, max },
                    ..
                },
                v,
            ) => r.int(name, v, *min..max.saturating_add(1)),
            _ => None,
        }
    }

    pub fn choice<T: Named>(&self, r: &mut Reader<'_>, name: &str) -> Option<T> {
        let (f, v) = self.get(name)?;
        debug_assert_eq!(f.ty, Type::choice::<T>(), "{name}");
        r.enumeration::<T>(name, v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(ty: Type, raw: &str) -> String {
        ty.parse_arg(raw).unwrap().to_string().trim().to_string()
    }

    /// Issue 10 item 7: `hours_per_week=.5` (also `5.` and `05`) was written as is and
    /// made the file invalid TOML.
    #[test]
    fn numbers_as_people_type_them_become_toml_numbers() {
        let hours = Type::Number { max: 168.0 };
        assert_eq!(written(hours, ".5"), "0.5");
        assert_eq!(written(hours, "5."), "5");
        assert_eq!(written(hours, "05"), "5");
        assert_eq!(written(hours, "12,5"), "12.5");
        assert_eq!(written(hours, "168"), "168");
        for bad in [
            "", ".", "-1", "+3", "1e3", "inf", "nan", "1.2.3", "twelve", "169", "0x10",
        ] {
            assert!(hours.parse_arg(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn every_value_is_written_by_the_toml_library() {
        let text = written(Type::Note, "zei \"ja\"\nen ging");
        assert!(Type::Text.parse_arg("zei\nja").is_err());
        let doc: toml::Table = toml::from_str(&format!("note = {text}")).unwrap();
        assert_eq!(doc["note"].as_str(), Some("zei \"ja\"\nen ging"));
        assert_eq!(written(Type::Date, "2026-09-01"), "2026-09-01");
        assert_eq!(written(Type::Bool, "ja"), "true");
        assert_eq!(written(Type::Bool, "No"), "false");
        assert_eq!(written(Type::Int { min: 0, max: 9 }, "07"), "7");
        assert_eq!(written(Type::Rule, "age-18"), "\"age-18\"");
    }

    #[test]
    fn a_bad_value_says_what_the_field_takes() {
        let e = Type::Int { min: 0, max: 9 }.parse_arg("99").unwrap_err();
        assert_eq!(e.message, "99 is out of range");
        assert_eq!(e.hint("year_offset"), "year_offset is a whole number from 0 to 9");
        let e = Type::choice::<Track>().parse_arg("prO").unwrap_err();
        assert_eq!(e.message, "unknown track `prO`");
        assert_eq!(
            e.hint("track"),
            "did you mean `pro`? track is one of pro, vso, entree"
        );
        assert!(Type::Date.parse_arg("2026-02-30").is_err());
        assert!(Type::Rule.parse_arg("age-81").unwrap_err().suggestion.as_deref() == Some("age-18"));
    }

    /// Every field says what it means in Dutch too (completion menus).
    #[test]
    fn every_field_has_its_dutch_help() {
        let all = STUDENT
            .iter()
            .chain(EVENT_COMMON)
            .chain(Kind::ALL.iter().flat_map(|k| event(*k)));
        for f in all {
            assert!(!f.doc_nl.trim().is_empty(), "{}", f.name);
            assert!(
                f.doc_nl != f.doc || f.doc.starts_with("uitstroom"),
                "{}: {}",
                f.name,
                f.doc
            );
        }
    }

    /// The hint examples are values of their own field.
    #[test]
    fn every_example_reads_as_its_type() {
        let all = STUDENT
            .iter()
            .chain(EVENT_COMMON)
            .chain(Kind::ALL.iter().flat_map(|k| event(*k)));
        for f in all {
            let raw = f.example.trim_matches('"');
            if !matches!(f.ty, Type::Text | Type::Note) {
                assert!(f.ty.parse_arg(raw).is_ok(), "{}: {}", f.name, f.example);
            }
            let written = f.ty.parse_arg(raw).unwrap().to_string();
            assert_eq!(written.trim(), f.example, "{}", f.name);
        }
    }
}
