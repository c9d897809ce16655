"""Plain-text articles: headline on the first line, an optional "By ..." line, then
paragraphs (the first may open with a wire dateline)."""

from __future__ import annotations

from newslint.model.document import Document, Span
from newslint.readers.parts import first_dateline, is_byline, paragraphs_in


def _stripped(text: str, line: Span) -> Span:
    a, b = line
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Span(a, b)


def parse_plaintext(text: str, path: str, has_headline: bool = True) -> Document:
    doc = Document(path=path, text=text, format="txt")
    lines = doc.lines
    index = 0
    if has_headline:
        while index < len(lines) and not text[slice(*lines[index])].strip():
            index += 1
        if index < len(lines):
            doc.headline = _stripped(text, lines[index])
            index += 1
        probe = index
        while probe < len(lines) and not text[slice(*lines[probe])].strip():
            probe += 1
        if probe < len(lines) and is_byline(text[slice(*lines[probe])]):
            doc.byline = _stripped(text, lines[probe])
            index = probe + 1
    doc.paragraphs = paragraphs_in(text, lines[index:])
    doc.dateline = first_dateline(text, doc.paragraphs)
    return doc
