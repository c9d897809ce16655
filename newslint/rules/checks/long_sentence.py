"""RD002 long-sentence: a sentence long enough to lose readers."""

from __future__ import annotations

from newslint.analysis.index import analysis
from newslint.model.document import Document
from newslint.rules.rule import Example, Hit, Rule


def check(doc: Document, options):
    found = analysis(doc)
    for sentence, words in zip(found.prose, found.prose_words):
        if words > options["warning-words"]:
            yield Hit(sentence, f"{words}-word sentence: consider splitting it (above {options['warning-words']} words)", severity="warning")
        elif words > options["info-words"]:
            yield Hit(sentence, f"{words}-word sentence: consider splitting it")


RULE = Rule(
    code="RD002",
    name="long-sentence",
    category="readability",
    severity="info",
    summary="A sentence of more than 45 words (a warning above 60)",
    why=(
        "Professional copy averages 18-20 words a sentence; 0.6-2.6% of its sentences run past "
        "45 words and under 0.4% past 60. A long sentence is sometimes right, so this is "
        "advice an editor can take or leave: info above 45 words, a warning above 60. Quoted "
        "speech is left out: an editor cannot shorten what a source said."
    ),
    check=check,
    examples=(
        Example(
            "[[The council, which had been debating the proposal since the spring, voted late on "
            "Monday to approve a plan that will close two libraries, merge three others into a "
            "single building on the edge of town and cut opening hours across the rest of the "
            "network by a fifth.]]",
            bad=True,
        ),
        Example("The council voted late on Monday to close two libraries. Opening hours will be cut by a fifth.", bad=False),
        Example(
            "“We have been debating this since the spring, and we have listened to everyone who "
            "came to our meetings, and we still believe this plan is the best of a set of bad "
            "choices that nobody on this council wanted to have to make,” the mayor said.",
            bad=False,
        ),
    ),
    options={"info-words": 45, "warning-words": 60},
    source=__name__,
)
