"""CO007 unanchored-relative-date: "yesterday" in an article that carries no date."""

from __future__ import annotations

import re

from newslint import lazy_re
from newslint.analysis.dates import article_date, full_dates
from newslint.model.document import Document
from newslint.rules.rule import Example, Hit, Rule

RELATIVE = lazy_re.compile(
    r"\b(?:yesterday|today|tomorrow|tonight|last[ ]night|this[ ](?:morning|afternoon|evening|week)|"
    r"last[ ]week|next[ ]week|on[ ](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.IGNORECASE,
)


def check(doc: Document, options):
    # Plain text has nowhere to carry a date, and Markdown that states one is anchored.
    if doc.format != "md" or not doc.meta or "date" in doc.meta or article_date(doc) or full_dates(doc):
        return
    for paragraph in doc.paragraphs:
        for match in RELATIVE.finditer(doc.text, *paragraph):
            if doc.in_quote(match.start()):
                continue  # a speaker's "today" is the day they spoke
            yield Hit(match.span(), f"'{match.group()}' has no date to anchor it: add the article's date to its front matter")
            return


RULE = Rule(
    code="CO007",
    name="unanchored-relative-date",
    category="consistency",
    severity="info",
    summary="A relative date ('yesterday', 'on Tuesday') in an article that carries no date",
    why=(
        "'Yesterday' means nothing once the story is republished, archived or read a week "
        "later, unless the article says when it was written. Markdown articles carry their "
        "date in the front matter; when it is missing, the first relative date is reported. "
        "Plain text has no date field, so it is not checked."
    ),
    check=check,
    examples=(
        Example(
            "---\ntitle: Fair opens\nbyline: Ana Ruiz\n---\n\nThe county fair opens [[tomorrow]] "
            "with new safety rules. Inspections began today.\n",
            bad=True, article=True,
        ),
        Example(
            "---\ntitle: Fair opens\nbyline: Ana Ruiz\ndate: 2024-07-01\n---\n\nThe county fair "
            "opens tomorrow with new safety rules.\n",
            bad=False, article=True,
        ),
        Example("Fair opens\n\nThe county fair opens tomorrow with new safety rules.\n", bad=False, article=True),
    ),
    trigger=RELATIVE,  # every finding is a match of it
    source=__name__,
)
