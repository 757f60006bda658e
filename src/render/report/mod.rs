//! `report` in its four formats: `table` for a terminal, `csv` for a spreadsheet, `json`
//! (the contract, `contracts/report.schema.json`) and `html` (one page to open or print).
//! The figures come from `crate::report`; this only lays them out. Every heading a
//! person reads is in [`Words`], one place for the catalogue to translate.

pub mod csv;
pub mod html;
pub mod json;
pub mod table;

use crate::read::Named;
use crate::report::{Group, InPlace};
use crate::rules::Owner;
use crate::student::{Destination, Diploma, Track};

/// What the report was made for, besides its figures.
#[derive(Clone, Debug)]
pub struct Meta {
    /// The case folder, as an absolute path.
    pub folder: String,
    pub region: String,
    /// The `--school` and `--track` filters.
    pub school: Option<String>,
    pub track: Option<&'static str>,
    pub in_view_months: i32,
    /// Whether to show the names of students out of view.
    pub with_names: bool,
    pub version: &'static str,
}

impl Meta {
    /// "school X, track pro", or `None` without filters.
    pub fn filters(&self, w: &Words) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(s) = &self.school {
            parts.push(format!("{} {s}", w.school));
        }
        if let Some(t) = self.track {
            parts.push(format!("{} {t}", w.track));
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

/// Every heading and label of the report, in one place.
pub struct Words {
    pub title: &'static str,
    pub made_for: &'static str,
    pub folder: &'static str,
    pub region: &'static str,
    pub only: &'static str,
    pub school: &'static str,
    pub track: &'static str,
    pub leavers_heading: &'static str,
    pub school_year: &'static str,
    pub leavers: &'static str,
    pub vsv: &'static str,
    pub no_leavers: &'static str,
    pub destinations_heading: &'static str,
    pub no_destination: &'static str,
    pub diplomas_heading: &'static str,
    pub in_place_heading: &'static str,
    pub in_place_note: &'static str,
    pub not_yet_known: &'static str,
    pub in_view_heading: &'static str,
    pub followed: &'static str,
    pub in_view: &'static str,
    pub out_of_view: &'static str,
    pub out_of_view_note: &'static str,
    pub nobody_out_of_view: &'static str,
    pub caseload_heading: &'static str,
    pub owner: &'static str,
    pub open: &'static str,
    pub overdue: &'static str,
    pub oldest_overdue: &'static str,
    pub monitoring: &'static str,
    pub chart_destinations: &'static str,
    pub chart_in_place: &'static str,
    pub chart_overdue: &'static str,
    pub made_by: &'static str,
}

/// English, for now; the catalogue adds Dutch.
pub const EN: Words = Words {
    title: "Leavers, aftercare and caseload",
    made_for: "made for",
    folder: "folder",
    region: "region",
    only: "only",
    school: "school",
    track: "track",
    leavers_heading: "Leavers per school year of exit",
    school_year: "School year",
    leavers: "Leavers",
    vsv: "vsv",
    no_leavers: "No leavers.",
    destinations_heading: "Destinations",
    no_destination: "no destination",
    diplomas_heading: "Diplomas",
    in_place_heading: "Still in place after 1 and 2 years (bestendigheid)",
    in_place_note: "In place: no job-lost, dropout-risk or enrolment-missing after the exit; of leavers whose exit is 1 or 2 years ago by now.",
    not_yet_known: "not yet known",
    in_view_heading: "In view",
    followed: "Followed (aftercare or monitoring)",
    in_view: "In view",
    out_of_view: "Out of view",
    out_of_view_note: "last event more than {months} months ago",
    nobody_out_of_view: "Nobody is out of view.",
    caseload_heading: "Caseload now",
    owner: "Owner",
    open: "Open",
    overdue: "Overdue",
    oldest_overdue: "Oldest overdue",
    monitoring: "In monitoring by the Doorstroompunt",
    chart_destinations: "Destinations per school year of exit",
    chart_in_place: "Still in place after 1 and 2 years",
    chart_overdue: "Overdue actions per owner",
    made_by: "made by uitstroom",
};

/// The label of a destination.
pub fn destination(d: Destination) -> &'static str {
    match d {
        Destination::Work => "work",
        Destination::ShelteredWork => "sheltered work",
        Destination::PracticalLearning => "practical learning",
        Destination::Education => "education",
        Destination::DayActivities => "day activities",
        Destination::None => "none",
    }
}

/// The label of a track.
pub fn track(t: Track) -> &'static str {
    match t {
        Track::Pro => "Pro",
        Track::Vso => "VSO",
        Track::Entree => "Entree",
    }
}

/// The label of a diploma.
pub fn diploma(d: Diploma) -> &'static str {
    match d {
        Diploma::None => "none",
        Diploma::Pro => "Pro",
        Diploma::Vso => "VSO",
        Diploma::Entree => "Entree",
        Diploma::Mbo2 => "MBO 2",
        Diploma::Mbo3 => "MBO 3",
        Diploma::Mbo4 => "MBO 4",
        Diploma::Havo => "havo",
        Diploma::Vwo => "vwo",
    }
}

/// The label of an owner.
pub fn owner(o: Owner) -> &'static str {
    match o {
        Owner::School => "school",
        Owner::Doorstroompunt => "Doorstroompunt",
        Owner::CheckIn => "Jongerenpunt Check-In",
    }
}

/// The label of a bestendigheid column: "work after 1 year".
pub fn in_place_column(years: i32, g: Group) -> String {
    let group = match g {
        Group::Work => "work",
        Group::Education => "education",
    };
    let unit = if years == 1 { "year" } else { "years" };
    format!("{group} after {years} {unit}")
}

/// The short label of a bestendigheid bar: "work, 1 year".
pub fn in_place_label(years: i32, g: Group) -> String {
    in_place_column(years, g).replacen(" after", ",", 1)
}

/// "2/3 (67%)", or "not yet known".
pub fn in_place_text(c: InPlace, w: &Words) -> String {
    match percent(c) {
        Some(p) => format!("{}/{} ({p}%)", c.in_place, c.known),
        None => w.not_yet_known.to_string(),
    }
}

/// The share in place, rounded to a whole percent; `None` when none is known yet.
pub fn percent(c: InPlace) -> Option<u64> {
    (c.known > 0).then(|| (c.in_place * 200 + c.known) / (2 * c.known))
}

/// The enum's contract names, for the count maps.
pub fn names<T: Named>() -> Vec<&'static str> {
    T::names()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_round_half_up() {
        let p = |in_place, known| percent(InPlace { known, in_place });
        assert_eq!(p(2, 3), Some(67));
        assert_eq!(p(1, 3), Some(33));
        assert_eq!(p(1, 8), Some(13));
        assert_eq!(p(0, 5), Some(0));
        assert_eq!(p(5, 5), Some(100));
        assert_eq!(p(0, 0), None);
    }
}
