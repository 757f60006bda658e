//! Output formats, one file each: what a person reads at a terminal (`table`), what cron
//! mails (`plain`), and what scripts read (`json`, a contract in SPEC.md).

pub mod json;
pub mod plain;
pub mod table;

use crate::dates::Date;
use crate::engine::Phase;
use crate::rules::{Rule, Status, Title};
use crate::student::Track;
use std::sync::Arc;

/// One open action of one student, as `due` lists it. Compact: the student's document
/// is dropped once its rows are made.
#[derive(Clone, Debug)]
pub struct DueRow {
    pub case: Arc<str>,
    pub name: Arc<str>,
    pub track: Track,
    pub school: Option<Arc<str>>,
    pub rule: &'static Rule,
    pub title: &'static Title,
    pub opens: Date,
    pub due: Date,
    pub status: Status,
}

impl DueRow {
    /// SPEC.md: sorted by `due`, then `case`, then `rule`.
    pub fn sort(rows: &mut [DueRow]) {
        rows.sort_by(|a, b| (a.due, &a.case, a.rule.id).cmp(&(b.due, &b.case, b.rule.id)));
    }
}

/// One student, as `list` shows it.
#[derive(Clone, Debug)]
pub struct ListRow {
    pub id: String,
    pub name: String,
    pub track: Track,
    pub school: Option<String>,
    pub municipality: Option<String>,
    pub phase: Phase,
    pub vsv: bool,
    pub in_region: bool,
    pub monitoring_ended: bool,
    pub next: Option<(&'static Rule, &'static Title, Date, Status)>,
}
