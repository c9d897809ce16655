"""One pass over each article finds every literal the YAML rules' regexes need.

Each regex of a declarative rule requires one of a few literal strings (prefilter.py works
them out from the parsed pattern): "you may also like" for a junk line, "[" for a
bracket placeholder. All of them, from every rule, go into two Aho-Corasick automata (one
for exact literals, one for literals of case-insensitive patterns, run over the lower-cased
text). A document is scanned once, and each rule asks where its literals occur: a rule
none of whose literals occurs does not run its regex at all, and a line rule runs only on
the lines that hold one. Testing each rule's literals with `in` scanned the text once per
literal, which was most of the declarative rules' cost.

What a pattern requires is worked out once and kept in newslint's cache, so a pre-commit
call neither parses nor compiles the regexes of rules that cannot match.
"""

from __future__ import annotations

import marshal
from typing import NamedTuple

from newslint.analysis.prefilter import Literals, never_spans_lines, required_literals
from newslint.files import cache_dir

FACTS_VERSION = 2
KEPT_PATTERNS = 3000
UNKNOWN = -1  # a lower-cased literal was found where lower-casing moved the offsets


class PatternFacts(NamedTuple):
    literals: Literals | None  # None: no literal is required, the regex always runs
    one_line: bool  # no match can contain a line break


class _Vocabulary:
    """Every literal any rule asked for, and the automata over them (rebuilt when a rule
    built later adds literals)."""

    def __init__(self):
        self.ids: dict[tuple[str, bool], int] = {}
        self.version = 0
        self._automata = None

    def register(self, literals: Literals) -> tuple[int, ...]:
        keys = [(text, False) for text in literals.exact] + [(text, True) for text in literals.lowered]
        for key in keys:
            if key not in self.ids:
                self.ids[key] = len(self.ids)
                self._automata = None
                self.version += 1
        return tuple(self.ids[key] for key in keys)

    def automata(self):
        """(exact, folded): a DFA over each kind of literal with the literals' ids, or None."""
        if self._automata is None:
            import ahocorasick_rs

            built = []
            for folded in (False, True):
                keys = [(text, ident) for (text, ci), ident in self.ids.items() if ci == folded]
                automaton = None
                if keys:
                    automaton = ahocorasick_rs.AhoCorasick([text for text, _ in keys],
                                                           implementation=ahocorasick_rs.Implementation.DFA)
                built.append((automaton, tuple(ident for _, ident in keys)))
            self._automata = tuple(built)
        return self._automata


VOCABULARY = _Vocabulary()


class LiteralHits:
    """Where each registered literal occurs in one document: literal id -> start offsets."""

    def __init__(self, text: str, lowered: str):
        (exact, exact_ids), (folded, folded_ids) = VOCABULARY.automata()
        self.version = VOCABULARY.version
        found: dict[int, list[int]] = {}
        if exact is not None:
            for index, start, _ in exact.find_matches_as_indexes(text, overlapping=True):
                found.setdefault(exact_ids[index], []).append(start)
        if folded is not None:
            same_offsets = len(lowered) == len(text)
            for index, start, _ in folded.find_matches_as_indexes(lowered, overlapping=True):
                found.setdefault(folded_ids[index], []).append(start if same_offsets else UNKNOWN)
        self.found = found

    def any(self, ids: tuple[int, ...]) -> bool:
        return not self.found.keys().isdisjoint(ids)

    def positions(self, ids: tuple[int, ...]) -> list[int]:
        found = self.found
        present = found.keys() & ids  # a rule may have hundreds of literals, an article few of them
        if len(present) == 1:
            return found[present.pop()]  # already in order: the automaton reports by position
        return sorted(p for i in present for p in found[i])


def literal_ids(source: str, flags: int) -> tuple[tuple[int, ...] | None, bool]:
    """(ids of the literals one of which every match contains, or None when there are
    none to go by; whether no match spans a line break)."""
    facts = pattern_facts(source, flags)
    return (VOCABULARY.register(facts.literals) if facts.literals else None), facts.one_line


def applies_where(*id_sets: tuple[int, ...] | None):
    """A rule's `applies(doc)`: whether the article holds a literal any of its regexes
    needs (always, when one of them has none to go by). The engine asks before running it."""
    if any(ids is None for ids in id_sets):
        return lambda doc: True
    union = frozenset(i for ids in id_sets for i in ids)
    return lambda doc: hits(doc).any(union)


def hits(doc) -> LiteralHits:
    """The document's scan, made once (again only if a rule built since added literals)."""
    scan = doc.__dict__.get("_literal_hits")
    if scan is None or scan.version != VOCABULARY.version:
        scan = doc.__dict__["_literal_hits"] = LiteralHits(doc.text, doc.lowered)
    return scan


# What each pattern requires, from the cache file; worked out on a miss and written back.
_facts: dict[tuple[str, int], PatternFacts] | None = None
_unsaved = False


def _cache_file():
    return cache_dir() / f"pattern-facts-v{FACTS_VERSION}.marshal"


def pattern_facts(source: str, flags: int) -> PatternFacts:
    global _facts, _unsaved
    if _facts is None:
        _facts = {}
        try:
            for key, (literals, one_line) in marshal.loads(_cache_file().read_bytes()).items():
                _facts[key] = PatternFacts(Literals(*literals) if literals else None, one_line)
        except (OSError, ValueError, EOFError, TypeError):
            pass
    key = (source, int(flags))
    facts = _facts.get(key)
    if facts is None:
        facts = _facts[key] = PatternFacts(required_literals(source, flags), never_spans_lines(source, flags))
        _unsaved = True
    return facts


def save_pattern_facts() -> None:
    """Write the facts worked out in this process to the cache (best effort)."""
    global _unsaved
    if not _unsaved or _facts is None:
        return
    from newslint.files import write_new

    newest = list(_facts.items())[-KEPT_PATTERNS:]  # a user's packs come and go; the cache stays small
    data = {key: (tuple(f.literals) if f.literals else None, f.one_line) for key, f in newest}
    _unsaved = False
    try:
        write_new(_cache_file(), marshal.dumps(data))
    except OSError:
        pass  # no writable cache: the next run works the facts out again

