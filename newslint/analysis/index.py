"""What the rules read about an article, worked out once per document and kept on it.

Several rules read the same things: the counts in a paragraph (headline figures, body
figures, parts and wholes, the fact sheet), its casualty figures (unattributed casualties,
the headline hedge, counted things) and the name mentions (name and title variants, the
fact sheet). `analysis(doc)` computes each on first use and keeps it for the next rule, so
what one rule found is shared whatever order the rules run in, and it goes when the
document goes: nothing is cached by text at module level.
"""

from __future__ import annotations

import bisect
from functools import cached_property


class Analysis:
    def __init__(self, doc):
        self.doc = doc
        self._figures: dict[tuple[int, int], tuple] = {}
        self._counted: dict[tuple[int, int], tuple] = {}
        self._speech: dict[tuple[int, int], bool] = {}

    @cached_property
    def counts(self) -> tuple:
        """Every count in the text ("12", "about 300", "two dozen"), in order."""
        from newslint.analysis.numbers import counts_in

        return counts_in(self.doc)

    @cached_property
    def _count_starts(self) -> list[int]:
        return [c.start for c in self.counts]

    def counts_between(self, start: int, end: int) -> list:
        """The counts wholly inside [start, end)."""
        counts = self.counts
        result = []
        for index in range(bisect.bisect_left(self._count_starts, start), len(counts)):
            count = counts[index]
            if count.start >= end:
                break
            if count.end <= end:
                result.append(count)
        return result

    def casualty_figures(self, start: int, end: int) -> tuple:
        """Casualty figures ("32 people were killed") in [start, end), in order."""
        found = self._figures.get((start, end))
        if found is None:
            from newslint.analysis.casualties import find_figures

            found = self._figures[(start, end)] = find_figures(self, start, end)
        return found

    @cached_property
    def trigger_words(self) -> list[tuple[int, int]] | None:
        """Where the casualty figures' trigger words are (casualties.trigger_words)."""
        from newslint.analysis.casualties import trigger_words

        return trigger_words(self.doc)

    def counted(self, start: int, end: int) -> tuple:
        """Counted things in [start, end) ("12 schools", casualty figures included)."""
        found = self._counted.get((start, end))
        if found is None:
            from newslint.analysis.counts import find_counted

            found = self._counted[(start, end)] = find_counted(self, start, end)
        return found

    def speech_cue(self, start: int, end: int) -> bool:
        """Whether [start, end) has a speech cue ("said", "told reporters", ...)."""
        found = self._speech.get((start, end))
        if found is None:
            from newslint.analysis.attribution import has_speech_cue

            found = self._speech[(start, end)] = has_speech_cue(self.doc.text, start, end, self.doc.caseless)
        return found

    @cached_property
    def paragraph_quotes(self) -> list[list]:
        """doc.quotes by paragraph: the quotations of each paragraph, in order."""
        doc = self.doc
        grouped: list[list] = [[] for _ in doc.paragraphs]
        for quote in doc.quotes:
            grouped[doc.paragraph_index(quote.start)].append(quote)
        return grouped

    @cached_property
    def prose(self) -> list:
        """The body's sentences that are the writer's own, not quoted speech."""
        from newslint.analysis.readability import prose

        return prose(self.doc)

    @cached_property
    def prose_words(self) -> list[int]:
        """The word count of each sentence of prose (readability's word_count)."""
        text = self.doc.text
        return [len(text[s.start : s.end].split()) for s in self.prose]

    @cached_property
    def name_mentions(self) -> list:
        """Name mentions in the headline and paragraphs, in order (names.Mention)."""
        from newslint.analysis.names import mentions

        return mentions(self.doc)


def analysis(doc) -> Analysis:
    """The document's analysis, made on first use and kept on the document."""
    found = doc.__dict__.get("_analysis")
    if found is None:
        found = doc.__dict__["_analysis"] = Analysis(doc)
    return found
