"""`label`: template labels opening a line ("Title:", "Meta description:").

Generated or rewritten copy leaks its template as label lines. The hit is the label
itself, so the fix can strip it and keep the text after it.
"""

from __future__ import annotations

import re

from newslint.analysis.literals import applies_where, hits, literal_ids
from newslint.rules.kinds import (
    LINE_START,
    candidate_lines,
    compile_pattern,
    fill,
)
from newslint.rules.rule import Hit

FIELDS = {
    "labels": (list, []),
    "message": (str, None),
}
REQUIRED = ("labels", "message")
OPTIONS = ()


def build(spec: dict):
    labels = sorted(spec["labels"], key=len, reverse=True)
    body = "|".join(re.escape(label).replace(r"\ ", r"[ \t]+") for label in labels)
    source = LINE_START + rf"[ \t]*(?P<label>(?:\*\*)?(?:{body})(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*)"
    flags = re.IGNORECASE | re.MULTILINE
    regex = compile_pattern(source, flags, "labels", spec.get("untrusted", False))
    ids, one_line = literal_ids(source, flags)
    message = spec["message"]

    def matches(doc):
        if not one_line:
            yield from regex.finditer(doc.text, doc.content_start)
            return
        # A label opens a line: try the lines that hold a label's words, at their start.
        for line in candidate_lines(doc, ids):
            if line.end >= doc.content_start:
                match = regex.match(doc.text, max(line.start, doc.content_start))
                if match:
                    yield match

    def check(doc, options):
        if ids is not None and not hits(doc).any(ids):
            return
        for match in matches(doc):
            start, end = match.span("label")
            yield Hit((start, end), fill(message, doc.text[start:end]), "", fix=(start, end, ""))

    check.applies = applies_where(ids)
    return check
