"""CO001 headline-figure-mismatch: the headline counts something differently from the body."""

from __future__ import annotations

from newslint.analysis.attribution import PAST_ANCHOR
from newslint.analysis.counts import UPDATE
from newslint.analysis.index import analysis
from newslint.model.document import Document
from newslint.rules.rule import Example, Hit, Rule

# A headline states a few counts. A "headline" with more is a file without line breaks, and
# comparing each of its counts with every count of the body would take quadratic time.
_MAX_HEADS = 20


class BodyCounts:
    """Counts from the lede on (label lines above it are not the body), each with its
    sentence; whether a sentence explains a change or is history is worked out on demand."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.items = [
            (counted, doc.sentence_at(counted.start) or paragraph)
            for paragraph in doc.paragraphs[doc.lede or 0 :]
            for counted in analysis(doc).counted(*paragraph)
        ]
        self._updated: dict = {}
        self._history: dict = {}

    def updated(self, sentence) -> bool:
        if sentence not in self._updated:
            self._updated[sentence] = UPDATE.search(self.doc.text, *sentence) is not None
        return self._updated[sentence]

    def history(self, sentence) -> bool:
        if sentence not in self._history:
            self._history[sentence] = PAST_ANCHOR.search(self.doc.text, *sentence) is not None
        return self._history[sentence]


def _shown(doc: Document, counted) -> str:
    return " ".join(doc.text[counted.start : counted.end].split())


def check(doc: Document, options):
    if doc.headline is None:
        return
    heads = [h for h in analysis(doc).counted(*doc.headline) if not h.count.vague][:_MAX_HEADS]
    if not heads:
        return
    body = BodyCounts(doc)
    for head in heads:
        same = [(c, sentence) for c, sentence in body.items
                if not c.additive and head.same_thing(c, loosely=True) and not body.history(sentence)]
        if not same or any(head.count.compatible(c.count) for c, _ in same):
            continue
        if any(body.updated(sentence) for _, sentence in same):
            continue  # the body explains a change
        yield Hit((head.start, head.end), f"Headline says '{_shown(doc, head)}' but the body says '{_shown(doc, same[0][0])}'")


RULE = Rule(
    code="CO001",
    name="headline-figure-mismatch",
    category="consistency",
    severity="error",
    summary="A headline figure that disagrees with the body",
    why=(
        "Headlines are written last and in a hurry, often from an earlier version of the "
        "story: '23 dead' above a body that says 27. The headline is what most readers see. "
        "Hedges are compatible ('32 killed' over 'at least 32'), and a body that explains the "
        "change ('rose to', 'was revised to') is not contradicting itself."
    ),
    check=check,
    examples=(
        Example(
            "Quake in mountain province [[leaves 23 dead]]\n\nA magnitude 6.1 earthquake struck "
            "before dawn on Sunday, killing 27 people, the disaster agency said.\n",
            bad=True, article=True,
        ),
        Example(
            "Carmaker to cut [[1,200 jobs]] at Ohio plant\n\nVelmont Motors will eliminate 1,800 "
            "jobs at its assembly plant by the end of the year, the company said.\n",
            bad=True, article=True,
        ),
        Example(
            "32 killed in market bombing\n\nAt least 32 people were killed on Friday when a bomb "
            "exploded in a crowded market, police said.\n",
            bad=False, article=True,
        ),
        Example(
            "Death toll in mine collapse rises to 41\n\nThe number of miners killed rose to 41 "
            "from 35 on Wednesday, the company said.\n",
            bad=False, article=True,
        ),
    ),
    source=__name__,
)
