"""Resolving German time expressions against an article's date.

Domain logic, not a general date parser: news dates events relative to the day of
publication, and which "Dienstag" is meant depends on the tense of the clause (a past-tense
report means the most recent Tuesday, a plan the next one). Pure functions of the expression,
its kind, the anchor date and the tense, so that they are testable without a model. Without
an anchor, relative expressions stay unresolved (value None): resolving against the machine's
clock would silently date 2015 articles to today.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.records import Precision

MONTHS = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "feber": 2,
    "märz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
}
WEEKDAYS = {
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonnabend": 5,
    "sonntag": 6,
}
_LAST = ("vergangen", "letzt", "vorig")
_NEXT = ("nächst", "kommend", "folgend")

Resolved = tuple[str | None, Precision | None]


def _weekday(expr: str) -> int | None:
    low = expr.lower()
    for name, idx in WEEKDAYS.items():
        if re.search(r"\b" + name, low):
            return idx
    return None


def resolve_weekday(weekday: int, anchor: dt.date, tense: str, expr: str = "") -> dt.date:
    """The date of `weekday` relative to `anchor`.

    Past tense: the most recent such day on or before the anchor (same-day reports are the
    norm in news); future and present: the next one on or after it (news tells past days in
    the preterite or perfect; "Die Minister beraten am Montag", written on a Tuesday, means
    the coming Monday). Explicit "vergangenen"/"kommenden" override the tense.
    """
    low = expr.lower()
    back = (anchor.weekday() - weekday) % 7
    fwd = (weekday - anchor.weekday()) % 7
    if any(w in low for w in _LAST):
        return anchor - dt.timedelta(days=back or 7)
    if any(w in low for w in _NEXT):
        return anchor + dt.timedelta(days=fwd or 7)
    if tense == "past":
        return anchor - dt.timedelta(days=back)
    return anchor + dt.timedelta(days=fwd)


def year_for_month(month: int, anchor: dt.date, tense: str, day: int | None = None) -> int:
    """The year of a month named without one: the article's year, unless the tense says the
    month lies in the previous year (past tense, month after the article) or the next (future
    tense, month before the article)."""
    here = (anchor.month, anchor.day)
    there = (month, day or (1 if tense == "future" else 31))
    if tense == "past" and there > here and month != anchor.month:
        return anchor.year - 1
    if tense == "future" and there < here and month != anchor.month:
        return anchor.year + 1
    return anchor.year


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve(expr: str, kind: str, anchor: dt.date | None, tense: str = "present") -> Resolved:
    """ISO value and precision of a time expression of `kind` (DATE, MONTH, YEAR, WEEKDAY,
    DEICTIC) or (None, None) when the text and the anchor do not fix it."""
    low = expr.lower()
    year_m = re.search(r"\b(1[89]\d\d|20\d\d)\b", low)
    year = int(year_m.group(1)) if year_m else None
    if kind == "DATE":
        num = re.search(r"\b(\d{1,2})\.(\d{1,2})\.(\d{2,4})?", low)
        if num:
            day, month = int(num.group(1)), int(num.group(2))
            if num.group(3):
                y = int(num.group(3))
                year = y + 2000 if y < 100 else y
        else:
            m = re.search(r"\b(\d{1,2})\s*\.\s*([a-zäö]+)", low)
            if not m or m.group(2) not in MONTHS:
                return None, None
            day, month = int(m.group(1)), MONTHS[m.group(2)]
        if year is None:
            if anchor is None:
                return None, None
            year = year_for_month(month, anchor, tense, day)
        date = _valid(year, month, day)
        return (date.isoformat(), "day") if date else (None, None)
    if kind == "MONTH":
        month = next((MONTHS[w] for w in re.findall(r"[a-zäö]+", low) if w in MONTHS), None)
        if month is None:
            return None, None
        if year is None:
            if anchor is None:
                return None, None
            year = year_for_month(month, anchor, tense)
        return f"{year:04d}-{month:02d}", "month"
    if kind == "YEAR":
        return (f"{year:04d}", "year") if year else (None, None)
    if anchor is None:
        return None, None
    if kind == "WEEKDAY":
        weekday = _weekday(low)
        if weekday is None:
            return None, None
        return resolve_weekday(weekday, anchor, tense, low).isoformat(), "day"
    return _resolve_deictic(low, anchor)


def _resolve_deictic(low: str, anchor: dt.date) -> Resolved:
    words = low.split()
    first = words[0] if words else ""
    offsets = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}
    if first in offsets:
        return (anchor + dt.timedelta(days=offsets[first])).isoformat(), "day"
    direction = (
        -1 if any(w.startswith(_LAST) for w in words) else 1 if any(w.startswith(_NEXT) for w in words) else 0
    )
    if any(w.startswith("monat") for w in words):
        month_index = anchor.year * 12 + anchor.month - 1 + direction
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", "month"
    if any(w.startswith("jahr") for w in words):
        return f"{anchor.year + direction:04d}", "year"
    # weeks have no ISO precision in the records; a week inside one month resolves to it
    if any(w.startswith("woche") for w in words):
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=direction)
        sunday = monday + dt.timedelta(days=6)
        if monday.month == sunday.month:
            return f"{monday.year:04d}-{monday.month:02d}", "month"
        return None, None
    return None, None
