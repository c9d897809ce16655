"""AT005 headline-hedge-dropped: the headline states flatly what the body hedges."""

from __future__ import annotations

from collections import defaultdict

from newslint.analysis.index import analysis
from newslint.model.document import Document
from newslint.rules.rule import Example, Hit, Rule


def check(doc: Document, options):
    if doc.headline is None:
        return
    headline_figures = [f for f in analysis(doc).casualty_figures(*doc.headline) if f.count.hedge is None]
    if not headline_figures:
        return
    lede = doc.lede or 0  # label lines and standfirsts above the lede are not the body
    # Body figures by value, and one answer per (value, kind): a huge headline and body
    # must not compare every figure with every other.
    by_value = defaultdict(list)
    for p in doc.paragraphs[lede:]:
        for f in analysis(doc).casualty_figures(*p):
            by_value[f.count.value].append(f)
    answers = {}
    for figure in headline_figures:
        key = (figure.count.value, figure.kind)
        if key not in answers:
            same = [f for f in by_value.get(figure.count.value, ()) if f.same_figure(figure)]
            hedged = next((f for f in same if f.count.hedge), None)
            answers[key] = hedged if hedged is not None and all(f.count.hedge for f in same) else None
        hedged = answers[key]
        if hedged is not None:
            shown = " ".join(doc.text[figure.start : figure.end].split())
            yield Hit(
                (figure.start, figure.end),
                f"Headline says '{shown}' but the body says '{hedged.count.hedge} "
                f"{figure.count.value:,}': keep the hedge",
            )


RULE = Rule(
    code="AT005",
    name="headline-hedge-dropped",
    category="attribution",
    severity="info",
    summary="A headline figure that drops the body's hedge ('at least 32' becomes '32')",
    why=(
        "Early tolls are estimates, and the body says so: 'at least 32 people were killed'. "
        "A headline that says '32 Killed' turns an estimate into a fact. Keep the hedge "
        "('At Least 32 Killed') or round it honestly ('Dozens Killed'). The body's exact, "
        "unhedged mention of the same figure settles it and silences this rule."
    ),
    check=check,
    examples=(
        Example(
            "Military operation leaves [[32 killed]]\n\nAt least 32 people have been killed, "
            "according to an official.\n",
            bad=True,
            article=True,
        ),
        Example(
            "Military operation leaves at least 32 dead\n\nAt least 32 people have been killed, "
            "according to an official.\n",
            bad=False,
            article=True,
        ),
        Example(
            "Fourteen killed in bus crash\n\nFourteen people were killed when the bus left the road, "
            "police said.\n",
            bad=False,
            article=True,
        ),
    ),
    source=__name__,
)
