"""The closed set of declarative rule kinds a YAML rule can name.

Each kind module exposes FIELDS (key -> (type, default)), REQUIRED, OPTIONS (the fields a
user's config may override per rule) and build(spec) -> check function. The loader in
packs.py validates keys and types; build() validates meaning (patterns compile, etc.).
"""

from __future__ import annotations

import re

from newslint import lazy_re
from newslint.model.document import Document, Span

SCOPES = ("text", "content", "headline", "body")
# Line anchors for every line ending (\n, \r\n and a lone \r); re's ^ and $ know only \n.
LINE_START = r"(?:^|(?<=\r))"
LINE_END = r"(?=\r|\n|\Z)"


def lines_removal(text: str, line_start: int, line_end: int) -> tuple[int, int, str]:
    """The edit that removes whole lines, from line_start (a line's start) to line_end (a
    line's end) with its line ending (\r\n, \n or a lone \r), and nothing else."""
    if text.startswith("\r\n", line_end):
        return line_start, line_end + 2, ""
    if line_end < len(text):
        return line_start, line_end + 1, ""
    return line_start, line_end, ""


def stripped(text: str, start: int, end: int) -> Span:
    """The span of text[start:end] without the spaces around it: what a line rule reports."""
    raw = text[start:end]
    lead = start + len(raw) - len(raw.lstrip())
    return lead, max(lead, start + len(raw.rstrip()))


_BLANK_LINES = lazy_re.compile(r"(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*")


def paragraph_removal(text: str, line_start: int, line_end: int) -> tuple[int, int, str]:
    """The edit that removes whole lines and, where they stand as a paragraph of their
    own, the blank lines after them, so the paragraphs around them keep the one blank line
    between them. Lines that end a paragraph go with their line ending only; at the
    article's end, the blank lines before them go and its last line break stays."""
    kept = line_start  # where the text before the lines ends, without its spaces and blank lines
    while kept > 0 and text[kept - 1].isspace():
        kept -= 1
    # Only the spaces before the lines (and one character more) are read, never the whole
    # text before them: a fix per finding stays linear with many findings.
    if not _ends_blank(text[max(0, kept - 1) : line_start]):
        return lines_removal(text, line_start, line_end)  # the last lines of a paragraph
    after = _BLANK_LINES.match(text, line_end)
    if after is not None and after.end() < len(text):
        return line_start, after.end(), ""
    return (kept, line_end, "") if kept else (line_start, line_end, "")


def _ends_blank(before: str) -> bool:
    """Whether the text before a line ends with a blank line, or is empty: the line opens
    a paragraph."""
    body = before.rstrip(" \t")
    for ending in ("\r\n", "\n", "\r"):
        if body.endswith(ending):
            body = body[: -len(ending)].rstrip(" \t")
            return not body or body.endswith(("\n", "\r"))
    return not body


def regions(doc: Document, scope: str) -> list[Span]:
    """The spans of doc a rule with this scope reads.

    text: everything, Markdown front matter included; content: everything after the front
    matter; headline; body: the paragraphs.
    """
    if scope == "text":
        return [Span(0, len(doc.text))]
    if scope == "content":
        return [Span(doc.content_start, len(doc.text))]
    if scope == "headline":
        return [doc.headline] if doc.headline else []
    return doc.paragraphs


# Seconds a pattern from a user's pack may spend on one scan of one article.
PATTERN_TIMEOUT = 2.0


class TimedPattern:
    """A pattern from a pack newslint did not ship, matched with the `regex` module and a
    timeout: a pattern that backtracks catastrophically stops with TimeoutError, which the
    engine reports as that rule failing on that file, instead of hanging the run."""

    def __init__(self, compiled: re.Pattern):
        import regex

        self.pattern, self.flags, self.groupindex = compiled.pattern, compiled.flags, compiled.groupindex
        self._regex = regex.compile(compiled.pattern, compiled.flags & ~re.UNICODE)

    def finditer(self, text, pos=0, endpos=None):
        return self._regex.finditer(text, pos, len(text) if endpos is None else endpos, timeout=PATTERN_TIMEOUT)

    def search(self, text, pos=0, endpos=None):
        return self._regex.search(text, pos, len(text) if endpos is None else endpos, timeout=PATTERN_TIMEOUT)

    def match(self, text, pos=0, endpos=None):
        return self._regex.match(text, pos, len(text) if endpos is None else endpos, timeout=PATTERN_TIMEOUT)


def compile_pattern(source: str, flags: int, key: str, untrusted: bool = False):
    """A user's pattern is compiled now, so a bad one is an error naming its file and key,
    and is matched under a time limit; a bundled one compiles on first use."""
    if not untrusted:
        return lazy_re.compile(source, flags)
    try:
        compiled = re.compile(source, flags)
    except re.error as exc:
        raise ValueError(f"{key}: invalid regular expression {source!r}: {exc}") from None
    return TimedPattern(compiled)


def candidate_ranges(doc, ids: tuple[int, ...] | None, spans: list[Span]) -> list[tuple[int, int]]:
    """The parts of spans (sorted, apart) on lines that hold one of the literals: where a
    regex that never crosses a line break can match. A range runs to its line's end and
    the line break after it, so a lookahead for the break still sees it."""
    import bisect

    lines = candidate_lines(doc, ids)
    if lines is doc.lines:
        return [(s.start, s.end) for s in spans]
    starts, size, out = [s.start for s in spans], len(doc.text), []
    for line in lines:
        stop = line.end + 1 if line.end < size else line.end
        index = max(0, bisect.bisect_right(starts, line.start) - 1)
        while index < len(spans) and spans[index].start < stop:
            a, b = max(spans[index].start, line.start), min(spans[index].end, stop)
            if a < b:
                out.append((a, b))
            index += 1
    return out


def candidate_lines(doc, ids: tuple[int, ...] | None) -> list[Span]:
    """The lines that hold one of the literals (every line when there are none to go by,
    or when lower-casing moved the offsets)."""
    import bisect

    from newslint.analysis.literals import UNKNOWN, hits

    if ids is None:
        return doc.lines
    positions = hits(doc).positions(ids)
    if positions and positions[0] == UNKNOWN:
        return doc.lines
    starts, lines, out, last = doc.line_starts, doc.lines, [], -1
    for position in positions:
        index = bisect.bisect_right(starts, position) - 1
        if index != last:
            out.append(lines[index])
            last = index
    return out


def fill(message: str, matched: str) -> str:
    """Put the matched text into a message template at {match}."""
    matched = matched.strip()
    if len(matched) > 60:
        matched = matched[:57] + "..."
    return message.replace("{match}", matched)
