#!/usr/bin/env python3
"""The benchmark's peer (issue 7): what a coordinator's IT colleague would script.

    python3 bench/peer.py DIR TODAY

Reads every DIR/students/*.toml with tomllib and prints the open actions of four
headline rules of RULES.md (study-advice, summer-enrolment-check, check-in-review,
monitoring-end) as a JSON array sorted by due date. Like such a script it assumes the
default settings and validates nothing; it is plain, not deliberately slow.
"""
import calendar
import datetime as dt
import json
import sys
import tomllib
from pathlib import Path

REGION = {"alkmaar", "dijk en waard", "bergen", "uitgeest", "castricum", "heiloo",
          "heerhugowaard", "langedijk", "graft-de rijp", "schermer"}


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def birthday(birth, n):
    try:
        return birth.replace(year=birth.year + n)
    except ValueError:  # born on 29 February: the age is reached on 1 March
        return dt.date(birth.year + n, 3, 1)


def next_school_year_start(d):
    return dt.date(d.year + 1 if d >= dt.date(d.year, 8, 1) else d.year, 8, 1)


def completed(events, rule, kinds, opens, after=None):
    """The index of the first event that completes the action, or None."""
    for i, e in enumerate(events):
        counts = e["date"] >= opens if after is None else i > after
        if counts and (e["kind"] in kinds or e.get("rule") == rule and e["kind"] in ("done", "waived")):
            return i
    return None


def actions(s, today):
    events = s.get("events", [])
    in_region = s.get("municipality", "").strip().lower() in REGION
    b23, b27 = birthday(s["birth_date"], 23), birthday(s["birth_date"], 27)
    quals = [e["date"] for e in events if e["kind"] == "qualification"]
    cutoff = min([b23] + quals)
    out = []

    def add(rule, owner, opens, due, kind="task"):
        for e in events:  # a deferral moves the due date of the open action
            if e["kind"] == "deferred" and e.get("rule") == rule and e["date"] >= opens:
                due, opens = e["until"], min(opens, e["until"])
        status = "overdue" if due < today else "open" if opens <= today else "upcoming"
        out.append({"case": s["id"], "name": s["name"], "rule": rule, "kind": kind,
                    "owner": owner, "opens": opens.isoformat(), "due": due.isoformat(),
                    "status": status})

    opens = s["enrolled"]
    if s["track"] == "entree" and completed(events, "study-advice", {"study-advice"}, opens) is None:
        add("study-advice", "school", opens, opens + dt.timedelta(weeks=16))
    if not in_region:  # the other three are Route Arbeid agreements
        return out

    last_exit = -1
    for i, e in enumerate(events):
        if e["kind"] == "exit" and e.get("destination") == "education":
            if "programme_start" in e:
                opens, due = e["date"], e["programme_start"]
            else:
                due = next_school_year_start(e["date"])
                opens = max(e["date"], dt.date(due.year, 7, 1))
            after = last_exit if opens == e["date"] else None
            done = completed(events, "summer-enrolment-check",
                             {"enrolment-confirmed", "enrolment-missing"}, opens, after)
            if done is None and today < cutoff and due < cutoff:
                add("summer-enrolment-check", "doorstroompunt", opens, due)
        if e["kind"] == "exit":
            last_exit = i

    # Check-In review: 3 months after a handover with a support question; an extension
    # opens the next review (due at its `until`); check-in-closed ends it.
    review = None  # (opens, due) of the review in progress
    for e in events:
        k = e["kind"]
        if k == "handover" and e.get("to") == "check-in" and e.get("support_question"):
            review = review or (e["date"], add_months(e["date"], 3))
        elif review and e["date"] >= review[0] and (
                k in ("check-in-closed", "check-in-extended")
                or k in ("done", "waived") and e.get("rule") == "check-in-review"):
            review = (e["date"], e.get("until") or add_months(e["date"], 3)) if k == "check-in-extended" else None
    if review and today < b27 and review[1] < b27:
        add("check-in-review", "check-in", *review)

    if cutoff >= today:
        add("monitoring-end", "doorstroompunt", cutoff, cutoff, "milestone")
    return out


def main():
    folder, today = Path(sys.argv[1]), dt.date.fromisoformat(sys.argv[2])
    rows = []
    for path in sorted((folder / "students").glob("*.toml")):
        with open(path, "rb") as f:
            rows.extend(actions(tomllib.load(f), today))
    rows.sort(key=lambda r: (r["due"], r["case"], r["rule"]))
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=0)
    print()


if __name__ == "__main__":
    main()
