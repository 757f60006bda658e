//! Merging two versions of a student file, as git's merge driver (SPEC.md, "Sharing a
//! folder through git"), and the conflict markers such a merge can leave.

use crate::dates::Date;
use crate::diag::{Diagnostic, Pos};
use crate::i18n::messages::merge as m;
use crate::layout::{self, BOM, Block, Entry, Layout};
use crate::student;
use crate::tr;
use std::ops::Range;
use std::path::Path;

/// git's markers (default size 7), as written around a conflict.
pub const OURS_MARKER: &str = "<<<<<<< ours";
pub const SEPARATOR: &str = "=======";
pub const THEIRS_MARKER: &str = ">>>>>>> theirs";

/// What a merge gives.
#[derive(Debug, PartialEq, Eq)]
pub enum Merged {
    /// The merged text, and how many conflicts it holds between markers (0: clean).
    Text { text: String, conflicts: usize },
    /// One version is not a valid student file in the layout the tool reads as parts;
    /// git's own line merge is the better judge of it. Says which and why.
    NotStudent(String),
}

/// Merges the three versions of a student file (git's base, ours and theirs; a base
/// that is empty means the file was added on both sides).
///
/// - Events: every event of the base plus what each side added, in date order. Base
///   events and ours' additions keep their text where it is; theirs' additions are
///   inserted as their own blocks after the last event dated on or before them (so on
///   one date ours' come first). An event both sides added identically is kept once. A
///   side that removed or changed a base event is a conflict, unless both made the same
///   change.
/// - Top-level fields and `[contacts]`: a value changed on one side is taken (its whole
///   line, with its comment); the same change on both sides once; two different changes
///   are a conflict.
/// - A field or base event that both sides kept takes theirs' text when only theirs
///   changed it (a comment).
/// - A conflict is marked around the smallest span: a field's line, or the event blocks
///   in question.
pub fn merge(base: &str, ours: &str, theirs: &str, path: &Path) -> Merged {
    merge_with(base, ours, theirs, path, Removals::Conflict)
}

/// What a side's removal or change of base events that the other side kept as they were
/// becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Removals {
    /// A conflict: "Events are never dropped" (merges between clones: `sync`).
    Conflict,
    /// Taken, as a three-way merge takes a change against the base: for `undo`, whose
    /// revert removes the events a change added while later events stay.
    Take,
}

/// [`merge`], with the choice of what removed or changed base events become.
pub fn merge_with(base: &str, ours: &str, theirs: &str, path: &Path, removals: Removals) -> Merged {
    let base = if base.trim_start_matches(BOM).trim().is_empty() {
        Ok(Layout::parse("").expect("the empty text is a layout"))
    } else {
        side(base, path, m::SIDE_BASE.text())
    };
    match (
        side(ours, path, m::SIDE_OURS.text()),
        side(theirs, path, m::SIDE_THEIRS.text()),
        base,
    ) {
        (Ok(o), Ok(t), Ok(b)) => Merge::new(&b, &o, &t, removals).run(),
        (Err(why), _, _) | (_, Err(why), _) | (_, _, Err(why)) => Merged::NotStudent(why),
    }
}

/// A version that can be merged part by part: a valid student file whose contacts are a
/// `[contacts]` section and whose events are `[[events]]` blocks.
fn side<'a>(text: &'a str, path: &Path, side: &str) -> Result<Layout<'a>, String> {
    if student::parse(text, path).is_err() {
        return Err(tr!(m::NOT_A_STUDENT_FILE, side));
    }
    match Layout::parse(text) {
        Some(l) if !l.head.iter().any(|e| e.key == "contacts" || e.key == "events") => Ok(l),
        _ => Err(tr!(m::OTHER_LAYOUT, side)),
    }
}

/// One change to ours' text: `range` replaced by `text` (an insertion when empty).
struct Edit {
    range: Range<usize>,
    text: String,
}

struct Merge<'l, 'a> {
    base: &'l Layout<'a>,
    ours: &'l Layout<'a>,
    theirs: &'l Layout<'a>,
    edits: Vec<Edit>,
    conflicts: usize,
    removals: Removals,
}

/// Where a field lives: top level, or in `[contacts]`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Top,
    Contacts,
}

fn fields<'l>(l: &'l Layout<'_>, place: Place) -> Vec<&'l Entry> {
    match place {
        Place::Top => l.head.iter().collect(),
        Place::Contacts => l.contacts.iter().flat_map(|c| c.entries.iter()).collect(),
    }
}

fn value(e: Option<&Entry>) -> Option<&toml::Value> {
    e.map(|e| &e.value)
}

fn find<'l>(fields: &[&'l Entry], key: &str) -> Option<&'l Entry> {
    fields.iter().copied().find(|e| e.key == key)
}

impl<'l, 'a> Merge<'l, 'a> {
    fn new(base: &'l Layout<'a>, ours: &'l Layout<'a>, theirs: &'l Layout<'a>, removals: Removals) -> Self {
        Merge {
            base,
            ours,
            theirs,
            edits: Vec::new(),
            conflicts: 0,
            removals,
        }
    }

    fn eol(&self) -> &'static str {
        self.ours.eol
    }

    /// Theirs' text of a span, with ours' line ends, ending in a line end.
    fn theirs_text(&self, span: &Range<usize>) -> String {
        self.own_text(self.theirs.text(span))
    }

    /// Removes a part of ours, with the blank lines that set it apart from the part above.
    fn remove(&mut self, span: Range<usize>) {
        let src = self.ours.src;
        let above = src[..span.start].trim_end_matches(['\r', '\n', ' ', '\t']).len();
        let start = src[above..span.start]
            .find('\n')
            .map_or(span.start, |p| above + p + 1);
        self.edit(start..span.end, String::new());
    }

    /// Theirs' text of a run of its event blocks (empty for an empty run).
    fn theirs_run(&self, run: &Range<usize>) -> String {
        let t = &self.theirs.events;
        if run.is_empty() {
            String::new()
        } else {
            self.theirs_text(&(t[run.start].span.start..t[run.end - 1].span.end))
        }
    }

    fn own_text(&self, text: &str) -> String {
        let mut t = layout::with_eol(text, self.eol());
        if !t.is_empty() && !t.ends_with('\n') {
            t.push_str(self.eol());
        }
        t
    }

    fn edit(&mut self, range: Range<usize>, text: String) {
        self.edits.push(Edit { range, text });
    }

    /// Inserts whole lines at `at`, which is the end of a part (after its line end, or
    /// the end of a file without a final line end).
    fn insert_lines(&mut self, at: usize, text: String) {
        let text = if at > 0 && !self.ours.src[..at].ends_with('\n') {
            format!("{}{text}", self.eol())
        } else {
            text
        };
        self.edit(at..at, text);
    }

    fn conflict_text(&self, ours: &str, theirs: &str) -> String {
        let eol = self.eol();
        format!("{OURS_MARKER}{eol}{ours}{SEPARATOR}{eol}{theirs}{THEIRS_MARKER}{eol}")
    }

    fn run(mut self) -> Merged {
        self.fields(Place::Top);
        self.fields(Place::Contacts);
        self.events();
        // Edits never overlap: replacements are of distinct parts; an insertion at the
        // start of a replaced part goes before it, one at its end after it.
        let mut edits = std::mem::take(&mut self.edits);
        edits.sort_by_key(|e| (e.range.start, !e.range.is_empty()));
        let src = self.ours.src;
        let mut out = String::with_capacity(src.len() + edits.iter().map(|e| e.text.len()).sum::<usize>());
        let mut at = 0;
        for e in edits {
            out.push_str(&src[at..e.range.start]);
            out.push_str(&e.text);
            at = e.range.end;
        }
        out.push_str(&src[at..]);
        Merged::Text {
            text: out,
            conflicts: self.conflicts,
        }
    }

    /// Three-way merge of the fields of one place, key by key.
    fn fields(&mut self, place: Place) {
        let (b, o, t) = (
            fields(self.base, place),
            fields(self.ours, place),
            fields(self.theirs, place),
        );
        let mut keys: Vec<&str> = Vec::new();
        for e in o.iter().chain(&t).chain(&b) {
            if !keys.contains(&e.key.as_str()) {
                keys.push(&e.key);
            }
        }
        for key in keys {
            let (be, oe, te) = (find(&b, key), find(&o, key), find(&t, key));
            if value(oe) == value(te) {
                // The same value on both sides; a comment theirs changed alone is taken.
                if let (Some(oe), Some(te)) = (oe, te) {
                    let (ot, tt) = (self.ours.text(&oe.span), self.theirs.text(&te.span));
                    if Some(ot) == be.map(|be| self.base.text(&be.span)) && tt != ot {
                        let text = self.theirs_text(&te.span);
                        self.edit(oe.span.clone(), text);
                    }
                }
            } else if value(oe) == value(be) {
                match (oe, te) {
                    (Some(oe), Some(te)) => {
                        let text = self.theirs_text(&te.span);
                        self.edit(oe.span.clone(), text);
                    }
                    (Some(oe), None) => self.edit(oe.span.clone(), String::new()),
                    (None, Some(te)) => {
                        let text = self.theirs_text(&te.span);
                        self.insert_field(place, key, &t, text);
                    }
                    (None, None) => {}
                }
            } else if value(te) != value(be) {
                self.conflicts += 1;
                let ot = oe.map_or(String::new(), |e| self.own_text(self.ours.text(&e.span)));
                let tt = te.map_or(String::new(), |e| self.theirs_text(&e.span));
                let text = self.conflict_text(&ot, &tt);
                match oe {
                    Some(oe) => self.edit(oe.span.clone(), text),
                    None => self.insert_field(place, key, &t, text),
                }
            }
        }
    }

    /// Inserts a field ours does not have after the field theirs has before it (when
    /// ours has that one), else at the end of the top level or first in `[contacts]`
    /// (which is made when ours has none).
    fn insert_field(&mut self, place: Place, key: &str, theirs: &[&Entry], text: String) {
        let ours = fields(self.ours, place);
        let before = theirs
            .iter()
            .take_while(|e| e.key != key)
            .filter_map(|e| find(&ours, &e.key))
            .last();
        if let Some(e) = before {
            return self.insert_lines(e.span.end, text);
        }
        match (place, &self.ours.contacts) {
            (Place::Top, _) => self.insert_lines(self.ours.head_end, text),
            (Place::Contacts, Some(c)) => self.insert_lines(c.header_end, text),
            (Place::Contacts, None) => {
                // A new section, before the first event (or at the end): the header once,
                // then each field in the order they come.
                let eol = self.eol();
                let at = self.ours.events.first().map(|b| b.span.start);
                let header = format!("[contacts]{eol}");
                match self
                    .edits
                    .iter_mut()
                    .find(|e| e.range.is_empty() && e.text.contains(&header))
                {
                    Some(e) => {
                        // Before the blank line that ends the new section.
                        let end = if at.is_some() {
                            e.text.len() - eol.len()
                        } else {
                            e.text.len()
                        };
                        e.text.insert_str(end, &text);
                    }
                    None => match at {
                        Some(at) => self.edit(at..at, format!("{header}{text}{eol}")),
                        None => {
                            let end = self.ours.src.len();
                            let lead = if self.ours.src.ends_with('\n') { "" } else { eol };
                            self.edit(end..end, format!("{lead}{eol}{header}{text}"));
                        }
                    },
                }
            }
        }
    }

    fn events(&mut self) {
        let (b, o, t) = (&self.base.events, &self.ours.events, &self.theirs.events);
        let om = align(b, o);
        let tm = align(b, t);
        // A base event both kept, whose comments only theirs changed: theirs' text.
        for (i, (ok, tk)) in om.iter().zip(&tm).enumerate() {
            if let (Some(ok), Some(tk)) = (*ok, *tk) {
                let (bt, ot, tt) = (
                    self.base.text(&b[i].span),
                    self.ours.text(&o[ok].span),
                    self.theirs.text(&t[tk].span),
                );
                if ot == bt && tt != bt {
                    let text = self.own_text(tt);
                    self.edit(o[ok].span.clone(), text);
                }
            }
        }
        // Base events both sides kept are the anchors; between two anchors, a run of base
        // events that a side removed or changed is a region to decide as a whole.
        let mut regions: Vec<(Range<usize>, Range<usize>, Range<usize>)> = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if om[i].is_some() && tm[i].is_some() {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && !(om[i].is_some() && tm[i].is_some()) {
                i += 1;
            }
            let base_run = start..i;
            regions.push((
                region(b, o, &om, base_run.clone()),
                region(b, t, &tm, base_run.clone()),
                base_run,
            ));
        }
        // Which blocks of each side are base events, and which are in a region (linear
        // in the events: a file may hold many).
        let mark = |len: usize, ranges: &mut dyn Iterator<Item = usize>| {
            let mut v = vec![false; len];
            for k in ranges {
                v[k] = true;
            }
            v
        };
        let (o_base, t_base) = (
            mark(o.len(), &mut om.iter().flatten().copied()),
            mark(t.len(), &mut tm.iter().flatten().copied()),
        );
        let (o_region, t_region) = (
            mark(o.len(), &mut regions.iter().flat_map(|(or, _, _)| or.clone())),
            mark(t.len(), &mut regions.iter().flat_map(|(_, tr, _)| tr.clone())),
        );

        // Ours, in its order: its blocks, with regions where the sides differ. With
        // `Removals::Take`, a region one side kept as the base had it is the other
        // side's: ours' blocks stay, or theirs' text takes their place.
        enum Unit {
            Block(usize),
            Region(Range<usize>, Range<usize>),
            Theirs(Range<usize>, Range<usize>),
            /// One of ours' blocks that theirs removed and ours kept as the base had it.
            Drop(usize),
        }
        let settled = |or: &Range<usize>, tr: &Range<usize>, br: &Range<usize>| -> Option<bool> {
            if self.removals == Removals::Conflict {
                None
            } else if same_events(&o[or.clone()], &b[br.clone()]) {
                Some(false)
            } else if same_events(&t[tr.clone()], &b[br.clone()]) {
                Some(true)
            } else {
                None
            }
        };
        let mut units: Vec<(Date, Unit)> = Vec::new();
        let mut k = 0;
        while k < o.len() {
            match regions.iter().find(|(or, _, _)| or.start == k && !or.is_empty()) {
                Some((or, tr, br)) if !same_events(&o[or.clone()], &t[tr.clone()]) => {
                    let date = o[or.end - 1].date;
                    // Ours kept the base events of the run (and added others among them by
                    // date) where theirs removed them: those go, ours' additions stay.
                    let kept: Option<Vec<usize>> = br.clone().map(|i| om[i]).collect();
                    match (settled(or, tr, br), kept) {
                        (Some(true), _) => {
                            units.extend(or.clone().map(|j| (o[j].date, Unit::Block(j))));
                        }
                        (Some(false), _) => units.push((date, Unit::Theirs(or.clone(), tr.clone()))),
                        (None, Some(kept)) if self.removals == Removals::Take && tr.is_empty() => {
                            units.extend(or.clone().map(|j| {
                                let unit = if kept.contains(&j) {
                                    Unit::Drop(j)
                                } else {
                                    Unit::Block(j)
                                };
                                (o[j].date, unit)
                            }));
                        }
                        (None, _) => units.push((date, Unit::Region(or.clone(), tr.clone()))),
                    }
                    k = or.end;
                }
                _ => {
                    units.push((o[k].date, Unit::Block(k)));
                    k += 1;
                }
            }
        }
        // Regions where ours has no event left at all.
        for (or, tr, br) in &regions {
            if or.is_empty() && !same_events(&[], &t[tr.clone()]) && settled(or, tr, br) != Some(true) {
                let date = t[tr.end - 1].date;
                let at = units
                    .iter()
                    .position(|(_, u)| matches!(u, Unit::Block(k) | Unit::Drop(k) | Unit::Region(Range { start: k, .. }, _) | Unit::Theirs(Range { start: k, .. }, _) if *k >= or.start))
                    .unwrap_or(units.len());
                let unit = if settled(or, tr, br) == Some(false) {
                    Unit::Theirs(or.clone(), tr.clone())
                } else {
                    Unit::Region(or.clone(), tr.clone())
                };
                units.insert(at, (date, unit));
            }
        }

        // Theirs' additions, less those ours added identically.
        let mut ours_added: Vec<usize> = (0..o.len()).filter(|&k| !o_base[k] && !o_region[k]).collect();
        let mut added: Vec<usize> = Vec::new();
        for k in (0..t.len()).filter(|&k| !t_base[k] && !t_region[k]) {
            match ours_added.iter().position(|&j| o[j].table == t[k].table) {
                Some(p) => {
                    ours_added.remove(p);
                }
                None => added.push(k),
            }
        }

        // Each goes after the last event dated on or before it, among ours' and those of
        // theirs placed before it; it is written after the ours part it follows.
        let mut placed: Vec<(Date, Option<usize>)> = units
            .iter()
            .enumerate()
            .map(|(i, (d, _))| (*d, Some(i)))
            .collect();
        let mut inserts: Vec<(Option<usize>, usize)> = Vec::new();
        for k in added {
            let d = t[k].date;
            let at = layout::place_after(placed.iter().map(|p| p.0), d);
            // The ours unit it is written after: the nearest one at or before `at`.
            let anchor = at.and_then(|a| placed[..=a].iter().rev().find_map(|p| p.1));
            placed.insert(at.map_or(0, |a| a + 1), (d, None));
            inserts.push((anchor, k));
        }

        let eol = self.eol();
        let span_of = |u: &Unit| -> Option<Range<usize>> {
            match u {
                Unit::Block(k) | Unit::Drop(k) => Some(o[*k].span.clone()),
                Unit::Region(or, _) | Unit::Theirs(or, _) if !or.is_empty() => {
                    Some(o[or.start].span.start..o[or.end - 1].span.end)
                }
                Unit::Region(..) | Unit::Theirs(..) => None,
            }
        };
        // Where a unit without text of its own (a region ours emptied) is written.
        let point_of = |i: usize| -> (usize, bool) {
            if let Some(sp) = units[..i].iter().rev().find_map(|(_, u)| span_of(u)) {
                (sp.end, true)
            } else if let Some(sp) = units[i..].iter().find_map(|(_, u)| span_of(u)) {
                (sp.start, false)
            } else {
                (self.ours.src.len(), true)
            }
        };
        for (i, (_, u)) in units.iter().enumerate() {
            let tr = match u {
                Unit::Block(_) => continue,
                Unit::Drop(k) => {
                    self.remove(o[*k].span.clone());
                    continue;
                }
                Unit::Theirs(_, tr) => {
                    let theirs_text = self.theirs_run(tr);
                    match (span_of(u), theirs_text.is_empty()) {
                        (Some(sp), true) => self.remove(sp),
                        (Some(sp), false) => self.edit(sp, theirs_text),
                        (None, _) => {
                            let (at, after) = point_of(i);
                            if after {
                                self.insert_lines(at, format!("{eol}{theirs_text}"));
                            } else {
                                self.edit(at..at, format!("{theirs_text}{eol}"));
                            }
                        }
                    }
                    continue;
                }
                Unit::Region(_, tr) => tr,
            };
            self.conflicts += 1;
            let ours_text = span_of(u).map_or(String::new(), |sp| self.own_text(self.ours.text(&sp)));
            let theirs_text = self.theirs_run(tr);
            let text = self.conflict_text(&ours_text, &theirs_text);
            match span_of(u) {
                Some(sp) => self.edit(sp, text),
                None => {
                    let (at, after) = point_of(i);
                    if after {
                        self.insert_lines(at, format!("{eol}{text}"));
                    } else {
                        self.edit(at..at, format!("{text}{eol}"));
                    }
                }
            }
        }
        for (anchor, k) in inserts {
            let block = self.theirs_text(&t[k].span);
            match anchor {
                Some(u) => match span_of(&units[u].1).map_or_else(|| point_of(u), |sp| (sp.end, true)) {
                    (at, true) => self.insert_lines(at, format!("{eol}{block}")),
                    (at, false) => self.edit(at..at, format!("{block}{eol}")),
                },
                None => match units.iter().find_map(|(_, u)| span_of(u)) {
                    Some(sp) => self.edit(sp.start..sp.start, format!("{block}{eol}")),
                    None => {
                        let end = self.ours.src.len();
                        self.insert_lines(end, format!("{eol}{block}"));
                    }
                },
            }
        }
    }
}

/// For each base event, the index of the same event (by value) on a side, in order;
/// `None` when that side removed or changed it.
fn align(base: &[Block], side: &[Block]) -> Vec<Option<usize>> {
    let mut next = 0;
    base.iter()
        .map(|b| {
            let found = side[next..]
                .iter()
                .position(|s| s.table == b.table)
                .map(|p| next + p);
            if let Some(k) = found {
                next = k + 1;
            }
            found
        })
        .collect()
}

/// A side's part of a region of base events that a side removed or changed: between the
/// anchors around it, the side's blocks that are those base events (where it kept
/// them) or stand in their dates (what it changed them into); the blocks before and
/// after that are additions. Empty (at the place by date) when the side has none.
fn region(base: &[Block], side: &[Block], m: &[Option<usize>], run: Range<usize>) -> Range<usize> {
    let from = run.start.checked_sub(1).and_then(|a| m[a]).map_or(0, |k| k + 1);
    let to = m.get(run.end).copied().flatten().unwrap_or(side.len());
    let first = base[run.clone()]
        .iter()
        .map(|e| e.date)
        .min()
        .unwrap_or(Date::MIN);
    let last = base[run.clone()]
        .iter()
        .map(|e| e.date)
        .max()
        .unwrap_or(Date::MAX);
    let kept: Vec<usize> = m[run].iter().flatten().copied().collect();
    let belongs = |k: usize| kept.contains(&k) || (first..=last).contains(&side[k].date);
    match (from..to).find(|&k| belongs(k)) {
        Some(s) => {
            let e = (from..to).rev().find(|&k| belongs(k)).map_or(s, |e| e + 1);
            s..e
        }
        None => {
            let at = (from..to).find(|&k| side[k].date >= first).unwrap_or(to);
            at..at
        }
    }
}

/// Whether two runs of events hold the same events in the same order.
fn same_events(a: &[Block], b: &[Block]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.table == y.table)
}

/// Whether a line is one of git's conflict markers: seven `<`, `|`, `=` or `>` at the
/// start of the line, then the end of the line or a space (and a label).
fn is_marker(line: &[u8]) -> bool {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let Some(&c) = line.first() else {
        return false;
    };
    if !matches!(c, b'<' | b'|' | b'=' | b'>') || line.len() < 7 || line[..7].iter().any(|&b| b != c) {
        return false;
    }
    match line.get(7) {
        None => true,
        Some(b' ') => c != b'=',
        _ => false,
    }
}

/// The byte offsets of the lines of `src` that are conflict markers.
pub fn marker_lines(src: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in src.as_bytes().split(|&b| b == b'\n') {
        if is_marker(line) {
            out.push(start);
        }
        start += line.len() + 1;
    }
    out
}

/// A diagnostic for each conflict marker in a file that does not read, instead of the
/// TOML errors the markers cause; `None` when there are none.
pub fn conflict_diagnostics(src: &str, path: &Path) -> Option<Vec<Diagnostic>> {
    let lines = marker_lines(src);
    if lines.is_empty() {
        return None;
    }
    Some(
        lines
            .into_iter()
            .map(|at| {
                Diagnostic::error(path, Pos::at(src, at), m::UNRESOLVED_CONFLICT.text())
                    .hint(m::HINT_KEEP_ONE_SIDE.text().to_string())
                    .problem(crate::diag::Problem::Conflict)
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_seven_characters_at_the_start_of_a_line() {
        let src = "a = 1\n<<<<<<< ours\nb = 1\n||||||| base\n=======\r\nb = 2\n>>>>>>> theirs\n======== kop\n<<<<<<<x\n  =======\n>>>>>>>\n";
        let lines: Vec<usize> = marker_lines(src)
            .into_iter()
            .map(|at| Pos::at(src, at).line)
            .collect();
        assert_eq!(lines, [2, 4, 5, 7, 11]);
    }

    #[test]
    fn each_marker_is_one_error_at_its_line() {
        let src = "a = 1\n<<<<<<< ours\nb = 1\n=======\nb = 2\n>>>>>>> theirs\n";
        let d = conflict_diagnostics(src, Path::new("students/a.toml")).unwrap();
        assert_eq!(
            d[0].to_string(),
            "students/a.toml:2:1: error: unresolved merge conflict\n  hint: keep one side (the lines between <<<<<<< and =======, or between ======= and >>>>>>>) and remove the marker lines"
        );
        assert_eq!(d.iter().map(|d| d.line).collect::<Vec<_>>(), [2, 4, 6]);
        assert_eq!(conflict_diagnostics("a = 1\n", Path::new("a.toml")), None);
    }

    const BASE: &str = "schema = 1
id = \"sem\"
name = \"Sem de Vries\"
birth_date = 2008-05-14
municipality = \"Heiloo\"   # woonplaats
track = \"pro\"
enrolled = 2021-08-23

[contacts]
mentor = \"J. Bakker\"

# startgesprek
[[events]]
date = 2025-09-15
kind = \"start-meeting\"

[[events]]
date = 2026-03-01
kind = \"note\"
note = \"lente\"
";

    fn block(date: &str, note: &str) -> String {
        format!("[[events]]\ndate = {date}\nkind = \"note\"\nnote = \"{note}\"\n")
    }

    fn with(date: &str, note: &str) -> String {
        format!("{BASE}\n{}", block(date, note))
    }

    fn clean(base: &str, ours: &str, theirs: &str) -> String {
        match merge(base, ours, theirs, Path::new("students/sem.toml")) {
            Merged::Text { text, conflicts: 0 } => text,
            other => panic!("not clean: {other:?}"),
        }
    }

    fn conflicted(base: &str, ours: &str, theirs: &str) -> (String, usize) {
        match merge(base, ours, theirs, Path::new("students/sem.toml")) {
            Merged::Text { text, conflicts } if conflicts > 0 => (text, conflicts),
            other => panic!("no conflict: {other:?}"),
        }
    }

    /// SPEC.md: "the merged history is every event of the base plus what each side
    /// added, in date order (… THEIRS' additions are inserted as their own text blocks
    /// by date …)".
    #[test]
    fn additions_on_different_dates_are_merged_in_date_order() {
        let ours = with("2026-05-01", "van ons");
        let theirs = format!("{BASE}\n# gebeld\n{}", block("2026-04-01", "van hen"));
        let want = format!(
            "{BASE}\n# gebeld\n{}\n{}",
            block("2026-04-01", "van hen"),
            block("2026-05-01", "van ons")
        );
        assert_eq!(clean(BASE, &ours, &theirs), want);
        // The other way round: theirs' later event goes at the end, the same text.
        assert_eq!(clean(BASE, &theirs, &ours), want);
    }

    /// "on the same date OURS' come first"
    #[test]
    fn on_one_date_ours_come_first() {
        let ours = with("2026-05-01", "van ons");
        let theirs = with("2026-05-01", "van hen");
        let want = format!("{ours}\n{}", block("2026-05-01", "van hen"));
        assert_eq!(clean(BASE, &ours, &theirs), want);
    }

    /// "An event that both sides added identically is kept once."
    #[test]
    fn an_event_added_identically_on_both_sides_is_kept_once() {
        let both = with("2026-05-01", "zelfde");
        assert_eq!(clean(BASE, &both, &both), both);
        let theirs = format!("{both}\n{}", block("2026-05-02", "meer"));
        assert_eq!(clean(BASE, &both, &theirs), theirs);
    }

    #[test]
    fn an_addition_before_every_event_goes_before_the_first_with_its_comment_kept() {
        // Theirs' early event goes before the comment above the first event.
        let early = |text: &str| {
            text.replace(
                "# startgesprek\n",
                &format!("{}\n# startgesprek\n", block("2025-01-10", "vroeg")),
            )
        };
        let theirs = early(BASE);
        let ours = with("2026-05-01", "van ons");
        let want = early(&ours);
        assert_eq!(clean(BASE, &ours, &theirs), want);
    }

    /// "Top-level fields and `[contacts]`: a value changed on one side only is taken; the
    /// same change on both sides is taken once".
    #[test]
    fn fields_changed_on_one_side_are_taken_with_their_line() {
        let ours = BASE.replace(
            "municipality = \"Heiloo\"   # woonplaats",
            "municipality = \"Bergen\"   # verhuisd",
        );
        // Theirs changes the name, adds a planned exit and a contact.
        let their_changes = |text: &str| {
            text.replace(
                "name = \"Sem de Vries\"",
                "name = \"Sem de Vries-Bakker\"  # getrouwd",
            )
            .replace(
                "enrolled = 2021-08-23\n",
                "enrolled = 2021-08-23\nplanned_exit = 2026-07-10\n",
            )
            .replace(
                "mentor = \"J. Bakker\"\n",
                "mentor = \"J. Bakker\"\ndoorstroomcoach = \"M. Peters\"\n",
            )
        };
        let theirs = their_changes(BASE);
        let want = their_changes(&ours);
        assert_eq!(clean(BASE, &ours, &theirs), want);
        // The same change on both sides, and a contact removed on one side.
        let theirs = ours.replace("mentor = \"J. Bakker\"\n", "");
        assert_eq!(clean(BASE, &ours, &theirs), theirs);
        // A comment changed on theirs alone is taken, on a field and on an event.
        let theirs = BASE
            .replace("# woonplaats", "# woonplaats sinds 2020")
            .replace("# startgesprek\n", "# startgesprek, met ouders\n");
        let ours = with("2026-05-01", "van ons");
        assert_eq!(
            clean(BASE, &ours, &theirs),
            ours.replace("# woonplaats", "# woonplaats sinds 2020")
                .replace("# startgesprek\n", "# startgesprek, met ouders\n")
        );
    }

    #[test]
    fn contacts_added_where_ours_has_no_section_make_one() {
        let base = BASE.replace("[contacts]\nmentor = \"J. Bakker\"\n\n", "");
        let theirs = BASE.replace(
            "mentor = \"J. Bakker\"\n",
            "mentor = \"J. Bakker\"\ndoorstroomcoach = \"M. Peters\"\n",
        );
        let theirs = theirs.replace("[contacts]\n", "# begeleiders\n[contacts]\n");
        assert_eq!(
            clean(&base, &base, &theirs),
            BASE.replace(
                "mentor = \"J. Bakker\"\n",
                "mentor = \"J. Bakker\"\ndoorstroomcoach = \"M. Peters\"\n"
            )
        );
        // And without events: at the end.
        let bare = "schema = 1\nid = \"sem\"\nname = \"Sem\"\nbirth_date = 2008-05-14\ntrack = \"pro\"\nenrolled = 2021-08-23\n";
        let theirs = format!("{bare}\n[contacts]\nmentor = \"J. Bakker\"\n");
        assert_eq!(clean(bare, bare, &theirs), theirs);
    }

    /// "different changes of one value are a conflict"; "A conflict leaves the file with
    /// git's standard markers around the smallest span (a field's line …)".
    #[test]
    fn one_field_changed_differently_is_a_conflict_around_its_line() {
        let ours = BASE.replace(
            "municipality = \"Heiloo\"   # woonplaats",
            "municipality = \"Bergen\"",
        );
        let theirs = with("2026-05-01", "van hen").replace(
            "municipality = \"Heiloo\"   # woonplaats",
            "municipality = \"Alkmaar\"",
        );
        let (text, n) = conflicted(BASE, &ours, &theirs);
        assert_eq!(n, 1);
        let want = format!(
            "{}\n{}",
            BASE.replace(
                "municipality = \"Heiloo\"   # woonplaats\n",
                "<<<<<<< ours\nmunicipality = \"Bergen\"\n=======\nmunicipality = \"Alkmaar\"\n>>>>>>> theirs\n"
            ),
            block("2026-05-01", "van hen")
        );
        assert_eq!(text, want);
        // Changed on one side, removed on the other: a conflict too.
        let theirs = BASE.replace("municipality = \"Heiloo\"   # woonplaats\n", "");
        let (text, _) = conflicted(BASE, &ours, &theirs);
        assert!(
            text.contains("<<<<<<< ours\nmunicipality = \"Bergen\"\n=======\n>>>>>>> theirs\n"),
            "{text}"
        );
    }

    /// "Events are never dropped: a side that removed or changed a base event is a
    /// conflict."
    #[test]
    fn a_removed_or_changed_event_is_a_conflict_around_its_block() {
        let lente = "[[events]]\ndate = 2026-03-01\nkind = \"note\"\nnote = \"lente\"\n";
        let changed = BASE.replace("note = \"lente\"", "note = \"voorjaar\"");
        let ours = with("2026-05-01", "van ons");
        let (text, n) = conflicted(BASE, &ours, &changed);
        assert_eq!(n, 1);
        let want = ours.replace(
            lente,
            "<<<<<<< ours\n[[events]]\ndate = 2026-03-01\nkind = \"note\"\nnote = \"lente\"\n=======\n[[events]]\ndate = 2026-03-01\nkind = \"note\"\nnote = \"voorjaar\"\n>>>>>>> theirs\n",
        );
        assert_eq!(text, want);
        // Removed by ours: ours' side of the markers is empty, and nothing is lost.
        let removed = BASE.replace(&format!("\n{lente}"), "");
        let (text, _) = conflicted(BASE, &removed, BASE);
        assert_eq!(
            text,
            format!("{removed}\n<<<<<<< ours\n=======\n{lente}>>>>>>> theirs\n")
        );
        // The same change on both sides is no conflict.
        assert_eq!(clean(BASE, &changed, &changed), changed);
    }

    fn undone(base: &str, ours: &str, theirs: &str) -> Merged {
        merge_with(base, ours, theirs, Path::new("students/sem.toml"), Removals::Take)
    }

    /// `undo` reverts a change through the driver: git's base is the change, ours the
    /// history since (a colleague's later event), theirs the file before the change.
    /// The change's event goes and every other byte stays, where between clones the
    /// same removal is a conflict ("Events are never dropped").
    #[test]
    fn undo_mode_takes_a_removal_that_the_other_side_kept_as_it_was() {
        let lente = "\n[[events]]\ndate = 2026-03-01\nkind = \"note\"\nnote = \"lente\"\n";
        let before = BASE.replace(lente, "");
        let later = format!("{BASE}\n{}", block("2026-05-01", "van een collega"));
        let want = format!("{before}\n{}", block("2026-05-01", "van een collega"));
        let undo = undone(BASE, &later, &before);
        assert_eq!(
            undo,
            Merged::Text {
                text: want.clone(),
                conflicts: 0
            }
        );
        conflicted(BASE, &later, &before);
        // The first event of the file, with its comment, and CRLF line ends.
        let first = "\n# startgesprek\n[[events]]\ndate = 2025-09-15\nkind = \"start-meeting\"\n";
        let crlf = |s: &str| s.replace('\n', "\r\n");
        assert_eq!(
            undone(&crlf(BASE), &crlf(&later), &crlf(&BASE.replace(first, ""))),
            Merged::Text {
                text: crlf(&later.replace(first, "")),
                conflicts: 0
            }
        );
        // A changed event is taken the same way; ours' removal of what theirs kept stays.
        let changed = BASE.replace("note = \"lente\"", "note = \"voorjaar\"");
        assert_eq!(
            undone(BASE, &later, &changed),
            Merged::Text {
                text: later.replace("note = \"lente\"", "note = \"voorjaar\""),
                conflicts: 0
            }
        );
        assert_eq!(
            undone(BASE, &before, &later),
            Merged::Text {
                text: want,
                conflicts: 0
            }
        );
    }

    /// Where both sides changed the same events, undo mode still marks a conflict.
    #[test]
    fn undo_mode_still_stops_where_both_sides_changed_an_event() {
        let changed = BASE.replace("note = \"lente\"", "note = \"voorjaar\"");
        let removed = BASE.replace(
            "\n[[events]]\ndate = 2026-03-01\nkind = \"note\"\nnote = \"lente\"\n",
            "",
        );
        match undone(BASE, &changed, &removed) {
            Merged::Text { conflicts: 1, text } => assert!(text.contains("<<<<<<< ours"), "{text}"),
            other => panic!("no conflict: {other:?}"),
        }
    }

    #[test]
    fn a_file_that_is_no_valid_student_is_left_to_git() {
        let broken = BASE.replace("track = \"pro\"", "track = \"mbo\"");
        assert_eq!(
            merge(BASE, &broken, BASE, Path::new("s.toml")),
            Merged::NotStudent("ours is not a valid student file".into())
        );
        let inline = "schema = 1\nid = \"sem\"\nname = \"Sem\"\nbirth_date = 2008-05-14\ntrack = \"pro\"\nenrolled = 2021-08-23\nevents = [{ date = 2025-01-01, kind = \"note\" }]\n";
        assert!(matches!(
            merge(inline, inline, inline, Path::new("s.toml")),
            Merged::NotStudent(_)
        ));
    }

    /// Added on both sides (git gives an empty base): identical files merge, different
    /// values conflict, events are a union.
    #[test]
    fn a_file_added_on_both_sides() {
        assert_eq!(clean("", BASE, BASE), BASE);
        let theirs = with("2026-05-01", "van hen");
        assert_eq!(clean("", BASE, &theirs), theirs);
        let (text, n) = conflicted("", BASE, &BASE.replace("Sem de Vries", "Sem Vries"));
        assert_eq!(n, 1);
        assert!(text.contains(
            "<<<<<<< ours\nname = \"Sem de Vries\"\n=======\nname = \"Sem Vries\"\n>>>>>>> theirs\n"
        ));
    }

    #[test]
    fn crlf_and_a_byte_order_mark_of_ours_stay() {
        let ours = format!("{BOM}{}", with("2026-05-01", "van ons").replace('\n', "\r\n"));
        let theirs = with("2026-04-01", "van hen");
        let want = format!(
            "{BOM}{}",
            format!(
                "{BASE}\n{}\n{}",
                block("2026-04-01", "van hen"),
                block("2026-05-01", "van ons")
            )
            .replace('\n', "\r\n")
        );
        assert_eq!(clean(BASE, &ours, &theirs), want);
    }

    mod property {
        use super::*;
        use crate::student::Kind;
        use crate::writer::{add_event, event_block};
        use proptest::prelude::*;

        /// An event as the test writes it: date, kind and note.
        type Ev = (Date, Kind, Option<&'static str>);

        const KINDS: [Kind; 4] = [
            Kind::Note,
            Kind::AftercareContact,
            Kind::StartMeeting,
            Kind::RegisterDiscussed,
        ];
        const NOTES: [Option<&str>; 4] = [None, Some("gebeld"), Some("mail"), Some("bezoek \"thuis\"")];

        fn ev() -> impl Strategy<Value = Ev> {
            // Few dates, kinds and notes, so that same dates and identical events occur.
            (0i64..40, 0usize..4, 0usize..4).prop_map(|(d, k, n)| {
                (
                    crate::dates::add_days(crate::dates::parse_date("2025-01-01").unwrap(), d),
                    KINDS[k],
                    NOTES[n],
                )
            })
        }

        fn add(text: &str, e: &Ev) -> String {
            let s = student::parse(text, Path::new("p.toml")).unwrap();
            let dates: Vec<Date> = s.events.iter().map(|e| e.date).collect();
            add_event(text, &event_block(e.0, e.1, &[], e.2), e.0, &dates).unwrap()
        }

        fn file(events: &[Ev], comments: &[bool]) -> String {
            let mut t = String::from(
                "schema = 1\nid = \"p\"\nname = \"P\"  # roepnaam\nbirth_date = 2008-05-14\ntrack = \"pro\"\nenrolled = 2021-08-23\n",
            );
            let mut sorted = events.to_vec();
            sorted.sort_by_key(|e| e.0);
            for (i, e) in sorted.iter().enumerate() {
                t.push('\n');
                if comments[i % comments.len()] {
                    t.push_str("# over dit gesprek\n");
                }
                t.push_str(&event_block(e.0, e.1, &[], e.2));
            }
            t
        }

        /// The events of a merged file, as (date, kind, note), in file order.
        fn events_of(text: &str) -> Vec<(Date, String, Option<String>)> {
            let s = student::parse(text, Path::new("p.toml")).unwrap_or_else(|d| panic!("{d:?}\n{text}"));
            s.events
                .iter()
                .map(|e| (e.date, e.kind.kind().to_string(), e.note.clone()))
                .collect()
        }

        fn key(e: &Ev) -> (Date, String, Option<String>) {
            (e.0, e.1.to_string(), e.2.map(String::from))
        }

        fn clean_merge(base: &str, ours: &str, theirs: &str) -> String {
            match merge(base, ours, theirs, Path::new("p.toml")) {
                Merged::Text { text, conflicts: 0 } => text,
                other => panic!("{other:?}\nbase:\n{base}\nours:\n{ours}\ntheirs:\n{theirs}"),
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(400))]

            /// Issue 10, item 2: "for generated base files and random event additions on
            /// both sides, the merge holds every event exactly once, in date order,
            /// parses, and equals the same merge with the sides swapped (up to the order
            /// of same-date events)."
            #[test]
            fn every_event_once_in_date_order_and_symmetric(
                base_events in proptest::collection::vec(ev(), 0..6),
                comments in proptest::collection::vec(any::<bool>(), 1..4),
                ours_added in proptest::collection::vec(ev(), 0..4),
                theirs_own in proptest::collection::vec(ev(), 0..4),
                shared in proptest::collection::vec(any::<bool>(), 4),
                crlf in any::<bool>(),
                bom in any::<bool>(),
            ) {
                let base = file(&base_events, &comments);
                let mut ours = base.clone();
                for e in &ours_added {
                    ours = add(&ours, e);
                }
                // Theirs adds its own events and some of ours' identically.
                let mut theirs_added = theirs_own.clone();
                theirs_added.extend(ours_added.iter().zip(&shared).filter(|(_, s)| **s).map(|(e, _)| *e));
                let mut theirs = base.clone();
                for e in &theirs_added {
                    theirs = add(&theirs, e);
                }
                // Theirs saved on Windows, ours with a byte order mark.
                if crlf {
                    theirs = theirs.replace('\n', "\r\n");
                }
                if bom {
                    ours.insert_str(0, BOM);
                }

                let merged = clean_merge(&base, &ours, &theirs);
                let got = events_of(&merged);
                // Every event exactly once: the base's, and of each addition as many as the
                // side that added it most often.
                let mut want: Vec<_> = base_events.iter().map(key).collect();
                let mut from_theirs: Vec<_> = theirs_added.iter().map(key).collect();
                for e in ours_added.iter().map(key) {
                    if let Some(p) = from_theirs.iter().position(|t| *t == e) {
                        from_theirs.remove(p);
                    }
                    want.push(e);
                }
                want.extend(from_theirs);
                let mut sorted_got = got.clone();
                sorted_got.sort();
                want.sort();
                prop_assert_eq!(&sorted_got, &want, "{}", merged);
                prop_assert!(got.windows(2).all(|w| w[0].0 <= w[1].0), "not in date order:\n{}", merged);
                // Ours' text is kept as it was: every line of it is in the merge, in order.
                let mut rest = merged.as_str();
                for line in ours.lines() {
                    match rest.find(line) {
                        Some(p) => rest = &rest[p + line.len()..],
                        None => prop_assert!(false, "lost `{}`:\n{}", line, merged),
                    }
                }

                let swapped = clean_merge(&base, &theirs, &ours);
                let mut swapped_events = events_of(&swapped);
                prop_assert!(swapped_events.windows(2).all(|w| w[0].0 <= w[1].0));
                swapped_events.sort();
                prop_assert_eq!(sorted_got, swapped_events);
                let fields = |t: &str| {
                    let mut s = student::parse(t, Path::new("p.toml")).unwrap();
                    s.events.clear();
                    s.offsets = Default::default();
                    s
                };
                prop_assert_eq!(fields(&merged), fields(&swapped));
            }

            /// `undo` of one change: git reverts commit C (the file B plus event X) on a
            /// head H that added later events to C, by merging base C, ours H, theirs B.
            /// In undo mode that is clean and leaves H's events less X, in date order,
            /// with H's text otherwise kept.
            #[test]
            fn undo_mode_removes_the_undone_event_and_keeps_the_later_ones(
                base_events in proptest::collection::vec(ev(), 0..6),
                comments in proptest::collection::vec(any::<bool>(), 1..4),
                undone_event in ev(),
                later in proptest::collection::vec(ev(), 0..4),
                crlf in any::<bool>(),
            ) {
                let mut before = file(&base_events, &comments);
                if crlf {
                    before = before.replace('\n', "\r\n");
                }
                let change = add(&before, &undone_event);
                let mut head = change.clone();
                for e in &later {
                    head = add(&head, e);
                }
                let merged = match merge_with(&change, &head, &before, Path::new("p.toml"), Removals::Take) {
                    Merged::Text { text, conflicts: 0 } => text,
                    other => panic!("{other:?}\nchange:\n{change}\nhead:\n{head}"),
                };
                let got = events_of(&merged);
                let mut want: Vec<_> = base_events.iter().chain(&later).map(key).collect();
                want.sort();
                let mut sorted_got = got.clone();
                sorted_got.sort();
                prop_assert_eq!(sorted_got, want, "{}", merged);
                prop_assert!(got.windows(2).all(|w| w[0].0 <= w[1].0), "not in date order:\n{}", merged);
                // Between clones the same merge is a conflict: events are never dropped.
                let between_clones = merge(&change, &head, &before, Path::new("p.toml"));
                let stops = matches!(between_clones, Merged::Text { conflicts: 1.., .. });
                prop_assert!(stops, "{:?}", between_clones);
            }

            /// Fields changed on different sides, or identically on both, are all taken,
            /// whichever side is ours.
            #[test]
            fn fields_changed_apart_are_all_taken(
                changes in proptest::collection::vec((0usize..5, 0usize..3), 0..6),
            ) {
                const FIELDS: [(&str, &str, [&str; 3]); 5] = [
                    ("name", "\"P\"  # roepnaam", ["\"Pim\"", "\"Pien\"  # echte naam", "\"P. Jansen\""]),
                    ("municipality", "\"Heiloo\"", ["\"Bergen\"", "\"Alkmaar\"", "\"Uitgeest\""]),
                    ("school", "\"Focus\"", ["\"De Brug\"", "\"Focus Heiloo\"", "\"Het Plein\""]),
                    ("planned_exit", "2026-07-10", ["2027-07-09", "2026-12-31", "2028-07-07"]),
                    ("mentor", "\"J. Bakker\"", ["\"A. Yilmaz\"", "\"M. Peters\"", "\"K. de Boer\""]),
                ];
                let mut base = String::from("schema = 1\nid = \"p\"\nbirth_date = 2008-05-14\ntrack = \"pro\"\nenrolled = 2021-08-23\n");
                for (k, v, _) in &FIELDS[..4] {
                    base.push_str(&format!("{k} = {v}\n"));
                }
                base.push_str(&format!("\n[contacts]\nmentor = {}\n\n[[events]]\ndate = 2025-01-01\nkind = \"note\"\n", FIELDS[4].1));
                // Each change goes to ours (even index) or theirs (odd); a field changed
                // more than once gets the value of its first change each time, so that
                // both sides agree where both change it.
                let (mut ours, mut theirs) = (base.clone(), base.clone());
                let mut want = base.clone();
                for (i, (f, _)) in changes.iter().enumerate() {
                    let (key, old, values) = FIELDS[*f];
                    let first = changes.iter().find(|c| c.0 == *f).map_or(0, |c| c.1);
                    let from = format!("{key} = {old}\n");
                    let to = format!("{key} = {}\n", values[first]);
                    let side = if i % 2 == 0 { &mut ours } else { &mut theirs };
                    *side = side.replace(&from, &to);
                    want = want.replace(&from, &to);
                }
                let merged = clean_merge(&base, &ours, &theirs);
                prop_assert_eq!(&merged, &want);
                prop_assert_eq!(clean_merge(&base, &theirs, &ours), want);
            }
        }
    }
}
