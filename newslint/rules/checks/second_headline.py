"""SC002 second-headline: an article carries a headline besides its own."""

from __future__ import annotations

import re

from newslint import lazy_re
from newslint.model.document import Document
from newslint.rules.kinds import LINE_END, LINE_START
from newslint.rules.rule import Example, Hit, Rule

# The text runs to the line's last character that is not trailing space (or a closing #),
# found by one backtrack from the line end: a lazy text before optional spaces would try
# every split of a long run of spaces.
_LABELLED = lazy_re.compile(
    LINE_START + r"[ \t]*(?:\*\*)?(?:title|headline|heading|h1|seo[ \t]+title)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*"
    r"(?P<text>\S(?:[^\r\n]*[^\r\n \t])?)[ \t]*+" + LINE_END,
    re.IGNORECASE | re.MULTILINE,
)
_H1 = lazy_re.compile(LINE_START + r"#[ \t]+(?P<text>\S(?:[^\r\n]*[^\r\n \t#])?)[ \t#]*+" + LINE_END, re.MULTILINE)
_NORMAL = lazy_re.compile(r"[\W_]+")


def _normal(text: str) -> str:
    return _NORMAL.sub(" ", text).strip().casefold()


def check(doc: Document, options):
    if doc.headline is None:
        return
    headline = doc.slice(doc.headline)
    own = _normal(headline)
    shown = headline if len(headline) <= 50 else headline[:47] + "..."
    seen = set()
    text = doc.text
    # A label sits at a line's start and ends in a colon: only lines with one are tried.
    candidates = [match for line in doc.lines
                  if line.start >= doc.content_start and text.find(":", line.start, line.end) >= 0
                  and (match := _LABELLED.match(text, line.start))]
    if doc.format == "md":
        candidates += [m for m in _H1.finditer(doc.text, doc.content_start)
                       if m.start("text") != doc.headline.start]
    for match in sorted(candidates, key=lambda m: m.start()):
        span = match.span("text")
        if span[0] in seen:
            continue
        seen.add(span[0])
        if _normal(match.group("text")) == own:
            message = "Headline repeated inside the article: keep one headline"
        else:
            message = f"Second headline: the article already has the headline '{shown}'"
        yield Hit(span, message)
    for paragraph in doc.paragraphs:
        if abs((paragraph.end - paragraph.start) - len(headline)) > 12 or paragraph.start in seen:
            continue  # only a paragraph of about the headline's length can repeat it
        if _normal(doc.slice(paragraph)) == own:
            yield Hit(paragraph, "Headline repeated inside the article: keep one headline")


RULE = Rule(
    code="SC002",
    name="second-headline",
    category="scaffolding",
    severity="error",
    summary="A second headline inside the article",
    why=(
        "Rewritten and generated copy often keeps the template's own headline (a 'Title:' "
        "line, a second H1) or repeats the scraped page's title in the body. Readers then "
        "meet two headlines, and the two often disagree. Keep one: the real headline."
    ),
    check=check,
    examples=(
        Example(
            "Storm cuts power to 40,000 homes\n\nTitle: [[Thousands left without electricity "
            "as storm hits coast]]\n\nThe storm brought down lines across the county, the "
            "utility said.\n",
            bad=True,
            article=True,
        ),
        Example(
            "Storm cuts power to 40,000 homes\n\n[[Storm cuts power to 40,000 homes]]\n\nThe "
            "storm brought down lines across the county, the utility said.\n",
            bad=True,
            article=True,
        ),
        Example(
            "---\ntitle: Council approves budget\n---\n\n# [[Budget passes after long "
            "night]]\n\nThe council voted 7-2 to approve the budget.\n",
            bad=True,
            article=True,
        ),
        Example(
            "Storm cuts power to 40,000 homes\n\nBy Ana Ruiz\n\nThe storm cut power to 40,000 "
            "homes, the utility said. Title IX cases were not affected.\n",
            bad=False,
            article=True,
        ),
        Example(
            "---\ntitle: Council approves budget\n---\n\nThe council voted 7-2.\n\n## What "
            "happens next\n\nThe budget takes effect in July.\n",
            bad=False,
            article=True,
        ),
    ),
    source=__name__,
)
