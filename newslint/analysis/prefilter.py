"""Skip a regular expression on text that cannot match it.

Python's re scans fast for a pattern that opens with a literal, and slowly for one that
opens with \\b, a lookbehind or a case-insensitive alternation, which is how readable
rules are written. From the parsed pattern we work out literal strings one of which every
match must contain; a plain substring test then rules out most articles at memory speed.
When the pattern is too intricate to tell, there is no prefilter and the regex just runs.
"""

from __future__ import annotations

import re
from typing import NamedTuple

try:  # the parser behind re; private, so every failure means "no prefilter"
    from re import _constants as C
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    sre_parse = None

_MIN_LITERAL = 1


class Literals(NamedTuple):
    """Strings one of which every match contains: some exact, some lower-cased (for
    patterns that ignore case, to be looked for in lower-cased text)."""

    exact: tuple[str, ...]
    lowered: tuple[str, ...]


Literal = tuple[str, bool]  # (text, matched ignoring case)


# Characters news prose seldom holds: one of them rules out as many lines as several letters.
_RARE = frozenset("[]{}<>@#|\\^~_*=©®™")
_RARE_WEIGHT = 4


def _shortest(candidate: set[Literal]) -> int:
    """The length of the literal most likely to occur, a rare character counting as four."""
    return min(sum(_RARE_WEIGHT if ch in _RARE else 1 for ch in text) for text, _ in candidate)


def _best(candidates: list[set[Literal]]) -> set[Literal] | None:
    """Of the requirements a sequence makes, the one whose shortest literal is longest
    ("[" over "insert", "add", "tbd", ... in a bracketed placeholder)."""
    usable = [c for c in candidates if c and _shortest(c) >= _MIN_LITERAL]
    return max(usable, key=lambda c: (_shortest(c), -len(c)), default=None)


def _required(items, ci: bool) -> set[Literal] | None:
    """Literals one of which every match of the parsed sequence items contains."""
    candidates: list[set[Literal]] = []
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        repeat = op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None))
        body = list(av[2]) if repeat else []
        if repeat and 1 <= av[0] < 10 and len(body) == 1 and body[0][0] is C.LITERAL:
            # "XX+": the literal run continues with the repeated character's minimum count
            run.extend(chr(body[0][1]) * av[0])
            candidates.append({("".join(run), ci)})
            run = []
            continue
        if run:
            candidates.append({("".join(run), ci)})
            run = []
        inner = None
        if op is C.SUBPATTERN:
            _, add, remove, sub = av
            inner = _required(sub, (ci or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
        elif op is C.BRANCH:
            branches = [_required(branch, ci) for branch in av[1]]
            if all(b is not None for b in branches):
                inner = set().union(*branches)
        elif repeat and av[0] >= 1:
            inner = _required(body, ci)
        if inner is not None:
            candidates.append(inner)
    if run:
        candidates.append({("".join(run), ci)})
    return _best(candidates)


def required_literals(pattern: str, flags: int) -> Literals | None:
    if sre_parse is None:
        return None
    try:
        found = _required(sre_parse.parse(pattern, flags), bool(flags & re.IGNORECASE))
    except Exception:
        return None
    if not found:
        return None
    return Literals(
        tuple(sorted(text for text, ci in found if not ci)),
        tuple(sorted(text.lower() for text, ci in found if ci)),
    )


_LINE_BREAKS = (10, 13)
_NEWLINE_CATEGORIES = {"CATEGORY_SPACE", "CATEGORY_NOT_DIGIT", "CATEGORY_NOT_WORD", "CATEGORY_UNI_SPACE",
                       "CATEGORY_UNI_NOT_DIGIT", "CATEGORY_UNI_NOT_WORD", "CATEGORY_UNI_LINEBREAK",
                       "CATEGORY_LINEBREAK", "CATEGORY_LOC_NOT_WORD"}


def _set_holds_break(items) -> bool:
    negate, holds = False, set()
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            holds.update({av} & set(_LINE_BREAKS))
        elif op is C.RANGE:
            holds.update(b for b in _LINE_BREAKS if av[0] <= b <= av[1])
        elif op is C.CATEGORY:
            if str(av) in _NEWLINE_CATEGORIES:
                holds.update(_LINE_BREAKS)
        else:
            return True  # something unforeseen: assume the worst
    return len(holds) < len(_LINE_BREAKS) if negate else bool(holds)


def _may_consume_break(items) -> bool:
    for op, av in items:
        if op is C.LITERAL:
            if av in _LINE_BREAKS:
                return True
        elif op in (C.NOT_LITERAL, C.ANY):
            return True
        elif op is C.IN:
            if _set_holds_break(av):
                return True
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            if _may_consume_break(av[2]):
                return True
        elif op is C.SUBPATTERN:
            if _may_consume_break(av[3]):
                return True
        elif op is getattr(C, "ATOMIC_GROUP", None):
            if _may_consume_break(av):
                return True
        elif op is C.BRANCH:
            if any(_may_consume_break(branch) for branch in av[1]):
                return True
        elif op is C.GROUPREF_EXISTS:
            if any(branch is not None and _may_consume_break(branch) for branch in av[1:]):
                return True
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT, C.GROUPREF):
            continue  # anchors and lookarounds consume nothing; a backreference repeats a group
        else:
            return True
    return False


def never_spans_lines(pattern: str, flags: int) -> bool:
    """Whether no match of the pattern can contain a line break (\n or \r), so it can be
    run line by line. When the parse is not understood, False."""
    if sre_parse is None:
        return False
    try:
        return not _may_consume_break(sre_parse.parse(pattern, flags))
    except Exception:
        return False


