"""`line`: whole short lines that are page furniture, never words inside prose.

`lines` must match a whole line (a bullet or trailing punctuation allowed); `prefixes`
start a line of at most `max-words` words ("Tags: a, b, c"). With `tails`, a `lines`
phrase also counts at the end of a line after a sentence ends, where scraped pages glue
"Read more" onto the last paragraph. Lines matching an `allow` pattern are left alone.
All matching ignores case. Each line is its own hit spanning the whole line (bullets and punctuation included), so a
fix can remove exactly that line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newslint.kinds import LINE_END, LINE_START, compile_pattern, fill
from newslint.kinds.prefilter import may_match, required_literals
from newslint.rule import Hit

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

_LEAD = LINE_START + r"[ \t]*(?:[-•*|·>#]+[ \t]*)?"
_TRAIL = r"[ \t]*[.:!…»›>|]*[ \t]*" + LINE_END


@lru_cache(maxsize=64)
def _allow_regex(patterns: tuple[str, ...]) -> re.Pattern | None:
    if not patterns:
        return None
    return compile_pattern("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE, "allow")


def build(spec: dict):
    if not spec["lines"] and not spec["prefixes"]:
        raise ValueError("lines or prefixes: give at least one")
    flags = re.IGNORECASE | re.MULTILINE
    alternatives = []
    if spec["lines"]:
        body = "|".join(f"(?:{p})" for p in spec["lines"])
        alternatives.append(f"{_LEAD}(?P<line>{body}){_TRAIL}")
        if spec["tails"]:
            alternatives.append(f"(?<=[.!?\"”’])[ \\t]*(?P<tail>{body}){_TRAIL}")
    if spec["prefixes"]:
        body = "|".join(f"(?:{p})" for p in spec["prefixes"])
        alternatives.append(f"{_LEAD}(?P<prefixed>(?:{body})[^\\r\\n]*?){_TRAIL}")
    regex = compile_pattern("|".join(alternatives), flags, "lines", spec.get("untrusted", False))
    _allow_regex(tuple(spec["allow"]))  # fail at load time on a bad pattern
    message = spec["message"]
    literals = required_literals(regex)

    def check(doc, options):
        if not may_match(literals, doc.text, doc.lowered):
            return
        allow = _allow_regex(tuple(options.get("allow", ())))
        max_words = options.get("max-words", spec["max-words"])
        text = doc.text
        for match in regex.finditer(text, doc.content_start):
            group = match.lastgroup
            start, end = match.span()
            if group == "tail":
                start = match.start(group)
            while start < end and text[start] in " \t":
                start += 1
            while end > start and text[end - 1] in " \t":
                end -= 1
            flagged = text[match.start(group) : match.end(group)]
            if group == "prefixed" and len(flagged.split()) > max_words:
                continue
            if allow is not None and allow.search(text, *_line_of(text, start)):
                continue
            yield Hit((start, end), fill(message, flagged), fix=_removal(text, start, end, group == "tail"))

    return check


def _removal(text: str, start: int, end: int, tail: bool) -> tuple[int, int, str]:
    """The edit that removes a junk line with its line ending (or a glued-on tail with
    the spaces before it), and nothing else."""
    line_start, line_end = _line_of(text, start)
    if tail:
        while start > line_start and text[start - 1] in " \t":
            start -= 1
        return start, line_end, ""
    if text.startswith("\r\n", line_end):
        return line_start, line_end + 2, ""
    if line_end < len(text):
        return line_start, line_end + 1, ""
    return line_start, line_end, ""


def _line_of(text: str, offset: int) -> tuple[int, int]:
    start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    ends = [i for i in (text.find("\n", offset), text.find("\r", offset)) if i >= 0]
    return start, min(ends) if ends else len(text)
