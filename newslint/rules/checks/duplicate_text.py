"""CO009 duplicate-text: a paragraph or sentence repeated verbatim."""

from __future__ import annotations

from newslint import lazy_re
from newslint.model.document import Document
from newslint.rules.rule import Example, Hit, Rule

MIN_WORDS = 8  # shorter repeats ("he said.", "The cause is unknown.") are style, not slips
_CURLY = lazy_re.compile("[“”‘’]")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def _key(text: str, curly: bool) -> tuple[str, int]:
    """The text with its spacing and quote marks made uniform, and its word count.
    curly: whether the article has curly quote marks at all."""
    words = (text.translate(_QUOTES) if curly and _CURLY.search(text) else text).split()
    return " ".join(words), len(words)


def check(doc: Document, options):
    text = doc.text
    curly = _CURLY.search(text) is not None
    seen_paragraphs: set[str] = set()
    repeated = set()  # indexes of paragraphs already reported whole
    for index, paragraph in enumerate(doc.paragraphs):
        key, words = _key(doc.slice(paragraph), curly)
        if words >= MIN_WORDS and key in seen_paragraphs:
            repeated.add(index)
            yield Hit(paragraph, "Paragraph repeated verbatim: delete one copy")
        seen_paragraphs.add(key)
    seen: set[str] = set()
    for sentence in doc.sentences:
        key, words = _key(text[sentence.start : sentence.end], curly)
        if words < MIN_WORDS:
            continue
        inside = bool(repeated) and doc.paragraph_index(sentence.start) in repeated
        if key in seen and not inside:
            yield Hit(sentence, "Sentence repeated verbatim: delete one copy")
        seen.add(key)


RULE = Rule(
    code="CO009",
    name="duplicate-text",
    category="consistency",
    severity="warning",
    summary="A paragraph or sentence repeated verbatim",
    why=(
        "A paragraph or long sentence that appears twice is a paste slip, or two versions of "
        "a story merged. Repeats of eight words or more are reported (whitespace and quote "
        "styles aside); short refrains such as 'he said.' are left alone."
    ),
    check=check,
    examples=(
        Example(
            "The agreement raises wages by 11 percent over two years, the union said.\n\nShipping "
            "firms expect delays.\n\n[[The agreement raises wages by 11 percent over two years, "
            "the union said.]]",
            bad=True,
        ),
        Example(
            "Crews were called in. Most customers should have power back by Friday night.\n\n"
            "Hospitals came first. [[Most customers should have power back by Friday night.]]",
            bad=True,
        ),
        Example(
            "The cause remains under investigation.\n\nFire officials examined the wiring. The "
            "cause remains under investigation.",
            bad=False,
        ),
    ),
    source=__name__,
)
