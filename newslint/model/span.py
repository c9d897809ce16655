"""Spans: half-open ranges of character offsets into a Document's text, and an index
that answers "is this range inside one of these spans?" quickly."""

from __future__ import annotations

import bisect
from itertools import accumulate
from typing import NamedTuple


class Span(NamedTuple):
    """Half-open range [start, end) of character offsets into Document.text."""

    start: int
    end: int


class SpanIndex:
    """Answers "is this range inside one of these spans?" by bisection, so a paragraph of
    thousands of figures is not compared figure by figure with each cue or count."""

    def __init__(self, spans):
        spans = sorted(spans)
        self._starts = [a for a, _ in spans]
        self._reach = list(accumulate((b for _, b in spans), max))  # furthest end so far

    def contains(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self._starts, start) - 1
        return index >= 0 and self._reach[index] >= end
