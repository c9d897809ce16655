"""Dates in copy: "Tuesday, March 3, 2015", "Tuesday 3 March", and the article's own date."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from newslint import lazy_re
from newslint.model.document import Document

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_MONTH_NUMBER = {m.lower(): i for i, m in enumerate(MONTHS, 1)}
_MONTH_NUMBER.update({m[:3].lower(): i for i, m in enumerate(MONTHS, 1)})
_MONTH_NUMBER["sept"] = 9
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?[ ](?P<year>(?:19|20)\d\d))?"

WEEKDAY_DATE = lazy_re.compile(
    rf"(?P<weekday>{_WEEKDAY}),?[ ](?:(?P<month>{_MONTH})[ ]{_DAY}|(?:the[ ])?{_DAY.replace('day>', 'day2>')}[ ](?:of[ ])?(?P<month2>{_MONTH})){_YEAR}\b"
)
FULL_DATE = lazy_re.compile(
    rf"\b(?:(?P<month>{_MONTH})[ ](?P<day>[0-3]?\d)(?:st|nd|rd|th)?,[ ](?P<year>(?:19|20)\d\d)|"
    rf"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?[ ](?P<month2>{_MONTH})[ ](?P<year2>(?:19|20)\d\d))\b"
)


def month_number(name: str) -> int:
    """1-12 for "March", "Jan.", "Sept."."""
    key = name.lower().rstrip(".")
    return _MONTH_NUMBER.get(key) or _MONTH_NUMBER[key[:3]]


def article_date(doc: Document) -> dt.date | None:
    """The date the article carries: its front matter's date, if any."""
    value = doc.meta.get("date")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def full_dates(doc: Document) -> list[dt.date]:
    """Dates written out with a year anywhere in the article."""
    found = []
    for match in FULL_DATE.finditer(doc.text):
        month = match.group("month") or match.group("month2")
        day = match.group("day") or match.group("day2")
        year = match.group("year") or match.group("year2")
        try:
            found.append(dt.date(int(year), month_number(month), int(day)))
        except ValueError:
            continue
    return found


def reference_date(doc: Document) -> dt.date | None:
    """What a date without a year is read against: the article's date, or else the most
    common year among the dates written out in full."""
    date = article_date(doc)
    if date:
        return date
    dates = full_dates(doc)
    if not dates:
        return None
    year = Counter(d.year for d in dates).most_common(1)[0][0]
    return next(d for d in dates if d.year == year)


def resolve(month: int, day: int, year: int | None, reference: dt.date | None) -> dt.date | None:
    """The calendar date meant, taking a missing year from the reference (the nearest)."""
    try:
        if year:
            return dt.date(year, month, day)
        if reference is None:
            return None
        candidates = []
        for y in (reference.year - 1, reference.year, reference.year + 1):
            try:
                candidates.append(dt.date(y, month, day))
            except ValueError:
                continue
        return min(candidates, key=lambda d: abs((d - reference).days)) if candidates else None
    except ValueError:
        return None  # February 30th and friends
