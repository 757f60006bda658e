//! `report --format html`: one self-contained page — inline CSS, inline SVG bar charts,
//! no script and nothing fetched from elsewhere — readable on a phone (it reflows, wide
//! tables scroll sideways) and on paper (print styles: no backgrounds lost, no figure
//! split over two pages). Every figure is also in a table, so the charts are a reading
//! aid, never the only place of a number; the cells carry `data-figure` attributes
//! named after the JSON contract, for scripts and the browser test.

use super::{Meta, Words, words};
use crate::read::Named;
use crate::report::{AFTER_YEARS, Figures, Group, InPlace, school_year_name};
use crate::rules::Owner;
use crate::student::{Destination, Diploma, Track};
use crate::text::clean;
use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, Write};

/// Text for HTML, with the five special characters escaped.
fn esc(s: &str) -> Cow<'_, str> {
    if !s.contains(['&', '<', '>', '"', '\'']) {
        return s.into();
    }
    let mut o = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o.into()
}

/// Colours that stay apart for the colour-blind (Okabe and Ito), one per destination in
/// the order of `Destination::ALL`, and grey for an exit without one.
const DESTINATION_COLOURS: [&str; 6] = ["#0072B2", "#56B4E9", "#009E73", "#E69F00", "#CC79A7", "#7f7f7f"];
const NO_DESTINATION_COLOUR: &str = "#333333";
const GROUP_COLOURS: [&str; 2] = ["#0072B2", "#E69F00"];
const OVERDUE_COLOUR: &str = "#D55E00";

const CSS: &str = r#"
:root { color-scheme: light; --ink: #1a1a1a; --muted: #595959; --line: #d4d4d4; --band: #f3f5f7; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
header, main, footer { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 2.25rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1rem; margin: 1.25rem 0 .3rem; }
.meta { color: var(--muted); margin: 0; }
.meta code { font-size: .9em; word-break: break-all; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; margin: .25rem 0 1rem; }
th, td { padding: .3rem .65rem; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
th:first-child, td:first-child { text-align: left; }
thead th { border-bottom: 2px solid var(--ink); font-weight: 600; vertical-align: bottom; }
.figures { display: flex; flex-wrap: wrap; gap: .75rem; margin: .5rem 0 1rem; }
.figure { flex: 1 1 10rem; padding: .6rem .9rem; background: var(--band); border-radius: 6px; }
.figure b { display: block; font-size: 1.9rem; line-height: 1.2; }
figure { margin: 1rem 0 1.5rem; }
figcaption { font-weight: 600; margin-bottom: .35rem; }
svg { display: block; width: 100%; max-width: 28rem; height: auto; }
svg text { font-family: inherit; fill: var(--ink); }
.legend { display: flex; flex-wrap: wrap; gap: .2rem 1.1rem; list-style: none; padding: 0; margin: .4rem 0 0; font-size: .9rem; }
.swatch { display: inline-block; width: .85em; height: .85em; margin-right: .35em; vertical-align: -.05em; border-radius: 2px; }
.ids { columns: 13rem; column-gap: 1.5rem; list-style: none; padding: 0; margin: .5rem 0; font-size: .92rem; }
.ids li { break-inside: avoid; }
.ids code { font-size: .95em; }
.note { color: var(--muted); font-size: .9rem; }
footer { color: var(--muted); font-size: .85rem; margin-top: 2.5rem; padding-bottom: 2rem; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  h1 { font-size: 1.35rem; }
  th, td { padding: .25rem .45rem; }
  .figure b { font-size: 1.5rem; }
}
@media print {
  @page { margin: 14mm; }
  body { font-size: 10pt; }
  header, main, footer { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
  section > table, figure, .figures, thead { break-inside: avoid; }
  .scroll { overflow: visible; }
  .figure { background: none; border: 1px solid var(--line); }
  svg { max-width: 12cm; }
}
"#;

pub fn write(out: &mut dyn Write, f: &Figures, meta: &Meta) -> io::Result<()> {
    let mut h = String::with_capacity(64 * 1024);
    page(&mut h, f, meta, &words()).map_err(io::Error::other)?;
    out.write_all(h.as_bytes())
}

fn page(h: &mut String, f: &Figures, meta: &Meta, w: &Words) -> std::fmt::Result {
    let made_for = f.made_for.to_string();
    writeln!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">",
        super::html_lang()
    )?;
    writeln!(
        h,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(
        h,
        "<meta name=\"generator\" content=\"uitstroom {}\">",
        meta.version
    )?;
    writeln!(h, "<title>{} — {} {made_for}</title>", esc(w.title), w.made_for)?;
    writeln!(h, "<style>{CSS}</style>\n</head>\n<body>")?;

    writeln!(h, "<header>\n<h1>{}</h1>", esc(w.title))?;
    write!(
        h,
        "<p class=\"meta\">{} <time datetime=\"{made_for}\" data-figure=\"made_for\">{made_for}</time> · {} <code data-folder>{}</code> · {} {}",
        w.made_for,
        w.folder,
        esc(&meta.folder),
        w.region,
        esc(&meta.region)
    )?;
    if let Some(filters) = meta.filters(w) {
        write!(h, " · {} {}", w.only, esc(&filters))?;
    }
    writeln!(h, "</p>\n</header>\n<main>")?;

    leavers(h, f, w)?;
    in_place(h, f, w)?;
    caseload(h, f, w)?;
    in_view(h, f, meta, w)?;

    writeln!(
        h,
        "</main>\n<footer>{} {}; {}</footer>\n</body>\n</html>",
        w.made_by,
        meta.version,
        esc(w.in_place_note)
    )
}

/// A table cell with a figure, named as in the JSON contract.
fn cell(
    h: &mut String,
    figure: &str,
    school_year: Option<&str>,
    value: impl std::fmt::Display,
) -> std::fmt::Result {
    match school_year {
        Some(sy) => write!(
            h,
            "<td data-figure=\"{figure}\" data-school-year=\"{sy}\">{value}</td>"
        ),
        None => write!(h, "<td data-figure=\"{figure}\">{value}</td>"),
    }
}

fn table_head(h: &mut String, columns: &[&str]) -> std::fmt::Result {
    write!(h, "<div class=\"scroll\"><table>\n<thead><tr>")?;
    for c in columns {
        write!(h, "<th scope=\"col\">{}</th>", esc(c))?;
    }
    writeln!(h, "</tr></thead>\n<tbody>")
}

fn table_end(h: &mut String) -> std::fmt::Result {
    writeln!(h, "</tbody></table></div>")
}

fn leavers(h: &mut String, f: &Figures, w: &Words) -> std::fmt::Result {
    writeln!(h, "<section id=\"leavers\">\n<h2>{}</h2>", esc(w.leavers_heading))?;
    if f.years.is_empty() {
        return writeln!(h, "<p>{}</p>\n</section>", esc(w.no_leavers));
    }
    let mut columns = vec![w.school_year, w.leavers];
    columns.extend(Track::ALL.iter().map(|t| super::track(*t)));
    columns.push(w.vsv);
    table_head(h, &columns)?;
    for (sy, y) in &f.years {
        let name = school_year_name(*sy);
        let sy = Some(name.as_str());
        write!(h, "<tr><th scope=\"row\">{name}</th>")?;
        cell(h, "leavers", sy, y.leavers)?;
        for (t, v) in Track::ALL.iter().zip(&y.by_track) {
            cell(h, &format!("by_track.{t}"), sy, v)?;
        }
        cell(h, "vsv", sy, y.vsv)?;
        writeln!(h, "</tr>")?;
    }
    table_end(h)?;

    writeln!(h, "<h3>{}</h3>", esc(w.destinations_heading))?;
    destinations_chart(h, f, w)?;
    let any_missing = f.years.values().any(|y| y.no_destination > 0);
    let mut columns = vec![w.school_year];
    columns.extend(Destination::ALL.iter().map(|d| super::destination(*d)));
    if any_missing {
        columns.push(w.no_destination);
    }
    table_head(h, &columns)?;
    for (sy, y) in &f.years {
        let name = school_year_name(*sy);
        let sy = Some(name.as_str());
        write!(h, "<tr><th scope=\"row\">{name}</th>")?;
        for (d, v) in Destination::ALL.iter().zip(&y.by_destination) {
            cell(h, &format!("by_destination.{d}"), sy, v)?;
        }
        if any_missing {
            cell(h, "no_destination", sy, y.no_destination)?;
        }
        writeln!(h, "</tr>")?;
    }
    table_end(h)?;

    writeln!(h, "<h3>{}</h3>", esc(w.diplomas_heading))?;
    let mut columns = vec![w.school_year];
    columns.extend(Diploma::ALL.iter().map(|d| super::diploma(*d)));
    table_head(h, &columns)?;
    for (sy, y) in &f.years {
        let name = school_year_name(*sy);
        let sy = Some(name.as_str());
        write!(h, "<tr><th scope=\"row\">{name}</th>")?;
        for (d, v) in Diploma::ALL.iter().zip(&y.by_diploma) {
            cell(h, &format!("by_diploma.{d}"), sy, v)?;
        }
        writeln!(h, "</tr>")?;
    }
    table_end(h)?;
    writeln!(h, "</section>")
}

/// Layout of the horizontal bar charts, in the SVG's own units: it scales to the page,
/// at most 28rem wide (text of about 17 px), and on a phone (about 360 px) its 13-unit
/// text stays about 13 px.
const WIDTH: u32 = 340;
const BAR: u32 = 18;

/// A number of rows or bars as an SVG length factor: school years, groups and owners
/// are a handful.
fn rows(n: usize) -> u32 {
    u32::try_from(n).expect("a chart has a handful of rows")
}

const ROW: u32 = 26;

fn svg_open(h: &mut String, id: &str, title: &str, height: u32) -> std::fmt::Result {
    writeln!(
        h,
        "<svg id=\"{id}\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-labelledby=\"{id}-title\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"13\"><title id=\"{id}-title\">{}</title>",
        esc(title)
    )
}

/// Stacked bars, one per school year: the leavers by destination.
fn destinations_chart(h: &mut String, f: &Figures, w: &Words) -> std::fmt::Result {
    let label = 80;
    let area = WIDTH - label - 30;
    let max = f.years.values().map(|y| y.leavers).max().unwrap_or(0).max(1);
    let height = ROW * rows(f.years.len()) + 6;
    writeln!(h, "<figure>")?;
    svg_open(h, "chart-destinations", w.chart_destinations, height)?;
    for ((sy, y), i) in f.years.iter().zip(0..) {
        let top = 4 + ROW * i;
        let name = school_year_name(*sy);
        writeln!(
            h,
            "<text x=\"0\" y=\"{}\" dominant-baseline=\"middle\">{name}</text>",
            top + BAR / 2
        )?;
        let mut x = f64::from(label);
        let segments = Destination::ALL
            .iter()
            .zip(&y.by_destination)
            .map(|(d, v)| (super::destination(*d), *v))
            .zip(DESTINATION_COLOURS)
            .chain(std::iter::once((
                (w.no_destination, y.no_destination),
                NO_DESTINATION_COLOUR,
            )));
        for ((what, v), colour) in segments {
            if v == 0 {
                continue;
            }
            let width = v as f64 * f64::from(area) / max as f64;
            writeln!(
                h,
                "<rect x=\"{x:.1}\" y=\"{top}\" width=\"{width:.1}\" height=\"{BAR}\" fill=\"{colour}\"><title>{name}: {} {v}</title></rect>",
                esc(what)
            )?;
            x += width;
        }
        writeln!(
            h,
            "<text x=\"{:.1}\" y=\"{}\" dominant-baseline=\"middle\" data-figure=\"leavers\" data-school-year=\"{name}\">{}</text>",
            x + 4.0,
            top + BAR / 2,
            y.leavers
        )?;
    }
    writeln!(h, "</svg>")?;
    write!(h, "<ul class=\"legend\">")?;
    let missing = f.years.values().any(|y| y.no_destination > 0);
    for (d, colour) in Destination::ALL.iter().zip(DESTINATION_COLOURS) {
        write!(
            h,
            "<li><span class=\"swatch\" style=\"background:{colour}\"></span>{}</li>",
            super::destination(*d)
        )?;
    }
    if missing {
        write!(
            h,
            "<li><span class=\"swatch\" style=\"background:{NO_DESTINATION_COLOUR}\"></span>{}</li>",
            esc(w.no_destination)
        )?;
    }
    writeln!(h, "</ul>\n</figure>")
}

fn in_place(h: &mut String, f: &Figures, w: &Words) -> std::fmt::Result {
    if f.years.is_empty() {
        return Ok(());
    }
    writeln!(
        h,
        "<section id=\"in-place\">\n<h2>{}</h2>",
        esc(w.in_place_heading)
    )?;
    in_place_chart(h, f, w)?;
    let columns: Vec<String> = AFTER_YEARS
        .iter()
        .flat_map(|n| Group::ALL.iter().map(move |g| super::in_place_column(*n, *g)))
        .collect();
    let mut head = vec![w.school_year];
    head.extend(columns.iter().map(String::as_str));
    table_head(h, &head)?;
    for (sy, y) in &f.years {
        let name = school_year_name(*sy);
        write!(h, "<tr><th scope=\"row\">{name}</th>")?;
        for (n, years) in AFTER_YEARS.iter().enumerate() {
            for (g, group) in Group::ALL.iter().enumerate() {
                let c = y.in_place[n][g];
                write!(
                    h,
                    "<td data-figure=\"in_place_{years}y.{}\" data-school-year=\"{name}\" data-known=\"{}\" data-in-place=\"{}\">{}</td>",
                    group.name(),
                    c.known,
                    c.in_place,
                    esc(&super::in_place_text(c, y.group_leavers[g], w))
                )?;
            }
        }
        writeln!(h, "</tr>")?;
    }
    table_end(h)?;
    writeln!(h, "<p class=\"note\">{}</p>\n</section>", esc(w.in_place_note))
}

/// Per school year, a bar per group and term: the share still in place, 0 to 100%.
/// School years of which nothing is known yet are left out (the table has them).
fn in_place_chart(h: &mut String, f: &Figures, w: &Words) -> std::fmt::Result {
    let label = 122;
    let area = WIDTH - label - 84;
    let bars = AFTER_YEARS.len() * Group::ALL.len();
    let block = 22 + rows(bars) * (BAR - 2);
    let known: Vec<_> = f
        .years
        .iter()
        .filter(|(_, y)| y.in_place.iter().flatten().any(|c| c.known > 0))
        .collect();
    if known.is_empty() {
        return Ok(());
    }
    let height = block * rows(known.len()) + 4;
    writeln!(h, "<figure>")?;
    svg_open(h, "chart-in-place", w.chart_in_place, height)?;
    for ((sy, y), i) in known.into_iter().zip(0..) {
        let top = block * i;
        let name = school_year_name(*sy);
        writeln!(
            h,
            "<text x=\"0\" y=\"{}\" font-weight=\"600\">{name}</text>",
            top + 15
        )?;
        let mut row = top + 22;
        for (n, years) in AFTER_YEARS.iter().enumerate() {
            for (g, group) in Group::ALL.iter().enumerate() {
                let c: InPlace = y.in_place[n][g];
                let middle = row + (BAR - 4) / 2;
                writeln!(
                    h,
                    "<text x=\"6\" y=\"{middle}\" dominant-baseline=\"middle\" font-size=\"12\">{}</text>",
                    super::in_place_label(*years, *group)
                )?;
                // The track, then the share on it; years after the first a lighter shade.
                writeln!(
                    h,
                    "<rect x=\"{label}\" y=\"{row}\" width=\"{area}\" height=\"{}\" fill=\"#eeeeee\"/>",
                    BAR - 4
                )?;
                if let Some(p) = super::percent(c) {
                    let width = c.in_place as f64 * f64::from(area) / c.known as f64;
                    let opacity = if n == 0 { "1" } else { "0.6" };
                    writeln!(
                        h,
                        "<rect x=\"{label}\" y=\"{row}\" width=\"{width:.1}\" height=\"{}\" fill=\"{}\" fill-opacity=\"{opacity}\"><title>{name}, {}: {}</title></rect>",
                        BAR - 4,
                        GROUP_COLOURS[g],
                        super::in_place_column(*years, *group),
                        esc(&super::in_place_text(c, y.group_leavers[g], w))
                    )?;
                    writeln!(
                        h,
                        "<text x=\"{}\" y=\"{middle}\" dominant-baseline=\"middle\" font-size=\"12\">{p}% ({}/{})</text>",
                        label + area + 6,
                        c.in_place,
                        c.known
                    )?;
                } else {
                    // Nothing known yet, or no one to know about: said inside the empty track.
                    writeln!(
                        h,
                        "<text x=\"{}\" y=\"{middle}\" dominant-baseline=\"middle\" font-size=\"11\" fill-opacity=\"0.65\">{}</text>",
                        label + 6,
                        esc(&super::in_place_text(c, y.group_leavers[g], w))
                    )?;
                }
                row += BAR - 2;
            }
        }
    }
    writeln!(h, "</svg>\n</figure>")
}

fn caseload(h: &mut String, f: &Figures, w: &Words) -> std::fmt::Result {
    writeln!(
        h,
        "<section id=\"caseload\">\n<h2>{}</h2>",
        esc(w.caseload_heading)
    )?;
    overdue_chart(h, f, w)?;
    table_head(h, &[w.owner, w.open, w.overdue, w.oldest_overdue])?;
    for (owner, load) in Owner::ALL.iter().zip(&f.caseload) {
        let path = format!("caseload.{}", owner.name());
        write!(h, "<tr><th scope=\"row\">{}</th>", super::owner(*owner))?;
        cell(h, &format!("{path}.open"), None, load.open)?;
        cell(h, &format!("{path}.overdue"), None, load.overdue)?;
        match load.oldest_overdue {
            Some(d) => cell(h, &format!("{path}.oldest_overdue"), None, d)?,
            None => cell(h, &format!("{path}.oldest_overdue"), None, "–")?,
        }
        writeln!(h, "</tr>")?;
    }
    table_end(h)?;
    writeln!(
        h,
        "<div class=\"figures\"><p class=\"figure\"><b data-figure=\"monitoring\">{}</b>{}</p></div>\n</section>",
        f.monitoring,
        esc(w.monitoring)
    )
}

/// A bar per owner: the overdue actions.
fn overdue_chart(h: &mut String, f: &Figures, w: &Words) -> std::fmt::Result {
    let label = 150;
    let area = WIDTH - label - 36;
    let max = f.caseload.iter().map(|l| l.overdue).max().unwrap_or(0).max(1);
    let height = ROW * rows(Owner::ALL.len()) + 6;
    writeln!(h, "<figure>\n<figcaption>{}</figcaption>", esc(w.chart_overdue))?;
    svg_open(h, "chart-overdue", w.chart_overdue, height)?;
    for ((owner, load), i) in Owner::ALL.iter().zip(&f.caseload).zip(0..) {
        let top = 4 + ROW * i;
        let middle = top + BAR / 2;
        writeln!(
            h,
            "<text x=\"0\" y=\"{middle}\" dominant-baseline=\"middle\">{}</text>",
            super::owner(*owner)
        )?;
        let width = load.overdue as f64 * f64::from(area) / max as f64;
        writeln!(
            h,
            "<rect x=\"{label}\" y=\"{top}\" width=\"{width:.1}\" height=\"{BAR}\" fill=\"{OVERDUE_COLOUR}\"><title>{}: {} {}</title></rect>",
            super::owner(*owner),
            load.overdue,
            w.overdue.to_lowercase()
        )?;
        writeln!(
            h,
            "<text x=\"{:.1}\" y=\"{middle}\" dominant-baseline=\"middle\" data-figure=\"caseload.{}.overdue\">{}</text>",
            f64::from(label) + width + 4.0,
            owner.name(),
            load.overdue
        )?;
    }
    writeln!(h, "</svg>\n</figure>")
}

fn in_view(h: &mut String, f: &Figures, meta: &Meta, w: &Words) -> std::fmt::Result {
    let v = &f.in_view;
    writeln!(h, "<section id=\"in-view\">\n<h2>{}</h2>", esc(w.in_view_heading))?;
    let note = w
        .out_of_view_note
        .replace("{months}", &meta.in_view_months.to_string());
    writeln!(
        h,
        "<div class=\"figures\"><p class=\"figure\"><b data-figure=\"in_view.followed\">{}</b>{}</p><p class=\"figure\"><b data-figure=\"in_view.in_view\">{}</b>{}</p><p class=\"figure\"><b data-figure=\"in_view.out_of_view\">{}</b>{} ({})</p></div>",
        v.followed,
        esc(w.followed),
        v.in_view,
        esc(w.in_view),
        v.out_of_view.len(),
        esc(w.out_of_view),
        esc(&note)
    )?;
    if v.out_of_view.is_empty() {
        return writeln!(h, "<p>{}</p>\n</section>", esc(w.nobody_out_of_view));
    }
    writeln!(h, "<ul class=\"ids\" data-figure=\"in_view.out_of_view\">")?;
    for o in &v.out_of_view {
        if meta.with_names {
            // Escaped for HTML, and rid of characters that reorder a line unseen.
            writeln!(h, "<li><code>{}</code> {}</li>", esc(&o.id), esc(&clean(&o.name)))?;
        } else {
            writeln!(h, "<li><code>{}</code></li>", esc(&o.id))?;
        }
    }
    writeln!(h, "</ul>\n</section>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_html_would_read_as_markup() {
        assert_eq!(esc("Sem de Vries"), "Sem de Vries");
        assert_eq!(
            esc("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
    }
}
