"""AT004 unattributed-quote: a direct quotation with no speaker anywhere around it."""

from __future__ import annotations

from newslint.analysis.index import analysis
from newslint.model.document import Document
from newslint.rules.rule import Example, Hit, Rule

MIN_WORDS = 6  # shorter quotations are mostly scare quotes and titles: “anti-terrorist”
# Speech stands as a sentence of its own; a quotation inside a sentence ("an award for
# “overall contribution to fiction”") is a quoted phrase, not a speaker's words.
_SENTENCE_END = ".!?…"
_CLOSING = "\"”’'"


def _after_sentence(text: str, start: int, quote: int) -> bool:
    """Whether text[start:quote] ends a sentence or a colon, then white space: read back
    from the quotation, since searching from the paragraph's start for every quotation in
    it would be quadratic."""
    end = quote
    while end > start and text[end - 1].isspace():
        end -= 1
    if end == start:
        return False
    last = text[end - 1]
    if last == ":" or last in _SENTENCE_END:
        return True
    return last in _CLOSING and end - 1 > start and text[end - 2] in _SENTENCE_END


def check(doc: Document, options):
    text = doc.text
    paragraphs = doc.paragraphs
    found = analysis(doc)
    quotes = found.paragraph_quotes
    previous_spoken = False  # the paragraph before was speech whose speaker is known
    for index, paragraph in enumerate(paragraphs):
        spoken = [
            q for q in quotes[index]
            if len(text[q.start : q.end].split()) >= MIN_WORDS
            and text[q.start] in "“\""  # not the tail of a quotation begun earlier
            and (q.start == paragraph.start or _after_sentence(text, paragraph.start, q.start))
        ]
        if not spoken:
            previous_spoken = False
            continue
        if previous_spoken or any(
            0 <= n < len(paragraphs) and found.speech_cue(*paragraphs[n])
            for n in (index, index - 1, index + 1)
        ):
            previous_spoken = True  # a run of quote paragraphs shares its speaker
            continue
        for quote in spoken:
            yield Hit(quote, "Direct quotation with no speaker: say who said it")


RULE = Rule(
    code="AT004",
    name="unattributed-quote",
    category="attribution",
    severity="warning",
    summary="A direct quotation with no speaker anywhere around it",
    why=(
        "A quotation is evidence only when the reader knows who said it. Rewritten and "
        "scraped copy often keeps a quote and loses the sentence that named its speaker. "
        "The speaker may be named in the quote's paragraph or the one before or after it; "
        "short quoted phrases (scare quotes, titles) are left alone."
    ),
    check=check,
    examples=(
        Example(
            "The council met on Monday.\n\n[[“We will not let this town be forgotten, whatever it "
            "costs,”]] and the vote passed.\n\nThe budget takes effect in July.",
            bad=True,
        ),
        Example(
            "“We will not let this town be forgotten, whatever it costs,” the mayor said.",
            bad=False,
        ),
        Example(
            "The mayor spoke after the vote.\n\n“We will not let this town be forgotten, whatever it "
            "costs. Nobody here will be left behind.”",
            bad=False,
        ),
        Example("The ministry described the operation as an “anti-terrorist” campaign.", bad=False),
    ),
    source=__name__,
)
