"""Direct quotations: what a source said, in curly or straight double quotes.

A quotation runs from an opening mark to its closing mark. Straight quotes do not say
which they are, so their neighbours decide: a mark after a space that touches a word opens,
a mark after a word closes. An opening mark with no closing one runs to the end of the
paragraph (news style leaves a quotation open when the next paragraph continues it, and
copy whose paragraphs were merged shows the next paragraph's opening mark mid-line). A
closing mark with no opening one ends a quotation that began in an earlier paragraph: its
span starts at the paragraph, without a mark. Single quotes are not read as quotations:
they double as apostrophes, and UK copy uses them for scare quotes in headlines.
"""

from __future__ import annotations

from newslint import lazy_re
from newslint.model.span import Span

_MARK = lazy_re.compile('[“”"]')


def _opens(text: str, index: int, start: int, end: int) -> bool:
    char = text[index]
    if char != '"':
        return char == "“"
    before = text[index - 1] if index > start else " "
    after = text[index + 1] if index + 1 < end else " "
    if before.isspace() or before in "([{—–-:":
        return not after.isspace()
    return False


def find_quotes(text: str, paragraph: Span) -> list[Span]:
    """Quotation spans (marks included) in text[paragraph]."""
    quotes = []
    start = None
    for match in _MARK.finditer(text, paragraph.start, paragraph.end):
        index = match.start()
        if _opens(text, index, paragraph.start, paragraph.end):
            if start is not None:  # the quotation before was never closed
                quotes.append(Span(start, index))
            start = index
        elif start is not None:
            quotes.append(Span(start, index + 1))
            start = None
        elif not quotes:  # closes a quotation opened in an earlier paragraph
            quotes.append(Span(paragraph.start, index + 1))
    if start is not None:
        quotes.append(Span(start, paragraph.end))
    return quotes
