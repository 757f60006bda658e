"""Checks the DOM Chromium made of the HTML report against `report --format json`.

    check_report.py DOM.html REPORT.json LIST.json PNG:WIDTH... PDF

Every figure of the JSON must be in the page, in the element whose `data-figure` names
it (with `data-school-year` for the figures of a school year): a figure missing from
the page, or different, fails. Also: the three charts have their bars, the page has no
script, no student name appears (the page is made without --with-names), the
screenshots are PNG images as wide as the window, and the PDF has a page.
"""

import json
import struct
import sys
from html.parser import HTMLParser


class Page(HTMLParser):
    """Collects every element with `data-figure`, its attributes and its text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.figures = []  # (figure, school_year, attrs, text)
        self.open = []  # stack of [figure entry or None]
        self.tags = {}
        self.rects = {}  # chart id -> number of <rect> with a <title> (data bars)
        self.chart = None
        self.text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag == "svg":
            self.chart = a.get("id")
        if tag == "rect" and self.chart and "fill" in a and a["fill"] != "#eeeeee":
            self.rects[self.chart] = self.rects.get(self.chart, 0) + 1
        if "data-figure" in a:
            entry = [a["data-figure"], a.get("data-school-year"), a, ""]
            self.figures.append(entry)
            self.open.append(entry)
        elif tag not in ("meta", "br", "img", "input", "link", "rect"):
            self.open.append(None)

    def handle_endtag(self, tag):
        if tag == "svg":
            self.chart = None
        if tag in ("meta", "br", "img", "input", "link", "rect"):
            return
        if self.open:
            self.open.pop()

    def handle_data(self, data):
        self.text.append(data)
        for entry in self.open:
            if entry is not None:
                entry[3] += data


def fail(msg):
    print(f"check_report.py: {msg}", file=sys.stderr)
    sys.exit(1)


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{path} is not a PNG image")
    return struct.unpack(">II", head[16:24])


def main():
    dom_path, report_path, list_path, *rest = sys.argv[1:]
    pdf = rest.pop()
    page = Page()
    page.feed(open(dom_path, encoding="utf-8").read())
    report = json.load(open(report_path, encoding="utf-8"))
    students = json.load(open(list_path, encoding="utf-8"))

    def shown(figure, year=None):
        """The texts of the elements showing `figure` (of `year`)."""
        found = [f for f in page.figures if f[0] == figure and f[1] == year]
        if not found:
            fail(f"{figure} ({year or 'today'}) is not in the page")
        return found

    def expect(figure, value, year=None):
        for _, _, _, text in shown(figure, year):
            if text.strip() != str(value):
                fail(f"{figure} ({year or 'today'}): the page shows {text.strip()!r}, the JSON {value!r}")

    checked = 0
    expect("made_for", report["made_for"])
    for y in report["years"]:
        sy = y["school_year"]
        expect("leavers", y["leavers"], sy)
        expect("vsv", y["vsv"], sy)
        checked += 2
        for key in ("by_track", "by_destination", "by_diploma"):
            for name, value in y[key].items():
                expect(f"{key}.{name}", value, sy)
                checked += 1
        for n in ("1y", "2y"):
            for group, cell in y[f"in_place_{n}"].items():
                for _, _, attrs, _ in shown(f"in_place_{n}.{group}", sy):
                    got = (int(attrs["data-known"]), int(attrs["data-in-place"]))
                    if got != (cell["known"], cell["in_place"]):
                        fail(f"in_place_{n}.{group} ({sy}): page {got}, JSON {cell}")
                    checked += 1
    v = report["in_view"]
    expect("in_view.followed", v["followed"])
    expect("in_view.in_view", v["in_view"])
    [listed] = [f for f in page.figures if f[0] == "in_view.out_of_view" and "ids" in f[2].get("class", "")] or [None]
    counts = [f for f in page.figures if f[0] == "in_view.out_of_view" and f is not listed]
    if counts[0][3].strip() != str(len(v["out_of_view"])):
        fail(f"out of view: the page shows {counts[0][3].strip()}, the JSON {len(v['out_of_view'])}")
    for case in v["out_of_view"]:
        if listed is None or case not in listed[3]:
            fail(f"{case} is out of view but not listed in the page")
    for load in report["caseload"]:
        path = f"caseload.{load['owner']}"
        expect(f"{path}.open", load["open"])
        expect(f"{path}.overdue", load["overdue"])
        expect(f"{path}.oldest_overdue", load["oldest_overdue"] or "–")
        checked += 3
    expect("monitoring", report["monitoring"])
    checked += 5

    # The charts: a bar per destination segment, per known share, per owner.
    segments = sum(1 for y in report["years"] for v in y["by_destination"].values() if v) + sum(
        1 for y in report["years"] if y.get("no_destination")
    )
    shares = sum(
        1 for y in report["years"] for n in ("1y", "2y") for c in y[f"in_place_{n}"].values() if c["known"]
    )
    want = {"chart-destinations": segments, "chart-in-place": shares, "chart-overdue": 3}
    for chart, bars in want.items():
        if page.rects.get(chart, 0) != bars:
            fail(f"{chart}: {page.rects.get(chart, 0)} bars, want {bars}")

    if page.tags.get("script"):
        fail("the page has a script")
    text = " ".join(page.text)
    for s in students:
        if s["name"] in text:
            fail(f"the name of {s['id']} is in the page (made without --with-names)")

    for arg in rest:
        path, width = arg.rsplit(":", 1)
        w, h = png_size(path)
        if w != int(width) or h < 400:
            fail(f"{path}: {w}×{h}, want {width} wide")
    with open(pdf, "rb") as f:
        data = f.read()
    if not data.startswith(b"%PDF") or data.count(b"/Type /Page") < 1:
        fail(f"{pdf} is not a PDF with pages")
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    print(
        f"browser: {checked} figures of {len(report['years'])} school years found in the DOM, "
        f"{sum(want.values())} bars in 3 charts, no script, no names; "
        f"screenshots {', '.join(a.rsplit(':', 1)[1] + ' px wide' for a in rest)}; PDF of {pages} pages"
    )


main()
