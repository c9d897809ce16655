"""RD003 long-lede: a first paragraph that takes too long to say what happened."""

from __future__ import annotations

from newslint.analysis.readability import word_count
from newslint.model.document import Document
from newslint.rules.rule import Example, Hit, Rule


def check(doc: Document, options):
    if doc.lede is None:
        return
    lede = doc.paragraphs[doc.lede]
    start = doc.dateline.span.end if doc.dateline and lede.start <= doc.dateline.span.start < lede.end else lede.start
    first = doc.sentence_at(start)
    if first is None:
        return
    span = (max(start, first.start), first.end)  # the dateline is not the lede's words
    words = word_count(doc.text[span[0] : span[1]])
    if words > options["max-words"]:
        yield Hit(span, f"{words}-word lede sentence: teaching guidance is {options['max-words']} words or fewer")


RULE = Rule(
    code="RD003",
    name="long-lede",
    category="readability",
    severity="info",
    summary="A lede sentence of more than 35 words",
    why=(
        "The lede is where most readers decide whether to read on. Journalism teaching puts "
        "it at about 35 words or fewer; a longer one usually carries a clause that belongs in "
        "the second paragraph. Info: advice, not a fault. The dateline is not counted."
    ),
    check=check,
    examples=(
        Example(
            "Library closures approved\n\nWESTBROOK — [[The city council, after a debate that "
            "stretched past midnight and drew more than 200 residents, many of them parents with "
            "young children, voted on Monday to close two branch libraries and cut hours at the "
            "rest.]]\n",
            bad=True, article=True,
        ),
        Example(
            "Library closures approved\n\nWESTBROOK — The city council voted on Monday to close two "
            "branch libraries and cut hours at the rest.\n",
            bad=False, article=True,
        ),
    ),
    options={"max-words": 35},
    source=__name__,
)
