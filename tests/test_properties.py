"""Property tests over generated articles: newslint never raises, every finding lies
inside the text, lines and columns map back to the same offsets, linting is
deterministic, and an article fixed once (as `--fix` does) has nothing left to fix.

2,000 examples by default (NEWSLINT_PROPERTY_EXAMPLES to change it). Derandomised: the
same examples on every run, so a failure is a defect found, never a test that fails at
random; a failing example is kept below with @example."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newslint.engine.config import Config, resolve
from newslint.engine.fix import apply_fixes, fix_fully
from newslint.engine.run import lint_document
from newslint.errors import InputError
from newslint.readers import read_text

EXAMPLES = int(os.environ.get("NEWSLINT_PROPERTY_EXAMPLES", "2000"))
SETTINGS = resolve(Config(), "property.txt", ignore=("grammar",))

WORDS = ["the", "council", "said", "Monday", "killed", "at", "least", "32", "people", "officials",
         "Mr", "Smith", "Smyth", "U.S.", "Gov.", "No.", "10", "$3.5", "billion", "“", "”", "\"",
         "TK", "XX", "[Insert", "Date]", "{{city}}", "dead", "wounded", "including", "two", "and",
         "four", "police", "officers", "Tuesday,", "March", "4,", "2015", "CNN", "—", "(AP)", "WASHINGTON",
         "Title:", "é", "ß", "中文", "😀", "\t", "said:", "—", "toll", "rose", "to", "58."]
JUNK = ["You may also like", "Leave a Comment", "Share this article", "Advertisement", "Tags: a, b",
        "12 comments", "Facebook Twitter Email", "Title: Another headline", "Date: [Insert Date]",
        "Sign up for our newsletter", "© 2024 Example Media. All rights reserved."]
NEWLINES = st.sampled_from(["\n", "\r\n", "\r"])

sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(lambda w: " ".join(w) + ".")
paragraph = st.one_of(
    st.lists(sentence, min_size=1, max_size=4).map(" ".join),
    st.sampled_from(JUNK),
    st.text(min_size=1, max_size=80),  # anything at all
)


@st.composite
def articles(draw):
    newline = draw(NEWLINES)
    parts = [draw(sentence)]
    if draw(st.booleans()):
        parts.append("By " + draw(st.sampled_from(["Ana Ruiz", "time news", "Jo Li, Reuters"])))
    parts += draw(st.lists(paragraph, min_size=0, max_size=8))
    separator = draw(st.sampled_from([newline * 2, newline]))
    text = separator.join(parts)
    fmt = "txt"
    if draw(st.booleans()):
        fmt = "md"
        front = draw(st.sampled_from(["", "title: A headline\ndate: 2024-03-05\n", "title: [broken\n", "outlet: CNN\n"]))
        text = f"---\n{front}---\n\n{text}"
    return text, fmt


def lint(text: str, fmt: str):
    doc = read_text(text, f"property.{fmt}", fmt)
    return doc, lint_document(doc, SETTINGS)


@pytest.mark.filterwarnings("ignore")
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(articles())
@example(("Head\n\nTitle: Headline: Council approves the budget\n\nThe clerk said so.", "txt"))
def test_linting_generated_articles(article):
    text, fmt = article
    try:
        doc, result = lint(text, fmt)
    except InputError:
        return  # empty or broken front matter: reported, not raised as a crash
    assert result.crashes == []
    for f in result.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert (f.line, f.column) == doc.position(f.start)
        assert doc.line_starts[f.line - 1] + f.column - 1 == f.start  # line/column round trip
        assert (f.end_line, f.end_column) == doc.position(f.end)
    _, again = lint(text, fmt)
    assert [(f.rule, f.start, f.end, f.message) for f in again.findings] == \
        [(f.rule, f.start, f.end, f.message) for f in result.findings]

    def relint(changed: str):
        try:
            return lint(changed, fmt)[1].findings
        except InputError:
            return None  # fixing removed everything: nothing left to fix

    fixed, applied = fix_fully(text, result.findings, relint)
    if applied:
        after = relint(fixed)
        assert after is None or apply_fixes(fixed, after)[1] == 0
