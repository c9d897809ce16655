"""CO003 parts-whole-mismatch: listed parts that exceed, or do not make up, the whole."""

from __future__ import annotations

import re

from newslint import lazy_re
from newslint.analysis.index import analysis
from newslint.analysis.numbers import HEDGE, LOWER_BOUNDS, NUMBER, parse_number
from newslint.model.document import Document
from newslint.rules.rule import Example, Hit, Rule

_COUNT = rf"(?:(?:{HEDGE})[ ])?(?:{NUMBER})"
# Found from the intro backwards: intros are rare, numbers are everywhere.
# Each form opens with its first character, so the regex engine skips to where one can
# start; it runs on Document.caseless where there is one (the same matches, faster).
_INTRO_SOURCE = (
    r",[ ](?:including|among[ ]them|among[ ]whom)[ ]|[ ]:[ ]|:[ ]|[ ]\([ ]?|\([ ]?|[ ][—–][ ]?|[—–][ ]?|"
    r",[ ]of[ ]whom[ ]|,[ ](?:comprising|made[ ]up[ ]of|consisting[ ]of)[ ]"
)
_INTRO = lazy_re.compile(_INTRO_SOURCE, re.IGNORECASE)
_INTRO_CASELESS = lazy_re.compile(_INTRO_SOURCE)
_WHOLE = lazy_re.compile(
    rf"(?<![\w.,$£€-])(?P<whole>{_COUNT})(?P<noun>(?:[ ][a-z][a-z-]*){{1,3}}?)"
    r"(?:[ ](?:on[ ]board|aboard|in[ ]all|in[ ]total))?$",
    re.IGNORECASE,
)
_WINDOW = 80
_PART = lazy_re.compile(
    rf"(?P<count>{_COUNT})(?:[ ](?:were|are|was|is))?(?P<noun>(?:[ ][a-z][a-z-]*){{1,3}}?)(?=,[ ]|[ ]and[ ]|[ ]?[),.;:—–]|[ ](?:were|who|have|had|from|in|on|at|aged)\b|$)",
    re.IGNORECASE,
)
_SEPARATOR = lazy_re.compile(r",[ ]and[ ]|,[ ]|[ ]and[ ]")
# Pairs of groups that between them make up a whole: "including X civilians and Y police".
_SIDES = [
    ({"civilian"}, {"soldier", "police", "officer", "policemen", "troop", "security", "fighter", "militant", "servicemen", "guard"}),
    ({"adult"}, {"child", "children", "minor", "kid", "teenager"}),
    ({"men", "man", "male"}, {"women", "woman", "female"}),
    ({"boy"}, {"girl"}),
    ({"passenger"}, {"crew", "pilot", "driver"}),
    ({"student", "pupil"}, {"teacher", "staff"}),
]


def _stem(noun: str) -> str:
    word = noun.split()[-1].lower() if noun.split() else ""
    return word[:-1] if word.endswith("s") and word not in ("police", "men", "women") else word


def _complementary(nouns: list[str]) -> bool:
    words = {w.lower().rstrip("s") if w.lower() not in ("police", "men", "women", "children") else w.lower() for n in nouns for w in n.split()}
    return any(words & left and words & right for left, right in _SIDES)


def _parts(text: str, position: int, end: int) -> tuple[list[tuple[float, str]], int]:
    parts = []
    while True:
        part = _PART.match(text, position, end)
        if part is None:
            return parts, position
        parsed = parse_number(re.sub(rf"^(?:{HEDGE})[ ]", "", part.group("count"), flags=re.IGNORECASE))
        if parsed is None or parsed[1]:
            return [], position  # a vague part ("dozens") cannot be added up
        parts.append((parsed[0], part.group("noun").strip()))
        position = part.end()
        separator = _SEPARATOR.match(text, position, end)
        if separator is None:
            return parts, position
        position = separator.end()


def check(doc: Document, options):
    text, caseless = doc.text, doc.caseless
    intros = (lambda p: _INTRO_CASELESS.finditer(caseless, *p)) if caseless is not None else (lambda p: _INTRO.finditer(text, *p))
    found = analysis(doc)
    for paragraph in doc.paragraphs:
        # Parts are counts right after an intro: a paragraph without a count has none (where
        # a part can start, a count can, and no count reaches across a paragraph's end).
        if not found.counts_between(*paragraph):
            continue
        for intro_match in intros(paragraph):
            if not _PART.match(text, intro_match.end(), paragraph.end):
                continue
            match = _WHOLE.search(text, max(paragraph.start, intro_match.start() - _WINDOW), intro_match.start())
            if match is None:
                continue
            whole_text = match.group("whole")
            hedge = re.match(rf"(?:{HEDGE})[ ]", whole_text, re.IGNORECASE)
            parsed = parse_number(whole_text[hedge.end():] if hedge else whole_text)
            if parsed is None or parsed[1]:
                continue
            whole = parsed[0]
            parts, end = _parts(text, intro_match.end(), paragraph.end)
            if not parts:
                continue
            total = sum(value for value, _ in parts)
            intro = intro_match.group().strip(" ,").lower()
            listed = intro in ("including", "among them", "among whom")
            complete = not listed or (len(parts) >= 2 and _complementary([n for _, n in parts]))
            hedged = hedge is not None
            lower_bound = hedged and " ".join(hedge.group().lower().split()) in LOWER_BOUNDS
            if not listed and len(parts) < 2:
                continue  # "80 megaflops (80 million operations a second)" restates, not parts
            if total > whole and not lower_bound:
                problem = f"the parts add up to {total:g}, more than the {whole:g}"
            elif complete and total != whole and not hedged and len(parts) >= 2:
                problem = f"the parts add up to {total:g}, not {whole:g}"
            else:
                continue
            stop = end
            while stop > match.start() and text[stop - 1] in " ,.;:)—–":
                stop -= 1
            if intro == "(" and text.startswith(")", stop):
                stop += 1
            yield Hit((match.start(), stop), f"Parts and whole disagree: {problem}")


RULE = Rule(
    code="CO003",
    name="parts-whole-mismatch",
    category="consistency",
    severity="error",
    summary="Listed parts that exceed the whole, or a full breakdown that does not add up",
    why=(
        "'Six people, including two civilians and five police officers' cannot be right: one "
        "of the three figures is wrong. Parts listed after 'including' may be incomplete, so "
        "they are only checked for exceeding the whole, unless they are two halves of it "
        "(civilians and police, adults and children, passengers and crew). A breakdown after a "
        "colon, a dash, brackets or 'of whom' must add up exactly."
    ),
    check=check,
    examples=(
        Example("Landmine blasts killed [[six people, including two civilians and five police officers]], officials said.", bad=True),
        Example("A record [[17 candidates (9 women and 6 men)]] have filed to run, the clerk said.", bad=True),
        Example("The coast guard rescued [[42 migrants, of whom 30 were men and 15 were women]], officials said.", bad=True),
        Example("The blasts killed six people, including two civilians and four police officers, officials said.", bad=False),
        Example("At least 40 people, including three children, were treated for smoke inhalation.", bad=False),
        Example("The 10-mile route, including 6 kilometers of gravel and 5 kilometers of paved path, opened on Wednesday.", bad=False),
    ),
    source=__name__,
)
