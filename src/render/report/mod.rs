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
    /// The `--year`, `--school` and `--track` filters.
    pub year: Option<i32>,
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
        if let Some(y) = self.year {
            parts.push(format!(
                "{} {}",
                w.year_of_exit,
                crate::report::school_year_name(y)
            ));
        }
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
    pub year_of_exit: &'static str,
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
    pub no_group_leavers: &'static str,
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

/// The report's words in the language of this run, from the catalogue.
pub fn words() -> Words {
    use crate::i18n::messages::report as m;
    Words {
        title: m::TITLE.text(),
        made_for: m::MADE_FOR.text(),
        folder: m::FOLDER.text(),
        region: m::REGION.text(),
        only: m::ONLY.text(),
        year_of_exit: m::YEAR_OF_EXIT.text(),
        school: m::SCHOOL.text(),
        track: m::TRACK.text(),
        leavers_heading: m::LEAVERS_HEADING.text(),
        school_year: m::SCHOOL_YEAR.text(),
        leavers: m::LEAVERS.text(),
        vsv: m::VSV.text(),
        no_leavers: m::NO_LEAVERS.text(),
        destinations_heading: m::DESTINATIONS_HEADING.text(),
        no_destination: m::NO_DESTINATION.text(),
        diplomas_heading: m::DIPLOMAS_HEADING.text(),
        in_place_heading: m::IN_PLACE_HEADING.text(),
        in_place_note: m::IN_PLACE_NOTE.text(),
        not_yet_known: m::NOT_YET_KNOWN.text(),
        no_group_leavers: m::NO_LEAVERS_IN_GROUP.text(),
        in_view_heading: m::IN_VIEW_HEADING.text(),
        followed: m::FOLLOWED.text(),
        in_view: m::IN_VIEW.text(),
        out_of_view: m::OUT_OF_VIEW.text(),
        out_of_view_note: m::OUT_OF_VIEW_NOTE.text(),
        nobody_out_of_view: m::NOBODY_OUT_OF_VIEW.text(),
        caseload_heading: m::CASELOAD_HEADING.text(),
        owner: m::OWNER.text(),
        open: m::OPEN.text(),
        overdue: m::OVERDUE.text(),
        oldest_overdue: m::OLDEST_OVERDUE.text(),
        monitoring: m::MONITORING.text(),
        chart_destinations: m::CHART_DESTINATIONS.text(),
        chart_in_place: m::CHART_IN_PLACE.text(),
        chart_overdue: m::CHART_OVERDUE.text(),
        made_by: m::MADE_BY.text(),
    }
}

/// The page's `lang` attribute.
pub fn html_lang() -> &'static str {
    match crate::i18n::lang() {
        crate::Lang::En => "en",
        crate::Lang::Nl => "nl",
    }
}

/// The label of a destination.
pub fn destination(d: Destination) -> &'static str {
    use crate::i18n::messages::report as m;
    match d {
        Destination::Work => m::DEST_WORK.text(),
        Destination::ShelteredWork => m::DEST_SHELTERED_WORK.text(),
        Destination::PracticalLearning => m::DEST_PRACTICAL_LEARNING.text(),
        Destination::Education => m::DEST_EDUCATION.text(),
        Destination::DayActivities => m::DEST_DAY_ACTIVITIES.text(),
        Destination::None => m::DEST_NONE.text(),
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
        Diploma::None => crate::i18n::messages::report::DIPLOMA_NONE.text(),
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
        Owner::School => crate::i18n::messages::report::SCHOOL.text(),
        Owner::Doorstroompunt => "Doorstroompunt",
        Owner::CheckIn => crate::i18n::messages::report::OWNER_CHECK_IN.text(),
    }
}

fn group_word(g: Group) -> &'static str {
    use crate::i18n::messages::report as m;
    match g {
        Group::Work => m::GROUP_WORK.text(),
        Group::Education => m::GROUP_EDUCATION.text(),
    }
}

/// The label of a bestendigheid column: "work after 1 year".
pub fn in_place_column(years: i32, g: Group) -> String {
    use crate::i18n::messages::report as m;
    let group = group_word(g);
    if years == 1 {
        crate::tr!(m::IN_PLACE_COLUMN_1, group)
    } else {
        crate::tr!(m::IN_PLACE_COLUMN_N, group, years)
    }
}

/// The short label of a bestendigheid bar: "work, 1 year".
pub fn in_place_label(years: i32, g: Group) -> String {
    use crate::i18n::messages::report as m;
    let group = group_word(g);
    if years == 1 {
        crate::tr!(m::IN_PLACE_LABEL_1, group)
    } else {
        crate::tr!(m::IN_PLACE_LABEL_N, group, years)
    }
}

/// "2/3 (67%)", "not yet known", or "no leavers" (to that group, that school year).
pub fn in_place_text(c: InPlace, leavers: u64, w: &Words) -> String {
    match percent(c) {
        Some(p) => format!("{}/{} ({p}%)", c.in_place, c.known),
        None if leavers == 0 => w.no_group_leavers.to_string(),
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
