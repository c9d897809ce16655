"""CO002 figure-mismatch: the body states the same count two different ways."""

from __future__ import annotations

import re

from newslint import lazy_re
from newslint.analysis.counts import UPDATE, may_count_events
from newslint.analysis.index import analysis
from newslint.analysis.numbers import COUNT, parse_number
from newslint.model.document import Document
from newslint.rules.checks.headline_figures import BodyCounts, _shown
from newslint.rules.rule import Example, Hit, Rule

# Copy that sets figures side by side on purpose: estimates that differ.
_CONTRAST = lazy_re.compile(
    r"\b(?:estimates?|estimated|varied|vary|varies|differ|differed|differs|other[ ]figures|"
    r"separately|disputed|conflicting)\b",
    re.IGNORECASE,
)
_SAID = lazy_re.compile(r"\b(?:said|says|according[ ]to|told|reported|put[ ]the)\b", re.IGNORECASE)
_WINDOW = 200  # earlier counts a count is compared with
_CASUALTY = {"killed", "injured", "missing", "casualties"}


def _explained(doc: Document, sentence) -> bool:
    """Whether the sentence, or the ones either side of it, explains a change or sets
    sources side by side."""
    import bisect

    sentences = doc.sentences
    index = bisect.bisect_left(sentences, sentence)
    index = index if index < len(sentences) and sentences[index] == sentence else -1
    nearby = sentences[max(0, index - 1) : index + 2] if index >= 0 else [sentence]
    return any(
        UPDATE.search(doc.text, *s) or _CONTRAST.search(doc.text, *s)
        or len(_SAID.findall(doc.text, *s)) >= 2  # two sources, two figures
        for s in nearby
    )


def _sentence_total(doc: Document, earlier) -> float:
    """The sum of every number in the earlier counts' sentences (elided parts included)."""
    total = 0
    for sentence in {s for _, s in earlier}:
        for match in COUNT.finditer(doc.text, *sentence):
            following = doc.text[match.end() : match.end() + 6]
            parsed = parse_number(match.group("number"))
            if parsed and not following.lstrip().startswith(("mile", "km", "kilomet", "year", "%", "percent")):
                total += parsed[0]
    return total


def check(doc: Document, options):
    found = analysis(doc)
    if not any(may_count_events(found, *paragraph) for paragraph in doc.paragraphs[doc.lede or 0 :]):
        return  # no count of what happened: the usual case, found without counting everything
    body = BodyCounts(doc)
    if not any(c.is_event for c, _ in body.items):
        return  # only counts of what happened are compared
    window = []  # the counts before this one, most recent last (bounded: huge files stay linear)
    for later, later_sentence in body.items:
        earlier_items, window = window, (window + [(later, later_sentence)])[-_WINDOW:]
        if later.additive or later.count.vague:
            continue
        earlier = [
            (c, sentence) for c, sentence in earlier_items
            if not c.additive and sentence != later_sentence
            and c.same_thing(later, loosely=later.definite)
            and (c.is_event or later.is_event)
        ]
        if not earlier or any(later.count.compatible(c.count) for c, _ in earlier):
            continue
        if body.updated(later_sentence) or body.history(later_sentence):
            continue
        earlier = [(c, s) for c, s in earlier if not body.history(s)]
        if not earlier or any(body.updated(s) for _, s in earlier):
            continue  # history, or an earlier sentence flagged its figure as provisional
        values = [c.count.value for c, _ in earlier]
        if later.count.value in (sum(values), _sentence_total(doc, earlier)):
            continue  # a total of the counts before it ("12 in Millbrook and 9 in Rio Seco")
        if not later.definite and (later.key not in _CASUALTY or later.count.value < max(values)):
            continue  # not a restatement: a smaller count may be part of the earlier one
        if _explained(doc, later_sentence):
            continue
        yield Hit((later.start, later.end),
                  f"Contradicts the earlier '{_shown(doc, earlier[0][0])}': say which is right, or explain the change")


RULE = Rule(
    code="CO002",
    name="figure-mismatch",
    category="consistency",
    severity="error",
    summary="The same count stated two different ways in the body",
    why=(
        "A story that says '32 people were killed' and later 'the 30 dead' has one figure "
        "wrong, usually from an earlier draft or a second source pasted in. Only counts of "
        "what happened are compared (killed, injured, arrested, destroyed, jobs cut, money "
        "raised): a story may rightly count many different nominations, goals or members. "
        "Counts of different groups, running totals and changes the copy explains ('rose "
        "to', 'was revised to', 'initially') are not contradictions."
    ),
    check=check,
    examples=(
        Example(
            "A bomb exploded at a bus terminal on Thursday, and 32 people were killed, the health "
            "department said.\n\nFunerals for many of the [[30 dead]] were held in the evening.",
            bad=True,
        ),
        Example(
            "The retailer will build a center that will create 450 jobs, officials said.\n\n"
            "“These [[540 jobs]] are exactly what we need,” a commissioner said.",
            bad=True,
        ),
        Example(
            "Fire officials said 12 people had died in the blaze.\n\nBy Thursday evening, the "
            "death toll had climbed to 15.",
            bad=False,
        ),
        Example(
            "The tornadoes killed 12 people in Millbrook and 9 in Rio Seco, officials said.\n\n"
            "The 21 deaths made it the deadliest outbreak in a decade.",
            bad=False,
        ),
    ),
    source=__name__,
)
