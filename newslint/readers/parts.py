"""What plain text and Markdown share: bylines, datelines, paragraph blocks."""

from __future__ import annotations

import re

from newslint import lazy_re
from newslint.model.document import Dateline, Span

BYLINE = lazy_re.compile(r"[ \t]*by[ \t]+\S[^\r\n]{0,100}", re.IGNORECASE)
_BYLINE_MAX_WORDS = 15

DATELINE = lazy_re.compile(
    r"""(?P<place>[A-Z][A-Z.'’\-]+(?:[ ][A-Z][A-Z.'’\-]+){0,3})?   # WASHINGTON, NEW YORK, CNN
        (?:,[ ](?P<region>[A-Z][A-Za-z.'’\-]+(?:[ ][A-Z][A-Za-z.'’\-]+){0,2}))?  # , Ukraine
        (?:,[ ](?P<date>[A-Z][a-z]{2,8}\.?[ ]\d{1,2}))?          # , March 3
        [ ]?(?:\((?P<credit>[A-Za-z][A-Za-z.&'’ ]{0,30})\))?      # (AP)
        [ ]?(?:—|–|--|-)[ ]                                      # the dash
    """,
    re.VERBOSE,
)

# A line ending like this closes a paragraph even without a blank line after it.
_PARAGRAPH_END = ".!?:\"”’)"


def is_byline(line: str) -> bool:
    return BYLINE.fullmatch(line) is not None and len(line.split()) <= _BYLINE_MAX_WORDS


def find_dateline(text: str, paragraph: Span) -> Dateline | None:
    match = DATELINE.match(text, paragraph.start, paragraph.end)
    if match is None or not (match.group("place") or match.group("credit")):
        return None
    place = match.group("place") or ""
    if place and len(place.replace(".", "")) < 2:
        return None
    return Dateline(Span(match.start(), match.end()), place, match.group("credit"))


def first_dateline(text: str, paragraphs: list[Span]) -> Dateline | None:
    """The dateline opening one of the first paragraphs: scraped copy may put label lines
    ("Title: ...") above the lede that carries it."""
    for paragraph in paragraphs[:4]:
        dateline = find_dateline(text, paragraph)
        if dateline is not None:
            return dateline
    return None


def paragraphs_in(text: str, lines: list[Span]) -> list[Span]:
    """Group lines into paragraphs.

    A blank line always ends a paragraph. A single line break ends one too when the line
    before it closes a sentence: real copy often separates paragraphs with one newline,
    while hard-wrapped text breaks mid-sentence.
    """
    paragraphs: list[Span] = []
    start = end = None
    for line in lines:
        a, b = line
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        if a == b:
            if start is not None:
                paragraphs.append(Span(start, end))
                start = None
            continue
        if start is None:
            start = a
        elif text[end - 1] in _PARAGRAPH_END:
            paragraphs.append(Span(start, end))
            start = a
        end = b
    if start is not None:
        paragraphs.append(Span(start, end))
    return paragraphs
