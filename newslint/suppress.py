"""Inline suppression comments in articles.

    <!-- newslint-disable PH002 junk -->  ...  <!-- newslint-enable -->
    <!-- newslint-disable-next-line TK-marker -->

Without codes a comment covers every rule. Selectors are codes, names or categories.
"""

from __future__ import annotations

import re

from newslint.finding import Finding

_COMMENT = re.compile(
    r"<!--\s*newslint-(?P<what>disable-next-line|disable|enable)\b(?P<codes>[^>]*?)\s*-->"
)


def _covers(selectors: frozenset[str], finding: Finding) -> bool:
    return not selectors or bool(selectors & {finding.rule, finding.name, finding.category})


def suppressed_lines(text: str, position) -> list[tuple[int, float, frozenset[str]]]:
    """(first line, last line, selectors) ranges; position maps offsets to (line, col)."""
    ranges: list[tuple[int, float, frozenset[str]]] = []
    open_ranges: dict[frozenset[str], int] = {}
    for match in _COMMENT.finditer(text):
        line = position(match.start())[0]
        codes = frozenset(c for c in re.split(r"[\s,]+", match.group("codes")) if c)
        what = match.group("what")
        if what == "disable-next-line":
            ranges.append((line + 1, line + 1, codes))
        elif what == "disable":
            open_ranges.setdefault(codes, line)
        else:
            for key in [k for k in open_ranges if not codes or k == codes]:
                ranges.append((open_ranges.pop(key), line, key))
    ranges.extend((start, float("inf"), key) for key, start in open_ranges.items())
    return ranges


def apply_suppressions(text: str, position, findings: list[Finding]) -> list[Finding]:
    if "newslint-" not in text:
        return findings
    ranges = suppressed_lines(text, position)
    return [
        f for f in findings
        if not any(a <= f.line <= b and _covers(sel, f) for a, b, sel in ranges)
    ]
