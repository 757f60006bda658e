//! The words of the domain as a person reads them: status, phase, owner, event kinds and
//! field values. The format keeps its English names (`overdue`, `start-meeting`); what a
//! person reads in a table, `show` or a mail is in the chosen language. Event kinds also
//! have Dutch names that the command line accepts (`log ID startgesprek`).

use super::{Lang, lang};
use crate::engine::Phase;
use crate::read::Named;
use crate::rules::{ActionKind, Owner, Scope, Status};
use crate::student::{Destination, Diploma, HandoverTo, Kind, Outcome, Profile, Track};

/// A word in both languages.
type Word = (&'static str, &'static str);

fn pick((en, nl): Word) -> &'static str {
    match lang() {
        Lang::En => en,
        Lang::Nl => nl,
    }
}

pub fn status(s: Status) -> &'static str {
    pick(match s {
        Status::Overdue => ("overdue", "te laat"),
        Status::Open => ("open", "open"),
        Status::Upcoming => ("upcoming", "binnenkort"),
        Status::Done => ("done", "gedaan"),
        Status::Waived => ("waived", "vervallen"),
    })
}

pub fn phase(p: Phase) -> &'static str {
    pick(match p {
        Phase::School => ("school", "school"),
        Phase::Aftercare => ("aftercare", "nazorg"),
        Phase::Monitoring => ("monitoring", "monitoring"),
        Phase::Ended => ("ended", "afgesloten"),
    })
}

pub fn owner(o: Owner) -> &'static str {
    pick(match o {
        Owner::School => ("school", "school"),
        Owner::Doorstroompunt => ("doorstroompunt", "Doorstroompunt"),
        Owner::CheckIn => ("check-in", "Check-In"),
    })
}

pub fn scope(s: Scope) -> &'static str {
    pick(match s {
        Scope::School => (
            "school (a duty of the school, wherever the student lives)",
            "school (een taak van de school, waar de leerling ook woont)",
        ),
        Scope::Route => (
            "route (Route Arbeid, only in the region)",
            "route (Route Arbeid, alleen in de regio)",
        ),
    })
}

pub fn action_kind(k: ActionKind) -> &'static str {
    pick(match k {
        ActionKind::Task => ("task", "taak"),
        ActionKind::Milestone => ("milestone", "mijlpaal"),
    })
}

pub fn track(t: Track) -> &'static str {
    pick(match t {
        Track::Pro => ("pro", "Pro"),
        Track::Vso => ("vso", "VSO"),
        Track::Entree => ("entree", "Entree"),
    })
}

pub fn profile(p: Profile) -> &'static str {
    pick(match p {
        Profile::Work => ("work", "arbeid"),
        Profile::Education => ("education", "vervolgonderwijs"),
        Profile::DayActivities => ("day-activities", "dagbesteding"),
    })
}

pub fn destination(d: Destination) -> &'static str {
    pick(match d {
        Destination::Work => ("work", "werk"),
        Destination::ShelteredWork => ("sheltered work", "beschut werk"),
        Destination::PracticalLearning => ("practical learning", "praktijkleren"),
        // Not "opleiding": an exit to education names its programme ("opleiding …") too.
        Destination::Education => ("education", "vervolgonderwijs"),
        Destination::DayActivities => ("day activities", "dagbesteding"),
        Destination::None => ("nothing", "niets"),
    })
}

pub fn diploma(d: Diploma) -> &'static str {
    pick(match d {
        Diploma::None => ("none", "geen"),
        Diploma::Pro => ("pro", "Pro"),
        Diploma::Vso => ("vso", "VSO"),
        Diploma::Entree => ("entree", "Entree"),
        Diploma::Mbo2 => ("mbo-2", "mbo 2"),
        Diploma::Mbo3 => ("mbo-3", "mbo 3"),
        Diploma::Mbo4 => ("mbo-4", "mbo 4"),
        Diploma::Havo => ("havo", "havo"),
        Diploma::Vwo => ("vwo", "vwo"),
    })
}

pub fn handover_to(h: HandoverTo) -> &'static str {
    pick(match h {
        HandoverTo::CheckIn => ("check-in", "Check-In"),
        HandoverTo::Doorstroompunt => ("doorstroompunt", "Doorstroompunt"),
        HandoverTo::School => ("school", "school"),
        HandoverTo::DayActivities => ("day activities", "dagbesteding"),
    })
}

pub fn outcome(o: Outcome) -> &'static str {
    pick(match o {
        Outcome::Continue => ("continue", "doorgaan"),
        Outcome::Stop => ("stop", "stoppen"),
    })
}

/// The Dutch names of the event kinds, as the command line accepts them besides the
/// English ones (SPEC.md: `log ID startgesprek` = `start-meeting`). The first name of a
/// kind is the one shown; the others are accepted too.
pub const KIND_NL: &[(Kind, &[&str])] = &[
    (Kind::StartMeeting, &["startgesprek"]),
    (
        Kind::RegisterDiscussed,
        &["doelgroepregister-besproken", "register-besproken"],
    ),
    (Kind::AbaSubmitted, &["aba-aangevraagd", "aanvraag-aba"]),
    (
        Kind::RegisterIndication,
        &["indicatie-banenafspraak", "doelgroepregister"],
    ),
    (
        Kind::LeerplichtConsulted,
        &["leerplicht-afgestemd", "afstemming-leerplicht"],
    ),
    (Kind::StudyAdvice, &["studieadviesgesprek", "studieadvies"]),
    (
        Kind::SpringReview,
        &["voorjaarsbespreking", "uitstroomperspectief"],
    ),
    (Kind::DropoutRisk, &["dreigende-uitval"]),
    (Kind::Exit, &["uitschrijving", "uitstroom"]),
    (Kind::JobcoachAssessed, &["jobcoach-bekeken", "inzet-jobcoach"]),
    (Kind::Handover, &["warme-overdracht", "overdracht"]),
    (Kind::CheckInExtended, &["check-in-verlengd"]),
    (Kind::CheckInClosed, &["check-in-afgesloten"]),
    (
        Kind::EnrolmentConfirmed,
        &["inschrijving-bevestigd", "inschrijving-zichtbaar"],
    ),
    (
        Kind::EnrolmentMissing,
        &["inschrijving-ontbreekt", "geen-inschrijving"],
    ),
    (Kind::JobLost, &["baan-kwijt", "baanverlies"]),
    (Kind::Qualification, &["startkwalificatie"]),
    (Kind::ExitInterview, &["exitgesprek"]),
    (Kind::AftercareContact, &["nazorgcontact", "nazorg"]),
    (Kind::Done, &["gedaan", "afgerond"]),
    (Kind::Deferred, &["uitgesteld"]),
    (Kind::Waived, &["vervallen"]),
    (Kind::Note, &["notitie"]),
];

/// The Dutch name of a kind (the first of [`KIND_NL`]).
pub fn kind_nl(k: Kind) -> &'static str {
    KIND_NL
        .iter()
        .find(|(kind, _)| *kind == k)
        .map_or_else(|| k.name(), |(_, names)| names[0])
}

/// The kind as a person reads it: `startgesprek` in Dutch, `start-meeting` in English.
pub fn kind(k: Kind) -> &'static str {
    match lang() {
        Lang::En => k.name(),
        Lang::Nl => kind_nl(k),
    }
}

/// A kind named on the command line, in English or Dutch, any case, `_` or ` ` for `-`.
pub fn kind_from_cli(name: &str) -> Option<Kind> {
    let n = name.trim().to_lowercase().replace(['_', ' '], "-");
    Kind::from_name(&n).or_else(|| {
        KIND_NL
            .iter()
            .find(|(_, names)| names.contains(&n.as_str()))
            .map(|(k, _)| *k)
    })
}

/// Every name the command line accepts for a kind, for suggestions: each mapped to the
/// name to show (the English name in English, the first Dutch name in Dutch).
pub fn kind_names() -> Vec<(&'static str, Kind)> {
    let mut names: Vec<(&'static str, Kind)> = Kind::ALL.iter().map(|k| (k.name(), *k)).collect();
    for (k, nl) in KIND_NL {
        names.extend(nl.iter().map(|n| (*n, *k)));
    }
    names
}

/// The nearest kind to a misspelt name, by either language's names.
pub fn suggest_kind(name: &str) -> Option<Kind> {
    let names = kind_names();
    let best = crate::diag::suggest(&name.to_lowercase(), names.iter().map(|(n, _)| *n))?;
    names.iter().find(|(n, _)| *n == best).map(|(_, k)| *k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_dutch_name_and_names_are_unique() {
        for k in Kind::ALL {
            assert!(KIND_NL.iter().any(|(kind, _)| kind == k), "{k} has no Dutch name");
        }
        let names = kind_names();
        for (i, (n, _)) in names.iter().enumerate() {
            assert!(!names[..i].iter().any(|(m, _)| m == n), "{n} names two kinds");
        }
    }

    /// SPEC.md: "`log ID startgesprek` = `start-meeting`, `exitgesprek` = `exit-interview`,
    /// `uitschrijving` = `exit`, `warme-overdracht` = `handover`".
    #[test]
    fn dutch_kind_names_from_the_spec() {
        assert_eq!(kind_from_cli("startgesprek"), Some(Kind::StartMeeting));
        assert_eq!(kind_from_cli("exitgesprek"), Some(Kind::ExitInterview));
        assert_eq!(kind_from_cli("uitschrijving"), Some(Kind::Exit));
        assert_eq!(kind_from_cli("warme-overdracht"), Some(Kind::Handover));
        assert_eq!(kind_from_cli("Warme overdracht"), Some(Kind::Handover));
        assert_eq!(kind_from_cli("start-meeting"), Some(Kind::StartMeeting));
        assert_eq!(kind_from_cli("exitgesprekk"), None);
    }

    /// Issue 11: "`log ID exitgesprek` suggests `exit`, the wrong event" — a typo of a
    /// Dutch name suggests the kind it names.
    #[test]
    fn typos_suggest_the_kind_in_either_language() {
        assert_eq!(suggest_kind("exitgespr"), Some(Kind::ExitInterview));
        assert_eq!(suggest_kind("startgesprk"), Some(Kind::StartMeeting));
        assert_eq!(suggest_kind("start-meting"), Some(Kind::StartMeeting));
        assert_eq!(suggest_kind("nazorgkontakt"), Some(Kind::AftercareContact));
    }
}
