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
    from re import _constants as C, _parser as sre_parse
except ImportError:  # pragma: no cover
    sre_parse = None

_MIN_LITERAL = 1


Literal = tuple[str, bool]  # (text, matched ignoring case)


def _shortest(candidate: set[Literal]) -> int:
    return min(len(text) for text, _ in candidate)


def _best(candidates: list[set[Literal]]) -> set[Literal] | None:
    """Of the requirements a sequence makes, the one whose shortest literal is longest."""
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


class Literals(NamedTuple):
    """Strings one of which every match contains: some exact, some lower-cased (for
    patterns that ignore case, to be looked for in lower-cased text)."""

    exact: tuple[str, ...]
    lowered: tuple[str, ...]


def required_literals(regex: re.Pattern) -> Literals | None:
    if sre_parse is None:
        return None
    try:
        found = _required(sre_parse.parse(regex.pattern, regex.flags), bool(regex.flags & re.IGNORECASE))
    except Exception:
        return None
    if not found:
        return None
    return Literals(
        tuple(sorted(text for text, ci in found if not ci)),
        tuple(sorted(text.lower() for text, ci in found if ci)),
    )


def may_match(literals: Literals | None, text: str, lowered: str) -> bool:
    """Whether text (lowered: the same text lower-cased) may hold a match."""
    if literals is None:
        return True
    return any(map(text.__contains__, literals.exact)) or any(map(lowered.__contains__, literals.lowered))
