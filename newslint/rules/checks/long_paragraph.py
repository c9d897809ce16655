"""RD004 long-paragraph: a paragraph that runs on (off unless selected)."""

from __future__ import annotations

from newslint.analysis.readability import word_count
from newslint.model.document import Document
from newslint.rules.rule import Example, Hit, Rule


def check(doc: Document, options):
    for paragraph in doc.paragraphs:
        words = word_count(doc.slice(paragraph))
        if words > options["max-words"]:
            yield Hit(paragraph, f"{words}-word paragraph: news paragraphs are usually one to three sentences")


RULE = Rule(
    code="RD004",
    name="long-paragraph",
    category="readability",
    severity="info",
    summary="A paragraph of more than 80 words (off unless selected)",
    why=(
        "News paragraphs are short: one to three sentences, rarely more than 60-80 words, "
        "because readers skim on screens. House rules differ, and some copy (features, "
        "analysis, archive imports with merged paragraphs) runs long on purpose, so this rule "
        "only runs when a newsroom selects it, with its own max-words."
    ),
    check=check,
    examples=(
        Example(
            "[[The council met on Monday. " + "It heard from residents about the roads and the libraries. " * 9 + "Then it voted.]]",
            bad=True,
        ),
        Example("The council met on Monday. It voted to fix the roads.", bad=False),
    ),
    options={"max-words": 80},
    enabled=False,
    source=__name__,
)
