"""`label`: template labels opening a line ("Title:", "Meta description:").

Generated or rewritten copy leaks its template as label lines. The hit is the label
itself, so the fix can strip it and keep the text after it.
"""

from __future__ import annotations

import re

from newslint.kinds import LINE_START, compile_pattern, fill
from newslint.kinds.prefilter import may_match, required_literals
from newslint.rule import Hit

FIELDS = {
    "labels": (list, []),
    "message": (str, None),
}
REQUIRED = ("labels", "message")
OPTIONS = ()


def build(spec: dict):
    labels = sorted(spec["labels"], key=len, reverse=True)
    body = "|".join(re.escape(label).replace(r"\ ", r"[ \t]+") for label in labels)
    regex = compile_pattern(
        LINE_START + rf"[ \t]*(?P<label>(?:\*\*)?(?:{body})(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*)",
        re.IGNORECASE | re.MULTILINE,
        "labels",
        spec.get("untrusted", False),
    )
    message = spec["message"]
    literals = required_literals(regex)

    def check(doc, options):
        if not may_match(literals, doc.text, doc.lowered):
            return
        for match in regex.finditer(doc.text, doc.content_start):
            start, end = match.span("label")
            yield Hit((start, end), fill(message, doc.text[start:end]), "", fix=(start, end, ""))

    return check
