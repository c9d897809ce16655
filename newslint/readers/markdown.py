"""Markdown articles with YAML front matter (title, byline or author, date, outlet).

markdown-it-py gives each block its source lines, so paragraph spans point into the file
as written; the headline comes from the front matter's title (or the first H1).
"""

from __future__ import annotations

import re

from newslint import lazy_re
from newslint.errors import InputError
from newslint.model.document import Document, Span
from newslint.readers.parts import first_dateline

_FENCE = lazy_re.compile(r"---[ \t]*")
_CLOSE = lazy_re.compile(r"(?:---|\.\.\.)[ \t]*")
_BLOCK_MARKERS = lazy_re.compile(r"[ \t]*(?:(?:>[ \t]?)|(?:[-*+][ \t]+)|(?:\d{1,9}[.)][ \t]+))*")

_parser = None


def _markdown_parser():
    global _parser
    if _parser is None:
        from markdown_it import MarkdownIt

        _parser = MarkdownIt("commonmark")
    return _parser


def _value_span(doc: Document, keys: tuple[str, ...], last_line: int) -> Span | None:
    """Span of a scalar front-matter value such as `title: ...`, without its quotes."""
    pattern = re.compile(r"(?:%s)[ \t]*:[ \t]*" % "|".join(keys))
    for a, b in doc.lines[1:last_line]:
        match = pattern.match(doc.text, a, b)
        if match:
            start, end = match.end(), b
            while end > start and doc.text[end - 1] in " \t":
                end -= 1
            if end - start >= 2 and doc.text[start] in "'\"" and doc.text[end - 1] == doc.text[start]:
                start, end = start + 1, end - 1
            return Span(start, end) if end > start else None
    return None


def _front_matter(doc: Document) -> int:
    """Parse front matter into doc.meta; return the index of the first body line."""
    lines, text = doc.lines, doc.text
    if not lines or not _FENCE.fullmatch(text, *lines[0]):
        return 0
    for index in range(1, len(lines)):
        if _CLOSE.fullmatch(text, *lines[index]):
            break
    else:
        raise InputError("front matter is not closed (no '---' line after line 1)")
    source = text[lines[1][0] : lines[index][0]] if index > 1 else ""
    import yaml

    try:
        meta = yaml.safe_load(source) if source.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise InputError(f"front matter is not valid YAML{where}") from None
    if not isinstance(meta, dict):
        raise InputError("front matter is not a mapping of keys to values")
    doc.meta = meta
    doc.headline = _value_span(doc, ("title",), index)
    doc.byline = _value_span(doc, ("byline", "author"), index)
    return index + 1


def front_matter(text: str) -> dict:
    """A Markdown article's front matter as a mapping ({} when it has none); InputError
    when it is broken. The one front-matter parser: the audit reads outlet and date here."""
    doc = Document(path="", text=text, format="md")
    _front_matter(doc)
    return doc.meta


def parse_markdown(text: str, path: str) -> Document:
    doc = Document(path=path, text=text, format="md")
    first_body_line = _front_matter(doc)
    lines = doc.lines
    if first_body_line >= len(lines):
        doc.content_start = len(text)
        return doc
    doc.content_start = lines[first_body_line].start
    tokens = _markdown_parser().parse(text[doc.content_start :])
    for i, token in enumerate(tokens):
        if token.map is None:
            continue
        first, last = (n + first_body_line for n in token.map)
        if token.type == "heading_open" and token.tag == "h1" and doc.headline is None:
            a, b = lines[first]
            marker = re.match(r"[ \t]*#+[ \t]*", text[a:b])
            doc.headline = Span(a + marker.end(), b)
        elif token.type == "paragraph_open":
            start = lines[first].start
            start += _BLOCK_MARKERS.match(text, start, lines[first].end).end() - start
            end = lines[last - 1].end
            while end > start and text[end - 1] in " \t":
                end -= 1
            if end > start:
                doc.paragraphs.append(Span(start, end))
    doc.dateline = first_dateline(text, doc.paragraphs)
    return doc
