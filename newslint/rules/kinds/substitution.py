"""`substitution`: a word or phrase with its house replacement ("towards" -> "toward").

`swap` maps each phrase to its replacement; matching is on whole words. With
`ignore-case`, a capitalised phrase gets a capitalised replacement. The message may name
both with {match} and {suggestion}.
"""

from __future__ import annotations

import re

from newslint.analysis.literals import applies_where, hits, literal_ids
from newslint.rules.kinds import (
    SCOPES,
    compile_pattern,
    fill,
    regions,
)
from newslint.rules.rule import Hit

FIELDS = {
    "swap": (dict, {}),
    "ignore-case": (bool, True),
    "scope": (str, "body"),
    "message": (str, None),
}
REQUIRED = ("swap", "message")
OPTIONS = ()


def build(spec: dict):
    swap = spec["swap"]
    if not swap or not all(isinstance(k, str) and isinstance(v, str) for k, v in swap.items()):
        raise ValueError("swap: expected a mapping of phrases to their replacements")
    if spec["scope"] not in SCOPES:
        raise ValueError(f"scope: {spec['scope']!r} is not one of {', '.join(SCOPES)}")
    ignore_case = spec["ignore-case"]
    flags = re.IGNORECASE if ignore_case else 0
    phrases = sorted(swap, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"[ \t]+") for p in phrases)
    source = rf"(?<![\w-])(?:{body})(?![\w-])"
    regex = compile_pattern(source, flags, "swap", spec.get("untrusted", False))
    ids = literal_ids(source, flags)[0]
    lookup = {" ".join(k.lower().split()) if ignore_case else " ".join(k.split()): v for k, v in swap.items()}
    scope, message = spec["scope"], spec["message"]

    def check(doc, options):
        if ids is not None and not hits(doc).any(ids):
            return
        for region in regions(doc, scope):
            for match in regex.finditer(doc.text, region.start, region.end):
                found = " ".join(match.group().split())
                replacement = lookup[found.lower() if ignore_case else found]
                if ignore_case and found[:1].isupper() and replacement[:1].islower():
                    replacement = replacement[:1].upper() + replacement[1:]
                text = fill(message, found).replace("{suggestion}", replacement)
                yield Hit(match.span(), text, replacement, fix=(*match.span(), replacement))

    check.applies = applies_where(ids)
    return check
