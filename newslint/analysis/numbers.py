"""Counts as news copy writes them: "32", "1,200", "seven", "twenty-five", "two dozen",
"dozens", with hedges ("at least", "more than", "nearly").

Hand-written rather than a number-words library because rules need the exact span of
each count, vague quantities ("dozens", "hundreds") and the hedge, at regex speed.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newslint import lazy_re
from newslint.analysis.literals import VOCABULARY, hits
from newslint.analysis.prefilter import Literals

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
# Vague quantities: a count, but not one that can be compared exactly.
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "tens of thousands": 20_000,
         "hundreds of thousands": 200_000, "a dozen": 12}

_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN = "|".join(TENS)
_WORD_NUMBER = rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_UNIT})(?:[ ](?:hundred|thousand|million))?"
_NUMERAL = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?(?:[ ](?:million|thousand))?"
NUMBER = (
    rf"(?:{_NUMERAL}|(?:{_WORD_NUMBER})(?:[ ]dozen)?|a[ ](?:dozen|hundred|thousand)|"
    r"(?:tens|hundreds)[ ]of[ ]thousands|dozens|scores|hundreds|thousands)"
)
HEDGES = (
    "at least", "more than", "over", "nearly", "almost", "about", "around", "roughly", "some", "up to",
    "as many as", "fewer than", "less than", "an estimated", "approximately", "upwards of",
    "close to", "at most", "just over", "just under", "well over", "an additional", "another",
    "no fewer than", "no less than", "not less than", "a total of", "a further",
)
HEDGE = "(?:" + "|".join(hedge.replace(" ", "[ ]") for hedge in HEDGES) + ")"
# Hedges after which the true count may be higher than the one given.
LOWER_BOUNDS = {"at least", "more than", "over", "upwards of", "just over", "well over",
                "no fewer than", "no less than", "not less than"}
UPPER_BOUNDS = {"nearly", "almost", "up to", "as many as", "fewer than", "less than", "at most", "just under"}


class Count(NamedTuple):
    value: int | float
    vague: bool
    hedge: str | None  # lower-cased, single-spaced, or None

    def compatible(self, other: "Count") -> bool:
        """Whether two statements of a count can both be true."""
        if self.vague or other.vague:
            return True
        return _admits(self, other.value) or _admits(other, self.value)


def _admits(count: Count, value) -> bool:
    hedge = count.hedge
    if hedge is None:
        return value == count.value
    if hedge in LOWER_BOUNDS:
        return value >= count.value
    if hedge in UPPER_BOUNDS:
        return value <= count.value
    return abs(value - count.value) <= max(2, 0.1 * count.value)  # about, around, some


def parse_number(text: str) -> tuple[int | float, bool] | None:
    """(value, vague) for a NUMBER match, or None."""
    words = " ".join(text.lower().replace("-", " ").split())
    if words in VAGUE:
        return VAGUE[words], words not in ("a dozen",)
    scale = 1
    for name, factor in SCALES.items():
        if words.endswith(" " + name) and not words.startswith("a "):
            words, scale = words[: -len(name) - 1], factor
    if words.endswith(" dozen"):
        words, scale = words[: -len(" dozen")], 12
    if words.startswith("a "):
        return {"a dozen": 12, "a hundred": 100, "a thousand": 1000}.get(words, 1), False
    numeral = words.replace(",", "")
    try:
        value = float(numeral) if "." in numeral else int(numeral)
        return value * scale, False
    except ValueError:
        pass
    total = 0
    for word in words.split():
        if word in UNITS:
            total += UNITS[word]
        elif word in TENS:
            total += TENS[word]
        else:
            return None
    return total * scale, False


def normal_hedge(text: str | None) -> str | None:
    return " ".join(text.lower().split()) if text else None


COUNT = lazy_re.compile(rf"(?<![\w.,\-])(?:(?P<hedge>{HEDGE})[ ])?(?P<number>{NUMBER})\b", re.IGNORECASE)
# The same, for lower-cased text (case-insensitive matching is several times slower), and
# taking the character before the count instead of looking back at it. A count at the very
# start is matched on its own.
_COUNT_LOWER = lazy_re.compile(rf"[^\w.,\-](?:(?P<hedge>{HEDGE})[ ])?(?P<number>{NUMBER})\b")
_COUNT_LOWER_AT_START = lazy_re.compile(rf"(?:(?P<hedge>{HEDGE})[ ])?(?P<number>{NUMBER})\b")

# What a count can begin with: a run of digits, a hedge, or a number's first word. The
# literal pass finds the words, a scan for digits the runs, and the pattern is tried only
# there: searching for it tried both alternations at every space of the article, a tenth
# of all the rules' work.
COUNT_WORDS = (*HEDGES, *UNITS, *TENS, "a dozen", "a hundred", "a thousand",
               "tens", "hundreds", "dozens", "scores", "thousands")
_WORD_IDS = VOCABULARY.register(Literals(exact=(), lowered=COUNT_WORDS))
_DIGITS = lazy_re.compile(r"\d+")


def _digit_runs(text: str) -> list[int]:
    r"""Where each run of digits starts. str.find looks for each ASCII digit (a regex
    search for digits tried every character, at a third of counting's cost). Text with
    other decimal digits, which the pattern's \d takes too, or dense with figures (find
    would loop over every digit), is searched."""
    if (not text.isascii() and any(not c.isascii() and c.isdecimal() for c in set(text))
            or sum(map(text.count, "0123456789")) > len(text) // 8):  # other digits, or a table of figures
        return [m.start() for m in _DIGITS.finditer(text)]
    starts = []
    for digit in "0123456789":
        at = text.find(digit)
        while at != -1:
            if at == 0 or text[at - 1] not in "0123456789":
                starts.append(at)
            at = text.find(digit, at + 1)
    return starts


class CountMatch(NamedTuple):
    start: int
    end: int
    hedge: str | None  # as written
    number: str  # as written
    number_start: int


def counts_in(doc) -> tuple[CountMatch, ...]:
    """Every count in the document's text, in order, as the lower-case pattern finds them
    in the lower-cased text (rules read them through analysis(doc).counts)."""
    text, lowered = doc.text, doc.lowered
    if len(lowered) == len(text):
        matches = []
        found = hits(doc).found
        starts = sorted({*(p for ident in _WORD_IDS for p in found.get(ident, ())), *_digit_runs(lowered)})
        reached = 0  # where the last count ended: counts do not overlap
        for position in starts:
            if position == 0:
                match = _COUNT_LOWER_AT_START.match(lowered)
            elif position - 1 >= reached:
                match = _COUNT_LOWER.match(lowered, position - 1)
            else:
                continue
            if match is not None:
                matches.append(match)
                reached = match.end()
    else:  # lower-casing moved offsets
        matches = COUNT.finditer(text)
    found = []
    for m in matches:
        hedge = m.group("hedge")
        start = m.start("hedge") if hedge else m.start("number")  # past the character taken before it
        hedge = text[start : m.end("hedge")] if hedge else None
        found.append(CountMatch(start, m.end(), hedge, text[m.start("number") : m.end("number")], m.start("number")))
    return tuple(found)
