"""`pattern`: report every match of regular expressions or literal phrases in a scope.

A pattern may mark the part to report with a group named `span`, so context can be
matched without being flagged: `\bfor[ ](?P<span>XX)\b` reports only the XX.

A regex runs only on articles that hold one of its literals (analysis/literals.py); one
that cannot match a line break runs only on the lines that hold one, each up to and
including its line break.
"""

from __future__ import annotations

import re

from newslint.analysis.literals import applies_where, hits, literal_ids
from newslint.rules.kinds import (
    SCOPES,
    candidate_ranges,
    compile_pattern,
    fill,
    regions,
)
from newslint.rules.rule import Hit

FIELDS = {
    "patterns": (list, []),
    "phrases": (list, []),
    "ignore-case": (bool, False),
    "scope": (str, "text"),
    "message": (str, None),
    "suggestion": (str, None),
}
REQUIRED = ("message",)
OPTIONS = ()


def build(spec: dict):
    if spec["scope"] not in SCOPES:
        raise ValueError(f"scope: {spec['scope']!r} is not one of {', '.join(SCOPES)}")
    if not spec["patterns"] and not spec["phrases"]:
        raise ValueError("patterns or phrases: give at least one")
    flags = re.IGNORECASE | re.MULTILINE if spec["ignore-case"] else re.MULTILINE
    sources = list(spec["patterns"])
    if spec["phrases"]:
        # Longest first, so a longer phrase wins over its prefix.
        phrases = sorted(spec["phrases"], key=len, reverse=True)
        sources.append(r"\b(?:%s)\b" % "|".join(re.escape(p) for p in phrases))
    # One regex per pattern, each skipped on text that lacks its literals: a pack's
    # patterns rarely all apply, and a small regex scans faster than their union.
    regexes = []
    for source in sources:
        regex = compile_pattern(source, flags, "patterns", spec.get("untrusted", False))
        ids, one_line = literal_ids(source, flags)
        regexes.append((regex, ids, "(?P<span>" in source, one_line))
    scope, message, suggestion = spec["scope"], spec["message"], spec["suggestion"]

    def check(doc, options):
        scan = hits(doc)
        applicable = [r for r in regexes if r[1] is None or scan.any(r[1])]
        if not applicable:
            return
        spans, scoped = [], regions(doc, scope)
        for regex, ids, has_span, one_line in applicable:
            # A regex that never crosses a line break runs only on the lines with its literals.
            ranges = candidate_ranges(doc, ids, scoped) if one_line else [(r.start, r.end) for r in scoped]
            for a, b in ranges:
                for match in regex.finditer(doc.text, a, b):
                    start, end = match.span("span") if has_span and match.start("span") >= 0 else match.span()
                    if end > start:
                        spans.append((start, end))
        last_end = -1
        for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
            if start >= last_end:  # where patterns overlap, the earliest, longest match wins
                last_end = end
                yield Hit((start, end), fill(message, doc.text[start:end]), suggestion)

    check.applies = applies_where(*(r[1] for r in regexes))
    return check
