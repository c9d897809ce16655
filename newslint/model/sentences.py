"""Sentence splitting that survives news copy.

News copy is full of full stops that do not end sentences: titles (Gov., Sen., Gen.),
initialisms (U.S., U.N.), months (Jan. 6), "No. 10", initials (J.R.R. Tolkien, George W.
Bush) and decimals ($3.5 billion). A boundary is a run of . ! ? (or an ellipsis), optionally
closed by quotes or brackets, then white space, then something that can start a sentence.
The word before the full stop decides whether it really ends one.
"""

from __future__ import annotations

import re

from newslint import lazy_re
from newslint.model.span import Span

# Words that take a full stop and are followed by more of the same sentence.
TITLES = frozenset(
    """
    mr mrs ms dr prof gov sen rep gen lt col maj capt cmdr adm sgt cpl pvt supt insp det
    rev fr sr jr st ft mt pres supt atty gov's hon messrs mme mlle
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol vols fig figs p pp art sec ch ed eds op
    vs v etc approx est al inc ltd corp co bros dept univ assn ave blvd rd
    """.split()
)

# Words after an initialism ("in the U.S. The ...") that mark a new sentence.
SENTENCE_STARTERS = frozenset(
    """
    The A An He She It They We I You His Her Its Their Our But And Or So Yet In On At
    This That These Those There Then However Meanwhile Officials Police Last Earlier
    Later After Before When While If Although Some Many Most Both Neither No One Two
    """.split()
)

# Linear on any run of marks: a run of . ! ? is tried once, from its first mark (every later
# start inside the run would meet the same failure), and taken whole; the quotes and spaces
# after it are taken whole too, since what follows each is never more of the same.
# Each form opens with the mark itself and only then looks back (is the mark the run's
# first?), so the scan skips to the next mark instead of trying every character.
_BOUNDARY = lazy_re.compile(
    r"""(?:\.(?<![.!?]\.)\.\.|…|[.!?](?<![.!?][.!?])[.!?]*+)  # the terminator, not inside a run
        [)\]"'”’»]*+                           # closing quotes or brackets
        (?=\s++[\"'“‘«(\[]*+[A-Z0-9])           # white space, then something that starts a sentence
    """,
    re.VERBOSE,
)
_WORD_BEFORE = lazy_re.compile(r"([A-Za-z][A-Za-z.'’]*)\.$")
_NEXT_WORD = lazy_re.compile(r"\s+[\"'“‘«(\[]*([A-Za-z0-9]+)")


def word_before(text: str, stop: int):
    """The word ending in the full stop at text[stop], within 40 characters before it. It
    is one run of letters, full stops and apostrophes, so it starts after the last space:
    the search starts there (from 40 characters back, it was tried from each of them)."""
    floor = max(0, stop - 40)
    return _WORD_BEFORE.search(text, max(floor, text.rfind(" ", floor, stop) + 1), stop + 1)


def _ends_sentence(text: str, start: int, stop: int, end: int) -> bool:
    """Whether the terminator text[start:stop] ends the sentence."""
    terminator = text[start:stop]
    if not terminator.startswith(".") or terminator.startswith("..."):
        return True
    match = word_before(text, start)
    if match is None:
        return True
    word = match.group(1)
    next_match = _NEXT_WORD.match(text, stop, end)
    next_word = next_match.group(1) if next_match else ""
    bare = word.lower().rstrip(".")
    if "." in word or len(word) == 1:
        # Initials (J.R.R., W.) and initialisms (U.S., U.N.): a new sentence only when
        # the next word plainly starts one.
        if len(word) == 1 and word.islower():
            return True
        return next_word in SENTENCE_STARTERS
    if bare in TITLES:
        # "No. 10", "Jan. 6", "Gov. Newsom": part of the sentence.
        return False
    return True


def split_sentences(text: str, span: Span) -> list[Span]:
    """Split text[span] into sentence spans, trimmed of surrounding white space."""
    trimmed = []
    start, stop = span
    for match in _BOUNDARY.finditer(text, start, stop):
        end = match.end()
        if _ends_sentence(text, match.start(), end, stop):
            _add_trimmed(trimmed, text, start, end)
            start = end
    _add_trimmed(trimmed, text, start, stop)
    return trimmed


def _add_trimmed(spans: list[Span], text: str, a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b:
        spans.append(_new(Span, (a, b)))


_new = tuple.__new__  # a Span without NamedTuple's keyword handling: sentences are many
