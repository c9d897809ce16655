"""Counted things: what a number in the copy counts, so two statements can be compared.

"Carmaker to cut 1,200 jobs" and "will eliminate 1,800 jobs" both count jobs cut; "14
arrested" and "police arrested 19 people" both count arrests; "leaves 23 dead" and
"killing 27 people" both count the dead. A Counted carries the count, a key naming what it
counts, and its span. Keys come from an action attached to the number (arrested, destroyed,
raised) or else from the noun it counts (jobs, homes, votes); casualty figures keep their
own kinds (killed, injured, missing). Numbers that count nothing nameable get no key.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newslint import lazy_re
from newslint.analysis.numbers import Count, normal_hedge, parse_number
from newslint.model.span import SpanIndex

# Actions whose counts are compared, by lemma; synonyms share a key.
ACTIONS = {
    "arrest": "arrested", "detain": "arrested",
    "destroy": "destroyed", "damage": "damaged", "flood": "flooded",
    "evacuate": "evacuated", "rescue": "rescued",
    "cut": "cut", "eliminate": "cut", "slash": "cut", "axe": "cut", "shed": "cut",
    "create": "created", "hire": "hired",
    "raise": "raised", "donate": "donated",
}
_ACTION = r"(?:arrest|detain|destroy|damag|flood|evacuat|rescu|cut|eliminat|slash|ax|shed|creat|hir|rais|donat)(?:e|es|ed|s|ing|ting)?"
_LEADING = frozenset("about around some nearly least more than up to another all over almost".split())
_SCALE = lazy_re.compile(r"[ ]?(million|billion|bn|m|thousand|k)\b", re.IGNORECASE)
_MODIFIER = lazy_re.compile(r"[ ](?:more|other|new|additional|extra|further)\b")
_WORD = lazy_re.compile(r"[ ]([a-z][a-z'-]*)")
_RELATIVE = lazy_re.compile(rf"[ ](?:who|that|which)[ ](?:were|was|had[ ]been|have[ ]been)[ ]({_ACTION})\b", re.IGNORECASE)
_FUNCTION = frozenset(
    "a an the of in on at to for from by with and or but as after before during since until "
    "than that which who whom whose this these those their his her its our your my were was "
    "are is be been being have has had will would could should may might can do does did not "
    "no so if into over under about across per each every all both more most less least some "
    "any other such only also just than then there here when where while because among "
    "against between within without toward towards around about through".split()
)
_GENERIC = frozenset("people persons others individuals".split())
_UNCOUNTED = frozenset(
    "years year months month weeks week days day hours hour minutes minute seconds second "
    "times time percent per cent points point am pm a.m p.m".split()
)
_CASUALTY_KINDS = frozenset({"killed", "injured", "missing", "casualties"})
_ACTION_KEYS = frozenset(ACTIONS.values())


class Counted(NamedTuple):
    start: int
    end: int
    count: Count
    key: str
    qualifier: str | None = None  # who or what exactly: "protesters", "miners"
    additive: bool = False  # "17 more", "another 12": adds to a count, never restates it
    definite: bool = False  # "the 30 dead", "these 540 jobs": refers back to a count

    @property
    def is_event(self) -> bool:
        """Counts what happened (killed, arrested, destroyed, raised), not what exists:
        a story usually has one such figure, while it may count many different
        nominations, goals or members."""
        return self.key in _CASUALTY_KINDS or self.key.split(":")[-1] in _ACTION_KEYS

    @property
    def noun(self) -> str | None:
        """What is counted, whatever happened to it: "job" for "cut 1,200 jobs"."""
        return self.qualifier if self.key in ACTIONS.values() else self.key

    def same_thing(self, other: "Counted", loosely: bool = False) -> bool:
        """Whether both count the same thing. Loosely, a bare noun ("540 jobs") matches
        the same noun under an action ("create 450 jobs")."""
        if self.key == other.key:
            return self.qualifier == other.qualifier or None in (self.qualifier, other.qualifier) and self.key not in _CASUALTY_KINDS
        actions = {self.key, other.key} & set(ACTIONS.values())
        return loosely and len(actions) == 1 and self.noun is not None and self.noun == other.noun


def _lemma(word: str) -> str:
    word = word.lower()
    for suffix, replacement in (("ting", ""), ("ing", "e"), ("ed", "e"), ("es", "e"), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)] + replacement
            for candidate in (stem, stem.rstrip("e"), stem + "e", word[: -len(suffix)]):
                if candidate in ACTIONS:
                    return ACTIONS[candidate]
    return ACTIONS.get(word, ACTIONS.get(word.rstrip("e"), ""))


def _content_words(text: str, position: int, end: int) -> tuple[list[str], int]:
    """Up to three lower-case words after position, stopping at a function word; and
    where they end."""
    modifier = _MODIFIER.match(text, position, end)
    if modifier:
        position = modifier.end()
    words = []
    while len(words) < 3:
        match = _WORD.match(text, position, end)
        if match is None or match.group(1) in _FUNCTION:
            break
        words.append(match.group(1))
        position = match.end()
    return words, position


def _noun_key(content: list[str]) -> tuple[str, str | None]:
    """(key, qualifier) from the content words after a count."""
    if not content:
        return "", None
    for word in content:
        action = _lemma(word) if word.endswith(("ed", "d")) else ""
        if action:
            return action, content[0] if content[0] != word else None
    plurals = [w for w in content if w.endswith("s") and not w.endswith("ss")]
    head = plurals[0] if plurals else content[-1]
    if head in _UNCOUNTED or head in _GENERIC:
        return "", None
    if head.endswith("ies"):
        return head[:-3] + "y", None
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head, None


_MORE_WORDS = (" more", " other", " further", " additional", " extra")


def _additive(text: str, a: int, b: int, start: int) -> bool:
    """"17 more", "another 12": a count that adds to one before it."""
    window = text[a:b].lower()
    return any(word in window for word in _MORE_WORDS) or text[max(start, a - 8) : a].lower().endswith(("another ", "further "))


def _currency_before(text: str, start: int, a: int) -> int | None:
    """Where a currency sign before the count starts ("$4.5", "£ 200"), if there is one."""
    if a - 1 >= start and text[a - 1] in "$£€":
        return a - 1
    if a - 2 >= start and text[a - 1] == " " and text[a - 2] in "$£€":
        return a - 2
    return None


def _verb_before(text: str, start: int, end: int) -> str:
    """The action key of the verb just before a count ("arrested 19", "cut about 500")."""
    words = text[start:end].split()
    while words and words[-1].lower() in _LEADING:
        words.pop()
    return _lemma(words[-1]) if words and words[-1].isalpha() else ""


def _definite(text: str, position: int, start: int) -> bool:
    return text[max(start, position - 8) : position].lower().endswith(("the ", "these ", "those ", "all ", "of the "))


def find_counted(analysis, start: int, end: int) -> tuple[Counted, ...]:
    """Counted things in the document's text[start:end], in order; casualty figures
    included. Rules read them through analysis(doc).counted."""
    text = analysis.doc.text
    found: list[Counted] = []
    casualties = analysis.casualty_figures(start, end)
    for figure in casualties:
        found.append(Counted(figure.start, figure.end, figure.count, figure.kind, figure.who,
                             additive=_additive(text, figure.start, figure.end, start),
                             definite=_definite(text, figure.count_start, start)))
    taken = SpanIndex((f.start, f.end) for f in casualties)  # bisected: many figures stay linear
    for match in analysis.counts_between(start, end):
        a, b = match.start, match.end
        if taken.contains(a, a + 1):
            continue
        number = match.number
        following = text[b : b + 2]
        if following[:1] in "-–/%" or following[:1].isdigit() or (following[:1] == "," and following[1:2].isdigit()):
            continue  # scores (2-1), ranges, percentages, lists of numbers
        if (len(number) == 4 and number.isdigit() and number[:2] in ("18", "19", "20")) or number.lower() in ("one", "a dozen"):
            continue  # a year; "one" mostly means "a" ("said one graduate")
        if text.startswith((" percent", " per cent", " percentage"), b):
            continue
        parsed = parse_number(number)
        if parsed is None:
            continue
        value, vague = parsed
        currency = _currency_before(text, start, a)
        key, qualifier, span_end = "", None, b
        if currency is not None:
            scale = _SCALE.match(text, b, end)
            if scale:
                factor = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "k": 1e3}
                value, span_end = value * factor[scale.group(1).lower()], scale.end()
            a = currency
        words, words_end = _content_words(text, span_end, end)
        relative = _RELATIVE.match(text, words_end, end)
        verb = _verb_before(text, max(start, a - 30), a)
        if relative:
            key, qualifier = _lemma(relative.group(1)), (words[-1] if words else None)
        elif verb:
            key = verb
            noun, _ = _noun_key(words)
            qualifier = noun or None
        else:
            key, qualifier = _noun_key(words)
        if currency is not None and key:
            key = "money:" + key
        if not key:
            continue
        hedge = normal_hedge(match.hedge)
        additive = _additive(text, a, min(end, span_end + 12), start)
        found.append(Counted(a, words_end, Count(value, vague, hedge), key, qualifier, additive, _definite(text, a, start)))
    found.sort(key=lambda c: c.start)
    return tuple(found)


# A word that starts like an action ACTIONS knows ("arrest", "hir" for hired, "ax" for
# axed): _lemma gives an action only to a word that starts with one of these.
_ACTION_START = lazy_re.compile(
    r"\b(?:arrest|detain|destroy|damag|flood|evacuat|rescu|cut|eliminat|slash|ax|shed|creat|hir|rais|donat)",
    re.IGNORECASE,
)
# Where the words after a count end: find_counted reads on after a count only through
# letters, spaces, hyphens and apostrophes.
_PAST_WORDS = lazy_re.compile(r"[^\w' -]|[\d_]")


def may_count_events(analysis, start: int, end: int) -> bool:
    """False when find_counted(analysis, start, end) certainly holds no count of an event
    (Counted.is_event): no casualty figure, and no count with an action word before it or
    in the words after it. Cheap, so a rule that compares only events can skip the rest."""
    if analysis.casualty_figures(start, end):
        return True
    text = analysis.doc.text
    for match in analysis.counts_between(start, end):
        a, b = match.start, match.end
        currency = _currency_before(text, start, a)
        if currency is not None:
            a = currency  # find_counted reads the verb before the currency sign
        if _verb_before(text, max(start, a - 30), a):
            return True
        stop = _PAST_WORDS.search(text, b, end)
        if _ACTION_START.search(text, b, stop.start() if stop else end):
            return True
    return False


# Words that explain why a count changed: the copy updates itself, no contradiction.
UPDATE = lazy_re.compile(
    r"\b(?:(?:rose|risen|rises|climbed|climbs|increased|jumped|grew|fell|dropped|revised|"
    r"lowered|raised|updated|corrected)(?:[ ][\w-]+){0,2}?[ ](?:to|from)|revised|updated|"
    r"corrected|initially|originally|previously|at[ ]first|first[ ]reported|so[ ]far|to[ ]date|"
    r"in[ ]all|altogether|combined|(?:has|had|have)[ ]since|from[ ]\d[\d,]*)\b",
    re.IGNORECASE,
)
