"""`pattern`: report every match of regular expressions or literal phrases in a scope.

A pattern may mark the part to report with a group named `span`, so context can be
matched without being flagged: `\bfor[ ](?P<span>XX)\b` reports only the XX.
"""

from __future__ import annotations

import re

from newslint.kinds import SCOPES, compile_pattern, fill, regions
from newslint.kinds.prefilter import may_match, required_literals
from newslint.rule import Hit

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
    flags = re.IGNORECASE if spec["ignore-case"] else 0
    for source in spec["patterns"]:
        compile_pattern(source, flags, "patterns")  # name the pattern at fault, not the union
    sources = [
        "(?:%s)" % p.replace("(?P<span>", f"(?P<span{i}>") for i, p in enumerate(spec["patterns"])
    ]
    if spec["phrases"]:
        # Longest first, so a longer phrase wins over its prefix.
        phrases = sorted(spec["phrases"], key=len, reverse=True)
        sources.append(r"\b(?:%s)\b" % "|".join(re.escape(p) for p in phrases))
    regex = compile_pattern("|".join(sources), flags | re.MULTILINE, "patterns")
    scope, message, suggestion = spec["scope"], spec["message"], spec["suggestion"]
    span_groups = [name for name in regex.groupindex if name.startswith("span")]
    literals = required_literals(regex)

    def check(doc, options):
        if not may_match(literals, doc.text, doc.lowered):
            return
        for region in regions(doc, scope):
            for match in regex.finditer(doc.text, region.start, region.end):
                start, end = match.span()
                for name in span_groups:
                    if match.start(name) >= 0:
                        start, end = match.span(name)
                        break
                if end > start:
                    yield Hit((start, end), fill(message, doc.text[start:end]), suggestion)

    return check
