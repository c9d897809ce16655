"""The article model every rule reads.

A Document keeps the source text exactly as decoded (nothing is normalised, so a fix can
write it back byte for byte) and describes its parts as character spans into that text.
Rules work in spans; only the engine turns an offset into a line and column, once.
"""

from __future__ import annotations

import bisect
from functools import cached_property
from typing import NamedTuple

from newslint import lazy_re
from newslint.model.span import Span

NEWLINE = lazy_re.compile(r"\r\n|\r|\n")


class Dateline(NamedTuple):
    """A wire dateline opening the first paragraph: "WASHINGTON (AP) —", "CNN –"."""

    span: Span
    place: str
    credit: str | None


class Document:
    """An article: its text, and its parts as spans. A plain class, not a dataclass: the
    model's classes are plain classes and NamedTuples because importing dataclasses and
    building fifteen of them was a fifth of a pre-commit call's instructions."""

    def __init__(self, path: str, text: str, format: str, headline: Span | None = None,
                 byline: Span | None = None, dateline: Dateline | None = None,
                 paragraphs: list[Span] | None = None, meta: dict | None = None, content_start: int = 0):
        self.path, self.text = path, text
        self.format = format  # "txt" or "md"
        self.headline, self.byline, self.dateline = headline, byline, dateline
        self.paragraphs: list[Span] = [] if paragraphs is None else paragraphs
        self.meta: dict = {} if meta is None else meta
        # Where the article proper starts: after Markdown front matter, 0 for plain text.
        self.content_start = content_start

    def __repr__(self) -> str:
        return f"Document({self.path!r}, {self.format!r}, {len(self.text)} characters)"

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]

    @cached_property
    def lowered(self) -> str:
        """The text lower-cased, for case-insensitive substring tests (not for offsets)."""
        return self.text.lower()

    @cached_property
    def caseless(self) -> str | None:
        """The lower-cased text, where a lower-case pattern finds in it just what the same
        pattern with re.IGNORECASE finds in the text (case-insensitive matching is several
        times slower); None where it would not: lower-casing changed a length ("İ"), or
        the text holds "ı" or "ſ", which IGNORECASE takes for i and s."""
        lowered = self.lowered
        if len(lowered) != len(self.text) or "ı" in lowered or "ſ" in lowered:
            return None
        return lowered

    @cached_property
    def line_starts(self) -> list[int]:
        return [0] + [m.end() for m in NEWLINE.finditer(self.text)]

    @cached_property
    def lines(self) -> list[Span]:
        """Each line's content, without its line ending."""
        spans, start = [], 0
        for match in NEWLINE.finditer(self.text):  # a line holds no \r or \n: it ends at its break
            spans.append(Span(start, match.start()))
            start = match.end()
        spans.append(Span(start, len(self.text)))
        return spans

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column); columns count characters, not bytes."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    @cached_property
    def sentences(self) -> list[Span]:
        from newslint.model.sentences import split_sentences

        result: list[Span] = []
        for paragraph in self.paragraphs:
            result.extend(split_sentences(self.text, paragraph))
        return result

    @cached_property
    def quotes(self) -> list[Span]:
        """Direct quotations in the paragraphs, in order (see quotes.py)."""
        from newslint.model.quotes import find_quotes

        return [q for paragraph in self.paragraphs for q in find_quotes(self.text, paragraph)]

    def in_quote(self, offset: int) -> bool:
        index = bisect.bisect_right(self._quote_starts, offset) - 1
        return index >= 0 and offset < self.quotes[index].end

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [q.start for q in self.quotes]

    @cached_property
    def lede(self) -> int | None:
        """Index of the lede: the first paragraph that reads as prose (a sentence of some
        length), so label lines and standfirsts before it are not taken for it."""
        for index, (start, end) in enumerate(self.paragraphs):
            if self.text[end - 1] in ".!?\"”’" and len(self.text[start:end].split()) >= 12:
                return index
        return 0 if self.paragraphs else None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence containing offset, or None outside the paragraphs."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_index(self, offset: int) -> int | None:
        """Index of the paragraph containing offset, or None."""
        index = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if index >= 0 and offset < self.paragraphs[index].end:
            return index
        return None
