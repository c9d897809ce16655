"""CO006 weekday-mismatch: a weekday that does not match its date."""

from __future__ import annotations

from newslint.analysis.dates import (
    WEEKDAY_DATE,
    WEEKDAYS,
    month_number,
    reference_date,
    resolve,
)
from newslint.model.document import Document
from newslint.rules.rule import Example, Hit, Rule


def check(doc: Document, options):
    reference = None
    looked_up = False
    for match in WEEKDAY_DATE.finditer(doc.text, doc.content_start):
        year = int(match.group("year")) if match.group("year") else None
        if year is None and not looked_up:
            reference, looked_up = reference_date(doc), True
        month = month_number(match.group("month") or match.group("month2"))
        day = int(match.group("day") or match.group("day2"))
        date = resolve(month, day, year, reference)
        if date is None:
            continue
        actual = WEEKDAYS[date.weekday()]
        if actual != match.group("weekday"):
            shown = date.strftime("%B %-d, %Y")
            yield Hit(match.span(), f"{shown} was a {actual}, not a {match.group('weekday')}", actual)


RULE = Rule(
    code="CO006",
    name="weekday-mismatch",
    category="consistency",
    severity="error",
    summary="A weekday that does not match its date",
    why=(
        "'Tuesday, March 4, 2015' cannot be right: March 4, 2015 was a Wednesday. One of the "
        "two is wrong, and a reader who checks loses trust in the rest. A date without a year "
        "is read in the year of the article's date (front matter), or of the dates the "
        "article writes out in full; with neither, it is left alone."
    ),
    check=check,
    examples=(
        Example("The board voted on [[Tuesday, March 4, 2015]], to raise fares.", bad=True),
        Example("The council met on [[Friday 9 January 2020]] to confirm the closures.", bad=True),
        Example(
            "---\ntitle: Vote delayed\ndate: 2023-09-14\n---\n\nThe vote had been set for "
            "[[Wednesday, September 12]], but was postponed.\n",
            bad=True, article=True,
        ),
        Example("Voters approved the tax on Tuesday, March 3, 2015, the clerk said.", bad=False),
        Example("The strike was called off on Tuesday 11 June 2024, the union said.", bad=False),
        Example("The hearing is on Friday, March 4, the clerk said.", bad=False),
    ),
    trigger=WEEKDAY_DATE,  # every finding is a match of it
    source=__name__,
)
