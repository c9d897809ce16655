"""`line`: whole short lines that are page furniture, never words inside prose.

`lines` must match a whole line (a bullet or trailing punctuation allowed); `prefixes`
start a line of at most `max-words` words ("Tags: a, b, c"). With `tails`, a `lines`
phrase or a prefixed form also counts at the end of a line after a sentence ends, where
scraped pages glue "Read more: Other story" onto the last paragraph. Lines matching an
`allow` pattern are left alone.
All matching ignores case. Each line is its own hit spanning the whole line (bullets and punctuation included), so a
fix can remove exactly that line.

A rule whose patterns cannot match a line break runs line by line: its line-start forms are
matched at the start of each line that holds one of its literals (analysis/literals.py),
and its tails are searched in those lines only, each line seen as if the text ended there
(a lookahead past the line's end sees nothing). A rule whose patterns can cross lines
scans the whole text as before.

Every part of the regex around a rule's own patterns is linear on any line: the bullet,
the spaces and the trailing punctuation are matched possessively, so a long run of spaces
cannot be split between them in every possible way (that made one 1.6 KB line take 23 s).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from newslint.analysis.literals import applies_where, hits, literal_ids
from newslint.rules.kinds import (
    LINE_END,
    LINE_START,
    candidate_lines,
    compile_pattern,
    fill,
    lines_removal,
)
from newslint.rules.rule import Hit

FIELDS = {
    "lines": (list, []),
    "prefixes": (list, []),
    "max-words": (int, 12),
    "tails": (bool, False),
    "allow": (list, []),
    "message": (str, None),
}
REQUIRED = ("message",)
OPTIONS = ("allow", "max-words")

# Leading spaces and a bullet run are taken whole; the bullet is given back only as a
# whole, for a rule whose line itself starts with bullet characters ("***").
_LEAD = LINE_START + r"[ \t]*+(?:[-•*|·>#]++[ \t]*+)?"
_SPACES, _CLOSERS = " \t", ".:!…»›>|"
_TRAIL = rf"[{_SPACES}]*+[{_CLOSERS}]*+[{_SPACES}]*+" + LINE_END
# Characters at a line's end where a glued-on tail may start: room for the 60 words of the
# longest default max-words.
_TAIL_WINDOW = 600


@lru_cache(maxsize=64)
def _allow_regex(patterns: tuple[str, ...], untrusted: bool) -> re.Pattern | None:
    """One regex for the allow patterns; timed (kinds.TimedPattern) when they come from a
    user's config or pack, as a user's rule patterns are."""
    if not patterns:
        return None
    return compile_pattern("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE, "allow", untrusted)


def build(spec: dict):
    if not spec["lines"] and not spec["prefixes"]:
        raise ValueError("lines or prefixes: give at least one")
    flags = re.IGNORECASE | re.MULTILINE
    heads, tails = [], []
    if spec["lines"]:
        body = "|".join(f"(?:{p})" for p in spec["lines"])
        heads.append(f"{_LEAD}(?P<line>{body}){_TRAIL}")
        if spec["tails"]:
            # The mark that ends the sentence opens the pattern (not a lookbehind), so a search
            # skips straight to the line's marks.
            tails.append(f"[.!?\"”’'][ \\t]*+(?P<tail>{body}){_TRAIL}")
    if spec["prefixes"]:
        # The rest of the line is taken whole; its trailing punctuation is trimmed off the
        # reported words afterwards (_trimmed), not by backtracking.
        body = "|".join(f"(?:{p})" for p in spec["prefixes"])
        heads.append(f"{_LEAD}(?P<prefixed>(?P<prefix_body>{body})[^\\r\\n]*+){LINE_END}")
        if spec["tails"]:
            # After a sentence's end, not after an opening quote ('The note read: "[More: ...').
            tails.append(f"[.!?][\"”’']?[ \\t]*+(?P<tail_prefixed>(?P<tail_prefix_body>{body})[^\\r\\n]*+){LINE_END}")
    untrusted = spec.get("untrusted", False)
    source = "|".join(heads[:1] + tails + heads[1:])  # lines, tails, prefixes: the order they win in
    regex = compile_pattern(source, flags, "lines", untrusted)
    ids, one_line = literal_ids(source, flags)
    # Run line by line (every match is one line), the line-start forms matched at the start
    # of each line that holds a literal, and the tails searched only in those lines.
    head = compile_pattern("|".join(heads), flags, "lines", untrusted)
    tail = compile_pattern("|".join(tails), flags, "lines", untrusted) if tails else None
    own_allow = tuple(spec["allow"])
    _allow_regex(own_allow, untrusted)  # fail at load time on a bad pattern
    message = spec["message"]

    def matches(doc):
        text, content_start = doc.text, doc.content_start
        if not one_line:
            yield from regex.finditer(text, content_start)
            return
        for line in candidate_lines(doc, ids):
            if line.end < content_start:
                continue
            found = head.match(text, max(line.start, content_start))
            if found:
                yield found
            elif tail is not None:  # a glued tail runs to the line's end: only its last words can start one
                yield from tail.finditer(text, max(line.start, content_start, line.end - _TAIL_WINDOW), line.end)

    def check(doc, options):
        if ids is not None and not hits(doc).any(ids):
            return
        patterns = tuple(options.get("allow", ()))
        allow = _allow_regex(patterns, untrusted or patterns != own_allow)
        max_words = options.get("max-words", spec["max-words"])
        text = doc.text
        for match in matches(doc):
            group = match.lastgroup
            start, end = match.span()
            if group in ("tail", "tail_prefixed"):
                start = match.start(group)
            while start < end and text[start] in " \t":
                start += 1
            while end > start and text[end - 1] in " \t":
                end -= 1
            flagged_end = match.end(group)
            if group in ("prefixed", "tail_prefixed"):
                flagged_end = max(match.end(group.replace("prefixed", "prefix_body")),
                                  _trimmed(text, match.start(group), flagged_end))
            flagged = text[match.start(group) : flagged_end]
            if group in ("prefixed", "tail_prefixed") and len(flagged.split()) > max_words:
                continue
            if group == "tail_prefixed" and len(flagged.split()) < 3:
                continue  # a columnist's aside after a sentence ("Read: money."), not a link
            line = _line_of(doc, start)
            if allow is not None and allow.search(text, *line):
                continue
            yield Hit((start, end), fill(message, flagged), fix=_removal(text, line, start, end, group.startswith("tail")))

    check.applies = applies_where(ids)
    return check


def _trimmed(text: str, start: int, end: int) -> int:
    """Where text[start:end] ends without its trailing spaces and punctuation (the part
    _TRAIL matches), scanning back from end once."""
    for chars in (_SPACES, _CLOSERS, _SPACES):
        while end > start and text[end - 1] in chars:
            end -= 1
    return end


def _removal(text: str, line: tuple[int, int], start: int, end: int, tail: bool) -> tuple[int, int, str]:
    """The edit that removes a junk line with its line ending (or a glued-on tail with
    the spaces before it), and nothing else."""
    line_start, line_end = line
    if tail:
        while start > line_start and text[start - 1] in " \t":
            start -= 1
        return start, line_end, ""
    return lines_removal(text, line_start, line_end)


def _line_of(doc, offset: int) -> tuple[int, int]:
    """The line holding offset, looked up in the document's line index: searching the text
    for line breaks from each hit would rescan it to the start or end when there are none
    of one kind (no \\r in a Unix file)."""
    return doc.lines[bisect.bisect_right(doc.line_starts, offset) - 1]
